//! People (PERSON): the name only, without honorifics, titles or guillemets.
//!
//! | pattern | example | PERSON |
//! |---|---|---|
//! | listed person (`person_known*.txt`) | `حسن روحانی` | the entry |
//! | honorifics + name | `حجت الاسلام والمسلمین سید ابراهیم رئیسی`, `آقای روحانی` | `سید ابراهیم رئیسی`, `روحانی` |
//! | given name(s) + surname | `حمید سعیدی`, `محمود احمدی نژاد` | the whole |
//! | foreign given name + surname | `جک دورسی` | the whole |
//! | `«…»` before a title or a cue verb | `«آنا کوواچ» معاون وزیر …` | inside the guillemets |
//! | surname-like word opening a sentence before a title or a cue | `سعیدی با اشاره به …` | the word |
//! | a later bare surname (after the full name) | `سعیدی` | the word |
//!
//! A surname is a listed surname (`person_surnames*.txt`) or a word with a surname ending
//! (`rule_surname_suffixes.txt`: -ی, -زاده, -پور, -نژاد …), possibly followed by an ending
//! written apart (`احمدی نژاد`, `خامنه ای`). سید, امام and حضرت belong to the name.

use super::Label;
use super::extractor::{Cand, Rank};
use super::gazetteer::Cats;
use super::scan::Scan;
use super::titles::title_at;
use crate::hash::FxHasher;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Categories of words that can never be part of a name.
const NOT_NAME: Cats = Cats::STOP
    .or(Cats::CUE)
    .or(Cats::ROLE)
    .or(Cats::MINISTER)
    .or(Cats::MINISTRY)
    .or(Cats::HONORIFIC)
    .or(Cats::HONORIFIC_WEAK)
    .or(Cats::TITLE)
    .or(Cats::SOURCE_CUE)
    .or(Cats::SOURCE_SKIP)
    .or(Cats::ORG_HEAD)
    .or(Cats::ORG_HEAD_WEAK)
    .or(Cats::LOC_HEAD)
    .or(Cats::CUE_FRAME)
    .or(Cats::LIGHT_VERB)
    .or(Cats::ROLE_MOD);

/// Whether token `t` may be a word of a name: not a function word, a number, a role or an
/// honorific, and not the nominal part of a light verb (`سخنرانی کرد`).
fn namelike(s: &Scan, t: usize) -> bool {
    s.is_word(t)
        && s.hit_with(t + 1, Cats::LIGHT_VERB).is_none()
        && !s.is_number(t)
        && s.text(t).chars().count() >= 2
        && !s.hit(t).is_some_and(|h| h.cats.any(NOT_NAME))
        && !s.text(t).chars().all(|c| c.is_ascii_alphanumeric())
}

/// Whether token `t` starts a place or an organization (never a surname).
fn is_entity(s: &Scan, t: usize) -> bool {
    s.hit(t)
        .is_some_and(|h| h.cats.any(Cats::LOC.or(Cats::ORG).or(Cats::UNSURE)))
}

/// Whether token `t`, after an honorific, is no name: a listed place, organization or
/// demonym (`ژنرال روسی`), or a common word (`ژنرال نزدیک …`) unless it has the ی of a
/// surname (`حجت الاسلام زمانی`, `حجت الاسلام حافظ زمانی`: زمانی is also "once").
fn names_entity(s: &Scan, t: usize) -> bool {
    s.hit(t).is_some_and(|h| {
        h.cats.any(Cats::LOC.or(Cats::ORG).or(Cats::DEMONYM))
            || (h.cats.any(Cats::UNSURE) && !s.text(t).ends_with('ی'))
    })
}

/// A run of given names (at most three: `سید محمد علی`).
struct GivenRun {
    end: usize,
    /// One of them is a foreign name.
    foreign: bool,
    /// Every name of the run is also a common word (`امید`, `ستاره`, `جان`): the run needs a
    /// listed surname or a distinctive surname ending after it.
    ambiguous: bool,
}

fn given_run(s: &Scan, t: usize) -> Option<GivenRun> {
    let mut e = t;
    let mut foreign = false;
    let mut ambiguous = true;
    for _ in 0..3 {
        match s.hit_with(e, Cats::GIVEN.or(Cats::GIVEN_FOREIGN)) {
            Some(h) if !h.cats.any(Cats::STOP.or(Cats::NEG)) => {
                foreign |= h.cats.any(Cats::GIVEN_FOREIGN) && !h.cats.any(Cats::GIVEN);
                ambiguous &= h.cats.any(Cats::AMBIG);
                e = h.t1;
            }
            _ => match composed_given(s, e) {
                Some(end) => {
                    ambiguous = false;
                    e = end;
                }
                None => break,
            },
        }
    }
    (e > t).then_some(GivenRun {
        end: e,
        foreign,
        ambiguous,
    })
}

