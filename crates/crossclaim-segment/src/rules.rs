//! The language knowledge of the splitter: one [`AbbreviationRules`] per language, read from
//! `lexicons/abbrev/{en,es}.txt`. The file format is documented in the files' headers; in short,
//! sections of one form per line:
//!
//! | section | what it holds | before lower case | before a digit | before a capital |
//! |---|---|---|---|---|
//! | `[never]` | titles and forms that never end a sentence (`Mr.`, `Sra.`, `e.g.`, `p. ej.`) | go on | go on | go on |
//! | `[number]` | forms used before numbers, units (`No. 5`, `pág. 12`, `cap. IX`, `1 min.`) | go on | go on | end (unless a Roman numeral follows) |
//! | `[end]` | forms that often end a sentence (`etc.`, `a.m.`, `1 min.`) | go on | go on | end (unless a `[continuers]` word follows) |
//! | `[maybe]` | forms that may end a sentence (`U.S.`, `Inc.`, `Jan.`) | go on | go on | end only before a `[starters]` word |
//! | `[names]` | names written with `!` or `?` (`Yahoo!`) | go on | go on | end only before a `[starters]` word |
//! | `[starters]` | capitalised words that usually open a sentence (`The`, `He`, `El`) | | | |
//! | `[continuers]` | capitalised words that go on after an `[end]` form (`10 a.m. Tuesday`) | | | |
//! | `[intro]` | prepositions that open a time phrase (`At 5 a.m. Mr. Smith left`) | | | |
//! | `[agencies]` | news agencies that close a dateline (`Madrid, 5 may (EFE). El …`) | | | |
//!
//! Matching ignores case and accents (`crossclaim_core::fold`).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crossclaim_core::words::Bits;
use crossclaim_core::{fold_char, LexiconError};

/// What a listed form does to a following candidate break (see the module table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Never,
    Number,
    End,
    Maybe,
    Name,
}

/// The abbreviation knowledge of one language (see `lexicons/abbrev/*.txt`).
#[derive(Clone, Debug, Default)]
pub struct AbbreviationRules {
    /// Folded form (final `.` or `!` included, inner white space as one space) → class.
    forms: HashMap<String, Class>,
    /// First word of each multi-word form (`p.` of `p. ej.`) → the whole forms.
    multi: HashMap<String, Vec<String>>,
    starters: HashSet<String>,
    continuers: HashSet<String>,
    intro: HashSet<String>,
    agencies: HashSet<String>,
    /// The shapes of the keys of `forms`, to answer most look-ups without hashing.
    shapes: Shapes,
    /// The shapes of the last words of the multi-word forms (`ej.` of `p. ej.`).
    last_shapes: Shapes,
}

/// A set of string shapes: bits over (length, first byte, last two bytes) of some strings.
/// A string whose shape has no bit is none of them; one whose bit is set may be. Most words
/// before a period are no abbreviation and differ in shape from every listed form, so the test
/// (a few instructions) spares the folding of the word and a SipHash look-up (about 300
/// instructions together) for most periods of news text.
#[derive(Clone, Debug)]
struct Shapes(Bits);

impl Default for Shapes {
    fn default() -> Self {
        Shapes(Bits::new(4096))
    }
}

