//! The word lists behind rule 10 (affixes and compounds), embedded from `data/normalize/` and
//! compiled once into hash sets.
//!
//! | file | what it decides |
//! |---|---|
//! | `verb_stems.txt` | whether a word after می/نمی is a verb (present and past stems) |
//! | `bare_present.txt` | present stems that follow می with no ending (می‌توان) |
//! | `mi_exceptions.txt` | words that start with می but are not verbs (میدانی) |
//! | `compounds.txt` | lexical compounds and how their parts join |
//! | `pronounced_heh.txt` | words whose final ه is pronounced, so not a silent heh |
//! | `comparative_bases.txt` | adjectives that take the comparative تر |
//! | `bi_exceptions.txt` | words after which a standalone بی is not the prefix |
//! | `bound_words.txt` | compound second elements that never stand alone (کننده, گذاری) |
//!
//! Every file has one entry a line and `#` comments; adding an entry needs no code change.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::chars::ZWNJ;

pub(crate) use crate::hash::FxHasher;

type FxBuild = BuildHasherDefault<FxHasher>;
type FxSet<T> = HashSet<T, FxBuild>;
type FxMap<K, V> = HashMap<K, V, FxBuild>;

/// The entries of a word-list file: one a line, `#` starts a comment.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|e| !e.is_empty())
}

/// A lexical compound: its parts and how each boundary is written.
#[derive(Debug)]
pub(crate) struct Compound {
    /// The parts, in order.
    pub(crate) parts: Vec<&'static str>,
    /// For each boundary (between part i and i+1): written with a ZWNJ (true) or attached.
    pub(crate) zwnj: Vec<bool>,
}

/// Plural suffixes written as separate words (درس های).
pub(crate) const PLURALS: [&str; 9] = [
    "ها",
    "های",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "هایمان",
    "هایتان",
    "هایشان",
];
/// The ezafe ی and the clitics that take a ZWNJ after a silent heh (خانه ی، نامه اش).
pub(crate) const SILENT_HEH_CLITICS: [&str; 8] = ["ی", "ای", "ام", "ات", "اش", "ایم", "اید", "اند"];
/// The comparative and superlative suffixes.
pub(crate) const COMPARATIVES: [&str; 3] = ["تر", "تری", "ترین"];

/// The signature of a word: a hash of its length and a few of its bytes (the continuation
/// bytes, which tell Arabic-block letters apart).
#[inline]
fn signature(w: &[u8]) -> u32 {
    let n = w.len();
    let b = |i: usize| u64::from(w.get(i).copied().unwrap_or(0));
    let key = n as u64
        | b(1) << 8
        | b(3) << 16
        | b(n.wrapping_sub(1)) << 24
        | b(n.wrapping_sub(3)) << 32
        | b(5) << 40
        | b(n.wrapping_sub(5)) << 48;
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32
}

/// [`signature`] of `bytes[start..end]`, read with two eight-byte loads from the text around
/// the word and masked to its bytes, with no bounds check per byte: the fast path computes
/// one for every word.
#[inline(always)]
fn signature_in(bytes: &[u8], start: usize, end: usize) -> u32 {
    let load = |at: usize| {
        bytes
            .get(at..at.checked_add(8)?)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map(u64::from_le_bytes)
    };
    let (Some(head), Some(tail)) = (load(start), end.checked_sub(8).and_then(load)) else {
        return signature(bytes.get(start..end).unwrap_or_default());
    };
    let n = end.saturating_sub(start);
    // The word's first bytes are the low ones of `head`, its last the high ones of `tail`;
    // bytes outside the word read as zero, as `signature` takes them.
    let (head, tail) = if n >= 8 {
        (head, tail)
    } else {
        let low = (1u64 << (8 * n)) - 1;
        (head & low, tail & !(u64::MAX >> (8 * n)))
    };
    // Bytes 1, 3, 5 and n - 1, n - 3, n - 5 at the places `signature` puts them.
    let key = n as u64
        | head & 0xFF00
        | (head >> 8) & 0xFF_0000
        | (tail >> 32) & 0xFF00_0000
        | (tail >> 8) & 0xFF_0000_0000
        | head & 0xFF00_0000_0000
        | (tail << 24) & 0xFF_0000_0000_0000;
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32
}

