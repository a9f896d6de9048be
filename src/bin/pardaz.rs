//! The `pardaz` command-line tool: Persian normalization, tokenization and entity extraction
//! over one document per input line, on every core, with ordered output.

#[path = "pardaz/engine.rs"]
mod engine;

use std::io::{self, BufReader, BufWriter};
use std::process::ExitCode;

use engine::{EngineOptions, RunError, Utf8Policy};
use lexopt::prelude::*;
use pardaz::calendar::GregorianDate;
use pardaz::entities::{Entity, Extractor, Label, Official, Value as EntityValue};
use pardaz::normalize::{DigitPolicy, Normalizer, NormalizerOptions};
use pardaz::tokenize::{TokenKind, Tokenizer, TokenizerOptions};
use serde::Serialize;

const HELP: &str = "\
pardaz: Persian text processing, one document per input line

USAGE:
    pardaz <COMMAND> [OPTIONS] < input.txt > output

COMMANDS:
    normalize    write each line normalized (Persian-editor orthography)
    sentences    write each line's sentences as a JSON array of spans
    words        write each line's tokens as a JSON array of spans with their kind
    entities     write each line's named entities (and officials) as a JSON object

Input is UTF-8 from standard input, one document per line (a trailing \\r is dropped);
output has exactly one line per input line, in input order. Lines are processed on every
core; memory stays bounded however long the input is.

COMMON OPTIONS:
    --threads <N>    worker threads (default: the number of cores)
    --lossy          replace invalid UTF-8 with U+FFFD instead of stopping
    -h, --help       print help (also: pardaz <COMMAND> --help)
    -V, --version    print the version

By default, invalid UTF-8 stops the run with an error naming the line and byte offset, after
every earlier line has been written, and the exit status is 1.
";

const NORMALIZE_HELP: &str = "\
pardaz normalize: write each input line normalized

USAGE:
    pardaz normalize [OPTIONS] < input.txt > output.txt

The default follows the orthography of the Academy of Persian Language and Literature with
the smallest edits: Arabic yeh/kaf folded to Persian, presentation forms decomposed,
diacritics and kashida removed, digits in Persian context made Persian, Persian punctuation
and spacing, ZWNJ placed and cleaned. URLs, e-mail addresses, hashtags, mentions, emoji and
Latin-script runs are never changed.

OPTIONS:
    --digits <persian|latin|keep>   digit policy in Persian context (default: persian)
{RULES}
    --threads <N>    worker threads (default: the number of cores)
    --lossy          replace invalid UTF-8 with U+FFFD instead of stopping
";

const SPANS_HELP: &str = "\
pardaz {CMD}: write each input line's {WHAT} as one JSON array per line

USAGE:
    pardaz {CMD} [OPTIONS] < input.txt > output.jsonl

