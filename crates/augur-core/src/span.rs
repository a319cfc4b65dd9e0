//! Byte spans into a document's text, with conversion to character spans.

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)`. In the pipeline it is in bytes of `Document.text`;
/// [`Span::to_char_span`] gives the same range in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text under the span, or `None` when it is out of range or not on char boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Shifts the span by `offset` bytes (for spans relative to a sentence).
    pub fn shift(&self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    /// Converts a byte span of `text` to a character span; `None` when not on boundaries.
    pub fn to_char_span(&self, text: &str) -> Option<Span> {
        if !text.is_char_boundary(self.start)
            || !text.is_char_boundary(self.end)
            || self.start > self.end
            || self.end > text.len()
        {
            return None;
        }
        let start = text[..self.start].chars().count();
        let len = text[self.start..self.end].chars().count();
        Some(Span::new(start, start + len))
    }
}

/// Converts many byte offsets to char offsets in one pass (for long documents).
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every char boundary, plus `text.len()` at the end.
    boundaries: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        let mut boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        boundaries.push(text.len());
        CharIndex { boundaries }
    }

    /// The char offset of a byte offset; a byte inside a char maps to that char.
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.boundaries.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    pub fn char_span(&self, span: Span) -> Span {
        Span::new(self.char_offset(span.start), self.char_offset(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_spans() {
        let t = "Pjöngjang und Москва";
        let b = t.find("Москва").unwrap();
        let s = Span::new(b, t.len());
        assert_eq!(s.slice(t), Some("Москва"));
        assert_eq!(s.to_char_span(t), Some(Span::new(14, 20)));
        assert_eq!(CharIndex::new(t).char_span(s), Span::new(14, 20));
        assert_eq!(Span::new(3, 4).to_char_span(t), None);
    }
}
