//! Topic concepts (`lexicons/concepts/*.lex`), matched after stemming, in both languages.
//!
//! Every word of the text is folded (case, accents) and stemmed with the Snowball stemmer of the
//! document's language (rust-stemmers) into its key; concept forms are stemmed the same way, so
//! `sanción` matches `sanciones` and `hacker` matches `hackers`. Forms become sequences of keys
//! in a trie; the text's keys are matched against it leftmost-longest, and matches map back to
//! exact byte spans of the original text through the word list.
//!
//! Speed: a word that starts as no key does (its first four bytes, see [`prefix`]) is passed over
//! without stemming, a word of four ASCII bytes or less is its own key (one look-up in the same
//! small table), a thread remembers the keys of the other words it has seen (stemming is the
//! costly step and news repeats its words), a new word that starts with no key's head (the key
//! but its last character, see [`Heads`]) is not stemmed, and a word whose key is in no form is
//! passed over at once. Words are found eight ASCII bytes at a time (`next_word`), and a word's first four
//! bytes are read from the text as they are, lower-cased with one `or`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

use crossclaim_core::words::{ascii_alnum_end, is_word_char, load8};
use crossclaim_core::{fold, strip_comment, Lang, LexiconError, Span};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

/// One concept and the broader concept it also counts as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConceptInfo {
    pub id: String,
    pub broader: Option<u32>,
}

/// A concept found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConceptHit {
    pub span: Span,
    pub concept: u32,
}

/// The forms of one language as a trie over word tokens. A token is `2 × i` for the key of
/// vocabulary word `i`, `2 × i + 1` for the same key written as a name (`^key`, see [`is_name`]).
struct LangMatcher {
    /// Key → its index in the vocabulary: every key that occurs in a form.
    vocabulary: FxHashMap<String, u32>,
    /// Trie edges: node << 32 | token → node; the root is node 0.
    edges: HashMap<u64, u32, BuildHasherDefault<EdgeHasher>>,
    /// The concept of the form that ends at each node, if any.
    ends: Vec<Option<u32>>,
    /// The [`prefix`] of every key of the vocabulary.
    prefixes: PrefixSet,
    /// The heads of the vocabulary's keys (see [`Heads`]), checked before a word is stemmed.
    heads: Heads,
    /// The node each token leads to from the root (the `edges` of node 0, by token), or
    /// [`NOT_IN_FORMS`]: most words of a form start none (`of` in `state of emergency`).
    root: Vec<u32>,
}

impl LangMatcher {
    /// Builds the trie of `forms` (` key ^key … ` strings with their concepts, in priority
    /// order: the same form twice keeps its first concept).
    fn new(forms: &[(String, u32)]) -> Self {
        let mut m = LangMatcher {
            vocabulary: FxHashMap::default(),
            edges: HashMap::default(),
            ends: vec![None],
            prefixes: PrefixSet::default(),
            heads: Heads::default(),
            root: Vec::new(),
        };
        for (form, concept) in forms {
            let mut node = 0;
            for word in form.split_whitespace() {
                let (name, key) = match word.strip_prefix('^') {
                    Some(k) => (1, k),
                    None => (0, word),
                };
                let next = m.vocabulary.len() as u32;
                // Looked up before a key is copied: most words of the forms are seen before.
                let index = match m.vocabulary.get(key) {
                    Some(&index) => index,
                    None => {
                        m.vocabulary.insert(key.to_owned(), next);
                        next
                    }
                };
                let token = 2 * index + name;
                let fresh = m.ends.len() as u32;
                node = *m.edges.entry(edge(node, token)).or_insert(fresh);
                if node == fresh {
                    m.ends.push(None);
                }
            }
            let end = &mut m.ends[node as usize];
            if end.is_none() {
                *end = Some(*concept);
            }
        }
        m.prefixes = PrefixSet::new(m.vocabulary.iter());
        m.heads = Heads::new(m.vocabulary.keys());
        m.root = (0..2 * m.vocabulary.len() as u32)
            .map(|token| {
                m.edges
                    .get(&edge(0, token))
                    .copied()
                    .unwrap_or(NOT_IN_FORMS)
            })
            .collect();
        m
    }
}

/// The first four bytes of a folded word (all of it when shorter, zero-padded), as one number.
///
/// A word's key starts as the word does: a key is the word itself, or its Snowball stem when
/// that has [`MIN_STEM`] characters or more, and such a stem keeps the word's first four bytes
/// (both stemmers only cut or rewrite endings, and never before the fifth letter when the stem
/// keeps five: English rewrites a final `y` as `i` at the earliest as the fifth letter, `nearby`
/// → `nearbi`; see the test `stems_keep_the_first_four_bytes`). So a word whose prefix is no
/// key's prefix has no key in the vocabulary, and needs neither stemming nor the key cache.
fn prefix(folded: &[u8]) -> u32 {
    let mut p = [0u8; 4];
    let n = folded.len().min(4);
    p[..n].copy_from_slice(&folded[..n]);
    u32::from_le_bytes(p)
}

/// The [`prefix`] of a word as written, when its first four bytes (or all of it) are ASCII
/// letters and digits, which fold to their lower case; `None` for other words. The plain way
/// of [`word_prefix`], which tests compare it with.
#[cfg(test)]
fn ascii_prefix(word: &[u8]) -> Option<u32> {
    let mut p = 0;
    for (k, &b) in word[..word.len().min(4)].iter().enumerate() {
        let lower = ALNUM_LOWER[usize::from(b)];
        if lower == 0 {
            return None;
        }
        p |= u32::from(lower) << (8 * k);
    }
    Some(p)
}

/// The lower case of each ASCII letter or digit byte, 0 for every other byte.
static ALNUM_LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The [`prefix`]es of the vocabulary's keys, and the vocabulary index of each key of four bytes
/// or less (which is its own prefix): a small open-addressing table (some 1 300 prefixes a
/// language in 4 096 slots, 32 KB) probed for every word of the text.
#[derive(Default)]
struct PrefixSet {
    /// A power of two long, at most a third full: `prefix | short << 32`, with `short` the
    /// vocabulary index of the key that is the whole prefix, or [`NOT_IN_FORMS`]; 0 is an empty
    /// slot (no prefix is 0: words are not empty). The index shares the prefix's slot, so that
    /// a look-up reads one cache line (two arrays of four bytes took two, and missed the
    /// first-level cache more).
    slots: Vec<u64>,
}

impl PrefixSet {
    fn new<'a>(vocabulary: impl Iterator<Item = (&'a String, &'a u32)>) -> Self {
        // Each prefix once, with the index of its short key.
        let mut entries: FxHashMap<u32, u32> = FxHashMap::default();
        for (k, &i) in vocabulary {
            let p = prefix(k.as_bytes());
            if p == 0 {
                continue;
            }
            let short = entries.entry(p).or_insert(NOT_IN_FORMS);
            if k.len() <= 4 {
                *short = i;
            }
        }
        let mut entries: Vec<(u32, u32)> = entries.into_iter().collect();
        entries.sort_unstable();
        let size = (entries.len() * 3).next_power_of_two().max(16);
        let mut set = PrefixSet {
            slots: vec![0; size],
        };
        for (p, short) in entries {
            let mut at = set.slot(p);
            while set.slots[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            set.slots[at] = u64::from(p) | u64::from(short) << 32;
        }
        set
    }

