//! Passing over the sentences that `may_hold_claim` clears changes no claim: `extract` with and
//! without the skip, on the bundled corpus and on generated texts full of cue words, colons,
//! dashes, quotation marks and names, with the sentences and mentions the pipeline would give.

use std::path::Path;

use crossclaim_core::{Document, Lang, LangInfo};
use crossclaim_lexicon::EntityLexicon;
use crossclaim_segment::Segmenter;

use crate::{ClaimExtractor, CueLexicon};

/// A document as the pipeline makes it for claims: language, sentences, mentions.
fn document(text: &str, lang: Lang, segmenter: &Segmenter, entities: &EntityLexicon) -> Document {
    let mut doc = Document::new("t", text);
    doc.lang = Some(LangInfo::given(lang));
    doc.sentences = segmenter.split(text, lang);
    doc.mentions = entities.mentions(&doc, entities.find(text, lang));
    doc
}

#[test]
fn skipping_changes_no_claim() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons"));
    let extractor = ClaimExtractor::new(
        CueLexicon::from_dir(&dir.join("cues")).expect("the cue lexicons load"),
    );
    let segmenter = Segmenter::from_dir(&dir.join("abbrev")).expect("the segmenter loads");
    let entities = EntityLexicon::from_dir(&dir.join("entities")).expect("the entities load");
    let mut texts = Vec::new();
    let corpus = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus"));
    for f in std::fs::read_dir(corpus)
        .expect("the corpus is there")
        .flatten()
    {
        if let Ok(text) = std::fs::read_to_string(f.path()) {
            texts.push(text);
        }
    }
    // Headline colons after one to eight tokens (`headline_colon` looks at the first seven
    // only, and so does `may_hold_claim`): the generated texts below seldom put a name of
    // capitalised words before a colon.
    let names = [
        "Pat", "Caddell", "Mary", "Ann", "Jones", "Smith", "Brown", "Lee",
    ];
    for n in 1..=names.len() {
        let name = names[..n].join(" ");
        texts.push(format!(
            "{name}: Democrat voters worried about Hillary. Other news. {name}: Republicans \
             look to the next election now. “{name}: Well, we will see what happens,” he added."
        ));
        texts.push(format!(
            "EXCLUSIVE – {name}: Voters fear the economy will suffer"
        ));
        texts.push(format!(
            "{name} at RNC: The party has to fight for every seat"
        ));
    }
    let pieces = [
        "Obama",
        "China",
        "Estados Unidos",
        "the White House",
        "Reuters",
        " said",
        " dijo",
        " says",
        " accused",
        " culpó a",
        " according to",
        " según",
        " polls show",
        " study found",
        " denied",
        " negó",
        " warned",
        " advirtió que",
        " called",
        " the report",
        " a statement",
        " in a statement",
        " ha declarado que",
        " se cree que",
        ": ",
        " — ",
        " – ",
        " ― ",
        "“",
        "”",
        "\"",
        "«",
        "»",
        "‘",
        "’",
        " that",
        " que",
        " the",
        " el",
        " la",
        "The Latest",
        "EXCLUSIVE",
        ", ",
        ". ",
        ".\n\n",
        " Pence",
        " PENCE",
        " ÁRBOL",
        " ÑANDÚ",
        " Σ",
        "?",
        " him",
        " it",
        " was",
        " es",
        " fue",
        " not",
        " no",
    ];
    let generated = crossclaim_core::testing::mixed_texts(&pieces, 3_000, 60, 70, [" w", ". "]);
    texts.extend(generated);
    let (mut skipped, mut claims) = (0, 0);
    for text in &texts {
        for lang in [Lang::En, Lang::Es] {
            let doc = document(text, lang, &segmenter, &entities);
            let plain = extractor.extract_sentences(&doc, false);
            assert_eq!(extractor.extract_sentences(&doc, true), plain, "{text:?}");
            claims += plain.len();
            let mut buf = String::new();
            let quotes = crate::quotes::find_quotes(text);
            let lang_cues = match lang {
                Lang::Es => &extractor.cues.es,
                _ => &extractor.cues.en,
            };
            skipped += doc
                .sentences
                .iter()
                .filter(|&&s| !crate::may_hold_claim(lang_cues, text, s, &quotes, &mut buf))
                .count();
        }
    }
    // The texts exercise both paths.
    assert!(skipped > 1_000 && claims > 1_000, "{skipped} {claims}");
}
