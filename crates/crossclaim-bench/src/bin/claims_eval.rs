//! Claim extraction over external gold (issue 6).
//!
//! `cargo run --release -p crossclaim-bench --bin claims_eval`
//!
//! - **PolNeAR dev** (`polnear-test` for the held-out test split; English political news, gold source/cue/content spans): cue F1 (a
//!   predicted cue overlapping a gold cue, one-to-one) and source F1 (a matched claim whose
//!   source span overlaps the gold source span).
//! - **MEANTIME speech events** (English Wikinews and its Spanish translation): cue recall over
//!   the gold SPEECH_COGNITIVE triggers, and source accuracy over the recalled events that have
//!   an Arg0: right when a predicted source mention overlaps a gold mention of the Arg0 instance,
//!   or names it.
//! - **UN parallel sentences** (the same sentence in English and Spanish): over the pairs where
//!   either side has a claim, how often both sides give the same claim kinds and the same
//!   entity IDs. Split by line number: even lines are the dev half (rules are chosen by looking at
//!   their errors, which `CLAIMS_EVAL_DEBUG=1` prints), odd lines the test half (only counted).

use std::collections::{BTreeSet, HashMap};

use crossclaim_bench::{data_dir, lexicons, read_jsonl};
use crossclaim_core::{fold, Document, Lang, Span};
use crossclaim_io::RawDoc;
use crossclaim_pipeline::Pipeline;

