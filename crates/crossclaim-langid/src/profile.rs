//! The language profiles: function words and spelling cues read from `lexicons/langid/`, and
//! the scanner that scores a text against them.

use crossclaim_core::LexiconError;

/// At most this many languages can be modelled (a language set is a `u32` bit set).
pub const MAX_LANGS: usize = 32;

/// Word tables are hashed with rustc's FxHash: SipHash costs more than the rest of a look-up,
/// and the keys come from the lexicon files, never from input.
type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// One modelled language.
#[derive(Clone, Debug)]
pub struct LangMeta {
    /// ISO 639-3.
    pub code: String,
    /// English name (`@name`), or the code when none was given.
    pub name: String,
    /// whatlang answers that count as evidence for this language (`@whatlang`).
    pub whatlang: Vec<String>,
}

/// Where a spelling cue must sit in a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Suffix,
    Prefix,
    Infix,
}

/// A cue's weight for each language that lists it.
type Weights = Vec<(u8, f32)>;

/// Function-word and spelling profiles of the modelled languages. Immutable once built.
#[derive(Clone, Debug, Default)]
pub struct Profiles {
    pub langs: Vec<LangMeta>,
    /// Function word → the languages that list it (bit `l` for language `l`).
    words: FxMap<Box<str>, u32>,
    /// The same, for the words of at most 16 bytes, as packed integers (see [`ShortWords`]).
    short_words: ShortWords,
    suffixes: FxMap<Box<str>, Weights>,
    prefixes: FxMap<Box<str>, Weights>,
    infixes: FxMap<Box<str>, Weights>,
    /// The lengths in chars that occur among the cues of each place, ascending.
    suffix_lens: Vec<usize>,
    prefix_lens: Vec<usize>,
    infix_lens: Vec<usize>,
    /// The longest function word, in bytes (longer words are not looked up).
    max_word_bytes: usize,
}

/// What a scan of some text found: per language, the weighted evidence and how many of the
/// text's words are its function words.
#[derive(Clone, Debug)]
pub struct Tally {
    pub scores: [f32; MAX_LANGS],
    pub fw_hits: [u32; MAX_LANGS],
    /// Words (letters between separators).
    pub words: u32,
    /// Words that begin with a capital letter.
    pub capitalised: u32,
    pub letters: u32,
    /// Letters outside the Latin script.
    pub non_latin: u32,
}

impl Default for Tally {
    fn default() -> Self {
        Tally {
            scores: [0.0; MAX_LANGS],
            fw_hits: [0; MAX_LANGS],
            words: 0,
            capitalised: 0,
            letters: 0,
            non_latin: 0,
        }
    }
}

/// What a scan adds to a tally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scan {
    /// Function words (and the counts of words and letters).
    pub words: bool,
    /// Spelling cues.
    pub cues: bool,
}

const WORDS_ONLY: Scan = Scan {
    words: true,
    cues: false,
};
const CUES_ONLY: Scan = Scan {
    words: false,
    cues: true,
};
const BOTH: Scan = Scan {
    words: true,
    cues: true,
};
const NEITHER: Scan = Scan {
    words: false,
    cues: false,
};

/// How a word was attached to its neighbours, which decides its function-word key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Attach {
    Free,
    /// After an apostrophe that follows letters (`l'home` → `'home`, `it's` → `'s`).
    AfterApostrophe,
    /// After a hyphen that follows letters (`disse-lhe` → `-lhe`).
    AfterHyphen,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Letters of the Latin script (Basic Latin, Latin-1, Extended-A/B, Extended Additional).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{00C0}'..='\u{024F}').contains(&c)
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
        || c == 'ª'
        || c == 'º'
}

/// For the letters U+00C0 to U+00FF (all but `×` and `÷`, which are no letters): whether it is
/// upper case, and its lower case (one char: `À`–`Þ` map 0x20 on, the others are lower case
/// already). All are Latin. `None` for every other char. What `is_alphabetic`,
/// `is_uppercase` and `to_lowercase` say of these chars (a test checks each), without the
/// Unicode tables.
#[inline]
fn latin1_letter(c: char) -> Option<(bool, char)> {
    match c {
        '×' | '÷' => None,
        'À'..='Þ' => Some((true, char::from(c as u8 + 0x20))),
        'ß'..='ÿ' => Some((false, c)),
        _ => None,
    }
}

fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

fn bad(origin: &str, line: usize, msg: String) -> LexiconError {
    LexiconError::new(origin, line, msg)
}

/// Lines of a lexicon file without comments, with their 1-based numbers.
fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, raw)| {
        let line = raw.trim();
        (!line.is_empty() && !line.starts_with('#')).then_some((i + 1, line))
    })
}

fn section_code(line: &str) -> Option<&str> {
    line.strip_prefix('[').and_then(|l| l.strip_suffix(']'))
}

