//! Dates, times, amounts of money and percentages: found in raw Persian text, resolved to
//! values.
//!
//! [`TemporalExtractor`] folds the text with [`fold_for_search`] (one spelling for Arabic and
//! Persian yeh/kaf, ZWNJ as a space, every digit in ASCII), runs one aho-corasick automaton
//! over it for the whole vocabulary (month, weekday and season names, era markers, units,
//! relative words, day parts, number words, currencies, percent signs: the files under
//! `data/temporal/`), and parses the token stream with a small grammar. Every span is mapped
//! back to the caller's text through the fold's offset map.
//!
//! Spans follow the PEYMA guideline, and where it is silent, the way PEYMA's news annotators
//! wrote their spans:
//!
//! | rule | example (span in «») |
//! |---|---|
//! | no leading preposition; `طی` ("during") is inside | در «۱۲ فروردین ۱۴۰۲», «طی ۲۴ ساعت گذشته» |
//! | marker words are inside | «سال ۹۶», «روز دوشنبه», «ساعت ۱۰ صبح», «۲۰۱۶ میلادی» |
//! | a time combined with a date is one TIME | «ساعت ۱۸ یکشنبه هفتم شهریور» |
//! | a range or list is one entity, with its `از` or `بین` | «از سال ۹۴ تا سال ۹۵», «۵ و ۶ خرداد», «بین ۱۰ تا ۱۵ درصد» |
//! | vague parts stay outside, in the value | اواخر «ماه رمضان»; but «پایان سال», «ابتدای ماه جاری» |
//! | a DATE is a day or longer, a TIME shorter | «امروز» DATE, «صبح امروز» TIME, «۲۴ ساعت گذشته» TIME |
//! | durations and named occasions are not entities | ۱۰ ساعت طول کشید, به مدت پنج سال دیگر, روز قدس, ماه رمضان |
//! | MONEY includes the currency and its country | «۱۲ دلار آمریکا», «۵۰ دلاری هنگ‌کنگ» |
//!
//! And these are not entities: `دی` inside `دیجیتال`, `تیر`, `مهر`, `بهمن` … with no day, year
//! or `ماه` next to them, `می` the verbal prefix, `صفر` "zero", `رجب طیب اردوغان`, `نماز جمعه`,
//! `خیابان ۱۵ خرداد`, `کووید ۱۹`, `دومین نشست`, habits and days that come back every year
//! (`روزهای شنبه`, `هر جمعه`, `اول مهر هر سال`), outlets named with a day (`رادیو فردا`),
//! vague counts (`چند روز پیش`, `سال‌های اخیر`),
//! a bare `امروز` that means "nowadays" (`گفت : امروز ما …`), and numbers that merely look like
//! years (round hundreds, codes, quantities: `۲۰۰۰ نسخه`).
//!
//! ```
//! use pardaz::entities::{Label, TemporalExtractor};
//!
//! let text = "جلسه در ۱۲ فروردین ۱۴۰۲ ساعت ۱۰ صبح با ۳۵ درصد آرا و ۵۰۰ هزار تومان بودجه برگزار شد";
//! let found = TemporalExtractor::new().extract(text, None);
//! let spans: Vec<(Label, &str)> = found.iter().map(|e| (e.label, e.text)).collect();
//! assert_eq!(
//!     spans,
//!     [
//!         (Label::Time, "۱۲ فروردین ۱۴۰۲ ساعت ۱۰ صبح"),
//!         (Label::Percent, "۳۵ درصد"),
//!         (Label::Money, "۵۰۰ هزار تومان"),
//!     ]
//! );
//! ```

pub(crate) mod cal;
mod grammar;
mod lexicon;
mod resolve;

use std::ops::Range;

use super::Entity;
use crate::normalize::{SearchText, fold_for_search};
use cal::GregorianDate;
use grammar::Found;
use lexicon::Lexicon;

