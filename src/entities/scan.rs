//! The token view the rule layer works on: the search-folded text cut into words and
//! punctuation marks, and the "match form" in which every token is separated from the next by
//! exactly one space.
//!
//! Running text writes `ایران، روسیه` and pre-tokenized corpora write `ایران ، روسیه`; both
//! become `ایران ، روسیه` in match form, so a gazetteer entry with a comma matches either. A
//! match in match form that starts and ends on token boundaries maps back to a token range,
//! and through the tokens' folded offsets to the caller's text.

use super::gazetteer::{Cats, Lexicon};
use crate::normalize::{OffsetMap, SearchText};
use aho_corasick::{Anchored, Input};

/// One token of the folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Byte range in the folded text.
    pub fs: usize,
    pub fe: usize,
    /// Byte offset in the match form.
    pub ms: usize,
    /// A word (letters and digits) rather than one punctuation mark.
    pub word: bool,
    /// A line break stood between this token and the one before.
    pub nl_before: bool,
}

impl Tok {
    /// Byte length (the same in folded and match form).
    #[inline]
    pub fn len(&self) -> usize {
        self.fe - self.fs
    }
}

/// Whether `c` belongs to a word token: letters and digits of any script. The Arabic-script
/// letters and ASCII are answered by range checks; only other scripts pay for the Unicode
/// table lookup.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    if crate::chars::is_arabic_script_letter(c) {
        return true;
    }
    !('\u{0600}'..='\u{06FF}').contains(&c) && c.is_alphanumeric()
}

/// Cuts `folded` into tokens and builds the match form: the tokens with one space before
/// each and one after the last (` ایران ، روسیه `), so that a pattern padded with spaces can
/// only match whole tokens.
pub(crate) fn tokenize(folded: &str) -> (String, Vec<Tok>) {
    let mut toks: Vec<Tok> = Vec::with_capacity(folded.len() / 6 + 1);
    let mut m = String::with_capacity(folded.len() + folded.len() / 8 + 8);
    let mut word_start: Option<usize> = None;
    let mut nl = false;
    let push = |toks: &mut Vec<Tok>, m: &mut String, fs: usize, fe: usize, word: bool, nl: bool| {
        m.push(' ');
        let ms = m.len();
        m.push_str(&folded[fs..fe]);
        toks.push(Tok {
            fs,
            fe,
            ms,
            word,
            nl_before: nl,
        });
    };
    for (i, c) in folded.char_indices() {
        if is_word_char(c) {
            if word_start.is_none() {
                word_start = Some(i);
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            push(&mut toks, &mut m, s, i, true, nl);
            nl = false;
        }
        if c.is_whitespace() {
            nl |= c == '\n';
            continue;
        }
        push(&mut toks, &mut m, i, i + c.len_utf8(), false, nl);
        nl = false;
    }
    if let Some(s) = word_start {
        push(&mut toks, &mut m, s, folded.len(), true, nl);
    }
    m.push(' ');
    (m, toks)
}

/// A gazetteer match: tokens `t0..t1`, with the categories of the entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub t0: usize,
    pub t1: usize,
    pub cats: Cats,
}

