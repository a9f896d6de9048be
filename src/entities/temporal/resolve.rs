//! Turns parsed expressions into [`Value`]s: picks the calendar, expands two-digit years,
//! and computes the Gregorian period a date denotes, relative expressions against the
//! caller's reference date.
//!
//! | written | calendar | year |
//! |---|---|---|
//! | a month name | the month's calendar | as written; two digits in that calendar's current century |
//! | a marker (`شمسی`, `قمری`, `میلادی`) | the marker's | as written |
//! | a bare four-digit year | 1800–2200: Gregorian; otherwise Jalali | as written |
//! | a two-digit year (`سال ۹۶`) | Jalali | 1300 + yy, or 1400 + yy when yy ≤ (reference year − 1400) |
//! | a relative expression, a weekday alone | Jalali (with a reference date) | from the reference; a weekday is that day of the reference's week (Saturday to Friday) |

use super::cal::{self, Calendar, GregorianDate};
use super::grammar::{Clock, DateSpec, Expr, TimeSpec, Year};
use crate::calendar::Weekday;
use crate::entities::Label;
use crate::entities::value::{
    DateValue, MoneyValue, PercentValue, PeriodPart, RelativeUnit, Season, TimeValue, Value,
};

/// The label and value of an expression.
pub(super) fn resolve(expr: &Expr, reference: Option<GregorianDate>) -> (Label, Value) {
    let today = reference.map(cal::gregorian_day_number);
    match expr {
        Expr::Date(spec) => (Label::Date, Value::Date(date_value(spec, today))),
        Expr::Time(t) => (Label::Time, Value::Time(time_value(t, today))),
        Expr::Money {
            amount,
            max,
            currency,
        } => (
            Label::Money,
            Value::Money(MoneyValue {
                amount: *amount,
                amount_max: *max,
                currency: *currency,
            }),
        ),
        Expr::Percent { value, max } => (
            Label::Percent,
            Value::Percent(PercentValue {
                value: *value,
                value_max: *max,
            }),
        ),
    }
}

/// A resolved period: calendar, fields, and first and last day numbers.
#[derive(Clone, Copy, Debug, Default)]
struct Period {
    cal: Option<Calendar>,
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    first: Option<i64>,
    last: Option<i64>,
}

/// The full year of a written year, in `cal` (or the calendar its value implies).
fn full_year(y: Year, cal: Option<Calendar>, today: Option<i64>) -> (i32, Calendar) {
    let cal = y.marker.or(cal);
    if !y.short {
        let cal = cal.unwrap_or(if (1800..=2200).contains(&y.value) {
            Calendar::Gregorian
        } else {
            Calendar::Jalali
        });
        return (y.value, cal);
    }
    let cal = cal.unwrap_or(Calendar::Jalali);
    let yy = y.value;
    let full = match cal {
        Calendar::Jalali => {
            let now = today.and_then(cal::jalali_of).map(|j| j.0);
            match now {
                Some(now) if yy <= now - 1400 => 1400 + yy,
                _ => 1300 + yy,
            }
        }
        Calendar::Gregorian => {
            let now = today
                .and_then(cal::gregorian_of)
                .map_or(2030, |g| g.year() + 5);
            if 2000 + yy <= now {
                2000 + yy
            } else {
                1900 + yy
            }
        }
        Calendar::HijriLunar => {
            if yy < 70 {
                1400 + yy
            } else {
                1300 + yy
            }
        }
    };
    (full, cal)
}

fn month_bounds(c: Calendar, y: i32, m: u8) -> Option<(i64, i64)> {
    let first = cal::day_number(c, y, m, 1)?;
    let last = cal::day_number(c, y, m, cal::days_in_month(c, y, m))?;
    Some((first, last))
}

fn year_bounds(c: Calendar, y: i32) -> Option<(i64, i64)> {
    Some((month_bounds(c, y, 1)?.0, month_bounds(c, y, 12)?.1))
}

