//! The cue lexicon: attribution cues per language, read from `lexicons/cues/{en,es}.txt`.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::Path;

use crossclaim_core::words::Bits;
use crossclaim_core::{fold, strip_comment, ClaimKind, LexiconError};

use crate::tokens::{LowerEnds, Tok, UNKNOWN, UNSEEN};

/// How a cue word functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    /// A finite or non-finite verb form (`accused`, `culpó`, `criticar`).
    Verb,
    /// A participle that is a cue only after an auxiliary (`ha acusado`, `fue acusado`).
    Participle,
    /// A statement noun: a claim only with a holder or a support verb.
    Noun,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueWord {
    pub kind: ClaimKind,
    pub pos: Pos,
}

/// A multiword cue: words to match (`None` is a gap of up to four words) and which of them form
/// the cue span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub kind: ClaimKind,
    pub words: Vec<Option<String>>,
    /// Indices into `words` of the first and last cue words.
    pub cue: (usize, usize),
}

/// The cues of one language. Word keys are lower case with accents kept (`critica` the verb is
/// not `crítica` the noun); a form written without accents still matches through `folded` when
/// that folded form is unambiguous.
#[derive(Clone, Debug, Default)]
pub struct LangCues {
    pub words: FxHashMap<String, Vec<CueWord>>,
    folded: FxHashMap<String, Vec<CueWord>>,
    pub phrases: Vec<Phrase>,
    /// Cues that are claims only when no other cue is in the sentence.
    pub framing: Vec<Phrase>,
    sets: FxHashMap<&'static str, FxHashSet<String>>,
    /// The first words of all phrases and framing phrases (`None` when one starts with a gap):
    /// a token that is none of them starts no phrase.
    phrase_starts: Option<FxHashSet<String>>,
    /// The `companion` phrases split into words once (they are tried after every cue).
    companions: Vec<Vec<String>>,
    /// By the first byte of a word, a bit per length in bytes (bit 63 for 63 or more) of the
    /// first words of `companions`: a word whose bit is clear opens none of them (see
    /// `may_start_companion`).
    companion_starts: Vec<u64>,
    /// What `is` and `lookup` answer for every word they know, behind one hash look-up (they
    /// are asked about most words of every sentence): the word's place in `entries`, and its
    /// `Known::sets` beside it, which the word-set questions read without a second read from
    /// `entries` (a table of thousands of entries, mostly not in the cache).
    known: FxHashMap<String, (u32, u64)>,
    /// The answers for the words of `known`. (A token keeps its word's place, `Tok::entry`, so
    /// that its readings and phrase candidates take no second look-up.)
    entries: Vec<Known>,
    /// A bit set over `start_key`, with the bits of the words of `known` that may start a cue:
    /// a token whose key's bit is clear starts none, told without hashing the word. (Filled by
    /// `index`; before it `phrase_starts` is `None`, and every token is looked up.)
    cue_start_keys: Bits,
    /// The words a cue needs (see `may_be_claim_word`): the words with cue readings, the verbs
    /// of showing, and for each phrase and framing phrase one of its words. `None` when some
    /// phrase has no word made of word chars only, which the sentence check cannot look for.
    claim_words: Option<FxHashSet<String>>,
    /// A bit set over `LowerEnds::key` with the bits of `claim_words`: most words are told to
    /// be none of them without hashing them.
    claim_keys: Bits,
    /// The length in bytes of the shortest word of `claim_words`.
    claim_min_len: usize,
    /// `[phrases, framing]`: by the lower case of a token, the phrases that can match there, in
    /// lexicon order (see `phrase_candidates`).
    phrase_index: [FxHashMap<String, Vec<u32>>; 2],
    /// `[phrases, framing]`: the phrases that can match at any token that may start a phrase
    /// (those opening with a gap or a quotation mark, which stands for any opening mark).
    phrase_any: [Vec<u32>; 2],
    /// `[phrases, framing]`: per phrase, whether it has a first and a second word and neither
    /// is a quotation mark, so that it matches only where its second word is the token after
    /// its first (see `second_word_decides`).
    second_decides: [Vec<bool>; 2],
}

/// What a word is known as: the readings `lookup` gives it and the word sets it is in.
#[derive(Clone, Debug, Default)]
struct Known {
    readings: Vec<CueWord>,
    /// Bit `set_bit(name)` is set when the word is in the word set `name`; [`MAY_START_CUE`]
    /// and [`PHRASE_START`] too.
    sets: u64,
    /// `phrase_candidates(false, word)` and `phrase_candidates(true, word)`.
    candidates: [Vec<u32>; 2],
}

/// The bit of `Known::sets` of the words that may start a cue: phrase starts, words with cue
/// readings, verbs of showing (see `may_start_cue`). Above the bits of the word sets.
const MAY_START_CUE: u64 = 1 << 63;

/// The bit of `Known::sets` of the words that may start a phrase or framing phrase (see
/// `may_start_phrase`). Above the bits of the word sets too.
const PHRASE_START: u64 = 1 << 62;

