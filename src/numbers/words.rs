//! The number-word table (from `data/numbers/`) and the reading of one word of text.

use super::NumberKind;
use crate::chars;
use crate::hash::FxHasher;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// How a word combines with its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// صفر: a number only by itself.
    Zero,
    /// 1–9.
    Unit,
    /// 10–19: nothing follows with و.
    Teen,
    /// 20–90: a unit may follow with و.
    Tens,
    /// 100–900: anything below 100 may follow with و.
    Hundreds,
    /// 10³, 10⁶ …: multiplies what comes before it.
    Magnitude,
    /// نیم: one half.
    Half,
    /// ام after digits or a tens word (`۲۳ ام`, `سی ام`): makes the number an ordinal.
    OrdinalSuffix,
    /// شنبه: ends a weekday name (`سه شنبه`), never part of a number.
    Weekday,
}

/// One entry of the word table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Word {
    pub value: u64,
    pub class: Class,
    pub kind: NumberKind,
    /// Only a number by itself (`اول`), not the end of a compound.
    pub alone: bool,
    /// Also a common word of another meaning (`data/numbers/ambiguous.txt`).
    pub ambiguous: bool,
}

/// The folded spellings of every number word, and the first words of two-word spellings.
pub(super) struct Table {
    words: HashMap<String, Word, BuildHasherDefault<FxHasher>>,
    two_word_heads: Vec<String>,
    /// The first two letters (folded) of every word of the table, sorted.
    prefixes: Vec<[char; 2]>,
}

static TABLE: LazyLock<Table> = LazyLock::new(Table::build);

impl Table {
    pub(super) fn get() -> &'static Table {
        &TABLE
    }

    fn build() -> Table {
        let ambiguous: Vec<String> = data_lines(include_str!("../../data/numbers/ambiguous.txt"))
            .map(|line| fold_word(line.split('\t').next().unwrap_or("")))
            .collect();
        let mut table = Table {
            words: HashMap::default(),
            two_word_heads: Vec::new(),
            prefixes: Vec::new(),
        };
        let add = |table: &mut Table, spelling: &str, value: u64, kind, alone| {
            let key = fold_word(spelling);
            let class = match value {
                0 => Class::Zero,
                1..=9 => Class::Unit,
                10..=19 => Class::Teen,
                20..=99 => Class::Tens,
                100..=999 => Class::Hundreds,
                _ => Class::Magnitude,
            };
            if let Some((head, _)) = key.split_once(' ') {
                table.two_word_heads.push(head.to_owned());
            }
            let word = Word {
                value,
                class,
                kind,
                alone,
                ambiguous: ambiguous.contains(&key),
            };
            table.words.entry(key).or_insert(word);
        };
        for (value, spellings, _) in entries(include_str!("../../data/numbers/cardinals.txt")) {
            for s in spellings {
                add(&mut table, s, value, NumberKind::Cardinal, false);
            }
        }
        for (value, spellings, alone) in entries(include_str!("../../data/numbers/ordinals.txt")) {
            for s in spellings {
                add(&mut table, s, value, NumberKind::Ordinal, alone);
                let prenominal = format!("{s}ین");
                add(
                    &mut table,
                    &prenominal,
                    value,
                    NumberKind::PrenominalOrdinal,
                    alone,
                );
            }
        }
        let special = [
            ("نیم", Class::Half, NumberKind::Cardinal),
            ("ام", Class::OrdinalSuffix, NumberKind::Ordinal),
            ("امین", Class::OrdinalSuffix, NumberKind::PrenominalOrdinal),
            ("شنبه", Class::Weekday, NumberKind::Cardinal),
        ];
        for (spelling, class, kind) in special {
            table.words.insert(
                spelling.to_owned(),
                Word {
                    value: 0,
                    class,
                    kind,
                    alone: false,
                    ambiguous: false,
                },
            );
        }
        table.two_word_heads.sort();
        table.two_word_heads.dedup();
        let mut prefixes: Vec<[char; 2]> = table
            .words
            .keys()
            .filter_map(|k| {
                let mut it = k.chars();
                Some([it.next()?, it.next()?])
            })
            .collect();
        prefixes.sort_unstable();
        prefixes.dedup();
        table.prefixes = prefixes;
        table
    }

    /// Whether a word of the table can start at `pos`: a cheap test on the first two letters
    /// (folded) that rejects most words of running text before they are read.
    pub(super) fn may_start_at(&self, text: &str, pos: usize) -> bool {
        let mut letters = text
            .get(pos..)
            .unwrap_or("")
            .chars()
            .take_while(|&c| is_word_char(c))
            .filter_map(fold_char);
        match (letters.next(), letters.next()) {
            (Some(a), Some(b)) => self.prefixes.binary_search(&[a, b]).is_ok(),
            _ => false,
        }
    }

    /// The entry of a folded word.
    pub(super) fn word(&self, folded: &str) -> Option<Word> {
        self.words.get(folded).copied()
    }

    /// Whether some two-word spelling begins with this folded word.
    pub(super) fn starts_two_words(&self, folded: &str) -> bool {
        self.two_word_heads.iter().any(|h| h == folded)
    }
}