    fn slot(&self, p: u32) -> usize {
        (u64::from(p).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95) >> 40) as usize
            & (self.slots.len() - 1)
    }

    /// The index of the key of four bytes or less whose prefix is `p` (or [`NOT_IN_FORMS`]),
    /// if `p` is the prefix of some key.
    #[inline]
    fn find(&self, p: u32) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut at = self.slot(p);
        loop {
            match self.slots[at] {
                0 => return None,
                s if s as u32 == p => return Some((s >> 32) as u32),
                _ => at = (at + 1) & mask,
            }
        }
    }

    #[cfg(test)]
    fn contains(&self, p: u32) -> bool {
        self.find(p).is_some()
    }
}

/// The heads of the vocabulary's keys of [`MIN_STEM`] characters or more: each key but its last
/// character, as [`head_hash`] hashes it.
///
/// A folded word of [`MIN_STEM`] characters or more has a key that long (its stem, or itself),
/// and the word starts with that key's head: both stemmers only cut endings off, or rewrite an
/// ending so that at most the key's last character is not the word's (English `ational` →
/// `ate`, `ency` → `ence`, a final `y` → `i`; Spanish `encia` → `ente` is always followed by the
/// removal of that final `e`, which lies in RV as `encia` lies in R2). So a word none of whose
/// beginnings is a head has no key in the vocabulary, and needs no stemming (most of the words
/// that pass the [`prefix`] filter: `govern` lets `government` through, not `governor`'s
/// neighbours `gover…`); see the tests `stems_keep_the_first_four_bytes` and
/// `head_filter_keeps_every_keyed_word`. A hash that two strings share only lets a word through
/// to the stemmer, which then finds what it always found.
#[derive(Default)]
struct Heads {
    hashes: rustc_hash::FxHashSet<u64>,
    /// The longest head, in bytes: longer beginnings are not looked up.
    longest: usize,
}

impl Heads {
    fn new<'a>(keys: impl Iterator<Item = &'a String>) -> Self {
        let mut heads = Heads::default();
        for k in keys {
            let Some((last, _)) = k.char_indices().next_back() else {
                continue;
            };
            if k.chars().count() < MIN_STEM {
                continue;
            }
            heads.hashes.insert(head_hash(&k[..last]));
            heads.longest = heads.longest.max(last);
        }
        heads
    }

    /// Whether `folded` (a folded word) may have a key in the vocabulary: it is shorter than
    /// [`MIN_STEM`] characters, or it starts with a head.
    fn may_have_key(&self, folded: &str) -> bool {
        let b = folded.as_bytes();
        let mut h = 0u64;
        let mut chars = 0;
        for (i, &x) in b.iter().enumerate() {
            h = head_step(h, x);
            let boundary = b.get(i + 1).is_none_or(|&y| !is_continuation(y));
            if !boundary {
                continue;
            }
            chars += 1;
            if chars >= MIN_STEM - 1 && i < self.longest && self.hashes.contains(&h) {
                return true;
            }
        }
        chars < MIN_STEM
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// One byte more of a running hash of a word's beginning (rustc's `FxHasher` step).
fn head_step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The running hash of all of `s`, as [`Heads::may_have_key`] reaches it at the end of `s`.
fn head_hash(s: &str) -> u64 {
    s.bytes().fold(0, head_step)
}

fn edge(node: u32, token: u32) -> u64 {
    u64::from(node) << 32 | u64::from(token)
}

/// Hashes a trie edge with one multiplication (rustc's `FxHasher` constant): edges are looked up
/// for every word that is in some form.
#[derive(Default, Clone, Copy)]
struct EdgeHasher(u64);

impl Hasher for EdgeHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The concept lexicon of both languages. Immutable, `Send + Sync`.
pub struct ConceptLexicon {
    /// Tells this lexicon's vocabulary apart in the thread-local key caches.
    serial: u64,
    concepts: Vec<ConceptInfo>,
    en: LangMatcher,
    es: LangMatcher,
}

impl std::fmt::Debug for ConceptLexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ConceptLexicon({} concepts)", self.concepts.len())
    }
}

fn stemmer(lang: Lang) -> Stemmer {
    Stemmer::create(if lang == Lang::Es {
        Algorithm::Spanish
    } else {
        Algorithm::English
    })
}

/// Words of a text: runs of letters and digits, with their byte spans.
fn words(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(w) = next_word(text, i) {
        out.push(Span::new(w.start, w.end));
        i = w.end;
    }
    out
}

/// A word found by [`next_word`]: its bytes are `start..end`, and `start..ascii_end` is the run
/// of ASCII letters and digits it starts with (empty when it starts with another char).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Word {
    start: usize,
    ascii_end: usize,
    end: usize,
}

