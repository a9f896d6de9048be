//! Persian normalization: the editor-style [`Normalizer`] and the [`OffsetMap`] that ties
//! normalized text back to the input.
//!
//! The default follows the orthography of the Academy of Persian Language and Literature with
//! the smallest edits that reach it. Every rule has its own switch in [`NormalizerOptions`],
//! and each step is a function of its own ([`fold_letters`], [`fold_digits`], [`fix_spacing`],
//! [`fix_punctuation`], [`fix_zwnj`], [`remove_diacritics`], [`fix_invisibles`]).
//!
//! | # | rule (option) | what changes | what never changes |
//! |---|---|---|---|
//! | 1 | letters (`letters`) | ي ى ې ۍ ێ ے → ی; ك ڪ ګ → ک; ھ ە ہ → ه; ٱ → ا | hamza seats أ ؤ ئ إ, ء, ة, ۀ, هٔ |
//! | 2 | compositions (`compose`) | ا+ٓ → آ, ا+ٔ → أ, ا+ٕ → إ, و+ٔ → ؤ, ي/ی+ٔ → ئ, ە+ٔ → ۀ (before rule 1) | no other NFKC folding: `m²` keeps its ² |
//! | 3 | presentation forms (`presentation_forms`) | U+FB50–U+FDFF, U+FE70–U+FEFF → base letters (ﻷ → لأ, ﷲ → الله, ﷼ → ریال), from a table generated from Unicode data | |
//! | 4 | diacritics (`diacritics`, `kashida`) | harakat, shadda, sukun, superscript alef removed; kashida removed; a fathatan before alef moves onto it | tanwin on alef (حتماً); hamza above a silent heh (هٔ) |
//! | 5 | digits (`digits`, `number_punctuation`) | ASCII and ٠–٩ → ۰–۹ in Persian context; `2.5` → ۲٫۵, `1,200` → ۱٬۲۰۰, `40%` → ۴۰٪; `19در` → `۱۹ در` | clock times, dates, ranges, `۲/۵`; ordinal suffixes (۲۰مین); digits in a Latin context |
//! | 6 | protected spans (`protect_spans`) | nothing inside URLs, e-mail addresses, domains, hashtags, mentions, emoji sequences and Latin runs with their digits and punctuation (`Python 3.12`, `Node.js`, `C++`), nor the invisible characters next to them | |
//! | 7 | punctuation (`punctuation`, `punctuation_spacing`) | `?` `,` `;` after Persian → ؟ ، ؛; `"…"` and `“…”` around Persian → «…»; no space before `. ، ؛ ؟ ! :`, one after them before a word; no space inside « » ( ) [ ] | abbreviations (ه.ش); dashes; Latin punctuation |
//! | 8 | invisibles and spaces (`invisibles`, `spaces`) | BOM, LRM/RLM, bidi controls, soft hyphen removed (LRM/RLM between two letters stand for a ZWNJ); NBSP → space; ZWSP → ZWNJ; runs of spaces → one; line edges trimmed | line breaks |
//! | 9 | ZWNJ clean-up (`zwnj`) | runs of ZWNJ → one; none next to a space, at a word edge, before punctuation or after a non-joining letter (ا د ذ ر ز ژ و…) | |
//! | 10 | affixes and compounds (`affixes`) | می/نمی + verb (apart or glued) → می‌شود; ها/های, تر/ترین and bound elements (کننده, گذاری) → ZWNJ after a joining letter, attached after a non-joining one; a plural glued to a silent heh → رسانه‌ها; ی ای ام ات اش… after a silent heh → خانه‌ی; بی + word → بی‌; listed compounds (رئیس‌جمهور, گفت‌وگو); ‌است → a separate word | میز, میدان, ماه می; تر 'wet'; است and the future and passive auxiliaries; two words are never merged unless the lexicon says so |
//!
//! Rule 10 is guarded by the word lists under `data/normalize/`: verb stems, exceptions,
//! compounds, adjectives taking تر, words with a pronounced final ه, bound compound elements.
//!
//! Normalizing twice changes nothing, and text that is already normalized comes back
//! [borrowed](std::borrow::Cow::Borrowed) without any allocation (after the first call on a
//! thread, which sets up scratch space).
//!
//! ```
//! use pardaz::normalize::Normalizer;
//!
//! let n = Normalizer::default();
//! assert_eq!(n.normalize("رئيس جمهور مي گويد: 19در صد ها شهر"), "رئیس‌جمهور می‌گوید: ۱۹ در صدها شهر");
//! ```
//!
//! # How it works
//!
//! One left-to-right pass over the text seen as tokens (words, numbers, Latin runs, protected
//! spans, punctuation, symbols) and the separator runs between them (spaces, line breaks,
//! ZWNJs, invisible marks). Letter rules fold each word unit by unit (a letter with its marks);
//! the other rules are decisions about what each separator becomes given the tokens around it.
//! A byte-level fast path walks over the stretches that no rule can touch. Edits are recorded
//! as they are written, so the [`OffsetMap`] costs one entry per edit. With only the letter
//! rules and a digit policy switched on, text without Latin letters, protected spans or
//! presentation forms is folded character for character, sixteen bytes at a time, without the
//! token machinery: a whole text in [`normalize`](Normalizer::normalize), every stretch
//! between two Persian words in [`normalize_into`](Normalizer::normalize_into) (same output,
//! checked against the token machinery by tests).
//!
//! [`fold_for_search`] is a different, lossy canonical form used by the entity extractors for
//! matching; it shares the offset map.

