//! Throughput of the whole pipeline over the raw news corpus (`../shared/data/corpus/news.txt`,
//! falling back to the embedded sample `data/sample.txt` when the corpus is absent), one
//! document per line as the CLI reads it, on one core.
//!
//! `cargo bench --bench pipeline` measures:
//! * `entities`: [`Extractor::analyze`] alone (fold, one automaton pass, rules, officials);
//! * `pipeline`: the editor-style normalizer, sentences and word tokens of the normalized
//!   text, then every extractor on the document.
use std::hint::black_box;

mod common;

use common::corpus;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pardaz::entities::Extractor;
use pardaz::{Normalizer, Tokenizer};

fn bench(c: &mut Criterion) {
    let (text, name) = corpus();
    let extractor = Extractor::default();
    let tokenizer = Tokenizer::default();
    let normalizer = Normalizer::default();
    // Compile the gazetteers and warm the word lists before measuring.
    black_box(extractor.analyze("وزیر امور خارجه ایران گفت", None));
    black_box(tokenizer.tokens(&text[..text.len().min(10_000)]).count());

    let mut g = c.benchmark_group(format!("pipeline/{name}"));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("entities", |b| {
        b.iter(|| {
            black_box(&text)
                .lines()
                .map(|doc| extractor.analyze(doc, None).entities.len())
                .sum::<usize>()
        })
    });
    g.bench_function("pipeline", |b| {
        b.iter(|| {
            let mut n = 0;
            for doc in black_box(&text).lines() {
                let normalized = normalizer.normalize(doc);
                n += tokenizer.sentences(&normalized).count();
                n += tokenizer.tokens(&normalized).count();
                let found = extractor.analyze(doc, None);
                n += found.entities.len() + found.officials.len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
