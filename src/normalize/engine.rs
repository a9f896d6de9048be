//! The normalizer's single pass: tokens are folded (rules 1–5) and every separator between two
//! tokens is decided (rules 5–10), left to right, writing the output and recording the offset
//! map as it goes.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::VecDeque;

use super::classes::{Class, class, joins_next, presentation_form};
use super::fast::{self, Clean};
use super::letters::{
    LetterRules, continues_across_gap, fold_units, fold_word, glued_split, written_word_after,
};
use super::lexer::{Kind, Sep, Token, lex_sep, lex_token};
use super::lexicon::{COMPARATIVES, LEXICON, Lexicon, PLURALS, SILENT_HEH_CLITICS};
use super::offsets::OffsetMapBuilder;
use super::{DigitPolicy, NormalizerOptions};
use crate::chars;

const ZWNJ_STR: &str = "\u{200C}";

/// A word glued from pieces longer than this (in bytes) is judged by its end alone: a verb
/// with its prefixes is never as long (the word lists' entries are at most
/// [`LONGEST_ENTRY`](super::lexicon::LONGEST_ENTRY) bytes).
const LONG_GLUED: usize = 128;

/// Where the offset map goes: nowhere (plain normalization) or into a builder.
pub(crate) trait Sink {
    fn keep(&mut self, len: usize);
    fn replace(&mut self, input_len: usize, output_len: usize);
}

impl Sink for () {
    #[inline(always)]
    fn keep(&mut self, _: usize) {}
    #[inline(always)]
    fn replace(&mut self, _: usize, _: usize) {}
}

impl Sink for OffsetMapBuilder {
    #[inline]
    fn keep(&mut self, len: usize) {
        OffsetMapBuilder::keep(self, len);
    }
    #[inline]
    fn replace(&mut self, input_len: usize, output_len: usize) {
        OffsetMapBuilder::replace(self, input_len, output_len);
    }
}

/// Writes the output: runs of unchanged input are copied in bulk when an edit (or the end)
/// comes. In lazy mode nothing is written until the first edit, so that clean text costs no
/// allocation.
pub(crate) struct Emitter<'t, 'o, S> {
    text: &'t str,
    out: &'o mut String,
    sink: S,
    /// Input up to here is written.
    flushed: usize,
    /// Where this run's output starts in `out` (which may hold the caller's text).
    out_start: usize,
    /// Input up to here is decided.
    pos: usize,
    lazy: bool,
    changed: bool,
}

impl<'t, 'o, S: Sink> Emitter<'t, 'o, S> {
    pub(crate) fn new(text: &'t str, out: &'o mut String, sink: S, lazy: bool) -> Self {
        if !lazy {
            out.reserve(text.len());
        }
        Self {
            text,
            out_start: out.len(),
            out,
            sink,
            flushed: 0,
            pos: 0,
            lazy,
            changed: false,
        }
    }

    /// The input up to `end` is copied unchanged.
    #[inline]
    fn keep_to(&mut self, end: usize) {
        self.pos = end;
    }

    /// The input from the current position up to `end` becomes `with` (an insertion when
    /// `end` is the current position, a deletion when `with` is empty).
    #[inline]
    fn replace(&mut self, end: usize, with: &str) {
        if same(&self.text.as_bytes()[self.pos..end], with.as_bytes()) {
            self.pos = end;
            return;
        }
        self.flush();
        self.out.push_str(with);
        self.sink.replace(end - self.pos, with.len());
        self.pos = end;
        self.flushed = end;
        self.changed = true;
    }

    fn flush(&mut self) {
        if self.pos > self.flushed {
            if self.lazy && !self.changed {
                self.out.reserve(self.text.len() + self.text.len() / 8);
            }
            self.out.push_str(&self.text[self.flushed..self.pos]);
            self.sink.keep(self.pos - self.flushed);
            self.flushed = self.pos;
        }
    }

    /// The length of the output decided so far (bytes).
    fn written_len(&self) -> usize {
        self.out.len() - self.out_start + (self.pos - self.flushed)
    }

    /// The output decided so far, newest character first.
    fn written_rev(&self) -> impl Iterator<Item = char> + '_ {
        let pending = self.text.get(self.flushed..self.pos).unwrap_or("");
        let written = self.out.get(self.out_start..).unwrap_or("");
        pending.chars().rev().chain(written.chars().rev())
    }

    /// Writes what is left and returns whether anything changed, and the sink.
    pub(crate) fn finish(mut self) -> (bool, S) {
        if self.changed || !self.lazy {
            self.flush();
        }
        (self.changed, self.sink)
    }
}

/// Byte equality without a libc call for the short strings the normalizer compares.
#[inline]
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a.len() > 16 {
        return a == b;
    }
    let mut diff = 0u8;
    for (x, y) in a.iter().zip(b) {
        diff |= x ^ y;
    }
    diff == 0
}

/// What a separator becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SepOut {
    /// Kept, except for the invisible-character rules (and joiners dropped if asked).
    Raw {
        drop_joiners: bool,
    },
    /// Kept as written.
    Keep,
    Empty,
    Space,
    Zwnj,
    /// Only its line breaks are kept.
    Newlines,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Persian,
    Latin,
}

/// The role of a quotation mark or bracket in the spacing rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    None,
    Open,
    Close,
}

/// A token as the rewriter remembers it.
#[derive(Clone, Copy, Debug)]
struct Tok {
    /// `None` for the start of the text.
    kind: Option<Kind>,
    start: usize,
    end: usize,
    dirty: bool,
    role: Role,
    /// For a quotation mark: it becomes a guillemet.
    convert_quote: bool,
    /// It is written right after a digit (۱۲ام).
    after_digit: bool,
    /// For a word: where a ZWNJ was put after its glued verbal prefix.
    split: Option<usize>,
}