mod block;
mod classes;
mod engine;
mod fast;
mod fold;
mod letters;
mod lexer;
mod lexicon;
mod offsets;
mod presentation_table;
mod search;

/// The fast hasher of the normalizer's word lists, shared with the gazetteers' word table.
pub(crate) use lexicon::FxHasher;

use std::borrow::Cow;
use std::sync::LazyLock;

pub use offsets::{ComposeError, OffsetMap, OffsetMapBuilder};
pub use search::{SearchText, fold_for_search};

use engine::{Emitter, rewrite};

/// Which digits numbers are written with (rule 5).
///
/// ```
/// use pardaz::normalize::{DigitPolicy, Normalizer, NormalizerOptions};
///
/// let latin = Normalizer::new(NormalizerOptions { digits: DigitPolicy::Latin, ..Default::default() });
/// assert_eq!(latin.normalize("سال ۱۴۰۲ و ۲٫۵ درصد"), "سال 1402 و 2.5 درصد");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum DigitPolicy {
    /// ASCII and Arabic-Indic digits become Persian digits (۰–۹) in Persian context; ASCII
    /// digits in a Latin context (`Windows 11`) stay.
    #[default]
    Persian,
    /// Every digit becomes ASCII (0–9), and ٫ ٬ ٪ become `.` `,` `%`.
    Latin,
    /// Digits stay as written.
    Keep,
}

/// The rules a [`Normalizer`] applies, one switch per rule (see the [module docs](self) for
/// the table). [`Default`] is the recommended Persian-editor style: every rule on, Persian
/// digits.
///
/// ```
/// use pardaz::normalize::{Normalizer, NormalizerOptions};
///
/// let mut options = NormalizerOptions::default();
/// options.affixes = false; // no lexicon-driven ZWNJs
/// let n = Normalizer::new(options);
/// assert_eq!(n.normalize("كتاب ها"), "کتاب ها");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct NormalizerOptions {
    /// Rule 5: the digits numbers are written with.
    pub digits: DigitPolicy,
    /// Rule 1: Arabic letter variants (yeh, kaf, heh, alef wasla) → Persian letters.
    pub letters: bool,
    /// Rule 2: decomposed letter + hamza/madda sequences → the precomposed letter.
    pub compose: bool,
    /// Rule 3: Arabic presentation forms and ligatures → base letters.
    pub presentation_forms: bool,
    /// Rule 4: harakat, shadda, sukun and superscript alef removed (tanwin on alef kept).
    pub diacritics: bool,
    /// Rule 4: kashida (tatweel, U+0640) removed.
    pub kashida: bool,
    /// Rule 5: decimal point, thousands separator and percent sign of numbers in Persian
    /// context → ٫ ٬ ٪ (or back to `.` `,` `%` with [`DigitPolicy::Latin`]).
    pub number_punctuation: bool,
    /// Rule 6: URLs, hashtags and mentions are left untouched. (E-mail addresses, domains,
    /// emoji and Latin runs are always kept: no rule changes them.)
    pub protect_spans: bool,
    /// Rule 7: `?` `,` `;` after Persian → ؟ ، ؛ and straight or curly double quotes around
    /// Persian → « ».
    pub punctuation: bool,
    /// Rules 5 and 7: no space before closing punctuation or inside brackets, one after
    /// punctuation before a word, a space between digits and a word written glued.
    pub punctuation_spacing: bool,
    /// Rule 8: BOM, LRM/RLM, bidi controls and soft hyphen removed, NBSP → space, ZWSP →
    /// ZWNJ.
    pub invisibles: bool,
    /// Rule 8: runs of spaces collapse to one and line edges are trimmed.
    pub spaces: bool,
    /// Rule 9: duplicate and misplaced ZWNJs removed.
    pub zwnj: bool,
    /// Rule 10: lexicon-guarded ZWNJ for verbal prefixes, plural and comparative suffixes,
    /// clitics after a silent heh, بی, and lexical compounds.
    pub affixes: bool,
}