/// A given name the lists hold only in parts, from token `t`: سید or سیده glued to a
/// listed name (`سیدمحمد`, `سیدهزهرا`), a listed name in -الله spelled -اله and written apart
/// (`روح اله`), or a name in عبدال- (`عبدالغفور`). Returns its end.
fn composed_given(s: &Scan, t: usize) -> Option<usize> {
    if !s.is_word(t) || s.hit(t).is_some() {
        return None;
    }
    let w = s.text(t);
    let listed = |form: &str| {
        let c = s.lex.lookup(form);
        c.any(Cats::GIVEN) && !c.any(Cats::AMBIG.or(Cats::NEG).or(Cats::STOP))
    };
    if let Some(rest) = w.strip_prefix("سیده").or_else(|| w.strip_prefix("سید")) {
        if rest.chars().count() >= 2 && listed(rest) {
            return Some(t + 1);
        }
    }
    if s.text(t + 1) == "اله" && namelike(s, t) && listed(&format!("{w} الله")) {
        return Some(t + 2);
    }
    (w.starts_with("عبدال") && w.chars().count() >= 7).then_some(t + 1)
}

/// Whether the word at `g`, right after a given name, is a surname the lists do not know
/// (`محمد درویش روز دوشنبه …`): a word no list has, not a verb form (an infinitive in -دن /
/// -تن, the prefix می), and followed by what ends a name in running text (a comma, a
/// function word, a cue verb, a role or a title), not by more words of a noun phrase nor by
/// the end of the sentence, where Persian puts its verbs.
fn unknown_surname(s: &Scan, g: usize) -> bool {
    let w = s.text(g);
    if !namelike(s, g) || s.hit(g).is_some() || s.joined_before(g) || w.chars().count() < 3 {
        return false;
    }
    let verb = ["دن", "تن", "تم", "تند", "دند", "تیم", "دیم", "تید", "دید"]
        .iter()
        .any(|end| w.ends_with(end));
    // `حسن اجرای …`: a word in -ای after a vowel is a noun in ezafe, not a surname.
    let ezafe = w.ends_with("ای") && !w.ends_with("ایی");
    if verb || ezafe || w.starts_with("می") || w.starts_with("نمی") {
        return false;
    }
    let e = detached(s, g + 1);
    if e >= s.len()
        || s.is_punct_in(e, &['.', '!', '?', '؟', '؛', ';'])
        || matches!(s.text(e), "می" | "نمی")
    {
        return false;
    }
    !s.is_word(e)
        || s.hit(e).is_some_and(|h| {
            h.cats.any(
                Cats::STOP
                    .or(Cats::CUE)
                    .or(Cats::CUE_FRAME)
                    .or(Cats::ROLE)
                    .or(Cats::MINISTER)
                    .or(Cats::TITLE),
            )
        })
}

/// Whether a surname ending written apart follows token `t` (`زاده` in `نعمت زاده`), other
/// than `ای`, which is also a clitic (`خانه ای`).
fn ending_apart_after(s: &Scan, t: usize) -> bool {
    detached(s, t + 1) == t + 2 && s.text(t + 1) != "ای"
}

/// An ending written apart after a surname (`نژاد` in `احمدی نژاد`).
fn detached(s: &Scan, t: usize) -> usize {
    match s.hit_with(t, Cats::DETACHED) {
        Some(h) if h.t1 == t + 1 => t + 1,
        _ => t,
    }
}

/// One surname-like word at `t`: listed, or with a surname ending, with an ending written
/// apart after it (`احمدی نژاد`). Returns its end.
fn surname_word(s: &Scan, t: usize) -> Option<usize> {
    let end = if let Some(h) = s.hit_with(t, Cats::SURNAME) {
        // A surname that is also a word (`نوری`) is fine here: something else (a given name,
        // an honorific, a cue) vouches for the name.
        if h.cats
            .any(NOT_NAME.or(Cats::LOC).or(Cats::ORG).or(Cats::NEG))
        {
            return None;
        }
        h.t1
    } else if namelike(s, t) && !is_entity(s, t) && s.lex.has_surname_suffix(s.text(t)) {
        t + 1
    } else if namelike(s, t)
        && !s
            .hit(t)
            .is_some_and(|h| h.cats.any(Cats::LOC.or(Cats::ORG)))
        && ending_apart_after(s, t)
    {
        // `نعمت زاده`, `نبی پور`, `عوض زاده`: any word with a surname ending written apart
        // (but ای, which is also a clitic) is a surname, even a given name or a common word;
        // the ending is taken below.
        t + 1
    } else {
        return None;
    };
    Some(detached(s, end))
}

