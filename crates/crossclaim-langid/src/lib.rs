//! Language identification: English or Spanish, and `und` with a reason for anything else.
//!
//! A text is never forced into a supported language. It comes out as one of:
//!
//! - `en` or `es`, with a confidence;
//! - `und` with `detected` (ISO 639-3) and the reason `unsupported language: Galician`;
//! - `und` with the reason `too short` (fewer than [`LanguageIdentifier::min_letters`]
//!   letters), or `unreliable` (the evidence is split or too thin), and the best guess in
//!   `detected` when there is one.
//!
//! # How it decides
//!
//! Three kinds of evidence, cheapest first:
//!
//! 1. **Function words** (`lexicons/langid/function_words.txt`): the closed-class words of
//!    English, Spanish and the languages most often confused with them (Portuguese, Galician,
//!    Asturian, Catalan, Occitan, Italian, French, Romanian, and German, Dutch, Afrikaans, the
//!    Scandinavian languages, Basque, Esperanto, Latin). Each word of the text adds 1 to every
//!    language that lists it. They separate close Romance languages even in one sentence, where
//!    trigram models fail, and they know Galician, Asturian, Occitan and Basque, which whatlang
//!    does not. They are read progressively over the first [`LanguageIdentifier::max_bytes`]:
//!    a news article is usually settled by its first few hundred bytes.
//! 2. **Spelling cues** (`lexicons/langid/orthography.txt`): letters, spellings and endings
//!    (ñ, ç, ã, l·l, x-, -ción, -ção, -ció, -zione, -u, th, -ing …), for texts whose function
//!    words do not settle it.
//! 3. **whatlang** over all its languages, on at most [`LanguageIdentifier::whatlang_bytes`],
//!    only when the first two leave the text open: it names the languages nobody modelled
//!    (Polish, Turkish, Arabic …) and adds its vote for the ones it knows. It costs about as
//!    much per call as scanning a few kilobytes, so it is the last resort.
//!
//! English and Spanish start with a head start ([`LanguageIdentifier::prior`]), so a sentence
//! that reads the same in Spanish and Galician (`Precio razonable, atención excelente.`) is
//! Spanish, while one Galician word (`unha`, `xente`, `non`) is enough to make it Galician.
//! The confidence is the logistic of the winning margin (in units of function words), which
//! `langid_eval` checks against the measured accuracy.
//!
//! # Mixed documents
//!
//! [`LanguageIdentifier::foreign_spans`] lists the paragraphs (lines) of a document that are
//! confidently in another language than the document's (an English quotation in a Spanish
//! article), so that later stages can apply the right rules to each span.
//!
//! ```
//! use crossclaim_core::Lang;
//! use crossclaim_langid::LanguageIdentifier;
//!
//! let id = LanguageIdentifier::from_file(std::path::Path::new(concat!(
//!     env!("CARGO_MANIFEST_DIR"),
//!     "/../../lexicons/langid/function_words.txt"
//! )))
//! .unwrap();
//! let info = id.identify("El gobierno de Estados Unidos culpó a China por el ataque informático.");
//! assert_eq!(info.lang, Lang::Es);
//! let gl = id.identify("A Xunta non aprobou aínda a lei, segundo informou onte unha portavoz.");
//! assert_eq!(gl.lang, Lang::Und);
//! assert_eq!(gl.detected.as_deref(), Some("glg"));
//! assert_eq!(gl.reason.as_deref(), Some("unsupported language: Galician"));
//!
//! let text = "El presidente habló ayer ante el Congreso sobre la crisis.\n\n\
//!             \"We will not accept any deal that puts our workers at risk,\" he said.\n\n\
//!             Después, la sesión continuó con las preguntas de la oposición.";
//! let spans = id.foreign_spans(text, Lang::Es);
//! assert_eq!(spans.len(), 1);
//! assert!(text[spans[0].0.start..spans[0].0.end].starts_with("\"We will not"));
//! assert_eq!(spans[0].1.lang, Lang::En);
//! ```

mod profile;

use std::path::Path;

use crossclaim_core::{Lang, LangInfo, LexiconError, Span};

pub use profile::Profiles;
use profile::{Scan, Tally};

