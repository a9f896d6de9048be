//! Numbers as Persian writes them: digits of three scripts with their separators, number
//! words, ordinals, and the mixed forms news uses (`۲۵ هزار`, `۳.۵ میلیارد`).
//!
//! The parser reads the longest number expression that starts at a given byte offset and
//! returns its end, its exact value ([`Decimal`]), and whether it is a cardinal, an ordinal
//! (`بیست و پنجم`) or an ordinal that stands before its noun (`دومین`). It allocates nothing,
//! reads raw text as well as the search-folded form the extractors match on
//! ([`fold_for_search`](crate::normalize::fold_for_search)), and never panics.
//!
//! ```
//! use pardaz::numbers::{self, Decimal, NumberKind};
//!
//! let text = "در بیست و پنجم اسفند";
//! let m = numbers::number_at(text, "در ".len()).unwrap();
//! assert_eq!(&text[m.start..m.end], "بیست و پنجم");
//! assert_eq!(m.value, Decimal::from(25u64));
//! assert_eq!(m.kind, NumberKind::Ordinal);
//!
//! assert_eq!(numbers::parse("۱۲٬۵۰۰").map(|n| n.value.to_f64()), Some(12500.0));
//! assert_eq!(numbers::parse("۳.۵ میلیارد").and_then(|n| n.value.to_integer()), Some(3_500_000_000));
//! ```
//!
//! # Digits
//!
//! | written | read as | rule |
//! |---|---|---|
//! | `1402`, `۱۴۰۲`, `١٤٠٢` | 1402 | ASCII, Persian and Arabic-Indic digits, mixed freely |
//! | `۱۲٬۵۰۰`, `12,500`, `۱۲،۵۰۰` | 12500 | a thousands separator (`٬` `,` `،`) after 1–3 digits, then groups of exactly three |
//! | `9.000.000`, `10.000` | 9000000, 10000 | `.` groups thousands when it cannot be a decimal point: two or more groups, or one group of `000` |
//! | `۲/۵`, `۲٫۵`, `2.5` | 2.5 | decimal separators `/` (Persian typists' decimal point), `٫`, `.` |
//! | `2 . 5`, `۲ / ۵` | 2.5 | tokenized text: a point-like separator between single spaces |
//! | `۱۴۰۲/۰۵/۱۲`, `1.2.3` | 1402, 1 | the same separator again after the fraction: a date or a version, so only the first integer is a number |
//! | `۱۲/۱۳۵۸` | 12 | `/` before four or more digits: a month and year, or a code; not a decimal point |
//! | `۲۳ام`, `23 ام`, `۲۳امین` | 23, ordinal | `ام` / `امین` after digits; a bare `م` after digits is the era abbreviation (`۲۰۱۸م`), not an ordinal |
//!
//! A digit run that does not fit in a `u64` (over 19 digits) is not a number. Signs are not
//! read: `منفی` and `-` are the caller's.
//!
//! # Words
//!
//! Number words come from `data/numbers/cardinals.txt` and `ordinals.txt`; adding a spelling
//! is a data change. Words combine the way Persian grammar composes them:
//!
//! | written | value | rule |
//! |---|---|---|
//! | `بیست و پنج` | 25 | `و` joins a part to a smaller one: tens + unit, hundreds + tens … |
//! | `هزار و چهارصد و دو`, `یک هزار و …` | 1402 | a magnitude (`هزار`, `میلیون`, `میلیارد`, `تریلیون`) multiplies what comes before it (1 when nothing does) |
//! | `سه هزار و پانصد میلیارد` | 3.5 × 10¹² | a larger magnitude multiplies everything before it (`هزار میلیارد` = 10¹²) |
//! | `یکصد`, `دویست`, `سی صد`, `سه صد` | 100, 200, 300, 300 | hundreds, one word or split; a unit right before `صد` multiplies it |
//! | `۲۵ هزار`, `۳.۵ میلیارد`, `۲ میلیارد و ۵۰۰ میلیون` | 25000 … | digits take the place of a word part |
//! | `دو و نیم میلیون`, `یک میلیون و نیم` | 2.5 × 10⁶, 1.5 × 10⁶ | `و نیم` adds a half of the part before it |
//! | `بیست‌وپنج`, `سی‌ویکم` | 25, 31st | ZWNJ or space between words, or `و` glued to the next word |
//! | `پونزده`, `شیش`, `چار` | 15, 6, 4 | colloquial spellings |
//! | `دو و سه`, `بیست و سی`, `۱۳۹۶ و ۱۳۹۷` | 2, 20, 1396 | a part that does not fit after `و` ends the number before the `و` |
//!
//! # Ordinals
//!
//! | written | [`NumberKind`] |
//! |---|---|
//! | `یکم`, `دوم`, `سوم`, `بیست و پنجم`, `سی‌ام` / `سی ام`, `سی‌ویکم`, `اول`, `نخست`, `۲۳ام` | [`Ordinal`](NumberKind::Ordinal): follows its noun (`روز دوم`, `بیست و پنجم اسفند`) |
//! | `دومین`, `اولین`, `نخستین`, `بیست و پنجمین`, `سی‌امین`, `۲۳امین` | [`PrenominalOrdinal`](NumberKind::PrenominalOrdinal): stands before its noun (`دومین نشست`); never a day of a month |
//!
//! An ordinal ends the number. `اول` and `نخست` are ordinals only alone (`بیست و یکم`, not
//! `بیست و اول`). `سهم` ("share") is not `سوم`.
//!
//! # Hazards
//!
//! The parser reads words; meaning is the caller's. It parses `نه` ("no"), `ده` ("village"),
//! `یک` (the article), `دو` ("running"), `شش` ("lung"), `سی` (the letter C), `صفر` (the month),
//! `یکم` ("a little"), `اول` and `نخست` (`نخست وزیر`) as numbers, and flags a number made of
//! one of them alone as [`ambiguous`](NumberMatch::ambiguous) (list in
//! `data/numbers/ambiguous.txt`), so that the caller can ask for a unit, a month or a
//! currency next to it. One guard is built in: a unit from one to five before `شنبه` is a
//! weekday (`سه شنبه`, `۵ شنبه`), not a number, and yields `None`.
//!
//! Not read: fractions (`دو سوم`), vague quantities (`ده‌ها`, `میلیون‌ها`, `هزاران`: a number
//! word before the plural `ها` yields `None`), Roman or Latin number words.