/// A surname at `t`: one surname-like word, and a second one ending in ی
/// (`هاشمی رفسنجانی`, `مکارم شیرازی`) when it is not a given name.
fn surname_at(s: &Scan, t: usize) -> Option<usize> {
    // `امین حاج محمدی`: حاج (حاجی) opens a surname too.
    if matches!(s.text(t), "حاج" | "حاجی") && !s.joined_before(t + 1) {
        return surname_at(s, t + 1);
    }
    let end = surname_word(s, t)?;
    let listed = s.hit_with(end, Cats::SURNAME).is_some();
    if (listed || s.text(end).ends_with('ی')) && s.hit_with(end, Cats::GIVEN).is_none() {
        if let Some(e) = surname_word(s, end) {
            return Some(e);
        }
    }
    Some(end)
}

/// The name after honorifics, from `t`. After a strong honorific (`آقای`, `آیت الله`) any
/// name-like word opens the name; after a weak one (`خانم`, `شهید`) the first word must be a
/// given name or a surname. Up to four words: given names, surname-like words, and any
/// name-like word right after a given name.
fn after_honorific(s: &Scan, t: usize, strong: bool) -> Option<(usize, usize)> {
    if let Some(inner) = guillemets(s, t) {
        return Some(inner);
    }
    if let Some(h) = s.hit_with(t, Cats::PERSON) {
        if !h.cats.any(Cats::NEG) {
            return Some((t, h.t1));
        }
    }
    let mut e = t;
    let mut words = 0;
    let mut prev_given = false;
    while words < 4 {
        if let Some(h) = s.hit_with(e, Cats::GIVEN.or(Cats::GIVEN_FOREIGN)) {
            if !h.cats.any(NOT_NAME.or(Cats::LOC).or(Cats::ORG)) {
                e = h.t1;
                prev_given = true;
                words += 1;
                continue;
            }
        }
        if let Some(end) = surname_word(s, e) {
            e = end;
        } else if (prev_given || (words == 0 && strong)) && namelike(s, e) && !names_entity(s, e) {
            e = detached(s, e + 1);
        } else {
            break;
        }
        prev_given = false;
        words += 1;
    }
    (e > t).then_some((t, e))
}

/// The words inside `« … »` starting at `t`, if all are words (at most five).
fn guillemets(s: &Scan, t: usize) -> Option<(usize, usize)> {
    if !s.is_punct(t, '«') {
        return None;
    }
    let close = (t + 1..(t + 7).min(s.len())).find(|&k| s.is_punct(k, '»'))?;
    let inner = t + 1..close;
    if inner.is_empty() || !inner.clone().all(|k| s.is_word(k) && !s.is_number(k)) {
        return None;
    }
    if !namelike(s, t + 1) {
        return None;
    }
    Some((t + 1, close))
}

/// Whether a speaker's role or words follow a name that ends at `e`: a title (after an
/// optional comma), a cue verb, or a cue frame (`با اشاره به`).
fn speaker_follows(s: &Scan, e: usize) -> bool {
    let n = if s.is_comma(e) || s.is_punct(e, '-') {
        e + 1
    } else {
        e
    };
    // After a comma, a role word alone is enough: `ولید فارس ، مشاور ترامپ`.
    let role = n > e && s.hit_with(n, Cats::ROLE.or(Cats::MINISTER)).is_some();
    role || title_at(s, n, 0).is_some() || s.hit_with(n, Cats::CUE.or(Cats::CUE_FRAME)).is_some()
}

/// Every PERSON candidate in the document.
pub(crate) fn find(s: &Scan, out: &mut Vec<Cand>) {
    holy_names(s, out);
    credits(s, out);
    let mut t = 0;
    while t < s.len() {
        match person_at(s, t) {
            Some(mut c) if s.free_standing(c.t0, c.t1) => {
                // `طباطبایی (ره)`: a blessing after a name belongs to it.
                if let Some(end) = blessing(s, c.t1) {
                    c.t1 = end;
                }
                t = c.t1.max(t + 1);
                out.push(c);
            }
            _ => t += 1,
        }
    }
}

/// `خبرنگار : هدا استکی * انتشار دهنده : …`: the name after a credit's label and its colon,
/// one to four words up to the next mark or the next label.
fn credits(s: &Scan, out: &mut Vec<Cand>) {
    for k in 1..s.len() {
        if !s.is_punct(k, ':') {
            continue;
        }
        let labelled = (k.saturating_sub(4)..k)
            .any(|j| s.hit_with(j, Cats::CREDIT).is_some_and(|h| h.t1 == k));
        if !labelled {
            continue;
        }
        let a = k + 1;
        // Words no name runs into: the next label, a function word, a cue, a role, a place.
        let stop = |j: usize| {
            s.hit(j).is_some_and(|h| {
                h.cats.any(
                    Cats::CREDIT
                        .or(Cats::STOP)
                        .or(Cats::CUE)
                        .or(Cats::ROLE)
                        .or(Cats::TITLE)
                        .or(Cats::DEMONYM),
                ) || h.cats.any(Cats::LOC) && !h.cats.any(Cats::UNSURE)
            })
        };
        let mut e = a;
        while e < a + 4 && s.is_word(e) && !s.is_number(e) && !stop(e) {
            e += 1;
        }
        // The name ends at a mark, the end or such a word, not inside running words.
        let closed = e >= s.len() || !s.is_word(e) || s.is_number(e) || stop(e);
        let named = (a..e).any(|j| {
            s.hit_with(j, Cats::GIVEN.or(Cats::GIVEN_FOREIGN).or(Cats::SURNAME))
                .is_some()
                || s.lex.has_surname_suffix(s.text(j))
        });
        if e > a && closed && named {
            out.push(Cand::new(
                Label::Person,
                a,
                e,
                Vec::new(),
                Rank::PersonStrong,
            ));
        }
    }
}