impl Default for NormalizerOptions {
    fn default() -> Self {
        Self {
            digits: DigitPolicy::Persian,
            letters: true,
            compose: true,
            presentation_forms: true,
            diacritics: true,
            kashida: true,
            number_punctuation: true,
            protect_spans: true,
            punctuation: true,
            punctuation_spacing: true,
            invisibles: true,
            spaces: true,
            zwnj: true,
            affixes: true,
        }
    }
}

impl NormalizerOptions {
    /// Every rule off (digits kept, protected spans still protected): a base to switch single
    /// rules on.
    ///
    /// ```
    /// use pardaz::normalize::{Normalizer, NormalizerOptions};
    ///
    /// let mut only_letters = NormalizerOptions::none();
    /// only_letters.letters = true;
    /// assert_eq!(Normalizer::new(only_letters).normalize("يك  12"), "یک  12");
    /// ```
    pub fn none() -> Self {
        Self {
            digits: DigitPolicy::Keep,
            letters: false,
            compose: false,
            presentation_forms: false,
            diacritics: false,
            kashida: false,
            number_punctuation: false,
            protect_spans: true,
            punctuation: false,
            punctuation_spacing: false,
            invisibles: false,
            spaces: false,
            zwnj: false,
            affixes: false,
        }
    }
}

/// The Persian normalizer. Cheap to build and to clone, `Send + Sync`; the word lists behind
/// it are compiled once per process.
///
/// ```
/// use std::borrow::Cow;
/// use pardaz::Normalizer;
///
/// let n = Normalizer::default();
/// assert_eq!(n.normalize("كتاب هاي  من"), "کتاب‌های من");
/// // Text that is already normalized comes back borrowed, without allocation.
/// assert!(matches!(n.normalize("کتاب‌های من"), Cow::Borrowed(_)));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Normalizer {
    options: NormalizerOptions,
}

impl Normalizer {
    /// A normalizer that applies `options`.
    ///
    /// ```
    /// use pardaz::normalize::{DigitPolicy, Normalizer, NormalizerOptions};
    ///
    /// let n = Normalizer::new(NormalizerOptions { digits: DigitPolicy::Keep, ..Default::default() });
    /// assert_eq!(n.normalize("سال 1402"), "سال 1402");
    /// ```
    pub fn new(options: NormalizerOptions) -> Self {
        Self { options }
    }

    /// The options this normalizer applies.
    ///
    /// ```
    /// use pardaz::normalize::{DigitPolicy, Normalizer};
    /// assert_eq!(Normalizer::default().options().digits, DigitPolicy::Persian);
    /// ```
    pub fn options(&self) -> &NormalizerOptions {
        &self.options
    }

