//! Main text and metadata from HTML and plain text; boilerplate removal; language identification.
