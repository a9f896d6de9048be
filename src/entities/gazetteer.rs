//! Gazetteers: the word lists under `data/gazetteers/`, their file format, and the one trie
//! over words that matches all of them at once.
//!
//! # File format
//!
//! UTF-8 text, one entity a line. A line starting with `#` is a comment; blank lines are
//! ignored. Variants of one entity share a line, separated by `|` (the first is the canonical
//! form). Entries are folded with [`fold_for_search`] when
//! they are loaded, so spellings that the fold unifies (ی/ي, ک/ك, ZWNJ or space, آ/ا, ئ/ی,
//! ۀ/ه, digit scripts) need not be listed, and punctuation may be written attached or spaced.
//!
//! The category comes from the file name; every `*.txt` file under `data/gazetteers/` is
//! embedded by pattern, so adding a file or an entry needs no code change:
//!
//! | file name | what its entries are |
//! |---|---|
//! | `loc_countries*.txt` | countries: LOC, and a country for titles (`سفیر ایران در X`) |
//! | `loc_*.txt` | other places: LOC |
//! | `org_*.txt` | organizations: ORG |
//! | `person_known*.txt` | full names of people: PERSON |
//! | `person_given_names_foreign*.txt` | foreign given names (a name starts here) |
//! | `person_given_names*.txt` | Persian given names |
//! | `person_surnames*.txt` | surnames |
//! | `title_*.txt` | titles complete in themselves (`رئیس جمهور`): TITLE |
//! | `neg_*.txt` | words that are not an entity on their own (`ایرانی`, `دنیا`) |
//! | `*_ambiguous*.txt` (any of the above) | names that are also common words (`مالی`, `نور`): trusted only with a cue |
//! | `rule_<name>.txt` | word lists the rules use, one file per [`RuleList`] |
//!
//! A file whose name fits none of these is an error ([`GazetteerError::UnknownFile`]).

use super::Label;
use crate::normalize::{FxHasher, fold_for_search};
use std::collections::HashMap;
use std::fmt;
use std::hash::BuildHasherDefault;

include!(concat!(env!("OUT_DIR"), "/gazetteers.rs"));

/// A set of gazetteer categories, as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Cats(u64);

impl Cats {
    pub const EMPTY: Cats = Cats(0);
    pub const LOC: Cats = Cats(1);
    pub const COUNTRY: Cats = Cats(1 << 1);
    pub const ORG: Cats = Cats(1 << 2);
    pub const PERSON: Cats = Cats(1 << 3);
    pub const GIVEN: Cats = Cats(1 << 4);
    pub const GIVEN_FOREIGN: Cats = Cats(1 << 5);
    pub const SURNAME: Cats = Cats(1 << 6);
    pub const NEG: Cats = Cats(1 << 7);
    pub const TITLE: Cats = Cats(1 << 8);
    pub const PORTFOLIO: Cats = Cats(1 << 9);
    pub const MINISTRY: Cats = Cats(1 << 10);
    pub const MINISTER: Cats = Cats(1 << 11);
    pub const ROLE: Cats = Cats(1 << 12);
    pub const ROLE_MOD: Cats = Cats(1 << 13);
    pub const HONORIFIC: Cats = Cats(1 << 14);
    pub const CUE: Cats = Cats(1 << 15);
    pub const SOURCE_CUE: Cats = Cats(1 << 16);
    pub const SOURCE_SKIP: Cats = Cats(1 << 17);
    pub const ORG_HEAD: Cats = Cats(1 << 18);
    pub const LOC_HEAD: Cats = Cats(1 << 19);
    pub const STOP: Cats = Cats(1 << 20);
    pub const DETACHED: Cats = Cats(1 << 21);
    pub const PARTICLE: Cats = Cats(1 << 22);
    pub const CUE_FRAME: Cats = Cats(1 << 23);
    pub const LIGHT_VERB: Cats = Cats(1 << 24);
    /// From an `*_ambiguous*` file: a name that is also a common word, trusted only with a cue.
    pub const AMBIG: Cats = Cats(1 << 25);
    /// A weak organization head (`rule_org_heads_weak.txt`).
    pub const ORG_HEAD_WEAK: Cats = Cats(1 << 26);
    /// A weak honorific (`rule_honorifics_weak.txt`).
    pub const HONORIFIC_WEAK: Cats = Cats(1 << 27);
    /// A state or regime as a political actor (`rule_state_names.txt`): ORG over LOC.
    pub const STATE: Cats = Cats(1 << 28);
    /// A facility or landform word (`rule_facility_heads.txt`).
    pub const FACILITY: Cats = Cats(1 << 29);
    /// A place word that makes any following name a place (`rule_loc_heads_open.txt`).
    pub const LOC_HEAD_OPEN: Cats = Cats(1 << 30);
    /// A demonym (`neg_demonyms*.txt`): not a place, but a possible surname after a given name.
    pub const DEMONYM: Cats = Cats(1 << 31);
    /// A department of the state named without its ministry or agency word
    /// (`rule_departments.txt`: `هواشناسی`, `انتقال خون`): an ORG after a role, with the place
    /// it serves.
    pub const DEPARTMENT: Cats = Cats(1 << 32);
    /// A city whose football club bears its name (`rule_club_cities.txt`: `بارسلونا`).
    pub const CLUB_CITY: Cats = Cats(1 << 33);
    /// A word that only football news uses (`rule_sports_cues.txt`: `سرمربی`, `گل`).
    pub const SPORTS_CUE: Cats = Cats(1 << 34);
    /// A credit's label before a colon and a name (`rule_credit_labels.txt`: `خبرنگار`,
    /// `انتشار دهنده`).
    pub const CREDIT: Cats = Cats(1 << 35);
    /// Negative or ambiguous: not trusted without a cue.
    pub const UNSURE: Cats = Cats::NEG.or(Cats::AMBIG);

