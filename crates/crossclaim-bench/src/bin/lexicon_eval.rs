//! Entity lexicons and matching against external gold (issue 5).
//!
//! `cargo run --release -p crossclaim-bench --bin lexicon_eval`
//!
//! - **seeds**: the whole pipeline over the bundled `corpus/*.txt`, scored against
//!   `corpus/gold` as `crossclaim eval` does: mentions (lenient F1) and linking (pairwise F1).
//! - **MEANTIME** (`news/meantime_en_es`): 120 English Wikinews articles and their Spanish
//!   translations, whose entity mentions carry instance IDs shared across documents and
//!   languages. Gold token ids are mapped to byte spans through the article tokens. Each mention
//!   the lexicon finds is matched one-to-one to the gold mention it overlaps most; over the
//!   matched pairs, both languages together, pairwise agreement of "same entity" (SPEC §6
//!   linking): found mentions that share a gold instance must share a crossclaim ID and the
//!   other way round.
//! - **CoNLL-2002** Spanish (EFE wire) and **IE-ER** English (NYT, APW): precision of what the
//!   lexicon finds, a found mention counting as right when it overlaps a gold entity (PER, ORG,
//!   LOC, MISC / PERSON, ORGANIZATION, LOCATION). Neither scheme annotates demonyms or generic
//!   groups (`español`, `American`, `the international community` are plain words there), so the
//!   main figure counts mentions of the named types (GPE ORG PER LOC PRODUCT EVENT); the figure
//!   over all types is printed beside it. Coverage (gold entities overlapped) is shown for
//!   information.
//!
//! `LEXICON_SHOW=N` prints the N costliest linking confusions and false positives.

use std::collections::HashMap;
use std::path::Path;

use crossclaim_bench::{data_dir, lexicons, read_jsonl};
use crossclaim_core::record::DocumentRecord;
use crossclaim_core::{EntityType, Lang, Span};
use crossclaim_eval::{match_overlapping, pairwise};
use crossclaim_io::RawDoc;
use crossclaim_lexicon::EntityLexicon;
use crossclaim_pipeline::Pipeline;

fn main() {
    let data = match data_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("lexicon_eval: {e}");
            std::process::exit(2);
        }
    };
    let show: usize = std::env::var("LEXICON_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let lex = match EntityLexicon::from_dir(&lexicons().join("entities")) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("lexicon_eval: {e}");
            std::process::exit(2);
        }
    };
    println!(
        "lexicon_eval: {} entities, {} forms",
        lex.len(),
        lex.form_count()
    );
    println!();
    println!(
        "{:<40} {:>6} {:>7} {:>7} {:>7} {:>7} {:>7}  floor",
        "set / measure", "docs", "n", "P", "R", "F1", "cover"
    );
    seeds();
    meantime(&lex, &data.join("news/meantime_en_es"), show);
    let conll: Vec<NerDoc> = ["esp.testa", "esp.testb", "esp.train"]
        .iter()
        .flat_map(|f| conll_docs(&data.join("ner/conll2002_es").join(f)))
        .collect();
    ner(&lex, "CoNLL-2002 es", &conll, Lang::Es, show);
    let ieer = ieer_docs(&data.join("ner/ieer_en"));
    ner(&lex, "IE-ER en", &ieer, Lang::En, show);
}

fn row(name: &str, docs: usize, n: usize, p: Option<f64>, r: Option<f64>, f: Option<f64>) {
    row_cover(name, docs, n, p, r, f, None, "");
}

#[allow(clippy::too_many_arguments)]
fn row_cover(
    name: &str,
    docs: usize,
    n: usize,
    p: Option<f64>,
    r: Option<f64>,
    f: Option<f64>,
    cover: Option<f64>,
    floor: &str,
) {
    let x = |v: Option<f64>| v.map_or("".to_owned(), |v| format!("{v:.3}"));
    println!(
        "{:<40} {:>6} {:>7} {:>7} {:>7} {:>7} {:>7}  {}",
        name,
        docs,
        n,
        x(p),
        x(r),
        x(f),
        x(cover),
        floor
    );
}