impl Tok {
    const START: Tok = Tok {
        kind: None,
        start: 0,
        end: 0,
        dirty: false,
        role: Role::None,
        convert_quote: false,
        after_digit: false,
        split: None,
    };

    fn from(t: Token) -> Self {
        let role = match t.kind {
            Kind::Punct('(' | '[' | '«' | '\u{FD3F}') => Role::Open,
            Kind::Punct(')' | ']' | '»' | '\u{FD3E}') => Role::Close,
            _ => Role::None,
        };
        Tok {
            kind: Some(t.kind),
            start: t.start,
            end: t.end,
            dirty: t.dirty,
            role,
            convert_quote: false,
            after_digit: false,
            split: None,
        }
    }

    fn is(&self, kind: Kind) -> bool {
        self.kind == Some(kind)
    }

    fn is_word(&self) -> bool {
        self.is(Kind::Word)
    }

    fn punct(&self) -> Option<char> {
        match self.kind {
            Some(Kind::Punct(c)) => Some(c),
            _ => None,
        }
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟')
}

/// Whether `c` is part of a written word for the merged-word texts: a letter or a mark.
fn in_word(c: char) -> bool {
    matches!(class(c), Class::Letter | Class::Fold | Class::Mark)
}

/// Punctuation that takes no space before it (in Persian context).
fn is_closing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | '?' | '!' | ':' | '،' | '؛' | '؟' | '…' | '٪' | '%'
    )
}

/// Punctuation after which a word takes a space (in Persian context).
fn wants_space_after(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | '?' | '!' | ':' | '،' | '؛' | '؟' | '…' | '٪' | '%'
    )
}

/// How many letters (up to 2) the word at the end of `written` (newest character first) has.
/// Judged on the output, so that words joined by earlier decisions count as one.
fn trailing_letters(written: impl Iterator<Item = char>) -> usize {
    let mut count = 0;
    for c in written {
        match class(c) {
            Class::Letter | Class::Fold => count += 1,
            Class::Mark => {}
            _ => break,
        }
        if count >= 2 {
            break;
        }
    }
    count
}

/// The suffix rules of rule 10 between two words: plural ها, comparative تر/ترین, the
/// clitics after a silent heh, a detached ی after a final vowel. `than` tells whether از
/// follows the second word.
fn suffix_join(lex: &Lexicon, p: &str, n: &str, than: impl FnOnce() -> bool) -> Option<SepOut> {
    let join = if PLURALS.contains(&n) {
        (p != "ها").then(|| attach_after(p))
    } else if lex.is_bound_word(n)
        || n == COMPARATIVES[2]
        || (COMPARATIVES[..2].contains(&n) && (lex.takes_comparative(p) || than()))
    {
        Some(attach_after(p))
    } else if SILENT_HEH_CLITICS.contains(&n) && lex.ends_with_silent_heh(p) {
        Some(SepOut::Zwnj)
    } else if n == "ی" && letter_count(p) >= 2 && matches!(last_letter(p), Some('ا' | 'و')) {
        // A detached ezafe or indefinite ی after a final vowel: دانشجو ی → دانشجوی.
        Some(SepOut::Empty)
    } else {
        None
    };
    // Written together, the two words must not read as a verb with a glued می that the first
    // one alone was not (نمیگو ی → نمیگوی): the next pass would split it.
    if join == Some(SepOut::Empty) {
        let whole = format!("{p}{n}");
        if lex.glued_split(&whole).is_some() {
            return None;
        }
    }
    join
}

/// Whether an Arabic-script character is (or decomposes to) a letter: not a presentation
/// form of a diacritic.
fn is_letter(c: char) -> bool {
    presentation_form(c).is_none_or(|base| {
        base.chars()
            .any(|b| matches!(class(b), Class::Letter | Class::Fold))
    })
}

/// The last letter of a folded word, skipping marks.
fn last_letter(word: &str) -> Option<char> {
    word.chars().rev().find(|&c| class(c) != Class::Mark)
}

fn letter_count(word: &str) -> usize {
    word.chars().filter(|&c| class(c) != Class::Mark).count()
}

/// How a suffix attaches to the word before it: with a ZWNJ after a joining letter, directly
/// after a non-joining one.
fn attach_after(word: &str) -> SepOut {
    if last_letter(word).is_some_and(joins_next) {
        SepOut::Zwnj
    } else {
        SepOut::Empty
    }
}

const ORDINAL_SUFFIXES: [&str; 8] = ["م", "ام", "مین", "امین", "ها", "های", "ی", "ای"];

/// Runs the normalizer over `text` into `em`.
pub(crate) fn rewrite<'t, S: Sink>(
    o: &NormalizerOptions,
    text: &'t str,
    em: &mut Emitter<'t, '_, S>,
) {
    rewrite_with(o, text, em, true);
}

/// [`rewrite`], with the fast path on or off (the tests check that it changes nothing).
pub(crate) fn rewrite_with<'t, S: Sink>(
    o: &NormalizerOptions,
    text: &'t str,
    em: &mut Emitter<'t, '_, S>,
    fast_path: bool,
) {
    // The scratch buffers of the last run on this thread: normalizing text that needs no
    // change allocates nothing once they exist.
    let mut b = BUFFERS.with(Cell::take).unwrap_or_default();
    b.forced.clear();
    let mut rw = Rewriter {
        text,
        o,
        rules: LetterRules::new(o),
        lex: if o.affixes { Some(&*LEXICON) } else { None },
        prev: Tok::START,
        prev2: Tok::START,
        b,
        line_script: None,
        ahead: None,
        quote: None,
        fast_path,
        prev_merged: false,
        after_protected: false,
    };
    rw.run(em);
    BUFFERS.with(|cell| cell.set(Some(rw.b)));
}

