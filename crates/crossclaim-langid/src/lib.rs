//! Language identification: English or Spanish, and `und` with a reason for anything else.
//!
//! Two kinds of evidence decide:
//!
//! - **Function words** (`lexicons/langid/function_words.txt`): the closed-class words of
//!   English, Spanish and the languages most often confused with them (Portuguese, Galician,
//!   Catalan, Asturian, Italian, French, Occitan, Romanian). A word listed under several
//!   languages counts for each, divided among them. They separate close Romance languages even
//!   in one sentence, where trigram models fail, and they know Galician, Asturian and Occitan,
//!   which whatlang does not.
//! - **whatlang** over all its languages, for everything the function words do not cover
//!   (German, Polish, Arabic …), and as a check when the function-word evidence is thin.
//!
//! A text with too few letters is `und` (too short); a text whose evidence is weak or split is
//! `und` (unreliable); a text in another language is `und` (unsupported) with the language seen.
//! Only a bounded prefix of a document is examined: the cost does not grow with its length.
//!
//! ```
//! use crossclaim_core::Lang;
//! use crossclaim_langid::LanguageIdentifier;
//!
//! let id = LanguageIdentifier::from_file(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons/langid/function_words.txt"))).unwrap();
//! let info = id.identify("El gobierno de Estados Unidos culpó a China por el ataque informático.");
//! assert_eq!(info.lang, Lang::Es);
//! let gl = id.identify("O goberno dos Estados Unidos culpou a China polo ataque informático, segundo a prensa.");
//! assert_eq!(gl.lang, Lang::Und);
//! assert_eq!(gl.detected.as_deref(), Some("glg"));
//! ```

use std::collections::HashMap;
use std::path::Path;

use crossclaim_core::{Lang, LangInfo, LexiconError};

/// Function-word profiles of the modelled languages.
#[derive(Clone, Debug, Default)]
pub struct FunctionWords {
    /// ISO 639-3 codes, in file order.
    langs: Vec<String>,
    /// Word → the languages that list it.
    words: HashMap<String, Vec<u8>>,
}

impl FunctionWords {
    pub fn parse(text: &str, origin: &str) -> Result<Self, LexiconError> {
        let mut fw = FunctionWords::default();
        let mut current: Option<u8> = None;
        for (i, raw) in text.lines().enumerate() {
            let line = if raw.trim_start().starts_with('#') {
                ""
            } else {
                raw.trim()
            };
            if line.is_empty() {
                continue;
            }
            if let Some(code) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                    return Err(LexiconError::new(
                        origin,
                        i + 1,
                        format!("[{code}] is not an ISO 639-3 code"),
                    ));
                }
                if fw.langs.iter().any(|l| l == code) {
                    return Err(LexiconError::new(
                        origin,
                        i + 1,
                        format!("[{code}] appears twice"),
                    ));
                }
                fw.langs.push(code.to_owned());
                current = Some((fw.langs.len() - 1) as u8);
                continue;
            }
            let Some(lang) = current else {
                return Err(LexiconError::new(
                    origin,
                    i + 1,
                    "words before any [language] section",
                ));
            };
            for w in line.split('|') {
                let w = w.trim().to_lowercase();
                if w.is_empty() || w.contains(char::is_whitespace) {
                    return Err(LexiconError::new(
                        origin,
                        i + 1,
                        format!("'{w}' is not one word"),
                    ));
                }
                let entry = fw.words.entry(w).or_default();
                if !entry.contains(&lang) {
                    entry.push(lang);
                }
            }
        }
        for needed in ["eng", "spa"] {
            if !fw.langs.iter().any(|l| l == needed) {
                return Err(LexiconError::new(
                    origin,
                    0,
                    format!("no [{needed}] section"),
                ));
            }
        }
        Ok(fw)
    }

    /// Weighted function-word counts per language, and the number of words in the text.
    fn profile(&self, text: &str) -> (Vec<f64>, usize) {
        let mut scores = vec![0.0; self.langs.len()];
        let mut n = 0;
        let mut word = String::new();
        let mut flush = |word: &mut String, scores: &mut Vec<f64>, n: &mut usize| {
            if word.is_empty() {
                return;
            }
            *n += 1;
            if let Some(langs) = self.words.get(word.as_str()) {
                let w = 1.0 / langs.len() as f64;
                for &l in langs {
                    scores[l as usize] += w;
                }
            }
            word.clear();
        };
        for c in text.chars() {
            if c.is_alphabetic() {
                word.extend(c.to_lowercase());
            } else {
                flush(&mut word, &mut scores, &mut n);
            }
        }
        flush(&mut word, &mut scores, &mut n);
        (scores, n)
    }
}

