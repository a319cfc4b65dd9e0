//! Embedded SQLite store, event clustering, queries and exports.
