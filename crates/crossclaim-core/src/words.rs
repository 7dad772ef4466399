//! Word characters, decided fast: the claim tokenizer and the concept word scanner read the same
//! words with these (a word is a run of letters, digits and the combining marks U+0300–U+036F).
//! Also the eight-bytes-at-a-time (SWAR) tests that the fast scans of several crates share.

/// `0x01` in every byte of a `u64`: `ONES * b` repeats byte `b` eight times.
pub const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a `u64`.
pub const HIGH: u64 = 0x8080_8080_8080_8080;

/// The first eight bytes of `chunk` (at least eight long) as a little-endian `u64`.
#[inline(always)]
pub fn load8(chunk: &[u8]) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&chunk[..8]);
    u64::from_le_bytes(x)
}

/// Non-zero exactly when some byte of `x` is below `n` (`n` ≤ 0x80): the borrow of the
/// subtraction starts only at such a byte and runs upwards, so a byte of `x` below `n` sets a
/// high bit, and with none there is no borrow at all. (Which bits are set above the first such
/// byte is not meaningful: callers ask only whether there is one.) `below(x, 1)`: a zero byte;
/// `below(x ^ (ONES * b), 1)`: a byte equal to `b`.
#[inline(always)]
pub fn below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(u64::from(n) * ONES) & !x & HIGH
}

/// For each byte of `x` below 0x80: its high bit is set when the byte is `lo` or more, and no
/// carry leaves it (a byte of 0x80 or more may carry into the byte above; mask with `!x & HIGH`).
#[inline(always)]
pub fn at_least(x: u64, lo: u8) -> u64 {
    x.wrapping_add(u64::from(0x80 - lo) * ONES)
}

/// Does the non-ASCII char `c` go on with a word: a letter or digit (`char::is_alphanumeric`),
/// or a combining mark (U+0300–U+036F)? The Latin letters of Spanish and other European text
/// and the quotes and dashes of General Punctuation are decided without the Unicode tables
/// (which `is_alphanumeric` reads for every non-ASCII char); the test
/// `word_chars_match_is_alphanumeric` compares the two on every char up to U+FFFF.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match u32::from(c) {
        // Latin-1 Supplement: ª ² ³ µ ¹ º ¼ ½ ¾, then letters but for × and ÷.
        0x80..=0xBF => matches!(
            u32::from(c),
            0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE
        ),
        0xC0..=0xFF => c != '×' && c != '÷',
        // Latin Extended-A and -B: letters only.
        0x100..=0x24F => true,
        0x300..=0x36F => true,
        // General Punctuation: no letter or digit.
        0x2000..=0x206F => false,
        _ => c.is_alphanumeric(),
    }
}

