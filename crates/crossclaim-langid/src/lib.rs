//! Language identification: English or Spanish, and `und` with a reason for anything else.
//!
//! whatlang runs over all of its languages, so a Portuguese or Italian article is seen as what it
//! is and reported as `und` (unsupported), never forced into Spanish. Texts with too few letters
//! are `und` (too short); a detection whatlang itself does not trust is `und` (unreliable).
//! Only a bounded prefix of a long document is examined: the cost of detection does not grow
//! with the document.
//!
//! ```
//! use crossclaim_core::Lang;
//! use crossclaim_langid::LanguageIdentifier;
//!
//! let id = LanguageIdentifier::default();
//! let info = id.identify("El gobierno de Estados Unidos culpó a China por el ataque informático.");
//! assert_eq!(info.lang, Lang::Es);
//! let pt = id.identify("O governo dos Estados Unidos culpou a China pelo ataque aos servidores de correio eletrónico.");
//! assert_eq!(pt.lang, Lang::Und);
//! assert_eq!(pt.detected.as_deref(), Some("por"));
//! ```

use crossclaim_core::{Lang, LangInfo};

/// Settings of the identifier; build once, share across threads.
#[derive(Clone, Debug)]
pub struct LanguageIdentifier {
    /// At most this many bytes of the text are examined (cut back to a char boundary).
    pub max_bytes: usize,
    /// Below this many letters the text is `und` (too short).
    pub min_letters: usize,
    /// Below this whatlang confidence the text is `und` (unreliable).
    pub min_confidence: f64,
    detector: whatlang::Detector,
}

impl Default for LanguageIdentifier {
    fn default() -> Self {
        LanguageIdentifier {
            max_bytes: 4096,
            min_letters: 12,
            min_confidence: 0.15,
            detector: whatlang::Detector::new(),
        }
    }
}

impl LanguageIdentifier {
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
        let Some(info) = self.detector.detect(sample) else {
            return und("unreliable: no language detected".to_owned(), None, 0.0);
        };
        let code = info.lang().code().to_owned();
        let confidence = info.confidence();
        let lang = match info.lang() {
            whatlang::Lang::Eng => Lang::En,
            whatlang::Lang::Spa => Lang::Es,
            other => {
                return und(
                    format!("unsupported language: {}", other.eng_name()),
                    Some(code),
                    confidence,
                );
            }
        };
        if confidence < self.min_confidence {
            return und(
                format!(
                    "unreliable: {} with confidence {confidence:.2}",
                    info.lang().eng_name()
                ),
                Some(code),
                confidence,
            );
        }
        LangInfo {
            lang,
            confidence,
            reason: None,
            detected: None,
        }
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

    #[test]
    fn accepts_english_and_spanish() {
        let id = LanguageIdentifier::default();
        let cases = [
            (
                "The United States and its allies accused China of the cyberattack on Monday.",
                Lang::En,
            ),
            (
                "Estados Unidos y sus aliados acusaron a China del ciberataque este lunes.",
                Lang::Es,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(id.identify(text).lang, want, "{text}");
        }
    }

    #[test]
    fn rejects_other_languages_with_reason() {
        let id = LanguageIdentifier::default();
        let fr = id.identify(
            "Les États-Unis et leurs alliés ont accusé la Chine de la cyberattaque lundi dernier.",
        );
        assert_eq!(fr.lang, Lang::Und);
        assert_eq!(fr.detected.as_deref(), Some("fra"));
        assert!(fr
            .reason
            .as_deref()
            .unwrap_or("")
            .starts_with("unsupported"));
    }

    #[test]
    fn too_short_is_und() {
        let id = LanguageIdentifier::default();
        let info = id.identify("Hola");
        assert_eq!(info.lang, Lang::Und);
        assert!(info
            .reason
            .as_deref()
            .unwrap_or("")
            .starts_with("too short"));
    }

    #[test]
    fn prefix_respects_char_boundaries() {
        assert_eq!(prefix("añb", 2), "a");
        assert_eq!(prefix("añb", 3), "añ");
    }
}
