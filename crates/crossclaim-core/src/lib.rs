//! The document model shared by every crossclaim stage.
//!
//! A [`Document`] owns its text, which is never modified after it is read. Each stage adds a
//! layer of byte [`Span`]s into that text: the language, the sentences, the entity mentions and
//! the claims. Normalisation (case folding, accent stripping, stemming) happens in side buffers
//! inside the stages; positions always point into the original text.
//!
//! ```
//! use crossclaim_core::{Document, Span};
//!
//! let doc = Document::new("d1", "China denied it. Biden said so.");
//! let s = Span::new(0, 5);
//! assert_eq!(doc.slice(s), "China");
//! ```
//!
//! The JSON records written by the command line (SPEC §3) are in [`record`].

pub mod record;
pub mod testing;
pub mod words;

use std::fmt;

/// A bad line in a lexicon or rule file: which file, which line, and why. Building a stage from
/// its files returns this before any document is processed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    pub file: String,
    /// 1-based; 0 when the error concerns the whole file (unreadable, missing).
    pub line: usize,
    pub message: String,
}

impl LexiconError {
    pub fn new(file: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        LexiconError {
            file: file.into(),
            line,
            message: message.into(),
        }
    }

    /// Reads a whole lexicon file, or says which file could not be read.
    pub fn read(path: &std::path::Path) -> Result<String, LexiconError> {
        std::fs::read_to_string(path).map_err(|e| {
            LexiconError::new(path.display().to_string(), 0, format!("cannot read: {e}"))
        })
    }

    /// Reads every file of `dir` whose name ends in `.{ext}`, in name order, as `(name,
    /// contents)`. An unreadable directory or one without such files is an error.
    pub fn read_dir(
        dir: &std::path::Path,
        ext: &str,
    ) -> Result<Vec<(String, String)>, LexiconError> {
        let shown = dir.display().to_string();
        let entries = std::fs::read_dir(dir)
            .map_err(|e| LexiconError::new(&shown, 0, format!("cannot read: {e}")))?;
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == ext))
            .collect();
        paths.sort();
        if paths.is_empty() {
            return Err(LexiconError::new(shown, 0, format!("no .{ext} files")));
        }
        paths
            .iter()
            .map(|p| Ok((p.display().to_string(), LexiconError::read(p)?)))
            .collect()
    }
}

/// A lexicon line without its comment: `#` at the start of the line, or after white space.
///
/// The first ` #` cuts the line, else the first tab and `#`. Read from one `#` to the next
/// (most lines have none): loading the lexicons reads some 12 000 lines, and a substring
/// search set up twice for each was a noticeable part of it. The plain way is
/// `strip_comment_plain`, which the tests compare it with.
pub fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    let b = line.as_bytes();
    let mut tab = None;
    // `from` is 0 or just after a `#`: always a char boundary.
    let mut from = 0;
    while let Some(at) = line[from..].find('#') {
        let hash = from + at;
        match hash.checked_sub(1).map(|i| b[i]) {
            Some(b' ') => return &line[..hash - 1],
            Some(b'\t') => {
                tab.get_or_insert(hash - 1);
            }
            _ => {}
        }
        from = hash + 1;
    }
    match tab {
        Some(i) => &line[..i],
        None => line,
    }
}

/// [`strip_comment`] the plain way, with two substring searches.
#[cfg(test)]
fn strip_comment_plain(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    match line.find(" #").or_else(|| line.find("\t#")) {
        Some(i) => &line[..i],
        None => line,
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for LexiconError {}

/// Lowercases and strips accents of one char for matching: `Á` → `a`, `ñ` → `n`; the accents of
/// Spanish, French, Portuguese and German, plus the other Latin letters with diacritics that names
/// in the news carry (Turkish `ş ğ ı İ`, Polish `ł ą ę ś ź ż ń`, Czech `č ř ě ů`, Romanian `ș ț ă`,
/// Nordic `ø`, macrons `ā ē ī ō ū` …: `Çavuşoğlu` and `Cavusoglu` fold alike); NFD combining
/// marks fold to nothing; typographic apostrophes become straight. Pushes the folded chars
/// (usually one). Offsets are never derived from the folded text alone: callers keep a map back
/// to the original.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let base = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        'ý' | 'ÿ' | 'Ý' => 'y',
        '’' | '‘' | 'ʼ' => '\'',
        'ş' | 'Ş' | 'ș' | 'Ș' | 'š' | 'Š' | 'ś' | 'Ś' => 's',
        'ğ' | 'Ğ' => 'g',
        'ı' | 'İ' | 'ī' | 'Ī' => 'i',
        'ł' | 'Ł' => 'l',
        'ø' | 'Ø' | 'ő' | 'Ő' | 'ō' | 'Ō' => 'o',
        'ă' | 'Ă' | 'ā' | 'Ā' | 'ą' | 'Ą' => 'a',
        'ț' | 'Ț' | 'ţ' | 'Ţ' | 'ť' | 'Ť' => 't',
        'č' | 'Č' | 'ć' | 'Ć' => 'c',
        'ž' | 'Ž' | 'ź' | 'Ź' | 'ż' | 'Ż' => 'z',
        'ř' | 'Ř' => 'r',
        'ě' | 'Ě' | 'ē' | 'Ē' | 'ę' | 'Ę' => 'e',
        'ň' | 'Ň' | 'ń' | 'Ń' => 'n',
        'ď' | 'Ď' | 'đ' | 'Đ' => 'd',
        'ů' | 'Ů' | 'ű' | 'Ű' | 'ū' | 'Ū' => 'u',
        '\u{0300}'..='\u{036f}' => return, // combining marks of NFD text fold to nothing
        _ => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    out.push(base);
}

/// Folds a whole string (see [`fold_char`]).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_onto(s, &mut out);
    out
}

