//! Sentence splitting for English and Spanish news.
//!
//! The Unicode sentence boundaries of UAX #29 (`unicode-segmentation`) propose candidate breaks;
//! language rules then remove the false ones: abbreviations and titles from `lexicons/abbrev`
//! (`Sr.`, `EE.UU.`, `Mr.`, `No. 5`), initials (`J. K. Rowling`), datelines (`Estados Unidos.-`),
//! and line breaks inside a hard-wrapped sentence. A line break that ends a line without final
//! punctuation (titles, bylines, URL lines) ends a sentence. Spans exclude surrounding white
//! space, never overlap and follow text order.
//!
//! ```
//! use crossclaim_core::{Lang, Span};
//! use crossclaim_segment::{AbbreviationRules, Segmenter};
//!
//! let es = AbbreviationRules::parse("[never]\nSr.\n", "es.txt").unwrap();
//! let seg = Segmenter::new(AbbreviationRules::default(), es);
//! let text = "Madrid.- El Sr. Pérez habló. Luego se fue.";
//! let spans = seg.split(text, Lang::Es);
//! assert_eq!(spans, vec![Span::new(0, 30), Span::new(31, 44)]);
//! ```

use std::collections::HashSet;
use std::path::Path;

use crossclaim_core::{fold, Lang, LexiconError, Span};
use unicode_segmentation::UnicodeSegmentation;

/// The abbreviation knowledge of one language (see `lexicons/abbrev/*.txt`).
#[derive(Clone, Debug, Default)]
pub struct AbbreviationRules {
    never: HashSet<String>,
    number: HashSet<String>,
    maybe: HashSet<String>,
    starters: HashSet<String>,
    /// First words of multi-word abbreviations (`p.` of `p. ej.`), with the full forms.
    multi: Vec<(String, String)>,
}

impl AbbreviationRules {
    /// Parses an abbreviation file; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Self, LexiconError> {
        let mut rules = AbbreviationRules::default();
        let mut section: Option<&str> = None;
        for (i, raw) in text.lines().enumerate() {
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                match name {
                    "never" | "number" | "maybe" | "starters" => section = Some(name),
                    other => {
                        return Err(LexiconError::new(
                            origin,
                            i + 1,
                            format!("unknown section [{other}]"),
                        ));
                    }
                }
                continue;
            }
            let form = fold(line);
            let set = match section {
                None => {
                    return Err(LexiconError::new(
                        origin,
                        i + 1,
                        "entry before any [section]",
                    ))
                }
                Some("starters") => {
                    rules.starters.insert(form);
                    continue;
                }
                Some(_) if !line.ends_with('.') => {
                    return Err(LexiconError::new(
                        origin,
                        i + 1,
                        format!("abbreviation '{line}' must end with '.'"),
                    ));
                }
                Some("never") => &mut rules.never,
                Some("number") => &mut rules.number,
                Some(_) => &mut rules.maybe,
            };
            if let Some((first, _)) = form.split_once(' ') {
                rules.multi.push((first.to_owned(), form.clone()));
            }
            set.insert(form);
        }
        Ok(rules)
    }

    pub fn from_file(path: &Path) -> Result<Self, LexiconError> {
        Self::parse(&LexiconError::read(path)?, &path.display().to_string())
    }

    /// Does a candidate break after `before` (the text up to the break, trimmed) not end a
    /// sentence because of an abbreviation? `after` is the text after the break, trimmed.
    fn holds(&self, before: &str, after: &str) -> bool {
        let last = last_word(before);
        let folded = fold(last);
        let next = first_word(after);
        let next_folded = fold(next.trim_end_matches(|c: char| !c.is_alphanumeric()));
        if self.never.contains(&folded) {
            return true;
        }
        if self.number.contains(&folded) && after.starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
        // Two last words: `p. ej.`, `EE. UU.`
        let two = last_two_words(before).map(fold);
        if let Some(two) = &two {
            if self.never.contains(two) {
                return true;
            }
            if self.maybe.contains(two) {
                return !self.starters.contains(&next_folded);
            }
        }
        if self.maybe.contains(&folded) {
            return !self.starters.contains(&next_folded);
        }
        // The first word of a multi-word abbreviation, continued by its rest.
        let next_fold = fold(next);
        if self
            .multi
            .iter()
            .any(|(first, full)| *first == folded && full.ends_with(next_fold.as_str()))
        {
            return true;
        }
        // An initial: one capital letter and a period (`J. K. Rowling`), not a sentence-final
        // pronoun or article such as `I.` or `A.` before a sentence starter.
        let letters: Vec<char> = last.chars().filter(|c| *c != '.').collect();
        if letters.len() == 1 && letters[0].is_uppercase() && !self.starters.contains(&next_folded)
        {
            return true;
        }
        false
    }
}

