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
//!    Spanish claim; pairs above a threshold are kept, each with its [`Evidence`]. Many-to-many,
//!    but claims compete: each English claim keeps its best partners (within a margin), and a
//!    Spanish claim that no English claim picked keeps its own best ones. Two independent
//!    reports are compared by shared sources, shared targets, kind compatibility and topic; a
//!    statement that passes on another claim with no speaker of its own (`dijo que los países
//!    se unen para denunciar …`) is compared by that claim's kind and, when that decides,
//!    aligned as that claim. Two close versions of one text (a translation) are compared by
//!    sentence position, what the sentences and the claims themselves name (a claim's
//!    [`ClaimProfile::content`]: its own stretch of the sentence), the cues' translation
//!    ([`CuePairs`], `lexicons/align/cue_pairs.txt`) and the entities of both roles as one set.
//!    Document similarity blends the two.
//!
//! ```
//! use crossclaim_align::{Aligner, ClaimProfile, DocProfile, StandsFor};
//! use crossclaim_core::{ClaimKind, Lang};
//!
//! let claim = |id: &str, kind, s: &[&str], t: &[&str]| ClaimProfile {
//!     id: id.into(), kind, source: s.iter().map(|x| x.to_string()).collect(), target: t.iter().map(|x| x.to_string()).collect(),
//!     concepts: vec!["CYBERATTACK".into()], quantities: vec![], context: vec!["USA".into(), "CHN".into()], source_names: vec![], position: 0.0,
//!     cue: "accused".into(), sentence: 0, sentences: 1, content: vec!["CHN".into()], reports: None,
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
    AlignmentRecord, ClaimRecord, ClaimRef, DocumentRecord, Evidence, SCHEMA_VERSION,
};
use crossclaim_core::{ClaimKind, Lang, Span};
use crossclaim_quantity::{Quantity, QuantityKind};

