//! The vocabulary of temporal, money and percent expressions, compiled once from the files
//! under `data/temporal/` into one aho-corasick automaton, and the lexer that runs it over a
//! folded text to produce [`Tok`]ens.
//!
//! A token is a vocabulary word (with every meaning the word has: `صفر` is both "zero" and a
//! lunar month), or a run of ASCII digits. Words only count at word boundaries: `دی` inside
//! `دیجیتال` is not a token.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

use super::cal::Calendar;
use crate::calendar::month_names;
use crate::entities::value::{DayPart, PeriodPart, RelativeUnit};
use crate::normalize::fold_for_search;

/// When an ambiguous month name counts as a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MonthNeeds {
    /// Always a month (فروردین, سپتامبر).
    Nothing,
    /// A day before it, a year after it, or ماه next to it (مهر, تیر).
    DayOrYear,
    /// A year after it or ماه next to it (می, the verbal prefix).
    Year,
    /// As [`DayOrYear`](Self::DayOrYear), or a preposition of time right before it (اوت
    /// "out" in football, مارس: `در اوت`, `تا مارس`).
    DayOrYearOrPreposition,
    /// A year after it, ماه next to it, or a day before it in digits or as an ordinal, not
    /// a count in words (صفر "zero": `۲۸ صفر`, `هشتم صفر`, but `یک صفر` is a score).
    YearOrDatedDay,
}

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

impl Unit {
    pub(super) fn relative(self) -> Option<RelativeUnit> {
        Some(match self {
            Unit::Minute => RelativeUnit::Minute,
            Unit::Hour => RelativeUnit::Hour,
            Unit::Day => RelativeUnit::Day,
            Unit::Week => RelativeUnit::Week,
            Unit::Month => RelativeUnit::Month,
            Unit::Year => RelativeUnit::Year,
            Unit::Decade => RelativeUnit::Decade,
            Unit::Century => RelativeUnit::Century,
            Unit::Second => return None,
        })
    }
}

/// One meaning of a vocabulary word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Kind {
    /// A cardinal number word (`نیم` is 0.5).
    Num(f64),
    /// دهم, صدم, هزارم after a count: tenths, hundredths, thousandths (`سه دهم` = 0.3).
    Denominator(f64),
    /// A vague count before a multiplier (`ده‌ها`: tens of, with its lower bound).
    Vague(f64),
    /// An ordinal number word in -م (`بیستم`, `اول`).
    Ordinal(u32),
    /// The ordinal suffix `ام` written after digits (`۲۳ام`).
    OrdinalSuffix,
    /// هزار, میلیون … (`adj`: میلیونی; `plural`: میلیون‌ها).
    Multiplier {
        factor: f64,
        adj: bool,
        plural: bool,
    },
    Month {
        cal: Calendar,
        month: u8,
        /// Written with ماه (مهرماه, مهر ماه).
        mah: bool,
        needs: MonthNeeds,
    },
    Weekday(u8),
    Season(u8),
    /// فصل, written before a season name.
    SeasonWord,
    /// ماهه: "شش‌ماهه اول امسال".
    MonthSpan,
    /// آغازین (`false`), پایانی (`true`) after a count of months: the first or last months
    /// of a year.
    MonthsEdge {
        last: bool,
    },
    Marker(Calendar),
    Unit {
        unit: Unit,
        plural: bool,
    },
    /// A small count written together with a unit (`یکسال`, `دوماه`): one to ten units.
    CountedUnit {
        count: f64,
        unit: Unit,
    },
    /// گذشته (-1), جاری (0), آینده (1) after a unit.
    Direction(i8),
    /// بعد after a count of units or a unit: it counts from the story's time, not from now
    /// (`سه روز بعد`, `سال بعد`).
    Narrative,
    /// این, همین before a unit.
    This,
    /// امروز, امسال, امشب …
    Deictic {
        unit: RelativeUnit,
        offset: i8,
    },
    DayPart(DayPart),
    Part(PeriodPart),
    Am,
    Pm,
    Zone,
    /// یک ربع به: a quarter to the hour that follows.
    QuarterTo,
    /// تاکنون: the open end of a range.
    Now,
    /// انتخابات, بودجه …: a bare number after it is a year.
    YearHead,
    /// نماز, امام … right before a weekday or month.
    VetoBefore,
    /// بازار, طیب … right after a weekday or month.
    VetoAfter,
    Currency {
        code: &'static str,
        adj: bool,
        /// The multiplier glued to it (`هزارتومان`: 1000), 1 otherwise.
        factor: f64,
    },
    /// درصد, ٪ after a number.
    PercentSign,
    /// صددرصد: a whole percentage.
    PercentWhole(f64),
    /// A word that looks like a date and is not one (`سی دی`, "CD"): it takes the place
    /// of the shorter words inside it.
    Block,
    /// A single ASCII digit: the lexer turns it into a digit run.
    Digit,
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TokKind {
    /// A run of ASCII digits.
    Digits,
    /// A vocabulary word: the index of its meanings in [`Lexicon::meanings`].
    Word(u32),
}

