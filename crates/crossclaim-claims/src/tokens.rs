//! Word and punctuation tokens of a sentence, with byte spans into the document.

use std::cell::Cell;

use crossclaim_core::words::{at_least, is_word_char, load8, HIGH, ONES};
use crossclaim_core::Span;

#[derive(Clone, Debug)]
pub struct Tok<'a> {
    /// Where the token is in the document: its text is `Tok::text` of the document (not kept
    /// on the token: a `Tok` of 48 bytes, not 64, written for every token of every sentence
    /// read, while few tokens are asked for their text as written).
    pub span: Span,
    /// Lower case; the text itself when it has no upper-case letter, else a slice of the buffer
    /// given to [`tokenize`].
    pub lower: &'a str,
    pub is_word: bool,
    /// The word-set bits of `lower` in the sentence's cue lexicon, looked up the first time a
    /// rule asks (see `LangCues::tok_sets`); [`UNSEEN`] until then.
    pub sets: Cell<u64>,
    /// Where `lower` is in the cue lexicon's table of known words ([`UNKNOWN`] when it is not
    /// there), looked up with `sets`: its readings and phrase candidates are then read without
    /// hashing the word again. Meaningless while `sets` is [`UNSEEN`].
    pub entry: Cell<u32>,
}

impl Tok<'_> {
    /// The token as written: its span of `doc`, the text of the document it was read from.
    #[inline]
    pub fn text<'d>(&self, doc: &'d str) -> &'d str {
        &doc[self.span.start..self.span.end]
    }
}

/// `Tok::sets` of a token not looked up yet: all bits set, which no word has (the bits between
/// the last word set's and `MAY_START_CUE` are never set).
pub const UNSEEN: u64 = u64::MAX;

/// `Tok::entry` of a word the cue lexicon does not know.
pub const UNKNOWN: u32 = u32::MAX;

/// Words are runs of letters and digits (with combining marks); every other non-space char is a
/// token of its own.
///
/// The lower-case forms that differ from the text are written one after the other into `lower`
/// (cleared first), which the tokens then borrow: no allocation per token. (The tokenizer runs
/// over every sentence of every document; a `String` per capitalised word was a fifth of the
/// claim stage.)
///
/// (The claim loop calls [`tokenize_into`], which reuses the vectors from one sentence to the
/// next; this is it with vectors of its own.)
#[cfg(test)]
pub fn tokenize<'a>(text: &'a str, sentence: Span, lower: &'a mut String) -> Vec<Tok<'a>> {
    tokenize_into(text, sentence, lower, &mut TokBuffers::default())
}

/// The vectors [`tokenize_into`] fills, kept from one sentence to the next of a document: the
/// tokens of each sentence were a new allocation of about sixteen bytes per byte of text (a
/// token per four bytes, 64 bytes a token), written to memory not in the cache.
#[derive(Default)]
pub struct TokBuffers {
    /// Empty between sentences; its allocation is what is kept (see [`TokBuffers::give_back`]).
    toks: Vec<Tok<'static>>,
    /// Tokens whose lower case is in `lower`: (token index, start, end in `lower`).
    in_buffer: Vec<(usize, usize, usize)>,
    /// The index of the last token of the sentence that is a dash of [`is_signature_dash`].
    last_dash: Option<usize>,
}

impl TokBuffers {
    /// The index of the last token of the sentence tokenized last that is one of the dashes
    /// `―` `—` `–` (a token of that one char): noted as the token is made, where the char is
    /// decoded anyway, so that `signature_dash` need not compare every token with the dashes.
    /// Checked in the test `the_last_dash_is_noted`.
    pub fn last_dash(&self) -> Option<usize> {
        self.last_dash
    }

    /// Keeps the allocation of a sentence's tokens for the next sentence.
    pub fn give_back(&mut self, toks: Vec<Tok<'_>>) {
        self.toks = recycle(toks);
    }
}

/// An empty vector in the allocation of `v` (a `Tok` of one lifetime has the layout of a `Tok`
/// of any other): collecting a vector's `into_iter` into a vector of an item of the same size
/// and alignment reuses its allocation (the test `buffers_are_reused` checks that it does here).
fn recycle<'b>(mut v: Vec<Tok<'_>>) -> Vec<Tok<'b>> {
    v.clear();
    v.into_iter().map(|_| unreachable!("cleared")).collect()
}

