//! A phrase matcher over folded text with exact original spans.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use crossclaim_core::{fold, Lang, Span};

use crate::fold::Folded;

/// Which document languages a form applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormLang {
    En,
    Es,
    Both,
}

impl FormLang {
    pub fn parse(s: &str) -> Option<FormLang> {
        match s {
            "en" => Some(FormLang::En),
            "es" => Some(FormLang::Es),
            "*" => Some(FormLang::Both),
            _ => None,
        }
    }

    pub fn applies(self, lang: Lang) -> bool {
        matches!(
            (self, lang),
            (FormLang::Both, _) | (FormLang::En, Lang::En) | (FormLang::Es, Lang::Es)
        )
    }
}

/// One surface form to find, with its payload.
#[derive(Clone, Debug)]
pub struct Form<T> {
    /// As written in the lexicon (without the `=` marker).
    pub surface: String,
    /// The surface must match with exactly this case.
    pub exact_case: bool,
    pub lang: FormLang,
    pub payload: T,
}

/// A match: the original span and the payloads of every form that fits it.
#[derive(Clone, Debug, PartialEq)]
pub struct PhraseMatch<'a, T> {
    pub span: Span,
    /// Exact-case forms first when any fits; never empty.
    pub payloads: Vec<&'a T>,
}

/// Finds forms in text ignoring case and accents, at word boundaries, leftmost-longest, and maps
/// every match back to exact byte offsets of the original text. Immutable after building.
#[derive(Clone, Debug)]
pub struct PhraseMatcher<T> {
    ac: AhoCorasick,
    /// Forms by automaton pattern id (forms that fold alike share a pattern).
    by_pattern: Vec<Vec<usize>>,
    forms: Vec<Form<T>>,
}

impl<T> PhraseMatcher<T> {
    pub fn new(forms: Vec<Form<T>>) -> Result<Self, String> {
        let mut patterns: Vec<String> = Vec::new();
        let mut by_pattern: Vec<Vec<usize>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for (i, f) in forms.iter().enumerate() {
            let key = fold(&f.surface);
            if key.trim().is_empty() {
                return Err(format!("form '{}' is empty once folded", f.surface));
            }
            let p = *index.entry(key.clone()).or_insert_with(|| {
                patterns.push(key);
                by_pattern.push(Vec::new());
                patterns.len() - 1
            });
            by_pattern[p].push(i);
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&patterns)
            .map_err(|e| format!("cannot build the automaton: {e}"))?;
        Ok(PhraseMatcher {
            ac,
            by_pattern,
            forms,
        })
    }

    pub fn forms(&self) -> &[Form<T>] {
        &self.forms
    }

    /// All matches in `text` for a document in `lang`, in text order, non-overlapping.
    /// `folded` must be `Folded::new(text)` (shared between matchers of one document).
    pub fn find_all<'a>(
        &'a self,
        text: &str,
        folded: &Folded,
        lang: Lang,
    ) -> Vec<PhraseMatch<'a, T>> {
        let mut out = Vec::new();
        let hay = folded.text.as_str();
        let mut pos = 0;
        while pos < hay.len() {
            let Some(m) = self.ac.find(Input::new(hay).range(pos..)) else {
                break;
            };
            match self.longest_accepted(
                text,
                folded,
                lang,
                m.start(),
                m.end(),
                m.pattern().as_usize(),
            ) {
                Some((end, payloads)) => {
                    out.push(PhraseMatch {
                        span: Span::new(folded.original(m.start()), folded.original(end)),
                        payloads,
                    });
                    pos = end;
                }
                // A rejected match may hide a later one that starts inside it.
                None => pos = next_char(hay, m.start()),
            }
        }
        out
    }

    /// The longest acceptable match starting at `start`: the automaton's longest, or failing
    /// that (`Microsoft Exchange Server` inside `Microsoft Exchange servers`) a shorter one.
    fn longest_accepted<'a>(
        &'a self,
        text: &str,
        folded: &Folded,
        lang: Lang,
        start: usize,
        mut end: usize,
        mut pattern: usize,
    ) -> Option<(usize, Vec<&'a T>)> {
        loop {
            let span = Span::new(folded.original(start), folded.original(end));
            if let Some(payloads) = self.accept(text, span, pattern, lang) {
                return Some((end, payloads));
            }
            let shorter = Input::new(folded.text.as_str())
                .range(start..end - 1)
                .anchored(Anchored::Yes);
            let m = self.ac.find(shorter)?;
            end = m.end();
            pattern = m.pattern().as_usize();
        }
    }

    fn accept<'a>(
        &'a self,
        text: &str,
        span: Span,
        pattern: usize,
        lang: Lang,
    ) -> Option<Vec<&'a T>> {
        if !at_word_boundary(text, span) {
            return None;
        }
        let surface = &text[span.start..span.end];
        let mut exact = Vec::new();
        let mut loose = Vec::new();
        for &i in &self.by_pattern[pattern] {
            let f = &self.forms[i];
            if !f.lang.applies(lang) {
                continue;
            }
            if f.exact_case {
                if same_case(&f.surface, surface) {
                    exact.push(&f.payload);
                }
            } else {
                loose.push(&f.payload);
            }
        }
        let found = if exact.is_empty() { loose } else { exact };
        (!found.is_empty()).then_some(found)
    }
}