/// A token of the folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

/// The compiled vocabulary.
pub(super) struct Lexicon {
    /// `None` only if building failed, which a few hundred short words cannot make happen:
    /// the extractor then finds nothing rather than panic.
    automaton: Option<DFA>,
    /// The meanings of each pattern, by pattern index.
    pub meanings: Vec<Vec<Kind>>,
    /// Era markers of one letter (`ش`, `م`) and their pattern ids, read only after digits.
    letter_markers: Vec<(char, u32)>,
    /// Whether a proper prefix of each pattern is a pattern too, so that a match cut short
    /// by a letter may fall back on it (`بعد از ظهری` → `بعد`).
    has_shorter: Vec<bool>,
    /// For two letters of the Arabic block (by their low bytes, the first times 256), whether
    /// a pattern can start at a place where they are written: a pattern starts with them, or
    /// the first one alone is a pattern. Most words start with a pair that no pattern starts
    /// with, and this 8 KiB bitset spares them a walk in the automaton's large table.
    arabic_pairs: Vec<u64>,
    /// For two letters of the Arabic block, whether the first one alone or both together
    /// are a pattern (indexed as [`arabic_pairs`](Self::arabic_pairs)).
    arabic_short: Vec<u64>,
    /// For three letters of the Arabic block, by [`triple_hash`], whether a pattern may start
    /// with them (hash collisions only cost a walk).
    arabic_triples: Vec<u64>,
    /// Words before a DATE or TIME that belong to its span (folded).
    pub date_prefixes: Vec<String>,
    /// Words before a PERCENT that make it negative (folded).
    pub negative_prefixes: Vec<String>,
    /// Words right before or after a bare `امروز` that make it "nowadays" (folded).
    pub generic_today_before: Vec<String>,
    /// See [`generic_today_before`](Self::generic_today_before).
    pub generic_today_after: Vec<String>,
    /// Words right before a bare `امروز` that make it "nowadays" unless its clause reports
    /// a past event (`اما امروز`), folded.
    pub generic_today_contrast: Vec<String>,
    /// Past-tense verbs which, ending the clause after a bare `امروز`, make it the day of
    /// writing even in quoted speech (folded).
    pub past_verbs: HashSet<String>,
    /// Words before a count of units that make it a duration (`به مدت`, `برای`), folded.
    pub duration_cues: Vec<String>,
    /// Prepositions of time (`در`, `از`, `تا`), which date some ambiguous month names
    /// (`در اوت`), folded.
    pub time_prepositions: Vec<String>,
    /// Plural endings which, written after a weekday, make it habitual (`جمعه‌ها`), folded.
    pub plural_endings: Vec<String>,
    /// Words which, written after a day and month with no year, make it a date that comes
    /// back every year (`اول مهر هر سال`), folded.
    pub yearly: Vec<String>,
    /// Nouns before an amount in an adjective multiplier that make it a count of people
    /// (`جمعیت ۷۹ میلیونی`), folded.
    pub counted_heads: Vec<String>,
    /// Nouns right after a bare four-digit number that make it a count, not a year
    /// (`۱۳۳۵ نفر`, `۱۳۶۵ اثر`), folded.
    pub counters: Vec<String>,
    /// Country names (folded), which may follow a currency (`دلار هنگ‌کنگ`).
    pub countries: HashSet<String>,
}

macro_rules! data {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $name))
    };
}

/// The `(key, form)` entries of a data file: the key is the first field, the form the rest of
/// the line; blank lines and `#` comments are skipped.
fn entries(file: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    file.lines().filter_map(|line| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let (key, form) = line.split_once([' ', '\t'])?;
        Some((key, form.trim()))
    })
}

/// The non-comment, non-blank lines of a data file.
fn number_free_lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The `(value, spelling)` pairs of a number-word file of the numbers module
/// (`value <TAB> spelling | variant …`).
fn number_words(file: &'static str) -> impl Iterator<Item = (f64, &'static str)> {
    file.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let mut fields = l.split('\t');
            let value = fields.next()?.trim().parse::<f64>().ok()?;
            Some(fields.next()?.split('|').map(move |f| (value, f.trim())))
        })
        .flatten()
        .filter(|(_, f)| !f.is_empty())
}