mod decimal;
mod digits;
mod words;

pub use decimal::Decimal;

use words::{Class, Table, Word, WordBuf};

/// What kind of number a [`NumberMatch`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum NumberKind {
    /// A count or an amount: `بیست و پنج`, `۲۵`, `۳.۵ میلیارد`.
    Cardinal,
    /// An ordinal in `-م` that follows its noun: `روز دوم`, `بیست و پنجم اسفند`, `اول مهر`,
    /// `۲۳ام`. In a date it is a day of the month.
    Ordinal,
    /// An ordinal in `-مین` that stands before its noun: `دومین نشست`, `اولین بار`. It is
    /// never the day of a date.
    PrenominalOrdinal,
}

/// How a number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum NumberForm {
    /// Only digits and separators (`۱۲٬۵۰۰`, `۲۳ام`).
    Digits,
    /// Only words (`هزار و چهارصد و دو`).
    Words,
    /// Digits and words (`۲۵ هزار`, `۲ میلیارد و ۵۰۰ میلیون`).
    Mixed,
}

/// A number found in text: its byte span, its value and what kind of number it is.
///
/// ```
/// use pardaz::numbers::{number_at, NumberForm, NumberKind};
///
/// let text = "۲۵ هزار تومان";
/// let m = number_at(text, 0).unwrap();
/// assert_eq!(&text[m.start..m.end], "۲۵ هزار");
/// assert_eq!(m.value.to_integer(), Some(25_000));
/// assert_eq!((m.kind, m.form, m.ambiguous), (NumberKind::Cardinal, NumberForm::Mixed, false));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct NumberMatch {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character (always on a character boundary).
    pub end: usize,
    /// The value.
    pub value: Decimal,
    /// Cardinal or ordinal.
    pub kind: NumberKind,
    /// Digits, words or both.
    pub form: NumberForm,
    /// Whether the number is one word that is also a common word of another meaning (`نه`,
    /// `ده`, `یک` …, see the [module docs](self#hazards)).
    pub ambiguous: bool,
}