Each element is {\"text\",\"start\",\"end\",\"char_start\",\"char_end\"{KIND}}: start/end are UTF-8
byte offsets and char_start/char_end Unicode scalar offsets into the input line, end exclusive;
text is the input's own slice.

OPTIONS:
    --normalize      tokenize the normalized text, but report spans (and text) in the input;
                     each element then also carries \"normalized\"
{EXTRA}    --threads <N>    worker threads (default: the number of cores)
    --lossy          replace invalid UTF-8 with U+FFFD instead of stopping
";

const ENTITIES_HELP: &str = "\
pardaz entities: write each input line's named entities as one JSON object per line

USAGE:
    pardaz entities [OPTIONS] < input.txt > output.jsonl

Output: {\"entities\":[{\"label\",\"text\",\"start\",\"end\",\"char_start\",\"char_end\",\"value\",\"nested\"}],
         \"officials\":[{\"person\",\"title\",\"org\",\"loc\"}]}
start/end are UTF-8 byte offsets and char_start/char_end Unicode scalar offsets into the input
line (end exclusive). Labels: PERSON, TITLE, ORG, LOC, DATE, TIME, MONEY, PERCENT. value is
the resolved value of dates, times, money and percentages (null otherwise); nested marks an
entity inside another one (drop those for a flat view). officials index into entities.

OPTIONS:
    --today <YYYY-MM-DD>   the Gregorian reference date for relative expressions (امروز,
                           هفته گذشته, …); without it they are found but not resolved
    --flat                 drop nested entities
    --threads <N>          worker threads (default: the number of cores)
    --lossy                replace invalid UTF-8 with U+FFFD instead of stopping
";

/// A failure to report: a message, and the exit status.
struct Failure(String);

impl From<lexopt::Error> for Failure {
    fn from(e: lexopt::Error) -> Self {
        Failure(format!("{e}\nRun `pardaz --help` for usage."))
    }
}

impl From<RunError> for Failure {
    fn from(e: RunError) -> Self {
        Failure(e.to_string())
    }
}

fn main() -> ExitCode {
    match cli() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("pardaz: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Options every command shares.
struct Common {
    threads: usize,
    utf8: Utf8Policy,
}

impl Default for Common {
    fn default() -> Self {
        Common {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            utf8: Utf8Policy::Strict,
        }
    }
}

/// An option every command takes.
#[derive(Clone, Copy)]
enum CommonOption {
    Threads,
    Lossy,
}

impl CommonOption {
    fn of(arg: &lexopt::Arg<'_>) -> Option<Self> {
        match arg {
            Long("threads") => Some(CommonOption::Threads),
            Long("lossy") => Some(CommonOption::Lossy),
            _ => None,
        }
    }
}

impl Common {
    /// Applies a common option, reading its value from `parser` if it takes one.
    fn apply(&mut self, option: CommonOption, parser: &mut lexopt::Parser) -> Result<(), Failure> {
        match option {
            CommonOption::Threads => {
                let n: usize = parser.value()?.parse()?;
                if n == 0 {
                    return Err(Failure("--threads must be at least 1".into()));
                }
                self.threads = n;
            }
            CommonOption::Lossy => self.utf8 = Utf8Policy::Lossy,
        }
        Ok(())
    }

    fn engine(&self) -> EngineOptions {
        EngineOptions {
            threads: self.threads,
            batch_bytes: 256 * 1024,
            utf8: self.utf8,
        }
    }
}

fn cli() -> Result<(), Failure> {
    let mut parser = lexopt::Parser::from_env();
    let command = match parser.next()? {
        Some(Value(v)) => v.string()?,
        Some(Short('h') | Long("help")) | None => {
            print!("{HELP}");
            return Ok(());
        }
        Some(Short('V') | Long("version")) => {
            println!("pardaz {}", env!("CARGO_PKG_VERSION"));
            return Ok(());
        }
        Some(other) => return Err(other.unexpected().into()),
    };
    match command.as_str() {
        "normalize" => normalize(parser),
        "sentences" => spans(parser, SpanCommand::Sentences),
        "words" | "tokens" => spans(parser, SpanCommand::Words),
        "entities" => entities(parser),
        "help" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(Failure(format!(
            "unknown command `{other}`: expected normalize, sentences, words or entities\n\
             Run `pardaz --help` for usage."
        ))),
    }
}

fn run_lines<F>(common: &Common, process: F) -> Result<(), Failure>
where
    F: Fn(&str, &mut Vec<u8>) + Sync,
{
    // The reader runs on its own thread; `Stdin` (unlike its lock) can move there.
    let stdin = BufReader::with_capacity(1 << 20, io::stdin());
    let stdout = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    match engine::run(stdin, stdout, common.engine(), process) {
        Ok(_) => Ok(()),
        // A closed pipe (`pardaz … | head`) is a normal way to stop reading.
        Err(RunError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// A normalization rule that can be switched off from the command line.
struct RuleSwitch {
    flag: &'static str,
    help: &'static str,
    set: fn(&mut NormalizerOptions, bool),
}

const RULES: &[RuleSwitch] = &[
    RuleSwitch {
        flag: "letters",
        help: "Arabic yeh/kaf/heh/alef wasla → Persian letters",
        set: |o, on| o.letters = on,
    },
    RuleSwitch {
        flag: "compose",
        help: "letter + hamza/madda sequences → precomposed letter",
        set: |o, on| o.compose = on,
    },
    RuleSwitch {
        flag: "presentation-forms",
        help: "presentation forms and ligatures → base letters",
        set: |o, on| o.presentation_forms = on,
    },
    RuleSwitch {
        flag: "diacritics",
        help: "keep harakat, shadda, sukun, superscript alef",
        set: |o, on| o.diacritics = on,
    },
    RuleSwitch {
        flag: "kashida",
        help: "keep kashida (tatweel)",
        set: |o, on| o.kashida = on,
    },
    RuleSwitch {
        flag: "number-punctuation",
        help: "keep . , % of numbers (no ٫ ٬ ٪)",
        set: |o, on| o.number_punctuation = on,
    },
    RuleSwitch {
        flag: "protect-spans",
        help: "also edit URLs, hashtags and mentions",
        set: |o, on| o.protect_spans = on,
    },
    RuleSwitch {
        flag: "punctuation",
        help: "keep ASCII ? , ; and quotes after Persian",
        set: |o, on| o.punctuation = on,
    },
    RuleSwitch {
        flag: "punctuation-spacing",
        help: "leave spacing around punctuation and digits",
        set: |o, on| o.punctuation_spacing = on,
    },
    RuleSwitch {
        flag: "invisibles",
        help: "keep BOM, LRM/RLM, soft hyphen, NBSP, ZWSP",
        set: |o, on| o.invisibles = on,
    },
    RuleSwitch {
        flag: "spaces",
        help: "keep runs of spaces and line-edge spaces",
        set: |o, on| o.spaces = on,
    },
    RuleSwitch {
        flag: "zwnj",
        help: "keep duplicate and misplaced ZWNJs",
        set: |o, on| o.zwnj = on,
    },
    RuleSwitch {
        flag: "affixes",
        help: "no lexicon-guarded ZWNJ for affixes and compounds",
        set: |o, on| o.affixes = on,
    },
];

fn normalize_help() -> String {
    let rules: String = RULES
        .iter()
        .map(|r| format!("    --no-{:<28}{}\n", r.flag, r.help))
        .collect();
    NORMALIZE_HELP.replace("{RULES}\n", &rules)
}

fn normalize(mut parser: lexopt::Parser) -> Result<(), Failure> {
    let mut common = Common::default();
    let mut options = NormalizerOptions::default();
    while let Some(arg) = parser.next()? {
        if let Some(option) = CommonOption::of(&arg) {
            common.apply(option, &mut parser)?;
            continue;
        }
        match arg {
            Long("digits") => {
                options.digits = match parser.value()?.string()?.as_str() {
                    "persian" => DigitPolicy::Persian,
                    "latin" => DigitPolicy::Latin,
                    "keep" => DigitPolicy::Keep,
                    other => {
                        return Err(Failure(format!(
                            "--digits takes persian, latin or keep, not `{other}`"
                        )));
                    }
                }
            }
            Short('h') | Long("help") => {
                print!("{}", normalize_help());
                return Ok(());
            }
            Long(flag) => match flag
                .strip_prefix("no-")
                .and_then(|name| RULES.iter().find(|r| r.flag == name))
            {
                Some(rule) => (rule.set)(&mut options, false),
                None => return Err(arg.unexpected().into()),
            },
            _ => return Err(arg.unexpected().into()),
        }
    }
    let normalizer = Normalizer::new(options);
    run_lines(&common, |line, out| {
        let normalized = normalizer.normalize(line);
        out.extend_from_slice(normalized.as_bytes());
    })
}

/// Converts increasing byte offsets of one text into Unicode scalar offsets.
struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The char offset of byte offset `byte` (a char boundary), counted from the last one
    /// asked for, forwards or backwards (a nested entity starts before its parent ends): the
    /// cost is the distance between the two.
    fn at(&mut self, byte: usize) -> usize {
        let bytes = self.text.as_bytes();
        let end = byte.min(bytes.len());
        let starts = |range: &[u8]| range.iter().filter(|&&b| (b as i8) >= -0x40).count();
        if end < self.byte {
            self.chars -= starts(&bytes[end..self.byte]);
        } else {
            self.chars += starts(&bytes[self.byte..end]);
        }
        self.byte = end;
        self.chars
    }
}

#[derive(Clone, Copy, PartialEq)]
enum SpanCommand {
    Sentences,
    Words,
}

#[derive(Serialize)]
struct SpanOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<TokenKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    normalized: Option<&'a str>,
}

fn spans(mut parser: lexopt::Parser, command: SpanCommand) -> Result<(), Failure> {
    let mut common = Common::default();
    let mut normalize = false;
    let mut options = TokenizerOptions::default();
    while let Some(arg) = parser.next()? {
        if let Some(option) = CommonOption::of(&arg) {
            common.apply(option, &mut parser)?;
            continue;
        }
        match arg {
            Long("normalize") => normalize = true,
            Long("join-verbs") if command == SpanCommand::Words => options.join_verbs = true,
            Short('h') | Long("help") => {
                let (cmd, what, kind, extra) = match command {
                    SpanCommand::Sentences => ("sentences", "sentences", "", ""),
                    SpanCommand::Words => (
                        "words",
                        "tokens",
                        ",\"kind\"",
                        "    --join-verbs     join multi-word verbs (خواهد کرد, گفته شده است) into one token\n",
                    ),
                };
                print!(
                    "{}",
                    SPANS_HELP
                        .replace("{CMD}", cmd)
                        .replace("{WHAT}", what)
                        .replace("{KIND}", kind)
                        .replace("{EXTRA}", extra)
                );
                return Ok(());
            }
            _ => return Err(arg.unexpected().into()),
        }
    }
    let tokenizer = Tokenizer::new(options);
    let normalizer = Normalizer::default();
    run_lines(&common, |line, out| {
        // Tokens of the normalized text, reported at their place in the line; tokens whose
        // input ranges would overlap are merged (see `MappedToken`).
        let mapped = normalize.then(|| tokenizer.normalize(line, &normalizer));
        let mut counter = CharCounter::new(line);
        let mut items: Vec<SpanOut<'_>> = Vec::new();
        let mut push = |start: usize, end: usize, kind: Option<TokenKind>, normalized| {
            items.push(SpanOut {
                text: &line[start..end],
                start,
                end,
                char_start: counter.at(start),
                char_end: counter.at(end),
                kind,
                normalized,
            });
        };
        if let Some(mapped) = &mapped {
            match command {
                SpanCommand::Sentences => {
                    for s in mapped.sentences() {
                        push(s.start, s.end, None, Some(s.normalized));
                    }
                }
                SpanCommand::Words => {
                    for t in mapped.tokens() {
                        push(t.start, t.end, Some(t.kind), Some(t.normalized));
                    }
                }
            }
        } else {
            match command {
                SpanCommand::Sentences => {
                    for s in tokenizer.sentences(line) {
                        push(s.start, s.end, None, None);
                    }
                }
                SpanCommand::Words => {
                    for t in tokenizer.tokens(line) {
                        push(t.start, t.end, Some(t.kind), None);
                    }
                }
            }
        }
        write_json(out, &items);
    })
}

#[derive(Serialize)]
struct EntityOut<'a> {
    label: Label,
    text: &'a str,
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    value: Option<&'a EntityValue>,
    nested: bool,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    entities: Vec<EntityOut<'a>>,
    officials: Vec<Official>,
}

fn entities(mut parser: lexopt::Parser) -> Result<(), Failure> {
    let mut common = Common::default();
    let mut today = None;
    let mut flat = false;
    while let Some(arg) = parser.next()? {
        if let Some(option) = CommonOption::of(&arg) {
            common.apply(option, &mut parser)?;
            continue;
        }
        match arg {
            Long("today") => today = Some(parse_iso_date(&parser.value()?.string()?)?),
            Long("flat") => flat = true,
            Short('h') | Long("help") => {
                print!("{ENTITIES_HELP}");
                return Ok(());
            }
            _ => return Err(arg.unexpected().into()),
        }
    }
    let extractor = Extractor::default();
    run_lines(&common, |line, out| {
        let document = extractor.analyze(line, today);
        let mut counter = CharCounter::new(line);
        let keep: Vec<bool> = document
            .entities
            .iter()
            .map(|e| !(flat && e.nested))
            .collect();
        // Indices of kept entities, for the officials' references.
        let mut new_index = Vec::with_capacity(keep.len());
        let mut next = 0usize;
        for &k in &keep {
            new_index.push(k.then_some(next));
            next += usize::from(k);
        }
        let entities: Vec<EntityOut<'_>> = document
            .entities
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(e, _)| entity_out(e, &mut counter))
            .collect();
        let officials = document
            .officials
            .iter()
            .filter_map(|o| {
                let at = |i: usize| new_index.get(i).copied().flatten();
                Some(Official {
                    person: at(o.person)?,
                    title: at(o.title)?,
                    org: o.org.and_then(at),
                    loc: o.loc.and_then(at),
                })
            })
            .collect();
        write_json(
            out,
            &DocumentOut {
                entities,
                officials,
            },
        );
    })
}

fn entity_out<'a>(e: &'a Entity<'a>, counter: &mut CharCounter<'_>) -> EntityOut<'a> {
    EntityOut {
        label: e.label,
        text: e.text,
        start: e.start,
        end: e.end,
        char_start: counter.at(e.start),
        char_end: counter.at(e.end),
        value: e.value.as_ref(),
        nested: e.nested,
    }
}

fn parse_iso_date(s: &str) -> Result<GregorianDate, Failure> {
    let bad = || {
        Failure(format!(
            "--today takes a Gregorian date as YYYY-MM-DD, not `{s}`"
        ))
    };
    let mut parts = s.splitn(3, '-');
    let mut next =
        || -> Result<i32, Failure> { parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad) };
    let (y, m, d) = (next()?, next()?, next()?);
    let (m, d) = (
        u8::try_from(m).map_err(|_| bad())?,
        u8::try_from(d).map_err(|_| bad())?,
    );
    GregorianDate::new(y, m, d).map_err(|e| Failure(format!("--today: {e}")))
}

fn write_json<T: Serialize>(out: &mut Vec<u8>, value: &T) {
    // Serializing these plain structs into a Vec cannot fail; keep the line well-formed if it
    // ever did.
    if serde_json::to_writer(&mut *out, value).is_err() {
        out.extend_from_slice(b"null");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_counter_counts_scalars_not_bytes() {
        let text = "ab ۱۲ x";
        let mut c = CharCounter::new(text);
        assert_eq!(c.at(0), 0);
        assert_eq!(c.at(3), 3);
        assert_eq!(c.at(7), 5);
        assert_eq!(c.at(2), 2);
        assert_eq!(c.at(text.len()), 7);
        // Backwards from the last offset, as for an entity nested in the one before.
        assert_eq!(c.at(5), 4);
        assert_eq!(c.at(3), 3);
    }
}
