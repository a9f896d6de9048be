//! Sentence and word tokenizers over raw or normalized Persian text.
//!
//! [`tokens`] and [`sentences`] borrow the text and yield slices of it with their byte offsets:
//! no copy of the text, no allocation per token. They work on raw text as it comes (Arabic
//! yeh and kaf, mixed digit scripts, missing or extra ZWNJ) as well as on normalized text, and
//! [`Tokenizer::normalize`] (or [`Tokenizer::tokens_mapped`] / [`Tokenizer::sentences_mapped`]
//! with any offset map) reports what they find in normalized text at its place in the original.
//!
//! ```
//! use pardaz::{TokenKind, tokens};
//!
//! let words: Vec<&str> = tokens("کتاب‌ها را در ۱۴۰۲ خریدم، گران بود!").map(|t| t.text).collect();
//! assert_eq!(words, ["کتاب‌ها", "را", "در", "۱۴۰۲", "خریدم", "،", "گران", "بود", "!"]);
//! ```
//!
//! # Conventions
//!
//! They are those of the Universal Dependencies Persian treebanks (Seraji, PerDT), which
//! users score tokenizers against.
//!
//! | # | rule | example → tokens |
//! |---|---|---|
//! | 1 | every whitespace is a token boundary; no token contains a space (except the optional verb join) | `به گزارش` → `به` `گزارش` |
//! | 2 | ZWNJ never splits a token | `می‌شود`, `کتاب‌ها`, `کرده‌اند`, `خانواده‌اش` |
//! | 3 | clitics stay attached as written; `را`, `است` are separate only when written apart | `مرا`, `اوست`, `کتاب را` → `کتاب` `را` |
//! | 4 | each punctuation character is its own token, spaces or not | `گرگان،` → `گرگان` `،`; `!؟` → `!` `؟`; `...` → `.` `.` `.`; `…` → `…` |
//! | 5a | numbers of any digit script stay whole with inner `.` `,` `٫` `٬` `/` `:` and a final `%` `٪` | `10.7`, `۱۲٬۵۰۰`, `31/10/1917`, `12:30`, `۴۰٪` |
//! | 5b | Latin words and identifiers stay whole, inner `-` `_` `'` included | `CoRoT-7b`, `COVID-19`, `3D` |
//! | 5c | URLs, e-mail addresses, hashtags, mentions stay whole, trailing punctuation excluded | `https://isna.ir/news/1`, `info@irna.ir`, `#ایران_قوی`, `@pardaz` |
//! | 5d | a single-letter initial keeps its period, and so does a chain of them; a lone Latin letter only before a Latin name | `م.`, `ق.م`, `ه.ش`, `ج.ا.ا`, `J. K. Rowling`, `U.S.`; but `گروه B.` → `B` `.` |
//! | 5e | a digit run glued to a word is two tokens | `19در` → `19` `در`; `جذب714` → `جذب` `714` |
//! | 5f | an emoji is one token with its modifiers, ZWJ sequence, flag pair or keycap | `👍🏽`, `👨‍👩‍👧`, `🇮🇷`, `1️⃣` |
//!
//! Whitespace and invisible characters (ZWNJ, ZWJ, bidi marks, BOM, soft hyphen, controls) are
//! never tokens: inside a word they belong to it, between tokens they are skipped. So the tokens,
//! together with the whitespace and invisible characters between them, cover the whole text.
//!
//! | sentence rule | example |
//! |---|---|
//! | a sentence ends at `.` `؟` `?` `!` or a run of them followed by space or the end | `…است. بعد` |
//! | a closing quote or bracket right after the mark belongs to the sentence before | `…است.» او` ends after `»` |
//! | `؛`, `:`, decimal points, URLs, e-mails never end a sentence | `۱۰.۷`, `isna.ir` |
//! | an initial or a listed abbreviation before `.` does not end it | `م.`, `ق.م.`, `Dr.` |
//! | a list number alone before `.` does not end it | `۱. مقدمه` |
//! | a period run after the conjunction `و`, spaced or not, is "and so on" | `سیب و ... خرید` |
//! | a mark followed by a word that never opens a sentence (`را`, `است`) does not end it | `و غیره ... را دید` |
//! | a mark between two Arabic-script letters ends it even without a space | `…است.او` |
//! | a line break ends a sentence | `عنوان⏎متن` |
//! | a news dateline ending in `:` at the start of a sentence is a sentence of its own | `تهران - ایرنا:` |
//!
//! Sentences never include the whitespace around them; blank lines make no sentence.
//!
//! # Options
//!
//! [`TokenizerOptions`] switches units off (URLs, e-mails, hashtags, mentions, emoji,
//! abbreviations), sentence rules off (line breaks, datelines), and the optional join of
//! multi-word verbs on (`خواهد کرد`, `گفته شده است` as one token each, spaces kept), which is
//! off by default because the treebanks split them.