fn calendar_key(key: &str) -> Option<Calendar> {
    Some(match key {
        "jalali" => Calendar::Jalali,
        "gregorian" => Calendar::Gregorian,
        "hijri_lunar" => Calendar::HijriLunar,
        _ => return None,
    })
}

fn unit_key(key: &str) -> Option<Unit> {
    Some(match key {
        "second" => Unit::Second,
        "minute" => Unit::Minute,
        "hour" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        "century" => Unit::Century,
        _ => return None,
    })
}

fn relative_unit_key(key: &str) -> Option<RelativeUnit> {
    Some(match key {
        "day" => RelativeUnit::Day,
        "night" => RelativeUnit::Night,
        "week" => RelativeUnit::Week,
        "month" => RelativeUnit::Month,
        "year" => RelativeUnit::Year,
        _ => return None,
    })
}

/// Collects patterns and their meanings; a form listed twice gets both meanings.
#[derive(Default)]
struct Builder {
    index: HashMap<String, usize>,
    patterns: Vec<String>,
    meanings: Vec<Vec<Kind>>,
}

impl Builder {
    fn add(&mut self, form: &str, kind: Kind) {
        let folded = fold_for_search(form).text;
        let folded = folded.trim();
        if folded.is_empty() {
            return;
        }
        let i = *self.index.entry(folded.to_owned()).or_insert_with(|| {
            self.patterns.push(folded.to_owned());
            self.meanings.push(Vec::new());
            self.patterns.len() - 1
        });
        if let Some(m) = self.meanings.get_mut(i)
            && !m.contains(&kind)
        {
            m.push(kind);
        }
    }

    /// A month name, and (Jalali and Gregorian) the same followed by ماه.
    fn month(&mut self, cal: Calendar, month: u8, form: &str, needs: &HashMap<String, MonthNeeds>) {
        let plain_needs = needs
            .get(&fold_for_search(form).text)
            .copied()
            .unwrap_or(MonthNeeds::Nothing);
        let plain = Kind::Month {
            cal,
            month,
            mah: false,
            needs: plain_needs,
        };
        let with_mah = Kind::Month {
            cal,
            month,
            mah: true,
            needs: MonthNeeds::Nothing,
        };
        self.add(form, plain);
        if cal != Calendar::HijriLunar {
            self.add(&format!("{form}ماه"), with_mah);
            self.add(&format!("{form} ماه"), with_mah);
        }
    }
}

