//! The shared normalization cases (`../shared/eval/normalize_cases.tsv`): every one must pass.
//! The file is not part of the repository; the test passes with a note when it is absent.

use pardaz::Normalizer;

const CASES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/eval/normalize_cases.tsv"
);

/// Shows invisible and combining characters as `<U+XXXX>` so that a failure is readable.
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{200B}'..='\u{200F}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{00A0}'
            | '\u{064B}'..='\u{0655}' => {
                format!("<U+{:04X}>", c as u32)
            }
            _ => c.to_string(),
        })
        .collect()
}

#[test]
fn every_shared_case_passes() {
    let Ok(tsv) = std::fs::read_to_string(CASES) else {
        eprintln!("skipped: {CASES} is absent");
        return;
    };
    let normalizer = Normalizer::default();
    let mut failures = Vec::new();
    let mut count = 0;
    for line in tsv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [id, category, input, expected, ..] = fields[..] else {
            panic!("malformed line: {line:?}");
        };
        count += 1;
        let got = normalizer.normalize(input);
        if got != expected {
            failures.push(format!(
                "{id} ({category}):\n    input    {}\n    expected {}\n    got      {}",
                visible(input),
                visible(expected),
                visible(&got)
            ));
        }
        // Normalizing the expected output changes nothing.
        let again = normalizer.normalize(expected);
        if again != expected {
            failures.push(format!(
                "{id} ({category}) is not a fixed point:\n    expected {}\n    got      {}",
                visible(expected),
                visible(&again)
            ));
        }
    }
    eprintln!("{} of {count} shared cases pass", count - failures.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