/// The non-comment lines of a data file, trimmed, with trailing `#` comments removed.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// `(value, spellings, alone)` for each line `value <TAB> a | b … [<TAB> alone]`.
fn entries(
    text: &'static str,
) -> impl Iterator<Item = (u64, impl Iterator<Item = &'static str>, bool)> {
    data_lines(text).filter_map(|line| {
        let mut fields = line.split('\t');
        let value = fields.next()?.trim().parse().ok()?;
        let spellings = fields.next()?;
        let alone = fields.next().is_some_and(|f| f.trim() == "alone");
        Some((
            value,
            spellings
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty()),
            alone,
        ))
    })
}

/// Folds one character of a word the way the search fold does; `None` for characters that
/// the fold removes (diacritics, kashida, invisible marks). Spaces and ZWNJ become a space.
pub(super) fn fold_char(c: char) -> Option<char> {
    match c {
        'ي' | 'ى' | 'ئ' | 'ې' | 'ۍ' | 'ێ' | 'ے' => Some('ی'),
        'ك' | 'ڪ' | 'ګ' => Some('ک'),
        'آ' | 'أ' | 'إ' | 'ٱ' => Some('ا'),
        'ة' | 'ۀ' | 'ە' | 'ھ' => Some('ه'),
        'ؤ' => Some('و'),
        chars::ZWNJ => Some(' '),
        chars::KASHIDA | chars::ZWJ => None,
        _ if chars::is_arabic_mark(c) || chars::is_invisible_noise(c) => None,
        _ => Some(c),
    }
}