fn lowercase_entry(w: &str) -> String {
    w.trim()
        .chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

impl Profiles {
    /// Reads `function_words.txt` (which defines the languages) and `orthography.txt`.
    pub fn parse(
        words_text: &str,
        words_origin: &str,
        cues_text: &str,
        cues_origin: &str,
    ) -> Result<Self, LexiconError> {
        let mut p = Profiles::default();
        p.parse_words(words_text, words_origin)?;
        p.parse_cues(cues_text, cues_origin)?;
        p.short_words = ShortWords::new(&p.words);
        Ok(p)
    }

    fn parse_words(&mut self, text: &str, origin: &str) -> Result<(), LexiconError> {
        let mut current: Option<usize> = None;
        for (n, line) in content_lines(text) {
            if let Some(code) = section_code(line) {
                if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                    return Err(bad(origin, n, format!("[{code}] is not an ISO 639-3 code")));
                }
                if self.index(code).is_some() {
                    return Err(bad(origin, n, format!("[{code}] appears twice")));
                }
                if self.langs.len() == MAX_LANGS {
                    return Err(bad(origin, n, format!("more than {MAX_LANGS} languages")));
                }
                self.langs.push(LangMeta {
                    code: code.to_owned(),
                    name: code.to_owned(),
                    whatlang: Vec::new(),
                });
                current = Some(self.langs.len() - 1);
                continue;
            }
            let Some(lang) = current else {
                return Err(bad(origin, n, "words before any [language] section".into()));
            };
            if let Some(rest) = line.strip_prefix('@') {
                let (key, value) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
                let value = value.trim();
                match key {
                    "name" if !value.is_empty() => self.langs[lang].name = value.to_owned(),
                    "whatlang" => {
                        for code in value.split_whitespace() {
                            if whatlang::Lang::from_code(code).is_none() {
                                return Err(bad(
                                    origin,
                                    n,
                                    format!("@whatlang {code}: whatlang has no such language"),
                                ));
                            }
                            self.langs[lang].whatlang.push(code.to_owned());
                        }
                    }
                    _ => return Err(bad(origin, n, format!("unknown directive @{key}"))),
                }
                continue;
            }
            for w in line.split('|') {
                let w = lowercase_entry(w);
                if !valid_word(&w) {
                    return Err(bad(origin, n, format!("'{w}' is not one word")));
                }
                self.max_word_bytes = self.max_word_bytes.max(w.len());
                *self.words.entry(w.into_boxed_str()).or_default() |= 1 << lang;
            }
        }
        for needed in ["eng", "spa"] {
            if self.index(needed).is_none() {
                return Err(bad(origin, 0, format!("no [{needed}] section")));
            }
        }
        Ok(())
    }

    fn parse_cues(&mut self, text: &str, origin: &str) -> Result<(), LexiconError> {
        let mut current: Option<usize> = None;
        let mut weight = 1.0f32;
        for (n, line) in content_lines(text) {
            if let Some(code) = section_code(line) {
                let Some(i) = self.index(code) else {
                    return Err(bad(
                        origin,
                        n,
                        format!("[{code}] is not a section of the function-word file"),
                    ));
                };
                current = Some(i);
                weight = 1.0;
                continue;
            }
            let Some(lang) = current else {
                return Err(bad(origin, n, "cues before any [language] section".into()));
            };
            if let Some(rest) = line.strip_prefix("@weight") {
                weight = match rest.trim().parse::<f32>() {
                    Ok(w) if w > 0.0 && w <= 10.0 => w,
                    _ => {
                        return Err(bad(
                            origin,
                            n,
                            format!("@weight {}: not a number in (0, 10]", rest.trim()),
                        ))
                    }
                };
                continue;
            }
            if line.starts_with('@') {
                return Err(bad(origin, n, format!("unknown directive {line}")));
            }
            for raw in line.split('|') {
                let cue = lowercase_entry(raw);
                let (place, body) = match (cue.strip_prefix('-'), cue.strip_suffix('-')) {
                    (Some(_), Some(_)) => {
                        return Err(bad(
                            origin,
                            n,
                            format!("'{cue}': a cue is an ending, a beginning or a part, not both"),
                        ));
                    }
                    (Some(b), None) => (Place::Suffix, b),
                    (None, Some(b)) => (Place::Prefix, b),
                    (None, None) => (Place::Infix, cue.as_str()),
                };
                if body.is_empty()
                    || !body
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '·' || is_combining(c))
                {
                    return Err(bad(origin, n, format!("'{cue}' is not a spelling cue")));
                }
                let len = body.chars().count();
                let (map, lens) = match place {
                    Place::Suffix => (&mut self.suffixes, &mut self.suffix_lens),
                    Place::Prefix => (&mut self.prefixes, &mut self.prefix_lens),
                    Place::Infix => (&mut self.infixes, &mut self.infix_lens),
                };
                let entry = map.entry(body.into()).or_default();
                match entry.iter_mut().find(|(l, _)| usize::from(*l) == lang) {
                    Some(e) => e.1 = weight,
                    None => entry.push((lang as u8, weight)),
                }
                if !lens.contains(&len) {
                    lens.push(len);
                    lens.sort_unstable();
                }
            }
        }
        Ok(())
    }

    pub fn index(&self, code: &str) -> Option<usize> {
        self.langs.iter().position(|l| l.code == code)
    }

    /// Scores `text` into `tally`: function words, spelling cues, or both. A word that repeats
    /// the one before it (`na na na`, `the the`) counts once.
    pub fn scan(&self, text: &str, tally: &mut Tally, what: Scan) {
        // One copy of the loop per kind of scan, so that the `what` tests in it are constants
        // (`scan_as` is inlined into each arm).
        match (what.words, what.cues) {
            (true, false) => self.scan_as(text, tally, WORDS_ONLY),
            (false, true) => self.scan_as(text, tally, CUES_ONLY),
            (true, true) => self.scan_as(text, tally, BOTH),
            (false, false) => self.scan_as(text, tally, NEITHER),
        }
    }

    #[inline(always)]
    fn scan_as(&self, text: &str, tally: &mut Tally, what: Scan) {
        let mut word = String::with_capacity(32);
        // The word before, to which a repeat is compared: packed when it fits (`pack`), else
        // 0 (no word packs to 0) and spelled out in `previous`.
        let mut previous_key: u128 = 0;
        let mut previous = String::with_capacity(32);
        let mut attach = Attach::Free;
        let mut scratch = Scratch::default();
        // The function-word hits of `ascii_words`, added to `tally` at the end: in a scan of
        // function words alone, every score grows by 1.0 at a time, so that the order of the
        // additions does not change the sums.
        let mut counts = LaneCounts::default();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Function words only, with no word pending and nothing attached: the plain ASCII
            // stretch from here in its own tight loop (`ascii_words`), which stops where this
            // loop's general path is needed, in the same state.
            if what.words && !what.cues && word.is_empty() && attach == Attach::Free {
                i = self.ascii_words(bytes, i, &mut previous_key, tally, &mut counts);
                if i >= bytes.len() {
                    break;
                }
            }
            let b = bytes[i];
            // A run of ASCII letters, the common case: counted and copied at once, without
            // decoding (what the general case below does letter by letter, in one step).
            if b.is_ascii_alphabetic() {
                let (end, packed) = ascii_run(bytes, i);
                if what.words {
                    tally.letters += (end - i) as u32;
                    if word.is_empty() && attach == Attach::Free && b.is_ascii_uppercase() {
                        tally.capitalised += 1;
                    }
                }
                // The commonest word of all: a whole word of at most 15 ASCII letters, ended
                // by an ASCII byte that cannot join (white space, punctuation, a digit; not
                // `-` or `'`) or by the end. It is what the general path below would flush at
                // that byte, with no apostrophe to strip, so its function words are looked up
                // straight from its packed bytes (`short_word`), without copying it. Cues need
                // the word spelled out: they take the general path.
                if let Some(key) = packed.filter(|_| word.is_empty() && !what.cues) {
                    // (Not `is_none_or`: the workspace supports Rust 1.80.)
                    let ends_word = match bytes.get(end) {
                        Some(&e) => ENDS_WORD[usize::from(e)],
                        None => true,
                    };
                    if ends_word {
                        if what.words {
                            tally.words += 1;
                            if previous_key != key {
                                self.short_word(key, attach, tally);
                            }
                        }
                        previous_key = key;
                        // The byte at `end` (if any) is an ASCII non-letter read with no word
                        // pending: all the loop would do with it is what is done here, make
                        // `attach` `Free` and step over it.
                        attach = Attach::Free;
                        i = end + 1;
                        continue;
                    }
                }
                let at = word.len();
                word.push_str(&text[i..end]);
                word[at..].make_ascii_lowercase();
                i = end;
                continue;
            }
            // ASCII white space, punctuation and digits with no word pending: all the general
            // path below does with them is `attach = Attach::Free` (nothing joins an empty
            // word, and `¿ ¡` are not ASCII).
            if word.is_empty() && b.is_ascii() {
                attach = Attach::Free;
                i += 1;
                continue;
            }
            let (c, len) = if b.is_ascii() {
                (char::from(b), 1)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            };
            i += len;
            // The Latin-1 letters (`á é í ó ú ñ ü`, the commonest non-ASCII letters here) are
            // read from a table (`latin1_letter`); every other char through the Unicode tables.
            if let Some((upper, lower)) = latin1_letter(c) {
                if what.words {
                    tally.letters += 1;
                    if word.is_empty() && attach == Attach::Free && upper {
                        tally.capitalised += 1;
                    }
                }
                word.push(lower);
                continue;
            }
            if c.is_alphabetic() {
                if what.words {
                    tally.letters += 1;
                    if !is_latin(c) {
                        tally.non_latin += 1;
                    }
                    if word.is_empty() && attach == Attach::Free && c.is_uppercase() {
                        tally.capitalised += 1;
                    }
                }
                word.extend(c.to_lowercase());
                continue;
            }
            let joins = !word.is_empty()
                && (is_combining(c) || c == '·' || c == '-' || is_apostrophe(c))
                && text[i..].chars().next().is_some_and(char::is_alphabetic);
            if joins && (is_combining(c) || c == '·') {
                word.push(c);
                continue;
            }
            if !word.is_empty() {
                if joins && is_apostrophe(c) {
                    word.push('\'');
                }
                self.flush(
                    &word,
                    &mut previous_key,
                    &previous,
                    attach,
                    tally,
                    what,
                    &mut scratch,
                );
                std::mem::swap(&mut word, &mut previous);
                word.clear();
            }
            attach = match (joins, c) {
                (true, '-') => Attach::AfterHyphen,
                (true, _) => Attach::AfterApostrophe,
                _ => Attach::Free,
            };
            if what.words && (c == '¿' || c == '¡') {
                let mut buf = [0u8; 4];
                self.function_word(c.encode_utf8(&mut buf), tally);
            }
        }
        if !word.is_empty() {
            self.flush(
                &word,
                &mut previous_key,
                &previous,
                attach,
                tally,
                what,
                &mut scratch,
            );
        }
        if what.words && !what.cues {
            counts.flush(tally);
        }
    }

    /// A function-word scan (no cues) from `i`, where no word is pending and nothing is
    /// attached, over whole words of at most 15 ASCII letters ended by an ASCII byte that
    /// cannot join (or by the end) and the ASCII non-letters between them: what `scan_as`'s
    /// two ASCII fast paths do with them, one after the other, in a loop of its own whose
    /// state (the position, the word before, the counts) stays in registers. Words with the
    /// accented letters of Spanish (`más`, `él`, `también`; see [`latin1_word`]) are taken
    /// too, where they left this loop for `scan_as`'s general path, letter by letter (a
    /// Spanish text left it every few words). Returns the position of the first byte it does
    /// not take (another non-ASCII byte, or the first letter of a longer word or of one
    /// followed by `-`, `'` or another non-ASCII char), at which `scan_as` is in the same
    /// state (no word pending, nothing attached), or the end of `bytes`.
    #[inline(never)]
    fn ascii_words(
        &self,
        bytes: &[u8],
        mut i: usize,
        previous_key: &mut u128,
        tally: &mut Tally,
        counts: &mut LaneCounts,
    ) -> usize {
        let mut previous = *previous_key;
        let (mut letters, mut words, mut capitalised) = (0u32, 0u32, 0u32);
        while let Some(&b) = bytes.get(i) {
            let w = if b.is_ascii_alphabetic() {
                let (end, packed) = ascii_run(bytes, i);
                let Some(key) = packed else {
                    break;
                };
                let upper_first = b.is_ascii_uppercase();
                if bytes.get(end).is_some_and(|&e| !ENDS_WORD[usize::from(e)]) {
                    // A word that goes on with an accented letter (`más`, `está`, `también`).
                    match latin1_word(bytes, i, end, key, upper_first) {
                        Some(w) => w,
                        None => break,
                    }
                } else {
                    Latin1Word {
                        end,
                        key,
                        letters: (end - i) as u32,
                        upper_first,
                    }
                }
            } else if b.is_ascii() {
                i += 1;
                continue;
            } else {
                // A word that starts with an accented letter (`él`, `Álvaro`).
                match latin1_word(bytes, i, i, 0, false) {
                    Some(w) => w,
                    None => break,
                }
            };
            letters += w.letters;
            words += 1;
            capitalised += u32::from(w.upper_first);
            if w.key != previous {
                let mask = self.short_words.get(w.key);
                if mask != 0 {
                    counts.add(mask, tally);
                }
            }
            previous = w.key;
            i = w.end + 1;
        }
        tally.letters += letters;
        tally.words += words;
        tally.capitalised += capitalised;
        *previous_key = previous;
        i.min(bytes.len())
    }

    /// Scores a finished word unless it repeats the one before, and makes it the one before
    /// (the caller then swaps `word` into `previous`, which matters only for a long word).
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn flush(
        &self,
        word: &str,
        previous_key: &mut u128,
        previous: &str,
        attach: Attach,
        tally: &mut Tally,
        what: Scan,
        s: &mut Scratch,
    ) {
        let key = pack(word.as_bytes());
        let repeat = match key {
            Some(k) => k == *previous_key,
            None => *previous_key == 0 && word == previous,
        };
        if !repeat {
            self.word(word, attach, tally, what, s);
        } else if what.words {
            tally.words += 1;
        }
        *previous_key = key.unwrap_or(0);
    }

    /// `word` for a whole word of ASCII letters of at most 15 bytes, lower-cased and packed
    /// (`pack`), function words only: it has no apostrophe to strip, and its key with the
    /// attachment's `'` or `-` in front still fits a packed key.
    #[inline]
    fn short_word(&self, key: u128, attach: Attach, tally: &mut Tally) {
        let found = match attach {
            Attach::Free => self.add_languages(self.short_words.get(key), tally),
            Attach::AfterApostrophe => {
                self.add_languages(self.short_words.get(key << 8 | u128::from(b'\'')), tally)
            }
            Attach::AfterHyphen => {
                self.add_languages(self.short_words.get(key << 8 | u128::from(b'-')), tally)
            }
        };
        if !found && attach != Attach::Free {
            self.add_languages(self.short_words.get(key), tally);
        }
    }

    /// The languages that list `key` as a function word (a bit set; 0 for none).
    #[inline]
    fn languages_of(&self, key: &str) -> u32 {
        match pack(key.as_bytes()) {
            Some(packed) => self.short_words.get(packed),
            None if key.len() <= self.max_word_bytes => self.words.get(key).copied().unwrap_or(0),
            None => 0,
        }
    }

    /// Adds a function word's evidence; false when `key` is no function word.
    #[inline]
    fn function_word(&self, key: &str, tally: &mut Tally) -> bool {
        self.add_languages(self.languages_of(key), tally)
    }

    /// Adds a function word of the languages `mask` (a bit set); false when it is empty.
    #[inline]
    fn add_languages(&self, mut m: u32, tally: &mut Tally) -> bool {
        if m == 0 {
            return false;
        }
        while m != 0 {
            let l = m.trailing_zeros() as usize;
            tally.scores[l] += 1.0;
            tally.fw_hits[l] += 1;
            m &= m - 1;
        }
        true
    }

    /// One word, lower-cased; an elided word ends with `'`. Its function-word key carries the
    /// attachment (`l'`, `'s`, `-lhe`); when that is no function word, the bare word is tried
    /// (`it's` → `it`, `qu'il` → `il`, `peut-être` → `être`).
    #[inline]
    fn word(&self, word: &str, attach: Attach, tally: &mut Tally, what: Scan, s: &mut Scratch) {
        let bare = word.trim_end_matches('\'');
        if what.words {
            tally.words += 1;
            let found = match attach {
                Attach::Free => self.function_word(word, tally),
                Attach::AfterApostrophe | Attach::AfterHyphen => {
                    s.key.clear();
                    s.key.push(if attach == Attach::AfterHyphen {
                        '-'
                    } else {
                        '\''
                    });
                    s.key.push_str(word);
                    self.function_word(&s.key, tally)
                }
            };
            if !found && (attach != Attach::Free || bare.len() != word.len()) {
                self.function_word(bare, tally);
            }
        }
        if what.cues {
            self.cues(bare, tally, s);
        }
    }

    fn cues(&self, word: &str, tally: &mut Tally, s: &mut Scratch) {
        let add = |w: Option<&Weights>, tally: &mut Tally| {
            if let Some(w) = w {
                for &(l, weight) in w {
                    tally.scores[usize::from(l)] += weight;
                }
            }
        };
        s.bounds.clear();
        s.bounds.extend(word.char_indices().map(|(i, _)| i));
        let n = s.bounds.len();
        s.bounds.push(word.len());
        for &len in &self.suffix_lens {
            if n < len + 2 {
                break;
            }
            add(self.suffixes.get(&word[s.bounds[n - len]..]), tally);
        }
        for &len in &self.prefix_lens {
            if n < len + 2 {
                break;
            }
            add(self.prefixes.get(&word[..s.bounds[len]]), tally);
        }
        // Infixes are read with `qu`, `gu` before e/i reduced to `q`, `g`.
        let reduced: &str = if word.contains("qu") || word.contains("gu") {
            s.reduced.clear();
            let mut it = word.chars().peekable();
            while let Some(c) = it.next() {
                s.reduced.push(c);
                if (c == 'q' || c == 'g') && it.peek() == Some(&'u') {
                    let mut look = it.clone();
                    look.next();
                    if matches!(
                        look.peek(),
                        Some('e' | 'i' | 'é' | 'í' | 'è' | 'ì' | 'ê' | 'ë' | 'ï')
                    ) {
                        it.next();
                    }
                }
            }
            s.bounds.clear();
            s.bounds.extend(s.reduced.char_indices().map(|(i, _)| i));
            s.bounds.push(s.reduced.len());
            &s.reduced
        } else {
            word
        };
        let n = s.bounds.len() - 1;
        for &len in &self.infix_lens {
            if len > n {
                break;
            }
            for start in 0..=n - len {
                add(
                    self.infixes
                        .get(&reduced[s.bounds[start]..s.bounds[start + len]]),
                    tally,
                );
            }
        }
    }
}

