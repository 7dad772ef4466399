//! Word and punctuation tokens of a sentence, with byte spans into the document.

use std::borrow::Cow;

use crossclaim_core::Span;

#[derive(Clone, Debug)]
pub struct Tok<'a> {
    pub span: Span,
    pub text: &'a str,
    /// Lower case; borrowed from the text when it has no upper-case letter.
    pub lower: Cow<'a, str>,
    pub is_word: bool,
}

/// Words are runs of letters and digits (with combining marks); every other non-space char is a
/// token of its own.
pub fn tokenize(text: &str, sentence: Span) -> Vec<Tok<'_>> {
    let s = &text[sentence.start..sentence.end];
    let mut out = Vec::new();
    let mut word: Option<usize> = None;
    fn push<'t>(out: &mut Vec<Tok<'t>>, text: &'t str, a: usize, b: usize, is_word: bool) {
        let t = &text[a..b];
        out.push(Tok {
            span: Span::new(a, b),
            text: t,
            lower: if t.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
                Cow::Owned(t.to_lowercase())
            } else {
                Cow::Borrowed(t)
            },
            is_word,
        });
    }
    for (i, c) in s.char_indices() {
        let at = sentence.start + i;
        let wordy = c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
        match (wordy, word) {
            (true, None) => word = Some(at),
            (true, Some(_)) => {}
            (false, w) => {
                if let Some(a) = w {
                    push(&mut out, text, a, at, true);
                    word = None;
                }
                if !c.is_whitespace() {
                    push(&mut out, text, at, at + c.len_utf8(), false);
                }
            }
        }
    }
    if let Some(a) = word {
        push(&mut out, text, a, sentence.end, true);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_punctuation() {
        let t = "China’s act, “no”.";
        let toks: Vec<&str> = tokenize(t, Span::new(0, t.len()))
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(toks, ["China", "’", "s", "act", ",", "“", "no", "”", "."]);
    }
}
