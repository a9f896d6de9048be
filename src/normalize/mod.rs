//! Persian normalization: the editor-style [`Normalizer`] and the [`OffsetMap`] that ties
//! normalized text back to the input.
//!
//! [`fold_for_search`] is a different, lossy canonical form used by the entity extractors for
//! matching; it shares the offset map.

mod offsets;
mod search;

pub use offsets::{ComposeError, OffsetMap, OffsetMapBuilder};
pub use search::{SearchText, fold_for_search};
