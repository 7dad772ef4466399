//! Property tests (issue 9): on generated dirty news text (English and Spanish words, entity
//! names from the lexicon, quotes of every kind, NFD accents, zero-width characters, right-to-left
//! marks, control characters, long runs without punctuation), every stage keeps its invariants:
//! spans lie on char boundaries inside the text, sentences are trimmed, ordered and disjoint,
//! mentions lie inside their sentence, claim indices are valid, folding maps back to the original
//! exactly, the text is never modified, and the output does not depend on anything but the input.
//!
//! The checks themselves are `fuzz/src/invariants.rs`, shared with the fuzz targets.

#[path = "../../../fuzz/src/invariants.rs"]
mod invariants;

use std::sync::OnceLock;

use crossclaim_claims::find_quotes;
use crossclaim_core::{Document, EntityType, Lang, LangInfo, Mention, Span};
use crossclaim_io::RawDoc;
use crossclaim_lexicon::{at_word_boundary, fold::fold_str, Folded};
use crossclaim_pipeline::Pipeline;
use proptest::prelude::*;
use proptest::sample::select;

fn lexicons() -> std::path::PathBuf {
    std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons"))
}

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| match Pipeline::from_dir(&lexicons()) {
        Ok(p) => p,
        Err(e) => panic!("the lexicons do not load: {e}"),
    })
}

/// Surface forms of the entity lexicon (`LANG<TAB>form | form`), without the `=` marker.
fn entity_forms() -> &'static [String] {
    static F: OnceLock<Vec<String>> = OnceLock::new();
    F.get_or_init(|| {
        let mut forms = Vec::new();
        let mut files: Vec<_> = std::fs::read_dir(lexicons().join("entities"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "lex"))
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            for line in text.lines() {
                if line.starts_with(['#', '@', '+']) {
                    continue;
                }
                let Some((_, rest)) = line.split_once('\t') else {
                    continue;
                };
                let rest = rest.split(" #").next().unwrap_or("");
                for form in rest.split('|') {
                    let form = form.trim().trim_start_matches('=').trim();
                    if !form.is_empty() {
                        forms.push(form.to_owned());
                    }
                }
            }
        }
        assert!(forms.len() > 100, "entity forms read from the lexicon");
        forms
    })
}

const EN_WORDS: &[&str] = &[
    "the",
    "a",
    "of",
    "and",
    "that",
    "which",
    "it",
    "not",
    "never",
    "officials",
    "government",
    "accused",
    "blamed",
    "denied",
    "rejected",
    "criticized",
    "condemned",
    "warned",
    "threatened",
    "said",
    "says",
    "stated",
    "added",
    "according",
    "to",
    "reported",
    "allegations",
    "made",
    "against",
    "by",
    "was",
    "has",
    "had",
    "did",
    "statement",
    "spokesman",
    "minister",
    "attack",
    "cyberattack",
    "sanctions",
    "on",
    "Monday",
    "in",
    "its",
    "their",
    "we",
    "they",
    "senior",
];

const ES_WORDS: &[&str] = &[
    "el",
    "la",
    "los",
    "las",
    "de",
    "del",
    "que",
    "y",
    "no",
    "nunca",
    "según",
    "culpó",
    "acusó",
    "negó",
    "rechazó",
    "criticó",
    "condenó",
    "advirtió",
    "amenazó",
    "dijo",
    "afirmó",
    "declaró",
    "señaló",
    "informó",
    "reza",
    "comunicado",
    "gobierno",
    "portavoz",
    "ministro",
    "ataque",
    "ciberataque",
    "sanciones",
    "este",
    "lunes",
    "por",
    "fue",
    "ha",
    "su",
    "acusación",
    "contra",
    "responsabilizó",
    "Exteriores",
    "español",
    "china",
    "EE.UU.",
    "p. ej.",
    "Sr.",
    "Dra.",
];

const QUOTES: &[&str] = &[
    "“", "”", "‘", "’", "«", "»", "\"", "'", "‹", "›", "„", "「", "」", "’s", "'s",
];

const PUNCT: &[&str] = &[
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "…",
    "...",
    ".-",
    " — ",
    "-",
    "(",
    ")",
    "¿",
    "¡",
    "[",
    "]",
    "3.5",
    "No. 5",
    "U.S.",
    "Mr.",
    "J. K.",
    "http://example.com/a.b?c=d",
    "30.000",
    "%",
];