/// Settings of the identifier; build once, share across threads (`Send + Sync`, used through
/// `&self`).
#[derive(Clone, Debug)]
pub struct LanguageIdentifier {
    /// At most this many bytes of a text are examined (cut back to a char boundary).
    pub max_bytes: usize,
    /// The function words are first read over this many bytes; when they do not settle the
    /// text, over four times as many, and so on up to `max_bytes`.
    pub first_bytes: usize,
    /// Below this many letters a text is `und` (too short).
    pub min_letters: usize,
    /// whatlang reads at most this many bytes.
    pub whatlang_bytes: usize,
    /// Head start of English and Spanish, in function words.
    pub prior: f64,
    /// The winner must lead the runner-up by this much, or the text is `und` (unreliable).
    pub min_margin: f64,
    /// …and have at least this much evidence of its own (its score without the head start), so
    /// that a head start and one weak cue accept nothing.
    pub min_evidence: f64,
    /// Function words alone settle a text when the winner leads by this much…
    pub decisive_margin: f64,
    /// …and at least this share of the words are its function words (a text in a language
    /// nobody modelled matches few of them). A modelled winner needs this share, too, when
    /// whatlang sees a language nobody modelled.
    pub decisive_coverage: f64,
    /// A text of at least `coverage_words` words whose winner covers less than `min_coverage`
    /// of them is not accepted on the profiles alone.
    pub min_coverage: f64,
    pub coverage_words: u32,
    /// whatlang's vote, times its confidence, in function words.
    pub whatlang_weight: f64,
    /// From this confidence on, whatlang's answer of a language nobody modelled overrules a
    /// modelled winner with few function words (see `decisive_coverage`).
    pub other_min_confidence: f64,
    /// A text of three words or more, most of them capitalised, whose winner covers less than
    /// this share of its words is `und` (names, addresses, titles) unless settled earlier.
    /// Off (0) by default: English and Spanish headlines are English and Spanish; at 0.1 it
    /// rejects more Catalan and Galician name lists but costs 0.6 points of English sentences
    /// (`LANGID_SET=title_min_coverage=0.1 langid_eval`).
    pub title_min_coverage: f64,
    /// The confidence of a margin `m` is `1 / (1 + exp(-(m - confidence_offset) /
    /// confidence_scale))`, fitted to the measured accuracy (`langid_eval` prints the check).
    pub confidence_offset: f64,
    pub confidence_scale: f64,
    /// Paragraphs with fewer letters, or with more than half of their words capitalised and few
    /// function words (lists of names, headlines), are not judged by `foreign_spans`.
    pub span_min_letters: usize,
    /// `foreign_spans` reads at most this many bytes of each paragraph…
    pub span_max_bytes: usize,
    /// …and at most this many bytes of a document in all.
    pub spans_max_bytes: usize,
    /// `foreign_spans` calls whatlang at most this many times per document.
    pub spans_max_whatlang: usize,
    /// A paragraph is listed when its winner leads the document's language by this much (in
    /// function words)…
    pub span_min_lead: f64,
    /// …and this share of its words are the winner's function words (lists of names are not
    /// listed);
    pub span_min_coverage: f64,
    /// in a document in `und`, or when only whatlang judged (another script), the paragraph's
    /// language must have this confidence.
    pub span_min_confidence: f64,
    profiles: Profiles,
    detector: whatlang::Detector,
    eng: usize,
    spa: usize,
}

/// What the profiles say about a text, before any decision.
struct Reading {
    tally: Tally,
    /// Scores with the head start of the supported languages.
    scores: Vec<f64>,
}

/// A decision, with what `foreign_spans` needs to know about the scores behind it.
struct Judgement {
    info: LangInfo,
    /// The modelled languages' final scores, when the profiles took part.
    scores: Option<Vec<f64>>,
    /// The winner's score (whatlang's vote, for a language only whatlang knows).
    winner_score: f64,
    /// The share of the words that are the winner's function words (1 for a language only
    /// whatlang knows).
    coverage: f64,
    /// The winner is a language only whatlang knows.
    other: bool,
    /// The share of the words that are the function words of each modelled language.
    coverages: Vec<f64>,
}