mod cues;
pub use cues::{normalise_cue, CuePairs, CuePairsError};

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
    /// The cue's text (`said`, `dijo`, `according to`), compared through [`CuePairs`].
    pub cue: String,
    /// The index of the claim's sentence, and how many sentences its document has: a
    /// translation keeps the order of sentences, so the claim's partner sits at about the same
    /// index.
    pub sentence: usize,
    pub sentences: usize,
    /// What the claim itself names, apart from the rest of its sentence: entity IDs, `c:`concepts
    /// and `q:`amounts inside its own stretch of the sentence (its source phrase, cue and
    /// content, up to the neighbouring claims' cues) or its quotation, the cue's own concept
    /// (`protested` → PROTEST) left out.
    pub content: Vec<String>,
    /// The kind and id of a claim reported inside this statement's content with no other
    /// speaker (`la Casa Blanca dijo que los países se unen para denunciar …`: the criticism
    /// `denunciar`): what the statement passes on.
    pub reports: Option<(ClaimKind, String)>,
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
        // Indices of each sentence's mentions, concepts, quantities and claims, so that a claim
        // looks only at its own sentence (a document can hold hundreds of thousands of claims).
        let by_sentence = |sentences: Vec<usize>| -> Vec<Vec<usize>> {
            let mut v: Vec<Vec<usize>> = vec![Vec::new(); r.sentences.len()];
            for (i, s) in sentences.into_iter().enumerate() {
                if s >= v.len() {
                    v.resize(s + 1, Vec::new());
                }
                v[s].push(i);
            }
            v
        };
        let mentions_at = by_sentence(r.mentions.iter().map(|m| m.sentence).collect());
        let concepts_at = by_sentence(r.concepts.iter().map(|c| c.sentence).collect());
        let quantities_at = by_sentence(r.quantities.iter().map(|q| q.sentence).collect());
        let claims_at = by_sentence(r.claims.iter().map(|c| c.sentence).collect());
        fn at(v: &[Vec<usize>], s: usize) -> &[usize] {
            v.get(s).map_or(&[], Vec::as_slice)
        }
        let ids = |ix: &[usize]| {
            ix.iter()
                .filter_map(|&i| r.mentions.get(i).map(|m| m.entity.to_string()))
                .collect()
        };
        let concepts_of = |sentence: usize| -> Vec<String> {
            let mut v: Vec<String> = at(&concepts_at, sentence)
                .iter()
                .map(|&i| &r.concepts[i])
                .flat_map(|c| std::iter::once(c.concept.to_string()).chain(c.broader.clone()))
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let quantities_of = |sentence: usize| -> Vec<Quantity> {
            at(&quantities_at, sentence)
                .iter()
                .map(|&i| &r.quantities[i])
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
            let mut v: Vec<String> = at(&mentions_at, sentence)
                .iter()
                .map(|&i| r.mentions[i].entity.to_string())
                .chain(
                    at(&concepts_at, sentence)
                        .iter()
                        .map(|&i| format!("c:{}", r.concepts[i].concept)),
                )
                .chain(
                    at(&quantities_at, sentence)
                        .iter()
                        .map(|&i| &r.quantities[i])
                        .filter(|q| q.kind != "magnitude")
                        .map(|q| format!("q:{}", q.value)),
                )
                .collect();
            v.sort();
            v.dedup();
            v
        };
        // What lies inside a claim's own stretch of its sentence (see `own_stretch`) or its
        // quotation.
        let content_of = |c: &ClaimRecord| -> Vec<String> {
            let neighbours: Vec<&ClaimRecord> = at(&claims_at, c.sentence)
                .iter()
                .map(|&i| &r.claims[i])
                .collect();
            let stretches = [
                Some(own_stretch(r, c, &neighbours)),
                c.quote.as_ref().map(|q| (q.start, q.end)),
            ];
            let quote = stretches[1];
            let inside = |start: usize, end: usize| {
                stretches
                    .iter()
                    .flatten()
                    .any(|&(lo, hi)| start >= lo && end <= hi)
            };
            let cue = (c.cue.start, c.cue.end);
            // A quotation may run over several sentences: then every sentence it covers.
            let mut sentences = vec![c.sentence];
            if let Some((qs, qe)) = quote {
                let first = r.sentences.partition_point(|s| s.end <= qs);
                sentences.extend(
                    (first..r.sentences.len())
                        .take_while(|&i| r.sentences[i].start < qe)
                        .filter(|&i| i != c.sentence),
                );
            }
            let pick = |v: &[Vec<usize>]| -> Vec<usize> {
                sentences.iter().flat_map(|&s| at(v, s)).copied().collect()
            };
            let mut v: Vec<String> = pick(&mentions_at)
                .into_iter()
                .map(|i| &r.mentions[i])
                .filter(|m| inside(m.start, m.end))
                .map(|m| m.entity.to_string())
                .chain(
                    pick(&concepts_at)
                        .into_iter()
                        .map(|i| &r.concepts[i])
                        .filter(|x| inside(x.start, x.end))
                        .filter(|x| x.end <= cue.0 || x.start >= cue.1)
                        .flat_map(|x| {
                            std::iter::once(format!("c:{}", x.concept))
                                .chain(x.broader.iter().map(|b| format!("c:{b}")))
                        }),
                )
                .chain(
                    pick(&quantities_at)
                        .into_iter()
                        .map(|i| &r.quantities[i])
                        .filter(|q| inside(q.start, q.end) && q.kind != "magnitude")
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
                        cue: c.cue.text.to_string(),
                        sentence: c.sentence,
                        sentences: r.sentences.len(),
                        content: content_of(c),
                        reports: reported_claim(
                            r,
                            c,
                            &at(&claims_at, c.sentence)
                                .iter()
                                .map(|&i| &r.claims[i])
                                .collect::<Vec<_>>(),
                        ),
                    })
                })
                .collect(),
        }
    }
}

/// A claim's own stretch of its sentence: from the end of the previous claim's cue in the same
/// sentence (or the sentence's start) to the start of the next one's (or the sentence's end).
/// Two claims of one sentence (`Pekín dijo que rechaza … y advirtió de sanciones`) each keep
/// the words around their own cue. (Cutting finer, at each claim's source phrase, lost 3 of
/// 402 right claim pairs on MEANTIME: a translation moves the speaker from after the cue to
/// before it, `"…," he said` ~ `Dijo que "…"`.)
fn own_stretch(r: &DocumentRecord, c: &ClaimRecord, neighbours: &[&ClaimRecord]) -> (usize, usize) {
    let (mut lo, mut hi) = r
        .sentences
        .get(c.sentence)
        .map_or((c.cue.start, c.cue.end), |s| (s.start, s.end));
    for d in neighbours {
        if d.cue.end <= c.cue.start {
            lo = lo.max(d.cue.end);
        } else if d.cue.start >= c.cue.end {
            hi = hi.min(d.cue.start);
        }
    }
    (lo, hi)
}

