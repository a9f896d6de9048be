//! Days of the week, in the Persian order (the week starts on Saturday).

use std::fmt;

/// A day of the week. The variants are in the Persian order: the week starts on Saturday
/// (شنبه) and ends on Friday (جمعه), the weekly holiday.
///
/// `Display` writes the Persian name; `Debug` the English one.
///
/// | variant | Persian | [`days_from_saturday`](Self::days_from_saturday) |
/// |---|---|---|
/// | `Saturday` | شنبه | 0 |
/// | `Sunday` | یکشنبه | 1 |
/// | `Monday` | دوشنبه | 2 |
/// | `Tuesday` | سه‌شنبه | 3 |
/// | `Wednesday` | چهارشنبه | 4 |
/// | `Thursday` | پنجشنبه | 5 |
/// | `Friday` | جمعه | 6 |
///
/// ```
/// use pardaz::calendar::{JalaliDate, Weekday};
///
/// let d = JalaliDate::new(1403, 1, 1)?;
/// assert_eq!(d.weekday(), Weekday::Wednesday);
/// assert_eq!(d.weekday().to_string(), "چهارشنبه");
/// assert_eq!(Weekday::from_persian("سه شنبه"), Some(Weekday::Tuesday));
/// # Ok::<(), pardaz::calendar::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Weekday {
    /// شنبه, the first day of the Persian week.
    Saturday,
    /// یکشنبه.
    Sunday,
    /// دوشنبه.
    Monday,
    /// سه‌شنبه.
    Tuesday,
    /// چهارشنبه.
    Wednesday,
    /// پنجشنبه.
    Thursday,
    /// جمعه, the weekly holiday.
    Friday,
}

impl Weekday {
    /// The seven days in Persian order, Saturday first.
    ///
    /// ```
    /// use pardaz::calendar::Weekday;
    /// assert_eq!(Weekday::ALL[0], Weekday::Saturday);
    /// assert_eq!(Weekday::ALL[6], Weekday::Friday);
    /// ```
    pub const ALL: [Weekday; 7] = [
        Weekday::Saturday,
        Weekday::Sunday,
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
    ];

    /// The weekday of a day number (days since 1970-01-01, a Thursday).
    pub(crate) fn from_day_number(day_number: i32) -> Weekday {
        let index = (i64::from(day_number) + 5).rem_euclid(7);
        Weekday::ALL[index as usize % 7]
    }

    /// 0 for Saturday … 6 for Friday: the position in the Persian week.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::Weekday::Friday.days_from_saturday(), 6);
    /// ```
    pub const fn days_from_saturday(self) -> u8 {
        self as u8
    }

    /// 0 for Monday … 6 for Sunday: the ISO 8601 position minus one.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::Weekday::Monday.days_from_monday(), 0);
    /// assert_eq!(pardaz::calendar::Weekday::Sunday.days_from_monday(), 6);
    /// ```
    pub const fn days_from_monday(self) -> u8 {
        (self as u8 + 5) % 7
    }

    /// The next day.
    ///
    /// ```
    /// use pardaz::calendar::Weekday;
    /// assert_eq!(Weekday::Friday.next(), Weekday::Saturday);
    /// ```
    pub const fn next(self) -> Weekday {
        Weekday::ALL[(self as usize + 1) % 7]
    }

    /// The previous day.
    ///
    /// ```
    /// use pardaz::calendar::Weekday;
    /// assert_eq!(Weekday::Saturday.previous(), Weekday::Friday);
    /// ```
    pub const fn previous(self) -> Weekday {
        Weekday::ALL[(self as usize + 6) % 7]
    }

