//! Tokens and sentences of normalized text, reported at their place in the original text.

use pardaz::{Normalizer, Tokenizer};
use proptest::prelude::*;

/// `(original slice, normalized form)` of every mapped token.
fn mapped(raw: &str) -> Vec<(String, String)> {
    let text = Tokenizer::default().normalize(raw, &Normalizer::default());
    text.tokens()
        .map(|t| (t.text.to_owned(), t.normalized.to_owned()))
        .collect()
}

#[test]
fn tokens_of_normalized_text_point_at_the_original_spelling() {
    let table: &[(&str, &[(&str, &str)])] = &[
        ("بانكي", &[("بانكي", "بانکی")]),
        ("١٢٫٥٪ رشد", &[("١٢٫٥٪", "۱۲٫۵٪"), ("رشد", "رشد")]),
        ("سال 1402", &[("سال", "سال"), ("1402", "۱۴۰۲")]),
        ("خـــوب", &[("خـــوب", "خوب")]),
    ];
    for (raw, expected) in table {
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(mapped(raw), expected, "input: {raw:?}");
    }
}

#[test]
fn a_token_the_normalizer_joined_covers_the_original_words_and_space() {
    let got = mapped("او مي شود");
    assert_eq!(got[1], ("مي شود".to_owned(), "می\u{200C}شود".to_owned()));
}

#[test]
fn a_space_the_normalizer_inserted_splits_tokens_without_moving_them() {
    let raw = "رفت.سپس آمد";
    let text = Tokenizer::default().normalize(raw, &Normalizer::default());
    let spans: Vec<(usize, usize)> = text.tokens().map(|t| (t.start, t.end)).collect();
    assert_eq!(spans, [(0, 6), (6, 7), (7, 13), (14, 20)]);
    let sentences: Vec<&str> = text.sentences().map(|s| s.text).collect();
    assert_eq!(sentences, ["رفت.", "سپس آمد"]);
}

fn persianish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "كتاب",
        "ي",
        "ك",
        "‌",
        "ها",
        " ",
        "  ",
        "\n",
        ".",
        "،",
        "؟",
        "!",
        "«",
        "»",
        "12",
        "۱۲",
        "١٢",
        "٫",
        "3.5",
        "%",
        "abc",
        "ـ",
        "\u{064E}",
        "\u{200F}",
        "ﻻ",
        "…",
        "...",
        "مي شود",
        "رئيس جمهور",
        "👍🏽",
        "http://x.ir",
        "ة",
        "ۀ",
    ]);
    prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn mapped_tokens_are_ordered_disjoint_and_on_char_boundaries(raw in persianish()) {
        let tokenizer = Tokenizer::default();
        let text = tokenizer.normalize(&raw, &Normalizer::default());
        let mut prev = 0;
        for t in text.tokens() {
            prop_assert!(prev <= t.start && t.start < t.end && t.end <= raw.len());
            prop_assert_eq!(&raw[t.start..t.end], t.text);
            prop_assert_eq!(&text.normalized()[t.normalized_start..t.normalized_end], t.normalized);
            prev = t.end;
        }
        let mut prev = 0;
        for s in text.sentences() {
            prop_assert!(prev <= s.start && s.start < s.end && s.end <= raw.len());
            prop_assert_eq!(&raw[s.start..s.end], s.text);
            prev = s.end;
        }
    }

    #[test]
    fn no_panic_on_arbitrary_unicode_through_the_normalizer(raw in "\\PC*") {
        let text = Tokenizer::default().normalize(&raw, &Normalizer::default());
        for t in text.tokens() {
            prop_assert!(raw.is_char_boundary(t.start) && raw.is_char_boundary(t.end));
        }
    }
}