impl Judgement {
    fn bare(info: LangInfo) -> Self {
        Judgement {
            info,
            scores: None,
            winner_score: 0.0,
            coverage: 0.0,
            other: false,
            coverages: Vec::new(),
        }
    }
}

/// The result of weighing the evidence: a language (modelled, or one only whatlang knows).
enum Verdict {
    Modelled(usize),
    Other(whatlang::Lang),
}

impl LanguageIdentifier {
    /// An identifier over `profiles` (which must model `eng` and `spa`, as
    /// [`Profiles::parse`] checks), with the default settings.
    pub fn with_profiles(profiles: Profiles) -> Self {
        let eng = profiles.index("eng").unwrap_or(0);
        let spa = profiles.index("spa").unwrap_or(0);
        LanguageIdentifier {
            max_bytes: 4096,
            first_bytes: 256,
            min_letters: 12,
            whatlang_bytes: 1024,
            prior: 1.0,
            min_margin: 1.0,
            min_evidence: 1.5,
            decisive_margin: 6.0,
            decisive_coverage: 0.2,
            min_coverage: 0.1,
            coverage_words: 12,
            whatlang_weight: 2.0,
            other_min_confidence: 0.5,
            title_min_coverage: 0.0,
            confidence_offset: 0.25,
            confidence_scale: 0.75,
            span_min_letters: 40,
            span_max_bytes: 1024,
            spans_max_bytes: 256 * 1024,
            spans_max_whatlang: 4,
            span_min_lead: 3.0,
            span_min_coverage: 0.15,
            span_min_confidence: 0.9,
            profiles,
            detector: whatlang::Detector::new(),
            eng,
            spa,
        }
    }

    /// Loads `function_words.txt` from `path` and `orthography.txt` from the same directory.
    pub fn from_file(path: &Path) -> Result<Self, LexiconError> {
        let cues = path.with_file_name("orthography.txt");
        let profiles = Profiles::parse(
            &LexiconError::read(path)?,
            &path.display().to_string(),
            &LexiconError::read(&cues)?,
            &cues.display().to_string(),
        )?;
        Ok(LanguageIdentifier::with_profiles(profiles))
    }

