//! Titles (TITLE): role phrases with what they govern.
//!
//! | pattern | example | nested |
//! |---|---|---|
//! | listed title (`title_*.txt`) (+ country) | `رئیس جمهور فرانسه` | LOC |
//! | `وزیر` + portfolio (+ country) | `وزیر نفت`, `وزیر ارتباطات ایران` | ORG `نفت`; with a country, its ministry `ارتباطات ایران` and LOC `ایران` |
//! | role (+ modifiers) + title | `معاون سیاسی وزیر امور خارجه` | the inner title's |
//! | role (+ modifiers) + organization | `سخنگوی وزارت امور خارجه`, `رئیس سازمان برنامه و بودجه` | ORG |
//! | role (+ modifiers) + portfolio or department (+ place) | `مدیرکل هواشناسی استان گیلان` | ORG `هواشناسی استان گیلان`, LOC `استان گیلان` |
//! | role + place (+ `در` + country) | `استاندار خراسان رضوی`, `سفیر ایران در روسیه` | LOC |
//! | `نماینده مردم` + places (+ `در` + parliament) | `نماینده مردم تهران در مجلس` | LOC, ORG |
//!
//! A role alone (`وزیر گفت`) is not a TITLE: a title must say what the role is of.

use super::Label;
use super::extractor::{Cand, Part, Rank};
use super::gazetteer::Cats;
use super::locations::loc_at;
use super::organizations::{country_after, org_at};
use super::scan::Scan;

/// A title found at some token.
pub(crate) struct TitleMatch {
    pub end: usize,
    pub nested: Vec<Part>,
}

/// Skips role modifiers (`سیاسی`, `اول`, `امنیتی و انتظامی`) from `t`.
fn skip_modifiers(s: &Scan, mut t: usize) -> usize {
    for _ in 0..4 {
        if let Some(h) = s.hit_with(t, Cats::ROLE_MOD) {
            t = h.t1;
        } else if s.text(t) == "و" && t > 0 && s.hit_with(t + 1, Cats::ROLE_MOD).is_some() {
            t += 1;
        } else {
            break;
        }
    }
    t
}

/// `کشورمان` ("our country") after a portfolio: part of the title, not a LOC.
fn our_country(s: &Scan, t: usize) -> bool {
    s.text(t) == "کشورمان"
}