// ---------------------------------------------------------------------------------------------
// Seeds: the bundled corpus and its gold, through the whole pipeline.

fn seeds() {
    let root = lexicons().join("..");
    let pipeline = match Pipeline::from_dir(&lexicons()) {
        Ok(p) => p,
        Err(e) => {
            println!("seeds: not scored, the pipeline cannot be built: {e}");
            return;
        }
    };
    let paths = crossclaim_bench::files_with_ext(&root.join("corpus"), "txt").unwrap_or_default();
    let docs: Vec<_> = paths
        .iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let id = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            pipeline.process(RawDoc {
                id,
                text,
                lang: None,
                meta: Default::default(),
            })
        })
        .collect();
    let preds: Vec<DocumentRecord> = docs.iter().map(DocumentRecord::from_document).collect();
    let (gold, align) = match crossclaim_eval::load_gold_dir(&root.join("corpus/gold")) {
        Ok(g) => g,
        Err(e) => {
            println!("seeds: not scored: {e}");
            return;
        }
    };
    let report = crossclaim_eval::evaluate(&gold, &align, &preds, &[]);
    let all = report.by_lang.get("all").cloned().unwrap_or_default();
    let m = all.mentions_lenient;
    row_cover(
        "seeds: mentions (lenient)",
        gold.len(),
        m.tp + m.fn_,
        Some(m.precision()),
        Some(m.recall()),
        Some(m.f1()),
        None,
        "F1 >= 0.95",
    );
    let s = all.mentions_strict;
    row(
        "seeds: mentions (strict)",
        gold.len(),
        s.tp + s.fn_,
        Some(s.precision()),
        Some(s.recall()),
        Some(s.f1()),
    );
    let l = report.linking;
    row_cover(
        "seeds: linking (pairwise)",
        gold.len(),
        l.tp + l.fn_,
        Some(l.precision()),
        Some(l.recall()),
        Some(l.f1()),
        None,
        "F1 >= 0.98",
    );
}

// ---------------------------------------------------------------------------------------------
// Matching and pairwise agreement.

fn c2(n: usize) -> usize {
    n * n.saturating_sub(1) / 2
}

/// The costliest confusions: predicted IDs that merge gold instances (false pairs) and gold
/// instances split over predicted IDs (missed pairs), with the surfaces seen.
fn show_confusions(
    pairs: &[(String, String, String)],
    gold_names: &HashMap<String, String>,
    n: usize,
) {
    let mut by_pred: HashMap<&str, HashMap<&str, Vec<&str>>> = HashMap::new();
    let mut by_gold: HashMap<&str, HashMap<&str, Vec<&str>>> = HashMap::new();
    for (g, p, s) in pairs {
        by_pred.entry(p).or_default().entry(g).or_default().push(s);
        by_gold.entry(g).or_default().entry(p).or_default().push(s);
    }
    let cost = |m: &HashMap<&str, Vec<&str>>| {
        let total: usize = m.values().map(Vec::len).sum();
        c2(total) - m.values().map(|v| c2(v.len())).sum::<usize>()
    };
    let name = |g: &str| gold_names.get(g).cloned().unwrap_or_default();
    let sample = |v: &[&str]| {
        let mut u: Vec<&str> = v.to_vec();
        u.sort();
        u.dedup();
        u.into_iter().take(4).collect::<Vec<_>>().join(" | ")
    };
    let mut merged: Vec<_> = by_pred.iter().map(|(p, m)| (cost(m), *p, m)).collect();
    merged.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    println!("  predicted IDs merging gold instances (false pairs):");
    for (c, p, m) in merged.iter().take(n).filter(|x| x.0 > 0) {
        let mut parts: Vec<_> = m.iter().collect();
        parts.sort_by_key(|(_, v)| std::cmp::Reverse(v.len()));
        let parts: Vec<String> = parts
            .iter()
            .take(
                std::env::var("LEXICON_PARTS")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(4),
            )
            .map(|(g, v)| format!("{}×{} [{}]", v.len(), name(g), sample(v)))
            .collect();
        println!("    {c:>7} {p}: {}", parts.join("; "));
    }
    let mut split: Vec<_> = by_gold.iter().map(|(g, m)| (cost(m), *g, m)).collect();
    split.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    println!("  gold instances split over predicted IDs (missed pairs):");
    for (c, g, m) in split.iter().take(n).filter(|x| x.0 > 0) {
        let mut parts: Vec<_> = m.iter().collect();
        parts.sort_by_key(|(_, v)| std::cmp::Reverse(v.len()));
        let parts: Vec<String> = parts
            .iter()
            .take(4)
            .map(|(p, v)| format!("{}×{p} [{}]", v.len(), sample(v)))
            .collect();
        println!("    {c:>7} {}: {}", name(g), parts.join("; "));
    }
}