/// The blessing written after the names of the Prophet, the Imams and other revered figures:
/// `(ع)`, `(ص)`, `(ره)`, `(عج)`, `(س)`, `(رض)`.
pub(crate) fn blessing(s: &Scan, t: usize) -> Option<usize> {
    if !s.is_punct(t, '(') {
        return None;
    }
    let inner = s.text(t + 1);
    let close = if matches!(inner, "ع" | "ص" | "ره" | "عج" | "س" | "رض" | "عليه السلام")
    {
        t + 2
    } else if inner == "قدس" && s.text(t + 2) == "سره" {
        t + 3
    } else {
        return None;
    };
    s.is_punct(close, ')').then_some(close + 1)
}

/// `امام حسین (ع)`, `پیامبر اعظم (ص)`, `امام خمینی (ره)`: a name opened by امام, حضرت,
/// پیامبر or رسول (which belong to it) or by a given name, up to three words, and the blessing
/// after them. `امام (ره)` alone and `زیارت اربعین حسینی (ع)` are not names.
fn holy_names(s: &Scan, out: &mut Vec<Cand>) {
    for t in 0..s.len() {
        let Some(end) = blessing(s, t) else { continue };
        let start = (t.saturating_sub(3)..t).find(|&a| {
            let words = (a..t).all(|k| s.is_word(k));
            let opener = matches!(s.text(a), "امام" | "حضرت" | "پیامبر" | "رسول") && a + 1 < t;
            words && (opener || s.hit_with(a, Cats::GIVEN).is_some())
        });
        if let Some(a) = start {
            out.push(Cand::new(
                Label::Person,
                a,
                end,
                Vec::new(),
                Rank::PersonStrong,
            ));
        }
    }
}

/// The end of a listed surname (or well-known name) standing alone at `t`, for `دولت
/// روحانی`.
pub(crate) fn surname_only(s: &Scan, t: usize) -> Option<usize> {
    let h = s.hit_with(t, Cats::SURNAME.or(Cats::PERSON))?;
    (!h.cats
        .any(NOT_NAME.or(Cats::LOC).or(Cats::ORG).or(Cats::NEG)))
    .then(|| detached(s, h.t1))
}

/// The end of a person's name starting at `t`, by any rule (for `دولت حسن روحانی`).
pub(crate) fn name_at(s: &Scan, t: usize) -> Option<usize> {
    person_at(s, t).filter(|c| c.t0 == t).map(|c| c.t1)
}

