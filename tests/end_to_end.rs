//! The real binary on the bundled corpus, scored against the bundled gold (`corpus/gold`).

#[path = "support.rs"]
mod support;

use std::path::Path;

use support::{lines, run, tmp_dir};

fn run_corpus(out: &Path, threads: &str) {
    let o = run(
        &[
            "run",
            "--threads",
            threads,
            "--quiet",
            "--out",
            out.to_str().unwrap_or_default(),
        ],
        None,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn corpus_run_meets_the_eval_floors() {
    let out = tmp_dir("e2e-floors");
    run_corpus(&out, "2");
    let o = run(
        &[
            "eval",
            "--gold",
            "corpus/gold",
            "--pred",
            out.to_str().unwrap_or_default(),
            "--json",
        ],
        None,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&o.stdout).expect("eval --json prints JSON");
    let all = &report["by_lang"]["all"];
    let figure = |v: &serde_json::Value| v.as_f64().unwrap_or(-1.0);
    let floors = [
        ("language accuracy", figure(&all["language_accuracy"]), 1.0),
        ("sentences F1", figure(&all["sentences"]["f1"]), 0.95),
        (
            "mentions lenient F1",
            figure(&all["mentions_lenient"]["f1"]),
            0.95,
        ),
        ("linking F1", figure(&report["linking"]["f1"]), 0.98),
        ("claims F1", figure(&all["claims"]["f1"]), 0.90),
        // Issue 6 asks for 0.85 and 0.80; measured 0.974 and 0.957 (21 of 23 claims exact).
        // These floors guard against regressions: a rule that split the Spanish seed's
        // `Ministerio de Relaciones Exteriores chino` from its country gave 0.887 / 0.913 and
        // passed the floors.
        ("claim source F1", figure(&all["claim_source_f1"]), 0.95),
        ("claim target F1", figure(&all["claim_target_f1"]), 0.94),
        ("claims exact F1", figure(&all["claims_exact"]["f1"]), 0.90),
        (
            "claim kind accuracy",
            figure(&all["claim_kind_accuracy"]),
            0.90,
        ),
        // Measured 0.933 on these 8 gold pairs (7 of 8 found, none wrong; issue 7 asks for
        // 0.80). This floor guards against regressions.
        ("alignment F1", figure(&report["alignments"]["f1"]), 0.93),
    ];
    let failed: Vec<String> = floors
        .iter()
        .filter(|(_, v, floor)| v < floor)
        .map(|(n, v, f)| format!("{n}: {v:.3} < {f}"))
        .collect();
    assert!(
        failed.is_empty(),
        "below the floors: {failed:?}\n{report:#}"
    );
}

#[test]
fn every_span_is_the_text_it_points_to() {
    let out = tmp_dir("e2e-spans");
    run_corpus(&out, "2");
    for doc in lines(&out.join("documents.jsonl")) {
        let id = doc["doc_id"].as_str().unwrap_or_default();
        let text =
            std::fs::read_to_string(support::repo().join("corpus").join(format!("{id}.txt")))
                .expect("the corpus file");
        let slice = |s: &serde_json::Value| {
            let (a, b) = (
                s["start"].as_u64().unwrap_or(0) as usize,
                s["end"].as_u64().unwrap_or(0) as usize,
            );
            text.get(a..b)
                .unwrap_or_else(|| panic!("{id}: span {a}..{b} is not on char boundaries"))
                .to_owned()
        };
        let sentences = doc["sentences"].as_array().cloned().unwrap_or_default();
        assert!(!sentences.is_empty(), "{id}: no sentences");
        let mut last_end = 0;
        for s in &sentences {
            let t = slice(s);
            assert_eq!(t, t.trim(), "{id}: sentence not trimmed");
            let start = s["start"].as_u64().unwrap_or(0) as usize;
            assert!(
                start >= last_end,
                "{id}: sentences overlap or are out of order"
            );
            last_end = s["end"].as_u64().unwrap_or(0) as usize;
        }
        let mentions = doc["mentions"].as_array().cloned().unwrap_or_default();
        for m in &mentions {
            assert_eq!(
                slice(m),
                m["text"].as_str().unwrap_or_default(),
                "{id}: mention text"
            );
            let si = m["sentence"].as_u64().unwrap_or(u64::MAX) as usize;
            let s = &sentences[si];
            assert!(
                s["start"].as_u64() <= m["start"].as_u64()
                    && m["end"].as_u64() <= s["end"].as_u64(),
                "{id}: mention outside its sentence"
            );
        }
        for c in doc["claims"].as_array().cloned().unwrap_or_default() {
            assert_eq!(
                slice(&c["cue"]),
                c["cue"]["text"].as_str().unwrap_or_default(),
                "{id}: cue text"
            );
            if !c["quote"].is_null() {
                assert_eq!(
                    slice(&c["quote"]),
                    c["quote"]["text"].as_str().unwrap_or_default(),
                    "{id}: quote text"
                );
            }
            for role in ["source", "target"] {
                for i in c[role].as_array().cloned().unwrap_or_default() {
                    assert!(
                        (i.as_u64().unwrap_or(u64::MAX) as usize) < mentions.len(),
                        "{id}: {role} index out of range"
                    );
                }
            }
        }
    }
    // claims.jsonl lines are self-contained and match the document records.
    let claims = lines(&out.join("claims.jsonl"));
    assert!(!claims.is_empty());
    for c in &claims {
        for key in [
            "id", "doc_id", "lang", "sentence", "kind", "cue", "source", "target", "negated",
        ] {
            assert!(c.get(key).is_some(), "claims.jsonl line without {key}: {c}");
        }
    }
    for a in lines(&out.join("alignments.jsonl")) {
        let score = a["score"].as_f64().unwrap_or(-1.0);
        assert!((0.0..=1.0).contains(&score), "score out of range: {a}");
        assert!(
            a["evidence"]["kind_match"].is_string(),
            "alignment without evidence: {a}"
        );
    }
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let (one, two) = (tmp_dir("e2e-t1"), tmp_dir("e2e-t2"));
    run_corpus(&one, "1");
    run_corpus(&two, "2");
    for f in ["documents.jsonl", "claims.jsonl", "alignments.jsonl"] {
        let a = std::fs::read(one.join(f)).expect("output of 1 thread");
        let b = std::fs::read(two.join(f)).expect("output of 2 threads");
        assert!(a == b, "{f} differs between 1 and 2 threads");
    }
}
