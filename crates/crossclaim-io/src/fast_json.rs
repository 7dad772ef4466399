//! A hand parser for the common shape of a JSONL line: one object whose values are strings
//! (`id` may also be a plain integer), `null`, or, for keys other than the document's fields,
//! flat arrays of those. [`parse`] gives exactly the [`JsonDoc`] serde_json would give, or
//! `None` when the line is anything else, and then the caller reads it with serde_json, which
//! decides every record and every error message as before. Reading through serde_json cost
//! about 115 M instructions on the 22.7 MB news input (its string scan, a `from_utf8` of every
//! string, and the `Option` and `Value` visitors); this reads each byte once.
//!
//! Why a `Some` is what serde_json gives (test `fast_path_agrees_with_serde_json` compares the
//! two on every line of the news input and on generated lines):
//! - the whole line is one object and only JSON white space (space, tab, `\n`, `\r`) is
//!   around it and its tokens, so serde_json succeeds in reading it as an object;
//! - keys are taken only without escapes (an escaped key might spell `id`), and a field of
//!   [`JsonDoc`] that comes twice is refused (serde's derive fails on a duplicate field, even
//!   after a `null`); other keys are ignored by the derive, as here, once their values are
//!   checked to be valid JSON;
//! - strings hold no control character below 0x20 (serde_json refuses them) and only the
//!   escapes `\" \\ \/ \b \f \n \r \t` and `\uXXXX` of a character that is no surrogate, which
//!   decode as serde_json decodes them; surrogate escapes (pairs too) and anything else go to
//!   serde_json;
//! - an integer `id` is `0` or up to 19 digits without a leading zero (below `u64::MAX`), which
//!   serde_json reads as that `u64`; signs, fractions, exponents and longer numbers go to
//!   serde_json;
//! - `null` is `None` for an `Option` field, as serde's `Option` reads it.

use crossclaim_core::words::json_plain_end;
use serde_json::Value;

use crate::JsonDoc;

/// The fields of [`JsonDoc`], in the order of their bits in the set of fields already read.
const FIELDS: [&[u8]; 7] = [
    b"id",
    b"text",
    b"lang",
    b"title",
    b"url",
    b"published",
    b"source",
];

/// A document read by [`parse`].
#[derive(Debug)]
pub(crate) struct Parsed {
    pub doc: JsonDoc,
    /// The text holds no control character but `\n`, `\r`, `\t` and `\x0c`, so it is not
    /// binary (`looks_binary` counts NULs and the other control characters): strings with
    /// raw control characters are left to serde_json, so only escapes can bring them.
    pub text_without_controls: bool,
}

/// The document of a line of the common shape, or `None` to read it with serde_json.
pub(crate) fn parse(line: &str) -> Option<Parsed> {
    let mut p = Parser {
        s: line,
        b: line.as_bytes(),
        i: 0,
        controls: false,
    };
    let mut text_controls = false;
    let mut doc = JsonDoc::default();
    p.white();
    p.eat(b'{')?;
    p.white();
    if p.b.get(p.i) == Some(&b'}') {
        p.i += 1;
    } else {
        let mut seen = 0u8;
        loop {
            p.eat(b'"')?;
            let key = p.key()?;
            p.white();
            p.eat(b':')?;
            p.white();
            match FIELDS.iter().position(|f| *f == key) {
                Some(field) => {
                    if seen & (1 << field) != 0 {
                        return None;
                    }
                    seen |= 1 << field;
                    match field {
                        0 => doc.id = p.id()?,
                        1 => {
                            doc.text = p.string_or_null_sized(true)?.map(Value::String);
                            text_controls = p.controls;
                        }
                        2 => doc.lang = p.string_or_null()?,
                        3 => doc.title = p.string_or_null()?,
                        4 => doc.url = p.string_or_null()?,
                        5 => doc.published = p.string_or_null()?,
                        _ => doc.source = p.string_or_null()?,
                    }
                }
                None => p.skip_value()?,
            }
            p.white();
            match *p.b.get(p.i)? {
                b',' => p.i += 1,
                b'}' => {
                    p.i += 1;
                    break;
                }
                _ => return None,
            }
            p.white();
        }
    }
    p.white();
    (p.i == p.b.len()).then_some(Parsed {
        doc,
        text_without_controls: !text_controls,
    })
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    /// Whether the last string read by [`Parser::string`] holds an escaped control character
    /// other than `\n`, `\r`, `\t` and `\x0c`.
    controls: bool,
}

impl<'a> Parser<'a> {
    /// Passes over JSON white space.
    fn white(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        (self.b.get(self.i) == Some(&c)).then(|| self.i += 1)
    }

    fn eat_word(&mut self, word: &[u8]) -> Option<()> {
        self.b[self.i..]
            .starts_with(word)
            .then(|| self.i += word.len())
    }