    /// The modelled languages (ISO 639-3), in lexicon order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.profiles.langs.iter().map(|l| l.code.as_str())
    }

    /// The evidence behind a decision, for people: the profiles' scores of the first
    /// `max_bytes` of `text` (function words and spelling cues, with the head start of the
    /// supported languages), highest first, and whatlang's answer on it.
    pub fn explain(&self, text: &str) -> String {
        let sample = prefix(text, self.max_bytes);
        let mut tally = Tally::default();
        self.profiles.scan(
            sample,
            &mut tally,
            Scan {
                words: true,
                cues: true,
            },
        );
        let words = tally.words;
        let hits = tally.fw_hits;
        let reading = self.reading(tally);
        let mut ranked: Vec<(usize, f64)> = reading.scores.iter().copied().enumerate().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        let mut out = format!("{words} words;");
        for (l, s) in ranked.iter().take(5) {
            out.push_str(&format!(
                " {} {s:.1} ({} fw)",
                self.profiles.langs[*l].code, hits[*l]
            ));
        }
        if let Some(w) = self.detector.detect(prefix(sample, self.whatlang_bytes)) {
            out.push_str(&format!(
                "; whatlang {} {:.2}",
                w.lang().code(),
                w.confidence()
            ));
        }
        out
    }

    /// The language of `text`, judged on at most `max_bytes` of it.
    pub fn identify(&self, text: &str) -> LangInfo {
        let mut whatlang_calls = usize::MAX;
        self.judge(prefix(text, self.max_bytes), &mut whatlang_calls)
            .info
    }

    /// `identify` on a sample already cut to size; `whatlang_calls` is the budget of whatlang
    /// calls left (decremented when one is made).
    fn judge(&self, sample: &str, whatlang_calls: &mut usize) -> Judgement {
        // 1. Function words, over a growing prefix, until they settle the text.
        let mut tally = Tally::default();
        let words_only = Scan {
            words: true,
            cues: false,
        };
        let mut done = 0;
        let mut limit = self.first_bytes.max(1);
        loop {
            let end = word_boundary_after(sample, limit);
            self.profiles
                .scan(&sample[done..end], &mut tally, words_only);
            done = end;
            if tally.letters as usize >= self.min_letters && tally.non_latin * 2 <= tally.letters {
                if let Some(j) = self.decisive(&tally) {
                    return j;
                }
            }
            if end >= sample.len() {
                break;
            }
            limit = limit.saturating_mul(4);
        }
        self.judge_rest(sample, tally, whatlang_calls, None)
            .unwrap_or_else(|| Judgement::bare(und("unreliable".to_owned(), None, 0.0)))
    }

    /// Steps 2 and 3 of `judge`, after the function words of the whole sample are in `tally`.
    /// With `not_foreign_to: Some(d)`, returns `None` as soon as the text cannot be foreign to
    /// language `d` in `foreign_spans`' sense (before any whatlang call).
    fn judge_rest(
        &self,
        sample: &str,
        mut tally: Tally,
        whatlang_calls: &mut usize,
        not_foreign_to: Option<usize>,
    ) -> Option<Judgement> {
        let letters = tally.letters as usize;
        if letters < self.min_letters {
            return Some(Judgement::bare(und(
                format!(
                    "too short: {letters} letters, at least {} needed",
                    self.min_letters
                ),
                None,
                0.0,
            )));
        }
        // Another script: whatlang alone (nothing here models non-Latin languages).
        if tally.non_latin * 2 > tally.letters {
            return Some(Judgement::bare(
                match self.whatlang(sample, whatlang_calls) {
                    Some(w) => self.decide_other(w.lang(), w.confidence()),
                    None => und("unreliable: no language detected".to_owned(), None, 0.0),
                },
            ));
        }
        // 2. Spelling cues.
        self.profiles.scan(
            sample,
            &mut tally,
            Scan {
                words: false,
                cues: true,
            },
        );
        let mut reading = self.reading(tally);
        let (best, second) = top_two(&reading.scores);
        let margin = reading.scores[best] - reading.scores[second];
        if margin >= self.decisive_margin && self.covered(&reading.tally, best) {
            return Some(Judgement {
                info: self.decide(best, margin),
                winner_score: reading.scores[best],
                coverage: coverage(&reading.tally, best),
                coverages: self.coverages(&reading.tally),
                scores: Some(reading.scores),
                other: false,
            });
        }
        if let Some(d) = not_foreign_to {
            // whatlang's vote cannot bring another modelled language far enough ahead of `d`,
            // and `d`'s function words are there, so no language nobody modelled either.
            let lead = reading.scores[best] - reading.scores[d];
            if lead + self.whatlang_weight < self.span_min_lead
                && coverage(&reading.tally, d) >= self.decisive_coverage
            {
                return None;
            }
        }
        // 3. whatlang.
        // The share of function words guards against languages nobody modelled; it is not
        // needed when whatlang, too, sees one of the modelled languages.
        let w = self.whatlang(sample, whatlang_calls);
        let whatlang_modelled = w.as_ref().is_some_and(|w| self.is_modelled(w.lang()));
        let (mut verdict, mut margin) = self.weigh(&mut reading, w.as_ref());
        // When whatlang sees a language nobody modelled, a modelled winner needs a real share of
        // function words: spelling cues alone also fire on other languages (Polish -ny, w, k).
        if let (Verdict::Modelled(l), Some(wi)) = (&verdict, &w) {
            if !whatlang_modelled
                && wi.confidence() >= self.other_min_confidence
                && coverage(&reading.tally, *l) < self.decisive_coverage
            {
                margin = self.whatlang_weight * wi.confidence();
                verdict = Verdict::Other(wi.lang());
            }
        }
        let covered = match verdict {
            Verdict::Modelled(l) => whatlang_modelled || self.covered(&reading.tally, l),
            Verdict::Other(_) => true,
        };
        let evidence = match verdict {
            Verdict::Modelled(l) if l == self.eng || l == self.spa => {
                reading.scores[l] - self.prior
            }
            _ => self.min_evidence,
        };
        // (A margin equal to the head start counts: sums of halves are not exact in floats.)
        let margin_ok = margin >= self.min_margin - 1e-9;
        let title = match verdict {
            Verdict::Modelled(l) => {
                reading.tally.words >= 3
                    && reading.tally.capitalised * 2 > reading.tally.words
                    && coverage(&reading.tally, l) < self.title_min_coverage
            }
            Verdict::Other(_) => false,
        };
        if !margin_ok || !covered || title || evidence < self.min_evidence - 1e-9 {
            let guess = match (&verdict, &w) {
                (Verdict::Modelled(l), _) if covered => Some(self.profiles.langs[*l].code.clone()),
                (_, Some(w)) => Some(w.lang().code().to_owned()),
                (Verdict::Modelled(l), None) => Some(self.profiles.langs[*l].code.clone()),
                (Verdict::Other(o), None) => Some(o.code().to_owned()),
            };
            let why = if !covered {
                "unreliable: few words of any modelled language".to_owned()
            } else if title {
                "unreliable: names or a title, few function words".to_owned()
            } else if !margin_ok {
                format!("unreliable: evidence split (margin {margin:.1})")
            } else {
                format!("unreliable: too little evidence ({evidence:.1})")
            };
            let info = und(why, guess, self.confidence(margin));
            return Some(self.judgement(info, &verdict, reading, w.as_ref()));
        }
        let info = match verdict {
            Verdict::Modelled(l) => self.decide(l, margin),
            // A language only whatlang knows: its own confidence.
            Verdict::Other(o) => {
                self.decide_other(o, w.as_ref().map_or(0.0, whatlang::Info::confidence))
            }
        };
        Some(self.judgement(info, &verdict, reading, w.as_ref()))
    }

    fn judgement(
        &self,
        info: LangInfo,
        verdict: &Verdict,
        reading: Reading,
        w: Option<&whatlang::Info>,
    ) -> Judgement {
        let (winner_score, coverage) = match verdict {
            Verdict::Modelled(l) => (reading.scores[*l], coverage(&reading.tally, *l)),
            Verdict::Other(_) => (
                self.whatlang_weight * w.map_or(0.0, whatlang::Info::confidence),
                1.0,
            ),
        };
        Judgement {
            info,
            scores: Some(reading.scores),
            winner_score,
            coverage,
            other: matches!(verdict, Verdict::Other(_)),
            coverages: self.coverages(&reading.tally),
        }
    }

    fn coverages(&self, tally: &Tally) -> Vec<f64> {
        (0..self.profiles.langs.len())
            .map(|l| coverage(tally, l))
            .collect()
    }

    /// Settles a text on its function words alone, when they are overwhelming.
    fn decisive(&self, tally: &Tally) -> Option<Judgement> {
        let scores: Vec<f64> = tally.scores[..self.profiles.langs.len()]
            .iter()
            .map(|&s| f64::from(s))
            .collect();
        let (best, second) = top_two(&scores);
        let margin = scores[best] - scores[second];
        let covered = coverage(tally, best);
        (margin >= self.decisive_margin && covered >= self.decisive_coverage).then(|| Judgement {
            info: self.decide(best, margin),
            winner_score: scores[best],
            coverage: covered,
            scores: Some(scores.clone()),
            other: false,
            coverages: self.coverages(tally),
        })
    }

    fn reading(&self, tally: Tally) -> Reading {
        let mut scores: Vec<f64> = tally.scores[..self.profiles.langs.len()]
            .iter()
            .map(|&s| f64::from(s))
            .collect();
        scores[self.eng] += self.prior;
        scores[self.spa] += self.prior;
        Reading { tally, scores }
    }

    /// Whether enough of the text's words are function words of `lang` to trust it (always,
    /// for texts shorter than `coverage_words`).
    fn covered(&self, tally: &Tally, lang: usize) -> bool {
        tally.words < self.coverage_words
            || f64::from(tally.fw_hits[lang]) >= self.min_coverage * f64::from(tally.words)
    }

    fn is_modelled(&self, lang: whatlang::Lang) -> bool {
        let code = lang.code();
        self.profiles
            .langs
            .iter()
            .any(|l| l.whatlang.iter().any(|c| c == code))
    }

    /// Adds whatlang's vote to the profiles' scores; returns the winner and its margin.
    fn weigh(&self, reading: &mut Reading, w: Option<&whatlang::Info>) -> (Verdict, f64) {
        let mut other = None;
        if let Some(w) = w {
            let vote = self.whatlang_weight * w.confidence();
            let code = w.lang().code();
            let mut modelled = false;
            for (i, l) in self.profiles.langs.iter().enumerate() {
                if l.whatlang.iter().any(|c| c == code) {
                    reading.scores[i] += vote;
                    modelled = true;
                }
            }
            if !modelled {
                other = Some((w.lang(), vote));
            }
        }
        let (best, second) = top_two(&reading.scores);
        let (b, s) = (reading.scores[best], reading.scores[second]);
        match other {
            Some((lang, vote)) if vote > b => (Verdict::Other(lang), vote - b),
            Some((_, vote)) => (Verdict::Modelled(best), b - vote.max(s)),
            None => (Verdict::Modelled(best), b - s),
        }
    }

    fn whatlang(&self, sample: &str, calls: &mut usize) -> Option<whatlang::Info> {
        if *calls == 0 {
            return None;
        }
        *calls -= 1;
        self.detector.detect(prefix(sample, self.whatlang_bytes))
    }

    fn confidence(&self, margin: f64) -> f64 {
        1.0 / (1.0 + (-(margin - self.confidence_offset) / self.confidence_scale).exp())
    }

    fn decide(&self, lang: usize, margin: f64) -> LangInfo {
        let confidence = self.confidence(margin);
        if lang == self.eng {
            return accepted(Lang::En, confidence);
        }
        if lang == self.spa {
            return accepted(Lang::Es, confidence);
        }
        let meta = &self.profiles.langs[lang];
        und(
            format!("unsupported language: {}", meta.name),
            Some(meta.code.clone()),
            confidence,
        )
    }

    /// A language only whatlang knows.
    fn decide_other(&self, lang: whatlang::Lang, confidence: f64) -> LangInfo {
        match lang {
            whatlang::Lang::Eng => accepted(Lang::En, confidence),
            whatlang::Lang::Spa => accepted(Lang::Es, confidence),
            other => und(
                format!("unsupported language: {}", other.eng_name()),
                Some(other.code().to_owned()),
                confidence,
            ),
        }
    }

    /// The paragraphs of `text` whose language is confidently not `doc`'s.
    ///
    /// A paragraph is a line: text between newlines (`\n`, `\r\n`), so both blank-line and
    /// one-per-line layouts work; each span is a paragraph's byte span with surrounding white
    /// space trimmed, in text order. For a document in `en` or `es`, a paragraph is listed when
    /// it is identified as anything else and the winner leads the document's language by at
    /// least `span_min_lead`, with at least `span_min_coverage` of its words its function
    /// words; the `LangInfo` is the paragraph's own (the other supported language; `und` with
    /// the language detected; or `und`, unreliable, when it is clearly not the document's
    /// language but undecided between close ones, such as Spanish and Asturian). For a document
    /// in `und`, the paragraphs accepted as English or Spanish with at least
    /// `span_min_confidence` are listed (a Spanish quotation in a French article).
    ///
    /// Paragraphs with fewer than `span_min_letters` letters, or most of whose words are
    /// capitalised with few function words (lists of names, headlines), are not judged. The
    /// work is bounded: at most `span_max_bytes` of each paragraph and `spans_max_bytes` of
    /// the document are read (later paragraphs are not judged); function words first, and the
    /// spelling cues and whatlang (at most `spans_max_whatlang` calls per document) only for
    /// the paragraphs whose function words do not favour the document's language. The cost is
    /// that of one pass over the document's words (about 90 MB/s).
    pub fn foreign_spans(&self, text: &str, doc: Lang) -> Vec<(Span, LangInfo)> {
        let mut out = Vec::new();
        let mut budget = self.spans_max_bytes;
        let mut whatlang_calls = self.spans_max_whatlang;
        let doc_index = match doc {
            Lang::En => Some(self.eng),
            Lang::Es => Some(self.spa),
            Lang::Und => None,
        };
        let words_only = Scan {
            words: true,
            cues: false,
        };
        let mut start = 0;
        while start < text.len() && budget > 0 {
            let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let line = &text[start..end];
            let para_start = start;
            start = end + 1;
            let trimmed = line.trim();
            if trimmed.len() < self.span_min_letters {
                continue;
            }
            let lead = line.len() - line.trim_start().len();
            let span = Span::new(para_start + lead, para_start + lead + trimmed.len());
            let sample = prefix(trimmed, self.span_max_bytes.min(budget));
            budget = budget.saturating_sub(sample.len());
            let mut tally = Tally::default();
            self.profiles.scan(sample, &mut tally, words_only);
            if (tally.letters as usize) < self.span_min_letters {
                continue;
            }
            let scores = &tally.scores[..self.profiles.langs.len()];
            let (best, _) = top_two(scores);
            // Lists of names and headlines in title case are not judged: most words
            // capitalised, few function words (initials read as `a`, `e`, `y`).
            if tally.capitalised * 2 > tally.words && coverage(&tally, best) < 0.3 {
                continue;
            }
            // Function words first: a paragraph whose function words favour the document's
            // language (it leads or ties) is not foreign.
            let agrees = match doc_index {
                Some(d) => scores[d] >= scores[best] && scores[d] >= 2.0,
                None => best != self.eng && best != self.spa && scores[best] >= 3.0,
            };
            if agrees && tally.non_latin * 2 <= tally.letters {
                continue;
            }
            let judged = if tally.non_latin * 2 <= tally.letters {
                self.decisive(&tally)
            } else {
                None
            };
            let j = match judged {
                Some(j) => j,
                None => match self.judge_rest(sample, tally, &mut whatlang_calls, doc_index) {
                    Some(j) => j,
                    None => continue,
                },
            };
            let info = &j.info;
            if info.lang == doc
                || info
                    .reason
                    .as_deref()
                    .is_some_and(|r| r.starts_with("too short"))
            {
                continue;
            }
            let foreign = match (doc_index, &j.scores) {
                // A language only whatlang knows, read with confidence, with few of the
                // document language's function words.
                (Some(d), Some(_)) if j.other => {
                    info.confidence >= self.span_min_confidence
                        && j.coverages
                            .get(d)
                            .is_some_and(|&c| c < self.decisive_coverage)
                }
                (Some(d), Some(scores)) => {
                    j.winner_score - scores[d] >= self.span_min_lead
                        && j.coverage >= self.span_min_coverage
                }
                (Some(_), None) => info.confidence >= self.span_min_confidence,
                (None, _) => info.lang != Lang::Und && info.confidence >= self.span_min_confidence,
            };
            if foreign {
                out.push((span, j.info));
            }
        }
        out
    }
}