mod classes;
mod lists;
mod mapped;
mod sentence;
mod verbs;
mod web;
mod word;

pub use mapped::{MappedSentence, MappedSentences, MappedToken, MappedTokens, NormalizedText};
pub use sentence::{Sentence, Sentences};
pub use word::{Token, TokenKind};

use crate::normalize::{Normalizer, OffsetMap};
use sentence::SentenceRules;

/// The tokens of `text` under the default conventions.
///
/// ```
/// let t: Vec<_> = pardaz::tokens("«سلام»!").map(|t| (t.text, t.start)).collect();
/// assert_eq!(t, [("«", 0), ("سلام", 2), ("»", 10), ("!", 12)]);
/// ```
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokenizer::default().tokens(text)
}

/// The sentences of `text` under the default conventions.
///
/// ```
/// let s: Vec<_> = pardaz::sentences("او گفت: «می‌آیم.» سپس رفت؟ بله").map(|s| s.text).collect();
/// assert_eq!(s, ["او گفت: «می‌آیم.»", "سپس رفت؟", "بله"]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Tokenizer::default().sentences(text)
}

/// How a [`Tokenizer`] splits text. `Default` gives the conventions of the module docs.
///
/// ```
/// use pardaz::{Tokenizer, TokenizerOptions};
///
/// let options = TokenizerOptions::default().join_verbs(true);
/// let tokenizer = Tokenizer::new(options);
/// let t: Vec<_> = tokenizer.tokens("او خواهد رفت").map(|t| t.text).collect();
/// assert_eq!(t, ["او", "خواهد رفت"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TokenizerOptions {
    /// Keep URLs whole (default `true`); otherwise they split into words and punctuation.
    pub urls: bool,
    /// Keep e-mail addresses whole (default `true`).
    pub emails: bool,
    /// Keep hashtags whole (default `true`).
    pub hashtags: bool,
    /// Keep mentions whole (default `true`).
    pub mentions: bool,
    /// Keep emoji sequences whole (default `true`); otherwise each character is a symbol.
    pub emoji: bool,
    /// Keep the period of initials and listed abbreviations inside the token and never end a
    /// sentence there (default `true`).
    pub abbreviations: bool,
    /// Join multi-word verbs into one token (default `false`).
    pub join_verbs: bool,
    /// End a sentence at every line break (default `true`).
    pub line_breaks: bool,
    /// Make a news dateline (`تهران - ایرنا:`) at the start of a sentence a sentence of its own
    /// (default `true`).
    pub datelines: bool,
}

impl Default for TokenizerOptions {
    fn default() -> Self {
        TokenizerOptions {
            urls: true,
            emails: true,
            hashtags: true,
            mentions: true,
            emoji: true,
            abbreviations: true,
            join_verbs: false,
            line_breaks: true,
            datelines: true,
        }
    }
}

macro_rules! setter {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        pub fn $name(mut self, yes: bool) -> Self {
            self.$name = yes;
            self
        }
    };
}

