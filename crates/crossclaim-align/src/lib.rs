//! Aligning English and Spanish claims.
//!
//! `align` never sees the texts: each document is reduced to a compact [`DocProfile`] (its
//! entity IDs and its claims with their kinds, sources and targets as IDs). Entity IDs are
//! normalised through what they stand for (`WASHINGTON` → `USA`, `CHN_MFA` → `CHN`, a head of
//! state → the country), so a Spanish claim by `la Casa Blanca` and an English claim by `the
//! United States` share a speaker.
//!
//! 1. **Document pairing**: an English and a Spanish document are candidates when their entity
//!    profiles are similar (cosine over entity IDs weighted by inverse document frequency);
//!    candidates come from an inverted index over entity IDs, so documents that share no entity
//!    are never compared.
//! 2. **Claim pairing**: inside a document pair every English claim is scored against every
//!    Spanish claim from shared sources, shared targets and kind compatibility; pairs above a
//!    threshold are kept (many-to-many), each with its [`Evidence`].
//!
//! ```
//! use crossclaim_align::{Aligner, ClaimProfile, DocProfile, StandsFor};
//! use crossclaim_core::{ClaimKind, Lang};
//!
//! let claim = |id: &str, kind, s: &[&str], t: &[&str]| ClaimProfile {
//!     id: id.into(), kind, source: s.iter().map(|x| x.to_string()).collect(), target: t.iter().map(|x| x.to_string()).collect(),
//!     concepts: vec!["CYBERATTACK".into()], quantities: vec![], context: vec!["USA".into(), "CHN".into()], source_names: vec![], position: 0.0,
//! };
//! let en = DocProfile { doc_id: "en".into(), lang: Lang::En, entities: vec!["USA".into(), "CHN".into()],
//!     claims: vec![claim("en#0", ClaimKind::Accusation, &["USA"], &["CHN"])] };
//! let es = DocProfile { doc_id: "es".into(), lang: Lang::Es, entities: vec!["USA".into(), "CHN".into()],
//!     claims: vec![claim("es#0", ClaimKind::Accusation, &["USA"], &["CHN"])] };
//! let pairs = Aligner::new(StandsFor::default()).align(&[en, es]);
//! assert_eq!(pairs.len(), 1);
//! assert!(pairs[0].score > 0.9);
//! ```

use std::collections::{BTreeSet, HashMap};

use crossclaim_core::record::{
    AlignmentRecord, ClaimRef, DocumentRecord, Evidence, SCHEMA_VERSION,
};
use crossclaim_core::{ClaimKind, Lang, Span};
use crossclaim_quantity::{Quantity, QuantityKind};

/// A claim reduced to what alignment needs.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimProfile {
    pub id: String,
    pub kind: ClaimKind,
    pub source: Vec<String>,
    pub target: Vec<String>,
    /// Topic concepts of the claim's sentence, broader ones included.
    pub concepts: Vec<String>,
    /// Quantities and dates of the claim's sentence.
    pub quantities: Vec<Quantity>,
    /// Everything the claim's sentence names: entity IDs, `c:`concepts, `q:`amounts.
    pub context: Vec<String>,
    /// Capitalised words of the source phrase (`Mark Chandler`), folded: a name is written the
    /// same in both languages even when the lexicon does not know it.
    pub source_names: Vec<String>,
    /// Where the claim stands in its document, from 0 (first sentence) to 1 (last).
    pub position: f64,
}

/// A document reduced to what alignment needs: no text.
#[derive(Clone, Debug, PartialEq)]
pub struct DocProfile {
    pub doc_id: String,
    pub lang: Lang,
    /// Entity IDs of its mentions and its concept IDs (prefixed `c:`), with repetitions
    /// (counts weigh the profile).
    pub entities: Vec<String>,
    pub claims: Vec<ClaimProfile>,
}

