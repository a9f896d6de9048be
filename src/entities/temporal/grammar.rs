//! The grammar that turns the token stream of a folded text into DATE, TIME, MONEY and
//! PERCENT expressions.
//!
//! The parser walks the tokens left to right. At each token it tries every form that can start
//! there, keeps the longest, and continues after it. Tokens of one expression must follow each
//! other with nothing but a space between them, except at the separators a form names (`/`
//! and `:` in numeric dates and clock times, `و` and `تا` in lists and ranges, `،` after a
//! weekday).
//!
//! | form | example | label |
//! |---|---|---|
//! | [part] [روز] [weekday[،]] [day] month [ماه] [[،] [سال] year [marker] \| relative year] | `روز دوشنبه ۱۷ آبان ماه ۱۳۹۵`, `اوایل مهر`, `اسفند سال گذشته` | DATE |
//! | [part] سال year [marker], year marker | `سال ۹۶`, `سال‌های ۱۳۸۶ و ۱۳۸۷`, `۲۰۱۶ میلادی` | DATE |
//! | numeric date | `۱۴۰۲/۰۵/۱۲`, `1395 . 08 . 16`, `12/5/1402`, `11.19.2016` | DATE |
//! | weekday, weekday + relative week | `سه‌شنبه`, `جمعه گذشته`, `روز دوشنبه هفته آینده` | DATE |
//! | deictic, [n] unit direction, این هفته | `امروز`, `سال گذشته`, `سه روز پیش`, `یکسال گذشته`, `این هفته` | DATE |
//! | season, decade, century, months of a year, part of a month | `تابستان امسال`, `دهه ۷۰`, `قرن بیست و یکم`, `شش‌ماهه اول امسال`, `دهه اول محرم` | DATE |
//! | a date with a day part or a clock time | `صبح امروز`, `چهارشنبه شب`, `ساعت ۱۰ صبح`, `۱۴:۳۰`, `یک ربع به هشت` | TIME |
//! | ranges and lists of the above | `از سال ۹۴ تا سال ۹۵`, `۵ و ۶ خرداد`, `از ساعت ۱۷ تا ۱۹` | the label of the parts |
//! | year head + number | `انتخابات ۹۶` (the number only) | DATE |
//! | bare four-digit year (not a round hundred, not a code, a quantity or a count: `۱۳۳۵ نفر`); a dashed range of two, either order | `المپیک 2016`, `( 1347-1340 ش )` | DATE |
//! | amounts currency [country] | `۱۲ میلیارد ریال`, `۳۰ تا ۴۰ هزار تومان`, `۴ دلار و ۲۲ سنت`, `۵۰ دلاری هنگ‌کنگ`, `وام ۶۰ میلیونی` | MONEY |
//! | [منفی] numbers percent sign | `۳۵ درصد`, `۴۰٪`, `۲٫۵ درصدی`, `۱۰ تا ۱۵ درصد`, `۶۰ ، ۵۰ ، ۴۰ درصد`, `صددرصد` | PERCENT |

use std::cell::Cell;

use super::cal::Calendar;
use super::lexicon::{Kind, Lexicon, MonthNeeds, Tok, TokKind, Unit};
use crate::entities::value::{DayPart, PeriodPart, Relative, RelativeUnit};
use crate::numbers::{self, NumberForm, NumberKind};

/// A year as written.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) struct Year {
    pub value: i32,
    /// Written with two digits (or as a word under 100): `۹۶`.
    pub short: bool,
    /// An era marker after it.
    pub marker: Option<Calendar>,
}

/// A date (or the date part of a time) before resolution.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct DateSpec {
    /// The calendar a month name or marker fixes.
    pub cal: Option<Calendar>,
    pub year: Option<Year>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub weekday: Option<u8>,
    pub season: Option<u8>,
    /// A decade as written (`70`, `1370`, `1990`) and whether it was short.
    pub decade: Option<Year>,
    pub century: Option<i32>,
    pub part: Option<PeriodPart>,
    pub relative: Option<Relative>,
    /// A month written with a direction (`اسفند گذشته`): the last / next such month.
    pub month_direction: Option<i8>,
    /// The last element of a range or list.
    pub end: Option<Box<DateSpec>>,
    /// The range runs until now (`از سال ۹۲ تاکنون`).
    pub until_now: bool,
    /// Written as a range with `تا` (so a leading `از` belongs to it).
    pub range: bool,
}

/// A clock time.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) struct Clock {
    pub hour: Option<u8>,
    pub minute: Option<u8>,
    pub second: Option<u8>,
    pub pm: Option<bool>,
    pub day_part: Option<DayPart>,
    pub zone: bool,
}

/// A time before resolution.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct TimeSpec {
    pub date: Option<DateSpec>,
    pub clock: Clock,
    pub end: Option<Clock>,
}

/// The most items a list (of days, months, years …) may have: longer runs are tables, and
/// the cap keeps the parse linear on any input.
const MAX_LIST: usize = 12;

/// How far (in characters) a sentence or a clause is read around a bare `امروز`.
const SENTENCE_LOOKBACK: usize = 400;

/// The words that join the two ends of a range.
const RANGE: &[&str] = &["تا", "الی", "لغایت"];

/// The words that join the numbers of a list or range of amounts.
const LIST: &[&str] = &["تا", "الی", "لغایت", "و", "یا", "،", ",", "-"];

/// A parsed expression.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Expr {
    Date(DateSpec),
    Time(TimeSpec),
    Money {
        amount: f64,
        max: Option<f64>,
        currency: Option<&'static str>,
    },
    Percent {
        value: f64,
        max: Option<f64>,
    },
}

/// An expression with its byte span in the folded text.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

/// A parse: the expression, the index of its last token, and where its span starts (before
/// its first token when it includes a leading `از`).
#[derive(Clone, Debug)]
struct Hit<T> {
    value: T,
    last: usize,
    start: usize,
    /// Where the span ends when it runs past its last token (a country name after a
    /// currency); the end of the last token otherwise.
    end: Option<usize>,
}

/// A number as written.
#[derive(Clone, Copy, Debug, Default)]
struct Num {
    value: f64,
    /// The first and last tokens of the number.
    first: usize,
    last: usize,
    /// The number of digits when the number is one plain digit run.
    digits: u8,
    words: bool,
    ordinal: bool,
    multiplier: bool,
    /// Ends in an adjective multiplier (`میلیونی`) or a plural one (`میلیون‌ها`).
    open: bool,
    decimal: bool,
}

impl Num {
    fn integer(&self) -> Option<u32> {
        (!self.decimal && self.value.fract() == 0.0 && (0.0..4e9).contains(&self.value))
            .then_some(self.value as u32)
    }
}

/// A month name as found.
#[derive(Clone, Copy, Debug)]
struct MonthHit {
    cal: Calendar,
    month: u8,
    mah: bool,
    needs: MonthNeeds,
}