/// The first word of `text` at or after byte `i` (a char boundary): a run of chars that are
/// letters, digits ([`char::is_alphanumeric`]) or combining marks (U+0300–U+036F).
#[inline]
fn next_word(text: &str, mut i: usize) -> Option<Word> {
    let b = text.as_bytes();
    // To the first word char.
    loop {
        let &x = b.get(i)?;
        if ALNUM_LOWER[usize::from(x)] != 0 {
            break;
        }
        if x < 0x80 {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next()?;
        if is_word_char(c) {
            break;
        }
        i += c.len_utf8();
    }
    let start = i;
    let ascii_end = ascii_alnum_end(b, i);
    let mut end = ascii_end;
    // Other word chars, and the ASCII runs after them.
    while b.get(end).is_some_and(|&x| x >= 0x80) {
        match text[end..].chars().next() {
            Some(c) if is_word_char(c) => end = ascii_alnum_end(b, end + c.len_utf8()),
            _ => break,
        }
    }
    Some(Word {
        start,
        ascii_end,
        end,
    })
}

/// The [`prefix`] of a word as written, when its first four bytes (or all of it) are ASCII
/// letters and digits (`w.ascii_end` far enough), which fold to their lower case; `None` for
/// other words. An ASCII letter or digit's lower case is itself with bit 0x20 set.
#[inline]
fn word_prefix(b: &[u8], w: Word) -> Option<u32> {
    const LOWER: u32 = 0x2020_2020;
    if w.ascii_end - w.start >= 4 {
        let mut p = [0u8; 4];
        p.copy_from_slice(&b[w.start..w.start + 4]);
        Some(u32::from_le_bytes(p) | LOWER)
    } else if w.ascii_end == w.end {
        // A short word: its bytes as a number, read four at a time when the text goes on that
        // far (and the bytes after the word masked off), else one by one (no copy of a
        // variable length, which is a call).
        let n = w.end - w.start;
        let p = match b.get(w.start..w.start + 4) {
            Some(four) => {
                let mut p = [0u8; 4];
                p.copy_from_slice(four);
                u32::from_le_bytes(p) & (u32::MAX >> (8 * (4 - n)))
            }
            None => b[w.start..w.end]
                .iter()
                .rev()
                .fold(0, |p, &x| p << 8 | u32::from(x)),
        };
        Some(p | (LOWER >> (8 * (4 - n))))
    } else {
        None
    }
}

/// Stems shorter than this are too ambiguous (Spanish `para` and `paro` both stem to `par`):
/// such words match as written, with their plural.
const MIN_STEM: usize = 5;

/// The matching key of one folded word: its stem, or the word itself when the stem is short.
fn key(stemmer: &Stemmer, folded: &str) -> String {
    let stem = stemmer.stem(folded);
    if stem.chars().count() >= MIN_STEM {
        stem.into_owned()
    } else {
        folded.to_owned()
    }
}

/// [`key`] for the words of the lexicon's forms: a word of fewer than [`MIN_STEM`] characters
/// is its own key without stemming, since no stem is longer than its word (both stemmers only
/// cut or rewrite endings; see the test `form_keys_are_the_keys`). A third of the forms' words
/// and of their plurals are that short, and each stem cost some 3 800 instructions.
fn form_key(stemmer: &Stemmer, folded: &str) -> String {
    if folded.chars().count() < MIN_STEM {
        folded.to_owned()
    } else {
        key(stemmer, folded)
    }
}

/// The most slots one thread's key cache of one language has (4 MB, room for 96 Ki words at
/// three quarters full) before it starts afresh.
const MAX_SLOTS: usize = 1 << 17;
/// Longer words are not cached (they are rare, and stemmed each time).
const SLOT_WORD: usize = 24;
const NOT_IN_FORMS: u32 = u32::MAX;

/// One remembered word: its bytes (zero-padded), its length (0: an empty slot) and the index of
/// its key in the vocabulary (or [`NOT_IN_FORMS`]).
#[derive(Clone, Copy)]
struct Slot {
    word: [u8; SLOT_WORD],
    len: u8,
    index: u32,
}

const EMPTY: Slot = Slot {
    word: [0; SLOT_WORD],
    len: 0,
    index: 0,
};

/// The vocabulary index of the key of every word a thread has seen, for one language and one
/// lexicon: stemming is the costly step of [`ConceptLexicon::find`], and news repeats its words
/// (about 50 000 distinct words per language in 15 MB of news). A key depends only on the word,
/// the language and the lexicon, so the cache changes nothing but the time. It lives in a
/// thread-local, so the lexicon stays immutable and `Sync`; it is an open-addressing table of
/// short words stored inline (one probe reads one cache line), it grows as needed and is bounded
/// ([`MAX_SLOTS`]; cleared when full, or when another lexicon uses it).
struct KeyCache {
    stemmer: Stemmer,
    /// The lexicon whose vocabulary the entries index.
    serial: Option<u64>,
    /// A power of two long (or empty before first use).
    slots: Vec<Slot>,
    used: usize,
    folded: String,
}

impl KeyCache {
    fn new(lang: Lang) -> Self {
        KeyCache {
            stemmer: stemmer(lang),
            serial: None,
            slots: Vec::new(),
            used: 0,
            folded: String::new(),
        }
    }

    /// Makes the entries those of lexicon `serial`.
    fn use_lexicon(&mut self, serial: u64) {
        if self.serial != Some(serial) {
            self.slots.clear();
            self.used = 0;
            self.serial = Some(serial);
        }
    }

    /// The vocabulary index of the key of `word` (as written in the text) in `m`, if any.
    ///
    /// A word met for the first time is folded, and its folded form looked up too when that is
    /// ASCII (`Government` after `government`: a key depends only on the folded word, and an
    /// ASCII folded word folds to itself); the folded form is remembered with the word.
    #[cfg(test)]
    fn index(&mut self, m: &LangMatcher, word: &str) -> Option<u32> {
        self.index_at(m, word, 0, word.len())
    }

    /// [`index`](Self::index) of the word `text[start..end]`.
    #[inline]
    fn index_at(&mut self, m: &LangMatcher, text: &str, start: usize, end: usize) -> Option<u32> {
        let Some(padded) = pad_at(text.as_bytes(), start, end) else {
            return self.compute(m, &text[start..end]);
        };
        if let Some(index) = self.lookup(&padded, end - start) {
            return (index != NOT_IN_FORMS).then_some(index);
        }
        self.index_new(m, &text[start..end], padded)
    }

    /// [`index`](Self::index) for a word not remembered yet (about one word in fifteen on
    /// news): kept apart so that the look-up of a remembered word pays for none of its set-up.
    #[cold]
    #[inline(never)]
    fn index_new(&mut self, m: &LangMatcher, word: &str, padded: [u8; SLOT_WORD]) -> Option<u32> {
        let b = word.as_bytes();
        self.fold(word);
        let folded = (self.folded.as_bytes() != b && self.folded.is_ascii())
            .then(|| pad(self.folded.as_bytes()).map(|p| (p, self.folded.len())))
            .flatten();
        let known = folded.and_then(|(p, n)| self.lookup(&p, n));
        let index = match known {
            Some(index) => index,
            None => {
                let index = self.key_index(m).unwrap_or(NOT_IN_FORMS);
                if let Some((p, n)) = folded {
                    self.insert(Slot {
                        word: p,
                        len: n as u8,
                        index,
                    });
                }
                index
            }
        };
        self.insert(Slot {
            word: padded,
            len: b.len() as u8,
            index,
        });
        (index != NOT_IN_FORMS).then_some(index)
    }

    /// The index remembered for the word `padded` (`len` bytes), or [`NOT_IN_FORMS`].
    fn lookup(&self, padded: &[u8; SLOT_WORD], len: usize) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut at = slot_hash(padded, len) as usize & mask;
        loop {
            let s = &self.slots[at];
            if s.len == 0 {
                return None;
            }
            if usize::from(s.len) == len && s.word == *padded {
                return Some(s.index);
            }
            at = (at + 1) & mask;
        }
    }

    /// Folds and stems `word`, and looks its key up (the plain way, without the cache).
    fn compute(&mut self, m: &LangMatcher, word: &str) -> Option<u32> {
        self.fold(word);
        self.key_index(m)
    }

    fn fold(&mut self, word: &str) {
        self.folded.clear();
        crossclaim_core::fold_onto(word, &mut self.folded);
    }

    /// The vocabulary index of the key of the word folded into `self.folded`.
    fn key_index(&self, m: &LangMatcher) -> Option<u32> {
        if !m.heads.may_have_key(&self.folded) {
            return None;
        }
        m.vocabulary
            .get(key(&self.stemmer, &self.folded).as_str())
            .copied()
    }

    fn insert(&mut self, slot: Slot) {
        // At most three quarters full: grow, or start afresh at the bound.
        if (self.used + 1) * 4 > self.slots.len() * 3 {
            let size = (self.slots.len() * 2).max(1024);
            let old = std::mem::take(&mut self.slots);
            self.used = 0;
            if size > MAX_SLOTS {
                self.slots = vec![EMPTY; old.len()];
            } else {
                self.slots = vec![EMPTY; size];
                for s in old.into_iter().filter(|s| s.len > 0) {
                    self.place(s);
                }
            }
        }
        self.place(slot);
    }

    fn place(&mut self, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut at = slot_hash(&slot.word, usize::from(slot.len)) as usize & mask;
        while self.slots[at].len != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
        self.used += 1;
    }
}

/// `b` zero-padded to a cache slot's word, when it fits one (and is not empty).
fn pad(b: &[u8]) -> Option<[u8; SLOT_WORD]> {
    if b.is_empty() || b.len() > SLOT_WORD {
        return None;
    }
    let mut padded = [0u8; SLOT_WORD];
    padded[..b.len()].copy_from_slice(b);
    Some(padded)
}

