//! Runs every stage of pardaz on an embedded Persian news-style sample and prints what each
//! stage finds, with every span given as byte offsets into the raw sample.
//!
//! ```sh
//! cargo run --release --example pipeline            # the embedded sample
//! cargo run --release --example pipeline -- file.txt # your own text
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;

use pardaz::calendar::JalaliDate;
use pardaz::entities::{Document, Entity, Extractor, Value};
use pardaz::normalize::Normalizer;
use pardaz::tokenize::Tokenizer;

/// A paragraph written for pardaz: officials with titles, ministries, dates in two calendars,
/// money, percentages, mixed digit scripts, Arabic yeh/kaf and missing ZWNJs.
const SAMPLE: &str = include_str!("../data/sample.txt");

fn main() {
    let own = std::env::args()
        .nth(1)
        .map(|path| std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}")));
    let text = match &own {
        Some(Ok(t)) => t.trim_end(),
        Some(Err(e)) => {
            eprintln!("pipeline: {e}");
            std::process::exit(1);
        }
        None => SAMPLE.trim_end(),
    };

    heading(&format!(
        "Input ({} bytes, {} chars)",
        text.len(),
        text.chars().count()
    ));
    println!("{text}");

    let normalizer = Normalizer::default();
    let tokenizer = Tokenizer::default();
    let normalized = tokenizer.normalize(text, &normalizer);

    heading(&format!(
        "1. Normalized ({} edits; the offset map ties each one to the input)",
        normalized.map().edits().len()
    ));
    println!("{}", normalized.normalized());
    println!();
    println!(
        "{}",
        edit_summary(text, normalized.normalized(), &normalized)
    );

    let sentences: Vec<_> = normalized.sentences().collect();
    heading(&format!("2. Sentences ({})", sentences.len()));
    println!("{:>3}  {:>11}  text", "#", "bytes");
    for (i, s) in sentences.iter().enumerate() {
        println!(
            "{:>3}  {:>11}  {}",
            i + 1,
            format!("{}..{}", s.start, s.end),
            s.text
        );
    }

    let tokens: Vec<_> = normalized.tokens().collect();
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for t in &tokens {
        *kinds.entry(format!("{:?}", t.kind)).or_default() += 1;
    }
    heading(&format!("3. Tokens ({})", tokens.len()));
    let summary: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
    println!("by kind: {}", summary.join(", "));
    println!(
        "{:>3}  tokens of the sentence, normalized form, separated by │",
        "#"
    );
    for (i, s) in sentences.iter().enumerate() {
        let words: Vec<&str> = tokens
            .iter()
            .filter(|t| t.start >= s.start && t.end <= s.end)
            .map(|t| t.normalized)
            .collect();
        println!("{:>3}  {}", i + 1, words.join(" │ "));
    }

    // Relative expressions (فردا, هفته آینده) resolve against the publication date, which the
    // caller passes: the library never reads the clock. The sample is dated 23 Mehr 1402.
    let published = JalaliDate::new(1402, 7, 23).map(|d| d.to_gregorian()).ok();
    let extractor = Extractor::default();
    let document = extractor.analyze(text, published);
    heading(&format!("4. Entities ({})", document.entities.len()));
    println!("{:<8} {:>11}  {:<34}  text", "label", "bytes", "value");
    for e in &document.entities {
        let label = if e.nested {
            format!("└{}", e.label)
        } else {
            e.label.to_string()
        };
        println!(
            "{:<8} {:>11}  {:<34}  {}",
            label,
            format!("{}..{}", e.start, e.end),
            e.value.as_ref().map(describe).unwrap_or_default(),
            e.text
        );
    }
    println!("(└ marks a nested entity: inside a TITLE or ORG; a flat view drops it)");

    heading(&format!("5. Officials ({})", document.officials.len()));
    print_officials(&document);
}

fn heading(title: &str) {
    let rule = "─".repeat(72usize.saturating_sub(title.chars().count() + 4));
    println!("\n── {title} {rule}");
}

