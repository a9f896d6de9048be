//! The fast path: most of a Persian text needs no decision at all.
//!
//! From the end of a token that needs no edit, [`skip_clean`] walks over the tokens that
//! follow for as long as every one of them, and the separator before it, is certain to be kept
//! as written by every rule. The tokens it knows:
//!
//! | class | tokens |
//! |---|---|
//! | word | letters already in their Persian form |
//! | number | Persian digits, or ASCII digits under `digits: persian` on a line whose script is Persian (written in Persian digits), not followed by more of a number |
//! | open | « ( [ |
//! | close | » ) ] |
//! | mark | ، ؛ ؟ ! . : ٪ … |
//! | neutral | - – — / * + = & \| ~ |
//!
//! and the steps it takes (anything else stops the walk and the full machinery takes over):
//!
//! | before | separator | token | kept when |
//! |---|---|---|---|
//! | word | one space | word | no rule-10 decision may involve the pair (signature filters) and the word holds no verbal prefix |
//! | word | one ZWNJ | word | the word before ends with a joining letter; the word is not است and holds no verbal prefix |
//! | not open | one space | word, number, open, neutral | (word: no verbal prefix) |
//! | open, neutral | none | word, number | always |
//! | word, number, close, mark, neutral | none | close, mark, neutral | always |
//!
//! (A word here is letters already in their Persian form; with rule 1 on, letters that it folds
//! one for one, ي → ی, are accepted too and written folded.)
//!
//! The check works on bytes, without allocation, and is built for speed, since the
//! normalizer spends almost all its time here:
//!
//! - a word is read eight letters (sixteen bytes) at a time, with one load per letter from a
//!   64 Ki table of flags indexed by its two UTF-8 bytes ([`pair_flags`]), packed one byte per
//!   letter into a `u64`; the word's end is the first byte without the letter flag;
//! - the same flags answer rule 10's byte filters for the word (a verbal prefix می at its
//!   start, a plural glued to a heh at its end) with bit operations, so that the lexicon is
//!   consulted only for the few words that pass them; without rule 10 (no lexicon) they are
//!   not computed at all;
//! - the most common step, a clean word after a word and one space, runs in a tight loop that
//!   keeps only positions (the last two words become `last` and `before` once, on leaving
//!   it, so that its state stays in registers), and crosses ". " and "، " before a clean word
//!   (two steps of the table) and a ZWNJ between two words without leaving; a word it is
//!   not sure of goes to the general step, which takes the same decisions;
//! - with a lexicon, a pair of words is first looked at by quick join codes (one table load
//!   keyed by the word's length and first and last two letters, [`Lexicon::quick_code_in`]),
//!   and only the pairs they do not clear (under one in a hundred in the news corpus: those
//!   with a listed prefix, suffix or compound piece in their place, or sharing its quick
//!   slot) get the signatures and the pair filter ([`Lexicon::may_join`]). Rule 10 decides
//!   nothing on a pair without a listed word there, so the quick codes clear nothing that
//!   `may_join` would send to a decision (a test checks the pairs that only a signature
//!   collision sends there). The last word's code is kept, and its signature read only when
//!   a decision needs it ([`LastSig`]).
//!
//! What a word costs (callgrind, instructions, over the shared news corpus): the tight loop
//! runs about 100 a word without a lexicon; with one, the quick code costs about 25 where
//! the signature and pair filter cost about 50 (already normalized text: 22.6 instructions a
//! byte in all, raw text with every rule 40.5). A whole-block classification in plain safe
//! Rust was tried and dropped (LLVM did not form `pmovmskb` from its mask idioms: 6 to 9
//! instructions a byte, more than the word walk). Without a lexicon, the tight loop first
//! jumps over a run of plain words with the SSE2 classifier of [`super::block`] (through the
//! `wide` crate), then reads the last word of the run as before. With a lexicon, walking a
//! run's words one by one from that classifier's space bits (with hint bits for the bytes of
//! می and هه) was tried and dropped: fewer instructions (24 a byte on normalized text) but
//! slower than this loop in wall time (a data-dependent loop exit per block, and register
//! spills in the inlined walk).
//!
//! `tests/normalize_props.rs` checks on generated text that the output and the offset map
//! are exactly those of the full machinery alone.

use std::ops::Range;

use super::block;
use super::classes::{
    Class, PAIR_ALEF, PAIR_HEH, PAIR_LETTER, PAIR_MIM, PAIR_YEH, arabic_class, class,
    folded_letter, is_persian_letter, joins_next, joins_next_bytes, pair_flags,
};
use super::engine::same;
use super::letters::{LetterRules, continued_after_gap, glued_split};
use super::lexicon::{Lexicon, may_end_with_glued_plural, may_hold_mi_bytes};