/// `b[start..end]` zero-padded to a cache slot's word, when it fits one (and is not empty):
/// read as three eight-byte lanes of `b`, the bytes past the word masked off, when `b` goes on
/// that far (a copy of a variable length is a call to `memcpy`, with its own branches on the
/// length, for every word looked up); else as [`pad`] does.
#[inline]
fn pad_at(b: &[u8], start: usize, end: usize) -> Option<[u8; SLOT_WORD]> {
    let len = end - start;
    let Some(window) = b.get(start..start + SLOT_WORD) else {
        return pad(&b[start..end]);
    };
    if len == 0 || len > SLOT_WORD {
        return None;
    }
    let keep = &LANE_MASKS[len];
    let mut padded = [0u8; SLOT_WORD];
    for (k, lane) in padded.chunks_exact_mut(8).enumerate() {
        lane.copy_from_slice(&(load8(&window[8 * k..]) & keep[k]).to_le_bytes());
    }
    Some(padded)
}

/// For each word length up to [`SLOT_WORD`], the masks of a padded word's three lanes that keep
/// the word's bytes (a table of 600 bytes read once a look-up, not three masks computed).
static LANE_MASKS: [[u64; 3]; SLOT_WORD + 1] = {
    let mut t = [[0u64; 3]; SLOT_WORD + 1];
    let mut len = 0;
    while len <= SLOT_WORD {
        let mut k = 0;
        while k < 3 {
            let n = len.saturating_sub(8 * k);
            t[len][k] = if n >= 8 {
                u64::MAX
            } else {
                (1u64 << (8 * n)) - 1
            };
            k += 1;
        }
        len += 1;
    }
    t
};

/// The multiply-rotate hash of rustc's `FxHasher` over a padded word's first eight bytes and
/// its length: most words are that short, and longer ones that share their first eight bytes
/// (`governmen…`) are few, and differ in length or sit in the next slots (hashing all three
/// lanes cost more than those probes).
fn slot_hash(w: &[u8; SLOT_WORD], len: usize) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut x = [0u8; 8];
    x.copy_from_slice(&w[..8]);
    let h = (u64::from_le_bytes(x) ^ len as u64).wrapping_mul(K);
    // The top bits are the best mixed (they depend on every byte): brought down for the mask,
    // at most MAX_SLOTS (2^17) long.
    h.rotate_left(17)
}

/// One key cache per language.
struct KeyCaches {
    en: KeyCache,
    es: KeyCache,
    /// The words of the text being read whose key is in some form, kept from one call to the
    /// next (`find` runs once per sentence: a new vector grew a few times for each).
    found: Vec<(Span, u32, u32)>,
}

impl KeyCaches {
    fn of(&mut self, lang: Lang) -> &mut KeyCache {
        if lang == Lang::Es {
            &mut self.es
        } else {
            &mut self.en
        }
    }
}

thread_local! {
    static KEYS: std::cell::RefCell<KeyCaches> = std::cell::RefCell::new(KeyCaches {
        en: KeyCache::new(Lang::En),
        es: KeyCache::new(Lang::Es),
        found: Vec::new(),
    });
}

/// ` key key key ` for a phrase, and its variants: with a plural last word when that word's
/// key is the word itself; for a capitalised form, with its capitalised words marked `^` as
/// names are in the text (all of them, or all but a sentence-initial first word).
///
/// `memo` remembers the key of every word seen (the forms of a lexicon share many words, and
/// stemming them was most of the time taken to load it).
fn phrase_keys(
    stemmer: &Stemmer,
    phrase: &str,
    memo: &mut FxHashMap<String, String>,
) -> Vec<String> {
    let mut key_of = |w: &str| match memo.get(w) {
        Some(k) => k.clone(),
        None => {
            let k = form_key(stemmer, w);
            memo.insert(w.to_owned(), k.clone());
            k
        }
    };
    let spans = words(phrase);
    let folded: Vec<String> = spans
        .iter()
        .map(|w| fold(&phrase[w.start..w.end]))
        .collect();
    let capital: Vec<bool> = spans
        .iter()
        .map(|w| phrase[w.start..].starts_with(char::is_uppercase))
        .collect();
    let mut keys: Vec<String> = folded.iter().map(|w| key_of(w)).collect();
    // The keys of the last word's variants: its own, then its plurals' when that is the word.
    let mut lasts: Vec<String> = keys.last().into_iter().cloned().collect();
    if let (Some(last), Some(word)) = (keys.last(), folded.last()) {
        if last == word {
            let mut plural = word.clone();
            plural.push('s');
            lasts.push(key_of(&plural));
            plural.truncate(word.len());
            plural.push_str("es");
            lasts.push(key_of(&plural));
        }
    }
    // Each variant written straight into its string, not through `format!` of joined, cloned
    // and marked vectors of keys.
    let named = capital.iter().any(|&c| c);
    let mut out = Vec::new();
    for last in lasts {
        if let Some(k) = keys.last_mut() {
            *k = last;
        }
        if named {
            out.push(spaced(&keys, &capital, 0));
            out.push(spaced(&keys, &capital, 1));
        } else {
            out.push(spaced(&keys, &capital, keys.len()));
        }
    }
    if out.is_empty() {
        out.push(spaced(&keys, &capital, 0)); // no words: the caller reports the form
    }
    out.dedup();
    out
}

/// ` key key key ` with a space before, between and after the keys, and `^` before the key of
/// each capitalised word from the `marked_from`-th on.
fn spaced(keys: &[String], capital: &[bool], marked_from: usize) -> String {
    let mut s = String::with_capacity(keys.iter().map(|k| k.len() + 2).sum::<usize>() + 2);
    s.push(' ');
    for (i, (k, &c)) in keys.iter().zip(capital).enumerate() {
        if i > 0 {
            s.push(' ');
        }
        if c && i >= marked_from {
            s.push('^');
        }
        s.push_str(k);
    }
    s.push(' ');
    s
}

/// A capitalised word that does not start a sentence (`March`, `Trial Lawyers`) is a name: it
/// only matches forms written with a capital.
#[inline(always)]
fn is_name(text: &str, w: Span) -> bool {
    // Most words start with a lower-case ASCII letter or a digit: no name (seen here, where
    // `find` calls this for every word it keeps).
    let first = text.as_bytes()[w.start];
    !(first.is_ascii_lowercase() || first.is_ascii_digit()) && is_capitalised_name(text, w)
}

/// [`is_name`] for a word that does not start with a lower-case ASCII letter or a digit.
#[inline(never)]
fn is_capitalised_name(text: &str, w: Span) -> bool {
    if !text[w.start..].starts_with(char::is_uppercase) {
        return false;
    }
    let before = text[..w.start].trim_end_matches([' ', '\t']);
    !(before.is_empty()
        || before.ends_with([
            '.', '!', '?', ':', '"', '“', '«', '¿', '¡', '\n', '\'', '‘', '(', '-', '—',
        ]))
}

impl ConceptLexicon {
    /// Loads every `*.lex` file of a concept directory, in name order.
    pub fn from_dir(dir: &std::path::Path) -> Result<Self, LexiconError> {
        let files = LexiconError::read_dir(dir, "lex")?;
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        Self::parse(&refs)
    }

    /// Parses concept files given as `(name, contents)`: `@ID [broader=ID]` then
    /// `en<TAB>form | …` / `es<TAB>form | …` lines.
    pub fn parse(files: &[(&str, &str)]) -> Result<Self, LexiconError> {
        Self::parse_keeping(files, false)
    }