impl TokenizerOptions {
    setter!(
        /// Sets [`urls`](Self::urls).
        ///
        /// ```
        /// let o = pardaz::TokenizerOptions::default().urls(false);
        /// let t = pardaz::Tokenizer::new(o).tokenize("www.isna.ir");
        /// assert_eq!(t.len(), 5);
        /// ```
        urls
    );
    setter!(
        /// Sets [`emails`](Self::emails).
        ///
        /// ```
        /// let o = pardaz::TokenizerOptions::default().emails(false).mentions(false);
        /// let t = pardaz::Tokenizer::new(o).tokenize("a@b.ir");
        /// assert_eq!(t.iter().map(|t| t.text).collect::<Vec<_>>(), ["a", "@", "b.ir"]);
        /// ```
        emails
    );
    setter!(
        /// Sets [`hashtags`](Self::hashtags).
        ///
        /// ```
        /// let o = pardaz::TokenizerOptions::default().hashtags(false);
        /// assert_eq!(pardaz::Tokenizer::new(o).tokenize("#ایران").len(), 2);
        /// ```
        hashtags
    );
    setter!(
        /// Sets [`mentions`](Self::mentions).
        ///
        /// ```
        /// let o = pardaz::TokenizerOptions::default().mentions(false);
        /// assert_eq!(pardaz::Tokenizer::new(o).tokenize("@pardaz").len(), 2);
        /// ```
        mentions
    );
    setter!(
        /// Sets [`emoji`](Self::emoji).
        ///
        /// ```
        /// let o = pardaz::TokenizerOptions::default().emoji(false);
        /// assert_eq!(pardaz::Tokenizer::new(o).tokenize("👍🏽").len(), 2);
        /// ```
        emoji
    );
    setter!(
        /// Sets [`abbreviations`](Self::abbreviations).
        ///
        /// ```
        /// let o = pardaz::TokenizerOptions::default().abbreviations(false);
        /// assert_eq!(pardaz::Tokenizer::new(o).tokenize("م.").len(), 2);
        /// ```
        abbreviations
    );
    setter!(
        /// Sets [`join_verbs`](Self::join_verbs).
        ///
        /// ```
        /// let o = pardaz::TokenizerOptions::default().join_verbs(true);
        /// let t = pardaz::Tokenizer::new(o).tokenize("گفته شده است.");
        /// assert_eq!(t[0].text, "گفته شده است");
        /// ```
        join_verbs
    );
    setter!(
        /// Sets [`line_breaks`](Self::line_breaks).
        ///
        /// ```
        /// let o = pardaz::TokenizerOptions::default().line_breaks(false);
        /// assert_eq!(pardaz::Tokenizer::new(o).split_sentences("یک\nدو").len(), 1);
        /// ```
        line_breaks
    );
    setter!(
        /// Sets [`datelines`](Self::datelines).
        ///
        /// ```
        /// let o = pardaz::TokenizerOptions::default().datelines(false);
        /// assert_eq!(pardaz::Tokenizer::new(o).split_sentences("تهران - ایرنا: خبر.").len(), 1);
        /// ```
        datelines
    );

    fn sentence_rules(&self) -> SentenceRules {
        SentenceRules {
            line_breaks: self.line_breaks,
            datelines: self.datelines,
            abbreviations: self.abbreviations,
        }
    }
}

/// A configured tokenizer: word and sentence iterators, collecting conveniences and the
/// composition with the normalizer's offset map.
///
/// It is `Copy` and cheap to build; the word lists it uses are parsed once per process.
///
/// ```
/// use pardaz::Tokenizer;
///
/// let tokenizer = Tokenizer::default();
/// let text = "وزیر گفت: «قیمت‌ها ۱۰٪ بالا رفت.» جلسه تمام شد.";
/// let sentences = tokenizer.split_sentences(text);
/// assert_eq!(sentences.len(), 2);
/// let words = tokenizer.tokenize(sentences[1].text);
/// assert_eq!(words.iter().map(|t| t.text).collect::<Vec<_>>(), ["جلسه", "تمام", "شد", "."]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tokenizer {
    options: TokenizerOptions,
}

impl Tokenizer {
    /// A tokenizer with these options.
    ///
    /// ```
    /// let t = pardaz::Tokenizer::new(pardaz::TokenizerOptions::default());
    /// assert_eq!(t.options(), &pardaz::TokenizerOptions::default());
    /// ```
    pub fn new(options: TokenizerOptions) -> Self {
        Tokenizer { options }
    }

    /// The options.
    ///
    /// ```
    /// assert!(!pardaz::Tokenizer::default().options().join_verbs);
    /// ```
    pub fn options(&self) -> &TokenizerOptions {
        &self.options
    }