impl Lexicon {
    fn build() -> Self {
        let mut b = Builder::default();
        let mut needs = HashMap::new();
        for (key, form) in entries(data!("temporal/ambiguous_months.txt")) {
            let n = match key {
                "year" => MonthNeeds::Year,
                "dated_day" => MonthNeeds::YearOrDatedDay,
                "day_or_in" => MonthNeeds::DayOrYearOrPreposition,
                _ => MonthNeeds::DayOrYear,
            };
            needs.insert(fold_for_search(form).text, n);
        }
        for m in month_names() {
            b.month(m.calendar, m.month, m.name, &needs);
        }
        for (key, form) in entries(data!("temporal/month_variants.txt")) {
            let Some((cal, month)) = key.split_once(':') else {
                continue;
            };
            if let (Some(cal), Ok(month)) = (calendar_key(cal), month.parse()) {
                b.month(cal, month, form, &needs);
            }
        }
        for (key, form) in entries(data!("temporal/weekdays.txt")) {
            if let Ok(d) = key.parse() {
                b.add(form, Kind::Weekday(d));
            }
        }
        for (key, form) in entries(data!("temporal/seasons.txt")) {
            match key {
                "word" => b.add(form, Kind::SeasonWord),
                _ => {
                    if let Ok(s) = key.parse() {
                        b.add(form, Kind::Season(s));
                    }
                }
            }
        }
        // One-letter markers would match inside every word: the lexer reads them only
        // right after a digit run.
        let mut letter_markers = Vec::new();
        for (key, form) in entries(data!("temporal/markers.txt")) {
            if let Some(c) = calendar_key(key) {
                match fold_for_search(form).text.chars().collect::<Vec<_>>()[..] {
                    [letter] => letter_markers.push((letter, Kind::Marker(c))),
                    _ => b.add(form, Kind::Marker(c)),
                }
            }
        }
        let mut first_unit_form: HashMap<&str, bool> = HashMap::new();
        let mut singular_units = Vec::new();
        for (key, form) in entries(data!("temporal/units.txt")) {
            match key {
                "month_span" => b.add(form, Kind::MonthSpan),
                "first_months" => b.add(form, Kind::MonthsEdge { last: false }),
                "last_months" => b.add(form, Kind::MonthsEdge { last: true }),
                _ => {}
            }
            // The first form of each unit is its singular, and so is a form whose key ends
            // in `*`.
            let (key, singular) = match key.strip_suffix('*') {
                Some(k) => (k, true),
                None => (key, false),
            };
            if let Some(unit) = unit_key(key) {
                let plural = first_unit_form.insert(key, true).is_some() && !singular;
                b.add(form, Kind::Unit { unit, plural });
                if !plural {
                    singular_units.push((unit, form));
                }
            }
        }
        for (key, form) in entries(data!("temporal/directions.txt")) {
            match key {
                "this" => b.add(form, Kind::This),
                "narrative" => b.add(form, Kind::Narrative),
                _ => {
                    if let Ok(d) = key.parse() {
                        b.add(form, Kind::Direction(d));
                    }
                }
            }
        }
        for (key, form) in entries(data!("temporal/deictics.txt")) {
            let Some((unit, offset)) = key.split_once(':') else {
                continue;
            };
            if let (Some(unit), Ok(offset)) = (relative_unit_key(unit), offset.parse()) {
                b.add(form, Kind::Deictic { unit, offset });
            }
        }
        for (key, form) in entries(data!("temporal/day_parts.txt")) {
            if let Some(p) = DayPart::from_key(key) {
                b.add(form, Kind::DayPart(p));
            }
        }
        for (key, form) in entries(data!("temporal/period_parts.txt")) {
            if let Some(p) = PeriodPart::from_key(key) {
                b.add(form, Kind::Part(p));
            }
        }
        for (key, form) in entries(data!("temporal/clock.txt")) {
            match key {
                "am" => b.add(form, Kind::Am),
                "pm" => b.add(form, Kind::Pm),
                "zone" => b.add(form, Kind::Zone),
                "quarter_to" => b.add(form, Kind::QuarterTo),
                _ => {}
            }
        }
        for (_, form) in entries(data!("temporal/not_dates.txt")) {
            b.add(form, Kind::Block);
        }
        for (_, form) in entries(data!("temporal/now.txt")) {
            b.add(form, Kind::Now);
        }
        for (_, form) in entries(data!("temporal/year_heads.txt")) {
            b.add(form, Kind::YearHead);
        }
        for (key, form) in entries(data!("temporal/vetoes.txt")) {
            match key {
                "before" => b.add(form, Kind::VetoBefore),
                "after" => b.add(form, Kind::VetoAfter),
                _ => {}
            }
        }
        // Number words: the numbers module's vocabulary, so that every number it reads
        // starts and ends on a token.
        for (value, form) in number_words(data!("numbers/cardinals.txt")) {
            if value >= 1000.0 && (value.log10() % 3.0).abs() < 1e-9 {
                let kind = |adj, plural| Kind::Multiplier {
                    factor: value,
                    adj,
                    plural,
                };
                b.add(form, kind(false, false));
                b.add(&format!("{form}ی"), kind(true, false));
                b.add(&format!("{form}ها"), kind(false, true));
                b.add(&format!("{form} ها"), kind(false, true));
            } else {
                b.add(form, Kind::Num(value));
                // "بیست‌وپنج": و glued to the next word.
                b.add(&format!("و{form}"), Kind::Num(value));
            }
        }
        for (value, form) in number_words(data!("numbers/ordinals.txt")) {
            if value < 1000.0 {
                b.add(form, Kind::Ordinal(value as u32));
                b.add(&format!("و{form}"), Kind::Ordinal(value as u32));
            }
        }
        for (key, form) in entries(data!("temporal/vague_counts.txt")) {
            if let Ok(v) = key.parse() {
                b.add(form, Kind::Vague(v));
            }
        }
        for (key, form) in entries(data!("temporal/fractions.txt")) {
            if let Some(d) = key.strip_prefix("denominator:") {
                if let Ok(d) = d.parse() {
                    b.add(form, Kind::Denominator(d));
                }
            } else if let Ok(v) = key.parse() {
                b.add(form, Kind::Num(v));
            }
        }
        b.add("ام", Kind::OrdinalSuffix);
        // "یکسال گذشته", "دوماه آینده": a count of one to ten glued to a singular unit.
        for (count, num) in number_words(data!("numbers/cardinals.txt")) {
            if (1.0..=10.0).contains(&count) && count.fract() == 0.0 && !num.contains(' ') {
                for &(unit, form) in &singular_units {
                    b.add(&format!("{num}{form}"), Kind::CountedUnit { count, unit });
                }
            }
        }
        let multipliers: Vec<(f64, &str)> = number_words(data!("numbers/cardinals.txt"))
            .filter(|(v, _)| *v >= 1000.0 && (v.log10() % 3.0).abs() < 1e-9)
            .collect();
        for (key, form) in entries(data!("temporal/currencies.txt")) {
            let code = key.trim_end_matches(['!', '*']);
            let currency = |adj, factor| Kind::Currency { code, adj, factor };
            b.add(form, currency(false, 1.0));
            if !key.ends_with('!') && !form.contains(' ') && !form.ends_with('ی') {
                b.add(&format!("{form}ی"), currency(true, 1.0));
            }
            if key.ends_with('*') {
                for &(factor, m) in &multipliers {
                    b.add(&format!("{m}{form}"), currency(false, factor));
                    b.add(&format!("{m}{form}ی"), currency(true, factor));
                }
            }
        }
        for (key, form) in entries(data!("temporal/percent.txt")) {
            match key {
                "sign" => b.add(form, Kind::PercentSign),
                _ => {
                    if let Ok(v) = key.parse() {
                        b.add(form, Kind::PercentWhole(v));
                    }
                }
            }
        }
        for d in '0'..='9' {
            b.add(&d.to_string(), Kind::Digit);
        }
        // Only anchored walks: the lexer starts one at each word start and digit, which keeps
        // the walk in the few hot rows of the table (an unanchored scan of every byte is
        // bound by cache misses in its megabytes of transitions).
        let automaton = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .prefilter(false)
            .build(&b.patterns)
            .ok();
        let known: HashSet<&str> = b.patterns.iter().map(String::as_str).collect();
        let has_shorter = b
            .patterns
            .iter()
            .map(|p| {
                p.char_indices()
                    .skip(1)
                    .any(|(at, _)| known.contains(&p[..at]))
            })
            .collect();
        // The one-letter markers get pattern ids after the automaton's.
        let mut meanings = b.meanings;
        let letter_markers = letter_markers
            .into_iter()
            .map(|(letter, kind)| {
                meanings.push(vec![kind]);
                (letter, (meanings.len() - 1) as u32)
            })
            .collect();
        let keyed = |file: &'static str, which: &str| {
            entries(file)
                .filter(|(k, _)| *k == which)
                .map(|(_, f)| fold_for_search(f).text)
                .collect()
        };
        let prefixes = |which: &str| keyed(data!("temporal/prefixes.txt"), which);
        let duration_cues = keyed(data!("temporal/prefixes.txt"), "duration");
        let countries = number_free_lines(data!("gazetteers/loc_countries.txt"))
            .flat_map(|l| l.split('|'))
            .map(|f| fold_for_search(f.trim()).text)
            .filter(|f| !f.is_empty())
            .collect();
        let mut arabic_pairs = vec![0u64; 65536 / 64];
        let mut arabic_short = vec![0u64; 65536 / 64];
        let mut arabic_triples = vec![0u64; 65536 / 64];
        for p in &b.patterns {
            let mut chars = p.chars().map(arabic_index);
            match (chars.next(), chars.next(), chars.next()) {
                (Some(Some(first)), None, _) => {
                    for pair in first * 256..first * 256 + 256 {
                        set_bit(&mut arabic_pairs, pair);
                        set_bit(&mut arabic_short, pair);
                    }
                }
                (Some(Some(first)), Some(Some(second)), third) => {
                    let pair = first * 256 + second;
                    set_bit(&mut arabic_pairs, pair);
                    match third {
                        None => set_bit(&mut arabic_short, pair),
                        Some(Some(third)) => {
                            set_bit(&mut arabic_triples, triple_hash(pair, third));
                        }
                        Some(None) => {}
                    }
                }
                _ => {}
            }
        }
        Lexicon {
            automaton,
            arabic_pairs,
            arabic_short,
            arabic_triples,
            meanings,
            letter_markers,
            has_shorter,
            countries,
            duration_cues,
            time_prepositions: prefixes("in"),
            generic_today_before: keyed(data!("temporal/generic_today.txt"), "before"),
            generic_today_after: keyed(data!("temporal/generic_today.txt"), "after"),
            plural_endings: keyed(data!("temporal/vetoes.txt"), "plural"),
            yearly: keyed(data!("temporal/vetoes.txt"), "yearly"),
            counted_heads: keyed(data!("temporal/counted_heads.txt"), "head"),
            counters: keyed(data!("temporal/counted_heads.txt"), "counter"),
            generic_today_contrast: keyed(data!("temporal/generic_today.txt"), "contrast"),
            past_verbs: entries(data!("temporal/generic_today.txt"))
                .filter(|(k, _)| *k == "past")
                .map(|(_, f)| fold_for_search(f).text)
                .collect(),
            date_prefixes: prefixes("date"),
            negative_prefixes: prefixes("negative"),
        }
    }

    /// The compiled vocabulary, built on first use.
    pub(super) fn get() -> &'static Lexicon {
        static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);
        &LEXICON
    }

    /// The meanings of a token (empty for a digit run).
    pub(super) fn kinds(&self, tok: &Tok) -> &[Kind] {
        match tok.kind {
            TokKind::Word(i) => self.meanings.get(i as usize).map_or(&[], Vec::as_slice),
            TokKind::Digits => &[],
        }
    }

    /// The tokens of `text` (a folded text), in order, never overlapping.
    ///
    /// The leftmost-longest matches of the vocabulary, read left to right. Only a match that
    /// starts at a word boundary (or a digit) can be a token, so the lexer looks for one only
    /// there, with the longest pattern that starts at that place. A match that does not end at
    /// a word boundary is replaced by the longest shorter pattern at the same place that does
    /// (`بعد از ظهری` → `بعد`); without one, the lexer goes on after the word or the match,
    /// whichever ends first, so that a word inside a dropped match is not missed.
    pub(super) fn tokens(&self, text: &str, out: &mut Vec<Tok>) {
        let Some(automaton) = &self.automaton else {
            return;
        };
        let bytes = text.as_bytes();
        let mut at = 0;
        let mut letter_before = false;
        while let Some(&byte) = bytes.get(at) {
            if (!letter_before || byte.is_ascii_digit())
                && self.may_start(bytes, at)
                && let Some((end, pid)) = longest_at(automaton, bytes, at, bytes.len())
            {
                at = self.take(automaton, text, at, end, pid, out);
                letter_before = is_letter_before(text, at);
                continue;
            }
            let (letter, len) = letter_and_len(text, at);
            letter_before = letter;
            at += len;
        }
    }

    /// Whether a pattern may start at `at`: false only for two letters of the Arabic block
    /// that no pattern starts with.
    #[inline]
    fn may_start(&self, bytes: &[u8], at: usize) -> bool {
        let low = |lead: u8, cont: u8| usize::from(lead & 0x03) << 6 | usize::from(cont & 0x3F);
        if let Some(
            &[
                b0 @ 0xD8..=0xDB,
                b1,
                b2 @ 0xD8..=0xDB,
                b3,
                b4 @ 0xD8..=0xDB,
                b5,
            ],
        ) = bytes.get(at..at + 6)
        {
            let pair = low(b0, b1) * 256 + low(b2, b3);
            return bit(&self.arabic_short, pair)
                || bit(&self.arabic_triples, triple_hash(pair, low(b4, b5)));
        }
        match bytes.get(at..at + 4) {
            Some(&[b0 @ 0xD8..=0xDB, b1, b2 @ 0xD8..=0xDB, b3]) => {
                bit(&self.arabic_pairs, low(b0, b1) * 256 + low(b2, b3))
            }
            _ => true,
        }
    }

    /// Turns the longest match `start..end` of pattern `pid` into tokens, if it makes any;
    /// returns where the lexer goes on.
    fn take(
        &self,
        automaton: &DFA,
        text: &str,
        start: usize,
        end: usize,
        pid: usize,
        out: &mut Vec<Tok>,
    ) -> usize {
        let bytes = text.as_bytes();
        let kinds = self.meanings.get(pid).map_or(&[][..], Vec::as_slice);
        if kinds.first() == Some(&Kind::Digit) {
            let mut e = end;
            while e < bytes.len() && bytes[e].is_ascii_digit() {
                e += 1;
            }
            // Digits glued to Latin letters are a code (A4, F16, 4G), not a number.
            let glued = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphabetic());
            let before = start.checked_sub(1).and_then(|i| bytes.get(i));
            if !glued(before) && !glued(bytes.get(e)) {
                out.push(Tok {
                    start,
                    end: e,
                    kind: TokKind::Digits,
                });
                if let Some(marker) = self.letter_marker(text, e) {
                    out.push(marker);
                    return marker.end;
                }
            }
            return e;
        }
        if !is_letter_before(text, start) {
            if !is_letter_at(text, end) {
                out.push(Tok {
                    start,
                    end,
                    kind: TokKind::Word(pid as u32),
                });
                return end;
            }
            let retry = self.has_shorter.get(pid).copied().unwrap_or(false);
            if let Some((e, p)) = retry
                .then(|| longest_whole_word(automaton, text, start, end, pid))
                .flatten()
            {
                out.push(Tok {
                    start,
                    end: e,
                    kind: TokKind::Word(p),
                });
                return e;
            }
        }
        word_end(text, start).min(end)
    }
}

