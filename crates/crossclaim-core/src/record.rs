//! The JSON Lines records of SPEC §3 (`schema_version` 1).
//!
//! Three streams: document records (one per input document, or an [`ErrorRecord`] in its place),
//! self-contained claim lines, and alignment records. Every span is given as UTF-8 byte offsets
//! `start`/`end` into the document text, with its `text` beside it so that readers never need
//! the document to check a span.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::{Document, Span};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpanRecord {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextSpan<'a> {
    pub start: usize,
    pub end: usize,
    pub text: Cow<'a, str>,
}

impl<'a> TextSpan<'a> {
    fn of(doc: &'a Document, span: Span) -> Self {
        TextSpan {
            start: span.start,
            end: span.end,
            text: Cow::Borrowed(doc.slice(span)),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub text: Cow<'a, str>,
    pub entity: Cow<'a, str>,
    #[serde(rename = "type")]
    pub etype: Cow<'a, str>,
    pub sentence: usize,
    /// Other IDs the surface form may denote; absent when the form is unambiguous.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
}

/// A paragraph in another language than the document's (an addition to SPEC §3).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForeignSpanRecord {
    pub start: usize,
    pub end: usize,
    pub lang: String,
    pub confidence: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detected: Option<String>,
}

/// A topic concept (an addition to SPEC §3: optional, absent when there is none).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConceptRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub text: Cow<'a, str>,
    pub concept: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub broader: Option<String>,
    pub sentence: usize,
}

/// A quantity or date (an addition to SPEC §3: optional, absent when there is none).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantityRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub text: Cow<'a, str>,
    pub value: f64,
    pub kind: String,
    pub sentence: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord<'a> {
    pub id: String,
    pub sentence: usize,
    pub kind: String,
    pub cue: TextSpan<'a>,
    pub source: Vec<usize>,
    /// The phrase naming the source, also when it is no entity (an addition to SPEC §3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_text: Option<TextSpan<'a>>,
    pub target: Vec<usize>,
    pub quote: Option<TextSpan<'a>>,
    pub negated: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MetaRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl MetaRecord {
    fn is_empty(&self) -> bool {
        self == &MetaRecord::default()
    }
}

/// One line of `documents.jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord<'a> {
    pub schema_version: u32,
    pub doc_id: Cow<'a, str>,
    pub lang: Cow<'a, str>,
    pub lang_confidence: f64,
    /// For `und`: why the document was not processed as English or Spanish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang_reason: Option<String>,
    /// For `und`: what the detector saw (ISO 639-3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang_detected: Option<String>,
    #[serde(default, skip_serializing_if = "MetaRecord::is_empty")]
    pub meta: MetaRecord,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub foreign_spans: Vec<ForeignSpanRecord>,
    pub sentences: Vec<SpanRecord>,
    pub mentions: Vec<MentionRecord<'a>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concepts: Vec<ConceptRecord<'a>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quantities: Vec<QuantityRecord<'a>>,
    pub claims: Vec<ClaimRecord<'a>>,
}

impl<'a> DocumentRecord<'a> {
    /// The record of `doc`, borrowing its texts. To write it, [`DocumentView`] does the same
    /// without building the lists (a record can be larger than its text).
    pub fn from_document(doc: &'a Document) -> Self {
        DocumentRecord {
            foreign_spans: doc.foreign.iter().map(foreign_span).collect(),
            sentences: doc.sentences.iter().map(sentence).collect(),
            mentions: doc.mentions.iter().map(|m| mention(doc, m)).collect(),
            concepts: doc.concepts.iter().map(|c| concept(doc, c)).collect(),
            quantities: doc.quantities.iter().map(|q| quantity(doc, q)).collect(),
            claims: (0..doc.claims.len()).map(|i| claim(doc, i)).collect(),
            ..DocumentRecord::header(doc)
        }
    }