/// A word's ends, for [`quick_slot`]: its first two letters and its last two (four bytes
/// each, the first in the low half), or its bytes when it has fewer than four.
#[inline(always)]
fn quick_ends(w: &[u8]) -> u64 {
    if let (Some(&head), Some(&tail)) = (w.first_chunk::<4>(), w.last_chunk::<4>()) {
        return u64::from(u32::from_le_bytes(head)) | u64::from(u32::from_le_bytes(tail)) << 32;
    }
    match *w {
        [a, b] => u64::from(u16::from_le_bytes([a, b])),
        [a] => u64::from(a),
        [a, b, c] => u64::from(u32::from_le_bytes([a, b, c, 0])),
        _ => 0,
    }
}

/// The slot of a word of `n` bytes with the ends `ends` ([`quick_ends`]) in
/// [`WordFlags`]' quick table: cheaper to compute than the [`signature`], for a first look.
#[inline(always)]
fn quick_slot(n: usize, ends: u64) -> usize {
    ((ends ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - 14)) as usize
}

/// What a word may be to rule 10, by signature: one byte of flags per slot, so that one
/// lookup tells whether a pair of words needs a closer look (false positives only). The
/// same by [`quick_slot`] too, for a first look that needs no signature, as join codes
/// ([`WordFlags::join_code`]).
struct WordFlags {
    by_signature: Box<[u8; WordFlags::SLOTS]>,
    quick: Box<[u8; WordFlags::SLOTS]>,
}

impl WordFlags {
    const SLOTS: usize = 1 << 14;
    /// می، نمی، بی: a prefix written apart.
    const PREFIX: u8 = 1;
    /// A suffix or a compound element written apart (ها، تر، کننده…).
    const SUFFIX: u8 = 2;
    /// The written start of a lexical compound.
    const HEAD: u8 = 4;
    /// A written piece that may follow a compound's start.
    const TAIL: u8 = 8;

    fn new() -> Self {
        Self {
            by_signature: Box::new([0; Self::SLOTS]),
            quick: Box::new([0; Self::SLOTS]),
        }
    }

    fn set(&mut self, word: &str, flag: u8) {
        let w = word.as_bytes();
        let slots = [
            self.by_signature
                .get_mut(signature(w) as usize % Self::SLOTS),
            self.quick
                .get_mut(quick_slot(w.len(), quick_ends(w)) % Self::SLOTS),
        ];
        for slot in slots.into_iter().flatten() {
            *slot |= flag;
        }
    }

    #[inline]
    fn get(&self, signature: u32) -> u8 {
        self.by_signature
            .get(signature as usize % Self::SLOTS)
            .copied()
            .unwrap_or(0)
    }

    /// A word's flags as a join code: bit 0 for prefix or head, bit 1 for prefix (what it
    /// is as the first word of a pair), bit 2 for suffix, bit 3 for suffix or tail (as the
    /// second). For two words `a` and `b`, `(code(a) | code(b) >> 2) & 3 == 3` exactly when
    /// `a` is a prefix, `b` a suffix, or `a` a head and `b` a tail: (P ∨ H ∨ S) ∧ (P ∨ S ∨
    /// T) = P ∨ S ∨ (H ∧ T).
    #[inline]
    fn join_code(flags: u8) -> u8 {
        let has = |flag: u8| u8::from(flags & flag != 0);
        has(Self::PREFIX | Self::HEAD)
            | has(Self::PREFIX) << 1
            | has(Self::SUFFIX) << 2
            | has(Self::SUFFIX | Self::TAIL) << 3
    }

    /// Turns the quick table's flags into join codes, once every word is in.
    fn encode_quick(&mut self) {
        for slot in self.quick.iter_mut() {
            *slot = Self::join_code(*slot);
        }
    }

    #[inline(always)]
    fn get_quick(&self, n: usize, ends: u64) -> u8 {
        self.quick
            .get(quick_slot(n, ends) % Self::SLOTS)
            .copied()
            .unwrap_or(0)
    }
}

/// A Bloom filter of word pairs (64 Ki bits, one probe).
struct PairFilter(Box<[u64; 1024]>);

impl PairFilter {
    #[inline]
    fn bit(first: u32, second: u32) -> usize {
        let key = u64::from(first) << 32 | u64::from(second);
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
    }

    fn new(pairs: impl IntoIterator<Item = (u32, u32)>) -> Self {
        let mut bits = Box::new([0u64; 1024]);
        for (a, b) in pairs {
            let bit = Self::bit(a, b);
            if let Some(slot) = bits.get_mut(bit >> 6) {
                *slot |= 1 << (bit & 63);
            }
        }
        Self(bits)
    }

