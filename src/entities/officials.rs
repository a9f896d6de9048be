//! Officials: a PERSON tied to the TITLE the text gives them.
//!
//! | pattern | example |
//! |---|---|
//! | name + title | `حمید سعیدی معاون وزیر ارتباطات گفت` |
//! | name، title | `علی ربیعی، سخنگوی دولت، گفت` |
//! | «name» title | `«آنا کوواچ» معاون وزیر …` |
//! | title + name, title، name | `سخنگوی دولت، علی ربیعی` |
//!
//! Only apposition links: a name and a title separated by at most a comma, a dash or a
//! guillemet. A pronoun or a bare title later in the text (`وی افزود`, `معاون وزیر گفت`)
//! would need coreference and is not linked. Each person and each title is linked once.

use super::Label;
use super::scan::Scan;

/// Whether the tokens `a..b` are only apposition punctuation (at most two marks).
fn apposition_gap(s: &Scan, a: usize, b: usize) -> bool {
    b >= a && b - a <= 2 && (a..b).all(|k| s.is_punct_in(k, &['»', '«', '،', ',', '-', '–']))
}

/// Pairs (person, title) of indices into `top`, which holds the top-level entities as
/// (label, first token, end token) sorted by first token.
pub(crate) fn link(s: &Scan, top: &[(Label, usize, usize)]) -> Vec<(usize, usize)> {
    let mut linked_person = vec![false; top.len()];
    let mut linked_title = vec![false; top.len()];
    let mut out = Vec::new();
    // Name before title.
    for i in 0..top.len() {
        let (label, _, end) = top[i];
        if label != Label::Person {
            continue;
        }
        if let Some(&(Label::Title, t0, _)) = top.get(i + 1) {
            if apposition_gap(s, end, t0) && !linked_title[i + 1] {
                linked_person[i] = true;
                linked_title[i + 1] = true;
                out.push((i, i + 1));
            }
        }
    }
    // Title before name.
    for i in 1..top.len() {
        let (label, start, _) = top[i];
        if label != Label::Person || linked_person[i] {
            continue;
        }
        if let (Label::Title, _, t1) = top[i - 1] {
            if apposition_gap(s, t1, start) && !linked_title[i - 1] {
                linked_person[i] = true;
                linked_title[i - 1] = true;
                out.push((i, i - 1));
            }
        }
    }
    out.sort_unstable();
    out
}
