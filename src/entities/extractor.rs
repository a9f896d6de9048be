//! The [`Extractor`]: every entity of a news text in one call, and the officials that tie a
//! person to a title.
//!
//! How a text is processed:
//!
//! | step | what happens |
//! |---|---|
//! | fold | [`fold_for_search`] makes a shadow copy in which spelling variants collapse, with an offset map back |
//! | temporal | the [`TemporalExtractor`] reads dates, times, money and percentages on the same fold; their words are reserved |
//! | scan | the copy is cut into words and punctuation, each looked up once in the gazetteers' word table; one walk of their trie over the tokens finds every entry, leftmost-longest |
//! | rules | titles, report sources, organizations, people, places are proposed by the rules of their modules |
//! | resolve | candidates are accepted by rank (title, source, strong person, organization, person, place, re-mention), longest first, never overlapping |
//! | nest | the organization and places inside a title, the places inside an organization, are added with `nested: true` |
//! | link | persons and titles in apposition become [`Official`]s |
//! | map | every span goes back to the caller's text through the offset map |

use super::gazetteer::{Cats, GazetteerError, Lexicon, LexiconSource, embedded_source};
use super::scan::Scan;
use super::{
    Entity, Label, TemporalExtractor, locations, officials, organizations, persons, titles,
};
use crate::calendar::GregorianDate;
use crate::normalize::fold_for_search;
use std::fmt;
use std::sync::{Arc, LazyLock};

/// A part nested in a candidate: a label and a token range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Part {
    pub label: Label,
    pub t0: usize,
    pub t1: usize,
}

impl Part {
    pub fn new(label: Label, t0: usize, t1: usize) -> Self {
        Part { label, t0, t1 }
    }
}

/// How sure a rule is: lower ranks are accepted first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Rank {
    Title,
    Source,
    PersonStrong,
    Org,
    PersonWeak,
    Loc,
    Remention,
}

/// A candidate entity over tokens `t0..t1`.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub label: Label,
    pub t0: usize,
    pub t1: usize,
    pub nested: Vec<Part>,
    pub rank: Rank,
}

impl Cand {
    pub fn new(label: Label, t0: usize, t1: usize, nested: Vec<Part>, rank: Rank) -> Self {
        Cand {
            label,
            t0,
            t1,
            nested,
            rank,
        }
    }
}

/// An official: a person tied to a title, with the title's organization and place.
///
/// The fields are indices into [`Document::entities`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Official {
    /// The PERSON.
    pub person: usize,
    /// The TITLE.
    pub title: usize,
    /// The ORG named in the title, if any (a nested entity).
    pub org: Option<usize>,
    /// The LOC named in the title, if any (a nested entity).
    pub loc: Option<usize>,
}

/// Everything found in one text: the entities, sorted by `(start, -end)`, and the officials.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Document<'a> {
    /// Every entity, nested ones included (`nested: true`), sorted by start, longest first.
    pub entities: Vec<Entity<'a>>,
    /// Persons tied to their titles; indices into [`entities`](Self::entities).
    pub officials: Vec<Official>,
}

/// Extracts named entities from Persian news text.
///
/// `Extractor::default()` uses the gazetteers embedded in the crate, compiled once on first
/// use and shared: cloning is cheap, and one extractor can serve many threads.
///
/// ```
/// use pardaz::entities::{Extractor, Label};
///
/// let ex = Extractor::default();
/// let doc = ex.analyze("مهندس کاظمی معاون وزیر راه و شهرسازی گفت: …", None);
/// let found: Vec<(Label, &str)> = doc.entities.iter().map(|e| (e.label, e.text)).collect();
/// assert!(found.contains(&(Label::Title, "معاون وزیر راه و شهرسازی")));
/// assert!(found.contains(&(Label::Org, "راه و شهرسازی")));
/// let official = doc.officials[0];
/// assert_eq!(doc.entities[official.person].text, "کاظمی");
/// assert_eq!(doc.entities[official.title].text, "معاون وزیر راه و شهرسازی");
/// ```
#[derive(Clone)]
pub struct Extractor {
    lex: Arc<Lexicon>,
}

impl fmt::Debug for Extractor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Extractor").finish_non_exhaustive()
    }
}

/// The embedded gazetteers, compiled on first use. The embedded files are checked by the
/// test suite, so the error branch (an empty lexicon) cannot be reached by a released crate.
static DEFAULT: LazyLock<Arc<Lexicon>> = LazyLock::new(|| {
    Arc::new(
        embedded_source()
            .and_then(LexiconSource::build)
            .unwrap_or_else(|_| Lexicon::empty()),
    )
});

