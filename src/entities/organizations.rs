//! Organizations (ORG): listed names, ministries, head-noun phrases and report sources.
//!
//! | pattern | example | ORG |
//! |---|---|---|
//! | a listed organization (`org_*.txt`) | `بانک مرکزی` | the entry, with a country right after it when the entry starts with a head noun |
//! | ministry word + portfolio (+ country) | `وزارت امور خارجه روسیه` | the whole, the country a nested LOC |
//! | ministry word + two portfolios + country | `وزارت صنعت و انرژی قطر` | the whole (without a country, two ministries: `وزارت نیرو` و `نفت`) |
//! | head noun + name words | `سازمان برنامه و بودجه`, `دانشگاه تهران` | head and name, up to a function word, a verb, punctuation or another entity |
//! | head noun + name words with nothing named inside | `کمیته مخابرات و نظارت رادیویی` | only under four words, or under six joined by `و`; weak heads (`rule_org_heads_weak.txt`) need a place or a name inside |
//! | head noun + quoted name | `روزنامه « لوموند »` | the whole, quotes included |
//! | team, exchange or seat + a place alone | `تیم ایران`, `بورس استانبول` | none: the place is a LOC |
//! | a counted or indefinite head (`یک حزب`, `چند شرکت`, `دو حزب فراگیر`), a head + descriptive words only (`شرکت مجاز`), a name ending before a detached plural (`… دانشگاه ها`) | `یک حزب جدید` | none: a common noun |
//! | head noun + an article of law with its number | `کمیسیون ماده 100 شهرداری`, `کمیسیون اصل 90` | the whole |
//! | head noun + a verbal noun with its preposition and object | `شورای عالی مبارزه با پولشویی`, `کمیته حمایت از تولید` | the whole |
//! | `گروه`/`گروهک` + its kind (`تروریستی`, `تکفیری`) + a listed group | `گروه تروریستی داعش` | the whole |
//! | a desk word before an agency, a desk (`گروه …`), a bare `مجلس` or a unit running into a listed body | `گروه دانشگاه خبرگزاری فارس`, `مجلس گزارش وزارت امور خارجه` | the listed body alone |
//! | `روابط عمومی` + any of the above, not after a source cue | `مدیر روابط عمومی شورای نگهبان` | the whole: the press office is a unit |
//! | a one-word listed company or university right after a given name | `ماکسیم فورد` | none: a surname |
//! | any of the above + its closing words | `کمیسیون فرهنگی مجلس` + `شورای اسلامی`, `بنیاد امام رضا` + `(ع)`, `سپاه` + bare `استان` or `پایتخت` | the whole |
//! | working group + `در حوزه`/`در زمینه` + domain | `کارگروه همکاری ها در حوزه فناوری` | the whole |
//! | a city named like its football club, in a sentence about football | `گل دوم را برای میلان زد` | the club |
//! | `دولت` + country or person | `دولت ایران` | the whole |
//! | `دولت`/`مجلس` + ordinal (+ `و` + ordinal) | `دولت یازدهم`, `دولت نهم و دهم` | the whole |
//! | `به گزارش`/`به نقل از` + outlet | `به گزارش ایرنا،` | the outlet, without the reporter or desk (`خبرنگار`, `روابط عمومی`) |
//!
//! Places inside an ORG are reported as nested LOCs.

use super::Label;
use super::extractor::{Cand, Part, Rank};
use super::gazetteer::Cats;
use super::scan::Scan;

/// Words that say what kind of armed or militant group a name is (`گروه تروریستی داعش`):
/// they stay in the group's name where a desk (`گروه اقتصادی خبرگزاری …`) does not.
const GROUP_KINDS: [&str; 7] = [
    "تروریستی",
    "تکفیری",
    "افراطی",
    "تندرو",
    "مسلح",
    "شبه",
    "نظامی",
];

/// Longest name an organization phrase may take after its head, in tokens.
const MAX_PHRASE: usize = 12;

/// An organization found at some token: its end and the places inside it.
pub(crate) struct OrgMatch {
    pub end: usize,
    pub nested: Vec<Part>,
}

/// Categories that end a name phrase.
const BREAK: Cats = Cats::STOP
    .or(Cats::CUE)
    .or(Cats::ROLE)
    .or(Cats::MINISTER)
    .or(Cats::HONORIFIC)
    .or(Cats::TITLE)
    .or(Cats::SOURCE_CUE)
    .or(Cats::CUE_FRAME);

