//! pardaz (پرداز, "processor") normalizes, tokenizes and extracts entities from Persian text.
//!
//! Every stage borrows the caller's text and reports byte spans into it, so a token or an
//! entity found in normalized text can always be traced back to the place it came from.
//!
//! # Overview
//!
//! * [`normalize`]: the [`Normalizer`] (Persian-editor orthography) and the
//!   [`OffsetMap`](normalize::OffsetMap) that ties its output back to the input.
//! * [`tokenize`]: sentences and words as zero-copy spans.
//! * [`calendar`]: Jalali, Gregorian and lunar Hijri dates.
//! * [`numbers`]: numbers in digits and words, cardinal and ordinal.
//! * [`entities`]: dates, times, money, percentages, people, titles, organizations, locations
//!   and the officials that tie them together.
//! * [`chars`]: the character classes and tables every stage shares.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod calendar;
pub mod chars;
pub mod entities;
mod hash;
pub mod normalize;
pub mod numbers;
pub mod tokenize;

pub use calendar::{Calendar, DateError, GregorianDate, HijriDate, JalaliDate, Weekday};
pub use normalize::{DigitPolicy, Normalizer, NormalizerOptions};
pub use tokenize::{
    Sentence, Sentences, Token, TokenKind, Tokenizer, TokenizerOptions, Tokens, sentences, tokens,
};

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