/// The folded form of a table spelling.
fn fold_word(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

/// A word of the text, folded into a fixed buffer: no allocation on the hot path.
pub(super) struct WordBuf {
    bytes: [u8; 64],
    len: usize,
    overflow: bool,
}

impl WordBuf {
    pub(super) fn new() -> Self {
        WordBuf {
            bytes: [0; 64],
            len: 0,
            overflow: false,
        }
    }

    pub(super) fn clear(&mut self) {
        self.len = 0;
        self.overflow = false;
    }

    pub(super) fn push(&mut self, c: char) {
        let n = c.len_utf8();
        match self.bytes.get_mut(self.len..self.len + n) {
            Some(slot) => {
                c.encode_utf8(slot);
                self.len += n;
            }
            None => self.overflow = true,
        }
    }

    pub(super) fn push_str(&mut self, s: &str) {
        s.chars().for_each(|c| self.push(c));
    }

    /// The folded word, or `None` if it did not fit (no number word is that long).
    pub(super) fn as_str(&self) -> Option<&str> {
        if self.overflow {
            return None;
        }
        std::str::from_utf8(self.bytes.get(..self.len)?).ok()
    }
}

/// Whether `c` can be part of a word: an Arabic-script letter or a character the fold drops
/// inside words (diacritics, kashida, ZWJ, invisible marks).
fn is_word_char(c: char) -> bool {
    chars::is_arabic_script_letter(c)
        || chars::is_arabic_mark(c)
        || c == chars::KASHIDA
        || c == chars::ZWJ
        || chars::is_invisible_noise(c)
}

/// Reads the word of Arabic-script letters starting at `pos` into `buf` (folded) and returns
/// its end. `None` when no letter starts there or the word runs into a digit or a Latin
/// letter (then it is not a word of its own).
pub(super) fn read_word(text: &str, pos: usize, buf: &mut WordBuf) -> Option<usize> {
    buf.clear();
    let rest = text.get(pos..)?;
    let mut end = pos;
    let mut letters = 0;
    for (i, c) in rest.char_indices() {
        if !is_word_char(c) {
            if c.is_alphanumeric() {
                return None;
            }
            break;
        }
        if let Some(f) = fold_char(c) {
            buf.push(f);
            letters += 1;
        }
        end = pos + i + c.len_utf8();
    }
    (letters > 0).then_some(end)
}

/// Whether `c` separates the words of one number: horizontal spaces, ZWNJ, and the
/// invisible marks the fold drops. A line break ends a number.
pub(super) fn is_gap(c: char) -> bool {
    (c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}'))
        || c == chars::ZWNJ
        || chars::is_invisible_noise(c)
}

/// The end of the run of gap characters starting at `pos` (`pos` itself if there is none).
pub(super) fn skip_gap(text: &str, pos: usize) -> usize {
    let Some(rest) = text.get(pos..) else {
        return pos;
    };
    rest.char_indices()
        .find(|&(_, c)| !is_gap(c))
        .map_or(text.len(), |(i, _)| pos + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_spelling_is_in_the_table() {
        let table = Table::get();
        for (value, spellings, _) in entries(include_str!("../../data/numbers/cardinals.txt")) {
            for s in spellings {
                let w = table.word(&fold_word(s)).unwrap();
                assert_eq!((w.value, w.kind), (value, NumberKind::Cardinal), "{s}");
            }
        }
        for (value, spellings, _) in entries(include_str!("../../data/numbers/ordinals.txt")) {
            for s in spellings {
                let w = table.word(&fold_word(s)).unwrap();
                assert_eq!((w.value, w.kind), (value, NumberKind::Ordinal), "{s}");
                let w = table.word(&fold_word(&format!("{s}ین"))).unwrap();
                assert_eq!(
                    (w.value, w.kind),
                    (value, NumberKind::PrenominalOrdinal),
                    "{s}"
                );
            }
        }
    }

    #[test]
    fn the_data_files_have_no_unparsed_lines() {
        for file in [
            include_str!("../../data/numbers/cardinals.txt"),
            include_str!("../../data/numbers/ordinals.txt"),
        ] {
            assert_eq!(data_lines(file).count(), entries(file).count());
        }
    }

    #[test]
    fn spellings_are_folded_like_the_text() {
        let table = Table::get();
        assert_eq!(table.word("سی ام").map(|w| w.value), Some(30));
        assert_eq!(
            table.word("سی امین").map(|w| w.kind),
            Some(NumberKind::PrenominalOrdinal)
        );
        assert!(table.starts_two_words("سی"));
        assert!(!table.starts_two_words("بیست"));
    }

    #[test]
    fn ambiguous_words_are_flagged() {
        let table = Table::get();
        for w in ["نه", "ده", "یک", "اول", "صفر"] {
            assert!(table.word(w).unwrap().ambiguous, "{w}");
        }
        for w in ["بیست", "هزار", "دهم", "سه"] {
            assert!(!table.word(w).unwrap().ambiguous, "{w}");
        }
    }

    #[test]
    fn a_word_ends_at_a_space_or_punctuation_but_not_inside_letters() {
        let mut buf = WordBuf::new();
        assert_eq!(read_word("بيست، ", 0, &mut buf), Some("بيست".len()));
        assert_eq!(buf.as_str(), Some("بیست"));
        assert_eq!(read_word("بیست5", 0, &mut buf), None);
        assert_eq!(read_word("اوّل", 0, &mut buf), Some("اوّل".len()));
        assert_eq!(buf.as_str(), Some("اول"));
        assert_eq!(read_word(" بیست", 0, &mut buf), None);
    }
}