    /// The record's scalar fields, every list empty.
    fn header(doc: &'a Document) -> Self {
        let (lang, conf, reason, detected) = lang_fields(doc);
        DocumentRecord {
            schema_version: SCHEMA_VERSION,
            doc_id: Cow::Borrowed(&doc.id),
            lang: Cow::Borrowed(lang),
            lang_confidence: round3(conf),
            lang_reason: reason.map(str::to_owned),
            lang_detected: detected.map(str::to_owned),
            meta: MetaRecord {
                title: doc.meta.title.clone(),
                url: doc.meta.url.clone(),
                published: doc.meta.published.clone(),
                source: doc.meta.source.clone(),
            },
            foreign_spans: Vec::new(),
            sentences: Vec::new(),
            mentions: Vec::new(),
            concepts: Vec::new(),
            quantities: Vec::new(),
            claims: Vec::new(),
        }
    }
}

/// The language fields of a record, borrowed: `lang`, the confidence (not rounded),
/// `lang_reason`, `lang_detected`.
fn lang_fields(doc: &Document) -> (&'static str, f64, Option<&str>, Option<&str>) {
    match &doc.lang {
        Some(l) => (
            l.lang.code(),
            l.confidence,
            l.reason.as_deref(),
            l.detected.as_deref(),
        ),
        None => ("und", 0.0, Some("not detected"), None),
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn foreign_span((s, l): &(Span, crate::LangInfo)) -> ForeignSpanRecord {
    ForeignSpanRecord {
        start: s.start,
        end: s.end,
        lang: l.lang.code().to_owned(),
        confidence: round3(l.confidence),
        detected: l.detected.clone(),
    }
}

fn sentence(s: &Span) -> SpanRecord {
    SpanRecord {
        start: s.start,
        end: s.end,
    }
}

fn mention<'a>(doc: &'a Document, m: &'a crate::Mention) -> MentionRecord<'a> {
    MentionRecord {
        start: m.span.start,
        end: m.span.end,
        text: Cow::Borrowed(doc.slice(m.span)),
        entity: Cow::Borrowed(&m.entity),
        etype: Cow::Borrowed(m.etype.as_str()),
        sentence: m.sentence,
        candidates: m.candidates.clone(),
    }
}

fn concept<'a>(doc: &'a Document, c: &'a crate::ConceptMention) -> ConceptRecord<'a> {
    ConceptRecord {
        start: c.span.start,
        end: c.span.end,
        text: Cow::Borrowed(doc.slice(c.span)),
        concept: Cow::Borrowed(&c.concept),
        broader: c.broader.clone(),
        sentence: c.sentence,
    }
}

fn quantity<'a>(doc: &'a Document, q: &crate::QuantityMention) -> QuantityRecord<'a> {
    QuantityRecord {
        start: q.span.start,
        end: q.span.end,
        text: Cow::Borrowed(doc.slice(q.span)),
        value: q.value,
        kind: q.kind.to_owned(),
        sentence: q.sentence,
    }
}

fn claim(doc: &Document, i: usize) -> ClaimRecord<'_> {
    let c = &doc.claims[i];
    ClaimRecord {
        id: doc.claim_id(i),
        sentence: c.sentence,
        kind: c.kind.as_str().to_owned(),
        cue: TextSpan::of(doc, c.cue),
        source: c.source.clone(),
        source_text: c.source_span.map(|q| TextSpan::of(doc, q)),
        target: c.target.clone(),
        quote: c.quote.map(|q| TextSpan::of(doc, q)),
        negated: c.negated,
    }
}

/// Writes a document's record: the JSON of [`DocumentRecord::from_document`] (the schema, and
/// what readers parse the line into), byte for byte as serde_json writes it, but straight from
/// the document with field names as literals: no list of the record is built (writing the
/// record of a 200 MB page dump takes no memory beyond the document), and none of serde's
/// per-field work is done. `tests/record_view.rs` compares the bytes with serde_json's
/// serialisation of the built record for every kind of document and parses every line back;
/// the [`json`] tests compare the escaping with serde_json's on awkward strings.
pub struct DocumentView<'a>(pub &'a Document);