    #[inline]
    fn has(&self, first: u32, second: u32) -> bool {
        let bit = Self::bit(first, second);
        self.0
            .get(bit >> 6)
            .is_some_and(|slot| slot & (1 << (bit & 63)) != 0)
    }
}

/// Whether a word may hold the verbal prefix می after nothing or a preverb (the bytes of می
/// at offset 0, 2, 4 or 6, with something after it).
#[inline]
pub(crate) fn may_hold_mi(w: &str) -> bool {
    may_hold_mi_bytes(w.as_bytes())
}

/// [`may_hold_mi`] on the UTF-8 bytes of a word.
#[inline]
pub(crate) fn may_hold_mi_bytes(b: &[u8]) -> bool {
    const MI: [u8; 4] = [0xD9, 0x85, 0xDB, 0x8C];
    [0, 2, 4, 6]
        .iter()
        .any(|&at| b.len() > at + 4 && b.get(at..at + 4) == Some(&MI[..]))
}

/// Whether `word` may end with a plural glued to a heh (…هها, …ههای…): the only words in which
/// a ZWNJ may be missing before a plural suffix.
#[inline]
pub(crate) fn may_end_with_glued_plural(word: &[u8]) -> bool {
    const HEH_ALEF: [u8; 4] = [0xD9, 0x87, 0xD8, 0xA7];
    let n = word.len();
    [4, 6, 8, 10, 12].iter().any(|&k| {
        n >= k + 2
            && word.get(n - k..n - k + 4) == Some(&HEH_ALEF[..])
            && word.get(n - k - 2..n - k) == Some(&[0xD9, 0x87][..])
    })
}

/// No entry of the word lists below is longer, in bytes (a test checks every list): a longer
/// word is in none of them, and is not hashed to find out.
pub(crate) const LONGEST_ENTRY: usize = 64;

/// Whether `word` is in `set`, a set of entries of at most [`LONGEST_ENTRY`] bytes.
fn listed<S: std::borrow::Borrow<str> + std::hash::Hash + Eq>(set: &FxSet<S>, word: &str) -> bool {
    word.len() <= LONGEST_ENTRY && set.contains(word)
}

/// The compiled word lists.
pub(crate) struct Lexicon {
    /// What each word may be to rule 10.
    flags: WordFlags,
    /// Pairs of written words that may start a compound.
    compound_pairs: PairFilter,
    /// Every verb form that may follow می/نمی (stems with their endings).
    verb_forms: FxSet<String>,
    mi_exceptions: FxSet<&'static str>,
    pronounced_heh: FxSet<&'static str>,
    comparative: FxSet<&'static str>,
    bi_exceptions: FxSet<&'static str>,
    bound_words: FxSet<&'static str>,
    pub(crate) compounds: Vec<Compound>,
    /// Every way a compound can start as one written token: the first k parts glued.
    /// Maps it to (compound index, k).
    heads: FxMap<String, Vec<(usize, usize)>>,
}

pub(crate) const VERB_STEMS: &str = include_str!("../../data/normalize/verb_stems.txt");
pub(crate) const BARE_PRESENT: &str = include_str!("../../data/normalize/bare_present.txt");
pub(crate) const MI_EXCEPTIONS: &str = include_str!("../../data/normalize/mi_exceptions.txt");
pub(crate) const PRONOUNCED_HEH: &str = include_str!("../../data/normalize/pronounced_heh.txt");
pub(crate) const COMPARATIVE_BASES: &str =
    include_str!("../../data/normalize/comparative_bases.txt");
pub(crate) const BI_EXCEPTIONS: &str = include_str!("../../data/normalize/bi_exceptions.txt");
pub(crate) const COMPOUNDS: &str = include_str!("../../data/normalize/compounds.txt");
pub(crate) const BOUND_WORDS: &str = include_str!("../../data/normalize/bound_words.txt");

/// The lexicon, built on first use.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// Personal endings of a present stem after می, with the glide forms after a vowel (گوییم،
/// گوئیم).
const PRESENT_ENDINGS: [&str; 13] = [
    "م", "ی", "د", "یم", "ید", "ند", "یی", "ییم", "یید", "یند", "ئی", "ئیم", "ئید",
];