    /// Whether any of `other`'s categories is in `self`.
    #[inline]
    pub const fn any(self, other: Cats) -> bool {
        self.0 & other.0 != 0
    }

    /// The union.
    #[inline]
    pub const fn or(self, other: Cats) -> Cats {
        Cats(self.0 | other.0)
    }
}

/// The word lists the rule layer reads, each from `data/gazetteers/rule_<name>.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RuleList {
    /// `rule_portfolios.txt`: ministry portfolios (`امور خارجه | خارجه`).
    Portfolios,
    /// `rule_ministry_words.txt`: the word that makes a portfolio a ministry (`وزارت`).
    MinistryWords,
    /// `rule_departments.txt`: state departments that a role names with their place
    /// (`مدیرکل هواشناسی استان گیلان`).
    Departments,
    /// `rule_club_cities.txt` and `rule_club_words.txt`: cities whose football club bears their
    /// name (`میلان`) and clubs known by a common word (`استقلال`): the
    /// club, an ORG, in a sentence about football.
    ClubCities,
    /// `rule_sports_cues.txt`: words that make a sentence one about football (`سرمربی`).
    SportsCues,
    /// `rule_credit_labels.txt`: labels of the credits under a report or a film (`خبرنگار :`).
    CreditLabels,
    /// `rule_minister_words.txt`: the word that makes a portfolio a title (`وزیر`).
    MinisterWords,
    /// `rule_roles.txt`: heads of titles (`معاون`, `رئیس`, `سخنگوی`).
    Roles,
    /// `rule_role_modifiers.txt`: words between a role and its complement (`سیاسی`, `سابق`).
    RoleModifiers,
    /// `rule_honorifics.txt`: honorifics and ranks before a name (`آقای`, `دکتر`, `سردار`).
    Honorifics,
    /// `rule_honorifics_weak.txt`: honorifics that also stand before common nouns (`خانم`,
    /// `شهید`); a name follows only when it starts with a given name or a surname.
    HonorificsWeak,
    /// `rule_cue_verbs.txt`: reported-speech verbs (`گفت`, `تصریح کرد`).
    CueVerbs,
    /// `rule_cue_frames.txt`: phrases between a speaker and the cue verb (`با اشاره به`).
    CueFrames,
    /// `rule_source_cues.txt`: `به گزارش`, `به نقل از`.
    SourceCues,
    /// `rule_source_skips.txt`: the desk or reporter between a source cue and the outlet.
    SourceSkips,
    /// `rule_org_heads.txt`: head nouns of organization names (`سازمان`, `دانشگاه`).
    OrgHeads,
    /// `rule_org_heads_weak.txt`: head nouns that open a name only with a place or an
    /// organization in it (`بورس تهران`).
    OrgHeadsWeak,
    /// `rule_loc_heads_open.txt`: place words after which any name is a place
    /// (`شهرستان سامان`).
    LocHeadsOpen,
    /// `rule_state_names.txt`: states and regimes as political actors (`جمهوری اسلامی ایران`,
    /// `رژیم صهیونیستی`): ORG, even where a place list has the same form.
    StateNames,
    /// `rule_facility_heads.txt`: facilities and landforms named by the words after them, a
    /// LOC as a whole (`بیمارستان امام رضا`, `زندان اوین`, `جلگه خوزستان`).
    FacilityHeads,
    /// `rule_loc_heads.txt`: place-type words that join a place name (`استان`, `شهر`).
    LocHeads,
    /// `rule_stop_words.txt`: function words no name or title runs across.
    StopWords,
    /// `rule_surname_suffixes.txt`: surname endings (`زاده`, `پور`, `ی`).
    SurnameSuffixes,
    /// `rule_surname_detached.txt`: surname endings written as a word of their own (`نژاد`).
    SurnameDetached,
    /// `rule_foreign_name_cues.txt`: particles (`فون`) and endings (`-وف`) of foreign names.
    ForeignNameCues,
    /// `rule_light_verbs.txt`: light verbs and auxiliaries (`کرد`, `شد`); the word before one
    /// is a verb's nominal part, never a name's last word.
    LightVerbs,
}