/// The rewriter's scratch space, kept per thread between runs.
#[derive(Default)]
struct Buffers {
    /// Folded text of `prev` when it is a dirty word.
    prev_text: String,
    next_text: String,
    /// Folded text of `prev2` when it is a dirty word.
    prev2_text: String,
    /// The units of `next` when it is a dirty word: (end in the input word, end in
    /// `next_text`).
    next_units: Vec<(u32, u32)>,
    unit: String,
    /// Decisions taken in advance for separators starting at these positions (compounds).
    forced: VecDeque<(usize, SepOut)>,
    /// With `prev_merged`: the whole word `prev` was written glued into.
    merged_text: String,
    /// The word that the token being written continues (when their separator went).
    merge_prefix: String,
    /// Scratch space of the fast path (the folded text of the word it reads).
    folded: Vec<u8>,
}

thread_local! {
    static BUFFERS: Cell<Option<Buffers>> = const { Cell::new(None) };
}

struct Rewriter<'t, 'o> {
    text: &'t str,
    o: &'o NormalizerOptions,
    rules: LetterRules,
    lex: Option<&'static Lexicon>,
    prev: Tok,
    prev2: Tok,
    /// Scratch buffers and per-run text kept between runs (see [`Buffers`]).
    b: Buffers,
    /// The script of the last letter token on this line.
    line_script: Option<Script>,
    /// A cached look-ahead: from..to has no letter before `to`, and the first letter at or
    /// after `to` (on the line) has this script.
    ahead: Option<(usize, usize, Option<Script>)>,
    /// The pending closing quotation mark: its position and whether it converts.
    quote: Option<(usize, bool)>,
    fast_path: bool,
    /// `prev` was written glued to the word before it; `b.merged_text` is the whole word.
    prev_merged: bool,
    /// A protected span (a URL…) was written since the last space: what touches it may
    /// extend it, so nothing is deleted next to it.
    after_protected: bool,
}