/// Defines [`WORD_SETS`] and `set_bit` from one list, so that the two cannot disagree: a word
/// set's bit in `Known::sets` is its position in the list.
macro_rules! word_sets {
    ($($name:literal,)*) => {
        /// The word sets a cue file may hold (see the file headers).
        pub const WORD_SETS: [&str; [$($name),*].len()] = [$($name),*];

        /// The bit of a word set in `Known::sets`; `None` for a name that is no word set. A
        /// `match` on literals whose bits are constants, so that, inlined with the set name a
        /// literal as it always is, it costs nothing.
        #[inline(always)]
        fn set_bit(name: &str) -> Option<u64> {
            match name {
                $($name => Some(const { 1u64 << position($name) }),)*
                _ => None,
            }
        }
    };
}

/// The position of `name` in [`WORD_SETS`], at compile time (a name not in it fails the build).
const fn position(name: &str) -> u32 {
    let mut i = 0;
    while i < WORD_SETS.len() {
        if same(WORD_SETS[i].as_bytes(), name.as_bytes()) {
            return i as u32;
        }
        i += 1;
    }
    panic!("not a word set")
}

/// Byte equality usable in a `const fn`.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

word_sets! {
    "reduced-hedge",
    "unrealised-endings",
    "request-verbs",
    "request-links",
    "noun-before",
    "not-speaker",
    "impersonal-hedge",
    "label-words",
    "fixed-before",
    "possessives",
    "not-source",
    "needs-topic",
    "topic-intro",
    "evidence-verbs",
    "evidence-nouns",
    "passive",
    "prepositions",
    "perfect",
    "negation",
    "support",
    "unrealised",
    "determiners",
    "source-follows",
    "agent",
    "companion",
    "coordination",
    "stops",
    "pronouns",
    "relative",
    "impersonal",
    "noun-content",
    "agent-link",
    "agent-nouns",
    "introducers",
    "also-nouns",
    "pre-verb",
    "needs-content",
    "content-intro",
    "drops-subject",
    "reference-preps",
    "reference-nouns",
    "reference-adverbs",
    "request-nouns",
    "request-preps",
    "hedge-sources",
    "amount-words",
    "amount-links",
    "purpose",
    "perfect-unsure",
    "naming-verbs",
    "indefinite",
    "comparison",
    "endangered",
    "endangering",
    "endangering-links",
    "small-clause-verbs",
    "small-clause-predicates",
    "conditional",
    "noun-object",
    "message-heads",
}

/// How many keys `start_key` gives (a power of two; 8 KiB of bits).
const START_KEYS: usize = 1 << 16;

