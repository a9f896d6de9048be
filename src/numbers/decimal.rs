//! [`Decimal`]: an exact non-negative decimal number, the value of a parsed number.

use std::cmp::Ordering;
use std::fmt;

/// An exact non-negative decimal number: `mantissa × 10^-scale`.
///
/// Numbers in text are decimal (`۲/۵`, `۳.۵ میلیارد`, `۱۲٬۵۰۰`), and money wants them exact,
/// so the parser does not round through `f64`. The representation is normalized (no trailing
/// zeros in the fraction), so `==` and `Hash` compare values. Up to `u64::MAX` units of the
/// last place, with at most 19 decimal places.
///
/// ```
/// use pardaz::numbers::Decimal;
///
/// let d = Decimal::new(25, 1).unwrap(); // 2.5
/// assert_eq!(d.to_string(), "2.5");
/// assert_eq!(d.to_f64(), 2.5);
/// assert_eq!(d.to_integer(), None);
/// assert_eq!(Decimal::new(2500, 3), Decimal::new(25, 1));
/// assert_eq!(Decimal::from(12_500u64).to_integer(), Some(12_500));
/// assert!(Decimal::new(25, 1).unwrap() < Decimal::from(3u64));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    mantissa: u64,
    scale: u8,
}

/// The largest scale: `10^19` still fits in a `u64`.
const MAX_SCALE: u8 = 19;

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    /// `mantissa × 10^-scale`, normalized; `None` when `scale` is above 19.
    ///
    /// ```
    /// use pardaz::numbers::Decimal;
    /// assert_eq!(Decimal::new(350, 2).unwrap().to_string(), "3.5");
    /// assert_eq!(Decimal::new(1, 20), None);
    /// ```
    pub const fn new(mantissa: u64, scale: u8) -> Option<Decimal> {
        if scale > MAX_SCALE {
            return None;
        }
        let (mut mantissa, mut scale) = (mantissa, scale);
        while scale > 0 && mantissa % 10 == 0 {
            mantissa /= 10;
            scale -= 1;
        }
        if mantissa == 0 {
            scale = 0;
        }
        Some(Decimal { mantissa, scale })
    }

    /// The digits of the number without its decimal point: `25` for 2.5.
    ///
    /// ```
    /// assert_eq!(pardaz::numbers::Decimal::new(25, 1).unwrap().mantissa(), 25);
    /// ```
    pub const fn mantissa(self) -> u64 {
        self.mantissa
    }

    /// The number of digits after the decimal point (0 for integers).
    ///
    /// ```
    /// assert_eq!(pardaz::numbers::Decimal::new(25, 1).unwrap().scale(), 1);
    /// ```
    pub const fn scale(self) -> u8 {
        self.scale
    }

    /// Whether the number is whole.
    ///
    /// ```
    /// use pardaz::numbers::Decimal;
    /// assert!(Decimal::from(7u64).is_integer());
    /// assert!(!Decimal::new(75, 1).unwrap().is_integer());
    /// ```
    pub const fn is_integer(self) -> bool {
        self.scale == 0
    }

    /// The number as a `u64` when it is whole.
    ///
    /// ```
    /// use pardaz::numbers::Decimal;
    /// assert_eq!(Decimal::new(3500, 3).unwrap().to_integer(), None);
    /// assert_eq!(Decimal::new(30000, 4).unwrap().to_integer(), Some(3));
    /// ```
    pub const fn to_integer(self) -> Option<u64> {
        if self.scale == 0 {
            Some(self.mantissa)
        } else {
            None
        }
    }

    /// The nearest `f64`.
    ///
    /// ```
    /// assert_eq!(pardaz::numbers::Decimal::new(125, 2).unwrap().to_f64(), 1.25);
    /// ```
    pub fn to_f64(self) -> f64 {
        // Exact for the mantissas and scales text produces; the division rounds once.
        self.mantissa as f64 / 10f64.powi(i32::from(self.scale))
    }

    /// Whether the number is zero.
    ///
    /// ```
    /// assert!(pardaz::numbers::Decimal::ZERO.is_zero());
    /// ```
    pub const fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    /// `self + other`, or `None` on overflow.
    ///
    /// ```
    /// use pardaz::numbers::Decimal;
    /// let half = Decimal::new(5, 1).unwrap();
    /// assert_eq!(Decimal::from(2u64).checked_add(half), Decimal::new(25, 1));
    /// ```
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let a = self.mantissa.checked_mul(pow10(scale - self.scale))?;
        let b = other.mantissa.checked_mul(pow10(scale - other.scale))?;
        Decimal::new(a.checked_add(b)?, scale)
    }

    /// `self × factor`, or `None` on overflow.
    ///
    /// ```
    /// use pardaz::numbers::Decimal;
    /// let d = Decimal::new(35, 1).unwrap().checked_mul(1_000_000_000);
    /// assert_eq!(d.and_then(Decimal::to_integer), Some(3_500_000_000));
    /// ```
    pub fn checked_mul(self, factor: u64) -> Option<Decimal> {
        // Multiply the fraction away first, so that 3.5 × 10⁹ never overflows on the way.
        let mut mantissa = self.mantissa;
        let mut scale = self.scale;
        let mut factor = factor;
        while scale > 0 && factor % 10 == 0 && factor > 0 {
            factor /= 10;
            scale -= 1;
        }
        mantissa = mantissa.checked_mul(factor)?;
        Decimal::new(mantissa, scale)
    }

    /// The value scaled to `MAX_SCALE` places, for comparison.
    fn scaled(self) -> u128 {
        u128::from(self.mantissa) * u128::from(pow10(MAX_SCALE - self.scale))
    }
}

