//! The token view the rule layer works on: the search-folded text cut into words and
//! punctuation marks, each looked up once in the gazetteers' word table.
//!
//! Running text writes `ایران، روسیه` and pre-tokenized corpora write `ایران ، روسیه`; both
//! are the three tokens `ایران`, `،`, `روسیه`, so a gazetteer entry with a comma matches
//! either. Entries match whole tokens: a match is a token range, which maps through the
//! tokens' folded offsets back to the caller's text.

use super::gazetteer::{Cats, Lexicon};
use crate::normalize::{OffsetMap, SearchText};

/// One token of the folded text, with what the rules ask of it worked out once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok<'f> {
    /// The token's text, `&folded[fs..fe]`.
    pub text: &'f str,
    /// Byte range in the folded text.
    pub fs: usize,
    pub fe: usize,
    /// The token's id in the gazetteers' word table (`NO_WORD` if no entry has it).
    pub id: u32,
    /// The punctuation mark a non-word token is; `'\0'` for a word.
    pub mark: char,
    /// A word (letters and digits) rather than one punctuation mark.
    pub word: bool,
    /// A word of ASCII digits only.
    pub number: bool,
    /// A line break stood between this token and the one before.
    pub nl_before: bool,
    /// A sentence may start here (see [`Scan::sentence_start`]).
    pub opens: bool,
}

/// The marks after which a sentence may start: sentence ends, colons, quotation marks,
/// dashes and brackets.
const OPENERS: [char; 13] = [
    '.', '!', '?', '؟', ':', '؛', ';', '«', '"', '»', '-', '(', ')',
];

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

/// What a character is to the tokenizer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Part of a word.
    Word,
    /// Separates tokens and is no token itself.
    Space,
    /// A token of its own.
    Mark,
}

fn class_of(c: char) -> Class {
    if is_word_char(c) {
        Class::Word
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Mark
    }
}

/// The class of every ASCII character, as [`class_of`] gives it.
static ASCII: [Class; 128] = {
    let mut table = [Class::Mark; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() || c == b'_' {
            Class::Word
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
            Class::Space
        } else {
            Class::Mark
        };
        b += 1;
    }
    table
};

/// The class of every character of the Arabic block (U+0600–U+06FF), by its low byte, as
/// [`class_of`] gives it: its letters are word characters, the rest (digits, marks,
/// punctuation) tokens of their own. These are the two-byte sequences with a lead byte from
/// 0xD8 to 0xDB, most of a Persian text.
static ARABIC: [Class; 256] = {
    let mut table = [Class::Mark; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            if crate::chars::is_arabic_script_letter(c) {
                table[i] = Class::Word;
            }
        }
        i += 1;
    }
    table
};

/// The class and the byte length of the character at byte `i` of `text` (a char boundary);
/// `None` at the end.
#[inline(always)]
fn class_at(text: &str, i: usize) -> Option<(Class, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    Some(if b < 0x80 {
        (ASCII[usize::from(b)], 1)
    } else if (0xD8..=0xDB).contains(&b) {
        let low = bytes.get(i + 1).map_or(0, |c| c & 0x3F);
        (ARABIC[usize::from(((b & 0x03) << 6) | low)], 2)
    } else {
        let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
        (class_of(c), c.len_utf8())
    })
}

/// Cuts `folded` into tokens: runs of word characters, and every other character but
/// whitespace as a token of its own. `id` gives each token its word id, from the token's text
/// and whether it has an ASCII capital.
///
/// The loop reads bytes: ASCII and the Arabic block are classified by table, and only other
/// characters are decoded.
pub(crate) fn tokenize(folded: &str, mut id: impl FnMut(&str, bool) -> u32) -> Vec<Tok<'_>> {
    let bytes = folded.as_bytes();
    let mut toks: Vec<Tok> = Vec::with_capacity(bytes.len() / 6 + 1);
    let mut nl = false;
    // Whether the last token opens a sentence after it.
    let mut opener = true;
    let mut i = 0;
    while let Some((class, len)) = class_at(folded, i) {
        let start = i;
        i += len;
        match class {
            Class::Space => nl |= bytes.get(start) == Some(&b'\n'),
            Class::Mark => {
                let text = folded.get(start..i).unwrap_or("");
                let mark = text.chars().next().unwrap_or('\0');
                toks.push(Tok {
                    text,
                    fs: start,
                    fe: i,
                    id: id(text, false),
                    mark,
                    word: false,
                    number: false,
                    nl_before: nl,
                    opens: nl || std::mem::replace(&mut opener, OPENERS.contains(&mark)),
                });
                nl = false;
            }
            Class::Word => {
                // Whether the word has an ASCII letter, to look for capitals only then.
                let mut ascii = len == 1;
                while let Some((Class::Word, len)) = class_at(folded, i) {
                    ascii |= len == 1;
                    i += len;
                }
                let text = folded.get(start..i).unwrap_or("");
                let upper = ascii && text.bytes().any(|b| b.is_ascii_uppercase());
                toks.push(Tok {
                    text,
                    fs: start,
                    fe: i,
                    id: id(text, upper),
                    mark: '\0',
                    word: true,
                    number: ascii && text.bytes().all(|b| b.is_ascii_digit()),
                    nl_before: nl,
                    opens: nl || std::mem::replace(&mut opener, false),
                });
                nl = false;
            }
        }
    }
    toks
}

