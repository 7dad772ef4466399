//! Case and accent folding into a side buffer, with a map back to the original bytes.
//!
//! The folded text is what the matchers scan; the original text is never modified (tantivy's
//! "offsets shall not be modified by token filters"). ASCII is lower-cased in bulk and keeps its
//! offsets, so the map only records the non-ASCII chars, whose folded form may be shorter
//! (`á` → `a`), longer (`İ` → `i̇`) or empty (an NFD combining accent). A folded offset is mapped
//! back with a binary search over those records.
//!
//! ```
//! use crossclaim_lexicon::Folded;
//!
//! let text = "La Unio\u{301}n Europea"; // NFD: the accent is its own char
//! let f = Folded::new(text);
//! assert_eq!(f.text, "la union europea");
//! let start = f.text.find("union").unwrap();
//! let span = f.original(start)..f.original(start + "union".len());
//! assert_eq!(&text[span], "Unio\u{301}n");
//! ```

// The folding itself is crossclaim-core's, shared by every stage (one definition, so that a
// cue, a concept or a speaker name folds as an entity form does).
pub use crossclaim_core::{fold as fold_str, fold_char};

/// One non-ASCII char of the original: where its folded form starts and how long it is, and
/// where the char starts in the original and how long it is (a run of combining marks that fold
/// to nothing is merged into the record of the char before it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Shift {
    folded: u32,
    folded_len: u32,
    original: u32,
    original_len: u32,
}

/// The folded copy of a text and the map from folded byte offsets to original byte offsets.
///
/// Folding is [`fold_char`] applied to every char (lower case, accents and combining marks
/// removed, typographic apostrophes made straight), so a pattern folded with [`fold_str`] is
/// found in [`Folded::text`] exactly where its original is.
///
/// `text` must not be changed after [`refill`](Self::refill): the word bitmap is made with it.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    pub text: String,
    shifts: Vec<Shift>,
    original_len: usize,
    /// Bit `i % 64` of `word_bits[i / 64]` is set when folded byte `i` is an ASCII letter or
    /// digit (bits past the end are clear): the matcher finds where a word's ASCII run ends
    /// with one `trailing_zeros`, not a byte-by-byte loop whose exit the branch predictor
    /// cannot guess.
    word_bits: Vec<u64>,
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
        self.shifts.clear();
        self.original_len = original.len();
        self.text.reserve(original.len());
        let bytes = original.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // A run of ASCII: copied and lower-cased in bulk, offsets unchanged but shifted.
            let run = ascii_run_end(bytes, i) - i;
            if run > 0 {
                let at = self.text.len();
                self.text.push_str(&original[i..i + run]);
                self.text[at..].make_ascii_lowercase();
                i += run;
                continue;
            }
            // One non-ASCII char (`i` is on a char boundary: runs end before a non-ASCII byte).
            let Some(c) = original[i..].chars().next() else {
                break;
            };
            let len = c.len_utf8();
            let before = self.text.len();
            fold_char(c, &mut self.text);
            let folded_len = self.text.len() - before;
            match self.shifts.last_mut() {
                // A char that folds to nothing right after a recorded char joins it, so that the
                // mark stays inside any span that ends after its base letter.
                Some(last)
                    if folded_len == 0
                        && (last.original + last.original_len) as usize == i
                        && (last.folded + last.folded_len) as usize == before =>
                {
                    last.original_len += len as u32;
                }
                _ => self.shifts.push(Shift {
                    folded: before as u32,
                    folded_len: folded_len as u32,
                    original: i as u32,
                    original_len: len as u32,
                }),
            }
            i += len;
        }
        fill_word_bits(self.text.as_bytes(), &mut self.word_bits);
    }

    /// The ASCII word bitmap of [`text`](Self::text) (see the field `word_bits`).
    #[inline(always)]
    pub(crate) fn word_bits(&self) -> &[u64] {
        &self.word_bits
    }

    /// The original byte offset of folded byte `i` (`i == text.len()` gives the original end).
    ///
    /// A folded offset inside the folded form of one char maps to that char's start; an offset
    /// right after a char's folded form maps past the char and past any combining marks that
    /// follow it, so a span ending there keeps the whole accented letter.
    pub fn original(&self, i: usize) -> usize {
        if i >= self.text.len() {
            return self.original_len;
        }
        // The last record that starts at or before `i` (records are in folded order; an empty
        // record shares its offset with the next one, which must win).
        let k = self.shifts.partition_point(|s| s.folded as usize <= i);
        self.original_before(i, k)
    }

    /// [`original`](Self::original) of `i < text.len()`, given `k`, the number of records that
    /// start at or before `i`.
    #[inline]
    fn original_before(&self, i: usize, k: usize) -> usize {
        let Some(s) = k.checked_sub(1).map(|k| self.shifts[k]) else {
            return i; // before any non-ASCII char: ASCII offsets are unchanged
        };
        let (f, fl, o, ol) = (
            s.folded as usize,
            s.folded_len as usize,
            s.original as usize,
            s.original_len as usize,
        );
        if i < f + fl {
            o
        } else {
            o + ol + (i - f - fl)
        }
    }

    /// The original span of folded `[start, end)`: from the char holding folded byte `start`
    /// to past the char holding folded byte `end - 1`, with any combining marks that follow it.
    pub fn original_span(&self, start: usize, end: usize) -> crossclaim_core::Span {
        let s = self.original(start);
        crossclaim_core::Span::new(s, self.original_end(end).max(s))
    }

    /// The original offset for a folded end offset (see [`original_span`](Self::original_span)).
    pub fn original_end(&self, end: usize) -> usize {
        if end == 0 {
            return 0;
        }
        let last = end - 1;
        let k = self.shifts.partition_point(|s| s.folded as usize <= last);
        match k.checked_sub(1).map(|k| self.shifts[k]) {
            Some(s) if last < (s.folded + s.folded_len) as usize => {
                (s.original + s.original_len) as usize
            }
            _ if end >= self.text.len() => self.original_len,
            // `original(end)` without a second binary search: the records that start at or
            // before `end` are those before `last`'s and those that start at `end`.
            _ => {
                let mut k = k;
                while self.shifts.get(k).is_some_and(|s| s.folded as usize <= end) {
                    k += 1;
                }
                self.original_before(end, k)
            }
        }
    }
}

