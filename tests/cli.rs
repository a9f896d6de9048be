//! End-to-end tests of the `pardaz` binary: what a user piping text through it sees.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn pardaz(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pardaz"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the pardaz binary runs");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        // The child may stop reading early (invalid input): a broken pipe is fine here.
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("pardaz exits");
    feeder.join().expect("the feeder thread ends");
    out
}

fn stdout_lines(out: &Output) -> Vec<String> {
    String::from_utf8(out.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    stdout_lines(out)
        .iter()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

#[test]
fn normalize_writes_one_line_per_input_line_in_order() {
    let input: String = (0..500)
        .map(|i| format!("سند شماره {i} از كتابخانه ملي\n"))
        .collect();
    let out = pardaz(&["normalize", "--threads", "3"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 500);
    assert_eq!(lines[0], "سند شماره ۰ از کتابخانه ملی");
    assert_eq!(lines[499], "سند شماره ۴۹۹ از کتابخانه ملی");
}

#[test]
fn normalize_keeps_empty_lines_and_a_last_line_without_newline() {
    let out = pardaz(&["normalize"], "يك\n\nدو".as_bytes());
    assert!(out.status.success());
    assert_eq!(out.stdout, "یک\n\nدو\n".as_bytes());
}

#[test]
fn normalize_digit_policy_is_switchable() {
    let out = pardaz(
        &["normalize", "--digits", "latin"],
        "سال ۱۴۰۲ بود\n".as_bytes(),
    );
    assert_eq!(stdout_lines(&out), vec!["سال 1402 بود"]);
    let out = pardaz(
        &["normalize", "--digits", "keep"],
        "سال 1402 بود\n".as_bytes(),
    );
    assert_eq!(stdout_lines(&out), vec!["سال 1402 بود"]);
}

#[test]
fn invalid_utf8_fails_naming_the_line_after_writing_earlier_lines() {
    let mut input = "اول\nدوم\n".as_bytes().to_vec();
    input.extend_from_slice(b"ab\xFFcd\nlast\n");
    let out = pardaz(&["normalize"], &input);
    assert!(!out.status.success());
    assert_eq!(stdout_lines(&out), vec!["اول", "دوم"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 3"), "{err}");
    assert!(err.contains("byte 2 of the line"), "{err}");
}

#[test]
fn lossy_replaces_invalid_bytes_and_goes_on() {
    let out = pardaz(&["normalize", "--lossy"], b"ab\xFFcd\nlast\n");
    assert!(out.status.success());
    assert_eq!(stdout_lines(&out), vec!["ab\u{FFFD}cd", "last"]);
}

#[test]
fn unknown_commands_and_options_are_errors_with_a_hint() {
    let out = pardaz(&["frobnicate"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("pardaz --help"));
    let out = pardaz(&["normalize", "--digits", "roman"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("persian, latin or keep"));
}

#[test]
fn help_explains_every_command() {
    let out = pardaz(&["--help"], b"");
    let help = String::from_utf8_lossy(&out.stdout);
    for command in ["normalize", "sentences", "words", "entities"] {
        assert!(help.contains(command), "{command} missing from --help");
    }
    let out = pardaz(&["normalize", "--help"], b"");
    assert!(String::from_utf8_lossy(&out.stdout).contains("--digits"));
}

#[test]
fn words_report_byte_and_char_offsets_into_the_input_line() {
    let line = "کتاب‌ها، 12 جلد!";
    let out = pardaz(&["words"], format!("{line}\n").as_bytes());
    let docs = json_lines(&out);
    let tokens = docs[0].as_array().expect("an array of tokens");
    let texts: Vec<&str> = tokens.iter().map(|t| t["text"].as_str().unwrap()).collect();
    assert_eq!(texts, vec!["کتاب‌ها", "،", "12", "جلد", "!"]);
    let chars: Vec<char> = line.chars().collect();
    for t in tokens {
        let (s, e) = (
            t["start"].as_u64().unwrap() as usize,
            t["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&line[s..e], t["text"].as_str().unwrap());
        let (cs, ce) = (
            t["char_start"].as_u64().unwrap() as usize,
            t["char_end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[cs..ce].iter().collect::<String>(),
            t["text"].as_str().unwrap()
        );
    }
    assert_eq!(tokens[2]["kind"], "number");
}

#[test]
fn words_with_normalize_report_spans_in_the_raw_input() {
    let line = "كتاب هاي ما";
    let out = pardaz(&["words", "--normalize"], format!("{line}\n").as_bytes());
    let docs = json_lines(&out);
    let tokens = docs[0].as_array().unwrap();
    assert_eq!(tokens[0]["normalized"], "کتاب‌های");
    let (s, e) = (
        tokens[0]["start"].as_u64().unwrap() as usize,
        tokens[0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&line[s..e], "كتاب هاي");
    assert_eq!(tokens[0]["text"], "كتاب هاي");
}

#[test]
fn sentences_split_each_line_and_cover_it() {
    let line = "او آمد. سپس رفت؟ بله!";
    let out = pardaz(&["sentences"], format!("{line}\n").as_bytes());
    let docs = json_lines(&out);
    let texts: Vec<&str> = docs[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, vec!["او آمد.", "سپس رفت؟", "بله!"]);
}

#[test]
fn entities_prints_one_json_object_per_line() {
    let out = pardaz(
        &["entities"],
        "به گزارش ایرنا، وزیر نفت به تهران رفت.\n\n".as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 2);
    assert!(docs[0]["entities"].is_array() && docs[0]["officials"].is_array());
    for e in docs[0]["entities"].as_array().unwrap() {
        let (s, t) = (
            e["char_start"].as_u64().unwrap() as usize,
            e["char_end"].as_u64().unwrap() as usize,
        );
        let chars: String = "به گزارش ایرنا، وزیر نفت به تهران رفت."
            .chars()
            .skip(s)
            .take(t - s)
            .collect();
        assert_eq!(e["text"].as_str().unwrap(), chars);
    }
    assert_eq!(docs[1]["entities"].as_array().map(Vec::len), Some(0));
}

#[test]
fn entities_rejects_an_impossible_reference_date() {
    let out = pardaz(&["entities", "--today", "2024-02-30"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--today"));
}
#[test]
fn entities_print_labels_spans_values_and_officials() {
    let line = "به گزارش ایرنا، سال 2018 رشد ۳۵ درصد بود.";
    let out = pardaz(&["entities"], format!("{line}\n\n").as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 2);
    let entities = docs[0]["entities"].as_array().unwrap();
    let find = |label: &str| {
        entities
            .iter()
            .find(|e| e["label"] == label)
            .unwrap_or_else(|| panic!("no {label} in {entities:?}"))
    };
    let date = find("DATE");
    assert_eq!(date["text"], "سال 2018");
    assert_eq!(date["value"]["calendar"], "gregorian");
    assert_eq!(date["value"]["year"], 2018);
    assert_eq!(date["value"]["gregorian_start"], "2018-01-01");
    let percent = find("PERCENT");
    assert_eq!(percent["text"], "۳۵ درصد");
    assert!(docs[0]["officials"].is_array());
    assert_eq!(docs[1]["entities"].as_array().map(Vec::len), Some(0));
}

#[test]
fn entities_resolve_relative_dates_against_today() {
    let out = pardaz(
        &["entities", "--today", "2024-03-20"],
        "دیروز جلسه برگزار شد\n".as_bytes(),
    );
    let docs = json_lines(&out);
    let date = &docs[0]["entities"][0];
    assert_eq!(date["label"], "DATE");
    assert_eq!(date["text"], "دیروز");
    assert_eq!(date["value"]["offset_days"], -1);
    assert_eq!(date["value"]["gregorian_start"], "2024-03-19");
    let out = pardaz(&["entities", "--today", "2024-02-30"], b"");
    assert!(!out.status.success());
}
