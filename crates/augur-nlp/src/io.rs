//! Varint model serialisation, compressed with deflate.

use std::io::{Read, Write as _};

use crate::NlpError;

#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) buf: Vec<u8>,
}

impl Writer {
    pub(crate) fn u(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    pub(crate) fn i(&mut self, v: i64) {
        self.u(((v << 1) ^ (v >> 63)) as u64);
    }

    pub(crate) fn s(&mut self, s: &str) {
        self.u(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }

    pub(crate) fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn compress(&self) -> Vec<u8> {
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        let _ = e.write_all(&self.buf);
        e.finish().unwrap_or_default()
    }
}

pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

pub(crate) fn decompress(bytes: &[u8]) -> Result<Vec<u8>, NlpError> {
    let mut d = flate2::read::DeflateDecoder::new(bytes);
    let mut out = Vec::new();
    d.read_to_end(&mut out).map_err(|e| NlpError::Model(format!("deflate: {e}")))?;
    Ok(out)
}

impl<'a> Reader<'a> {
    pub(crate) fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf, pos: 0 }
    }

    fn eof() -> NlpError {
        NlpError::Model("unexpected end of model data".into())
    }

    pub(crate) fn u(&mut self) -> Result<u64, NlpError> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let b = *self.buf.get(self.pos).ok_or_else(Self::eof)?;
            self.pos += 1;
            if shift > 63 {
                return Err(NlpError::Model("varint too long".into()));
            }
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
            shift += 7;
        }
    }

    pub(crate) fn i(&mut self) -> Result<i64, NlpError> {
        let u = self.u()?;
        Ok(((u >> 1) as i64) ^ -((u & 1) as i64))
    }

    pub(crate) fn s(&mut self) -> Result<String, NlpError> {
        let n = self.u()? as usize;
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len()).ok_or_else(Self::eof)?;
        let s = std::str::from_utf8(&self.buf[self.pos..end]).map_err(|_| NlpError::Model("bad utf-8".into()))?;
        self.pos = end;
        Ok(s.to_string())
    }

    pub(crate) fn u64(&mut self) -> Result<u64, NlpError> {
        let end = self.pos + 8;
        let b = self.buf.get(self.pos..end).ok_or_else(Self::eof)?;
        self.pos = end;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    /// A length read from the data, bounded so corrupt input cannot request huge allocations.
    pub(crate) fn len(&mut self) -> Result<usize, NlpError> {
        let n = self.u()? as usize;
        if n > self.buf.len().saturating_sub(self.pos) + 1 {
            return Err(NlpError::Model("length out of range".into()));
        }
        Ok(n)
    }
}
