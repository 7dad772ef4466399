//! The crossclaim pipeline: every stage built once from the lexicon directory, then applied to
//! one document at a time through `&self` (so a rayon pool can share it).
//!
//! ```
//! use crossclaim_pipeline::Pipeline;
//! use crossclaim_io::RawDoc;
//!
//! let lexicons = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons"));
//! let pipeline = Pipeline::from_dir(lexicons).unwrap();
//! let doc = pipeline.process(RawDoc {
//!     id: "d".into(),
//!     text: "The United States accused China of the attack.".into(),
//!     lang: None,
//!     meta: Default::default(),
//! });
//! assert_eq!(doc.language().code(), "en");
//! assert_eq!(doc.claims.len(), 1);
//! ```

use std::path::{Path, PathBuf};

use crossclaim_claims::{ClaimExtractor, CueLexicon};
use crossclaim_core::{ConceptMention, Document, LangInfo, LexiconError, QuantityMention, Span};
use crossclaim_io::RawDoc;
use crossclaim_langid::LanguageIdentifier;
use crossclaim_lexicon::{ConceptLexicon, EntityLexicon};
use crossclaim_quantity::NumberLexicon;
use crossclaim_segment::Segmenter;

/// All stages, built once.
pub struct Pipeline {
    pub langid: LanguageIdentifier,
    pub segmenter: Segmenter,
    pub entities: EntityLexicon,
    pub concepts: ConceptLexicon,
    pub numbers: NumberLexicon,
    pub claims: ClaimExtractor,
    /// English and Spanish cues that translate each other, for claim alignment
    /// (`align/cue_pairs.txt`; the bundled file when the directory has none).
    pub cue_pairs: crossclaim_align::CuePairs,
}

impl Pipeline {
    /// Builds every stage from a lexicon directory (`langid/`, `abbrev/`, `entities/`,
    /// `concepts/`, `numbers/`, `cues/`).
    ///
    /// The entity lexicon, whose automaton takes longest, is built beside the other stages when
    /// the rayon pool has a second thread (with one, one after the other). A bad file is
    /// reported in the order above whichever finishes first.
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        let (entities, (langid, segmenter, concepts, numbers, cues)) = rayon::join(
            || EntityLexicon::from_dir(&dir.join("entities")),
            || {
                (
                    LanguageIdentifier::from_file(&dir.join("langid/function_words.txt")),
                    Segmenter::from_dir(&dir.join("abbrev")),
                    ConceptLexicon::from_dir(&dir.join("concepts")),
                    NumberLexicon::from_dir(&dir.join("numbers")),
                    CueLexicon::from_dir(&dir.join("cues")),
                )
            },
        );
        Ok(Pipeline {
            langid: langid?,
            segmenter: segmenter?,
            entities: entities?,
            concepts: concepts?,
            numbers: numbers?,
            claims: ClaimExtractor::new(cues?),
            cue_pairs: {
                let path = dir.join("align/cue_pairs.txt");
                if path.is_file() {
                    crossclaim_align::CuePairs::from_file(&path)?
                } else {
                    crossclaim_align::CuePairs::bundled()
                }
            },
        })
    }

    /// Runs every stage on one document. Never fails: a document in another language comes out
    /// with `lang: und`, its reason, and no further layers.
    pub fn process(&self, raw: RawDoc) -> Document {
        let mut doc = Document::new(raw.id, raw.text);
        doc.meta = raw.meta;
        doc.given_lang = raw.lang;
        let info = match raw.lang {
            Some(l) => LangInfo::given(l),
            None => self.langid.identify(doc.text()),
        };
        let lang = info.lang;
        doc.lang = Some(info);
        doc.foreign = self.langid.foreign_spans(doc.text(), lang);
        doc.sentences = self.segmenter.split(doc.text(), lang);
        // Entities are matched over runs of whole sentences of at most PIECE_BYTES: the folded
        // copy of the text is then bounded by a run, not by the document (a 200 MB page dump).
        // A news article is one run; a mention never crosses a sentence anyway.
        let pieces = sentence_runs(&doc.sentences, PIECE_BYTES);
        let found = self.entities.find_in_pieces(doc.text(), &pieces, lang);
        doc.mentions = self.entities.mentions(&doc, found);
        // Concepts and quantities are read sentence by sentence: their working memory is then
        // bounded by the longest sentence, not by the document (a 200 MB page dump).
        let mut concepts = Vec::new();
        let mut quantities = Vec::new();
        let mut hits = Vec::new();
        for (si, &sentence) in doc.sentences.iter().enumerate() {
            let piece = doc.slice(sentence);
            hits.clear();
            self.concepts.find_into(piece, lang, &mut hits);
            for hit in &hits {
                let info = self.concepts.concept(hit.concept);
                concepts.push(ConceptMention {
                    span: Span::new(
                        hit.span.start + sentence.start,
                        hit.span.end + sentence.start,
                    ),
                    concept: info.id.clone(),
                    broader: info.broader.map(|b| self.concepts.concept(b).id.clone()),
                    sentence: si,
                });
            }
            for q in self.numbers.find(piece, lang) {
                quantities.push(QuantityMention {
                    span: Span::new(q.span.start + sentence.start, q.span.end + sentence.start),
                    value: q.value,
                    kind: q.kind.as_str(),
                    sentence: si,
                });
            }
        }
        doc.concepts = concepts;
        doc.quantities = quantities;
        doc.claims = self.claims.extract(&doc);
        doc
    }
}