/// The kind of the claim a statement reports (`la Casa Blanca dijo que los países … se unen
/// para denunciar esas actividades`: a criticism): another claim whose cue and source phrase
/// both stand in the statement's content, after its cue, and which has no speaker of its own
/// other than the statement's. A claim with its own source phrase before the statement's cue
/// is a second claim of the same speaker (`dijo que … y advirtió que …`), not a reported one.
/// Only accusations, denials, criticisms and warnings are reported kinds: a statement that
/// reports a statement is a statement.
fn reported_claim(
    r: &DocumentRecord,
    c: &ClaimRecord,
    neighbours: &[&ClaimRecord],
) -> Option<(ClaimKind, String)> {
    if ClaimKind::parse(&c.kind)? != ClaimKind::Statement {
        return None;
    }
    if c.source_text.as_ref().is_some_and(|s| s.start >= c.cue.end) {
        return None; // `…, informó X`: the content precedes the cue
    }
    let speaker: BTreeSet<&str> = c
        .source
        .iter()
        .filter_map(|&i| r.mentions.get(i).map(|m| m.entity.as_ref()))
        .collect();
    neighbours
        .iter()
        .filter(|d| d.cue.start >= c.cue.end)
        .filter(|d| d.source_text.as_ref().is_none_or(|s| s.start >= c.cue.end))
        .filter(|d| {
            d.source
                .iter()
                .filter_map(|&i| r.mentions.get(i))
                .all(|m| speaker.contains(m.entity.as_ref()))
        })
        .filter_map(|d| Some((ClaimKind::parse(&d.kind)?, d.id.clone())))
        .find(|(k, _)| *k != ClaimKind::Statement)
}

/// What an entity stands for (`WASHINGTON` → `USA`), from the lexicon's `for=` attributes.
/// IDs of the form `XXX_…` whose prefix is a known country stand for that country.
#[derive(Clone, Debug, Default)]
pub struct StandsFor {
    map: HashMap<String, String>,
    countries: BTreeSet<String>,
    groups: BTreeSet<String>,
}

impl StandsFor {
    pub fn new(map: HashMap<String, String>, countries: BTreeSet<String>) -> Self {
        StandsFor {
            map,
            countries,
            groups: BTreeSet::new(),
        }
    }

    /// Entities that are groups of unnamed members (`INTERNATIONAL_COMMUNITY`, type `GROUP`):
    /// a claim by a group and a claim by a state or body that may belong to it are not by
    /// different speakers.
    pub fn with_groups(mut self, groups: BTreeSet<String>) -> Self {
        self.groups = groups;
        self
    }