/// The function words of at most [`ShortWords::MAX_BYTES`] bytes (nearly all of them), in an
/// open-addressing table keyed by the word's bytes packed into a `u128` ([`pack`]): a look-up
/// is a multiply and one or two integer compares, where hashing a `str` and comparing it byte
/// by byte cost several times as much, and every word of a scanned text is looked up. The
/// table holds exactly the entries of `Profiles::words` that fit, with the same language sets
/// (a test checks every entry), so a look-up answers what `words.get` answers.
#[derive(Clone, Debug)]
struct ShortWords {
    /// The low halves of the packed words (their first eight bytes); 0 marks an empty slot (no
    /// packed word's low half is 0: a word is never empty and holds no NUL byte, neither of
    /// which is a letter). Every look-up reads this array, most of them for words that are no
    /// function word, at a slot of their hash: half the width of a whole key, it holds twice
    /// the slots in the same memory (which the look-ups missed in cache about once in two).
    keys: Vec<u64>,
    /// The high half of the word in the same slot (0 for a word of at most eight bytes, most
    /// of them), and its language set: read only when the low halves match.
    rest: Vec<(u64, u32)>,
    /// 64 − log2 of the number of slots (a power of two).
    shift: u32,
}

impl Default for ShortWords {
    fn default() -> Self {
        ShortWords::new(&FxMap::default())
    }
}