impl DocumentView<'_> {
    /// Writes the record (no newline) to `w`, field by field in [`DocumentRecord`]'s order,
    /// leaving out what it skips when empty.
    pub fn write_json<W: std::io::Write + ?Sized>(&self, w: &mut W) -> std::io::Result<()> {
        use json::{f64 as num_f, str, usize as num};
        let doc = self.0;
        // The fields of `DocumentRecord::header`, borrowed from the document (not cloned).
        let (lang, confidence, reason, detected) = lang_fields(doc);
        w.write_all(b"{\"schema_version\":")?;
        num(w, SCHEMA_VERSION as usize)?;
        w.write_all(b",\"doc_id\":")?;
        str(w, &doc.id)?;
        w.write_all(b",\"lang\":")?;
        str(w, lang)?;
        w.write_all(b",\"lang_confidence\":")?;
        num_f(w, round3(confidence))?;
        if let Some(reason) = reason {
            w.write_all(b",\"lang_reason\":")?;
            str(w, reason)?;
        }
        if let Some(detected) = detected {
            w.write_all(b",\"lang_detected\":")?;
            str(w, detected)?;
        }
        let m = &doc.meta;
        if m.title.is_some() || m.url.is_some() || m.published.is_some() || m.source.is_some() {
            let mut sep = b",\"meta\":{".as_slice();
            for (key, value) in [
                (b"\"title\":".as_slice(), &m.title),
                (b"\"url\":", &m.url),
                (b"\"published\":", &m.published),
                (b"\"source\":", &m.source),
            ] {
                if let Some(v) = value {
                    w.write_all(sep)?;
                    w.write_all(key)?;
                    str(w, v)?;
                    sep = b",";
                }
            }
            w.write_all(b"}")?;
        }
        if !doc.foreign.is_empty() {
            w.write_all(b",\"foreign_spans\":")?;
            list(w, &doc.foreign, |w, f| {
                let r = foreign_span(f);
                span_fields(w, r.start, r.end)?;
                w.write_all(b",\"lang\":")?;
                str(w, &r.lang)?;
                w.write_all(b",\"confidence\":")?;
                num_f(w, r.confidence)?;
                if let Some(d) = &r.detected {
                    w.write_all(b",\"detected\":")?;
                    str(w, d)?;
                }
                w.write_all(b"}")
            })?;
        }
        w.write_all(b",\"sentences\":")?;
        list(w, &doc.sentences, |w, s| {
            span_fields(w, s.start, s.end)?;
            w.write_all(b"}")
        })?;
        w.write_all(b",\"mentions\":")?;
        list(w, &doc.mentions, |w, m| {
            text_span_fields(w, doc, m.span)?;
            w.write_all(b",\"entity\":")?;
            str(w, &m.entity)?;
            w.write_all(b",\"type\":")?;
            str(w, m.etype.as_str())?;
            w.write_all(b",\"sentence\":")?;
            num(w, m.sentence)?;
            if !m.candidates.is_empty() {
                w.write_all(b",\"candidates\":")?;
                list(w, &m.candidates, |w, c| str(w, c))?;
            }
            w.write_all(b"}")
        })?;
        if !doc.concepts.is_empty() {
            w.write_all(b",\"concepts\":")?;
            list(w, &doc.concepts, |w, c| {
                text_span_fields(w, doc, c.span)?;
                w.write_all(b",\"concept\":")?;
                str(w, &c.concept)?;
                if let Some(b) = &c.broader {
                    w.write_all(b",\"broader\":")?;
                    str(w, b)?;
                }
                w.write_all(b",\"sentence\":")?;
                num(w, c.sentence)?;
                w.write_all(b"}")
            })?;
        }
        if !doc.quantities.is_empty() {
            w.write_all(b",\"quantities\":")?;
            list(w, &doc.quantities, |w, q| {
                text_span_fields(w, doc, q.span)?;
                w.write_all(b",\"value\":")?;
                num_f(w, q.value)?;
                w.write_all(b",\"kind\":")?;
                str(w, q.kind)?;
                w.write_all(b",\"sentence\":")?;
                num(w, q.sentence)?;
                w.write_all(b"}")
            })?;
        }
        w.write_all(b",\"claims\":[")?;
        for (i, c) in doc.claims.iter().enumerate() {
            if i > 0 {
                w.write_all(b",")?;
            }
            // The id is `Document::claim_id(i)`, `{doc id}#{i}`, written in place.
            w.write_all(b"{\"id\":\"")?;
            json::str_body(w, &doc.id)?;
            w.write_all(b"#")?;
            num(w, i)?;
            w.write_all(b"\",\"sentence\":")?;
            num(w, c.sentence)?;
            w.write_all(b",\"kind\":")?;
            str(w, c.kind.as_str())?;
            w.write_all(b",\"cue\":")?;
            text_span(w, doc, c.cue)?;
            w.write_all(b",\"source\":")?;
            list(w, &c.source, |w, &i| num(w, i))?;
            if let Some(q) = c.source_span {
                w.write_all(b",\"source_text\":")?;
                text_span(w, doc, q)?;
            }
            w.write_all(b",\"target\":")?;
            list(w, &c.target, |w, &i| num(w, i))?;
            w.write_all(b",\"quote\":")?;
            match c.quote {
                Some(q) => text_span(w, doc, q)?,
                None => w.write_all(b"null")?,
            }
            w.write_all(if c.negated {
                b",\"negated\":true}".as_slice()
            } else {
                b",\"negated\":false}"
            })?;
        }
        w.write_all(b"]}")
    }
}

