//! Criterion benchmark of the temporal stage: [`TemporalExtractor`] over the news corpus
//! (`../shared/data/corpus/news.txt`, one document a line; the embedded sample when the
//! corpus is absent).
//!
//! `extract` folds each document and extracts; `extract_folded` extracts from documents
//! folded beforehand, as the NER façade does; `fold_only` is the fold alone, for comparison.
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pardaz::entities::TemporalExtractor;
use pardaz::normalize::fold_for_search;
use std::hint::black_box;

mod common;

fn temporal(c: &mut Criterion) {
    let (raw, _) = common::corpus();
    let docs: Vec<&str> = raw.lines().collect();
    let folded: Vec<_> = docs.iter().map(|d| fold_for_search(d)).collect();
    let extractor = TemporalExtractor::new();
    // Compile the vocabulary before measuring.
    black_box(extractor.extract("امروز", None));
    let mut group = c.benchmark_group("temporal");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(raw.len() as u64));
    group.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extractor.extract(black_box(d), None).len())
                .sum::<usize>()
        })
    });
    group.bench_function("extract_folded", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&folded)
                .map(|(d, f)| extractor.extract_folded(black_box(d), f, None).len())
                .sum::<usize>()
        })
    });
    group.bench_function("fold_only", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| fold_for_search(black_box(d)).text.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, temporal);
criterion_main!(benches);
