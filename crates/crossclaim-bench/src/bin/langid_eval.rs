//! Language identification over external test sets (issue 3).
//!
//! `cargo run --release -p crossclaim-bench --bin langid_eval`
//!
//! English and Spanish items must come out as their language; items in confusable languages
//! (Portuguese, Catalan, Italian, French, Galician, Asturian, Occitan, Romanian) must not be
//! accepted as English or Spanish. Prints one row per set.

use crossclaim_bench::{data_dir, read_jsonl, read_lines};
use crossclaim_core::Lang;
use crossclaim_langid::LanguageIdentifier;

struct Row {
    set: String,
    expect: &'static str,
    n: usize,
    correct: usize,
    as_en: usize,
    as_es: usize,
}

fn score(id: &LanguageIdentifier, set: &str, expect: &'static str, items: &[String]) -> Row {
    let mut row = Row {
        set: set.to_owned(),
        expect,
        n: items.len(),
        correct: 0,
        as_en: 0,
        as_es: 0,
    };
    let show: usize = std::env::var("LANGID_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut shown = 0;
    for t in items {
        let info = id.identify(t);
        let got = info.lang;
        match got {
            Lang::En => row.as_en += 1,
            Lang::Es => row.as_es += 1,
            Lang::Und => {}
        }
        let ok = match expect {
            "en" => got == Lang::En,
            "es" => got == Lang::Es,
            _ => got == Lang::Und,
        };
        row.correct += usize::from(ok);
        if !ok && shown < show {
            shown += 1;
            eprintln!(
                "[{set}] {:?} {:?}: {}",
                info.detected,
                info.reason,
                t.chars().take(150).collect::<String>()
            );
        }
    }
    row
}

fn main() {
    let data = match data_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("langid_eval: {e}");
            std::process::exit(2);
        }
    };
    let id = match LanguageIdentifier::from_file(
        &crossclaim_bench::lexicons().join("langid/function_words.txt"),
    ) {
        Ok(id) => id,
        Err(e) => {
            eprintln!("langid_eval: {e}");
            std::process::exit(2);
        }
    };
    let lingua = data.join("langid/lingua_language_testdata");
    let mut rows = Vec::new();
    for kind in ["sentences", "word-pairs", "single-words"] {
        for (code, expect) in [
            ("en", "en"),
            ("es", "es"),
            ("pt", "und"),
            ("ca", "und"),
            ("it", "und"),
            ("fr", "und"),
        ] {
            let items = read_lines(&lingua.join(kind).join(format!("{code}.txt")));
            rows.push(score(&id, &format!("lingua {kind} {code}"), expect, &items));
        }
    }
    let ud = data.join("sbd/ud_sentences");
    let pud = read_jsonl(&ud.join("pud_en_es_parallel.jsonl"));
    let field = |f: &str| {
        pud.iter()
            .map(|v| v[f].as_str().unwrap_or_default().to_owned())
            .collect::<Vec<_>>()
    };
    rows.push(score(&id, "UD PUD en sentences", "en", &field("en")));
    rows.push(score(&id, "UD PUD es sentences", "es", &field("es")));
    rows.push(score(
        &id,
        "UD GSD es sentences",
        "es",
        &read_lines(&ud.join("es_gsd-ud-test.sentences.txt")),
    ));
    let gl = data.join("langid/galician_sentences_ud");
    let mut galician = read_lines(&gl.join("gl_treegal-ud-test.sentences.txt"));
    galician.extend(read_lines(&gl.join("gl_ctg-ud-test.sentences.txt")));
    rows.push(score(&id, "UD Galician sentences", "und", &galician));
    let udhr = data.join("langid/udhr_confusable_langs");
    for (file, expect) in [
        ("eng", "en"),
        ("spa", "es"),
        ("por_PT", "und"),
        ("por_BR", "und"),
        ("glg", "und"),
        ("cat", "und"),
        ("ast", "und"),
        ("prv", "und"),
        ("ita", "und"),
        ("fra", "und"),
        ("ron_2006", "und"),
    ] {
        let text = std::fs::read_to_string(udhr.join(format!("{file}.txt"))).unwrap_or_default();
        rows.push(score(
            &id,
            &format!("UDHR document {file}"),
            expect,
            &[text],
        ));
    }
    let news = data.join("news/arab_spring_es");
    let texts = |f: &str, lang: &str| -> Vec<String> {
        read_jsonl(&news.join(f))
            .iter()
            .filter(|v| v["lang"] == lang)
            .map(|v| v["text"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    rows.push(score(
        &id,
        "Arab Spring es documents",
        "es",
        &texts("es_articles.jsonl", "es"),
    ));
    rows.push(score(
        &id,
        "Arab Spring fr documents",
        "und",
        &texts("fr_it_articles_sample.jsonl", "fr"),
    ));
    rows.push(score(
        &id,
        "Arab Spring it documents",
        "und",
        &texts("fr_it_articles_sample.jsonl", "it"),
    ));

    println!(
        "{:<34} {:>6} {:>6} {:>9} {:>8} {:>8}",
        "set", "expect", "n", "accuracy", "as en", "as es"
    );
    for r in &rows {
        let pct = |x: usize| 100.0 * x as f64 / r.n.max(1) as f64;
        println!(
            "{:<34} {:>6} {:>6} {:>8.1}% {:>7.1}% {:>7.1}%",
            r.set,
            r.expect,
            r.n,
            pct(r.correct),
            pct(r.as_en),
            pct(r.as_es)
        );
    }
}