/// `[a,b,…]`, each element written by `item`.
fn list<W: std::io::Write + ?Sized, T>(
    w: &mut W,
    items: &[T],
    mut item: impl FnMut(&mut W, &T) -> std::io::Result<()>,
) -> std::io::Result<()> {
    w.write_all(b"[")?;
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        item(w, x)?;
    }
    w.write_all(b"]")
}

/// `{"start":…,"end":…` (the object left open for more fields).
fn span_fields<W: std::io::Write + ?Sized>(
    w: &mut W,
    start: usize,
    end: usize,
) -> std::io::Result<()> {
    w.write_all(b"{\"start\":")?;
    json::usize(w, start)?;
    w.write_all(b",\"end\":")?;
    json::usize(w, end)
}

/// `{"start":…,"end":…,"text":…` of a span of the document (left open).
fn text_span_fields<W: std::io::Write + ?Sized>(
    w: &mut W,
    doc: &Document,
    span: Span,
) -> std::io::Result<()> {
    span_fields(w, span.start, span.end)?;
    w.write_all(b",\"text\":")?;
    json::str(w, doc.slice(span))
}

/// A [`TextSpan`] object.
fn text_span<W: std::io::Write + ?Sized>(
    w: &mut W,
    doc: &Document,
    span: Span,
) -> std::io::Result<()> {
    text_span_fields(w, doc, span)?;
    w.write_all(b"}")
}

/// JSON values exactly as serde_json's compact serialiser writes them.
pub mod json {
    use std::io::{self, Write};

    use serde_json::ser::{CompactFormatter, Formatter};

    /// The two digits of each number below 100, as `itoa` keeps them.
    static PAIRS: [u8; 200] = {
        let mut t = [0u8; 200];
        let mut i = 0;
        while i < 100 {
            t[2 * i] = b'0' + (i / 10) as u8;
            t[2 * i + 1] = b'0' + (i % 10) as u8;
            i += 1;
        }
        t
    };

