//! Invariants of the temporal extractor on arbitrary input.

use pardaz::entities::TemporalExtractor;
use pardaz::normalize::fold_for_search;
use proptest::prelude::*;

/// Text made of the extractor's own vocabulary (so that every rule fires), digits of three
/// scripts, separators, ZWNJ, Arabic letters and diacritics, and arbitrary characters.
fn temporalish() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "سال",
        "سال‌های",
        "ماه",
        "روز",
        "روزهای",
        "هفته",
        "ساعت",
        "دقیقه",
        "دهه",
        "قرن",
        "فروردین",
        "مهر",
        "مهرماه",
        "دی",
        "اسفند",
        "رمضان",
        "ژانویه",
        "مه",
        "می",
        "صفر",
        "شنبه",
        "سه",
        "شنبه",
        "سه‌شنبه",
        "جمعه",
        "امروز",
        "دیروز",
        "امسال",
        "امشب",
        "گذشته",
        "آینده",
        "پیش",
        "این",
        "صبح",
        "شب",
        "بعد از ظهر",
        "اوایل",
        "پایان",
        "نیمه دوم",
        "تابستان",
        "میلادی",
        "هجری قمری",
        "ه.ش",
        "از",
        "تا",
        "و",
        "تاکنون",
        "بیست",
        "پنجم",
        "یکم",
        "هزار",
        "میلیون",
        "میلیونی",
        "میلیارد",
        "نیم",
        "ریال",
        "تومان",
        "دلار",
        "سنت",
        "درصد",
        "درصدی",
        "٪",
        "%",
        "صددرصد",
        "انتخابات",
        "نماز",
        "ب.ظ",
        "ماهه",
        "اول",
        "به وقت تهران",
        "1395",
        "96",
        "۱۴۰۲",
        "٢٣",
        "14",
        ":",
        "30",
        "/",
        ".",
        "-",
        ",",
        "،",
        " ",
        "\u{200c}",
        "\n",
        "ي",
        "ك",
        "\u{064e}",
        "ـ",
        "a",
        "🙂",
    ]);
    prop::collection::vec(
        prop_oneof![
            words.prop_map(str::to_owned),
            any::<char>().prop_map(String::from)
        ],
        0..40,
    )
    .prop_map(|parts| parts.join(" "))
}

fn check_invariants(text: &str) {
    let found = TemporalExtractor::new().extract(text, None);
    let mut prev_end = 0;
    for e in &found {
        assert!(e.start < e.end && e.end <= text.len(), "{e:?}");
        assert!(
            text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
            "{e:?}"
        );
        assert_eq!(&text[e.start..e.end], e.text);
        // Sorted and never overlapping, whatever the labels.
        assert!(e.start >= prev_end, "{found:?}");
        prev_end = e.end;
        assert!(e.value.is_some());
    }
    // extract and extract_folded agree.
    let folded = fold_for_search(text);
    assert_eq!(
        TemporalExtractor::new().extract_folded(text, &folded, None),
        found
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_in_bounds_on_char_boundaries_and_never_overlap(text in temporalish()) {
        check_invariants(&text);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        check_invariants(&text);
    }

    #[test]
    fn any_reference_date_resolves_without_panicking(
        text in temporalish(),
        days in -700_000i32..2_900_000,
    ) {
        let reference = pardaz::calendar::GregorianDate::from_day_number(days).ok();
        let found = TemporalExtractor::new().extract(&text, reference);
        for e in &found {
            prop_assert_eq!(&text[e.start..e.end], e.text);
        }
    }
}

#[test]
fn a_folded_text_that_is_not_the_fold_of_the_input_yields_nothing() {
    let folded = fold_for_search("امروز و فردا");
    let found = TemporalExtractor::new().extract_folded("کوتاه", &folded, None);
    assert!(found.is_empty());
}

/// Long runs of one expression (tables, lists) parse without nesting or rescanning: a
/// recursive or quadratic rule would overflow the stack or stall here.
#[test]
fn long_runs_of_one_expression_are_read_one_by_one() {
    let extractor = TemporalExtractor::new();
    // The count is checked where it is fixed (0: not checked). A row of "1 دلار" reads as
    // the labels of a rate table, so only the last is an amount.
    let runs: &[(&str, usize)] = &[
        ("1 دلار ", 1),
        ("سه شنبه ", 5000),
        ("مهر و ", 0),
        ("5 درصد و ", 5000),
        ("1 و ", 0),
        ("10 تا ", 0),
        ("1 , ", 0),
        ("ده‌ها و ", 0),
        ("2 میلیارد 3 میلیون ", 0),
    ];
    for &(unit, want) in runs {
        let text = unit.repeat(5000);
        let found = extractor.extract(&text, None);
        if want > 0 {
            assert_eq!(found.len(), want, "{unit}");
        }
        assert!(found.windows(2).all(|w| w[0].end <= w[1].start), "{unit}");
    }
}
