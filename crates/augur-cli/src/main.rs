//! The `augur` binary: glue between the command line and the library crates.

fn main() {
    println!("augur {}", env!("CARGO_PKG_VERSION"));
}