    /// An unsigned integer (serde_json formats it with `itoa`). Numbers of up to six digits
    /// (sentence numbers, indices, the offsets of most documents) are written as an array of
    /// their digits whose length the compiler knows, so the write is a few stores; the digits
    /// come two at a time from [`PAIRS`] (one division by 100 for each two, rather than a
    /// division and a remainder for each digit). Formatting with `itoa` and copying its
    /// variable-length output cost about fifty instructions. Always inlined: the call (saving
    /// and restoring registers) cost half as much as the rest.
    #[inline(always)]
    pub fn usize<W: Write + ?Sized>(w: &mut W, n: usize) -> io::Result<()> {
        // The two digits of `k` (below 100).
        let two = |k: usize| [PAIRS[2 * k], PAIRS[2 * k + 1]];
        match n {
            0..=9 => w.write_all(&[b'0' + n as u8]),
            10..=99 => w.write_all(&two(n)),
            100..=9999 => {
                let ([a, b], [c, d]) = (two(n / 100), two(n % 100));
                if n < 1000 {
                    w.write_all(&[b, c, d])
                } else {
                    w.write_all(&[a, b, c, d])
                }
            }
            10_000..=999_999 => {
                let ([a, b], [c, d], [e, f]) = (two(n / 10_000), two(n / 100 % 100), two(n % 100));
                if n < 100_000 {
                    w.write_all(&[b, c, d, e, f])
                } else {
                    w.write_all(&[a, b, c, d, e, f])
                }
            }
            _ => CompactFormatter.write_u64(w, n as u64),
        }
    }

    /// A float as serde_json writes an `f64`: NaN and the infinities as `null`, any other value
    /// with serde_json's own float formatting.
    #[inline]
    pub fn f64<W: Write + ?Sized>(w: &mut W, x: f64) -> io::Result<()> {
        if x.is_finite() {
            CompactFormatter.write_f64(w, x)
        } else {
            w.write_all(b"null")
        }
    }

    /// A string, quoted and escaped.
    #[inline]
    pub fn str<W: Write + ?Sized>(w: &mut W, s: &str) -> io::Result<()> {
        w.write_all(b"\"")?;
        str_body(w, s)?;
        w.write_all(b"\"")
    }

