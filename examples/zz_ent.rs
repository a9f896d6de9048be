use pardaz::entities::Extractor;
fn main() {
    let text = std::fs::read_to_string("/work/shared/data/corpus/news.txt").unwrap();
    let text = &text[..text
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| i >= 2_000_000)
        .unwrap()];
    let ex = Extractor::default();
    let mut n = 0;
    for d in text.lines() {
        n += ex.analyze(d, None).entities.len();
    }
    println!("{n}");
}