// ---------------------------------------------------------------------------------------------
// MEANTIME.

/// (doc_key, lang)
type DocKey = (String, String);
/// Byte spans of the tokens of each sentence.
type TokenSpans = Vec<Vec<Option<Span>>>;
/// (gold instance, crossclaim ID) pairs, found, found on gold, gold mentions.
type LangCounts = (Vec<(String, String)>, usize, usize, usize);

struct GoldMention {
    span: Span,
    /// The head word (the mention's `text` in the data: `Jobs` in `Apple CEO Steve Jobs`).
    head: Span,
    instance: String,
}

/// Byte spans of the tokens of each sentence in `text` (sentences joined by white space, each
/// sentence the detokenised tokens). `None` for a token that cannot be found.
fn token_spans(text: &str, sentences: &[String], tokens: &[Vec<String>]) -> TokenSpans {
    let mut out = Vec::new();
    let mut at = 0;
    for (k, toks) in tokens.iter().enumerate() {
        let sent_start = sentences
            .get(k)
            .and_then(|s| text.get(at..).and_then(|t| t.find(s.as_str())))
            .map(|i| at + i);
        let mut pos = sent_start.unwrap_or(at);
        let mut spans = Vec::new();
        for tok in toks {
            match text.get(pos..).and_then(|t| t.find(tok.as_str())) {
                // A token further than a few bytes away is not this one.
                Some(i) if i <= 8 => {
                    let s = pos + i;
                    spans.push(Some(Span::new(s, s + tok.len())));
                    pos = s + tok.len();
                }
                _ => spans.push(None),
            }
        }
        if let (Some(s), Some(sent)) = (sent_start, sentences.get(k)) {
            at = s + sent.len();
        } else {
            at = pos;
        }
        out.push(spans);
    }
    out
}

