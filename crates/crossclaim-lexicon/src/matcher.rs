//! A phrase matcher over folded text with exact original spans.
//!
//! Forms are folded (case, accents) into automaton patterns; a document is folded once into a
//! side buffer ([`Folded`]); at each place where a word may start, an anchored Aho-Corasick
//! automaton finds the longest form that starts there. A match is kept only when it starts and
//! ends at word boundaries of the original text, when its language applies, and, for exact-case
//! forms, when the original has the form's case. A rejected match gives way to the longest
//! shorter form at the same start
//! (`Microsoft Exchange` inside `Microsoft Exchange servers`), else to matches that start later.
//! Every kept match is mapped back to exact byte offsets of the original text.
//!
//! ```
//! use crossclaim_core::Lang;
//! use crossclaim_lexicon::{Folded, Form, FormLang, PhraseMatcher};
//!
//! let form = |s: &str, exact_case, lang, payload| Form { surface: s.into(), exact_case, lang, payload };
//! let m = PhraseMatcher::new(vec![
//!     form("US", true, FormLang::En, "USA"),
//!     form("Estados Unidos", false, FormLang::Es, "USA"),
//! ]).unwrap();
//! let text = "let us see what the US says";
//! let found = m.find_all(text, &Folded::new(text), Lang::En);
//! assert_eq!(found.len(), 1);
//! assert_eq!(&text[found[0].span.start..found[0].span.end], "US");
//! ```

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::{self, NFA};
#[cfg(test)]
use aho_corasick::{AhoCorasick, Input};
use aho_corasick::{Anchored, MatchKind};
use crossclaim_core::words::Bits;
use crossclaim_core::{Lang, Span};
use rustc_hash::FxHashMap;

use crate::fold::{ascii_word_run_end, fold_char, fold_str, Folded};

/// Which document languages a form applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormLang {
    En,
    Es,
    Both,
}

impl FormLang {
    pub fn parse(s: &str) -> Option<FormLang> {
        match s {
            "en" => Some(FormLang::En),
            "es" => Some(FormLang::Es),
            "*" => Some(FormLang::Both),
            _ => None,
        }
    }

    pub fn applies(self, lang: Lang) -> bool {
        matches!(
            (self, lang),
            (FormLang::Both, _) | (FormLang::En, Lang::En) | (FormLang::Es, Lang::Es)
        )
    }
}

/// The byte every automaton pattern starts with (see [`PhraseMatcher::new`]): never in UTF-8
/// text, so never in a folded text either.
const ANCHOR: u8 = 0xFF;

/// The four bytes of `b` from `i`, whatever they are, as a number (`None` near the end).
#[inline(always)]
fn four_bytes(b: &[u8], i: usize) -> Option<u32> {
    let four: [u8; 4] = b.get(i..i + 4)?.try_into().ok()?;
    Some(u32::from_le_bytes(four))
}

/// A pattern of one to three bytes as a number: its bytes, and its length in the top byte (so
/// that `a` and `a` followed by a zero byte differ).
#[inline(always)]
fn short_key(bytes: u32, len: u32) -> u32 {
    (bytes & (u32::MAX >> (8 * (4 - len)))) | len << 24
}

/// The first four bytes of a pattern, as a number (`None` when it is shorter).
fn first_four(p: &str) -> Option<u32> {
    let four: [u8; 4] = p.as_bytes().get(..4)?.try_into().ok()?;
    Some(u32::from_le_bytes(four))
}

/// A set of four-byte prefixes as a bitmap over their hashes (16 KB): a prefix not in it is no
/// pattern's; one in it may be (or may share the hash of one), and is then walked.
#[derive(Clone, Debug)]
struct PrefixBits(Bits);

impl PrefixBits {
    const BITS: u32 = 17;

    fn new(prefixes: impl Iterator<Item = u32>) -> Self {
        let mut bits = Bits::new(1 << Self::BITS);
        for p in prefixes {
            bits.insert(Self::hash(p));
        }
        PrefixBits(bits)
    }

    #[inline(always)]
    fn hash(p: u32) -> usize {
        (p.wrapping_mul(0x9E37_79B1) >> (32 - Self::BITS)) as usize
    }

    #[inline(always)]
    fn may_contain(&self, p: u32) -> bool {
        self.0.contains(Self::hash(p))
    }
}

/// The ASCII letters and digits (the ASCII word chars), by byte.
static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// One surface form to find, with its payload.
#[derive(Clone, Debug)]
pub struct Form<T> {
    /// As written in the lexicon (without the `=` marker).
    pub surface: String,
    /// The surface must match with exactly this case.
    pub exact_case: bool,
    pub lang: FormLang,
    pub payload: T,
}

/// A match: the original span and the payloads of every form that fits it.
#[derive(Clone, Debug, PartialEq)]
pub struct PhraseMatch<'a, T> {
    pub span: Span,
    /// Exact-case forms first when any fits (then only those), else every case-insensitive
    /// form that fits, in form order; never empty.
    pub payloads: Vec<&'a T>,
}