/// Whether token `t` can continue a name phrase.
pub(crate) fn name_word(s: &Scan, t: usize) -> bool {
    if !s.is_word(t) || s.is_number(t) {
        return false;
    }
    if s.hit(t)
        .is_some_and(|h| h.cats.any(BREAK) && !h.cats.any(Cats::ORG.or(Cats::LOC)))
    {
        return false;
    }
    // The nominal part of a verb (برگزار شد, برداشت می شد) ends the name before it, and so
    // does a verb-like word closing a sentence (Persian is verb-final), a negated light verb
    // (`نکرده`, `نداریم`) or the word before one (`وجود ندارد`) and a participle with its
    // ending glued on (`آموخته‌اند`).
    let participle =
        s.joined_before(t + 1) && matches!(s.text(t + 1), "اند" | "ایم" | "اید" | "ام" | "است");
    !(verb_follows(s, t + 1)
        || verb_at_sentence_end(s, t)
        || negated_verb(s, t)
        || s.text(t + 1)
            .strip_prefix('ن')
            .is_some_and(|rest| s.lex.lookup(rest).any(Cats::LIGHT_VERB))
        || participle)
}

/// Whether `t` is a light verb with the negative prefix ن (`نکرده`, `ندارند`).
pub(crate) fn negated_verb(s: &Scan, t: usize) -> bool {
    s.text(t).strip_prefix('ن').is_some_and(|rest| {
        rest.chars().count() >= 2
            && s.lex
                .lookup(rest)
                .any(Cats::LIGHT_VERB.or(Cats::STOP).or(Cats::CUE))
    })
}

/// Whether a verb starts at `t`: a light verb or the prefix می / نمی.
fn verb_follows(s: &Scan, t: usize) -> bool {
    s.hit(t).is_some_and(|h| h.cats.any(Cats::LIGHT_VERB)) || matches!(s.text(t), "می" | "نمی")
}

/// Whether `t` closes a sentence and ends like a verb (`رفت`, `آمدند`, `می کنیم`).
pub(crate) fn verb_at_sentence_end(s: &Scan, t: usize) -> bool {
    let ends = t + 1 >= s.len() || s.is_punct_in(t + 1, &['.', '!', '?', '؟', '؛', ';']);
    let w = s.text(t);
    ends && ["د", "ت", "ند", "یم", "ید"].iter().any(|e| w.ends_with(e))
}

/// Whether the word before `t` is an article or clause of a law (`ماده`, `اصل`, `بند`,
/// `تبصره`), its ezafe `ی` written apart or not.
fn article_before(s: &Scan, t: usize) -> bool {
    let article = |k: usize| matches!(s.text(k), "ماده" | "اصل" | "بند" | "تبصره");
    (t > 0 && article(t - 1)) || (t > 1 && s.text(t - 1) == "ی" && article(t - 2))
}

/// Whether the verbal noun `noun` takes its object through `prep` (`مبارزه با`, `حمایت از`,
/// `نظارت بر`).
fn governed(noun: &str, prep: &str) -> bool {
    matches!(
        (noun, prep),
        ("مبارزه" | "مقابله", "با")
            | ("حمایت" | "پیشگیری" | "صیانت" | "حفاظت", "از")
            | ("نظارت", "بر")
    )
}

/// Whether `t` is the plural/ezafe marker `ها`/`های` written apart.
fn plural_marker(s: &Scan, t: usize) -> bool {
    matches!(s.text(t), "ها" | "های")
}

/// A country right after an ORG or a TITLE: `وزارت دفاع روسیه`.
pub(crate) fn country_after(s: &Scan, t: usize) -> Option<Part> {
    let h = s.hit_with(t, Cats::COUNTRY)?;
    (!h.cats.any(Cats::UNSURE)).then(|| Part::new(Label::Loc, t, h.t1))
}

/// The name words after a head noun.
pub(crate) struct Phrase {
    pub end: usize,
    /// Whether a place, an organization or a person is inside.
    pub anchored: bool,
    /// Where a listed organization or a ministry inside it starts.
    pub inner_org: Option<usize>,
}

