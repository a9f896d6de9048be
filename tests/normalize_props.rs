//! Invariants of the normalizer on arbitrary Unicode and on generated Persian-heavy text: no
//! panic, idempotence, the fast path agrees with the full machinery, and the offset map is
//! exact.

use pardaz::normalize::{Normalizer, NormalizerOptions, OffsetMap};
use proptest::prelude::*;

/// Pieces of raw Persian news text, clean and dirty, that the generator strings together.
const PIECES: &[&str] = &[
    "کتاب",
    "كتاب",
    "يك",
    "می",
    "مي",
    "نمی",
    "شود",
    "میشود",
    "رفت",
    "ها",
    "های",
    "تر",
    "ترین",
    "خانه",
    "ی",
    "ای",
    "اش",
    "است",
    "بی",
    "رئیس",
    "جمهور",
    "گفت",
    "و",
    "گو",
    "میز",
    "میدان",
    "ماه",
    "دارو",
    "آیت",
    "الله",
    "مهم",
    "بزرگ",
    "سه",
    "شنبه",
    "حتماً",
    "حتمًا",
    "کِتاب",
    "تهـران",
    "ھفته",
    "ﻻ",
    "ﷲ",
    "﷼",
    "ا\u{0653}",
    "ي\u{0654}",
    "ە\u{0654}",
    "هٔ",
    "ۀ",
    "ة",
    " ",
    " ",
    " ",
    "  ",
    "\u{200C}",
    "\u{200C}\u{200C}",
    "\u{200B}",
    "\u{200E}",
    "\u{200F}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{00A0}",
    "\u{200D}",
    "\n",
    "\t",
    "12",
    "1402",
    "۱۴۰۲",
    "٣٤",
    "2.5",
    "1,200",
    "12:30",
    "1400-1402",
    "%",
    "٪",
    ".",
    ",",
    "?",
    ";",
    "!",
    ":",
    "،",
    "؛",
    "؟",
    "«",
    "»",
    "\"",
    "“",
    "”",
    "(",
    ")",
    "[",
    "]",
    "—",
    "-",
    "…",
    "Python",
    "3.12",
    "Node.js",
    "C++",
    "iPhone",
    "https://x.ir/a?b=1",
    "www.isna.ir",
    "a.b@c.ir",
    "#تگ_1",
    "@user_1",
    "👍🏽",
    "👨\u{200D}👩",
    "\u{064B}",
    "\u{0650}",
    "\u{0640}",
    "ـ",
];

fn persian_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// Letters and letter groups that random words are made of: the fast path's byte filters
/// look for می, نمی and preverbs at a word's start and for a plural glued to a heh at its end,
/// and read words eight letters at a time.
const LETTERS: &[&str] = &[
    "ا", "ب", "پ", "ت", "د", "ر", "ز", "س", "ش", "ک", "گ", "ل", "م", "ن", "و", "ه", "ی", "ئ", "آ",
    "ي", "ك", "ى", "ە", "ھ", "ۀ", "می", "نمی", "مي", "بر", "باز", "فرا", "ها", "های", "هها", "ه",
    "تر", "شود", "رود", "گردد", "رسد",
];

/// Separators and neighbours of the generated words.
const GLUE: &[&str] = &[
    " ",
    " ",
    " ",
    " ",
    "\u{200C}",
    "",
    "، ",
    ". ",
    "؟ ",
    " «",
    "» ",
    " (",
    ") ",
    " ۱۴۰۲ ",
    " 12 ",
    "\u{200C}\u{200C}",
    // Runs of invisible separators, which are judged once per run (with a mark between two
    // of them, twice).
    "\u{200C}\u{200C}\u{200C}\u{200C}",
    "\u{200C}\u{200E}\u{200C}",
    "\u{200C}\u{064E}\u{200C}",
    "  ",
    "\u{00AD}",
    "\u{200F}",
    "\n",
    " - ",
    "٪ ",
    ":",
    " است",
];

/// What generated words start with: nothing, a verbal prefix, a preverb, both.
const PREFIXES: &[&str] = &[
    "",
    "",
    "",
    "می",
    "نمی",
    "مي",
    "بر",
    "باز",
    "فرا",
    "برمی",
    "بازمی",
    "فرامی",
    "درنمی",
    "بی",
];

/// What generated words end with: nothing, a plural (glued to a heh or not), a comparative.
const SUFFIXES: &[&str] = &[
    "",
    "",
    "",
    "ها",
    "های",
    "هها",
    "ههای",
    "ههایشان",
    "تر",
    "ترین",
    "ه",
    "ای",
];