fn meantime(lex: &EntityLexicon, dir: &Path, show: usize) {
    let articles = read_jsonl(&dir.join("meantime_en_es_articles.jsonl"));
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    // (doc_key, lang) -> (text, token spans)
    let mut docs: HashMap<DocKey, (String, TokenSpans)> = HashMap::new();
    let mut keys: Vec<(String, String)> = Vec::new();
    for a in &articles {
        let key = a["doc_key"].as_str().unwrap_or_default().to_owned();
        for lang in ["en", "es"] {
            let side = &a[lang];
            let text = side["text"].as_str().unwrap_or_default().to_owned();
            let sentences = strings(&side["sentences"]);
            let tokens: Vec<Vec<String>> = side["tokens"]
                .as_array()
                .map(|a| a.iter().map(strings).collect())
                .unwrap_or_default();
            let spans = token_spans(&text, &sentences, &tokens);
            keys.push((key.clone(), lang.to_owned()));
            docs.insert((key.clone(), lang.to_owned()), (text, spans));
        }
    }
    let mut gold: HashMap<(String, String), Vec<GoldMention>> = HashMap::new();
    let mut gold_names: HashMap<String, String> = HashMap::new();
    let mut unmapped = 0;
    let mut total_gold = 0;
    for m in read_jsonl(&dir.join("meantime_entity_mentions_en_es.jsonl")) {
        let key = (
            m["doc_key"].as_str().unwrap_or_default().to_owned(),
            m["lang"].as_str().unwrap_or_default().to_owned(),
        );
        let instance = m["instance_id"].as_str().unwrap_or_default().to_owned();
        gold_names.entry(instance.clone()).or_insert_with(|| {
            m["instance_name"]
                .as_str()
                .unwrap_or_default()
                .trim()
                .to_owned()
        });
        total_gold += 1;
        let sent = m["sent_id"].as_u64().unwrap_or(u64::MAX) as usize;
        let ids: Vec<usize> = m["token_ids"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_u64().map(|x| x as usize))
                    .collect()
            })
            .unwrap_or_default();
        let head = m["text"].as_str().unwrap_or_default();
        let Some((text, spans)) = docs.get(&key) else {
            unmapped += 1;
            continue;
        };
        let toks: Vec<Span> = ids
            .iter()
            .filter_map(|&i| spans.get(sent).and_then(|s| s.get(i)).copied().flatten())
            .collect();
        // The head word must be inside the tokens found (a few Spanish mentions point at the
        // wrong sentence upstream).
        let ok = toks.len() == ids.len()
            && !toks.is_empty()
            && toks.iter().any(|t| text.get(t.start..t.end) == Some(head));
        if !ok {
            unmapped += 1;
            continue;
        }
        let span = Span::new(
            toks.iter().map(|t| t.start).min().unwrap_or(0),
            toks.iter().map(|t| t.end).max().unwrap_or(0),
        );
        let head = toks
            .iter()
            .rev()
            .find(|t| text.get(t.start..t.end) == Some(head))
            .copied()
            .unwrap_or(span);
        gold.entry(key).or_default().push(GoldMention {
            span,
            head,
            instance,
        });
    }
    let mut pairs_all: Vec<(String, String)> = Vec::new();
    let mut pairs_head: Vec<(String, String)> = Vec::new();
    let mut matched_head = 0;
    let mut shown_head: Vec<(String, String, String)> = Vec::new();
    let mut shown: Vec<(String, String, String)> = Vec::new();
    // language -> (pairs, found, found on gold, gold mentions)
    let mut per_lang: HashMap<&str, LangCounts> = HashMap::new();
    for key in &keys {
        let (text, _) = &docs[key];
        let lang = if key.1 == "es" { Lang::Es } else { Lang::En };
        let found = lex.find(text, lang);
        let g = gold.get(key).map(Vec::as_slice).unwrap_or(&[]);
        let gs: Vec<Span> = g.iter().map(|m| m.span).collect();
        let ps: Vec<Span> = found.iter().map(|f| f.span).collect();
        let matched = match_overlapping(&gs, &ps);
        // Variant: only found mentions on the gold head word count.
        let heads: Vec<Span> = g.iter().map(|m| m.head).collect();
        for (i, j) in match_overlapping(&heads, &ps) {
            matched_head += 1;
            pairs_head.push((g[i].instance.clone(), lex.id_of(&found[j])));
            if std::env::var_os("LEXICON_SHOW_HEAD").is_some() {
                shown_head.push((
                    g[i].instance.clone(),
                    lex.id_of(&found[j]),
                    text[found[j].span.start..found[j].span.end].to_owned(),
                ));
            }
        }
        let entry = per_lang
            .entry(if lang == Lang::Es { "es" } else { "en" })
            .or_default();
        entry.1 += found.len();
        entry.2 += matched.len();
        entry.3 += g.len();
        let show_lang = std::env::var("LEXICON_SHOW_LANG").unwrap_or_default();
        for (i, j) in matched {
            let pair = (g[i].instance.clone(), lex.id_of(&found[j]));
            if show_lang.is_empty() || show_lang == key.1 {
                shown.push((
                    pair.0.clone(),
                    pair.1.clone(),
                    text[found[j].span.start..found[j].span.end].to_owned(),
                ));
            }
            entry.0.push(pair.clone());
            pairs_all.push(pair);
        }
    }
    for lang in ["en", "es"] {
        let (pairs, found, matched, gold_n) = &per_lang[lang];
        let l = pairwise(pairs);
        row_cover(
            &format!("MEANTIME {lang}: linking (pairwise)"),
            articles.len(),
            *matched,
            Some(l.precision()),
            Some(l.recall()),
            Some(l.f1()),
            Some(*matched as f64 / (*gold_n).max(1) as f64),
            &format!("({found} found, {matched} on gold)"),
        );
    }
    let l = pairwise(&pairs_all);
    let matched: usize = per_lang.values().map(|v| v.2).sum();
    let gold_n: usize = per_lang.values().map(|v| v.3).sum();
    row_cover(
        "MEANTIME en+es: linking (pairwise)",
        articles.len() * 2,
        matched,
        Some(l.precision()),
        Some(l.recall()),
        Some(l.f1()),
        Some(matched as f64 / gold_n.max(1) as f64),
        "F1 >= 0.90",
    );
    let h = pairwise(&pairs_head);
    row_cover(
        "MEANTIME en+es: same, on gold head word",
        articles.len() * 2,
        matched_head,
        Some(h.precision()),
        Some(h.recall()),
        Some(h.f1()),
        Some(matched_head as f64 / gold_n.max(1) as f64),
        "(diagnostic)",
    );
    println!(
        "{:<40} {:>6} {:>7}  (gold mentions whose tokens could not be placed in the text: {unmapped})",
        "MEANTIME gold mentions",
        "",
        total_gold
    );
    if show > 0 {
        if shown_head.is_empty() {
            show_confusions(&shown, &gold_names, show);
        } else {
            show_confusions(&shown_head, &gold_names, show);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// CoNLL-2002 and IE-ER: precision against gold entity spans.

struct NerDoc {
    text: String,
    entities: Vec<Span>,
}

/// CoNLL-2002 (`token POS IOB2-tag` lines, blank line between sentences): tokens joined by
/// spaces, one sentence a line; documents split before each EFE dateline sentence
/// (`Madrid , 23 may ( EFE ) .`).
fn conll_docs(path: &Path) -> Vec<NerDoc> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut sentences: Vec<Vec<(String, String)>> = vec![Vec::new()];
    for line in text.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            [] if sentences.last().is_some_and(|s| !s.is_empty()) => {
                sentences.push(Vec::new());
            }
            [tok, .., tag] if parts.len() >= 2 => {
                if let Some(s) = sentences.last_mut() {
                    s.push(((*tok).to_owned(), (*tag).to_owned()));
                }
            }
            _ => {}
        }
    }
    let is_dateline = |s: &[(String, String)]| {
        let words: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
        words.len() <= 16
            && words
                .windows(3)
                .any(|w| w[0] == "(" && (w[1] == "EFE" || w[1] == "EFECOM") && w[2] == ")")
    };
    let mut docs: Vec<NerDoc> = Vec::new();
    let mut cur = NerDoc {
        text: String::new(),
        entities: Vec::new(),
    };
    for s in sentences.iter().filter(|s| !s.is_empty()) {
        if is_dateline(s) && !cur.text.is_empty() {
            docs.push(std::mem::replace(
                &mut cur,
                NerDoc {
                    text: String::new(),
                    entities: Vec::new(),
                },
            ));
        }
        if !cur.text.is_empty() {
            cur.text.push('\n');
        }
        let mut open: Option<usize> = None;
        let mut last_end = cur.text.len();
        for (k, (tok, tag)) in s.iter().enumerate() {
            if k > 0 {
                cur.text.push(' ');
            }
            let start = cur.text.len();
            cur.text.push_str(tok);
            let inside = tag.starts_with("I-") && open.is_some();
            if !inside {
                if let Some(o) = open.take() {
                    cur.entities.push(Span::new(o, last_end));
                }
                if tag.starts_with("B-") || tag.starts_with("I-") {
                    open = Some(start);
                }
            }
            last_end = cur.text.len();
        }
        if let Some(o) = open.take() {
            cur.entities.push(Span::new(o, last_end));
        }
    }
    if !cur.text.is_empty() {
        docs.push(cur);
    }
    docs
}