impl Lexicon {
    /// A one-letter era marker written at `at` (right after digits, a space between or
    /// not) as a whole word: `۱۳۴۲ ش`, `۲۰۱۸م`.
    fn letter_marker(&self, text: &str, at: usize) -> Option<Tok> {
        let rest = text.get(at..)?;
        let skip = usize::from(rest.starts_with(' '));
        let mut chars = rest.get(skip..)?.chars();
        let letter = chars.next()?;
        if chars.next().is_some_and(is_letter) {
            return None;
        }
        let (_, pid) = self.letter_markers.iter().find(|(c, _)| *c == letter)?;
        let start = at + skip;
        // "۸ : ۲۰ ق . ظ": the letter starts a longer word of the vocabulary.
        let longer = self
            .automaton
            .as_ref()
            .and_then(|a| longest_at(a, text.as_bytes(), start, text.len()));
        if longer.is_some_and(|(end, _)| end > start + letter.len_utf8()) {
            return None;
        }
        Some(Tok {
            start,
            end: start + letter.len_utf8(),
            kind: TokKind::Word(*pid),
        })
    }
}

/// The longest pattern that starts at `start` and ends by `limit`: its end and index.
#[inline]
fn longest_at(automaton: &DFA, bytes: &[u8], start: usize, limit: usize) -> Option<(usize, usize)> {
    let mut sid = automaton.start_state(Anchored::Yes).ok()?;
    let mut found = None;
    for (end, &byte) in (start + 1..).zip(bytes.get(start..limit)?) {
        sid = automaton.next_state(Anchored::Yes, sid, byte);
        if automaton.is_special(sid) {
            if automaton.is_dead(sid) {
                break;
            }
            if automaton.is_match(sid) {
                let pid = automaton.match_pattern(sid, 0);
                // A match state also carries the patterns that end here but start later.
                if end - automaton.pattern_len(pid) == start {
                    found = Some((end, pid.as_usize()));
                }
            }
        }
    }
    found
}

