//! Quantities and dates, read the same way in English and Spanish.
//!
//! `30,000` (English), `30.000` (Spanish) and `treinta mil` are all 30 000; `US$40 billion` and
//! `40.000 millones $` are both 4·10¹⁰; `tens of thousands` and `decenas de miles` are the
//! magnitude 10⁴; `March 01, 2008` and `1 de marzo de 2008` are the date 2008-03-01. Number
//! words, multipliers, magnitudes and months come from `lexicons/numbers/{en,es}.txt`. Digits
//! follow the document language's convention for separators (`,` groups thousands in English,
//! `.` in Spanish) unless the digits after a separator show it is a decimal one.
//!
//! ```
//! use crossclaim_core::Lang;
//! use crossclaim_quantity::{NumberLexicon, QuantityKind};
//!
//! let lex = NumberLexicon::from_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons/numbers"))).unwrap();
//! let q = lex.find("más de 30.000 equipos y decenas de miles de servidores", Lang::Es);
//! assert_eq!(q[0].value, 30000.0);
//! assert_eq!(q[1].kind, QuantityKind::Magnitude);
//! assert!(q[1].agrees(&q[0]));
//! ```

use std::path::Path;

use crossclaim_core::words::Bits;
use crossclaim_core::{fold, fold_onto, Lang, LexiconError, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuantityKind {
    Number,
    /// An order of magnitude only (`tens of thousands`): `value` is its lower bound.
    Magnitude,
    /// A four-digit year standing alone.
    Year,
    /// A full date; `value` is `YYYYMMDD`.
    Date,
}

impl QuantityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Number => "number",
            QuantityKind::Magnitude => "magnitude",
            QuantityKind::Year => "year",
            QuantityKind::Date => "date",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    pub span: Span,
    pub value: f64,
    pub kind: QuantityKind,
}

impl Quantity {
    /// Do two quantities state the same amount? Equal numbers (within 1%), the same year or
    /// date, or a number inside a magnitude (`30,000` is in `tens of thousands`).
    pub fn agrees(&self, other: &Quantity) -> bool {
        use QuantityKind::*;
        let close = |a: f64, b: f64| (a - b).abs() <= 0.01 * a.abs().max(b.abs());
        match (self.kind, other.kind) {
            (Magnitude, Number) => self.value <= other.value && other.value < 10.0 * self.value,
            (Number, Magnitude) => other.agrees(self),
            (a, b) if a == b => close(self.value, other.value),
            _ => false,
        }
    }

    /// A short key for indexing: `n:30000`, `m:10000`, `y:2008`, `d:20080301`; numbers are
    /// rounded to three significant digits.
    pub fn key(&self) -> String {
        match self.kind {
            QuantityKind::Number => format!("n:{}", round3(self.value)),
            QuantityKind::Magnitude => format!("m:{}", self.value),
            QuantityKind::Year => format!("y:{}", self.value),
            QuantityKind::Date => format!("d:{}", self.value),
        }
    }
}

fn round3(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return 0.0;
    }
    let mag = 10f64.powi(v.abs().log10().floor() as i32 - 2);
    (v / mag).round() * mag
}

/// A word table, looked up once for every word of every document: hashed with rustc's FxHash
/// (SipHash costs more than the rest of a look-up; the keys come from the lexicon files).
type Map<V> = rustc_hash::FxHashMap<String, V>;

#[derive(Clone, Debug, Default)]
struct LangNumbers {
    units: Map<f64>,
    multipliers: Map<f64>,
    /// Folded words of each magnitude phrase, and its value.
    magnitudes: Vec<(Vec<String>, f64)>,
    /// The first bytes of the magnitudes' first words, a bit each (all of them when a
    /// magnitude has no word): a token that starts with another byte starts no magnitude.
    magnitude_firsts: Bits,
    months: Map<u32>,
    /// Every word that can start a quantity or a date (units, multipliers, months, first words
    /// of magnitudes): any other word is passed over with one look-up.
    starts: rustc_hash::FxHashSet<String>,
    /// The words of `starts` that start a quantity whatever follows them: units of 2 or more
    /// (`two`, `dos`), multipliers of more than two letters (`thousand`, `mil`) and magnitudes
    /// of one word. Any other (`un`, `one`, `may`, `tens`) starts one only when the token
    /// after it is a digit run, a word of `starts` or a magnitude's second word (see
    /// [`LangNumbers::starts_here`]).
    alone: rustc_hash::FxHashSet<String>,
    /// The second words of the magnitudes (`of`, `de`, `thousands`, `miles`).
    seconds: rustc_hash::FxHashSet<String>,
    /// How many tokens in a row that cannot start a quantity end a segment (see
    /// [`LangNumbers::segment`]; 2 for the shipped lexicons).
    tail: usize,
    /// A filter in front of `starts` (see [`StartFilter`]).
    start_filter: StartFilter,
    /// The same filter in front of `starts` and `seconds` together: what
    /// [`LangNumbers::starts_here`] looks for after a word.
    next_filter: StartFilter,
    /// `,` groups thousands (English) or is the decimal separator (Spanish).
    comma_groups: bool,
}

