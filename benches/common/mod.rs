//! What the benches share: the text they measure.

/// The raw news corpus (`../shared/data/corpus/news.txt`, one document per line) and its
/// name, or the embedded sample repeated when the corpus is absent.
pub fn corpus() -> (String, &'static str) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/corpus/news.txt"
    );
    match std::fs::read_to_string(path) {
        Ok(text) => (text, "news"),
        Err(_) => {
            eprintln!("{path} is absent: measuring the embedded sample instead");
            (include_str!("../../data/sample.txt").repeat(200), "sample")
        }
    }
}
