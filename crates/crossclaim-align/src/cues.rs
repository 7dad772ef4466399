//! Bilingual cue groups (`lexicons/align/cue_pairs.txt`): English and Spanish attribution cues
//! that translate each other (`said` ~ `dijo`, `accused` ~ `acusó`).
//!
//! ```
//! use crossclaim_align::CuePairs;
//!
//! let pairs = CuePairs::parse("@SAY\nen\tsay* | said\nes\tdij* | dic*\n@DENY\nen\tdeny* | deni*\nes\tneg*\n").unwrap();
//! assert_eq!(pairs.equivalent("said", "dijo"), Some(true));
//! assert_eq!(pairs.equivalent("denied", "dijo"), Some(false));
//! assert_eq!(pairs.equivalent("branded", "dijo"), None); // not listed: no evidence
//! ```

use std::path::Path;

/// A malformed line of a cue-pairs file: the lexicon error shared by every stage.
pub type CuePairsError = crossclaim_core::LexiconError;

/// One form: an exact cue text or, ending in `*`, a prefix.
#[derive(Clone, Debug)]
struct Form {
    text: String,
    prefix: bool,
}

impl Form {
    fn matches(&self, cue: &str) -> bool {
        if self.prefix {
            cue.starts_with(&self.text)
        } else {
            cue == self.text
        }
    }
}

#[derive(Clone, Debug)]
struct Group {
    en: Vec<Form>,
    es: Vec<Form>,
}

/// Groups of English and Spanish cues that translate each other. Immutable once built.
#[derive(Clone, Debug, Default)]
pub struct CuePairs {
    groups: Vec<Group>,
}

/// The cue groups bundled with crossclaim (`lexicons/align/cue_pairs.txt`).
const BUNDLED: &str = include_str!("../../../lexicons/align/cue_pairs.txt");

/// A cue as compared: folded (lower case, no accents), words separated by one space.
pub fn normalise_cue(text: &str) -> String {
    crossclaim_core::fold(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl CuePairs {
    /// The bundled groups. The bundled file is checked by a unit test; should it ever fail to
    /// parse, alignment goes on without cue evidence.
    pub fn bundled() -> Self {
        Self::parse(BUNDLED).unwrap_or_default()
    }

    /// Reads a cue-pairs file.
    pub fn from_file(path: &Path) -> Result<Self, CuePairsError> {
        let text = CuePairsError::read(path)?;
        Self::parse(&text).map_err(|e| CuePairsError {
            file: path.display().to_string(),
            ..e
        })
    }

    /// Parses the text of a cue-pairs file (format in the file's header).
    pub fn parse(text: &str) -> Result<Self, CuePairsError> {
        let err = |line: usize, message: String| CuePairsError::new("<cue pairs>", line, message);
        let mut groups: Vec<(String, usize, Group)> = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let n = n + 1;
            let line = match raw.find(" #").or_else(|| raw.find("\t#")) {
                Some(i) => &raw[..i],
                None => raw,
            };
            let line = line.trim_end();
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if let Some(id) = line.strip_prefix('@') {
                let id = id.trim();
                if id.is_empty()
                    || !id
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                {
                    return Err(err(n, format!("bad group name `{id}` (want [A-Z0-9_]+)")));
                }
                groups.push((
                    id.to_owned(),
                    n,
                    Group {
                        en: Vec::new(),
                        es: Vec::new(),
                    },
                ));
                continue;
            }
            let Some((lang, forms)) = line.split_once('\t') else {
                return Err(err(
                    n,
                    "want `en<TAB>forms`, `es<TAB>forms` or `@GROUP`".into(),
                ));
            };
            let Some((_, _, group)) = groups.last_mut() else {
                return Err(err(n, "forms before the first `@GROUP`".into()));
            };
            let list = match lang.trim() {
                "en" => &mut group.en,
                "es" => &mut group.es,
                other => {
                    return Err(err(
                        n,
                        format!("unknown language `{other}` (want en or es)"),
                    ))
                }
            };
            for f in forms.split('|') {
                let f = f.trim();
                let (body, prefix) = match f.strip_suffix('*') {
                    Some(b) => (b, true),
                    None => (f, false),
                };
                let body = normalise_cue(body);
                if body.is_empty() {
                    return Err(err(n, "empty form".into()));
                }
                list.push(Form { text: body, prefix });
            }
        }
        for (id, n, g) in &groups {
            if g.en.is_empty() || g.es.is_empty() {
                return Err(err(
                    *n,
                    format!("group {id} needs both an `en` and an `es` line"),
                ));
            }
        }
        Ok(CuePairs {
            groups: groups.into_iter().map(|(_, _, g)| g).collect(),
        })
    }

    /// Bit set of the groups an English (`en = true`) or Spanish cue falls in (the first 64).
    fn groups_of(&self, cue: &str, en: bool) -> u64 {
        let cue = normalise_cue(cue);
        let mut bits = 0u64;
        for (i, g) in self.groups.iter().take(64).enumerate() {
            let forms = if en { &g.en } else { &g.es };
            // The whole cue (`according to`), else one of its words (`ha dicho`).
            let hit = forms.iter().any(|f| f.matches(&cue))
                || (cue.contains(' ')
                    && cue.split(' ').any(|w| forms.iter().any(|f| f.matches(w))));
            if hit {
                bits |= 1 << i;
            }
        }
        bits
    }

    /// Whether an English and a Spanish cue translate each other: `Some(true)` when they share a
    /// group, `Some(false)` when both are listed but share none, `None` when either is unlisted.
    pub fn equivalent(&self, en: &str, es: &str) -> Option<bool> {
        let (a, b) = (self.groups_of(en, true), self.groups_of(es, false));
        if a == 0 || b == 0 {
            None
        } else {
            Some(a & b != 0)
        }
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_file_parses() {
        let p = CuePairs::parse(BUNDLED).expect("the bundled cue pairs parse");
        assert!(!p.is_empty());
    }

    #[test]
    fn bundled_pairs_as_a_table() {
        let p = CuePairs::bundled();
        for (en, es, want) in [
            ("said", "dijo", Some(true)),
            ("says", "ha dicho", Some(true)),
            ("stated", "afirmó", Some(true)),
            ("told", "dijo", Some(true)),
            ("according to", "según", Some(true)),
            ("accused", "acusó", Some(true)),
            ("blamed", "culpó", Some(true)),
            ("denied", "negó", Some(true)),
            ("warned", "advirtió", Some(true)),
            ("announced", "anunciado", Some(true)),
            ("indicated", "señalado", Some(true)),
            ("predict", "prevén", Some(true)),
            ("announced", "negó", Some(false)),
            ("said", "advirtió", Some(false)),
            ("denounced", "negó", Some(false)),
            ("branded", "dijo", None),
        ] {
            assert_eq!(p.equivalent(en, es), want, "{en} ~ {es}");
        }
    }

    #[test]
    fn malformed_lines_are_reported_with_their_number() {
        for (text, line) in [
            ("en\tsay*\n", 1),
            ("@SAY\nen\tsay*\n", 1),
            ("@SAY\nfr\tdire\n", 2),
            ("@say\n", 1),
            ("@SAY\nen say\n", 2),
        ] {
            let e = CuePairs::parse(text).expect_err("a bad line is an error");
            assert_eq!(e.line, line, "{text:?}: {e}");
        }
    }
}