/// The share of the words that are `lang`'s function words.
fn coverage(tally: &Tally, lang: usize) -> f64 {
    f64::from(tally.fw_hits[lang]) / f64::from(tally.words.max(1))
}

fn accepted(lang: Lang, confidence: f64) -> LangInfo {
    LangInfo {
        lang,
        confidence,
        reason: None,
        detected: None,
    }
}

fn und(reason: String, detected: Option<String>, confidence: f64) -> LangInfo {
    LangInfo {
        lang: Lang::Und,
        confidence,
        reason: Some(reason),
        detected,
    }
}

/// Indices of the highest and second-highest scores (the first wins ties), of `f64` or `f32`
/// scores (for `f32`, what the same scores widened to `f64` give: widening is exact and keeps
/// their order, so every comparison answers the same, without a vector of the widened scores
/// for each paragraph).
fn top_two<T: PartialOrd + Copy>(scores: &[T]) -> (usize, usize) {
    let mut best = 0;
    let mut second = usize::MAX;
    for (i, &s) in scores.iter().enumerate().skip(1) {
        if s > scores[best] {
            second = best;
            best = i;
        } else if second == usize::MAX || s > scores[second] {
            second = i;
        }
    }
    (best, if second == usize::MAX { best } else { second })
}

/// The longest prefix of `text` of at most `max` bytes that ends on a char boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The first white-space position at or after `at` (so no word is cut), or the end.
fn word_boundary_after(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    text.as_bytes()[at..]
        .iter()
        .position(|b| b.is_ascii_whitespace())
        .map_or(text.len(), |i| at + i)
}

#[cfg(test)]
mod tests;
