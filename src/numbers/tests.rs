use super::*;

use NumberKind::{Cardinal as C, Ordinal as O, PrenominalOrdinal as P};

/// Parses at the start of `input` and returns (matched text, value, kind).
fn at_start(input: &str) -> Option<(&str, String, NumberKind)> {
    number_at(input, 0).map(|m| (&input[m.range()], m.value.to_string(), m.kind))
}

/// One line a case: the text, what the number covers, its value, its kind.
fn check(cases: &[(&str, &str, &str, NumberKind)]) {
    for &(input, text, value, kind) in cases {
        assert_eq!(
            at_start(input),
            Some((text, value.to_owned(), kind)),
            "input: {input}"
        );
    }
}

#[test]
fn cardinal_words_compose_with_va() {
    check(&[
        ("بیست و پنج نفر", "بیست و پنج", "25", C),
        ("هزار و چهارصد و دو", "هزار و چهارصد و دو", "1402", C),
        (
            "یک هزار و چهارصد و دو بود",
            "یک هزار و چهارصد و دو",
            "1402",
            C,
        ),
        (
            "هزار و سیصد و نود و شش",
            "هزار و سیصد و نود و شش",
            "1396",
            C,
        ),
        ("یکصد و بیست کیلومتر", "یکصد و بیست", "120", C),
        ("دویست و پنجاه و هفت", "دویست و پنجاه و هفت", "257", C),
        ("سی صد نفر", "سی صد", "300", C),
        ("سه صد نفر", "سه صد", "300", C),
        ("هفت صد و ده", "هفت صد و ده", "710", C),
        ("یک صد", "یک صد", "100", C),
        ("دوازده ماه", "دوازده", "12", C),
        ("صفر درجه", "صفر", "0", C),
    ]);
}

#[test]
fn magnitudes_multiply_what_comes_before_them() {
    check(&[
        ("هزار نفر", "هزار", "1000", C),
        ("صد هزار نفر", "صد هزار", "100000", C),
        (
            "دو میلیون و سیصد هزار",
            "دو میلیون و سیصد هزار",
            "2300000",
            C,
        ),
        (
            "سه هزار و پانصد میلیارد ریال",
            "سه هزار و پانصد میلیارد",
            "3500000000000",
            C,
        ),
        ("هزار میلیارد تومان", "هزار میلیارد", "1000000000000", C),
        ("دو تریلیون دلار", "دو تریلیون", "2000000000000", C),
        (
            "یک میلیون و دویست و پنجاه هزار",
            "یک میلیون و دویست و پنجاه هزار",
            "1250000",
            C,
        ),
        ("دو میلیون و هزار", "دو میلیون و هزار", "2001000", C),
        (
            "پنج میلیارد و دویست میلیون و سی هزار و ده",
            "پنج میلیارد و دویست میلیون و سی هزار و ده",
            "5200030010",
            C,
        ),
    ]);
}

#[test]
fn digits_and_words_mix() {
    check(&[
        ("۲۵ هزار تومان", "۲۵ هزار", "25000", C),
        ("۳.۵ میلیارد دلار", "۳.۵ میلیارد", "3500000000", C),
        ("۱۰ میلیون", "۱۰ میلیون", "10000000", C),
        ("۲/۵ میلیون", "۲/۵ میلیون", "2500000", C),
        (
            "۲ میلیارد و ۵۰۰ میلیون تومان",
            "۲ میلیارد و ۵۰۰ میلیون",
            "2500000000",
            C,
        ),
        ("۱۲۵۰ میلیارد ریال", "۱۲۵۰ میلیارد", "1250000000000", C),
        ("۲۵هزار تومان", "۲۵هزار", "25000", C),
        ("2 . 5 میلیون بشکه", "2 . 5 میلیون", "2500000", C),
    ]);
}

#[test]
fn halves_add_half_of_the_part_before() {
    check(&[
        ("دو و نیم میلیون", "دو و نیم میلیون", "2500000", C),
        ("یک میلیون و نیم", "یک میلیون و نیم", "1500000", C),
        ("۹ و نیم صبح", "۹ و نیم", "9.5", C),
        ("نیم میلیون", "نیم میلیون", "500000", C),
        ("بیست و پنج و نیم درصد", "بیست و پنج و نیم", "25.5", C),
    ]);
}