/// A word's first two bytes, last byte and length mixed into `0..START_KEYS`: words that may
/// start a cue fill a few percent of the keys, so most other words fall on a clear bit.
fn start_key(word: &str) -> usize {
    let b = word.as_bytes();
    let at = |i: usize| u32::from(b.get(i).copied().unwrap_or(0));
    let last = b.len().checked_sub(1).map_or(0, at);
    let len = b.len().min(255) as u32;
    let x = at(0) | at(1) << 8 | last << 16 | len << 24;
    (x.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// The first byte of `w` (0 for the empty word) and the bit of its length (bit 63 for 63 bytes
/// or more) in `companion_starts`.
#[inline(always)]
fn first_byte_and_length(w: &str) -> (usize, u64) {
    let first = w.as_bytes().first().copied().unwrap_or(0);
    (usize::from(first), 1 << w.len().min(63))
}

/// `LowerEnds::key` bits of `claim_keys` (32 KiB of bits): the cue words of Spanish, every
/// conjugated form, are many thousands, and a key set for a few percent of the words of a text
/// spares them a hash look-up.
const CLAIM_KEY_BITS: u32 = 18;

// `tokens::UNSEEN` (all bits) is no word's bits: bit 61 belongs to no word set.
const _: () = assert!(WORD_SETS.len() < 62);

impl LangCues {
    /// Is `word` (lower case; several words joined by one space) in the word set `name`?
    /// (Always inlined: the set name, a literal at every call, then becomes its bit at compile
    /// time.)
    #[inline(always)]
    pub fn is(&self, name: &str, word: &str) -> bool {
        match set_bit(name) {
            Some(bit) => self.in_sets(word, bit),
            None => self.sets.get(name).is_some_and(|s| s.contains(word)),
        }
    }

    /// Is `word` in one of the word sets of `bits`?
    fn in_sets(&self, word: &str, bits: u64) -> bool {
        self.known
            .get(word)
            .is_some_and(|&(_, sets)| sets & bits != 0)
    }

    /// `is(name, t.lower)` for a token of a sentence. The token's word-set bits are looked up
    /// once and kept on it ([`Self::tok_sets`]): the rules ask about the same few tokens around
    /// a cue again and again, and each question was a hash look-up.
    #[inline(always)]
    pub(crate) fn tok_is(&self, name: &str, t: &Tok<'_>) -> bool {
        match set_bit(name) {
            Some(bit) => self.tok_sets(t) & bit != 0,
            None => self.is(name, t.lower),
        }
    }

    /// The bits of `Known::sets` for `t.lower` (0 for a word not known), cached on the token.
    /// Equivalent to `in_sets(t.lower, bits)` as `tok_sets(t) & bits != 0`: the look-up is the
    /// same, and neither the token's lower case nor this lexicon changes while the token lives
    /// (a sentence's tokens are asked about one language's cues only).
    ///
    /// Inlined, with the look-up out of line: most calls find the bits cached, and the hash
    /// look-up in the same function made each of them save and restore its registers.
    #[inline(always)]
    pub(crate) fn tok_sets(&self, t: &Tok<'_>) -> u64 {
        let cached = t.sets.get();
        if cached != UNSEEN {
            return cached;
        }
        self.look_up_sets(t)
    }

    /// `tok_sets` for a token not looked up yet: looks it up and caches the answer on it.
    #[inline(never)]
    fn look_up_sets(&self, t: &Tok<'_>) -> u64 {
        let (entry, bits) = self.known.get(t.lower).copied().unwrap_or((UNKNOWN, 0));
        t.entry.set(entry);
        t.sets.set(bits);
        bits
    }

    /// The entry of `t.lower` in `entries`, with the look-up cached on the token as
    /// `tok_sets` caches it.
    fn tok_entry(&self, t: &Tok<'_>) -> Option<&Known> {
        self.tok_sets(t);
        self.entries.get(t.entry.get() as usize)
    }

    /// `may_start_phrase(t.lower)` with the token's cached look-up: every phrase start is a
    /// known word with the `PHRASE_START` bit.
    pub(crate) fn tok_may_start_phrase(&self, t: &Tok<'_>) -> bool {
        self.phrase_starts.is_none() || self.tok_sets(t) & PHRASE_START != 0
    }

    /// `lookup(t.lower)` with the token's cached look-up.
    pub(crate) fn tok_lookup(&self, t: &Tok<'_>) -> &[CueWord] {
        self.tok_entry(t).map_or(&[], |k| &k.readings)
    }

    /// `phrase_candidates(framing, t.lower)` with the token's cached look-up: a word that is
    /// not known starts no phrase by its own word, so it gets the phrases any token may start.
    pub(crate) fn tok_phrase_candidates(&self, framing: bool, t: &Tok<'_>) -> &[u32] {
        let k = usize::from(framing);
        self.tok_entry(t)
            .map_or(&self.phrase_any[k], |e| &e.candidates[k])
    }

    /// `may_start_cue(t.lower)` with the token's cached look-up. Most tokens are no cue word,
    /// and for most of those the bit of their `start_key` is clear: every word that may start
    /// a cue set its bit, so a clear bit answers `false` as the look-up would, without it (it
    /// was a tenth of the claim stage).
    pub(crate) fn tok_may_start_cue(&self, t: &Tok<'_>) -> bool {
        if self.phrase_starts.is_none() {
            return true;
        }
        let key = start_key(t.lower);
        if !self.cue_start_keys.contains(key) {
            return false;
        }
        self.tok_sets(t) & MAY_START_CUE != 0
    }

    /// May `word` be one that a cue needs (see `is_claim_word`)? `word` is a word token's lower
    /// case, or the word as written when its only chars that are not their own lower case are
    /// ASCII capitals (the same length, the same [`LowerEnds`]). `false` answers that it is not,
    /// told without hashing it: it is shorter than every such word, or its bit in `claim_keys`
    /// is clear. `true` is a perhaps.
    #[inline(always)]
    pub(crate) fn may_be_claim_word(&self, word: &[u8]) -> bool {
        if self.claim_words.is_none() {
            return true;
        }
        if word.len() < self.claim_min_len {
            return false;
        }
        let key = LowerEnds::of(word).key(CLAIM_KEY_BITS);
        self.claim_keys.contains(key)
    }

    /// Is `lower` (the lower case of a word token) a word that a cue needs? Every cue that
    /// `find_cues` takes at a word has one in its sentence: a single cue word has cue readings
    /// or is a verb of showing, and a phrase (or framing phrase) matches only where each of its
    /// words is a token's lower case, so also the word of it kept in `claim_words`. Always
    /// `true` when the lexicon has no `claim_words`.
    pub(crate) fn is_claim_word(&self, lower: &str) -> bool {
        self.claim_words
            .as_ref()
            .is_none_or(|words| words.contains(lower))
    }

    /// The word of a phrase that `claim_words` keeps: one made of word chars only (which can
    /// only match a word token), the rarest by a guess: a word in none of the word sets (those
    /// hold function words: `that`, `after`, `against`) before one in some, a cue word of the
    /// phrase before another, then the longest. `None` if it has no word of word chars.
    /// `in_sets`: the words of every word set (see [`set_words`](Self::set_words)).
    fn needed_word<'p>(p: &'p Phrase, in_sets: &FxHashSet<&str>) -> Option<&'p str> {
        p.words
            .iter()
            .enumerate()
            .filter_map(|(k, w)| Some((k, w.as_deref()?)))
            .filter(|(_, w)| !w.is_empty() && w.chars().all(crossclaim_core::words::is_word_char))
            .max_by_key(|&(k, w)| {
                let in_a_set = in_sets.contains(w);
                (!in_a_set, (p.cue.0..=p.cue.1).contains(&k), w.len())
            })
            .map(|(_, w)| w)
    }

    /// The words of every word set, in one set: [`needed_word`](Self::needed_word) asks for each
    /// word of each phrase whether some set holds it (one look-up, not one per set).
    fn set_words(&self) -> FxHashSet<&str> {
        self.sets.values().flatten().map(String::as_str).collect()
    }

    /// `needed_word` the plain way, asking each set in turn.
    #[cfg(test)]
    fn needed_word_plain<'p>(&self, p: &'p Phrase) -> Option<&'p str> {
        p.words
            .iter()
            .enumerate()
            .filter_map(|(k, w)| Some((k, w.as_deref()?)))
            .filter(|(_, w)| !w.is_empty() && w.chars().all(crossclaim_core::words::is_word_char))
            .max_by_key(|&(k, w)| {
                let in_a_set = self.sets.values().any(|s| s.contains(w));
                (!in_a_set, (p.cue.0..=p.cue.1).contains(&k), w.len())
            })
            .map(|(_, w)| w)
    }

    /// The entries of a word set.
    pub fn set(&self, name: &str) -> impl Iterator<Item = &str> {
        self.sets
            .get(name)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// The `companion` phrases (`along with`), as words.
    pub fn companions(&self) -> &[Vec<String>] {
        &self.companions
    }

    /// May a `companion` phrase start with the word `w` (a token's lower case)? `false` when no
    /// first word of one has its first byte and length: the rules try the companions after
    /// every word that follows a cue, and comparing each word with each phrase was a tenth of
    /// the claim stage's time in branches missed on word lengths. `true` is a perhaps.
    #[inline(always)]
    pub(crate) fn may_start_companion(&self, w: &str) -> bool {
        let (b, bit) = first_byte_and_length(w);
        self.companion_starts
            .get(b)
            .is_some_and(|&lens| lens & bit != 0)
    }

    /// Can a phrase or framing phrase start with this (lower-cased) word?
    pub fn may_start_phrase(&self, lower: &str) -> bool {
        match &self.phrase_starts {
            Some(s) => s.contains(lower),
            None => true,
        }
    }

    /// Can a cue start at a token whose lower case is `lower`: may it start a phrase, has it
    /// cue readings, is it a verb of showing (`evidence-verbs`)? A token that can do none of
    /// these starts no cue, and one look-up spares it those three (most words of a sentence).
    pub fn may_start_cue(&self, lower: &str) -> bool {
        self.phrase_starts.is_none() || self.in_sets(lower, MAY_START_CUE)
    }

    /// Indices into `phrases` (`framing` false) or `framing` (true) of the phrases that can
    /// match at a token whose lower case is `lower`, in lexicon order, for a token that
    /// `may_start_phrase`: those whose first word is `lower` and those that open with a gap or
    /// a quotation mark. (Such a token was tried against every phrase: a fifth of the claim
    /// stage.)
    pub fn phrase_candidates(&self, framing: bool, lower: &str) -> &[u32] {
        let k = usize::from(framing);
        self.phrase_index[k]
            .get(lower)
            .map_or(&self.phrase_any[k], |v| v.as_slice())
    }

    /// Does phrase `k` of `phrases` (`framing` false) or `framing` (true) match only where its
    /// second word is the token right after its first: has it two words, neither a gap nor a
    /// quotation mark (which stand for other tokens)? Worked out once per phrase: the phrase
    /// search asked it of every candidate phrase at every word that may start one, comparing
    /// both words with the eight quotation marks.
    pub(crate) fn second_word_decides(&self, framing: bool, k: u32) -> bool {
        self.second_decides[usize::from(framing)]
            .get(k as usize)
            .copied()
            .unwrap_or(false)
    }

    /// The cue readings of a word (lower-cased by the caller).
    pub fn lookup(&self, lower: &str) -> &[CueWord] {
        self.known
            .get(lower)
            .map_or(&[], |&(k, _)| &self.entries[k as usize].readings)
    }

    /// `lookup` as the lexicon defines it, from the tables (`known` holds its answers).
    fn lookup_tables(&self, lower: &str) -> &[CueWord] {
        if let Some(w) = self.words.get(lower) {
            return w;
        }
        // Folding forgives a missing accent (`informo` for `informó`), not a different one: a
        // word written with an accent is matched as written (`específica` is the adjective,
        // not `especifica`). An ASCII word is its own folded form (it is lower case already).
        if !lower.is_ascii() {
            return &[];
        }
        let folded = self.folded.get(lower);
        match folded {
            Some(w) if w.windows(2).all(|p| p[0] == p[1]) => w,
            _ => &[],
        }
    }

    pub fn parse(text: &str, origin: &str) -> Result<Self, LexiconError> {
        let mut cues = LangCues::default();
        let mut conj: HashMap<String, Vec<String>> = HashMap::new();
        let mut section = String::new();
        let mut verbs: Vec<(ClaimKind, String, usize)> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let err = |m: String| LexiconError::new(origin, line_no, m);
            let line = strip_comment(raw).trim_end();
            if line.trim().is_empty() {
                continue;
            }
            if let Some(name) = line
                .trim()
                .strip_prefix('[')
                .and_then(|l| l.strip_suffix(']'))
            {
                section = name.to_owned();
                continue;
            }
            match section.as_str() {
                "verbs" | "forms" | "nouns" | "phrases" | "framing" => {
                    let (kind, forms) = line
                        .split_once('\t')
                        .ok_or_else(|| err("expected KIND<TAB>form | form".into()))?;
                    let kind = ClaimKind::parse(kind.trim())
                        .ok_or_else(|| err(format!("unknown claim kind '{}'", kind.trim())))?;
                    for form in split_forms(forms).map_err(&err)? {
                        let multi = form.contains(' ') || form.contains('[');
                        match section.as_str() {
                            "phrases" => {
                                cues.phrases.push(parse_phrase(kind, &form).map_err(&err)?)
                            }
                            "framing" => {
                                cues.framing.push(parse_phrase(kind, &form).map_err(&err)?)
                            }
                            _ if multi => cues
                                .phrases
                                .push(parse_phrase(kind, &first_word_cue(&form)).map_err(&err)?),
                            "nouns" => cues.add(
                                &form,
                                CueWord {
                                    kind,
                                    pos: Pos::Noun,
                                },
                            ),
                            "forms" => {
                                let pos = if is_participle_like(&form) {
                                    Pos::Participle
                                } else {
                                    Pos::Verb
                                };
                                cues.add(&form, CueWord { kind, pos });
                            }
                            // Spanish infinitives are conjugated once all tables are read;
                            // English verb lines list their forms.
                            _ if conj.is_empty() => cues.add(
                                &form,
                                CueWord {
                                    kind,
                                    pos: Pos::Verb,
                                },
                            ),
                            _ => verbs.push((kind, form, line_no)),
                        }
                    }
                }
                s if s.starts_with("conjugation ") || s.starts_with("participle ") => {
                    let class = s.split_whitespace().nth(1).unwrap_or("");
                    let key = format!("{}{}", if s.starts_with('p') { "p" } else { "c" }, class);
                    conj.entry(key)
                        .or_default()
                        .extend(split_forms(line).map_err(&err)?);
                }
                name if WORD_SETS.contains(&name) => {
                    let key = WORD_SETS.iter().copied().find(|n| *n == name).unwrap_or("");
                    let multiword = matches!(key, "companion" | "reduced-hedge" | "purpose");
                    let set = cues.sets.entry(key).or_default();
                    for w in split_forms(line).map_err(&err)? {
                        if w.contains(' ') && !multiword {
                            return Err(err(format!("'{w}': [{section}] takes single words")));
                        }
                        set.insert(
                            w.split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" ")
                                .to_lowercase(),
                        );
                    }
                }
                "" => return Err(err("entry before any [section]".into())),
                other => return Err(err(format!("unknown section [{other}]"))),
            }
        }
        for (kind, verb, line_no) in verbs {
            let (stem, class) = split_infinitive(&verb).ok_or_else(|| {
                LexiconError::new(
                    origin,
                    line_no,
                    format!("'{verb}' is not an -ar/-er/-ir infinitive"),
                )
            })?;
            let (Some(endings), Some(participles)) = (
                conj.get(&format!("c{class}")),
                conj.get(&format!("p{class}")),
            ) else {
                return Err(LexiconError::new(
                    origin,
                    line_no,
                    format!("no [conjugation {class}] / [participle {class}] table"),
                ));
            };
            for e in endings {
                cues.add(
                    &format!("{stem}{e}"),
                    CueWord {
                        kind,
                        pos: Pos::Verb,
                    },
                );
            }
            for e in participles {
                cues.add(
                    &format!("{stem}{e}"),
                    CueWord {
                        kind,
                        pos: Pos::Participle,
                    },
                );
            }
        }
        cues.companions = cues
            .set("companion")
            .map(|c| c.split(' ').map(str::to_owned).collect())
            .collect();
        cues.companions.sort();
        cues.companion_starts = vec![0; 256];
        for c in &cues.companions {
            let (b, bit) = first_byte_and_length(c.first().map_or("", String::as_str));
            cues.companion_starts[b] |= bit;
        }
        cues.phrase_starts = cues
            .phrases
            .iter()
            .chain(&cues.framing)
            .map(|p| p.words.first().cloned().flatten())
            .collect();
        cues.index();
        Ok(cues)
    }

    /// Fills `known`, `phrase_index` and `phrase_any` from the tables.
    fn index(&mut self) {
        let mut known: FxHashMap<String, Known> = FxHashMap::default();
        for w in self.words.keys().chain(self.folded.keys()) {
            let readings = self.lookup_tables(w);
            if !readings.is_empty() {
                known.entry(w.clone()).or_default().readings = readings.to_vec();
            }
        }
        for (name, set) in &self.sets {
            if let Some(bit) = set_bit(name) {
                for w in set {
                    known.entry(w.clone()).or_default().sets |= bit;
                }
            }
        }
        for w in self.phrase_starts.iter().flatten() {
            known.entry(w.clone()).or_default().sets |= MAY_START_CUE | PHRASE_START;
        }
        let evidence = set_bit("evidence-verbs").unwrap_or(0);
        for k in known.values_mut() {
            if !k.readings.is_empty() || k.sets & evidence != 0 {
                k.sets |= MAY_START_CUE;
            }
        }
        let mut keys = Bits::new(START_KEYS);
        for (w, k) in &known {
            if k.sets & MAY_START_CUE != 0 {
                keys.insert(start_key(w));
            }
        }
        self.cue_start_keys = keys;
        let in_sets = self.set_words();
        let needed: Option<Vec<&str>> = self
            .phrases
            .iter()
            .chain(&self.framing)
            .map(|p| Self::needed_word(p, &in_sets))
            .collect();
        self.claim_words = needed.map(|needed| {
            let mut words: FxHashSet<String> = needed.into_iter().map(str::to_owned).collect();
            words.extend(
                known
                    .iter()
                    .filter(|(_, k)| !k.readings.is_empty() || k.sets & evidence != 0)
                    .map(|(w, _)| w.clone()),
            );
            words
        });
        let mut keys = Bits::new(1 << CLAIM_KEY_BITS);
        for w in self.claim_words.iter().flatten() {
            keys.insert(LowerEnds::of(w.as_bytes()).key(CLAIM_KEY_BITS));
        }
        self.claim_keys = keys;
        self.claim_min_len = self
            .claim_words
            .iter()
            .flatten()
            .map(String::len)
            .min()
            .unwrap_or(0);
        for (k, phrases) in [&self.phrases, &self.framing].into_iter().enumerate() {
            let mut index: FxHashMap<String, Vec<u32>> = FxHashMap::default();
            let mut any = Vec::new();
            for (i, p) in phrases.iter().enumerate() {
                match p.words.first() {
                    Some(Some(w)) if !crate::is_quote_mark(w) => {
                        index.entry(w.clone()).or_default().push(i as u32)
                    }
                    _ => any.push(i as u32),
                }
            }
            for list in index.values_mut() {
                list.extend(&any);
                list.sort_unstable();
            }
            self.phrase_index[k] = index;
            self.phrase_any[k] = any;
            self.second_decides[k] = phrases
                .iter()
                .map(|p| match (p.words.first(), p.words.get(1)) {
                    (Some(Some(first)), Some(Some(second))) => {
                        !crate::is_quote_mark(first) && !crate::is_quote_mark(second)
                    }
                    _ => false,
                })
                .collect();
        }
        for (w, entry) in &mut known {
            for k in 0..2 {
                entry.candidates[k] = self.phrase_index[k]
                    .get(w)
                    .unwrap_or(&self.phrase_any[k])
                    .clone();
            }
        }
        let mut words: Vec<(String, Known)> = known.into_iter().collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        self.known = words
            .iter()
            .enumerate()
            .map(|(i, (w, k))| (w.clone(), (i as u32, k.sets)))
            .collect();
        self.entries = words.into_iter().map(|(_, k)| k).collect();
    }

    fn add(&mut self, form: &str, cue: CueWord) {
        let lower = form.to_lowercase();
        // A form stressed on an accented last vowel (`informé`, `precisó`, `previó`) written
        // without its accent is another word (the noun `informe`, the adjectives `preciso`,
        // `previo`): no folded entry for it.
        let final_accent = lower.ends_with(['á', 'é', 'í', 'ó', 'ú']);
        if !final_accent {
            self.folded.entry(fold(&lower)).or_default().push(cue);
        }
        let entry = self.words.entry(lower).or_default();
        if !entry.contains(&cue) {
            entry.push(cue);
        }
    }
}