const INVISIBLE: &[&str] = &[
    "\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}", "\u{feff}", "\u{00ad}", "\u{200e}", "\u{200f}",
    "\u{202a}", "\u{202b}", "\u{202c}", "\u{202d}", "\u{202e}", "\u{2066}", "\u{2067}", "\u{2068}",
    "\u{2069}", "\u{061c}", "\u{fe0f}",
];

const RTL: &[&str] = &["عربي", "السلام", "שלום", "ישראל", "ایران", "\u{5d0}\u{5b8}"];

const SPACES: &[&str] = &[
    " ", " ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\u{a0}", "\u{3000}", "  ", "\n \n",
];

/// A control character (C0, DEL, C1).
fn control() -> impl Strategy<Value = String> {
    prop_oneof![0u32..0x20, Just(0x7f), 0x80u32..0xa0]
        .prop_map(|c| char::from_u32(c).map(String::from).unwrap_or_default())
}

/// Decomposes the accented letters of Spanish into base + combining mark (NFD).
fn nfd(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        let (base, mark) = match c {
            'á' => ('a', '\u{301}'),
            'é' => ('e', '\u{301}'),
            'í' => ('i', '\u{301}'),
            'ó' => ('o', '\u{301}'),
            'ú' => ('u', '\u{301}'),
            'Á' => ('A', '\u{301}'),
            'É' => ('E', '\u{301}'),
            'Í' => ('I', '\u{301}'),
            'Ó' => ('O', '\u{301}'),
            'Ú' => ('U', '\u{301}'),
            'ñ' => ('n', '\u{303}'),
            'Ñ' => ('N', '\u{303}'),
            'ü' => ('u', '\u{308}'),
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push(base);
        out.push(mark);
    }
    out
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(EN_WORDS).prop_map(str::to_owned),
        4 => select(ES_WORDS).prop_map(str::to_owned),
        3 => select(entity_forms()),
        1 => select(ES_WORDS).prop_map(nfd),
        1 => select(entity_forms()).prop_map(|f| nfd(&f)),
        1 => select(entity_forms()).prop_map(|f| f.to_uppercase()),
        1 => "[a-zA-ZáéíóúñÁÉÍÓÚÑüİıßσς0-9]{1,12}",
    ]
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => word(),
        3 => select(QUOTES).prop_map(str::to_owned),
        3 => select(PUNCT).prop_map(str::to_owned),
        1 => select(INVISIBLE).prop_map(str::to_owned),
        1 => select(RTL).prop_map(str::to_owned),
        1 => control(),
        // A long run of words without any punctuation.
        1 => prop::collection::vec(word(), 50..400).prop_map(|w| w.join(" ")),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Dirty news text: pieces separated by white space (sometimes none), sometimes all in NFD.
fn dirty_text(max_pieces: usize) -> impl Strategy<Value = String> {
    (
        prop::collection::vec((piece(), select(SPACES), any::<u8>()), 0..max_pieces),
        any::<bool>(),
    )
        .prop_map(|(pieces, all_nfd)| {
            let mut s = String::new();
            for (p, sep, glue) in pieces {
                s.push_str(&p);
                if glue % 5 != 0 {
                    s.push_str(sep);
                }
            }
            if all_nfd {
                nfd(&s)
            } else {
                s
            }
        })
}

fn lang() -> impl Strategy<Value = Option<Lang>> {
    prop_oneof![
        Just(None),
        Just(Some(Lang::En)),
        Just(Some(Lang::Es)),
        Just(Some(Lang::Und))
    ]
}