impl RuleList {
    const ALL: [(&'static str, RuleList); 27] = [
        ("portfolios", RuleList::Portfolios),
        ("departments", RuleList::Departments),
        ("club_cities", RuleList::ClubCities),
        ("club_words", RuleList::ClubCities),
        ("sports_cues", RuleList::SportsCues),
        ("credit_labels", RuleList::CreditLabels),
        ("ministry_words", RuleList::MinistryWords),
        ("minister_words", RuleList::MinisterWords),
        ("roles", RuleList::Roles),
        ("role_modifiers", RuleList::RoleModifiers),
        ("honorifics", RuleList::Honorifics),
        ("honorifics_weak", RuleList::HonorificsWeak),
        ("cue_verbs", RuleList::CueVerbs),
        ("cue_frames", RuleList::CueFrames),
        ("source_cues", RuleList::SourceCues),
        ("source_skips", RuleList::SourceSkips),
        ("org_heads", RuleList::OrgHeads),
        ("org_heads_weak", RuleList::OrgHeadsWeak),
        ("loc_heads", RuleList::LocHeads),
        ("loc_heads_open", RuleList::LocHeadsOpen),
        ("facility_heads", RuleList::FacilityHeads),
        ("state_names", RuleList::StateNames),
        ("stop_words", RuleList::StopWords),
        ("surname_suffixes", RuleList::SurnameSuffixes),
        ("surname_detached", RuleList::SurnameDetached),
        ("foreign_name_cues", RuleList::ForeignNameCues),
        ("light_verbs", RuleList::LightVerbs),
    ];

    fn from_stem(stem: &str) -> Option<RuleList> {
        Self::ALL
            .iter()
            .find(|(name, _)| *name == stem)
            .map(|&(_, list)| list)
    }

    fn cats(self) -> Cats {
        match self {
            RuleList::Portfolios => Cats::PORTFOLIO,
            RuleList::Departments => Cats::DEPARTMENT,
            RuleList::ClubCities => Cats::CLUB_CITY,
            RuleList::SportsCues => Cats::SPORTS_CUE,
            RuleList::CreditLabels => Cats::CREDIT,
            RuleList::MinistryWords => Cats::MINISTRY,
            RuleList::MinisterWords => Cats::MINISTER,
            RuleList::Roles => Cats::ROLE,
            RuleList::RoleModifiers => Cats::ROLE_MOD,
            RuleList::Honorifics => Cats::HONORIFIC,
            RuleList::HonorificsWeak => Cats::HONORIFIC_WEAK,
            RuleList::CueVerbs => Cats::CUE,
            RuleList::CueFrames => Cats::CUE_FRAME,
            RuleList::SourceCues => Cats::SOURCE_CUE,
            RuleList::SourceSkips => Cats::SOURCE_SKIP,
            RuleList::OrgHeads => Cats::ORG_HEAD,
            RuleList::OrgHeadsWeak => Cats::ORG_HEAD_WEAK,
            RuleList::LocHeads => Cats::LOC_HEAD,
            RuleList::LocHeadsOpen => Cats::LOC_HEAD_OPEN.or(Cats::LOC_HEAD),
            RuleList::FacilityHeads => Cats::FACILITY,
            RuleList::StateNames => Cats::STATE.or(Cats::ORG),
            RuleList::StopWords => Cats::STOP,
            RuleList::SurnameDetached => Cats::DETACHED,
            RuleList::LightVerbs => Cats::LIGHT_VERB.or(Cats::STOP),
            // Matched on word endings, not by the trie (particles are).
            RuleList::SurnameSuffixes | RuleList::ForeignNameCues => Cats::EMPTY,
        }
    }
}

/// What a gazetteer file holds, from its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileKind {
    Cats(Cats),
    Rule(RuleList),
}