/// A token the fast path walks over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Clean {
    Word,
    Number,
    Punct(char),
}

/// What a punctuation character is to the fast path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PunctClass {
    Open,
    Close,
    Mark,
    Neutral,
}

fn punct_class(c: char) -> Option<PunctClass> {
    Some(match c {
        '«' | '(' | '[' => PunctClass::Open,
        '»' | ')' | ']' => PunctClass::Close,
        '،' | '؛' | '؟' | '!' | '.' | ':' | '٪' | '…' => PunctClass::Mark,
        '-' | '–' | '—' | '/' | '*' | '+' | '=' | '&' | '|' | '~' => PunctClass::Neutral,
        _ => return None,
    })
}

/// Where the walk stopped: the last token skipped and the one before it.
#[derive(Clone, Debug)]
pub(crate) struct Skipped {
    pub(crate) last: (Clean, Range<usize>),
    pub(crate) before: (Clean, Range<usize>),
    /// Whether a word was skipped (the line's script is then Persian).
    pub(crate) words: bool,
    /// Whether `last` / `before` are words with letters that rule 1 folded.
    pub(crate) last_dirty: bool,
    pub(crate) before_dirty: bool,
}

/// Whether the fast path can start after a token of this kind.
pub(crate) fn can_start_after(c: Clean) -> bool {
    match c {
        Clean::Word | Clean::Number => true,
        Clean::Punct(p) => punct_class(p).is_some(),
    }
}

/// The end of the run of Persian digits that starts at `start`.
#[inline]
fn scan_digits(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while let Some(&[0xDB, cont]) = bytes.get(end..end + 2) {
        if !(0xB0..=0xB9).contains(&cont) {
            break;
        }
        end += 2;
    }
    end
}

/// [`Scanned::hints`]: the word holds می at letter 0, 1, 2 or 3 with a letter after it: what
/// [`may_hold_mi_bytes`] looks for.
const MAY_MI: u8 = 1;
/// [`Scanned::hints`]: the word holds هها with its ا among its last five letters: what
/// [`may_end_with_glued_plural`] looks for.
const MAY_PLURAL: u8 = 2;
/// [`Scanned::hints`]: the word was not read in one chunk: no hint, check everything.
const LONG: u8 = 4;

/// The mask of the bytes (one per letter) below `k`, for `k` up to 8.
#[inline(always)]
fn bytes_below(k: usize) -> u64 {
    !u64::MAX.checked_shl(8 * k as u32).unwrap_or(0)
}

/// The end of the run of letters already in their Persian form that starts at `start`, and
/// what it holds ([`MAY_MI`], [`MAY_PLURAL`], or [`LONG`] for a word of more than seven
/// letters, which gets no hints).
///
/// Eight letters (sixteen bytes) are judged at once without a branch: each pair of bytes has
/// its flags in one table load ([`pair_flags`]), packed one byte per letter into a `u64`; the
/// run ends at the first byte without [`PAIR_LETTER`], and the hints are bit operations on
/// the same word. Almost every word is read in one iteration, and the loop's exit is
/// predictable. Without `hints` (no lexicon to consult), the hints are 0, not computed.
#[inline(always)]
fn scan_persian_letters(bytes: &[u8], start: usize, hints_wanted: bool) -> (usize, u8) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut end = start;
    let mut hints = 0;
    while let Some(c) = bytes
        .get(end..end + 16)
        .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    {
        let mut flags = 0u64;
        for (half, eight) in c.chunks_exact(8).enumerate() {
            let word = eight.try_into().map_or(0, u64::from_le_bytes);
            for i in 0..4 {
                let pair = (word >> (16 * i)) as u16;
                flags |= u64::from(pair_flags(pair)) << (8 * (4 * half + i));
            }
        }
        let run = ((!flags & (ONES * u64::from(PAIR_LETTER))).trailing_zeros() / 8) as usize;
        end += 2 * run;
        if run < 8 {
            if hints != 0 || !hints_wanted {
                return (end, hints);
            }
            // For each letter of interest, one bit per letter (bit 0 of its byte): the flag of
            // letter i, or of letter i + k with `next = k`.
            let letter = |flag: u8, next: u32| flags >> (flag.trailing_zeros() + 8 * next);
            // The letters with two more after them in the run.
            let third = bytes_below(run) >> 16;
            // م at letter i, ی at i + 1, with i < 4 and a letter after the ی.
            let mi = letter(PAIR_MIM, 0) & letter(PAIR_YEH, 1) & third & 0x0101_0101;
            // ه at letter j, ه at j + 1, ا at j + 2 (with j from run - 7 on, always true in a
            // run of at most seven letters).
            let plural =
                letter(PAIR_HEH, 0) & letter(PAIR_HEH, 1) & letter(PAIR_ALEF, 2) & third & ONES;
            let hints = (u8::from(mi != 0) * MAY_MI) | (u8::from(plural != 0) * MAY_PLURAL);
            return (end, hints);
        }
        hints = LONG;
    }
    while let Some(&[lead, cont]) = bytes.get(end..end + 2) {
        if !is_persian_letter(lead, cont) {
            break;
        }
        end += 2;
    }
    (end, LONG)
}