#[test]
fn ordinals_end_the_number_and_are_flagged() {
    check(&[
        ("بیست و پنجم اسفند", "بیست و پنجم", "25", O),
        ("یکم فروردین", "یکم", "1", O),
        ("اول مهر", "اول", "1", O),
        ("سوم خرداد", "سوم", "3", O),
        ("سی ام دی", "سی ام", "30", O),
        ("سی‌ام دی", "سی‌ام", "30", O),
        ("سی‌ویکم شهریور", "سی‌ویکم", "31", O),
        ("سی و یکم", "سی و یکم", "31", O),
        ("بیست‌وپنجم", "بیست‌وپنجم", "25", O),
        ("هزارم", "هزارم", "1000", O),
        ("نخست وزیر", "نخست", "1", O),
        ("۲۳ام مهر", "۲۳ام", "23", O),
        ("۲۳‌ام مهر", "۲۳‌ام", "23", O),
        ("23 ام", "23 ام", "23", O),
    ]);
}

#[test]
fn min_ordinals_stand_before_their_noun_and_are_flagged() {
    check(&[
        ("دومین نشست", "دومین", "2", P),
        ("اولین بار", "اولین", "1", P),
        ("نخستین دیدار", "نخستین", "1", P),
        ("سومین", "سومین", "3", P),
        ("بیست و پنجمین سالگرد", "بیست و پنجمین", "25", P),
        ("سی‌امین", "سی‌امین", "30", P),
        ("سی امین", "سی امین", "30", P),
        ("صدمین", "صدمین", "100", P),
        ("۲۳امین", "۲۳امین", "23", P),
    ]);
}

#[test]
fn a_part_that_does_not_fit_after_va_ends_the_number_before_it() {
    check(&[
        ("دو و سه", "دو", "2", C),
        ("بیست و سی", "بیست", "20", C),
        ("۱۳۹۶ و ۱۳۹۷", "۱۳۹۶", "1396", C),
        ("بیست و اول", "بیست", "20", C),
        ("ده و پنج", "ده", "10", C),
        ("صد و صد", "صد", "100", C),
        ("بیست و", "بیست", "20", C),
        ("بیست و کتاب", "بیست", "20", C),
        ("دو میلیون هزار", "دو میلیون", "2000000", C),
        ("هزار و هزار", "هزار", "1000", C),
        ("بیست، پنج", "بیست", "20", C),
        ("بیست\nو پنج", "بیست", "20", C),
    ]);
}

#[test]
fn colloquial_and_arabic_spellings_are_read() {
    check(&[
        ("پونزده", "پونزده", "15", C),
        ("شیش تا", "شیش", "6", C),
        ("چار", "چار", "4", C),
        ("هیجده", "هیجده", "18", C),
        ("يك هزار و چهارصد", "يك هزار و چهارصد", "1400", C),
        ("بيست و يكم", "بيست و يكم", "21", O),
        ("اوّل", "اوّل", "1", O),
        ("بیست  و  پنج", "بیست  و  پنج", "25", C),
        (
            "بیست\u{200C}و\u{200C}پنج",
            "بیست\u{200C}و\u{200C}پنج",
            "25",
            C,
        ),
    ]);
}

#[test]
fn not_numbers() {
    let cases = [
        "سهم بازار",     // "share", not سوم
        "سه شنبه",       // a weekday
        "سه‌شنبه",        // a weekday
        "۳شنبه",         // a weekday
        "پنج شنبه",      // a weekday
        "یکشنبه",        // one word, not a number
        "هزاران نفر",    // vague
        "دهها",          // vague
        "ده‌ها شهر",      // vague
        "میلیون ها نفر", // vague
        "صدها",          // vague
        "و پنج",
        "وپنج",
        "ام",
        "نشست",
        "",
        " بیست",
        "بیست5",
        ".5",
    ];
    for input in cases {
        assert_eq!(at_start(input), None, "input: {input}");
    }
}

#[test]
fn hazard_words_are_parsed_and_flagged_when_alone() {
    let cases = [
        ("نه تنها", true),
        ("ده کوچک", true),
        ("یک روز", true),
        ("نخست وزیر", true),
        ("صفر", true),
        ("نه میلیون", false),
        ("یک هزار", false),
        ("بیست", false),
        ("۹", false),
    ];
    for (input, ambiguous) in cases {
        let m = number_at(input, 0).unwrap();
        assert_eq!(m.ambiguous, ambiguous, "input: {input}");
    }
}