impl<'t> Rewriter<'t, '_> {
    fn run<S: Sink>(&mut self, em: &mut Emitter<'t, '_, S>) {
        let text = self.text;
        let mut pos = 0;
        loop {
            pos = self.skip_clean(em, pos);
            em.keep_to(pos);
            let mut sep = lex_sep(text, pos);
            let mut next = lex_token(text, sep.end, self.o.protect_spans).map(Tok::from);
            // A word that folds to nothing (a lone kashida or diacritic) is part of the
            // separator around it.
            while let Some(t) = next.filter(|t| t.is_word() && t.dirty) {
                self.fold_next(&t);
                if !self.b.next_text.is_empty() {
                    break;
                }
                let after = lex_sep(text, t.end);
                sep = Sep {
                    start: sep.start,
                    end: after.end,
                    flags: sep.flags | after.flags | Sep::NOISE,
                };
                next = lex_token(text, after.end, self.o.protect_spans).map(Tok::from);
            }
            let next = next.map(|t| self.prepare(t));
            let decision = self.decide(em, &sep, next.as_ref());
            self.emit_sep(em, &sep, decision);
            if sep.has(Sep::NEWLINE) {
                self.line_script = None;
            }
            if self.after_protected && em.written_rev().next().is_some_and(char::is_whitespace) {
                self.after_protected = false;
            }
            let Some(mut next) = next else { break };
            next.after_digit = em.written_rev().next().is_some_and(chars::is_digit);
            let merged = decision == SepOut::Empty && self.prev.is_word() && next.is_word();
            if merged {
                // The word written so far, which this one continues: when the word before was
                // itself merged, the whole word it was written into (nothing was written
                // since), so that a long run of merged words costs no more than its length.
                if self.prev_merged {
                    // (`merged_text` is not read again before it is written below.)
                    std::mem::swap(&mut self.b.merge_prefix, &mut self.b.merged_text);
                } else {
                    self.b.merge_prefix.clear();
                    let letters: Vec<char> = em.written_rev().take_while(|&c| in_word(c)).collect();
                    self.b.merge_prefix.extend(letters.iter().rev());
                }
            }
            let written_before = if merged { em.written_len() } else { 0 };
            self.emit_token(em, &mut next, merged);
            match next.kind {
                Some(Kind::Protected) => self.after_protected = true,
                Some(Kind::Word) => self.line_script = Some(Script::Persian),
                Some(Kind::Foreign) => self.line_script = Some(Script::Latin),
                _ => {}
            }
            self.shift(next);
            // Two words written together are one word for what follows (ترها), as they will
            // be when the output is normalized again.
            self.prev_merged = merged;
            if merged {
                // The letters written for this word; if they are all letters, the whole word
                // is the one it continues and them.
                let wrote = em.written_len() - written_before;
                let mut len = 0;
                let letters: Vec<char> = em
                    .written_rev()
                    .take_while(|&c| {
                        let take = len < wrote && in_word(c);
                        len += c.len_utf8();
                        take
                    })
                    .collect();
                let whole = letters.iter().map(|c| c.len_utf8()).sum::<usize>() == wrote;
                if whole {
                    std::mem::swap(&mut self.b.merged_text, &mut self.b.merge_prefix);
                } else {
                    self.b.merged_text.clear();
                }
                self.b.merged_text.extend(letters.iter().rev());
            }
            pos = next.end;
        }
    }

    /// Takes the fast path from `pos`, the end of `prev`, if `prev` allows it (see the
    /// `fast` module); returns the position reached.
    fn skip_clean<S: Sink>(&mut self, em: &mut Emitter<'t, '_, S>, pos: usize) -> usize {
        let last = match self.prev.kind {
            Some(Kind::Word) => Clean::Word,
            Some(Kind::Number) => Clean::Number,
            Some(Kind::Punct(c)) => Clean::Punct(c),
            _ => return pos,
        };
        if !self.fast_path
            || self.after_protected
            || self.prev_merged
            || self.prev.split.is_some()
            || !self.b.forced.is_empty()
            || !fast::can_start_after(last)
        {
            return pos;
        }
        let persian_digits = self.o.digits != DigitPolicy::Latin;
        let mut folded = std::mem::take(&mut self.b.folded);
        let last_text = if last == Clean::Word {
            self.prev_word()
        } else {
            ""
        };
        let skipped = fast::skip_clean(
            self.text,
            pos,
            (last, self.prev.start..pos),
            last_text,
            self.lex,
            self.rules,
            persian_digits,
            self.o.digits == DigitPolicy::Persian,
            &mut folded,
            |start, end, with| {
                em.keep_to(start);
                em.replace(end, with);
            },
        );
        self.b.folded = folded;
        let Some(skipped) = skipped else {
            return pos;
        };
        let tok = |(kind, r): (Clean, std::ops::Range<usize>), dirty| {
            Tok::from(Token {
                kind: match kind {
                    Clean::Word => Kind::Word,
                    Clean::Number => Kind::Number,
                    Clean::Punct(c) => Kind::Punct(c),
                },
                start: r.start,
                end: r.end,
                dirty,
            })
        };
        if skipped.words {
            self.line_script = Some(Script::Persian);
        }
        self.prev2 = tok(skipped.before, skipped.before_dirty);
        self.prev = tok(skipped.last, skipped.last_dirty);
        // The folded text of words with folded letters, for the decisions that follow.
        let text = self.text;
        for (t, buf) in [
            (self.prev2, &mut self.b.prev2_text),
            (self.prev, &mut self.b.prev_text),
        ] {
            if t.dirty {
                buf.clear();
                fold_units(
                    &text[t.start..t.end],
                    self.rules,
                    &mut self.b.unit,
                    |_, s| buf.push_str(s),
                );
            }
        }
        self.prev.end
    }

    /// Folds the dirty word `t` into `next_text`, remembering its units for emission.
    fn fold_next(&mut self, t: &Tok) {
        self.b.next_text.clear();
        self.b.next_units.clear();
        let (out, units) = (&mut self.b.next_text, &mut self.b.next_units);
        fold_units(
            &self.text[t.start..t.end],
            self.rules,
            &mut self.b.unit,
            |r, s| {
                out.push_str(s);
                units.push((r.end as u32, out.len() as u32));
            },
        );
    }

    /// Settles a quotation mark's role.
    fn prepare(&mut self, mut t: Tok) -> Tok {
        if t.punct().is_some_and(is_quote) {
            match self.quote {
                Some((close, convert)) if close == t.start => {
                    t.role = Role::Close;
                    t.convert_quote = convert;
                    self.quote = None;
                }
                _ => {
                    if let Some((close, convert)) = self.find_closing_quote(t.end) {
                        t.role = Role::Open;
                        t.convert_quote = convert;
                        self.quote = Some((close, convert));
                    }
                }
            }
        }
        t
    }

    /// The next quotation mark on the line after `from`, and whether the quoted text is
    /// Persian (its first letter is Arabic-script).
    fn find_closing_quote(&self, from: usize) -> Option<(usize, bool)> {
        let rest = self.text.get(from..)?;
        let mut first_letter = None;
        for (i, c) in rest.char_indices() {
            if is_quote(c) {
                let persian = first_letter == Some(Script::Persian);
                return Some((from + i, persian && self.o.punctuation));
            }
            match class(c) {
                Class::Newline => return None,
                Class::Letter | Class::Fold if first_letter.is_none() => {
                    first_letter = Some(Script::Persian);
                }
                Class::Foreign if first_letter.is_none() => first_letter = Some(Script::Latin),
                _ => {}
            }
        }
        None
    }

    fn shift(&mut self, next: Tok) {
        self.prev2 = self.prev;
        if self.prev.is_word() && self.prev.dirty {
            std::mem::swap(&mut self.b.prev2_text, &mut self.b.prev_text);
        }
        self.prev = next;
        if next.is_word() && next.dirty {
            std::mem::swap(&mut self.b.prev_text, &mut self.b.next_text);
        }
    }

    fn word_text<'a>(&'a self, t: &Tok, scratch: &'a str) -> &'a str {
        if t.dirty {
            scratch
        } else {
            &self.text[t.start..t.end]
        }
    }

    /// The folded text of the previous word (after its verbal prefix, if a ZWNJ was put
    /// there).
    fn prev_word(&self) -> &str {
        if self.prev_merged {
            return &self.b.merged_text;
        }
        let word = self.word_text(&self.prev, &self.b.prev_text);
        match self.prev.split {
            Some(at) => word.get(at..).unwrap_or(word),
            None => word,
        }
    }

    /// The folded text of the token before `prev` (empty unless it is a word).
    fn prev2_word(&self) -> &str {
        if self.prev2.is_word() {
            self.word_text(&self.prev2, &self.b.prev2_text)
        } else {
            ""
        }
    }

    fn next_word<'a>(&'a self, next: &Tok) -> &'a str {
        self.word_text(next, &self.b.next_text)
    }

    /// The script of the nearest letter token: before `pos` on this line, else after it.
    fn script_at(&mut self, pos: usize) -> Option<Script> {
        if self.line_script.is_some() {
            return self.line_script;
        }
        if let Some((from, to, script)) = self.ahead {
            if from <= pos && pos <= to {
                return script;
            }
        }
        let rest = self.text.get(pos..).unwrap_or("");
        let mut found = (rest.len(), None);
        for (i, c) in rest.char_indices() {
            match class(c) {
                Class::Newline => {
                    found = (i, None);
                    break;
                }
                Class::Letter | Class::Fold if is_letter(c) => {
                    found = (i, Some(Script::Persian));
                    break;
                }
                Class::Foreign => {
                    found = (i, Some(Script::Latin));
                    break;
                }
                _ => {}
            }
        }
        self.ahead = Some((pos, pos + found.0, found.1));
        found.1
    }

    fn persian_at(&mut self, pos: usize) -> bool {
        self.script_at(pos) == Some(Script::Persian)
    }

    // ---------------------------------------------------------------- decisions

    fn decide<S: Sink>(
        &mut self,
        em: &Emitter<'t, '_, S>,
        sep: &Sep,
        next: Option<&Tok>,
    ) -> SepOut {
        while let Some(&(at, out)) = self.b.forced.front() {
            if at < sep.start {
                self.b.forced.pop_front();
                continue;
            }
            if at == sep.start {
                self.b.forced.pop_front();
                return out;
            }
            break;
        }
        let o = self.o;
        let raw = SepOut::Raw {
            drop_joiners: false,
        };
        if sep.has(Sep::NEWLINE) {
            return if o.spaces { SepOut::Newlines } else { raw };
        }
        let next = match next {
            Some(n) if self.prev.kind.is_some() => n,
            // The edges of the text.
            _ if sep.is_empty() => return raw,
            _ if o.spaces => return SepOut::Empty,
            _ => {
                return SepOut::Raw {
                    drop_joiners: o.zwnj,
                };
            }
        };
        if sep.has(Sep::SPACE) {
            if o.punctuation_spacing && self.no_space_between(next) {
                return SepOut::Empty;
            }
            if self.lex.is_some() && self.prev.is_word() && next.is_word() {
                if let Some(join) = self.affix_join(sep, next) {
                    return join;
                }
            }
            if !o.spaces {
                return SepOut::Raw {
                    drop_joiners: o.zwnj,
                };
            }
            return SepOut::Space;
        }
        let words = self.prev.is_word() && next.is_word();
        // Next to a Latin run, a protected span or a symbol, and between a number and a
        // number or a punctuation mark, invisible characters stay: they may direct the bidi
        // display, and deleting them would glue two tokens into one (12‌34 → 1234).
        if !sep.has(Sep::SPACE)
            && !sep.is_empty()
            && (self.after_protected || self.invisible_stays(next))
        {
            return SepOut::Keep;
        }
        if sep.has(Sep::JOINER) || (words && sep.has(Sep::DIRMARK) && o.invisibles) {
            if !o.zwnj {
                return raw;
            }
            if words {
                if self.lex.is_some()
                    && self.next_word(next) == "است"
                    && written_word_after(self.text, next.start, self.rules) == "است"
                {
                    return SepOut::Space;
                }
                return attach_after(self.prev_word());
            }
            // A joiner at a word edge is dropped; what is left is two tokens side by side.
            return self.glued(em, next).unwrap_or(SepOut::Empty);
        }
        if sep.has(Sep::NOISE | Sep::DIRMARK) {
            if !o.invisibles {
                return raw;
            }
            // A soft hyphen in a verb or a plural: می\u{AD}داد is می‌داد.
            if words {
                if let Some(lex) = self.lex {
                    let p = self.prev_word();
                    let glued = format!(
                        "{p}{}",
                        written_word_after(self.text, next.start, self.rules)
                    );
                    if lex.glued_split(&glued) == Some(p.len()) {
                        return SepOut::Zwnj;
                    }
                }
            }
            return self.glued(em, next).unwrap_or(SepOut::Empty);
        }
        self.glued(em, next).unwrap_or(raw)
    }

    /// Whether an invisible separator (ZWNJ, a bidi mark…) between the previous token and
    /// `next` stays. It goes only at the edge of a Persian word, next to another word, a
    /// number or a punctuation mark: there it is invisible noise. Elsewhere deleting it could
    /// make two tokens read as one (12‌.5 → 12.5, #‌تگ → a hashtag, a Latin run running on),
    /// and next to a Latin run a bidi mark may direct the display.
    fn invisible_stays(&self, next: &Tok) -> bool {
        let plain = |t: &Tok| match t.kind {
            Some(Kind::Word | Kind::Number) => true,
            Some(Kind::Punct(c)) => c != '#' && c != '@',
            _ => false,
        };
        !((self.prev.is_word() && plain(next)) || (next.is_word() && plain(&self.prev)))
    }

    /// Spaces that go: before closing punctuation, inside brackets and quotes.
    fn no_space_between(&mut self, next: &Tok) -> bool {
        let prev = self.prev;
        if self.after_protected {
            // Punctuation moved onto a URL would become part of it.
            return false;
        }
        let closing = match next.punct() {
            Some(c) if is_quote(c) => next.role == Role::Close && next.convert_quote,
            Some(_) if next.role == Role::Close => true,
            // "۴۰ %": the percent sign belongs to its number.
            Some('%' | '٪') => prev.is(Kind::Number),
            Some(c) if is_closing_punct(c) => {
                // ".NET", ".5": a point glued to what follows is not sentence punctuation.
                let glued_to_next = c == '.'
                    && lex_token(self.text, next.end, false).is_some_and(|t| {
                        matches!(t.kind, Kind::Foreign | Kind::Number | Kind::Protected)
                    });
                !glued_to_next
            }
            _ => false,
        };
        let opening = match prev.punct() {
            Some(c) if is_quote(c) => prev.role == Role::Open && prev.convert_quote,
            Some(_) => prev.role == Role::Open,
            None => false,
        };
        (closing || opening) && self.script_at(next.start) != Some(Script::Latin)
    }

    /// Insertions between two tokens written side by side (rules 5 and 7).
    fn glued<S: Sink>(&mut self, em: &Emitter<'t, '_, S>, next: &Tok) -> Option<SepOut> {
        if !self.o.punctuation_spacing {
            return None;
        }
        let prev = self.prev;
        let (pk, nk) = (prev.kind?, next.kind?);
        match (pk, nk) {
            // "19در" → "19 در", but "۲۰مین", "۱۲ام".
            (Kind::Number, Kind::Word) => {
                let token = self.next_word(next);
                let word = if continues_across_gap(self.text, next.end, token) {
                    Cow::Owned(written_word_after(self.text, next.start, self.rules))
                } else {
                    Cow::Borrowed(token)
                };
                (!ORDINAL_SUFFIXES.contains(&&*word)).then_some(SepOut::Space)
            }
            (Kind::Word, Kind::Number) => {
                (trailing_letters(em.written_rev()) >= 2).then_some(SepOut::Space)
            }
            (Kind::Word, Kind::Punct(_)) => {
                let opens = next.role == Role::Open
                    && next
                        .punct()
                        .is_some_and(|c| !is_quote(c) || next.convert_quote);
                opens.then_some(SepOut::Space)
            }
            (Kind::Punct(c), Kind::Word | Kind::Foreign | Kind::Number) => {
                if !self.persian_at(prev.start) {
                    return None;
                }
                let after_close = prev.role == Role::Close
                    && (!is_quote(c) || prev.convert_quote)
                    && nk == Kind::Word;
                let after_mark = wants_space_after(c)
                    && match c {
                        // Not inside an abbreviation (ه.ش) nor before a Latin or numeric tail.
                        '.' => {
                            nk == Kind::Word
                                && !(self.prev2.is_word()
                                    && trailing_letters(em.written_rev().skip(1)) < 2)
                        }
                        // A list of numbers (۱،۲) or a time stays tight.
                        _ if nk == Kind::Number => !self.prev2.is(Kind::Number),
                        '٪' | '%' => nk == Kind::Word,
                        _ => true,
                    };
                (after_close || after_mark).then_some(SepOut::Space)
            }
            _ => None,
        }
    }

    /// Rule 10 between two Persian words separated by a space.
    fn affix_join(&mut self, sep: &Sep, next: &Tok) -> Option<SepOut> {
        let lex = self.lex?;
        // A word continued after an invisible separator this pass deletes (آ‌کتاب) is judged
        // whole, as the next pass will see it.
        let glued_on = continues_across_gap(self.text, next.end, self.next_word(next));
        let written = glued_on.then(|| written_word_after(self.text, next.start, self.rules));
        let n = written.as_deref().unwrap_or_else(|| self.next_word(next));
        if !lex.may_join(Lexicon::signature(self.prev_word()), Lexicon::signature(n)) {
            return None;
        }
        if let Some(out) = self.compound(lex, sep, next) {
            return Some(out);
        }
        // So is a word that a suffix will be attached to (دارو ها → داروها).
        let n = written.as_deref().unwrap_or_else(|| self.next_word(next));
        let n = self.with_attached_suffixes(lex, n, next.end);
        let p = self.prev_word();
        // The copula is always a word of its own, and a suffix glued to digits (۱۲ها) takes
        // no more.
        let ordinal = self.prev.after_digit && ORDINAL_SUFFIXES.contains(&p);
        if n == "است" || ordinal {
            return None;
        }
        if p == "می" || p == "نمی" {
            // Not the month May: ماه می، ۱۵ می.
            let may = self.prev2.is(Kind::Number) || self.prev2_word() == "ماه";
            return (!may && lex.is_verb_after_mi(&n)).then_some(SepOut::Zwnj);
        }
        if p == "بی" {
            let spelled = self.prev2_word() == "بی";
            return (!spelled && letter_count(&n) >= 2 && !lex.is_bi_exception(&n))
                .then_some(SepOut::Zwnj);
        }
        suffix_join(lex, p, &n, || self.than_follows(next.end))
    }

    /// `word` (which ends at `end`) with the suffixes that the next decisions will attach to
    /// it without a ZWNJ (after a non-joining letter).
    fn with_attached_suffixes<'w>(
        &self,
        lex: &Lexicon,
        word: &'w str,
        mut end: usize,
    ) -> Cow<'w, str> {
        let mut whole = Cow::Borrowed(word);
        for _ in 0..3 {
            if last_letter(&whole).is_none_or(joins_next) {
                break;
            }
            let Some((sep, t, suffix)) = self.peek_word(end) else {
                break;
            };
            if !sep.has(Sep::SPACE) || sep.has(Sep::NEWLINE) {
                break;
            }
            let join = suffix_join(lex, &whole, &suffix, || self.than_follows(t.end));
            if join != Some(SepOut::Empty) {
                break;
            }
            whole.to_mut().push_str(&suffix);
            end = t.end;
        }
        whole
    }

    /// Whether the word after the one that ends at `end` is از ("than").
    fn than_follows(&self, end: usize) -> bool {
        self.peek_word(end)
            .is_some_and(|(sep, _, word)| word == "از" && !sep.has(Sep::NEWLINE))
    }

    /// The word after `end` as the main loop will see it: the separator before it (a word
    /// that folds to nothing merged in), the token and its folded text. `None` when the next
    /// token is not a word.
    fn peek_word(&self, end: usize) -> Option<(Sep, Token, Cow<'t, str>)> {
        let text = self.text;
        let mut sep = lex_sep(text, end);
        loop {
            let t = lex_token(text, sep.end, self.o.protect_spans)?;
            if t.kind != Kind::Word {
                return None;
            }
            let word = fold_word(&text[t.start..t.end], self.rules);
            if !word.is_empty() {
                return Some((sep, t, word));
            }
            let after = lex_sep(text, t.end);
            sep = Sep {
                start: sep.start,
                end: after.end,
                flags: sep.flags | after.flags | Sep::NOISE,
            };
        }
    }

    /// The written word after `end` (pieces that this pass glues, a ZWNJ after a non-joining
    /// letter or a soft hyphen between them, are one word, as the next pass will see them),
    /// with the separator before it and where it ends.
    fn peek_written_word(&self, end: usize) -> Option<(Sep, usize, Cow<'t, str>)> {
        let (sep, t, mut word) = self.peek_word(end)?;
        let mut end = t.end;
        while let Some((s, t, piece)) = self.peek_word(end) {
            let glues = !s.is_empty()
                && !s.has(Sep::SPACE | Sep::NEWLINE)
                && (!s.has(Sep::JOINER | Sep::DIRMARK)
                    || !last_letter(&word).is_some_and(joins_next));
            if !glues {
                break;
            }
            word.to_mut().push_str(&piece);
            end = t.end;
        }
        Some((sep, end, word))
    }

    /// A lexical compound that starts with the previous word: decides this separator and
    /// queues the decisions for the compound's other separators.
    fn compound(&mut self, lex: &'static Lexicon, sep: &Sep, next: &Tok) -> Option<SepOut> {
        let candidates = lex.compounds_starting_with(self.prev_word());
        'candidates: for &(index, head_parts) in candidates {
            let Some(compound) = lex.compounds.get(index) else {
                continue;
            };
            // Walk the written words that follow over the compound's parts; nothing is
            // decided until the whole compound matched.
            let mut at = head_parts;
            let mut pos = sep.start;
            while at < compound.parts.len() {
                let Some((s, end, word)) = self.peek_written_word(pos) else {
                    continue 'candidates;
                };
                if s.is_empty() || s.has(Sep::NEWLINE) {
                    continue 'candidates;
                }
                let Some(next_at) = Lexicon::match_parts(compound, at, &word, true) else {
                    continue 'candidates;
                };
                at = next_at;
                pos = end;
            }
            // Matched: the decision for each separator inside the compound.
            let mut at = head_parts;
            let mut pos = sep.start;
            let mut first = None;
            while at < compound.parts.len() {
                let Some((s, end, word)) = self.peek_written_word(pos) else {
                    break;
                };
                let zwnj = compound.zwnj.get(at - 1).copied().unwrap_or(false);
                let decision = if zwnj { SepOut::Zwnj } else { SepOut::Empty };
                if first.is_none() {
                    first = Some(decision);
                } else {
                    self.b.forced.push_back((s.start, decision));
                }
                at =
                    Lexicon::match_parts(compound, at, &word, true).unwrap_or(compound.parts.len());
                pos = end;
            }
            let _ = next;
            return first;
        }
        None
    }

    // ---------------------------------------------------------------- emission

    fn emit_sep<S: Sink>(&mut self, em: &mut Emitter<'t, '_, S>, sep: &Sep, out: SepOut) {
        match out {
            SepOut::Keep => em.keep_to(sep.end),
            SepOut::Empty => em.replace(sep.end, ""),
            SepOut::Space
                if sep.end == sep.start + 1 && self.text.as_bytes()[sep.start] == b' ' =>
            {
                em.keep_to(sep.end)
            }
            SepOut::Space => em.replace(sep.end, " "),
            SepOut::Zwnj => em.replace(sep.end, ZWNJ_STR),
            SepOut::Raw { drop_joiners } => {
                let plain = !drop_joiners && (sep.flags & !(Sep::SPACE | Sep::NEWLINE)) == 0;
                if plain && (!self.o.invisibles || self.text[sep.start..sep.end].is_ascii()) {
                    em.keep_to(sep.end);
                    return;
                }
                for (i, c) in self.text[sep.start..sep.end].char_indices() {
                    let end = sep.start + i + c.len_utf8();
                    let cls = class(c);
                    let with = match cls {
                        Class::Noise if self.o.invisibles => "",
                        // The marks of a word that folded to nothing.
                        Class::Mark | Class::Kashida | Class::Fold => "",
                        Class::Joiner if drop_joiners => "",
                        Class::Joiner if self.o.invisibles => ZWNJ_STR,
                        Class::Space if self.o.invisibles && c != '\t' => " ",
                        _ => {
                            em.keep_to(end);
                            continue;
                        }
                    };
                    em.replace(end, with);
                }
            }
            SepOut::Newlines => {
                for (i, c) in self.text[sep.start..sep.end].char_indices() {
                    let end = sep.start + i + c.len_utf8();
                    if class(c) == Class::Newline {
                        em.keep_to(end);
                    } else {
                        em.replace(end, "");
                    }
                }
            }
        }
    }

    fn emit_token<S: Sink>(&mut self, em: &mut Emitter<'t, '_, S>, t: &mut Tok, merged: bool) {
        match t.kind {
            Some(Kind::Word) => self.emit_word(em, t, merged),
            Some(Kind::Number) => self.emit_number(em, t),
            Some(Kind::Punct(c)) => self.emit_punct(em, t, c),
            _ => em.keep_to(t.end),
        }
    }

    /// Writes a word, with a ZWNJ after its verbal prefix if it is a verb written glued
    /// (recorded in `t.split`: the words after it see only the verb).
    fn emit_word<S: Sink>(&mut self, em: &mut Emitter<'t, '_, S>, t: &mut Tok, merged: bool) {
        let word = self.next_word(t);
        let split = self.lex.and_then(|lex| {
            if merged {
                // Judged with the word it continues (کتاب + سهها → کتابسه‌ها). A word glued
                // from many is judged by its last letters only: no verb is that long, and a
                // plural is judged at the end (else a long run costs its length per piece).
                let prefix = &self.b.merge_prefix;
                let long = prefix.len() > LONG_GLUED;
                let prefix = if long {
                    let mut from = prefix.len() - LONG_GLUED;
                    while !prefix.is_char_boundary(from) {
                        from += 1;
                    }
                    &prefix[from..]
                } else {
                    prefix.as_str()
                };
                let whole = format!(
                    "{prefix}{}",
                    written_word_after(self.text, t.start, self.rules)
                );
                let at = if long {
                    lex.glued_plural_split(&whole)
                } else {
                    lex.glued_split(&whole)
                };
                at.and_then(|at| at.checked_sub(prefix.len()))
                    .filter(|&at| at > 0 && at < word.len())
            } else {
                glued_split(lex, self.text, t.start..t.end, word, self.rules)
            }
        });
        t.split = split;
        if !t.dirty {
            match split {
                None => em.keep_to(t.end),
                Some(at) => {
                    em.keep_to(t.start + at);
                    em.replace(t.start + at, ZWNJ_STR);
                    em.keep_to(t.end);
                }
            }
            return;
        }
        let (mut raw_from, mut out_from) = (0, 0);
        for &(raw_end, out_end) in &self.b.next_units {
            let (raw_end, out_end) = (raw_end as usize, out_end as usize);
            let folded = self.b.next_text.get(out_from..out_end).unwrap_or("");
            if same(
                &self.text.as_bytes()[t.start + raw_from..t.start + raw_end],
                folded.as_bytes(),
            ) {
                em.keep_to(t.start + raw_end);
            } else {
                em.replace(t.start + raw_end, folded);
            }
            if split == Some(out_end) {
                em.replace(t.start + raw_end, ZWNJ_STR);
            }
            (raw_from, out_from) = (raw_end, out_end);
        }
    }

    fn emit_number<S: Sink>(&mut self, em: &mut Emitter<'t, '_, S>, t: &Tok) {
        let text = &self.text[t.start..t.end];
        let to_persian = match self.o.digits {
            DigitPolicy::Keep => {
                em.keep_to(t.end);
                return;
            }
            DigitPolicy::Latin => false,
            DigitPolicy::Persian => {
                let foreign = !text.is_ascii();
                if !foreign && !self.persian_digits_at(t.start) {
                    // ASCII digits in a Latin context stay as they are.
                    em.keep_to(t.end);
                    return;
                }
                true
            }
        };
        let separators = self.o.number_punctuation;
        let single_point = text.bytes().filter(|&b| b == b'.').count() == 1;
        let mut buf = [0u8; 4];
        for (i, c) in text.char_indices() {
            let end = t.start + i + c.len_utf8();
            let to = match chars::digit_value(c) {
                Some(v) if to_persian => chars::persian_digit(v),
                Some(v) => Some(char::from(b'0' + v)),
                None if !separators => None,
                None => match (c, to_persian) {
                    ('.', true) if single_point => Some(chars::DECIMAL_SEPARATOR),
                    (',', true) => Some(chars::THOUSANDS_SEPARATOR),
                    ('٫', false) => Some('.'),
                    ('٬', false) => Some(','),
                    _ => None,
                },
            };
            match to {
                Some(to) if to != c => em.replace(end, to.encode_utf8(&mut buf)),
                _ => em.keep_to(end),
            }
        }
    }

    /// Whether ASCII digits at `pos` are in a Persian context: the nearest letters are Persian,
    /// or there are none on the line.
    fn persian_digits_at(&mut self, pos: usize) -> bool {
        self.script_at(pos) != Some(Script::Latin)
    }

    fn emit_punct<S: Sink>(&mut self, em: &mut Emitter<'t, '_, S>, t: &Tok, c: char) {
        let o = self.o;
        let to = match c {
            '?' | ',' | ';' if o.punctuation => {
                let after_latin = matches!(self.prev.kind, Some(Kind::Foreign | Kind::Protected));
                if !after_latin && self.persian_at(t.start) {
                    Some(match c {
                        '?' => "؟",
                        ',' => "،",
                        _ => "؛",
                    })
                } else {
                    None
                }
            }
            _ if is_quote(c) && t.convert_quote => {
                Some(if t.role == Role::Open { "«" } else { "»" })
            }
            '%' if o.number_punctuation
                && o.digits == DigitPolicy::Persian
                && self.prev.is(Kind::Number)
                && self.persian_digits_at(t.start) =>
            {
                Some("٪")
            }
            '٪' if o.number_punctuation && o.digits == DigitPolicy::Latin => Some("%"),
            _ => None,
        };
        match to {
            Some(to) => em.replace(t.end, to),
            None => em.keep_to(t.end),
        }
    }
}