fn file_kind(file: &str) -> Option<FileKind> {
    let stem = file.strip_suffix(".txt").unwrap_or(file);
    let cats = if stem.starts_with("loc_countries") {
        Cats::LOC.or(Cats::COUNTRY)
    } else if stem.starts_with("loc_") {
        Cats::LOC
    } else if stem.starts_with("org_") {
        Cats::ORG
    } else if stem.starts_with("person_known") {
        Cats::PERSON
    } else if stem.starts_with("person_given_names_foreign") {
        Cats::GIVEN_FOREIGN
    } else if stem.starts_with("person_given_names") {
        Cats::GIVEN
    } else if stem.starts_with("person_surnames") {
        Cats::SURNAME
    } else if stem.starts_with("title_") {
        Cats::TITLE
    } else if stem.starts_with("neg_demonyms") {
        Cats::NEG.or(Cats::DEMONYM)
    } else if stem.starts_with("neg_") {
        Cats::NEG
    } else if let Some(rule) = stem.strip_prefix("rule_") {
        return RuleList::from_stem(rule).map(FileKind::Rule);
    } else {
        return None;
    };
    let cats = if stem.contains("_ambiguous") {
        cats.or(Cats::AMBIG)
    } else {
        cats
    };
    Some(FileKind::Cats(cats))
}

/// Why a gazetteer could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum GazetteerError {
    /// The file name does not say what the file holds (see the [module docs](self)).
    UnknownFile {
        /// The file name given.
        file: String,
    },
    /// A line has an empty variant (`a | | b`, or a line of only `|`).
    EmptyVariant {
        /// The file name, or `"builder"` for entries added to an
        /// [`ExtractorBuilder`](super::ExtractorBuilder).
        file: String,
        /// 1-based line number (entry number for the builder).
        line: usize,
    },
    /// A label that gazetteers cannot hold (dates, times, money, percentages come from the
    /// temporal extractor).
    UnsupportedLabel {
        /// The label given.
        label: Label,
    },
    /// The gazetteers could not be compiled (more than 2³² − 1 distinct words or entries).
    Automaton {
        /// What went wrong.
        message: String,
    },
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GazetteerError::UnknownFile { file } => write!(
                f,
                "gazetteer file {file:?}: the name must start with loc_, org_, person_known, \
                 person_given_names, person_surnames, title_, neg_ or a known rule_ list"
            ),
            GazetteerError::EmptyVariant { file, line } => {
                write!(f, "gazetteer {file:?}, line {line}: empty variant")
            }
            GazetteerError::UnsupportedLabel { label } => write!(
                f,
                "gazetteer entries cannot have the label {label}: only PERSON, TITLE, ORG and LOC"
            ),
            GazetteerError::Automaton { message } => {
                write!(f, "gazetteer automaton could not be built: {message}")
            }
        }
    }
}

impl std::error::Error for GazetteerError {}

/// The folded match form of an entry variant: tokens joined by single spaces.
pub(crate) fn match_form(variant: &str) -> String {
    let folded = fold_for_search(variant.trim());
    let words: Vec<&str> = super::scan::tokenize(&folded.text, |_, _| NO_WORD)
        .iter()
        .filter_map(|t| folded.text.get(t.fs..t.fe))
        .collect();
    words.join(" ")
}