/// [`tokenize`] into the vectors of `bufs` (reused across sentences).
pub fn tokenize_into<'a>(
    text: &'a str,
    sentence: Span,
    lower: &'a mut String,
    bufs: &mut TokBuffers,
) -> Vec<Tok<'a>> {
    lower.clear();
    let s = &text[sentence.start..sentence.end];
    let mut out = recycle(std::mem::take(&mut bufs.toks));
    // About one token per four bytes of news text: one allocation for most sentences.
    out.reserve(s.len() / 4 + 1);
    // Tokens whose lower case is in `lower`: (token index, start, end in `lower`). They borrow
    // it once it is complete.
    let in_buffer = &mut bufs.in_buffer;
    in_buffer.clear();
    bufs.last_dash = None;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let seen;
        if let Some(word) = ascii_word_at::<true>(s, i) {
            (i, seen) = word;
        } else {
            let b = bytes[i];
            let class = ASCII_CLASS[usize::from(b)];
            if b < 0x80 && class & ALNUM == 0 {
                // ASCII white space is no token, other ASCII punctuation is one.
                if class & SPACE == 0 {
                    let t = &s[i..i + 1];
                    let at = sentence.start + i;
                    out.push(Tok {
                        span: Span::new(at, at + 1),
                        lower: t,
                        is_word: false,
                        sets: Cell::new(UNSEEN),
                        entry: Cell::new(UNKNOWN),
                    });
                }
                i += 1;
                continue;
            }
            if b >= 0x80 {
                let Some(c) = s[i..].chars().next() else {
                    break;
                };
                if !is_word_char(c) {
                    // Any other char is a token alone, but white space.
                    let len = c.len_utf8();
                    if !c.is_whitespace() {
                        if is_signature_dash(c) {
                            bufs.last_dash = Some(out.len());
                        }
                        let t = &s[i..i + len];
                        push_lower(&mut out, in_buffer, lower, t, sentence.start + i, false);
                    }
                    i += len;
                    continue;
                }
            }
            (i, seen) = word_end::<true>(s, i);
        }
        let t = &s[start..i];
        let at = sentence.start + start;
        if seen & OTHER_CASE != 0 {
            push_lower(&mut out, in_buffer, lower, t, at, true);
        } else if seen & UPPER != 0 {
            // Its only capitals are ASCII: its lower case is byte for byte.
            let from = lower.len();
            lower.push_str(t);
            lower[from..].make_ascii_lowercase();
            in_buffer.push((out.len(), from, lower.len()));
            out.push(Tok {
                span: Span::new(at, at + t.len()),
                lower: "",
                is_word: true,
                sets: Cell::new(UNSEEN),
                entry: Cell::new(UNKNOWN),
            });
        } else {
            out.push(Tok {
                span: Span::new(at, at + t.len()),
                lower: t,
                is_word: true,
                sets: Cell::new(UNSEEN),
                entry: Cell::new(UNKNOWN),
            });
        }
        // The space after a word (most words have one) is no token: passed over here.
        if bytes.get(i) == Some(&b' ') {
            i += 1;
        }
    }
    let lower: &'a String = lower;
    for &(k, from, to) in in_buffer.iter() {
        out[k].lower = &lower[from..to];
    }
    out
}

/// Is `c` one of the dashes `―` `—` `–` that may sign a quotation (`signature_dash`)?
pub fn is_signature_dash(c: char) -> bool {
    matches!(c, '―' | '—' | '–')
}

/// The end of the word that starts at byte `i` of `s` (a word char there), and what it holds:
/// `UPPER` for an ASCII capital, `OTHER_CASE` for a non-ASCII char that may not be its own lower
/// case. A word is a run of ASCII letters and digits (read eight bytes at a time) and of other
/// word chars.
///
/// Without `CAPS`, `UPPER` is not looked for (`any_token` needs it only for a few words).
#[inline(always)]
fn word_end<const CAPS: bool>(s: &str, mut i: usize) -> (usize, u8) {
    let bytes = s.as_bytes();
    let mut seen = 0;
    loop {
        let (end, bits) = ascii_alnum_run::<CAPS>(bytes, i);
        i = end;
        seen |= bits;
        match bytes.get(i) {
            Some(&b) if b >= 0x80 => match s[i..].chars().next() {
                Some(c) if is_word_char(c) => {
                    // The lower-case letters of Latin-1 (`ß`, `à`–`ÿ`: most accented letters
                    // of Spanish) are their own lower case.
                    if !('\u{df}'..='\u{ff}').contains(&c) {
                        seen |= OTHER_CASE;
                    }
                    i += c.len_utf8();
                }
                _ => break,
            },
            _ => break,
        }
    }
    (i, seen)
}