impl LangNumbers {
    fn parse(text: &str, origin: &str, comma_groups: bool) -> Result<Self, LexiconError> {
        let mut n = LangNumbers {
            comma_groups,
            ..Default::default()
        };
        let mut section = String::new();
        for (i, raw) in text.lines().enumerate() {
            let line = if raw.trim_start().starts_with('#') {
                ""
            } else {
                raw.trim()
            };
            if line.is_empty() {
                continue;
            }
            if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = s.to_owned();
                continue;
            }
            let err = |m: String| LexiconError::new(origin, i + 1, m);
            let (words, value) = line
                .rsplit_once('\t')
                .ok_or_else(|| err("expected WORDS<TAB>VALUE".into()))?;
            let value: f64 = value
                .trim()
                .parse()
                .map_err(|_| err(format!("'{}' is not a number", value.trim())))?;
            let key = fold(words.trim());
            match section.as_str() {
                "units" => drop(n.units.insert(key, value)),
                "multipliers" => drop(n.multipliers.insert(key, value)),
                "magnitudes" => n
                    .magnitudes
                    .push((key.split_whitespace().map(str::to_owned).collect(), value)),
                "months" => drop(
                    n.months
                        .insert(key.trim_end_matches('.').to_owned(), value as u32),
                ),
                "" => return Err(err("entry before any [section]".into())),
                other => return Err(err(format!("unknown section [{other}]"))),
            }
        }
        // Longest magnitude phrases first.
        n.magnitudes.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
        n.magnitude_firsts = Bits::new(256);
        for m in &n.magnitudes {
            match m.0.first().and_then(|w| w.bytes().next()) {
                Some(b) => n.magnitude_firsts.insert(usize::from(b)),
                None => n.magnitude_firsts = Bits::full(256),
            }
        }
        n.starts = (n.units.keys())
            .chain(n.multipliers.keys())
            .chain(n.months.keys())
            .chain(n.magnitudes.iter().filter_map(|m| m.0.first()))
            .cloned()
            .collect();
        n.start_filter = StartFilter::new(n.starts.iter().map(String::as_str));
        // As `number` reads them: a unit below 2 needs a multiplier or a unit after it, a
        // multiplier of one or two letters (`m`, `bn`) starts nothing alone; a month needs a
        // digit run after it (`March 01, 2008`), a magnitude its next word.
        n.alone = (n.units.iter())
            .filter(|(_, &u)| u >= 2.0 || u.is_nan())
            .map(|(w, _)| w)
            .chain(n.multipliers.keys().filter(|w| w.len() > 2))
            .chain(
                n.magnitudes
                    .iter()
                    .filter(|m| m.0.len() == 1)
                    .map(|m| &m.0[0]),
            )
            .cloned()
            .collect();
        n.seconds = (n.magnitudes.iter())
            .filter_map(|m| m.0.get(1))
            .cloned()
            .collect();
        n.next_filter = StartFilter::new(n.starts.iter().chain(&n.seconds).map(String::as_str));
        if let Some(m) = n
            .magnitudes
            .iter()
            .find(|m| m.0.len() > MAX_MAGNITUDE_WORDS)
        {
            return Err(LexiconError::new(
                origin,
                0,
                format!(
                    "magnitude '{}' has more than {MAX_MAGNITUDE_WORDS} words",
                    m.0.join(" "),
                ),
            ));
        }
        // The tail of a segment (see `segment`): a rule reads on past the last start of a
        // segment only over tokens that start nothing and that it needs to match, `de` between
        // the day, the month and the year of `1 de marzo de 2008` (one at a time) and the
        // words of a magnitude that start nothing (`of` in `tens of thousands`). A tail one
        // longer than the longest such run of tokens holds all of them, and the start or
        // word after it: whatever a token of the segment starts is decided inside it.
        let longest_run = (n.magnitudes.iter())
            .flat_map(|m| {
                (m.0.get(1..).unwrap_or_default())
                    .split(|w| n.starts.contains(w))
                    .map(<[String]>::len)
            })
            .chain([1])
            .max()
            .unwrap_or(1);
        n.tail = longest_run + 1;
        Ok(n)
    }
}

/// The (length, first byte, second byte) triples of the words that can start a quantity, as
/// one bit each: a word whose triple has no bit is in no table, known without hashing it. Most
/// words of a sentence are turned away here (`starts` holds a few dozen words).
#[derive(Clone, Debug, Default)]
struct StartFilter {
    /// By byte length (the last entry for every longer word) and first byte (`a`–`z`, then one
    /// entry for any other): a bit per second byte (`a`–`z`, bit 26 for any other, bit 27 for
    /// a word of one byte).
    by_len: [[u32; 27]; 32],
    /// By first byte (as in `by_len`) and second byte (`a`–`z`, any other, none: 28 entries),
    /// a bit per third byte (as `by_len` has per second byte), for words of any length: most
    /// words that `by_len` lets through stop here (`not`, `their`, `first`, `entre`).
    third: Vec<u32>,
    /// For a word of ASCII letters in the text, one bit per its first two bytes as they stand
    /// (first byte the low one: an ASCII letter in either case, then any byte): may it start a
    /// quantity (`by_len` of any length)? Always when the second byte is not ASCII (see
    /// [`LangNumbers::may_start_at`]); a second byte that is no letter ends the word, as the
    /// end of the text does. [`LangNumbers::skip`] tests a word start in its chunk of eight
    /// bytes with it, without reading the text again.
    pair_bits: PairBits,
}

/// 65 536 bits, one per `u16`. Not a [`Bits`]: `skip` asks it at every word start, and a
/// `u16` into an array of exactly 1,024 words needs no bounds check (as `Bits` it cost 16 M
/// instructions more on the news input).
#[derive(Clone, Debug)]
struct PairBits(Box<[u64; 1024]>);

impl Default for PairBits {
    fn default() -> Self {
        PairBits(Box::new([0; 1024]))
    }
}

impl PairBits {
    fn set(&mut self, two: u16) {
        self.0[usize::from(two >> 6)] |= 1 << (two & 63);
    }

    /// Is the bit of the low two bytes of `x` set?
    #[inline(always)]
    fn has(&self, x: u64) -> bool {
        let two = x as u16;
        self.0[usize::from(two >> 6)] >> (two & 63) & 1 != 0
    }
}