impl NumberMatch {
    /// `start..end`.
    ///
    /// ```
    /// let m = pardaz::numbers::number_at("سی ام", 0).unwrap();
    /// assert_eq!(m.range(), 0.."سی ام".len());
    /// ```
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Whether the number is an ordinal of either kind.
    ///
    /// ```
    /// assert!(pardaz::numbers::number_at("دومین", 0).unwrap().is_ordinal());
    /// ```
    pub fn is_ordinal(&self) -> bool {
        self.kind != NumberKind::Cardinal
    }
}

/// One part of a number: a digit number or a word of the table.
#[derive(Clone, Copy)]
enum Part {
    Digits(Decimal),
    Word(Word),
    /// `و` by itself.
    And,
}

/// A part read at some position: the part, its end, and whether a `و` was glued before it.
#[derive(Clone, Copy)]
struct Read {
    part: Part,
    end: usize,
    glued_and: bool,
}

/// Reads the part starting at `pos`, if any.
fn read_part(text: &str, pos: usize, table: &Table) -> Option<Read> {
    let first = text.get(pos..)?.chars().next()?;
    if crate::chars::is_digit(first) {
        let d = digits::scan(text, pos)?;
        return Some(Read {
            part: Part::Digits(d.value),
            end: d.end,
            glued_and: false,
        });
    }
    let mut buf = WordBuf::new();
    let end = words::read_word(text, pos, &mut buf)?;
    let word = buf.as_str()?;
    if table.starts_two_words(word) {
        let next = words::skip_gap(text, end);
        let mut buf2 = WordBuf::new();
        if next > end
            && let Some(end2) = words::read_word(text, next, &mut buf2)
            && let Some(second) = buf2.as_str()
        {
            let mut key = WordBuf::new();
            key.push_str(word);
            key.push(' ');
            key.push_str(second);
            if let Some(w) = key.as_str().and_then(|k| table.word(k)) {
                return Some(Read {
                    part: Part::Word(w),
                    end: end2,
                    glued_and: false,
                });
            }
        }
    }
    if word == "و" {
        return Some(Read {
            part: Part::And,
            end,
            glued_and: false,
        });
    }
    if let Some(w) = table.word(word) {
        return Some(Read {
            part: Part::Word(w),
            end,
            glued_and: false,
        });
    }
    let rest = word.strip_prefix('و')?;
    table.word(rest).map(|w| Read {
        part: Part::Word(w),
        end,
        glued_and: true,
    })
}

/// The state of a number being read.
struct Acc {
    /// The sum of the groups closed by a magnitude.
    total: Decimal,
    /// The group being read (below the last magnitude), if any.
    group: Option<Decimal>,
    /// After `و`, the next word part must be below this (0: nothing may follow with `و`).
    cap: u64,
    /// The last magnitude applied (`u64::MAX` before the first).
    last_magnitude: u64,
    /// The group is one unit word just read, so `صد` right after it multiplies it.
    unit_before_hundred: bool,
    /// `و نیم` may follow the group.
    half_allowed: bool,
    /// A half was added after a magnitude (`یک میلیون و نیم`): nothing more may follow.
    closed: bool,
    kind: NumberKind,
    digits: bool,
    words: bool,
    parts: u32,
    first_ambiguous: bool,
}

impl Acc {
    fn new() -> Self {
        Acc {
            total: Decimal::ZERO,
            group: None,
            cap: 0,
            last_magnitude: u64::MAX,
            unit_before_hundred: false,
            half_allowed: false,
            closed: false,
            kind: NumberKind::Cardinal,
            digits: false,
            words: false,
            parts: 0,
            first_ambiguous: false,
        }
    }

    fn value(&self) -> Option<Decimal> {
        match self.group {
            Some(g) => self.total.checked_add(g),
            None => Some(self.total),
        }
    }