/// A word's first four and last four bytes (the word's bytes for a shorter one) and its length,
/// each byte with bit 0x20 set: a key of its lower case for a bit set
/// (`LangCues::may_be_claim_word`). Setting the bit makes an ASCII capital its lower case, so a
/// word whose only chars that are not their own lower case are ASCII capitals has the ends of
/// its lower case, read from the text as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LowerEnds(u64, usize);

impl LowerEnds {
    #[inline(always)]
    pub fn of(word: &[u8]) -> Self {
        let n = word.len();
        let x = if n >= 4 {
            let head = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
            let tail = u32::from_le_bytes([word[n - 4], word[n - 3], word[n - 2], word[n - 1]]);
            u64::from(head) | u64::from(tail) << 32
        } else {
            word.iter()
                .enumerate()
                .fold(0, |x, (k, &b)| x | u64::from(b) << (8 * k))
        };
        LowerEnds(x | 0x2020_2020_2020_2020, n)
    }

    /// The ends mixed into `0..1 << bits`.
    #[inline(always)]
    pub fn key(self, bits: u32) -> usize {
        let x = self.0 ^ (self.1 as u64).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }
}

/// Reads the sentence as [`tokenize`] does without making its tokens: calls `word` with the
/// lower case of each word token for which `ends` answers true, and `mark` with the char of each
/// other token and its byte offset in `text`, in order, and stops at the first call of `word` or `mark` that answers true
/// (then returns true).
///
/// `ends` is given the word's lower case, or the word as written when its only chars that are
/// not their own lower case are ASCII capitals (nearly every word: the same length and
/// [`LowerEnds`] as its lower case). Only for a word it lets through is the lower case made: a
/// word with no upper-case letter is its own, a slice of the text, another's is written into
/// `buf` as `tokenize` writes it. Checked against `tokenize` in the test
/// `any_token_reads_the_tokens`.
pub fn any_token(
    text: &str,
    sentence: Span,
    buf: &mut String,
    mut ends: impl FnMut(&[u8]) -> bool,
    mut word: impl FnMut(&str) -> bool,
    mut mark: impl FnMut(char, usize) -> bool,
) -> bool {
    let s = &text[sentence.start..sentence.end];
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let seen;
        if let Some(word) = ascii_word_at::<false>(s, i) {
            (i, seen) = word;
        } else {
            let b = bytes[i];
            let class = ASCII_CLASS[usize::from(b)];
            if b < 0x80 && class & ALNUM == 0 {
                if class & SPACE == 0 && mark(char::from(b), sentence.start + i) {
                    return true;
                }
                i += 1;
                continue;
            }
            if b >= 0x80 {
                let Some(c) = s[i..].chars().next() else {
                    break;
                };
                if !is_word_char(c) {
                    if !c.is_whitespace() && mark(c, sentence.start + i) {
                        return true;
                    }
                    i += c.len_utf8();
                    continue;
                }
            }
            (i, seen) = word_end::<false>(s, i);
        }
        // The word's bytes: its `str` (whose char boundaries are checked) is made only for a
        // word that `ends` lets through.
        let (t, end) = (&bytes[start..i], i);
        // The space after a word (most words have one) is no token: passed over here.
        if bytes.get(i) == Some(&b' ') {
            i += 1;
        }
        let lower = if seen & OTHER_CASE != 0 {
            buf.clear();
            push_lowercase(buf, &s[start..end]);
            if !ends(buf.as_bytes()) {
                continue;
            }
            buf.as_str()
        } else if !ends(t) {
            continue;
        } else if t.iter().any(u8::is_ascii_uppercase) {
            buf.clear();
            buf.push_str(&s[start..end]);
            buf.make_ascii_lowercase();
            buf.as_str()
        } else {
            &s[start..end]
        };
        if word(lower) {
            return true;
        }
    }
    false
}

