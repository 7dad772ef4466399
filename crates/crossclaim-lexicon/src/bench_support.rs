//! A baseline for the speed benchmark (`crossclaim-bench --bin lexicon_speed`): the lexicon's
//! own folded patterns in a bare Aho-Corasick DFA, leftmost-longest, that scans text folded
//! beforehand and does nothing else (no word boundaries, no case or language checks, no mapping
//! back to the original).

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::EntityLexicon;

/// The bare DFA over the lexicon's patterns.
#[derive(Clone, Debug)]
pub struct BareDfa {
    ac: AhoCorasick,
}

impl BareDfa {
    pub fn new(lex: &EntityLexicon) -> Result<Self, String> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(lex.matcher().patterns())
            .map_err(|e| format!("cannot build the DFA: {e}"))?;
        Ok(BareDfa { ac })
    }

    /// Non-overlapping leftmost-longest matches in already-folded text.
    pub fn count(&self, folded: &str) -> usize {
        self.ac.find_iter(folded).count()
    }

    /// Bytes of heap the automaton uses.
    pub fn memory_usage(&self) -> usize {
        self.ac.memory_usage()
    }
}