impl Shapes {
    /// The bit of a shape, of 4096. `penult` is 0 for a string of one byte.
    fn bit(len: usize, first: u8, penult: u8, last: u8) -> usize {
        let mut h = (len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        for b in [first, penult, last] {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
        }
        (h >> 52) as usize
    }

    /// The shape of a non-empty string: its length, first, penultimate (0 for one byte) and
    /// last bytes.
    fn shape(s: &str) -> Option<(usize, u8, u8, u8)> {
        let b = s.as_bytes();
        let (&first, &last) = (b.first()?, b.last()?);
        let penult = if b.len() >= 2 { b[b.len() - 2] } else { 0 };
        Some((b.len(), first, penult, last))
    }

    fn insert(&mut self, s: &str) {
        if let Some((len, first, penult, last)) = Self::shape(s) {
            self.0.insert(Self::bit(len, first, penult, last));
        }
    }

    fn may_hold(&self, len: usize, first: u8, penult: u8, last: u8) -> bool {
        self.0.contains(Self::bit(len, first, penult, last))
    }

    /// May the string `s` be one of the set?
    fn may_hold_str(&self, s: &str) -> bool {
        Self::shape(s)
            .is_none_or(|(len, first, penult, last)| self.may_hold(len, first, penult, last))
    }

    /// May the fold of `word` followed by `stop` be one of the set? Decided without folding
    /// for an ASCII word (its fold is its lower-case copy, see [`fold_char`]); any other word
    /// may be.
    fn may_hold_word(&self, word: &str, stop: u8) -> bool {
        let b = word.as_bytes();
        match (b.first(), b.last()) {
            (Some(&first), Some(&last)) if word.is_ascii() => self.may_hold(
                b.len() + 1,
                first.to_ascii_lowercase(),
                last.to_ascii_lowercase(),
                stop,
            ),
            _ => true,
        }
    }
}

impl AbbreviationRules {
    /// Parses an abbreviation file; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Self, LexiconError> {
        let mut rules = AbbreviationRules::default();
        let mut section: Option<&str> = None;
        for (i, raw) in text.lines().enumerate() {
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                match name {
                    "never" | "number" | "end" | "maybe" | "names" | "starters" | "continuers"
                    | "intro" | "agencies" => section = Some(name),
                    other => {
                        return Err(LexiconError::new(
                            origin,
                            i + 1,
                            format!("unknown section [{other}]"),
                        ));
                    }
                }
                continue;
            }
            let form = normalise(line);
            let class = match section {
                None => {
                    return Err(LexiconError::new(
                        origin,
                        i + 1,
                        "entry before any [section]",
                    ))
                }
                Some(name @ ("starters" | "continuers" | "intro")) => {
                    // Only the first word matters: it is compared with the word after a break.
                    let first = form.split(' ').next().unwrap_or_default().to_owned();
                    match name {
                        "starters" => rules.starters.insert(first),
                        "continuers" => rules.continuers.insert(first),
                        _ => rules.intro.insert(first),
                    };
                    continue;
                }
                Some("agencies") => {
                    rules.agencies.insert(form);
                    continue;
                }
                Some("names") => {
                    if !line.ends_with(['!', '?']) {
                        return Err(LexiconError::new(
                            origin,
                            i + 1,
                            format!("name '{line}' must end with '!' or '?'"),
                        ));
                    }
                    Class::Name
                }
                Some(_) if !line.ends_with('.') => {
                    return Err(LexiconError::new(
                        origin,
                        i + 1,
                        format!("abbreviation '{line}' must end with '.'"),
                    ));
                }
                Some("never") => Class::Never,
                Some("number") => Class::Number,
                Some("end") => Class::End,
                Some(_) => Class::Maybe,
            };
            if let Some((first, _)) = form.split_once(' ') {
                rules
                    .multi
                    .entry(first.to_owned())
                    .or_default()
                    .push(form.clone());
            }
            if let Some(old) = rules.forms.get(&form) {
                if *old != class {
                    return Err(LexiconError::new(
                        origin,
                        i + 1,
                        format!("'{line}' is already listed in another section"),
                    ));
                }
            }
            rules.forms.insert(form, class);
        }
        for form in rules.forms.keys() {
            rules.shapes.insert(form);
            if let Some((_, last)) = form.rsplit_once(' ') {
                rules.last_shapes.insert(last);
            }
        }
        Ok(rules)
    }

    pub fn from_file(path: &Path) -> Result<Self, LexiconError> {
        Self::parse(&LexiconError::read(path)?, &path.display().to_string())
    }

    /// Number of listed forms (all sections but starters, continuers, intro and agencies).
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// The class of a folded form such as `u.s.` or `p. ej.`.
    pub(crate) fn class(&self, folded: &str) -> Option<Class> {
        if !self.shapes.may_hold_str(folded) {
            return None;
        }
        self.forms.get(folded).copied()
    }

    /// May the fold of `word` followed by `stop` (`.` or `!`) be a listed form? `false` only
    /// when it is none: then [`Self::class`] of that fold is `None`.
    pub(crate) fn may_list(&self, word: &str, stop: u8) -> bool {
        self.shapes.may_hold_word(word, stop)
    }

    /// May the fold of `word` followed by `stop` end a multi-word form (`ej.` of `p. ej.`)?
    /// `false` only when it ends none: then no `class("{first} {word}{stop}")` is listed.
    pub(crate) fn may_end_multi(&self, word: &str, stop: u8) -> bool {
        self.last_shapes.may_hold_word(word, stop)
    }

    /// The same rules without the shape tests (every shape may be listed): the plain way the
    /// splitter's results are compared with.
    #[cfg(test)]
    pub(crate) fn without_shape_tests(mut self) -> Self {
        self.shapes = Shapes(Bits::full(4096));
        self.last_shapes = Shapes(Bits::full(4096));
        self
    }

    /// Does the folded `first` (`p.`) followed by the folded `next` (`ej.`) make a listed form?
    pub(crate) fn continues(&self, first: &str, next: &str) -> bool {
        self.multi.get(first).is_some_and(|forms| {
            forms.iter().any(|f| {
                f.len() == first.len() + 1 + next.len()
                    && f.ends_with(next)
                    && f.as_bytes().get(first.len()) == Some(&b' ')
            })
        })
    }

    pub(crate) fn is_starter(&self, folded_word: &str) -> bool {
        self.starters.contains(folded_word)
    }

    pub(crate) fn is_continuer(&self, folded_word: &str) -> bool {
        self.continuers.contains(folded_word)
    }

    pub(crate) fn is_intro(&self, folded_word: &str) -> bool {
        self.intro.contains(folded_word)
    }

    pub(crate) fn is_agency(&self, folded: &str) -> bool {
        self.agencies.contains(folded)
    }
}

