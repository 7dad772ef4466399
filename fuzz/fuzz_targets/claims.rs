//! The whole pipeline, claim extraction last: every layer of the document is valid against its
//! text (sentences, mentions inside their sentence, claim cues, quotes and mention indices).
#![no_main]

use crossclaim_fuzz::{invariants, lang_and_text, must, pipeline};
use crossclaim_io::RawDoc;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (lang, text) = lang_and_text(data);
    let doc = pipeline().process(RawDoc {
        id: "fuzz".into(),
        text,
        lang,
        meta: Default::default(),
    });
    must(invariants::check_document(&doc), doc.text());
    for q in crossclaim_claims::find_quotes(doc.text()) {
        must(
            invariants::check_span(doc.text(), q.outer, "quote"),
            doc.text(),
        );
        must(
            invariants::check_span(doc.text(), q.inner, "quote text"),
            doc.text(),
        );
    }
});
