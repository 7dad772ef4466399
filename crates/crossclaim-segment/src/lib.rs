//! Sentence splitting for English and Spanish news.
//!
//! A hand-written scanner finds the candidate breaks (`.` `!` `?` `…` `。`, line breaks,
//! bullets) in one pass over the bytes; language rules then decide each one from a bounded
//! window of text around it:
//!
//! - abbreviations from `lexicons/abbrev/{en,es}.txt` (`Sr.`, `Dra.`, `EE.UU.`, `p. ej.`,
//!   `Mr.`, `U.S.`, `Jan.`, `No. 5`), initials (`J. K. Rowling`), forms with inner periods
//!   (`i.v.`, `Ph.D.`), numbers in both conventions (`30,000`, `30.000`, `3,5`, `$.50`);
//! - ellipses (`...`, `…`, `. . .`: an omission inside a sentence unless a capital follows);
//! - quotation marks of every kind (`“ ” ‘ ’ « » " '`): a closing mark after the final stop
//!   belongs to that sentence, `’` between letters is an apostrophe, `"This is great." she said`
//!   goes on; `¿ ¡` open a sentence;
//! - datelines belong to the sentence they introduce (`Estados Unidos.- El …`,
//!   `Santander, 25 may (EFE). - El …`, `WASHINGTON (AP) — The …`);
//! - URLs, e-mail addresses and file names keep their periods (`www.example.com`,
//!   `Jane.Doe@example.com`, `J1.txt`);
//! - list items (`1.)`, `a)`, `(iv)`, `•`), inline or one per line;
//! - every line without final punctuation (titles, bylines, URL lines) ends a sentence, unless
//!   it is a hard-wrapped line that goes on in lower case; blank lines always end one;
//! - boilerplate: markup (`<p>`, `&lt;b&gt;`) and decoration runs (`/////`, `____`) are trimmed
//!   from the ends of sentences, and lines of decoration or a lone page number are no sentences.
//!
//! Spans exclude surrounding white space, never overlap and follow text order (SPEC §3). By
//! default a quotation of several sentences is split (SPEC §6); [`Quotations::Whole`] keeps
//! quotations and parentheses whole instead, the convention of the pySBD and
//! pragmatic_segmenter "Golden Rules".
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
//!
//! The work is linear in the length of the text: each decision reads at most a few dozen
//! characters around its candidate, and nothing panics on any input.

mod rules;
mod scan;

use std::path::Path;

use crossclaim_core::{Lang, LexiconError, Span};
use unicode_segmentation::UnicodeSegmentation;

pub use rules::AbbreviationRules;

/// The bare Unicode sentence boundaries of UAX #29 (`unicode-segmentation`'s
/// `split_sentence_bound_indices`), without any rule: the baseline that `sbd_speed` measures
/// the splitter against. Not a sentence splitter for news (`Mr. Smith` is cut after `Mr.`).
pub fn uax29_sentence_bounds(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_sentence_bound_indices()
}

/// What to do with sentence breaks inside quotations, parentheses and brackets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Quotations {
    /// Split them like any other text: `She said, ‘It is done. We won.’` is two sentences
    /// (SPEC §6, "a quotation of several sentences is split").
    #[default]
    Split,
    /// Keep a quotation, parenthesis or bracket that opens and closes on one line whole: no
    /// break inside it (the convention of the pySBD / pragmatic_segmenter test cases).
    Whole,
}

/// Splits texts into sentences; build once, share across threads.
#[derive(Clone, Debug, Default)]
pub struct Segmenter {
    en: AbbreviationRules,
    es: AbbreviationRules,
    quotations: Quotations,
}

impl Segmenter {
    pub fn new(en: AbbreviationRules, es: AbbreviationRules) -> Self {
        Segmenter {
            en,
            es,
            quotations: Quotations::Split,
        }
    }

    /// Loads `en.txt` and `es.txt` from an abbreviation directory.
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        Ok(Segmenter::new(
            AbbreviationRules::from_file(&dir.join("en.txt"))?,
            AbbreviationRules::from_file(&dir.join("es.txt"))?,
        ))
    }

    /// The same rules with another treatment of quotations.
    pub fn with_quotations(mut self, quotations: Quotations) -> Self {
        self.quotations = quotations;
        self
    }

    pub fn quotations(&self) -> Quotations {
        self.quotations
    }

    /// The rules of one language (English rules for `und`).
    pub fn rules(&self, lang: Lang) -> &AbbreviationRules {
        match lang {
            Lang::Es => &self.es,
            _ => &self.en,
        }
    }

    /// Sentence spans of `text` under the rules of `lang` (English rules for `und`).
    pub fn split(&self, text: &str, lang: Lang) -> Vec<Span> {
        scan::split(text, self.rules(lang), self.quotations)
    }
}