fn person_at(s: &Scan, t: usize) -> Option<Cand> {
    let h = s.hit(t).copied();
    if let Some(h) = h {
        // A well-known name that is also a word (`اسد`, `مسی`) needs a title or a cue after it.
        let known = h.cats.any(Cats::PERSON)
            && !h.cats.any(Cats::NEG)
            && (!h.cats.any(Cats::AMBIG) || speaker_follows(s, h.t1));
        if known {
            return Some(Cand::new(
                Label::Person,
                t,
                h.t1,
                Vec::new(),
                Rank::PersonStrong,
            ));
        }
        // An honorific that is also a given name (امیر) starts a name when a name follows.
        let honorific = Cats::HONORIFIC.or(Cats::HONORIFIC_WEAK);
        let given_next =
            h.cats.any(Cats::GIVEN) && given_run(s, h.t1).is_some_and(|r| !r.ambiguous);
        if h.cats.any(honorific) && !given_next {
            let mut strong = h.cats.any(Cats::HONORIFIC);
            let mut e = h.t1;
            // `سردار سرلشکر پاسدار …`: a few honorifics in a row (a long run of them is no
            // name, and is not walked again from each of its words).
            let mut more_allowed = 4;
            while let Some(more) = s.hit_with(e, honorific).filter(|_| more_allowed > 0) {
                more_allowed -= 1;
                if more.cats.any(Cats::GIVEN) && given_run(s, more.t1).is_some_and(|r| !r.ambiguous)
                {
                    break;
                }
                strong |= more.cats.any(Cats::HONORIFIC);
                e = more.t1;
            }
            let (a, b) = after_honorific(s, e, strong)?;
            return Some(Cand::new(
                Label::Person,
                a,
                b,
                Vec::new(),
                Rank::PersonStrong,
            ));
        }
    }
    if let Some((a, b)) = guillemets(s, t) {
        let after = if s.is_comma(b + 1) { b + 2 } else { b + 1 };
        // `«عملگرایی» پادشاه …`: one quoted word in -ی is a quoted term, not a name.
        let term = b == a + 1 && s.text(a).ends_with('ی') && s.hit_with(a, Cats::SURNAME).is_none();
        let cue = !term
            && (title_at(s, after, 0).is_some()
                || s.hit_with(after, Cats::CUE.or(Cats::ROLE).or(Cats::MINISTER))
                    .is_some());
        let given = b - a >= 2 && given_run(s, a).is_some_and(|r| !r.ambiguous);
        if cue || given {
            return Some(Cand::new(
                Label::Person,
                a,
                b,
                Vec::new(),
                Rank::PersonStrong,
            ));
        }
        return None;
    }
    // `نعمت زاده`: a given name with a surname ending written apart after it is a surname.
    let surname_first = ending_apart_after(s, t);
    if surname_first
        && namelike(s, t)
        && !is_entity(s, t)
        && (speaker_follows(s, t + 2) || s.hit_with(t + 2, Cats::ROLE.or(Cats::MINISTER)).is_some())
    {
        // `یحیی پور شهردار وقت`: with a title or a cue after it, anywhere.
        return Some(Cand::new(
            Label::Person,
            t,
            t + 2,
            Vec::new(),
            Rank::PersonWeak,
        ));
    }
    if let Some(run) = given_run(s, t).filter(|_| !surname_first) {
        let g = run.end;
        if run.ambiguous {
            // `امید ملی`, `ستاره کشتی`: only a listed surname or a distinctive ending.
            let listed = s.hit_with(g, Cats::SURNAME).is_some();
            let distinctive = namelike(s, g)
                && !is_entity(s, g)
                && s.lex.has_distinctive_surname_suffix(s.text(g));
            if listed || distinctive {
                let e = surname_at(s, g)?;
                return Some(Cand::new(Label::Person, t, e, Vec::new(), Rank::PersonWeak));
            }
            return None;
        }
        if let Some(e) = surname_at(s, g) {
            return Some(Cand::new(Label::Person, t, e, Vec::new(), Rank::PersonWeak));
        }
        // `فرهاد عبدالله زاده`: the last given name and a detached ending make the surname.
        if g >= t + 2 && s.hit_with(g, Cats::DETACHED).is_some_and(|h| h.t1 == g + 1) {
            return Some(Cand::new(
                Label::Person,
                t,
                g + 1,
                Vec::new(),
                Rank::PersonWeak,
            ));
        }
        // After a given name, a place or demonym in -ی is a surname (`علی خسروی`,
        // `حمیدرضا عراقی`): Iranian surnames are often made that way.
        let place_surname = s.is_word(g)
            && s.text(g).ends_with('ی')
            && s.hit(g).is_some_and(|h| {
                h.t1 == g + 1
                    && h.cats.any(Cats::LOC.or(Cats::DEMONYM))
                    && !h.cats.any(NOT_NAME.or(Cats::AMBIG))
                    && (h.cats.any(Cats::DEMONYM) || !h.cats.any(Cats::NEG))
            });
        if place_surname {
            return Some(Cand::new(
                Label::Person,
                t,
                detached(s, g + 1),
                Vec::new(),
                Rank::PersonWeak,
            ));
        }
        let foreign_surname = namelike(s, g)
            && !is_entity(s, g)
            && s.hit_with(g, Cats::GIVEN).is_none()
            && (run.foreign || s.lex.has_foreign_ending(s.text(g)));
        if foreign_surname {
            return Some(Cand::new(
                Label::Person,
                t,
                g + 1,
                Vec::new(),
                Rank::PersonWeak,
            ));
        }
        if unknown_surname(s, g) {
            return Some(Cand::new(
                Label::Person,
                t,
                detached(s, g + 1),
                Vec::new(),
                Rank::Loc,
            ));
        }
        // `احسان مهاجر شجاعی`: a word the lists do not know between a given name and a
        // listed surname is the first part of the surname.
        if namelike(s, g) && s.hit(g).is_none() && !s.joined_before(g) {
            if let Some(e) = s
                .hit_with(g + 1, Cats::SURNAME)
                .and_then(|_| surname_at(s, g + 1))
            {
                return Some(Cand::new(Label::Person, t, e, Vec::new(), Rank::PersonWeak));
            }
        }
        // A given name and one or two words before a title, a role or a cue verb: `محمد
        // مشکین فهم مدیرعامل شرکت …`, `سمیه رستگار شهردار منطقه 3`.
        for n in [1, 2] {
            let e = g + n;
            let words = (g..e).all(|k| namelike(s, k) && !is_entity(s, k));
            if words
                && (speaker_follows(s, e) || s.hit_with(e, Cats::ROLE.or(Cats::MINISTER)).is_some())
            {
                return Some(Cand::new(Label::Person, t, e, Vec::new(), Rank::PersonWeak));
            }
        }
        // The subject of a report's first clause whose verb is a cue: `محمد خباز روز
        // پنجشنبه در دیدار با … گفت`.
        if clause_start(s, t) {
            for n in [1, 2] {
                let e = g + n;
                let words = (g..e).all(|k| namelike(s, k) && !is_entity(s, k));
                if words && clause_goes_on(s, e) && cue_in_clause(s, e, false) {
                    return Some(Cand::new(Label::Person, t, e, Vec::new(), Rank::PersonWeak));
                }
            }
        }
        // A given name followed by a title or a cue verb (`علی معاون وزیر`) is not enough.
        return None;
    }
    // A listed surname right before a title, anywhere: `… با پورمحمدی رئیس وقت سازمان …`.
    if let Some(h) = s.hit_with(t, Cats::SURNAME) {
        if !h
            .cats
            .any(NOT_NAME.or(Cats::LOC).or(Cats::ORG).or(Cats::NEG))
            && title_at(s, h.t1, 0).is_some()
        {
            return Some(Cand::new(
                Label::Person,
                t,
                h.t1,
                Vec::new(),
                Rank::PersonWeak,
            ));
        }
    }
    if let Some(e) = lone_surname(s, t) {
        return Some(Cand::new(Label::Person, t, e, Vec::new(), Rank::Loc));
    }
    if clause_start(s, t) {
        if let Some(e) = surname_at(s, t) {
            if speaker_follows(s, e)
                || s.is_punct(e, ':')
                || (clause_goes_on(s, e) && cue_in_clause(s, e, false))
            {
                return Some(Cand::new(Label::Person, t, e, Vec::new(), Rank::PersonWeak));
            }
        }
        // Any one word opening a sentence whose verb is a verb of speech (`باوئرمان در پایان
        // گفت`): the subject of گفت / افزود / تصریح کرد is a person, once places,
        // organizations, roles and function words are ruled out.
        if namelike(s, t) && !is_entity(s, t) && !s.hit(t).is_some_and(|h| h.cats.any(Cats::AMBIG))
        {
            let e = detached(s, t + 1);
            // (Or, right after it, a verb of saying or the frame of a quote that only a
            // speaker takes: `بنکدار با اشاره به …`, `رزاز در پاسخ به …`; not `نیز` or
            // `همچنین`, which follow any subject.)
            let cue_next = s.hit_with(e, Cats::CUE).is_some() && is_speech_verb(s.text(e))
                || s.hit_with(e, Cats::CUE_FRAME).is_some()
                    && (matches!(s.text(e), "با" | "بابیان")
                        || s.text(e) == "در"
                            && matches!(s.text(e + 1), "پاسخ" | "گفت" | "گفتگو" | "پیامی"));
            if clause_goes_on(s, e) && (cue_next || cue_in_clause(s, e, true)) {
                return Some(Cand::new(Label::Person, t, e, Vec::new(), Rank::PersonWeak));
            }
            // Two such words right before a verb of saying: `ثابت قدم ادامه داد`.
            let e = detached(s, t + 2);
            let words = (t + 1..e).all(|k| {
                namelike(s, k) && !is_entity(s, k) && s.hit_with(k, Cats::AMBIG).is_none()
            });
            if words && e > t + 1 && s.hit_with(e, Cats::CUE).is_some() && is_speech_verb(s.text(e))
            {
                return Some(Cand::new(Label::Person, t, e, Vec::new(), Rank::PersonWeak));
            }
        }
    }
    None
}

