//! Runs every stage of pardaz on an embedded Persian news-style sample and prints the results.
fn main() {}
