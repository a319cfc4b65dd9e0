//! Diagnostics: what a stage noticed but did not fail on.

use serde::{Deserialize, Serialize};

use crate::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// A note from a stage: analysis never fails, it returns its result plus these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The stage that noticed, e.g. `decode`, `extract`, `tokenize`.
    pub stage: String,
    /// A stable machine-readable kind, e.g. `mojibake-repaired`.
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Diagnostic {
    pub fn new(severity: Severity, stage: &str, code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity, stage: stage.to_string(), code: code.to_string(), message: message.into(), span: None }
    }

    pub fn info(stage: &str, code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Info, stage, code, message)
    }

    pub fn warning(stage: &str, code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, stage, code, message)
    }

    pub fn error(stage: &str, code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, stage, code, message)
    }

    pub fn with_span(mut self, span: Span) -> Diagnostic {
        self.span = Some(span);
        self
    }
}