/// Both languages' cues.
#[derive(Clone, Debug, Default)]
pub struct CueLexicon {
    pub en: LangCues,
    pub es: LangCues,
}

impl CueLexicon {
    /// Loads `en.txt` and `es.txt` from a cue directory.
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        let load = |name: &str| {
            let p = dir.join(name);
            LangCues::parse(&LexiconError::read(&p)?, &p.display().to_string())
        };
        Ok(CueLexicon {
            en: load("en.txt")?,
            es: load("es.txt")?,
        })
    }
}

fn split_forms(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for f in s.split('|') {
        let f = f.trim();
        if f.is_empty() {
            return Err("empty form between '|'".into());
        }
        out.push(f.to_owned());
    }
    Ok(out)
}

/// `pointed out` in a verb list: the whole phrase is the cue.
fn first_word_cue(form: &str) -> String {
    if form.contains('[') {
        form.to_owned()
    } else {
        format!("[{form}]")
    }
}

fn parse_phrase(kind: ClaimKind, form: &str) -> Result<Phrase, String> {
    let mut words = Vec::new();
    let (mut first, mut last) = (None, None);
    let mut inside = false;
    for raw in form.split_whitespace() {
        let mut w = raw;
        let opens = w.starts_with('[');
        if opens {
            inside = true;
            w = &w[1..];
        }
        let closes = w.ends_with(']');
        if closes {
            w = &w[..w.len() - 1];
        }
        if inside {
            first.get_or_insert(words.len());
            last = Some(words.len());
        }
        if closes {
            inside = false;
        }
        words.push(if w == "…" || w == "..." {
            None
        } else {
            Some(w.to_lowercase())
        });
    }
    if inside {
        return Err(format!("unclosed '[' in '{form}'"));
    }
    if words.first().is_none_or(|w| w.is_none()) || words.last().is_none_or(|w| w.is_none()) {
        return Err(format!("'{form}': a phrase cannot start or end with a gap"));
    }
    let cue = match (first, last) {
        (Some(a), Some(b)) => (a, b),
        _ => (0, words.len() - 1),
    };
    if words[cue.0].is_none() || words[cue.1].is_none() {
        return Err(format!("'{form}': the cue cannot be a gap"));
    }
    Ok(Phrase { kind, words, cue })
}

