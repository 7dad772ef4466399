//! Topic concepts (`lexicons/concepts/*.lex`), matched after stemming, in both languages.
//!
//! Every word of the text is folded (case, accents) and stemmed with the Snowball stemmer of the
//! document's language (rust-stemmers) into a side buffer of stems; concept forms are stemmed
//! the same way, so `sanción` matches `sanciones` and `hacker` matches `hackers`. Matches map
//! back to exact byte spans of the original text through the word list.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use crossclaim_core::{fold, Lang, LexiconError, Span};
use rust_stemmers::{Algorithm, Stemmer};

/// One concept and the broader concept it also counts as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConceptInfo {
    pub id: String,
    pub broader: Option<u32>,
}

/// A concept found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConceptHit {
    pub span: Span,
    pub concept: u32,
}

struct LangMatcher {
    ac: AhoCorasick,
    /// Concept of each automaton pattern.
    concepts: Vec<u32>,
}

/// The concept lexicon of both languages. Immutable, `Send + Sync`.
pub struct ConceptLexicon {
    concepts: Vec<ConceptInfo>,
    en: LangMatcher,
    es: LangMatcher,
}

impl std::fmt::Debug for ConceptLexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ConceptLexicon({} concepts)", self.concepts.len())
    }
}

fn stemmer(lang: Lang) -> Stemmer {
    Stemmer::create(if lang == Lang::Es {
        Algorithm::Spanish
    } else {
        Algorithm::English
    })
}

