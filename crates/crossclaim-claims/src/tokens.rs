//! Word and punctuation tokens of a sentence, with byte spans into the document.

use crossclaim_core::Span;

#[derive(Clone, Debug)]
pub struct Tok<'a> {
    pub span: Span,
    pub text: &'a str,
    /// Lower case; the text itself when it has no upper-case letter, else a slice of the buffer
    /// given to [`tokenize`].
    pub lower: &'a str,
    pub is_word: bool,
}

/// Words are runs of letters and digits (with combining marks); every other non-space char is a
/// token of its own.
///
/// The lower-case forms that differ from the text are written one after the other into `lower`
/// (cleared first), which the tokens then borrow: no allocation per token. (The tokenizer runs
/// over every sentence of every document; a `String` per capitalised word was a fifth of the
/// claim stage.)
pub fn tokenize<'a>(text: &'a str, sentence: Span, lower: &'a mut String) -> Vec<Tok<'a>> {
    lower.clear();
    let s = &text[sentence.start..sentence.end];
    // About one token per four bytes of news text: one allocation for most sentences.
    let mut out = Vec::with_capacity(s.len() / 4 + 1);
    // Tokens whose lower case is in `lower`: (token index, start, end in `lower`). They borrow
    // it once it is complete.
    let mut in_buffer: Vec<(usize, usize, usize)> = Vec::new();
    let mut word: Option<usize> = None;
    let mut push = |out: &mut Vec<Tok<'a>>, a: usize, b: usize, is_word: bool| {
        let t = &text[a..b];
        let own = t.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80);
        if own {
            let from = lower.len();
            push_lowercase(lower, t);
            in_buffer.push((out.len(), from, lower.len()));
        }
        out.push(Tok {
            span: Span::new(a, b),
            text: t,
            lower: if own { "" } else { t },
            is_word,
        });
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII bytes are read as chars without decoding; an ASCII letter or digit only starts
        // or goes on with a word.
        let c = match bytes[i] {
            b if b.is_ascii_alphanumeric() => {
                word = word.or(Some(sentence.start + i));
                i += 1;
                continue;
            }
            b if b < 0x80 => char::from(b),
            _ => match s[i..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        let at = sentence.start + i;
        i += c.len_utf8();
        let wordy = c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
        match (wordy, word) {
            (true, None) => word = Some(at),
            (true, Some(_)) => {}
            (false, w) => {
                if let Some(a) = w {
                    push(&mut out, a, at, true);
                    word = None;
                }
                if !c.is_whitespace() {
                    push(&mut out, at, at + c.len_utf8(), false);
                }
            }
        }
    }
    if let Some(a) = word {
        push(&mut out, a, sentence.end, true);
    }
    let lower: &'a String = lower;
    for (k, from, to) in in_buffer {
        out[k].lower = &lower[from..to];
    }
    out
}

/// Appends `t.to_lowercase()` to `out` without a `String` of its own: char by char, as
/// `str::to_lowercase` does, except for a capital sigma, whose lower case depends on the chars
/// around it (that rare word goes through `str::to_lowercase` itself).
fn push_lowercase(out: &mut String, t: &str) {
    if t.contains('Σ') {
        out.push_str(&t.to_lowercase());
        return;
    }
    for c in t.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_punctuation() {
        let t = "China’s act, “no”.";
        let mut lower = String::new();
        let toks: Vec<&str> = tokenize(t, Span::new(0, t.len()), &mut lower)
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(toks, ["China", "’", "s", "act", ",", "“", "no", "”", "."]);
    }

    #[test]
    fn lower_case_forms_match_str_to_lowercase() {
        let t = "The ÁRBOL İstanbul ΟΔΟΣ ΣΑΣ “Quote” straße DŽ ok";
        let mut lower = String::new();
        let toks = tokenize(t, Span::new(0, t.len()), &mut lower);
        assert_eq!(toks.len(), 11);
        for tok in &toks {
            assert_eq!(tok.lower, tok.text.to_lowercase(), "{}", tok.text);
        }
        // A token already in lower case is its own text, not a copy.
        let ok = toks.last().map(|t| (t.lower.as_ptr(), t.text.as_ptr()));
        assert!(ok.is_some_and(|(a, b)| a == b));
    }
}