/// IE-ER (NIST 1999 SGML): the body of each `<DOC>` with tags removed; `ENAMEX` spans are the
/// entities (TIMEX and NUMEX are not).
fn ieer_docs(dir: &Path) -> Vec<NerDoc> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.file_name().is_some_and(|n| n != "README"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = Vec::new();
    for p in names {
        let raw = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        for doc in raw.split("<DOC>").skip(1) {
            let body = doc
                .split_once("<BODY>")
                .map_or(doc, |(_, b)| b.split("</BODY>").next().unwrap_or(b));
            let mut text = String::new();
            let mut entities = Vec::new();
            let mut open: Option<usize> = None;
            let mut rest = body;
            while let Some(i) = rest.find('<') {
                text.push_str(&rest[..i]);
                let Some(j) = rest[i..].find('>') else {
                    rest = "";
                    break;
                };
                let tag = &rest[i + 1..i + j];
                if tag.starts_with("b_enamex") {
                    open = Some(text.len());
                } else if tag.starts_with("e_enamex") {
                    if let Some(o) = open.take() {
                        entities.push(Span::new(o, text.len()));
                    }
                }
                rest = &rest[i + j + 1..];
            }
            text.push_str(rest);
            out.push(NerDoc { text, entities });
        }
    }
    out
}