    /// [`parse`](Self::parse); `dedup`: each language's trie is given each form's keys once
    /// (the plain way, which the tests compare with): [`LangMatcher::new`] keeps the first
    /// concept of a form given twice anyway, so `parse` does not look every key string up in a
    /// set first.
    fn parse_keeping(files: &[(&str, &str)], dedup: bool) -> Result<Self, LexiconError> {
        let mut concepts: Vec<ConceptInfo> = Vec::new();
        let mut by_id: FxHashMap<String, u32> = FxHashMap::default();
        let mut broader: Vec<(u32, String, String, usize)> = Vec::new();
        let mut forms: Vec<(Lang, String, u32)> = Vec::new();
        for (name, text) in files {
            let mut current: Option<u32> = None;
            for (i, raw) in text.lines().enumerate() {
                let line_no = i + 1;
                let err = |m: String| LexiconError::new(*name, line_no, m);
                let line = strip_comment(raw);
                if line.trim().is_empty() {
                    continue;
                }
                if let Some(head) = line.strip_prefix('@') {
                    let mut parts = head.split_whitespace();
                    let id = parts.next().unwrap_or("").to_owned();
                    if id.is_empty()
                        || !id
                            .bytes()
                            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
                    {
                        return Err(err(format!(
                            "'{id}' is not a valid concept ID ([A-Z0-9_]+)"
                        )));
                    }
                    if by_id.contains_key(&id) {
                        return Err(err(format!("concept {id} is defined twice")));
                    }
                    let index = concepts.len() as u32;
                    for kv in parts {
                        match kv.split_once('=') {
                            Some(("broader", b)) => {
                                broader.push((index, b.to_owned(), name.to_string(), line_no))
                            }
                            _ => {
                                return Err(err(format!(
                                    "{id}: unknown attribute '{kv}' (broader=)"
                                )))
                            }
                        }
                    }
                    by_id.insert(id.clone(), index);
                    concepts.push(ConceptInfo { id, broader: None });
                    current = Some(index);
                    continue;
                }
                let Some(concept) = current else {
                    return Err(err("forms before any '@ID' line".into()));
                };
                let (lang, rest) = line
                    .split_once('\t')
                    .ok_or_else(|| err("a form line needs LANG, a tab, then forms".into()))?;
                let langs: &[Lang] = match lang.trim() {
                    "en" => &[Lang::En],
                    "es" => &[Lang::Es],
                    "*" => &[Lang::En, Lang::Es],
                    other => return Err(err(format!("unknown language '{other}' (en, es, *)"))),
                };
                for f in rest.split('|') {
                    let f = f.trim();
                    if f.is_empty() {
                        return Err(err("empty form between '|'".into()));
                    }
                    for &l in langs {
                        forms.push((l, f.to_owned(), concept));
                    }
                }
            }
        }
        for (index, b, file, line) in broader {
            let target = *by_id.get(&b).ok_or_else(|| {
                LexiconError::new(&file, line, format!("broader={b} is not a defined concept"))
            })?;
            concepts[index as usize].broader = Some(target);
        }
        let build = |lang: Lang| -> Result<LangMatcher, LexiconError> {
            let st = stemmer(lang);
            let mut memo = FxHashMap::default();
            let mut patterns: Vec<(String, u32)> = Vec::new();
            let mut seen: FxHashMap<String, u32> = FxHashMap::default();
            for (l, f, c) in &forms {
                if *l != lang {
                    continue;
                }
                for p in phrase_keys(&st, f, &mut memo) {
                    if p.trim().is_empty() {
                        return Err(LexiconError::new(
                            "concepts",
                            0,
                            format!("form '{f}' has no words"),
                        ));
                    }
                    // The same key under two concepts: the first keeps it (in the trie).
                    if !dedup || seen.insert(p.clone(), *c).is_none() {
                        patterns.push((p, *c));
                    }
                }
            }
            Ok(LangMatcher::new(&patterns))
        };
        static SERIAL: AtomicU64 = AtomicU64::new(0);
        Ok(ConceptLexicon {
            serial: SERIAL.fetch_add(1, Ordering::Relaxed),
            en: build(Lang::En)?,
            es: build(Lang::Es)?,
            concepts,
        })
    }

    pub fn concept(&self, index: u32) -> &ConceptInfo {
        &self.concepts[index as usize]
    }

    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// Concepts in `text` (a document in `lang`), in text order, non-overlapping.
    pub fn find(&self, text: &str, lang: Lang) -> Vec<ConceptHit> {
        let mut out = Vec::new();
        self.find_into(text, lang, &mut out);
        out
    }