    /// The tokens of `text`.
    ///
    /// ```
    /// let n = pardaz::Tokenizer::default().tokens("سلام دنیا").count();
    /// assert_eq!(n, 2);
    /// ```
    pub fn tokens<'a>(&self, text: &'a str) -> Tokens<'a> {
        Tokens::new(text, self.options)
    }

    /// The sentences of `text`.
    ///
    /// ```
    /// let n = pardaz::Tokenizer::default().sentences("یک. دو. سه").count();
    /// assert_eq!(n, 3);
    /// ```
    pub fn sentences<'a>(&self, text: &'a str) -> Sentences<'a> {
        Sentences::new(text, self.options.sentence_rules())
    }

    /// The tokens of `text`, collected.
    ///
    /// ```
    /// let t = pardaz::Tokenizer::default().tokenize("۱۲:۳۰");
    /// assert_eq!(t[0].kind, pardaz::TokenKind::Number);
    /// ```
    pub fn tokenize<'a>(&self, text: &'a str) -> Vec<Token<'a>> {
        self.tokens(text).collect()
    }

    /// The sentences of `text`, collected.
    ///
    /// ```
    /// let s = pardaz::Tokenizer::default().split_sentences("آمد؟ رفت!");
    /// assert_eq!(s[1].text, "رفت!");
    /// ```
    pub fn split_sentences<'a>(&self, text: &'a str) -> Vec<Sentence<'a>> {
        self.sentences(text).collect()
    }

    /// The tokens of `normalized`, reported at their place in `original`, where `map` is the
    /// offset map from `original` to `normalized` (as a normalizer returns it). Tokens whose
    /// original ranges would overlap are merged; see [`MappedToken`].
    ///
    /// ```
    /// use pardaz::Tokenizer;
    /// use pardaz::normalize::OffsetMapBuilder;
    ///
    /// // "19در" normalized to "19 در": a space inserted.
    /// let (original, normalized) = ("19در", "19 در");
    /// let mut b = OffsetMapBuilder::new();
    /// b.keep(2);
    /// b.replace(0, 1);
    /// b.keep(4);
    /// let map = b.finish();
    /// let t: Vec<_> = Tokenizer::default().tokens_mapped(original, normalized, &map).collect();
    /// assert_eq!((t[1].text, t[1].start, t[1].normalized_start), ("در", 2, 3));
    /// ```
    pub fn tokens_mapped<'a, 'n, 'm>(
        &self,
        original: &'a str,
        normalized: &'n str,
        map: &'m OffsetMap,
    ) -> MappedTokens<'a, 'n, 'm> {
        MappedTokens::new(self.tokens(normalized), original, normalized, map)
    }

    /// The sentences of `normalized`, reported at their place in `original`; see
    /// [`tokens_mapped`](Self::tokens_mapped).
    ///
    /// ```
    /// use pardaz::Tokenizer;
    /// use pardaz::normalize::OffsetMap;
    ///
    /// let text = "آمد. رفت.";
    /// let map = OffsetMap::identity(text.len());
    /// let s: Vec<_> = Tokenizer::default().sentences_mapped(text, text, &map).map(|s| s.start).collect();
    /// assert_eq!(s, [0, 8]);
    /// ```
    pub fn sentences_mapped<'a, 'n, 'm>(
        &self,
        original: &'a str,
        normalized: &'n str,
        map: &'m OffsetMap,
    ) -> MappedSentences<'a, 'n, 'm> {
        MappedSentences::new(self.sentences(normalized), original, normalized, map)
    }

    /// Normalizes `text` with `normalizer` and keeps both forms and the offset map together: its
    /// [`tokens`](NormalizedText::tokens) and [`sentences`](NormalizedText::sentences) are found
    /// in the normalized text (Persian letters and digits, ZWNJ in place) and reported at their
    /// place in `text`, the normalized form alongside.
    ///
    /// ```
    /// use pardaz::{Normalizer, Tokenizer};
    ///
    /// let raw = "رئيس جمهور در سال 1402 گفت";
    /// let normalized = Tokenizer::default().normalize(raw, &Normalizer::default());
    /// let t: Vec<_> = normalized.tokens().map(|t| (t.text, t.normalized)).collect();
    /// assert_eq!(t[0], ("رئيس جمهور", "رئیس‌جمهور")); // joined by the normalizer
    /// assert_eq!(t[3], ("1402", "۱۴۰۲"));
    /// ```
    pub fn normalize<'a>(&self, text: &'a str, normalizer: &Normalizer) -> NormalizedText<'a> {
        let (normalized, map) = normalizer.normalize_with_offsets(text);
        NormalizedText::new(*self, text, normalized, map)
    }

    /// The tokens of each sentence of `text`, with offsets into `text`.
    ///
    /// ```
    /// let text = "یک دو. سه";
    /// let s = pardaz::Tokenizer::default().tokenize_sentences(text);
    /// assert_eq!(s.len(), 2);
    /// assert_eq!((s[1][0].text, s[1][0].start), ("سه", 11));
    /// ```
    pub fn tokenize_sentences<'a>(&self, text: &'a str) -> Vec<Vec<Token<'a>>> {
        self.sentences(text)
            .map(|s| self.tokens_in(text, s.start, s.end).collect())
            .collect()
    }

    /// The tokens of `text[start..end]` with offsets into `text` (for the tokens of one
    /// [`Sentence`]). An out-of-range or non-boundary range yields nothing.
    ///
    /// ```
    /// let text = "الف. ب";
    /// let t = pardaz::Tokenizer::default();
    /// let s = t.sentences(text).nth(1).unwrap();
    /// let toks: Vec<_> = t.tokens_in(text, s.start, s.end).map(|t| t.start).collect();
    /// assert_eq!(toks, [s.start]);
    /// ```
    pub fn tokens_in<'a>(&self, text: &'a str, start: usize, end: usize) -> Tokens<'a> {
        let Some(slice) = text.get(..end) else {
            return Tokens::new("", self.options);
        };
        let mut it = Tokens::new(slice, self.options);
        if slice.is_char_boundary(start) {
            it.pos = start;
        } else {
            it.pos = slice.len();
        }
        it
    }
}

