//! Sentence and word tokenizers over raw or normalized Persian text.