/// Endings of a past stem after می: the personal endings (the third person singular has
/// none) and the participle ه (می‌رفته).
const PAST_ENDINGS: [&str; 7] = ["", "م", "ی", "یم", "ید", "ند", "ه"];

/// Object clitics that may follow a verb's ending (می‌گویمش).
const CLITICS: [&str; 6] = ["شان", "تان", "مان", "ش", "ت", "م"];

/// Suffixes that may follow an exception word (میدانی، میدان‌ها written glued).
const NOMINAL_SUFFIXES: [&str; 8] = ["", "ی", "ها", "های", "هایی", "ای", "ان", "ش"];

/// Suffixes a compound's last part may carry glued (رئیس جمهوری).
const COMPOUND_SUFFIXES: [&str; 2] = ["ی", "ان"];

impl Lexicon {
    fn build() -> Self {
        // Every form a verb takes after می, so that telling a verb is one lookup.
        let mut verb_forms: FxSet<String> = entries(BARE_PRESENT).map(str::to_owned).collect();
        for line in entries(VERB_STEMS) {
            let mut stems = line.split_whitespace();
            let (present, past) = (stems.next(), stems.next());
            for (stem, endings) in [(present, &PRESENT_ENDINGS[..]), (past, &PAST_ENDINGS[..])] {
                for ending in endings.iter().filter(|_| stem.is_some()) {
                    verb_forms.insert(format!("{}{ending}", stem.unwrap_or_default()));
                }
            }
        }
        let set = |data| entries(data).collect::<FxSet<_>>();
        let mut compounds = Vec::new();
        let mut heads: FxMap<String, Vec<(usize, usize)>> = FxMap::default();
        for entry in entries(COMPOUNDS) {
            let compound = parse_compound(entry);
            let index = compounds.len();
            let mut head = String::new();
            for (k, part) in compound
                .parts
                .iter()
                .enumerate()
                .take(compound.parts.len() - 1)
            {
                head.push_str(part);
                heads.entry(head.clone()).or_default().push((index, k + 1));
            }
            compounds.push(compound);
        }
        // Longest compounds first, so that آیت‌الله‌العظمی wins over آیت‌الله.
        for candidates in heads.values_mut() {
            candidates.sort_by_key(|&(i, k)| {
                std::cmp::Reverse(compounds.get(i).map_or(0, |c: &Compound| c.parts.len() - k))
            });
        }
        let mut flags = WordFlags::new();
        for prefix in ["می", "نمی", "بی"] {
            flags.set(prefix, WordFlags::PREFIX);
        }
        for suffix in PLURALS
            .iter()
            .chain(&SILENT_HEH_CLITICS)
            .chain(&COMPARATIVES)
            .copied()
            .chain(entries(BOUND_WORDS))
        {
            flags.set(suffix, WordFlags::SUFFIX);
        }
        let pairs: Vec<(String, String)> = compound_pairs(&compounds).collect();
        for (head, tail) in &pairs {
            flags.set(head, WordFlags::HEAD);
            flags.set(tail, WordFlags::TAIL);
        }
        flags.encode_quick();
        let sig = |w: &str| signature(w.as_bytes());
        let compound_pairs = PairFilter::new(pairs.iter().map(|(a, b)| (sig(a), sig(b))));
        Self {
            flags,
            compound_pairs,
            verb_forms,
            mi_exceptions: set(MI_EXCEPTIONS),
            pronounced_heh: set(PRONOUNCED_HEH),
            comparative: set(COMPARATIVE_BASES),
            bi_exceptions: set(BI_EXCEPTIONS),
            bound_words: set(BOUND_WORDS),
            compounds,
            heads,
        }
    }

    /// Whether a rule-10 decision may apply between the words `first` and `second` (a fast
    /// filter: false means certainly not).
    #[inline]
    pub(crate) fn may_join(&self, first: u32, second: u32) -> bool {
        let (a, b) = (self.flags.get(first), self.flags.get(second));
        a & WordFlags::PREFIX != 0
            || b & WordFlags::SUFFIX != 0
            || (a & WordFlags::HEAD != 0
                && b & WordFlags::TAIL != 0
                && self.compound_pairs.has(first, second))
    }