/// Finds forms in text ignoring case and accents, at word boundaries, leftmost-longest, and maps
/// every match back to exact byte offsets of the original text. Immutable after building,
/// `Send + Sync` when the payload is.
///
/// The automaton is an Aho-Corasick contiguous NFA over the folded forms, searched anchored,
/// each walk keeping the longest form it passes. A form can only be accepted where a word
/// starts, so the automaton runs only there (not at `ue` in `que`), from its root: it needs no
/// failure transitions, and it reads only the few states near the root that most words reach. (An unanchored DFA read every
/// byte through a table of about 17 MB and took a third of a second to build.)
#[derive(Clone, Debug)]
pub struct PhraseMatcher<T> {
    /// An automaton over the folded patterns (each behind [`ANCHOR`]), searched anchored.
    automaton: NFA,
    /// The state after each first byte from the anchored start and [`ANCHOR`] (dead when no
    /// pattern starts with it): the step taken at every word, looked up at once.
    first: [StateID; 256],
    /// The first four bytes of every pattern of four bytes or more.
    prefixes: PrefixBits,
    /// Every pattern of one to three bytes, as [`short_key`] makes it.
    shorts: PrefixBits,
    /// For each byte, the lengths (bit `n` for `n` bytes) of the patterns of one to three bytes
    /// that start with it: most bytes start none, and need no look-up in `shorts`.
    short_lens: [u8; 256],
    /// Folded pattern of each automaton pattern id.
    patterns: Vec<String>,
    /// Pattern id of each folded pattern (to find shorter forms at the start of a rejected one).
    index: FxHashMap<String, u32>,
    /// Forms by automaton pattern id (forms that fold alike share a pattern).
    by_pattern: Vec<Vec<u32>>,
    forms: Vec<Form<T>>,
    /// The case shape (see [`case_shape`]) of each exact-case form, made once; empty for the
    /// other forms.
    shapes: Vec<String>,
}

impl<T> PhraseMatcher<T> {
    pub fn new(forms: Vec<Form<T>>) -> Result<Self, String> {
        let mut patterns: Vec<String> = Vec::new();
        let mut by_pattern: Vec<Vec<u32>> = Vec::new();
        let mut index: FxHashMap<String, u32> =
            FxHashMap::with_capacity_and_hasher(forms.len(), Default::default());
        for (i, f) in forms.iter().enumerate() {
            let key = fold_str(&f.surface);
            if key.trim().is_empty() {
                return Err(format!("form '{}' is empty once folded", f.surface));
            }
            if key.trim() != key {
                return Err(format!(
                    "form '{}' starts or ends with white space",
                    f.surface
                ));
            }
            let p = *index.entry(key.clone()).or_insert_with(|| {
                patterns.push(key);
                by_pattern.push(Vec::new());
                (patterns.len() - 1) as u32
            });
            by_pattern[p as usize].push(i as u32);
        }
        // Searched anchored only (see `find_all`): a contiguous NFA is much cheaper to build and
        // smaller than a DFA (no failure transitions are needed). States up to depth 4 after
        // the anchor byte are dense (a lookup per byte, not a scan of the transitions): most
        // words end their walk there.
        //
        // Every pattern is put behind ANCHOR, a byte that no text has. The builder computes
        // failure transitions whatever the search (the longest part of building, following
        // chains of failures from state to state), and an anchored search never takes them;
        // behind the anchor, the failure of every state is the start state, found in one step,
        // and no state takes on the matches of a suffix. (With the standard match kind: the
        // leftmost kinds send the failures below a match state to the dead state, whose 256
        // transitions are looked up one by one; the walk keeps the longest match itself.)
        // The walk starts at the state after the anchor, so it reads the same trie.
        let automaton = contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .dense_depth(5)
            .prefilter(false)
            .build(patterns.iter().map(|p| {
                let mut anchored = Vec::with_capacity(p.len() + 1);
                anchored.push(ANCHOR);
                anchored.extend_from_slice(p.as_bytes());
                anchored
            }))
            .map_err(|e| format!("cannot build the automaton: {e}"))?;
        let start = automaton
            .start_state(Anchored::Yes)
            .map_err(|e| format!("cannot build the automaton: {e}"))?;
        let anchor = automaton.next_state(Anchored::Yes, start, ANCHOR);
        let first = std::array::from_fn(|b| automaton.next_state(Anchored::Yes, anchor, b as u8));
        let shapes = forms
            .iter()
            .map(|f| {
                let mut shape = String::new();
                if f.exact_case {
                    case_shape(&f.surface, &mut shape);
                }
                shape
            })
            .collect();
        let prefixes = PrefixBits::new(patterns.iter().filter_map(|p| first_four(p)));
        let short: Vec<&[u8]> = patterns
            .iter()
            .map(|p| p.as_bytes())
            .filter(|p| p.len() < 4)
            .collect();
        let shorts = PrefixBits::new(short.iter().map(|p| {
            let mut four = [0u8; 4];
            four[..p.len()].copy_from_slice(p);
            short_key(u32::from_le_bytes(four), p.len() as u32)
        }));
        let mut short_lens = [0u8; 256];
        for p in &short {
            short_lens[usize::from(p[0])] |= 1 << p.len();
        }
        Ok(PhraseMatcher {
            automaton,
            first,
            prefixes,
            shorts,
            short_lens,
            patterns,
            index,
            by_pattern,
            forms,
            shapes,
        })
    }