/// An iterator over the tokens of a text; see [`tokens`].
///
/// ```
/// let mut it = pardaz::tokens("سلام!");
/// assert_eq!(it.next().map(|t| t.text), Some("سلام"));
/// assert_eq!(it.next().map(|t| t.text), Some("!"));
/// assert_eq!(it.next(), None);
/// ```
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    options: TokenizerOptions,
    peeked: Option<Token<'a>>,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str, options: TokenizerOptions) -> Self {
        Tokens {
            text,
            pos: 0,
            options,
            peeked: None,
        }
    }

    #[inline]
    fn scan_next(&mut self) -> Option<Token<'a>> {
        let start = word::skip_gap(self.text, self.pos);
        if start >= self.text.len() {
            self.pos = self.text.len();
            return None;
        }
        let (end, kind) = word::scan(self.text, start, &self.options);
        self.pos = end;
        Some(Token {
            text: self.text.get(start..end)?,
            start,
            end,
            kind,
        })
    }

    /// Extends `first` over the parts of a multi-word verb that follow it.
    fn join_verb(&mut self, first: Token<'a>) -> Token<'a> {
        let Some(mut expect) = verbs::starts_verb(first.text) else {
            return first;
        };
        let mut last = first;
        while let Some(next) = self.scan_next() {
            let follows = next.kind == TokenKind::Word
                && verbs::joinable_gap(self.text, last.end, next.start);
            match follows
                .then(|| verbs::continues(expect, next.text))
                .flatten()
            {
                Some(then) => {
                    last = next;
                    match then {
                        Some(e) => expect = e,
                        None => break,
                    }
                }
                None => {
                    self.peeked = Some(next);
                    break;
                }
            }
        }
        verbs::joined(self.text, first, last)
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        if !self.options.join_verbs {
            return self.scan_next();
        }
        let token = match self.peeked.take() {
            Some(t) => t,
            None => self.scan_next()?,
        };
        if token.kind == TokenKind::Word {
            return Some(self.join_verb(token));
        }
        Some(token)
    }
}

impl std::iter::FusedIterator for Tokens<'_> {}