impl ShortWords {
    const MAX_BYTES: usize = 16;

    fn new(words: &FxMap<Box<str>, u32>) -> Self {
        let n = words.keys().filter(|w| w.len() <= Self::MAX_BYTES).count();
        // At most a quarter of the slots taken, so that probe runs stay short: most look-ups
        // are for words that are no function word, and end at their home slot, empty.
        let slots = (4 * n).next_power_of_two().max(16);
        let mut table = ShortWords {
            keys: vec![0; slots],
            rest: vec![(0, 0); slots],
            shift: 64 - slots.trailing_zeros(),
        };
        for (w, &mask) in words {
            if let Some(key) = pack(w.as_bytes()) {
                let mut i = table.slot(key);
                while table.keys[i] != 0 {
                    i = (i + 1) & (slots - 1);
                }
                table.keys[i] = key as u64;
                table.rest[i] = ((key >> 64) as u64, mask);
            }
        }
        table
    }

    /// The home slot of a packed word: Fibonacci hashing of its two halves folded together.
    #[inline]
    fn slot(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(31);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The language set of the packed word `key` (0 when it is no function word).
    #[inline]
    fn get(&self, key: u128) -> u32 {
        let (low, high) = (key as u64, (key >> 64) as u64);
        let last = self.keys.len() - 1;
        let mut i = self.slot(key);
        loop {
            let k = self.keys[i];
            if k == low {
                let (h, mask) = self.rest[i];
                if h == high {
                    return mask;
                }
            }
            if k == 0 {
                return 0;
            }
            i = (i + 1) & last;
        }
    }
}

/// Function-word hits counted per language in byte lanes, for [`Profiles::ascii_words`]: the
/// language set of a function word (a bit set) is added to every language it names with four
/// table look-ups and four additions ([`SPREAD`]), where adding 1 to each language's score and
/// count in turn costs a loop of as many steps as it has languages (a short function word such
/// as `de`, `a`, `la` is listed by several), and mispredicts its exit. The counts go into the
/// tally before a lane can overflow, and at the end; see [`add_ones`] for the scores.
#[derive(Default)]
struct LaneCounts {
    /// Byte `j` of `lanes[c]`: the hits of language `8c + j` not yet in the tally.
    lanes: [u64; MAX_LANGS / 8],
    /// Words added since the last flush (no lane holds more).
    pending: u32,
}

impl LaneCounts {
    #[inline(always)]
    fn add(&mut self, mask: u32, tally: &mut Tally) {
        let bytes = mask.to_le_bytes();
        for (lane, &b) in self.lanes.iter_mut().zip(&bytes) {
            *lane += SPREAD[usize::from(b)];
        }
        self.pending += 1;
        if self.pending == u32::from(u8::MAX) {
            self.flush(tally);
        }
    }