    pub fn forms(&self) -> &[Form<T>] {
        &self.forms
    }

    /// The folded patterns of the automaton (forms that fold alike share one).
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// All matches in `text` for a document in `lang`, in text order, non-overlapping.
    /// `folded` must be `Folded::new(text)` (shared between matchers of one document).
    ///
    /// Only the positions of the folded text that are not inside a folded word are tried, with
    /// an anchored search each: the longest pattern that starts there.
    /// This finds what an unanchored leftmost-longest scan finds: a match that starts inside a
    /// folded word also starts inside a word of the original (a char that is not a word char
    /// folds to one char that is not either, and a word char to at most one char, checked in the
    /// tests), so the scan would reject it and go on after that word, skipping no other start.
    pub fn find_all<'a>(
        &'a self,
        text: &str,
        folded: &Folded,
        lang: Lang,
    ) -> Vec<PhraseMatch<'a, T>> {
        let mut out = Vec::new();
        let hay = folded.text.as_str();
        let bytes = hay.as_bytes();
        let bits = folded.word_bits();
        // Invariant: `at` is a start (never inside a folded word).
        let mut at = 0;
        while at < bytes.len() {
            let start = at;
            let first = self.first[usize::from(bytes[start])];
            if self.automaton.is_dead(first) {
                // No pattern starts with this byte (white space, most punctuation).
                at = folded_word_end(folded, start);
                continue;
            }
            // A pattern of four bytes or more found here starts with the next four bytes of the
            // text; when no pattern starts so, only a pattern of one to three bytes can be found.
            if let Some(p) = four_bytes(bytes, start) {
                if !self.prefixes.may_contain(p) {
                    // A word whose first four bytes are ASCII letters and digits cannot hold a
                    // shorter form either (it would end inside the word, which no form may): go
                    // on after the word.
                    let run = ascii_word_run_end(bits, start);
                    if run >= start + 4 {
                        at = self.after_word(hay, word_chars_end_after_run(hay, run));
                        continue;
                    }
                    // Other places (`the `, `of t`, `u.s.`): when none of the one to three bytes
                    // from here is a pattern either, the walk would find nothing, and go on after
                    // this word (see the end of this loop; `word_end` from `start` is where the
                    // walk's word ends too): so do that now. Most short words are passed so.
                    if !self.short_at(p) {
                        at = self.after_word(hay, folded_word_end(folded, start));
                        continue;
                    }
                }
            }
            if let Some((end, pattern)) = self.longest_at(bytes, start, first) {
                if let Some((end, span, payloads)) =
                    self.longest_accepted(text, folded, lang, start, end, pattern)
                {
                    out.push(PhraseMatch { span, payloads });
                    // The match ends at a word boundary of the original, but be exact about the
                    // folded text: go on from the next start.
                    at = if is_start(hay, end) {
                        end
                    } else {
                        folded_word_chars_end(folded, end)
                    };
                    continue;
                }
            }
            // No form starts here, or none is accepted: no form can start inside the rest of
            // this word either; the first char after it is a start.
            at = self.after_word(hay, folded_word_end(folded, start));
        }
        out
    }

    /// Whether a pattern of one to three bytes may be the beginning of `four` (the next four
    /// bytes of the text, as a number): a false answer is exact, a true one may be a collision.
    #[inline(always)]
    fn short_at(&self, four: u32) -> bool {
        let lens = self.short_lens[(four & 0xFF) as usize];
        (1..4).any(|n| lens & (1 << n) != 0 && self.shorts.may_contain(short_key(four, n)))
    }

    /// The next start from `end`, the end of a word where no form starts: most words are
    /// followed by a space, which no pattern starts with, so step over it here (what the next
    /// round of [`find_all`](Self::find_all) would do).
    #[inline(always)]
    fn after_word(&self, hay: &str, end: usize) -> usize {
        match hay.as_bytes().get(end) {
            Some(&b) if b.is_ascii() && self.automaton.is_dead(self.first[usize::from(b)]) => {
                end + 1
            }
            _ => end,
        }
    }

    /// Runs the automaton from `start` of `hay` until no pattern can go on: the longest pattern
    /// that starts there, as `AhoCorasick::find` with an anchored `Input` finds it, without its
    /// per-call set-up (this runs at every word): its end and pattern.
    #[inline(always)]
    fn longest_at(&self, hay: &[u8], start: usize, first: StateID) -> Option<(usize, u32)> {
        let aut = &self.automaton;
        let mut found = None;
        let mut sid = first;
        let mut at = start;
        loop {
            // `sid` is the state after byte `at`, never dead.
            if aut.is_match(sid) {
                // A match state's first pattern is the one that ends here when it started at
                // `start` (behind the anchor byte); other patterns would be suffixes that
                // started later (the same check as aho-corasick's own anchored search).
                let pattern = aut.match_pattern(sid, 0);
                if aut.pattern_len(pattern) == at + 2 - start {
                    found = Some((at + 1, pattern.as_u32()));
                }
            }
            at += 1;
            let Some(&b) = hay.get(at) else {
                break;
            };
            sid = aut.next_state(Anchored::Yes, sid, b);
            if aut.is_dead(sid) {
                break;
            }
        }
        found
    }

    /// The reference implementation of [`find_all`](Self::find_all): an unanchored
    /// leftmost-longest scan of every position (`unanchored` is an automaton over
    /// [`patterns`](Self::patterns) with `MatchKind::LeftmostLongest`). The differential tests
    /// compare the two.
    #[cfg(test)]
    fn find_all_reference<'a>(
        &'a self,
        unanchored: &AhoCorasick,
        text: &str,
        folded: &Folded,
        lang: Lang,
    ) -> Vec<PhraseMatch<'a, T>> {
        let mut out = Vec::new();
        let hay = folded.text.as_str();
        let bytes = hay.as_bytes();
        let mut pos = 0;
        while pos < hay.len() {
            let Some(m) = unanchored.find(Input::new(hay).range(pos..)) else {
                break;
            };
            let (start, end) = (m.start(), m.end());
            // Most matches start inside a word (`ue` in `que`): seen in the folded text already,
            // where an ASCII letter or digit always comes from a word char.
            let inside_word = start > 0
                && bytes[start - 1].is_ascii_alphanumeric()
                && bytes[start].is_ascii_alphanumeric();
            let accepted = if inside_word {
                None
            } else {
                self.longest_accepted(text, folded, lang, start, end, m.pattern().as_u32())
            };
            match accepted {
                Some((end, _, payloads)) => {
                    out.push(PhraseMatch {
                        span: folded.original_span(start, end),
                        payloads,
                    });
                    pos = end;
                }
                // No form can start inside the rest of this word: go on after it.
                None => pos = word_end(hay, start),
            }
        }
        out
    }

    /// The longest acceptable match starting at `start`: the automaton's longest, or failing
    /// that the longest shorter pattern that is a prefix of it (`Microsoft Exchange` inside
    /// `Microsoft Exchange servers`). Its folded end, its original span and its payloads.
    fn longest_accepted<'a>(
        &'a self,
        text: &str,
        folded: &Folded,
        lang: Lang,
        start: usize,
        end: usize,
        pattern: u32,
    ) -> Option<(usize, Span, Vec<&'a T>)> {
        let span = folded.original_span(start, end);
        if !starts_word(text, span.start) {
            return None; // no form that starts here can be accepted
        }
        if let Some(p) = self.accept(text, span, pattern, lang) {
            return Some((end, span, p));
        }
        let hay = folded.text.as_str();
        let bytes = hay.as_bytes();
        let mut e = end;
        while e > start + 1 {
            e -= 1;
            if !hay.is_char_boundary(e)
                || (bytes[e - 1].is_ascii_alphanumeric() && bytes[e].is_ascii_alphanumeric())
            {
                continue;
            }
            if let Some(&p) = self.index.get(&hay[start..e]) {
                let span = folded.original_span(start, e);
                if let Some(found) = self.accept(text, span, p, lang) {
                    return Some((e, span, found));
                }
            }
        }
        None
    }

    fn accept<'a>(
        &'a self,
        text: &str,
        span: Span,
        pattern: u32,
        lang: Lang,
    ) -> Option<Vec<&'a T>> {
        if !at_word_boundary(text, span) {
            return None;
        }
        let surface = &text[span.start..span.end];
        let mut exact = Vec::new();
        let mut loose = Vec::new();
        // The surface's case shape, made when the first exact-case form needs it.
        let mut surface_shape: Option<String> = None;
        for &i in &self.by_pattern[pattern as usize] {
            let f = &self.forms[i as usize];
            if !f.lang.applies(lang) {
                continue;
            }
            if f.exact_case {
                let shape = surface_shape.get_or_insert_with(|| {
                    let mut shape = String::new();
                    case_shape(surface, &mut shape);
                    shape
                });
                if self.shapes[i as usize] == *shape {
                    exact.push(&f.payload);
                }
            } else {
                loose.push(&f.payload);
            }
        }
        let found = if exact.is_empty() { loose } else { exact };
        (!found.is_empty()).then_some(found)
    }
}