/// The longest pattern at `start` (the match `start..end` of pattern `pid` first) that ends at
/// a word boundary: its end and pattern index.
fn longest_whole_word(
    automaton: &DFA,
    text: &str,
    start: usize,
    end: usize,
    pid: usize,
) -> Option<(usize, u32)> {
    let (mut end, mut pid) = (end, pid);
    loop {
        if !is_letter_at(text, end) {
            return Some((end, u32::try_from(pid).ok()?));
        }
        (end, pid) = longest_at(automaton, text.as_bytes(), start, end.checked_sub(1)?)?;
    }
}

/// Whether bit `i` of `set` is set (true past its end, where nothing was recorded).
#[inline]
fn bit(set: &[u64], i: usize) -> bool {
    set.get(i / 64).is_none_or(|w| w & (1 << (i % 64)) != 0)
}

/// Sets bit `i` of `set`.
fn set_bit(set: &mut [u64], i: usize) {
    if let Some(w) = set.get_mut(i / 64) {
        *w |= 1 << (i % 64);
    }
}

/// The 16-bit hash of a pair of Arabic-block letters (as in
/// [`Lexicon::arabic_pairs`]) and a third one.
#[inline]
fn triple_hash(pair: usize, third: usize) -> usize {
    let key = (pair << 8 | third) as u32;
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// The index of `c` in the Arabic block (U+0600–U+06FF), if it is in it.
fn arabic_index(c: char) -> Option<usize> {
    (c as usize).checked_sub(0x0600).filter(|&i| i < 256)
}

/// Whether each character of the Arabic block (U+0600–U+06FF), by its low byte, is a letter.
static ARABIC_LETTERS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            table[i] = crate::chars::is_arabic_script_letter(c);
        }
        i += 1;
    }
    table
};