impl DocProfile {
    pub fn from_record(r: &DocumentRecord) -> Self {
        let ids = |ix: &[usize]| {
            ix.iter()
                .filter_map(|&i| r.mentions.get(i).map(|m| m.entity.to_string()))
                .collect()
        };
        let concepts_of = |sentence: usize| -> Vec<String> {
            let mut v: Vec<String> = r
                .concepts
                .iter()
                .filter(|c| c.sentence == sentence)
                .flat_map(|c| std::iter::once(c.concept.to_string()).chain(c.broader.clone()))
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let quantities_of = |sentence: usize| -> Vec<Quantity> {
            r.quantities
                .iter()
                .filter(|q| q.sentence == sentence)
                .filter_map(|q| {
                    let kind = match q.kind.as_ref() {
                        "number" => QuantityKind::Number,
                        "magnitude" => QuantityKind::Magnitude,
                        "year" => QuantityKind::Year,
                        "date" => QuantityKind::Date,
                        _ => return None,
                    };
                    Some(Quantity {
                        span: Span::new(q.start, q.end),
                        value: q.value,
                        kind,
                    })
                })
                .collect()
        };
        let context_of = |sentence: usize| -> Vec<String> {
            let mut v: Vec<String> = r
                .mentions
                .iter()
                .filter(|m| m.sentence == sentence)
                .map(|m| m.entity.to_string())
                .chain(
                    r.concepts
                        .iter()
                        .filter(|c| c.sentence == sentence)
                        .map(|c| format!("c:{}", c.concept)),
                )
                .chain(
                    r.quantities
                        .iter()
                        .filter(|q| q.sentence == sentence && q.kind != "magnitude")
                        .map(|q| format!("q:{}", q.value)),
                )
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let keys: Vec<String> = r
            .quantities
            .iter()
            .filter(|q| q.kind != "magnitude")
            .map(|q| format!("q:{}:{}", q.kind, q.value))
            .collect();
        DocProfile {
            doc_id: r.doc_id.to_string(),
            lang: Lang::from_code(&r.lang).unwrap_or(Lang::Und),
            entities: r
                .mentions
                .iter()
                .map(|m| m.entity.to_string())
                .chain(r.concepts.iter().map(|c| format!("c:{}", c.concept)))
                .chain(keys)
                .collect(),
            claims: r
                .claims
                .iter()
                .filter_map(|c| {
                    Some(ClaimProfile {
                        id: c.id.clone(),
                        kind: ClaimKind::parse(&c.kind)?,
                        source: ids(&c.source),
                        target: ids(&c.target),
                        concepts: concepts_of(c.sentence),
                        quantities: quantities_of(c.sentence),
                        context: context_of(c.sentence),
                        source_names: c
                            .source_text
                            .as_ref()
                            .map(|t| names(&t.text))
                            .unwrap_or_default(),
                        position: c.sentence as f64
                            / r.sentences.len().saturating_sub(1).max(1) as f64,
                    })
                })
                .collect(),
        }
    }
}

/// What an entity stands for (`WASHINGTON` → `USA`), from the lexicon's `for=` attributes.
/// IDs of the form `XXX_…` whose prefix is a known country stand for that country.
#[derive(Clone, Debug, Default)]
pub struct StandsFor {
    map: HashMap<String, String>,
    countries: BTreeSet<String>,
}

impl StandsFor {
    pub fn new(map: HashMap<String, String>, countries: BTreeSet<String>) -> Self {
        StandsFor { map, countries }
    }

    /// The entity a claim role is counted as: followed through `for=` links (at most 4 steps).
    pub fn normalise<'a>(&'a self, mut id: &'a str) -> &'a str {
        for _ in 0..4 {
            if let Some(next) = self.map.get(id) {
                id = next;
                continue;
            }
            if let Some((prefix, _)) = id.split_once('_') {
                if prefix.len() == 3 && self.countries.contains(prefix) {
                    return prefix;
                }
            }
            break;
        }
        id
    }
}

/// Kind compatibility: the same kind, or kinds that report the same assertion in different
/// words (an accusation and a criticism; a denial and a statement rejecting accusations).
fn kind_match(a: ClaimKind, b: ClaimKind) -> (&'static str, f64) {
    use ClaimKind::*;
    if a == b {
        return ("same", 1.0);
    }
    match (a.min(b), a.max(b)) {
        (Accusation, Criticism) | (Denial, Statement) => ("compatible", 0.75),
        (Accusation, Statement)
        | (Warning, Statement)
        | (Criticism, Statement)
        | (Denial, Warning)
        | (Criticism, Warning)
        | (Accusation, Warning) => ("related", 0.5),
        _ => ("different", 0.2),
    }
}

/// An English and a Spanish document that report the same story (indices into the profiles).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DocPair {
    pub en: usize,
    pub es: usize,
    pub similarity: f64,
}

/// Settings of the aligner.
#[derive(Clone, Debug)]
pub struct Aligner {
    stands_for: StandsFor,
    /// Minimum document similarity for two documents to be paired.
    pub min_doc_similarity: f64,
    /// Minimum score of a claim pair.
    pub min_score: f64,
    /// A claim keeps only the pairs within this distance of its best.
    pub margin: f64,
    /// How many of a document's rarest keys are used to find candidate partners.
    pub blocking_keys: usize,
    /// How many candidates (most shared keys first) are scored per English document.
    pub max_candidates: usize,
    /// How many partners an English document keeps.
    pub max_pairs: usize,
    /// A partner must reach this share of the best partner's similarity.
    pub relative_similarity: f64,
    /// Keys found in more documents than this are not used to find candidates.
    pub max_block_df: usize,
}

impl Aligner {
    pub fn new(stands_for: StandsFor) -> Self {
        Aligner {
            stands_for,
            min_doc_similarity: 0.2,
            min_score: 0.6,
            margin: 0.05,
            blocking_keys: 12,
            max_candidates: 50,
            max_pairs: 3,
            relative_similarity: 0.7,
            max_block_df: 500,
        }
    }

