//! Invariants of the tokenizers on arbitrary text: spans in order, in bounds, on char
//! boundaries, never overlapping, and together with the gaps between them covering the text.

use pardaz::normalize::OffsetMapBuilder;
use pardaz::{Tokenizer, TokenizerOptions};
use proptest::prelude::*;

/// Whether a gap between two tokens holds only what the tokenizer may skip: whitespace and
/// invisible characters (format and control characters).
fn skippable(gap: &str) -> bool {
    gap.chars().all(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{AD}' | '\u{61C}' | '\u{180E}')
    })
}

fn check_spans(text: &str, spans: &[(usize, usize, &str)]) -> Result<(), TestCaseError> {
    let mut prev = 0;
    for &(start, end, slice) in spans {
        prop_assert!(start < end, "empty span {start}..{end}");
        prop_assert!(
            prev <= start,
            "span {start}..{end} overlaps or is out of order"
        );
        prop_assert!(end <= text.len());
        prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        prop_assert_eq!(&text[start..end], slice);
        prop_assert!(
            skippable(&text[prev..start]),
            "gap {:?} holds text",
            &text[prev..start]
        );
        prev = end;
    }
    prop_assert!(
        skippable(&text[prev..]),
        "tail {:?} holds text",
        &text[prev..]
    );
    Ok(())
}

/// Persian-like text: letters, digits of three scripts, punctuation, ZWNJ, spaces, Latin, emoji.
fn persianish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "کتاب",
        "‌",
        "ها",
        " ",
        "  ",
        "\n",
        ".",
        "،",
        "؛",
        "؟",
        "!",
        "?",
        "«",
        "»",
        "(",
        ")",
        "۱۲",
        "٫",
        "٬",
        "3",
        ".",
        ",",
        ":",
        "/",
        "%",
        "٪",
        "abc",
        "-",
        "_",
        "@",
        "#",
        "http://",
        "www.",
        "ir",
        "com",
        "م",
        "ق",
        "👍",
        "🏽",
        "\u{200D}",
        "\u{FE0F}",
        "\u{20E3}",
        "🇮",
        "\u{200F}",
        "ـ",
        "\u{064E}",
        "ك",
        "ي",
        "…",
        "'",
        "\"",
        "خواهد",
        "رفته",
        "است",
        "تهران - ایرنا:",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn all_options() -> [Tokenizer; 2] {
    [
        Tokenizer::default(),
        Tokenizer::new(TokenizerOptions::default().join_verbs(true)),
    ]
}

fn check_tokenizers(text: &str) -> Result<(), TestCaseError> {
    for t in all_options() {
        let toks: Vec<_> = t.tokens(text).map(|x| (x.start, x.end, x.text)).collect();
        if t.options().join_verbs {
            // Joined verbs hold spaces; the other invariants hold.
            let mut prev = 0;
            for &(s, e, slice) in &toks {
                prop_assert!(prev <= s && s < e && e <= text.len());
                prop_assert_eq!(&text[s..e], slice);
                prev = e;
            }
        } else {
            check_spans(text, &toks)?;
        }
        let sents: Vec<_> = t
            .sentences(text)
            .map(|x| (x.start, x.end, x.text))
            .collect();
        check_spans(text, &sents)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_cover_arbitrary_unicode(text in "\\PC*") {
        check_tokenizers(&text)?;
    }

    #[test]
    fn spans_cover_arbitrary_chars_including_controls(text in prop::collection::vec(any::<char>(), 0..64)) {
        let text: String = text.into_iter().collect();
        check_tokenizers(&text)?;
    }

    #[test]
    fn spans_cover_persian_like_text(text in persianish()) {
        check_tokenizers(&text)?;
    }

    #[test]
    fn every_token_lies_inside_one_sentence(text in persianish()) {
        let sents: Vec<_> = pardaz::sentences(&text).collect();
        for tok in pardaz::tokens(&text) {
            let inside = sents.iter().any(|s| s.start <= tok.start && tok.end <= s.end);
            prop_assert!(inside, "token {:?} at {}..{} crosses a sentence boundary", tok.text, tok.start, tok.end);
        }
    }

    #[test]
    fn tokens_in_a_sentence_are_the_tokens_of_the_text(text in persianish()) {
        let t = Tokenizer::default();
        let whole: Vec<_> = t.tokens(&text).collect();
        let by_sentence: Vec<_> = t.tokenize_sentences(&text).into_iter().flatten().collect();
        prop_assert_eq!(whole, by_sentence);
    }

    #[test]
    fn mapped_spans_on_an_identity_map_are_the_plain_spans(text in persianish()) {
        let map = pardaz::normalize::OffsetMap::identity(text.len());
        let t = Tokenizer::default();
        let plain: Vec<_> = t.tokens(&text).map(|x| (x.start, x.end)).collect();
        let mapped: Vec<_> = t.tokens_mapped(&text, &text, &map).map(|x| (x.start, x.end)).collect();
        prop_assert_eq!(plain, mapped);
    }

    #[test]
    fn mapped_spans_stay_ordered_and_on_boundaries_under_edits(text in persianish(), seed in any::<u64>()) {
        // A made-up normalization: every Arabic yeh becomes a Persian yeh, every ZWNJ is
        // dropped, and some spaces are doubled, recorded in an offset map.
        let mut out = String::new();
        let mut b = OffsetMapBuilder::new();
        for (i, c) in text.char_indices() {
            match c {
                'ي' => { out.push('ی'); b.replace(2, 2); }
                '\u{200C}' => b.replace(3, 0),
                ' ' if (seed >> (i % 64)) & 1 == 1 => { out.push_str("  "); b.replace(1, 2); }
                _ => { out.push(c); b.keep(c.len_utf8()); }
            }
        }
        let map = b.finish();
        let t = Tokenizer::default();
        let mut prev = 0;
        for m in t.tokens_mapped(&text, &out, &map) {
            prop_assert!(prev <= m.start && m.start < m.end && m.end <= text.len());
            prop_assert_eq!(&text[m.start..m.end], m.text);
            prop_assert_eq!(&out[m.normalized_start..m.normalized_end], m.normalized);
            prev = m.end;
        }
        let mut prev = 0;
        for s in t.sentences_mapped(&text, &out, &map) {
            prop_assert!(prev <= s.start && s.start < s.end && s.end <= text.len());
            prop_assert_eq!(&text[s.start..s.end], s.text);
            prev = s.end;
        }
    }
}

/// Inputs built to make a careless scanner rescan: each would take minutes if any candidate
/// end or token start looked back or ahead over the whole text.
#[test]
fn pathological_inputs_are_scanned_in_linear_time() {
    let n = 20_000;
    let inputs = [
        "! ".repeat(n),
        format!("{}{}", "1 ".repeat(n), ". ".repeat(n)),
        "ab.".repeat(n),
        "ب.ب".repeat(n),
        format!("http://a{}", ")".repeat(n)),
        "x.y@".repeat(n),
    ];
    for text in &inputs {
        let tokens = pardaz::tokens(text).count();
        let sentences = pardaz::sentences(text).count();
        assert!(tokens > 0 && sentences > 0);
    }
}
