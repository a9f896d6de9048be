//! The calendar against the shared oracle files (skipped when `../shared` is absent) and its
//! invariants as property tests.

use pardaz::calendar::{Date, GregorianDate, HijriDate, JalaliDate, Weekday};
use proptest::prelude::*;

const ORACLE_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/calendar/");

/// The rows of an oracle file split on tabs, or `None` (with a note) when it is absent.
fn oracle_rows(file: &str) -> Option<Vec<Vec<String>>> {
    let path = format!("{ORACLE_DIR}{file}");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| l.split('\t').map(|f| f.trim().to_owned()).collect())
                .collect(),
        ),
        Err(_) => {
            eprintln!("skipped: {path} is absent");
            None
        }
    }
}

fn jalali(fields: &[String]) -> (i32, u8, u8) {
    (
        fields[0].parse().unwrap(),
        fields[1].parse().unwrap(),
        fields[2].parse().unwrap(),
    )
}

#[test]
fn jalali_oracle_rows_convert_both_ways() {
    let Some(rows) = oracle_rows("jalali_oracle.tsv") else {
        return;
    };
    assert_eq!(rows.len(), 3000);
    let mut failures = Vec::new();
    for row in &rows {
        let (y, m, d) = jalali(&row[..3]);
        let date = JalaliDate::new(y, m, d).unwrap();
        let g = date.to_gregorian();
        if g.to_string() != row[3] || g.to_jalali() != date {
            failures.push(format!("{y}-{m}-{d}: got {g}, oracle {}", row[3]));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {}: {failures:#?}",
        failures.len(),
        rows.len()
    );
}

#[test]
fn reverse_oracle_rows_convert_both_ways() {
    let Some(rows) = oracle_rows("jalali_oracle_reverse.tsv") else {
        return;
    };
    assert_eq!(rows.len(), 200);
    for row in &rows {
        let iso = &row[0];
        let g = GregorianDate::new(
            iso[..4].parse().unwrap(),
            iso[5..7].parse().unwrap(),
            iso[8..10].parse().unwrap(),
        )
        .unwrap();
        assert_eq!(&g.to_string(), iso);
        let (y, m, d) = jalali(&row[1..4]);
        let want = JalaliDate::new(y, m, d).unwrap();
        assert_eq!(g.to_jalali(), want, "{iso}");
        assert_eq!(want.to_gregorian(), g, "{iso}");
    }
}

#[test]
fn invalid_oracle_dates_are_rejected() {
    let Some(rows) = oracle_rows("jalali_invalid.tsv") else {
        return;
    };
    assert_eq!(rows.len(), 463);
    for row in &rows {
        let (y, m, d) = jalali(&row[..3]);
        let result = JalaliDate::new(y, m, d);
        assert!(result.is_err(), "{y}-{m}-{d} accepted as {result:?}");
    }
}

/// Any supported day number.
fn day_number() -> impl Strategy<Value = i32> {
    Date::<pardaz::calendar::Gregorian>::MIN_DAY_NUMBER
        ..=Date::<pardaz::calendar::Gregorian>::MAX_DAY_NUMBER
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn gregorian_dates_round_trip_through_every_calendar(n in day_number()) {
        let g = GregorianDate::from_day_number(n).unwrap();
        prop_assert_eq!(g.day_number(), n);
        prop_assert_eq!(g.to_jalali().to_gregorian(), g);
        prop_assert_eq!(g.to_hijri().to_gregorian(), g);
        prop_assert_eq!(g.to_jalali().to_hijri(), g.to_hijri());
        // The fields rebuild the same date.
        prop_assert_eq!(GregorianDate::new(g.year(), g.month(), g.day()), Ok(g));
        let j = g.to_jalali();
        prop_assert_eq!(JalaliDate::new(j.year(), j.month(), j.day()), Ok(j));
        let h = g.to_hijri();
        prop_assert_eq!(HijriDate::new(h.year(), h.month(), h.day()), Ok(h));
    }

    #[test]
    fn weekdays_agree_across_calendars_and_advance_by_one(n in day_number()) {
        let g = GregorianDate::from_day_number(n).unwrap();
        let w = g.weekday();
        prop_assert_eq!(g.to_jalali().weekday(), w);
        prop_assert_eq!(g.to_hijri().weekday(), w);
        if let Ok(next) = g.add_days(1) {
            prop_assert_eq!(next.weekday(), w.next());
        }
        if let Ok(week) = g.add_days(7) {
            prop_assert_eq!(week.weekday(), w);
        }
    }

    #[test]
    fn add_days_and_days_until_are_inverse(n in day_number(), k in -100_000i32..100_000) {
        let j = JalaliDate::from_day_number(n).unwrap();
        match j.add_days(k) {
            Ok(later) => {
                prop_assert_eq!(j.days_until(later), k);
                prop_assert_eq!(later.add_days(-k), Ok(j));
                prop_assert_eq!(j < later, k > 0);
            }
            Err(_) => {
                let m = i64::from(n) + i64::from(k);
                prop_assert!(
                    m < i64::from(JalaliDate::MIN_DAY_NUMBER)
                        || m > i64::from(JalaliDate::MAX_DAY_NUMBER)
                );
            }
        }
    }

    #[test]
    fn add_months_moves_the_month_and_keeps_the_day_when_it_can(n in day_number(), k in any::<i32>()) {
        let j = JalaliDate::from_day_number(n).unwrap();
        if let Ok(later) = j.add_months(k) {
            let months = |d: JalaliDate| i64::from(d.year()) * 12 + i64::from(d.month());
            prop_assert_eq!(months(later) - months(j), i64::from(k));
            prop_assert_eq!(later.day(), j.day().min(later.days_in_month()));
        }
    }

    #[test]
    fn construction_never_panics(y in any::<i32>(), m in any::<u8>(), d in any::<u8>()) {
        if let Ok(j) = JalaliDate::new(y, m, d) {
            prop_assert_eq!(JalaliDate::from_day_number(j.day_number()), Ok(j));
        }
        if let Ok(g) = GregorianDate::new(y, m, d) {
            prop_assert_eq!(GregorianDate::from_day_number(g.day_number()), Ok(g));
        }
        if let Ok(h) = HijriDate::new(y, m, d) {
            prop_assert_eq!(HijriDate::from_day_number(h.day_number()), Ok(h));
        }
    }

    #[test]
    fn parsing_arbitrary_text_never_panics(s in "\\PC{0,16}|[-۰-۹0-9/]{0,14}") {
        if let Ok(j) = s.parse::<JalaliDate>() {
            prop_assert_eq!(j.to_string().parse::<JalaliDate>(), Ok(j));
        }
        let _ = s.parse::<GregorianDate>();
        let _ = s.parse::<HijriDate>();
    }

    #[test]
    fn iso_display_has_the_fields(n in day_number()) {
        let j = JalaliDate::from_day_number(n).unwrap();
        let iso = j.to_string();
        let (year, rest) = iso.rsplit_once('-').and_then(|(ym, d)| {
            ym.rsplit_once('-').map(|(y, m)| (y.to_owned(), (m.to_owned(), d.to_owned())))
        }).unwrap();
        prop_assert_eq!(year.parse::<i32>().unwrap(), j.year());
        prop_assert_eq!(rest.0.parse::<u8>().unwrap(), j.month());
        prop_assert_eq!(rest.1.parse::<u8>().unwrap(), j.day());
    }
}

#[test]
fn table_of_known_days() {
    // (Jalali, Gregorian, weekday), one line a case.
    let cases = [
        ((1403, 1, 1), (2024, 3, 20), Weekday::Wednesday),
        ((1403, 12, 30), (2025, 3, 20), Weekday::Thursday),
        ((1404, 1, 1), (2025, 3, 21), Weekday::Friday),
        ((1357, 11, 22), (1979, 2, 11), Weekday::Sunday),
        ((1396, 1, 1), (2017, 3, 21), Weekday::Tuesday),
        ((1304, 1, 11), (1925, 3, 31), Weekday::Tuesday),
        ((1379, 10, 11), (2000, 12, 31), Weekday::Sunday),
    ];
    for ((jy, jm, jd), (gy, gm, gd), weekday) in cases {
        let j = JalaliDate::new(jy, jm, jd).unwrap();
        let g = GregorianDate::new(gy, gm, gd).unwrap();
        assert_eq!(j.to_gregorian(), g, "{j}");
        assert_eq!(g.to_jalali(), j, "{g}");
        assert_eq!(j.weekday(), weekday, "{j}");
    }
}
