//! The augur library API: configuration and the Pipeline that joins the stages.