/// A gazetteer match: tokens `t0..t1`, with the categories of the entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub t0: usize,
    pub t1: usize,
    pub cats: Cats,
}

/// The scanned document: tokens, and the gazetteer hits by first token.
pub(crate) struct Scan<'f> {
    pub lex: &'f Lexicon,
    pub folded: &'f str,
    /// The caller's text and the map from `folded` back to it.
    original: &'f str,
    map: &'f OffsetMap,
    pub toks: Vec<Tok<'f>>,
    /// For every token, the hit that starts there; [`NO_HIT`] where none does.
    hit_at: Vec<Hit>,
}

/// No hit (an empty range): what [`Scan::hit`] never returns.
const NO_HIT: Hit = Hit {
    t0: 0,
    t1: 0,
    cats: Cats::EMPTY,
};

impl<'f> Scan<'f> {
    /// Tokenizes the folded text, looks every token up in the lexicon's word table, and
    /// walks the lexicon's trie once over the tokens.
    pub fn new(search: &'f SearchText, original: &'f str, lex: &'f Lexicon) -> Self {
        let folded = search.text.as_str();
        let toks = tokenize(folded, |word, upper| lex.word_id(word, upper));
        let mut hit_at = vec![NO_HIT; toks.len()];
        for h in find_hits(&toks, lex) {
            if let Some(slot) = hit_at.get_mut(h.t0) {
                *slot = h;
            }
        }
        Scan {
            lex,
            folded,
            original,
            map: &search.map,
            toks,
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
    pub fn text(&self, t: usize) -> &'f str {
        self.toks.get(t).map_or("", |k| k.text)
    }

    /// Whether token `t` is a word.
    #[inline]
    pub fn is_word(&self, t: usize) -> bool {
        self.toks.get(t).is_some_and(|k| k.word)
    }

    /// Whether token `t` is the punctuation mark `c`.
    #[inline]
    pub fn is_punct(&self, t: usize, c: char) -> bool {
        self.toks.get(t).is_some_and(|k| !k.word && k.mark == c)
    }

    /// Whether token `t` is one of the punctuation marks in `set`.
    #[inline]
    pub fn is_punct_in(&self, t: usize, set: &[char]) -> bool {
        self.toks
            .get(t)
            .is_some_and(|k| !k.word && set.contains(&k.mark))
    }

    /// Whether token `t` is a comma (Persian or ASCII).
    #[inline]
    pub fn is_comma(&self, t: usize) -> bool {
        self.is_punct_in(t, &['،', ','])
    }

    /// Whether token `t` is made of digits.
    #[inline]
    pub fn is_number(&self, t: usize) -> bool {
        self.toks.get(t).is_some_and(|k| k.number)
    }

    /// Whether a sentence may start at token `t`: the start of the text, a line break, or
    /// after a sentence-ending mark, a colon, a quotation mark, a dash or a bracket.
    #[inline]
    pub fn sentence_start(&self, t: usize) -> bool {
        match self.toks.get(t) {
            Some(k) => k.opens,
            None => t == 0 || self.is_punct_in(t - 1, &OPENERS),
        }
    }

    /// The hit starting at token `t`.
    #[inline]
    pub fn hit(&self, t: usize) -> Option<&Hit> {
        self.hit_at.get(t).filter(|h| h.t1 != 0)
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
        let words = self.toks.get(k..limit)?;
        let (n, cats) = self.lex.longest(words.iter().map(|t| t.id))?;
        accept(cats).then_some(k + n)
    }

    /// Folded byte range of tokens `t0..t1`.
    pub fn folded_range(&self, t0: usize, t1: usize) -> Option<std::ops::Range<usize>> {
        let a = self.toks.get(t0)?;
        let b = self.toks.get(t1.checked_sub(1)?)?;
        (t0 < t1).then_some(a.fs..b.fe)
    }
}

/// Every gazetteer entry in the text, leftmost-longest: from each token that no earlier
/// match covers, the longest entry starting there.
fn find_hits(toks: &[Tok<'_>], lex: &Lexicon) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut t = 0;
    while let Some(rest) = toks.get(t..).filter(|r| !r.is_empty()) {
        match lex.longest(rest.iter().map(|tok| tok.id)) {
            Some((n, cats)) => {
                hits.push(Hit {
                    t0: t,
                    t1: t + n,
                    cats,
                });
                t += n;
            }
            None => t += 1,
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::gazetteer::NO_WORD;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, |_, _| NO_WORD)
            .iter()
            .map(|t| &s[t.fs..t.fe])
            .collect()
    }

    #[test]
    fn punctuation_is_a_token_of_its_own_whether_spaced_or_not() {
        assert_eq!(texts("ایران، روسیه"), ["ایران", "،", "روسیه"]);
        assert_eq!(texts("ایران ، روسیه"), ["ایران", "،", "روسیه"]);
        assert_eq!(texts("«ماکسیم»گفت"), ["«", "ماکسیم", "»", "گفت"]);
    }

    #[test]
    fn a_line_break_is_remembered_on_the_next_token() {
        let toks = tokenize("الف\nب ج", |_, _| NO_WORD);
        assert_eq!(
            toks.iter().map(|t| t.nl_before).collect::<Vec<_>>(),
            [false, true, false]
        );
    }

    /// The hits of `text` against a lexicon of `(file, contents)` gazetteers, as
    /// `(first token, end token, categories)`.
    fn hits_of(files: &[(&str, &str)], text: &str) -> Vec<(usize, usize, Cats)> {
        let lex = lexicon(files);
        let folded = crate::normalize::fold_for_search(text);
        let scan = Scan::new(&folded, text, &lex);
        scan.hit_at
            .iter()
            .filter(|h| h.t1 != 0)
            .map(|h| (h.t0, h.t1, h.cats))
            .collect()
    }

    fn lexicon(files: &[(&str, &str)]) -> Lexicon {
        let mut src = super::super::gazetteer::LexiconSource::default();
        for (file, text) in files {
            src.add_file(file, text).unwrap();
        }
        src.build().unwrap()
    }

    #[test]
    fn the_longest_entry_wins_and_matching_resumes_after_it() {
        let files = [
            ("org_test.txt", "وزارت امور خارجه\nامور خارجه"),
            ("loc_test.txt", "ایران\nخارجه"),
        ];
        let cases = [
            (
                "وزارت امور خارجه ایران",
                vec![(0, 3, Cats::ORG), (3, 4, Cats::LOC)],
            ),
            ("وزارت امور", vec![]),
            (
                "امور خارجه ایران",
                vec![(0, 2, Cats::ORG), (2, 3, Cats::LOC)],
            ),
            ("وزارت امور ایران", vec![(2, 3, Cats::LOC)]),
        ];
        for (text, want) in cases {
            assert_eq!(hits_of(&files, text), want, "{text}");
        }
    }

    #[test]
    fn an_entry_matches_whole_tokens_only() {
        let files = [("loc_test.txt", "ایران")];
        assert_eq!(hits_of(&files, "ایرانی ها"), []);
        assert_eq!(hits_of(&files, "به ایران،"), [(1, 2, Cats::LOC)]);
    }

    #[test]
    fn punctuation_in_an_entry_matches_attached_or_spaced() {
        let files = [("org_test.txt", "علوم، تحقیقات و فناوری")];
        for text in ["علوم ، تحقیقات و فناوری", "علوم،تحقیقات و فناوری"]
        {
            assert_eq!(hits_of(&files, text), [(0, 5, Cats::ORG)], "{text}");
        }
    }

    #[test]
    fn ascii_letters_of_an_entry_match_in_any_case() {
        let files = [("org_test.txt", "Google | MTN ایرانسل")];
        for text in ["google", "GOOGLE", "Google", "mtn ایرانسل"] {
            assert_eq!(hits_of(&files, text).len(), 1, "{text}");
        }
    }

    #[test]
    fn an_entry_swallowed_by_a_longer_one_is_found_within_it() {
        let lex = lexicon(&[("org_test.txt", "دولت ایران"), ("loc_test.txt", "ایران")]);
        let text = "دولت ایران گفت";
        let folded = crate::normalize::fold_for_search(text);
        let scan = Scan::new(&folded, text, &lex);
        assert_eq!(scan.hit(0).map(|h| h.t1), Some(2));
        assert_eq!(scan.hit(1), None);
        assert_eq!(scan.place_within(1, 2), Some(2));
        assert_eq!(scan.place_within(1, 1), None);
        assert_eq!(scan.place_within(1, 9), None);
        assert_eq!(scan.org_within(0, 3), Some(2));
        assert_eq!(scan.org_within(0, 1), None);
    }
}