    /// All alignment records between the English and the Spanish documents given, in a
    /// deterministic order (English document, English claim, Spanish document, Spanish claim).
    pub fn align(&self, docs: &[DocProfile]) -> Vec<AlignmentRecord> {
        let mut out = Vec::new();
        for pair in self.pair_documents(docs) {
            let (en, es) = (&docs[pair.en], &docs[pair.es]);
            if !en.claims.is_empty() && !es.claims.is_empty() {
                out.extend(self.pair_claims(en, es, pair.similarity));
            }
        }
        out
    }

    /// English and Spanish documents that report the same story, by the similarity of their
    /// profiles (entities through what they stand for, concepts, amounts and dates; tf-idf
    /// cosine). Candidates come from an inverted index over each document's most specific keys
    /// (its `blocking_keys` rarest ones), so the cost grows about linearly with the number of
    /// documents; each English document keeps at most `max_pairs` partners above
    /// `min_doc_similarity`, best first. Sorted by English document, then similarity.
    pub fn pair_documents(&self, docs: &[DocProfile]) -> Vec<DocPair> {
        let norm: Vec<Vec<String>> = docs
            .iter()
            .map(|d| {
                d.entities
                    .iter()
                    .map(|e| self.stands_for.normalise(e).to_owned())
                    .collect()
            })
            .collect();
        let (vectors, df) = tfidf(&norm);
        // A key in more than `max_block_df` documents cannot tell stories apart: never block on
        // it. The cap is fixed, so each document's candidates are bounded whatever the corpus size.
        let max_df = self.max_block_df;
        let blocking = |i: usize| -> Vec<&str> {
            let mut keys: Vec<(&str, f64)> = vectors[i]
                .iter()
                .filter(|(k, _)| df.get(k.as_str()).is_some_and(|&d| d <= max_df))
                .map(|(k, w)| (k.as_str(), *w))
                .collect();
            keys.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
            keys.truncate(self.blocking_keys);
            keys.into_iter().map(|(k, _)| k).collect()
        };
        let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            if d.lang == Lang::Es {
                for k in blocking(i) {
                    index.entry(k).or_default().push(i);
                }
            }
        }
        let mut out = Vec::new();
        for (i, en) in docs.iter().enumerate() {
            if en.lang != Lang::En {
                continue;
            }
            let mut shared: HashMap<usize, usize> = HashMap::new();
            for k in blocking(i) {
                for &j in index.get(k).into_iter().flatten() {
                    *shared.entry(j).or_default() += 1;
                }
            }
            let mut cands: Vec<(usize, usize)> = shared.into_iter().collect();
            cands.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            cands.truncate(self.max_candidates);
            let mut scored: Vec<DocPair> = cands
                .into_iter()
                .map(|(j, _)| DocPair {
                    en: i,
                    es: j,
                    similarity: cosine(&vectors[i], &vectors[j]),
                })
                .filter(|p| p.similarity >= self.min_doc_similarity)
                .collect();
            scored.sort_by(|a, b| b.similarity.total_cmp(&a.similarity).then(a.es.cmp(&b.es)));
            // Partners far below the best one are other stories on the same topic.
            let best = scored.first().map_or(0.0, |p| p.similarity);
            scored.retain(|p| p.similarity >= self.relative_similarity * best);
            scored.truncate(self.max_pairs);
            out.extend(scored);
        }
        out
    }