fn ner(lex: &EntityLexicon, name: &str, docs: &[NerDoc], lang: Lang, show: usize) {
    let named = |t: EntityType| !matches!(t, EntityType::Norp | EntityType::Group);
    let (mut found_named, mut ok_named, mut found_all, mut ok_all) = (0, 0, 0, 0);
    let (mut gold_n, mut covered) = (0, 0);
    let mut by_type: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut wrong: HashMap<(String, String), usize> = HashMap::new();
    for d in docs {
        let found = lex.find(&d.text, lang);
        gold_n += d.entities.len();
        covered += d
            .entities
            .iter()
            .filter(|g| found.iter().any(|f| f.span.overlaps(g)))
            .count();
        for f in &found {
            let ok = d.entities.iter().any(|g| g.overlaps(&f.span));
            found_all += 1;
            ok_all += usize::from(ok);
            let t = by_type.entry(f.etype.as_str()).or_default();
            t.0 += 1;
            t.1 += usize::from(ok);
            if named(f.etype) {
                found_named += 1;
                ok_named += usize::from(ok);
                if !ok {
                    *wrong
                        .entry((d.text[f.span.start..f.span.end].to_owned(), lex.id_of(f)))
                        .or_default() += 1;
                }
            }
        }
    }
    let p = |ok: usize, n: usize| ok as f64 / n.max(1) as f64;
    row_cover(
        &format!("{name}: precision, named types"),
        docs.len(),
        found_named,
        Some(p(ok_named, found_named)),
        None,
        None,
        Some(p(covered, gold_n)),
        "P >= 0.90",
    );
    row(
        &format!("{name}: precision, all types"),
        docs.len(),
        found_all,
        Some(p(ok_all, found_all)),
        None,
        None,
    );
    let mut types: Vec<_> = by_type.into_iter().collect();
    types.sort();
    let detail: Vec<String> = types
        .iter()
        .map(|(t, (n, ok))| format!("{t} {ok}/{n}"))
        .collect();
    println!(
        "{:<40} {}",
        format!("  {name} by type (right/found)"),
        detail.join(", ")
    );
    if show > 0 {
        let mut w: Vec<_> = wrong.into_iter().collect();
        w.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let list: Vec<String> = w
            .iter()
            .take(show)
            .map(|((s, id), n)| format!("{n}×{s}={id}"))
            .collect();
        println!("  not on gold: {}", list.join(", "));
    }
}
