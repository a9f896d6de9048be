//! Locations (LOC): listed places, with the place-type word before them.
//!
//! | pattern | example | LOC |
//! |---|---|---|
//! | listed place (`loc_*.txt`) | `روسیه`, `خراسان رضوی`, `آمریکای` (ezafe) | the place |
//! | place-type word + listed place | `استان خوزستان`, `شهر قم` | the whole |
//! | `شهرستان`, `روستای`, `ایالت` + any name word | `شهرستان سامان` | the whole |
//! | a place that is also a common word (`*_ambiguous.txt`) | `نور` | only after a place-type word or as a title's place |
//! | place + compass adjective | `سوادکوه شمالی` | the whole |
//! | facility or landform word + name words (`rule_facility_heads.txt`) | `زندان اوین`, `جلگه خوزستان` | the whole |
//!
//! A place-type word that is counted or pointed back with (`شش کشور`, `این شهرستان`) is a
//! common noun: the place after it, if any, is a LOC alone.
//!
//! Adjectives (`ایرانی`) never match: a place must end on a word boundary. Words like
//! `دنیا` and `این کشور` are not places.

use super::Label;
use super::extractor::{Cand, Rank};
use super::gazetteer::Cats;
use super::organizations::{demonstrative, generic, phrase};
use super::scan::Scan;

/// Whether the word before token `t` counts it or points back with it (`شش کشور`, `این
/// شهرستان`, `چند روستای`): the place word is then a common noun, not part of a name
/// (`شش کشور آمریکا، چین …` lists countries; `این شهرستان سیستم …` is no place).
pub(crate) fn counted_or_pointed(s: &Scan, t: usize) -> bool {
    let Some(p) = t.checked_sub(1) else {
        return false;
    };
    let w = s.text(p);
    s.is_number(p)
        || demonstrative(w)
        || matches!(
            w,
            "چند"
                | "یک"
                | "دو"
                | "سه"
                | "چهار"
                | "پنج"
                | "شش"
                | "هفت"
                | "هشت"
                | "نه"
                | "ده"
                | "صد"
                | "هزار"
        )
}

/// Whether token `t` is the جمهوری of `رئیس جمهوری` (president): then it is the title's, not
/// the first word of a country's official name (in `رئیس جمهوری ترکیه` the place is `ترکیه`,
/// not `جمهوری ترکیه`).
pub(crate) fn of_president(s: &Scan, t: usize) -> bool {
    s.text(t) == "جمهوری" && t > 0 && matches!(s.text(t - 1), "رئیس" | "رییس")
}

/// The end of a location starting at token `t`. With `cued` (the complement of a title such
/// as `استاندار` or `فرماندار`), a place that is also a common word is trusted too.
pub(crate) fn loc_at(s: &Scan, t: usize, cued: bool) -> Option<usize> {
    loc_within(s, t, cued, 0)
}

/// [`loc_at`] after `depth` place words (`غرب استان تهران`): at most four in a chain, so that
/// a run of place words is no deep recursion.
fn loc_within(s: &Scan, t: usize, cued: bool, depth: u8) -> Option<usize> {
    if depth > 4 {
        return None;
    }
    if of_president(s, t) {
        return None;
    }
    let h = s.hit(t)?;
    if h.cats.any(Cats::LOC_HEAD) && !counted_or_pointed(s, t) {
        // Place words chain: `غرب استان تهران`.
        if let Some(end) = loc_within(s, h.t1, true, depth + 1) {
            return Some(end);
        }
        // `شهرستان سامان`: after these words any name is a place.
        if h.cats.any(Cats::LOC_HEAD_OPEN) {
            // `شهرستان و روستا`, `شهرستان کوچک`, `روستای اشاره …`: a conjunction, a generic
            // modifier or the noun of a verb is no name.
            let name = |k: usize| {
                s.is_word(k)
                    && !s.is_number(k)
                    && s.text(k) != "و"
                    && super::organizations::name_word(s, k)
                    && !generic(s, k, k + 1)
                    && !s.hit(k).is_some_and(|x| {
                        x.cats.any(
                            Cats::STOP
                                .or(Cats::ROLE)
                                .or(Cats::CUE)
                                .or(Cats::ORG_HEAD)
                                .or(Cats::LOC_HEAD),
                        )
                    })
                    && !s.hit(k + 1).is_some_and(|x| x.cats.any(Cats::LIGHT_VERB))
                    // `شهرستان صورت نگرفته`, `شهرستان سیاست گذاری`: the noun of a negated
                    // verb, the first half of a compound.
                    && !super::organizations::negated_verb(s, k + 1)
                    && !matches!(s.text(k + 1), "گذاری" | "گذار" | "سازی" | "رسانی" | "پذیری")
            };
            if name(h.t1) {
                // `شهرستان عین التمر`: an Arabic name goes on with its article.
                let more = s.text(h.t1 + 1).starts_with("ال") && name(h.t1 + 1);
                return Some(h.t1 + 1 + usize::from(more));
            }
        }
    }
    let trusted = !h.cats.any(Cats::UNSURE) || (cued && !h.cats.any(Cats::NEG));
    if h.cats.any(Cats::LOC)
        && trusted
        && !h.cats.any(Cats::STOP.or(Cats::STATE))
        && s.free_standing(t, h.t1)
    {
        return Some(h.t1);
    }
    None
}