    /// A key after its opening quote, without escapes.
    fn key(&mut self) -> Option<&'a [u8]> {
        let end = json_plain_end(self.b, self.i);
        let key = &self.b[self.i..end];
        self.i = end;
        self.eat(b'"')?;
        Some(key)
    }

    /// A string value or `null` (`Some(None)`); `None` for anything else.
    fn string_or_null(&mut self) -> Option<Option<String>> {
        self.string_or_null_sized(false)
    }

    /// [`Parser::string_or_null`]; `to_end`: see [`Parser::string`].
    fn string_or_null_sized(&mut self, to_end: bool) -> Option<Option<String>> {
        match *self.b.get(self.i)? {
            b'"' => {
                self.i += 1;
                self.string(to_end).map(Some)
            }
            b'n' => self.eat_word(b"null").map(|()| None),
            _ => None,
        }
    }

    /// An `id`: a string, `null`, or a plain integer (see the module docs).
    fn id(&mut self) -> Option<Option<Value>> {
        let start = self.i;
        match *self.b.get(start)? {
            b'0'..=b'9' => {
                let end = start
                    + self.b[start..]
                        .iter()
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                let digits = &self.s[start..end];
                let plain = (digits == "0" || !digits.starts_with('0')) && digits.len() <= 19;
                if !plain || matches!(self.b.get(end), Some(b'.' | b'e' | b'E')) {
                    return None;
                }
                self.i = end;
                let n: u64 = digits.parse().ok()?;
                Some(Some(Value::Number(n.into())))
            }
            _ => self.string_or_null().map(|s| s.map(Value::String)),
        }
    }

    /// A string after its opening quote, decoded; the parser ends after its closing quote.
    /// A string with escapes is decoded into a buffer sized for its first plain run, or, with
    /// `to_end` (the document's text), for the rest of the line, which the decoded string
    /// cannot outgrow (an escape is never shorter than what it stands for): a text's paragraphs
    /// are separated by `\n` escapes, and growing its buffer by doubling copied each text
    /// about twice, into memory the cache had not seen. The bytes after the text on its line
    /// (a few fields at most, in the inputs seen) are the capacity left unused.
    fn string(&mut self, to_end: bool) -> Option<String> {
        self.controls = false;
        let mut from = self.i;
        let mut end = json_plain_end(self.b, from);
        if self.b.get(end) == Some(&b'"') {
            self.i = end + 1;
            return Some(self.s.get(from..end)?.to_owned());
        }
        let mut out = String::with_capacity(if to_end {
            self.b.len() - from
        } else {
            end - from + 16
        });
        loop {
            out.push_str(self.s.get(from..end)?);
            match *self.b.get(end)? {
                b'"' => {
                    self.i = end + 1;
                    return Some(out);
                }
                b'\\' => {
                    let (c, len) = escape(self.b, end + 1)?;
                    self.controls |= c < ' ' && !matches!(c, '\n' | '\r' | '\t' | '\u{c}');
                    out.push(c);
                    from = end + 1 + len;
                    end = json_plain_end(self.b, from);
                }
                _ => return None,
            }
        }
    }

    /// Checks a string after its opening quote as [`Parser::string`] does, without keeping it.
    fn skip_string(&mut self) -> Option<()> {
        let mut end = json_plain_end(self.b, self.i);
        loop {
            match *self.b.get(end)? {
                b'"' => {
                    self.i = end + 1;
                    return Some(());
                }
                b'\\' => {
                    let (_, len) = escape(self.b, end + 1)?;
                    end = json_plain_end(self.b, end + 1 + len);
                }
                _ => return None,
            }
        }
    }

    /// The value of a key that is no field of [`JsonDoc`]: a string, `null`, or a flat array
    /// of those.
    fn skip_value(&mut self) -> Option<()> {
        match *self.b.get(self.i)? {
            b'[' => {
                self.i += 1;
                self.white();
                if self.eat(b']').is_some() {
                    return Some(());
                }
                loop {
                    self.skip_scalar()?;
                    self.white();
                    match *self.b.get(self.i)? {
                        b',' => self.i += 1,
                        b']' => {
                            self.i += 1;
                            return Some(());
                        }
                        _ => return None,
                    }
                    self.white();
                }
            }
            _ => self.skip_scalar(),
        }
    }

    fn skip_scalar(&mut self) -> Option<()> {
        match *self.b.get(self.i)? {
            b'"' => {
                self.i += 1;
                self.skip_string()
            }
            b'n' => self.eat_word(b"null"),
            _ => None,
        }
    }
}

/// The escape whose letter is at `b[at]` (after its backslash) as serde_json decodes it, and
/// its length after the backslash; `None` for a surrogate or an invalid escape.
fn escape(b: &[u8], at: usize) -> Option<(char, usize)> {
    Some(match *b.get(at)? {
        b'"' => ('"', 1),
        b'\\' => ('\\', 1),
        b'/' => ('/', 1),
        b'b' => ('\u{8}', 1),
        b'f' => ('\u{c}', 1),
        b'n' => ('\n', 1),
        b'r' => ('\r', 1),
        b't' => ('\t', 1),
        b'u' => {
            let mut code = 0;
            for &h in b.get(at + 1..at + 5)? {
                code = code * 16 + char::from(h).to_digit(16)?;
            }
            // `from_u32` refuses the surrogates D800–DFFF.
            (char::from_u32(code)?, 5)
        }
        _ => return None,
    })
}