impl Default for Extractor {
    fn default() -> Self {
        Extractor {
            lex: Arc::clone(&DEFAULT),
        }
    }
}

/// Builds an [`Extractor`] with gazetteer entries of your own on top of the embedded ones.
///
/// ```
/// use pardaz::entities::{Extractor, Label};
///
/// let ex = Extractor::builder()
///     .entry(Label::Org, ["پرداز نوین", "پردازنوین"])
///     .build()
///     .unwrap();
/// let found = ex.extract("قرارداد با پردازنوین امضا شد");
/// assert_eq!(found[0].text, "پردازنوین");
/// assert_eq!(found[0].label, Label::Org);
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    entries: Vec<(Label, Vec<String>)>,
    files: Vec<(String, String)>,
    without_embedded: bool,
}

impl ExtractorBuilder {
    /// Adds one entity with its spelling variants (the first is the canonical form).
    /// PERSON, TITLE, ORG and LOC are accepted; other labels make [`build`](Self::build) fail.
    ///
    /// ```
    /// use pardaz::entities::{Extractor, Label};
    /// let ex = Extractor::builder().entry(Label::Loc, ["کوی نصر"]).build().unwrap();
    /// assert_eq!(ex.extract("در کوی نصر")[0].label, Label::Loc);
    /// ```
    pub fn entry<I, S>(mut self, label: Label, variants: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.entries
            .push((label, variants.into_iter().map(Into::into).collect()));
        self
    }

    /// Adds a whole gazetteer in the file format of `data/gazetteers/` (see
    /// [`gazetteer`](super::gazetteer)); `file_name` gives its category, as for the embedded
    /// files (`org_my_companies.txt`).
    ///
    /// ```
    /// use pardaz::entities::{Extractor, Label};
    /// let ex = Extractor::builder()
    ///     .gazetteer("org_local.txt", "# ours\nکانون نقش | کانون‌نقش\n")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(ex.extract("کانون نقش اعلام کرد")[0].label, Label::Org);
    /// ```
    pub fn gazetteer(mut self, file_name: impl Into<String>, contents: impl Into<String>) -> Self {
        self.files.push((file_name.into(), contents.into()));
        self
    }

    /// Leaves out the embedded gazetteers: only what you add is known.
    ///
    /// ```
    /// use pardaz::entities::{Extractor, Label};
    /// let ex = Extractor::builder().without_embedded().build().unwrap();
    /// assert!(ex.extract("سفر به ایران").is_empty());
    /// ```
    pub fn without_embedded(mut self) -> Self {
        self.without_embedded = true;
        self
    }

    /// Compiles the gazetteers.
    ///
    /// # Errors
    /// A [`GazetteerError`] for an empty variant, a label gazetteers cannot hold, a file name
    /// with no category, or more entries than the trie can hold.
    ///
    /// ```
    /// use pardaz::entities::{Extractor, GazetteerError, Label};
    /// let err = Extractor::builder().entry(Label::Date, ["نوروز"]).build().unwrap_err();
    /// assert_eq!(err, GazetteerError::UnsupportedLabel { label: Label::Date });
    /// ```
    pub fn build(self) -> Result<Extractor, GazetteerError> {
        let mut src = if self.without_embedded {
            LexiconSource::default()
        } else {
            embedded_source()?
        };
        for (file, text) in &self.files {
            src.add_file(file, text)?;
        }
        for (i, (label, variants)) in self.entries.iter().enumerate() {
            let cats = match label {
                Label::Person => Cats::PERSON,
                Label::Title => Cats::TITLE,
                Label::Org => Cats::ORG,
                Label::Loc => Cats::LOC,
                other => return Err(GazetteerError::UnsupportedLabel { label: *other }),
            };
            for v in variants {
                if v.trim().is_empty() {
                    return Err(GazetteerError::EmptyVariant {
                        file: "builder".into(),
                        line: i + 1,
                    });
                }
                src.add(v, cats);
            }
        }
        Ok(Extractor {
            lex: Arc::new(src.build()?),
        })
    }
}

/// A resolved entity over tokens, before mapping.
#[derive(Clone, Copy, Debug)]
struct TokEnt {
    label: Label,
    t0: usize,
    t1: usize,
    /// Index of the top-level entity this one is nested in.
    parent: Option<usize>,
}