/// The calendar year containing day `n`.
fn year_of(c: Calendar, n: i64) -> Option<i32> {
    match c {
        Calendar::Jalali => cal::jalali_of(n).map(|j| j.0),
        Calendar::Gregorian => cal::gregorian_of(n).map(|g| g.year()),
        Calendar::HijriLunar => {
            // Tabular years are 354 or 355 days: search around the estimate.
            let epoch = cal::day_number(Calendar::HijriLunar, 1, 1, 1)?;
            let guess = ((n - epoch) as f64 / 354.367) as i32 + 1;
            (guess - 1..=guess + 1)
                .rev()
                .find(|&y| cal::day_number(Calendar::HijriLunar, y, 1, 1).is_some_and(|s| s <= n))
        }
    }
}

/// The absolute period of a spec (no relative part), borrowing missing fields from `base`.
fn absolute(spec: &DateSpec, base: &Period, today: Option<i64>) -> Period {
    let cal = spec.cal.or(spec.year.and_then(|y| y.marker)).or(base.cal);
    let mut p = Period::default();
    let (year, cal) = match spec.year {
        Some(y) => {
            let (v, c) = full_year(y, cal, today);
            (Some(v), Some(c))
        }
        None => (base.year, cal),
    };
    p.cal = cal;
    p.year = year;
    p.month = spec
        .month
        .or(if spec.day.is_some() { base.month } else { None });
    p.day = spec.day;
    let Some(c) = cal else {
        return p;
    };
    // A month or day without a year: the year of the reference date, or the one before /
    // after it for "اسفند گذشته" / "مهر آینده".
    if p.year.is_none()
        && p.month.is_some()
        && let Some(t) = today
        && let Some(ty) = year_of(c, t)
    {
        let m = p.month.unwrap_or(1);
        let this = cal::day_number(c, ty, m, 1);
        p.year = Some(match (spec.month_direction, this) {
            (Some(d), Some(start)) if d < 0 && start > t => ty - 1,
            (Some(d), Some(start)) if d > 0 && start <= t => ty + 1,
            _ => ty,
        });
    }
    let Some(y) = p.year else {
        return p;
    };
    let bounds = match (p.month, p.day) {
        (Some(m), Some(d)) => cal::day_number(c, y, m, d).map(|n| (n, n)),
        (Some(m), None) => month_bounds(c, y, m),
        (None, _) => year_bounds(c, y),
    };
    if let Some((a, b)) = bounds {
        p.first = Some(a);
        p.last = Some(b);
    }
    p
}

/// The first day (Saturday) of the week containing day `n`.
fn week_start(n: i64) -> i64 {
    n - i64::from(cal::weekday_of(n))
}