/// A word the walk read: where it ends, and whether it has letters that rule 1 folds (then
/// its folded text is in the caller's buffer).
struct Scanned {
    end: usize,
    dirty: bool,
    /// For a clean word: what it may hold ([`MAY_MI`], [`MAY_PLURAL`], [`LONG`]).
    hints: u8,
}

/// Reads the run of letters that starts at `start`: letters already in their Persian form,
/// and, when `fold` is set, letters that rule 1 folds one for one (ي → ی), whose folded text
/// goes into `folded`.
#[inline]
fn scan_letters(
    bytes: &[u8],
    start: usize,
    fold: bool,
    hints_wanted: bool,
    folded: &mut Vec<u8>,
) -> Scanned {
    if bytes.get(start).is_none_or(|&b| b < 0x80) {
        return Scanned {
            end: start,
            dirty: false,
            hints: 0,
        };
    }
    let (mut end, hints) = scan_persian_letters(bytes, start, hints_wanted);
    if !fold
        || bytes
            .get(end..end + 2)
            .and_then(|p| folded_letter(p[0], p[1]))
            .is_none()
    {
        return Scanned {
            end,
            dirty: false,
            hints,
        };
    }
    // A letter to fold: go on letter by letter, writing the folded text.
    folded.clear();
    folded.extend_from_slice(&bytes[start..end]);
    while let Some(&[lead, cont]) = bytes.get(end..end + 2) {
        if is_persian_letter(lead, cont) {
            folded.extend_from_slice(&[lead, cont]);
        } else if let Some(pair) = folded_letter(lead, cont) {
            folded.extend_from_slice(&pair);
        } else {
            break;
        }
        end += 2;
    }
    Scanned {
        end,
        dirty: true,
        hints: LONG,
    }
}

/// Whether the clean word at `start..end` of `bytes` may need a ZWNJ inside: it holds the
/// bytes of می at offset 0, 2, 4 or 6 with more after them ([`may_hold_mi_bytes`]), or it
/// may end with a plural glued to a heh ([`may_end_with_glued_plural`]).
#[inline]
fn may_split_clean(bytes: &[u8], start: usize, end: usize) -> bool {
    let word = bytes.get(start..end).unwrap_or_default();
    may_hold_mi_bytes(word) || may_end_with_glued_plural(word)
}

/// Whether the clean word `token` of `bytes` may need a ZWNJ inside ([`may_split_clean`]),
/// given the hints that [`scan_persian_letters`] gave for it: they answer exactly for a word
/// read in one chunk.
#[inline]
fn may_split_hinted(bytes: &[u8], token: Range<usize>, hints: u8) -> bool {
    if hints & LONG != 0 {
        return may_split_clean(bytes, token.start, token.end);
    }
    hints != 0
}

/// The two bytes of a folded letter as text: the common ones without a UTF-8 check.
#[inline]
fn letter_str(pair: &[u8]) -> &str {
    match pair {
        [0xDB, 0x8C] => "ی",
        [0xDA, 0xA9] => "ک",
        _ => std::str::from_utf8(pair).unwrap_or(""),
    }
}

/// Whether what follows a clean word at `end` ends it, so that the word is kept as read:
/// an ASCII byte or the end, the punctuation marks ، ؛ ؟ », or a ZWNJ after a joining letter
/// (which stays). What [`token_at`] and [`no_split`] decide for it, on bytes.
#[inline(always)]
fn word_ends_at(bytes: &[u8], end: usize) -> bool {
    match bytes.get(end..) {
        None | Some([] | [0..0x80, ..]) => true,
        Some([0xD8, 0x8C | 0x9B | 0x9F, ..] | [0xC2, 0xBB, ..]) => true,
        Some([0xE2, 0x80, 0x8C, ..]) => {
            end >= 2 && joins_next_bytes(bytes[end - 2], bytes[end - 1])
        }
        Some(_) => false,
    }
}

