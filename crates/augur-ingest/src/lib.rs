//! Input readers: files, directories, stdin, gzip, JSONL, WARC, RSS/Atom; content sniffing.
//!
//! [`read_inputs`] turns a list of paths into a stream of [`RawDoc`]s. Formats are
//! detected by content (gzip magic, `WARC/`, JSON objects, feed and HTML markup), with the
//! file extension only as a tie-breaker. A bad record yields one `Err(IngestError)` that
//! names its source, and the iteration goes on with the next record or file.
//!
//! ```
//! use augur_ingest::{read_inputs, Caps};
//! use augur_core::doc::RawFormat;
//!
//! let dir = std::env::temp_dir().join(format!("augur-ingest-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! let path = dir.join("news.jsonl");
//! std::fs::write(&path, "{\"id\":\"a1\",\"title\":\"Hallo\",\"text\":\"Erster Absatz.\"}\nnot json\n").unwrap();
//!
//! let results: Vec<_> = read_inputs(&[path], &Caps::default()).collect();
//! assert_eq!(results.len(), 2);
//! let doc = results[0].as_ref().unwrap();
//! assert_eq!(doc.format, RawFormat::Text);
//! assert_eq!(doc.id_hint.as_deref(), Some("a1"));
//! assert_eq!(doc.hints.title.as_deref(), Some("Hallo"));
//! let err = results[1].as_ref().unwrap_err();
//! assert!(err.to_string().contains("news.jsonl#line 2"));
//! std::fs::remove_dir_all(&dir).unwrap();
//! ```

mod feed;
mod jsonl;
mod sniff;
mod warc;

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use augur_core::doc::RawFormat;
use augur_core::{DocMeta, RawDoc, SourceRef};

pub use sniff::{sniff, InputKind};

/// Size limits that protect against oversized documents and decompression bombs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    /// Largest single document (HTML page, text file, JSONL line, WARC record payload).
    pub max_doc_bytes: usize,
    /// Largest decompressed stream read from one gzip input; guards against gzip bombs.
    pub max_decompressed_bytes: u64,
}

impl Default for Caps {
    fn default() -> Caps {
        Caps { max_doc_bytes: 20 * 1024 * 1024, max_decompressed_bytes: 4 * 1024 * 1024 * 1024 }
    }
}

/// Why one document (or one whole input) could not be read. Every variant names where.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{at}: cannot read: {err}")]
    Io { at: SourceRef, err: io::Error },
    #[error("{at}: document of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge { at: SourceRef, size: u64, limit: usize },
    #[error("{at}: decompressed data exceeds the limit of {limit} bytes (gzip bomb?)")]
    DecompressionBomb { at: SourceRef, limit: u64 },
    #[error("{at}: corrupt or truncated gzip data: {err}")]
    Gzip { at: SourceRef, err: io::Error },
    #[error("{at}: bad JSON record: {message}")]
    Json { at: SourceRef, message: String },
    #[error("{at}: bad WARC record: {message}")]
    Warc { at: SourceRef, message: String },
    #[error("{at}: bad feed: {message}")]
    Feed { at: SourceRef, message: String },
    #[error("{at}: binary content, not text or HTML")]
    Binary { at: SourceRef },
}

impl IngestError {
    /// Where the failing document came from.
    pub fn at(&self) -> &SourceRef {
        match self {
            IngestError::Io { at, .. }
            | IngestError::TooLarge { at, .. }
            | IngestError::DecompressionBomb { at, .. }
            | IngestError::Gzip { at, .. }
            | IngestError::Json { at, .. }
            | IngestError::Warc { at, .. }
            | IngestError::Feed { at, .. }
            | IngestError::Binary { at } => at,
        }
    }
}

/// Reads every input in `paths` (files, directories recursively in sorted order, `-` for
/// stdin) and yields one item per document found.
pub fn read_inputs(paths: &[PathBuf], caps: &Caps) -> Inputs {
    Inputs { pending: paths.iter().cloned().collect(), current: None, caps: *caps, seen_dirs: Default::default() }
}