/// Runs of generated Persian words, clean and dirty, short and long.
fn persian_words() -> impl Strategy<Value = String> {
    let letters = prop::collection::vec(prop::sample::select(LETTERS), 1..10);
    let word = (
        prop::sample::select(PREFIXES),
        letters,
        prop::sample::select(SUFFIXES),
    )
        .prop_map(|(p, l, s)| format!("{p}{}{s}", l.concat()));
    let piece = (word, prop::sample::select(GLUE)).prop_map(|(w, g)| format!("{w}{g}"));
    prop::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
}

/// Letters that the fast path's block classifier takes sixteen bytes at a time (with single
/// spaces between words), and a few of the same class that it leaves to the word walk.
const PLAIN_LETTERS: &[&str] = &[
    "ا", "ب", "پ", "ت", "ج", "چ", "د", "ر", "ژ", "س", "ع", "ف", "ق", "ک", "گ", "ل", "م", "ن", "و",
    "ه", "ی", "ء", "آ", "ئ", "ة", "ۀ", "ٹ",
    // The bytes the walk with a lexicon looks for: می and هه.
    "می", "هه",
];

/// What stops a run of plain words (letters to fold only without rule 1): letters to fold,
/// digits, ZWNJ, marks, punctuation, spacing, Latin text, presentation forms.
const BLOCK_STOPS: &[&str] = &[
    "ي",
    "ك",
    "ى",
    "ھ",
    "1",
    "12",
    "۱",
    "٢",
    "\u{200C}",
    "  ",
    "،",
    ".",
    " .",
    "x",
    "ab",
    "\u{064B}",
    "ـ",
    "ﻻ",
    "\n",
    "«",
    "\u{200F}",
    "%",
    "\u{00A0}",
    "www.x.ir",
    "؟",
    // Words that rule 10 may join to the word before or split (the walk with a lexicon
    // stops before them).
    " ها ",
    " است ",
    " تر ",
    " می ",
    " بی ",
    " میشود ",
    " رسانههای ",
    " رئیس جمهور ",
    // More letters to fold in one run than the block classifier keeps.
    "ي ك ى ي ك ى ي ك ى ي ك ى ي ك ى ي",
    "كيكيكيكيكيكيكيكيكي",
];