/// Whether a clause, and so possibly its subject, starts at token `t`: a sentence start, or
/// the first word after the source line that opens a report (`به گزارش ایرنا ، …`,
/// `به گزارش خبرنگار مهر از قزوین ، …`).
fn clause_start(s: &Scan, t: usize) -> bool {
    if s.sentence_start(t) {
        return true;
    }
    if t < 3 || !s.is_comma(t - 1) {
        return false;
    }
    let mut k = t - 2;
    for _ in 0..12 {
        if !s.is_word(k) && !s.is_punct_in(k, &['«', '»', '"', '(', ')']) {
            return false;
        }
        if s.sentence_start(k) {
            return s.hit_with(k, Cats::SOURCE_CUE).is_some();
        }
        if k == 0 {
            return false;
        }
        k -= 1;
    }
    false
}

/// A listed surname standing alone anywhere (`حمایت از رحمانی`, `دولت دوم خاتمی`), with
/// a second surname-like word after it (`صالحی امیری`) or a particle before it (`میر
/// کریمی`, `پور ابراهیمی`). The main surname list holds no common words; surnames that are
/// (`person_surnames_ambiguous.txt`: `نوری`, `بازرگان`) and demonyms of listed places
/// (`تهرانی`, `کاشانی`) are read as the word when alone.
fn lone_surname(s: &Scan, t: usize) -> Option<usize> {
    let k = if matches!(s.text(t), "میر" | "پور") && !s.joined_before(t) {
        t + 1
    } else {
        t
    };
    let h = s.hit_with(k, Cats::SURNAME)?;
    // `هزار روحانی`, `این روحانی`: a surname that is also a noun, counted in words or
    // pointed back with, is the noun (after digits it may be a name: `نمره ۲۰ ظریف`).
    let counted = super::locations::counted_or_pointed(s, k)
        && !k.checked_sub(1).is_some_and(|p| s.is_number(p));
    if h.t1 != k + 1
        || h.cats
            .any(NOT_NAME.or(Cats::LOC).or(Cats::ORG).or(Cats::UNSURE))
        || demonym(s, k)
        || counted
    {
        return None;
    }
    surname_at(s, k)
}

