//! Texts for the differential tests of the fast scans (tokenizer, concept words, quantities,
//! the language scan): the bundled corpus and a generator, one copy instead of one in each
//! crate's tests.

/// The texts of the bundled corpus (`corpus/*.txt`), in file-name order. Panics when there is
/// none: a differential test that read no real text would pass without testing anything.
pub fn corpus_texts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<std::path::PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect();
    assert!(!texts.is_empty(), "no corpus/*.txt in {}", dir.display());
    texts
}

/// `count` texts, each glued from up to `max_pieces - 1` picks (the n-th text has
/// `n % max_pieces`), drawn by a xorshift generator with a fixed seed, so the texts are the same
/// on every run. A pick `k` in `0..range` is `pieces[k]`, or when `k` is past the pieces,
/// `fill[k % 2]`: a `range` larger than the number of pieces makes those fills the most common
/// picks (`["w", "Q"]` gives mostly ASCII letters, as in text).
pub fn mixed_texts<'a>(
    pieces: &'a [&'a str],
    count: usize,
    max_pieces: usize,
    range: u64,
    fill: [&'a str; 2],
) -> impl Iterator<Item = String> + 'a {
    let mut rng = Xorshift(0x2545_f491_4f6c_dd1d);
    (0..count).map(move |n| {
        let mut t = String::new();
        for _ in 0..(n % max_pieces) {
            let k = rng.below(range as usize);
            t.push_str(pieces.get(k).copied().unwrap_or(fill[k % 2]));
        }
        t
    })
}

/// A xorshift generator with a fixed seed (not 0): generated test inputs are the same on every
/// run.
pub struct Xorshift(pub u64);

impl Xorshift {
    /// The next number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// One of `items` (not empty).
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_glued_from_the_pieces_and_fills() {
        let texts: Vec<String> = mixed_texts(&["é", "中"], 200, 7, 8, ["w", "Q"]).collect();
        assert_eq!(texts.len(), 200);
        assert!(texts[0].is_empty());
        assert!(texts.iter().all(|t| t.chars().all(|c| "é中wQ".contains(c))));
        assert!(texts.iter().any(|t| t.contains('é')) && texts.iter().any(|t| t.contains('Q')));
        // the same texts on every run
        assert_eq!(
            texts,
            mixed_texts(&["é", "中"], 200, 7, 8, ["w", "Q"]).collect::<Vec<_>>()
        );
    }
}