impl StartFilter {
    fn new<'a>(words: impl Iterator<Item = &'a str>) -> Self {
        let mut f = StartFilter {
            third: vec![0; 27 * 28],
            ..StartFilter::default()
        };
        let mut any_len = [0u32; 26];
        for w in words {
            let b = w.as_bytes();
            if let Some(&first) = b.first() {
                let second = Self::second(b.get(1).copied());
                f.by_len[b.len().min(31)][Self::first(first)] |= second;
                f.third[Self::pair(first, b.get(1).copied())] |= Self::second(b.get(2).copied());
                if first.is_ascii_lowercase() {
                    any_len[usize::from(first - b'a')] |= second;
                }
            }
        }
        for first in (b'a'..=b'z').chain(b'A'..=b'Z') {
            let bits = any_len[usize::from((first | 0x20) - b'a')];
            for second in 0..=u8::MAX {
                let may = match second {
                    0x80.. => true,
                    // As folded: an ASCII letter in lower case, and any other byte ends the word.
                    y if y.is_ascii_alphabetic() => {
                        bits & Self::second(Some(y.to_ascii_lowercase())) != 0
                    }
                    _ => bits & Self::second(None) != 0,
                };
                if may {
                    f.pair_bits.set(u16::from_le_bytes([first, second]));
                }
            }
        }
        f
    }

    fn first(b: u8) -> usize {
        if b.is_ascii_lowercase() {
            usize::from(b - b'a')
        } else {
            26
        }
    }

    fn second(b: Option<u8>) -> u32 {
        match b {
            Some(b) if b.is_ascii_lowercase() => 1 << (b - b'a'),
            Some(_) => 1 << 26,
            None => 1 << 27,
        }
    }

    /// The entry of `third` for a word's first two bytes.
    fn pair(first: u8, second: Option<u8>) -> usize {
        Self::first(first) * 28 + Self::second(second).trailing_zeros() as usize
    }

    /// False when no word of `len` bytes starting with the (folded) bytes `first`, `second`
    /// can start a quantity, or no word of any length starting with `first`, `second`, `third`.
    fn may_hold(&self, len: usize, first: u8, second: Option<u8>, third: Option<u8>) -> bool {
        self.by_len[len.min(31)][Self::first(first)] & Self::second(second) != 0
            && (self.third.get(Self::pair(first, second)))
                .is_some_and(|&t| t & Self::second(third) != 0)
    }

    /// The same for a folded word.
    fn may_hold_word(&self, w: &[u8]) -> bool {
        w.first().is_some_and(|&first| {
            self.may_hold(w.len(), first, w.get(1).copied(), w.get(2).copied())
        })
    }

    /// The same for an ASCII word, folded on the fly.
    fn may_hold_ascii(&self, w: &[u8]) -> bool {
        w.first().is_some_and(|&first| {
            self.may_hold(
                w.len(),
                first.to_ascii_lowercase(),
                w.get(1).map(u8::to_ascii_lowercase),
                w.get(2).map(u8::to_ascii_lowercase),
            )
        })
    }
}

impl LangNumbers {
    /// Can the folded word `w` start a quantity or a date?
    fn starts_with_word(&self, w: &str) -> bool {
        self.start_filter.may_hold_word(w.as_bytes()) && self.starts.contains(w)
    }

    /// Where the first token at or after byte `from` (a token boundary) that can start a
    /// quantity or a date is (a digit run, or a word of `starts`), found without folding into
    /// a buffer the words a filter turns away; none for most sentences. No rule looks behind
    /// its first token, so the tokens before it can never be part of a quantity.
    fn first_start(
        &self,
        text: &str,
        from: usize,
        folded: &mut String,
        next: &mut String,
    ) -> Option<usize> {
        self.first_start_skipping(text, from, folded, next, true)
    }

    /// [`first_start`](Self::first_start), with or without [`skip`](Self::skip) (a test
    /// compares the two).
    #[inline]
    fn first_start_skipping(
        &self,
        text: &str,
        from: usize,
        folded: &mut String,
        next: &mut String,
        skipping: bool,
    ) -> Option<usize> {
        let b = text.as_bytes();
        let mut i = from;
        while i < b.len() {
            if skipping {
                i = self.skip(text, i);
            }
            let Some(&c) = b.get(i) else {
                break;
            };
            if c.is_ascii_digit() {
                return Some(i); // a digit run starts here
            }
            if c.is_ascii_alphabetic() {
                // The common case, read here byte by byte: a word of ASCII letters only.
                let j = ascii_letters_end(b, i + 1);
                if b.get(j).is_none_or(u8::is_ascii) {
                    // `ascii_word_starts` asks the filter first: most words stop at it.
                    if self.ascii_word_starts(&text[i..j], folded)
                        && self.starts_here(
                            folded_ascii(&text[i..j], folded.as_str()),
                            text,
                            j,
                            next,
                        )
                    {
                        return Some(i);
                    }
                    i = j;
                    continue;
                }
                // A non-ASCII char may go on with the word: the tokenizer reads it below.
            } else if c.is_ascii() {
                i += 1; // white space and punctuation
                continue;
            }
            let (span, numeric) = next_token(text, i)?;
            if numeric {
                return Some(span.start);
            }
            let word = &text[span.start..span.end];
            let found = if word.is_ascii() {
                self.ascii_word_starts(word, folded)
                    && self.starts_here(folded_ascii(word, folded.as_str()), text, span.end, next)
            } else {
                folded.clear();
                fold_onto(word, folded);
                self.starts_with_word(folded) && self.starts_here(folded, text, span.end, next)
            };
            if found {
                return Some(span.start);
            }
            i = span.end;
        }
        None
    }

    /// The first place at or after byte `i` (a token boundary) that
    /// [`first_start`](Self::first_start) has to look at: a digit, the start of a word whose
    /// first two bytes, and then third, some word of `starts` begins with (see
    /// [`may_start_at`](Self::may_start_at)), or of a word with a non-ASCII char (whose folded
    /// form this does not know), or of the word the last bytes of the text (fewer than eight)
    /// are in. Every word passed over is one of ASCII letters that the filter turns away
    /// whatever its length, as `first_start` would have.
    ///
    /// Eight bytes at a time, as a `u64`: for a byte below 0x80, adding `0x80 - lo` sets its
    /// high bit when it is `lo` or more, and no carry leaves the byte; a byte of 0x80 or more
    /// may carry into the next byte up, but nothing at or after the first such byte is read
    /// from the sums. Checked against `first_start` without it in the test
    /// `skipping_changes_no_start`.
    #[inline]
    fn skip(&self, text: &str, mut i: usize) -> usize {
        let b = text.as_bytes();
        let mut from = i;
        use crossclaim_core::words::{at_least, load8, HIGH, ONES};
        // Is the byte before the chunk a letter (of a word that started before it)?
        let mut letter_before = 0u64;
        while let Some(chunk) = b.get(i..i + 8) {
            let x = load8(chunk);
            let folded = x | (0x20 * ONES);
            let letters = at_least(folded, b'a') & !at_least(folded, b'z' + 1) & !x & HIGH;
            let digits = at_least(x, b'0') & !at_least(x, b'9' + 1) & !x & HIGH;
            let stops = (x & HIGH) | digits;
            // The bytes before the first stop (all of them when there is none).
            let before = if stops == 0 {
                u64::MAX
            } else {
                (1u64 << stops.trailing_zeros()) - 1
            };
            let mut starts = letters & !(letters << 8 | letter_before) & before;
            while starts != 0 {
                // The high bit of the word's first byte: byte `bit / 8` of the chunk.
                let bit = starts.trailing_zeros();
                starts &= starts - 1;
                // When its second byte is in the chunk too (not for the last byte), the first
                // test of `may_start_at` (`pairs`) is read from `x` (`pair_bits`, the same
                // table): most words stop at it.
                if bit < 56 && !self.start_filter.pair_bits.has(x >> (bit - 7)) {
                    continue;
                }
                let s = i + (bit / 8) as usize;
                if self.may_start_at(b, s) {
                    return s;
                }
            }
            if stops != 0 {
                let q = i + (stops.trailing_zeros() / 8) as usize;
                if b[q] < 0x80 {
                    return q; // a digit
                }
                // A non-ASCII char, in a word that starts at `s` (or at `q`).
                let s = word_start(b, from, q);
                if s + 2 <= q {
                    // Its first two bytes are ASCII letters, which fold to their lower case
                    // (a third is read only when it is one too): when no word of `starts`
                    // begins with them, the whole word is passed
                    // over, as far as `next_token` reads it.
                    if self.may_start_at(b, s) {
                        return s;
                    }
                    match next_token(text, s) {
                        Some((span, false)) if span.start == s => i = span.end,
                        _ => return s,
                    }
                } else if s == q {
                    // A char that starts no word (no letter: `’`, `—`) is passed over.
                    match text[q..].chars().next() {
                        Some(c) if !is_letter(c) => i = q + c.len_utf8(),
                        _ => return s,
                    }
                } else {
                    return s;
                }
                // A token boundary: no word before it goes on past it.
                from = i;
                letter_before = 0;
                continue;
            }
            letter_before = (letters >> 56) & 0x80;
            i += 8;
        }
        // The last bytes: from the start of the word they begin in, if any.
        word_start(b, from, i)
    }