    /// Normalizes `text`. Returns [`Cow::Borrowed`] (and allocates nothing) when `text` is
    /// already normalized.
    ///
    /// ```
    /// use pardaz::Normalizer;
    ///
    /// let n = Normalizer::default();
    /// assert_eq!(n.normalize("او رفت.سپس ما آمديم"), "او رفت. سپس ما آمدیم");
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut out = String::new();
        if fold::applies(&self.options) {
            match fold::fold(&self.options, text, &mut out) {
                Ok(true) => return Cow::Owned(out),
                Ok(false) => return Cow::Borrowed(text),
                Err(fold::GaveUp { .. }) => out.clear(),
            }
        }
        let mut em = Emitter::new(text, &mut out, (), true);
        rewrite(&self.options, text, &mut em);
        let (changed, ()) = em.finish();
        if changed {
            Cow::Owned(out)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// Normalizes `text` and **appends** the result to `out`: reuse one buffer across many
    /// documents.
    ///
    /// ```
    /// use pardaz::Normalizer;
    ///
    /// let n = Normalizer::default();
    /// let mut out = String::new();
    /// for doc in ["يك", "دو"] {
    ///     out.clear();
    ///     n.normalize_into(doc, &mut out);
    ///     assert!(!out.contains('ي'));
    /// }
    /// ```
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        if fold::applies(&self.options) {
            return fold::fold_into(&self.options, text, out, |part, out| {
                let mut em = Emitter::new(part, out, (), false);
                rewrite(&self.options, part, &mut em);
                em.finish();
            });
        }
        let mut em = Emitter::new(text, out, (), false);
        rewrite(&self.options, text, &mut em);
        em.finish();
    }

    /// Normalizes `text` and returns the [`OffsetMap`] between `text` and the output: map a
    /// token or an entity found in the output back to where it was written.
    ///
    /// ```
    /// use pardaz::Normalizer;
    ///
    /// let raw = "در سال 1402  رئيس جمهور";
    /// let (out, map) = Normalizer::default().normalize_with_offsets(raw);
    /// assert_eq!(out, "در سال ۱۴۰۲ رئیس‌جمهور");
    /// let at = out.find("۱۴۰۲").unwrap();
    /// assert_eq!(&raw[map.to_input(at..at + "۱۴۰۲".len())], "1402");
    /// let at = out.find("رئیس‌جمهور").unwrap();
    /// assert_eq!(&raw[map.to_input(at..out.len())], "رئيس جمهور");
    /// ```
    pub fn normalize_with_offsets(&self, text: &str) -> (String, OffsetMap) {
        let mut out = String::new();
        let mut em = Emitter::new(text, &mut out, OffsetMapBuilder::new(), false);
        rewrite(&self.options, text, &mut em);
        let (_, map) = em.finish();
        (out, map.finish())
    }
}

impl Normalizer {
    /// [`normalize`](Self::normalize) without the fast path: what the fast path must agree
    /// with.
    #[doc(hidden)]
    pub fn normalize_without_fast_path(&self, text: &str) -> String {
        let mut out = String::new();
        let mut em = Emitter::new(text, &mut out, (), false);
        engine::rewrite_with(&self.options, text, &mut em, false);
        em.finish();
        out
    }

    /// [`normalize_with_offsets`](Self::normalize_with_offsets) without the fast path: the
    /// reference that the fast path's output and offset map must equal.
    #[doc(hidden)]
    pub fn normalize_with_offsets_without_fast_path(&self, text: &str) -> (String, OffsetMap) {
        let mut out = String::new();
        let mut em = Emitter::new(text, &mut out, OffsetMapBuilder::new(), false);
        engine::rewrite_with(&self.options, text, &mut em, false);
        let (_, map) = em.finish();
        (out, map.finish())
    }
}

/// A normalizer with only the rules that `enable` switches on.
fn only(enable: impl FnOnce(&mut NormalizerOptions)) -> Normalizer {
    let mut options = NormalizerOptions::none();
    enable(&mut options);
    Normalizer::new(options)
}

