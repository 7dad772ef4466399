//! Scoring against gold annotations, exactly as SPEC §6 defines it.
//!
//! Counts are kept per language and added up for the overall row, so that every figure can be
//! recomputed from the counts (precision, recall and F1 are derived, never averaged). The only
//! averages are the per-claim set F1 of sources and targets over matched claims, where an empty
//! gold set predicted empty counts as right.
//!
//! ```
//! use crossclaim_eval::Prf;
//! let p = Prf { tp: 8, fp: 2, fn_: 0 };
//! assert_eq!(p.precision(), 0.8);
//! assert_eq!(p.recall(), 1.0);
//! ```

mod gold;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use crossclaim_core::record::{AlignmentRecord, DocumentRecord};
use crossclaim_core::Span;
use serde::Serialize;

pub use gold::{load_gold_dir, GoldAlignment, GoldClaim, GoldDoc, GoldError, GoldMention};

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        // Nothing to find and nothing found: perfect; used only for empty sets.
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A running mean.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Mean {
    pub sum: f64,
    pub n: usize,
}

impl Mean {
    pub fn value(&self) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            self.sum / self.n as f64
        }
    }
    fn push(&mut self, x: f64) {
        self.sum += x;
        self.n += 1;
    }
    fn add(&mut self, o: Mean) {
        self.sum += o.sum;
        self.n += o.n;
    }
}

/// Counts for one language (or all).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Counts {
    pub documents: usize,
    pub language_correct: usize,
    pub sentences: Prf,
    pub mentions_strict: Prf,
    pub mentions_lenient: Prf,
    pub claims: Prf,
    pub claim_kind: Mean,
    pub claim_source: Mean,
    pub claim_target: Mean,
    pub claims_exact: Prf,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.documents += o.documents;
        self.language_correct += o.language_correct;
        self.sentences.add(o.sentences);
        self.mentions_strict.add(o.mentions_strict);
        self.mentions_lenient.add(o.mentions_lenient);
        self.claims.add(o.claims);
        self.claim_kind.add(o.claim_kind);
        self.claim_source.add(o.claim_source);
        self.claim_target.add(o.claim_target);
        self.claims_exact.add(o.claims_exact);
    }
}

/// The whole evaluation.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// Per language code (`en`, `es`) and `all`.
    pub by_lang: BTreeMap<String, Counts>,
    /// Pairwise same-entity agreement over matched mentions, both languages together.
    pub linking: Prf,
    pub alignments: Prf,
    /// Gold documents with no prediction (each scored as all missed).
    pub missing: Vec<String>,
}

/// Scores predicted documents and alignments against the gold set.
pub fn evaluate(
    gold: &[GoldDoc],
    gold_align: &[GoldAlignment],
    pred: &[DocumentRecord],
    pred_align: &[AlignmentRecord],
) -> Report {
    let by_id: HashMap<&str, &DocumentRecord> =
        pred.iter().map(|d| (d.doc_id.as_ref(), d)).collect();
    let mut report = Report::default();
    let mut link_pairs: Vec<(String, String)> = Vec::new();
    // (doc, gold claim id) for each predicted claim id matched to it.
    let mut claim_map: HashMap<(String, String), String> = HashMap::new();
    for g in gold {
        let empty;
        let p = match by_id.get(g.doc_id.as_str()) {
            Some(p) => *p,
            None => {
                report.missing.push(g.doc_id.clone());
                empty = DocumentRecord {
                    schema_version: 1,
                    doc_id: g.doc_id.clone().into(),
                    lang: "und".into(),
                    lang_confidence: 0.0,
                    lang_reason: None,
                    lang_detected: None,
                    meta: Default::default(),
                    foreign_spans: vec![],
                    sentences: vec![],
                    mentions: vec![],
                    concepts: vec![],
                    quantities: vec![],
                    claims: vec![],
                };
                &empty
            }
        };
        let c = score_doc(g, p, &mut link_pairs, &mut claim_map);
        report.by_lang.entry(g.lang.clone()).or_default().add(&c);
        report.by_lang.entry("all".into()).or_default().add(&c);
    }
    report.linking = pairwise(&link_pairs);
    report.alignments = score_alignments(gold_align, pred_align, &claim_map);
    report
}