fn process(text: &str, lang: Option<Lang>) -> Document {
    pipeline().process(RawDoc {
        id: "p".into(),
        text: text.to_owned(),
        lang,
        meta: Default::default(),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn pipeline_keeps_every_invariant(text in dirty_text(120), lang in lang()) {
        let doc = process(&text, lang);
        prop_assert_eq!(doc.text(), text.as_str(), "the text is never modified");
        if let Err(e) = invariants::check_document(&doc) {
            return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
        }
        if let Some(l) = lang.filter(|l| *l != Lang::Und) {
            prop_assert_eq!(doc.language(), l, "a given language is trusted");
        }
        prop_assert_eq!(process(&text, lang), doc, "the same input gives the same output");
    }

    #[test]
    fn segmenter_spans_are_trimmed_ordered_and_disjoint(
        text in dirty_text(200),
        es in any::<bool>(),
    ) {
        let lang = if es { Lang::Es } else { Lang::En };
        let spans = pipeline().segmenter.split(&text, lang);
        if let Err(e) = invariants::check_sentences(&text, &spans) {
            return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
        }
        // (Text outside every sentence is allowed: the splitter drops decoration lines and lone
        // page numbers by design.)
    }

    #[test]
    fn folding_maps_back_to_the_original_exactly(text in dirty_text(60)) {
        let folded = Folded::new(&text);
        if let Err(e) = invariants::check_folded(&text, &folded, fold_str) {
            return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
        }
    }

    #[test]
    fn entity_mentions_are_ordered_disjoint_whole_words(
        text in dirty_text(120),
        es in any::<bool>(),
    ) {
        let lang = if es { Lang::Es } else { Lang::En };
        let p = pipeline();
        let found = p.entities.find(&text, lang);
        let spans: Vec<Span> = found.iter().map(|f| f.span).collect();
        if let Err(e) = invariants::check_ordered_disjoint(&text, &spans, "mention") {
            return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
        }
        for f in &found {
            prop_assert!(at_word_boundary(&text, f.span), "{:?} in {:?}", f.span, text);
            prop_assert!(!p.entities.id_of(f).is_empty());
        }
        for hit in p.concepts.find(&text, lang) {
            if let Err(e) = invariants::check_span(&text, hit.span, "concept") {
                return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
            }
        }
    }

    /// Claim extraction on its own, with mentions placed anywhere on word boundaries inside
    /// sentences (not only where the lexicon would put them) and any types.
    #[test]
    fn claim_indices_are_valid_for_any_mentions(
        text in dirty_text(120),
        es in any::<bool>(),
        picks in prop::collection::vec((any::<prop::sample::Index>(), 1usize..4, 0usize..8), 0..12),
    ) {
        let p = pipeline();
        let lang = if es { Lang::Es } else { Lang::En };
        let mut doc = Document::new("c", text.clone());
        doc.lang = Some(LangInfo::given(lang));
        doc.sentences = p.segmenter.split(&text, lang);
        // Word starts inside sentences; a mention covers 1–3 words.
        let words: Vec<(usize, usize)> = word_spans(&text);
        let mut spans: Vec<(Span, EntityType)> = Vec::new();
        if !words.is_empty() {
            for (ix, len, ty) in &picks {
                let i = ix.index(words.len());
                let j = (i + len - 1).min(words.len() - 1);
                spans.push((Span::new(words[i].0, words[j].1), EntityType::ALL[*ty]));
            }
        }
        spans.sort_by_key(|s| s.0);
        let mut end = 0;
        for (span, etype) in spans {
            if span.start < end {
                continue;
            }
            let Some(sentence) = doc.sentence_of(span.start) else { continue };
            if span.end > doc.sentences[sentence].end {
                continue;
            }
            end = span.end;
            doc.mentions.push(Mention {
                span,
                entity: "X".into(),
                etype,
                sentence,
                candidates: Vec::new(),
            });
        }
        doc.claims = p.claims.extract(&doc);
        if let Err(e) = invariants::check_document(&doc) {
            return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
        }
    }

    #[test]
    fn quotations_lie_on_char_boundaries_inside_the_text(text in dirty_text(200)) {
        for q in find_quotes(&text) {
            for (span, what) in [(q.outer, "quote"), (q.inner, "quote text")] {
                if let Err(e) = invariants::check_span(&text, span, what) {
                    return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
                }
            }
            prop_assert!(q.outer.contains(&q.inner), "{:?} in {:?}", q, text);
        }
    }
}

/// Runs of letters, digits and combining marks.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let wordy = c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
        match (wordy, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Hand-written cases the generators might miss, through the same checks.
#[test]
fn table_of_nasty_texts() {
    let cases = [
        "",
        " ",
        "\u{301}",
        "\u{301}China",
        "Unio\u{301}\u{301}\u{301}n Europea",
        "İstanbul and ﬁnance: ß Σίσυφος ς",
        "“",
        "”",
        "«»",
        "‘’’‘",
        "\"\"\"",
        "Estados Unidos.-",
        ".-.-.-",
        "EE.UU.EE.UU.EE.UU.",
        "\u{200f}\u{200f}China\u{200f}\u{200f}",
        "China\u{0}denied\u{1b}it",
        "a\r\n\r\nb\r\n",
        "United States accused China“ said ”Biden",
        "dijo que dijo que dijo que según según según",
    ];
    for text in cases {
        for lang in [None, Some(Lang::En), Some(Lang::Es), Some(Lang::Und)] {
            let doc = process(text, lang);
            if let Err(e) = invariants::check_document(&doc) {
                panic!("{e}\ntext: {text:?} lang {lang:?}");
            }
        }
        if let Err(e) = invariants::check_folded(text, &Folded::new(text), fold_str) {
            panic!("{e}\ntext: {text:?}");
        }
    }
}