/// Whether the word at `t` is a listed place + ی (`تهرانی`, `کرمانی`): a demonym.
fn demonym(s: &Scan, t: usize) -> bool {
    s.text(t)
        .strip_suffix('ی')
        .is_some_and(|stem| s.lex.lookup(stem).any(Cats::LOC))
}

/// Whether a speaker's clause goes on at `e` with a cue, a frame or an adverbial, not with a
/// noun in ezafe (`رونق دیپلماسی …` is a headline, `سخنرانی نویس …` a compound, not a
/// speaker).
fn clause_goes_on(s: &Scan, e: usize) -> bool {
    s.hit_with(e, Cats::CUE.or(Cats::CUE_FRAME)).is_some()
        || matches!(
            s.text(e),
            "در" | "با"
                | "به"
                | "از"
                | "نیز"
                | "همچنین"
                | "ضمن"
                | "پس"
                | "سپس"
                | "هم"
                | "امروز"
                | "دیروز"
                | "روز"
                | "صبح"
                | "عصر"
                | "ظهر"
                | "شب"
                | "بامداد"
                | "درباره"
                | "درخصوص"
                | "طی"
                | "ابتدا"
                | "بعد"
                | "پیش"
                | "که"
                | "ضمنا"
                | "همچنان"
                | "اکنون"
                | "شامگاه"
                | "دیشب"
                | "امشب"
                | "هفته"
                | "شنبه"
                | "یکشنبه"
                | "دوشنبه"
                | "سه"
                | "چهارشنبه"
                | "پنجشنبه"
                | "جمعه"
        )
}

/// Whether a cue verb closes the clause that starts at `t` within a few words (`جعفریان در
/// پایان گفت`): no punctuation and no other verb before it. With `speech`, only the verbs of
/// saying count (not `اعلام کرد`, which organizations do too).
fn cue_in_clause(s: &Scan, t: usize, speech: bool) -> bool {
    for k in t..(t + 16).min(s.len()) {
        if !s.is_word(k) {
            return false;
        }
        if let Some(h) = s.hit(k) {
            if h.cats.any(Cats::CUE) {
                return !speech || is_speech_verb(s.text(k));
            }
            // `با اشاره به …`, `با بیان اینکه …`: the frame of a quote.
            if h.cats.any(Cats::CUE_FRAME) && k > t && matches!(s.text(k), "با" | "بابیان")
            {
                return true;
            }
            if h.cats.any(Cats::LIGHT_VERB) {
                return false;
            }
        }
    }
    false
}

/// Whether a cue verb starting with `word` is a verb of saying, which only people do.
fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "گفت"
            | "افزود"
            | "تصریح"
            | "اظهار"
            | "خاطرنشان"
            | "خاطر"
            | "ادامه"
            | "بیان"
            | "یاداور"
            | "یاد"
            | "متذکر"
            | "توضیح"
            | "اذعان"
    )
}