/// Splits one line into its variants; `None` for a comment or a blank line.
fn variants(line: &str) -> Option<impl Iterator<Item = &str>> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    Some(line.split('|').map(str::trim))
}

/// Entries gathered from files and builders, before compilation.
#[derive(Clone, Debug, Default)]
pub(crate) struct LexiconSource {
    patterns: HashMap<String, Cats>,
    suffixes: Vec<String>,
    foreign_endings: Vec<String>,
}

impl LexiconSource {
    /// Adds the entries of one gazetteer file.
    pub fn add_file(&mut self, file: &str, text: &str) -> Result<(), GazetteerError> {
        let kind = file_kind(file).ok_or_else(|| GazetteerError::UnknownFile {
            file: file.to_owned(),
        })?;
        for (i, line) in text.lines().enumerate() {
            let Some(vars) = variants(line) else { continue };
            for v in vars {
                if v.is_empty() {
                    return Err(GazetteerError::EmptyVariant {
                        file: file.to_owned(),
                        line: i + 1,
                    });
                }
                match kind {
                    FileKind::Rule(RuleList::SurnameSuffixes) => {
                        self.suffixes.push(match_form(v));
                    }
                    FileKind::Rule(RuleList::ForeignNameCues) => match v.strip_prefix('-') {
                        Some(ending) => self.foreign_endings.push(match_form(ending)),
                        None => self.add(v, Cats::PARTICLE),
                    },
                    FileKind::Rule(rule) => self.add(v, rule.cats()),
                    FileKind::Cats(c) => self.add(v, c),
                }
            }
        }
        Ok(())
    }

    /// Adds one variant with categories `cats`, in match form (it matches whole tokens only);
    /// an entry ending in ا or و also gets the ezafe form (`آمریکای`).
    pub fn add(&mut self, variant: &str, cats: Cats) {
        let form = match_form(variant);
        if form.is_empty() {
            return;
        }
        if form.ends_with('ا') || form.ends_with('و') {
            self.insert(format!("{form}ی"), cats);
        }
        self.insert(form, cats);
    }

    fn insert(&mut self, pattern: String, cats: Cats) {
        let slot = self.patterns.entry(pattern).or_default();
        *slot = slot.or(cats);
    }

    /// Compiles the trie.
    pub fn build(mut self) -> Result<Lexicon, GazetteerError> {
        let mut patterns: Vec<(String, Cats)> = self.patterns.into_iter().collect();
        // Sorted, so that of two entries that differ only in ASCII case the first keeps its
        // categories, whatever order the files were read in.
        patterns.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut lex = Lexicon::empty();
        for (pattern, cats) in &patterns {
            lex.insert(pattern.split(' '), *cats)?;
        }
        // Longest suffix first, so that the most specific ending is tried first.
        self.suffixes.sort_by_key(|s| std::cmp::Reverse(s.len()));
        self.suffixes.dedup();
        self.foreign_endings
            .sort_by_key(|s| std::cmp::Reverse(s.len()));
        self.foreign_endings.dedup();
        lex.suffixes = self.suffixes;
        lex.foreign_endings = self.foreign_endings;
        Ok(lex)
    }
}

/// Every embedded gazetteer, gathered (not yet compiled).
pub(crate) fn embedded_source() -> Result<LexiconSource, GazetteerError> {
    let mut src = LexiconSource::default();
    for (file, text) in EMBEDDED {
        src.add_file(file, text)?;
    }
    Ok(src)
}

/// The trie's transitions are keyed by word-id pairs, for which SipHash's setup would cost
/// more than the whole lookup.
type EdgeMap = HashMap<u64, u32, BuildHasherDefault<FxHasher>>;

