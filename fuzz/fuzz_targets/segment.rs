//! The sentence splitter: spans non-empty, trimmed, in order, disjoint, on char boundaries.
#![no_main]

use crossclaim_core::Lang;
use crossclaim_fuzz::{invariants, lang_and_text, must, pipeline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (lang, text) = lang_and_text(data);
    let spans = pipeline().segmenter.split(&text, lang.unwrap_or(Lang::En));
    must(invariants::check_sentences(&text, &spans), &text);
});
