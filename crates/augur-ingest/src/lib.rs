//! Input readers: files, directories, stdin, gzip, JSONL, WARC, RSS/Atom; content sniffing and decoding.
