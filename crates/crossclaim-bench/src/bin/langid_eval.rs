//! Language identification over external test sets (issue 3).
//!
//! `cargo run --release -p crossclaim-bench --bin langid_eval`
//!
//! English and Spanish items must come out as their language; items in confusable languages
//! (Portuguese, Catalan, Italian, French, Galician, Asturian, Occitan, Romanian) must not be
//! accepted as English or Spanish. Prints, in order:
//!
//! 1. one row per set: accuracy, how often it is accepted as English or Spanish, and why the
//!    `und` ones are `und` (too short, unreliable, unsupported);
//! 2. the lingua Catalan sentences with their crawl noise (lines that are in fact Spanish or
//!    English, judged by reading them) taken out;
//! 3. accuracy by length, which is what `min_letters` rests on;
//! 4. the calibration of the confidence: among accepted items, how many are right;
//! 5. foreign spans (`foreign_spans`) on synthetic mixed documents built from the data (a
//!    sentence of another language inserted as its own paragraph must be found) and on pure
//!    documents (nothing may be listed).
//!
//! `LANGID_SHOW=N` prints up to N failures per set (and per foreign-span test) on stderr, with
//! the evidence behind each decision.

use crossclaim_bench::{data_dir, read_jsonl, read_lines};
use crossclaim_core::{Lang, LangInfo};
use crossclaim_langid::LanguageIdentifier;

/// Lines (1-based) of lingua's `sentences/ca.txt` that are not plain Catalan, judged by reading
/// every line that any detector (this one, whatlang) took for Spanish, English, Galician or
/// Asturian, and skimming the rest: `es` Spanish, `en` English, `mixed` Catalan with a Spanish
/// or English part, `names` only names, addresses or numbers, `both` reads the same in Catalan
/// and Spanish (`Editorial Planeta.`), `other` another language. Catalan lines with Spanish or
/// English names in them are Catalan.
const LINGUA_CA_NOT_CATALAN: &[(usize, &str)] = &[
    (5, "es"),
    (10, "es"),
    (13, "es"),
    (25, "en"),
    (36, "en"),
    (40, "es"),
    (44, "es"),
    (49, "es"),
    (50, "es"),
    (72, "es"),
    (87, "es"),
    (115, "es"),
    (120, "mixed"),
    (125, "es"),
    (137, "names"),
    (153, "en"),
    (180, "en"),
    (197, "es"),
    (205, "names"),
    (217, "both"),
    (222, "both"),
    (229, "es"),
    (233, "es"),
    (243, "both"),
    (244, "es"),
    (247, "es"),
    (259, "es"),
    (278, "mixed"),
    (282, "names"),
    (294, "names"),
    (298, "en"),
    (301, "es"),
    (303, "en"),
    (313, "both"),
    (315, "en"),
    (317, "en"),
    (320, "names"),
    (324, "es"),
    (334, "es"),
    (359, "es"),
    (362, "es"),
    (373, "es"),
    (391, "names"),
    (411, "es"),
    (427, "mixed"),
    (443, "en"),
    (450, "en"),
    (453, "es"),
    (454, "es"),
    (475, "es"),
    (513, "names"),
    (524, "es"),
    (537, "es"),
    (539, "en"),
    (544, "es"),
    (559, "es"),
    (565, "es"),
    (607, "es"),
    (625, "es"),
    (630, "other"),
    (660, "es"),
    (680, "es"),
    (710, "names"),
    (722, "names"),
    (724, "es"),
    (728, "names"),
    (730, "es"),
    (758, "es"),
    (771, "es"),
    (773, "mixed"),
    (781, "mixed"),
    (825, "es"),
    (862, "es"),
    (873, "es"),
    (891, "es"),
    (895, "es"),
    (933, "es"),
    (934, "es"),
    (938, "other"),
    (947, "es"),
    (949, "en"),
    (954, "es"),
    (983, "es"),
];