/// Folds the letter at `at` of `bytes` (one that [`folded_letter`] folds) through `fold`.
#[inline]
fn fold_letter_at(bytes: &[u8], at: usize, fold: &mut impl FnMut(usize, usize, &str)) {
    if let Some(with) = bytes
        .get(at..at + 2)
        .and_then(|pair| folded_letter(pair[0], pair[1]))
    {
        fold(at, at + 2, letter_str(&with));
    }
}

/// Whether the character at `i` would continue the word that ends before it.
#[inline]
fn continues_word(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    match bytes.get(i) {
        None => false,
        Some(&b) if b < 0x80 => false,
        Some(&b) if b & 0xFC == 0xD8 => matches!(
            arabic_class(b, bytes.get(i + 1).copied().unwrap_or(0)),
            Class::Letter | Class::Fold | Class::Mark | Class::Kashida
        ),
        Some(_) => text[i..].chars().next().is_some_and(|c| {
            matches!(
                class(c),
                Class::Letter | Class::Fold | Class::Mark | Class::Kashida
            )
        }),
    }
}

/// Whether the character at `i` would continue the number that ends before it.
#[inline]
fn continues_number(text: &str, i: usize) -> bool {
    if matches!(text.as_bytes().get(i), None | Some(b' ')) {
        return false;
    }
    let mut chars = text.get(i..).unwrap_or("").chars();
    match chars.next() {
        None => false,
        Some(c) if crate::chars::is_digit(c) || c.is_ascii_alphabetic() => true,
        Some('\u{FE0F}' | '\u{20E3}') => true,
        Some('.' | '/' | ':' | '-' | '٫' | '\u{2010}' | '\u{2011}' | ',' | '٬' | '،') => {
            chars.next().is_some_and(crate::chars::is_digit)
        }
        Some(_) => false,
    }
}

/// Whether the word whose (folded) bytes are `word` ends with a letter that joins the next.
#[inline]
fn ends_joining(word: &[u8]) -> bool {
    match word {
        [.., lead, cont] => joins_next_bytes(*lead, *cont),
        _ => false,
    }
}

