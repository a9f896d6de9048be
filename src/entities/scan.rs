//! The token view the rule layer works on: the search-folded text cut into words and
//! punctuation marks, and the "match form" in which every token is separated from the next by
//! exactly one space.
//!
//! Running text writes `ایران، روسیه` and pre-tokenized corpora write `ایران ، روسیه`; both
//! become `ایران ، روسیه` in match form, so a gazetteer entry with a comma matches either. A
//! match in match form that starts and ends on token boundaries maps back to a token range,
//! and through the tokens' folded offsets to the caller's text.

use super::gazetteer::{Cats, Lexicon};
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

/// Whether `c` belongs to a word token.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Cuts `folded` into tokens and builds the match form.
pub(crate) fn tokenize(folded: &str) -> (String, Vec<Tok>) {
    let mut toks: Vec<Tok> = Vec::with_capacity(folded.len() / 6 + 1);
    let mut m = String::with_capacity(folded.len() + folded.len() / 8 + 8);
    let mut word_start: Option<usize> = None;
    let mut nl = false;
    let push = |toks: &mut Vec<Tok>, m: &mut String, fs: usize, fe: usize, word: bool, nl: bool| {
        if !toks.is_empty() {
            m.push(' ');
        }
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
    pub m: String,
    pub toks: Vec<Tok>,
    pub hits: Vec<Hit>,
    /// For every token, the index in `hits` of the hit that starts there, or `NONE`.
    pub hit_at: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl<'f> Scan<'f> {
    /// Tokenizes `folded` and runs the lexicon's automaton over it once.
    pub fn new(folded: &'f str, lex: &'f Lexicon) -> Self {
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
            m,
            toks,
            hits,
            hit_at,
        }
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

    /// A listed place (not a negative entry) starting at token `k` and ending by token
    /// `limit`: an anchored search that sees entries the leftmost-longest pass swallowed.
    pub fn place_within(&self, k: usize, limit: usize) -> Option<usize> {
        let ac = self.lex.automaton()?;
        let start = self.toks.get(k)?;
        let last = self.toks.get(limit.checked_sub(1)?)?;
        let mut end = last.ms + last.len();
        loop {
            let input = Input::new(&self.m)
                .span(start.ms..end)
                .anchored(Anchored::Yes);
            let found = ac.find(input)?;
            let t1 = match token_starting_at(&self.toks, found.end()) {
                Ok(i) | Err(i) => i,
            };
            let at_end = t1
                .checked_sub(1)
                .and_then(|l| self.toks.get(l))
                .is_some_and(|t| t.ms + t.len() == found.end());
            let cats = self.lex.cats(found.pattern().as_usize());
            if at_end {
                return (cats.any(Cats::LOC) && !cats.any(Cats::UNSURE)).then_some(t1);
            }
            // Ended inside a word: retry on a shorter span.
            let prev = t1.checked_sub(2).and_then(|l| self.toks.get(l))?;
            if prev.ms < start.ms {
                return None;
            }
            end = prev.ms + prev.len();
        }
    }

    /// Folded byte range of tokens `t0..t1`.
    pub fn folded_range(&self, t0: usize, t1: usize) -> Option<std::ops::Range<usize>> {
        let a = self.toks.get(t0)?;
        let b = self.toks.get(t1.checked_sub(1)?)?;
        (t0 < t1).then_some(a.fs..b.fe)
    }
}

/// Index of the token that starts at match-form offset `off`, if one does.
fn token_starting_at(toks: &[Tok], off: usize) -> Result<usize, usize> {
    toks.binary_search_by(|t| t.ms.cmp(&off))
}

/// Runs the automaton once (leftmost-longest) over the match form and keeps the matches that
/// start and end on token boundaries. A match that ends inside a word is retried, anchored at
/// the same start, on ever shorter spans that end on a token boundary, so that `علی اکبر`
/// failing on `علی اکبری` still leaves `علی`. An entry ending in ا or و may take the ezafe ی
/// written on it (`آمریکای لاتین`).
fn find_hits(m: &str, toks: &[Tok], lex: &Lexicon) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut pos = 0usize;
    let Some(ac) = lex.automaton() else {
        return hits;
    };
    while pos < m.len() {
        let Some(found) = ac.find(Input::new(m).span(pos..m.len())) else {
            break;
        };
        let t0 = match token_starting_at(toks, found.start()) {
            Ok(t0) => t0,
            Err(next) => {
                // Started inside a token: resume at the next token.
                match toks.get(next) {
                    Some(t) => {
                        pos = t.ms;
                        continue;
                    }
                    None => break,
                }
            }
        };
        let mut best: Option<(usize, usize, usize)> = None; // (pattern, t1, end)
        let mut m_end = found.end();
        let mut pattern = found.pattern().as_usize();
        loop {
            // The token containing the last byte of the match.
            let last = match token_starting_at(toks, m_end) {
                Ok(i) | Err(i) => i.saturating_sub(1),
            };
            let Some(lt) = toks.get(last) else { break };
            let tok_end = lt.ms + lt.len();
            if tok_end == m_end {
                best = Some((pattern, last + 1, m_end));
                break;
            }
            let rest = m.get(m_end..tok_end).unwrap_or("");
            let before = m.get(..m_end).unwrap_or("");
            if rest == "ی" && (before.ends_with('ا') || before.ends_with('و')) {
                best = Some((pattern, last + 1, tok_end));
                break;
            }
            // Shrink to the end of the token before `last` and search again, anchored.
            if last <= t0 {
                break;
            }
            let Some(prev) = toks.get(last - 1) else {
                break;
            };
            let limit = prev.ms + prev.len();
            let input = Input::new(m)
                .span(found.start()..limit)
                .anchored(Anchored::Yes);
            match ac.find(input) {
                Some(again) => {
                    m_end = again.end();
                    pattern = again.pattern().as_usize();
                }
                None => break,
            }
        }
        match best {
            Some((p, t1, end)) => {
                hits.push(Hit {
                    t0,
                    t1,
                    cats: lex.cats(p),
                });
                pos = end;
            }
            None => match toks.get(t0 + 1) {
                Some(t) => pos = t.ms,
                None => break,
            },
        }
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
        assert_eq!(tokenize("«ماکسیم»گفت").0, "« ماکسیم » گفت");
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
