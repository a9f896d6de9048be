//! The `pardaz` command-line tool.
fn main() {}