static LETTERS: LazyLock<Normalizer> = LazyLock::new(|| {
    only(|o| {
        o.letters = true;
        o.compose = true;
        o.presentation_forms = true;
    })
});
static DIACRITICS: LazyLock<Normalizer> = LazyLock::new(|| {
    only(|o| {
        o.diacritics = true;
        o.kashida = true;
    })
});
static INVISIBLES: LazyLock<Normalizer> = LazyLock::new(|| only(|o| o.invisibles = true));
static SPACING: LazyLock<Normalizer> = LazyLock::new(|| {
    only(|o| {
        o.spaces = true;
        o.punctuation_spacing = true;
    })
});
static PUNCTUATION: LazyLock<Normalizer> = LazyLock::new(|| only(|o| o.punctuation = true));
static ZWNJ_RULES: LazyLock<Normalizer> = LazyLock::new(|| {
    only(|o| {
        o.zwnj = true;
        o.affixes = true;
    })
});

/// Rules 1–3 alone: Arabic letter variants, decomposed sequences and presentation forms →
/// Persian letters.
///
/// ```
/// use pardaz::normalize::fold_letters;
/// assert_eq!(fold_letters("كتاب يك \u{FEFB}زم"), "کتاب یک لازم");
/// ```
pub fn fold_letters(text: &str) -> Cow<'_, str> {
    LETTERS.normalize(text)
}

/// Rule 4 alone: diacritics (except tanwin on alef) and kashida removed.
///
/// ```
/// use pardaz::normalize::remove_diacritics;
/// assert_eq!(remove_diacritics("کِتـابِ حتماً"), "کتاب حتماً");
/// ```
pub fn remove_diacritics(text: &str) -> Cow<'_, str> {
    DIACRITICS.normalize(text)
}

/// Rule 5 alone: digits written as `policy` asks, with the decimal and thousands separators
/// and the percent sign of numbers (protected spans and Latin contexts are left alone).
///
/// ```
/// use pardaz::normalize::{fold_digits, DigitPolicy};
/// assert_eq!(fold_digits("رشد 2.5 درصد در Windows 11", DigitPolicy::Persian), "رشد ۲٫۵ درصد در Windows 11");
/// assert_eq!(fold_digits("۱۴۰۲", DigitPolicy::Latin), "1402");
/// ```
pub fn fold_digits(text: &str, policy: DigitPolicy) -> Cow<'_, str> {
    only(|o| {
        o.digits = policy;
        o.number_punctuation = true;
    })
    .normalize(text)
}

/// Rule 8's invisible characters alone: BOM, LRM/RLM, bidi controls, soft hyphen removed,
/// NBSP → space, ZWSP → ZWNJ.
///
/// ```
/// use pardaz::normalize::fix_invisibles;
/// assert_eq!(fix_invisibles("\u{FEFF}کتاب\u{00AD}خانه\u{200F}"), "کتابخانه");
/// ```
pub fn fix_invisibles(text: &str) -> Cow<'_, str> {
    INVISIBLES.normalize(text)
}

/// Spacing alone (rules 7 and 8): runs of spaces collapse, line edges are trimmed, no space
/// before closing punctuation or inside brackets, one after punctuation, digits glued to a
/// word are separated.
///
/// ```
/// use pardaz::normalize::fix_spacing;
/// assert_eq!(fix_spacing("  سلام ، ( ره )  دنيا  "), "سلام، (ره) دنيا");
/// ```
pub fn fix_spacing(text: &str) -> Cow<'_, str> {
    SPACING.normalize(text)
}

/// Rule 7's characters alone: `?` `,` `;` after Persian → ؟ ، ؛, and double quotes around
/// Persian → « ».
///
/// ```
/// use pardaz::normalize::fix_punctuation;
/// assert_eq!(fix_punctuation("“آزادی” چیست? Hello, world?"), "«آزادی» چیست؟ Hello, world?");
/// ```
pub fn fix_punctuation(text: &str) -> Cow<'_, str> {
    PUNCTUATION.normalize(text)
}

/// Rules 9 and 10 alone: ZWNJ clean-up and the lexicon-guarded ZWNJs of affixes and compounds.
///
/// ```
/// use pardaz::normalize::fix_zwnj;
/// assert_eq!(fix_zwnj("می شود کتاب\u{200C}\u{200C}ها\u{200C} رفته\u{200C}است"), "می‌شود کتاب‌ها رفته است");
/// ```
pub fn fix_zwnj(text: &str) -> Cow<'_, str> {
    ZWNJ_RULES.normalize(text)
}