/// The name words after a head noun, from token `t`. A place closes the name (`… استان
/// زنجان`) unless `و` and another place follow, and so does a listed organization.
pub(crate) fn phrase(s: &Scan, mut t: usize, nested: &mut Vec<Part>) -> Phrase {
    let start = t;
    let mut last_loc = false;
    let mut anchored = false;
    let mut inner_org = None;
    while t < s.len() && t - start < MAX_PHRASE {
        if s.text(t) == "و" {
            // "و" joins name words (برنامه و بودجه) and places (ایران و روسیه), but not two
            // entities of different kinds (سازمان ملل و آمریکا) nor a new organization.
            let n = t + 1;
            let next = s.hit(n);
            let next_loc = next.is_some_and(|h| h.cats.any(Cats::LOC) && !h.cats.any(Cats::UNSURE));
            let blocked = next.is_some_and(|h| {
                h.cats.any(
                    Cats::ORG_HEAD
                        .or(Cats::ORG_HEAD_WEAK)
                        .or(Cats::MINISTRY)
                        .or(Cats::PERSON)
                        .or(Cats::GIVEN)
                        .or(Cats::ORG),
                )
            });
            if t == start || !name_word(s, n) || blocked || next_loc != last_loc {
                break;
            }
            t = n;
            last_loc = false;
            continue;
        }
        if last_loc {
            break;
        }
        // `شورای عالی مبارزه با پولشویی`, `کمیته حمایت از تولید`: a verbal noun keeps the
        // preposition it governs and its object.
        if t > start && governed(s.text(t - 1), s.text(t)) && name_word(s, t + 1) {
            t += 1;
            continue;
        }
        // `کمیسیون ماده 99`, `کارگروه ماده ی 18`: an article of law names the body with its
        // number.
        if t > start && s.is_number(t) && article_before(s, t) {
            t += 1;
            continue;
        }
        if plural_marker(s, t) && t > start && name_word(s, t + 1) {
            t += 1;
            continue;
        }
        // The adjective ending written apart: `فنی و حرفه ای`, `جاده ای`.
        if t > start && matches!(s.text(t), "ای" | "ی") && s.is_word(t - 1) {
            t += 1;
            continue;
        }
        if let Some(end) = super::locations::loc_at(s, t, false) {
            nested.push(Part::new(Label::Loc, t, end));
            t = end;
            last_loc = true;
            anchored = true;
            continue;
        }
        if let Some(h) = s.hit(t) {
            // A ministry's portfolio of several words names the department, commas and all
            // (`اداره کل میراث فرهنگی، صنایع دستی و گردشگری`).
            if h.cats.any(Cats::PORTFOLIO) && h.t1 - t >= 3 && !h.cats.any(BREAK) {
                t = h.t1;
                continue;
            }
            if h.cats.any(Cats::MINISTRY) {
                if let Some(m) = ministry(s, t) {
                    nested.extend(m.nested);
                    inner_org = Some(t);
                    t = m.end;
                    anchored = true;
                    break;
                }
            }
            if h.cats.any(Cats::ORG.or(Cats::PERSON)) && !h.cats.any(BREAK.or(Cats::UNSURE)) {
                let at = t;
                t = h.t1;
                anchored = true;
                if h.cats.any(Cats::ORG) {
                    inner_org = Some(at);
                    break;
                }
                // A name closes the phrase, but for the place after it (`بیمارستان امام رضا
                // مشهد`).
                if super::locations::loc_at(s, t, false).is_none() {
                    break;
                }
                continue;
            }
        }
        if !name_word(s, t) {
            break;
        }
        t += 1;
    }
    Phrase {
        end: t,
        anchored,
        inner_org,
    }
}

/// `وزارت` + portfolio (+ country).
pub(crate) fn ministry(s: &Scan, t: usize) -> Option<OrgMatch> {
    let head = s.hit_with(t, Cats::MINISTRY)?;
    let port = s.hit_with(head.t1, Cats::PORTFOLIO)?;
    let mut nested = Vec::new();
    let mut end = port.t1;
    // `وزارت صنعت و انرژی قطر`, `وزارت انرژی و معادن اندونزی`: a foreign ministry joins two
    // portfolios, or a portfolio and one more word, before its country (without the
    // country, `وزارت نیرو و نفت` are two ministries).
    if s.text(end) == "و" {
        let second = s
            .hit_with(end + 1, Cats::PORTFOLIO)
            .map(|h| h.t1)
            .or_else(|| (name_word(s, end + 1) && s.hit(end + 1).is_none()).then_some(end + 2));
        if let Some(e) = second.filter(|&e| country_after(s, e).is_some()) {
            end = e;
        }
    }
    if let Some(loc) = country_after(s, end) {
        end = loc.t1;
        nested.push(loc);
    }
    Some(OrgMatch { end, nested })
}

/// An organization starting at token `t`, by any rule but the source cue, with the words
/// that close its name after it (see [`tail`]).
pub(crate) fn org_at(s: &Scan, t: usize) -> Option<OrgMatch> {
    let mut m = org_body(s, t)?;
    // `انجمن دانش آموختگان دانشگاه ها`, `رسانه های محلی`: a plural ending written apart
    // after the last word makes a common noun of the whole.
    if plural_marker(s, m.end) || s.text(m.end) == "هایی" {
        return None;
    }
    m.end = tail(s, m.end);
    Some(m)
}

/// Whether `w` points back to something named before (`این سازمان`, `همان شرکت`, `هر
/// شهرستان`): the noun after it is a reference, not a name.
pub(crate) fn demonstrative(w: &str) -> bool {
    matches!(w, "این" | "آن" | "همین" | "همان" | "هر")
}

/// Whether `w` makes an indefinite or partial noun phrase of the head after it: `یک حزب`
/// "a party", `چند شرکت` "some companies".
fn indefinite(w: &str) -> bool {
    matches!(
        w,
        "یک" | "چند" | "چندین" | "برخی" | "بعضی" | "هیچ" | "اغلب" | "بسیاری" | "تعدادی"
    )
}

