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
    // The word being read: its start, and whether it needs a lower case of its own (it has an
    // upper-case ASCII letter or a non-ASCII char).
    let mut word: Option<(usize, bool)> = None;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // A run of ASCII letters and digits only starts or goes on with a word: read at once.
        let mut class = ASCII_CLASS[usize::from(b)];
        if class & ALNUM != 0 {
            let (start, mut own) = word.unwrap_or((sentence.start + i, false));
            while class & ALNUM != 0 {
                own |= class & UPPER != 0;
                i += 1;
                class = bytes.get(i).map_or(0, |&b| ASCII_CLASS[usize::from(b)]);
            }
            word = Some((start, own));
            continue;
        }
        // Other ASCII bytes are read as chars without decoding.
        let c = if b < 0x80 {
            char::from(b)
        } else {
            match s[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        let at = sentence.start + i;
        i += c.len_utf8();
        if !c.is_ascii() && (c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)) {
            word = Some((word.map_or(at, |w| w.0), true));
            continue;
        }
        if let Some((a, own)) = word.take() {
            push_tok(&mut out, &mut in_buffer, lower, text, (a, at), true, own);
        }
        if !c.is_whitespace() {
            let end = at + c.len_utf8();
            push_tok(
                &mut out,
                &mut in_buffer,
                lower,
                text,
                (at, end),
                false,
                !c.is_ascii(),
            );
        }
    }
    if let Some((a, own)) = word {
        push_tok(
            &mut out,
            &mut in_buffer,
            lower,
            text,
            (a, sentence.end),
            true,
            own,
        );
    }
    let lower: &'a String = lower;
    for (k, from, to) in in_buffer {
        out[k].lower = &lower[from..to];
    }
    out
}

/// `ASCII_CLASS` bits: an ASCII letter or digit, an upper-case ASCII letter.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;

/// The class bits of each byte (none for non-ASCII bytes).
const ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] |= ALNUM;
        }
        if c.is_ascii_uppercase() {
            table[b] |= UPPER;
        }
        b += 1;
    }
    table
};

/// Pushes the token `text[span.0..span.1]`; `own`: its lower case differs from it and is
/// written to `lower` (see [`tokenize`]).
#[inline]
fn push_tok<'a>(
    out: &mut Vec<Tok<'a>>,
    in_buffer: &mut Vec<(usize, usize, usize)>,
    lower: &mut String,
    text: &'a str,
    (a, b): (usize, usize),
    is_word: bool,
    own: bool,
) {
    let t = &text[a..b];
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