/// The case shape of `s` into `out`: folded (accents and apostrophe variants) but with the case
/// of each char kept. An exact-case form matches a surface of the same shape, so that `=EE.UU.`
/// matches `EE.UU.` and `=Pekín` matches NFD `Peki\u{301}n`. Forms' shapes are made once, when
/// the matcher is built.
fn case_shape(s: &str, out: &mut String) {
    out.reserve(s.len());
    for c in s.chars().filter(|c| !is_mark(*c)) {
        if c.is_ascii() {
            out.push(c); // folding lower-cases it, the case is put back
        } else if c.is_uppercase() {
            let at = out.len();
            fold_char(c, out);
            let folded = out.split_off(at);
            out.extend(folded.chars().flat_map(char::to_uppercase));
        } else {
            fold_char(c, out);
        }
    }
}

/// A combining mark of the Latin, Greek and Cyrillic scripts (the marks that NFD text puts after
/// a base letter, and that belong to the word of that letter).
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{483}'..='\u{489}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}')
}

/// A char that belongs to a word: a letter or digit of any script (Unicode `Alphabetic` or
/// `Numeric`), or a combining mark. Apostrophes, hyphens and periods are not: `China’s`,
/// `anti-US` and `EE.UU.` end their forms.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// The end of the word that holds byte `i` of `s` (or the next char when `i` is not in a word).
#[inline(always)]
pub(crate) fn word_end(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    match bytes.get(i) {
        None => s.len(),
        Some(&b) if b.is_ascii() => {
            if !ASCII_WORD[usize::from(b)] {
                return i + 1; // white space and ASCII punctuation
            }
            word_chars_end(s, i + 1)
        }
        Some(_) => {
            let j = word_chars_end(s, i);
            if j > i {
                j
            } else {
                s[i..].chars().next().map_or(s.len(), |c| i + c.len_utf8())
            }
        }
    }
}