    /// What the lexicon may know of the word `bytes[start..end]`, by a quick look (its
    /// length and its first and last two letters), as a join code for
    /// [`may_join_quick`](Self::may_join_quick).
    #[inline(always)]
    pub(crate) fn quick_code_in(&self, bytes: &[u8], start: usize, end: usize) -> u8 {
        self.quick_code(bytes.get(start..end).unwrap_or_default())
    }

    /// [`quick_code_in`](Self::quick_code_in) of a word.
    #[inline(always)]
    pub(crate) fn quick_code(&self, word: &[u8]) -> u8 {
        self.flags.get_quick(word.len(), quick_ends(word))
    }

    /// The join code of the word with the signature `signature`, by its flags there (they
    /// hold every flag its quick code has, and more), for
    /// [`may_join_quick`](Self::may_join_quick).
    #[inline]
    pub(crate) fn signature_code(&self, signature: u32) -> u8 {
        WordFlags::join_code(self.flags.get(signature))
    }

    /// Whether a rule-10 decision may apply between two words, given their join codes
    /// ([`quick_code_in`](Self::quick_code_in)): false when neither is a prefix, suffix or
    /// piece of a compound that the word lists hold, nor shares a quick slot with one.
    /// (Only [`may_join`](Self::may_join), with the signatures, tells a pair of compound
    /// pieces from two such words that do not make a compound; rule 10 needs a listed word
    /// in the pair, so false here means no decision, as with `may_join`.)
    #[inline(always)]
    pub(crate) fn may_join_quick(first: u8, second: u8) -> bool {
        (first | second >> 2) & 3 == 3
    }

    /// The signature of a word for [`may_join`](Self::may_join).
    #[inline]
    pub(crate) fn signature(word: &str) -> u32 {
        signature(word.as_bytes())
    }

    /// [`signature`](Self::signature) of a word's UTF-8 bytes.
    #[inline]
    pub(crate) fn signature_of_bytes(word: &[u8]) -> u32 {
        signature(word)
    }

    /// [`signature`](Self::signature) of the word at `start..end` of `bytes`.
    #[inline(always)]
    pub(crate) fn signature_in(bytes: &[u8], start: usize, end: usize) -> u32 {
        signature_in(bytes, start, end)
    }

    /// Whether `rest` is a verb form that can follow the prefix می/نمی: a stem, a personal
    /// ending, an optional object clitic.
    pub(crate) fn is_verb_after_mi(&self, rest: &str) -> bool {
        listed(&self.verb_forms, rest)
            || CLITICS.iter().any(|clitic| {
                rest.strip_suffix(clitic)
                    .is_some_and(|r| listed(&self.verb_forms, r))
            })
    }

    /// Whether `word`, which starts with می or نمی, is a listed non-verb (or one with a
    /// nominal suffix).
    pub(crate) fn is_mi_exception(&self, word: &str) -> bool {
        NOMINAL_SUFFIXES.iter().any(|s| {
            word.strip_suffix(s)
                .is_some_and(|w| listed(&self.mi_exceptions, w))
        })
    }

    /// The byte length of the verbal prefix of a word written glued to it (میشود → "می",
    /// نمیتوان → "نمی", برمیگردد → "برمی"), if the word is such a verb.
    pub(crate) fn glued_mi_prefix(&self, word: &str) -> Option<usize> {
        if !may_hold_mi(word) {
            return None;
        }
        for preverb in ["", "بر", "در", "باز", "فرو", "فرا", "وا"] {
            let Some(rest) = word.strip_prefix(preverb) else {
                continue;
            };
            for prefix in ["نمی", "می"] {
                let Some(verb) = rest.strip_prefix(prefix) else {
                    continue;
                };
                if verb.is_empty() || verb.starts_with('ی') {
                    continue;
                }
                if !self.is_verb_after_mi(verb) || self.is_mi_exception(word) {
                    return None;
                }
                return Some(preverb.len() + prefix.len());
            }
        }
        None
    }

    /// Where a ZWNJ goes inside `word`: after a glued verbal prefix, else before a plural
    /// glued to a silent heh.
    pub(crate) fn glued_split(&self, word: &str) -> Option<usize> {
        self.glued_mi_prefix(word)
            .or_else(|| self.glued_plural_split(word))
    }