/// The period of a relative expression, resolved against `today`.
fn relative_period(spec: &DateSpec, today: i64) -> Option<Period> {
    let rel = spec.relative?;
    let o = i64::from(rel.offset);
    let jalali = |first: i64, last: i64, day: bool| {
        let j = cal::jalali_of(first);
        Period {
            cal: Some(Calendar::Jalali),
            year: j.map(|j| j.0),
            month: j.map(|j| j.1),
            day: j.filter(|_| day).map(|j| j.2),
            first: Some(first),
            last: Some(last),
        }
    };
    Some(match rel.unit {
        RelativeUnit::Day | RelativeUnit::Night => {
            let mut n = today + o;
            // "امروز سه‌شنبه" names the same day twice: trust the offset.
            if rel.offset != 0
                && let Some(w) = spec.weekday
            {
                n = week_start(n) + i64::from(w);
            }
            jalali(n, n, true)
        }
        RelativeUnit::Week => {
            let start = week_start(today) + 7 * o;
            match spec.weekday {
                Some(w) => {
                    let n = start + i64::from(w);
                    jalali(n, n, true)
                }
                None => {
                    let mut p = jalali(start, start + 6, false);
                    p.year = None;
                    p.month = None;
                    p
                }
            }
        }
        RelativeUnit::Month => {
            let (y, m, _) = cal::jalali_of(today)?;
            let idx = i64::from(y) * 12 + i64::from(m) - 1 + o;
            let (y, m) = (
                i32::try_from(idx.div_euclid(12)).ok()?,
                (idx.rem_euclid(12) + 1) as u8,
            );
            let (a, b) = month_bounds(Calendar::Jalali, y, m)?;
            jalali(a, b, false)
        }
        RelativeUnit::Year => {
            // "سال گذشته" counts Jalali years; "سال گذشته میلادی", "اکتبر سال جاری"
            // count in the calendar written.
            let c = spec.cal.unwrap_or(Calendar::Jalali);
            let y = year_of(c, today)? + i32::try_from(o).ok()?;
            let (a, b) = match (spec.month, spec.day) {
                (Some(m), Some(d)) => {
                    let n = cal::day_number(c, y, m, d)?;
                    (n, n)
                }
                (Some(m), None) => month_bounds(c, y, m)?,
                (None, _) => year_bounds(c, y)?,
            };
            Period {
                cal: Some(c),
                year: Some(y),
                month: spec.month,
                day: spec.day,
                first: Some(a),
                last: Some(b),
            }
        }
        RelativeUnit::Decade | RelativeUnit::Century => {
            let span = if rel.unit == RelativeUnit::Decade {
                10
            } else {
                100
            };
            let y = cal::jalali_of(today)?.0;
            let first_year = (y.div_euclid(span) + i32::try_from(o).ok()?) * span;
            let (a, _) = year_bounds(Calendar::Jalali, first_year)?;
            let (_, b) = year_bounds(Calendar::Jalali, first_year + span - 1)?;
            let mut p = jalali(a, b, false);
            p.year = None;
            p.month = None;
            p
        }
        RelativeUnit::Hour | RelativeUnit::Minute => return None,
    })
}

/// Narrows a period to the part the text names.
fn narrow(first: i64, last: i64, part: Option<PeriodPart>) -> (i64, i64) {
    let len = last - first + 1;
    let (a, b) = match part {
        Some(PeriodPart::Early) => (first, first + len / 3 - 1),
        Some(PeriodPart::Mid) => (first + len / 3, last - len / 3),
        Some(PeriodPart::Late) => (last - len / 3 + 1, last),
        Some(PeriodPart::FirstHalf) => (first, first + len / 2 - 1),
        Some(PeriodPart::SecondHalf) => (first + len / 2, last),
        _ => (first, last),
    };
    (a, b.max(a))
}

fn period(spec: &DateSpec, base: &Period, today: Option<i64>) -> Period {
    // "امروز دوشنبه ۱۹ مهر": the written date is more precise than the offset.
    let dated_day =
        spec.relative.is_some_and(|r| r.unit == RelativeUnit::Day) && spec.month.is_some();
    let mut p = if spec.relative.is_some() && !dated_day {
        match today.and_then(|t| relative_period(spec, t)) {
            Some(p) => p,
            None => return Period::default(),
        }
    } else if let (Some(w), None, None, Some(t)) = (spec.weekday, spec.month, spec.year, today) {
        // A weekday alone: that day of the reference date's week (Saturday to Friday).
        let n = week_start(t) + i64::from(w);
        let (y, m, d) = cal::jalali_of(n).unwrap_or_default();
        Period {
            cal: Some(Calendar::Jalali),
            year: Some(y),
            month: Some(m),
            day: Some(d),
            first: Some(n),
            last: Some(n),
        }
    } else {
        absolute(spec, base, today)
    };
    // Seasons: three months of the (Jalali) year.
    if let (Some(s), Some(y)) = (spec.season.and_then(Season::from_index), p.year)
        && let (Some((a, _)), Some((_, b))) = (
            month_bounds(Calendar::Jalali, y, s.first_month()),
            month_bounds(Calendar::Jalali, y, s.first_month() + 2),
        )
    {
        p.first = Some(a);
        p.last = Some(b);
    }
    // Decades: "دهه ۷۰" is 1370–1379 SH; "دهه ۱۹۹۰ میلادی" 1990–1999.
    if let Some(d) = spec.decade {
        let (y, c) = full_year(d, spec.cal, today);
        p.cal = Some(c);
        if let (Some((a, _)), Some((_, b))) = (year_bounds(c, y), year_bounds(c, y + 9)) {
            p.first = Some(a);
            p.last = Some(b);
        }
    }
    // Centuries: "قرن ۱۴" (Jalali by default) is 1301–1400.
    if let Some(n) = spec.century {
        let c = spec.cal.unwrap_or(Calendar::Jalali);
        p.cal = Some(c);
        let y = (n - 1) * 100 + 1;
        if let (Some((a, _)), Some((_, b))) = (year_bounds(c, y), year_bounds(c, y + 99)) {
            p.first = Some(a);
            p.last = Some(b);
        }
    }
    p
}