impl Extractor {
    /// A builder for an extractor with your own gazetteer entries.
    ///
    /// ```
    /// let ex = pardaz::entities::Extractor::builder().build().unwrap();
    /// assert!(!ex.extract("سفر به ایران").is_empty());
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Every entity in `text`, nested ones included, sorted by `(start, -end)`.
    ///
    /// ```
    /// use pardaz::entities::{Extractor, Label};
    /// let found = Extractor::default().extract("سفیر ایران در روسیه به تهران رفت");
    /// let flat: Vec<(Label, &str)> = found.iter().filter(|e| !e.nested).map(|e| (e.label, e.text)).collect();
    /// assert_eq!(flat, [(Label::Title, "سفیر ایران در روسیه"), (Label::Loc, "تهران")]);
    /// ```
    pub fn extract<'a>(&self, text: &'a str) -> Vec<Entity<'a>> {
        self.analyze(text, None).entities
    }

    /// Every entity in `text` and the officials (person, title) the text ties together.
    ///
    /// `reference` is the document's date, against which the temporal extractor resolves
    /// relative expressions (`دیروز`, `سال گذشته`); without it they keep no calendar value.
    ///
    /// ```
    /// use pardaz::entities::Extractor;
    /// let doc = Extractor::default().analyze("«آنا کوواچ» معاون وزیر بهداشت مجارستان گفت", None);
    /// let o = doc.officials[0];
    /// assert_eq!(doc.entities[o.person].text, "آنا کوواچ");
    /// assert_eq!(doc.entities[o.title].text, "معاون وزیر بهداشت مجارستان");
    /// assert_eq!(o.loc.map(|i| doc.entities[i].text), Some("مجارستان"));
    /// ```
    pub fn analyze<'a>(&self, text: &'a str, reference: Option<GregorianDate>) -> Document<'a> {
        let folded = fold_for_search(text);
        let temporal = TemporalExtractor::new().extract_folded(text, &folded, reference);
        let scan = Scan::new(&folded, text, &self.lex);
        // Tokens inside a date, time, amount or percentage belong to it (`۱۵ مهر`).
        let mut taken = vec![false; scan.len()];
        for e in &temporal {
            let range = folded.map.to_output(e.start..e.end);
            let first = scan.toks.partition_point(|tok| tok.fe <= range.start);
            let inside = scan.toks[first..]
                .iter()
                .take_while(|tok| tok.fs < range.end);
            for (slot, _) in taken[first..].iter_mut().zip(inside) {
                *slot = true;
            }
        }
        let (ents, top_links) = resolve(&scan, taken);
        // Map to the caller's text.
        let mut mapped: Vec<(usize, Entity<'a>)> = Vec::with_capacity(ents.len());
        for (i, e) in ents.iter().enumerate() {
            let Some(range) = scan.folded_range(e.t0, e.t1) else {
                continue;
            };
            let range = folded.map.to_input(range);
            let Some(slice) = text.get(range.clone()) else {
                continue;
            };
            mapped.push((
                i,
                Entity {
                    label: e.label,
                    start: range.start,
                    end: range.end,
                    text: slice,
                    value: None,
                    nested: e.parent.is_some(),
                },
            ));
        }
        let first_temporal = ents.len();
        mapped.extend(
            temporal
                .into_iter()
                .enumerate()
                .map(|(i, e)| (first_temporal + i, e)),
        );
        mapped.sort_by(|a, b| {
            (a.1.start, std::cmp::Reverse(a.1.end), a.1.nested).cmp(&(
                b.1.start,
                std::cmp::Reverse(b.1.end),
                b.1.nested,
            ))
        });
        let mut index = vec![usize::MAX; mapped.len().max(ents.len())];
        for (pos, (i, _)) in mapped.iter().enumerate() {
            if let Some(slot) = index.get_mut(*i) {
                *slot = pos;
            }
        }
        let at = |i: usize| index.get(i).copied().filter(|&p| p != usize::MAX);
        let mut officials = Vec::new();
        for (p, t) in top_links {
            let (Some(person), Some(title)) = (at(p), at(t)) else {
                continue;
            };
            let child = |label: Label| {
                ents.iter()
                    .enumerate()
                    .find(|(_, e)| e.parent == Some(t) && e.label == label)
                    .and_then(|(i, _)| at(i))
            };
            officials.push(Official {
                person,
                title,
                org: child(Label::Org),
                loc: child(Label::Loc),
            });
        }
        officials.sort_by_key(|o| (o.person, o.title));
        Document {
            entities: mapped.into_iter().map(|(_, e)| e).collect(),
            officials,
        }
    }
}