    /// Can the word of ASCII letters at `s` start a quantity, as far as its first three bytes
    /// tell (any length)? Always when its second or third byte is not ASCII.
    #[inline]
    fn may_start_at(&self, b: &[u8], s: usize) -> bool {
        // The end of the text ends the word as a space does.
        let second = b.get(s + 1).copied().unwrap_or(b' ');
        if !(self.start_filter.pair_bits).has(u64::from(u16::from_le_bytes([b[s], second]))) {
            return false;
        }
        // Two ASCII letters: the third byte too, as `StartFilter::third` has it (a letter in
        // lower case, any other ASCII byte ends the word), unless it is not ASCII (whose
        // folded form this does not know).
        let Some(&y) = b.get(s + 1).filter(|y| y.is_ascii_alphabetic()) else {
            return true;
        };
        let third = match b.get(s + 2) {
            Some(&z) if z >= 0x80 => return true,
            Some(&z) if z.is_ascii_alphabetic() => Some(z | 0x20),
            _ => None,
        };
        let pair = StartFilter::pair(b[s] | 0x20, Some(y | 0x20));
        (self.start_filter.third.get(pair)).is_some_and(|&t| t & StartFilter::second(third) != 0)
    }

    /// Can the word of `starts` `w` (folded), which ends at byte `end`, start a quantity or a
    /// date here? Always for the words of `alone`. Any other starts one only when the token
    /// after it is a digit run, a word of `starts` or the second word of a magnitude: a unit
    /// below 2 goes on only over a multiplier or a unit (`un millón`; `un ataque` is nothing),
    /// a short multiplier starts no number, a month starts a date only before a digit run
    /// (`May 1, 2008`; not `may be`), a magnitude's first word only before its second. When it
    /// starts nothing, `first_start` passes over it: no rule looks behind its first token.
    #[inline]
    fn starts_here(&self, w: &str, text: &str, end: usize, next: &mut String) -> bool {
        if self.alone.contains(w) {
            return true;
        }
        let Some((span, numeric)) = next_token(text, end) else {
            return false;
        };
        if numeric {
            return true;
        }
        // An ASCII word (folded: in lower case) that the filter of `starts` and `seconds` turns
        // away is in neither (`un ataque`, `may be`), known without folding or hashing it.
        let word = &text[span.start..span.end];
        if word.is_ascii() && !self.next_filter.may_hold_ascii(word.as_bytes()) {
            return false;
        }
        next.clear();
        fold_onto(word, next);
        self.starts_with_word(next) || self.seconds.contains(next.as_str())
    }

    /// Can the ASCII word `word` start a quantity or a date? ASCII folds to its lower case,
    /// byte for byte: the filter is asked before any folding.
    fn ascii_word_starts(&self, word: &str, folded: &mut String) -> bool {
        self.start_filter.may_hold_ascii(word.as_bytes())
            && if word.bytes().all(|x| x.is_ascii_lowercase()) {
                self.starts.contains(word)
            } else {
                folded.clear();
                folded.extend(word.chars().map(|c| c.to_ascii_lowercase()));
                self.starts.contains(folded.as_str())
            }
    }

    /// The tokens of `text` from byte `from` (which starts a token) up to and including the
    /// first `tail` tokens in a row that cannot start a quantity (or the end of the
    /// text), with where each word's folded form is (all lower-case ASCII words are their own
    /// folded form, the others are folded into `side`) and whether the token can start one.
    ///
    /// A rule matches tokens past the last start of a segment only over runs of tokens that
    /// start nothing shorter than `tail` (`de` in dates, the words of magnitudes that start
    /// nothing, see `parse`), and a number goes on only over number words (which all start
    /// one): whatever a token of the segment starts is decided inside it.
    ///
    /// The tokens are pushed onto `out`, the folded forms onto `side` (both may hold earlier
    /// segments).
    fn segment(
        &self,
        text: &str,
        from: usize,
        side: &mut String,
        out: &mut Vec<(Span, Folding, bool)>,
    ) {
        let mut i = from;
        let mut idle = 0;
        while let Some((span, numeric)) = next_token(text, i) {
            let word = &text[span.start..span.end];
            let (folding, starts) = if numeric {
                (None, true)
            } else if word.bytes().all(|x| x.is_ascii_lowercase()) {
                (None, self.starts_with_word(word))
            } else {
                let at = side.len();
                fold_onto(word, side);
                (Some((at, side.len())), self.starts_with_word(&side[at..]))
            };
            out.push((span, folding, numeric));
            idle = if starts { 0 } else { idle + 1 };
            if idle >= self.tail && !starts {
                break;
            }
            i = span.end;
        }
    }
}

/// The folded form of an ASCII word that [`LangNumbers::ascii_word_starts`] found: the word
/// itself when it is all lower case, else what it folded into `folded`.
fn folded_ascii<'a>(word: &'a str, folded: &'a str) -> &'a str {
    if word.bytes().all(|x| x.is_ascii_lowercase()) {
        word
    } else {
        folded
    }
}