/// The kinds of edits the normalizer made, with one example each.
fn edit_summary(
    raw: &str,
    normalized: &str,
    text: &pardaz::tokenize::NormalizedText<'_>,
) -> String {
    let mut kinds: BTreeMap<&'static str, (usize, String)> = BTreeMap::new();
    for (input, output) in text.map().edits() {
        let (from, to) = (&raw[input], &normalized[output]);
        let kind = classify(from, to);
        let entry = kinds.entry(kind).or_insert_with(|| (0, String::new()));
        entry.0 += 1;
        if entry.1.is_empty() {
            entry.1 = format!("{} → {}", visible(from), visible(to));
        }
    }
    let mut out = String::from("edits by kind:\n");
    for (kind, (n, example)) in kinds {
        let _ = writeln!(out, "  {n:>3}  {kind:<28} e.g. {example}");
    }
    out
}

fn classify(from: &str, to: &str) -> &'static str {
    let digit = |s: &str| s.chars().any(pardaz::chars::is_digit);
    if from.is_empty() {
        if to.contains('\u{200C}') {
            "ZWNJ inserted"
        } else {
            "space inserted"
        }
    } else if to.contains('\u{200C}') && !from.contains('\u{200C}') {
        "space → ZWNJ"
    } else if digit(from) {
        "digits and number marks"
    } else if from.chars().any(|c| "يكىك".contains(c)) {
        "Arabic letter → Persian"
    } else if to.is_empty() {
        "removed"
    } else if from.chars().all(|c| !c.is_alphanumeric()) {
        "punctuation and spacing"
    } else {
        "other"
    }
}

/// Shows invisible characters by name.
fn visible(s: &str) -> String {
    if s.is_empty() {
        return "∅".into();
    }
    s.chars()
        .map(|c| match c {
            ' ' => "␣".to_string(),
            '\u{200C}' => "[ZWNJ]".to_string(),
            c if c.is_control() || c.is_whitespace() => format!("[U+{:04X}]", c as u32),
            c => c.to_string(),
        })
        .collect()
}

/// A one-line description of an entity's value.
fn describe(value: &Value) -> String {
    match value {
        Value::Date(d) => {
            let mut s = String::new();
            if let Some(c) = d.calendar {
                let _ = write!(s, "{} ", c.as_str());
            }
            let parts: Vec<String> = [
                d.year.map(|y| y.to_string()),
                d.month.map(|m| m.to_string()),
                d.day.map(|x| x.to_string()),
            ]
            .into_iter()
            .flatten()
            .collect();
            s.push_str(&parts.join("/"));
            if let Some(r) = &d.relative {
                let _ = write!(s, " {r}");
                if let Some(o) = d.offset_days {
                    let _ = write!(s, " ({o:+} d)");
                }
            }
            if let (Some(a), Some(b)) = (d.gregorian_start, d.gregorian_end) {
                if a == b {
                    let _ = write!(s, " = {a}");
                } else {
                    let _ = write!(s, " = {a}…{b}");
                }
            }
            if d.approximate {
                s.push_str(" ≈");
            }
            s.trim().to_string()
        }
        Value::Time(t) => {
            let clock = match (t.hour, t.minute) {
                (Some(h), Some(m)) => format!("{h:02}:{m:02}"),
                (Some(h), None) => format!("{h:02}h"),
                _ => String::new(),
            };
            let part = t.day_part.map(|p| format!(" {p:?}")).unwrap_or_default();
            let day = describe(&Value::Date(t.date.clone()));
            format!("{clock}{part} {day}").trim().to_string()
        }
        Value::Money(m) => format!("{} {}", plain(m.amount), m.currency.unwrap_or("?")),
        Value::Percent(p) => format!("{}%", plain(p.value)),
        other => format!("{other:?}"),
    }
}

/// A number without a needless fraction.
fn plain(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e18 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

fn print_officials(document: &Document<'_>) {
    if document.officials.is_empty() {
        println!("(none)");
        return;
    }
    let text = |i: Option<usize>| -> &str {
        i.and_then(|i| document.entities.get(i))
            .map(|e: &Entity<'_>| e.text)
            .unwrap_or("–")
    };
    println!("{:<24}  {:<40}  {:<20}  loc", "person", "title", "org");
    for o in &document.officials {
        println!(
            "{:<24}  {:<40}  {:<20}  {}",
            text(Some(o.person)),
            text(Some(o.title)),
            text(o.org),
            text(o.loc)
        );
    }
}