/// The first byte at or after `i` that is not ASCII (or the end): the run of ASCII that
/// [`Folded::refill`] copies in bulk. Reads eight bytes at a time (a byte is ASCII when its top
/// bit is clear), which is what most of a news text is; the test `ascii_run_end_is_position`
/// checks it against the plain byte-by-byte search.
#[inline]
fn ascii_run_end(bytes: &[u8], mut i: usize) -> usize {
    const TOP_BITS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let high = u64::from_le_bytes(word) & TOP_BITS;
        if high != 0 {
            // Little-endian: the lowest set top bit is the first non-ASCII byte.
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii() {
        i += 1;
    }
    i
}

/// Bit `k` of the result is set when byte `k` of `chunk` is an ASCII letter or digit. Written
/// byte by byte over a fixed 64 bytes so that the compiler does the tests on 16 bytes at a time
/// (about 1.6 instructions a byte, half what the same tests on eight bytes in a `u64` took);
/// then a multiplication gathers each eight flags into one byte.
#[inline(always)]
fn ascii_word_mask64(chunk: &[u8; 64]) -> u64 {
    let mut flags = [0u8; 64];
    for (f, &b) in flags.iter_mut().zip(chunk) {
        // `| 0x20` puts upper-case letters onto lower-case ones (and no other byte into
        // `a..=z`); a byte of 0x80 or more is in neither range.
        *f = u8::from((b | 0x20).wrapping_sub(b'a') < 26 || b.wrapping_sub(b'0') < 10);
    }
    let mut bits = 0;
    for (k, eight) in flags.chunks_exact(8).enumerate() {
        let mut word = [0; 8];
        word.copy_from_slice(eight);
        // Flag of byte j (bit 8j) lands on bit 56 + j, and no other product reaches there.
        bits |= (u64::from_le_bytes(word).wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * k);
    }
    bits
}

/// The ASCII word bitmap of `bytes` into `out` (see `Folded::word_bits`).
fn fill_word_bits(bytes: &[u8], out: &mut Vec<u64>) {
    out.clear();
    out.reserve(bytes.len().div_ceil(64));
    let mut chunks = bytes.chunks_exact(64);
    for chunk in &mut chunks {
        let mut block = [0u8; 64];
        block.copy_from_slice(chunk);
        out.push(ascii_word_mask64(&block));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Padded with zero bytes, which are no word bytes.
        let mut block = [0u8; 64];
        block[..rest.len()].copy_from_slice(rest);
        out.push(ascii_word_mask64(&block));
    }
}

/// The first byte at or after `i` whose bit in `bits` (a `Folded::word_bits`) is clear: the end
/// of the run of ASCII letters and digits from `i` (`i` itself when byte `i` is none; the
/// bitmap's end, at most the text's end rounded up, when the run reaches it).
#[inline(always)]
pub(crate) fn ascii_word_run_end(bits: &[u64], i: usize) -> usize {
    let mut k = i / 64;
    let Some(&w) = bits.get(k) else {
        return i;
    };
    let rest = !w >> (i % 64);
    if rest != 0 {
        return i + rest.trailing_zeros() as usize;
    }
    // The run goes on to the end of this word of the bitmap.
    k += 1;
    while let Some(&w) = bits.get(k) {
        if w != u64::MAX {
            return 64 * k + (!w).trailing_zeros() as usize;
        }
        k += 1;
    }
    64 * k
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value in every place of 64 bytes, the others random, against the table.
    #[test]
    fn ascii_word_mask64_is_byte_test() {
        let mut rng = crossclaim_core::testing::Xorshift(0xb175);
        for b in 0..=255u8 {
            for place in 0..64 {
                let mut block = [0u8; 64];
                for x in &mut block {
                    *x = rng.below(256) as u8;
                }
                block[place] = b;
                let want = block.iter().enumerate().fold(0u64, |m, (k, x)| {
                    m | u64::from(x.is_ascii_alphanumeric()) << k
                });
                assert_eq!(ascii_word_mask64(&block), want, "{block:?}");
            }
        }
    }

    /// The run end from the bitmap against the plain byte-by-byte loop, at every offset of
    /// invented texts (runs across and up to 64-byte boundaries, non-ASCII) and of real ones.
    #[test]
    fn ascii_word_run_end_is_byte_loop() {
        let long = "a".repeat(64);
        let longer = format!("{} {}", "b1".repeat(64), "c".repeat(200));
        let mut texts: Vec<String> = [
            "",
            "a",
            "plain ascii text, with punctuation: and 42 digits",
            "Pekín acusó a EE.UU. de «mentir»",
            "日本 and 中国",
            "UPPER lower MiXeD_under-score",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.push(long.clone());
        texts.push(format!("{long} "));
        texts.push(format!(" {long}é"));
        texts.push(longer);
        texts.extend(
            crossclaim_core::testing::corpus_texts()
                .into_iter()
                .take(50),
        );
        let mut f = Folded::default();
        for t in &texts {
            for folded in [false, true] {
                let b: Vec<u8> = if folded {
                    f.refill(t);
                    f.text.as_bytes().to_vec()
                } else {
                    t.as_bytes().to_vec()
                };
                let mut bits = Vec::new();
                fill_word_bits(&b, &mut bits);
                if folded {
                    assert_eq!(bits, f.word_bits);
                }
                for i in 0..=b.len() {
                    let plain = b[i..]
                        .iter()
                        .position(|x| !x.is_ascii_alphanumeric())
                        .map_or(b.len(), |p| i + p);
                    assert_eq!(ascii_word_run_end(&bits, i), plain, "{t:?} from {i}");
                }
            }
        }
    }

    #[test]
    fn ascii_run_end_is_position() {
        let texts = [
            "",
            "a",
            "plain ascii text that is longer than eight bytes",
            "é",
            "abcdefgé",
            "abcdefghé",
            "abcdefghijklmnoé and more",
            "Pekín acusó a EE.UU. de «mentir»",
            "日本 and 中国",
        ];
        for t in texts {
            let b = t.as_bytes();
            for i in 0..=b.len() {
                let plain = b[i..]
                    .iter()
                    .position(|x| !x.is_ascii())
                    .map_or(b.len(), |p| i + p);
                assert_eq!(ascii_run_end(b, i), plain, "{t:?} from {i}");
            }
        }
    }

    /// Every folded substring maps back to an original span whose folding is that substring.
    fn check_roundtrip(t: &str) {
        let f = Folded::new(t);
        assert_eq!(f.text, fold_str(t), "{t:?}");
        let cuts: Vec<usize> = (0..=f.text.len())
            .filter(|&i| f.text.is_char_boundary(i))
            .collect();
        for (a_ix, &a) in cuts.iter().enumerate() {
            for &b in &cuts[a_ix..] {
                let sp = f.original_span(a, b);
                assert!(
                    t.is_char_boundary(sp.start) && t.is_char_boundary(sp.end),
                    "{t:?}"
                );
                let back = fold_str(&t[sp.start..sp.end]);
                // A multi-char fold (`İ` → `i̇`) cut in its middle maps to the whole char.
                assert!(
                    back.contains(&f.text[a..b]),
                    "{t:?} [{a},{b}) {:?} -> {:?}",
                    &f.text[a..b],
                    &t[sp.start..sp.end]
                );
            }
        }
    }

    #[test]
    fn maps_back_to_exact_original_offsets() {
        let t = "La Unión Europea";
        let f = Folded::new(t);
        assert_eq!(f.text, "la union europea");
        let s = f.text.find("union").unwrap_or(0);
        let sp = f.original_span(s, s + "union".len());
        assert_eq!(&t[sp.start..sp.end], "Unión");
        assert_eq!(f.original(s), 3);
    }

    #[test]
    fn nfd_marks_fold_away_and_stay_inside_spans() {
        let t = "Unio\u{301}n Europea";
        let f = Folded::new(t);
        assert_eq!(f.text, "union europea");
        let b = f.original("union".len());
        assert_eq!(&t[..b], "Unio\u{301}n");
        // A span ending on the base letter keeps its accent.
        let sp = f.original_span(0, "unio".len());
        assert_eq!(&t[sp.start..sp.end], "Unio\u{301}");
        // NFD at the very end of the text.
        let t = "Peki\u{301}";
        let f = Folded::new(t);
        assert_eq!(f.original_span(0, 4).end, t.len());
    }

    #[test]
    fn other_latin_letters_fold_to_their_base() {
        for (a, b) in [
            ("Çavuşoğlu", "cavusoglu"),
            ("Yıldırım", "yildirim"),
            ("İstanbul", "istanbul"),
            ("Łódź", "lodz"),
            ("Dvořák", "dvorak"),
            ("Ceaușescu", "ceausescu"),
            ("Kōno", "kono"),
            ("Tromsø", "tromso"),
        ] {
            assert_eq!(fold_str(a), b);
        }
    }

    /// `original_end` as it was, with a second binary search for `original(end)`.
    fn original_end_plain(f: &Folded, end: usize) -> usize {
        if end == 0 {
            return 0;
        }
        let last = end - 1;
        let k = f.shifts.partition_point(|s| s.folded as usize <= last);
        match k.checked_sub(1).map(|k| f.shifts[k]) {
            Some(s) if last < (s.folded + s.folded_len) as usize => {
                (s.original + s.original_len) as usize
            }
            _ => f.original(end),
        }
    }

    /// The end offset without the second search against the plain one, at every folded offset
    /// of invented texts (marks after letters, empty records, multi-char folds) and the corpus.
    #[test]
    fn original_end_is_plain() {
        let mut texts: Vec<String> = [
            "",
            "Pekín acusó a EE.UU.",
            "Peki\u{301}n acuso\u{301}\u{301}",
            "\u{301}leading mark and a\u{301}\u{302}b",
            "İstanbul ßtraße",
            "日本 and 中国 ÁÉÍÓÚ ñ Ñ",
            "é\u{301}é\u{301}",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.extend(
            crossclaim_core::testing::corpus_texts()
                .into_iter()
                .take(50),
        );
        for t in &texts {
            let f = Folded::new(t);
            for end in 0..=f.text.len() + 1 {
                assert_eq!(
                    f.original_end(end),
                    original_end_plain(&f, end),
                    "{t:?} at {end}"
                );
            }
        }
    }

    #[test]
    fn roundtrip_table() {
        for t in [
            "",
            "plain ascii",
            "Pekín acusó a EE.UU.",
            "Peki\u{301}n acuso\u{301}",
            "China’s claims",
            "İstanbul ßtraße",
            "a\u{301}\u{302}b",
            "\u{301}leading mark",
            "日本 and 中国",
            "ÁÉÍÓÚ ñ Ñ",
        ] {
            check_roundtrip(t);
        }
    }
}