    /// The byte length of the stem of a plural written glued after a silent heh
    /// (رسانههای → "رسانه"), where the Academy requires a ZWNJ. Other glued plurals
    /// (کتابها) are accepted spellings and stay.
    pub(crate) fn glued_plural_split(&self, word: &str) -> Option<usize> {
        // (Only the end of the word is read, so that a long word glued from many costs no
        // more than a short one.)
        if !may_end_with_glued_plural(word.as_bytes()) {
            return None;
        }
        PLURALS.iter().rev().find_map(|plural| {
            let stem = word.strip_suffix(plural)?;
            (stem.chars().nth(1).is_some() && self.ends_with_silent_heh(stem)).then_some(stem.len())
        })
    }

    /// Whether `word` ends with a silent heh (خانه، نامه), which takes the ezafe ی and the
    /// clitics after a ZWNJ.
    pub(crate) fn ends_with_silent_heh(&self, word: &str) -> bool {
        let mut rev = word.chars().rev();
        if rev.next() != Some('ه') {
            return false;
        }
        match rev.next() {
            None | Some('ا' | 'آ') => return false,
            Some(_) => {}
        }
        if listed(&self.pronounced_heh, word) {
            return false;
        }
        // Entries of four letters or more also cover the words that end with them: the
        // word's ends of four letters or more, as long as an entry can be.
        let mut letters = 0;
        for (start, _) in word.char_indices().rev() {
            letters += 1;
            if word.len() - start > LONGEST_ENTRY {
                break;
            }
            if start > 0 && letters >= 4 && self.pronounced_heh.contains(&word[start..]) {
                return false;
            }
        }
        true
    }

    /// Whether the comparative تر after `word` is the suffix.
    pub(crate) fn takes_comparative(&self, word: &str) -> bool {
        self.comparative.contains(word)
            || ["مند", "ناک", "انه", "گین"]
                .iter()
                .any(|s| word.len() > s.len() + 2 && word.ends_with(s))
    }

    /// Whether `word` is a compound element that never stands alone (کننده).
    pub(crate) fn is_bound_word(&self, word: &str) -> bool {
        self.bound_words.contains(word)
    }

    /// Whether a standalone بی before `next` is not the prefix.
    pub(crate) fn is_bi_exception(&self, next: &str) -> bool {
        self.bi_exceptions.contains(next)
    }

    /// The compounds that can start with the written token `head`, longest first, as
    /// (compound, number of parts `head` covers).
    pub(crate) fn compounds_starting_with(&self, head: &str) -> &[(usize, usize)] {
        self.heads.get(head).map_or(&[], Vec::as_slice)
    }

    /// Whether `token` is the compound's parts `from..` glued, possibly with a suffix when
    /// it reaches the last part: returns the index after the last part covered.
    pub(crate) fn match_parts(
        compound: &Compound,
        from: usize,
        token: &str,
        may_end: bool,
    ) -> Option<usize> {
        let mut rest = token;
        let mut i = from;
        while let Some(part) = compound.parts.get(i) {
            let Some(r) = rest.strip_prefix(part) else {
                break;
            };
            rest = r;
            i += 1;
            if rest.is_empty() {
                return Some(i);
            }
        }
        (i > from && i == compound.parts.len() && may_end && COMPOUND_SUFFIXES.contains(&rest))
            .then_some(i)
    }
}

/// The pairs of written words a compound can start with: its first parts glued, then the
/// next parts glued (with a suffix when they reach the end), or a piece of them that ends
/// after a non-joining letter (a ZWNJ there is dropped, gluing what follows).
fn compound_pairs(compounds: &[Compound]) -> impl Iterator<Item = (String, String)> + '_ {
    compounds.iter().flat_map(|c| {
        let n = c.parts.len();
        (1..n).flat_map(move |k| {
            let head = c.parts[..k].concat();
            let mut seconds = Vec::new();
            for m in k + 1..=n {
                let second = c.parts[k..m].concat();
                if m == n {
                    seconds.extend(COMPOUND_SUFFIXES.iter().map(|s| format!("{second}{s}")));
                }
                for (i, ch) in second.char_indices() {
                    if crate::chars::is_non_joining(ch) {
                        seconds.push(second[..i + ch.len_utf8()].to_owned());
                    }
                }
                seconds.push(second);
            }
            seconds.into_iter().map(move |s| (head.clone(), s))
        })
    })
}