/// Splits texts into sentences; build once, share across threads.
#[derive(Clone, Debug, Default)]
pub struct Segmenter {
    en: AbbreviationRules,
    es: AbbreviationRules,
}

impl Segmenter {
    pub fn new(en: AbbreviationRules, es: AbbreviationRules) -> Self {
        Segmenter { en, es }
    }

    /// Loads `en.txt` and `es.txt` from an abbreviation directory.
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        Ok(Segmenter::new(
            AbbreviationRules::from_file(&dir.join("en.txt"))?,
            AbbreviationRules::from_file(&dir.join("es.txt"))?,
        ))
    }

    /// Sentence spans of `text` under the rules of `lang` (English rules for `und`).
    pub fn split(&self, text: &str, lang: Lang) -> Vec<Span> {
        let rules = match lang {
            Lang::Es => &self.es,
            _ => &self.en,
        };
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut pieces = text.split_sentence_bound_indices().peekable();
        while let Some((off, piece)) = pieces.next() {
            let begin = *start.get_or_insert(off);
            let end = off + piece.len();
            let Some(&(_, next)) = pieces.peek() else {
                push_trimmed(&mut out, text, Span::new(begin, end));
                break;
            };
            if !breaks_here(rules, &text[begin..end], next) {
                continue;
            }
            push_trimmed(&mut out, text, Span::new(begin, end));
            start = None;
        }
        out
    }
}

