//! Invariants of the entity extractor on arbitrary input.

use pardaz::entities::{Extractor, Label};
use proptest::prelude::*;

/// Persian-looking text: words from a small vocabulary that triggers every rule, mixed with
/// punctuation, ZWNJ, Arabic letters and arbitrary characters.
fn persianish() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "وزیر",
        "وزارت",
        "امور",
        "خارجه",
        "معاون",
        "رئيس",
        "جمهور",
        "سازمان",
        "برنامه",
        "و",
        "بودجه",
        "ایران",
        "روسیه",
        "تهران",
        "آقای",
        "دکتر",
        "علی",
        "حمید",
        "سعیدی",
        "زاده",
        "گفت",
        "تصریح",
        "کرد",
        "به",
        "گزارش",
        "نقل",
        "از",
        "«",
        "»",
        "،",
        ".",
        ":",
        "در",
        "کمیته",
        "حوزه",
        "دولت",
        "استاندار",
        "سفیر",
        "\u{200c}",
        "ي",
        "ك",
        "۱۲",
        "ـ",
        "\n",
    ]);
    let piece = prop_oneof![
        4 => words.prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

fn check(text: &str) {
    let ex = Extractor::default();
    let doc = ex.analyze(text, None);
    for e in &doc.entities {
        assert!(e.start < e.end && e.end <= text.len(), "{e:?}");
        assert!(
            text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
            "{e:?}"
        );
        assert_eq!(&text[e.start..e.end], e.text);
    }
    for w in doc.entities.windows(2) {
        assert!(
            (w[0].start, std::cmp::Reverse(w[0].end)) <= (w[1].start, std::cmp::Reverse(w[1].end))
        );
    }
    for label in [Label::Person, Label::Title, Label::Org, Label::Loc] {
        let spans: Vec<_> = doc.entities.iter().filter(|e| e.label == label).collect();
        for (i, a) in spans.iter().enumerate() {
            for b in &spans[i + 1..] {
                assert!(
                    a.end <= b.start || b.end <= a.start,
                    "{label}: {a:?} overlaps {b:?}"
                );
            }
        }
    }
    for o in &doc.officials {
        assert_eq!(doc.entities[o.person].label, Label::Person);
        assert_eq!(doc.entities[o.title].label, Label::Title);
        if let Some(i) = o.org {
            assert_eq!(doc.entities[i].label, Label::Org);
        }
        if let Some(i) = o.loc {
            assert_eq!(doc.entities[i].label, Label::Loc);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_in_bounds_on_char_boundaries_and_never_overlap_within_a_label(text in persianish()) {
        check(&text);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        check(&text);
    }
}