/// The first byte at or after `i` (a char boundary of `s`) that is not in a word char.
#[inline(always)]
fn word_chars_end(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = i;
    while j < bytes.len() && ASCII_WORD[usize::from(bytes[j])] {
        j += 1;
    }
    if j == bytes.len() || bytes[j].is_ascii() {
        j
    } else {
        word_chars_end_slow(s, j)
    }
}

/// [`word_end`] of the folded text, its ASCII letters and digits read from the word bitmap.
#[inline(always)]
fn folded_word_end(folded: &Folded, i: usize) -> usize {
    match folded.text.as_bytes().get(i) {
        // A word byte: the end of its word; any other ASCII byte: the next byte.
        Some(&b) if b.is_ascii() => folded_word_chars_end(folded, i).max(i + 1),
        _ => word_end(&folded.text, i),
    }
}

/// [`word_chars_end`] of the folded text, its ASCII letters and digits read from the word
/// bitmap.
#[inline(always)]
fn folded_word_chars_end(folded: &Folded, i: usize) -> usize {
    word_chars_end_after_run(&folded.text, ascii_word_run_end(folded.word_bits(), i))
}

/// [`word_chars_end`] from `j`, the end of a run of ASCII letters and digits of `s`.
#[inline(always)]
fn word_chars_end_after_run(s: &str, j: usize) -> usize {
    match s.as_bytes().get(j) {
        Some(b) if !b.is_ascii() => word_chars_end_slow(s, j),
        _ => j,
    }
}

/// [`word_chars_end`] from a non-ASCII char.
#[cold]
#[inline(never)]
fn word_chars_end_slow(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = i;
    loop {
        match bytes.get(j) {
            None => return s.len(),
            Some(&b) if b.is_ascii() => {
                if !ASCII_WORD[usize::from(b)] {
                    return j;
                }
                j += 1;
            }
            Some(_) => match s[j..].chars().next() {
                Some(c) if is_word_char(c) => j += c.len_utf8(),
                _ => return j,
            },
        }
    }
}

/// Whether byte `i` of the folded text `s` is a start: a char boundary not inside a word (not a
/// word char both before and at `i`). Only a start can begin an accepted match.
fn is_start(s: &str, i: usize) -> bool {
    let before = s[..i].chars().next_back();
    let at = s[i..].chars().next();
    match (before, at) {
        (Some(b), Some(a)) => !(is_word_char(b) && is_word_char(a)),
        _ => true,
    }
}

fn starts_word(text: &str, start: usize) -> bool {
    let before = text[..start].chars().next_back();
    let first = text[start..].chars().next();
    match (before, first) {
        (Some(b), Some(f)) => !(is_word_char(b) && is_word_char(f)),
        _ => true,
    }
}