/// The largest run of sentences matched at once for entities (a longer sentence is a run alone).
const PIECE_BYTES: usize = 1 << 20;

/// Consecutive sentences grouped into runs of at most `max` bytes (from the first sentence's
/// start to the last one's end; a sentence longer than `max` is a run of its own).
fn sentence_runs(sentences: &[Span], max: usize) -> Vec<Span> {
    let mut runs: Vec<Span> = Vec::new();
    for &s in sentences {
        match runs.last_mut() {
            Some(r) if s.end - r.start <= max => r.end = s.end,
            _ => runs.push(s),
        }
    }
    runs
}

impl Pipeline {
    /// The claim aligner with this pipeline's entities and cue pairs.
    pub fn aligner(&self) -> crossclaim_align::Aligner {
        crossclaim_align::Aligner::new(self.stands_for()).with_cue_pairs(self.cue_pairs.clone())
    }

    /// What each entity stands for (`for=` attributes; countries by their code), for alignment.
    pub fn stands_for(&self) -> crossclaim_align::StandsFor {
        let mut map = std::collections::HashMap::new();
        let mut countries = std::collections::BTreeSet::new();
        let mut groups = std::collections::BTreeSet::new();
        for i in 0..self.entities.len() as u32 {
            let e = self.entities.entity(i);
            if e.etype == crossclaim_core::EntityType::Group {
                groups.insert(e.id.clone());
            }
            if let Some(f) = &e.stands_for {
                map.insert(e.id.clone(), f.clone());
            }
            if e.etype == crossclaim_core::EntityType::Gpe && e.id.len() == 3 {
                countries.insert(e.id.clone());
            }
        }
        crossclaim_align::StandsFor::new(map, countries).with_groups(groups)
    }
}

/// The lexicon directory: `$CROSSCLAIM_LEXICONS`, else `lexicons/` beside the working directory
/// or above the executable, else the one this crate was built from.
pub fn default_lexicon_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("CROSSCLAIM_LEXICONS") {
        return PathBuf::from(d);
    }
    let cwd = PathBuf::from("lexicons");
    if cwd.join("entities").is_dir() {
        return cwd;
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1) {
            let cand = dir.join("lexicons");
            if cand.join("entities").is_dir() {
                return cand;
            }
        }
    }
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_runs_group_whole_sentences_up_to_the_limit() {
        let s = |a, b| Span::new(a, b);
        let sentences = [s(0, 4), s(5, 9), s(10, 30), s(31, 35), s(36, 38)];
        assert_eq!(
            sentence_runs(&sentences, 10),
            vec![s(0, 9), s(10, 30), s(31, 38)]
        );
        assert_eq!(sentence_runs(&sentences, 100), vec![s(0, 38)]);
        assert_eq!(sentence_runs(&[], 10), Vec::<Span>::new());
    }
}