    fn pair_claims(&self, en: &DocProfile, es: &DocProfile, doc_sim: f64) -> Vec<AlignmentRecord> {
        let mut scored: Vec<(usize, usize, f64, Evidence)> = Vec::new();
        for (a, ca) in en.claims.iter().enumerate() {
            for (b, cb) in es.claims.iter().enumerate() {
                let (score, evidence) = self.score(ca, cb, doc_sim);
                if score >= self.min_score {
                    scored.push((a, b, score, evidence));
                }
            }
        }
        // Many-to-many, but a pair must be among the best of both of its claims.
        let mut best_en = vec![0.0f64; en.claims.len()];
        let mut best_es = vec![0.0f64; es.claims.len()];
        for &(a, b, score, _) in &scored {
            best_en[a] = best_en[a].max(score);
            best_es[b] = best_es[b].max(score);
        }
        let keep: Vec<bool> = scored
            .iter()
            .map(|&(a, b, score, _)| {
                score + self.margin >= best_en[a] || score + self.margin >= best_es[b]
            })
            .collect();
        scored
            .into_iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|((a, b, score, evidence), _)| AlignmentRecord {
                schema_version: SCHEMA_VERSION,
                en: ClaimRef {
                    doc_id: en.doc_id.clone(),
                    claim: en.claims[a].id.clone(),
                },
                es: ClaimRef {
                    doc_id: es.doc_id.clone(),
                    claim: es.claims[b].id.clone(),
                },
                score: (score * 1000.0).round() / 1000.0,
                evidence,
            })
            .collect()
    }

    /// The score of an English and a Spanish claim, in `[0, 1]`, with its evidence:
    /// `kind × (0.5 × speaker + 0.3 × target + 0.2 × concepts)`, where speaker and target are the
    /// overlap of the two sides' entity sets (after `for=` normalisation) and concepts the
    /// overlap of the topics of their sentences; topics on both sides with none in common cost
    /// 30%; an amount or date stated on both sides adds 0.1. An unknown side (no entity) is weak
    /// evidence (0.3); two claims with no target at all agree on it (0.5). A target that is the
    /// speaker itself (`China's ministry said China opposes …`) is not counted as a target.
    /// Speakers or targets named on both sides with nothing in common halve the score.
    pub fn score(&self, a: &ClaimProfile, b: &ClaimProfile, doc_sim: f64) -> (f64, Evidence) {
        let set = |v: &[String]| -> BTreeSet<String> {
            v.iter()
                .map(|e| self.stands_for.normalise(e).to_owned())
                .collect()
        };
        let (sa, sb) = (set(&a.source), set(&b.source));
        let (mut ta, mut tb) = (set(&a.target), set(&b.target));
        ta.retain(|e| !sa.contains(e));
        tb.retain(|e| !sb.contains(e));
        let (kind_name, kind_sim) = kind_match(a.kind, b.kind);
        let (na, nb): (BTreeSet<String>, BTreeSet<String>) = (
            a.source_names.iter().cloned().collect(),
            b.source_names.iter().cloned().collect(),
        );
        let names_shared = na.intersection(&nb).count() > 0;
        let source = match (sa.is_empty(), sb.is_empty()) {
            _ if names_shared => 1.0_f64.max(overlap(&sa, &sb).unwrap_or(1.0)),
            (true, true) => 0.3,
            _ => overlap(&sa, &sb).unwrap_or(0.1),
        };
        let target = match (ta.is_empty(), tb.is_empty()) {
            (true, true) => 0.5,
            _ => overlap(&ta, &tb).unwrap_or(0.3),
        };
        let (ca, cb): (BTreeSet<String>, BTreeSet<String>) = (
            a.concepts.iter().cloned().collect(),
            b.concepts.iter().cloned().collect(),
        );
        let concept = overlap(&ca, &cb);
        // The same amount or date on both sides (`30,000` ~ `decenas de miles`).
        let agreeing: Vec<String> = a
            .quantities
            .iter()
            .flat_map(|x| {
                b.quantities
                    .iter()
                    .filter(move |y| x.agrees(y))
                    .map(move |y| format!("{} ~ {}", fmt_quantity(x), fmt_quantity(y)))
            })
            .collect();
        let topic = match (concept, agreeing.is_empty()) {
            (Some(c), true) => c,
            (Some(c), false) => (c + 1.0) / 2.0,
            (None, false) => 1.0,
            (None, true) => 0.3,
        };
        let mut xa = set(&a.context);
        xa.extend(na.iter().map(|n| format!("n:{n}")));
        let mut xb = set(&b.context);
        xb.extend(nb.iter().map(|n| format!("n:{n}")));
        let context = jaccard(&xa, &xb);
        // Two close versions of one text (a translation: document similarity near 1) tell the
        // story in the same order and name the same things sentence by sentence; independent
        // reports (similarity around 0.4) do not. Sentence context and position count in
        // proportion to how close the documents are.
        let position = (1.0 - 2.0 * (a.position - b.position).abs()).max(0.0);
        let closeness = ((doc_sim - 0.4) / 0.4).clamp(0.0, 1.0);
        let independent = 0.45 * source + 0.3 * target + 0.25 * topic;
        let parallel = 0.3 * source + 0.2 * target + 0.15 * topic + 0.2 * context + 0.15 * position;
        let mut score = kind_sim * ((1.0 - closeness) * independent + closeness * parallel);
        // Different speakers, different targets or different topics named on both sides: not
        // the same claim.
        if overlap(&sa, &sb) == Some(0.0) && !names_shared {
            score *= 0.5;
        }
        if overlap(&ta, &tb) == Some(0.0) {
            score *= 0.5;
        }
        if concept == Some(0.0) && agreeing.is_empty() {
            score *= 0.7;
        }
        let shared = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
            x.intersection(y).cloned().collect::<Vec<_>>()
        };
        let mut all: BTreeSet<String> = sa.union(&ta).cloned().collect();
        let other: BTreeSet<String> = sb.union(&tb).cloned().collect();
        all.retain(|e| other.contains(e));
        let evidence = Evidence {
            shared_entities: all.into_iter().collect(),
            shared_sources: shared(&sa, &sb),
            shared_targets: shared(&ta, &tb),
            kinds: [a.kind.as_str().to_owned(), b.kind.as_str().to_owned()],
            kind_match: kind_name.to_owned(),
            concepts: shared(&ca, &cb),
            quantities: agreeing,
            document_similarity: (doc_sim * 1000.0).round() / 1000.0,
        };
        (score.clamp(0.0, 1.0), evidence)
    }
}

