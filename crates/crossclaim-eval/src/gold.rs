//! Reading gold annotations (SPEC §6).

use std::path::Path;

use crossclaim_core::Span;
use serde::Deserialize;

#[derive(Clone, Debug, PartialEq)]
pub struct GoldMention {
    pub span: Span,
    pub entity: String,
    pub etype: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoldClaim {
    pub id: String,
    pub cue: Span,
    pub kind: String,
    pub source: Vec<Span>,
    pub target: Vec<Span>,
    pub quote: Option<Span>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoldDoc {
    pub doc_id: String,
    pub lang: String,
    pub sentences: Vec<Span>,
    pub mentions: Vec<GoldMention>,
    pub claims: Vec<GoldClaim>,
}

/// `{"en": [doc, claim], "es": [doc, claim]}`
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GoldAlignment {
    pub en: (String, String),
    pub es: (String, String),
}

/// A gold file that cannot be used: which file and why.
#[derive(Debug)]
pub struct GoldError {
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for GoldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

#[derive(Deserialize)]
struct RawMention {
    span: (usize, usize),
    entity: String,
    #[serde(rename = "type")]
    etype: String,
}

#[derive(Deserialize)]
struct RawClaim {
    id: String,
    cue: (usize, usize),
    kind: String,
    #[serde(default)]
    source: Vec<(usize, usize)>,
    #[serde(default)]
    target: Vec<(usize, usize)>,
    quote: Option<(usize, usize)>,
}

#[derive(Deserialize)]
struct RawDoc {
    doc_id: String,
    lang: String,
    sentences: Vec<(usize, usize)>,
    #[serde(default)]
    mentions: Vec<RawMention>,
    #[serde(default)]
    claims: Vec<RawClaim>,
}

fn span((a, b): (usize, usize)) -> Span {
    Span::new(a, b)
}

/// Reads every `<doc_id>.json` of a gold directory (in name order) and its `alignments.json`
/// (absent means no gold alignments).
pub fn load_gold_dir(dir: &Path) -> Result<(Vec<GoldDoc>, Vec<super::GoldAlignment>), GoldError> {
    let err = |file: &Path, message: String| GoldError {
        file: file.display().to_string(),
        message,
    };
    let entries = std::fs::read_dir(dir).map_err(|e| err(dir, e.to_string()))?;
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut docs = Vec::new();
    let mut align = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| err(&f, e.to_string()))?;
        if f.file_name().is_some_and(|n| n == "alignments.json") {
            align = serde_json::from_str(&text).map_err(|e| err(&f, e.to_string()))?;
            continue;
        }
        let raw: RawDoc = serde_json::from_str(&text).map_err(|e| err(&f, e.to_string()))?;
        docs.push(GoldDoc {
            doc_id: raw.doc_id,
            lang: raw.lang,
            sentences: raw.sentences.into_iter().map(span).collect(),
            mentions: raw
                .mentions
                .into_iter()
                .map(|m| GoldMention {
                    span: span(m.span),
                    entity: m.entity,
                    etype: m.etype,
                })
                .collect(),
            claims: raw
                .claims
                .into_iter()
                .map(|c| GoldClaim {
                    id: c.id,
                    cue: span(c.cue),
                    kind: c.kind,
                    source: c.source.into_iter().map(span).collect(),
                    target: c.target.into_iter().map(span).collect(),
                    quote: c.quote.map(span),
                })
                .collect(),
        });
    }
    if docs.is_empty() {
        return Err(err(dir, "no gold documents (*.json)".into()));
    }
    Ok((docs, align))
}