/// `ASCII_CLASS` bits: an ASCII letter or digit, an upper-case ASCII letter, ASCII white space.
/// `OTHER_CASE` is no byte's class: it marks a word with a non-ASCII char that may not be its
/// own lower case.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const SPACE: u8 = 4;
const OTHER_CASE: u8 = 8;

/// The class bits of each byte (none for non-ASCII bytes).
const ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] |= ALNUM;
        }
        if c.is_ascii_uppercase() {
            table[b] |= UPPER;
        }
        // `char::is_whitespace` on ASCII: the five of `u8::is_ascii_whitespace`, and U+000B.
        if c.is_ascii_whitespace() || c == 0x0b {
            table[b] |= SPACE;
        }
        b += 1;
    }
    table
};

/// The end of the run of ASCII letters and digits in `b` from byte `i` (the first byte at or
/// after `i` that is none, or `b.len()`), and `UPPER` if the run has an upper-case letter.
///
/// Eight bytes at a time, as a `u64` (most words fit in one): for a byte below 0x80, adding
/// `0x80 - lo` sets its high bit when it is `lo` or more, and no carry leaves the byte; a byte
/// of 0x80 or more is no letter or digit, and may carry into the next byte up, which is past
/// the end of the run anyway. Checked against the byte-by-byte reading in the test
/// `alnum_runs_match_the_byte_table`. Without `CAPS`, the `UPPER` bit is not looked for and
/// may be wrong.
#[inline(always)]
fn ascii_alnum_run<const CAPS: bool>(b: &[u8], mut i: usize) -> (usize, u8) {
    let mut upper = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let (alnum, caps) = alnum_bits::<CAPS>(load8(chunk));
        if alnum != HIGH {
            // The bytes of the run: those below the first that is no letter or digit.
            let run = (!alnum & HIGH).trailing_zeros() / 8;
            let below = (1u64 << (8 * run)) - 1;
            if caps & below != 0 {
                upper = UPPER;
            }
            return (i + run as usize, upper);
        }
        if caps != 0 {
            upper = UPPER;
        }
        i += 8;
    }
    while let Some(&x) = b.get(i) {
        let class = ASCII_CLASS[usize::from(x)];
        if class & ALNUM == 0 {
            break;
        }
        upper |= class & UPPER;
        i += 1;
    }
    (i, upper)
}

/// The bytes of `x` (eight bytes of text) that are ASCII letters or digits, and with `CAPS` those
/// that are ASCII capitals, as high bits (see [`ascii_alnum_run`]): right for every byte below
/// the first that is no ASCII letter or digit.
#[inline(always)]
fn alnum_bits<const CAPS: bool>(x: u64) -> (u64, u64) {
    let ascii = !x & HIGH;
    let folded = x | (0x20 * ONES);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
    let alnum = (letter | digit) & ascii;
    // An upper-case letter is a letter whose bit 0x20 is clear.
    let caps = if CAPS { letter & !(x << 2) & ascii } else { 0 };
    (alnum, caps)
}

/// The word token at byte `i` of `s` as `word_end` reads it, when the byte there is an ASCII
/// letter or digit and eight bytes from `i` are in `s`: its end and what it holds. `None` when
/// not: then the token loop reads the byte the slow way.
///
/// Most words of news text are ASCII and end at an ASCII byte within eight bytes: one load then
/// tells that byte `i` opens a word (the loop would find it an ASCII letter or digit, so a
/// word) and where the word ends (`word_end` stops at the first byte that is no ASCII letter or
/// digit when that byte is ASCII). A longer word, or one that reaches a non-ASCII byte, goes on
/// in `word_end` from the first byte not read here. Checked against the byte-by-byte reading by
/// `tokens_match_the_plain_reading` and `any_token_reads_the_tokens`, whose generated texts
/// put each kind of byte at every place of a chunk.
#[inline(always)]
fn ascii_word_at<const CAPS: bool>(s: &str, i: usize) -> Option<(usize, u8)> {
    // The eight bytes from `i` (below the length in the token loops): one compare of the
    // bytes left, where `get(i..i + 8)` also checked `i + 8` for overflow.
    let x = u64::from_le_bytes(*s.as_bytes().get(i..)?.first_chunk::<8>()?);
    let (alnum, caps) = alnum_bits::<CAPS>(x);
    // How many bytes from `i` are ASCII letters or digits: 8 when all are.
    let run = (!alnum & HIGH).trailing_zeros() / 8;
    if run == 0 {
        return None;
    }
    let upper = if caps & (u64::MAX >> (64 - 8 * run)) != 0 {
        UPPER
    } else {
        0
    };
    let end = i + run as usize;
    if run < 8 && (x >> (8 * run)) & 0x80 == 0 {
        return Some((end, upper));
    }
    let (end, seen) = word_end::<CAPS>(s, end);
    Some((end, seen | upper))
}