/// Runs the grammar over the tokens of `text`, appending what it finds to `out`.
pub(super) fn parse(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut Vec<Found>) {
    let p = Parser {
        text,
        toks,
        lex,
        numbers: vec![Cell::new(None); toks.len()],
        game_clock: Cell::new(None),
    };
    let mut i = 0;
    while i < toks.len() {
        match p.best_at(i) {
            Some(mut hit) => {
                p.take_prefix(i, &mut hit);
                p.drop_vague_part(i, &mut hit);
                let end = hit
                    .end
                    .unwrap_or_else(|| toks.get(hit.last).map_or(text.len(), |t| t.end));
                out.push(Found {
                    start: hit.start,
                    end,
                    expr: hit.value,
                });
                i = hit.last + 1;
            }
            None => i += 1,
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    toks: &'a [Tok],
    lex: &'a Lexicon,
    /// The number read at each token, once asked for.
    numbers: Vec<Cell<Option<Option<Num>>>>,
    /// Whether the text reads like a live report of a match, once asked for.
    game_clock: Cell<Option<bool>>,
}

impl Parser<'_> {
    // ---- token access -------------------------------------------------------------------

    fn kinds(&self, i: usize) -> &[Kind] {
        self.toks.get(i).map_or(&[], |t| self.lex.kinds(t))
    }

    fn find<T>(&self, i: usize, f: impl Fn(&Kind) -> Option<T>) -> Option<T> {
        self.kinds(i).iter().find_map(f)
    }

    fn has(&self, i: usize, f: impl Fn(&Kind) -> bool) -> bool {
        self.kinds(i).iter().any(f)
    }

    fn is_digits(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Digits)
    }

    fn tok_text(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The text between token `i` and token `i + 1`.
    fn gap(&self, i: usize) -> Option<&str> {
        let (a, b) = (self.toks.get(i)?, self.toks.get(i + 1)?);
        self.text.get(a.end..b.start)
    }

    /// Whether token `i + 1` follows token `i` with at most a space between.
    fn adj(&self, i: usize) -> bool {
        // " ی " is a written ezafe: "دهه‌ی شصت".
        matches!(self.gap(i), Some("" | " " | " ی "))
    }

    /// Whether tokens `i` and `i + 1` are separated by exactly `sep` (spaces around allowed).
    fn sep(&self, i: usize, seps: &[&str]) -> bool {
        self.gap(i).is_some_and(|g| {
            let g = g.strip_prefix(' ').unwrap_or(g);
            let g = g.strip_suffix(' ').unwrap_or(g);
            seps.contains(&g)
        })
    }

    /// Whether the word right before token `i` is `word`.
    fn word_before(&self, i: usize, word: &str) -> Option<usize> {
        let start = self.toks.get(i)?.start;
        let before = self.text.get(..start)?.strip_suffix(' ')?;
        let at = before.strip_suffix(word).map(str::len)?;
        let ok = self
            .text
            .get(..at)?
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphabetic());
        ok.then_some(at)
    }

    /// Extends a hit that starts at token `i` over a prefix word that belongs to it (`طی`
    /// before a date, `منفی` before a percentage).
    fn take_prefix(&self, i: usize, hit: &mut Hit<Expr>) {
        if hit.start != self.start(i) {
            return;
        }
        let words = match &hit.value {
            Expr::Date(_) | Expr::Time(_) => &self.lex.date_prefixes,
            Expr::Percent { .. } => &self.lex.negative_prefixes,
            Expr::Money { .. } => return,
        };
        let Some(at) = words.iter().find_map(|w| self.word_before(i, w)) else {
            return;
        };
        hit.start = at;
        if let Expr::Percent { value, max } = &mut hit.value {
            *value = -*value;
            *max = max.map(|m| -m);
        }
    }

    /// Moves the start of a hit past a vague part word it starts with (`اوایل`, `اواسط`,
    /// `اواخر`): PEYMA leaves these approximations out of the span; the value keeps them.
    fn drop_vague_part(&self, i: usize, hit: &mut Hit<Expr>) {
        let vague = self.has(i, |k| {
            matches!(
                k,
                Kind::Part(PeriodPart::Early | PeriodPart::Mid | PeriodPart::Late)
            )
        });
        if vague && hit.start == self.start(i) && hit.last > i {
            hit.start = self.start(i + 1);
        }
    }

    /// Where a leading `از` (or `از تاریخ`) before token `i` starts.
    fn az_before(&self, i: usize) -> Option<usize> {
        // "بیش از ۳ تا ۴ درصد": a comparison, not the start of a range.
        let from = self.word_before(i, "از").filter(|&at| {
            let before = self.text.get(..at).unwrap_or("").trim_end_matches(' ');
            !["بیش", "بیشتر", "کمتر", "کم", "پیش", "قبل", "بعد", "پس"]
                .iter()
                .any(|w| before.ends_with(w))
        });
        from.or_else(|| self.word_before(i, "بین")).or_else(|| {
            let at = self.word_before(i, "تاریخ")?;
            let before = self.text.get(..at)?.strip_suffix(' ')?;
            let from = before.strip_suffix("از")?;
            let ok = from.chars().next_back().is_none_or(|c| !c.is_alphabetic());
            ok.then_some(from.len())
        })
    }

    /// Whether the word right after token `i` is `word`.
    fn word_after(&self, i: usize, word: &str) -> bool {
        let Some(end) = self.toks.get(i).map(|t| t.end) else {
            return false;
        };
        self.text
            .get(end..)
            .and_then(|r| r.strip_prefix(' '))
            .and_then(|r| r.strip_prefix(word))
            .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphabetic()))
    }

    fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(0, |t| t.start)
    }

    // ---- vocabulary lookups ----------------------------------------------------------------

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.find(i, |k| match *k {
            Kind::Unit { unit, plural } => Some((unit, plural)),
            _ => None,
        })
    }

    fn is_unit(&self, i: usize, u: Unit) -> bool {
        self.unit(i).is_some_and(|(unit, _)| unit == u)
    }

    fn weekday(&self, i: usize) -> Option<u8> {
        let w = self.find(i, |k| match *k {
            Kind::Weekday(w) => Some(w),
            _ => None,
        })?;
        // "نماز جمعه", "دوشنبه بازار", "جمعه‌ها" and "روزهای جمعه" (on Fridays)
        let vetoed = (i > 0 && self.adj(i - 1) && self.has(i - 1, |k| *k == Kind::VetoBefore))
            || self.habitual(i, MAX_LIST)
            || (self.adj(i) && self.has(i + 1, |k| *k == Kind::VetoAfter))
            || self
                .lex
                .plural_endings
                .iter()
                .any(|p| self.word_after(i, p));
        (!vetoed).then_some(w)
    }

    /// Whether the weekday at `i` follows a plural `روزهای` ("روزهای سه‌شنبه", on
    /// Tuesdays), directly or through a list (`روزهای شنبه و چهارشنبه`), with no day of the
    /// month or week after the list (`روزهای شنبه و یکشنبه ۱۴ و ۱۵ دی`, `روزهای شنبه و
    /// یکشنبه هفته آینده` are two days): a habit.
    fn habitual(&self, i: usize, depth: usize) -> bool {
        let is_weekday = |j: usize| self.has(j, |k| matches!(k, Kind::Weekday(_)));
        if !self.after_plural_days(i, depth) {
            return false;
        }
        let mut last = i;
        while last - i < MAX_LIST && self.sep(last, &["و", "،", ","]) && is_weekday(last + 1) {
            last += 1;
        }
        let dated = ((self.adj(last) || self.sep(last, &["،", ","]))
            && self.day(last + 1).is_some())
            || (self.adj(last) && self.relative_week(last + 1).is_some());
        !dated
    }

    /// Whether the weekday at `i` is in a list right after a plural `روزهای`.
    fn after_plural_days(&self, i: usize, depth: usize) -> bool {
        if i == 0 || depth == 0 || !self.has(i, |k| matches!(k, Kind::Weekday(_))) {
            return false;
        }
        (self.adj(i - 1) && self.unit(i - 1) == Some((Unit::Day, true)))
            || (self.sep(i - 1, &["و", "،", ","]) && self.after_plural_days(i - 1, depth - 1))
    }

    fn direction(&self, i: usize) -> Option<i8> {
        self.find(i, |k| match *k {
            Kind::Direction(d) => Some(d),
            _ => None,
        })
    }

    fn marker(&self, i: usize) -> Option<Calendar> {
        self.find(i, |k| match *k {
            Kind::Marker(c) => Some(c),
            _ => None,
        })
    }

    fn day_part(&self, i: usize) -> Option<DayPart> {
        self.find(i, |k| match *k {
            Kind::DayPart(p) => Some(p),
            _ => None,
        })
    }

    fn period_part(&self, i: usize) -> Option<PeriodPart> {
        self.find(i, |k| match *k {
            Kind::Part(p) => Some(p),
            _ => None,
        })
    }

    fn deictic(&self, i: usize) -> Option<(RelativeUnit, i8)> {
        self.find(i, |k| match *k {
            Kind::Deictic { unit, offset } => Some((unit, offset)),
            _ => None,
        })
    }

    // ---- numbers ------------------------------------------------------------------------------

    fn multiplier(&self, i: usize) -> Option<(f64, bool)> {
        self.find(i, |k| match *k {
            Kind::Multiplier {
                factor,
                adj,
                plural,
            } => Some((factor, adj || plural)),
            _ => None,
        })
    }

    /// A number at `i`, as the [`numbers`] module reads it (digits or words, with
    /// multipliers and parts joined by `و`: `۲۴ میلیون و ۸۵۰ هزار`, `هزار و سیصد و نود و شش`,
    /// `بیست و پنجم`, `2 . 5`), extended over an adjective or plural multiplier (`۱۰
    /// میلیونی`, `میلیون‌ها`). `None` for an ordinal in -مین (`دومین`).
    fn number(&self, i: usize) -> Option<Num> {
        let cell = self.numbers.get(i)?;
        if let Some(n) = cell.get() {
            return n;
        }
        let n = self.read_number(i, true);
        cell.set(Some(n));
        n
    }

    /// The number at `i`; `compose` also takes a smaller multiplied part written after it
    /// without و (`یک میلیون ۷۰۰ هزار`), read without composing in turn so that a row of
    /// amounts is not nested.
    fn read_number(&self, i: usize, compose: bool) -> Option<Num> {
        let tok = self.toks.get(i)?;
        let numeric = tok.kind == TokKind::Digits
            || self.has(i, |k| {
                matches!(k, Kind::Num(_) | Kind::Ordinal(_) | Kind::Multiplier { .. })
            });
        if !numeric {
            return None;
        }
        if let Some((factor, true)) = self.multiplier(i) {
            return Some(Num {
                value: factor,
                first: i,
                last: i,
                words: true,
                multiplier: true,
                open: true,
                ..Num::default()
            });
        }
        let mut n = match numbers::number_at(self.text, tok.start) {
            Some(m) => {
                if m.kind == NumberKind::PrenominalOrdinal {
                    return None;
                }
                // The token the number ends on.
                let mut last = i;
                while self.toks.get(last).is_some_and(|t| t.end < m.end) {
                    last += 1;
                }
                if self.toks.get(last)?.end != m.end {
                    return None;
                }
                let plain_digits = m.form == NumberForm::Digits && last == i;
                Num {
                    value: m.value.to_f64(),
                    first: i,
                    last,
                    digits: if plain_digits {
                        u8::try_from(tok.end - tok.start).unwrap_or(u8::MAX)
                    } else {
                        0
                    },
                    words: m.form != NumberForm::Digits,
                    ordinal: m.kind == NumberKind::Ordinal,
                    multiplier: (i..=last).any(|j| self.multiplier(j).is_some()),
                    decimal: !m.value.is_integer(),
                    ..Num::default()
                }
            }
            // A word the numbers module reads only inside a number (نیم).
            None => {
                let v = self.find(i, |k| match *k {
                    Kind::Num(v) => Some(v),
                    _ => None,
                })?;
                Num {
                    value: v,
                    first: i,
                    last: i,
                    words: true,
                    decimal: v.fract() != 0.0,
                    ..Num::default()
                }
            }
        };
        // "یک میلیون ۷۰۰ هزار": a smaller multiplied part without و.
        if compose
            && n.multiplier
            && !n.ordinal
            && self.adj(n.last)
            && let Some(m) = self.read_number(n.last + 1, false)
            && m.multiplier
            && !m.ordinal
            && m.value < multiplier_of(n.value)
            && n.value % multiplier_of(n.value) == 0.0
        {
            n.value += m.value;
            n.last = m.last;
            n.open = m.open;
            return Some(n);
        }
        if !n.ordinal
            && self.adj(n.last)
            && let Some((factor, true)) = self.multiplier(n.last + 1)
        {
            n.value *= factor;
            n.last += 1;
            n.open = true;
            n.multiplier = true;
            n.digits = 0;
        }
        Some(n)
    }

    // ---- dates ---------------------------------------------------------------------------

    /// A day of the month at `i`: 1–31, in at most two digits or in words.
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        let n = self.number(i)?;
        let d = n.integer()?;
        // "۲۶ام دسامبر", "26 ام دسامبر": digits with the ordinal suffix read as one number.
        let written = n.words || (1..=2).contains(&n.digits) || n.ordinal;
        let ok = !n.multiplier && (1..=31).contains(&d) && written;
        ok.then_some((d as u8, n.last))
    }

    /// A month name at `i`, with ماه before or after it.
    fn month(&self, i: usize) -> Option<(MonthHit, usize)> {
        let month_at = |j: usize| {
            self.find(j, |k| match *k {
                Kind::Month {
                    cal,
                    month,
                    mah,
                    needs,
                } => Some(MonthHit {
                    cal,
                    month,
                    mah,
                    needs,
                }),
                _ => None,
            })
        };
        if let Some((Unit::Month, false)) = self.unit(i)
            && self.adj(i)
            && let Some(mut m) = month_at(i + 1)
        {
            m.mah = true;
            return Some((m, i + 1));
        }
        let mut m = month_at(i)?;
        if i > 0 && self.adj(i - 1) && self.has(i - 1, |k| *k == Kind::VetoBefore) {
            return None;
        }
        let mut last = i;
        if !m.mah && self.adj(i) && self.unit(i + 1) == Some((Unit::Month, false)) {
            m.mah = true;
            last = i + 1;
        }
        Some((m, last))
    }

    /// A year at `i` (`۹۶`, `۱۳۹۶`, `2018`, `نود و شش`) with an era marker after it.
    /// `loose` accepts one or three digits (after an explicit `سال`).
    fn year(&self, i: usize, loose: bool) -> Option<(Year, usize)> {
        let n = self.number(i)?;
        if n.ordinal || n.open {
            return None;
        }
        let v = n.integer()?;
        let mut last = n.last;
        let marker = if self.adj(last) {
            self.marker(last + 1)
        } else {
            None
        };
        if marker.is_some() {
            last += 1;
        }
        // "ماه اکتبر ۵۶ درصد": a number before a unit or a currency is a quantity.
        if marker.is_none() && self.followed_by_quantity(last) {
            return None;
        }
        // "سال یک", "سال ده‌ها": a word under twenty after سال is not a year.
        let ok = if n.words {
            (20..100).contains(&v) || (1000..=2200).contains(&v)
        } else {
            match n.digits {
                2 => true,
                4 => (1000..=2200).contains(&v),
                1 | 3 => loose && marker.is_some(),
                _ => false,
            }
        };
        if !ok {
            return None;
        }
        let year = Year {
            value: v as i32,
            short: v < 100,
            marker,
        };
        Some((year, last))
    }

    /// `سال` + year, with lists and ranges of years (`سال‌های ۹۴ تا ۹۹ و ۱۴۰۴`).
    fn sal_year(&self, i: usize) -> Option<(Year, Option<Year>, usize)> {
        self.sal_year_range(i).map(|(y, e, l, _)| (y, e, l))
    }

    /// [`sal_year`](Self::sal_year), and whether the years form a range (`تا`).
    fn sal_year_range(&self, i: usize) -> Option<(Year, Option<Year>, usize, bool)> {
        let (Unit::Year, plural) = self.unit(i)? else {
            return None;
        };
        if !self.adj(i) {
            return None;
        }
        let (y, mut last) = self
            .year(i + 1, true)
            .or_else(|| self.range_start_before_marker(i + 1))?;
        let mut end = None;
        let mut range = false;
        for _ in 0..MAX_LIST {
            let list = if plural {
                &["و", "تا", "،", "-"][..]
            } else {
                &["و", "تا", "-"][..]
            };
            if !self.sep(last, list) {
                break;
            }
            let mut j = last + 1;
            if self.is_unit(j, Unit::Year) && self.adj(j) {
                j += 1;
            }
            let Some((mut y2, l2)) = self.year(j, true) else {
                break;
            };
            // "سال ۱۳۹۱ - ۹۲": the second year abbreviated to its last two digits.
            if !y.short
                && y2.short
                && self.sep(last, &["-"])
                && (y.value % 100 - y2.value).abs() <= 1
            {
                y2.value += y.value - y.value % 100;
                y2.short = false;
            }
            // A second year must be written like the first (two or four digits).
            if y2.short != y.short {
                break;
            }
            range |= self.sep(last, &["تا"]);
            end = Some(y2);
            last = l2;
        }
        Some((y, end, last, range))
    }

    /// A year of one or three digits at `i` that opens a range whose end carries the era
    /// marker (`سال ۳۳۰ تا ۱۴۵۳ میلادی`): the marker dates both ends.
    fn range_start_before_marker(&self, i: usize) -> Option<(Year, usize)> {
        let n = self.number(i)?;
        let v = n.integer()?;
        if n.ordinal || n.open || n.words || !matches!(n.digits, 1 | 3) {
            return None;
        }
        if !self.sep(n.last, &["تا", "-", "–"]) {
            return None;
        }
        let (end, _) = self.year(n.last + 1, true)?;
        let marker = end.marker?;
        let year = Year {
            value: v as i32,
            short: false,
            marker: Some(marker),
        };
        Some((year, n.last))
    }

    /// A relative year after a month or season: `امسال`, `سال گذشته`, `سال جاری`.
    /// The era marker after it (`سال جاری میلادی`) gives its calendar.
    fn relative_year(&self, i: usize) -> Option<(i8, usize, Option<Calendar>)> {
        let (o, last) = if let Some((RelativeUnit::Year, o)) = self.deictic(i) {
            (o, i)
        } else if self.is_unit(i, Unit::Year) && self.adj(i) {
            (self.direction(i + 1)?, i + 1)
        } else {
            return None;
        };
        match self.marker(last + 1).filter(|_| self.adj(last)) {
            Some(c) => Some((o, last + 1, Some(c))),
            None => Some((o, last, None)),
        }
    }

    /// A calendar date: `[روز] [weekday[،]] [day [و|تا day]] month [ماه] [[،] [سال] year |
    /// relative year | direction]`, or a weekday alone, or a month and what follows it.
    fn calendar_date(&self, i: usize) -> Option<(DateSpec, usize)> {
        let mut spec = DateSpec::default();
        let mut j = i;
        let mut last: Option<usize> = None;
        // The last token of the weekday(s), to fall back on when no date follows.
        let mut weekday_last: Option<usize> = None;
        // روز / روزهای
        let day_prefix = self.is_unit(j, Unit::Day) && self.adj(j);
        if day_prefix {
            last = Some(j);
            j += 1;
        }
        // weekdays, possibly a list
        if let Some(w) = self.weekday(j) {
            spec.weekday = Some(w);
            let mut k = j;
            while k - j < MAX_LIST && self.sep(k, &["و"]) && self.weekday(k + 1).is_some() {
                k += 1;
            }
            last = Some(k);
            j = k + 1;
            weekday_last = Some(k);
            // "دوشنبه، ۲۹ شهریور": the comma is inside the date.
            let comma = self.sep(k, &["،", ","]) && self.day(k + 1).is_some();
            if !comma && !self.adj(k) {
                return Some((spec, k));
            }
        } else if day_prefix && self.day(j).is_none() {
            return None;
        }
        // days, possibly a list or range
        let mut end_day = None;
        // "یک تیر" is "a bullet": the indefinite یک does not date an ambiguous month name
        // (dates write the first day یکم or اول).
        let mut day_in_words = false;
        // Written in digits or as an ordinal, as dates write days (not "یک", "دو").
        let mut day_dated = false;
        if let Some((d, l)) = self.day(j) {
            day_in_words = self
                .number(j)
                .is_some_and(|n| n.words && !n.ordinal && n.value == 1.0);
            day_dated = self.number(j).is_some_and(|n| !n.words || n.ordinal);
            let mut k = l;
            let mut items = 1;
            while items < MAX_LIST && self.sep(k, &["و", "تا", "الی", "-"]) {
                items += 1;
                match self.day(k + 1) {
                    Some((d2, l2)) => {
                        spec.range |= self.sep(k, RANGE);
                        end_day = Some(d2);
                        k = l2;
                    }
                    None => break,
                }
            }
            // "۱۳ . آبان ۱۳۹۵": a dot after the day, as in dated bylines.
            let dotted = self.sep(k, &["."]) && self.month(k + 1).is_some();
            if !self.adj(k) && !dotted {
                return spec.weekday.map(|_| (spec.clone(), last.unwrap_or(i)));
            }
            match self.month(k + 1) {
                Some(_) => {
                    spec.day = Some(d);
                    j = k + 1;
                }
                None => return spec.weekday.map(|_| (spec.clone(), last.unwrap_or(i))),
            }
        } else if spec.weekday.is_some() && last.is_some() && j > i && !self.adj(j - 1) {
            return Some((spec, j - 1));
        }
        // "خیابان ۱۷ شهریور": a month right after a day number that did not make a date
        // with it (a name, vetoed) is no date on its own either.
        if j == i && i > 0 && self.adj(i - 1) && self.is_digits(i - 1) && self.day(i - 1).is_some()
        {
            return None;
        }
        // month(s)
        let Some((m, ml)) = (if last.is_none() || self.adj(j - 1) || spec.day.is_some() {
            self.month(j)
        } else {
            None
        }) else {
            return spec.weekday.map(|_| (spec, last.unwrap_or(i)));
        };
        let mut k = ml;
        let mut end_month = None;
        if spec.day.is_none() {
            // "فروردین و اردیبهشت امسال"
            let mut items = 1;
            while items < MAX_LIST && self.sep(k, &["و", "تا"]) {
                items += 1;
                match self.month(k + 1) {
                    Some((m2, l2)) if m2.cal == m.cal => {
                        spec.range |= self.sep(k, &["تا"]);
                        end_month = Some(m2.month);
                        k = l2;
                    }
                    _ => break,
                }
            }
        }
        spec.cal = Some(m.cal);
        spec.month = Some(m.month);
        if end_day.is_some() || end_month.is_some() {
            spec.end = Some(Box::new(DateSpec {
                cal: Some(m.cal),
                month: end_month.or(Some(m.month)),
                day: end_day,
                ..DateSpec::default()
            }));
        }
        let mut last = k;
        // year, relative year or direction
        let mut has_year = false;
        // "دوشنبه، ۲۹ شهریور، سال ۱۳۹۵": after a comma only "سال" + year continues.
        let comma = self.sep(last, &["،", ","]) && spec.day.is_some();
        let yj = (comma || self.adj(last)).then_some(last + 1);
        if let Some(yj) = yj {
            if let Some((y, end, l, range)) = self.sal_year_range(yj) {
                spec.year = Some(y);
                spec.range |= range;
                if let (Some(end), Some(e)) = (end, spec.end.as_mut()) {
                    e.year = Some(end);
                }
                has_year = true;
                last = l;
            } else if let Some((y, l)) = self.year(yj, false).filter(|_| self.adj(last)) {
                spec.year = Some(y);
                has_year = true;
                last = l;
            } else if let Some((o, l, _)) = self.relative_year(yj).filter(|_| self.adj(last)) {
                spec.relative = Some(Relative::new(RelativeUnit::Year, i32::from(o)));
                has_year = true;
                last = l;
            } else if let Some(d) = self.direction(yj).filter(|_| self.adj(last)) {
                spec.month_direction = Some(d);
                has_year = true;
                last = yj;
            } else if let Some(c) = self.marker(yj).filter(|_| self.adj(last)) {
                spec.cal = Some(c);
                last = yj;
            }
        }
        // Ambiguous month names need context.
        let preceded_by_part = i > 0 && self.adj(i - 1) && self.period_part(i - 1).is_some();
        let day_or_year = m.mah
            || (spec.day.is_some() && !(day_in_words && end_day.is_none()))
            || has_year
            || end_month.is_some()
            || preceded_by_part;
        let ok = match m.needs {
            MonthNeeds::Nothing => true,
            MonthNeeds::DayOrYear => day_or_year,
            // "در اوت", "تا مارس": the month the expression starts with, after در, از, تا.
            MonthNeeds::DayOrYearOrPreposition => {
                day_or_year
                    || (j == i
                        && (self.lex.time_prepositions.iter())
                            .any(|w| self.word_before(i, w).is_some()))
            }
            // "۷ بر صفر پیش": a direction is not enough for صفر or می.
            MonthNeeds::Year => m.mah || (has_year && spec.month_direction.is_none()),
            // "۲۸ صفر", "هشتم صفر" (but "۲۵ می شود", "یک صفر").
            MonthNeeds::YearOrDatedDay => {
                m.mah
                    || (has_year && spec.month_direction.is_none())
                    || (spec.day.is_some() && day_dated)
            }
        };
        // "خیابان ۱۵ خرداد", "قیام ۱۵ خرداد": a name, not a date (but "قیام ۱۵ خرداد ۱۳۴۲"
        // dates the uprising).
        if !has_year && i > 0 && self.adj(i - 1) && self.has(i - 1, |k| *k == Kind::VetoBefore) {
            return None;
        }
        // "ماه رمضان", "ماه محرم" alone name the religious season, an occasion ("اواخر ماه
        // رمضان" is a period of the month).
        let occasion =
            m.cal == Calendar::HijriLunar && spec.day.is_none() && !has_year && !preceded_by_part;
        // "مهر و آبان" without a year: two dates; the first is this one.
        if end_month.is_some() && !has_year && !spec.range && end_day.is_none() {
            spec.end = None;
            last = ml;
        }
        // "رجب طیب": a bare name followed by a veto word.
        let vetoed = spec.day.is_none()
            && !has_year
            && self.adj(last)
            && self.has(last + 1, |k| *k == Kind::VetoAfter);
        // "اول مهر هر سال": a date that comes back every year, like an occasion.
        let yearly = !has_year && self.lex.yearly.iter().any(|w| self.word_after(last, w));
        if yearly {
            return None;
        }
        if !ok || vetoed || occasion {
            // "دوشنبه ۲۳ مهر" with a vetoed month is still a Monday.
            let weekday = DateSpec {
                weekday: spec.weekday,
                ..DateSpec::default()
            };
            return weekday_last.map(|l| (weekday, l));
        }
        Some((spec, last))
    }

    /// A numeric date: `۱۴۰۲/۰۵/۱۲`, `1402-5-12`, `12/5/1402`, `1395 . 08 . 16`.
    fn numeric_date(&self, i: usize) -> Option<(DateSpec, usize)> {
        if !self.is_digits(i) {
            return None;
        }
        let seps: &[&str] = &["/", "-", ".", "٫", "\\"];
        let sep_of = |j: usize| {
            let g = self.gap(j)?;
            let g = g.trim_matches(' ');
            seps.contains(&g).then_some(g)
        };
        let s1 = sep_of(i)?;
        if !self.is_digits(i + 1) || sep_of(i + 1)? != s1 || !self.is_digits(i + 2) {
            return None;
        }
        // A fourth part means something else (a phone or version number).
        if sep_of(i + 2).is_some() && self.is_digits(i + 3) {
            return None;
        }
        let parts: Vec<&str> = (i..=i + 2).map(|j| self.tok_text(j)).collect();
        let v: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
        let (y, m, d, ylen) = if parts[0].len() == 4 || v[0] > 31 {
            (v[0], v[1], v[2], parts[0].len())
        } else if parts[2].len() == 4 || v[2] > 31 {
            if v[1] > 12 && v[0] <= 12 {
                (v[2], v[0], v[1], parts[2].len())
            } else {
                (v[2], v[1], v[0], parts[2].len())
            }
        } else {
            (v[0], v[1], v[2], parts[0].len())
        };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(ylen == 2 || ylen == 4) {
            return None;
        }
        if ylen == 4 && !(1200..=2200).contains(&y) {
            return None;
        }
        let spec = DateSpec {
            year: Some(Year {
                value: y as i32,
                short: ylen == 2,
                marker: None,
            }),
            month: Some(m as u8),
            day: Some(d as u8),
            ..DateSpec::default()
        };
        // "۱۱/۱۱/۱۳۷۰ هجری شمسی"
        if self.adj(i + 2)
            && let Some(c) = self.marker(i + 3)
        {
            let mut spec = spec;
            spec.cal = Some(c);
            return Some((spec, i + 3));
        }
        Some((spec, i + 2))
    }

    /// A year alone: `سال ۹۶`, `سال‌های ۱۳۸۶ و ۱۳۸۷`, `۲۰۱۶ میلادی`.
    fn year_date(&self, i: usize) -> Option<(DateSpec, usize)> {
        if let Some((y, end, last, range)) = self.sal_year_range(i) {
            let spec = DateSpec {
                year: Some(y),
                range,
                end: end.map(|e| {
                    Box::new(DateSpec {
                        year: Some(e),
                        ..DateSpec::default()
                    })
                }),
                ..DateSpec::default()
            };
            return Some((spec, last));
        }
        let (y, last) = self.year(i, false)?;
        y.marker?;
        Some((
            DateSpec {
                year: Some(y),
                ..DateSpec::default()
            },
            last,
        ))
    }

    /// A season with an optional year: `تابستان ۱۳۹۵`, `بهار امسال`, `زمستان سال گذشته`.
    fn season_date(&self, i: usize) -> Option<(DateSpec, usize)> {
        self.season_date_in(i, false)
    }

    /// A season; `bare` accepts it with no year (after a part: `اوایل زمستان`). A season
    /// alone, with `فصل` or not, is mostly the weather, a habit or a metaphor (`در فصل
    /// زمستان بیماری‌ها بیشتر است`), not a date.
    fn season_date_in(&self, i: usize, bare: bool) -> Option<(DateSpec, usize)> {
        // "فصل بهار امسال"
        if self.has(i, |k| *k == Kind::SeasonWord) && self.adj(i) {
            return self.season_date_in(i + 1, bare);
        }
        let season = |j: usize| {
            self.find(j, |k| match *k {
                Kind::Season(s) => Some(s),
                _ => None,
            })
        };
        let s = season(i)?;
        let mut spec = DateSpec {
            season: Some(s),
            cal: Some(Calendar::Jalali),
            ..DateSpec::default()
        };
        // "پاییز و زمستان امسال"
        let mut k = i;
        while k - i < MAX_LIST
            && self.sep(k, &["و"])
            && let Some(s2) = season(k + 1)
        {
            spec.end = Some(Box::new(DateSpec {
                season: Some(s2),
                ..DateSpec::default()
            }));
            k += 1;
        }
        if !self.adj(k) {
            return bare.then_some((spec, k));
        }
        if let Some((y, _, last)) = self.sal_year(k + 1) {
            spec.year = Some(y);
            return Some((spec, last));
        }
        if let Some((y, last)) = self.year(k + 1, false) {
            spec.year = Some(y);
            return Some((spec, last));
        }
        if let Some((o, last, _)) = self.relative_year(k + 1) {
            spec.relative = Some(Relative::new(RelativeUnit::Year, i32::from(o)));
            return Some((spec, last));
        }
        if let Some(d) = self.direction(k + 1) {
            spec.month_direction = Some(d);
            return Some((spec, k + 1));
        }
        bare.then_some((spec, k))
    }

    /// The first (or last) months of a year: `هفت ماه اول سال ۱۳۹۵`, `شش‌ماهه اول امسال`,
    /// `۶ ماهه دوم سال گذشته`, `۱۱ ماهه سال ۱۳۹۴`, `سه ماه پایانی سال گذشته`.
    fn months_of_year(&self, i: usize) -> Option<(DateSpec, usize)> {
        let n = self.number(i)?;
        let count = n.integer().filter(|c| (1..=11).contains(c))? as u8;
        if n.ordinal || n.multiplier || !self.adj(n.last) {
            return None;
        }
        let u = n.last + 1;
        let span_word = self.has(u, |k| *k == Kind::MonthSpan);
        if !span_word && self.unit(u) != Some((Unit::Month, false)) {
            return None;
        }
        let mut j = u;
        // "سه ماهه سوم": the third block of three months.
        let mut block = 1;
        // "سه ماه پایانی": the last months.
        let mut from_end = false;
        let edge = self.find(j + 1, |k| match *k {
            Kind::MonthsEdge { last } => Some(last),
            _ => None,
        });
        if self.adj(j)
            && let Some(o) = self
                .number(j + 1)
                .filter(|a| a.ordinal && a.last == j + 1)
                .and_then(|a| a.integer())
        {
            block = o as u8;
            j += 1;
        } else if let Some(last) = edge.filter(|_| self.adj(j)) {
            from_end = last;
            j += 1;
        } else if !span_word {
            return None;
        }
        if !self.adj(j) || block == 0 || u32::from(block) * u32::from(count) > 12 {
            return None;
        }
        let first = if from_end {
            12 - count + 1
        } else {
            (block - 1) * count + 1
        };
        let mut spec = DateSpec {
            cal: None,
            month: Some(first),
            end: Some(Box::new(DateSpec {
                month: Some(first + count - 1),
                ..DateSpec::default()
            })),
            ..DateSpec::default()
        };
        let last = if let Some((y, _, l)) = self.sal_year(j + 1) {
            spec.year = Some(y);
            l
        } else if let Some((y, l)) = self.year(j + 1, false).filter(|(y, _)| !y.short) {
            spec.year = Some(y);
            l
        } else if let Some((o, l, _)) = self.relative_year(j + 1) {
            spec.relative = Some(Relative::new(RelativeUnit::Year, i32::from(o)));
            l
        } else if self.unit(j + 1) == Some((Unit::Year, false)) {
            // "هفت ماه نخست سال": of the current year.
            spec.relative = Some(Relative::new(RelativeUnit::Year, 0));
            j + 1
        } else {
            return None;
        };
        Some((spec, last))
    }

    /// A ten-day period or a week of a month: `دهه اول محرم`, `دهه آخر ماه رمضان`,
    /// `هفته آخر آبان ماه`.
    fn part_of_month(&self, i: usize) -> Option<(DateSpec, usize)> {
        let (unit, false) = self.unit(i)? else {
            return None;
        };
        if !matches!(unit, Unit::Decade | Unit::Week) || !self.adj(i) {
            return None;
        }
        let j = i + 1;
        let part = match self.number(j).filter(|n| n.ordinal && n.last == j) {
            Some(n) if n.value == 1.0 => PeriodPart::Early,
            Some(n) if n.value == 2.0 && unit == Unit::Decade => PeriodPart::Mid,
            Some(n) if n.value == 3.0 && unit == Unit::Decade => PeriodPart::Late,
            Some(n) if (2.0..=3.0).contains(&n.value) => PeriodPart::Mid,
            Some(n) if n.value == 4.0 && unit == Unit::Week => PeriodPart::Late,
            Some(_) => return None,
            None => match self.period_part(j)? {
                PeriodPart::End => PeriodPart::Late,
                PeriodPart::Start => PeriodPart::Early,
                _ => return None,
            },
        };
        if !self.adj(j) {
            return None;
        }
        let (mut spec, last) = self.calendar_date(j + 1)?;
        if spec.month.is_none() || spec.day.is_some() {
            return None;
        }
        spec.part = Some(part);
        Some((spec, last))
    }

    /// A decade or a century: `دهه ۷۰`, `دهه هفتاد`, `دهه ۱۹۹۰ میلادی`, `قرن بیست و یکم`.
    fn era_date(&self, i: usize) -> Option<(DateSpec, usize)> {
        let (unit, _) = self.unit(i)?;
        if !matches!(unit, Unit::Decade | Unit::Century) || !self.adj(i) {
            return None;
        }
        let n = self.number(i + 1)?;
        let v = n.integer()?;
        if n.multiplier || n.open {
            return None;
        }
        let mut last = n.last;
        let marker = if self.adj(last) {
            self.marker(last + 1)
        } else {
            None
        };
        if marker.is_some() {
            last += 1;
        }
        let mut spec = DateSpec {
            cal: marker,
            ..DateSpec::default()
        };
        if unit == Unit::Decade {
            let ok = if n.words {
                v % 10 == 0 && (10..100).contains(&v)
            } else {
                v % 10 == 0 && matches!(n.digits, 2 | 4)
            };
            if !ok {
                return None;
            }
            spec.decade = Some(Year {
                value: v as i32,
                short: v < 100,
                marker,
            });
            // "دهه‌های ۶۰ و ۷۰"
            if self.sep(last, &["و", "تا"])
                && let Some(n2) = self.number(last + 1)
                && let Some(v2) = n2.integer()
                && v2 % 10 == 0
                && (v2 < 100) == (v < 100)
                && !n2.multiplier
            {
                spec.end = Some(Box::new(DateSpec {
                    decade: Some(Year {
                        value: v2 as i32,
                        short: v2 < 100,
                        marker,
                    }),
                    ..DateSpec::default()
                }));
                last = n2.last;
            }
        } else {
            if !(1..=30).contains(&v) || n.digits > 2 {
                return None;
            }
            spec.century = Some(v as i32);
        }
        Some((spec, last))
    }

    /// A relative expression: `امروز [سه‌شنبه]`, `سال گذشته`, `این هفته`, `سه روز پیش`,
    /// `جمعه گذشته`, `دوشنبه هفته آینده`.
    fn relative_date(&self, i: usize) -> Option<(DateSpec, usize)> {
        // امروز, دیروز, امسال … optionally followed by a weekday ("امروز سه‌شنبه").
        if let Some((unit, offset)) = self.deictic(i) {
            let mut spec = DateSpec {
                relative: Some(Relative::new(unit, i32::from(offset))),
                ..DateSpec::default()
            };
            let mut last = i;
            if unit == RelativeUnit::Day && self.adj(i) {
                if let Some((date, l)) = self.calendar_date(i + 1) {
                    // "امروز دوشنبه ۱۹ مهر", "امروز ۲۰ تیرماه"
                    spec = DateSpec {
                        relative: spec.relative,
                        ..date
                    };
                    last = l;
                } else if let Some(w) = self.weekday(i + 1) {
                    spec.weekday = Some(w);
                    last = i + 1;
                }
            }
            // "گفت : امروز …", "که امروز …", "امروز ما …": a bare امروز that opens a
            // quotation, a clause or a generic statement means "nowadays".
            let after_time = i > 0
                && self.adj(i - 1)
                && (self.is_digits(i - 1) || self.has(i - 1, |k| matches!(k, Kind::DayPart(_))));
            if last == i
                && unit == RelativeUnit::Day
                && offset == 0
                && !after_time
                && self.generic_today(i)
            {
                return None;
            }
            return Some((spec, last));
        }
        // این هفته, همین هفته ("این روز", "این سال" point back into the text instead).
        if self.has(i, |k| *k == Kind::This)
            && self.adj(i)
            && let Some((Unit::Week, false)) = self.unit(i + 1)
            && let Some(ru) = Unit::Week.relative()
        {
            let spec = DateSpec {
                relative: Some(Relative::new(ru, 0)),
                ..DateSpec::default()
            };
            return Some((spec, i + 1));
        }
        // [n] unit direction: سال گذشته, سه روز پیش, ۲۴ ساعت گذشته, سال‌های اخیر, and the
        // count glued to the unit: یکسال گذشته.
        let joined = self.find(i, |k| match *k {
            Kind::CountedUnit { count, unit } => Some((count, unit)),
            _ => None,
        });
        let (count, unit_at) = match self.number(i).filter(|_| joined.is_none()) {
            Some(n) if !n.ordinal && !n.open => {
                // "دو تا سه سال اخیر": a range of counts.
                let n = match self.number(n.last + 1) {
                    Some(m) if self.sep(n.last, &["تا"]) && !m.ordinal && !m.open => m,
                    _ => n,
                };
                if !self.adj(n.last) {
                    return None;
                }
                (Some(n.value), n.last + 1)
            }
            _ => (joined.map(|(c, _)| c), i),
        };
        // "سه ماهه گذشته": ماهه counts months too.
        let unit = joined
            .map(|(_, u)| (u, false))
            .or_else(|| self.unit(unit_at))
            .or_else(|| {
                (count.is_some() && self.has(unit_at, |k| *k == Kind::MonthSpan))
                    .then_some((Unit::Month, false))
            });
        // "یک سال و نیم اخیر"
        let half = self.sep(unit_at, &["و"])
            && self.has(unit_at + 1, |k| *k == Kind::Num(0.5))
            && count.is_some();
        let dir_at = if half { unit_at + 2 } else { unit_at + 1 };
        if let Some((unit, plural)) = unit
            // "۷ دقیقه بعد", "۱۰ دقیقه دیگر": minutes count a duration or a story's time.
            && unit != Unit::Minute
            && let Some(ru) = unit.relative()
            && self.adj(dir_at - 1)
            && let Some(d) = self.direction(dir_at)
        {
            let last = dir_at;
            let tok = self.tok_text(last);
            let recent = tok == "اخیر";
            let rel = match (count, d) {
                (Some(c), _) if c.fract() == 0.0 && c > 0.0 && c < 10_000.0 => {
                    let c = c as i32;
                    Relative::new(ru, if d < 0 { -c } else { c })
                }
                (Some(_), _) => Relative::new(ru, i32::from(d.signum())),
                (None, 0) => Relative::new(ru, 0),
                (None, d) => Relative::new(ru, i32::from(d)),
            };
            // "به مدت پنج سال دیگر", "برای چهار سال آینده": a duration; "۱۷۰۰ سال قبل":
            // history, not news.
            let duration = count.is_some()
                && self
                    .lex
                    .duration_cues
                    .iter()
                    .any(|w| self.word_before(i, w).is_some());
            // A count that was turned down leaves nothing behind ("سال دیگر" of "پنج سال
            // دیگر").
            let counted_before = count.is_none()
                && i > 0
                && self.adj(i - 1)
                && self
                    .number(i - 1)
                    .is_some_and(|n| n.last == i - 1 && !n.ordinal);
            // "دو سه روز گذشته", "یکی دو ماه گذشته": an approximate count.
            // (یکی is no token of the vocabulary: it is read in the text.)
            let approximate = count.is_some()
                && ((i > 0
                    && self.adj(i - 1)
                    && self.number(i - 1).is_some_and(|n| n.last == i - 1))
                    || self.word_before(i, "یکی").is_some());
            if duration || counted_before || approximate || count.is_some_and(|c| c >= 1000.0) {
                return None;
            }
            // "سال‌های اخیر", "روزهای گذشته", "چند روز پیش": vague, and not entities.
            if plural
                || (recent && count.is_none())
                || self.word_before(i, "چند").is_some()
                || self.word_before(i, "چندین").is_some()
            {
                return None;
            }
            // "روز بعد", "روز دیگر" without a number are narrative, not relative to now;
            // so are "سه روز بعد" and "سال بعد".
            if (count.is_none() && d > 0 && unit == Unit::Day && tok != "آینده")
                || self.has(last, |k| *k == Kind::Narrative)
            {
                return None;
            }
            // "یک سال قبل از شروع جنگ", "یک روز بعد از انتخابات": relative to an event.
            if matches!(tok, "قبل" | "بعد" | "پیش") && self.word_after(last, "از") {
                return None;
            }
            let mut spec = DateSpec {
                relative: Some(rel),
                ..DateSpec::default()
            };
            let mut last = last;
            // "روز گذشته جمعه پنجم آذرماه"
            if ru == RelativeUnit::Day
                && self.adj(last)
                && let Some((date, l)) = self.calendar_date(last + 1)
                && (date.day.is_some() || date.weekday.is_some())
            {
                spec = DateSpec {
                    relative: spec.relative,
                    ..date
                };
                last = l;
            }
            // "سال گذشته میلادی", "ماه جاری میلادی"
            if matches!(ru, RelativeUnit::Year | RelativeUnit::Month)
                && self.adj(last)
                && let Some(c) = self.marker(last + 1)
            {
                spec.cal = Some(c);
                last += 1;
            }
            return Some((spec, last));
        }
        // weekday + relative week: جمعه گذشته, دوشنبه این هفته, [روز] سه‌شنبه هفته آینده
        let wi = if self.unit(i) == Some((Unit::Day, false)) && self.adj(i) {
            i + 1
        } else {
            i
        };
        if let Some(w) = self.weekday(wi) {
            let mut j = wi;
            if self.adj(j) {
                if let Some(d) = self.direction(j + 1).filter(|d| *d != 0) {
                    let spec = DateSpec {
                        weekday: Some(w),
                        relative: Some(Relative::new(RelativeUnit::Week, i32::from(d))),
                        ..DateSpec::default()
                    };
                    return Some((spec, j + 1));
                }
                if let Some((offset, l)) = self.relative_week(j + 1) {
                    j = l;
                    let spec = DateSpec {
                        weekday: Some(w),
                        relative: Some(Relative::new(RelativeUnit::Week, offset)),
                        ..DateSpec::default()
                    };
                    return Some((spec, j));
                }
            }
        }
        None
    }

    /// Whether a bare `امروز` at `i` means "nowadays" rather than the day of writing: a
    /// neighbour from `generic_today.txt` says so (`که امروز`, `دنیای امروز`, `امروز ما`),
    /// or it stands in quoted speech (a `:` earlier in its sentence) in a clause that does
    /// not report a past event. A weekday or date in an aside right after it (`امروز (
    /// سه‌شنبه )`) makes it the day of writing whatever the context.
    fn generic_today(&self, i: usize) -> bool {
        let aside = self.sep(i, &["(", "-", "–", "،", ","])
            && (self.weekday(i + 1).is_some() || self.day(i + 1).is_some());
        // "امروز ساعت ۱۷", "امروز صبح": a time of the day.
        let timed =
            self.adj(i) && (self.is_unit(i + 1, Unit::Hour) || self.day_part(i + 1).is_some());
        if aside || timed {
            return false;
        }
        let lex = self.lex;
        let before = |words: &[String]| words.iter().any(|w| self.word_before(i, w).is_some());
        let listed = before(&lex.generic_today_before)
            || lex
                .generic_today_after
                .iter()
                .any(|w| self.word_after(i, w));
        listed
            || ((self.in_quotation(i) || before(&lex.generic_today_contrast))
                && !self.reports_past(i))
    }

    /// Whether a `:` comes before token `i` in its sentence (reported speech in news:
    /// `وی گفت : …`).
    fn in_quotation(&self, i: usize) -> bool {
        let Some(before) = self.text.get(..self.start(i)) else {
            return false;
        };
        for (at, c) in before.char_indices().rev().take(SENTENCE_LOOKBACK) {
            match c {
                ':' => return true,
                '!' | '?' | '؟' | '\n' => return false,
                '.' if !between_digits(before, at) => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether the clause after token `i` ends in a past-tense verb (`… برگزار شد`), among
    /// its last two words.
    fn reports_past(&self, i: usize) -> bool {
        let Some(after) = self.toks.get(i).and_then(|t| self.text.get(t.end..)) else {
            return false;
        };
        let clause = after
            .char_indices()
            .take(SENTENCE_LOOKBACK)
            .find(|&(at, c)| {
                matches!(
                    c,
                    '،' | '؛' | ':' | '!' | '?' | '؟' | '/' | '«' | '»' | '\n'
                ) || (c == '.' && !between_digits(after, at))
            })
            .map_or(after, |(at, _)| &after[..at]);
        clause
            .split_whitespace()
            .any(|w| self.lex.past_verbs.contains(w))
    }

    /// A week relative to now after a weekday: `هفته آینده`, `این هفته`, `همین هفته`.
    fn relative_week(&self, i: usize) -> Option<(i32, usize)> {
        if self.has(i, |k| *k == Kind::This) && self.adj(i) && self.is_unit(i + 1, Unit::Week) {
            return Some((0, i + 1));
        }
        if self.unit(i) == Some((Unit::Week, false)) && self.adj(i) {
            let d = self.direction(i + 1)?;
            return Some((i32::from(d), i + 1));
        }
        None
    }

    /// A part of a period and the period: `اوایل آبان ماه`, `پایان سال`, `ابتدای ماه جاری`,
    /// `نیمه دوم سال ۹۲`.
    fn part_date(&self, i: usize) -> Option<(DateSpec, usize)> {
        let part = self.period_part(i)?;
        if !self.adj(i) {
            return None;
        }
        let j = i + 1;
        let inner = self
            .calendar_date(j)
            .filter(|(s, _)| s.month.is_some())
            .or_else(|| self.year_date(j))
            .or_else(|| self.season_date_in(j, true))
            .or_else(|| self.relative_date(j).filter(|(s, _)| s.weekday.is_none()))
            .or_else(|| self.era_date(j));
        if let Some((mut spec, last)) = inner {
            spec.part = Some(part);
            return Some((spec, last));
        }
        // A bare unit: پایان سال, ابتدای ماه ("پایان هفته سلامت" names an occasion).
        if let Some((unit, false)) = self.unit(j)
            && matches!(unit, Unit::Year | Unit::Month)
            && !(self.adj(j) && (self.is_digits(j + 1) || self.number(j + 1).is_some()))
        {
            let ru = unit.relative()?;
            let spec = DateSpec {
                part: Some(part),
                relative: Some(Relative::new(ru, 0)),
                ..DateSpec::default()
            };
            return Some((spec, j));
        }
        None
    }

    /// Any single date starting at `i`: the longest of the date forms.
    fn date(&self, i: usize) -> Option<(DateSpec, usize)> {
        let candidates = [
            self.part_date(i),
            self.numeric_date(i),
            self.calendar_date(i),
            self.year_date(i),
            self.season_date(i),
            self.era_date(i),
            self.relative_date(i),
            self.months_of_year(i),
            self.part_of_month(i),
        ];
        candidates
            .into_iter()
            .flatten()
            .fold(None, |best, c| match best {
                Some((_, l)) if l >= c.1 => best,
                _ => Some(c),
            })
    }

    // ---- times ----------------------------------------------------------------------------

    /// Hours in digits or words, 0–24.
    /// Hours in digits or words, 0–24, and the half hour of `۹ و نیم`.
    fn hour(&self, i: usize) -> Option<(u8, Option<u8>, usize)> {
        let n = self.number(i)?;
        let half = n.words && n.value.fract() == 0.5;
        let h = if half {
            n.value.trunc() as u32
        } else {
            n.integer()?
        };
        let ok = !n.multiplier && !n.ordinal && h <= 24 && (n.words || (1..=2).contains(&n.digits));
        ok.then(|| (h as u8, half.then_some(30), n.last))
    }

    /// `:MM[:SS]` after token `i`.
    fn minutes(&self, i: usize) -> Option<(u8, Option<u8>, usize)> {
        if !self.sep(i, &[":"]) || !self.is_digits(i + 1) {
            return None;
        }
        let mm = self.tok_text(i + 1);
        let m: u8 = mm.parse().ok()?;
        if mm.len() != 2 || m >= 60 {
            return None;
        }
        if self.sep(i + 1, &[":"]) && self.is_digits(i + 2) {
            let ss = self.tok_text(i + 2);
            let s: u8 = ss.parse().ok()?;
            if ss.len() == 2 && s < 60 {
                return Some((m, Some(s), i + 2));
            }
        }
        Some((m, None, i + 1))
    }

    /// What may follow a clock time: AM/PM, a day part, a time zone.
    fn clock_tail(&self, mut clock: Clock, mut last: usize) -> (Clock, usize) {
        if self.adj(last) {
            if self.has(last + 1, |k| *k == Kind::Am) {
                clock.pm = Some(false);
                last += 1;
            } else if self.has(last + 1, |k| *k == Kind::Pm) {
                clock.pm = Some(true);
                last += 1;
            } else if let Some(p) = self.day_part(last + 1) {
                clock.day_part = Some(p);
                last += 1;
            }
        }
        if self.adj(last) && self.has(last + 1, |k| *k == Kind::Zone) {
            clock.zone = true;
            last += 1;
        }
        (clock, last)
    }

    /// A time zone in parentheses right after token `l` (`( به وقت تهران )`): the zone's
    /// token and the end of the closing parenthesis.
    fn zone_in_parens(&self, l: usize) -> Option<(usize, usize)> {
        if !self.sep(l, &["("]) || !self.has(l + 1, |k| *k == Kind::Zone) {
            return None;
        }
        let zone = self.toks.get(l + 1)?;
        let rest = self.text.get(zone.end..)?;
        let after_space = rest.strip_prefix(' ').unwrap_or(rest);
        after_space
            .starts_with(')')
            .then(|| (l + 1, zone.end + (rest.len() - after_space.len()) + 1))
    }

    /// A clock time: `ساعت ۱۰ [صبح]`, `ساعت ۱۴:۳۰`, `ساعت ۸ و ۳۰ دقیقه`, `ساعت ۹ و نیم`,
    /// `۱۴:۳۰`. With `bare`, also an hour with a day part and no `ساعت` (`۹ صبح`).
    fn clock(&self, i: usize, bare: bool) -> Option<(Clock, usize)> {
        let mut clock = Clock::default();
        let with_sa = self.unit(i) == Some((Unit::Hour, false)) && self.adj(i);
        let mut colon = false;
        let hj = if with_sa { i + 1 } else { i };
        // "یک ربع به هفت": a quarter to seven.
        if self.has(hj, |k| *k == Kind::QuarterTo)
            && self.adj(hj)
            && let Some((h, None, l)) = self.hour(hj + 1)
        {
            clock.hour = Some(if h == 0 { 23 } else { h - 1 });
            clock.minute = Some(45);
            let (clock, last) = self.clock_tail(clock, l);
            return Some((clock, last));
        }
        // "۷:۰۴:۳۸" turned down at ۷ does not restart at ۰۴.
        if hj > 0 && self.is_digits(hj - 1) && self.sep(hj - 1, &[":"]) {
            return None;
        }
        let (h, half, hl) = self.hour(hj)?;
        clock.hour = Some(h);
        clock.minute = half;
        let mut last = hl;
        if self.is_digits(hl) && hl == hj {
            if let Some((m, s, l)) = self.minutes(hl) {
                clock.minute = Some(m);
                clock.second = s;
                last = l;
                colon = true;
            }
        }
        // A bare "mm:ss" is a duration or a stopwatch, not a time of day: a race time (`با
        // زمان ۶:۵۳.۴۹ دقیقه`), or the minute of a match in a live report (`۱۴:۳۰- ارسال
        // …`) when the same text has stamps past the 24th hour (`۸۲:۱۰-`).
        if colon && !with_sa && (self.is_duration(hj, last) || self.game_clock()) {
            return None;
        }
        if clock.minute.is_none() && with_sa && self.sep(last, &["و"]) {
            // ساعت ۸ و ۳۰ دقیقه, ساعت ۹ و ۳۰
            if self.has(last + 1, |k| *k == Kind::Num(0.25)) {
                // "ساعت ۹ و ربع"
                clock.minute = Some(15);
                last += 1;
            } else if let Some(n) = self.number(last + 1)
                && let Some(m) = n.integer().filter(|m| *m < 60)
            {
                if self.adj(n.last) && self.is_unit(n.last + 1, Unit::Minute) {
                    clock.minute = Some(m as u8);
                    last = n.last + 1;
                } else if n.digits == 2 && m >= 10 {
                    clock.minute = Some(m as u8);
                    last = n.last;
                }
            }
        } else if colon && self.adj(last) && self.is_unit(last + 1, Unit::Minute) {
            // "ساعت ۱۴ : ۱۵ دقیقه"
            last += 1;
        }
        // "ساعت ۱۱ ، ۱۵ ، ۱۷ ، ۲۱ و ۲۳": a list of hours, one TIME.
        if with_sa && clock.minute.is_none() {
            let first_hour = last;
            while last - first_hour < 2 * MAX_LIST
                && self.sep(last, &["،", ",", "و"])
                && let Some((_, None, l)) = self.hour(last + 1)
                && self.is_digits(last + 1)
            {
                last = l;
            }
        }
        let (clock, last) = self.clock_tail(clock, last);
        let ok = with_sa || colon || (bare && clock.day_part.is_some());
        ok.then_some((clock, last))
    }

    /// Whether the colon time from token `first` to `last` measures a duration: written
    /// after `زمان` ("a time of"), with decimals (`۶:۵۳.۴۹`) or followed by minutes or
    /// seconds.
    fn is_duration(&self, first: usize, last: usize) -> bool {
        self.word_before(first, "زمان").is_some()
            || (self.gap(last) == Some(".") && self.is_digits(last + 1))
            || (self.adj(last)
                && (self.is_unit(last + 1, Unit::Minute) || self.is_unit(last + 1, Unit::Second)))
    }

    /// Whether the text has a stopwatch stamp `mm:ss` past the 24th minute that no `ساعت`
    /// precedes (`۸۲:۱۰`): a match's minutes, read once per text.
    fn game_clock(&self) -> bool {
        if let Some(known) = self.game_clock.get() {
            return known;
        }
        let found = (0..self.toks.len()).any(|i| {
            self.is_digits(i)
                && self.tok_text(i).parse::<u32>().is_ok_and(|m| (25..=130).contains(&m))
                && !(i > 0 && self.adj(i - 1) && self.is_unit(i - 1, Unit::Hour))
                // (not the minutes of "۹:۳۳:۰۶")
                && !(i > 0 && self.is_digits(i - 1) && self.sep(i - 1, &[":"]))
                && self.minutes(i).is_some_and(|(_, s, _)| s.is_none())
        });
        self.game_clock.set(Some(found));
        found
    }

    /// A date, a time or a range of either at `i` (dates and times share their parts).
    fn temporal(&self, i: usize) -> Option<Hit<Expr>> {
        // Ranges: [از] A تا B.
        let from = self.az_before(i);
        let mut first = match self.simple_temporal(i) {
            Some(first) => first,
            // "از ۹ صبح تا ۱۲ شب": an hour with a day part starts a range.
            None => {
                from?;
                let (clock, last) = self.clock(i, true)?;
                if !self.sep(last, RANGE) {
                    return None;
                }
                Hit {
                    value: Expr::Time(TimeSpec {
                        date: None,
                        clock,
                        end: None,
                    }),
                    last,
                    start: self.start(i),
                    end: None,
                }
            }
        };
        if self.sep(first.last, RANGE) {
            let j = first.last + 1;
            if let Some(second) = self.simple_temporal(j) {
                if let Some(merged) = merge_range(&first.value, &second.value) {
                    return Some(Hit {
                        value: merged,
                        last: second.last,
                        start: from.unwrap_or(first.start),
                        end: None,
                    });
                }
            }
            // "سال ۹۲ تا ۹۴", "2012 تا 2014": a bare year ends a range of years.
            if let Expr::Date(spec) = &first.value
                && let Some(y) = spec.year
                && spec.month.is_none()
                && spec.relative.is_none()
                && let Some((y2, l2)) = self.year(j, false)
                && y2.short == y.short
            {
                let mut spec = spec.clone();
                spec.end = Some(Box::new(DateSpec {
                    year: Some(y2),
                    ..DateSpec::default()
                }));
                return Some(Hit {
                    value: Expr::Date(spec),
                    last: l2,
                    start: from.unwrap_or(first.start),
                    end: None,
                });
            }
            // "از ساعت ۱۷ تا ۱۹": a bare hour ends a range of clock times.
            if let Expr::Time(t) = &first.value
                && t.clock.hour.is_some()
                && let Some((c2, l2)) = self.clock(j, true).or_else(|| {
                    self.hour(j).map(|(h, _, l)| {
                        (
                            Clock {
                                hour: Some(h),
                                ..Clock::default()
                            },
                            l,
                        )
                    })
                })
            {
                let mut t = t.clone();
                t.end = Some(c2);
                return Some(Hit {
                    value: Expr::Time(t),
                    last: l2,
                    start: from.unwrap_or(first.start),
                    end: None,
                });
            }
        }
        if let Some(from) = from
            && let Expr::Date(spec) = &first.value
            && spec.range
        {
            first.start = from;
        }
        // [از] A تاکنون
        if let Some(from) = from
            && self.adj(first.last)
            && self.has(first.last + 1, |k| *k == Kind::Now)
            && let Expr::Date(spec) = &mut first.value
        {
            spec.until_now = true;
            first.last += 1;
            first.start = from;
        }
        Some(first)
    }

    /// A date or time without ranges: `[clock] [day part [روز]] [date] [day part] [[،] clock]`.
    fn simple_temporal(&self, i: usize) -> Option<Hit<Expr>> {
        let mut j = i;
        let mut last: Option<usize> = None;
        let mut clock: Option<Clock> = None;
        // "۲ ساعت ۲۰ دقیقه" is a duration, not a clock time.
        let duration = i > 0
            && self.adj(i - 1)
            && self
                .number(i - 1)
                .is_some_and(|n| n.last == i - 1 && n.value < 100.0);
        if let Some((c, l)) = self.clock(j, false).filter(|_| !duration) {
            clock = Some(c);
            last = Some(l);
            j = l + 1;
        }
        // "ساعت ۲۱:۴۰ ( به وقت تهران ) روز پنجشنبه": the time zone in parentheses belongs
        // to the clock, and the date may follow the closing one.
        let mut paren_end = None;
        if let (Some(c), Some(l)) = (clock.as_mut(), last)
            && !c.zone
            && let Some((z, end)) = self.zone_in_parens(l)
        {
            c.zone = true;
            last = Some(z);
            j = z + 1;
            paren_end = Some(end);
        }
        let joined = |l: usize| self.adj(l) || (paren_end.is_some() && self.sep(l, &[")"]));
        let mut day_part = None;
        let part_ok = last.is_none_or(joined);
        if part_ok
            && clock.is_none_or(|c| c.day_part.is_none())
            && let Some(p) = self.day_part(j)
            && self.adj(j)
        {
            day_part = Some((p, j));
        }
        // A bare stamp ("۹:۴۱:۵۰ AM", no ساعت, no day part) before a calendar date, as in a
        // dateline, is a TIME of its own, as after one ("۲۰:۱۲ امشب" is one TIME).
        let stamp = self.is_digits(i) && clock.is_some_and(|c| c.day_part.is_none());
        let date_at = match day_part {
            // "صبح روز یکشنبه": روز belongs to the date form.
            Some((_, pj)) => Some(pj + 1),
            None if last.is_none_or(joined) => Some(j),
            // "ساعت ۵ : ۱۱ ب . ظ ، دوشنبه ، ۲۹ شهریور": a dateline.
            None if last.is_some_and(|l| self.sep(l, &["،", ","])) => Some(j),
            None => None,
        };
        let mut date = date_at.and_then(|k| self.date(k)).filter(|(d, _)| {
            !(stamp && day_part.is_none() && (d.day.is_some() || d.year.is_some()))
        });
        // "شب گذشته": a day part with a direction is a night (or morning …) relative to today;
        // "شب قبل", "شب پیش" are "the night before" something in the story.
        if date.is_none()
            && let Some((p, pj)) = day_part
            && let Some(d) = self.direction(pj + 1).filter(|d| *d < 0)
            && self.tok_text(pj + 1) == "گذشته"
        {
            let unit = if p == DayPart::Night {
                RelativeUnit::Night
            } else {
                RelativeUnit::Day
            };
            date = Some((
                DateSpec {
                    relative: Some(Relative::new(unit, i32::from(d))),
                    ..DateSpec::default()
                },
                pj + 1,
            ));
        }
        let mut day_part = match (day_part, &date) {
            (Some((p, _)), Some(_)) => Some(p),
            _ => None,
        };
        let (mut spec, mut last) = match date {
            Some((s, l)) => (Some(s), l),
            None => {
                let c = clock?;
                let l = last?;
                return Some(Hit {
                    value: Expr::Time(TimeSpec {
                        date: None,
                        clock: c,
                        end: None,
                    }),
                    last: l,
                    start: self.start(i),
                    end: paren_end,
                });
            }
        };
        // "امروز صبح", "چهارشنبه شب"
        if day_part.is_none()
            && clock.is_none_or(|c| c.day_part.is_none())
            && self.adj(last)
            && let Some(p) = self.day_part(last + 1)
            && spec.as_ref().is_some_and(|s| {
                s.weekday.is_some()
                    || s.relative.is_some_and(|r| r.unit == RelativeUnit::Day)
                    || s.day.is_some()
            })
        {
            day_part = Some(p);
            last += 1;
            // "جمعه شب گذشته"
            if self.adj(last)
                && let Some(d) = self.direction(last + 1).filter(|d| *d != 0)
                && let Some(s) = spec.as_mut()
                && s.relative.is_none()
                && s.weekday.is_some()
            {
                s.relative = Some(Relative::new(RelativeUnit::Week, i32::from(d)));
                last += 1;
            }
        }
        // A trailing clock with ساعت: "پنجشنبه ۲۷ خرداد ماه ساعت ۲۲:۰۰", "امروز ساعت ۱۷". (A
        // bare stamp after a date, as in a dateline "۲۳ آبان ۱۳۹۵ ۰۹:۲۶", is a TIME of its
        // own: PEYMA tags 17 of 19 so.)
        if clock.is_none()
            && (self.adj(last) || self.sep(last, &["،", ","]))
            && self.unit(last + 1) == Some((Unit::Hour, false))
            && let Some((c, l)) = self.clock(last + 1, false)
        {
            clock = Some(c);
            last = l;
        }
        // "۷:۳۰ صبح چهارشنبه به وقت تهران": the time zone of a clock, after the day (but "صبح
        // امروز به وقت محلی": PEYMA leaves it out of a day part).
        if let Some(c) = clock.as_mut()
            && self.adj(last)
            && self.has(last + 1, |k| *k == Kind::Zone)
        {
            c.zone = true;
            last += 1;
        }
        // امشب, "۲۴ ساعت گذشته": shorter than a day.
        let night = spec.as_ref().and_then(|s| s.relative).is_some_and(|r| {
            matches!(
                r.unit,
                RelativeUnit::Night | RelativeUnit::Hour | RelativeUnit::Minute
            )
        });
        let value = if clock.is_some() || day_part.is_some() || night {
            let mut c = clock.unwrap_or_default();
            if c.day_part.is_none() {
                c.day_part = day_part;
            }
            Expr::Time(TimeSpec {
                date: spec.take(),
                clock: c,
                end: None,
            })
        } else {
            Expr::Date(spec.take()?)
        };
        Some(Hit {
            value,
            last,
            start: self.start(i),
            end: None,
        })
    }

    // ---- bare years ---------------------------------------------------------------------

    /// A number that is a year because of the noun before it: `انتخابات ۹۶`, `بودجه ۱۳۹۵`.
    fn headed_year(&self, i: usize) -> Option<Hit<Expr>> {
        if !(i > 0 && self.adj(i - 1) && self.has(i - 1, |k| *k == Kind::YearHead)) {
            return None;
        }
        let (y, mut last) = self.year(i, false)?;
        if !self.is_digits(i) || self.followed_by_quantity(last) {
            return None;
        }
        let mut spec = DateSpec {
            year: Some(y),
            ..DateSpec::default()
        };
        // "سال تحصیلی ۹۵ - ۹۶": a school or fiscal year across two years.
        if self.sep(last, &["-", "تا"])
            && let Some((y2, l2)) = self.year(last + 1, false)
            && y2.short == y.short
            && (y2.value - y.value).abs() == 1
        {
            spec.end = Some(Box::new(DateSpec {
                year: Some(y2),
                ..DateSpec::default()
            }));
            last = l2;
        }
        Some(Hit {
            value: Expr::Date(spec),
            last,
            start: self.start(i),
            end: None,
        })
    }

    /// Whether the token after `last` makes the number before it a quantity (a unit, a
    /// currency, a multiplier, a percent sign).
    fn followed_by_quantity(&self, last: usize) -> bool {
        self.adj(last)
            && self.has(last + 1, |k| {
                // A clock after a date ("۱۳۹۵ ساعت ۱۰") does not count.
                matches!(k, Kind::Unit { unit, .. } if *unit != Unit::Hour)
                    || matches!(
                        k,
                        Kind::Currency { .. } | Kind::Multiplier { .. } | Kind::PercentSign
                    )
            })
    }

    /// A four-digit number in the years news writes about (1300–1430 SH, 1900–2040 CE) that
    /// is not a round hundred and not part of a code or a quantity: `المپیک 2016`.
    fn bare_year(&self, i: usize) -> Option<Hit<Expr>> {
        if !self.is_digits(i) || self.tok_text(i).len() != 4 {
            return None;
        }
        let v: u32 = self.tok_text(i).parse().ok()?;
        if !((1300..=1430).contains(&v) || (1900..=2040).contains(&v)) || v % 100 == 0 {
            return None;
        }
        let t = self.toks.get(i)?;
        let before = self
            .text
            .get(..t.start)?
            .trim_end_matches(' ')
            .chars()
            .next_back();
        let after = self
            .text
            .get(t.end..)?
            .trim_start_matches(' ')
            .chars()
            .next();
        let code = |c: Option<char>| {
            c.is_some_and(|c| {
                matches!(c, '*' | '/' | '-' | ':' | '.' | '#' | '+' | '=' | '_' | '@')
                    || c.is_ascii_digit()
            })
        };
        let range_dash = self.sep(i, &["-", "–"]) && self.is_digits(i + 1);
        // `۱۳۳۵ نفر`, `۱۳۶۵ اثر`: a number that counts the noun after it.
        let counts = self.lex.counters.iter().any(|w| self.word_after(i, w));
        if code(before) || (code(after) && !range_dash) || self.followed_by_quantity(i) || counts {
            return None;
        }
        if i > 0
            && self.adj(i - 1)
            && (self.number(i - 1).is_some_and(|n| n.last >= i) || self.is_unit(i - 1, Unit::Hour))
        {
            return None;
        }
        let year = |v: u32| Year {
            value: v as i32,
            short: false,
            marker: None,
        };
        let mut spec = DateSpec {
            year: Some(year(v)),
            ..DateSpec::default()
        };
        let mut last = i;
        // "2012 تا 2014"; with a dash the later year may come first, as right-to-left text
        // often writes it ("1347-1340").
        let dash = self.sep(i, &["-", "–"]);
        if (dash || self.sep(i, &["تا"]))
            && self.is_digits(i + 1)
            && self.tok_text(i + 1).len() == 4
            && let Ok(v2) = self.tok_text(i + 1).parse::<u32>()
            && (v2 > v || (dash && v2 < v && v - v2 < 50 && v2 % 100 != 0))
            && v2 <= 2100
        {
            let (lo, hi) = (v.min(v2), v.max(v2));
            spec.year = Some(year(lo));
            spec.end = Some(Box::new(DateSpec {
                year: Some(year(hi)),
                ..DateSpec::default()
            }));
            spec.range = true;
            last = i + 1;
            // "1347-1340 ش": an era marker after the second year covers both.
            if let Some(c) = self.marker(last + 1).filter(|_| self.adj(last)) {
                last += 1;
                for y in [
                    spec.year.as_mut(),
                    spec.end.as_mut().and_then(|e| e.year.as_mut()),
                ]
                .into_iter()
                .flatten()
                {
                    y.marker = Some(c);
                }
            }
        }
        let from = self.az_before(i).filter(|_| spec.range);
        Some(Hit {
            value: Expr::Date(spec),
            last,
            start: from.unwrap_or(self.start(i)),
            end: None,
        })
    }

    // ---- money and percent --------------------------------------------------------------

    fn currency(&self, i: usize) -> Option<&'static str> {
        self.find(i, |k| match *k {
            Kind::Currency { code, .. } => Some(code),
            _ => None,
        })
    }

    /// A number as an amount of money or a percentage: digits with thousands groups of
    /// tokenized text (`۳ , ۶۷۴`), or a vague count before a multiplier (`ده‌ها میلیون`).
    fn amount(&self, k: usize) -> Option<Num> {
        if let Some(v) = self.find(k, |kind| match *kind {
            Kind::Vague(v) => Some(v),
            _ => None,
        }) {
            // "ده‌ها و صدها میلیارد": vague counts, joined, before a multiplier.
            let mut last = k;
            while last - k < MAX_LIST
                && self.sep(last, &["و", "یا"])
                && self.has(last + 1, |x| matches!(x, Kind::Vague(_)))
            {
                last += 1;
            }
            if !self.adj(last) {
                return None;
            }
            let mut n = self.number(last + 1).filter(|n| n.multiplier && n.words)?;
            n.value *= v;
            n.first = k;
            return Some(n);
        }
        if let Some((value, last)) = self.fraction(k) {
            return Some(Num {
                value,
                first: k,
                last,
                words: true,
                decimal: true,
                ..Num::default()
            });
        }
        let mut n = self.number(k).filter(|n| !n.ordinal)?;
        // "۹۸ و سه دهم": a whole and a fraction in words.
        if n.integer().is_some()
            && !n.multiplier
            && self.sep(n.last, &["و"])
            && let Some((f, last)) = self.fraction(n.last + 1)
        {
            n.value += f;
            n.last = last;
            n.decimal = true;
            n.digits = 0;
            return Some(n);
        }
        let mut groups = 0;
        while n.digits > 0
            && n.digits <= 3
            && groups < 4
            && self.sep(n.last, &[","])
            && self.is_digits(n.last + 1)
            && self.tok_text(n.last + 1).len() == 3
        {
            let group = self.tok_text(n.last + 1);
            n.value = n.value * 1000.0 + group.parse::<f64>().ok()?;
            n.last += 1;
            groups += 1;
        }
        Some(n)
    }

    /// A decimal fraction in words at `k`: a count of one token (`سه`, `۷`) and a denominator
    /// (`دهم`, `صدم`, `هزارم`); its value and last token.
    fn fraction(&self, k: usize) -> Option<(f64, usize)> {
        let count = if self.is_digits(k) {
            let t = self.tok_text(k);
            (t.len() <= 3).then(|| t.parse::<f64>().ok()).flatten()?
        } else {
            self.find(k, |kind| match *kind {
                Kind::Num(v) if v.fract() == 0.0 && (1.0..1000.0).contains(&v) => Some(v),
                _ => None,
            })?
        };
        let d = self.find(k + 1, |kind| match *kind {
            Kind::Denominator(d) => Some(d),
            _ => None,
        })?;
        (self.adj(k) && count < d).then_some((count / d, k + 1))
    }

    /// A list or range of amounts, at least the last one followed by its unit (`unit_at`
    /// reads a unit at a token and returns it with its last token): `۳۰ تا ۴۰ هزار تومان`,
    /// `۶۰ ، ۵۰ ، ۴۰ درصد`, `۶ هزار تومان تا ۱۸ هزار تومان`. A unit ends the list, except
    /// before a range word and a second amount with its own unit. Returns the first and last
    /// amounts, the unit, the index of the last token and whether it is a range.
    fn amounts<U: Copy>(
        &self,
        i: usize,
        unit_at: impl Fn(&Num) -> Option<(U, usize)>,
    ) -> Option<(Num, Num, U, usize, bool)> {
        let mut items: Vec<(Num, Option<U>, usize)> = Vec::new();
        let mut range = false;
        let mut k = i;
        while let Some(n) = self.amount(k) {
            let unit = unit_at(&n);
            let last = unit.map_or(n.last, |u| u.1);
            items.push((n, unit.map(|u| u.0), last));
            if unit.is_some() {
                // "۶ هزار تومان تا ۱۸ هزار تومان": a range to an amount with its own unit.
                if self.sep(last, RANGE)
                    && let Some(n2) = self.amount(last + 1)
                    && let Some((u2, l2)) = unit_at(&n2)
                {
                    items.push((n2, Some(u2), l2));
                    range = true;
                }
                break;
            }
            if !self.sep(last, LIST) || items.len() >= MAX_LIST {
                break;
            }
            range |= self.sep(last, RANGE) || self.sep(last, &["-"]);
            k = last + 1;
        }
        let end = items.iter().rposition(|it| it.1.is_some())?;
        let first = items.first()?.0;
        let (last_num, unit, last) = items.get(end)?;
        Some((first, *last_num, (*unit)?, *last, range && end > 0))
    }

    /// An amount with its currency: `۱۲ میلیارد ریال`, `۳۰ تا ۴۰ هزار تومان`, `میلیون‌ها دلار`,
    /// `۴ دلار و ۲۲ سنت`, `۵ رینگیت مالزی`; or an amount in an adjective multiplier, whose
    /// currency the context gives (`وام ۶۰ میلیونی`).
    fn money(&self, i: usize) -> Option<Hit<Expr>> {
        let unit = |n: &Num| -> Option<(Option<&'static str>, usize)> {
            if self.adj(n.last)
                && let Some(code) = self.currency(n.last + 1)
            {
                // "میلیارد تومان", "میلیاردها دلار" with no count: a unit of account or a
                // vague sum, not an amount.
                let plural = self.is_plural_multiplier(n.last);
                let bare = n.first == n.last
                    && n.multiplier
                    && (n.value >= 1e6 || plural)
                    && (!n.open || plural);
                return (!bare).then_some((Some(code), n.last + 1));
            }
            // "وام ۶۰ میلیونی": a count before the adjective multiplier ("جمعیت ۷۹ میلیونی"
            // counts people).
            let vague = self.has(n.first, |k| matches!(k, Kind::Vague(_)));
            let people =
                (self.lex.counted_heads.iter()).any(|w| self.word_before(n.first, w).is_some());
            (n.open && n.last > n.first && !vague && !people && !self.is_plural_multiplier(n.last))
                .then_some((None, n.last))
        };
        let (first, last_num, code, mut last, range) = self.amounts(i, unit)?;
        // "۳۰ تا ۴۰ هزار تومان": the first number shares the last one's multiplier.
        let mut low = first.value;
        if range && !first.multiplier && last_num.multiplier && low < last_num.value {
            let factor = multiplier_of(last_num.value);
            if low * factor <= last_num.value {
                low *= factor;
            }
        }
        // "۳ هزارتومان": a multiplier glued to the currency.
        let factor = self.currency_factor(last);
        let high = range.then_some(last_num.value * factor);
        let mut value = if high.is_some() { low } else { first.value } * factor;
        let mut end = None;
        if let Some(code) = code {
            // "۴ دلار و ۲۲ سنت"
            if code != "cent"
                && self.sep(last, &["و"])
                && let Some(c) = self.number(last + 1)
                && self.adj(c.last)
                && self.currency(c.last + 1) == Some("cent")
            {
                value += c.value / 100.0;
                last = c.last + 1;
            } else {
                // "۵۰ دلاری هنگ‌کنگ", "ریالی ایرانی": the country of the currency.
                end = self.country_after(last);
            }
        }
        // "یکصد ین ژاپن ۳۰ هزار و ۶۲۵ ریال": in a table of rates, a round unit of one
        // currency before its price in another is a label, not an amount.
        if high.is_none() && [1.0, 10.0, 100.0, 1000.0].contains(&value) {
            let next = match end {
                Some(e) => self.toks.iter().position(|t| t.start >= e),
                None => Some(last + 1),
            };
            // (Not a recursive call to money: a row of such amounts would nest it.)
            let priced = |j: usize| {
                self.amount(j)
                    .is_some_and(|n| self.adj(n.last) && self.currency(n.last + 1).is_some())
            };
            // (The next amount must follow at once: "۱۰۰ دلار ( ۳۲۰ هزار تومان )" gives an
            // equivalent, "بیش از ۱۰۰ دلار به ۵۰ دلار" a change.)
            let at_once = |j: usize| {
                let end = end.unwrap_or_else(|| self.toks.get(last).map_or(0, |t| t.end));
                self.toks
                    .get(j)
                    .and_then(|t| self.text.get(end..t.start))
                    .is_some_and(|g| g.trim_matches(' ').is_empty())
            };
            if next.is_some_and(|j| j > last && at_once(j) && priced(j)) {
                return None;
            }
        }
        Some(Hit {
            value: Expr::Money {
                amount: value,
                max: high,
                currency: code,
            },
            last,
            // "بین ۴۰ تا ۵۰ هزار تومان": PEYMA keeps بین out of amounts of money.
            start: match self.az_before(i) {
                Some(at) if range && self.word_before(i, "بین") != Some(at) => at,
                _ => self.start(i),
            },
            end,
        })
    }

    fn currency_factor(&self, i: usize) -> f64 {
        self.find(i, |k| match *k {
            Kind::Currency { factor, .. } => Some(factor),
            _ => None,
        })
        .unwrap_or(1.0)
    }

    fn is_plural_multiplier(&self, i: usize) -> bool {
        self.has(i, |k| matches!(k, Kind::Multiplier { plural: true, .. }))
    }

    /// The end of a country name (or its adjective in ی) written right after token `last`.
    fn country_after(&self, last: usize) -> Option<usize> {
        let end = self.toks.get(last)?.end;
        let rest = self.text.get(end..)?.strip_prefix(' ')?;
        let mut best = None;
        let mut words = 0;
        for (at, c) in rest
            .char_indices()
            .chain(std::iter::once((rest.len(), ' ')))
        {
            if c != ' ' && !matches!(c, '،' | ',' | '.' | '(' | ')' | '\n') {
                continue;
            }
            let phrase = rest.get(..at)?;
            let bare = phrase.strip_suffix('ی').unwrap_or(phrase);
            if self.lex.countries.contains(phrase) || self.lex.countries.contains(bare) {
                best = Some(end + 1 + at);
            }
            words += 1;
            if words == 3 || c != ' ' {
                break;
            }
        }
        best
    }

    /// A percentage: `۳۵ درصد`, `۴۰٪`, `۲٫۵ درصدی`, `۱۰ تا ۱۵ درصد`, `صددرصد`.
    fn percent(&self, i: usize) -> Option<Hit<Expr>> {
        if let Some(v) = self.find(i, |k| match *k {
            Kind::PercentWhole(v) => Some(v),
            _ => None,
        }) {
            return Some(Hit {
                value: Expr::Percent {
                    value: v,
                    max: None,
                },
                last: i,
                start: self.start(i),
                end: None,
            });
        }
        let sign = |n: &Num| {
            let ok = !n.open
                && (self.adj(n.last) || self.gap(n.last) == Some(""))
                && self.has(n.last + 1, |k| *k == Kind::PercentSign);
            ok.then_some(((), n.last + 1))
        };
        let (first, last_num, (), last, range) = self.amounts(i, sign)?;
        Some(Hit {
            value: Expr::Percent {
                value: first.value,
                max: range.then_some(last_num.value),
            },
            last,
            start: if range {
                self.az_before(i).unwrap_or(self.start(i))
            } else {
                self.start(i)
            },
            end: None,
        })
    }

    // ---- choice -------------------------------------------------------------------------

    /// Whether token `i` is part of the name of a news source: `به گزارش` or `به نقل از`
    /// right before it, or one or two words before it when it ends the name (`به گزارش عصر
    /// امروز ،`, `به نقل از روزنامه آرمان امروز :`).
    fn names_a_source(&self, i: usize) -> bool {
        let Some(before) = self.text.get(..self.start(i)) else {
            return false;
        };
        let ends_name = self
            .toks
            .get(i)
            .and_then(|t| self.text.get(t.end..))
            .map(|r| r.trim_start_matches(' '))
            .is_none_or(|r| r.is_empty() || r.starts_with(['،', ',', ':', '.']));
        // "به گزارش عصر امروز": a day part right after the cue starts the name.
        let after_part = i > 0
            && self.adj(i - 1)
            && self.day_part(i - 1).is_some()
            && self.names_a_source(i - 1);
        match words_back_to(before, 2, |t| {
            t.ends_with("به گزارش") || t.ends_with("به نقل از")
        }) {
            Some(0) => true,
            Some(1) if after_part => true,
            Some(_) => ends_name,
            None => false,
        }
    }

    /// Whether token `i` ends a title of at most three words in guillemets or quotes (`«
    /// فردا »`, `« وطن امروز »`): the name of a festival, a paper or a programme.
    fn in_short_title(&self, i: usize) -> bool {
        let closes = self
            .toks
            .get(i)
            .and_then(|t| self.text.get(t.end..))
            .is_some_and(|r| r.trim_start_matches(' ').starts_with(['»', '"']));
        if !closes {
            return false;
        }
        let Some(before) = self.text.get(..self.start(i)) else {
            return false;
        };
        words_back_to(before, 2, |t| t.ends_with(['«', '"'])).is_some()
    }

    /// Whether an expression can start at token `i`: most tokens (گذشته, این, markers,
    /// currencies …) only ever continue one.
    fn can_start(&self, i: usize) -> bool {
        if self.is_digits(i) {
            return true;
        }
        self.kinds(i).iter().any(|k| match k {
            Kind::This => self.adj(i) && self.is_unit(i + 1, Unit::Week),
            Kind::Num(_)
            | Kind::Vague(_)
            | Kind::Ordinal(_)
            | Kind::Multiplier { .. }
            | Kind::Month { .. }
            | Kind::Weekday(_)
            | Kind::Season(_)
            | Kind::SeasonWord
            | Kind::Unit { .. }
            | Kind::CountedUnit { .. }
            | Kind::Deictic { .. }
            | Kind::DayPart(_)
            | Kind::Part(_)
            | Kind::PercentWhole(_)
            | Kind::QuarterTo => true,
            _ => false,
        })
    }

    /// The longest expression starting at token `i`.
    fn best_at(&self, i: usize) -> Option<Hit<Expr>> {
        if !self.can_start(i) {
            return None;
        }
        // "به گزارش عصر امروز ،", "روزنامه « وطن امروز »": news outlets named with a
        // day part or a relative day.
        if self.has(i, |k| matches!(k, Kind::DayPart(_) | Kind::Deictic { .. }))
            && (self.names_a_source(i) || self.in_short_title(i))
        {
            return None;
        }
        let candidates = [
            self.money(i),
            self.percent(i),
            self.temporal(i),
            self.headed_year(i),
            self.bare_year(i),
        ];
        candidates
            .into_iter()
            .flatten()
            .fold(None, |best, c| match &best {
                Some(b) if b.last >= c.last => best,
                _ => Some(c),
            })
    }
}

/// Whether the `.` at byte `at` of `text` sits between digits (a decimal point or a
/// numeric date, spaces around it allowed), not at the end of a sentence.
fn between_digits(text: &str, at: usize) -> bool {
    let digit_before = text
        .get(..at)
        .and_then(|t| t.trim_end_matches(' ').chars().next_back())
        .is_some_and(|c| c.is_ascii_digit());
    let digit_after = text
        .get(at + 1..)
        .and_then(|t| t.trim_start_matches(' ').chars().next())
        .is_some_and(|c| c.is_ascii_digit());
    digit_before && digit_after
}

/// Walks back over at most `max` whole words (letters only) at the end of `text` until
/// `found` holds for what precedes them; the number of words passed.
fn words_back_to(text: &str, max: usize, found: impl Fn(&str) -> bool) -> Option<usize> {
    let mut rest = text.trim_end_matches(' ');
    for words in 0..=max {
        if found(rest) {
            return Some(words);
        }
        let at = rest.rfind(' ')?;
        if !rest.get(at + 1..)?.chars().all(super::lexicon::is_letter) {
            return None;
        }
        rest = rest.get(..at)?.trim_end_matches(' ');
    }
    None
}

/// The largest power of a thousand that divides into `v`.
fn multiplier_of(v: f64) -> f64 {
    let mut f = 1.0;
    while v >= f * 1000.0 {
        f *= 1000.0;
    }
    f
}

/// Merges two halves of a range into one expression of the first half's label.
fn merge_range(a: &Expr, b: &Expr) -> Option<Expr> {
    match (a, b) {
        (Expr::Date(a), Expr::Date(b)) => {
            let mut a = a.clone();
            // "از اول مهر تا ۹ اردیبهشت": the first half borrows what it lacks.
            if a.cal.is_none() {
                a.cal = b.cal;
            }
            if a.year.is_none() && a.month.is_some() && b.year.is_some() && a.relative.is_none() {
                a.year = b.year;
            }
            a.end = Some(Box::new(b.clone()));
            Some(Expr::Date(a))
        }
        (Expr::Time(a), Expr::Time(b)) => {
            let mut a = a.clone();
            a.end = Some(b.clock);
            Some(Expr::Time(a))
        }
        _ => None,
    }
}