    /// As [`find`](Self::find), appending to `out` (which a caller reading sentence after
    /// sentence can reuse: most sentences have a concept or two).
    pub fn find_into(&self, text: &str, lang: Lang, out: &mut Vec<ConceptHit>) {
        let m = match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
            Lang::Und => return,
        };
        // The words whose key is in some form: (span, number of the word in the text, token).
        // The others match nothing; a form only matches words that follow each other.
        KEYS.with(|caches| {
            let mut caches = caches.borrow_mut();
            let mut found = std::mem::take(&mut caches.found);
            found.clear();
            let cache = caches.of(lang);
            cache.use_lexicon(self.serial);
            let b = text.as_bytes();
            // The number of the last word kept (none yet: a number that no word's follows).
            let mut last = u32::MAX - 1;
            let mut n = 0;
            let mut at = 0;
            while let Some(word) = next_word(text, at) {
                at = word.end;
                let index = match word_prefix(b, word) {
                    // No key starts as this word does.
                    Some(p) => match m.prefixes.find(p) {
                        None => None,
                        // A word of four ASCII bytes or less is its own key.
                        Some(i) if word.end - word.start <= 4 => (i != NOT_IN_FORMS).then_some(i),
                        Some(_) => cache.index_at(m, text, word.start, word.end),
                    },
                    None => cache.index_at(m, text, word.start, word.end),
                };
                if let Some(i) = index {
                    let w = Span::new(word.start, word.end);
                    let token = 2 * i + u32::from(is_name(text, w));
                    // A word that starts no form (`of`, `de`) only matters right after a kept
                    // word, which a form may go on from: others could be in no match.
                    let starts = m.root[token as usize] != NOT_IN_FORMS;
                    if starts | (last.wrapping_add(1) == n) {
                        found.push((w, n, token));
                        last = n;
                    }
                }
                n += 1;
            }
            Self::longest_forms(m, &found, out);
            // Kept unless a very long sentence made it large.
            if found.capacity() <= 1 << 16 {
                caches.found = found;
            }
        })
    }

    /// The forms over `found` (see [`find`](Self::find)), leftmost-longest.
    fn longest_forms(m: &LangMatcher, found: &[(Span, u32, u32)], out: &mut Vec<ConceptHit>) {
        // Leftmost-longest: the longest form starting at the first word where one starts, then
        // on after it.
        let mut i = 0;
        while i < found.len() {
            let mut node = 0;
            let mut longest = None;
            for j in i..found.len() {
                if j == i {
                    match m.root[found[j].2 as usize] {
                        NOT_IN_FORMS => break,
                        next => node = next,
                    }
                } else {
                    if found[j].1 != found[j - 1].1 + 1 {
                        break;
                    }
                    match m.edges.get(&edge(node, found[j].2)) {
                        Some(&next) => node = next,
                        None => break,
                    }
                }
                if let Some(c) = m.ends[node as usize] {
                    longest = Some((j, c));
                }
            }
            match longest {
                Some((last, concept)) => {
                    out.push(ConceptHit {
                        span: Span::new(found[i].0.start, found[last].0.end),
                        concept,
                    });
                    i = last + 1;
                }
                None => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEX: &str = "@ATTACK\nen\tattack\nes\tataque\n@CYBERATTACK broader=ATTACK\nen\tcyberattack | cyber attack | hack\nes\tciberataque | ataque cibernético\n@SANCTIONS\nen\tsanction\nes\tsanción\n";

    fn found(text: &str, lang: Lang) -> Vec<(String, String)> {
        let lex = ConceptLexicon::parse(&[("c.lex", LEX)]).unwrap_or_else(|e| panic!("{e}"));
        lex.find(text, lang)
            .into_iter()
            .map(|h| {
                (
                    text[h.span.start..h.span.end].to_owned(),
                    lex.concept(h.concept).id.clone(),
                )
            })
            .collect()
    }

    /// What the prefix filter of `find` rests on (see [`prefix`]): a key of five characters or
    /// more keeps the word's first four bytes, for beginnings of one to six letters (the stemmers'
    /// regions start after a vowel and a consonant, so short beginnings are where a rewrite could
    /// reach the front) followed by one or two endings the Snowball rules remove or rewrite, and
    /// for every word of the bundled corpus.
    #[test]
    fn stems_keep_the_first_four_bytes() {
        let words = test_words();
        assert!(words.len() > 100_000);
        for lang in [Lang::En, Lang::Es] {
            let st = stemmer(lang);
            for w in &words {
                let f = fold(w);
                let k = key(&st, &f);
                if f.len() <= 4 {
                    assert_eq!(k, f, "{lang:?}: a short word is its own key");
                }
                assert_eq!(
                    prefix(k.as_bytes()),
                    prefix(f.as_bytes()),
                    "{lang:?}: '{f}' has key '{k}'"
                );
                // What the head filter rests on (see [`Heads`]).
                if f.chars().count() >= MIN_STEM {
                    let (last, _) = k.char_indices().next_back().expect("a key");
                    assert!(
                        k.chars().count() >= MIN_STEM,
                        "{lang:?}: '{f}' has key '{k}'"
                    );
                    assert!(f.starts_with(&k[..last]), "{lang:?}: '{f}' has key '{k}'");
                }
            }
        }
    }

    /// Words that put the stemmers' rules to work: beginnings of one to six letters (the
    /// stemmers' regions start after a vowel and a consonant, so short beginnings are where a
    /// rewrite could reach the front) followed by one or two endings the Snowball rules remove or
    /// rewrite, and every word of the bundled corpus.
    fn test_words() -> Vec<String> {
        let beginnings = [
            "a", "b", "y", "ab", "ba", "ay", "ya", "yy", "ey", "ie", "oa", "bab", "aba", "abb",
            "bay", "yay", "eau", "gen", "arse", "past", "later", "organ", "commun", "emerg",
            "univers", "gener", "sky", "dy", "ly", "ty", "id", "gent", "ug", "earl", "onl", "sing",
            "news", "atla", "cosm", "bia", "ande", "inn", "out", "cann", "herr", "earr", "proc",
            "exc", "succ", "hop", "tap", "fil", "luz", "cant", "qu", "gu", "arg", "ori", "ll",
        ];
        let endings = [
            "",
            "s",
            "es",
            "ies",
            "ied",
            "us",
            "ss",
            "sses",
            "ing",
            "ingly",
            "ed",
            "edly",
            "eed",
            "eedly",
            "y",
            "ly",
            "ational",
            "tional",
            "enci",
            "anci",
            "abli",
            "entli",
            "izer",
            "ization",
            "ation",
            "ator",
            "alism",
            "aliti",
            "alli",
            "fulness",
            "ousli",
            "ousness",
            "iveness",
            "iviti",
            "biliti",
            "bli",
            "ogi",
            "fulli",
            "lessli",
            "li",
            "alize",
            "icate",
            "iciti",
            "ical",
            "ful",
            "ness",
            "ative",
            "al",
            "ance",
            "ence",
            "er",
            "ic",
            "able",
            "ible",
            "ant",
            "ement",
            "ment",
            "ent",
            "ism",
            "ate",
            "iti",
            "ous",
            "ive",
            "ize",
            "ion",
            "e",
            "l",
            "at",
            "bl",
            "iz",
            "anza",
            "anzas",
            "ico",
            "ica",
            "icos",
            "icas",
            "ismo",
            "ista",
            "oso",
            "osa",
            "amiento",
            "imiento",
            "acion",
            "aciones",
            "adora",
            "ador",
            "ante",
            "logia",
            "logias",
            "ucion",
            "uciones",
            "encia",
            "encias",
            "amente",
            "mente",
            "idad",
            "idades",
            "iva",
            "ivo",
            "ivos",
            "ya",
            "ye",
            "yan",
            "yen",
            "yeron",
            "yendo",
            "yo",
            "yas",
            "yes",
            "yais",
            "yamos",
            "arian",
            "aria",
            "ara",
            "aran",
            "ieran",
            "ieron",
            "iendo",
            "ando",
            "ado",
            "ada",
            "ido",
            "ida",
            "ar",
            "er",
            "ir",
            "ia",
            "ian",
            "emos",
            "os",
            "a",
            "o",
            "me",
            "se",
            "sela",
            "selo",
            "selas",
            "selos",
            "la",
            "le",
            "lo",
            "las",
            "les",
            "los",
            "nos",
            "gue",
            "gues",
            "abilidad",
            "iblemente",
        ];
        let mut words: Vec<String> = Vec::new();
        for b in beginnings {
            for e1 in endings {
                for e2 in [
                    "", "s", "es", "ly", "mente", "ing", "ed", "ness", "a", "o", "os",
                ] {
                    words.push(format!("{b}{e1}{e2}"));
                    words.push(format!("{b}{b}{e1}{e2}"));
                }
            }
        }
        for text in crossclaim_core::testing::corpus_texts() {
            words.extend(words_of(&text));
        }
        words
    }

    /// `form_key` (no stemming below MIN_STEM characters) against `key`, on the test words, the
    /// concept lexicon's words and their plurals: no stem is longer than its word.
    #[test]
    fn form_keys_are_the_keys() {
        let mut words = test_words();
        let lex = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../lexicons/concepts/concepts.lex"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        for w in words_of(&lex) {
            words.push(format!("{w}s"));
            words.push(format!("{w}es"));
            words.push(w);
        }
        let mut short = 0;
        for lang in [Lang::En, Lang::Es] {
            let st = stemmer(lang);
            for w in &words {
                let f = fold(w);
                assert!(
                    st.stem(&f).chars().count() <= f.chars().count(),
                    "{lang:?}: {f}"
                );
                assert_eq!(form_key(&st, &f), key(&st, &f), "{lang:?}: {f}");
                short += usize::from(f.chars().count() < MIN_STEM);
            }
        }
        assert!(short > 1000, "{short} short words");
    }

    /// The tries built from every form's keys as they come (what `parse` does) against those
    /// built from each key string once, with the bundled lexicon: the same vocabulary, edges,
    /// ends and root.
    #[test]
    fn tries_keep_the_first_concept_of_a_form() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../lexicons/concepts/concepts.lex");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
        // The same form under a second concept, and a form given twice.
        let extra = "@X_AGAIN\nen\tcyber attack | sanctions | sanctions\nes\tciberataque\n";
        let files = [("concepts.lex", text.as_str()), ("again.lex", extra)];
        let fast = ConceptLexicon::parse_keeping(&files, false).unwrap_or_else(|e| panic!("{e}"));
        let plain = ConceptLexicon::parse_keeping(&files, true).unwrap_or_else(|e| panic!("{e}"));
        for (a, b) in [(&fast.en, &plain.en), (&fast.es, &plain.es)] {
            assert!(a.vocabulary.len() > 1000);
            assert_eq!(a.vocabulary, b.vocabulary);
            assert_eq!(a.edges, b.edges);
            assert_eq!(a.ends, b.ends);
            assert_eq!(a.root, b.root);
        }
        let ids = |t: &str, l: Lang| {
            fast.find(t, l)
                .into_iter()
                .map(|h| fast.concept(h.concept).id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("New sanctions", Lang::En), ["SANCTIONS"]);
    }

    /// The head filter against the plain way (stem every word and look its key up), with the
    /// bundled concept lexicon: it lets through every word that has a key in the vocabulary,
    /// and passes over a good share of the others (which is what it is for).
    #[test]
    fn head_filter_keeps_every_keyed_word() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/concepts");
        let lex = ConceptLexicon::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        let mut words = test_words();
        for (k, _) in lex.en.vocabulary.iter().chain(lex.es.vocabulary.iter()) {
            for end in [
                "", "s", "es", "ed", "ing", "ly", "a", "os", "ción", "idad", "mente",
            ] {
                words.push(format!("{k}{end}"));
            }
        }
        for (lang, m) in [(Lang::En, &lex.en), (Lang::Es, &lex.es)] {
            let st = stemmer(lang);
            let mut cache = KeyCache::new(lang);
            let (mut keyed, mut passed_over) = (0, 0);
            for w in &words {
                let f = fold(w);
                let plain = m.vocabulary.get(&key(&st, &f)).copied();
                keyed += usize::from(plain.is_some());
                if !m.heads.may_have_key(&f) {
                    assert_eq!(plain, None, "{lang:?}: '{w}' has a key");
                    passed_over += 1;
                }
                assert_eq!(cache.compute(m, w), plain, "{lang:?}: '{w}'");
            }
            assert!(keyed > 1000, "{lang:?}: {keyed} keyed words");
            assert!(
                passed_over * 2 > words.len(),
                "{lang:?}: {passed_over} passed over"
            );
        }
    }

    /// The key cache (with its look-up of a new word's folded form) against the plain way, on
    /// the corpus's words and their capitalised, upper-case and accented variants, met in both
    /// orders.
    #[test]
    fn key_cache_agrees_with_the_plain_way() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/concepts");
        let lex = ConceptLexicon::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        let mut words = Vec::new();
        for w in test_words().into_iter().step_by(7) {
            let mut cap = w.clone();
            if let Some(first) = cap.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            words.extend([cap, w.to_uppercase(), w.replace('a', "á"), w]);
        }
        for (lang, m) in [(Lang::En, &lex.en), (Lang::Es, &lex.es)] {
            let mut plain = KeyCache::new(lang);
            for order in [false, true] {
                let mut cache = KeyCache::new(lang);
                let mut keyed = 0;
                for i in 0..words.len() {
                    let w = &words[if order { words.len() - 1 - i } else { i }];
                    let want = plain.compute(m, w);
                    assert_eq!(cache.index(m, w), want, "{lang:?}: '{w}'");
                    keyed += usize::from(want.is_some());
                    let f = fold(w);
                    if f.is_ascii() {
                        assert_eq!(fold(&f), f, "an ASCII folded word folds to itself");
                    }
                }
                assert!(keyed > 200, "{lang:?}: {keyed}");
            }
        }
    }

    /// `find` the plain way: every word folded, stemmed and looked up, every keyed word kept.
    fn find_plain(lex: &ConceptLexicon, text: &str, lang: Lang) -> Vec<ConceptHit> {
        let m = if lang == Lang::Es { &lex.es } else { &lex.en };
        let st = stemmer(lang);
        let mut found = Vec::new();
        for (n, w) in words(text).into_iter().enumerate() {
            let f = fold(&text[w.start..w.end]);
            if let Some(&i) = m.vocabulary.get(&key(&st, &f)) {
                found.push((w, n as u32, 2 * i + u32::from(is_name(text, w))));
            }
        }
        let mut out = Vec::new();
        ConceptLexicon::longest_forms(m, &found, &mut out);
        out
    }

    /// `find` (its filters, key cache and the words it passes over) against the plain way, with
    /// the bundled lexicon, on the corpus's lines and on texts made of the lexicon's own words,
    /// small words and capitals.
    #[test]
    fn find_agrees_with_the_plain_way() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/concepts");
        let lex = ConceptLexicon::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        let mut texts: Vec<String> = Vec::new();
        for text in crossclaim_core::testing::corpus_texts() {
            texts.extend(text.lines().map(str::to_owned));
        }
        let mut pieces: Vec<&str> = vec![
            " ", " ", ". ", ", ", "of", "de", "la", "the", "The", "state", "March", "—", "¿",
        ];
        let mut vocabulary: Vec<&String> = lex.en.vocabulary.keys().collect();
        vocabulary.extend(lex.es.vocabulary.keys());
        vocabulary.sort();
        pieces.extend(vocabulary.iter().step_by(5).map(|k| k.as_str()));
        let range = 2 * pieces.len() as u64;
        texts.extend(crossclaim_core::testing::mixed_texts(
            &pieces,
            3_000,
            40,
            range,
            [" ", " "],
        ));
        let mut hits = 0;
        for t in &texts {
            for lang in [Lang::En, Lang::Es] {
                let fast = lex.find(t, lang);
                assert_eq!(fast, find_plain(&lex, t, lang), "{lang:?}: {t:?}");
                hits += fast.len();
            }
        }
        assert!(hits > 1000, "{hits} hits");
    }

    /// Words read the plain way, char by char (see [`next_word`]).
    fn plain_words(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c) {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push(Span::new(s, i));
            }
        }
        if let Some(s) = start {
            out.push(Span::new(s, text.len()));
        }
        out
    }

    fn assert_plain_words(text: &str) {
        let b = text.as_bytes();
        let mut i = 0;
        let mut got = Vec::new();
        while let Some(w) = next_word(text, i) {
            assert!(w.start <= w.ascii_end && w.ascii_end <= w.end);
            let run = b[w.start..w.end]
                .iter()
                .take_while(|x| x.is_ascii_alphanumeric())
                .count();
            assert_eq!(w.ascii_end, w.start + run, "{text:?}");
            assert_eq!(
                word_prefix(b, w),
                ascii_prefix(&b[w.start..w.end]),
                "{text:?}"
            );
            got.push(Span::new(w.start, w.end));
            i = w.end;
        }
        assert_eq!(got, plain_words(text), "{text:?}");
    }

    /// The word scanner's fast paths (eight bytes at a time, `is_word_char`, the prefix read
    /// from the bytes) against the plain reading, on the bundled corpus and on generated texts
    /// that put each kind of char at every place of an eight-byte chunk.
    #[test]
    fn words_match_the_plain_reading() {
        for text in crossclaim_core::testing::corpus_texts() {
            assert_plain_words(&text);
        }
        let pieces = [
            "a", "Z", "0", "9", "@", "[", "`", "{", "/", ":", " ", "\t", "é", "Ñ", "×", "²", "«",
            "’", "—", "\u{a0}", "\u{301}", "Σ", "Ⓐ", "中", "😀", "ǅ", "ß", "\u{85}",
        ];
        for t in crossclaim_core::testing::mixed_texts(&pieces, 20_000, 23, 64, ["w", "Q"]) {
            assert_plain_words(&t);
        }
    }

    fn words_of(text: &str) -> Vec<String> {
        words(text)
            .into_iter()
            .map(|w| text[w.start..w.end].to_owned())
            .collect()
    }

    /// A word padded from the text's lanes (the bytes after it masked off) against the plain
    /// copy, for every word length at every place of a text and near its end.
    #[test]
    fn pad_at_is_the_plain_padding() {
        let text = "abcdefghijklmnopqrstuvwxyz0123456789 áé ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(2);
        let b = text.as_bytes();
        let mut fast = 0;
        for start in 0..b.len() {
            for end in start..=b.len().min(start + SLOT_WORD + 2) {
                assert_eq!(pad_at(b, start, end), pad(&b[start..end]), "{start}..{end}");
                fast += usize::from(b.len() >= start + SLOT_WORD);
            }
        }
        assert!(fast > 1000);
    }

    /// The prefix table (each prefix's short key in its slot) against the plain way (a map from
    /// each key's prefix to the index of the key that is the whole prefix), with the bundled
    /// lexicon, for the prefixes of its own keys, of the test words and of random numbers.
    #[test]
    fn prefix_table_agrees_with_the_plain_map() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/concepts");
        let lex = ConceptLexicon::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        let mut rng = crossclaim_core::testing::Xorshift(0x9e37_79b9_7f4a_7c15);
        for m in [&lex.en, &lex.es] {
            let mut plain: HashMap<u32, u32> = HashMap::new();
            for (k, &i) in &m.vocabulary {
                let short = plain.entry(prefix(k.as_bytes())).or_insert(NOT_IN_FORMS);
                if k.len() <= 4 {
                    *short = i;
                }
            }
            let mut probes: Vec<u32> = plain.keys().copied().collect();
            probes.extend(test_words().iter().map(|w| prefix(fold(w).as_bytes())));
            probes.extend((0..100_000).map(|_| rng.below(1 << 32) as u32));
            let (mut found, mut short) = (0, 0);
            for p in probes.into_iter().filter(|&p| p != 0) {
                let fast = m.prefixes.find(p);
                assert_eq!(fast, plain.get(&p).copied(), "{p:#x}");
                found += usize::from(fast.is_some());
                short += usize::from(fast.is_some_and(|i| i != NOT_IN_FORMS));
            }
            assert!(found > 1000 && short > 300, "{found} found, {short} short");
        }
    }

    /// The filter passes over exactly the words with no key in the vocabulary, and nothing else.
    #[test]
    fn prefix_filter_keeps_every_keyed_word() {
        let lex = ConceptLexicon::parse(&[("c.lex", LEX)]).unwrap_or_else(|e| panic!("{e}"));
        for (lang, m) in [(Lang::En, &lex.en), (Lang::Es, &lex.es)] {
            let st = stemmer(lang);
            for w in [
                "Sanctions",
                "sanciones",
                "ATTACKS",
                "ataque",
                "hack",
                "cyber",
                "the",
                "a",
            ] {
                let f = fold(w);
                let keyed = m.vocabulary.contains_key(&key(&st, &f));
                let p = ascii_prefix(w.as_bytes()).expect("ASCII word");
                assert_eq!(p, prefix(f.as_bytes()));
                assert!(!keyed || m.prefixes.contains(p), "{lang:?} {w}");
            }
            assert!(!m.prefixes.contains(prefix(b"the")));
        }
    }

    #[test]
    fn inflections_match_through_stems() {
        assert_eq!(
            found("Nuevas sanciones tras los ataques cibernéticos", Lang::Es),
            [
                ("sanciones".to_owned(), "SANCTIONS".to_owned()),
                ("ataques cibernéticos".to_owned(), "CYBERATTACK".to_owned())
            ]
        );
        assert_eq!(
            found("Cyber attacks and sanctions; the hack.", Lang::En).len(),
            3
        );
        assert!(found("hackers attacked", Lang::Es).is_empty());
    }

    #[test]
    fn short_stems_and_names_do_not_match_loosely() {
        let lex = ConceptLexicon::parse(&[("c.lex", "@UNEMPLOYMENT\nen\tunemployment\nes\tparo\n@PROTEST\nen\tmarch\nes\tmarcha\n@NATO_SUMMIT\nen\tNATO summit\nes\tcumbre de la OTAN\n")])
            .unwrap_or_else(|e| panic!("{e}"));
        let ids = |t: &str, l: Lang| {
            lex.find(t, l)
                .into_iter()
                .map(|h| lex.concept(h.concept).id.clone())
                .collect::<Vec<_>>()
        };
        assert!(
            ids("Lo hizo para ganar.", Lang::Es).is_empty(),
            "para is not paro"
        );
        assert_eq!(
            ids("El paro y los paros.", Lang::Es),
            ["UNEMPLOYMENT", "UNEMPLOYMENT"]
        );
        assert!(
            ids("The attack in March was reported.", Lang::En).is_empty(),
            "March is a month"
        );
        assert_eq!(ids("A march. March on!", Lang::En), ["PROTEST", "PROTEST"]);
        assert_eq!(
            ids("At the NATO summit they met.", Lang::En),
            ["NATO_SUMMIT"]
        );
    }

    #[test]
    fn key_cache_follows_the_lexicon() {
        let a = ConceptLexicon::parse(&[("a.lex", "@A\nen\tattack\n")])
            .unwrap_or_else(|e| panic!("{e}"));
        let b = ConceptLexicon::parse(&[("b.lex", "@B\nen\tsanction\n")])
            .unwrap_or_else(|e| panic!("{e}"));
        let text = "The attack brought sanctions.";
        for _ in 0..2 {
            let hits = a.find(text, Lang::En);
            assert_eq!(hits.len(), 1);
            assert_eq!(&text[hits[0].span.start..hits[0].span.end], "attack");
            let hits = b.find(text, Lang::En);
            assert_eq!(hits.len(), 1);
            assert_eq!(&text[hits[0].span.start..hits[0].span.end], "sanctions");
        }
    }

    #[test]
    fn key_cache_grows_and_starts_afresh() {
        let lex = ConceptLexicon::parse(&[("c.lex", LEX)]).unwrap_or_else(|e| panic!("{e}"));
        // More distinct words than the cache holds (that start as a key does, so the prefix
        // filter lets them through to the cache), and words too long for it.
        let mut text = String::from("Attacks: ");
        for i in 0..(MAX_SLOTS + 1000) {
            text.push_str(&format!("atta{i} "));
            if i % 20_000 == 0 {
                text.push_str("sanctions extraordinarilylongwordthatisnotcached cyber attack ");
            }
        }
        let ids = |t: &str| {
            lex.find(t, Lang::En)
                .into_iter()
                .map(|h| lex.concept(h.concept).id.clone())
                .collect::<Vec<_>>()
        };
        let first = ids(&text);
        assert_eq!(first.len(), 1 + 2 * (MAX_SLOTS + 1000).div_ceil(20_000));
        assert_eq!(first[..3], ["ATTACK", "SANCTIONS", "CYBERATTACK"]);
        assert_eq!(ids(&text), first);
    }

    #[test]
    fn broader_must_exist() {
        let e = ConceptLexicon::parse(&[("c.lex", "@A broader=B\nen\ta\n")]).err();
        assert!(e.is_some_and(|e| e.line == 1 && e.message.contains("broader=B")));
    }
}