/// `s` folded onto the end of `out`, as [`fold_char`] folds it char by char. An ASCII string
/// (most words) is copied at once and lower-cased, and so is each ASCII char of another string:
/// that is all `fold_char` does to an ASCII char.
pub fn fold_onto(s: &str, out: &mut String) {
    if s.is_ascii() {
        let at = out.len();
        out.push_str(s);
        out[at..].make_ascii_lowercase();
    } else {
        for c in s.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                fold_char(c, out);
            }
        }
    }
}

/// A half-open `[start, end)` range of UTF-8 byte offsets into a document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span shrunk to exclude leading and trailing white space of `text[self]`.
    pub fn trim(&self, text: &str) -> Span {
        let s = &text[self.start..self.end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

/// A language crossclaim can process, or `Und` for anything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Es,
    Und,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Und => "und",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" | "eng" => Some(Lang::En),
            "es" | "spa" => Some(Lang::Es),
            "und" => Some(Lang::Und),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The result of language identification for one document.
#[derive(Clone, Debug, PartialEq)]
pub struct LangInfo {
    pub lang: Lang,
    /// In `[0, 1]`; 1.0 when the language was given in the input.
    pub confidence: f64,
    /// For `Und`: why the document was not accepted as English or Spanish.
    pub reason: Option<String>,
    /// For `Und`: the language the detector saw (ISO 639-3), when it saw one.
    pub detected: Option<String>,
}

impl LangInfo {
    pub fn given(lang: Lang) -> Self {
        LangInfo {
            lang,
            confidence: 1.0,
            reason: None,
            detected: None,
        }
    }
}

/// Entity types of SPEC §6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Gpe,
    Org,
    Per,
    Norp,
    Loc,
    Product,
    Event,
    Group,
}

impl EntityType {
    pub const ALL: [EntityType; 8] = [
        EntityType::Gpe,
        EntityType::Org,
        EntityType::Per,
        EntityType::Norp,
        EntityType::Loc,
        EntityType::Product,
        EntityType::Event,
        EntityType::Group,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Gpe => "GPE",
            EntityType::Org => "ORG",
            EntityType::Per => "PER",
            EntityType::Norp => "NORP",
            EntityType::Loc => "LOC",
            EntityType::Product => "PRODUCT",
            EntityType::Event => "EVENT",
            EntityType::Group => "GROUP",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Claim kinds of SPEC §5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClaimKind {
    Accusation,
    Denial,
    Criticism,
    Warning,
    Statement,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 5] = [
        ClaimKind::Accusation,
        ClaimKind::Denial,
        ClaimKind::Criticism,
        ClaimKind::Warning,
        ClaimKind::Statement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Accusation => "accusation",
            ClaimKind::Denial => "denial",
            ClaimKind::Criticism => "criticism",
            ClaimKind::Warning => "warning",
            ClaimKind::Statement => "statement",
        }
    }

    pub fn parse(s: &str) -> Option<ClaimKind> {
        ClaimKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// An entity mention found by the lexicon.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    /// Canonical ID, the same in every language (SPEC §4).
    pub entity: String,
    pub etype: EntityType,
    /// Index into [`Document::sentences`].
    pub sentence: usize,
    /// Other entities the same surface form may refer to (ambiguous forms keep their candidates).
    pub candidates: Vec<String>,
}

/// One attribution cue and what it attributes (SPEC §5).
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub sentence: usize,
    pub kind: ClaimKind,
    pub cue: Span,
    /// Indices into [`Document::mentions`].
    pub source: Vec<usize>,
    /// The phrase that names the source (`a senior official from the Biden administration`,
    /// `he`, `el comunicado`), also when it is not an entity mention.
    pub source_span: Option<Span>,
    /// Indices into [`Document::mentions`].
    pub target: Vec<usize>,
    pub quote: Option<Span>,
    pub negated: bool,
}

/// A topic concept found in the text (`cyberattack`, `sanciones`), for alignment evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct ConceptMention {
    pub span: Span,
    pub concept: String,
    /// The broader concept this one also counts as (`CYBERATTACK` → `ATTACK`).
    pub broader: Option<String>,
    pub sentence: usize,
}