/// A hash of a word's bytes for [`WordTable`]: whole words are read eight or four bytes at a
/// time (overlapping at the end) and mixed with one 128-bit multiply, so a Persian word of up
/// to eight letters costs two loads and a multiply.
#[inline]
fn word_hash(b: &[u8]) -> u64 {
    const K0: u64 = 0xa076_1d64_78bd_642f;
    const K1: u64 = 0xe703_7ed1_a0b4_28db;
    #[inline]
    fn read8(b: &[u8], at: usize) -> u64 {
        let mut w = [0u8; 8];
        if let Some(src) = b.get(at..at + 8) {
            w.copy_from_slice(src);
        }
        u64::from_le_bytes(w)
    }
    #[inline]
    fn read4(b: &[u8], at: usize) -> u64 {
        let mut w = [0u8; 4];
        if let Some(src) = b.get(at..at + 4) {
            w.copy_from_slice(src);
        }
        u64::from(u32::from_le_bytes(w))
    }
    #[inline]
    fn mix(x: u64, y: u64) -> u64 {
        let r = u128::from(x ^ K0) * u128::from(y ^ K1);
        (r as u64) ^ ((r >> 64) as u64)
    }
    let n = b.len();
    let (x, y) = if n >= 8 {
        let mut x = n as u64;
        let mut at = 0;
        while at + 8 < n {
            x = mix(x, read8(b, at));
            at += 8;
        }
        (x, read8(b, n - 8))
    } else if n >= 4 {
        ((read4(b, 0) << 32) | n as u64, read4(b, n - 4))
    } else {
        let byte = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
        let small = if n == 0 {
            0
        } else {
            (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1)
        };
        (n as u64, small)
    };
    mix(x, y)
}

/// One slot of a [`WordTable`]: the word's id ([`NO_WORD`] for an empty slot) and the high
/// half of its hash, compared before the word itself.
#[derive(Clone, Copy, Debug)]
struct Slot {
    tag: u32,
    id: u32,
}

const EMPTY_SLOT: Slot = Slot {
    tag: 0,
    id: NO_WORD,
};

/// The words of the entries and their ids: an open-addressing table (linear probing, at most
/// half full), so that looking a token up costs one hash, about one probe and one comparison.
#[derive(Clone, Debug, Default)]
struct WordTable {
    /// A power of two in length, or empty.
    slots: Vec<Slot>,
    /// The words by id.
    words: Vec<Box<str>>,
}

impl WordTable {
    /// The id of `word`, or [`NO_WORD`].
    #[inline]
    fn get(&self, word: &str) -> u32 {
        let mask = self.slots.len().wrapping_sub(1);
        let h = word_hash(word.as_bytes());
        let tag = (h >> 32) as u32;
        let mut i = h as usize & mask;
        while let Some(slot) = self.slots.get(i) {
            if slot.id == NO_WORD {
                break;
            }
            if slot.tag == tag
                && self
                    .words
                    .get(slot.id as usize)
                    .is_some_and(|w| **w == *word)
            {
                return slot.id;
            }
            i = (i + 1) & mask;
        }
        NO_WORD
    }