/// Runs every rule, accepts candidates by rank, adds nested parts, links officials.
/// Returns the entities over tokens and the (person, title) links as indices into them.
fn resolve(s: &Scan, mut taken: Vec<bool>) -> (Vec<TokEnt>, Vec<(usize, usize)>) {
    let mut cands = Vec::new();
    titles::find(s, &mut cands);
    organizations::find(s, &mut cands);
    persons::find(s, &mut cands);
    locations::find(s, &mut cands);
    cands.sort_by_key(|c| (c.rank, std::cmp::Reverse(c.t1 - c.t0), c.t0));
    let mut accepted: Vec<Cand> = Vec::new();
    let accept = |c: Cand, taken: &mut Vec<bool>, accepted: &mut Vec<Cand>| {
        if c.t0 >= c.t1 || c.t1 > taken.len() {
            return;
        }
        if taken[c.t0..c.t1].iter().any(|&x| x) {
            return;
        }
        taken[c.t0..c.t1].iter_mut().for_each(|x| *x = true);
        accepted.push(c);
    };
    for c in cands {
        accept(c, &mut taken, &mut accepted);
    }
    let persons: Vec<(usize, usize)> = accepted
        .iter()
        .filter(|c| c.label == Label::Person)
        .map(|c| (c.t0, c.t1))
        .collect();
    for c in persons::rementions(s, &persons, &taken) {
        accept(c, &mut taken, &mut accepted);
    }
    for c in persons::coordinated(s, &persons, &taken) {
        accept(c, &mut taken, &mut accepted);
    }
    accepted.sort_by_key(|c| c.t0);
    let top: Vec<(Label, usize, usize)> = accepted.iter().map(|c| (c.label, c.t0, c.t1)).collect();
    let links = officials::link(s, &top);
    let mut ents: Vec<TokEnt> = accepted
        .iter()
        .map(|c| TokEnt {
            label: c.label,
            t0: c.t0,
            t1: c.t1,
            parent: None,
        })
        .collect();
    for (i, c) in accepted.iter().enumerate() {
        if !matches!(c.label, Label::Org | Label::Title) {
            continue;
        }
        let mut parts = c.nested.clone();
        inner_places(s, c, &mut parts);
        parts.sort_by_key(|p| (p.t0, std::cmp::Reverse(p.t1)));
        parts.dedup();
        let first = ents.len();
        for p in parts {
            // A part as large as its parent adds nothing.
            if p.t0 < c.t0 || p.t1 > c.t1 || (p.t0 == c.t0 && p.t1 == c.t1) {
                continue;
            }
            // Parts of one label never overlap: the longer, earlier one stays (`جمهوری ترکیه`
            // in `رئیس جمهوری ترکیه`, not also `ترکیه`).
            let overlaps = ents[first..]
                .iter()
                .any(|q| q.label == p.label && q.t0 < p.t1 && p.t0 < q.t1);
            if overlaps {
                continue;
            }
            ents.push(TokEnt {
                label: p.label,
                t0: p.t0,
                t1: p.t1,
                parent: Some(i),
            });
        }
    }
    (ents, links)
}

/// Places (and, in a listed title, the organization) inside an ORG or a TITLE that no rule
/// reported as a part: a listed organization such as `دولت ایران` or a listed title such as
/// `رئیس قوه قضاییه` swallowed them in the one leftmost-longest pass.
fn inner_places(s: &Scan, c: &Cand, parts: &mut Vec<Part>) {
    if c.label == Label::Title && !parts.iter().any(|p| p.label == Label::Org) {
        // The first listed organization after the title's first word.
        let found = (c.t0 + 1..c.t1).find_map(|k| s.org_within(k, c.t1).map(|end| (k, end)));
        if let Some((k, end)) = found {
            parts.push(Part::new(Label::Org, k, end));
        }
    }
    let covered = |parts: &Vec<Part>, k: usize| {
        parts
            .iter()
            .any(|p| p.label == Label::Loc && p.t0 <= k && k < p.t1)
    };
    let mut k = c.t0;
    while k < c.t1 {
        if covered(parts, k) || super::locations::of_president(s, k) {
            k += 1;
            continue;
        }
        match s.place_within(k, c.t1) {
            Some(end) => {
                parts.push(Part::new(Label::Loc, k, end));
                k = end;
            }
            None => k += 1,
        }
    }
}