/// A quantity or date found in the text (`30.000`, `decenas de miles`, `1 de marzo de 2008`).
#[derive(Clone, Debug, PartialEq)]
pub struct QuantityMention {
    pub span: Span,
    /// The amount; for a date `YYYYMMDD`; for a magnitude its lower bound.
    pub value: f64,
    /// `number`, `magnitude`, `year` or `date`.
    pub kind: &'static str,
    pub sentence: usize,
}

/// Metadata that may come with an input document and is passed through.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocMeta {
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
}

/// One article flowing through the stages. The text is never modified.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub id: String,
    text: String,
    pub meta: DocMeta,
    /// Language given in the input, trusted when it is `en` or `es`.
    pub given_lang: Option<Lang>,
    pub lang: Option<LangInfo>,
    /// Paragraphs in another language than the document's (an English quotation in a Spanish
    /// article), with their own language.
    pub foreign: Vec<(Span, LangInfo)>,
    pub sentences: Vec<Span>,
    pub mentions: Vec<Mention>,
    pub concepts: Vec<ConceptMention>,
    pub quantities: Vec<QuantityMention>,
    pub claims: Vec<Claim>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            meta: DocMeta::default(),
            given_lang: None,
            lang: None,
            foreign: Vec::new(),
            sentences: Vec::new(),
            mentions: Vec::new(),
            concepts: Vec::new(),
            quantities: Vec::new(),
            claims: Vec::new(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text of a span. Spans are produced by the stages and always lie on char boundaries.
    pub fn slice(&self, span: Span) -> &str {
        debug_assert!(
            self.text.is_char_boundary(span.start) && self.text.is_char_boundary(span.end)
        );
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The language decided for this document (`Und` before detection).
    pub fn language(&self) -> Lang {
        self.lang.as_ref().map_or(Lang::Und, |l| l.lang)
    }

    /// The index of the sentence containing byte `pos`, if any.
    pub fn sentence_of(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }

    /// Claim ids are `<doc_id>#<index>` (SPEC §3).
    pub fn claim_id(&self, index: usize) -> String {
        format!("{}#{}", self.id, index)
    }
}

#[cfg(test)]
mod tests {
    /// The byte scan of `strip_comment` against the plain way, on the bundled lexicons' lines
    /// and on generated lines of `#`, spaces, tabs and other chars.
    #[test]
    fn strip_comment_agrees_with_the_plain_way() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons");
        let mut lines: Vec<String> = Vec::new();
        for dir in [
            "entities", "concepts", "cues", "abbrev", "numbers", "langid", "align",
        ] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            for e in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(e.path()) {
                    lines.extend(text.lines().map(str::to_owned));
                }
            }
        }
        assert!(lines.len() > 5_000, "{} lexicon lines", lines.len());
        let pieces = ["#", " ", "\t", "a", "é", " #", "\t#", "##", "x#"];
        lines.extend(crate::testing::mixed_texts(
            &pieces,
            20_000,
            9,
            12,
            ["", ""],
        ));
        let mut cut = 0;
        for line in &lines {
            let fast = strip_comment(line);
            assert_eq!(fast, strip_comment_plain(line), "{line:?}");
            cut += usize::from(fast.len() < line.len());
        }
        assert!(cut > 5_000, "{cut} lines cut");
    }

    use super::*;

    #[test]
    fn fold_onto_folds_as_fold_char_does() {
        let pieces = ["É", "ñ", "Ş", "\u{0301}", "’", "İ", "中", " ", "-", "7"];
        for text in testing::mixed_texts(&pieces, 3000, 12, 40, ["w", "Q"]) {
            let mut plain = String::from("x");
            for c in text.chars() {
                fold_char(c, &mut plain);
            }
            let mut fast = String::from("x");
            fold_onto(&text, &mut fast);
            assert_eq!(fast, plain, "{text:?}");
        }
    }

    #[test]
    fn span_trim_excludes_white_space() {
        let t = "  hola  ";
        assert_eq!(Span::new(0, t.len()).trim(t), Span::new(2, 6));
        assert!(Span::new(0, 2).trim(t).is_empty());
    }

    #[test]
    fn sentence_of_finds_containing_sentence() {
        let mut d = Document::new("d", "Uno. Dos.");
        d.sentences = vec![Span::new(0, 4), Span::new(5, 9)];
        assert_eq!(d.sentence_of(0), Some(0));
        assert_eq!(d.sentence_of(4), None);
        assert_eq!(d.sentence_of(6), Some(1));
        assert_eq!(d.sentence_of(9), None);
    }

    #[test]
    fn fold_strips_case_and_accents() {
        assert_eq!(fold("Unión Europea"), "union europea");
        assert_eq!(fold("PEKÍN"), "pekin");
        assert_eq!(fold("China’s"), "china's");
        assert_eq!(fold("Unio\u{301}n"), "union");
    }

    #[test]
    fn names_round_trip() {
        for t in EntityType::ALL {
            assert_eq!(EntityType::parse(t.as_str()), Some(t));
        }
        for k in ClaimKind::ALL {
            assert_eq!(ClaimKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(Lang::from_code("es"), Some(Lang::Es));
    }
}
