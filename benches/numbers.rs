//! Criterion benchmarks of the numbers and calendar modules.
//!
//! `numbers`: [`find_numbers`] over the news corpus (`../shared/data/corpus/news.txt`, or the
//! embedded sample when it is absent), raw and search-folded, beside a `split_whitespace`
//! baseline. `calendar`: conversions of every day of a Jalali decade.
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pardaz::calendar::JalaliDate;
use pardaz::normalize::fold_for_search;
use pardaz::numbers::find_numbers;
use std::hint::black_box;

fn corpus() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/corpus/news.txt"
    );
    std::fs::read_to_string(path).unwrap_or_else(|_| {
        eprintln!("{path} is absent: measuring the embedded sample");
        include_str!("../data/sample.txt").repeat(200)
    })
}

fn numbers(c: &mut Criterion) {
    let raw = corpus();
    let folded = fold_for_search(&raw).text;
    // Warm the word table before measuring.
    black_box(find_numbers("بیست و پنج").count());
    let mut group = c.benchmark_group("numbers");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(raw.len() as u64));
    group.bench_function("split_whitespace_baseline", |b| {
        b.iter(|| black_box(&raw).split_whitespace().count())
    });
    group.bench_function("find_numbers_raw", |b| {
        b.iter(|| find_numbers(black_box(&raw)).count())
    });
    group.throughput(Throughput::Bytes(folded.len() as u64));
    group.bench_function("find_numbers_folded", |b| {
        b.iter(|| find_numbers(black_box(&folded)).count())
    });
    group.finish();
}

fn calendar(c: &mut Criterion) {
    let start = JalaliDate::new(1395, 1, 1).unwrap_or_else(|e| panic!("{e}"));
    let days = 3653;
    let mut group = c.benchmark_group("calendar");
    group.throughput(Throughput::Elements(days as u64));
    group.bench_function("jalali_to_gregorian_and_back", |b| {
        b.iter(|| {
            let mut d = start;
            for _ in 0..days {
                let g = black_box(d).to_gregorian();
                black_box(g.to_jalali());
                d = d.add_days(1).unwrap_or(d);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, numbers, calendar);
criterion_main!(benches);