/// A facility or landform named by the words after its head (`زندان اوین`, `بیمارستان امام
/// رضا مشهد`): the head and one to three name words, as for organizations; a head and one
/// adjective (`میدان اصلی`) is a kind, not a name.
fn facility_at(s: &Scan, t: usize) -> Option<usize> {
    let h = s.hit_with(t, Cats::FACILITY)?;
    // `مرز مهران` is a crossing; at `مرز عراق` the place is the country.
    if s.text(t) == "مرز" && s.hit_with(h.t1, Cats::COUNTRY).is_some() {
        return None;
    }
    if t > 0 && demonstrative(s.text(t - 1)) {
        return None;
    }
    let p = phrase(s, h.t1, &mut Vec::new());
    let mut end = p.end;
    if let Some(e) = super::persons::blessing(s, end) {
        end = e;
    }
    let words = p.end.saturating_sub(h.t1);
    // A shrine or a hall is named after someone or something named (`حرم امام رضا`), not
    // described (`حرم مطهر`, `مدافعان حرم`).
    if s.text(t) == "حرم" && !p.anchored {
        return None;
    }
    // A listed surname after the head names the facility after its person (`ورزشگاه تختی`,
    // `بیمارستان طالقانی`), where another word in -ی is an adjective (`ورزشگاه اصلی`).
    let named_after = words == 1
        && s.hit_with(h.t1, Cats::SURNAME.or(Cats::PERSON))
            .is_some_and(|n| n.t1 == p.end && !n.cats.any(Cats::UNSURE));
    let kind =
        !p.anchored && !named_after && (s.text(h.t1).ends_with('ی') || generic(s, h.t1, p.end));
    if words == 0 || words > 3 || (words == 1 && kind) {
        return None;
    }
    Some(end)
}

/// A country or a province (`استان …`) right after a smaller place, which it contains: its
/// end. Two countries side by side are two places (`ایران عربستان` in a list or a headline).
fn larger_place(s: &Scan, t: usize) -> Option<usize> {
    let country = s
        .hit_with(t, Cats::COUNTRY)
        .filter(|h| !h.cats.any(Cats::UNSURE))
        .map(|h| h.t1);
    let province = (s.text(t) == "استان")
        .then(|| loc_at(s, t, false))
        .flatten();
    country.or(province)
}

/// `سوادکوه شمالی`, `بیت المقدس شرقی`: a compass adjective after a place names its part, a
/// place too. Its end.
fn compass_part(s: &Scan, end: usize) -> usize {
    let compass = matches!(s.text(end), "شمالی" | "جنوبی" | "شرقی" | "غربی");
    end + usize::from(compass && !s.joined_before(end))
}

/// Every LOC candidate in the document.
pub(crate) fn find(s: &Scan, out: &mut Vec<Cand>) {
    let mut t = 0;
    while t < s.len() {
        if let Some(end) = facility_at(s, t) {
            // `حرم امام رضا (ع)`: a place named after a revered figure outranks the name.
            let named = (t..end).any(|k| super::organizations::revered_name(s, k).is_some());
            let rank = if named { Rank::Source } else { Rank::Org };
            out.push(Cand::new(Label::Loc, t, end, Vec::new(), rank));
            t = end;
            continue;
        }
        if let Some(mut end) = loc_at(s, t, false) {
            // A place word and its name (`شهرستان سامان`) outrank a person's name guess.
            let rank = if s.hit_with(t, Cats::LOC_HEAD).is_some() {
                Rank::Org
            } else {
                Rank::Loc
            };
            // `استانبول ترکیه`, `گمیشان استان گلستان`: a place followed by the larger place
            // it lies in is one place.
            end = compass_part(s, end);
            if s.hit_with(t, Cats::COUNTRY).is_none_or(|h| h.t1 != end) {
                if let Some(e) = larger_place(s, end) {
                    end = e;
                }
            }
            out.push(Cand::new(Label::Loc, t, end, Vec::new(), rank));
            t = end;
        } else {
            t += 1;
        }
    }
}