/// The scanned document: tokens, match form, and the gazetteer hits by first token.
pub(crate) struct Scan<'f> {
    pub lex: &'f Lexicon,
    pub folded: &'f str,
    /// The caller's text and the map from `folded` back to it.
    original: &'f str,
    map: &'f OffsetMap,
    pub m: String,
    pub toks: Vec<Tok>,
    pub hits: Vec<Hit>,
    /// For every token, the index in `hits` of the hit that starts there, or `NONE`.
    pub hit_at: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl<'f> Scan<'f> {
    /// Tokenizes the folded text and runs the lexicon's automaton over it once.
    pub fn new(search: &'f SearchText, original: &'f str, lex: &'f Lexicon) -> Self {
        let folded = search.text.as_str();
        let (m, toks) = tokenize(folded);
        let hits = find_hits(&m, &toks, lex);
        let mut hit_at = vec![NONE; toks.len()];
        for (i, h) in hits.iter().enumerate() {
            if let Some(slot) = hit_at.get_mut(h.t0) {
                *slot = i as u32;
            }
        }
        Scan {
            lex,
            folded,
            original,
            map: &search.map,
            m,
            toks,
            hits,
            hit_at,
        }
    }

    /// Whether token `t` was joined to the token before it by a ZWNJ in the caller's text: a
    /// part of a compound word (`چین‌وچروک`, `خوش‌یمن`), not a word of its own.
    pub fn joined_before(&self, t: usize) -> bool {
        let (Some(prev), Some(tok)) = (
            t.checked_sub(1).and_then(|p| self.toks.get(p)),
            self.toks.get(t),
        ) else {
            return false;
        };
        if tok.fs != prev.fe + 1 || self.folded.as_bytes().get(prev.fe) != Some(&b' ') {
            return false;
        }
        let gap = self.map.to_input(prev.fe..tok.fs);
        self.original
            .get(gap)
            .is_some_and(|g| g.chars().all(|c| c == crate::chars::ZWNJ))
    }

    /// Whether tokens `t0..t1` stand as words of their own: not glued by a ZWNJ to the word
    /// before, nor to a word after other than a plural or ezafe ending.
    pub fn free_standing(&self, t0: usize, t1: usize) -> bool {
        if self.joined_before(t0) {
            return false;
        }
        !self.joined_before(t1) || matches!(self.text(t1), "ها" | "های" | "ی" | "ای" | "هایی")
    }

    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The folded text of token `t` ("" past the end).
    #[inline]
    pub fn text(&self, t: usize) -> &str {
        self.toks
            .get(t)
            .and_then(|k| self.folded.get(k.fs..k.fe))
            .unwrap_or("")
    }

    /// Whether token `t` is a word.
    #[inline]
    pub fn is_word(&self, t: usize) -> bool {
        self.toks.get(t).is_some_and(|k| k.word)
    }

    /// Whether token `t` is the punctuation mark `c`.
    #[inline]
    pub fn is_punct(&self, t: usize, c: char) -> bool {
        self.toks.get(t).is_some_and(|k| !k.word) && self.text(t).starts_with(c)
    }

    /// Whether token `t` is one of the punctuation marks in `set`.
    pub fn is_punct_in(&self, t: usize, set: &[char]) -> bool {
        self.toks.get(t).is_some_and(|k| !k.word)
            && self
                .text(t)
                .chars()
                .next()
                .is_some_and(|c| set.contains(&c))
    }

    /// Whether token `t` is a comma (Persian or ASCII).
    #[inline]
    pub fn is_comma(&self, t: usize) -> bool {
        self.is_punct_in(t, &['،', ','])
    }

    /// Whether token `t` is made of digits.
    pub fn is_number(&self, t: usize) -> bool {
        self.is_word(t) && self.text(t).chars().all(|c| c.is_ascii_digit())
    }

    /// Whether a sentence may start at token `t`: the start of the text, a line break, or
    /// after a sentence-ending mark, a colon or a quotation mark.
    pub fn sentence_start(&self, t: usize) -> bool {
        if t == 0 || self.toks.get(t).is_some_and(|k| k.nl_before) {
            return true;
        }
        self.is_punct_in(
            t - 1,
            &[
                '.', '!', '?', '؟', ':', '؛', ';', '«', '"', '»', '-', '(', ')',
            ],
        )
    }

    /// The hit starting at token `t`.
    #[inline]
    pub fn hit(&self, t: usize) -> Option<&Hit> {
        let i = *self.hit_at.get(t)?;
        if i == NONE {
            None
        } else {
            self.hits.get(i as usize)
        }
    }

    /// The hit starting at `t` if it has any of the categories `c`.
    #[inline]
    pub fn hit_with(&self, t: usize, c: Cats) -> Option<&Hit> {
        self.hit(t).filter(|h| h.cats.any(c))
    }

    /// A listed place (not a negative or ambiguous entry) starting at token `k` and ending by
    /// token `limit`: an anchored search that sees entries the leftmost-longest pass swallowed.
    pub fn place_within(&self, k: usize, limit: usize) -> Option<usize> {
        self.entry_within(k, limit, |c| {
            c.any(Cats::LOC) && !c.any(Cats::UNSURE.or(Cats::STATE))
        })
    }

    /// A listed organization (not ambiguous, not also a place) starting at `k`, ending by
    /// `limit`.
    pub fn org_within(&self, k: usize, limit: usize) -> Option<usize> {
        self.entry_within(k, limit, |c| {
            c.any(Cats::ORG) && (!c.any(Cats::LOC) || c.any(Cats::STATE)) && !c.any(Cats::UNSURE)
        })
    }

    /// The longest entry starting at token `k` and ending by token `limit`, if `accept` takes
    /// its categories.
    fn entry_within(&self, k: usize, limit: usize, accept: impl Fn(Cats) -> bool) -> Option<usize> {
        let ac = self.lex.automaton()?;
        let start = self.toks.get(k)?.ms.checked_sub(1)?;
        let last = self.toks.get(limit.checked_sub(1)?)?;
        let input = Input::new(&self.m)
            .span(start..last.ms + last.len() + 1)
            .anchored(Anchored::Yes);
        let found = ac.find(input)?;
        accept(self.lex.cats(found.pattern().as_usize()))
            .then(|| token_at_or_after(&self.toks, found.end()))
    }

    /// Folded byte range of tokens `t0..t1`.
    pub fn folded_range(&self, t0: usize, t1: usize) -> Option<std::ops::Range<usize>> {
        let a = self.toks.get(t0)?;
        let b = self.toks.get(t1.checked_sub(1)?)?;
        (t0 < t1).then_some(a.fs..b.fe)
    }
}

