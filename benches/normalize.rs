//! Throughput of the normalize stage over the shared news corpus (one document a line), or an
//! embedded sample when the corpus is absent.
//!
//! | group | what it measures |
//! |---|---|
//! | `baseline/split_whitespace` | a lower bound: walking the text once |
//! | `normalize/default` | the full default normalizer on raw text, into a reused buffer |
//! | `normalize/with_offsets` | the same, building the offset map |
//! | `normalize/fold` | rules 1 and 5 alone (letters and digits) |
//! | `normalize/already_normalized` | `normalize` on its own output: must stay borrowed |
//!
//! Run with `cargo bench --bench normalize`.
use std::borrow::Cow;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pardaz::normalize::{DigitPolicy, Normalizer, NormalizerOptions};

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/corpus/news.txt"
);

/// A few lines of raw news-style Persian written for this bench: Arabic yeh and kaf, missing
/// ZWNJs, mixed digits, stray spaces.
const SAMPLE: &str = "\
وزير امور خارجه روز سه شنبه 12 مهر 1402 در نشست خبري گفت: ما مي خواهيم گفت و گو ها ادامه يابد .
رئيس جمهور در سفر به استان فارس از 3 طرح بزرگ تر بازديد كرد و 2.5 درصد رشد را مهم ترين دستاورد دانست.
سخنگوي دولت  افزود كه نرخ تورم 40% بود و اين رقم در ماه هاي آينده كاهش مي يابد؛ وي گفت :«ما آماده ايم ».
";

fn documents() -> Vec<String> {
    let text = std::fs::read_to_string(CORPUS).unwrap_or_else(|_| {
        eprintln!("{CORPUS} is absent: measuring the embedded sample");
        SAMPLE.repeat(2000)
    });
    text.lines().map(str::to_owned).collect()
}

fn bench(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let default = Normalizer::default();
    let fold = Normalizer::new(NormalizerOptions {
        letters: true,
        digits: DigitPolicy::Persian,
        ..NormalizerOptions::none()
    });
    let clean: Vec<String> = docs
        .iter()
        .map(|d| default.normalize(d).into_owned())
        .collect();
    // Warm the lazily built word lists before measuring.
    black_box(default.normalize("می شود"));
    let owned = clean
        .iter()
        .filter(|d| matches!(default.normalize(d), Cow::Owned(_)))
        .count();
    assert_eq!(owned, 0, "normalized documents that normalize again");

    let mut group = c.benchmark_group("normalize");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);

    group.bench_function("baseline/split_whitespace", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| d.split_whitespace().count())
                .sum::<usize>()
        })
    });
    group.bench_function("default", |b| {
        let mut out = String::new();
        b.iter(|| {
            for d in &docs {
                out.clear();
                default.normalize_into(d, &mut out);
                black_box(&out);
            }
        })
    });
    group.bench_function("with_offsets", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(default.normalize_with_offsets(d));
            }
        })
    });
    group.bench_function("fold", |b| {
        let mut out = String::new();
        b.iter(|| {
            for d in &docs {
                out.clear();
                fold.normalize_into(d, &mut out);
                black_box(&out);
            }
        })
    });
    let clean_bytes: usize = clean.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(clean_bytes as u64));
    group.bench_function("already_normalized", |b| {
        b.iter(|| {
            for d in &clean {
                black_box(default.normalize(d));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