/// Runs of plain words with stops among them, so that stops fall at every place of a
/// sixteen-byte block.
fn block_edge_text() -> impl Strategy<Value = String> {
    let word = || {
        prop::collection::vec(prop::sample::select(PLAIN_LETTERS), 1..12).prop_map(|l| l.concat())
    };
    let piece = prop_oneof![
        5 => word().prop_map(|w| format!("{w} ")),
        1 => word(),
        2 => prop::sample::select(BLOCK_STOPS).prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// Checks that `map` ties `input` to `output` exactly: edits in order, on character
/// boundaries, and every byte outside them copied unchanged.
fn assert_exact(input: &str, output: &str, map: &OffsetMap) {
    assert_eq!(map.input_len(), input.len());
    assert_eq!(map.output_len(), output.len());
    let (mut i, mut o) = (0, 0);
    for (inp, out) in map.edits() {
        assert!(inp.start >= i && out.start >= o, "edits out of order");
        assert_eq!(
            inp.start - i,
            out.start - o,
            "unchanged gap of different lengths"
        );
        assert_eq!(
            input[i..inp.start],
            output[o..out.start],
            "unchanged gap differs"
        );
        for at in [inp.start, inp.end] {
            assert!(
                input.is_char_boundary(at),
                "input edit boundary {at} inside a char"
            );
        }
        for at in [out.start, out.end] {
            assert!(
                output.is_char_boundary(at),
                "output edit boundary {at} inside a char"
            );
        }
        (i, o) = (inp.end, out.end);
    }
    assert_eq!(input[i..], output[o..], "unchanged tail differs");
}

/// Checks `to_input` on every pair of char boundaries of a (short) output: in bounds, on char
/// boundaries, monotonic.
fn assert_ranges_map_well(input: &str, output: &str, map: &OffsetMap) {
    let bounds: Vec<usize> = output
        .char_indices()
        .map(|(i, _)| i)
        .chain([output.len()])
        .collect();
    let mut last_start = 0;
    for (k, &start) in bounds.iter().enumerate() {
        let r = map.to_input(start..start);
        assert!(r.start >= last_start, "to_input is not monotonic");
        last_start = r.start;
        for &end in bounds.iter().skip(k).step_by(3) {
            let r = map.to_input(start..end);
            assert!(
                r.start <= r.end && r.end <= input.len(),
                "{r:?} out of bounds"
            );
            assert!(input.is_char_boundary(r.start) && input.is_char_boundary(r.end));
        }
    }
}

fn check_all(text: &str) {
    let n = Normalizer::default();
    let once = n.normalize(text);
    let (with_offsets, map) = n.normalize_with_offsets(text);
    assert_eq!(once, with_offsets);
    assert_eq!(
        once,
        n.normalize_without_fast_path(text),
        "fast and slow paths differ"
    );
    assert_exact(text, &once, &map);
    if once.len() < 400 {
        assert_ranges_map_well(text, &once, &map);
    }
    let mut appended = String::from("x");
    n.normalize_into(text, &mut appended);
    assert_eq!(appended[1..], *once);
}

/// The options the benchmarks measure: the default, and letters and digits alone.
fn fast_path_options() -> [NormalizerOptions; 2] {
    let mut fold = NormalizerOptions::none();
    fold.letters = true;
    fold.digits = pardaz::DigitPolicy::Persian;
    [NormalizerOptions::default(), fold]
}

/// The digit policy numbered `n` (0, 1, 2).
fn digit_policy(n: u8) -> pardaz::DigitPolicy {
    match n {
        0 => pardaz::DigitPolicy::Persian,
        1 => pardaz::DigitPolicy::Latin,
        _ => pardaz::DigitPolicy::Keep,
    }
}

/// Any set of options: each rule on or off, any digit policy.
fn any_options() -> impl Strategy<Value = NormalizerOptions> {
    (prop::array::uniform13(any::<bool>()), 0..3u8).prop_map(|(on, digits)| NormalizerOptions {
        digits: digit_policy(digits),
        letters: on[0],
        compose: on[1],
        presentation_forms: on[2],
        diacritics: on[3],
        kashida: on[4],
        number_punctuation: on[5],
        protect_spans: on[6],
        punctuation: on[7],
        punctuation_spacing: on[8],
        invisibles: on[9],
        spaces: on[10],
        zwnj: on[11],
        affixes: on[12],
    })
}

/// Options with nothing on but the letter rules and a digit policy: those of the fold fast
/// path, which takes whole texts that hold no Latin letter, protected span or presentation
/// form.
fn fold_options() -> impl Strategy<Value = NormalizerOptions> {
    (prop::array::uniform4(any::<bool>()), 0..3u8).prop_map(|(on, digits)| NormalizerOptions {
        digits: digit_policy(digits),
        letters: on[0],
        compose: on[1],
        presentation_forms: on[2],
        protect_spans: on[3],
        ..NormalizerOptions::none()
    })
}

/// The fast path gives exactly the output and the offset map of the full machinery.
fn assert_fast_path_agrees(text: &str) {
    for options in fast_path_options() {
        assert_agrees_with(options, text);
    }
}

/// [`assert_fast_path_agrees`] with one set of options.
fn assert_agrees_with(options: NormalizerOptions, text: &str) {
    let n = Normalizer::new(options);
    let reference = n.normalize_with_offsets_without_fast_path(text);
    assert_eq!(
        n.normalize_with_offsets(text),
        reference,
        "{:?}",
        n.options()
    );
    assert_eq!(n.normalize(text), reference.0, "{:?}", n.options());
    // Normalized text takes the fast path almost everywhere: the same there.
    let again = n.normalize_with_offsets_without_fast_path(&reference.0);
    assert_eq!(n.normalize_with_offsets(&reference.0), again);
}

proptest! {
    // Words are cheap and the byte filters they test have many corners: more cases.
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn the_fast_path_agrees_with_the_reference_on_generated_words(text in persian_words()) {
        assert_fast_path_agrees(&text);
    }

    #[test]
    fn the_fast_path_agrees_with_the_reference_under_any_options(
        options in any_options(),
        text in persian_words(),
    ) {
        assert_agrees_with(options, &text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_fast_path_agrees_with_the_reference_around_block_edges(text in block_edge_text()) {
        assert_fast_path_agrees(&text);
    }

    #[test]
    fn the_fold_fast_path_agrees_with_the_reference(
        options in fold_options(),
        text in prop_oneof![persian_text(), block_edge_text(), persian_words()],
    ) {
        assert_agrees_with(options.clone(), &text);
        let mut appended = String::from("x");
        Normalizer::new(options.clone()).normalize_into(&text, &mut appended);
        prop_assert_eq!(&appended[1..], Normalizer::new(options).normalize_without_fast_path(&text));
    }

    #[test]
    fn the_fast_path_agrees_around_block_edges_under_any_options(
        options in any_options(),
        text in block_edge_text(),
    ) {
        assert_agrees_with(options, &text);
    }

    #[test]
    fn the_fast_path_agrees_with_the_reference_on_persian_text(text in persian_text()) {
        assert_fast_path_agrees(&text);
    }


    #[test]
    fn the_fast_path_agrees_with_the_reference_on_arbitrary_unicode(text in any::<String>()) {
        assert_fast_path_agrees(&text);
    }

    #[test]
    fn arbitrary_unicode_never_panics_and_maps_exactly(text in any::<String>()) {
        check_all(&text);
    }

    #[test]
    fn persian_text_maps_exactly(text in persian_text()) {
        check_all(&text);
    }

    #[test]
    fn normalizing_twice_changes_nothing(text in persian_text()) {
        let n = Normalizer::default();
        let once = n.normalize(&text).into_owned();
        prop_assert_eq!(n.normalize(&once), once.as_str());
    }

    #[test]
    fn normalizing_arbitrary_unicode_twice_changes_nothing(text in any::<String>()) {
        let n = Normalizer::default();
        let once = n.normalize(&text).into_owned();
        prop_assert_eq!(n.normalize(&once), once.as_str());
    }

    #[test]
    fn every_single_rule_keeps_the_map_exact(text in persian_text(), rule in 0usize..14) {
        let mut o = NormalizerOptions::none();
        match rule {
            0 => o.letters = true,
            1 => o.compose = true,
            2 => o.presentation_forms = true,
            3 => o.diacritics = true,
            4 => o.kashida = true,
            5 => o.digits = pardaz::DigitPolicy::Persian,
            6 => o.digits = pardaz::DigitPolicy::Latin,
            7 => o.number_punctuation = true,
            8 => o.punctuation = true,
            9 => o.punctuation_spacing = true,
            10 => o.invisibles = true,
            11 => o.spaces = true,
            12 => o.zwnj = true,
            _ => o.affixes = true,
        }
        let n = Normalizer::new(o);
        let (out, map) = n.normalize_with_offsets(&text);
        assert_exact(&text, &out, &map);
        prop_assert_eq!(&out, &n.normalize_without_fast_path(&text));
    }

    /// Composing the maps of two normalizations gives a map from the first input to the
    /// last output that is exact too.
    #[test]
    fn composed_maps_stay_exact(text in persian_text()) {
        let mut letters_only = NormalizerOptions::none();
        letters_only.letters = true;
        letters_only.diacritics = true;
        let (a, first) = Normalizer::new(letters_only).normalize_with_offsets(&text);
        let (b, second) = Normalizer::default().normalize_with_offsets(&a);
        let both = first.then(&second).map_err(|e| TestCaseError::fail(e.to_string()))?;
        assert_exact(&text, &b, &both);
    }
}

/// Every stop of a plain run, at every place of a sixteen-byte block (three bytes a word
/// of one letter and a space, then a word of up to eight letters, then the stop), gives the
/// same output through the fast path as through the full machinery.
#[test]
fn stops_at_every_block_offset_agree_with_the_reference() {
    let mut options = fast_path_options().to_vec();
    options.push(NormalizerOptions {
        affixes: false,
        ..NormalizerOptions::default()
    });
    for lead in every_block_offset() {
        for stop in BLOCK_STOPS {
            let text = format!("{lead}{stop} کتاب ما");
            for o in &options {
                assert_agrees_with(o.clone(), &text);
            }
        }
    }
}

/// Plain words that end at every place of a sixteen-byte block: up to fifteen words of one
/// letter and a space, then a word of up to eight letters.
fn every_block_offset() -> impl Iterator<Item = String> {
    (0..16).flat_map(|words| {
        (0..9).map(move |letters| format!("{}{}", "ب ".repeat(words), "ت".repeat(letters)))
    })
}

/// Words that rule 10 may join to the word before or split inside, at every place of a
/// sixteen-byte block, between plain words: the walk with a lexicon stops before them or
/// checks them, and the output is that of the full machinery.
#[test]
fn rule_10_words_at_every_block_offset_agree_with_the_reference() {
    const WORDS: &[&str] = &[
        "ها",
        "های",
        "است",
        "تر",
        "ترین",
        "ای",
        "می",
        "نمی",
        "بی",
        "میشود",
        "نمیتوان",
        "برمیگردد",
        "میز",
        "میدان",
        "تصمیم",
        "خانهها",
        "رسانههای",
        "گفت وگو",
        "رئیس جمهور",
        "کننده",
    ];
    for lead in every_block_offset() {
        for word in WORDS {
            let text = format!("{lead}ت {word} کتاب ما {word}");
            assert_agrees_with(NormalizerOptions::default(), &text);
        }
    }
}

/// The shared corpus normalizes the same through the fast path and the full machinery, and
/// normalizing it again changes nothing. Skipped when the corpus is absent.
#[test]
fn the_news_sample_normalizes_identically_on_both_paths() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/corpus/news_sample.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} is absent");
        return;
    };
    let n = Normalizer::default();
    for line in text.lines().take(150) {
        let once = n.normalize(line);
        assert_eq!(once, n.normalize_without_fast_path(line));
        assert_eq!(n.normalize(&once), once);
        let (out, map) = n.normalize_with_offsets(line);
        assert_exact(line, &out, &map);
    }
}