/// Case-exact comparison that still ignores accents and apostrophe variants, so that `=EE.UU.`
/// matches `EE.UU.` and `=Pekín` matches NFD `Peki\u{301}n`.
fn same_case(form: &str, surface: &str) -> bool {
    let strip = |s: &str| -> String {
        let lower = fold(s);
        // Re-apply the original case pattern on the folded letters.
        let mut cases = s
            .chars()
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .map(|c| c.is_uppercase());
        lower
            .chars()
            .map(|c| {
                if cases.next().unwrap_or(false) {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect()
    };
    strip(form) == strip(surface)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The span starts and ends at word boundaries of the original text.
pub fn at_word_boundary(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let first = text[span.start..].chars().next();
    let last = text[..span.end].chars().next_back();
    let starts = match (before, first) {
        (Some(b), Some(f)) => !(is_word_char(b) && is_word_char(f)),
        _ => true,
    };
    let ends = match (last, after) {
        (Some(l), Some(a)) => !(is_word_char(l) && is_word_char(a)),
        _ => true,
    };
    starts && ends
}

fn next_char(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(s.len(), |c| i + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(surface: &str, lang: FormLang, payload: &'static str) -> Form<&'static str> {
        let exact_case = surface.starts_with('=');
        Form {
            surface: surface.trim_start_matches('=').to_owned(),
            exact_case,
            lang,
            payload,
        }
    }

    fn matcher() -> PhraseMatcher<&'static str> {
        let forms = vec![
            form("China", FormLang::Both, "CHN"),
            form("=china", FormLang::Es, "CHN/NORP"),
            form("South China Sea", FormLang::Both, "SCS"),
            form("=US", FormLang::En, "USA"),
            form("Estados Unidos", FormLang::Es, "USA"),
            form("EE.UU.", FormLang::Es, "USA"),
            form("=EU", FormLang::En, "EU"),
            form("Unión Europea", FormLang::Es, "EU"),
        ];
        match PhraseMatcher::new(forms) {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        }
    }

    fn found(text: &str, lang: Lang) -> Vec<(&str, &'static str)> {
        let m = matcher();
        let f = Folded::new(text);
        m.find_all(text, &f, lang)
            .into_iter()
            .map(|x| (&text[x.span.start..x.span.end], *x.payloads[0]))
            .collect()
    }

    #[test]
    fn table_of_cases() {
        type Case<'a> = (Lang, &'a str, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                Lang::En,
                "China’s claims in the South China Sea",
                &[("China", "CHN"), ("South China Sea", "SCS")],
            ),
            (Lang::En, "let us see what the US says", &[("US", "USA")]),
            (
                Lang::Es,
                "la UNIÓN EUROPEA y EE.UU.",
                &[("UNIÓN EUROPEA", "EU"), ("EE.UU.", "USA")],
            ),
            (
                Lang::Es,
                "la cancillería china y China",
                &[("china", "CHN/NORP"), ("China", "CHN")],
            ),
            (Lang::En, "the EU and Indochina", &[("EU", "EU")]),
            (Lang::Es, "la EU no es española", &[]),
            (
                Lang::Es,
                "Unio\u{301}n Europea",
                &[("Unio\u{301}n Europea", "EU")],
            ),
            (Lang::En, "the South China Seas", &[("China", "CHN")]),
        ];
        for (lang, text, want) in cases {
            assert_eq!(found(text, *lang), *want, "{text}");
        }
    }
}