fn date_value(spec: &DateSpec, today: Option<i64>) -> DateValue {
    let p = period(spec, &Period::default(), today);
    let mut v = DateValue {
        calendar: p.cal,
        year: p.year,
        month: p.month,
        day: p.day,
        weekday: spec
            .weekday
            .and_then(|w| Weekday::ALL.get(usize::from(w)).copied()),
        season: spec.season.and_then(Season::from_index),
        part: spec.part,
        relative: spec.relative,
        approximate: p.cal == Some(Calendar::HijriLunar),
        ..DateValue::default()
    };
    if let Some(d) = spec.decade {
        let (y, _) = full_year(d, spec.cal, today);
        v.decade = Some(y);
        v.year = None;
    }
    v.century = spec.century;
    if let Some(r) = spec.relative {
        v.offset_days = match r.unit {
            RelativeUnit::Day | RelativeUnit::Night => Some(r.offset),
            RelativeUnit::Week if spec.weekday.is_none() => r.offset.checked_mul(7),
            _ => None,
        };
    }
    let (mut first, mut last) = (p.first, p.last);
    if let Some(end) = &spec.end {
        let e = period(end, &p, today);
        if e.last.is_some() {
            last = e.last;
        }
        v.end_year = e.year;
        v.end_month = e.month;
        v.end_day = e.day;
    }
    if spec.until_now
        && let Some(t) = today
    {
        last = Some(t);
    }
    if let (Some(a), Some(b)) = (first, last) {
        let (a, b) = narrow(a, b, spec.part);
        first = Some(a);
        last = Some(b);
    }
    v.gregorian_start = first.and_then(cal::gregorian_of);
    v.gregorian_end = last.and_then(cal::gregorian_of);
    v
}

/// The 24-hour hour of a clock time.
fn hour24(c: &Clock) -> Option<u8> {
    let h = c.hour?;
    let pm = c.pm.unwrap_or_else(|| {
        c.day_part.is_some_and(|p| p.is_pm())
            || (c.day_part == Some(crate::entities::DayPart::Noon) && h <= 5)
    });
    Some(match (pm, h) {
        (true, 1..=11) => h + 12,
        (_, 24) => 0,
        (false, 12) if c.pm == Some(false) => 0,
        _ => h,
    })
}

fn time_value(t: &TimeSpec, today: Option<i64>) -> TimeValue {
    TimeValue {
        date: t
            .date
            .as_ref()
            .map(|d| date_value(d, today))
            .unwrap_or_default(),
        hour: hour24(&t.clock),
        minute: t.clock.minute.or(t.clock.hour.map(|_| 0)),
        second: t.clock.second,
        day_part: t.clock.day_part,
        end_hour: t.end.as_ref().and_then(hour24),
        end_minute: t.end.and_then(|e| e.minute.or(e.hour.map(|_| 0))),
        zone: t.clock.zone,
    }
}