    /// The Persian name in standard spelling (`سه‌شنبه` with a ZWNJ).
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::Weekday::Thursday.persian_name(), "پنجشنبه");
    /// ```
    pub const fn persian_name(self) -> &'static str {
        match self {
            Weekday::Saturday => "شنبه",
            Weekday::Sunday => "یکشنبه",
            Weekday::Monday => "دوشنبه",
            Weekday::Tuesday => "سه\u{200C}شنبه",
            Weekday::Wednesday => "چهارشنبه",
            Weekday::Thursday => "پنجشنبه",
            Weekday::Friday => "جمعه",
        }
    }

    /// The English name.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::Weekday::Saturday.english_name(), "Saturday");
    /// ```
    pub const fn english_name(self) -> &'static str {
        match self {
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
        }
    }

    /// The weekday a Persian word names, in any of the spellings text uses: with ZWNJ, a
    /// space or nothing between the parts (`سه‌شنبه`, `سه شنبه`), Arabic yeh and kaf
    /// (`يكشنبه`), a digit for the number (`۳شنبه`), the colloquial `سشنبه`, `چارشنبه`,
    /// `پنشنبه`, and the literary `آدینه` for Friday.
    ///
    /// The whole of `word` must be the name; this is a lookup, not a search.
    ///
    /// ```
    /// use pardaz::calendar::Weekday;
    /// assert_eq!(Weekday::from_persian("یک‌شنبه"), Some(Weekday::Sunday));
    /// assert_eq!(Weekday::from_persian("۵شنبه"), Some(Weekday::Thursday));
    /// assert_eq!(Weekday::from_persian("شنبه"), Some(Weekday::Saturday));
    /// assert_eq!(Weekday::from_persian("شنبه‌ها"), None);
    /// ```
    pub fn from_persian(word: &str) -> Option<Weekday> {
        let mut key = String::with_capacity(word.len());
        for c in word.chars() {
            match c {
                ' ' | '\u{200C}' => {}
                'ي' | 'ى' => key.push('ی'),
                'ك' => key.push('ک'),
                'آ' => key.push('ا'),
                _ => match crate::chars::digit_value(c) {
                    Some(1) => key.push_str("یک"),
                    Some(2) => key.push_str("دو"),
                    Some(3) => key.push_str("سه"),
                    Some(4) => key.push_str("چهار"),
                    Some(5) => key.push_str("پنج"),
                    Some(_) => return None,
                    None => key.push(c),
                },
            }
        }
        Some(match key.as_str() {
            "شنبه" => Weekday::Saturday,
            "یکشنبه" => Weekday::Sunday,
            "دوشنبه" => Weekday::Monday,
            "سهشنبه" | "سشنبه" => Weekday::Tuesday,
            "چهارشنبه" | "چارشنبه" => Weekday::Wednesday,
            "پنجشنبه" | "پنشنبه" => Weekday::Thursday,
            "جمعه" | "ادینه" => Weekday::Friday,
            _ => return None,
        })
    }
}

impl fmt::Display for Weekday {
    /// Writes the [Persian name](Weekday::persian_name).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.persian_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_persian_name_reads_back() {
        for day in Weekday::ALL {
            assert_eq!(Weekday::from_persian(day.persian_name()), Some(day));
        }
    }

    #[test]
    fn spelling_variants_name_their_day() {
        let cases = [
            ("سه شنبه", Some(Weekday::Tuesday)),
            ("سه‌شنبه", Some(Weekday::Tuesday)),
            ("سشنبه", Some(Weekday::Tuesday)),
            ("٣شنبه", Some(Weekday::Tuesday)),
            ("چهار شنبه", Some(Weekday::Wednesday)),
            ("چارشنبه", Some(Weekday::Wednesday)),
            ("پنج‌شنبه", Some(Weekday::Thursday)),
            ("پنشنبه", Some(Weekday::Thursday)),
            ("يكشنبه", Some(Weekday::Sunday)),
            ("آدینه", Some(Weekday::Friday)),
            ("6شنبه", None),
            ("سه", None),
            ("", None),
        ];
        for (word, want) in cases {
            assert_eq!(Weekday::from_persian(word), want, "{word}");
        }
    }

    #[test]
    fn the_week_wraps_from_friday_to_saturday() {
        let mut day = Weekday::Saturday;
        for expected in Weekday::ALL.iter().cycle().skip(1).take(14) {
            day = day.next();
            assert_eq!(day, *expected);
            assert_eq!(day.previous().next(), day);
        }
    }

    #[test]
    fn iso_positions_start_on_monday() {
        let iso: Vec<u8> = Weekday::ALL.iter().map(|d| d.days_from_monday()).collect();
        assert_eq!(iso, [5, 6, 0, 1, 2, 3, 4]);
    }
}