/// Pushes the token `t` (at byte `at` of the document), whose lower case is written to `lower`
/// (see [`tokenize`]).
fn push_lower<'a>(
    out: &mut Vec<Tok<'a>>,
    in_buffer: &mut Vec<(usize, usize, usize)>,
    lower: &mut String,
    t: &'a str,
    at: usize,
    is_word: bool,
) {
    let from = lower.len();
    push_lowercase(lower, t);
    in_buffer.push((out.len(), from, lower.len()));
    out.push(Tok {
        span: Span::new(at, at + t.len()),
        lower: "",
        is_word,
        sets: Cell::new(UNSEEN),
        entry: Cell::new(UNKNOWN),
    });
}

/// Appends `t.to_lowercase()` to `out` without a `String` of its own: char by char, as
/// `str::to_lowercase` does, except for a capital sigma, whose lower case depends on the chars
/// around it (that rare word goes through `str::to_lowercase` itself).
fn push_lowercase(out: &mut String, t: &str) {
    if t.contains('Σ') {
        out.push_str(&t.to_lowercase());
        return;
    }
    for c in t.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_punctuation() {
        let t = "China’s act, “no”.";
        let mut lower = String::new();
        let toks: Vec<&str> = tokenize(t, Span::new(0, t.len()), &mut lower)
            .iter()
            .map(|tok| tok.text(t))
            .collect();
        assert_eq!(toks, ["China", "’", "s", "act", ",", "“", "no", "”", "."]);
    }

    #[test]
    fn lower_case_forms_match_str_to_lowercase() {
        let t = "The ÁRBOL İstanbul ΟΔΟΣ ΣΑΣ “Quote” straße DŽ ok";
        let mut lower = String::new();
        let toks = tokenize(t, Span::new(0, t.len()), &mut lower);
        let t_text = t;
        assert_eq!(toks.len(), 11);
        for tok in &toks {
            assert_eq!(tok.lower, tok.text(t).to_lowercase(), "{}", tok.text(t));
        }
        // A token already in lower case is its own text, not a copy.
        let ok = toks
            .last()
            .map(|t| (t.lower.as_ptr(), t.text(t_text).as_ptr()));
        assert!(ok.is_some_and(|(a, b)| a == b));
    }

    /// The tokenizer read the plain way: char by char, a word char is one that
    /// `char::is_alphanumeric` or a combining mark, every lower case from `str::to_lowercase`.
    fn plain_tokens(text: &str) -> Vec<(Span, String, bool)> {
        let mut out = Vec::new();
        let mut word: Option<usize> = None;
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c) {
                word.get_or_insert(i);
                continue;
            }
            if let Some(a) = word.take() {
                out.push((Span::new(a, i), text[a..i].to_lowercase(), true));
            }
            if !c.is_whitespace() {
                let t = &text[i..i + c.len_utf8()];
                out.push((Span::new(i, i + t.len()), t.to_lowercase(), false));
            }
        }
        if let Some(a) = word {
            out.push((Span::new(a, text.len()), text[a..].to_lowercase(), true));
        }
        out
    }

    fn assert_plain(text: &str) {
        let mut lower = String::new();
        // A sentence inside a longer text: spans are the document's.
        let doc = format!("«x» {text}");
        let from = doc.len() - text.len();
        let toks = tokenize(&doc, Span::new(from, doc.len()), &mut lower);
        let got: Vec<(Span, String, bool)> = toks
            .iter()
            .map(|t| {
                (
                    Span::new(t.span.start - from, t.span.end - from),
                    t.lower.to_owned(),
                    t.is_word,
                )
            })
            .collect();
        assert_eq!(got, plain_tokens(text), "{text:?}");
    }

    /// The fast paths (eight bytes at a time, the class table, `is_word_char`) against the plain
    /// reading, on every text of the bundled corpus and on generated texts that put each kind of
    /// byte at every place of an eight-byte chunk.
    #[test]
    fn tokens_match_the_plain_reading() {
        for text in crossclaim_core::testing::corpus_texts() {
            for line in text.lines() {
                assert_plain(line);
            }
        }
        let pieces = [
            "a", "Z", "0", "9", "@", "[", "`", "{", "/", ":", " ", "\t", "\u{b}", "\u{c}", "é",
            "Ñ", "×", "²", "«", "’", "—", "\u{a0}", "\u{2009}", "\u{301}", "Σ", "ς", "İ", "Ⓐ",
            "中", "😀", "ǅ", "ß", "\u{85}", "\u{1680}", "\u{3000}", "ÿ", "Þ", "à", "ñ", "Ÿ",
        ];
        for t in crossclaim_core::testing::mixed_texts(&pieces, 20_000, 23, 64, ["w", "Q"]) {
            assert_plain(&t);
        }
    }

    /// `any_token` sees the tokens `tokenize` makes: the ends of each word's lower case and each
    /// other token's char, in order, on the corpus and on generated texts; and it stops at the
    /// first token it is told to.
    #[test]
    fn any_token_reads_the_tokens() {
        let check = |text: &str| {
            let mut lower = String::new();
            let want: Vec<(Option<String>, Option<char>)> =
                tokenize(text, Span::new(0, text.len()), &mut lower)
                    .iter()
                    .map(|t| {
                        if t.is_word {
                            (Some(t.lower.to_owned()), None)
                        } else {
                            (None, t.text(text).chars().next())
                        }
                    })
                    .collect();
            let got = std::cell::RefCell::new(Vec::new());
            let mut buf = String::new();
            // The ends of each word come just before its lower case, and are those of it.
            let last_ends = std::cell::Cell::new(None);
            let any = any_token(
                text,
                Span::new(0, text.len()),
                &mut buf,
                |e: &[u8]| {
                    last_ends.set(Some((e.len(), LowerEnds::of(e))));
                    true
                },
                |w| {
                    let e = Some((w.len(), LowerEnds::of(w.as_bytes())));
                    assert_eq!(last_ends.take(), e, "{w}");
                    got.borrow_mut().push((Some(w.to_owned()), None));
                    false
                },
                |c, at| {
                    assert!(text[at..].starts_with(c), "{text:?} {at}");
                    got.borrow_mut().push((None, Some(c)));
                    false
                },
            );
            assert!(!any);
            assert_eq!(got.into_inner(), want, "{text:?}");
            // Told to stop at token k, it has seen k + 1 tokens.
            for k in 0..want.len() {
                let seen = std::cell::Cell::new(0);
                let count = || {
                    seen.set(seen.get() + 1);
                    seen.get() == k + 1
                };
                let stop = any_token(
                    text,
                    Span::new(0, text.len()),
                    &mut buf,
                    |_| true,
                    |_| count(),
                    |_, _| count(),
                );
                assert!(stop && seen.get() == k + 1, "{text:?} {k}");
            }
            // A word whose ends are turned down is not asked about.
            let words = want.iter().filter(|w| w.0.is_some()).count();
            let asked = std::cell::Cell::new(0);
            let none = any_token(
                text,
                Span::new(0, text.len()),
                &mut buf,
                |_| {
                    asked.set(asked.get() + 1);
                    false
                },
                |_| true,
                |_, _| false,
            );
            assert!(!none && asked.get() == words);
        };
        for text in crossclaim_core::testing::corpus_texts() {
            check(&text);
        }
        let pieces = [
            "a", "Z", "0", " ", ":", "—", "–", "―", "é", "Ñ", "Σ", "İ", "ǅ", "ß", "\u{301}", "“",
            "’", "\u{a0}", "SAID", "Según", "ÁRBOL", "中", "😀",
        ];
        for t in crossclaim_core::testing::mixed_texts(&pieces, 5_000, 23, 40, ["w", "Q"]) {
            check(&t);
        }
    }

    /// `TokBuffers::last_dash` is the last token that is a dash, read the plain way, on the
    /// corpus and on generated texts.
    #[test]
    fn the_last_dash_is_noted() {
        let mut bufs = TokBuffers::default();
        let mut check = |text: &str| {
            let mut lower = String::new();
            let toks = tokenize_into(text, Span::new(0, text.len()), &mut lower, &mut bufs);
            let want = toks
                .iter()
                .rposition(|t| matches!(t.lower, "―" | "—" | "–"));
            bufs.give_back(toks);
            assert_eq!(bufs.last_dash(), want, "{text:?}");
        };
        for text in crossclaim_core::testing::corpus_texts() {
            for line in text.lines() {
                check(line);
            }
        }
        let pieces = [
            "a", "Z", " ", "-", "—", "–", "―", "‒", "“", "’", "Ó", "ó", "\u{301}",
        ];
        for t in crossclaim_core::testing::mixed_texts(&pieces, 5_000, 29, 30, ["w", "Q"]) {
            check(&t);
        }
    }

    /// A token is 48 bytes (its text as written is read from the document, not kept on it):
    /// every token of every sentence read is written.
    #[test]
    fn a_token_is_48_bytes() {
        assert_eq!(std::mem::size_of::<Tok<'_>>(), 48);
    }

    /// A sentence's tokens are written into the allocation of the one before.
    #[test]
    fn buffers_are_reused() {
        let t = "The first sentence, with words. A second one.";
        let mut bufs = TokBuffers::default();
        let mut lower = String::new();
        let toks = tokenize_into(t, Span::new(0, 31), &mut lower, &mut bufs);
        let (at, cap) = (toks.as_ptr() as usize, toks.capacity());
        bufs.give_back(toks);
        let mut lower = String::new();
        let toks = tokenize_into(t, Span::new(32, t.len()), &mut lower, &mut bufs);
        assert_eq!((toks.as_ptr() as usize, toks.capacity()), (at, cap));
        let words: Vec<&str> = toks.iter().map(|t| t.lower).collect();
        assert_eq!(words, ["a", "second", "one", "."]);
    }

    /// The ASCII class table against `char` (non-ASCII chars: `crossclaim_core::words`).
    #[test]
    fn ascii_classes_match_char() {
        for b in 0u8..0x80 {
            let class = ASCII_CLASS[usize::from(b)];
            let c = char::from(b);
            assert_eq!(class & SPACE != 0, c.is_whitespace(), "{b:#x}");
            assert_eq!(class & ALNUM != 0, c.is_alphanumeric(), "{b:#x}");
        }
    }

    /// Runs of ASCII letters and digits eight bytes at a time against the byte table, for every
    /// byte at every place of a chunk after a run of every length.
    #[test]
    fn alnum_runs_match_the_byte_table() {
        let plain = |b: &[u8], mut i: usize| {
            let mut upper = 0;
            while i < b.len() && ASCII_CLASS[usize::from(b[i])] & ALNUM != 0 {
                upper |= ASCII_CLASS[usize::from(b[i])] & UPPER;
                i += 1;
            }
            (i, upper)
        };
        for stop in 0..=255u8 {
            for run in 0..20usize {
                for caps in [None, Some(0), Some(run / 2), Some(run.saturating_sub(1))] {
                    let mut b: Vec<u8> = (0..run).map(|k| b"aZ09mzAq"[k % 8]).collect();
                    for (k, x) in b.iter_mut().enumerate() {
                        if x.is_ascii_uppercase() && caps != Some(k) {
                            *x = x.to_ascii_lowercase();
                        }
                    }
                    b.extend([stop, b'A', 0xff, b'b', b'c', b'D', b'e', b'f', b'g']);
                    for from in 0..b.len() {
                        let want = plain(&b, from);
                        assert_eq!(ascii_alnum_run::<true>(&b, from), want, "{b:?} {from}");
                        assert_eq!(ascii_alnum_run::<false>(&b, from).0, want.0, "{b:?}");
                    }
                }
            }
        }
    }
}