/// The span starts and ends at word boundaries of the original text.
pub fn at_word_boundary(text: &str, span: Span) -> bool {
    if !(text.is_char_boundary(span.start) && text.is_char_boundary(span.end)) {
        return false;
    }
    let after = text[span.end..].chars().next();
    let last = text[..span.end].chars().next_back();
    let ends = match (last, after) {
        (Some(l), Some(a)) => !(is_word_char(l) && is_word_char(a)),
        _ => true,
    };
    ends && starts_word(text, span.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(surface: &str, lang: FormLang, payload: &'static str) -> Form<&'static str> {
        let exact_case = surface.starts_with('=');
        Form {
            surface: surface.trim_start_matches('=').to_owned(),
            exact_case,
            lang,
            payload,
        }
    }

    fn matcher() -> PhraseMatcher<&'static str> {
        let forms = vec![
            form("China", FormLang::Both, "CHN"),
            form("=china", FormLang::Es, "CHN/NORP"),
            form("South China Sea", FormLang::Both, "SCS"),
            form("=US", FormLang::En, "USA"),
            form("=U.S.", FormLang::En, "USA"),
            form("Estados Unidos", FormLang::Es, "USA"),
            form("EE.UU.", FormLang::Es, "USA"),
            form("=EU", FormLang::En, "EU"),
            form("=UE", FormLang::Es, "EU"),
            form("Unión Europea", FormLang::Es, "EU"),
            form("=AP", FormLang::Both, "AP"),
            form("Associated Press", FormLang::Both, "AP"),
            form("Microsoft Exchange", FormLang::Both, "MSX"),
            form("Microsoft Exchange Server", FormLang::Both, "MSX"),
            form("Microsoft", FormLang::Both, "MSFT"),
            form("Pekín", FormLang::Both, "BEIJING"),
            form("Washington", FormLang::Both, "WASHINGTON"),
            form("Washington", FormLang::Both, "WA_STATE"),
            form("=Apple", FormLang::Both, "APPLE"),
            form("Xi Jinping", FormLang::Both, "XI"),
            form("Côte d’Ivoire", FormLang::Both, "CIV"),
        ];
        match PhraseMatcher::new(forms) {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        }
    }

    fn found(text: &str, lang: Lang) -> Vec<(&str, &'static str)> {
        let m = matcher();
        let f = Folded::new(text);
        m.find_all(text, &f, lang)
            .into_iter()
            .map(|x| (&text[x.span.start..x.span.end], *x.payloads[0]))
            .collect()
    }

    #[test]
    fn table_of_cases() {
        type Case<'a> = (Lang, &'a str, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            // leftmost-longest: the sea, not the country inside it
            (
                Lang::En,
                "China’s claims in the South China Sea",
                &[("China", "CHN"), ("South China Sea", "SCS")],
            ),
            // exact case: `US` but not `us`, `AP` but not `ap`
            (Lang::En, "let us see what the US says", &[("US", "USA")]),
            (Lang::En, "AP reported; tap ap", &[("AP", "AP")]),
            (
                Lang::En,
                "the U.S. and the US-led talks",
                &[("U.S.", "USA"), ("US", "USA")],
            ),
            // case and accents ignored elsewhere
            (
                Lang::Es,
                "la UNIÓN EUROPEA y EE.UU.",
                &[("UNIÓN EUROPEA", "EU"), ("EE.UU.", "USA")],
            ),
            (Lang::Es, "la union europea", &[("union europea", "EU")]),
            // an exact lower-case form wins over the case-insensitive one
            (
                Lang::Es,
                "la cancillería china y China",
                &[("china", "CHN/NORP"), ("China", "CHN")],
            ),
            // word boundaries
            (Lang::En, "the EU and Indochina", &[("EU", "EU")]),
            (Lang::Es, "que la UE puede", &[("UE", "EU")]),
            (Lang::Es, "Chinatown y Pekínés", &[]),
            // a word whose first four bytes start no form is passed over whole (`USAF`, `EUROPE`:
            // `US` and `EU` would end inside it), one that starts as a form does is walked
            // (`Apples`, `Chinas`, `China`)
            (
                Lang::En,
                "USAF Apples EUROPE Chinas China",
                &[("China", "CHN")],
            ),
            (Lang::En, "anti-China protests", &[("China", "CHN")]),
            // per-language forms
            (Lang::Es, "la EU no es española", &[]),
            (Lang::En, "the UE and Estados Unidos", &[]),
            // NFD text: accents are separate chars, spans still exact
            (
                Lang::Es,
                "Unio\u{301}n Europea y Peki\u{301}n",
                &[("Unio\u{301}n Europea", "EU"), ("Peki\u{301}n", "BEIJING")],
            ),
            // a mark after the last letter belongs to it
            (
                Lang::Es,
                "Peki\u{301}n\u{301}.",
                &[("Peki\u{301}n\u{301}", "BEIJING")],
            ),
            // a rejected longest form gives way to a shorter one at the same start
            (Lang::En, "the South China Seas", &[("China", "CHN")]),
            (
                Lang::En,
                "Microsoft Exchange servers and Microsoft Exchange Server",
                &[
                    ("Microsoft Exchange", "MSX"),
                    ("Microsoft Exchange Server", "MSX"),
                ],
            ),
            (Lang::En, "Microsoft Exchanges", &[("Microsoft", "MSFT")]),
            // possessives end the form
            (
                Lang::En,
                "China's and China’s and Xi Jinping’s",
                &[("China", "CHN"), ("China", "CHN"), ("Xi Jinping", "XI")],
            ),
            (Lang::En, "CHINA’S", &[("CHINA", "CHN")]),
            // typographic and straight apostrophes inside a form are the same
            (
                Lang::En,
                "Côte d'Ivoire, Cote d’Ivoire",
                &[("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV")],
            ),
            // exact-case form: only with its capital
            (
                Lang::En,
                "an apple a day, Apple says",
                &[("Apple", "APPLE")],
            ),
            // other scripts are word chars
            (Lang::En, "中China", &[]),
            (Lang::En, "", &[]),
            (Lang::En, "   ", &[]),
        ];
        for (lang, text, want) in cases {
            assert_eq!(found(text, *lang), *want, "{text}");
        }
    }

    #[test]
    fn shared_forms_keep_every_candidate() {
        let m = matcher();
        let text = "Washington said";
        let got = m.find_all(text, &Folded::new(text), Lang::En);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].payloads, [&"WASHINGTON", &"WA_STATE"]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        let m = matcher();
        for text in [
            "\u{301}\u{301}US",
            "US\u{301}",
            "İİİ US ßß",
            "EE.UU",
            "\u{0}US\u{0}",
            "ＵＳ and US",
            "a\u{200d}US",
        ] {
            let f = Folded::new(text);
            for x in m.find_all(text, &f, Lang::En) {
                assert!(text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end));
            }
        }
    }

    /// The assumptions behind searching at starts only (see `find_all`), for every char: a
    /// char that is not a word char folds to one char that is not either (never to nothing, which
    /// would join the words around it), and any char folds to at most one char (so a folded
    /// start is never inside the folding of one original char).
    #[test]
    fn folding_keeps_words_apart() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut f = String::new();
            fold_char(c, &mut f);
            assert!(f.chars().count() <= 1, "{c:?} folds to {f:?}");
            if !is_word_char(c) {
                assert!(
                    f.chars().count() == 1 && !f.chars().any(is_word_char),
                    "{c:?} folds to {f:?}"
                );
            }
        }
    }

    /// An unanchored leftmost-longest automaton over the matcher's patterns, for the reference.
    fn unanchored<T>(m: &PhraseMatcher<T>) -> AhoCorasick {
        match AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(m.patterns())
        {
            Ok(ac) => ac,
            Err(e) => panic!("{e}"),
        }
    }

    /// `find_all` and the reference give the same matches on `text`, in both languages.
    fn same_as_reference<T: PartialEq + std::fmt::Debug>(
        m: &PhraseMatcher<T>,
        reference: &AhoCorasick,
        text: &str,
    ) -> usize {
        let f = Folded::new(text);
        let mut n = 0;
        for lang in [Lang::En, Lang::Es] {
            let fast = m.find_all(text, &f, lang);
            let slow = m.find_all_reference(reference, text, &f, lang);
            assert_eq!(fast, slow, "{lang:?}: {text:?}");
            n += fast.len();
        }
        n
    }

    use crossclaim_core::testing::Xorshift as Rng;

    /// A variant of `form` as it could appear in text: case changed, accents added or taken
    /// away, NFD, cut short or grown inside a word.
    fn variant(rng: &mut Rng, form: &str) -> String {
        let mut out = String::new();
        let chars: Vec<char> = form.chars().collect();
        let cut = if rng.below(8) == 0 {
            rng.below(chars.len() + 1)
        } else {
            chars.len()
        };
        let case = rng.below(4);
        for &c in &chars[..cut] {
            let c = match case {
                0 => c,
                1 => c.to_uppercase().next().unwrap_or(c),
                2 => c.to_lowercase().next().unwrap_or(c),
                _ if rng.below(2) == 0 => c.to_uppercase().next().unwrap_or(c),
                _ => c,
            };
            match rng.below(24) {
                0 => {
                    out.push(c);
                    out.push('\u{301}'); // NFD accent
                }
                1 => {
                    let mut f = String::new();
                    fold_char(c, &mut f); // accent taken away
                    out.push_str(&f);
                }
                2 => out.push(match c {
                    'a' => 'á',
                    'e' => 'é',
                    'o' => 'ö',
                    'n' => 'ñ',
                    'I' => 'İ',
                    'i' => 'ı',
                    '\'' => '’',
                    c => c,
                }),
                3 => {
                    out.push(c);
                    out.push('\u{20d7}'); // a mark that folding keeps
                }
                _ => out.push(c),
            }
        }
        out
    }

    /// Texts glued from lexicon forms with random separators (white space, punctuation,
    /// apostrophes, letters and digits that put a form inside a word, marks, other scripts).
    fn generated_texts(forms: &[&str], count: usize, seed: u64) -> Vec<String> {
        const GLUE: &[&str] = &[
            " ", " ", " ", "", "-", "’s ", "'s ", "'", "ʼ", ". ", ", ", "\n", "(", ")", "\"", "«",
            "»", "—", "x", "s", "es", "2", "1", "\u{301}", "\u{20d7}", "中", "ß", "İ", "é", "Ñ",
            "\u{a0}", "\u{200d}", "ª", "½", "Ⓐ", "ǅ", "ﬁ", "ŉ", "Ω", "µ",
        ];
        let mut rng = Rng(seed);
        (0..count)
            .map(|_| {
                let mut t = String::new();
                for _ in 0..rng.below(12) + 1 {
                    t.push_str(rng.pick(GLUE));
                    let form = rng.pick(forms);
                    t.push_str(&variant(&mut rng, form));
                }
                t.push_str(rng.pick(GLUE));
                t
            })
            .collect()
    }

    #[test]
    fn same_as_reference_on_generated_text() {
        let m = matcher();
        let reference = unanchored(&m);
        let surfaces: Vec<&str> = m.forms().iter().map(|f| f.surface.as_str()).collect();
        let mut found = 0;
        for text in generated_texts(&surfaces, 20_000, 0x5eed) {
            found += same_as_reference(&m, &reference, &text);
        }
        assert!(
            found > 10_000,
            "only {found} matches: the texts test too little"
        );
    }

    /// The bundled entity lexicons, built once for the tests below.
    fn real_lexicon() -> &'static crate::EntityLexicon {
        static LEX: std::sync::OnceLock<crate::EntityLexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| {
            let dir =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/entities");
            match crate::EntityLexicon::from_dir(&dir) {
                Ok(l) => l,
                Err(e) => panic!("{e}"),
            }
        })
    }

    /// Whether `find_all` walks the automaton at a place whose next bytes are `four`.
    fn walks_at<T>(m: &PhraseMatcher<T>, four: u32) -> bool {
        m.prefixes.may_contain(four) || m.short_at(four)
    }

    /// What `find_all` passes over without a walk: four bytes that start no pattern of four
    /// bytes or more and begin with no shorter pattern. Every pattern's beginning, whatever
    /// follows it, must be let through.
    fn every_pattern_walked<T>(m: &PhraseMatcher<T>) {
        for p in m.patterns() {
            let b = p.as_bytes();
            for next in [b' ', b'.', b'a', b'z', b'0', 0xC3, 0x00] {
                let mut four = [next; 4];
                let n = b.len().min(4);
                four[..n].copy_from_slice(&b[..n]);
                assert!(walks_at(m, u32::from_le_bytes(four)), "{p:?} then {next}");
            }
        }
    }

    #[test]
    fn prefix_checks_let_every_pattern_through() {
        let test = matcher();
        every_pattern_walked(&test);
        every_pattern_walked(real_lexicon().matcher());
        // A place that starts no pattern is passed over (`the ` and `u.n.` here; `u` starts
        // `us`, two bytes, and `u.s.`, four).
        assert!(!walks_at(&test, u32::from_le_bytes(*b"the ")));
        assert!(!walks_at(&test, u32::from_le_bytes(*b"u.n.")));
        assert!(walks_at(&test, u32::from_le_bytes(*b"us, ")));
    }

    #[test]
    fn same_as_reference_with_real_lexicon_on_generated_text() {
        let m = real_lexicon().matcher();
        let reference = unanchored(m);
        let surfaces: Vec<&str> = m.forms().iter().map(|f| f.surface.as_str()).collect();
        let mut found = 0;
        for text in generated_texts(&surfaces, 20_000, 0xc0ffee) {
            found += same_as_reference(m, &reference, &text);
        }
        assert!(
            found > 10_000,
            "only {found} matches: the texts test too little"
        );
    }

    /// Real news (the JSON lines as they are: titles, text and field names) when the shared
    /// data is there; the first lines of each file.
    #[test]
    fn same_as_reference_with_real_lexicon_on_news() {
        let data =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news");
        let files = [
            "throughput_en_es/en_abc_australia_2006.jsonl",
            "throughput_en_es/en_bbc_news_2004_2005.jsonl",
            "throughput_en_es/es_conll2002_efe_newswire.jsonl",
            "throughput_en_es/es_fakenews_corpus_spanish.jsonl",
            "arab_spring_es/es_articles.jsonl",
            "arab_spring_es/fr_it_articles_sample.jsonl",
        ];
        let m = real_lexicon().matcher();
        let reference = unanchored(m);
        let mut found = 0;
        for file in files {
            let Ok(all) = std::fs::read_to_string(data.join(file)) else {
                eprintln!("skipped: no {}", data.join(file).display());
                continue;
            };
            for line in all.lines().take(300) {
                found += same_as_reference(m, &reference, line);
            }
        }
        eprintln!("{found} matches in news, the same both ways");
    }

    #[test]
    fn building_rejects_empty_forms() {
        let bad = vec![form("\u{301}", FormLang::En, "X")];
        assert!(PhraseMatcher::new(bad).is_err());
    }
}