/// 10^n for n ≤ 19.
const fn pow10(n: u8) -> u64 {
    let mut p = 1u64;
    let mut i = 0;
    while i < n && i < MAX_SCALE {
        p *= 10;
        i += 1;
    }
    p
}

impl From<u64> for Decimal {
    fn from(n: u64) -> Self {
        Decimal {
            mantissa: n,
            scale: 0,
        }
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        self.scaled().cmp(&other.scaled())
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Decimal {
    /// Writes the number with ASCII digits and a `.` when it has a fraction: `12500`, `2.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = pow10(self.scale);
        let (int, frac) = (self.mantissa / unit, self.mantissa % unit);
        if self.scale == 0 {
            write!(f, "{int}")
        } else {
            write!(f, "{int}.{frac:0width$}", width = usize::from(self.scale))
        }
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Decimal {
    /// Serializes as a JSON number: an integer when whole, a float otherwise.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.to_integer() {
            Some(n) => serializer.serialize_u64(n),
            None => serializer.serialize_f64(self.to_f64()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u64, s: u8) -> Decimal {
        Decimal::new(m, s).unwrap()
    }

    #[test]
    fn display_writes_the_fraction_with_its_leading_zeros() {
        let cases = [
            (d(5, 2), "0.05"),
            (d(1205, 2), "12.05"),
            (d(0, 3), "0"),
            (d(7, 0), "7"),
        ];
        for (n, want) in cases {
            assert_eq!(n.to_string(), want);
        }
    }

    #[test]
    fn equal_values_are_equal_whatever_their_written_scale() {
        assert_eq!(d(2500, 3), d(25, 1));
        assert_eq!(d(0, 5), Decimal::ZERO);
    }

    #[test]
    fn arithmetic_reports_overflow() {
        assert_eq!(
            Decimal::from(u64::MAX).checked_add(Decimal::from(1u64)),
            None
        );
        assert_eq!(Decimal::from(u64::MAX / 2).checked_mul(3), None);
        assert_eq!(d(15, 1).checked_mul(1000), Some(Decimal::from(1500u64)));
    }

    #[test]
    fn ordering_compares_values() {
        let mut v = [d(25, 1), Decimal::from(2u64), d(2501, 3), d(1, 19)];
        v.sort();
        assert_eq!(v, [d(1, 19), Decimal::from(2u64), d(25, 1), d(2501, 3)]);
    }

    // serde_json comes with the `cli` feature.
    #[cfg(all(feature = "serde", feature = "cli"))]
    #[test]
    fn decimals_serialize_as_json_numbers() {
        assert_eq!(
            serde_json::to_string(&Decimal::from(12_500u64)).unwrap(),
            "12500"
        );
        assert_eq!(serde_json::to_string(&d(25, 1)).unwrap(), "2.5");
    }
}