/// Whether the token at `t` is a small cardinal counting the head after it (`دو`, `22`),
/// not a year, a time or a numbered branch or issue (`شعبه 74 دادگاه`, `شماره 12 نشریه`).
fn cardinal(s: &Scan, t: usize) -> bool {
    if matches!(
        s.text(t),
        "دو" | "سه"
            | "چهار"
            | "پنج"
            | "شش"
            | "هفت"
            | "هشت"
            | "ده"
            | "یازده"
            | "دوازده"
            | "پانزده"
            | "بیست"
            | "سی"
            | "صد"
    ) {
        return true;
    }
    let small = s.is_number(t) && s.text(t).chars().count() <= 3;
    let adjacent = |a: usize, b: usize| matches!((s.toks.get(a), s.toks.get(b)), (Some(x), Some(y)) if x.fe == y.fs);
    let glued = (t > 0 && adjacent(t - 1, t)) || adjacent(t, t + 1);
    let numbered = t > 0
        && matches!(
            s.text(t - 1),
            "شعبه" | "شماره" | "ردیف" | "ماده" | "بند" | "اصل" | "سال" | "کد" | "ساعت"
        );
    small && !glued && !numbered
}

/// The words after an organization's name that still belong to it: a parliament's number and
/// full name (`کمیسیون فرهنگی مجلس` + `دهم` + `شورای اسلامی`), the blessing after a revered
/// name (`بنیاد امام رضا` + `(ع)`), and a bare `استان` "of the province" or `پایتخت` "of the
/// capital" that no place name follows (`سپاه استان گفت`, `پلیس راهور پایتخت`).
fn tail(s: &Scan, mut end: usize) -> usize {
    let numbered = end > 1 && s.text(end - 2) == "مجلس" && is_ordinal(s.text(end - 1));
    if numbered || (end > 0 && s.text(end - 1) == "مجلس") {
        if !numbered && is_ordinal(s.text(end)) {
            end += 1;
        }
        if s.text(end) == "شورای" && s.text(end + 1) == "اسلامی" {
            end += 2;
        }
    }
    if let Some(e) = super::persons::blessing(s, end) {
        return e;
    }
    // `پلیس راهور پایتخت`: "of the capital" names the capital's branch.
    if matches!(s.text(end), "استان" | "پایتخت")
        && super::locations::loc_at(s, end, false).is_none()
        && !name_word(s, end + 1)
    {
        end += 1;
    }
    end
}

