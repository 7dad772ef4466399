//! Case and accent folding into a side buffer, with a map back to the original bytes.

use crossclaim_core::fold_char;

/// The folded copy of a text and, for every folded byte, the original byte offset of the char it
/// came from (plus one final entry for the end of the text).
#[derive(Clone, Debug, Default)]
pub struct Folded {
    pub text: String,
    map: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut f = Folded::default();
        f.refill(original);
        f
    }

    /// Folds `original` into this buffer, reusing its allocations.
    pub fn refill(&mut self, original: &str) {
        self.text.clear();
        self.map.clear();
        self.text.reserve(original.len());
        self.map.reserve(original.len() + 1);
        for (i, c) in original.char_indices() {
            let before = self.text.len();
            fold_char(c, &mut self.text);
            for _ in before..self.text.len() {
                self.map.push(i as u32);
            }
        }
        self.map.push(original.len() as u32);
    }

    /// The original byte offset of folded byte `i` (`i == text.len()` gives the original end).
    pub fn original(&self, i: usize) -> usize {
        self.map[i] as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_back_to_exact_original_offsets() {
        let t = "La Unión Europea";
        let f = Folded::new(t);
        assert_eq!(f.text, "la union europea");
        let s = f.text.find("union").unwrap_or(0);
        let (a, b) = (f.original(s), f.original(s + "union".len()));
        assert_eq!(&t[a..b], "Unión");
    }

    #[test]
    fn nfd_marks_fold_away_and_stay_inside_spans() {
        let t = "Unio\u{301}n Europea";
        let f = Folded::new(t);
        assert_eq!(f.text, "union europea");
        let b = f.original("union".len());
        assert_eq!(&t[..b], "Unio\u{301}n");
    }
}