/// Names listed with a person (`سعید صادقی ، بهزاد عرب جز و علی احمدی`): a given name and
/// one or two words, between list separators (`،` or `و`), right before or after an accepted
/// PERSON or another such name.
pub(crate) fn coordinated(s: &Scan, persons: &[(usize, usize)], taken: &[bool]) -> Vec<Cand> {
    let free = |k: usize| !taken.get(k).copied().unwrap_or(true);
    let separator = |k: usize| s.is_comma(k) || s.text(k) == "و";
    // A name of a given name and up to two words starting at `a`, ending at a separator or
    // at the end of the list.
    let closes = |e: usize| e >= s.len() || separator(e) || !s.is_word(e);
    let name_from = |a: usize| -> Option<usize> {
        if !free(a) {
            return None;
        }
        // A surname alone (`افتخاری ، اخشابی و کرمی`), or one with a foreign ending.
        let shaped = |k: usize| {
            namelike(s, k)
                && (s
                    .hit_with(k, Cats::SURNAME)
                    .is_some_and(|h| !h.cats.any(Cats::NEG))
                    || (!is_entity(s, k)
                        && (s.lex.has_distinctive_surname_suffix(s.text(k))
                            || s.lex.has_foreign_ending(s.text(k)))))
        };
        if shaped(a) && s.hit_with(a, Cats::GIVEN.or(Cats::GIVEN_FOREIGN)).is_none() {
            let e = detached(s, a + 1);
            if closes(e) {
                return Some(e);
            }
        }
        // `هرایر مگویان`: a word the lists do not know and a surname-shaped word.
        if namelike(s, a) && !is_entity(s, a) && shaped(a + 1) && free(a + 1) {
            let e = detached(s, a + 2);
            if closes(e) {
                return Some(e);
            }
        }
        let run = given_run(s, a)?;
        if run.ambiguous {
            // `امید نورافکن`: in a list of names a given name that is also a word is a name
            // with one more word.
            let e = run.end + 1;
            return (run.end == a + 1
                && (a..e).all(free)
                && namelike(s, run.end)
                && !is_entity(s, run.end)
                && closes(e))
            .then_some(e);
        }
        // `مریم نیک`: the last of two given names may be the surname.
        (run.end.max(a + 2)..=run.end + 2).find(|&e| {
            (a..e).all(free)
                && (run.end..e).all(|k| namelike(s, k) && !is_entity(s, k))
                && closes(e)
        })
    };
    let mut out: Vec<Cand> = Vec::new();
    let mut spans: Vec<(usize, usize)> = persons.to_vec();
    let mut i = 0;
    while i < spans.len() {
        let (a, b) = spans[i];
        // After: `X ، Y` / `X و Y`.
        if separator(b) {
            if let Some(e) = name_from(b + 1) {
                if !out.iter().any(|c| c.t0 == b + 1) {
                    out.push(Cand::new(
                        Label::Person,
                        b + 1,
                        e,
                        Vec::new(),
                        Rank::Remention,
                    ));
                    spans.push((b + 1, e));
                }
            }
        }
        // Before: `Y ، X`: a name that ends right before the separator.
        if a >= 2 && separator(a - 1) {
            let found = (a.saturating_sub(4)..a - 1).find(|&st| {
                let opens = st == 0 || separator(st - 1) || !s.is_word(st - 1);
                (opens || given_run(s, st).is_some()) && name_from(st) == Some(a - 1)
            });
            if let Some(st) = found {
                if !out.iter().any(|c| c.t0 == st) {
                    out.push(Cand::new(
                        Label::Person,
                        st,
                        a - 1,
                        Vec::new(),
                        Rank::Remention,
                    ));
                    spans.push((st, a - 1));
                }
            }
        }
        i += 1;
    }
    out
}

/// Bare surname re-mentions: for every accepted PERSON, the other occurrences of its last
/// word (with a detached ending) not covered by `taken`.
pub(crate) fn rementions(s: &Scan, persons: &[(usize, usize)], taken: &[bool]) -> Vec<Cand> {
    // Keys (first word, end of the name) by their first word, so that each token costs one
    // lookup however many people the document names.
    let mut keys: HashMap<&str, Vec<(usize, usize)>, BuildHasherDefault<FxHasher>> =
        HashMap::default();
    for &(a, b) in persons {
        if b <= a {
            continue;
        }
        let mut k = b - 1;
        // `احمدی نژاد`: the detached ending goes with the word before it.
        if k > a && s.hit_with(k, Cats::DETACHED).is_some() {
            k -= 1;
        }
        if namelike(s, k) && s.hit_with(k, Cats::GIVEN).is_none() && s.text(k).chars().count() >= 3
        {
            keys.entry(s.text(k)).or_default().push((k, b));
        }
    }
    let mut out = Vec::new();
    if keys.is_empty() {
        return out;
    }
    // The byte lengths of the keys, as a bit set: most tokens are skipped without hashing.
    let lengths = keys.keys().fold(0u64, |m, k| m | 1u64 << k.len().min(63));
    let mut t = 0;
    while t < s.len() {
        let word = s.text(t);
        if lengths & (1u64 << word.len().min(63)) == 0 {
            t += 1;
            continue;
        }
        let candidates = keys.get(word).map(Vec::as_slice).unwrap_or(&[]);
        let found = candidates.iter().find_map(|&(k, b)| {
            let n = b - k;
            let fits = (0..n).all(|i| {
                namelike(s, t + i)
                    && !taken.get(t + i).copied().unwrap_or(true)
                    && s.text(t + i) == s.text(k + i)
            });
            fits.then_some(n)
        });
        match found {
            Some(n) => {
                out.push(Cand::new(
                    Label::Person,
                    t,
                    t + n,
                    Vec::new(),
                    Rank::Remention,
                ));
                t += n;
            }
            None => t += 1,
        }
    }
    out
}