/// An organization starting at token `t`, up to the end of its name proper.
fn org_body(s: &Scan, t: usize) -> Option<OrgMatch> {
    if let Some(m) = ministry(s, t) {
        return Some(m);
    }
    if matches!(s.text(t), "دولت" | "مجلس") && is_ordinal(s.text(t + 1)) {
        // `دولت یازدهم`, `مجلس دهم`: a particular government or parliament; `دولت نهم و
        // دهم`: two in a row.
        let both = s.text(t + 2) == "و" && is_ordinal(s.text(t + 3));
        return Some(OrgMatch {
            end: if both { t + 4 } else { t + 2 },
            nested: Vec::new(),
        });
    }
    // `آموزش و پرورش قم`: the education department is called by its portfolio and its place
    // (the bare portfolio is as often the field, education).
    // (Matched on the folded text, where آ is ا.)
    if s.text(t) == "اموزش" && s.text(t + 1) == "و" && s.text(t + 2) == "پرورش" {
        let place = super::locations::loc_at(s, t + 3, true)?;
        return Some(OrgMatch {
            end: place,
            nested: vec![Part::new(Label::Loc, t + 3, place)],
        });
    }
    if s.text(t) == "دولت" {
        // `دولت آینده آمریکا`, `دولت محترم روحانی`: one modifier may come first.
        let n = if matches!(
            s.text(t + 1),
            "محترم"
                | "آتی"
                | "اتی"
                | "آینده"
                | "اینده"
                | "جدید"
                | "قبلی"
                | "سابق"
                | "وقت"
                | "فعلی"
                | "مرکزی"
                | "قانونی"
                | "فدرال"
                | "موقت"
                | "انتقالی"
                | "ایالتی"
                | "محلی"
                | "خودگردان"
        ) {
            t + 2
        } else {
            t + 1
        };
        if let Some(loc) = country_after(s, n) {
            let end = loc.t1;
            return Some(OrgMatch {
                end,
                nested: vec![loc],
            });
        }
        // `دولت کابل`, `دولت محلی کردستان`: the government seated in a place; `دولت سعودی`:
        // the government of a people.
        if let Some(place) = s
            .hit_with(n, Cats::LOC.or(Cats::DEMONYM))
            .filter(|h| !h.cats.any(Cats::UNSURE.or(Cats::STOP)))
        {
            let nested = if place.cats.any(Cats::LOC) {
                vec![Part::new(Label::Loc, n, place.t1)]
            } else {
                Vec::new()
            };
            return Some(OrgMatch {
                end: place.t1,
                nested,
            });
        }
        let surname = super::persons::name_at(s, n).or_else(|| super::persons::surname_only(s, n));
        // `حوزه دولت خبرگزاری فارس`: a desk of an outlet, not a government.
        let org_next = s.hit(n).is_some_and(|h| {
            h.cats
                .any(Cats::ORG.or(Cats::ORG_HEAD).or(Cats::ORG_HEAD_WEAK))
        });
        if let Some(end) = surname.filter(|_| !org_next) {
            return Some(OrgMatch {
                end,
                nested: Vec::new(),
            });
        }
    }
    let h = *s.hit(t)?;
    let listed = h.cats.any(Cats::ORG)
        && !h.cats.any(Cats::UNSURE)
        && (!h.cats.any(Cats::LOC) || h.cats.any(Cats::STATE));
    if listed {
        if product(s, t, h.t1) || in_url(s, t, h.t1) || surname_of(s, t, h.t1) {
            return None;
        }
        let mut nested = Vec::new();
        let mut end = h.t1;
        // `مجلس نمایندگان برزیل`, `شورای شهر رشت`: a place right after an organization
        // belongs to it.
        // `دانشگاه آزاد اسلامی واحد کرمان`: a branch and its place too.
        let at = if s.text(end) == "واحد" {
            end + 1
        } else {
            end
        };
        if let Some(loc_end) = super::locations::loc_at(s, at, false) {
            nested.push(Part::new(Label::Loc, at, loc_end));
            end = loc_end;
        } else if let Some(e) = revered_name(s, end) {
            // `سپاه حضرت محمد رسول‌الله (ص)`: a unit named after a revered figure.
            end = e;
        }
        return Some(OrgMatch { end, nested });
    }
    let weak = h.cats.any(Cats::ORG_HEAD_WEAK);
    // `این سازمان`, `همان شرکت`: a reference back, not a name; `یک حزب`, `چند شرکت`, `22
    // شرکت`: a head that is counted is a common noun.
    let pointed = t > 0 && (demonstrative(s.text(t - 1)) || indefinite(s.text(t - 1)));
    // `سازمان دهی`, `سازمان یافته`: the head is the stem of another word, its ZWNJ turned
    // into a space.
    let compound = matches!(s.text(h.t1), "دهی" | "یافته" | "دادن" | "پذیر" | "پذیری");
    if (h.cats.any(Cats::ORG_HEAD) || weak) && !pointed && !compound {
        // `روزنامه « لوموند »`, `شرکت "اپل"`: the name in quotes, with them.
        if let Some(close) = quoted(s, h.t1).filter(|_| !weak) {
            return Some(OrgMatch {
                end: close + 1,
                nested: Vec::new(),
            });
        }
        let mut nested = Vec::new();
        let p = phrase(s, h.t1, &mut nested);
        if p.end == h.t1 || (weak && !p.anchored) {
            return None;
        }
        // `تیم ایران`, `بورس تهران`, `مرکز استان فارس`: a team, an exchange or a seat known
        // only by its place is that place (PEYMA tags the place alone).
        let by_place = matches!(s.text(t), "تیم" | "بورس" | "مرکز")
            && nested
                .first()
                .is_some_and(|l| l.t0 == h.t1 && l.t1 == p.end);
        if by_place {
            return None;
        }
        // A head and one adjective (`شبکه اجتماعی`, `هیئت علمی`) is a kind, not a name, and
        // so is a head with only generic words after it (`شرکت دولتی`, `حزب حاکم`).
        if p.end == h.t1 + 1 && !p.anchored && s.text(h.t1).ends_with('ی') {
            return None;
        }
        if generic(s, h.t1, p.end) && !p.anchored {
            return None;
        }
        // `دو حزب فراگیر`, `12 باشگاه حرفه ای`: a counted head with one unnamed word after
        // it is a common noun (`دو تیم استقلال و پرسپولیس` names two teams, `سه کمیته
        // مخابرات و نظارت رادیویی` the first of three).
        let one_word =
            p.end == h.t1 + 1 || (p.end == h.t1 + 2 && matches!(s.text(h.t1 + 1), "ای" | "ی"));
        if t > 0 && cardinal(s, t - 1) && !p.anchored && one_word {
            return None;
        }
        // With nothing named inside, a long run of common words has run into the clause
        // (`کمیته اخلاق دروازه بان فصل گذشته …`): a name of four words or more joins its
        // parts with `و` (`کمیته مخابرات و نظارت رادیویی`), and stays under six.
        let words = p.end - h.t1;
        let joined = (h.t1..p.end).any(|k| s.text(k) == "و");
        if !p.anchored && (words >= 6 || (words >= 4 && !joined)) {
            return None;
        }
        // A desk, a board or a caucus of a listed organization (`گروه اقتصادی خبرگزاری
        // فارس`, `هیئت علمی دانشگاه تهران`, `فراکسیون امید مجلس`): the organization alone.
        // A bare `مجلس` that runs on into a listed body (`مجلس تازه نفس مجلس شورای اسلامی`)
        // is the start of the clause, not a name: the listed body alone.
        // `مجلس هیئت رئیسه مجلس`, `مجلس وزارت خارجه`: a bare `مجلس` right before another
        // listed body (`مجلس دوما` names the parliament).
        let own_name = p.inner_org == Some(h.t1) && p.end == h.t1 + 1;
        if s.text(t) == "مجلس" && p.inner_org.is_some() && !own_name {
            return None;
        }
        let unit = matches!(
            s.text(t),
            "گروه" | "گروهک" | "هیئت" | "هیات" | "هییت" | "فراکسیون" | "مجلس"
        );
        // `گروه تروریستی داعش`, `گروهک تکفیری …`: a group's kind before its name belongs
        // to it.
        let kind_of_group = matches!(s.text(t), "گروه" | "گروهک")
            && p.inner_org
                .is_some_and(|k| k > h.t1 && (h.t1..k).all(|j| GROUP_KINDS.contains(&s.text(j))));
        if unit && !kind_of_group && p.inner_org.is_some_and(|k| k > h.t1) {
            return None;
        }
        // `رادیو تلویزیون گروه فرهنگی باشگاه خبرنگاران جوان`: a desk (`گروه`) named before
        // the listed body.
        if p.inner_org
            .is_some_and(|k| k > h.t1 && (h.t1..k).any(|j| s.text(j) == "گروه"))
        {
            return None;
        }
        // `گروه دانشگاه خبرگزاری فارس`, `خبرنگار بورس خبرگزاری فارس`: a head word right
        // before a news agency names the agency's desk, not a body of its own.
        let desk = p.inner_org == Some(h.t1) && s.text(h.t1) == "خبرگزاری" && s.text(t) != "سازمان";
        if desk {
            return None;
        }
        let mut end = p.end;
        // A working group's domain: `کمیته … در حوزه …`.
        if s.text(end) == "در" && matches!(s.text(end + 1), "حوزه" | "زمینه") {
            let more = phrase(s, end + 2, &mut nested);
            if more.end > end + 2 {
                end = more.end;
            }
        }
        return Some(OrgMatch { end, nested });
    }
    None
}