fn spans_of(p: &DocumentRecord) -> Vec<Span> {
    p.mentions
        .iter()
        .map(|m| Span::new(m.start, m.end))
        .collect()
}

/// One-to-one matching of overlapping spans, greatest overlap first (ties: text order).
pub fn match_overlapping(gold: &[Span], pred: &[Span]) -> Vec<(usize, usize)> {
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            if g.overlaps(p) {
                let ov = g.end.min(p.end) - g.start.max(p.start);
                cands.push((ov, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut gu, mut pu) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut out = Vec::new();
    for (_, i, j) in cands {
        if !gu[i] && !pu[j] {
            gu[i] = true;
            pu[j] = true;
            out.push((i, j));
        }
    }
    out.sort();
    out
}

fn exact(gold: &[Span], pred: &[Span]) -> Prf {
    let g: std::collections::HashSet<&Span> = gold.iter().collect();
    let tp = pred
        .iter()
        .collect::<std::collections::HashSet<_>>()
        .iter()
        .filter(|p| g.contains(*p))
        .count();
    Prf {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
    }
}

fn score_doc(
    g: &GoldDoc,
    p: &DocumentRecord,
    link_pairs: &mut Vec<(String, String)>,
    claim_map: &mut HashMap<(String, String), String>,
) -> Counts {
    let mut c = Counts {
        documents: 1,
        language_correct: usize::from(g.lang == p.lang),
        ..Default::default()
    };
    let pred_sent: Vec<Span> = p
        .sentences
        .iter()
        .map(|s| Span::new(s.start, s.end))
        .collect();
    c.sentences = exact(&g.sentences, &pred_sent);
    let gold_m: Vec<Span> = g.mentions.iter().map(|m| m.span).collect();
    let pred_m = spans_of(p);
    c.mentions_strict = exact(&gold_m, &pred_m);
    let matched = match_overlapping(&gold_m, &pred_m);
    c.mentions_lenient = Prf {
        tp: matched.len(),
        fp: pred_m.len() - matched.len(),
        fn_: gold_m.len() - matched.len(),
    };
    for &(i, j) in &matched {
        link_pairs.push((
            g.mentions[i].entity.clone(),
            p.mentions[j].entity.to_string(),
        ));
    }
    // A predicted mention stands for the gold entity of the gold mention it overlaps.
    let gold_entity_of_pred: HashMap<usize, &str> = matched
        .iter()
        .map(|&(i, j)| (j, g.mentions[i].entity.as_str()))
        .collect();
    let gold_entity_at: HashMap<Span, &str> = g
        .mentions
        .iter()
        .map(|m| (m.span, m.entity.as_str()))
        .collect();
    let pred_entities = |ix: &[usize]| -> std::collections::BTreeSet<String> {
        ix.iter()
            .filter_map(|&j| {
                let m = p.mentions.get(j)?;
                Some(
                    gold_entity_of_pred
                        .get(&j)
                        .map_or_else(|| format!("pred:{}", m.entity), |e| e.to_string()),
                )
            })
            .collect()
    };
    let gold_entities = |spans: &[Span]| -> std::collections::BTreeSet<String> {
        spans
            .iter()
            .map(|s| {
                gold_entity_at.get(s).map_or_else(
                    || format!("gold-span:{}-{}", s.start, s.end),
                    |e| e.to_string(),
                )
            })
            .collect()
    };
    let gold_cues: Vec<Span> = g.claims.iter().map(|c| c.cue).collect();
    let pred_cues: Vec<Span> = p
        .claims
        .iter()
        .map(|c| Span::new(c.cue.start, c.cue.end))
        .collect();
    let cm = match_overlapping(&gold_cues, &pred_cues);
    c.claims = Prf {
        tp: cm.len(),
        fp: pred_cues.len() - cm.len(),
        fn_: gold_cues.len() - cm.len(),
    };
    let mut exact_tp = 0;
    for &(i, j) in &cm {
        let (gc, pc) = (&g.claims[i], &p.claims[j]);
        claim_map.insert((p.doc_id.to_string(), pc.id.clone()), gc.id.clone());
        let kind_ok = gc.kind == pc.kind;
        let (gs, ps) = (gold_entities(&gc.source), pred_entities(&pc.source));
        let (gt, pt) = (gold_entities(&gc.target), pred_entities(&pc.target));
        let (fs, ft) = (set_f1(&gs, &ps), set_f1(&gt, &pt));
        c.claim_kind.push(f64::from(u8::from(kind_ok)));
        c.claim_source.push(fs);
        c.claim_target.push(ft);
        if kind_ok && gs == ps && gt == pt {
            exact_tp += 1;
        }
    }
    c.claims_exact = Prf {
        tp: exact_tp,
        fp: pred_cues.len() - exact_tp,
        fn_: gold_cues.len() - exact_tp,
    };
    c
}

fn set_f1(g: &std::collections::BTreeSet<String>, p: &std::collections::BTreeSet<String>) -> f64 {
    if g.is_empty() && p.is_empty() {
        return 1.0;
    }
    let tp = g.intersection(p).count();
    Prf {
        tp,
        fp: p.len() - tp,
        fn_: g.len() - tp,
    }
    .f1()
}

/// Pairwise "same entity" agreement: counted from the contingency table, not over all pairs.
pub fn pairwise(pairs: &[(String, String)]) -> Prf {
    let c2 = |n: usize| n * n.saturating_sub(1) / 2;
    let mut by_gold: HashMap<&str, usize> = HashMap::new();
    let mut by_pred: HashMap<&str, usize> = HashMap::new();
    let mut by_both: HashMap<(&str, &str), usize> = HashMap::new();
    for (g, p) in pairs {
        *by_gold.entry(g).or_default() += 1;
        *by_pred.entry(p).or_default() += 1;
        *by_both.entry((g, p)).or_default() += 1;
    }
    let both: usize = by_both.values().map(|&n| c2(n)).sum();
    let gold: usize = by_gold.values().map(|&n| c2(n)).sum();
    let pred: usize = by_pred.values().map(|&n| c2(n)).sum();
    Prf {
        tp: both,
        fp: pred - both,
        fn_: gold - both,
    }
}

fn score_alignments(
    gold: &[GoldAlignment],
    pred: &[AlignmentRecord],
    claim_map: &HashMap<(String, String), String>,
) -> Prf {
    let gold_set: std::collections::HashSet<(&str, &str, &str, &str)> = gold
        .iter()
        .map(|a| {
            (
                a.en.0.as_str(),
                a.en.1.as_str(),
                a.es.0.as_str(),
                a.es.1.as_str(),
            )
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut tp = 0;
    let mut fp = 0;
    for a in pred {
        let en = claim_map.get(&(a.en.doc_id.clone(), a.en.claim.clone()));
        let es = claim_map.get(&(a.es.doc_id.clone(), a.es.claim.clone()));
        match (en, es) {
            (Some(en), Some(es))
                if gold_set.contains(&(
                    a.en.doc_id.as_str(),
                    en.as_str(),
                    a.es.doc_id.as_str(),
                    es.as_str(),
                )) =>
            {
                if seen.insert((
                    a.en.doc_id.clone(),
                    en.clone(),
                    a.es.doc_id.clone(),
                    es.clone(),
                )) {
                    tp += 1;
                } else {
                    fp += 1;
                }
            }
            _ => fp += 1,
        }
    }
    Prf {
        tp,
        fp,
        fn_: gold_set.len() - tp,
    }
}

impl Report {
    /// The human table: one block per stage, a row per language and `all`.
    pub fn table(&self) -> String {
        let mut s = String::new();
        let mut langs: Vec<&String> = self.by_lang.keys().filter(|k| *k != "all").collect();
        langs.extend(self.by_lang.keys().find(|k| *k == "all"));
        let _ = writeln!(
            s,
            "{:<22} {:>5} {:>7} {:>7} {:>7} {:>6}",
            "stage", "lang", "P", "R", "F1", "n"
        );
        let row = |s: &mut String, name: &str, lang: &str, p: &Prf, n: usize| {
            let _ = writeln!(
                s,
                "{:<22} {:>5} {:>7.3} {:>7.3} {:>7.3} {:>6}",
                name,
                lang,
                p.precision(),
                p.recall(),
                p.f1(),
                n
            );
        };
        let acc = |s: &mut String, name: &str, lang: &str, v: f64, n: usize| {
            let _ = writeln!(
                s,
                "{:<22} {:>5} {:>7} {:>7} {:>7.3} {:>6}",
                name, lang, "", "", v, n
            );
        };
        for l in &langs {
            let c = &self.by_lang[*l];
            acc(
                &mut s,
                "language (accuracy)",
                l,
                ratio(c.language_correct, c.documents),
                c.documents,
            );
        }
        for (name, get) in [
            (
                "sentences",
                (|c: &Counts| c.sentences) as fn(&Counts) -> Prf,
            ),
            ("mentions (strict)", |c| c.mentions_strict),
            ("mentions (lenient)", |c| c.mentions_lenient),
            ("claims (cue)", |c| c.claims),
            ("claims (exact)", |c| c.claims_exact),
        ] {
            for l in &langs {
                let p = get(&self.by_lang[*l]);
                row(&mut s, name, l, &p, p.tp + p.fn_);
            }
        }
        for (name, get) in [
            (
                "claim kind (accuracy)",
                (|c: &Counts| c.claim_kind) as fn(&Counts) -> Mean,
            ),
            ("claim source (F1)", |c| c.claim_source),
            ("claim target (F1)", |c| c.claim_target),
        ] {
            for l in &langs {
                let m = get(&self.by_lang[*l]);
                acc(&mut s, name, l, m.value(), m.n);
            }
        }
        row(
            &mut s,
            "linking (pairwise)",
            "all",
            &self.linking,
            self.linking.tp + self.linking.fn_,
        );
        row(
            &mut s,
            "alignments",
            "all",
            &self.alignments,
            self.alignments.tp + self.alignments.fn_,
        );
        if !self.missing.is_empty() {
            let _ = writeln!(
                s,
                "gold documents without a prediction: {}",
                self.missing.join(", ")
            );
        }
        s
    }

    /// A flat JSON summary with every count and derived figure.
    pub fn to_json(&self) -> serde_json::Value {
        let prf = |p: &Prf| serde_json::json!({"tp": p.tp, "fp": p.fp, "fn": p.fn_, "precision": p.precision(), "recall": p.recall(), "f1": p.f1()});
        let mut langs = serde_json::Map::new();
        for (l, c) in &self.by_lang {
            langs.insert(
                l.clone(),
                serde_json::json!({
                    "documents": c.documents,
                    "language_accuracy": ratio(c.language_correct, c.documents),
                    "sentences": prf(&c.sentences),
                    "mentions_strict": prf(&c.mentions_strict),
                    "mentions_lenient": prf(&c.mentions_lenient),
                    "claims": prf(&c.claims),
                    "claims_exact": prf(&c.claims_exact),
                    "claim_kind_accuracy": c.claim_kind.value(),
                    "claim_source_f1": c.claim_source.value(),
                    "claim_target_f1": c.claim_target.value(),
                    "matched_claims": c.claim_kind.n,
                }),
            );
        }
        serde_json::json!({"by_lang": langs, "linking": prf(&self.linking), "alignments": prf(&self.alignments), "missing": self.missing})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairwise_counts_from_contingency() {
        let pairs: Vec<(String, String)> =
            [("USA", "USA"), ("USA", "USA"), ("CHN", "CHN"), ("CHN", "X")]
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
        let p = pairwise(&pairs);
        assert_eq!((p.tp, p.fp, p.fn_), (1, 0, 1));
    }

    #[test]
    fn overlap_matching_is_one_to_one() {
        let g = [Span::new(0, 10), Span::new(12, 20)];
        let p = [Span::new(0, 20)];
        assert_eq!(match_overlapping(&g, &p).len(), 1);
    }
}