#[test]
fn forms_say_how_the_number_is_written() {
    let cases = [
        ("۱۲٬۵۰۰", NumberForm::Digits),
        ("۲۳ام", NumberForm::Digits),
        ("بیست و پنج", NumberForm::Words),
        ("۲۵ هزار", NumberForm::Mixed),
    ];
    for (input, form) in cases {
        assert_eq!(
            number_at(input, 0).map(|m| m.form),
            Some(form),
            "input: {input}"
        );
    }
}

#[test]
fn overflow_ends_the_number_before_the_word_that_overflows() {
    check(&[
        (
            "هزار تریلیون تریلیون",
            "هزار تریلیون",
            "1000000000000000",
            C,
        ),
        (
            "۱۸۴۴۶۷۴۴۰۷۳۷۰۹۵۵۱۶۱۵ هزار",
            "۱۸۴۴۶۷۴۴۰۷۳۷۰۹۵۵۱۶۱۵",
            "18446744073709551615",
            C,
        ),
    ]);
}

#[test]
fn a_start_off_a_char_boundary_or_out_of_bounds_gives_none() {
    assert_eq!(number_at("بیست", 1), None);
    assert_eq!(number_at("بیست", 100), None);
    assert_eq!(number_at("12", 2), None);
}

#[test]
fn parse_needs_the_whole_text_to_be_one_number() {
    let cases = [
        ("۱۲٬۵۰۰", Some("12500")),
        ("  هزار و چهارصد و دو\n", Some("1402")),
        ("۲/۵", Some("2.5")),
        ("۱۴۰۲/۰۵/۱۲", None),
        ("بیست و پنج نفر", None),
        ("", None),
    ];
    for (input, want) in cases {
        assert_eq!(
            parse(input).map(|m| m.value.to_string()).as_deref(),
            want,
            "input: {input}"
        );
    }
}

#[test]
fn find_numbers_reads_a_news_sentence() {
    let text = "به گزارش ایسنا، در بیست و پنجم اسفند ۱۴۰۲ بیش از ۲ میلیارد و ۵۰۰ میلیون تومان \
                برای دومین بار به ۳۵ درصد از روستاها و ده‌ها شهر اختصاص یافت؛ نرخ تورم ۴۰٫۵ درصد بود.";
    let found: Vec<(&str, String, NumberKind)> = find_numbers(text)
        .map(|m| (&text[m.range()], m.value.to_string(), m.kind))
        .collect();
    let want = [
        ("بیست و پنجم", "25", O),
        ("۱۴۰۲", "1402", C),
        ("۲ میلیارد و ۵۰۰ میلیون", "2500000000", C),
        ("دومین", "2", P),
        ("۳۵", "35", C),
        ("۴۰٫۵", "40.5", C),
    ];
    let want: Vec<_> = want.iter().map(|&(t, v, k)| (t, v.to_owned(), k)).collect();
    assert_eq!(found, want);
}

#[test]
fn find_numbers_skips_digits_inside_latin_codes() {
    let text = "مدل A4 و F16 در 5G با کووید 19در ۱۰ شهر";
    let found: Vec<&str> = find_numbers(text).map(|m| &text[m.range()]).collect();
    assert_eq!(found, ["19", "۱۰"]);
}

mod props {
    use super::super::*;
    use proptest::prelude::*;