/// A name of one to five words in guillemets or straight quotes opening at `t`: the closing
/// mark's token.
fn quoted(s: &Scan, t: usize) -> Option<usize> {
    if !s.is_punct_in(t, &['«', '"']) {
        return None;
    }
    let close = (t + 1..(t + 7).min(s.len())).find(|&k| s.is_punct_in(k, &['»', '"']))?;
    (close > t + 1 && (t + 1..close).all(|k| s.is_word(k))).then_some(close)
}

/// Whether the words `t0..t1` after a head only describe a kind (`شرکت دولتی`, `بیمارستان
/// نزدیک`): each is `و` or a generic modifier (`neg_*.txt`).
pub(crate) fn generic(s: &Scan, t0: usize, t1: usize) -> bool {
    let mut k = t0;
    while k < t1 {
        if s.text(k) == "و" {
            k += 1;
            continue;
        }
        // A modifier of several words (`مورد نظر`, `صاحب صلاحیت`) is one hit.
        match s.hit(k).filter(|x| x.cats.any(Cats::NEG) && x.t1 <= t1) {
            Some(x) => k = x.t1,
            None => return false,
        }
    }
    true
}

/// A revered figure's name starting at `t` (`حضرت …`, `امام …`), with the blessing after it:
/// its end.
pub(crate) fn revered_name(s: &Scan, t: usize) -> Option<usize> {
    if !matches!(s.text(t), "حضرت" | "امام") {
        return None;
    }
    let e = super::persons::name_at(s, t)?;
    Some(super::persons::blessing(s, e).unwrap_or(e))
}

/// Whether the maker's name at `t..e` names one of its products: a model number or a Latin
/// model name right after it, or after one more word (`پژو 206`, `بوئینگ 737`, `تویوتا
/// پرادو GRX`), or a counted vehicle (`یک دستگاه تویوتا`). A short number after a club is a
/// score (`سپاهان 2 - پرسپولیس 1`), not a model.
fn product(s: &Scan, t: usize, e: usize) -> bool {
    let model = |k: usize| {
        s.is_word(k) && s.text(k).is_ascii() && (!s.is_number(k) || s.text(k).len() >= 3)
    };
    let counted = t > 0 && s.text(t - 1) == "دستگاه";
    counted || model(e) || (s.is_word(e) && s.hit(e).is_none() && model(e + 1))
}

/// Whether the one-word organization at `t..e` follows a given name and so is a surname
/// (`هریسون فورد`, `ران هاروارد`).
fn surname_of(s: &Scan, t: usize, e: usize) -> bool {
    e == t + 1
        && t > 0
        && s.hit(t - 1).is_some_and(|g| {
            g.t1 == t
                && g.cats.any(Cats::GIVEN.or(Cats::GIVEN_FOREIGN))
                && !g.cats.any(Cats::UNSURE.or(Cats::ORG).or(Cats::LOC))
        })
}