#[derive(Default, Clone, Copy)]
struct Prf {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Prf {
    fn p(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn r(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn f(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// `CLAIMS_EVAL_DEBUG=1` prints the misses (for choosing rules by hand) on stderr.
fn debug() -> bool {
    std::env::var_os("CLAIMS_EVAL_DEBUG").is_some()
}

/// The sentence of `doc` holding `pos`, for diagnostics.
fn sentence_at(doc: &Document, pos: usize) -> &str {
    doc.sentences
        .iter()
        .find(|s| s.start <= pos && pos < s.end)
        .map_or("", |s| doc.slice(*s))
}

fn process(p: &Pipeline, id: &str, text: &str, lang: Option<Lang>) -> Document {
    p.process(RawDoc {
        id: id.into(),
        text: text.into(),
        lang,
        meta: Default::default(),
    })
}

/// Byte offset of every char offset (and of the end).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn spans_of(segments: &serde_json::Value, map: &[usize]) -> Vec<Span> {
    segments
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| {
            let (a, b) = (s[0].as_u64()? as usize, s[1].as_u64()? as usize);
            Some(Span::new(*map.get(a)?, *map.get(b)?))
        })
        .collect()
}

fn polnear(p: &Pipeline, data: &std::path::Path, split: &str) {
    let mut cue = Prf::default();
    let mut source = Prf::default();
    for rec in read_jsonl(&data.join(format!("attribution/polnear_en/polnear_{split}.jsonl"))) {
        let text = rec["text"].as_str().unwrap_or_default();
        let map = char_to_byte(text);
        let doc = process(
            p,
            rec["id"].as_str().unwrap_or_default(),
            text,
            Some(Lang::En),
        );
        let gold: Vec<(Vec<Span>, Vec<Span>)> = rec["attributions"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| {
                (
                    spans_of(&a["cue"]["segments"], &map),
                    spans_of(&a["source"]["segments"], &map),
                )
            })
            .filter(|(c, _)| !c.is_empty())
            .collect();
        let mut used = vec![false; gold.len()];
        let mut matched = 0;
        for c in &doc.claims {
            let hit = gold
                .iter()
                .enumerate()
                .find(|(i, (g, _))| !used[*i] && g.iter().any(|s| s.overlaps(&c.cue)));
            let mut pred_src: Vec<Span> = c.source.iter().map(|&m| doc.mentions[m].span).collect();
            pred_src.extend(c.source_span);
            match hit {
                Some((i, (_, gsrc))) => {
                    used[i] = true;
                    matched += 1;
                    if debug() {
                        eprintln!(
                            "PN-TP\t{}\t{}",
                            doc.slice(c.cue),
                            sentence_at(&doc, c.cue.start)
                        );
                    }
                    if pred_src.is_empty() && !gsrc.is_empty() && debug() {
                        let g: Vec<&str> = gsrc.iter().map(|s| &text[s.start..s.end]).collect();
                        eprintln!(
                            "PN-NOSRC\t{}\tgold {:?}\t{}",
                            doc.slice(c.cue),
                            g,
                            sentence_at(&doc, c.cue.start)
                        );
                    }
                    if !pred_src.is_empty() {
                        if pred_src.iter().any(|s| gsrc.iter().any(|g| g.overlaps(s))) {
                            source.tp += 1;
                        } else {
                            if debug() {
                                let g: Vec<&str> =
                                    gsrc.iter().map(|s| &text[s.start..s.end]).collect();
                                let pr: Vec<&str> =
                                    pred_src.iter().map(|s| doc.slice(*s)).collect();
                                eprintln!(
                                    "PN-SRC\t{}\tgold {:?}\tpred {:?}\t{}",
                                    doc.slice(c.cue),
                                    g,
                                    pr,
                                    sentence_at(&doc, c.cue.start)
                                );
                            }
                            source.fp += 1;
                        }
                    }
                }
                None => {
                    if debug() {
                        eprintln!(
                            "PN-FP\t{}\t{}",
                            doc.slice(c.cue),
                            sentence_at(&doc, c.cue.start)
                        );
                    }
                    cue.fp += 1;
                    if !pred_src.is_empty() {
                        source.fp += 1;
                    }
                }
            }
        }
        if debug() {
            for (_, (g, _)) in gold.iter().enumerate().filter(|(i, _)| !used[*i]) {
                let words: Vec<&str> = g.iter().map(|s| &text[s.start..s.end]).collect();
                eprintln!(
                    "PN-FN\t{}\t{}",
                    words.join(" "),
                    sentence_at(&doc, g[0].start)
                );
            }
        }
        cue.tp += matched;
        cue.fn_ += gold.len() - matched;
        let with_source = gold.iter().filter(|(_, s)| !s.is_empty()).count();
        source.fn_ += with_source;
    }
    source.fn_ -= source.tp.min(source.fn_);
    println!(
        "PolNeAR {split} (en)          cue P {:.3} R {:.3} F1 {:.3} (gold {})",
        cue.p(),
        cue.r(),
        cue.f(),
        cue.tp + cue.fn_
    );
    println!(
        "PolNeAR {split} (en)       source P {:.3} R {:.3} F1 {:.3}",
        source.p(),
        source.r(),
        source.f()
    );
}

/// Byte spans of the tokens of a sentence inside it (tokens are found in order).
fn token_spans(sentence: &str, tokens: &[String]) -> Vec<Option<Span>> {
    let mut pos = 0;
    tokens
        .iter()
        .map(|t| {
            let t = match t.as_str() {
                "``" | "''" => "\"",
                "-LRB-" => "(",
                "-RRB-" => ")",
                other => other,
            };
            let at = sentence[pos..].find(t)? + pos;
            pos = at + t.len();
            Some(Span::new(at, at + t.len()))
        })
        .collect()
}

fn meantime(p: &Pipeline, data: &std::path::Path) {
    let dir = data.join("news/meantime_en_es");
    let articles = read_jsonl(&dir.join("meantime_en_es_articles.jsonl"));
    let events = read_jsonl(&dir.join("meantime_speech_cognitive_events_en_es.jsonl"));
    let mentions = read_jsonl(&dir.join("meantime_entity_mentions_en_es.jsonl"));
    for (lang, code) in [(Lang::En, "en"), (Lang::Es, "es")] {
        let (mut gold, mut recalled, mut with_arg0, mut source_ok) = (0, 0, 0, 0);
        for a in &articles {
            let key = a["doc_key"].as_str().unwrap_or_default();
            let side = &a[code];
            let sentences: Vec<String> = side["sentences"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| s.as_str().unwrap_or_default().to_owned())
                .collect();
            let text = sentences.join(" ");
            let mut offsets = Vec::new();
            let mut o = 0;
            for s in &sentences {
                offsets.push(o);
                o += s.len() + 1;
            }
            let tokens: Vec<Vec<String>> = side["tokens"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| {
                    s.as_array()
                        .into_iter()
                        .flatten()
                        .map(|t| t.as_str().unwrap_or_default().to_owned())
                        .collect()
                })
                .collect();
            let tok_span = |sent: usize, ids: &[usize]| -> Option<Span> {
                let spans = token_spans(sentences.get(sent)?, tokens.get(sent)?);
                let first = spans.get(*ids.first()?)?.as_ref()?;
                let last = spans.get(*ids.last()?)?.as_ref()?;
                Some(Span::new(
                    offsets[sent] + first.start,
                    offsets[sent] + last.end,
                ))
            };
            let doc_events: Vec<&serde_json::Value> = events
                .iter()
                .filter(|e| e["lang"] == code && e["doc_key"] == key)
                .collect();
            if doc_events.is_empty() {
                continue;
            }
            let doc = process(p, key, &text, Some(lang));
            // Gold mentions of each instance in this document.
            let mut instance_spans: HashMap<String, Vec<Span>> = HashMap::new();
            for m in mentions
                .iter()
                .filter(|m| m["lang"] == code && m["doc_key"] == key)
            {
                let ids: Vec<usize> = m["token_ids"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|x| x.as_u64().map(|v| v as usize))
                    .collect();
                if let Some(s) = tok_span(m["sent_id"].as_u64().unwrap_or(0) as usize, &ids) {
                    instance_spans
                        .entry(m["instance_id"].as_str().unwrap_or_default().to_owned())
                        .or_default()
                        .push(s);
                }
            }
            for e in doc_events {
                gold += 1;
                let ids: Vec<usize> = e["token_ids"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|x| x.as_u64().map(|v| v as usize))
                    .collect();
                let Some(trigger) = tok_span(e["sent_id"].as_u64().unwrap_or(0) as usize, &ids)
                else {
                    continue;
                };
                let Some(claim) = doc.claims.iter().find(|c| c.cue.overlaps(&trigger)) else {
                    if debug() {
                        eprintln!(
                            "MT-FN-{code}\t{}\t{}",
                            doc.slice(trigger),
                            sentence_at(&doc, trigger.start)
                        );
                    }
                    continue;
                };
                recalled += 1;
                let Some(arg0) = e["participants"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|p| p["role"] == "Arg0")
                else {
                    continue;
                };
                with_arg0 += 1;
                let gold_spans = instance_spans
                    .get(arg0["instance_id"].as_str().unwrap_or_default())
                    .cloned()
                    .unwrap_or_default();
                let name = fold(arg0["name"].as_str().unwrap_or_default());
                let mut spans: Vec<Span> =
                    claim.source.iter().map(|&m| doc.mentions[m].span).collect();
                spans.extend(claim.source_span);
                let ok = spans.into_iter().any(|span| {
                    let surface = fold(doc.slice(span));
                    gold_spans.iter().any(|g| g.overlaps(&span))
                        || (!surface.is_empty()
                            && (name.contains(&surface) || surface.contains(&name)))
                });
                if debug() && !ok {
                    let pr: Vec<&str> = claim
                        .source
                        .iter()
                        .map(|&m| doc.slice(doc.mentions[m].span))
                        .chain(claim.source_span.map(|s| doc.slice(s)))
                        .collect();
                    eprintln!(
                        "MT-SRC-{code}\t{}\tgold {}\tpred {:?}\t{}",
                        doc.slice(claim.cue),
                        arg0["name"],
                        pr,
                        sentence_at(&doc, claim.cue.start)
                    );
                }
                source_ok += usize::from(ok);
            }
        }
        println!(
            "MEANTIME speech events ({code})  cue recall {:.3} ({recalled}/{gold})   source accuracy {:.3} ({source_ok}/{with_arg0})",
            recalled as f64 / gold.max(1) as f64,
            source_ok as f64 / with_arg0.max(1) as f64
        );
    }
}

fn un_pairs(p: &Pipeline, data: &std::path::Path) {
    let rows =
        read_jsonl(&data.join("attribution/un_quadclass_en_es/quadclass_en_es_parallel.jsonl"));
    // Counts per split: [0] even `i` (dev: rules are chosen by looking at these), [1] odd `i`
    // (test: only read), each as (pairs with a claim, same kinds, same IDs, both same)
    let mut counts = [(0usize, 0usize, 0usize, 0usize); 2];
    let profile = |doc: &Document| -> (Vec<&'static str>, BTreeSet<String>) {
        let mut kinds: Vec<&'static str> = doc.claims.iter().map(|c| c.kind.as_str()).collect();
        kinds.sort();
        let ids = doc
            .claims
            .iter()
            .flat_map(|c| c.source.iter().chain(&c.target))
            .map(|&m| doc.mentions[m].entity.clone())
            .collect();
        (kinds, ids)
    };
    for (i, r) in rows.iter().enumerate() {
        let en = process(
            p,
            &format!("un{i}en"),
            r["en"].as_str().unwrap_or_default(),
            Some(Lang::En),
        );
        let es = process(
            p,
            &format!("un{i}es"),
            r["es"].as_str().unwrap_or_default(),
            Some(Lang::Es),
        );
        if en.claims.is_empty() && es.claims.is_empty() {
            continue;
        }
        let (a, b) = (profile(&en), profile(&es));
        let c = &mut counts[i % 2];
        c.0 += 1;
        c.1 += usize::from(a.0 == b.0);
        c.2 += usize::from(a.1 == b.1);
        c.3 += usize::from(a == b);
        // only dev pairs are shown, so that test pairs are never looked at
        if debug() && i % 2 == 0 && a != b {
            let show = |d: &Document| -> String {
                d.claims
                    .iter()
                    .map(|c| {
                        let ids: Vec<&str> = c
                            .source
                            .iter()
                            .map(|&m| d.mentions[m].entity.as_ref())
                            .collect();
                        let tg: Vec<&str> = c
                            .target
                            .iter()
                            .map(|&m| d.mentions[m].entity.as_ref())
                            .collect();
                        format!(
                            "{}:{}[{}>{}]",
                            d.slice(c.cue),
                            c.kind.as_str(),
                            ids.join(","),
                            tg.join(",")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            eprintln!(
                "UN\t{}\t{}\t|| {}\t|| {}",
                show(&en),
                show(&es),
                en.text(),
                es.text()
            );
        }
    }
    let all = (
        counts[0].0 + counts[1].0,
        counts[0].1 + counts[1].1,
        counts[0].2 + counts[1].2,
        counts[0].3 + counts[1].3,
    );
    let splits = [
        ("dev, even", counts[0], rows.len().div_ceil(2)),
        ("test, odd", counts[1], rows.len() / 2),
        ("all", all, rows.len()),
    ];
    for (name, (with_claim, kinds_same, ids_same, both_same), n) in splits {
        let pct = |x: usize| 100.0 * x as f64 / with_claim.max(1) as f64;
        println!(
            "UN parallel pairs ({name}): {} of {} pairs have a claim; same kinds {:.1}%, same entity IDs {:.1}%, both {:.1}%",
            with_claim,
            n,
            pct(kinds_same),
            pct(ids_same),
            pct(both_same)
        );
    }
}

fn main() {
    let data = match data_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("claims_eval: {e}");
            std::process::exit(2);
        }
    };
    let p = match Pipeline::from_dir(&lexicons()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("claims_eval: {e}");
            std::process::exit(2);
        }
    };
    let which: Vec<String> = std::env::args().skip(1).collect();
    let want = |s: &str| which.is_empty() || which.iter().any(|w| w == s);
    if want("polnear") {
        polnear(&p, &data, "dev");
    }
    // The train split, for mining word statistics and looking at errors beyond dev.
    if which.iter().any(|w| w == "polnear-train") {
        polnear(&p, &data, "train");
    }
    // The test split is never used to choose rules: ask for it by name to see held-out figures.
    if which.iter().any(|w| w == "polnear-test") {
        polnear(&p, &data, "test");
    }
    if want("meantime") {
        meantime(&p, &data);
    }
    if want("un") {
        un_pairs(&p, &data);
    }
}