    /// What to write for each byte: 0 for the byte itself; `u` for `\u00XX`; else the letter
    /// after the backslash. serde_json escapes `"`, `\` and the control characters below
    /// U+0020 (with the short forms `\b \t \n \f \r`), and nothing else: not DEL, not U+2028,
    /// no non-ASCII character.
    static ESCAPE: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 0x20 {
            t[b] = b'u';
            b += 1;
        }
        t[0x08] = b'b';
        t[0x09] = b't';
        t[0x0a] = b'n';
        t[0x0c] = b'f';
        t[0x0d] = b'r';
        t[b'"' as usize] = b'"';
        t[b'\\' as usize] = b'\\';
        t
    };

    /// The inside of a string literal: `s` escaped, without the quotes.
    #[inline]
    pub fn str_body<W: Write + ?Sized>(w: &mut W, s: &str) -> io::Result<()> {
        let bytes = s.as_bytes();
        // Most strings (mention texts, entity ids, types) need no escape: one test of the
        // whole string and one write.
        if !has_escape(bytes) {
            return w.write_all(bytes);
        }
        let mut start = 0;
        while let Some(i) = next_escape(bytes, start) {
            if start < i {
                w.write_all(&bytes[start..i])?;
            }
            let b = bytes[i];
            match ESCAPE[usize::from(b)] {
                b'u' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    w.write_all(&[
                        b'\\',
                        b'u',
                        b'0',
                        b'0',
                        HEX[usize::from(b >> 4)],
                        HEX[usize::from(b & 0xf)],
                    ])?;
                }
                letter => w.write_all(&[b'\\', letter])?,
            }
            start = i + 1;
        }
        if start < bytes.len() {
            w.write_all(&bytes[start..])?;
        }
        Ok(())
    }

    use crate::words::{json_plain_end, json_specials, ONES};

    /// Does one of the eight bytes of `x` need an escape (below 0x20, `"` or `\\`)?
    #[inline]
    fn chunk_needs_escape(x: u64) -> bool {
        json_specials(x) != 0
    }

    /// Does some byte of `bytes` need an escape? The same answer as a test of each byte with
    /// [`ESCAPE`], eight bytes at a time: the last eight bytes are read again from the end
    /// (bytes read twice change nothing). A string shorter than eight is one word: of four to
    /// seven bytes, its first four and last four (overlapping); of one to three, its first,
    /// middle and last byte (together every byte), padded with spaces (which need no escape).
    #[inline]
    fn has_escape(bytes: &[u8]) -> bool {
        let n = bytes.len();
        if n < 8 {
            let x = if n >= 4 {
                let four = |at: usize| {
                    u64::from(u32::from_le_bytes(
                        bytes[at..at + 4].try_into().expect("four bytes"),
                    ))
                };
                four(0) | (four(n - 4) << 32)
            } else if n > 0 {
                u64::from(bytes[0])
                    | (u64::from(bytes[n / 2]) << 8)
                    | (u64::from(bytes[n - 1]) << 16)
                    | ((ONES * u64::from(b' ')) & !0xFF_FFFF)
            } else {
                return false;
            };
            return chunk_needs_escape(x);
        }
        let word =
            |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
        let mut i = 0;
        while i + 8 < n {
            if chunk_needs_escape(word(i)) {
                return true;
            }
            i += 8;
        }
        chunk_needs_escape(word(n - 8))
    }

    /// The position of the first byte at or after `from` that must be escaped.
    #[inline]
    fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
        let at = json_plain_end(bytes, from);
        (at < bytes.len()).then_some(at)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn ours(s: &str) -> String {
            let mut out = Vec::new();
            str(&mut out, s).expect("writing to a Vec");
            String::from_utf8(out).expect("escaped strings are UTF-8")
        }

        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them() {
            let mut awkward: Vec<String> = [
                "",
                "plain",
                "\"quoted\"",
                "back\\slash\\",
                "\\\"",
                "tab\tnew\nline\r\n",
                "\u{8}\u{c}\u{7f}",
                "line\u{2028}para\u{2029}",
                "año, 北京, 🙂, \u{feff}, e\u{301}",
                "/ < > & '",
                "ends with a quote\"",
                "\"",
            ]
            .map(str::to_owned)
            .to_vec();
            awkward.extend((0u8..0x20).map(|b| format!("a{}b", char::from(b))));
            awkward.push((0u8..=0x7f).map(char::from).collect());
            for s in &awkward {
                let want = serde_json::to_string(s).expect("serde_json writes strings");
                assert_eq!(ours(s), want, "{s:?}");
                let back: String = serde_json::from_str(&ours(s)).expect("parses back");
                assert_eq!(&back, s);
            }
        }

        #[test]
        fn each_escape_at_each_place_of_a_longer_string() {
            for special in [
                '"', '\\', '\0', '\u{1f}', '\n', '\u{7f}', ' ', 'é', '\u{2028}',
            ] {
                for len in 0..24 {
                    for at in 0..len {
                        let s: String = (0..len)
                            .map(|i| if i == at { special } else { 'a' })
                            .collect();
                        let want = serde_json::to_string(&s).expect("serde_json writes strings");
                        assert_eq!(ours(&s), want, "{s:?}");
                    }
                }
            }
        }

        #[test]
        fn has_escape_agrees_with_the_byte_table() {
            let plain = |b: &[u8]| b.iter().any(|&c| ESCAPE[usize::from(c)] != 0);
            for special in 0u8..=255 {
                for len in 0..20 {
                    for at in 0..len {
                        let mut s = vec![b'a'; len];
                        s[at] = special;
                        assert_eq!(has_escape(&s), plain(&s), "{s:?}");
                        s[0] = b'"';
                        assert_eq!(has_escape(&s), plain(&s), "{s:?}");
                    }
                }
            }
        }

        #[test]
        fn numbers_are_written_as_serde_json_writes_them() {
            let around_powers = (0..20).flat_map(|e| {
                let p = 10usize.pow(e);
                [p - 1, p, p + 1]
            });
            for n in (0..1_100_000).chain(around_powers).chain([usize::MAX]) {
                let mut out = Vec::new();
                usize(&mut out, n).expect("writing to a Vec");
                assert_eq!(out, serde_json::to_vec(&n).expect("serde_json"), "{n}");
            }
            for x in [
                0.0,
                -0.0,
                1.0,
                0.5,
                0.123,
                0.999,
                1e21,
                1e-7,
                123456789.125,
                f64::MAX,
                f64::MIN_POSITIVE,
                f64::NAN,
                f64::INFINITY,
                f64::NEG_INFINITY,
            ] {
                let mut out = Vec::new();
                f64(&mut out, x).expect("writing to a Vec");
                assert_eq!(out, serde_json::to_vec(&x).expect("serde_json"), "{x}");
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorInfo {
    pub kind: String,
    pub message: String,
}

/// Takes the place of a document record when a document cannot be processed (SPEC §7).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorRecord {
    pub schema_version: u32,
    pub doc_id: String,
    pub error: ErrorInfo,
}

/// A line of a document stream: a document or an error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum StreamRecord {
    Error(ErrorRecord),
    Document(Box<DocumentRecord<'static>>),
}

/// An entity taking part in a claim, as written in `claims.jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRef {
    pub entity: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// One self-contained line of `claims.jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimLine<'a> {
    pub schema_version: u32,
    pub id: String,
    pub doc_id: String,
    pub lang: String,
    pub sentence: TextSpan<'a>,
    pub kind: String,
    pub cue: TextSpan<'a>,
    pub source: Vec<EntityRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_text: Option<TextSpan<'a>>,
    pub target: Vec<EntityRef>,
    pub quote: Option<TextSpan<'a>>,
    pub negated: bool,
}

