//! Sentence splitting over public test sets, crossclaim beside pySBD (issue 4).
//!
//! ```text
//! cargo run --release -p crossclaim-bench --bin sbd_eval            # the table
//! cargo run --release -p crossclaim-bench --bin sbd_eval -- --show golden/en [--whole]
//! ```
//!
//! Sets (all under `../shared/data/sbd`, read their `SOURCE.txt`):
//! - `golden`: pySBD's golden rules and regression cases with `clean=False`
//!   (`pysbd_{en,es}_noclean.json`, verbatim);
//! - `pragmatic`: pragmatic_segmenter's spec cases with `verbatim: true`, English and Spanish;
//! - `languagetool`: LanguageTool's splitter tests (expected sentences keep trailing spaces,
//!   so both sides are trimmed);
//! - `ewt-dev`, `ewt-test`: UD English EWT paragraphs with their gold sentences;
//! - `pud-joined`: an extra, synthetic set for Spanish news: the sentences of each document of
//!   the parallel UD PUD treebanks (news and Wikipedia, English and its Spanish translation)
//!   joined with one space into a paragraph, to be split back.
//!
//! Scoring: a case is right when the list of sentences, each trimmed of surrounding white space
//! and empty ones dropped, equals the expected list trimmed the same way. For EWT, gold sentences
//! are located in the paragraph in order and compared as exact spans: precision, recall, F1.
//!
//! Columns: `crossclaim` is the splitter as the pipeline runs it (quotations of several
//! sentences are split, SPEC §6); `cc whole` is the same rules with `Quotations::Whole`, the
//! convention of the pySBD and pragmatic_segmenter cases (a closed quotation or parenthesis is
//! never split); `pySBD` is `scripts/pysbd_eval.py --json` run with `.venv/bin/python` (set up by
//! `scripts/pysbd_setup.sh`), with the same cases and scoring; it is reported as not run when
//! that is not possible.

use std::path::{Path, PathBuf};
use std::process::Command;

use crossclaim_bench::{data_dir, lexicons, read_jsonl};
use crossclaim_core::Lang;
use crossclaim_segment::{Quotations, Segmenter};
use serde_json::Value;

/// One test case: a text and its expected sentences (untrimmed as given).
struct Case {
    id: String,
    text: String,
    sentences: Vec<String>,
}

enum Kind {
    /// Share of cases exactly right.
    Exact,
    /// Precision / recall / F1 of exact sentence spans.
    Spans,
}

struct Set {
    name: String,
    lang: Lang,
    kind: Kind,
    cases: Vec<Case>,
}