/// The token that starts at `at` if the walk knows it: its kind, its end, and whether its
/// folded text (in `folded`) differs from it (with the word's hints when `hints` is set).
/// With `ascii_digits`, a run of ASCII digits is a number too (that the caller writes in
/// Persian digits).
#[inline]
fn token_at(
    text: &str,
    at: usize,
    persian_digits: bool,
    ascii_digits: bool,
    fold: bool,
    hints: bool,
    folded: &mut Vec<u8>,
) -> Option<(Clean, Scanned)> {
    let bytes = text.as_bytes();
    let word = scan_letters(bytes, at, fold, hints, folded);
    if word.end > at {
        let end = word.end;
        // The common case: an ASCII character (a space) or the end follows.
        if bytes.get(end).is_none_or(|&b| b < 0x80) {
            return Some((Clean::Word, word));
        }
        // A word that a deleted ZWNJ or mark would glue to the next is not clean.
        let glued_on = || {
            let last = if word.dirty {
                &folded[..]
            } else {
                &bytes[at..end]
            };
            continued_after_gap(text, end) && !ends_joining(last)
        };
        return (!continues_word(text, end) && !glued_on()).then_some((Clean::Word, word));
    }
    let plain = |end| Scanned {
        end,
        dirty: false,
        hints: 0,
    };
    let end = scan_digits(bytes, at);
    if end > at {
        return (persian_digits && !continues_number(text, end))
            .then_some((Clean::Number, plain(end)));
    }
    if ascii_digits && bytes.get(at).is_some_and(u8::is_ascii_digit) {
        let end = at
            + bytes[at..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        return (!continues_number(text, end)).then_some((Clean::Number, plain(end)));
    }
    let c = match bytes.get(at) {
        Some(&b) if b < 0x80 => char::from(b),
        _ => text.get(at..)?.chars().next()?,
    };
    if c == '٪' && !persian_digits {
        return None;
    }
    punct_class(c).map(|_| (Clean::Punct(c), plain(at + c.len_utf8())))
}

/// Whether the word `token` of `text` (folded: `word`) takes a ZWNJ inside: the lexicon's
/// answer, kept out of line (few words get this far).
#[cold]
#[inline(never)]
fn needs_split(
    lex: &Lexicon,
    text: &str,
    token: Range<usize>,
    word: &[u8],
    rules: LetterRules,
) -> bool {
    std::str::from_utf8(word)
        .ok()
        .is_some_and(|word| glued_split(lex, text, token, word, rules).is_some())
}

/// Whether the word `token` of `text` (folded: `word`, `dirty` when it differs) needs no
/// ZWNJ inside: no glued verbal prefix nor plural. Cheap byte filters first; the lexicon
/// only for the few words that pass them.
#[inline(always)]
fn no_split(
    lex: &Lexicon,
    text: &str,
    token: Range<usize>,
    word: &[u8],
    dirty: bool,
    hints: u8,
    rules: LetterRules,
) -> bool {
    let bytes = text.as_bytes();
    let may_split = if dirty {
        may_hold_mi_bytes(word) || may_end_with_glued_plural(word)
    } else {
        may_split_hinted(bytes, token.clone(), hints)
    };
    // A ZWNJ after a joining letter stays, and the word ends there: the common case of
    // `continues_across_gap`, decided on bytes.
    let across_gap = match bytes.get(token.end..token.end + 3) {
        Some([0xE2, 0x80, 0x8C]) => !ends_joining(word),
        _ => continued_after_gap(text, token.end),
    };
    !(may_split || across_gap) || !needs_split(lex, text, token, word, rules)
}

/// The rule-10 signature ([`Lexicon::signature`]) of the last word walked over: known, or
/// to be read from the text (a clean word there) when a decision needs it, which most
/// words after it never do.
#[derive(Clone, Debug)]
enum LastSig {
    Known(u32),
    /// A clean word of the text, with its quick join code ([`Lexicon::quick_code_in`]).
    At(Range<usize>, u8),
}

impl LastSig {
    /// A clean word of the text.
    #[inline(always)]
    fn at(lex: &Lexicon, bytes: &[u8], word: Range<usize>) -> Self {
        let code = lex.quick_code_in(bytes, word.start, word.end);
        Self::At(word, code)
    }

    /// The word's join code for [`Lexicon::may_join_quick`]: by signature when it is known
    /// (which holds every flag the quick code would).
    #[inline(always)]
    fn code(&self, lex: &Lexicon) -> u8 {
        match self {
            Self::Known(sig) => lex.signature_code(*sig),
            Self::At(_, code) => *code,
        }
    }

    #[inline(always)]
    fn get(&self, bytes: &[u8]) -> u32 {
        match self {
            Self::Known(sig) => *sig,
            Self::At(word, _) => Lexicon::signature_in(bytes, word.start, word.end),
        }
    }
}

/// Walks from `pos`, the end of `last`, over the tokens that certainly need no decision,
/// calling `fold(start, end, with)` for each letter that rule 1 folds in them. `last_text`
/// is the folded text of `last` (a word); `folded` is scratch space. `None` when not even
/// one token could be skipped.
#[allow(clippy::too_many_arguments)]
pub(crate) fn skip_clean(
    text: &str,
    pos: usize,
    last: (Clean, Range<usize>),
    last_text: &str,
    lex: Option<&Lexicon>,
    rules: LetterRules,
    persian_digits: bool,
    ascii_to_persian: bool,
    folded: &mut Vec<u8>,
    fold: impl FnMut(usize, usize, &str),
) -> Option<Skipped> {
    // One copy of the walk with a lexicon and one without, each with only its own jump
    // over plain words.
    macro_rules! walk_as {
        ($lex:literal) => {
            skip_clean_as::<$lex>(
                text,
                pos,
                last,
                last_text,
                lex,
                rules,
                persian_digits,
                ascii_to_persian,
                folded,
                fold,
            )
        };
    }
    if lex.is_some() {
        walk_as!(true)
    } else {
        walk_as!(false)
    }
}

/// [`skip_clean`] with a lexicon (`LEX`, then `lex` is set) or without.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn skip_clean_as<const LEX: bool>(
    text: &str,
    mut pos: usize,
    mut last: (Clean, Range<usize>),
    last_text: &str,
    lex: Option<&Lexicon>,
    rules: LetterRules,
    persian_digits: bool,
    ascii_to_persian: bool,
    folded: &mut Vec<u8>,
    mut fold: impl FnMut(usize, usize, &str),
) -> Option<Skipped> {
    const COPULA: &[u8] = "است".as_bytes();
    const PERSIAN_DIGITS: [&str; 10] = ["۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"];
    let bytes = text.as_bytes();
    let fold_letters = rules.folds_letters();
    let started_after_word = last.0 == Clean::Word;
    let mut before = None;
    let mut words = false;
    let mut last_dirty = last.0 == Clean::Word && text.get(last.1.clone()) != Some(last_text);
    let mut before_dirty = false;
    let mut last_sig = LastSig::Known(if lex.is_some() {
        Lexicon::signature(last_text)
    } else {
        0
    });
    // (`last_text` may end with a letter outside the Arabic block: decode it.)
    let last_joins = last_text.chars().next_back().is_some_and(joins_next);
    // The last letter of the last word skipped (its two bytes), when `last_joins` is not
    // known yet: judged only before a ZWNJ.
    let mut last_letter: Option<[u8; 2]> = None;
    // Whether the word needs no ZWNJ inside (no glued verbal prefix nor plural).
    let no_split = |token: Range<usize>, word: &[u8], scanned: &Scanned| {
        lex.is_none_or(|lex| no_split(lex, text, token, word, scanned.dirty, scanned.hints, rules))
    };
    loop {
        // The common step, word ␣ word, in a tight loop: a clean word that an ASCII byte or
        // the end follows (so no letter to fold, no gap), with nothing for rule 10 to look at.
        // Anything else goes to the general step below, which takes the same decisions.
        while last.0 == Clean::Word {
            // Only positions change in the loop: the words taken (how many, where the last
            // two start) become `last` and `before` once, on leaving it.
            let (mut taken, mut last_start, mut before_start) = (0usize, last.1.start, 0);
            // Whether the last two words taken have letters to fold (only a jump takes such).
            let (mut taken_before_dirty, mut taken_last_dirty) = (false, false);
            // Without a lexicon, every word of a plain run (see the `block` module) that a
            // space follows would be taken by the loop below, or by the general step when it
            // has letters to fold: take them all at once. (Only how many words were taken,
            // 0, 1 or more, matters below.)
            if !LEX
                && let Some(jump) = block::jump_words(
                    bytes,
                    pos,
                    fold_letters,
                    |end| word_ends_at(bytes, end),
                    |at| fold_letter_at(bytes, at, &mut fold),
                )
            {
                taken = if jump.before_start.is_some() { 2 } else { 1 };
                before_start = jump.before_start.unwrap_or(last_start);
                last_start = jump.last_start;
                (taken_before_dirty, taken_last_dirty) = (jump.before_dirty, jump.last_dirty);
                pos = jump.end;
            }
            while bytes.get(pos) == Some(&b' ') {
                let start = pos + 1;
                let (end, hints) = scan_persian_letters(bytes, start, lex.is_some());
                if end == start || !word_ends_at(bytes, end) {
                    break;
                }
                if let Some(lex) = lex {
                    if hints != 0
                        && may_split_hinted(bytes, start..end, hints)
                        && needs_split(lex, text, start..end, &bytes[start..end], rules)
                    {
                        break;
                    }
                    // A first look by quick join codes; the signatures only for the few
                    // pairs it does not clear.
                    let code = lex.quick_code_in(bytes, start, end);
                    if Lexicon::may_join_quick(last_sig.code(lex), code) {
                        let sig = Lexicon::signature_in(bytes, start, end);
                        if lex.may_join(last_sig.get(bytes), sig) {
                            break;
                        }
                        last_sig = LastSig::Known(sig);
                    } else {
                        last_sig = LastSig::At(start..end, code);
                    }
                }
                (before_start, last_start) = (last_start, start);
                (taken_before_dirty, taken_last_dirty) = (taken_last_dirty, false);
                taken += 1;
                pos = end;
            }
            if taken > 0 {
                let word = (Clean::Word, last_start..pos);
                if taken == 1 {
                    before = Some(std::mem::replace(&mut last, word));
                    before_dirty = last_dirty;
                } else {
                    before = Some((Clean::Word, before_start..last_start - 1));
                    last = word;
                    before_dirty = taken_before_dirty;
                }
                last_dirty = taken_last_dirty;
                words = true;
                // (As written: a letter to fold joins the next as its Persian form does.)
                last_letter = bytes.get(pos - 2..pos).and_then(|p| p.try_into().ok());
            }
            // A mark (. : ! ، ؛ ؟), one space and a clean word: the two steps the general step
            // would take (the mark after a word is always kept, and so is the word after it
            // unless rule 10 may split it, which is left to the general step).
            // Or a ZWNJ after a joining letter and a clean word (not the copula): the word
            // goes on, as in the general step.
            let (mark, start) = match bytes.get(pos..pos + 3) {
                Some([b'.', b' ', _]) => (Some('.'), pos + 2),
                Some([b':', b' ', _]) => (Some(':'), pos + 2),
                Some([b'!', b' ', _]) => (Some('!'), pos + 2),
                Some([0xD8, 0x8C, b' ']) => (Some('،'), pos + 3),
                Some([0xD8, 0x9B, b' ']) => (Some('؛'), pos + 3),
                Some([0xD8, 0x9F, b' ']) => (Some('؟'), pos + 3),
                Some([0xE2, 0x80, 0x8C])
                    if last_letter
                        .map_or(last_joins, |[lead, cont]| joins_next_bytes(lead, cont)) =>
                {
                    (None, pos + 3)
                }
                _ => break,
            };
            let (end, hints) = scan_persian_letters(bytes, start, lex.is_some());
            if end == start || bytes.get(end).is_some_and(|&b| b >= 0x80) {
                break;
            }
            if let Some(lex) = lex {
                if hints != 0 && may_split_hinted(bytes, start..end, hints)
                    || mark.is_none() && same(&bytes[start..end], COPULA)
                {
                    break;
                }
                last_sig = LastSig::at(lex, bytes, start..end);
            }
            let word = (Clean::Word, start..end);
            match mark {
                Some(mark) => {
                    before = Some((Clean::Punct(mark), pos..start - 1));
                    last = word;
                    before_dirty = false;
                }
                None => {
                    before = Some(std::mem::replace(&mut last, word));
                    before_dirty = last_dirty;
                }
            }
            last_dirty = false;
            words = true;
            last_letter = bytes.get(end - 2..end).and_then(|p| p.try_into().ok());
            pos = end;
        }
        let (sep_len, zwnj) = match bytes.get(pos) {
            Some(b' ') => (1, false),
            Some(0xE2) if matches!(bytes.get(pos..pos + 3), Some([0xE2, 0x80, 0x8C])) => (3, true),
            _ => (0, false),
        };
        let start = pos + sep_len;
        // ASCII digits on a line whose script is Persian (a Persian word was walked over, or
        // the walk started after one) are written in Persian digits, as `emit_number` does.
        let ascii_digits = ascii_to_persian && (words || started_after_word);
        let Some((kind, scanned)) = token_at(
            text,
            start,
            persian_digits,
            ascii_digits,
            fold_letters,
            lex.is_some(),
            folded,
        ) else {
            break;
        };
        let end = scanned.end;
        let token: &[u8] = if scanned.dirty {
            folded
        } else {
            &bytes[start..end]
        };
        let prev_class = match last.0 {
            Clean::Punct(p) => punct_class(p),
            _ => None,
        };
        let next_class = match kind {
            Clean::Punct(p) => punct_class(p),
            _ => None,
        };
        // (Read when a decision needs it.)
        let sig = |lex: &Lexicon| {
            if scanned.dirty {
                LastSig::Known(Lexicon::signature_of_bytes(token))
            } else {
                LastSig::at(lex, bytes, start..end)
            }
        };
        let range = start..end;
        let keep = match (sep_len, zwnj) {
            // One space.
            (1, false) => match kind {
                _ if prev_class == Some(PunctClass::Open) => false,
                Clean::Word => match last.0 {
                    Clean::Word => {
                        lex.is_none_or(|lex| {
                            !lex.may_join(last_sig.get(bytes), sig(lex).get(bytes))
                        }) && no_split(range, token, &scanned)
                    }
                    _ => no_split(range, token, &scanned),
                },
                Clean::Number => true,
                Clean::Punct(_) => {
                    matches!(next_class, Some(PunctClass::Open | PunctClass::Neutral))
                }
            },
            // One ZWNJ, inside a word.
            (3, true) => {
                last.0 == Clean::Word
                    && kind == Clean::Word
                    && last_letter.map_or(last_joins, |[lead, cont]| joins_next_bytes(lead, cont))
                    && lex.is_none_or(|_| !same(token, COPULA))
                    && no_split(range, token, &scanned)
            }
            // Nothing between.
            _ => match (prev_class, kind) {
                (Some(PunctClass::Open | PunctClass::Neutral), Clean::Word) => {
                    no_split(range, token, &scanned)
                }
                (Some(PunctClass::Open | PunctClass::Neutral), Clean::Number) => true,
                (Some(PunctClass::Open), _) => false,
                (_, Clean::Punct(_)) => {
                    matches!(
                        next_class,
                        Some(PunctClass::Close | PunctClass::Mark | PunctClass::Neutral)
                    )
                }
                _ => false,
            },
        };
        if !keep {
            break;
        }
        if kind == Clean::Word {
            if let Some(lex) = lex {
                last_sig = sig(lex);
            }
            last_letter = match token {
                [.., lead, cont] => Some([*lead, *cont]),
                _ => None,
            };
            words = true;
        }
        if kind == Clean::Number && bytes.get(start).is_some_and(u8::is_ascii_digit) {
            // One edit per digit, as `emit_number` writes them.
            for (at, &b) in (start..end).zip(&bytes[start..end]) {
                fold(at, at + 1, PERSIAN_DIGITS[usize::from(b - b'0')]);
            }
        }
        if scanned.dirty {
            // Write the folded letters (one edit per letter, as the full machinery does).
            for (i, (pair, with)) in bytes[start..end]
                .chunks_exact(2)
                .zip(folded.chunks_exact(2))
                .enumerate()
            {
                if !same(pair, with) {
                    let at = start + 2 * i;
                    fold(at, at + 2, letter_str(with));
                }
            }
        }
        before = Some(std::mem::replace(&mut last, (kind, start..end)));
        before_dirty = std::mem::replace(&mut last_dirty, scanned.dirty);
        pos = end;
    }
    before.map(|before| Skipped {
        last,
        before,
        words,
        last_dirty,
        before_dirty,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::lexicon::LEXICON;

    fn skip(text: &str, first_word_len: usize) -> usize {
        let last = (Clean::Word, 0..first_word_len);
        skip_clean(
            text,
            first_word_len,
            last,
            &text[..first_word_len],
            Some(&LEXICON),
            LetterRules::new(&crate::normalize::NormalizerOptions::default()),
            true,
            true,
            &mut Vec::new(),
            |_, _, _| {},
        )
        .map_or(first_word_len, |s| s.last.1.end)
    }

    /// Pairs of words that only a signature collision makes `may_join` look at (no listed
    /// word in their place, so the quick look of the walk clears them): the full machinery
    /// keeps them apart, as the walk does.
    #[test]
    fn pairs_that_only_collide_by_signature_are_kept_by_the_full_machinery() {
        use crate::normalize::lexicon::{
            BI_EXCEPTIONS, COMPARATIVE_BASES, MI_EXCEPTIONS, PRONOUNCED_HEH, VERB_STEMS, entries,
        };
        let lex = &*LEXICON;
        let mut words: Vec<&str> = [
            VERB_STEMS,
            COMPARATIVE_BASES,
            PRONOUNCED_HEH,
            MI_EXCEPTIONS,
            BI_EXCEPTIONS,
        ]
        .into_iter()
        .flat_map(entries)
        .flat_map(str::split_whitespace)
        .collect();
        words.sort_unstable();
        words.dedup();
        // With a few endings, for more words.
        let words: Vec<(String, u32, u8)> = words
            .iter()
            .flat_map(|w| ["", "ی", "ان", "ند", "ه", "م"].map(|e| format!("{w}{e}")))
            .map(|w| {
                let (sig, quick) = (Lexicon::signature(&w), lex.quick_code(w.as_bytes()));
                (w, sig, quick)
            })
            .collect();
        let n = crate::normalize::Normalizer::default();
        let mut collisions = 0;
        for (a, sa, qa) in &words {
            for (b, sb, qb) in &words {
                if lex.may_join(*sa, *sb) && !Lexicon::may_join_quick(*qa, *qb) {
                    collisions += 1;
                    // Each word as it would be alone, and the space between them kept.
                    let apart = |w: &str| n.normalize_without_fast_path(w);
                    assert_eq!(
                        n.normalize_without_fast_path(&format!("{a} {b}")),
                        format!("{} {}", apart(a), apart(b))
                    );
                }
            }
        }
        assert!(collisions > 0, "no pair to check");
    }

    #[test]
    fn clean_persian_is_skipped_to_the_end() {
        let text = "او گفت، «کتاب‌ها» را در سال ۱۴۰۲ (پارسال) خواند - و رفت...";
        assert_eq!(skip(text, "او".len()), text.len());
    }

    #[test]
    fn the_walk_stops_where_a_rule_may_apply() {
        for (text, stop_after) in [
            ("او می شود", "او می"),
            ("او میشود", "او"),
            ("او رفت  سپس", "او رفت"),
            ("درس های", "درس"),
            ("گفت و گو", "گفت"),
            ("او كتاب مي شود", "او كتاب مي"),
            ("او رفت ، سپس", "او رفت"),
            ("او رفت،سپس", "او رفت،"),
            ("او « سلام", "او «"),
            ("او «سلام »", "او «سلام"),
            ("کتاب‌است", "کتاب"),
            ("دارو‌ها", "دارو"),
            ("سال ۱۴۰۲٫۵ بود", "سال"),
            // ASCII digits after a Persian word are walked over (written in Persian digits),
            // unless more of the number follows.
            ("سال 1402", "سال 1402"),
            ("سال 12.5 بود", "سال"),
            ("سال 12abc", "سال"),
        ] {
            let first = text.find([' ', '\u{200C}']).unwrap_or(text.len());
            assert_eq!(&text[..skip(text, first)], stop_after, "{text}");
        }
    }
}