impl<'a> ClaimLine<'a> {
    /// The claim lines of a processed document.
    pub fn all_of(doc: &'a Document) -> Vec<ClaimLine<'a>> {
        let entity = |i: &usize| {
            let m = &doc.mentions[*i];
            EntityRef {
                entity: m.entity.clone(),
                etype: m.etype.as_str().to_owned(),
                text: doc.slice(m.span).to_owned(),
                start: m.span.start,
                end: m.span.end,
            }
        };
        doc.claims
            .iter()
            .enumerate()
            .map(|(i, c)| ClaimLine {
                schema_version: SCHEMA_VERSION,
                id: doc.claim_id(i),
                doc_id: doc.id.clone(),
                lang: doc.language().code().to_owned(),
                sentence: TextSpan::of(doc, doc.sentences[c.sentence]),
                kind: c.kind.as_str().to_owned(),
                cue: TextSpan::of(doc, c.cue),
                source: c.source.iter().map(entity).collect(),
                source_text: c.source_span.map(|q| TextSpan::of(doc, q)),
                target: c.target.iter().map(entity).collect(),
                quote: c.quote.map(|q| TextSpan::of(doc, q)),
                negated: c.negated,
            })
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ClaimRef {
    pub doc_id: String,
    pub claim: String,
}

/// What made two claims align.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Entity IDs shared by the two claims' sources and targets (directly or through what they stand for).
    pub shared_entities: Vec<String>,
    /// Source entities shared by the two claims.
    pub shared_sources: Vec<String>,
    /// Target entities shared by the two claims.
    pub shared_targets: Vec<String>,
    /// `[english kind, spanish kind]`.
    pub kinds: [String; 2],
    pub kind_match: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concepts: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quantities: Vec<String>,
    /// Similarity of the two documents' entity profiles.
    pub document_similarity: f64,
}

/// One line of `alignments.jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AlignmentRecord {
    pub schema_version: u32,
    pub en: ClaimRef,
    pub es: ClaimRef,
    pub score: f64,
    pub evidence: Evidence,
}