/// Is the candidate break between `sentence` (so far) and the piece `next` a real one?
fn breaks_here(rules: &AbbreviationRules, sentence: &str, next: &str) -> bool {
    let before = sentence.trim_end();
    let after = next.trim_start();
    if before.is_empty() {
        return false;
    }
    if after.is_empty() {
        return true;
    }
    let line_break = sentence[before.len()..].contains('\n');
    let blank_line = sentence[before.len()..].matches('\n').count() > 1;
    let core = before.trim_end_matches(is_closing);
    let terminal = core.ends_with(['.', '!', '?', '…', ':', ';']);
    if line_break {
        // A line that stops mid-sentence (after a letter, digit or comma) continues on the next
        // one when that starts in lower case and is not a URL (hard-wrapped text); otherwise the
        // line break ends the sentence.
        let mid_sentence = core.ends_with(|c: char| c.is_alphanumeric() || c == ',');
        let url = after.starts_with("http") || after.starts_with("www.");
        return blank_line
            || terminal
            || !mid_sentence
            || url
            || !after.starts_with(char::is_lowercase);
    }
    // A dateline or other punctuation straight after the period continues the sentence
    // (`Estados Unidos.- El gobierno`, `said Mr. X.), and`).
    if after.starts_with(['-', '—', '–', ',', ';', ':', ')', ']']) {
        return false;
    }
    if core.ends_with('.') && rules.holds(core, after) {
        return false;
    }
    true
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

fn push_trimmed(out: &mut Vec<Span>, text: &str, span: Span) {
    let t = span.trim(text);
    if !t.is_empty() {
        out.push(t);
    }
}

fn last_word(s: &str) -> &str {
    let w = s.rsplit(char::is_whitespace).next().unwrap_or(s);
    w.trim_start_matches(|c: char| !c.is_alphanumeric())
}

fn last_two_words(s: &str) -> Option<&str> {
    let s = s.trim_end();
    let cut = s.rfind(char::is_whitespace)?;
    let head = s[..cut].trim_end();
    let start = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let two = &s[start..];
    Some(two.trim_start_matches(|c: char| !c.is_alphanumeric()))
}

fn first_word(s: &str) -> &str {
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    s.split(char::is_whitespace).next().unwrap_or("")
}

fn strip_comment(line: &str) -> &str {
    match line.find(" #").or_else(|| line.find("\t#")) {
        Some(i) => &line[..i],
        None if line.trim_start().starts_with('#') => "",
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segmenter() -> Segmenter {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/abbrev");
        match Segmenter::from_dir(&dir) {
            Ok(s) => s,
            Err(e) => panic!("abbreviation lexicon: {e}"),
        }
    }

    fn sentences(text: &str, lang: Lang) -> Vec<&str> {
        segmenter()
            .split(text, lang)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn table_of_cases() {
        let cases: &[(Lang, &str, &[&str])] = &[
            (
                Lang::Es,
                "Estados Unidos.- El gobierno culpó a China. Pekín lo niega.",
                &[
                    "Estados Unidos.- El gobierno culpó a China.",
                    "Pekín lo niega.",
                ],
            ),
            (
                Lang::Es,
                "El Sr. Pérez y la Dra. López llegaron. Luego hablaron.",
                &["El Sr. Pérez y la Dra. López llegaron.", "Luego hablaron."],
            ),
            (
                Lang::Es,
                "Lo dijo EE.UU. y China lo negó. El resto calló.",
                &["Lo dijo EE.UU. y China lo negó.", "El resto calló."],
            ),
            (
                Lang::Es,
                "Más de 30.000 equipos, p. ej. servidores, fueron atacados.",
                &["Más de 30.000 equipos, p. ej. servidores, fueron atacados."],
            ),
            (
                Lang::En,
                "Mr. Smith met Gen. Milley in Washington. They talked.",
                &["Mr. Smith met Gen. Milley in Washington.", "They talked."],
            ),
            (
                Lang::En,
                "The U.S. Navy said so. The U.S. It said no.",
                &["The U.S. Navy said so.", "The U.S.", "It said no."],
            ),
            (
                Lang::En,
                "It cost 3.5 million. See No. 5 for details.",
                &["It cost 3.5 million.", "See No. 5 for details."],
            ),
            (
                Lang::En,
                "J. K. Rowling wrote it. She said, ‘It is done. We won.’ Then she left.",
                &[
                    "J. K. Rowling wrote it.",
                    "She said, ‘It is done.",
                    "We won.’",
                    "Then she left.",
                ],
            ),
            (
                Lang::En,
                "Headline without a stop\nThe body starts here. Ends here.",
                &[
                    "Headline without a stop",
                    "The body starts here.",
                    "Ends here.",
                ],
            ),
            (
                Lang::En,
                "A hard-wrapped sentence that goes\non to the next line. Next.",
                &[
                    "A hard-wrapped sentence that goes\non to the next line.",
                    "Next.",
                ],
            ),
            (
                Lang::En,
                "Click below:\nhttps://twitter.com/WW3Info | |\nhttps://www.facebook.com/WW3Info |",
                &[
                    "Click below:",
                    "https://twitter.com/WW3Info | |",
                    "https://www.facebook.com/WW3Info |",
                ],
            ),
            (
                Lang::Es,
                "“Es una amenaza”, reza el comunicado\n\nTrabajar juntos ayuda.",
                &[
                    "“Es una amenaza”, reza el comunicado",
                    "Trabajar juntos ayuda.",
                ],
            ),
        ];
        for (lang, text, want) in cases {
            assert_eq!(sentences(text, *lang), *want, "{text}");
        }
    }

    #[test]
    fn spans_are_trimmed_ordered_and_disjoint() {
        let text = "  One.  Two!\n\n  Three?  ";
        let spans = segmenter().split(text, Lang::En);
        assert_eq!(spans.len(), 3);
        for w in spans.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        for s in spans {
            let t = &text[s.start..s.end];
            assert_eq!(t, t.trim());
        }
    }

    #[test]
    fn bad_section_names_line() {
        let err = AbbreviationRules::parse("[never]\nSr.\n[oops]\n", "x.txt").err();
        assert_eq!(err.map(|e| e.line), Some(3));
        let err = AbbreviationRules::parse("[never]\nSr\n", "x.txt").err();
        assert_eq!(err.map(|e| e.line), Some(2));
    }
}