/// Splits a compounds.txt entry into parts at ZWNJs and `+`s.
fn parse_compound(entry: &'static str) -> Compound {
    let mut parts = Vec::new();
    let mut zwnj = Vec::new();
    let mut start = 0;
    for (i, c) in entry.char_indices() {
        if c == ZWNJ || c == '+' {
            parts.push(&entry[start..i]);
            zwnj.push(c == ZWNJ);
            start = i + c.len_utf8();
        }
    }
    parts.push(&entry[start..]);
    Compound { parts, zwnj }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_read_from_the_text_is_the_signature_of_the_word() {
        let text = "او در سال ۱۴۰۲ گفت‌وگو را ادامه داد، a bc defghijklmno رئیس‌جمهور و می‌شود";
        let bytes = text.as_bytes();
        for start in 0..=bytes.len() {
            for end in start..=bytes.len() {
                assert_eq!(
                    signature_in(bytes, start, end),
                    signature(&bytes[start..end]),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn the_quick_code_read_from_the_text_is_that_of_the_word() {
        let lex = &*LEXICON;
        let text = "او در سال ۱۴۰۲ گفت‌وگو را ادامه داد، a bc defghijklmno رئیس جمهور و می‌شود";
        let bytes = text.as_bytes();
        for start in 0..=bytes.len() {
            for end in start..=bytes.len() {
                assert_eq!(
                    lex.quick_code_in(bytes, start, end),
                    lex.quick_code(&bytes[start..end]),
                    "{start}..{end}"
                );
            }
        }
        // The ends of short words are their bytes.
        assert_eq!(quick_ends(b""), 0);
        assert_eq!(quick_ends(b"a"), 0x61);
        assert_eq!(quick_ends(b"ab"), 0x6261);
        assert_eq!(quick_ends(b"abc"), 0x63_6261);
        assert_eq!(quick_ends(b"abcde"), 0x6564_6362_6463_6261);
    }

    #[test]
    fn join_codes_say_what_the_flags_say() {
        let (p, s, h, t) = (
            WordFlags::PREFIX,
            WordFlags::SUFFIX,
            WordFlags::HEAD,
            WordFlags::TAIL,
        );
        for a in 0..16u8 {
            for b in 0..16u8 {
                let by_flags = a & p != 0 || b & s != 0 || (a & h != 0 && b & t != 0);
                let (ca, cb) = (WordFlags::join_code(a), WordFlags::join_code(b));
                assert_eq!(Lexicon::may_join_quick(ca, cb), by_flags, "{a:04b} {b:04b}");
            }
        }
    }

    /// Every pair that rule 10 may decide, by the word lists (a listed prefix first, a
    /// listed suffix second, or the two pieces of a compound's start), passes the quick
    /// look: it clears only pairs with no listed word in their place.
    #[test]
    fn the_quick_look_passes_every_pair_the_word_lists_hold() {
        let lex = &*LEXICON;
        let quick = |w: &str| lex.quick_code(w.as_bytes());
        let suffixes: Vec<&str> = PLURALS
            .iter()
            .chain(&SILENT_HEH_CLITICS)
            .chain(&COMPARATIVES)
            .copied()
            .chain(entries(BOUND_WORDS))
            .collect();
        let pairs: Vec<(String, String)> = compound_pairs(&lex.compounds).collect();
        let anything = ["کتاب", "و", "رئیس", "جمهور", "خانه", "ها"];
        for word in anything.iter().copied().chain(suffixes.iter().copied()) {
            for prefix in ["می", "نمی", "بی"] {
                assert!(
                    Lexicon::may_join_quick(quick(prefix), quick(word)),
                    "{prefix} {word}"
                );
            }
        }
        for word in anything.iter().copied().chain(["می", "بی"]) {
            for suffix in &suffixes {
                assert!(
                    Lexicon::may_join_quick(quick(word), quick(suffix)),
                    "{word} {suffix}"
                );
            }
        }
        assert!(!pairs.is_empty());
        for (head, tail) in &pairs {
            assert!(
                Lexicon::may_join_quick(quick(head), quick(tail)),
                "{head} {tail}"
            );
        }
        // And clears the common pairs it should (no listed word among them).
        assert!(!Lexicon::may_join_quick(quick("کتاب"), quick("خوب")));
    }

    #[test]
    fn verbs_after_mi_are_stems_with_endings() {
        let lex = &*LEXICON;
        for verb in [
            "شود",
            "کنند",
            "توان",
            "گوید",
            "گوییم",
            "آیند",
            "رفت",
            "رفتند",
            "دانستم",
            "گویمش",
        ] {
            assert!(lex.is_verb_after_mi(verb), "{verb}");
        }
        for not_verb in ["ز", "دان", "راث", "لیون", "سال", "زان"] {
            assert!(!lex.is_verb_after_mi(not_verb), "{not_verb}");
        }
    }

    #[test]
    fn glued_prefixes_are_found_on_verbs_only() {
        let lex = &*LEXICON;
        assert_eq!(lex.glued_mi_prefix("میشود"), Some("می".len()));
        assert_eq!(lex.glued_mi_prefix("نمیتوان"), Some("نمی".len()));
        assert_eq!(lex.glued_mi_prefix("برمیگردد"), Some("برمی".len()));
        for noun in ["میز", "میدان", "میدانی", "میراث", "میلیون", "میان", "میگوی"]
        {
            assert_eq!(lex.glued_mi_prefix(noun), None, "{noun}");
        }
    }

    #[test]
    fn silent_heh_is_told_from_a_pronounced_one() {
        let lex = &*LEXICON;
        for silent in ["خانه", "نامه", "خامنه", "مقاله", "میوه", "تکه"] {
            assert!(lex.ends_with_silent_heh(silent), "{silent}");
        }
        for pronounced in [
            "راه",
            "شاه",
            "کوه",
            "گروه",
            "زیرگروه",
            "توجه",
            "الله",
            "که",
            "ده",
        ] {
            assert!(!lex.ends_with_silent_heh(pronounced), "{pronounced}");
        }
    }

    #[test]
    fn no_entry_of_the_looked_up_lists_is_longer_than_the_bound() {
        let lex = &*LEXICON;
        let sets: [(&str, Vec<&str>); 3] = [
            (
                "verb forms",
                lex.verb_forms.iter().map(String::as_str).collect(),
            ),
            ("mi_exceptions", lex.mi_exceptions.iter().copied().collect()),
            (
                "pronounced_heh",
                lex.pronounced_heh.iter().copied().collect(),
            ),
        ];
        for (name, entries) in sets {
            assert!(!entries.is_empty(), "{name}");
            for entry in entries {
                assert!(entry.len() <= LONGEST_ENTRY, "{name}: {entry}");
            }
        }
    }

    #[test]
    fn a_long_glued_word_is_judged_by_its_end() {
        let lex = &*LEXICON;
        let long = "کتاب".repeat(100);
        assert_eq!(
            lex.glued_plural_split(&format!("{long}رسانههای")),
            Some(long.len() + "رسانه".len())
        );
        assert!(lex.ends_with_silent_heh(&format!("{long}خانه")));
        assert!(!lex.ends_with_silent_heh(&format!("{long}گروه")));
        assert!(!lex.is_verb_after_mi(&format!("{long}شود")));
    }

    #[test]
    fn every_entry_is_written_in_persian_letters() {
        use crate::normalize::classes::{Class, class};
        for (name, data) in [
            ("verb_stems", VERB_STEMS),
            ("bare_present", BARE_PRESENT),
            ("mi_exceptions", MI_EXCEPTIONS),
            ("pronounced_heh", PRONOUNCED_HEH),
            ("comparative_bases", COMPARATIVE_BASES),
            ("bi_exceptions", BI_EXCEPTIONS),
            ("compounds", COMPOUNDS),
            ("bound_words", BOUND_WORDS),
        ] {
            let mut seen = std::collections::HashSet::new();
            for entry in entries(data) {
                assert!(seen.insert(entry), "{name}: {entry} twice");
                for c in entry.chars() {
                    let ok = class(c) == Class::Letter || matches!(c, ' ' | '+' | ZWNJ);
                    assert!(ok, "{name}: {entry} has {c:?} (U+{:04X})", c as u32);
                }
            }
        }
    }

    #[test]
    fn compounds_are_indexed_by_every_head() {
        let lex = &*LEXICON;
        let heads = lex.compounds_starting_with("گفت");
        assert!(!heads.is_empty());
        let c = &lex.compounds[heads[0].0];
        assert_eq!(c.parts.len(), 3);
        assert_eq!(Lexicon::match_parts(c, 1, "وگو", true), Some(3));
        assert_eq!(Lexicon::match_parts(c, 1, "و", false), Some(2));
        assert_eq!(Lexicon::match_parts(c, 2, "گوی", true), Some(3));
        assert_eq!(Lexicon::match_parts(c, 1, "ما", true), None);
    }
}