/// Reads documents from any reader, e.g. a network stream; `location` names it in errors.
pub fn read_stream<R: Read + 'static>(reader: R, location: &str, hint: Option<&Path>, caps: &Caps) -> DocIter {
    open_stream(Box::new(reader), SourceRef::path(location), hint, caps)
}

/// The iterator returned by [`read_inputs`].
pub struct Inputs {
    pending: VecDeque<PathBuf>,
    current: Option<DocIter>,
    caps: Caps,
    /// Directories already expanded (canonical paths), so symlink loops end.
    seen_dirs: std::collections::HashSet<PathBuf>,
}

/// A boxed stream of documents from one input.
pub type DocIter = Box<dyn Iterator<Item = Result<RawDoc, IngestError>>>;

impl Iterator for Inputs {
    type Item = Result<RawDoc, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = &mut self.current {
                match cur.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let path = self.pending.pop_front()?;
            let at = SourceRef::path(path.display().to_string());
            if path.as_os_str() == "-" {
                self.current = Some(open_stream(Box::new(io::stdin()), SourceRef::path("-"), None, &self.caps));
                continue;
            }
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(err) => return Some(Err(IngestError::Io { at, err })),
            };
            if meta.is_dir() {
                let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                if !self.seen_dirs.insert(canonical) {
                    continue;
                }
                match list_dir(&path) {
                    Ok(children) => {
                        // Depth-first, sorted: children go before the remaining inputs.
                        for c in children.into_iter().rev() {
                            self.pending.push_front(c);
                        }
                    }
                    Err(err) => return Some(Err(IngestError::Io { at, err })),
                }
                continue;
            }
            match File::open(&path) {
                Ok(f) => self.current = Some(open_stream(Box::new(f), at, Some(&path), &self.caps)),
                Err(err) => return Some(Err(IngestError::Io { at, err })),
            }
        }
    }
}

fn list_dir(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        // Hidden files (editor swap files, .DS_Store) are not documents.
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        out.push(entry.path());
    }
    out.sort();
    Ok(out)
}

/// Marker error returned by [`Capped`] when the decompressed limit is hit.
#[derive(Debug)]
struct CapExceeded;

impl std::fmt::Display for CapExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("decompressed size limit exceeded")
    }
}

impl std::error::Error for CapExceeded {}

/// A reader that fails once more than `limit` bytes came through.
struct Capped<R> {
    inner: R,
    seen: u64,
    limit: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.seen += n as u64;
        if self.seen > self.limit {
            return Err(io::Error::other(CapExceeded));
        }
        Ok(n)
    }
}

/// State shared by the readers of one input: where it is and how to name its errors.
#[derive(Clone)]
pub(crate) struct Ctx {
    pub at: SourceRef,
    pub gzip: bool,
    pub caps: Caps,
}

impl Ctx {
    pub(crate) fn at_record(&self, record: impl Into<String>) -> SourceRef {
        self.at.clone().with_record(record)
    }

    /// Maps a read error to the right variant: cap exceeded, gzip corruption, or I/O.
    pub(crate) fn read_error(&self, at: SourceRef, err: io::Error) -> IngestError {
        if err.get_ref().is_some_and(|e| e.is::<CapExceeded>()) {
            return IngestError::DecompressionBomb { at, limit: self.caps.max_decompressed_bytes };
        }
        if self.gzip
            && matches!(
                err.kind(),
                io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof
            )
        {
            return IngestError::Gzip { at, err };
        }
        IngestError::Io { at, err }
    }
}

/// Reads at most `limit` bytes plus one (to detect overflow) into `buf`.
pub(crate) fn read_capped(r: &mut dyn Read, limit: usize, buf: &mut Vec<u8>) -> io::Result<bool> {
    let mut take = r.take(limit as u64 + 1);
    take.read_to_end(buf)?;
    Ok(buf.len() > limit)
}