    /// Whether an entity is a group of unnamed members.
    pub fn is_group(&self, id: &str) -> bool {
        self.groups.contains(id)
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

/// How close two documents are to being versions of one text, from their similarity: 0 for
/// independent reports (similarity up to 0.4), 1 for a translation (0.8 and above).
fn closeness(doc_sim: f64) -> f64 {
    ((doc_sim - 0.4) / 0.4).clamp(0.0, 1.0)
}

/// The kind a claim is compared by between independent reports: a statement's reported claim's
/// kind (see [`ClaimProfile::reports`]), else its own.
fn told(c: &ClaimProfile) -> ClaimKind {
    c.reports.as_ref().map_or(c.kind, |r| r.0)
}

/// The concept of sentences that speak of accusations (`allegations`, `acusaciones
/// infundadas`), from `lexicons/concepts/concepts.lex`.
pub const ACCUSATION_CONCEPT: &str = "ALLEGATION";

/// A denial and a claim of another kind that rejects accusations too: a warning or criticism
/// whose sentence, like the denial's, speaks of accusations (`China has denied all the
/// allegations` ~ `advirtió que la atribución … no en acusaciones infundadas`).
fn rejects_accusations(denial: &ClaimProfile, other: &ClaimProfile) -> bool {
    let speaks = |c: &ClaimProfile| c.concepts.iter().any(|x| x == ACCUSATION_CONCEPT);
    denial.kind == ClaimKind::Denial
        && matches!(
            other.kind,
            ClaimKind::Warning | ClaimKind::Criticism | ClaimKind::Statement
        )
        && speaks(denial)
        && speaks(other)
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
    cue_pairs: CuePairs,
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
            cue_pairs: CuePairs::bundled(),
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

    /// Uses these cue groups instead of the bundled ones (`lexicons/align/cue_pairs.txt`).
    pub fn with_cue_pairs(mut self, cue_pairs: CuePairs) -> Self {
        self.cue_pairs = cue_pairs;
        self
    }

    /// The overlap of two role sets (after `for=` normalisation), `None` when either is empty.
    /// Disjoint sets where one side holds a group (`the international community`) overlap by
    /// half: the group may include the other side's entity.
    fn role_overlap(&self, a: &BTreeSet<String>, b: &BTreeSet<String>) -> Option<f64> {
        let o = overlap(a, b)?;
        if o == 0.0 && a.iter().chain(b).any(|e| self.stands_for.is_group(e)) {
            Some(0.5)
        } else {
            Some(o)
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
        // Many-to-many, but each English claim picks its best partners (within `margin` of its
        // best); a Spanish claim picks its own best partners only when no English claim picked
        // it. A claim better matched elsewhere is no evidence for a weaker partner that another
        // claim matches (`blamed` ~ `culpó` better than ~ `criticar`, which `protested` picks).
        let mut best_en = vec![0.0f64; en.claims.len()];
        let mut best_es = vec![0.0f64; es.claims.len()];
        for &(a, b, score, _) in &scored {
            best_en[a] = best_en[a].max(score);
            best_es[b] = best_es[b].max(score);
        }
        let mut picked = vec![false; es.claims.len()];
        for &(a, b, score, _) in &scored {
            if score + self.margin >= best_en[a] {
                picked[b] = true;
            }
        }
        let keep: Vec<bool> = scored
            .iter()
            .map(|&(a, b, score, _)| {
                score + self.margin >= best_en[a]
                    || (!picked[b] && score + self.margin >= best_es[b])
            })
            .collect();
        // Between independent reports, a statement matched by the kind of the claim it reports
        // (`criticised` ~ `dijo que … se unen para denunciar`) stands for that claim: the
        // assertion both report is the reported one (`criticised` ~ `denunciar`).
        let independent = closeness(doc_sim) < 0.5;
        let reported = |x: &ClaimProfile,
                        other: &ClaimProfile,
                        claims: &[ClaimProfile],
                        i: usize| match &x.reports {
            Some((_, id))
                if independent
                    && kind_match(told(other), told(x)).1 > kind_match(told(other), x.kind).1 =>
            {
                claims.iter().position(|c| &c.id == id).unwrap_or(i)
            }
            _ => i,
        };
        let mut kept: Vec<(usize, usize, f64, Evidence)> = Vec::new();
        for ((a, b, score, evidence), k) in scored.into_iter().zip(keep) {
            if !k {
                continue;
            }
            let (ca, cb) = (&en.claims[a], &es.claims[b]);
            let (a, b) = (
                reported(ca, cb, &en.claims, a),
                reported(cb, ca, &es.claims, b),
            );
            let mut evidence = evidence;
            evidence.kinds = [
                en.claims[a].kind.as_str().to_owned(),
                es.claims[b].kind.as_str().to_owned(),
            ];
            match kept.iter_mut().find(|p| p.0 == a && p.1 == b) {
                Some(p) if p.2 < score => *p = (a, b, score, evidence),
                Some(_) => {}
                None => kept.push((a, b, score, evidence)),
            }
        }
        kept.sort_by_key(|p| (p.0, p.1));
        kept.into_iter()
            .map(|(a, b, score, evidence)| AlignmentRecord {
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

    /// How far two claims name the same things in their own words (their [`ClaimProfile::content`]
    /// after `for=` normalisation): Jaccard, as for the sentences' context (the Dice coefficient
    /// found one more right pair on MEANTIME, 402 against 401 of 444, but 11 more pairs, 480
    /// against 469, between the unrelated English and Spanish news of `throughput_en_es`);
    /// `None` when either names nothing.
    pub fn content_agreement(&self, a: &ClaimProfile, b: &ClaimProfile) -> Option<f64> {
        let set = |v: &[String]| -> BTreeSet<String> {
            v.iter()
                .map(|e| self.stands_for.normalise(e).to_owned())
                .collect()
        };
        let (x, y) = (set(&a.content), set(&b.content));
        if x.is_empty() || y.is_empty() {
            return None;
        }
        Some(jaccard(&x, &y))
    }

    /// The score of an English and a Spanish claim, in `[0, 1]`, with its evidence:
    /// `kind × (0.5 × speaker + 0.3 × target + 0.2 × concepts)`, where speaker and target are the
    /// overlap of the two sides' entity sets (after `for=` normalisation) and concepts the
    /// overlap of the topics of their sentences; topics on both sides with none in common cost
    /// 30%; an amount or date stated on both sides adds 0.1. An unknown side (no entity) is weak
    /// evidence (0.3); two claims with no target at all agree on it (0.5). A target that is the
    /// speaker itself (`China's ministry said China opposes …`) is not counted as a target.
    /// Speakers or targets named on both sides with nothing in common halve the score. Between
    /// independent reports a statement that passes on another claim is compared by that claim's
    /// kind ([`ClaimProfile::reports`]); between versions of one text, what the sentences name
    /// and what the claims themselves name ([`Aligner::content_agreement`]) count half each.
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
        let (mut kind_name, mut kind_sim) = kind_match(a.kind, b.kind);
        if rejects_accusations(a, b) || rejects_accusations(b, a) {
            (kind_name, kind_sim) = ("compatible", kind_sim.max(0.75));
        }
        let (na, nb): (BTreeSet<String>, BTreeSet<String>) = (
            a.source_names.iter().cloned().collect(),
            b.source_names.iter().cloned().collect(),
        );
        let names_shared = na.intersection(&nb).count() > 0;
        let source_overlap = self.role_overlap(&sa, &sb);
        let target_overlap = self.role_overlap(&ta, &tb);
        let source = match (sa.is_empty(), sb.is_empty()) {
            _ if names_shared => 1.0_f64.max(source_overlap.unwrap_or(1.0)),
            (true, true) => 0.3,
            _ => source_overlap.unwrap_or(0.1),
        };
        let mut xa = set(&a.context);
        xa.extend(na.iter().map(|n| format!("n:{n}")));
        let mut xb = set(&b.context);
        xb.extend(nb.iter().map(|n| format!("n:{n}")));
        // A target named on one side only, which the other side's sentence names too
        // (`denunciar esas actividades de China` without China as the target): weak agreement.
        let named_elsewhere = |t: &BTreeSet<String>, x: &BTreeSet<String>| {
            !t.is_empty() && t.iter().all(|e| x.contains(e))
        };
        let target = match (ta.is_empty(), tb.is_empty()) {
            (true, true) => 0.5,
            (true, false) if named_elsewhere(&tb, &xa) => 0.6,
            (false, true) if named_elsewhere(&ta, &xb) => 0.6,
            _ => target_overlap.unwrap_or(0.3),
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
        // What the two sentences name, and what the two claims themselves name (their own
        // stretch of the sentence or their quotation), half and half: in a sentence with two
        // claims, each claim's words tell which of the other side's claims it is.
        let context = 0.5 * jaccard(&xa, &xb) + 0.5 * self.content_agreement(a, b).unwrap_or(0.0);
        let cue = match self.cue_pairs.equivalent(&a.cue, &b.cue) {
            Some(true) => 1.0,
            Some(false) => 0.0,
            None => 0.5,
        };
        // Two independent reports (document similarity around 0.4) are compared by who says
        // what about whom: speaker, target, kind and topic, and speakers or targets named on
        // both sides with nothing in common, or topics with none in common, cut the score.
        // A statement is compared by the kind of the claim it reports, when it reports one
        // (`dijo que los países se unen para denunciar …` ~ `blamed`): an independent report
        // may give the assertion itself where the other gives who said it.
        let (mut told_name, mut told_sim) = (kind_name, kind_sim);
        if a.reports.is_some() || b.reports.is_some() {
            (told_name, told_sim) = kind_match(told(a), told(b));
            if rejects_accusations(a, b) || rejects_accusations(b, a) {
                (told_name, told_sim) = ("compatible", told_sim.max(0.75));
            }
        }
        let mut independent = told_sim * (0.45 * source + 0.3 * target + 0.25 * topic);
        if source_overlap == Some(0.0) && !names_shared {
            independent *= 0.5;
        }
        if target_overlap == Some(0.0) {
            independent *= 0.5;
        }
        if concept == Some(0.0) && agreeing.is_empty() {
            independent *= 0.7;
        }
        // Two versions of one text (a translation: document similarity near 1) tell the story
        // in the same order, sentence by sentence, and name the same things in each sentence,
        // but the extractor may give an entity different roles in the two languages (a source
        // in one, a target in the other) and a translator may change a cue's kind. There, the
        // sentence position, the sentence's context and the translated cue decide; roles count
        // as one set and the kind only scales.
        let ra: BTreeSet<String> = sa.union(&ta).cloned().collect();
        let rb: BTreeSet<String> = sb.union(&tb).cloned().collect();
        let roles = match (ra.is_empty(), rb.is_empty()) {
            _ if names_shared => 1.0,
            (true, true) => 0.5,
            (true, false) | (false, true) => 0.3,
            _ => self.role_overlap(&ra, &rb).unwrap_or(0.0),
        };
        let place = sentence_agreement(a, b);
        let parallel = (0.6 + 0.4 * kind_sim)
            * (0.35 * place + 0.15 * cue + 0.15 * roles + 0.2 * context + 0.15 * topic);
        let closeness = closeness(doc_sim);
        let score = (1.0 - closeness) * independent + closeness * parallel;
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
            kind_match: if closeness < 0.5 {
                told_name
            } else {
                kind_name
            }
            .to_owned(),
            concepts: shared(&ca, &cb),
            quantities: agreeing,
            document_similarity: (doc_sim * 1000.0).round() / 1000.0,
        };
        (score.clamp(0.0, 1.0), evidence)
    }
}

/// Capitalised words of at least three letters, folded, that are not sentence-initial
/// function words (`The`, `Los`).
/// How well two claims' sentences sit at the same place: 1 at the index expected from the
/// first claim's relative position (the same index when both documents have as many
/// sentences), ½ one sentence away, 0 from two sentences on.
fn sentence_agreement(a: &ClaimProfile, b: &ClaimProfile) -> f64 {
    let expected = a.position * b.sentences.saturating_sub(1) as f64;
    let distance = (b.sentence as f64 - expected).abs();
    (1.0 - distance / 2.0).max(0.0)
}

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
            cue: String::new(),
            sentence: 0,
            sentences: 1,
            content: Vec::new(),
            reports: None,
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
    fn a_group_speaker_is_not_a_different_speaker() {
        // `the international community protested` ~ `(the EU, the UK and NATO join) the US to
        // criticise`: the group may include the state.
        let s = stands_for().with_groups(BTreeSet::from(["INTERNATIONAL_COMMUNITY".to_owned()]));
        let a = Aligner::new(s);
        let group = claim(ClaimKind::Criticism, &["INTERNATIONAL_COMMUNITY"], &["CHN"]);
        let state = claim(ClaimKind::Criticism, &["USA"], &["CHN"]);
        let other = claim(ClaimKind::Criticism, &["RUS"], &["CHN"]);
        let by_group = a.score(&group, &state, 0.3).0;
        assert!(by_group >= a.min_score, "{by_group}");
        assert!(a.score(&other, &state, 0.3).0 < a.min_score);
        assert!(by_group < a.score(&state, &state, 0.3).0);
    }

    #[test]
    fn a_warning_against_accusations_is_compatible_with_a_denial() {
        let a = Aligner::new(stands_for());
        let about = |kind, c: &[&str]| ClaimProfile {
            concepts: c.iter().map(|x| x.to_string()).collect(),
            ..claim(kind, &["CHN"], &[])
        };
        let denial = about(ClaimKind::Denial, &["ALLEGATION"]);
        let warning = about(ClaimKind::Warning, &["ALLEGATION", "EVIDENCE"]);
        let (score, evidence) = a.score(&denial, &warning, 0.3);
        assert_eq!(evidence.kind_match, "compatible");
        assert!(score >= a.min_score, "{score}");
        // A warning about something else stays only related.
        let other = about(ClaimKind::Warning, &["SANCTIONS"]);
        assert_eq!(a.score(&denial, &other, 0.3).1.kind_match, "related");
    }

    #[test]
    fn a_target_named_only_in_the_other_sentence_agrees_weakly() {
        let a = Aligner::new(stands_for());
        let with_target = claim(ClaimKind::Criticism, &["USA"], &["CHN"]);
        let named = ClaimProfile {
            context: vec!["CHN".into()],
            ..claim(ClaimKind::Criticism, &["USA"], &[])
        };
        let unnamed = claim(ClaimKind::Criticism, &["USA"], &[]);
        assert!(a.score(&with_target, &named, 0.3).0 > a.score(&with_target, &unnamed, 0.3).0);
    }

    /// A claim of a translated document: cue, sentence index, sentence count.
    fn at(kind: ClaimKind, cue: &str, sentence: usize, s: &[&str], t: &[&str]) -> ClaimProfile {
        ClaimProfile {
            cue: cue.into(),
            sentence,
            sentences: 20,
            position: sentence as f64 / 19.0,
            ..claim(kind, s, t)
        }
    }

    #[test]
    fn in_a_translation_the_sentence_and_the_cue_decide() {
        let a = Aligner::new(stands_for());
        // `he said` ~ `dijo`: no entity on either side, same sentence of a translation.
        let said = at(ClaimKind::Statement, "said", 7, &[], &[]);
        let dijo = at(ClaimKind::Statement, "dijo", 7, &[], &[]);
        assert!(a.score(&said, &dijo, 0.9).0 >= a.min_score);
        // The next sentence, or an unrelated cue in the same one, scores lower.
        let next = at(ClaimKind::Statement, "dijo", 8, &[], &[]);
        let other_cue = at(ClaimKind::Statement, "anunció", 7, &[], &[]);
        assert!(a.score(&said, &next, 0.9).0 < a.min_score);
        assert!(a.score(&said, &other_cue, 0.9).0 < a.score(&said, &dijo, 0.9).0);
        // Roles swapped by the extractor (`ROU said` ~ `dijo … Rumanía`) still agree.
        let en = at(ClaimKind::Statement, "said", 2, &["RUS"], &[]);
        let es = at(ClaimKind::Statement, "dijo", 2, &[], &["RUS"]);
        assert!(a.score(&en, &es, 0.9).0 >= a.min_score);
        // Two independent reports (similarity 0.3) do not count on sentence order.
        assert!(a.score(&said, &dijo, 0.3).0 < a.min_score);
    }

    fn with_id(id: &str, c: ClaimProfile) -> ClaimProfile {
        ClaimProfile { id: id.into(), ..c }
    }

    fn doc(id: &str, lang: Lang, claims: Vec<ClaimProfile>) -> DocProfile {
        DocProfile {
            doc_id: id.into(),
            lang,
            entities: Vec::new(),
            claims,
        }
    }

    #[test]
    fn a_statement_passing_on_a_criticism_aligns_as_that_criticism() {
        // `the United States criticised China` ~ `la Casa Blanca dijo que los aliados se unen
        // para denunciar a China` (the reported `denunciar` has no speaker of its own).
        let a = Aligner::new(stands_for());
        let en = doc(
            "en",
            Lang::En,
            vec![with_id(
                "en#0",
                claim(ClaimKind::Criticism, &["USA"], &["CHN"]),
            )],
        );
        let said = claim(ClaimKind::Statement, &["WHITE_HOUSE"], &["CHN"]);
        let passing_on = ClaimProfile {
            reports: Some((ClaimKind::Criticism, "es#1".into())),
            ..said.clone()
        };
        let reported = claim(ClaimKind::Criticism, &[], &[]);
        let es = doc(
            "es",
            Lang::Es,
            vec![with_id("es#0", passing_on), with_id("es#1", reported)],
        );
        let pairs = a.pair_claims(&en, &es, 0.3);
        assert_eq!(pairs.len(), 1, "{pairs:?}");
        assert_eq!(pairs[0].es.claim, "es#1");
        assert_eq!(pairs[0].evidence.kinds, ["criticism", "criticism"]);
        // A plain statement is only related to a criticism.
        assert!(a.score(&en.claims[0], &said, 0.3).0 < a.min_score);
        // In a translation the statement stays a statement (the translator kept the words).
        let (_, ev) = a.score(&en.claims[0], &es.claims[0], 0.9);
        assert_eq!(ev.kind_match, "related");
    }

    #[test]
    fn a_claim_better_matched_elsewhere_leaves_a_picked_partner_alone() {
        // `blamed` (USA) matches `culpó` best; `criticar` (USA) is the best partner of
        // `protested` (a group): `blamed` ~ `criticar` is dropped, though it is within the
        // margin of `criticar`'s best.
        let a = Aligner::new(
            stands_for().with_groups(BTreeSet::from(["INTERNATIONAL_COMMUNITY".to_owned()])),
        );
        let on_topic = |id: &str, kind, s: &[&str]| ClaimProfile {
            concepts: vec!["CYBERATTACK".into()],
            ..with_id(id, claim(kind, s, &["CHN"]))
        };
        let en = doc(
            "en",
            Lang::En,
            vec![
                on_topic("blamed", ClaimKind::Accusation, &["USA"]),
                on_topic(
                    "protested",
                    ClaimKind::Criticism,
                    &["INTERNATIONAL_COMMUNITY"],
                ),
            ],
        );
        let es = doc(
            "es",
            Lang::Es,
            vec![
                on_topic("culpó", ClaimKind::Accusation, &["USA"]),
                on_topic("criticar", ClaimKind::Criticism, &["USA"]),
            ],
        );
        let s = |x: usize, y: usize| a.score(&en.claims[x], &es.claims[y], 0.3).0;
        assert!(
            s(0, 1) + a.margin >= s(1, 1) && s(1, 1) >= a.min_score,
            "{} {}",
            s(0, 1),
            s(1, 1)
        );
        let pairs: Vec<(String, String)> = a
            .pair_claims(&en, &es, 0.3)
            .into_iter()
            .map(|p| (p.en.claim, p.es.claim))
            .collect();
        let want = [("blamed", "culpó"), ("protested", "criticar")]
            .map(|(x, y)| (x.to_owned(), y.to_owned()));
        assert_eq!(pairs, want);
    }

    #[test]
    fn in_a_translation_what_each_claim_names_tells_two_claims_of_a_sentence_apart() {
        // `X said the deal … and Y said the sanctions …` ~ `X dijo que el acuerdo … e Y dijo
        // que las sanciones …`: same sentence, same cue, same sentence context.
        let a = Aligner::new(stands_for());
        let naming = |c: &[&str]| ClaimProfile {
            content: c.iter().map(|x| x.to_string()).collect(),
            context: vec!["c:AGREEMENT".into(), "c:SANCTIONS".into()],
            ..at(ClaimKind::Statement, "said", 4, &[], &[])
        };
        let (deal, sanctions) = (naming(&["c:AGREEMENT"]), naming(&["c:SANCTIONS"]));
        let dijo = |c: ClaimProfile| ClaimProfile {
            cue: "dijo".into(),
            ..c
        };
        let right = a.score(&deal, &dijo(deal.clone()), 0.9).0;
        let crossed = a.score(&deal, &dijo(sanctions.clone()), 0.9).0;
        assert!(right > crossed, "{right} {crossed}");
    }

    /// A Spanish document record, as `extract` writes it, of these sentences; `marks` are
    /// (text, what) pairs found in order: `m:ID` a mention, `c:ID` a concept, `claim:KIND`
    /// a cue whose source phrase is the previous `src` mark.
    fn record(text: &str, marks: &[(&str, &str)]) -> DocumentRecord<'static> {
        let mut sentences = Vec::new();
        let mut start = 0;
        for (i, ch) in text.char_indices() {
            if ch == '.' {
                sentences.push(serde_json::json!({"start": start, "end": i + 1}));
                start = i + 2;
            }
        }
        let sentence_of = |at: usize| {
            sentences
                .iter()
                .take_while(|s| s["start"].as_u64().expect("sentence start") as usize <= at)
                .count()
                - 1
        };
        let (mut mentions, mut concepts, mut claims) = (Vec::new(), Vec::new(), Vec::new());
        let (mut from, mut last) = (0, 0);
        let mut source = serde_json::Value::Null;
        let mut source_ids: Vec<usize> = Vec::new();
        for (form, what) in marks {
            // A source phrase may hold the previous mark (`Pekín`, then the phrase `Pekín`).
            let after = if what.starts_with("src:") { last } else { from };
            let s = after
                + text[after..]
                    .find(form)
                    .expect("marked form is in the text");
            last = s;
            let e = s + form.len();
            let span = serde_json::json!({"start": s, "end": e, "text": form});
            let (tag, id) = what.split_once(':').expect("mark is tag:id");
            match tag {
                "m" => {
                    mentions.push(serde_json::json!({"start": s, "end": e, "text": form, "entity": id, "type": "GPE", "sentence": sentence_of(s)}));
                }
                "c" => concepts.push(serde_json::json!({"start": s, "end": e, "text": form, "concept": id, "sentence": sentence_of(s)})),
                "src" => {
                    source = span;
                    source_ids = if id.is_empty() { vec![] } else { vec![mentions.len() - 1] };
                }
                _ => claims.push(serde_json::json!({"id": format!("d#{}", claims.len()), "sentence": sentence_of(s), "kind": id,
                    "cue": span, "source": source_ids, "source_text": source, "target": [], "quote": null, "negated": false})),
            }
            from = e;
        }
        serde_json::from_value(serde_json::json!({"schema_version": 1, "doc_id": "d", "lang": "es", "lang_confidence": 1.0,
            "sentences": sentences, "mentions": mentions, "concepts": concepts, "claims": claims})).expect("a valid document record")
    }

    #[test]
    fn a_claim_names_what_stands_in_its_own_stretch_and_passes_on_what_it_reports() {
        let r = record(
            "El ministerio dijo que los aliados se unen para denunciar los ciberataques de China. \
             Pekín dijo que rechaza el hackeo y advirtió de sanciones.",
            &[
                ("El ministerio", "src:"),
                ("dijo", "claim:statement"),
                ("los aliados se unen para", "src:"),
                ("denunciar", "claim:criticism"),
                ("ciberataques", "c:CYBERATTACK"),
                ("China", "m:CHN"),
                ("Pekín", "m:BEIJING"),
                ("Pekín", "src:BEIJING"),
                ("dijo", "claim:statement"),
                ("hackeo", "c:CYBERATTACK"),
                ("advirtió", "claim:warning"),
                ("sanciones", "c:SANCTIONS"),
            ],
        );
        let p = DocProfile::from_record(&r);
        let has = |i: usize, k: &str| p.claims[i].content.iter().any(|x| x == k);
        // `dijo … denunciar`: the criticism is passed on (no speaker of its own).
        assert_eq!(
            p.claims[0].reports,
            Some((ClaimKind::Criticism, "d#1".to_owned()))
        );
        assert!(has(1, "CHN") && has(1, "c:CYBERATTACK"));
        // `Pekín dijo … y advirtió …`: one speaker's two claims, each with its own words.
        assert_eq!(p.claims[2].reports, None);
        assert!(has(2, "BEIJING") && has(2, "c:CYBERATTACK") && !has(2, "c:SANCTIONS"));
        assert!(has(3, "c:SANCTIONS"));
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