/// Capitalised words of at least three letters, folded, that are not sentence-initial
/// function words (`The`, `Los`).
fn names(text: &str) -> Vec<String> {
    const SKIP: [&str; 12] = [
        "the", "los", "las", "una", "uno", "este", "esta", "this", "that", "our", "their", "his",
    ];
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
        .map(crossclaim_core::fold)
        .filter(|w| !SKIP.contains(&w.as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// `|A ∩ B| / |A ∪ B|`; 0 when both are empty.
fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        0.0
    } else {
        a.intersection(b).count() as f64 / union as f64
    }
}

fn fmt_quantity(q: &Quantity) -> String {
    match q.kind {
        QuantityKind::Magnitude => format!("~{}", q.value),
        _ => format!("{}", q.value),
    }
}

/// `|A ∩ B| / min(|A|, |B|)`; `None` when either side is empty (nothing to compare).
fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> Option<f64> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    Some(a.intersection(b).count() as f64 / a.len().min(b.len()) as f64)
}

/// tf-idf vectors of the documents, and the document frequency of every key.
fn tfidf(docs: &[Vec<String>]) -> (Vec<HashMap<String, f64>>, HashMap<String, usize>) {
    let mut df: HashMap<&str, usize> = HashMap::new();
    for d in docs {
        let unique: BTreeSet<&str> = d.iter().map(String::as_str).collect();
        for e in unique {
            *df.entry(e).or_default() += 1;
        }
    }
    let n = docs.len() as f64;
    let vectors = docs
        .iter()
        .map(|d| {
            let mut v: HashMap<String, f64> = HashMap::new();
            for e in d {
                *v.entry(e.clone()).or_default() += 1.0;
            }
            for (e, w) in v.iter_mut() {
                let idf = (1.0 + n / df[e.as_str()] as f64).ln();
                *w = (1.0 + w.ln()) * idf;
            }
            v
        })
        .collect();
    let df = df.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    (vectors, df)
}