fn open_stream(reader: Box<dyn Read>, at: SourceRef, path: Option<&Path>, caps: &Caps) -> DocIter {
    let mut br = BufReader::with_capacity(64 * 1024, reader);
    let gzip = match br.fill_buf() {
        Ok(head) => head.starts_with(&[0x1f, 0x8b]),
        Err(err) => return one_err(IngestError::Io { at, err }),
    };
    // `foo.warc.gz` → sniff as `foo.warc`.
    let inner_name = path.map(|p| {
        let s = p.to_string_lossy();
        let s = s.strip_suffix(".gz").or_else(|| s.strip_suffix(".GZ")).unwrap_or(&s).to_string();
        PathBuf::from(s)
    });
    let ctx = Ctx { at, gzip, caps: *caps };
    let mut reader: Box<dyn BufRead> = if gzip {
        let dec = flate2::read::MultiGzDecoder::new(br);
        Box::new(BufReader::with_capacity(
            64 * 1024,
            Capped { inner: dec, seen: 0, limit: caps.max_decompressed_bytes },
        ))
    } else {
        Box::new(br)
    };
    let head = match reader.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(err) => return one_err(ctx.read_error(ctx.at.clone(), err)),
    };
    let kind = sniff(&head, inner_name.as_deref());
    match kind {
        InputKind::Warc => Box::new(warc::WarcRecords::new(reader, ctx)),
        InputKind::Jsonl => Box::new(jsonl::JsonlLines::new(reader, ctx)),
        InputKind::Feed | InputKind::Html | InputKind::Text | InputKind::Binary => {
            whole_document(reader.as_mut(), ctx, kind)
        }
    }
}

fn one_err(e: IngestError) -> DocIter {
    Box::new(std::iter::once(Err(e)))
}

fn whole_document(reader: &mut dyn Read, ctx: Ctx, kind: InputKind) -> DocIter {
    let mut buf = Vec::new();
    // A feed holds many documents, so it may be larger than one document.
    let limit = if kind == InputKind::Feed {
        usize::try_from(ctx.caps.max_decompressed_bytes)
            .unwrap_or(usize::MAX)
            .min(ctx.caps.max_doc_bytes.saturating_mul(16))
    } else {
        ctx.caps.max_doc_bytes
    };
    match read_capped(reader, limit, &mut buf) {
        Ok(false) => {}
        Ok(true) => {
            return one_err(IngestError::TooLarge { at: ctx.at.clone(), size: buf.len() as u64, limit });
        }
        Err(err) => return one_err(ctx.read_error(ctx.at.clone(), err)),
    }
    match kind {
        InputKind::Feed => feed::parse_feed(&buf, &ctx),
        InputKind::Binary => one_err(IngestError::Binary { at: ctx.at }),
        InputKind::Html => Box::new(std::iter::once(Ok(raw(ctx.at, buf, RawFormat::Html)))),
        _ => Box::new(std::iter::once(Ok(raw(ctx.at, buf, RawFormat::Text)))),
    }
}

pub(crate) fn raw(at: SourceRef, bytes: Vec<u8>, format: RawFormat) -> RawDoc {
    RawDoc { source: at, bytes, format, hints: DocMeta::default(), declared_charset: None, id_hint: None }
}

/// The charset parameter of a `Content-Type` value (`text/html; charset=ISO-8859-1`).
pub fn charset_of_content_type(ct: &str) -> Option<String> {
    ct.split(';')
        .skip(1)
        .find_map(|p| {
            let (k, v) = p.split_once('=')?;
            k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches(['"', '\'']).to_string())
        })
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_charset() {
        let cases = [
            ("text/html; charset=ISO-8859-1", Some("ISO-8859-1")),
            ("text/html;charset=\"utf-8\"", Some("utf-8")),
            ("text/html", None),
            ("text/html; charset=", None),
        ];
        for (input, expected) in cases {
            assert_eq!(charset_of_content_type(input).as_deref(), expected, "{input}");
        }
    }
}