    /// The id of `word`, added if it is new; `None` when the table holds 2³² − 1 words.
    fn get_or_insert(&mut self, word: &str) -> Option<u32> {
        let id = self.get(word);
        if id != NO_WORD {
            return Some(id);
        }
        let id = u32::try_from(self.words.len())
            .ok()
            .filter(|&id| id != NO_WORD)?;
        self.words.push(word.into());
        if self.words.len() * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(64);
            self.slots = vec![EMPTY_SLOT; size];
            for (i, w) in self.words.iter().enumerate() {
                Self::place(&mut self.slots, w, i as u32);
            }
        } else {
            Self::place(&mut self.slots, word, id);
        }
        Some(id)
    }

    /// Puts `id` in the first free slot for `word`.
    fn place(slots: &mut [Slot], word: &str, id: u32) {
        let mask = slots.len().wrapping_sub(1);
        let h = word_hash(word.as_bytes());
        let mut i = h as usize & mask;
        while let Some(slot) = slots.get_mut(i) {
            if slot.id == NO_WORD {
                *slot = Slot {
                    tag: (h >> 32) as u32,
                    id,
                };
                return;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A word that is in no entry (see [`Lexicon::word_id`]).
pub(crate) const NO_WORD: u32 = u32::MAX;
/// No node of the trie.
const NO_NODE: u32 = u32::MAX;

/// One node of the trie: the entry that ends here, if any, and whether a longer one goes on.
#[derive(Clone, Copy, Debug, Default)]
struct Node {
    /// The categories of the entry ending here; `None` if no entry ends here.
    cats: Option<Cats>,
    /// Whether a longer entry goes on from here.
    inner: bool,
}

/// The compiled gazetteers: every entry in one trie over words, and the categories of each.
///
/// Entries match whole tokens only, so the trie's alphabet is the entries' words: a token of
/// the text is looked up once (one hash of its bytes) and every entry starting at it is found
/// by following word ids, with no byte-level state to step through and no failure links.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    /// Every word of every entry, ASCII letters lowercased (entries match ASCII in any case).
    words: WordTable,
    /// The node after the first word, by word id (`NO_NODE` if no entry starts with it).
    first: Vec<u32>,
    /// (node, word id) → node, below the first word.
    next: EdgeMap,
    nodes: Vec<Node>,
    suffixes: Vec<String>,
    foreign_endings: Vec<String>,
}

/// The key of a transition of the trie.
#[inline]
fn edge(node: u32, word: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(word)
}

impl Lexicon {
    /// A lexicon that knows nothing (the fallback should the embedded data fail to load).
    pub fn empty() -> Self {
        Lexicon {
            words: WordTable::default(),
            first: Vec::new(),
            next: EdgeMap::default(),
            nodes: Vec::new(),
            suffixes: Vec::new(),
            foreign_endings: Vec::new(),
        }
    }

    /// Adds one entry, given as its words; an entry already present keeps its categories.
    fn insert<'w>(
        &mut self,
        words: impl Iterator<Item = &'w str>,
        cats: Cats,
    ) -> Result<(), GazetteerError> {
        let too_large = || GazetteerError::Automaton {
            message: "more than 2³² - 1 words or entries".into(),
        };
        let mut node = NO_NODE;
        for word in words {
            let id = self
                .words
                .get_or_insert(&word.to_ascii_lowercase())
                .ok_or_else(too_large)?;
            if self.first.len() <= id as usize {
                self.first.resize(id as usize + 1, NO_NODE);
            }
            let fresh = u32::try_from(self.nodes.len())
                .ok()
                .filter(|&n| n != NO_NODE)
                .ok_or_else(too_large)?;
            let slot = if node == NO_NODE {
                self.first.get_mut(id as usize).ok_or_else(too_large)?
            } else {
                if let Some(parent) = self.nodes.get_mut(node as usize) {
                    parent.inner = true;
                }
                self.next.entry(edge(node, id)).or_insert(NO_NODE)
            };
            if *slot == NO_NODE {
                *slot = fresh;
                self.nodes.push(Node::default());
            }
            node = *slot;
        }
        if let Some(n) = self.nodes.get_mut(node as usize) {
            n.cats.get_or_insert(cats);
        }
        Ok(())
    }

    /// The id of `word` (a token of folded text), or [`NO_WORD`] if no entry has it. `upper`
    /// says whether the word has an ASCII capital letter.
    #[inline]
    pub fn word_id(&self, word: &str, upper: bool) -> u32 {
        if upper {
            self.words.get(&word.to_ascii_lowercase())
        } else {
            self.words.get(word)
        }
    }

    /// The longest entry that the words `ids` start with: its length in words and its
    /// categories.
    #[inline]
    pub fn longest(&self, mut ids: impl Iterator<Item = u32>) -> Option<(usize, Cats)> {
        let first = ids.next()?;
        let mut node = *self.first.get(first as usize)?;
        let mut found = None;
        let mut len = 1;
        loop {
            let n = self.nodes.get(node as usize)?;
            if let Some(cats) = n.cats {
                found = Some((len, cats));
            }
            if !n.inner {
                return found;
            }
            let Some(id) = ids.next().filter(|&id| id != NO_WORD) else {
                return found;
            };
            match self.next.get(&edge(node, id)) {
                Some(&child) => node = child,
                None => return found,
            }
            len += 1;
        }
    }

    /// The categories of an exact entry, if `form` (in match form) is one.
    pub fn lookup(&self, form: &str) -> Cats {
        let ids: Vec<u32> = form
            .split(' ')
            .map(|w| self.word_id(w, w.bytes().any(|b| b.is_ascii_uppercase())))
            .collect();
        match self.longest(ids.iter().copied()) {
            Some((n, cats)) if n == ids.len() => cats,
            _ => Cats::EMPTY,
        }
    }

    /// Whether `word` ends with a surname ending and is long enough to be more than it. A
    /// word ending in -ای (not -ایی) carries an ezafe or indefinite ی (`اجرای`), not an ending.
    pub fn has_surname_suffix(&self, word: &str) -> bool {
        if word.ends_with("ای") && !word.ends_with("ایی") {
            return false;
        }
        let letters = word.chars().count();
        self.suffixes
            .iter()
            .any(|s| word.ends_with(s.as_str()) && letters >= s.chars().count() + 2)
    }

    /// Whether `word` ends with a surname ending of two letters or more (`زاده`, `پور`,
    /// `نژاد`), which common adjectives in -ی do not have.
    pub fn has_distinctive_surname_suffix(&self, word: &str) -> bool {
        let letters = word.chars().count();
        self.suffixes.iter().any(|s| {
            let n = s.chars().count();
            n >= 2 && word.ends_with(s.as_str()) && letters >= n + 2
        })
    }

    /// Whether `word` ends like a transliterated foreign surname.
    pub fn has_foreign_ending(&self, word: &str) -> bool {
        let letters = word.chars().count();
        self.foreign_endings
            .iter()
            .any(|s| word.ends_with(s.as_str()) && letters >= s.chars().count() + 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_file_has_a_known_category_and_loads() {
        for (file, text) in EMBEDDED {
            let mut src = LexiconSource::default();
            assert_eq!(src.add_file(file, text), Ok(()), "{file}");
        }
        assert!(EMBEDDED.iter().any(|(f, _)| *f == "rule_portfolios.txt"));
    }

    #[test]
    fn category_comes_from_the_file_name() {
        let cases = [
            (
                "loc_countries.txt",
                Some(FileKind::Cats(Cats::LOC.or(Cats::COUNTRY))),
            ),
            ("loc_iran_cities.txt", Some(FileKind::Cats(Cats::LOC))),
            ("org_universities.txt", Some(FileKind::Cats(Cats::ORG))),
            (
                "person_given_names_foreign.txt",
                Some(FileKind::Cats(Cats::GIVEN_FOREIGN)),
            ),
            ("person_given_names.txt", Some(FileKind::Cats(Cats::GIVEN))),
            (
                "neg_demonyms.txt",
                Some(FileKind::Cats(Cats::NEG.or(Cats::DEMONYM))),
            ),
            ("neg_common_words.txt", Some(FileKind::Cats(Cats::NEG))),
            (
                "loc_iran_cities_ambiguous.txt",
                Some(FileKind::Cats(Cats::LOC.or(Cats::AMBIG))),
            ),
            ("rule_roles.txt", Some(FileKind::Rule(RuleList::Roles))),
            ("rule_unheard_of.txt", None),
            ("misc.txt", None),
        ];
        for (file, kind) in cases {
            assert_eq!(file_kind(file), kind, "{file}");
        }
    }

    #[test]
    fn variants_are_folded_and_comments_skipped() {
        let mut src = LexiconSource::default();
        let text = "# comment\n\nعلوم، تحقیقات و فناوری | علوم\nكرمان\n";
        src.add_file("loc_test.txt", text).unwrap();
        let lex = src.build().unwrap();
        assert!(lex.lookup("علوم ، تحقیقات و فناوری").any(Cats::LOC));
        assert!(lex.lookup("علوم").any(Cats::LOC));
        assert!(lex.lookup("کرمان").any(Cats::LOC));
        assert_eq!(lex.lookup("کرما"), Cats::EMPTY);
    }

    #[test]
    fn an_empty_variant_is_reported_with_its_line() {
        let mut src = LexiconSource::default();
        let err = src.add_file("org_x.txt", "الف\nب | | ج\n").unwrap_err();
        assert_eq!(
            err,
            GazetteerError::EmptyVariant {
                file: "org_x.txt".into(),
                line: 2
            }
        );
        assert_eq!(
            err.to_string(),
            "gazetteer \"org_x.txt\", line 2: empty variant"
        );
    }

    #[test]
    fn an_unknown_file_name_is_an_error() {
        let mut src = LexiconSource::default();
        assert!(matches!(
            src.add_file("places.txt", "تهران"),
            Err(GazetteerError::UnknownFile { .. })
        ));
    }
}