/// Where the run of ASCII letters that ends at byte `i` of `b` starts, not before `from`: the
/// start of the word `i` is in, when all of the word before `i` is ASCII letters.
fn word_start(b: &[u8], from: usize, mut i: usize) -> usize {
    while i > from && b[i - 1].is_ascii_alphabetic() {
        i -= 1;
    }
    i
}

/// The room for tokens that [`NumberLexicon::find`] makes at a sentence's first segment.
const FOUND_CAPACITY: usize = 16;

/// The most words a magnitude phrase may have.
const MAX_MAGNITUDE_WORDS: usize = 5;

/// Number knowledge of both languages; build once, share across threads.
#[derive(Clone, Debug, Default)]
pub struct NumberLexicon {
    en: LangNumbers,
    es: LangNumbers,
}

#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    span: Span,
    /// Digits as written, or the folded word (in the text itself when folding changes nothing,
    /// as for most words of news, else in the document's side buffer).
    folded: &'a str,
    numeric: bool,
}

/// Where a token's folded form is: the text's bytes at its span, or this range of the side
/// buffer.
type Folding = Option<(usize, usize)>;

/// `char::is_alphabetic`, with the Latin letters of Spanish and other European text and the
/// quotes and dashes of General Punctuation decided without the Unicode tables (which
/// `is_alphabetic` reads for every non-ASCII char); the test `letters_match_is_alphabetic`
/// compares the two on every char up to U+FFFF.
fn is_letter(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphabetic(),
        // Latin-1 Supplement: ª µ º, then letters but for × and ÷.
        0x80..=0xBF => matches!(u32::from(c), 0xAA | 0xB5 | 0xBA),
        0xC0..=0xFF => c != '×' && c != '÷',
        // Latin Extended-A and -B: letters only.
        0x100..=0x24F => true,
        // General Punctuation: no letter.
        0x2000..=0x206F => false,
        _ => c.is_alphabetic(),
    }
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The next token at or after byte `i` of `text`: its span, and whether it is a digit run
/// (with inner separators: `30,000.5`; `40bn` is `40`, then the word `bn`) rather than a word
/// (letters with combining marks). Digits and separators are ASCII, so a digit run is found
/// byte by byte; white space and punctuation (ASCII) are passed over without decoding a char.
///
/// Tokens do not depend on what came before them: tokenizing from the start of any token gives
/// the same tokens as tokenizing the whole text from there on.
fn next_token(text: &str, mut i: usize) -> Option<(Span, bool)> {
    let b = text.as_bytes();
    while i < b.len() {
        if b[i].is_ascii_digit() {
            // Digits with inner separators (`30,000.5`), then attached letters (`40bn`).
            let mut j = i + 1;
            while j < b.len()
                && (b[j].is_ascii_digit()
                    || (matches!(b[j], b',' | b'.')
                        && b.get(j + 1).is_some_and(u8::is_ascii_digit)))
            {
                j += 1;
            }
            return Some((Span::new(i, j), true));
        }
        if b[i] < 0x80 && !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next()?;
        if !is_letter(c) {
            i += c.len_utf8();
            continue;
        }
        let mut j = i + c.len_utf8();
        while j < b.len() {
            if b[j] < 0x80 {
                if b[j].is_ascii_alphabetic() {
                    j += 1;
                    continue;
                }
                break;
            }
            match text[j..].chars().next() {
                Some(d) if is_letter(d) || is_mark(d) => j += d.len_utf8(),
                _ => break,
            }
        }
        return Some((Span::new(i, j), false));
    }
    None
}

