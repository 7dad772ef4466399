//! Alignment over MEANTIME (issue 7): English Wikinews articles and their professional Spanish
//! translations.
//!
//! `cargo run --release -p crossclaim-bench --bin align_eval`
//!
//! - **Article pairing**: all 120 English and 120 Spanish articles go in together; an English
//!   article is paired right when its best Spanish partner is its translation.
//! - **Claim alignment**: the Spanish side is a sentence-aligned translation (89 articles keep
//!   the sentence count), so a claim in English sentence i must align with a claim in Spanish
//!   sentence i of the same article. Precision: predicted pairs that do so, among the pairs
//!   whose English claim is in one of those articles. Recall: English claims whose parallel
//!   Spanish sentence has a claim, aligned to one of them.

use std::collections::{HashMap, HashSet};

use crossclaim_align::{Aligner, DocProfile};
use crossclaim_bench::{data_dir, lexicons, read_jsonl};
use crossclaim_core::record::DocumentRecord;
use crossclaim_core::Lang;
use crossclaim_io::RawDoc;
use crossclaim_pipeline::Pipeline;

fn main() {
    let (data, p) = match (data_dir(), Pipeline::from_dir(&lexicons())) {
        (Ok(d), Ok(p)) => (d, p),
        (Err(e), _) => {
            eprintln!("align_eval: {e}");
            std::process::exit(2);
        }
        (_, Err(e)) => {
            eprintln!("align_eval: {e}");
            std::process::exit(2);
        }
    };
    let articles = read_jsonl(&data.join("news/meantime_en_es/meantime_en_es_articles.jsonl"));
    let mut profiles = Vec::new();
    // claim id -> (doc_key, MEANTIME sentence index)
    let mut claim_sentence: HashMap<String, (String, usize)> = HashMap::new();
    let mut claim_text: HashMap<String, String> = HashMap::new();
    let mut aligned_docs: HashSet<String> = HashSet::new();
    let mut parallel: HashMap<(String, usize), (usize, usize)> = HashMap::new();
    for a in &articles {
        let key = a["doc_key"].as_str().unwrap_or_default().to_owned();
        if a["same_sentence_count"].as_bool().unwrap_or(false) {
            aligned_docs.insert(key.clone());
        }
        for (code, lang) in [("en", Lang::En), ("es", Lang::Es)] {
            let sentences: Vec<&str> = a[code]["sentences"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| s.as_str().unwrap_or_default())
                .collect();
            let text = sentences.join(" ");
            let mut starts = Vec::new();
            let mut o = 0;
            for s in &sentences {
                starts.push(o);
                o += s.len() + 1;
            }
            let doc = p.process(RawDoc {
                id: format!("{key}:{code}"),
                text,
                lang: Some(lang),
                meta: Default::default(),
            });
            let record = DocumentRecord::from_document(&doc);
            for (i, c) in doc.claims.iter().enumerate() {
                let sent = starts
                    .partition_point(|&s| s <= c.cue.start)
                    .saturating_sub(1);
                claim_sentence.insert(doc.claim_id(i), (key.clone(), sent));
                let src: Vec<&str> = c
                    .source
                    .iter()
                    .map(|&m| doc.mentions[m].entity.as_str())
                    .collect();
                let tgt: Vec<&str> = c
                    .target
                    .iter()
                    .map(|&m| doc.mentions[m].entity.as_str())
                    .collect();
                claim_text.insert(
                    doc.claim_id(i),
                    format!(
                        "[{}] {:?}->{:?} s{sent}: {}",
                        doc.slice(c.cue),
                        src,
                        tgt,
                        sentences
                            .get(sent)
                            .unwrap_or(&"")
                            .chars()
                            .take(110)
                            .collect::<String>()
                    ),
                );
                let e = parallel.entry((key.clone(), sent)).or_default();
                if lang == Lang::En {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
            profiles.push(DocProfile::from_record(&record));
        }
    }
    let aligner = Aligner::new(p.stands_for());
    // Article pairing.
    let pairs = aligner.pair_documents(&profiles);
    let mut best: HashMap<usize, usize> = HashMap::new();
    for pr in &pairs {
        best.entry(pr.en).or_insert(pr.es);
    }
    let mut sims: Vec<f64> = pairs
        .iter()
        .filter(|pr| {
            profiles[pr.es].doc_id.trim_end_matches(":es")
                == profiles[pr.en].doc_id.trim_end_matches(":en")
        })
        .map(|pr| pr.similarity)
        .collect();
    sims.sort_by(f64::total_cmp);
    if !sims.is_empty() {
        eprintln!(
            "similarity of translation pairs: min {:.2} median {:.2}",
            sims[0],
            sims[sims.len() / 2]
        );
    }
    let english: Vec<usize> = (0..profiles.len())
        .filter(|&i| profiles[i].lang == Lang::En)
        .collect();
    let right = english
        .iter()
        .filter(|&&i| {
            best.get(&i).is_some_and(|&j| {
                profiles[j].doc_id.trim_end_matches(":es")
                    == profiles[i].doc_id.trim_end_matches(":en")
            })
        })
        .count();
    println!("MEANTIME article pairing: {right}/{} English articles paired with their translation ({:.3})", english.len(), right as f64 / english.len().max(1) as f64);
    // Claim alignment.
    let alignments = aligner.align(&profiles);
    let (mut tp, mut fp) = (0, 0);
    let mut show: usize = std::env::var("ALIGN_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut recalled: HashSet<String> = HashSet::new();
    for al in &alignments {
        let (Some(en), Some(es)) = (
            claim_sentence.get(&al.en.claim),
            claim_sentence.get(&al.es.claim),
        ) else {
            continue;
        };
        if !aligned_docs.contains(&en.0) {
            continue;
        }
        if en == es {
            tp += 1;
            recalled.insert(al.en.claim.clone());
        } else {
            fp += 1;
            if show > 0 {
                show -= 1;
                eprintln!(
                    "FP {:.2} {:?}\n   EN {}\n   ES {}",
                    al.score,
                    al.evidence.kind_match,
                    claim_text[&al.en.claim],
                    claim_text[&al.es.claim]
                );
            }
        }
    }
    let gold_en: usize = claim_sentence
        .iter()
        .filter(|(id, (key, sent))| {
            id.contains(":en#")
                && aligned_docs.contains(key)
                && parallel.get(&(key.clone(), *sent)).is_some_and(|c| c.1 > 0)
        })
        .count();
    let mut missed: usize = std::env::var("ALIGN_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    for (id, (key, sent)) in &claim_sentence {
        if missed > 0
            && id.contains(":en#")
            && aligned_docs.contains(key)
            && parallel.get(&(key.clone(), *sent)).is_some_and(|c| c.1 > 0)
            && !recalled.contains(id)
        {
            missed -= 1;
            let es: Vec<&String> = claim_sentence
                .iter()
                .filter(|(i, v)| i.contains(":es#") && v.0 == *key && v.1 == *sent)
                .map(|(i, _)| &claim_text[i])
                .collect();
            eprintln!("MISS EN {}\n   ES {:?}", claim_text[id], es);
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = recalled.len() as f64 / gold_en.max(1) as f64;
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    println!("MEANTIME claim alignment (89 sentence-aligned articles): P {precision:.3} ({tp}/{}) R {recall:.3} ({}/{gold_en}) F1 {f1:.3}", tp + fp, recalled.len());
}