/// A title starting at token `t`.
pub(crate) fn title_at(s: &Scan, t: usize, depth: u8) -> Option<TitleMatch> {
    if depth > 3 {
        return None;
    }
    let h = *s.hit(t)?;
    let mut nested = Vec::new();
    if h.cats.any(Cats::TITLE) {
        let mut end = h.t1;
        if let Some(loc) = country_after(s, end) {
            end = loc.t1;
            nested.push(loc);
        }
        return Some(TitleMatch { end, nested });
    }
    if h.cats.any(Cats::MINISTER) {
        let e = skip_modifiers(s, h.t1);
        let port = s.hit_with(e, Cats::PORTFOLIO)?;
        let mut end = port.t1;
        if let Some(loc) = country_after(s, end) {
            // `وزیر خارجه روسیه`: with its country the portfolio names the ministry of that
            // country, as PEYMA tags it (and as `وزارت خارجه روسیه` is one ORG).
            nested.push(Part::new(Label::Org, e, loc.t1));
            end = loc.t1;
            nested.push(loc);
        } else {
            nested.push(Part::new(Label::Org, e, port.t1));
            if our_country(s, end) {
                end += 1;
            }
        }
        return Some(TitleMatch { end, nested });
    }
    if !h.cats.any(Cats::ROLE) {
        return None;
    }
    let e = skip_modifiers(s, h.t1);
    if let Some(inner) = title_at(s, e, depth + 1) {
        return Some(inner_with(inner, nested));
    }
    if let Some(org) = org_at(s, e) {
        let org_end = org.end;
        nested.push(Part::new(Label::Org, e, org_end));
        nested.extend(org.nested);
        let mut end = org_end;
        if let Some(loc) = country_after(s, end) {
            end = loc.t1;
            nested.push(loc);
        }
        return Some(TitleMatch { end, nested });
    }
    // `مدیرکل میراث فرهنگی استان فارس`, `مدیرکل هواشناسی استان گیلان`: a portfolio without
    // its ministry word, or a department without its head word, names the department with
    // the place it serves.
    if let Some(port) = s.hit_with(e, Cats::PORTFOLIO.or(Cats::DEPARTMENT)) {
        let place = loc_at(s, port.t1, false);
        if !port.cats.any(Cats::STOP) && (port.t1 - port.t0 >= 2 || place.is_some()) {
            let mut end = port.t1;
            if let Some(loc_end) = place {
                nested.push(Part::new(Label::Loc, end, loc_end));
                end = loc_end;
            }
            nested.push(Part::new(Label::Org, e, end));
            return Some(TitleMatch { end, nested });
        }
    }
    if s.text(h.t0) == "نماینده" && s.text(e) == "مردم" {
        return representative(s, e + 1);
    }
    if let Some(loc_end) = loc_at(s, e, true) {
        nested.push(Part::new(Label::Loc, e, loc_end));
        let mut end = loc_end;
        // `معاون اروپا و آمریکا`, `معاون آسیا و اقیانوسیه`: a deputy's or director's region
        // of the foreign ministry may be two places.
        if s.text(end) == "و" && matches!(s.text(h.t0), "معاون" | "مدیرکل") {
            if let Some(second) = loc_at(s, end + 1, false) {
                nested.push(Part::new(Label::Loc, end + 1, second));
                end = second;
            }
        }
        // `سفیر ایران در روسیه`
        if s.text(end) == "در" {
            if let Some(loc) = country_after(s, end + 1) {
                end = loc.t1;
                nested.push(loc);
            }
        }
        return Some(TitleMatch { end, nested });
    }
    None
}

fn inner_with(mut inner: TitleMatch, mut nested: Vec<Part>) -> TitleMatch {
    nested.append(&mut inner.nested);
    TitleMatch {
        end: inner.end,
        nested,
    }
}

/// `نماینده مردم` + places (joined by `و` or commas) + optionally `در` + parliament, from the
/// first place at `t`.
fn representative(s: &Scan, mut t: usize) -> Option<TitleMatch> {
    let mut nested = Vec::new();
    let end = loc_at(s, t, true)?;
    nested.push(Part::new(Label::Loc, t, end));
    t = end;
    while (s.text(t) == "و" || s.is_comma(t)) && loc_at(s, t + 1, true).is_some() {
        let e = loc_at(s, t + 1, true)?;
        nested.push(Part::new(Label::Loc, t + 1, e));
        t = e;
    }
    if s.text(t) == "در" {
        if let Some(org) = org_at(s, t + 1) {
            nested.push(Part::new(Label::Org, t + 1, org.end));
            nested.extend(org.nested);
            t = org.end;
        } else if s.text(t + 1) == "مجلس" {
            // The parliament's name is an organization; the bare word is part of the title,
            // as it is no organization elsewhere (`نمایندگان مجلس`).
            if s.text(t + 2) == "شورای" && s.text(t + 3) == "اسلامی" {
                nested.push(Part::new(Label::Org, t + 1, t + 4));
                t += 4;
            } else {
                t += 2;
            }
        }
    }
    Some(TitleMatch { end: t, nested })
}

/// Every TITLE candidate in the document.
pub(crate) fn find(s: &Scan, out: &mut Vec<Cand>) {
    let mut t = 0;
    while t < s.len() {
        if let Some(m) = title_at(s, t, 0) {
            out.push(Cand::new(Label::Title, t, m.end, m.nested, Rank::Title));
            t = m.end;
        } else {
            t += 1;
        }
    }
}