/// The end of the run of ASCII letters in `b` from byte `i`: the first byte at or after `i` that
/// is no ASCII letter (or `b.len()`). Reads eight bytes at a time (most words of news are four
/// to ten letters long), then byte by byte.
fn ascii_letters_end(b: &[u8], mut i: usize) -> usize {
    use crossclaim_core::words::{at_least, load8, HIGH, ONES};
    while let Some(chunk) = b.get(i..i + 8) {
        let x = load8(chunk);
        // For bytes below 0x80 (no carry crosses a byte): `| 0x20` turns A–Z into a–z (and
        // no other byte into a letter), `at_least(_, b'a')` sets the high bit from `a` up, and
        // `at_least(_, b'{')` from just past `z` up.
        let lower = x | (0x20 * ONES);
        let from_a = at_least(lower, b'a');
        let past_z = at_least(lower, b'{');
        let letters = from_a & !past_z & !x & HIGH;
        if letters != HIGH {
            return i + ((!letters & HIGH).trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// The value of a digit token under a language's separator convention.
fn digits_value(s: &str, comma_groups: bool) -> Option<f64> {
    let (group, decimal) = if comma_groups { (',', '.') } else { ('.', ',') };
    // Most digit tokens (years, small numbers) have no separator: they are read as they are.
    let Some(first_sep) = s.find([',', '.']) else {
        return s.parse().ok();
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first_sep]);
    let mut at = first_sep;
    // `at` is a separator; the part after it runs to the next separator or the end.
    while let Some(sep) = s[at..].chars().next() {
        let part_start = at + sep.len_utf8();
        let part_end = s[part_start..]
            .find([',', '.'])
            .map_or(s.len(), |k| part_start + k);
        // A separator followed by other than three digits is a decimal one, whatever the
        // convention (`3,5` in English text, `3.25` in Spanish text).
        if sep == decimal || (sep == group && part_end - part_start != 3) {
            out.push('.');
        }
        out.push_str(&s[part_start..part_end]);
        at = part_end;
    }
    out.parse().ok()
}

impl NumberLexicon {
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        let load = |name: &str, comma: bool| {
            let p = dir.join(name);
            LangNumbers::parse(&LexiconError::read(&p)?, &p.display().to_string(), comma)
        };
        Ok(NumberLexicon {
            en: load("en.txt", true)?,
            es: load("es.txt", false)?,
        })
    }

    /// Quantities and dates in `text` (a document in `lang`), in text order.
    pub fn find(&self, text: &str, lang: Lang) -> Vec<Quantity> {
        let n = match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
            Lang::Und => return Vec::new(),
        };
        // Most words are no digit, number word or month: they are passed over without being
        // folded or kept, and only the segments around those that are get tokenized. Where a
        // segment ends depends on its tokens only (not on what is found in it), so all of them
        // are tokenized first, into one list (their folded words into one side buffer), and
        // then read one by one: two allocations for a sentence, not two for each segment.
        let mut folded = String::new();
        let mut next = String::new();
        let mut side = String::new();
        let mut found = Vec::new();
        let mut ends = Vec::new();
        let mut from = 0;
        while let Some(first) = n.first_start(text, from, &mut folded, &mut next) {
            // One allocation for the tokens of most sentences that have any (a segment is its
            // start and up to `tail` tokens after its last start), where growing from empty
            // took three, two of them copies.
            if found.capacity() == 0 {
                found.reserve(FOUND_CAPACITY);
            }
            n.segment(text, first, &mut side, &mut found);
            from = found.last().map_or(text.len(), |t| t.0.end);
            ends.push(found.len());
        }
        let mut out = Vec::new();
        if found.is_empty() {
            return out;
        }
        let toks: Vec<Tok> = found
            .into_iter()
            .map(|(span, folding, numeric)| Tok {
                span,
                folded: match folding {
                    None => &text[span.start..span.end],
                    Some((a, b)) => &side[a..b],
                },
                numeric,
            })
            .collect();
        let mut start = 0;
        for end in ends {
            self.find_in_segment(n, &toks[start..end], lang, &mut out);
            start = end;
        }
        out
    }

    /// The quantities that start in one segment's tokens (see [`LangNumbers::segment`]).
    fn find_in_segment(&self, n: &LangNumbers, toks: &[Tok], lang: Lang, out: &mut Vec<Quantity>) {
        let mut i = 0;
        while i < toks.len() {
            // A word that no table holds starts nothing (see `starts`).
            if !toks[i].numeric && !n.starts_with_word(toks[i].folded) {
                i += 1;
                continue;
            }
            if let Some((q, next)) = self
                .date(n, toks, i, lang)
                .or_else(|| magnitude(n, toks, i))
                .or_else(|| number(n, toks, i))
            {
                out.push(q);
                i = next;
            } else {
                i += 1;
            }
        }
    }

    fn date(
        &self,
        n: &LangNumbers,
        toks: &[Tok],
        i: usize,
        lang: Lang,
    ) -> Option<(Quantity, usize)> {
        let num = |k: usize| -> Option<u32> {
            toks.get(k)
                .filter(|t| t.numeric && t.folded.len() <= 4)
                .and_then(|t| t.folded.parse().ok())
        };
        let month = |k: usize| toks.get(k).and_then(|t| n.months.get(t.folded)).copied();
        let make = |y: u32, m: u32, d: u32, a: usize, b: usize| {
            ((1000..=2200).contains(&y) && (1..=31).contains(&d)).then(|| {
                (
                    Quantity {
                        span: Span::new(toks[a].span.start, toks[b].span.end),
                        value: f64::from(y * 10000 + m * 100 + d),
                        kind: QuantityKind::Date,
                    },
                    b + 1,
                )
            })
        };
        match lang {
            // `1 de marzo de 2008`
            Lang::Es => {
                let (d, m) = (num(i)?, {
                    (toks.get(i + 1)?.folded == "de").then_some(())?;
                    month(i + 2)?
                });
                (toks.get(i + 3)?.folded == "de").then_some(())?;
                make(num(i + 4)?, m, d, i, i + 4)
            }
            // `March 01, 2008`, `1 March 2008`
            _ => match (month(i), num(i)) {
                (Some(m), _) => make(num(i + 2)?, m, num(i + 1)?, i, i + 2),
                (None, Some(d)) => make(num(i + 2)?, month(i + 1)?, d, i, i + 2),
                _ => None,
            },
        }
    }
}

fn magnitude(n: &LangNumbers, toks: &[Tok], i: usize) -> Option<(Quantity, usize)> {
    // A magnitude matches only where its first word is the token: their first bytes agree.
    // (Most tokens tried here are digit runs and unit words.)
    if let Some(b) = toks[i].folded.bytes().next() {
        if !n.magnitude_firsts.contains(usize::from(b)) {
            return None;
        }
    }
    for (words, value) in &n.magnitudes {
        let end = i + words.len();
        if end <= toks.len() && toks[i..end].iter().zip(words).all(|(t, w)| t.folded == *w) {
            let q = Quantity {
                span: Span::new(toks[i].span.start, toks[end - 1].span.end),
                value: *value,
                kind: QuantityKind::Magnitude,
            };
            return Some((q, end));
        }
    }
    None
}

fn number(n: &LangNumbers, toks: &[Tok], i: usize) -> Option<(Quantity, usize)> {
    let first = &toks[i];
    let (current, total, from_digits) = if first.numeric {
        let digits = first.folded.trim_end_matches(|c: char| c.is_alphabetic());
        (digits_value(digits, n.comma_groups)?, 0.0, true)
    } else if let Some(&u) = n.units.get(first.folded) {
        (u, 0.0, false)
    } else if first.folded.len() > 2 && n.multipliers.contains_key(first.folded) {
        // `mil millones`, `thousand`: a multiplier alone counts one of it.
        return number_from(n, toks, i, 1.0, 0.0, false, i);
    } else {
        return None;
    };
    number_from(n, toks, i, current, total, from_digits, i + 1)
}

fn number_from(
    n: &LangNumbers,
    toks: &[Tok],
    i: usize,
    mut current: f64,
    mut total: f64,
    from_digits: bool,
    start: usize,
) -> Option<(Quantity, usize)> {
    let first = &toks[i];
    let mut j = start;
    let mut multiplied = false;
    while let Some(t) = toks.get(j) {
        if let Some(&m) = n.multipliers.get(t.folded) {
            if m == 100.0 {
                current *= m;
            } else if m > total + current {
                // `mil millones`, `three hundred thousand`: the multiplier scales all so far.
                total = (total + current) * m;
                current = 0.0;
            } else {
                // `two million three hundred thousand`: it scales the last group only.
                total += current * m;
                current = 0.0;
            }
            multiplied = true;
        } else if !from_digits && !t.numeric && n.units.contains_key(t.folded) && !multiplied {
            current += n.units[t.folded];
        } else {
            break;
        }
        j += 1;
    }
    let value = total + current;
    // `un ataque`, `one of them`: a lone small number word is not a quantity.
    if !from_digits && !multiplied && value < 2.0 {
        return None;
    }
    let is_year =
        from_digits && !multiplied && first.folded.len() == 4 && (1800.0..=2100.0).contains(&value);
    let kind = if is_year {
        QuantityKind::Year
    } else {
        QuantityKind::Number
    };
    Some((
        Quantity {
            span: Span::new(first.span.start, toks[j - 1].span.end),
            value,
            kind,
        },
        j,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_letters_end_reads_runs_as_the_byte_loop_does() {
        // Every byte value at every position of runs of letters of every length up to 20,
        // against the byte-by-byte loop.
        let scalar = |b: &[u8], mut i: usize| {
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            i
        };
        let letters = b"aZmzAqYbcdefghijklmnopqrstuvwxyz";
        for len in 0..20 {
            for at in 0..=len {
                for stop in 0..=255u8 {
                    let mut b: Vec<u8> = (0..len).map(|k| letters[k % letters.len()]).collect();
                    if at < len {
                        b[at] = stop;
                    }
                    b.extend_from_slice(b" x");
                    for from in 0..b.len() {
                        assert_eq!(
                            ascii_letters_end(&b, from),
                            scalar(&b, from),
                            "{b:?} {from}"
                        );
                    }
                }
            }
        }
    }

    use super::*;

    /// [`digits_value`] as it was first written: the parts between separators and the
    /// separators collected, then glued.
    fn digits_value_plain(s: &str, comma_groups: bool) -> Option<f64> {
        let (group, decimal) = if comma_groups { (',', '.') } else { ('.', ',') };
        let mut out = String::new();
        let parts: Vec<&str> = s.split([',', '.']).collect();
        let seps: Vec<char> = s.chars().filter(|c| matches!(c, ',' | '.')).collect();
        for (k, part) in parts.iter().enumerate() {
            out.push_str(part);
            if let Some(&sep) = seps.get(k) {
                let next = parts.get(k + 1).map_or(0, |p| p.len());
                if sep == decimal || (sep == group && next != 3) {
                    out.push('.');
                }
            }
        }
        out.parse().ok()
    }

    /// Digit runs with every mix of separators and part lengths (and the odd shapes a token
    /// never has: leading, trailing and doubled separators) read as the plain way reads them.
    #[test]
    fn digits_value_matches_the_plain_way() {
        let pieces = [
            "1", "12", "123", "1234", "0", ",", ".", "30", "000", "5", "2008",
        ];
        for t in crossclaim_core::testing::mixed_texts(&pieces, 20_000, 9, 11, ["7", "9"]) {
            for comma_groups in [true, false] {
                let (a, b) = (
                    digits_value(&t, comma_groups),
                    digits_value_plain(&t, comma_groups),
                );
                assert!(
                    a == b || a.zip(b).is_some_and(|(a, b)| a.is_nan() && b.is_nan()),
                    "{t:?} {comma_groups}"
                );
            }
        }
    }

    /// `next_filter` lets every word of `starts` and `seconds` through, as written in any case.
    #[test]
    fn next_filter_lets_starts_and_seconds_through() {
        let lex = lex();
        for n in [&lex.en, &lex.es] {
            for w in n.starts.iter().chain(&n.seconds).filter(|w| w.is_ascii()) {
                for form in [w.clone(), w.to_ascii_uppercase()] {
                    assert!(n.next_filter.may_hold_ascii(form.as_bytes()), "{form}");
                }
            }
        }
    }

    /// `pair_bits` against the start words read the plain way, for every ASCII letter (either
    /// case) and every byte after it: a byte of 0x80 or more always passes; a letter passes
    /// when some start word begins with both folded; any other byte ends the word, which
    /// passes when the letter alone is a start word.
    #[test]
    fn pair_bits_hold_the_start_words() {
        let lex = lex();
        for n in [&lex.en, &lex.es] {
            let f = &n.start_filter;
            for first in (b'a'..=b'z').chain(b'A'..=b'Z') {
                let lower = first | 0x20;
                for second in 0..=u8::MAX {
                    let want = second >= 0x80
                        || n.starts.iter().any(|w| {
                            let w = w.as_bytes();
                            w[0] == lower
                                && if second.is_ascii_alphabetic() {
                                    w.get(1) == Some(&(second | 0x20))
                                } else {
                                    w.len() == 1
                                }
                        });
                    let x = u64::from(u16::from_le_bytes([first, second])) | 0xABCD << 16;
                    assert_eq!(f.pair_bits.has(x), want, "{first} {second}");
                }
            }
        }
    }

    #[test]
    fn letters_match_is_alphabetic() {
        for c in ('\0'..='\u{ffff}').chain(['\u{10000}', '\u{1f600}', '\u{10ffff}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", u32::from(c));
        }
    }

    /// The places [`LangNumbers::skip`] passes over hold no start: `first_start` finds the same
    /// place with and without it, from every token boundary of the bundled corpus and of
    /// generated texts that put each kind of char at every place of an eight-byte chunk, in
    /// both languages.
    #[test]
    fn skipping_changes_no_start() {
        let lex = lex();
        let check = |text: &str| {
            let mut bounds = vec![0];
            let mut i = 0;
            while let Some((span, _)) = next_token(text, i) {
                bounds.extend([span.start, span.end]);
                i = span.end;
            }
            let (mut folded, mut next) = (String::new(), String::new());
            for n in [&lex.en, &lex.es] {
                for &from in &bounds {
                    assert_eq!(
                        n.first_start_skipping(text, from, &mut folded, &mut next, true),
                        n.first_start_skipping(text, from, &mut folded, &mut next, false),
                        "{text:?} from {from}"
                    );
                }
            }
        };
        for text in crossclaim_core::testing::corpus_texts() {
            for line in text.lines() {
                check(line);
            }
        }
        let pieces = [
            "a",
            "Z",
            "0",
            "9",
            "@",
            "[",
            "`",
            "{",
            ",",
            ".",
            " ",
            "é",
            "Ñ",
            "’",
            "\u{301}",
            "中",
            "ten",
            "Two",
            "tens",
            "mil",
            "millones",
            "March",
            "marzo",
            "de",
            "of",
            "the",
            "un",
            "dozen",
            "thousands",
            "nineteen",
            "x",
            "t",
            "mé",
            "Mé",
            "tw",
            "o",
            "ó",
        ];
        for t in crossclaim_core::testing::mixed_texts(&pieces, 20_000, 17, 56, ["w", " "]) {
            check(&t);
        }
    }

    /// [`NumberLexicon::find`] the plain way: every token of the text folded and read, as one
    /// segment, with no start looked for first.
    fn find_plain(lex: &NumberLexicon, text: &str, lang: Lang) -> Vec<Quantity> {
        let n = match lang {
            Lang::En => &lex.en,
            Lang::Es => &lex.es,
            Lang::Und => return Vec::new(),
        };
        let mut tokens = Vec::new();
        let mut i = 0;
        while let Some((span, numeric)) = next_token(text, i) {
            tokens.push((span, fold(&text[span.start..span.end]), numeric));
            i = span.end;
        }
        let toks: Vec<Tok> = (tokens.iter())
            .map(|(span, folded, numeric)| Tok {
                span: *span,
                folded,
                numeric: *numeric,
            })
            .collect();
        let mut out = Vec::new();
        lex.find_in_segment(n, &toks, lang, &mut out);
        out
    }

    /// `find` (starts looked for first, words that start nothing passed over, segments) finds
    /// what reading every token finds, on the bundled corpus and on generated texts of number
    /// words, months, magnitudes and the words around them, in both languages.
    #[test]
    fn find_matches_reading_every_token() {
        let lex = lex();
        let check = |text: &str| {
            for lang in [Lang::En, Lang::Es] {
                assert_eq!(
                    lex.find(text, lang),
                    find_plain(&lex, text, lang),
                    "{lang:?} {text:?}"
                );
            }
        };
        for text in crossclaim_core::testing::corpus_texts() {
            check(&text);
        }
        let pieces = [
            "un",
            "Una",
            "uno",
            "one",
            "One",
            "ONE",
            "zero",
            "cero",
            "two",
            "dos",
            "tres",
            "doce",
            "may",
            "May",
            "mayo",
            "March",
            "marzo",
            "de",
            "of",
            "m",
            "bn",
            "mil",
            "millón",
            "millones",
            "million",
            "thousand",
            "hundred",
            "tens",
            "decenas",
            "cientos",
            "thousands",
            "miles",
            "dozens",
            "scores",
            "2008",
            "1",
            "01",
            "30,000",
            "40.000",
            "3,5",
            "the",
            "ataque",
            "é",
            "’",
            "—",
            " ",
            " ",
            " ",
            ", ",
            ". ",
            "\n",
            "w",
        ];
        for t in crossclaim_core::testing::mixed_texts(&pieces, 30_000, 19, 60, ["w", " "]) {
            check(&t);
        }
    }

    /// The tail of a segment holds a magnitude's words that start nothing: 2 for the shipped
    /// lexicons (`de` in dates, `of` in `tens of thousands`), longer for a magnitude with a
    /// longer run of them, which is then still found whole.
    #[test]
    fn the_tail_holds_the_words_rules_match() {
        let l = lex();
        assert_eq!((l.en.tail, l.es.tail), (2, 2));
        let en = LangNumbers::parse(
            "[units]\ntwo\t2\n[magnitudes]\nscores of the many thousands\t1000\n",
            "test",
            true,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(en.tail, 5);
        let l = NumberLexicon {
            en,
            es: LangNumbers::default(),
        };
        let q = l.find("two, then scores of the many thousands", Lang::En);
        assert_eq!(q.len(), 2);
        assert_eq!((q[1].kind, q[1].value), (QuantityKind::Magnitude, 1000.0));
    }

    fn lex() -> NumberLexicon {
        NumberLexicon::from_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/numbers"),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn values(text: &str, lang: Lang) -> Vec<(String, f64, &'static str)> {
        lex()
            .find(text, lang)
            .into_iter()
            .map(|q| {
                (
                    text[q.span.start..q.span.end].to_owned(),
                    q.value,
                    q.kind.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn table_of_cases() {
        let s = |x: &str| x.to_owned();
        type Case<'a> = (Lang, &'a str, Vec<(String, f64, &'a str)>);
        let cases: Vec<Case> = vec![
            (
                Lang::En,
                "Over 30,000 organisations",
                vec![(s("30,000"), 30000.0, "number")],
            ),
            (
                Lang::Es,
                "más de 30.000 organizaciones",
                vec![(s("30.000"), 30000.0, "number")],
            ),
            (
                Lang::Es,
                "treinta mil organizaciones",
                vec![(s("treinta mil"), 30000.0, "number")],
            ),
            (
                Lang::En,
                "a US$40 billion contract",
                vec![(s("40 billion"), 4e10, "number")],
            ),
            (
                Lang::Es,
                "un contrato de 40.000 millones $",
                vec![(s("40.000 millones"), 4e10, "number")],
            ),
            (
                Lang::Es,
                "decenas de miles de computadoras",
                vec![(s("decenas de miles"), 1e4, "magnitude")],
            ),
            (
                Lang::En,
                "March 01, 2008 and 1 March 2008",
                vec![
                    (s("March 01, 2008"), 20080301.0, "date"),
                    (s("1 March 2008"), 20080301.0, "date"),
                ],
            ),
            (
                Lang::Es,
                "1 de marzo de 2008",
                vec![(s("1 de marzo de 2008"), 20080301.0, "date")],
            ),
            (
                Lang::Es,
                "un 3,5% en 2008",
                vec![(s("3,5"), 3.5, "number"), (s("2008"), 2008.0, "year")],
            ),
            (
                Lang::En,
                "one of three hundred thousand",
                vec![(s("three hundred thousand"), 300000.0, "number")],
            ),
            (
                Lang::Es,
                "mil millones de dólares",
                vec![(s("mil millones"), 1e9, "number")],
            ),
            // Quantities far apart: each is read in its own segment of tokens.
            (
                Lang::En,
                "In 2008 the firm said that its new plan was cut by half to three million in March 01, 2009",
                vec![
                    (s("2008"), 2008.0, "year"),
                    (s("three million"), 3e6, "number"),
                    (s("March 01, 2009"), 20090301.0, "date"),
                ],
            ),
            (
                Lang::Es,
                "Lo dijo el Gobierno de la región el 1 de marzo de 2008",
                vec![(s("1 de marzo de 2008"), 20080301.0, "date")],
            ),
        ];
        for (lang, text, want) in cases {
            assert_eq!(values(text, lang), want, "{text}");
        }
    }

    #[test]
    fn agreement_across_languages() {
        let l = lex();
        let en = l.find("Over 30,000 organisations", Lang::En)[0];
        let es = l.find("decenas de miles de computadoras", Lang::Es)[0];
        let es2 = l.find("treinta mil", Lang::Es)[0];
        assert!(es.agrees(&en) && en.agrees(&es2));
        assert!(!l.find("cientos de miles", Lang::Es)[0].agrees(&en));
    }
}