/// The end of the run of ASCII letters and digits in `b` from byte `i`: the first byte at or
/// after `i` that is none (or `b.len()`).
///
/// Eight bytes at a time, as a `u64` (most words fit in one): for a byte below 0x80, adding
/// `0x80 - lo` sets its high bit when it is `lo` or more, and no carry leaves the byte; a byte
/// of 0x80 or more is no letter or digit, and may carry into the next byte up, which is past
/// the end of the run anyway (test `alnum_runs_match_the_byte_loop`).
#[inline]
pub fn ascii_alnum_end(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let x = load8(chunk);
        let folded = x | (0x20 * ONES);
        let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
        let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
        let alnum = (letter | digit) & !x & HIGH;
        if alnum != HIGH {
            return i + ((!alnum & HIGH).trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i
}

/// A set of numbers below a fixed bound, one bit each: the tables of the pre-checks that tell
/// most words "none of the set" before any look-up (keys, hashes or byte pairs of the set's
/// members; a clear bit answers no, a set bit is a perhaps when the numbers are hashes). A
/// number at or past the bound is in no set. The empty `Bits::default()` holds nothing and
/// takes nothing.
#[derive(Clone, Debug, Default)]
pub struct Bits(Box<[u64]>);

impl Bits {
    /// The empty set of the numbers below `bound` (rounded up to a multiple of 64).
    pub fn new(bound: usize) -> Self {
        Bits(vec![0; bound.div_ceil(64)].into_boxed_slice())
    }

    /// The set of all the numbers below `bound` (rounded up to a multiple of 64).
    pub fn full(bound: usize) -> Self {
        Bits(vec![u64::MAX; bound.div_ceil(64)].into_boxed_slice())
    }

    /// Adds `i`, which must be below the bound.
    pub fn insert(&mut self, i: usize) {
        self.0[i >> 6] |= 1 << (i & 63);
    }

    #[inline(always)]
    pub fn contains(&self, i: usize) -> bool {
        self.0.get(i >> 6).is_some_and(|&w| w >> (i & 63) & 1 != 0)
    }
}

/// The first byte at or after `i` that a JSON string cannot hold as it is: a quote, a backslash
/// or a control character below 0x20 (or `b.len()` when there is none). The JSON reader ends a
/// plain run of string bytes there and the record writer escapes there. Thirty-two bytes that
/// hold none are passed over at once, then eight at a time: [`json_specials`] is non-zero
/// exactly when a word holds one, and its lowest set bit is in the first such byte. Under
/// eight bytes at the end, one at a time (test `json_plain_end_agrees_with_the_byte_loop`).
#[inline]
pub fn json_plain_end(b: &[u8], mut i: usize) -> usize {
    while let Some(w) = b.get(i..i + 32) {
        let any = json_specials(load8(w))
            | json_specials(load8(&w[8..]))
            | json_specials(load8(&w[16..]))
            | json_specials(load8(&w[24..]));
        if any != 0 {
            break;
        }
        i += 32;
    }
    while let Some(w) = b.get(i..i + 8) {
        let s = json_specials(load8(w));
        if s != 0 {
            return i + (s.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !matches!(b[i], b'"' | b'\\' | 0..=0x1f) {
        i += 1;
    }
    i
}

/// Non-zero exactly when a byte of `x` is below 0x20, `"` or `\\` (the bytes a JSON string
/// cannot hold as they are), with its lowest set bit in the first such byte (a false bit can
/// only come from a borrow out of a lower byte that is one). Two tests of [`below`] written
/// out: a byte xor'ed with 0x02 is below 0x21 exactly when it is below 0x20 (xor 0x02 keeps
/// such a byte below 0x20) or `"` (0x22 becomes 0x20), and a byte xor'ed with `\\` is zero
/// where it was `\\`; the mask `!x & HIGH` is taken from `x` (xor with 0x02 or 0x5C leaves
/// the high bits as they are).
#[inline(always)]
pub fn json_specials(x: u64) -> u64 {
    (x ^ (ONES * 0x02)).wrapping_sub(ONES * 0x21) & !x & HIGH
        | (x ^ (ONES * 0x5C)).wrapping_sub(ONES) & !x & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_match_is_alphanumeric() {
        for c in ('\u{80}'..='\u{ffff}').chain(['\u{10000}', '\u{1f600}', '\u{10ffff}']) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    /// Runs of ASCII letters and digits eight bytes at a time against the byte-by-byte loop,
    /// for every byte at every place of a chunk after a run of every length.
    #[test]
    fn alnum_runs_match_the_byte_loop() {
        for stop in 0..=255u8 {
            for run in 0..20usize {
                let mut b: Vec<u8> = (0..run).map(|k| b"aZ09mzAq"[k % 8]).collect();
                b.extend([stop, b'A', 0xff, b'b', b'c', b'D', b'e', b'f', b'g']);
                for from in 0..b.len() {
                    let plain = from
                        + b[from..]
                            .iter()
                            .take_while(|x| x.is_ascii_alphanumeric())
                            .count();
                    assert_eq!(ascii_alnum_end(&b, from), plain, "{b:?} {from}");
                }
            }
        }
    }

    /// [`json_plain_end`] against the byte loop: every byte value at every place of runs of
    /// every length up to 80 (in a block of 32, of 8 and in the tail), from every start.
    #[test]
    fn json_plain_end_agrees_with_the_byte_loop() {
        let plain = |b: &[u8], i: usize| {
            b[i..]
                .iter()
                .position(|c| matches!(c, b'"' | b'\\' | 0..=0x1f))
                .map_or(b.len(), |k| i + k)
        };
        for len in 0..80 {
            for at in 0..len {
                for c in 0u8..=255 {
                    let mut b = vec![b'a'; len];
                    b[at] = c;
                    if at > 0 {
                        b[at - 1] = 0xC3;
                    }
                    for from in [0, 1, at.saturating_sub(3), at] {
                        let from = from.min(len);
                        assert_eq!(
                            json_plain_end(&b, from),
                            plain(&b, from),
                            "{b:?} from {from}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn bits_hold_what_was_inserted() {
        let mut b = Bits::new(100);
        for i in [0, 5, 63, 64, 99, 127] {
            b.insert(i);
        }
        for i in 0..200 {
            assert_eq!(b.contains(i), [0, 5, 63, 64, 99, 127].contains(&i), "{i}");
        }
        let full = Bits::full(100);
        assert!((0..128).all(|i| full.contains(i)) && !full.contains(128));
        assert!(!Bits::default().contains(0));
    }
}