/// Counts of one set under one splitter.
#[derive(Clone, Copy, Debug, Default)]
struct Score {
    cases: usize,
    right: usize,
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Score {
    fn cell(&self, kind: &Kind) -> String {
        match kind {
            Kind::Exact => format!(
                "{:5.1}% {:>3}/{:<3}",
                pct(self.right, self.cases),
                self.right,
                self.cases
            ),
            Kind::Spans => format!("F1 {:.3} P {:.3} R {:.3}", self.f1(), self.p(), self.r()),
        }
    }
    fn p(&self) -> f64 {
        ratio(self.tp, self.pred)
    }
    fn r(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// The value compared across splitters.
    fn value(&self, kind: &Kind) -> f64 {
        match kind {
            Kind::Exact => pct(self.right, self.cases),
            Kind::Spans => self.f1(),
        }
    }
}

fn pct(a: usize, b: usize) -> f64 {
    100.0 * ratio(a, b)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn trimmed<S: AsRef<str>>(sentences: &[S]) -> Vec<&str> {
    sentences
        .iter()
        .map(|s| s.as_ref().trim())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Byte spans of the trimmed sentences found in order in `text`.
fn locate(text: &str, sentences: &[String]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for s in trimmed(sentences) {
        if let Some(i) = text.get(pos..).and_then(|t| t.find(s)) {
            out.push((pos + i, pos + i + s.len()));
            pos += i + s.len();
        }
    }
    out
}

fn string_list(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn case_of(v: &Value) -> Option<Case> {
    let id = match (v.get("id"), v.get("doc_id")) {
        (Some(id), _) => id.as_str().unwrap_or_default().to_owned(),
        (None, Some(doc)) => format!(
            "{}#{}",
            doc.as_str().unwrap_or_default(),
            v.get("par_index").and_then(Value::as_u64).unwrap_or(0)
        ),
        _ => String::new(),
    };
    Some(Case {
        id,
        text: v.get("text")?.as_str()?.to_owned(),
        sentences: string_list(v.get("sentences")?),
    })
}

fn read_json_array(path: &Path) -> Result<Vec<Value>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Array(a)) => Ok(a),
        Ok(_) => Err(format!("{}: not a JSON array", path.display())),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// The sets in table order, as `scripts/pysbd_eval.py` builds them.
fn load_sets(data: &Path) -> Result<Vec<Set>, String> {
    let sbd = data.join("sbd");
    let mut sets = Vec::new();
    let langs = [(Lang::En, "en"), (Lang::Es, "es")];
    for (lang, code) in langs {
        let path = sbd.join(format!("pysbd_golden_rules/pysbd_{code}_noclean.json"));
        let cases = read_json_array(&path)?.iter().filter_map(case_of).collect();
        sets.push(Set {
            name: "golden".into(),
            lang,
            kind: Kind::Exact,
            cases,
        });
    }
    let prag =
        read_json_array(&sbd.join("pragmatic_segmenter_specs/pragmatic_segmenter_cases.json"))?;
    for (lang, code) in langs {
        let cases = prag
            .iter()
            .filter(|c| c.get("lang").and_then(Value::as_str) == Some(code))
            .filter(|c| c.get("verbatim").and_then(Value::as_bool) == Some(true))
            .filter_map(case_of)
            .collect();
        sets.push(Set {
            name: "pragmatic".into(),
            lang,
            kind: Kind::Exact,
            cases,
        });
    }
    let lt = read_json_array(
        &sbd.join("languagetool_srx_tests/languagetool_sentence_split_cases.json"),
    )?;
    for (lang, code) in langs {
        let cases = lt
            .iter()
            .filter(|c| c.get("lang").and_then(Value::as_str) == Some(code))
            .filter_map(case_of)
            .collect();
        sets.push(Set {
            name: "languagetool".into(),
            lang,
            kind: Kind::Exact,
            cases,
        });
    }
    for part in ["dev", "test"] {
        let path = sbd.join(format!("ud_sentences/en_ewt-ud-{part}.paragraphs.jsonl"));
        if !path.is_file() {
            return Err(format!("{}: missing", path.display()));
        }
        let cases = read_jsonl(&path).iter().filter_map(case_of).collect();
        sets.push(Set {
            name: format!("ewt-{part}"),
            lang: Lang::En,
            kind: Kind::Spans,
            cases,
        });
    }
    let path = sbd.join("ud_sentences/pud_en_es_parallel.jsonl");
    if !path.is_file() {
        return Err(format!("{}: missing", path.display()));
    }
    let pud = read_jsonl(&path);
    for (lang, code) in langs {
        let mut cases: Vec<Case> = Vec::new();
        for v in &pud {
            let doc = v.get("doc_id").and_then(Value::as_str).unwrap_or_default();
            let Some(sentence) = v.get(code).and_then(Value::as_str) else {
                continue;
            };
            match cases.last_mut() {
                Some(c) if c.id == doc => {
                    c.text.push(' ');
                    c.text.push_str(sentence);
                    c.sentences.push(sentence.to_owned());
                }
                _ => cases.push(Case {
                    id: doc.to_owned(),
                    text: sentence.to_owned(),
                    sentences: vec![sentence.to_owned()],
                }),
            }
        }
        sets.push(Set {
            name: "pud-joined".into(),
            lang,
            kind: Kind::Spans,
            cases,
        });
    }
    Ok(sets)
}

fn score(seg: &Segmenter, set: &Set, show: bool) -> Score {
    let mut s = Score {
        cases: set.cases.len(),
        ..Score::default()
    };
    for case in &set.cases {
        let spans = seg.split(&case.text, set.lang);
        let got: Vec<&str> = spans
            .iter()
            .map(|sp| &case.text[sp.start..sp.end])
            .collect();
        let want = trimmed(&case.sentences);
        let ok = match set.kind {
            Kind::Exact => {
                let ok = got == want;
                s.right += usize::from(ok);
                ok
            }
            Kind::Spans => {
                let gold = locate(&case.text, &case.sentences);
                let pred: Vec<(usize, usize)> = spans.iter().map(|sp| (sp.start, sp.end)).collect();
                let tp = pred.iter().filter(|p| gold.contains(p)).count();
                s.tp += tp;
                s.pred += pred.len();
                s.gold += gold.len();
                tp == gold.len() && tp == pred.len()
            }
        };
        if show && !ok {
            println!(
                "--- {}\n text: {:?}\n want: {:?}\n got:  {:?}",
                case.id, case.text, want, got
            );
        }
    }
    s
}

/// pySBD's counts per row, or why they are missing.
fn pysbd(repo: &Path, data: &Path) -> Result<(String, Vec<Score>), String> {
    let python = repo.join(".venv/bin/python");
    if !python.is_file() {
        return Err("no .venv/bin/python (run sh scripts/pysbd_setup.sh)".into());
    }
    let out = Command::new(&python)
        .arg(repo.join("scripts/pysbd_eval.py"))
        .arg("--json")
        .env("CROSSCLAIM_DATA", data)
        .current_dir(repo)
        .output()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!("scripts/pysbd_eval.py failed: {}", err.trim()));
    }
    let v: Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("pysbd_eval.py output: {e}"))?;
    let tool = v
        .get("tool")
        .and_then(Value::as_str)
        .unwrap_or("pySBD")
        .to_owned();
    let rows = v
        .get("rows")
        .and_then(Value::as_array)
        .ok_or("pysbd_eval.py output: no rows")?;
    let n = |r: &Value, k: &str| r.get(k).and_then(Value::as_u64).unwrap_or(0) as usize;
    let scores = rows
        .iter()
        .map(|r| Score {
            cases: n(r, "cases"),
            right: n(r, "right"),
            tp: n(r, "tp"),
            pred: n(r, "pred"),
            gold: n(r, "gold"),
        })
        .collect();
    Ok((tool, scores))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1).cloned());
    let whole_show = args.iter().any(|a| a == "--whole");
    let data = match data_dir() {
        Ok(d) => std::fs::canonicalize(&d).unwrap_or(d),
        Err(e) => {
            eprintln!("sbd_eval: {e}");
            std::process::exit(2);
        }
    };
    if !data.join("sbd").is_dir() {
        eprintln!(
            "sbd_eval: no sentence-splitting data at {} (expected ../shared/data/sbd; set CROSSCLAIM_DATA)",
            data.join("sbd").display()
        );
        std::process::exit(2);
    }
    let segmenter = match Segmenter::from_dir(&lexicons().join("abbrev")) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("sbd_eval: {e}");
            std::process::exit(2);
        }
    };
    let whole = segmenter.clone().with_quotations(Quotations::Whole);
    let sets = match load_sets(&data) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("sbd_eval: {e}");
            std::process::exit(2);
        }
    };
    if let Some(label) = &show {
        for set in &sets {
            if format!("{}/{}", set.name, set.lang.code()) == *label {
                let seg = if whole_show { &whole } else { &segmenter };
                let s = score(seg, set, true);
                println!("{label}: {}", s.cell(&set.kind));
            }
        }
        return;
    }
    let repo: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let py = pysbd(&repo, &data);
    println!(
        "Sentence splitting (issue 4): cases exactly right, or F1/P/R of exact sentence spans"
    );
    println!("data: {}", data.join("sbd").display());
    let tool = match &py {
        Ok((tool, _)) => tool.clone(),
        Err(_) => "pySBD".to_owned(),
    };
    println!(
        "{:<13}{:<5}{:>6}  {:<27}{:<27}{:<27}",
        "set", "lang", "cases", "crossclaim", "cc whole", tool
    );
    for (n, set) in sets.iter().enumerate() {
        let a = score(&segmenter, set, false);
        let b = score(&whole, set, false);
        let p = match &py {
            Ok((_, rows)) => rows.get(n).map(|s| s.cell(&set.kind)).unwrap_or_default(),
            Err(_) => "not run".to_owned(),
        };
        let mark = match &py {
            Ok((_, rows)) => match rows.get(n) {
                Some(r) if a.value(&set.kind) >= r.value(&set.kind) => "  crossclaim >= pySBD",
                Some(r) if b.value(&set.kind) >= r.value(&set.kind) => "  cc whole >= pySBD",
                Some(_) => "  below pySBD",
                None => "",
            },
            Err(_) => "",
        };
        println!(
            "{:<13}{:<5}{:>6}  {:<27}{:<27}{:<27}{mark}",
            set.name,
            set.lang.code(),
            set.cases.len(),
            a.cell(&set.kind),
            b.cell(&set.kind),
            p
        );
    }
    if let Err(e) = &py {
        println!("pySBD: not run: {e}");
    }
}