/// Index of the first token that starts at or after match-form offset `off`.
fn token_at_or_after(toks: &[Tok], off: usize) -> usize {
    toks.partition_point(|t| t.ms < off)
}

/// Runs the automaton once (leftmost-longest) over the match form. Patterns carry a space on
/// each side, so every match covers whole tokens; two matches may share the space between
/// them, so the search resumes on the last space of a match.
fn find_hits(m: &str, toks: &[Tok], lex: &Lexicon) -> Vec<Hit> {
    let mut hits = Vec::new();
    let Some(ac) = lex.automaton() else {
        return hits;
    };
    let mut pos = 0usize;
    while pos < m.len() {
        let Some(found) = ac.find(Input::new(m).span(pos..m.len())) else {
            break;
        };
        let t0 = token_at_or_after(toks, found.start() + 1);
        let t1 = token_at_or_after(toks, found.end());
        if t0 < t1 {
            hits.push(Hit {
                t0,
                t1,
                cats: lex.cats(found.pattern().as_usize()),
            });
        }
        pos = found.end().saturating_sub(1).max(found.start() + 1);
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        let (m, toks) = tokenize(s);
        toks.iter()
            .map(|t| m[t.ms..t.ms + t.len()].to_owned())
            .collect()
    }

    #[test]
    fn punctuation_is_a_token_of_its_own_whether_spaced_or_not() {
        assert_eq!(texts("ایران، روسیه"), ["ایران", "،", "روسیه"]);
        assert_eq!(texts("ایران ، روسیه"), ["ایران", "،", "روسیه"]);
        assert_eq!(tokenize("«ماکسیم»گفت").0, " « ماکسیم » گفت ");
    }

    #[test]
    fn a_line_break_is_remembered_on_the_next_token() {
        let (_, toks) = tokenize("الف\nب ج");
        assert_eq!(
            toks.iter().map(|t| t.nl_before).collect::<Vec<_>>(),
            [false, true, false]
        );
    }
}