fn cosine(a: &HashMap<String, f64>, b: &HashMap<String, f64>) -> f64 {
    let dot: f64 = a.iter().filter_map(|(k, x)| b.get(k).map(|y| x * y)).sum();
    let na: f64 = a.values().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.values().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(kind: ClaimKind, s: &[&str], t: &[&str]) -> ClaimProfile {
        ClaimProfile {
            id: "c".into(),
            kind,
            source: s.iter().map(|x| x.to_string()).collect(),
            target: t.iter().map(|x| x.to_string()).collect(),
            concepts: Vec::new(),
            quantities: Vec::new(),
            context: Vec::new(),
            source_names: Vec::new(),
            position: 0.0,
        }
    }

    fn stands_for() -> StandsFor {
        let map = HashMap::from([
            ("WHITE_HOUSE".to_owned(), "USA".to_owned()),
            ("JOE_BIDEN".to_owned(), "USA".to_owned()),
        ]);
        StandsFor::new(
            map,
            ["USA", "CHN", "RUS"]
                .into_iter()
                .map(String::from)
                .collect(),
        )
    }

    #[test]
    fn speakers_are_normalised() {
        let s = stands_for();
        assert_eq!(s.normalise("WHITE_HOUSE"), "USA");
        assert_eq!(s.normalise("CHN_MFA"), "CHN");
        assert_eq!(s.normalise("NATO"), "NATO");
    }

    #[test]
    fn scores_follow_the_evidence() {
        // Two independent reports (document similarity 0.3): speaker, target, kind and topic
        // decide; sentence context and position do not count.
        let a = Aligner::new(stands_for());
        let acc = claim(ClaimKind::Accusation, &["USA"], &["CHN"]);
        let score = |other: &ClaimProfile| a.score(&acc, other, 0.3).0;
        let same = score(&claim(ClaimKind::Accusation, &["JOE_BIDEN"], &["CHN"]));
        let other_target = score(&claim(ClaimKind::Accusation, &["USA"], &["RUS"]));
        let other_speaker = score(&claim(ClaimKind::Accusation, &["RUS"], &["CHN"]));
        let unknown_speaker = score(&claim(ClaimKind::Accusation, &[], &["CHN"]));
        let other_kind = score(&claim(ClaimKind::Denial, &["USA"], &["CHN"]));
        // 0.45 speaker + 0.3 target + 0.25 × 0.3 unknown topic
        assert!((same - 0.825).abs() < 1e-9, "{same}");
        assert!(same >= a.min_score);
        for (what, s) in [
            ("other target", other_target),
            ("other speaker", other_speaker),
            ("unknown speaker", unknown_speaker),
        ] {
            assert!(s < a.min_score, "{what}: {s}");
        }
        assert!(other_kind < same);
    }

    #[test]
    fn topics_in_common_raise_the_score_and_none_in_common_lower_it() {
        let a = Aligner::new(stands_for());
        let with = |c: &[&str]| ClaimProfile {
            concepts: c.iter().map(|x| x.to_string()).collect(),
            ..claim(ClaimKind::Statement, &["USA"], &["CHN"])
        };
        let shared = a
            .score(
                &with(&["CYBERATTACK"]),
                &with(&["CYBERATTACK", "SERVER"]),
                1.0,
            )
            .0;
        let unknown = a.score(&with(&[]), &with(&["CYBERATTACK"]), 1.0).0;
        let disjoint = a
            .score(&with(&["ELECTION"]), &with(&["CYBERATTACK"]), 1.0)
            .0;
        assert!(
            shared > unknown && unknown > disjoint,
            "{shared} {unknown} {disjoint}"
        );
        assert!(disjoint < a.min_score);
    }
}
