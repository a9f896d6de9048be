//! Jalali (Solar Hijri), Gregorian and lunar Hijri calendars.