/// Words of a text: runs of letters and digits, with their byte spans.
fn words(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let wordy = c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
        match (wordy, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Span::new(s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// Stems shorter than this are too ambiguous (Spanish `para` and `paro` both stem to `par`):
/// such words match as written, with their plural.
const MIN_STEM: usize = 5;

/// The matching key of one folded word: its stem, or the word itself when the stem is short.
fn key(stemmer: &Stemmer, folded: &str) -> String {
    let stem = stemmer.stem(folded);
    if stem.chars().count() >= MIN_STEM {
        stem.into_owned()
    } else {
        folded.to_owned()
    }
}

/// ` key key key ` for a phrase, and its variants: with a plural last word when that word's
/// key is the word itself; for a capitalised form, with its capitalised words marked `^` as
/// names are in the text (all of them, or all but a sentence-initial first word).
fn phrase_keys(stemmer: &Stemmer, phrase: &str) -> Vec<String> {
    let spans = words(phrase);
    let folded: Vec<String> = spans
        .iter()
        .map(|w| fold(&phrase[w.start..w.end]))
        .collect();
    let capital: Vec<bool> = spans
        .iter()
        .map(|w| phrase[w.start..].starts_with(char::is_uppercase))
        .collect();
    let keys: Vec<String> = folded.iter().map(|w| key(stemmer, w)).collect();
    let mut variants = vec![keys.clone()];
    if let (Some(last), Some(word)) = (keys.last(), folded.last()) {
        if last == word {
            for plural in [format!("{word}s"), format!("{word}es")] {
                let mut ks = keys.clone();
                let n = ks.len() - 1;
                ks[n] = key(stemmer, &plural);
                variants.push(ks);
            }
        }
    }
    let mut out = Vec::new();
    for ks in variants {
        if capital.iter().any(|&c| c) {
            let marked: Vec<String> = ks
                .iter()
                .zip(&capital)
                .map(|(k, &c)| if c { format!("^{k}") } else { k.clone() })
                .collect();
            let mut initial = marked.clone();
            initial[0] = ks[0].clone();
            out.push(format!(" {} ", marked.join(" ")));
            out.push(format!(" {} ", initial.join(" ")));
        } else {
            out.push(format!(" {} ", ks.join(" ")));
        }
    }
    out.dedup();
    out
}

/// A capitalised word that does not start a sentence (`March`, `Trial Lawyers`) is a name: it
/// only matches forms written with a capital.
fn is_name(text: &str, w: Span) -> bool {
    if !text[w.start..].starts_with(char::is_uppercase) {
        return false;
    }
    let before = text[..w.start].trim_end_matches([' ', '\t']);
    !(before.is_empty()
        || before.ends_with([
            '.', '!', '?', ':', '"', '“', '«', '¿', '¡', '\n', '\'', '‘', '(', '-', '—',
        ]))
}

impl ConceptLexicon {
    /// Loads every `*.lex` file of a concept directory, in name order.
    pub fn from_dir(dir: &std::path::Path) -> Result<Self, LexiconError> {
        let shown = dir.display().to_string();
        let entries = std::fs::read_dir(dir)
            .map_err(|e| LexiconError::new(&shown, 0, format!("cannot read: {e}")))?;
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "lex"))
            .collect();
        paths.sort();
        let mut files = Vec::new();
        for p in &paths {
            files.push((p.display().to_string(), LexiconError::read(p)?));
        }
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        Self::parse(&refs)
    }

    /// Parses concept files given as `(name, contents)`: `@ID [broader=ID]` then
    /// `en<TAB>form | …` / `es<TAB>form | …` lines.
    pub fn parse(files: &[(&str, &str)]) -> Result<Self, LexiconError> {
        let mut concepts: Vec<ConceptInfo> = Vec::new();
        let mut by_id: HashMap<String, u32> = HashMap::new();
        let mut broader: Vec<(u32, String, String, usize)> = Vec::new();
        let mut forms: Vec<(Lang, String, u32)> = Vec::new();
        for (name, text) in files {
            let mut current: Option<u32> = None;
            for (i, raw) in text.lines().enumerate() {
                let line_no = i + 1;
                let err = |m: String| LexiconError::new(*name, line_no, m);
                let line = match raw.find(" #").or_else(|| raw.find("\t#")) {
                    _ if raw.trim_start().starts_with('#') => "",
                    Some(c) => &raw[..c],
                    None => raw,
                };
                if line.trim().is_empty() {
                    continue;
                }
                if let Some(head) = line.strip_prefix('@') {
                    let mut parts = head.split_whitespace();
                    let id = parts.next().unwrap_or("").to_owned();
                    if id.is_empty()
                        || !id
                            .bytes()
                            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
                    {
                        return Err(err(format!(
                            "'{id}' is not a valid concept ID ([A-Z0-9_]+)"
                        )));
                    }
                    if by_id.contains_key(&id) {
                        return Err(err(format!("concept {id} is defined twice")));
                    }
                    let index = concepts.len() as u32;
                    for kv in parts {
                        match kv.split_once('=') {
                            Some(("broader", b)) => {
                                broader.push((index, b.to_owned(), name.to_string(), line_no))
                            }
                            _ => {
                                return Err(err(format!(
                                    "{id}: unknown attribute '{kv}' (broader=)"
                                )))
                            }
                        }
                    }
                    by_id.insert(id.clone(), index);
                    concepts.push(ConceptInfo { id, broader: None });
                    current = Some(index);
                    continue;
                }
                let Some(concept) = current else {
                    return Err(err("forms before any '@ID' line".into()));
                };
                let (lang, rest) = line
                    .split_once('\t')
                    .ok_or_else(|| err("a form line needs LANG, a tab, then forms".into()))?;
                let langs: &[Lang] = match lang.trim() {
                    "en" => &[Lang::En],
                    "es" => &[Lang::Es],
                    "*" => &[Lang::En, Lang::Es],
                    other => return Err(err(format!("unknown language '{other}' (en, es, *)"))),
                };
                for f in rest.split('|') {
                    let f = f.trim();
                    if f.is_empty() {
                        return Err(err("empty form between '|'".into()));
                    }
                    for &l in langs {
                        forms.push((l, f.to_owned(), concept));
                    }
                }
            }
        }
        for (index, b, file, line) in broader {
            let target = *by_id.get(&b).ok_or_else(|| {
                LexiconError::new(&file, line, format!("broader={b} is not a defined concept"))
            })?;
            concepts[index as usize].broader = Some(target);
        }
        let build = |lang: Lang| -> Result<LangMatcher, LexiconError> {
            let st = stemmer(lang);
            let mut patterns: Vec<String> = Vec::new();
            let mut owners: Vec<u32> = Vec::new();
            let mut seen: HashMap<String, u32> = HashMap::new();
            for (l, f, c) in &forms {
                if *l != lang {
                    continue;
                }
                for p in phrase_keys(&st, f) {
                    if p.trim().is_empty() {
                        return Err(LexiconError::new(
                            "concepts",
                            0,
                            format!("form '{f}' has no words"),
                        ));
                    }
                    // The same key under two concepts: the first keeps it.
                    if seen.insert(p.clone(), *c).is_none() {
                        patterns.push(p);
                        owners.push(*c);
                    }
                }
            }
            let ac = AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .map_err(|e| {
                    LexiconError::new("concepts", 0, format!("cannot build the automaton: {e}"))
                })?;
            Ok(LangMatcher {
                ac,
                concepts: owners,
            })
        };
        Ok(ConceptLexicon {
            en: build(Lang::En)?,
            es: build(Lang::Es)?,
            concepts,
        })
    }

    pub fn concept(&self, index: u32) -> &ConceptInfo {
        &self.concepts[index as usize]
    }

    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// Concepts in `text` (a document in `lang`), in text order, non-overlapping.
    pub fn find(&self, text: &str, lang: Lang) -> Vec<ConceptHit> {
        let m = match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
            Lang::Und => return Vec::new(),
        };
        let st = stemmer(lang);
        let spans = words(text);
        let mut buf = String::with_capacity(text.len() + 2);
        let mut starts = Vec::with_capacity(spans.len());
        buf.push(' ');
        let mut folded = String::new();
        for w in &spans {
            starts.push(buf.len());
            folded.clear();
            for c in text[w.start..w.end].chars() {
                crossclaim_core::fold_char(c, &mut folded);
            }
            if is_name(text, *w) {
                buf.push('^');
            }
            buf.push_str(&key(&st, &folded));
            buf.push(' ');
        }
        let mut out = Vec::new();
        // Patterns start and end with a space, so consecutive matches share one: search
        // overlapping-free from each match's last space.
        let mut pos = 0;
        while let Some(hit) =
            m.ac.find(aho_corasick::Input::new(buf.as_str()).range(pos..))
        {
            let first = starts.partition_point(|&s| s <= hit.start());
            let last = starts.partition_point(|&s| s < hit.end() - 1);
            if first < last {
                out.push(ConceptHit {
                    span: Span::new(spans[first].start, spans[last - 1].end),
                    concept: m.concepts[hit.pattern().as_usize()],
                });
            }
            pos = hit.end() - 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEX: &str = "@ATTACK\nen\tattack\nes\tataque\n@CYBERATTACK broader=ATTACK\nen\tcyberattack | cyber attack | hack\nes\tciberataque | ataque cibernético\n@SANCTIONS\nen\tsanction\nes\tsanción\n";

    fn found(text: &str, lang: Lang) -> Vec<(String, String)> {
        let lex = ConceptLexicon::parse(&[("c.lex", LEX)]).unwrap_or_else(|e| panic!("{e}"));
        lex.find(text, lang)
            .into_iter()
            .map(|h| {
                (
                    text[h.span.start..h.span.end].to_owned(),
                    lex.concept(h.concept).id.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn inflections_match_through_stems() {
        assert_eq!(
            found("Nuevas sanciones tras los ataques cibernéticos", Lang::Es),
            [
                ("sanciones".to_owned(), "SANCTIONS".to_owned()),
                ("ataques cibernéticos".to_owned(), "CYBERATTACK".to_owned())
            ]
        );
        assert_eq!(
            found("Cyber attacks and sanctions; the hack.", Lang::En).len(),
            3
        );
        assert!(found("hackers attacked", Lang::Es).is_empty());
    }

    #[test]
    fn short_stems_and_names_do_not_match_loosely() {
        let lex = ConceptLexicon::parse(&[("c.lex", "@UNEMPLOYMENT\nen\tunemployment\nes\tparo\n@PROTEST\nen\tmarch\nes\tmarcha\n@NATO_SUMMIT\nen\tNATO summit\nes\tcumbre de la OTAN\n")])
            .unwrap_or_else(|e| panic!("{e}"));
        let ids = |t: &str, l: Lang| {
            lex.find(t, l)
                .into_iter()
                .map(|h| lex.concept(h.concept).id.clone())
                .collect::<Vec<_>>()
        };
        assert!(
            ids("Lo hizo para ganar.", Lang::Es).is_empty(),
            "para is not paro"
        );
        assert_eq!(
            ids("El paro y los paros.", Lang::Es),
            ["UNEMPLOYMENT", "UNEMPLOYMENT"]
        );
        assert!(
            ids("The attack in March was reported.", Lang::En).is_empty(),
            "March is a month"
        );
        assert_eq!(ids("A march. March on!", Lang::En), ["PROTEST", "PROTEST"]);
        assert_eq!(
            ids("At the NATO summit they met.", Lang::En),
            ["NATO_SUMMIT"]
        );
    }

    #[test]
    fn broader_must_exist() {
        let e = ConceptLexicon::parse(&[("c.lex", "@A broader=B\nen\ta\n")]).err();
        assert!(e.is_some_and(|e| e.line == 1 && e.message.contains("broader=B")));
    }
}