/// Finds DATE, TIME, MONEY and PERCENT entities and resolves their values.
///
/// Cheap to create and to share (`Send + Sync`): the vocabulary is compiled once per process,
/// on first use. See the [module docs](self) for what it finds.
///
/// ```
/// use pardaz::calendar::GregorianDate;
/// use pardaz::entities::{TemporalExtractor, Value};
///
/// let today = GregorianDate::new(2024, 3, 20).ok();
/// let found = TemporalExtractor::new().extract("دیروز اعلام شد", today);
/// assert_eq!(found[0].text, "دیروز");
/// let Some(Value::Date(d)) = &found[0].value else { panic!() };
/// assert_eq!(d.offset_days, Some(-1));
/// assert_eq!(d.gregorian_start.map(|d| d.to_string()).as_deref(), Some("2024-03-19"));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct TemporalExtractor {
    _private: (),
}

impl TemporalExtractor {
    /// A new extractor.
    pub fn new() -> Self {
        TemporalExtractor { _private: () }
    }

    /// The DATE, TIME, MONEY and PERCENT entities of `text`, with byte spans into `text`,
    /// sorted by position and never overlapping.
    ///
    /// `reference` is the day the text was written (its publication date): relative
    /// expressions (`دیروز`, `هفته گذشته`) and weekdays are resolved against it, and
    /// two-digit years after 1400 SH are recognized. Without it they keep their `relative`
    /// and `offset_days` but no Gregorian dates. The library never reads the clock.
    ///
    /// ```
    /// use pardaz::entities::TemporalExtractor;
    ///
    /// let found = TemporalExtractor::new().extract("قیمت‌ها ۲٫۵ درصد بالا رفت", None);
    /// assert_eq!(found[0].text, "۲٫۵ درصد");
    /// ```
    pub fn extract<'a>(&self, text: &'a str, reference: Option<GregorianDate>) -> Vec<Entity<'a>> {
        let folded = fold_for_search(text);
        self.extract_folded(text, &folded, reference)
    }

    /// The same as [`extract`](Self::extract), on a text already folded with
    /// [`fold_for_search`], so that several extractors can share one fold.
    ///
    /// `folded` must be the fold of `text`; spans that do not map into `text` are dropped.
    ///
    /// ```
    /// use pardaz::entities::TemporalExtractor;
    /// use pardaz::normalize::fold_for_search;
    ///
    /// let text = "در سال ۱۳۹۶";
    /// let folded = fold_for_search(text);
    /// let found = TemporalExtractor::new().extract_folded(text, &folded, None);
    /// assert_eq!(found[0].text, "سال ۱۳۹۶");
    /// ```
    pub fn extract_folded<'a>(
        &self,
        text: &'a str,
        folded: &SearchText,
        reference: Option<GregorianDate>,
    ) -> Vec<Entity<'a>> {
        let lex = Lexicon::get();
        let mut toks = Vec::new();
        lex.tokens(&folded.text, &mut toks);
        let mut found: Vec<Found> = Vec::new();
        grammar::parse(&folded.text, &toks, lex, &mut found);
        let mut out: Vec<Entity<'a>> = Vec::with_capacity(found.len());
        for f in found {
            let Some(span) = to_input(text, folded, f.start..f.end) else {
                continue;
            };
            if out.last().is_some_and(|e| e.end > span.start) {
                continue;
            }
            let Some(slice) = text.get(span.clone()) else {
                continue;
            };
            let (label, value) = resolve::resolve(&f.expr, reference);
            out.push(Entity {
                label,
                start: span.start,
                end: span.end,
                text: slice,
                value: Some(value),
                nested: false,
            });
        }
        out
    }
}

/// The span of `text` that the folded span `range` came from, when it is a valid span.
fn to_input(text: &str, folded: &SearchText, range: Range<usize>) -> Option<Range<usize>> {
    if folded.map.input_len() != text.len() {
        return None;
    }
    let r = folded.map.to_input(range);
    (r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)).then_some(r)
}