    /// `n` in Persian words, the way a writer composes it: groups of three digits joined by
    /// و, each with its magnitude; as an ordinal in -م when asked.
    fn spell(n: u64, ordinal: bool) -> String {
        const UNITS: [&str; 20] = [
            "",
            "یک",
            "دو",
            "سه",
            "چهار",
            "پنج",
            "شش",
            "هفت",
            "هشت",
            "نه",
            "ده",
            "یازده",
            "دوازده",
            "سیزده",
            "چهارده",
            "پانزده",
            "شانزده",
            "هفده",
            "هجده",
            "نوزده",
        ];
        const TENS: [&str; 10] = [
            "",
            "",
            "بیست",
            "سی",
            "چهل",
            "پنجاه",
            "شصت",
            "هفتاد",
            "هشتاد",
            "نود",
        ];
        const HUNDREDS: [&str; 10] = [
            "",
            "صد",
            "دویست",
            "سیصد",
            "چهارصد",
            "پانصد",
            "ششصد",
            "هفتصد",
            "هشتصد",
            "نهصد",
        ];
        const MAGNITUDES: [&str; 4] = ["", "هزار", "میلیون", "میلیارد"];
        let group_words = |g: u64| -> Vec<&'static str> {
            let mut w = vec![HUNDREDS[(g / 100) as usize]];
            let rest = g % 100;
            if rest < 20 {
                w.push(UNITS[rest as usize]);
            } else {
                w.push(TENS[(rest / 10) as usize]);
                w.push(UNITS[(rest % 10) as usize]);
            }
            w.retain(|s| !s.is_empty());
            w
        };
        let mut parts = Vec::new();
        for (i, magnitude) in MAGNITUDES.iter().enumerate().rev() {
            let g = n / 1000u64.pow(i as u32) % 1000;
            if g == 0 {
                continue;
            }
            let mut words = group_words(g).join(" و ");
            if !magnitude.is_empty() {
                words = format!("{words} {magnitude}");
            }
            parts.push(words);
        }
        let mut text = parts.join(" و ");
        if ordinal {
            text = if text.ends_with("سه") {
                format!("{}سوم", &text[..text.len() - "سه".len()])
            } else if text.ends_with("سی") {
                format!("{text}\u{200C}ام")
            } else {
                format!("{text}م")
            };
        }
        text
    }

    /// Text made of Persian number words, digits, separators and other words.
    fn persianish() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "بیست",
            "و",
            "پنج",
            "پنجم",
            "هزار",
            "میلیون",
            "سی",
            "ام",
            "امین",
            "دومین",
            "نیم",
            "صد",
            "سه",
            "شنبه",
            "۲۵",
            "3.5",
            "۱۲٬۵۰۰",
            "/",
            ".",
            "،",
            " ",
            "\u{200C}",
            "ي",
            "ك",
            "\u{064E}",
            "نشست",
            "A4",
            "\n",
            "٫",
            "ده",
            "اول",
        ]);
        prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn number_at_never_panics_and_ends_on_a_char_boundary(s in "\\PC{0,40}", start in 0usize..60) {
            if let Some(m) = number_at(&s, start) {
                prop_assert_eq!(m.start, start);
                prop_assert!(m.end > m.start && m.end <= s.len());
                prop_assert!(s.is_char_boundary(m.end));
            }
        }

        #[test]
        fn spans_of_persian_like_text_are_sorted_and_on_char_boundaries(s in persianish()) {
            let mut last = 0;
            for m in find_numbers(&s) {
                prop_assert!(m.start >= last && m.end > m.start && m.end <= s.len());
                prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
                // The text of a match parses to the same number by itself.
                let again = parse(&s[m.range()]);
                prop_assert_eq!(again.map(|a| (a.value, a.kind)), Some((m.value, m.kind)));
                last = m.end;
            }
        }

        #[test]
        fn find_numbers_never_panics_on_arbitrary_text(s in "\\PC{0,80}") {
            for m in find_numbers(&s) {
                prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            }
        }

        #[test]
        fn spelled_out_numbers_read_back_their_value(n in 1u64..1_000_000_000_000, ordinal in any::<bool>()) {
            let words = spell(n, ordinal);
            let m = parse(&words);
            prop_assert_eq!(m.map(|m| m.value), Some(Decimal::from(n)), "{}", words);
            let kind = if ordinal { NumberKind::Ordinal } else { NumberKind::Cardinal };
            prop_assert_eq!(m.map(|m| m.kind), Some(kind), "{}", words);
        }

        #[test]
        fn digit_numbers_read_their_value(n in 0u64..10_000_000_000) {
            let s = n.to_string();
            prop_assert_eq!(parse(&s).map(|m| m.value), Some(Decimal::from(n)));
            let persian: String = s.chars().map(|c| {
                crate::chars::persian_digit(c as u8 - b'0').unwrap_or(c)
            }).collect();
            prop_assert_eq!(parse(&persian).map(|m| m.value), Some(Decimal::from(n)));
        }
    }
}