/// Documents of the Arab Spring Spanish set that are not Spanish, judged by reading them, with
/// their language: they are scored as that language.
const ARAB_ES_NOT_SPANISH: &[(&str, &str)] = &[("es-yemen-2011-05-27-ext_74", "en")];

#[derive(Default)]
struct Row {
    set: String,
    expect: &'static str,
    n: usize,
    correct: usize,
    as_en: usize,
    as_es: usize,
    short: usize,
    unreliable: usize,
    unsupported: usize,
}

fn show_limit() -> usize {
    std::env::var("LANGID_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn is_ok(expect: &str, got: Lang) -> bool {
    match expect {
        "en" => got == Lang::En,
        "es" => got == Lang::Es,
        _ => got == Lang::Und,
    }
}

/// Per-item outcome, kept for the length and calibration reports.
struct Outcome {
    letters: usize,
    expect: &'static str,
    info: LangInfo,
}

/// The language an item really is, for the calibration: the set's, except lingua's Catalan
/// lines that are Spanish or English.
fn true_expect(set: &str, index: usize, expect: &'static str) -> &'static str {
    if set == "lingua sentences ca" {
        match LINGUA_CA_NOT_CATALAN.iter().find(|(l, _)| *l == index + 1) {
            Some((_, "es")) => return "es",
            Some((_, "en")) => return "en",
            _ => {}
        }
    }
    expect
}

fn score(
    id: &LanguageIdentifier,
    set: &str,
    expect: &'static str,
    items: &[String],
    outcomes: &mut Vec<Outcome>,
) -> Row {
    let mut row = Row {
        set: set.to_owned(),
        expect,
        n: items.len(),
        ..Row::default()
    };
    let show = show_limit();
    let mut shown = 0;
    for (index, t) in items.iter().enumerate() {
        let info = id.identify(t);
        match info.lang {
            Lang::En => row.as_en += 1,
            Lang::Es => row.as_es += 1,
            Lang::Und => {
                let r = info.reason.as_deref().unwrap_or("");
                if r.starts_with("too short") {
                    row.short += 1;
                } else if r.starts_with("unreliable") {
                    row.unreliable += 1;
                } else {
                    row.unsupported += 1;
                }
            }
        }
        let ok = is_ok(expect, info.lang);
        row.correct += usize::from(ok);
        if !ok && shown < show {
            shown += 1;
            eprintln!(
                "[{set}] {} {:.2} {:?} {:?}: {}\n      {}",
                info.lang,
                info.confidence,
                info.detected,
                info.reason,
                t.chars().take(160).collect::<String>(),
                id.explain(t)
            );
        }
        outcomes.push(Outcome {
            letters: t.chars().filter(|c| c.is_alphabetic()).count(),
            expect: true_expect(set, index, expect),
            info,
        });
    }
    row
}

/// `LANGID_SET=prior=0.5,whatlang_weight=2` changes the identifier's settings, to measure what
/// each costs.
fn tweak(id: &mut LanguageIdentifier) {
    let Ok(set) = std::env::var("LANGID_SET") else {
        return;
    };
    for kv in set.split(',').filter(|kv| !kv.is_empty()) {
        let Some((k, v)) = kv.split_once('=') else {
            eprintln!("LANGID_SET: '{kv}' is not name=value");
            std::process::exit(2);
        };
        let f: f64 = v.parse().unwrap_or_else(|_| {
            eprintln!("LANGID_SET: '{v}' is not a number");
            std::process::exit(2);
        });
        let n = f as usize;
        match k {
            "max_bytes" => id.max_bytes = n,
            "first_bytes" => id.first_bytes = n,
            "min_letters" => id.min_letters = n,
            "whatlang_bytes" => id.whatlang_bytes = n,
            "prior" => id.prior = f,
            "min_margin" => id.min_margin = f,
            "min_evidence" => id.min_evidence = f,
            "decisive_margin" => id.decisive_margin = f,
            "decisive_coverage" => id.decisive_coverage = f,
            "min_coverage" => id.min_coverage = f,
            "whatlang_weight" => id.whatlang_weight = f,
            "confidence_scale" => id.confidence_scale = f,
            "span_min_letters" => id.span_min_letters = n,
            "span_min_confidence" => id.span_min_confidence = f,
            "span_min_lead" => id.span_min_lead = f,
            "span_min_coverage" => id.span_min_coverage = f,
            "confidence_offset" => id.confidence_offset = f,
            "title_min_coverage" => id.title_min_coverage = f,
            _ => {
                eprintln!("LANGID_SET: no setting '{k}'");
                std::process::exit(2);
            }
        }
        eprintln!("langid_eval: {k} = {v}");
    }
}

fn pct(x: usize, n: usize) -> f64 {
    100.0 * x as f64 / n.max(1) as f64
}

fn print_rows(rows: &[Row]) {
    println!(
        "{:<34} {:>6} {:>6} {:>9} {:>7} {:>7} {:>7} {:>7} {:>7}",
        "set", "expect", "n", "accuracy", "as en", "as es", "short", "unrel", "unsupp"
    );
    for r in rows {
        println!(
            "{:<34} {:>6} {:>6} {:>8.1}% {:>6.1}% {:>6.1}% {:>6.1}% {:>6.1}% {:>6.1}%",
            r.set,
            r.expect,
            r.n,
            pct(r.correct, r.n),
            pct(r.as_en, r.n),
            pct(r.as_es, r.n),
            pct(r.short, r.n),
            pct(r.unreliable, r.n),
            pct(r.unsupported, r.n),
        );
    }
}

fn main() {
    let data = match data_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("langid_eval: {e}");
            std::process::exit(2);
        }
    };
    let mut id = match LanguageIdentifier::from_file(
        &crossclaim_bench::lexicons().join("langid/function_words.txt"),
    ) {
        Ok(id) => id,
        Err(e) => {
            eprintln!("langid_eval: {e}");
            std::process::exit(2);
        }
    };
    tweak(&mut id);
    let mut sentence_outcomes = Vec::new();
    let mut other_outcomes = Vec::new();
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
            let sink = if kind == "sentences" {
                &mut sentence_outcomes
            } else {
                &mut other_outcomes
            };
            rows.push(score(
                &id,
                &format!("lingua {kind} {code}"),
                expect,
                &items,
                sink,
            ));
        }
    }
    let ud = data.join("sbd/ud_sentences");
    let pud = read_jsonl(&ud.join("pud_en_es_parallel.jsonl"));
    let field = |f: &str| {
        pud.iter()
            .map(|v| v[f].as_str().unwrap_or_default().to_owned())
            .collect::<Vec<_>>()
    };
    let (pud_en, pud_es) = (field("en"), field("es"));
    let so = &mut sentence_outcomes;
    rows.push(score(&id, "UD PUD en sentences", "en", &pud_en, so));
    rows.push(score(&id, "UD PUD es sentences", "es", &pud_es, so));
    let gsd = read_lines(&ud.join("es_gsd-ud-test.sentences.txt"));
    rows.push(score(&id, "UD GSD es sentences", "es", &gsd, so));
    let gl = data.join("langid/galician_sentences_ud");
    let mut galician = read_lines(&gl.join("gl_treegal-ud-test.sentences.txt"));
    galician.extend(read_lines(&gl.join("gl_ctg-ud-test.sentences.txt")));
    rows.push(score(&id, "UD Galician sentences", "und", &galician, so));
    let udhr = data.join("langid/udhr_confusable_langs");
    let oo = &mut other_outcomes;
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
            oo,
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
    let mut arab_es = Vec::new();
    let mut arab_not_es = Vec::new();
    for v in read_jsonl(&news.join("es_articles.jsonl")) {
        let text = v["text"].as_str().unwrap_or_default().to_owned();
        let doc_id = v["id"].as_str().unwrap_or_default();
        match ARAB_ES_NOT_SPANISH.iter().find(|(d, _)| *d == doc_id) {
            Some((d, lang)) => arab_not_es.push((*d, *lang, text)),
            None => arab_es.push(text),
        }
    }
    let arab_fr = texts("fr_it_articles_sample.jsonl", "fr");
    let arab_it = texts("fr_it_articles_sample.jsonl", "it");
    rows.push(score(&id, "Arab Spring es documents", "es", &arab_es, oo));
    for (doc_id, lang, text) in &arab_not_es {
        let expect = if *lang == "en" { "en" } else { "und" };
        rows.push(score(
            &id,
            &format!("  ({lang}) {doc_id}"),
            expect,
            std::slice::from_ref(text),
            oo,
        ));
    }
    rows.push(score(&id, "Arab Spring fr documents", "und", &arab_fr, oo));
    rows.push(score(&id, "Arab Spring it documents", "und", &arab_it, oo));
    print_rows(&rows);

    catalan_noise(&id, &read_lines(&lingua.join("sentences/ca.txt")));
    by_length(&sentence_outcomes);
    calibration(&sentence_outcomes, &other_outcomes);

    let throughput = data.join("news/throughput_en_es");
    let docs = |f: &str| -> Vec<String> {
        read_jsonl(&throughput.join(f))
            .iter()
            .map(|v| v["text"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    let bbc = docs("en_bbc_news_2004_2005.jsonl");
    let efe = docs("es_conll2002_efe_newswire.jsonl");
    let inserts = Inserts {
        pud_en: &pud_en,
        pud_es: &pud_es,
        galician: &galician,
        lingua: |code: &str| read_lines(&lingua.join("sentences").join(format!("{code}.txt"))),
    };
    foreign_span_report(
        &id,
        &arab_es,
        &bbc,
        &efe,
        &docs("en_abc_australia_2006.jsonl"),
        &docs("es_fakenews_corpus_spanish.jsonl"),
        &inserts,
    );
}

/// Lingua's Catalan file holds some Spanish and English lines (crawl noise). The raw rate
/// counts every line; the corrected one leaves out the lines judged not Catalan.
fn catalan_noise(id: &LanguageIdentifier, ca: &[String]) {
    // `read_lines` drops blank lines; lingua's files have none, so index + 1 is the line.
    let kinds = ["es", "en", "mixed", "names", "both", "other"];
    let mut lines = [0usize; 6];
    let mut accepted_of = [0usize; 6];
    let mut accepted_catalan = 0;
    let show = show_limit();
    let mut shown = 0;
    for (i, t) in ca.iter().enumerate() {
        let kind = LINGUA_CA_NOT_CATALAN
            .iter()
            .find(|(l, _)| *l == i + 1)
            .and_then(|(_, j)| kinds.iter().position(|k| k == j));
        if let Some(k) = kind {
            lines[k] += 1;
        }
        let info = id.identify(t);
        if info.lang == Lang::Und {
            continue;
        }
        match kind {
            Some(k) => accepted_of[k] += 1,
            None => {
                accepted_catalan += 1;
                if shown < show {
                    shown += 1;
                    eprintln!(
                        "[ca accepted, judged Catalan] line {}: {} {t}",
                        i + 1,
                        info.lang
                    );
                }
            }
        }
    }
    let accepted = accepted_catalan + accepted_of.iter().sum::<usize>();
    let plain = ca.len() - lines.iter().sum::<usize>();
    println!();
    println!("lingua sentences ca, crawl noise judged by reading (LINGUA_CA_NOT_CATALAN):");
    print!("  lines of each kind:");
    for (k, name) in kinds.iter().enumerate() {
        print!(" {name} {}", lines[k]);
    }
    println!("; plain Catalan {plain}");
    print!(
        "  accepted as en/es: raw {accepted}/{} = {:.1}%; of them",
        ca.len(),
        pct(accepted, ca.len())
    );
    for (k, name) in kinds.iter().enumerate() {
        print!(" {name} {}", accepted_of[k]);
    }
    println!(", plain Catalan {accepted_catalan}");
    let wo = ca.len() - lines[0] - lines[1];
    let acc_wo = accepted - accepted_of[0] - accepted_of[1];
    println!(
        "  without the Spanish and English lines: {acc_wo}/{wo} = {:.1}% accepted",
        pct(acc_wo, wo)
    );
    println!(
        "  plain Catalan lines only: {accepted_catalan}/{plain} = {:.1}% accepted \
         (with `both`: {}/{} = {:.1}%)",
        pct(accepted_catalan, plain),
        accepted_catalan + accepted_of[4],
        plain + lines[4],
        pct(accepted_catalan + accepted_of[4], plain + lines[4])
    );
}

fn by_length(outcomes: &[Outcome]) {
    println!();
    println!("sentences by length in letters (all sentence sets): accuracy of en/es items, and");
    println!("how often confusable items are accepted as en/es");
    println!(
        "{:<10} {:>7} {:>9} {:>7} {:>10}",
        "letters", "en/es n", "accuracy", "conf n", "accepted"
    );
    let buckets = [
        (0, 12),
        (12, 20),
        (20, 30),
        (30, 50),
        (50, 100),
        (100, usize::MAX),
    ];
    for (lo, hi) in buckets {
        let inb: Vec<&Outcome> = outcomes
            .iter()
            .filter(|o| o.letters >= lo && o.letters < hi)
            .collect();
        let sup: Vec<&&Outcome> = inb.iter().filter(|o| o.expect != "und").collect();
        let conf: Vec<&&Outcome> = inb.iter().filter(|o| o.expect == "und").collect();
        let right = sup.iter().filter(|o| is_ok(o.expect, o.info.lang)).count();
        let acc = conf.iter().filter(|o| o.info.lang != Lang::Und).count();
        let name = if hi == usize::MAX {
            format!("{lo}+")
        } else {
            format!("{lo}-{}", hi - 1)
        };
        println!(
            "{name:<10} {:>7} {:>8.1}% {:>7} {:>9.1}%",
            sup.len(),
            pct(right, sup.len()),
            conf.len(),
            pct(acc, conf.len())
        );
    }
}

/// Among items accepted as en or es, the share that is right, by confidence.
fn calibration(sentences: &[Outcome], others: &[Outcome]) {
    println!();
    println!("confidence of accepted items (en/es) against their accuracy (sentences; then with");
    println!("the word pairs, single words and documents; lingua's Spanish and English Catalan");
    println!("lines count as Spanish and English here)");
    println!(
        "{:<12} {:>7} {:>9} {:>8} {:>9}",
        "confidence", "n", "right", "mean", "(+pairs)"
    );
    let bins = [0.0, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1.01];
    for w in bins.windows(2) {
        let (lo, hi) = (w[0], w[1]);
        let pick = |set: &[Outcome]| -> (usize, usize, f64) {
            let inb: Vec<&Outcome> = set
                .iter()
                .filter(|o| o.info.lang != Lang::Und)
                .filter(|o| o.info.confidence >= lo && o.info.confidence < hi)
                .collect();
            let right = inb.iter().filter(|o| is_ok(o.expect, o.info.lang)).count();
            let mean = inb.iter().map(|o| o.info.confidence).sum::<f64>() / inb.len().max(1) as f64;
            (inb.len(), right, mean)
        };
        let (n, right, mean) = pick(sentences);
        let (n2, right2, _) = pick(others);
        println!(
            "[{lo:.3},{:.3}) {n:>6} {:>8.1}% {mean:>8.3} {:>8.1}%",
            hi.min(1.0),
            pct(right, n),
            pct(right + right2, n + n2)
        );
    }
}

struct Inserts<'a, F: Fn(&str) -> Vec<String>> {
    pud_en: &'a [String],
    pud_es: &'a [String],
    galician: &'a [String],
    lingua: F,
}

/// Counts of one foreign-span test.
#[derive(Default)]
struct SpanRow {
    docs: usize,
    judged: usize,
    found: usize,
    right_label: usize,
    too_short: usize,
    other_spans: usize,
    docs_with_other: usize,
    doc_lang_kept: usize,
}

/// Inserts `sentence` as its own paragraph in the middle of `doc`; returns the text and the
/// inserted sentence's byte span.
fn insert_paragraph(doc: &str, sentence: &str) -> (String, usize, usize) {
    let breaks: Vec<usize> = doc.match_indices('\n').map(|(i, _)| i).collect();
    let at = if breaks.is_empty() {
        doc.len()
    } else {
        breaks[breaks.len() / 2]
    };
    let sentence = sentence.trim();
    let mut text = String::with_capacity(doc.len() + sentence.len() + 4);
    text.push_str(&doc[..at]);
    text.push_str("\n\n");
    let start = text.len();
    text.push_str(sentence);
    let end = text.len();
    text.push_str("\n\n");
    text.push_str(doc[at..].trim_start_matches('\n'));
    (text, start, end)
}

#[allow(clippy::too_many_arguments)]
fn span_test(
    id: &LanguageIdentifier,
    name: &str,
    docs: &[String],
    doc_lang: Lang,
    sentences: &[String],
    want: &str,
) -> SpanRow {
    let mut row = SpanRow::default();
    let show = show_limit();
    let mut shown = 0;
    for (i, doc) in docs.iter().enumerate() {
        if sentences.is_empty() {
            break;
        }
        let sentence = &sentences[(i * 7) % sentences.len()];
        let (text, start, end) = insert_paragraph(doc, sentence);
        row.docs += 1;
        let letters = sentence.chars().filter(|c| c.is_alphabetic()).count();
        let judged = letters >= id.span_min_letters;
        row.judged += usize::from(judged);
        row.too_short += usize::from(!judged);
        let spans = id.foreign_spans(&text, doc_lang);
        let mut found = false;
        let mut others = 0;
        for (span, info) in &spans {
            if span.start == start && span.end == end {
                found = true;
                let label = match info.lang {
                    Lang::Und => info.detected.as_deref().unwrap_or("und"),
                    l => l.code(),
                };
                row.right_label += usize::from(label == want);
            } else {
                others += 1;
                if shown < show {
                    shown += 1;
                    eprintln!(
                        "[{name}] extra span {:?}: {}",
                        info,
                        text[span.start..span.end]
                            .chars()
                            .take(160)
                            .collect::<String>()
                    );
                }
            }
        }
        if judged && found {
            row.found += 1;
        } else if judged && shown < show {
            shown += 1;
            eprintln!("[{name}] missed: {} | {}", sentence, id.explain(sentence));
        }
        row.other_spans += others;
        row.docs_with_other += usize::from(others > 0);
        row.doc_lang_kept += usize::from(id.identify(&text).lang == doc_lang);
    }
    row
}

fn pure_test(id: &LanguageIdentifier, name: &str, docs: &[String], doc_lang: Lang) -> SpanRow {
    let mut row = SpanRow::default();
    let show = show_limit();
    let mut shown = 0;
    for doc in docs {
        row.docs += 1;
        let spans = id.foreign_spans(doc, doc_lang);
        row.other_spans += spans.len();
        row.docs_with_other += usize::from(!spans.is_empty());
        for (span, info) in &spans {
            if shown < show {
                shown += 1;
                eprintln!(
                    "[{name}] span {} {:?} {:.2}: {}",
                    info.lang,
                    info.detected,
                    info.confidence,
                    doc[span.start..span.end]
                        .chars()
                        .take(160)
                        .collect::<String>()
                );
            }
        }
    }
    row
}

fn foreign_span_report<F: Fn(&str) -> Vec<String>>(
    id: &LanguageIdentifier,
    arab_es: &[String],
    bbc: &[String],
    efe: &[String],
    abc: &[String],
    fakenews: &[String],
    ins: &Inserts<'_, F>,
) {
    println!();
    println!(
        "foreign spans on synthetic mixed documents: one sentence inserted as its own paragraph \
         in the middle of each document; judged = inserted sentences of at least {} letters",
        id.span_min_letters
    );
    println!(
        "{:<44} {:>5} {:>6} {:>7} {:>7} {:>7} {:>8} {:>8}",
        "test", "docs", "judged", "found", "label", "extra", "x docs", "doc kept"
    );
    println!(
        "(found: of the judged; label: of the found, the right language; extra: other spans \
         listed, in the Arab Spring posts mostly their own quotations, see below; doc kept: \
         identify still gives the document's language)"
    );
    let mut rows: Vec<(String, SpanRow)> = Vec::new();
    let (pt, ca, it, fr) = (
        (ins.lingua)("pt"),
        (ins.lingua)("ca"),
        (ins.lingua)("it"),
        (ins.lingua)("fr"),
    );
    /// (name, first part, its language, second part, what is expected).
    type Mixed<'a> = (&'a str, &'a [String], Lang, &'a [String], &'a str);
    let tests: Vec<Mixed> = vec![
        (
            "es news + PUD en sentence",
            arab_es,
            Lang::Es,
            ins.pud_en,
            "en",
        ),
        (
            "es EFE wire + PUD en sentence",
            efe,
            Lang::Es,
            ins.pud_en,
            "en",
        ),
        (
            "en BBC news + PUD es sentence",
            bbc,
            Lang::En,
            ins.pud_es,
            "es",
        ),
        (
            "es news + Galician sentence",
            arab_es,
            Lang::Es,
            ins.galician,
            "glg",
        ),
        (
            "es news + lingua pt sentence",
            arab_es,
            Lang::Es,
            &pt,
            "por",
        ),
        (
            "es news + lingua ca sentence",
            arab_es,
            Lang::Es,
            &ca,
            "cat",
        ),
        (
            "es news + lingua it sentence",
            arab_es,
            Lang::Es,
            &it,
            "ita",
        ),
        (
            "es news + lingua fr sentence",
            arab_es,
            Lang::Es,
            &fr,
            "fra",
        ),
    ];
    for (name, docs, lang, sentences, want) in tests {
        rows.push((
            name.to_owned(),
            span_test(id, name, docs, lang, sentences, want),
        ));
    }
    for (name, row) in &rows {
        println!(
            "{:<44} {:>5} {:>6} {:>6.1}% {:>6.1}% {:>7} {:>8} {:>7.1}%",
            name,
            row.docs,
            row.judged,
            pct(row.found, row.judged),
            pct(row.right_label, row.found),
            row.other_spans,
            row.docs_with_other,
            pct(row.doc_lang_kept, row.docs)
        );
    }
    println!();
    println!("foreign spans on the documents as they are (pure newswire must list none; the");
    println!("Arab Spring posts quote tweets and English sources, so spans there may be right)");
    println!(
        "{:<44} {:>5} {:>7} {:>8}",
        "set", "docs", "spans", "docs w/"
    );
    for (name, docs, lang) in [
        ("en BBC news", bbc, Lang::En),
        ("en ABC news", abc, Lang::En),
        ("es EFE newswire", efe, Lang::Es),
        ("es fake-news corpus", fakenews, Lang::Es),
        ("es Arab Spring posts", arab_es, Lang::Es),
    ] {
        let row = pure_test(id, name, docs, lang);
        println!(
            "{:<44} {:>5} {:>7} {:>8}",
            name, row.docs, row.other_spans, row.docs_with_other
        );
    }
}
