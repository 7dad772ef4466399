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
        let (lang, conf, reason, detected) = match &doc.lang {
            Some(l) => (
                l.lang.code(),
                l.confidence,
                l.reason.clone(),
                l.detected.clone(),
            ),
            None => ("und", 0.0, Some("not detected".to_owned()), None),
        };
        DocumentRecord {
            schema_version: SCHEMA_VERSION,
            doc_id: Cow::Borrowed(&doc.id),
            lang: Cow::Borrowed(lang),
            lang_confidence: round3(conf),
            lang_reason: reason,
            lang_detected: detected,
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

/// Writes a document's record exactly as [`DocumentRecord::from_document`] would serialise,
/// building one list element at a time: writing the record of a 200 MB page dump takes no
/// memory beyond the document.
pub struct DocumentView<'a>(pub &'a Document);

/// A list serialised from a fresh iterator.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

impl Serialize for DocumentView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let doc = self.0;
        let h = DocumentRecord::header(doc);
        // The fields and their order are DocumentRecord's (a test compares the two).
        let mut st = s.serialize_struct("DocumentRecord", 13)?;
        st.serialize_field("schema_version", &h.schema_version)?;
        st.serialize_field("doc_id", &h.doc_id)?;
        st.serialize_field("lang", &h.lang)?;
        st.serialize_field("lang_confidence", &h.lang_confidence)?;
        if h.lang_reason.is_some() {
            st.serialize_field("lang_reason", &h.lang_reason)?;
        }
        if h.lang_detected.is_some() {
            st.serialize_field("lang_detected", &h.lang_detected)?;
        }
        if !h.meta.is_empty() {
            st.serialize_field("meta", &h.meta)?;
        }
        if !doc.foreign.is_empty() {
            st.serialize_field(
                "foreign_spans",
                &Seq(|| doc.foreign.iter().map(foreign_span)),
            )?;
        }
        st.serialize_field("sentences", &Seq(|| doc.sentences.iter().map(sentence)))?;
        st.serialize_field(
            "mentions",
            &Seq(|| doc.mentions.iter().map(|m| mention(doc, m))),
        )?;
        if !doc.concepts.is_empty() {
            st.serialize_field(
                "concepts",
                &Seq(|| doc.concepts.iter().map(|c| concept(doc, c))),
            )?;
        }
        if !doc.quantities.is_empty() {
            st.serialize_field(
                "quantities",
                &Seq(|| doc.quantities.iter().map(|q| quantity(doc, q))),
            )?;
        }
        st.serialize_field(
            "claims",
            &Seq(|| (0..doc.claims.len()).map(|i| claim(doc, i))),
        )?;
        st.end()
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
