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
    words: FxMap<Box<str>, u32>,
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
        let mut word = String::with_capacity(32);
        let mut previous = String::with_capacity(32);
        let mut attach = Attach::Free;
        let mut scratch = Scratch::default();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII letters: the common case, without decoding.
            if b.is_ascii_alphabetic() {
                if what.words {
                    tally.letters += 1;
                    if word.is_empty() && attach == Attach::Free && b.is_ascii_uppercase() {
                        tally.capitalised += 1;
                    }
                }
                word.push(char::from(b.to_ascii_lowercase()));
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
                if word != previous {
                    self.word(&word, attach, tally, what, &mut scratch);
                } else if what.words {
                    tally.words += 1;
                }
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
        if !word.is_empty() && word != previous {
            self.word(&word, attach, tally, what, &mut scratch);
        } else if !word.is_empty() && what.words {
            tally.words += 1;
        }
    }

    /// Adds a function word's evidence; false when `key` is no function word.
    #[inline]
    fn function_word(&self, key: &str, tally: &mut Tally) -> bool {
        if key.len() > self.max_word_bytes {
            return false;
        }
        let Some(&mask) = self.words.get(key) else {
            return false;
        };
        let mut m = mask;
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