fn split_infinitive(verb: &str) -> Option<(&str, &'static str)> {
    for (suffix, class) in [("ar", "-ar"), ("er", "-er"), ("ir", "-ir")] {
        if let Some(stem) = verb.strip_suffix(suffix) {
            return Some((stem, class));
        }
    }
    None
}

fn is_participle_like(w: &str) -> bool {
    [
        "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "cho", "to",
    ]
    .iter()
    .any(|s| w.ends_with(s))
}

#[cfg(test)]
mod tests {
    /// The needed word of every phrase of the bundled cue lexicons, found with the union of the
    /// word sets (what `index` does) and the plain way (asking each set).
    #[test]
    fn needed_words_agree_with_the_plain_way() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/cues");
        let lex = super::CueLexicon::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        let mut in_a_set = 0;
        for cues in [&lex.en, &lex.es] {
            let in_sets = cues.set_words();
            assert!(cues.phrases.len() + cues.framing.len() > 100);
            for p in cues.phrases.iter().chain(&cues.framing) {
                let fast = super::LangCues::needed_word(p, &in_sets);
                assert_eq!(fast, cues.needed_word_plain(p), "{p:?}");
                in_a_set += p
                    .words
                    .iter()
                    .flatten()
                    .filter(|w| in_sets.contains(w.as_str()))
                    .count();
            }
        }
        assert!(in_a_set > 100, "{in_a_set} phrase words in a set");
    }

    use super::*;

    /// `tok_is` (the token's look-up cached on it) answers as `is` on its lower case, for every
    /// word set, asked twice, on the real lexicons and sentences with cue words, set words,
    /// capitals, accents and punctuation.
    #[test]
    fn token_set_bits_answer_as_is() {
        let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons/cues"));
        let cues = CueLexicon::from_dir(dir).expect("the cue lexicons load");
        let text = "The minister, who SAID that it was not true, accused them: “No” — según dijo \
                    el Gobierno, que no ha negado las acusaciones; According to Reuters, he \
                    denied it, saying the report (which was leaked) is wrong. \
                    Acusó, denunció, afirmó y criticó; polls show, studies found, warned, claims.";
        for lang in [&cues.en, &cues.es] {
            let mut lower = String::new();
            let toks = crate::tokens::tokenize(
                text,
                crossclaim_core::Span::new(0, text.len()),
                &mut lower,
            );
            for _ in 0..2 {
                for t in &toks {
                    for name in WORD_SETS {
                        assert_eq!(
                            lang.tok_is(name, t),
                            lang.is(name, t.lower),
                            "{name} {}",
                            t.lower
                        );
                    }
                    assert_eq!(lang.tok_may_start_cue(t), lang.may_start_cue(t.lower));
                    assert_eq!(lang.tok_may_start_phrase(t), lang.may_start_phrase(t.lower));
                    assert_eq!(lang.tok_lookup(t), lang.lookup(t.lower));
                    for framing in [false, true] {
                        assert_eq!(
                            lang.tok_phrase_candidates(framing, t),
                            lang.phrase_candidates(framing, t.lower)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn spanish_verbs_are_conjugated_and_participles_kept_apart() {
        let text = "[conjugation -ar]\nar | ó | aron\n[participle -ar]\nado | ada\n[verbs]\naccusation\tculpar\n[nouns]\ncriticism\tcrítica\n";
        let c = match LangCues::parse(text, "es.txt") {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(
            c.lookup("culpó"),
            [CueWord {
                kind: ClaimKind::Accusation,
                pos: Pos::Verb
            }]
        );
        assert_eq!(
            c.lookup("culpada"),
            [CueWord {
                kind: ClaimKind::Accusation,
                pos: Pos::Participle
            }]
        );
        // `culpo` without the accent of `culpó` is another form (first person present), and
        // a word written with an accent the form lacks is another word.
        assert_eq!(c.lookup("culpo"), []);
        assert_eq!(c.lookup("cúlpar"), []);
        assert_eq!(
            c.lookup("critica"),
            [CueWord {
                kind: ClaimKind::Criticism,
                pos: Pos::Noun
            }]
        );
    }

    #[test]
    fn phrases_mark_their_cue_words() {
        let p = parse_phrase(ClaimKind::Statement, "[reza] el comunicado");
        assert_eq!(p.map(|p| p.cue), Ok((0, 0)));
        let p = parse_phrase(ClaimKind::Accusation, "[held] … responsible");
        assert_eq!(p.map(|p| p.words.len()), Ok(3));
        assert!(parse_phrase(ClaimKind::Statement, "… said").is_err());
    }

    /// Every word that opens a companion phrase passes `may_start_companion`; most others do not.
    #[test]
    fn companion_starts_pass_the_filter() {
        let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons/cues"));
        let cues = CueLexicon::from_dir(dir).expect("the cue lexicons load");
        let text = "The minister said along with the others, together with them, alongside as \
                    well as; junto con, junto a, al igual que, así como la Casa Blanca: así, al, \
                    a, alo, alongsides, togethe, “junto”, AS, Together — as";
        for lang in [&cues.en, &cues.es] {
            assert!(!lang.companions().is_empty());
            let mut lower = String::new();
            let toks = crate::tokens::tokenize(
                text,
                crossclaim_core::Span::new(0, text.len()),
                &mut lower,
            );
            let mut passed = 0;
            for t in &toks {
                let opens = lang.companions().iter().any(|c| c[0] == t.lower);
                assert!(!opens || lang.may_start_companion(t.lower), "{}", t.lower);
                passed += usize::from(lang.may_start_companion(t.lower));
            }
            assert!(passed < toks.len() / 2, "{passed} of {}", toks.len());
            for c in lang.companions() {
                assert!(lang.may_start_companion(&c[0]), "{c:?}");
            }
        }
    }

    /// `second_word_decides` answers for each phrase as its words do.
    #[test]
    fn second_words_decide_as_the_words_say() {
        let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons/cues"));
        let cues = CueLexicon::from_dir(dir).expect("the cue lexicons load");
        let mut both = [0, 0];
        for lang in [&cues.en, &cues.es] {
            for (framing, phrases) in [(false, &lang.phrases), (true, &lang.framing)] {
                for (k, p) in phrases.iter().enumerate() {
                    let plain = matches!(
                        (p.words.first(), p.words.get(1)),
                        (Some(Some(a)), Some(Some(b)))
                            if !crate::is_quote_mark(a) && !crate::is_quote_mark(b)
                    );
                    assert_eq!(lang.second_word_decides(framing, k as u32), plain, "{p:?}");
                    both[usize::from(plain)] += 1;
                }
            }
        }
        // Both answers occur in the lexicons.
        assert!(both[0] > 0 && both[1] > 0, "{both:?}");
    }

    #[test]
    fn errors_name_the_line() {
        let cases = [
            ("[verbs]\nblame\tblame\n", 2),
            ("say\n", 1),
            ("[verbs]\nstatement\tsay || said\n", 2),
            ("[negation]\nnot at all\n", 2),
            ("[oops]\nx\n", 2),
        ];
        for (text, line) in cases {
            let e = LangCues::parse(text, "en.txt").err();
            assert_eq!(e.map(|e| e.line), Some(line), "{text:?}");
        }
    }

    #[test]
    fn every_word_set_has_its_own_bit() {
        let mut seen = 0u64;
        for name in WORD_SETS {
            let Some(bit) = set_bit(name) else {
                panic!("word set [{name}] has no bit: add it to set_bit");
            };
            assert_eq!(seen & bit, 0, "{name}");
            seen |= bit;
        }
        assert_eq!(set_bit("no-such-set"), None);
        assert!(WORD_SETS.len() < PHRASE_START.trailing_zeros() as usize);
        assert!(WORD_SETS
            .iter()
            .all(|n| set_bit(n) != Some(MAY_START_CUE) && set_bit(n) != Some(PHRASE_START)));
    }

    /// `known` and the phrase index answer as the tables they are made from, on the real cue
    /// files.
    #[test]
    fn the_index_answers_as_the_tables_do() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons/cues");
        let cues = match CueLexicon::from_dir(Path::new(dir)) {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        for c in [&cues.en, &cues.es] {
            let mut words: Vec<String> = c.words.keys().chain(c.folded.keys()).cloned().collect();
            words.extend(c.sets.values().flatten().cloned());
            words.extend(["", "the", "zzz", "informo", "critico", "“", "\""].map(String::from));
            for w in &words {
                assert_eq!(c.lookup(w), c.lookup_tables(w), "{w}");
                let may_start = c.may_start_phrase(w)
                    || !c.lookup_tables(w).is_empty()
                    || c.sets
                        .get("evidence-verbs")
                        .is_some_and(|s| s.contains(w.as_str()));
                assert_eq!(c.may_start_cue(w), may_start, "{w}");
                for name in WORD_SETS {
                    let want = c.sets.get(name).is_some_and(|s| s.contains(w.as_str()));
                    assert_eq!(c.is(name, w), want, "{name} {w}");
                }
                if !c.may_start_phrase(w) {
                    continue;
                }
                for (framing, phrases) in [(false, &c.phrases), (true, &c.framing)] {
                    let want: Vec<u32> = (0..phrases.len() as u32)
                        .filter(|&i| match phrases[i as usize].words.first() {
                            Some(Some(first)) => first == w || crate::is_quote_mark(first),
                            _ => true,
                        })
                        .collect();
                    assert_eq!(c.phrase_candidates(framing, w), want, "{w}");
                }
            }
        }
    }
}
