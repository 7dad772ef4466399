//! The streaming writer of document records (`DocumentView::write_json`) writes exactly what
//! serde_json writes for the built record (`DocumentRecord::from_document`, the schema), for
//! every kind of document, and every line it writes parses back into that record.

use crossclaim_core::record::{DocumentRecord, DocumentView};
use crossclaim_core::{DocMeta, Lang};
use crossclaim_io::RawDoc;
use crossclaim_pipeline::Pipeline;

fn pipeline() -> Pipeline {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons"));
    Pipeline::from_dir(dir).unwrap_or_else(|e| panic!("lexicons: {e}"))
}

fn same_json(p: &Pipeline, raw: RawDoc) -> String {
    let id = raw.id.clone();
    let doc = p.process(raw);
    let built = serde_json::to_string(&DocumentRecord::from_document(&doc))
        .expect("built record serialises");
    let mut streamed = Vec::new();
    DocumentView(&doc)
        .write_json(&mut streamed)
        .expect("writing to a Vec");
    let streamed = String::from_utf8(streamed).expect("the record is UTF-8");
    assert_eq!(built, streamed, "{id}");
    let back: DocumentRecord =
        serde_json::from_str(&streamed).unwrap_or_else(|e| panic!("{id}: {e}"));
    assert_eq!(back, DocumentRecord::from_document(&doc), "{id}");
    built
}

#[test]
fn view_writes_the_built_record() {
    let p = pipeline();
    let corpus = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus"));
    let mut seeds = 0;
    let mut all = String::new();
    for e in std::fs::read_dir(corpus).expect("corpus/ is readable") {
        let path = e.expect("corpus/ entry").path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).expect("seed text is readable");
            all += &same_json(
                &p,
                RawDoc {
                    id: path.display().to_string(),
                    text,
                    lang: None,
                    meta: DocMeta::default(),
                },
            );
            seeds += 1;
        }
    }
    assert!(seeds >= 2);
    let cases = [
        // concepts, quantities, a quote, an ambiguous mention (`iPhone` after a model), meta
        (
            "Russia denied the cyberattack on 3 March 2024, the Kremlin said. \"We did not do it,\" \
             Peskov told reporters. Georgia said 30,000 people were affected. \
             The iPhone 4 sold well; Apple said the iPhone was safe.",
            None,
            true,
        ),
        // a paragraph in another language (foreign span)
        (
            "El Gobierno de España acusó ayer a Rusia de la campaña de desinformación.\n\n\
             Le gouvernement français a démenti toute implication dans cette affaire hier soir, \
             selon un communiqué publié par le ministère des Affaires étrangères à Paris.\n\n\
             Según el ministerio, decenas de miles de personas se vieron afectadas.",
            Some(Lang::Es),
            false,
        ),
        // undetermined: no lists at all, lang_reason and lang_detected
        ("Der Bundestag hat heute ein neues Gesetz beschlossen, sagte der Sprecher.", None, false),
        ("", None, false),
    ];
    for (i, (text, lang, meta)) in cases.into_iter().enumerate() {
        let meta = if meta {
            DocMeta {
                title: Some("t".into()),
                url: Some("https://example.org/a".into()),
                published: Some("2024-03-04".into()),
                source: None,
            }
        } else {
            DocMeta::default()
        };
        all += &same_json(
            &p,
            RawDoc {
                id: format!("case{i}"),
                text: text.into(),
                lang,
                meta,
            },
        );
    }
    // Awkward strings everywhere a string is written: the id (and so each claim id), the meta,
    // and the texts of mentions, quotes and cues (quotes, backslashes, every control character,
    // U+2028, non-ASCII).
    let controls: String = (0u8..0x20).map(char::from).collect();
    all += &same_json(
        &p,
        RawDoc {
            id: format!("odd \"id\\ {controls}\u{2028}ñ"),
            text: format!(
                "Russia denied the \"cyberattack\"\\ on Monday,\tthe Kremlin said.\u{2028} \
                 \"We did not do it {controls},\" Peskov told reporters in Moscow. \
                 Ukraine\u{7f} accused Russia of the attack, officials said."
            ),
            lang: Some(Lang::En),
            meta: DocMeta {
                title: Some(format!("t\"\\{controls}\u{2028}")),
                url: None,
                published: None,
                source: Some("ß \u{1F642}".into()),
            },
        },
    );
    // Every optional part was written at least once, so each branch was compared.
    for field in [
        "\"foreign_spans\"",
        "\"concepts\"",
        "\"quantities\"",
        "\"meta\"",
        "\"lang_reason\"",
        "\"lang_detected\"",
        "\"source_text\"",
        "\"candidates\"",
    ] {
        assert!(all.contains(field), "no document wrote {field}");
    }
}
