//! The entity matcher and case/accent folding: the folded copy maps back exactly, and mentions
//! are non-empty, ordered, disjoint spans on char boundaries, at word boundaries.
#![no_main]

use crossclaim_core::{Lang, Span};
use crossclaim_fuzz::{invariants, lang_and_text, must, pipeline};
use crossclaim_lexicon::{at_word_boundary, fold::fold_str, Folded};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (lang, text) = lang_and_text(data);
    let lang = match lang {
        Some(Lang::Es) => Lang::Es,
        _ => Lang::En,
    };
    let folded = Folded::new(&text);
    must(invariants::check_folded(&text, &folded, fold_str), &text);
    let p = pipeline();
    let found = p.entities.find_folded(&text, &folded, lang);
    let spans: Vec<Span> = found.iter().map(|f| f.span).collect();
    must(
        invariants::check_ordered_disjoint(&text, &spans, "mention"),
        &text,
    );
    for s in &spans {
        assert!(
            at_word_boundary(&text, *s),
            "mention {s:?} not at word boundaries"
        );
    }
    for hit in p.concepts.find(&text, lang) {
        must(invariants::check_span(&text, hit.span, "concept"), &text);
    }
});