/// Whether the Latin word at `t..e` is part of a web or mail address (`telegram.me`,
/// `www.irna.ir`): glued to a dot, a slash or an at sign.
fn in_url(s: &Scan, t: usize, e: usize) -> bool {
    let glued = |a: usize, b: usize| matches!((s.toks.get(a), s.toks.get(b)), (Some(x), Some(y)) if x.fe == y.fs);
    let mark = |k: usize| s.is_punct_in(k, &['.', '/', '@', ':']);
    s.text(t).is_ascii()
        && ((t > 0 && mark(t - 1) && glued(t - 1, t)) || (mark(e) && glued(e - 1, e)))
}

/// Whether `w` is an ordinal number word (`دهم`, `یازدهم`).
fn is_ordinal(w: &str) -> bool {
    const ORDINALS: [&str; 16] = [
        "اول",
        "دوم",
        "سوم",
        "چهارم",
        "پنجم",
        "ششم",
        "هفتم",
        "هشتم",
        "نهم",
        "دهم",
        "یازدهم",
        "دوازدهم",
        "سیزدهم",
        "چهاردهم",
        "پانزدهم",
        "شانزدهم",
    ];
    ORDINALS.contains(&w)
}

/// `خبرنگار مهر`, `به خبرنگار فارس گفت`: a listed outlet after the word for reporter, even
/// one that is also a common word.
fn reporter_outlet(s: &Scan, t: usize) -> Option<Cand> {
    if !matches!(s.text(t), "خبرنگار" | "خبرنگاران") {
        return None;
    }
    let h = s.hit_with(t + 1, Cats::ORG)?;
    (!h.cats.any(Cats::NEG)).then(|| Cand::new(Label::Org, t + 1, h.t1, Vec::new(), Rank::Source))
}

/// `روابط عمومی` (`و اطلاع رسانی`) + an organization at `t`: the press office is a unit of
/// the organization, and the department a title names (`مدیر روابط عمومی سازمان …`, PEYMA's
/// "organization hidden in a title"). After a source cue the outlet stays the organization
/// alone (`به گزارش روابط عمومی وزارت …`, see [`source`]).
fn press_office(s: &Scan, t: usize) -> Option<OrgMatch> {
    if s.text(t) != "روابط" {
        return None;
    }
    let office = s.hit_with(t, Cats::SOURCE_SKIP)?;
    org_at(s, office.t1)
}

/// `در گفتگو با مهر`: the outlet that an interview was given to, right after the frame at
/// `t` (a listed organization, even one whose short name is also a word: مهر, فارس).
fn interview_outlet(s: &Scan, t: usize) -> Option<Cand> {
    let frame = s.hit_with(t, Cats::CUE_FRAME)?;
    let interview = s.text(t) == "در"
        && matches!(s.text(t + 1), "گفتگو" | "گفت" | "گفتوگو")
        && s.text(frame.t1 - 1) == "با";
    if !interview {
        return None;
    }
    let outlet = s.hit_with(frame.t1, Cats::ORG)?;
    // The name ends the phrase: a comma, a cue or the end of the clause follows.
    let closed = outlet.t1 >= s.len()
        || !s.is_word(outlet.t1)
        || s.hit_with(outlet.t1, Cats::CUE.or(Cats::CUE_FRAME))
            .is_some();
    closed.then(|| Cand::new(Label::Org, frame.t1, outlet.t1, Vec::new(), Rank::Source))
}