    /// Starts a group with a word part below 1000 or with digits.
    fn start_group(&mut self, value: Decimal, class: Option<Class>) {
        self.group = Some(value);
        self.cap = match class {
            Some(Class::Tens) => 10,
            Some(Class::Hundreds) => 100,
            _ => 0,
        };
        self.unit_before_hundred = class == Some(Class::Unit);
        self.half_allowed = value.is_integer();
    }

    /// Applies a magnitude right after what was read (no `و` between); false when it does
    /// not fit there.
    fn magnitude(&mut self, m: u64) -> bool {
        let g = match self.group {
            Some(g) => g,
            None if self.total.is_zero() => Decimal::from(1u64),
            None => Decimal::ZERO,
        };
        let new_total = if self.total < Decimal::from(m) {
            self.total.checked_add(g).and_then(|t| t.checked_mul(m))
        } else if self.group.is_some() && m < self.last_magnitude {
            g.checked_mul(m).and_then(|x| self.total.checked_add(x))
        } else {
            None
        };
        let Some(total) = new_total else {
            return false;
        };
        self.total = total;
        self.group = None;
        self.cap = m;
        self.last_magnitude = m;
        self.unit_before_hundred = false;
        self.half_allowed = false;
        true
    }

    /// Adds a word part after `و`; false when it does not fit there.
    fn and_word(&mut self, w: Word) -> bool {
        match w.class {
            Class::Unit | Class::Teen | Class::Tens | Class::Hundreds if !w.alone => {
                match self.group {
                    Some(g) if w.value < self.cap => {
                        let Some(sum) = g.checked_add(Decimal::from(w.value)) else {
                            return false;
                        };
                        self.start_group(sum, Some(w.class));
                        self.unit_before_hundred = false;
                        true
                    }
                    None if w.value < self.last_magnitude => {
                        self.start_group(Decimal::from(w.value), Some(w.class));
                        true
                    }
                    _ => false,
                }
            }
            Class::Magnitude if self.group.is_none() && w.value < self.last_magnitude => {
                // `دو میلیون و هزار`: one of the smaller magnitude.
                self.group = Some(Decimal::from(1u64));
                let fits = self.magnitude(w.value);
                if !fits {
                    self.group = None;
                }
                fits
            }
            Class::Half => {
                let half = Decimal::new(5, 1).unwrap_or(Decimal::ZERO);
                match self.group {
                    Some(g) if self.half_allowed => match g.checked_add(half) {
                        Some(sum) => {
                            self.group = Some(sum);
                            self.cap = 0;
                            self.half_allowed = false;
                            self.unit_before_hundred = false;
                            true
                        }
                        None => false,
                    },
                    None if self.last_magnitude != u64::MAX => {
                        let half_m = Decimal::new(self.last_magnitude.saturating_mul(5), 1);
                        match half_m.and_then(|h| self.total.checked_add(h)) {
                            Some(t) => {
                                self.total = t;
                                self.closed = true;
                                true
                            }
                            None => false,
                        }
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }
}

/// The longest number expression starting at byte `start` of `text`, or `None` if none
/// starts there.
///
/// `start` should be the start of a word (the parser does not look behind it); a `start`
/// that is out of bounds or not on a character boundary gives `None`. The words of one number
/// may be separated by spaces, ZWNJ or invisible marks, but not by a line break or
/// punctuation. Text may be raw or search-folded: Arabic yeh and kaf, diacritics, kashida and
/// the three digit scripts are all read.
///
/// ```
/// use pardaz::numbers::{number_at, NumberKind};
///
/// let text = "دومین نشست در سال هزار و سیصد و نود و شش";
/// let first = number_at(text, 0).unwrap();
/// assert_eq!((first.value.to_integer(), first.kind), (Some(2), NumberKind::PrenominalOrdinal));
///
/// let at = text.find("هزار").unwrap();
/// let year = number_at(text, at).unwrap();
/// assert_eq!(year.value.to_integer(), Some(1396));
/// assert_eq!(year.end, text.len());
///
/// assert_eq!(number_at(text, "دومین ".len()), None); // نشست
/// assert_eq!(number_at("سه شنبه", 0), None); // a weekday
/// ```
pub fn number_at(text: &str, start: usize) -> Option<NumberMatch> {
    let table = Table::get();
    let first = read_part(text, start, table)?;
    if first.glued_and {
        return None;
    }
    let mut acc = Acc::new();
    let mut end = first.end;
    let mut finished = false;
    match first.part {
        Part::Digits(d) => {
            // Digits glued to a Latin letter are a code (4G, 10km), not a number.
            if text
                .get(end..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| c.is_ascii_alphabetic())
            {
                return None;
            }
            acc.start_group(d, None);
            acc.digits = true;
            // `۳ شنبه`, `۳شنبه`: a weekday.
            let single_digit = text.get(start..end).is_some_and(|s| s.chars().count() == 1);
            if single_digit
                && (1..=5).contains(&d.to_integer().unwrap_or(0))
                && weekday_follows(text, end, table)
            {
                return None;
            }
        }
        Part::Word(w) => {
            acc.words = true;
            acc.first_ambiguous = w.ambiguous;
            match w.class {
                Class::Zero => {
                    acc.group = Some(Decimal::ZERO);
                    finished = true;
                }
                Class::Unit | Class::Teen | Class::Tens | Class::Hundreds => {
                    if w.class == Class::Unit && w.value <= 5 && weekday_follows(text, end, table) {
                        return None;
                    }
                    acc.start_group(Decimal::from(w.value), Some(w.class));
                }
                Class::Magnitude => {
                    if !acc.magnitude(w.value) {
                        return None;
                    }
                }
                Class::Half => {
                    acc.group = Decimal::new(5, 1);
                    acc.cap = 0;
                }
                Class::OrdinalSuffix | Class::Weekday => return None,
            }
            if w.kind != NumberKind::Cardinal {
                acc.kind = w.kind;
                finished = true;
            }
        }
        Part::And => return None,
    }
    acc.parts = 1;
    while !finished && !acc.closed {
        let Some(next) = read_part(text, words::skip_gap(text, end), table) else {
            break;
        };
        let (and, read) = match next.part {
            Part::And => match read_part(text, words::skip_gap(text, next.end), table) {
                Some(r) if !r.glued_and && !matches!(r.part, Part::And) => (true, r),
                _ => break,
            },
            _ => (next.glued_and, next),
        };
        let fits = match (and, read.part) {
            (false, Part::Word(w)) => match w.class {
                Class::Magnitude => acc.magnitude(w.value),
                Class::Hundreds if w.value == 100 && acc.unit_before_hundred => {
                    match acc.group.and_then(|g| g.checked_mul(100)) {
                        Some(hundreds) => {
                            acc.start_group(hundreds, Some(Class::Hundreds));
                            true
                        }
                        None => false,
                    }
                }
                Class::OrdinalSuffix => {
                    acc.parts == 1 && acc.digits && acc.group.is_some_and(Decimal::is_integer)
                }
                _ => false,
            },
            (true, Part::Word(w)) => acc.and_word(w),
            (true, Part::Digits(d))
                if acc.group.is_none() && d < Decimal::from(acc.last_magnitude) =>
            {
                acc.start_group(d, None);
                true
            }
            _ => false,
        };
        if !fits {
            break;
        }
        if let Part::Word(w) = read.part {
            acc.words |= w.class != Class::OrdinalSuffix;
            if w.kind != NumberKind::Cardinal {
                acc.kind = w.kind;
                finished = true;
            }
        } else {
            acc.digits = true;
        }
        acc.parts += 1;
        end = read.end;
    }
    // `ده‌ها`, `میلیون‌ها`: a plural number word is a vague quantity, not a number.
    if acc.kind == NumberKind::Cardinal
        && !text[..end].ends_with(|c: char| c.is_ascii_digit())
        && plural_follows(text, end)
    {
        return None;
    }
    Some(NumberMatch {
        start,
        end,
        value: acc.value()?,
        kind: acc.kind,
        form: match (acc.digits, acc.words) {
            (true, false) => NumberForm::Digits,
            (false, _) => NumberForm::Words,
            (true, true) => NumberForm::Mixed,
        },
        ambiguous: acc.parts == 1 && acc.first_ambiguous,
    })
}

/// Whether the plural suffix `ها` / `های` follows at `pos` after a ZWNJ or a space.
fn plural_follows(text: &str, pos: usize) -> bool {
    let next = words::skip_gap(text, pos);
    let mut buf = WordBuf::new();
    next > pos
        && words::read_word(text, next, &mut buf).is_some()
        && matches!(buf.as_str(), Some("ها" | "های"))
}

/// Whether `شنبه` follows at `pos` (after an optional gap).
fn weekday_follows(text: &str, pos: usize, table: &Table) -> bool {
    read_part(text, words::skip_gap(text, pos), table).is_some_and(|r| {
        matches!(r.part, Part::Word(w) if w.class == Class::Weekday) && !r.glued_and
    })
}

/// The number that `text` is, as a whole (surrounding whitespace allowed), or `None` when
/// `text` is not exactly one number expression.
///
/// ```
/// use pardaz::numbers::{parse, Decimal};
///
/// assert_eq!(parse("۱۲٬۵۰۰").map(|n| n.value), Some(Decimal::from(12_500u64)));
/// assert_eq!(parse(" هزار و چهارصد و دو ").and_then(|n| n.value.to_integer()), Some(1402));
/// assert_eq!(parse("۲/۵").map(|n| n.value.to_f64()), Some(2.5));
/// assert_eq!(parse("بیست و پنج نفر"), None);
/// ```
pub fn parse(text: &str) -> Option<NumberMatch> {
    let start = text.len() - text.trim_start().len();
    let m = number_at(text, start)?;
    text[m.end..].trim().is_empty().then_some(m)
}

/// Every number in `text`, left to right, without overlaps: at each word start (a digit
/// that does not follow a Latin letter or digit, or a letter that does not follow a letter),
/// the longest number there.
///
/// ```
/// use pardaz::numbers::find_numbers;
///
/// let text = "قیمت ۲۵ هزار تومان شد و سهم دومین شرکت ۲/۵ درصد بود";
/// let found: Vec<&str> = find_numbers(text).map(|m| &text[m.range()]).collect();
/// assert_eq!(found, ["۲۵ هزار", "دومین", "۲/۵"]);
/// ```
pub fn find_numbers(text: &str) -> Numbers<'_> {
    Numbers { text, pos: 0 }
}

/// The iterator of [`find_numbers`].
#[derive(Clone, Debug)]
pub struct Numbers<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Numbers<'_> {
    type Item = NumberMatch;

    fn next(&mut self) -> Option<NumberMatch> {
        let text = self.text;
        while self.pos < text.len() {
            let rest = text.get(self.pos..)?;
            let table = Table::get();
            let mut prev: Option<char> = text.get(..self.pos).and_then(|s| s.chars().next_back());
            let mut candidate = None;
            for (i, c) in rest.char_indices() {
                let at = self.pos + i;
                let starts = if crate::chars::is_digit(c) {
                    !prev.is_some_and(|p| p.is_ascii_alphanumeric() || crate::chars::is_digit(p))
                } else if crate::chars::is_arabic_script_letter(c) {
                    !prev.is_some_and(|p| {
                        crate::chars::is_arabic_script_letter(p) || crate::chars::is_arabic_mark(p)
                    }) && table.may_start_at(text, at)
                } else {
                    false
                };
                if starts {
                    candidate = Some(at);
                    break;
                }
                prev = Some(c);
            }
            let Some(at) = candidate else {
                self.pos = text.len();
                return None;
            };
            if let Some(m) = number_at(text, at) {
                self.pos = m.end;
                return Some(m);
            }
            // Skip the word or digit run that did not start a number.
            let word_end = text
                .get(at..)?
                .char_indices()
                .find(|&(_, c)| {
                    !(crate::chars::is_digit(c)
                        || crate::chars::is_arabic_script_letter(c)
                        || crate::chars::is_arabic_mark(c))
                })
                .map_or(text.len(), |(i, _)| at + i);
            self.pos = word_end.max(at + 1);
            while !text.is_char_boundary(self.pos) {
                self.pos += 1;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests;