/// Whether the character at `at` (a char boundary) is a letter, and its length in bytes.
#[inline]
fn letter_and_len(text: &str, at: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    match bytes.get(at) {
        Some(&b) if b < 0x80 => (b.is_ascii_alphabetic(), 1),
        Some(&b @ 0xD8..=0xDB) => {
            let low = bytes.get(at + 1).map_or(0, |&x| usize::from(x & 0x3F));
            (ARABIC_LETTERS[(usize::from(b & 0x03) << 6) | low], 2)
        }
        _ => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map_or((false, 1), |c| (is_letter(c), c.len_utf8())),
    }
}

/// Whether `c` is a letter: the Arabic-script letters by table, others by Unicode.
#[inline]
pub(super) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        crate::chars::is_arabic_script_letter(c)
    } else {
        c.is_alphabetic()
    }
}

/// Whether the character that ends right before `at` is a letter (so `at` is inside a word).
fn is_letter_before(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|s| s.chars().next_back())
        .is_some_and(is_letter)
}

/// Whether the character at `at` is a letter.
fn is_letter_at(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .is_some_and(is_letter)
}

/// The end of the run of letters that contains or starts at `at`, at least one character on.
fn word_end(text: &str, at: usize) -> usize {
    let Some(rest) = text.get(at..) else {
        return text.len();
    };
    let mut chars = rest.char_indices();
    let first = chars.next().map_or(0, |(_, c)| c.len_utf8());
    for (i, c) in chars {
        if !is_letter(c) {
            return at + i;
        }
    }
    at + rest.len().max(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let lex = Lexicon::get();
        let mut toks = Vec::new();
        lex.tokens(text, &mut toks);
        toks.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn month_inside_a_word_is_not_a_token() {
        assert_eq!(words("دیجیتال و آذربایجان"), Vec::<&str>::new());
    }

    #[test]
    fn the_longest_whole_word_wins() {
        assert_eq!(words("سه شنبه 12 مهر ماه"), ["سه شنبه", "12", "مهر ماه"]);
    }

    #[test]
    fn a_shorter_word_is_found_when_the_longer_one_runs_into_a_letter() {
        // "مهرماه" is a pattern, "مهرماهی" is not a word of the vocabulary: "مهر" is not at a
        // word end either, so nothing is found.
        assert_eq!(words("مهرماهی"), Vec::<&str>::new());
        assert_eq!(words("بعد از ظهری"), ["بعد"]);
    }

    /// The lexer looks for words only where one may start: after a non-letter, or at a digit
    /// even right after a letter; a pair of letters no word starts with is skipped whole.
    #[test]
    fn words_are_looked_for_at_word_starts_and_digits() {
        for (text, expected) in [
            ("ساعت۱۰ صبح", &["ساعت", "10", "صبح"][..]),
            ("سال1390", &["سال", "1390"]),
            ("(مهر) «1399»", &["مهر", "1399"]),
            ("گفت ده روز", &["ده", "روز"]),
            ("کتاب و دفتر", &[]),
            ("۱۰ دی و دیروز", &["10", "دی", "دیروز"]),
        ] {
            assert_eq!(words(&fold_for_search(text).text), expected, "{text}");
        }
    }

    #[test]
    fn digits_glued_to_latin_letters_are_not_numbers() {
        assert_eq!(words("A4 و 4G و 1395"), ["1395"]);
    }

    /// The vocabularies read from the other modules' data files are all there: a change of
    /// their format must not silently empty the extractor.
    #[test]
    fn month_names_number_words_and_countries_come_from_their_modules() {
        // data/calendar/months.txt, with a generated ماه form, and data/numbers/*.txt.
        assert_eq!(
            words("امرداد ذوالحجه اپریل مهرماه بیست پنجم میلیارد"),
            [
                "امرداد",
                "ذوالحجه",
                "اپریل",
                "مهرماه",
                "بیست",
                "پنجم",
                "میلیارد"
            ]
        );
        // data/gazetteers/loc_countries.txt
        let lex = Lexicon::get();
        for country in ["ایران", "ژاپن", "هنگ کنگ"] {
            assert!(lex.countries.contains(country), "{country}");
        }
    }

    #[test]
    fn one_letter_markers_count_only_right_after_digits() {
        assert_eq!(
            words("سال 1342 ش و 2018م"),
            ["سال", "1342", "ش", "2018", "م"]
        );
        assert_eq!(words("ساعت 8 : 20 ق . ظ"), ["ساعت", "8", "20", "ق . ظ"]);
        assert_eq!(words("شما و من"), Vec::<&str>::new());
    }
}