/// The outlet after `به گزارش` / `به نقل از` at token `t` (the cue's first token).
fn source(s: &Scan, t: usize) -> Option<Cand> {
    let cue = s.hit_with(t, Cats::SOURCE_CUE)?;
    let mut e = cue.t1;
    // Reporter, desk or press office: skip it and up to three words after it.
    if let Some(skip) = s.hit_with(e, Cats::SOURCE_SKIP) {
        let mut k = skip.t1;
        let limit = k + 4;
        while k < limit && k < s.len() {
            // A desk word (`گروه`) is skipped even where it could head a name.
            let head = s
                .hit_with(
                    k,
                    Cats::ORG
                        .or(Cats::ORG_HEAD)
                        .or(Cats::ORG_HEAD_WEAK)
                        .or(Cats::MINISTRY),
                )
                .is_some_and(|h| !h.cats.any(Cats::SOURCE_SKIP) || h.cats.any(Cats::ORG));
            if head || s.is_punct_in(k, &['«', '"']) {
                break;
            }
            if !s.is_word(k) {
                return None;
            }
            k += 1;
        }
        if k >= limit {
            return None;
        }
        e = k;
    }
    // «outlet» or "outlet".
    if s.is_punct_in(e, &['«', '"']) {
        let close = (e + 1..(e + 7).min(s.len())).find(|&k| s.is_punct_in(k, &['»', '"']))?;
        if close > e + 1 && (e + 1..close).all(|k| s.is_word(k)) {
            return Some(Cand::new(
                Label::Org,
                e + 1,
                close,
                Vec::new(),
                Rank::Source,
            ));
        }
        return None;
    }
    if let Some(m) = org_at(s, e) {
        return Some(Cand::new(Label::Org, e, m.end, m.nested, Rank::Source));
    }
    // An outlet the gazetteers do not know: up to three words closed by punctuation, a
    // function word or the next cue.
    let mut k = e;
    while k < s.len()
        && k - e < 3
        && s.is_word(k)
        && name_word(s, k)
        && s.hit_with(k, Cats::SOURCE_CUE).is_none()
    {
        // `به گزارش حوزه دولت خبرگزاری فارس`: a desk word, then the outlet.
        if k > e {
            if let Some(m) = org_at(s, k) {
                return Some(Cand::new(Label::Org, k, m.end, m.nested, Rank::Source));
            }
        }
        if let Some(h) = s.hit(k) {
            k = h.t1.max(k + 1);
        } else {
            k += 1;
        }
    }
    let closed = k >= s.len()
        || !s.is_word(k)
        || s.hit_with(k, Cats::STOP.or(Cats::SOURCE_CUE)).is_some()
        || s.text(k) == "و" && s.hit_with(k + 1, Cats::SOURCE_CUE).is_some();
    // `به نقل از رسانه های محلی`: a plural is no outlet's name.
    if k > e && closed && !s.is_number(e) && !plural_marker(s, k) {
        return Some(Cand::new(Label::Org, e, k, Vec::new(), Rank::Source));
    }
    None
}

/// A city whose football club bears its name (`rule_club_cities.txt`: `بارسلونا`, `میلان`)
/// or a club known by a common word (`rule_club_words.txt`: `استقلال`, `صبا`) in a sentence
/// about football (a word of `rule_sports_cues.txt` in it): the club, with the team word
/// before it (`تیم فوتبال استقلال`) and its city after it (`نفت گچساران`). After a place
/// word (`شهر میلان`) it stays the city. Returns the club's first and last tokens.
/// `sentence` keeps the last sentence judged (its tokens and whether it is about football),
/// so that a long sentence is read once, not once for every city in it.
fn club(s: &Scan, t: usize, sentence: &mut Option<(usize, usize, bool)>) -> Option<(usize, usize)> {
    let end = club_city(s, t, sentence)?;
    let start = match (
        t.checked_sub(2).map(|k| s.text(k)),
        t.checked_sub(1).map(|k| s.text(k)),
    ) {
        (Some("تیم"), Some("فوتبال")) => t - 2,
        (_, Some("تیم" | "باشگاه")) => t - 1,
        _ => t,
    };
    let end = super::locations::loc_at(s, end, false)
        .filter(|_| s.hit_with(t, Cats::LOC).is_none())
        .unwrap_or(end);
    Some((start, end))
}

/// The end of the club at `t` (see [`club`]), the name alone.
fn club_city(s: &Scan, t: usize, sentence: &mut Option<(usize, usize, bool)>) -> Option<usize> {
    let h = s.hit_with(t, Cats::CLUB_CITY)?;
    if t > 0 && s.hit_with(t - 1, Cats::LOC_HEAD).is_some() {
        return None;
    }
    let football = match *sentence {
        Some((start, end, football)) if start <= t && t < end => football,
        _ => {
            let start = (0..=t).rev().find(|&k| s.sentence_start(k)).unwrap_or(0);
            let end = (t + 1..s.len())
                .find(|&k| s.sentence_start(k))
                .unwrap_or(s.len());
            let football = (start..end).any(|k| s.hit_with(k, Cats::SPORTS_CUE).is_some());
            *sentence = Some((start, end, football));
            football
        }
    };
    football.then_some(h.t1)
}

/// Every ORG candidate in the document.
pub(crate) fn find(s: &Scan, out: &mut Vec<Cand>) {
    let mut t = 0;
    let mut sentence = None;
    while t < s.len() {
        if let Some((start, end)) = club(s, t, &mut sentence) {
            out.push(Cand::new(Label::Org, start, end, Vec::new(), Rank::Org));
            t = end;
            continue;
        }
        if let Some(c) = source(s, t)
            .or_else(|| reporter_outlet(s, t))
            .or_else(|| interview_outlet(s, t))
        {
            t = c.t1;
            out.push(c);
            continue;
        }
        if let Some(m) = press_office(s, t).or_else(|| org_at(s, t)) {
            // `دولت روحانی`: an organization named after a person outranks the person.
            let rank = if s.text(t) == "دولت" || (t..m.end).any(|k| revered_name(s, k).is_some())
            {
                Rank::Source
            } else {
                Rank::Org
            };
            out.push(Cand::new(Label::Org, t, m.end, m.nested, rank));
            t = m.end;
            continue;
        }
        t += 1;
    }
}
