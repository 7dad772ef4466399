//! The invariants every stage keeps on any text (SPEC §3), as checks that say what is wrong.
//! Shared by the fuzz targets (`fuzz/`) and the property tests
//! (`crates/crossclaim-pipeline/tests/properties.rs`, which includes this file by path).

#![allow(dead_code)]

use crossclaim_core::{Document, Span};
use crossclaim_lexicon::Folded;

pub type Check = Result<(), String>;

macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

/// `span` lies inside `text`, on char boundaries.
pub fn check_span(text: &str, span: Span, what: &str) -> Check {
    ensure!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {}..{} outside the text of {} bytes",
        span.start,
        span.end,
        text.len()
    );
    ensure!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {}..{} not on char boundaries",
        span.start,
        span.end
    );
    Ok(())
}

/// Sentence spans: non-empty, trimmed, in order, disjoint, inside the text.
pub fn check_sentences(text: &str, sentences: &[Span]) -> Check {
    let mut prev_end = 0;
    for (i, &s) in sentences.iter().enumerate() {
        check_span(text, s, &format!("sentence {i}"))?;
        ensure!(
            s.start < s.end,
            "sentence {i} is empty ({}..{})",
            s.start,
            s.end
        );
        let t = &text[s.start..s.end];
        ensure!(t == t.trim(), "sentence {i} is not trimmed: {t:?}");
        ensure!(
            s.start >= prev_end,
            "sentence {i} ({}..{}) overlaps or precedes the one before (ends at {prev_end})",
            s.start,
            s.end
        );
        prev_end = s.end;
    }
    Ok(())
}

/// Non-empty spans in text order that do not overlap.
pub fn check_ordered_disjoint(text: &str, spans: &[Span], what: &str) -> Check {
    let mut prev_end = 0;
    for (i, &s) in spans.iter().enumerate() {
        check_span(text, s, &format!("{what} {i}"))?;
        ensure!(s.start < s.end, "{what} {i} is empty");
        ensure!(
            s.start >= prev_end,
            "{what} {i} ({}..{}) overlaps the one before (ends at {prev_end})",
            s.start,
            s.end
        );
        prev_end = s.end;
    }
    Ok(())
}

/// Every layer of a processed document against its text.
pub fn check_document(doc: &Document) -> Check {
    let text = doc.text();
    check_sentences(text, &doc.sentences)?;
    let spans: Vec<Span> = doc.mentions.iter().map(|m| m.span).collect();
    check_ordered_disjoint(text, &spans, "mention")?;
    for (i, m) in doc.mentions.iter().enumerate() {
        let s = doc.sentences.get(m.sentence).copied();
        ensure!(
            s.is_some_and(|s| s.contains(&m.span)),
            "mention {i} ({}..{}) is not inside its sentence {} ({s:?})",
            m.span.start,
            m.span.end,
            m.sentence
        );
        ensure!(!m.entity.is_empty(), "mention {i} has no entity");
    }
    for (i, c) in doc.concepts.iter().enumerate() {
        check_span(text, c.span, &format!("concept {i}"))?;
        ensure!(c.span.start < c.span.end, "concept {i} is empty");
        ensure!(
            doc.sentences
                .get(c.sentence)
                .is_some_and(|s| s.start <= c.span.start && c.span.start < s.end),
            "concept {i} does not start in its sentence {}",
            c.sentence
        );
    }
    let mut prev: Option<(usize, usize)> = None;
    for (i, c) in doc.claims.iter().enumerate() {
        let Some(&s) = doc.sentences.get(c.sentence) else {
            return Err(format!("claim {i}: no sentence {}", c.sentence));
        };
        check_span(text, c.cue, &format!("claim {i} cue"))?;
        ensure!(c.cue.start < c.cue.end, "claim {i}: empty cue");
        ensure!(
            s.contains(&c.cue),
            "claim {i}: cue {}..{} outside its sentence {}..{}",
            c.cue.start,
            c.cue.end,
            s.start,
            s.end
        );
        for (role, list) in [("source", &c.source), ("target", &c.target)] {
            for &m in list {
                let Some(mention) = doc.mentions.get(m) else {
                    return Err(format!(
                        "claim {i}: {role} {m} is not a mention index (of {})",
                        doc.mentions.len()
                    ));
                };
                ensure!(
                    mention.sentence == c.sentence,
                    "claim {i}: {role} mention {m} is in sentence {}, the claim in {}",
                    mention.sentence,
                    c.sentence
                );
            }
        }
        if let Some(q) = c.quote {
            check_span(text, q, &format!("claim {i} quote"))?;
        }
        let key = (c.sentence, c.cue.start);
        ensure!(
            prev.is_none_or(|p| p < key),
            "claim {i} is out of text order ({prev:?} then {key:?})"
        );
        prev = Some(key);
    }
    Ok(())
}

/// The folded side copy maps back to the original exactly: every folded offset maps to a char
/// boundary, monotonically, the ends to the ends, and the original span of a folded stretch
/// between two chars folds to exactly that stretch.
pub fn check_folded(text: &str, folded: &Folded, fold: fn(&str) -> String) -> Check {
    ensure!(
        folded.text == fold(text),
        "the folded text is not fold(text)"
    );
    let n = folded.text.len();
    ensure!(
        folded.original(n) == text.len(),
        "the folded end maps to {}, not the text end {}",
        folded.original(n),
        text.len()
    );
    let mut last = 0;
    for i in 0..=n {
        let o = folded.original(i);
        ensure!(
            o <= text.len() && text.is_char_boundary(o),
            "folded offset {i} maps to {o}, not a char boundary"
        );
        ensure!(
            o >= last,
            "folded offset {i} maps back before offset {}",
            i - 1
        );
        last = o;
    }
    // Folded offsets where the folding of one original char starts.
    let mut cuts = Vec::new();
    let mut at = 0;
    for (_, c) in text.char_indices() {
        let len = fold(c.encode_utf8(&mut [0; 4])).len();
        if len > 0 {
            cuts.push(at);
        }
        at += len;
    }
    cuts.push(n);
    for (k, &a) in cuts.iter().enumerate() {
        for &b in cuts.iter().skip(k + 1).take(6) {
            let span = folded.original_span(a, b);
            check_span(text, span, "original span")?;
            let back = fold(&text[span.start..span.end]);
            ensure!(
                back == folded.text[a..b],
                "folded {a}..{b} {:?} maps back to {}..{} {:?}, which folds to {back:?}",
                &folded.text[a..b],
                span.start,
                span.end,
                &text[span.start..span.end]
            );
        }
    }
    Ok(())
}