/// Folds a lexicon entry the way text is folded when it is looked up, with inner white space
/// collapsed to one space.
fn normalise(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for (n, word) in line.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        for c in word.chars() {
            fold_char(c, &mut out);
        }
    }
    out
}

fn strip_comment(line: &str) -> &str {
    match line.find(" #").or_else(|| line.find("\t#")) {
        Some(i) => &line[..i],
        None if line.trim_start().starts_with('#') => "",
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_multiword_forms() {
        let text = "# header\n[never]\nSr.  # a title\np. ej.\n[number]\nNo.\n[maybe]\nEE. UU.\n\
                    [end]\netc.\n[names]\nYahoo!\n[starters]\nSin embargo\n[continuers]\nTuesday\n\
                    [intro]\nAt\n[agencies]\nEuropa Press\n";
        let r = match AbbreviationRules::parse(text, "x.txt") {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(r.class("sr."), Some(Class::Never));
        assert_eq!(r.class("p. ej."), Some(Class::Never));
        assert_eq!(r.class("no."), Some(Class::Number));
        assert_eq!(r.class("ee. uu."), Some(Class::Maybe));
        assert_eq!(r.class("yahoo!"), Some(Class::Name));
        assert_eq!(r.class("etc."), Some(Class::End));
        assert!(r.is_continuer("tuesday"));
        assert!(r.continues("p.", "ej."));
        assert!(r.continues("ee.", "uu."));
        assert!(!r.continues("p.", "uu."));
        assert!(r.is_starter("sin"));
        assert!(r.is_intro("at"));
        assert!(r.is_agency("europa press"));
        assert_eq!(r.len(), 6);
    }

    /// Every listed form of the real lexicons, written in lower case, upper case or
    /// capitalised, passes the shape tests that guard its look-ups.
    #[test]
    fn shape_tests_let_every_listed_form_through() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/abbrev");
        for name in ["en.txt", "es.txt"] {
            let r = AbbreviationRules::from_file(&dir.join(name)).unwrap_or_else(|e| panic!("{e}"));
            assert!(!r.is_empty());
            for form in r.forms.keys() {
                let (word, stop) = form.split_at(form.len() - 1);
                let stop = stop.as_bytes()[0];
                let (first, last) = match word.rsplit_once(' ') {
                    Some((first, last)) => (Some(first), last),
                    None => (None, word),
                };
                let capital: String = last
                    .chars()
                    .take(1)
                    .flat_map(char::to_uppercase)
                    .chain(last.chars().skip(1))
                    .collect();
                for w in [last.to_owned(), last.to_ascii_uppercase(), capital] {
                    match first {
                        None => assert!(r.may_list(&w, stop), "{form}: {w}"),
                        Some(_) => assert!(r.may_end_multi(&w, stop), "{form}: {w}"),
                    }
                }
                assert_eq!(r.class(form), r.forms.get(form).copied(), "{form}");
            }
        }
    }

    #[test]
    fn bad_lines_name_their_line() {
        let err = AbbreviationRules::parse("[never]\nSr.\n[oops]\n", "x.txt").err();
        assert_eq!(err.map(|e| e.line), Some(3));
        let err = AbbreviationRules::parse("[never]\nSr\n", "x.txt").err();
        assert_eq!(err.map(|e| e.line), Some(2));
        let err = AbbreviationRules::parse("Sr.\n", "x.txt").err();
        assert_eq!(err.map(|e| e.line), Some(1));
        let err = AbbreviationRules::parse("[never]\nSr.\n[maybe]\nsr.\n", "x.txt").err();
        assert_eq!(err.map(|e| e.line), Some(4));
        let err = AbbreviationRules::parse("[names]\nYahoo\n", "x.txt").err();
        assert_eq!(err.map(|e| e.line), Some(2));
    }
}
