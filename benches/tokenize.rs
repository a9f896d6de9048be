//! Throughput of the tokenizers over the raw news corpus (`../shared/data/corpus/news.txt`,
//! falling back to the embedded sample `data/sample.txt` when the corpus is absent).
//!
//! `cargo bench --bench tokenize` measures, on one core:
//! * `sentences`: the sentence splitter;
//! * `tokens`: the word tokenizer with the default conventions;
//! * `tokens_join_verbs`: the word tokenizer with the optional verb join;
//! * `split_whitespace`: `str::split_whitespace`, the floor any tokenizer is compared to;
//! * `clean/…`: the same over the corpus after `Normalizer::default()` (normalized outside the
//!   measurement), since raw and normalized text take different paths;
//! * `mapped_tokens`: tokens of the normalized text mapped back to the raw text through the
//!   offset map (the map is built outside the measurement).
use std::hint::black_box;

mod common;

use common::corpus;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pardaz::{Normalizer, Tokenizer, TokenizerOptions};

fn bench(c: &mut Criterion) {
    let (text, name) = corpus();
    let default = Tokenizer::default();
    let joiner = Tokenizer::new(TokenizerOptions::default().join_verbs(true));
    // Warm the lazily parsed word lists before measuring.
    black_box(joiner.tokens(&text).take(10_000).count());

    let mut g = c.benchmark_group(format!("tokenize/{name}"));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("sentences", |b| {
        b.iter(|| default.sentences(black_box(&text)).count())
    });
    g.bench_function("tokens", |b| {
        b.iter(|| default.tokens(black_box(&text)).count())
    });
    g.bench_function("tokens_join_verbs", |b| {
        b.iter(|| joiner.tokens(black_box(&text)).count())
    });
    g.bench_function("split_whitespace", |b| {
        b.iter(|| black_box(&text).split_whitespace().count())
    });
    g.finish();

    let (clean, map) = Normalizer::default().normalize_with_offsets(&text);
    let mut g = c.benchmark_group(format!("tokenize/{name}/clean"));
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.sample_size(20);
    g.bench_function("sentences", |b| {
        b.iter(|| default.sentences(black_box(&clean)).count())
    });
    g.bench_function("tokens", |b| {
        b.iter(|| default.tokens(black_box(&clean)).count())
    });
    g.bench_function("mapped_tokens", |b| {
        b.iter(|| {
            default
                .tokens_mapped(&text, black_box(&clean), &map)
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
