//! Named entities in news text: dates, times, money, percentages, people, titles,
//! organizations, locations, and the officials that tie a person to a title.
//!
//! [`Extractor`] finds every label in one call; [`TemporalExtractor`] alone finds the dates,
//! times, amounts and percentages.
//!
//! | label | span | nested parts |
//! |---|---|---|
//! | [`Label::Person`] | the name only (`سید ابراهیم رئیسی`, not `حجت الاسلام`) | |
//! | [`Label::Title`] | role + portfolio / organization + country (`وزیر امور خارجه روسیه`) | the ORG named in it, its LOCs |
//! | [`Label::Org`] | ministries, bodies, companies, media, report sources | the LOCs inside it |
//! | [`Label::Loc`] | countries, provinces, cities, regions | |
//! | [`Label::Date`], [`Label::Time`], [`Label::Money`], [`Label::Percent`] | the expression, with its [`Value`] | |
//!
//! Nested parts carry `nested: true`; the top-level entities of one label never overlap.
//! [`Official`]s tie a PERSON to the TITLE in apposition with it.

use std::fmt;

mod extractor;
pub mod gazetteer;
mod locations;
mod officials;
mod organizations;
mod persons;
mod scan;
pub mod temporal;
mod titles;
mod value;

pub use extractor::{Document, Extractor, ExtractorBuilder, Official};
pub use gazetteer::GazetteerError;
pub use temporal::TemporalExtractor;
pub use value::*;

/// The kind of an [`Entity`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "UPPERCASE"))]
#[non_exhaustive]
pub enum Label {
    /// A person's name, without honorifics or titles.
    Person,
    /// A role phrase: `وزیر امور خارجه`, `سخنگوی دولت`.
    Title,
    /// An organization: ministries, government bodies, companies, news agencies.
    Org,
    /// A location: countries, provinces, cities, regions.
    Loc,
    /// A date or a period of a day or longer.
    Date,
    /// A time of day, or a time combined with a date.
    Time,
    /// An amount of money with its currency.
    Money,
    /// A percentage.
    Percent,
}

impl Label {
    /// The label as the CLI prints it: `PERSON`, `TITLE`, `ORG`, `LOC`, `DATE`, `TIME`,
    /// `MONEY`, `PERCENT`.
    ///
    /// ```
    /// assert_eq!(pardaz::entities::Label::Date.as_str(), "DATE");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Title => "TITLE",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An entity found in a text: its label, its byte span in the caller's text, the text of that
/// span, and its value where one applies.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entity<'a> {
    /// What kind of entity this is.
    pub label: Label,
    /// Byte offset of the first byte, in the text given to the extractor.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// `&text[start..end]`.
    pub text: &'a str,
    /// The resolved value, for dates, times, money and percentages.
    pub value: Option<Value>,
    /// Whether the entity lies inside another one (a LOC inside a TITLE, the ORG named in a
    /// TITLE): a flat view drops these.
    pub nested: bool,
}