    /// Adds the counts to `tally` (each language's hits, and as many times 1 to its score) and
    /// empties the lanes.
    #[inline(never)]
    fn flush(&mut self, tally: &mut Tally) {
        if self.pending == 0 {
            return;
        }
        let mut k = [0u8; MAX_LANGS];
        for (eight, lane) in k.chunks_exact_mut(8).zip(&self.lanes) {
            eight.copy_from_slice(&lane.to_le_bytes());
        }
        for (hits, &k) in tally.fw_hits.iter_mut().zip(&k) {
            *hits += u32::from(k);
        }
        // Whole-number scores (function words alone), the commonest case: one addition each
        // (what `add_ones` gives for them), over all the scores at once; else one by one.
        let whole = tally
            .scores
            .iter()
            .fold(true, |all, &s| all & whole_below(s, EXACT - 255.0));
        if whole {
            for (s, &k) in tally.scores.iter_mut().zip(&k) {
                *s += f32::from(k);
            }
        } else {
            for (s, &k) in tally.scores.iter_mut().zip(&k) {
                *s = add_ones(*s, u32::from(k));
            }
        }
        *self = LaneCounts::default();
    }
}

/// 2^23: every whole number up to 2^24 is an `f32`, and from 2^23 to 2^24 only they are.
const EXACT: f32 = 8_388_608.0;

/// Is `s` a whole number from 0 to `max` (at most [`EXACT`])?
#[inline(always)]
fn whole_below(s: f32, max: f32) -> bool {
    // `s + 2^23` is rounded to a whole number (the `f32`s from 2^23 to 2^24 are), from which
    // taking 2^23 back is exact: `s` comes back iff it was whole. No conversion to an integer,
    // so that the test of all the scores is a few vector instructions.
    s >= 0.0 && s <= max && (s + EXACT) - EXACT == s
}

/// `SPREAD[b]`: bit `j` of `b` as byte `j` (0 or 1).
const SPREAD: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let mut j = 0;
        while j < 8 {
            if b & (1 << j) != 0 {
                t[b] |= 1 << (8 * j);
            }
            j += 1;
        }
        b += 1;
    }
    t
};

/// `s` plus 1.0 added `k` times, one addition after the other, as the scan scores each
/// function word: in one addition when every step is exact (`s` a whole number and the sum at
/// most 2^23, see [`EXACT`]), which is always the case for the
/// scores of function words alone; else step by step (a score with a cue's fraction in it).
#[inline]
fn add_ones(s: f32, k: u32) -> f32 {
    if whole_below(s, EXACT - k as f32) {
        return s + k as f32;
    }
    let mut s = s;
    for _ in 0..k {
        s += 1.0;
    }
    s
}

/// A word of at most [`ShortWords::MAX_BYTES`] bytes as an integer: its bytes little-endian,
/// zero-padded (one-to-one on words without NUL bytes).
#[inline]
fn pack(w: &[u8]) -> Option<u128> {
    if w.len() > ShortWords::MAX_BYTES {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes[..w.len()].copy_from_slice(w);
    Some(u128::from_le_bytes(bytes))
}

/// The end of the run of ASCII letters at `bytes[start]` (itself a letter) and, when the run
/// has at most 15 letters, the run lower-cased and packed (what `pack` gives for it; an ASCII
/// letter's lower case is itself with bit 5 set). Where 16 bytes are left, the run is found
/// eight bytes at a time ([`non_letters`]) in the same load that gives the packed key.
#[inline(always)]
fn ascii_run(bytes: &[u8], start: usize) -> (usize, Option<u128>) {
    const LOWER: u128 = 0x2020_2020_2020_2020_2020_2020_2020_2020;
    let (n, raw) = match bytes.get(start..start + 16) {
        Some(window) => {
            let (lo, hi) = window.split_at(8);
            let lo = u64::from_le_bytes(lo.try_into().unwrap_or([0; 8]));
            let lo_stops = non_letters(lo);
            if lo_stops != 0 {
                // A word of at most 7 letters (most words): its key from the low half alone,
                // as the general case below gives it (`n` ≥ 1: the first byte is a letter).
                let n = lo_stops.trailing_zeros() / 8;
                let keep = (1u64 << (8 * n)) - 1;
                let key = (lo | LOWER as u64) & keep;
                return (start + n as usize, Some(u128::from(key)));
            }
            let hi = u64::from_le_bytes(hi.try_into().unwrap_or([0; 8]));
            let n = 8 + non_letters(hi).trailing_zeros() / 8;
            (n as usize, u128::from(lo) | u128::from(hi) << 64)
        }
        None => {
            let n = bytes[start..]
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(bytes.len() - start);
            let raw = if n < ShortWords::MAX_BYTES {
                pack(&bytes[start..start + n]).unwrap_or(0)
            } else {
                0
            };
            (n, raw)
        }
    };
    if n >= ShortWords::MAX_BYTES {
        let rest = bytes[start + n..]
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(bytes.len() - start - n);
        return (start + n + rest, None);
    }
    (start + n, Some((raw | LOWER) & KEEP[n]))
}

/// A whole word read by [`Profiles::ascii_words`]: of ASCII letters, or with accented letters
/// too ([`latin1_word`]).
struct Latin1Word {
    /// Where it ends: the end of the text or a byte that [`ENDS_WORD`].
    end: usize,
    /// Lower-cased and packed, as [`pack`] gives it.
    key: u128,
    /// Its letters (chars).
    letters: u32,
    /// Is its first letter upper case?
    upper_first: bool,
}

/// The word at `bytes[start]` when it is made of ASCII letters and the letters U+00C0 to
/// U+00FF (`á é í ó ú ñ ü`: 0xC3 and one byte; [`latin1_letter`] says which are letters and
/// their lower case), has at most [`ShortWords::MAX_BYTES`] bytes lower-cased, and is ended by
/// a byte that [`ENDS_WORD`] or by the end of the text: what `scan_as`'s general path reads
/// letter by letter and flushes at that byte (no other char joins it, nothing to strip).
/// `None` for any other word, which is left to that path. `stop` is the byte at which the
/// caller found that the word is not all ASCII letters (none when it is not 0xC3, the lead
/// byte of every such letter). The word's first `from - start` bytes are ASCII letters already
/// read, lower-cased and packed as `key`, the first of them upper case when `upper_first`
/// (none: `from == start`, `key` 0). Checked in `scan_matches_the_plain_scan`.
#[inline(never)]
fn latin1_word(
    bytes: &[u8],
    start: usize,
    from: usize,
    key: u128,
    mut upper_first: bool,
) -> Option<Latin1Word> {
    if bytes.get(from) != Some(&0xC3) {
        return None;
    }
    let mut packed = key.to_le_bytes();
    let (mut n, mut k) = (from - start, from);
    let mut letters = n as u32;
    while let Some(&b) = bytes.get(k) {
        let (lower, len, upper) = if b.is_ascii_alphabetic() {
            (u16::from(b | 0x20), 1, b.is_ascii_uppercase())
        } else if b == 0xC3 {
            // U+00C0 + (c − 0x80); `×` (0x97) and `÷` (0xB7) are no letters.
            let c = *bytes.get(k + 1)?;
            if c == 0x97 || c == 0xB7 {
                return None;
            }
            let upper = c <= 0x9E;
            let lower = if upper { c + 0x20 } else { c };
            (u16::from_le_bytes([0xC3, lower]), 2, upper)
        } else if ENDS_WORD[usize::from(b)] {
            break;
        } else {
            return None;
        };
        if n + len > ShortWords::MAX_BYTES {
            return None;
        }
        if k == start {
            upper_first = upper;
        }
        packed[n..n + len].copy_from_slice(&lower.to_le_bytes()[..len]);
        n += len;
        k += len;
        letters += 1;
    }
    (n > 0).then(|| Latin1Word {
        end: k,
        key: u128::from_le_bytes(packed),
        letters,
        upper_first,
    })
}

/// `ENDS_WORD[b]`: the byte `b` ends a run of ASCII letters as a whole word: ASCII, neither
/// `-` nor `'` (which may join it to the next). A table: one load for three tests.
const ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = b != b'-' as usize && b != b'\'' as usize;
        b += 1;
    }
    t
};