/// Settings of the identifier; build once, share across threads.
#[derive(Clone, Debug)]
pub struct LanguageIdentifier {
    /// At most this many bytes of the text are examined (cut back to a char boundary).
    pub max_bytes: usize,
    /// Below this many letters the text is `und` (too short).
    pub min_letters: usize,
    /// Below this whatlang confidence a whatlang-only decision is `und` (unreliable).
    pub min_confidence: f64,
    /// Function-word evidence (weighted words) from which the function words decide.
    pub min_evidence: f64,
    /// Function-word evidence from which they overrule whatlang even on a language they do not
    /// model.
    pub strong_evidence: f64,
    /// The best language's function-word score must be this many times the runner-up's.
    pub margin: f64,
    words: FunctionWords,
    detector: whatlang::Detector,
}

impl Default for LanguageIdentifier {
    /// whatlang only, without function words.
    fn default() -> Self {
        LanguageIdentifier::with_words(FunctionWords::default())
    }
}

impl LanguageIdentifier {
    pub fn with_words(words: FunctionWords) -> Self {
        LanguageIdentifier {
            max_bytes: 4096,
            min_letters: 8,
            min_confidence: 0.15,
            min_evidence: 1.0,
            strong_evidence: 3.0,
            margin: 1.5,
            words,
            detector: whatlang::Detector::new(),
        }
    }

    /// Loads the function words from `function_words.txt`.
    pub fn from_file(path: &Path) -> Result<Self, LexiconError> {
        let words = FunctionWords::parse(&LexiconError::read(path)?, &path.display().to_string())?;
        Ok(LanguageIdentifier::with_words(words))
    }

    pub fn identify(&self, text: &str) -> LangInfo {
        let sample = prefix(text, self.max_bytes);
        let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
        if letters < self.min_letters {
            return und(
                format!(
                    "too short: {letters} letters, at least {} needed",
                    self.min_letters
                ),
                None,
                0.0,
            );
        }
        let whatlang = self.detector.detect(sample);
        let (scores, _) = self.words.profile(sample);
        let mut ranked: Vec<(usize, f64)> = scores.iter().copied().enumerate().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        let (best, evidence) = ranked.first().copied().unwrap_or((0, 0.0));
        let runner_up = ranked.get(1).map_or(0.0, |r| r.1);
        let fw_code = self
            .words
            .langs
            .get(best)
            .map(String::as_str)
            .unwrap_or("und");
        let modelled = |code: &str| self.words.langs.iter().any(|l| l == code);
        // The function words decide when one language clearly leads them, and either the
        // evidence is substantial or whatlang's own answer is one of the close languages they
        // separate better than trigrams do.
        let leads = evidence > 0.0 && evidence >= self.margin * runner_up;
        let whatlang_in_family = whatlang.as_ref().is_none_or(|w| modelled(w.lang().code()));
        let clear = leads && (evidence >= self.min_evidence || whatlang_in_family);
        match (&whatlang, clear) {
            // whatlang sees, with confidence, a language the function words do not model
            // (`die`, `het` are nobody's function words here): trust it unless the function
            // words are overwhelming.
            (Some(w), _)
                if !modelled(w.lang().code())
                    && w.confidence() >= 0.5
                    && evidence < self.strong_evidence =>
            {
                self.decide(w.lang().code(), w.confidence())
            }
            // Clear function-word evidence decides between the modelled languages.
            (_, true) => self.decide(fw_code, ((evidence - runner_up) / evidence).clamp(0.0, 1.0)),
            (None, false) => und("unreliable: no language detected".to_owned(), None, 0.0),
            (Some(w), false) => {
                let code = w.lang().code();
                if w.confidence() < self.min_confidence {
                    return und(
                        format!(
                            "unreliable: {} with confidence {:.2}",
                            w.lang().eng_name(),
                            w.confidence()
                        ),
                        Some(code.to_owned()),
                        w.confidence(),
                    );
                }
                self.decide(code, w.confidence())
            }
        }
    }

    fn decide(&self, code: &str, confidence: f64) -> LangInfo {
        match code {
            "eng" => LangInfo {
                lang: Lang::En,
                confidence,
                reason: None,
                detected: None,
            },
            "spa" => LangInfo {
                lang: Lang::Es,
                confidence,
                reason: None,
                detected: None,
            },
            other => und(
                format!("unsupported language: {}", language_name(other)),
                Some(other.to_owned()),
                confidence,
            ),
        }
    }
}

fn language_name(code: &str) -> String {
    match code {
        "glg" => "Galician".to_owned(),
        "ast" => "Asturian".to_owned(),
        "oci" => "Occitan".to_owned(),
        _ => whatlang::Lang::from_code(code)
            .map_or_else(|| code.to_owned(), |l| l.eng_name().to_owned()),
    }
}

fn und(reason: String, detected: Option<String>, confidence: f64) -> LangInfo {
    LangInfo {
        lang: Lang::Und,
        confidence,
        reason: Some(reason),
        detected,
    }
}

/// The longest prefix of `text` of at most `max` bytes that ends on a char boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> LanguageIdentifier {
        let p =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/langid/function_words.txt");
        LanguageIdentifier::from_file(&p).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn table_of_cases() {
        let cases = [
            ("The United States and its allies accused China of the cyberattack on Monday.", "en"),
            ("Estados Unidos y sus aliados acusaron a China del ciberataque este lunes.", "es"),
            ("Les États-Unis et leurs alliés ont accusé la Chine de la cyberattaque lundi dernier.", "fra"),
            ("Os Estados Unidos e os seus aliados acusaram a China do ataque informático na segunda-feira.", "por"),
            ("Els Estats Units i els seus aliats han acusat la Xina del ciberatac d'aquest dilluns.", "cat"),
            ("Os Estados Unidos e os seus aliados acusaron a China do ciberataque nunha declaración.", "glg"),
            ("Los Estaos Xuníos y los sos aliaos acusaron a China del ciberataque, ye lo que dicen.", "ast"),
            ("Die Vereinigten Staaten und ihre Verbündeten haben China des Cyberangriffs beschuldigt.", "deu"),
        ];
        let id = id();
        for (text, want) in cases {
            let info = id.identify(text);
            let got = match info.lang {
                Lang::Und => info.detected.clone().unwrap_or_default(),
                l => l.code().to_owned(),
            };
            assert_eq!(got, want, "{text}: {info:?}");
        }
    }

    #[test]
    fn too_short_is_und() {
        let info = id().identify("Hola");
        assert_eq!(info.lang, Lang::Und);
        assert!(info
            .reason
            .as_deref()
            .unwrap_or("")
            .starts_with("too short"));
    }

    #[test]
    fn bad_sections_name_the_line() {
        let e = FunctionWords::parse("[eng]\nthe\n[english]\n", "f.txt").err();
        assert_eq!(e.map(|e| e.line), Some(3));
        let e = FunctionWords::parse("[eng]\nthe\n", "f.txt").err();
        assert!(e.is_some_and(|e| e.message.contains("[spa]")));
    }

    #[test]
    fn prefix_respects_char_boundaries() {
        assert_eq!(prefix("añb", 2), "a");
        assert_eq!(prefix("añb", 3), "añ");
    }
}