/// `KEEP[n]`: the low `n` bytes of a `u128` set (a table: a variable 128-bit shift is slow).
const KEEP: [u128; ShortWords::MAX_BYTES] = {
    let mut t = [0u128; ShortWords::MAX_BYTES];
    let mut n = 1;
    while n < ShortWords::MAX_BYTES {
        t[n] = (t[n - 1] << 8) | 0xff;
        n += 1;
    }
    t
};

/// For each byte of `x`, 0x80 where it is no ASCII letter and 0 where it is one.
#[inline(always)]
fn non_letters(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bit 5 set maps `A`–`Z` onto `a`–`z` and nothing else into them; with bit 7 cleared, the
    // sums below carry into no other byte (at most 0x7f + 0x1f).
    let low = (x | 0x2020_2020_2020_2020) & !HIGH;
    let from_a = low + (0x80 - u64::from(b'a')) * ONES;
    let past_z = low + (0x80 - u64::from(b'z') - 1) * ONES;
    let letters = from_a & !past_z & !x & HIGH;
    letters ^ HIGH
}

/// Buffers reused across the words of one scan.
#[derive(Default)]
struct Scratch {
    key: String,
    reduced: String,
    bounds: Vec<usize>,
}

/// A function-word entry: letters, with an apostrophe at one end (`l'`, `'s`) or a leading
/// hyphen (`-se`), or one of `¿ ¡`.
fn valid_word(w: &str) -> bool {
    if w == "¿" || w == "¡" {
        return true;
    }
    let body = w
        .strip_prefix('\'')
        .or_else(|| w.strip_prefix('-'))
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w);
    !body.is_empty() && body.chars().all(|c| c.is_alphabetic() || c == '·')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profiles(words: &str, cues: &str) -> Profiles {
        Profiles::parse(words, "w.txt", cues, "c.txt").unwrap_or_else(|e| panic!("{e}"))
    }

    fn lexicon_profiles() -> Profiles {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/langid");
        let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("lexicon file");
        profiles(&read("function_words.txt"), &read("orthography.txt"))
    }

    /// `Profiles::scan` the plain way, as it was before its ASCII-run and packed-table fast
    /// paths: char by char, every function word looked up in `Profiles::words`.
    fn plain_scan(p: &Profiles, text: &str, tally: &mut Tally, what: Scan) {
        let lookup = |key: &str, tally: &mut Tally| -> bool {
            let Some(&mask) = p.words.get(key) else {
                return false;
            };
            for l in 0..MAX_LANGS {
                if mask & (1 << l) != 0 {
                    tally.scores[l] += 1.0;
                    tally.fw_hits[l] += 1;
                }
            }
            true
        };
        let mut scratch = Scratch::default();
        let mut word_of = |word: &str, attach: Attach, tally: &mut Tally| {
            let bare = word.trim_end_matches('\'');
            if what.words {
                tally.words += 1;
                let key = match attach {
                    Attach::Free => word.to_owned(),
                    Attach::AfterApostrophe => format!("'{word}"),
                    Attach::AfterHyphen => format!("-{word}"),
                };
                if !lookup(&key, tally) && (attach != Attach::Free || bare != word) {
                    lookup(bare, tally);
                }
            }
            if what.cues {
                p.cues(bare, tally, &mut scratch);
            }
        };
        let (mut word, mut previous) = (String::new(), String::new());
        let mut attach = Attach::Free;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_alphabetic() {
                if what.words {
                    tally.letters += 1;
                    tally.non_latin += u32::from(!is_latin(c));
                    if word.is_empty() && attach == Attach::Free && c.is_uppercase() {
                        tally.capitalised += 1;
                    }
                }
                word.extend(c.to_lowercase());
                continue;
            }
            let joins = !word.is_empty()
                && (is_combining(c) || c == '·' || c == '-' || is_apostrophe(c))
                && chars.peek().is_some_and(|n| n.is_alphabetic());
            if joins && (is_combining(c) || c == '·') {
                word.push(c);
                continue;
            }
            if !word.is_empty() {
                if joins && is_apostrophe(c) {
                    word.push('\'');
                }
                if word != previous {
                    word_of(&word, attach, tally);
                } else if what.words {
                    tally.words += 1;
                }
                previous = std::mem::take(&mut word);
            }
            attach = match (joins, c) {
                (true, '-') => Attach::AfterHyphen,
                (true, _) => Attach::AfterApostrophe,
                _ => Attach::Free,
            };
            if what.words && (c == '¿' || c == '¡') {
                lookup(&c.to_string(), tally);
            }
        }
        if !word.is_empty() && word != previous {
            word_of(&word, attach, tally);
        } else if !word.is_empty() && what.words {
            tally.words += 1;
        }
    }

    fn same_tally(a: &Tally, b: &Tally) -> bool {
        a.scores.map(f32::to_bits) == b.scores.map(f32::to_bits)
            && a.fw_hits == b.fw_hits
            && (a.words, a.capitalised, a.letters, a.non_latin)
                == (b.words, b.capitalised, b.letters, b.non_latin)
    }

    #[test]
    fn non_letters_marks_every_byte_that_is_no_ascii_letter() {
        for b in 0..=255u8 {
            for at in 0..8 {
                // The byte among letters and among non-letters, at every position.
                for fill in [b'q', b'Q', b' ', 0xff] {
                    let mut bytes = [fill; 8];
                    bytes[at] = b;
                    let marks = non_letters(u64::from_le_bytes(bytes));
                    for (k, &x) in bytes.iter().enumerate() {
                        let want = if x.is_ascii_alphabetic() { 0 } else { 0x80 };
                        assert_eq!((marks >> (8 * k)) & 0xff, want, "{bytes:?} at {k}");
                    }
                }
            }
        }
    }

    #[test]
    fn latin1_letter_is_what_the_unicode_tables_say() {
        for c in '\u{80}'..='ÿ' {
            let want = (c >= 'À' && c.is_alphabetic()).then(|| {
                let lower: Vec<char> = c.to_lowercase().collect();
                assert_eq!(lower.len(), 1, "{c}");
                assert!(is_latin(c), "{c}");
                (c.is_uppercase(), lower[0])
            });
            assert_eq!(latin1_letter(c), want, "{c:?}");
        }
        for c in ['a', 'Z', ' ', 'ª', 'º', 'µ', 'Ā', '\u{301}'] {
            assert_eq!(latin1_letter(c), None, "{c:?}");
        }
    }

    #[test]
    fn ends_word_is_its_three_tests() {
        for b in 0..=255u8 {
            let want = b.is_ascii() && b != b'-' && b != b'\'';
            assert_eq!(ENDS_WORD[usize::from(b)], want, "{b:#x}");
        }
    }

    #[test]
    fn ascii_runs_and_their_keys() {
        let text = b"Hello, WORLD abcdefghijklmno abcdefghijklmnop x-y tail";
        let run = |at: usize| ascii_run(text, at);
        assert_eq!(run(0), (5, pack(b"hello")));
        assert_eq!(run(7), (12, pack(b"world")));
        assert_eq!(run(13), (28, pack(b"abcdefghijklmno")));
        assert_eq!(run(29), (45, None), "16 letters: no key");
        assert_eq!(run(46), (47, pack(b"x")));
        assert_eq!(run(50), (54, pack(b"tail")), "fewer than 16 bytes left");
        assert_eq!(ascii_run(b"abcdefghijklmnopqrstuvwxyz", 3), (26, None));
    }

    /// `ascii_run` against the plain reading of its contract, at every letter of generated
    /// byte strings: runs of every length around 7/8 and 15/16 letters, near the end of the
    /// input and not, ended by every kind of byte.
    #[test]
    fn ascii_run_matches_the_plain_reading() {
        let alphabet: Vec<u8> = (b'a'..=b'z')
            .chain(b'A'..=b'Z')
            .chain([
                b' ', b'-', b'\'', b'.', b'0', b'@', b'[', b'`', b'{', 0xc3, 0xa9, 0x80, 0xff,
            ])
            .collect();
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..3000 {
            let mut bytes = Vec::new();
            for _ in 0..next(6) {
                for _ in 0..next(20) {
                    bytes.push(alphabet[next(52)]);
                }
                bytes.push(alphabet[next(alphabet.len())]);
            }
            for start in 0..bytes.len() {
                if !bytes[start].is_ascii_alphabetic() {
                    continue;
                }
                let n = bytes[start..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                let lower = bytes[start..start + n].to_ascii_lowercase();
                let key = if n < ShortWords::MAX_BYTES {
                    pack(&lower)
                } else {
                    None
                };
                assert_eq!(
                    ascii_run(&bytes, start),
                    (start + n, key),
                    "{bytes:?} at {start}"
                );
            }
        }
    }

    #[test]
    fn packed_table_holds_every_function_word() {
        let p = lexicon_profiles();
        assert!(p.words.len() > 1000, "the real lexicon");
        let mut short = 0;
        for (w, &mask) in &p.words {
            assert_eq!(p.languages_of(w), mask, "{w}");
            short += usize::from(w.len() <= ShortWords::MAX_BYTES);
        }
        assert_eq!(
            short,
            p.short_words.keys.iter().filter(|&&k| k != 0).count()
        );
        // Near misses: prefixes, extensions and other cases of the real entries are answered
        // as the map answers them.
        for w in p.words.keys() {
            for probe in [
                format!("{w}s"),
                format!("{w}'"),
                format!("-{w}"),
                w.to_uppercase(),
                w.chars().skip(1).collect(),
                format!("{w}{w}"),
            ] {
                let want = p.words.get(probe.as_str()).copied().unwrap_or(0);
                assert_eq!(p.languages_of(&probe), want, "{probe}");
            }
        }
        assert_eq!(p.languages_of(""), 0);
    }

    /// Words whose first eight bytes are the same (one low half of a packed key) are told apart
    /// by their high halves, in a table where they share one probe run.
    #[test]
    fn packed_words_sharing_a_low_half_are_told_apart() {
        let entries = [
            ("abcdefgh", 1),
            ("abcdefghi", 2),
            ("abcdefghij", 4),
            ("abcdefghijklmnop", 8),
            ("abcdefghz", 16),
        ];
        let words: FxMap<Box<str>, u32> = entries.iter().map(|&(w, m)| (w.into(), m)).collect();
        let table = ShortWords::new(&words);
        for (w, mask) in entries {
            assert_eq!(table.get(pack(w.as_bytes()).expect("short")), mask, "{w}");
        }
        for w in [
            "abcdefghy",
            "abcdefghjj",
            "abcdefghijklmnoq",
            "abcdefg",
            "bbcdefgh",
        ] {
            assert_eq!(table.get(pack(w.as_bytes()).expect("short")), 0, "{w}");
        }
    }

    /// The scan's fast paths give exactly the plain scan's tally, on generated texts made of
    /// real function words, every kind of joiner and separator, capitals, accents, other
    /// scripts and letters whose lower case is longer, and on the bundled seed articles.
    #[test]
    fn scan_matches_the_plain_scan() {
        let p = lexicon_profiles();
        let mut vocab: Vec<String> = p.words.keys().map(|w| w.to_string()).collect();
        vocab.sort();
        vocab.extend(
            [
                "The",
                "ÉL",
                "Año",
                "naïve",
                "İstanbul",
                "Straße",
                "ΣΟΦΊΑ",
                "Москва",
                "l·l",
                "cafe\u{301}",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "Ça",
                "ǅemal",
                "ª",
                "º",
                "ﬁnal",
                "abcdefghijklmn",
                "abcdefghijklmno",
                "abcdefghijklmnop",
                "abcdefghijklmnopq",
                "Zzzzzzzzzzzzzzz",
                "sin",
                "embargo",
                "ÀÉÎÕÜÝÞ",
                "Þórr",
                "ÿ",
                "ññññññññ",
                "añññññññ",
                "aaññññññññ",
                "×",
                "a×b",
                "÷",
                "c÷d",
                "éxito",
                "camión",
                "Ñandú",
                "ÉRASE",
            ]
            .map(str::to_owned),
        );
        let seps = [
            " ", "  ", "\n", ", ", ". ", "'", "’", "ʼ", "-", "·", "\u{301}", "¿", "¡", "3", "\"",
            "(", "—", " ' ", "\t", "", "é", "Ñ", "×",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut texts = Vec::new();
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..next(40) {
                let w = &vocab[next(vocab.len())];
                match next(4) {
                    0 => t.push_str(&w.to_uppercase()),
                    1 => {
                        let mut cs = w.chars();
                        t.extend(cs.next().into_iter().flat_map(char::to_uppercase));
                        t.push_str(cs.as_str());
                    }
                    _ => t.push_str(w),
                }
                if next(3) == 0 {
                    let again = t.split(' ').next_back().unwrap_or("").to_owned();
                    t.push(' ');
                    t.push_str(&again);
                }
                t.push_str(seps[next(seps.len())]);
            }
            texts.push(t);
        }
        texts.extend(crossclaim_core::testing::corpus_texts());
        let modes = [(true, false), (false, true), (true, true)];
        for text in &texts {
            for (words, cues) in modes {
                let what = Scan { words, cues };
                let (mut fast, mut plain) = (Tally::default(), Tally::default());
                p.scan(text, &mut fast, what);
                plain_scan(&p, text, &mut plain, what);
                assert!(
                    same_tally(&fast, &plain),
                    "{what:?} on {text:?}:\n{fast:?}\n{plain:?}"
                );
            }
        }
    }

    /// The lane counters give what adding each word's languages one by one gives: over many
    /// words (lanes flushed before they overflow), and onto scores that are no whole numbers
    /// or too large for whole steps (where `add_ones` steps).
    #[test]
    fn lane_counts_match_adding_one_language_at_a_time() {
        let p = lexicon_profiles();
        let mut state = 0x853c_49e6_748f_ea9b_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for start in [
            0.0f32,
            3.0,
            0.5,
            8_388_600.0,
            8_388_607.5,
            16_777_200.0,
            16_777_216.0,
            1e9,
            -2.0,
        ] {
            for (n, dense) in [0usize, 1, 7, 254, 255, 256, 600, 2000]
                .into_iter()
                .flat_map(|n| [(n, false), (n, true)])
            {
                let (mut lanes, mut one_by_one) = (Tally::default(), Tally::default());
                lanes.scores = [start; MAX_LANGS];
                one_by_one.scores = [start; MAX_LANGS];
                let mut counts = LaneCounts::default();
                for _ in 0..n {
                    // Bit sets of every density, most of them sparse.
                    let r = next();
                    let mask = if dense {
                        u32::MAX
                    } else {
                        (r as u32) & ((r >> 32) as u32) & ((r >> 16) as u32 | 1 << 31)
                    };
                    counts.add(mask, &mut lanes);
                    p.add_languages(mask, &mut one_by_one);
                }
                counts.flush(&mut lanes);
                assert!(same_tally(&lanes, &one_by_one), "{start} {n} {dense}");
            }
        }
        for k in 0..=255 {
            for s in [
                0.0f32,
                1.0,
                0.25,
                8_388_300.0,
                8_388_607.5,
                16_777_000.0,
                16_777_215.0,
                3e7,
            ] {
                let mut want = s;
                for _ in 0..k {
                    want += 1.0;
                }
                assert_eq!(add_ones(s, k).to_bits(), want.to_bits(), "{s} + {k}");
            }
        }
    }

    #[test]
    fn whole_below_is_its_plain_reading() {
        let mut values = vec![
            -1.0f32,
            -0.0,
            0.0,
            0.5,
            1.0,
            1.5,
            255.0,
            f32::NAN,
            f32::INFINITY,
        ];
        for base in [1.0f32, 100.0, 8_388_353.0, 8_388_608.0, 16_777_216.0] {
            let mut x = base;
            for _ in 0..4 {
                values.extend([
                    x,
                    f32::from_bits(x.to_bits() - 1),
                    f32::from_bits(x.to_bits() + 1),
                ]);
                x += 1.0;
            }
        }
        for s in values {
            for max in [EXACT, EXACT - 255.0, 0.0, 1.0] {
                let want = s >= 0.0 && s <= max && s.fract() == 0.0;
                assert_eq!(whole_below(s, max), want, "{s} {max}");
            }
        }
    }

    /// Long texts (more function words than a lane holds) and a tally that already holds
    /// fractions: the scan still gives the plain scan's tally.
    #[test]
    fn long_scans_onto_any_tally_match_the_plain_scan() {
        let p = lexicon_profiles();
        let mut text = String::new();
        for i in 0..1500 {
            text.push_str(["de la ", "the ", "que ", "Y él ", "and "][i % 5]);
        }
        for start in [0.0f32, 0.5, 16_777_215.0] {
            let (mut fast, mut plain) = (Tally::default(), Tally::default());
            fast.scores = [start; MAX_LANGS];
            plain.scores = [start; MAX_LANGS];
            p.scan(&text, &mut fast, WORDS_ONLY);
            plain_scan(&p, &text, &mut plain, WORDS_ONLY);
            assert!(same_tally(&fast, &plain), "{start}:\n{fast:?}\n{plain:?}");
        }
    }

    #[test]
    fn elided_enclitic_and_hyphen_forms_are_their_own_keys() {
        let p = profiles("[eng]\n's | it\n[spa]\nel\n[cat]\nl' | -ho\n", "");
        let mut t = Tally::default();
        let all = Scan {
            words: true,
            cues: false,
        };
        p.scan("It's l'home; fer-ho. 'Quoted'", &mut t, all);
        let (eng, cat) = (p.index("eng").unwrap_or(0), p.index("cat").unwrap_or(0));
        assert_eq!(t.fw_hits[eng], 2, "it, 's");
        assert_eq!(t.fw_hits[cat], 2, "l', -ho");
        assert_eq!(t.words, 7);
    }

    #[test]
    fn cues_respect_their_place_and_the_qu_reading() {
        let p = profiles(
            "[eng]\nthe\n[spa]\nel\n",
            "[spa]\n-ción | ue | ñ\n[eng]\n@weight 0.5\nth-\n",
        );
        let (eng, spa) = (p.index("eng").unwrap_or(0), p.index("spa").unwrap_or(0));
        let cues = Scan {
            words: false,
            cues: true,
        };
        let mut t = Tally::default();
        // `ción` alone is no ending (fewer than two letters before it); `que` has no ue.
        p.scan("ción que nación puede niño thin th", &mut t, cues);
        assert_eq!(
            t.scores[spa], 3.0,
            "-ción in nación, ue in puede, ñ in niño"
        );
        assert_eq!(t.scores[eng], 0.5, "th- in thin only");
    }

    #[test]
    fn bad_lines_are_named() {
        let e = Profiles::parse("[eng]\nthe\n[english]\n", "w.txt", "", "c.txt").err();
        assert_eq!(e.map(|e| e.line), Some(3));
        let e = Profiles::parse("[eng]\nthe\n", "w.txt", "", "c.txt").err();
        assert!(e.is_some_and(|e| e.message.contains("[spa]")));
        let e = Profiles::parse("[eng]\nthe\n[spa]\nel\n", "w.txt", "[ita]\ngli\n", "c.txt").err();
        assert!(e.is_some_and(|e| e.line == 1 && e.file == "c.txt"));
        let e = Profiles::parse("[eng]\nthe\n[spa]\nel\n", "w.txt", "[spa]\n-ab-\n", "c.txt").err();
        assert_eq!(e.map(|e| e.line), Some(2));
        let e = Profiles::parse(
            "[eng]\nthe\n@whatlang xxx\n[spa]\nel\n",
            "w.txt",
            "",
            "c.txt",
        )
        .err();
        assert_eq!(e.map(|e| e.line), Some(3));
    }
}
