//! Entity lexicons and matching.
//!
//! Lexicon files (`lexicons/entities/*.lex`, format in `lexicons/README.md`) list entities with a
//! canonical ID shared by English and Spanish, and their surface forms per language. The
//! [`PhraseMatcher`] finds the forms in a document through an Aho-Corasick automaton over a
//! case- and accent-folded side copy of the text, keeps only matches at word boundaries
//! (leftmost-longest: `South China Sea` is not `China`), applies exact-case forms (`US` is not
//! `us`) and per-language forms (`EU` is the European Union in English only), and maps every
//! match back to exact byte offsets of the original text.
//!
//! ```
//! use crossclaim_core::Lang;
//! use crossclaim_lexicon::EntityLexicon;
//!
//! let lex = EntityLexicon::parse(&[(
//!     "demo.lex",
//!     "@USA GPE qid=Q30\nen\tUnited States | =US\nes\tEstados Unidos | EE.UU.\n",
//! )]).unwrap();
//! let text = "Estados Unidos y EE.UU. son lo mismo";
//! let found = lex.find(text, Lang::Es);
//! assert_eq!(found.len(), 2);
//! assert_eq!(&text[found[1].span.start..found[1].span.end], "EE.UU.");
//! assert_eq!(lex.entity(found[1].entity).id, "USA");
//! ```

pub mod concepts;
pub mod fold;
pub mod matcher;

use std::collections::HashMap;
use std::path::Path;

use crossclaim_core::{EntityType, Lang, LexiconError, Span};

pub use concepts::{ConceptHit, ConceptInfo, ConceptLexicon};
pub use fold::Folded;
pub use matcher::{at_word_boundary, Form, FormLang, PhraseMatch, PhraseMatcher};

/// One entity of the lexicon.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityInfo {
    pub id: String,
    pub etype: EntityType,
    pub qid: Option<String>,
    /// The country or body this entity stands for (`WASHINGTON` → `USA`), if any.
    pub stands_for: Option<String>,
}

/// What a matched form denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormRef {
    pub entity: u32,
    pub etype: EntityType,
}

/// A mention found in a text: its span, the entity chosen, and any other candidates.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub span: Span,
    pub entity: u32,
    pub etype: EntityType,
    pub candidates: Vec<u32>,
    /// For a template entity (`*_MFA`): the ID made with the country found beside it (`CHN_MFA`).
    pub resolved: Option<String>,
}

/// All entities and their forms, compiled into one matcher. Immutable, `Send + Sync`.
#[derive(Clone, Debug)]
pub struct EntityLexicon {
    entities: Vec<EntityInfo>,
    by_id: HashMap<String, u32>,
    matcher: PhraseMatcher<FormRef>,
    /// Last name of each person with a multi-word name, for surname-only mentions.
    surnames: Vec<(String, u32)>,
}

impl EntityLexicon {
    /// Loads every `*.lex` file of a directory, in name order.
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        let shown = dir.display().to_string();
        let entries = std::fs::read_dir(dir)
            .map_err(|e| LexiconError::new(&shown, 0, format!("cannot read: {e}")))?;
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "lex"))
            .collect();
        paths.sort();
        if paths.is_empty() {
            return Err(LexiconError::new(shown, 0, "no .lex files"));
        }
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

    /// Parses lexicon files given as `(name, contents)`. `+ID` blocks may extend an entity
    /// defined in any file.
    pub fn parse(files: &[(&str, &str)]) -> Result<Self, LexiconError> {
        let mut entities: Vec<EntityInfo> = Vec::new();
        let mut by_id: HashMap<String, u32> = HashMap::new();
        // Forms are collected with the entity's ID so that `+ID` blocks can come before the
        // definition; they are resolved once every file is read.
        let mut pending: Vec<(String, Form<Option<EntityType>>, String, usize)> = Vec::new();
        let mut extensions: Vec<(String, String, usize)> = Vec::new();
        let mut defined_at: Vec<(String, usize)> = Vec::new();
        for (name, text) in files {
            let mut current: Option<String> = None;
            for (i, raw) in text.lines().enumerate() {
                let line_no = i + 1;
                let err = |m: String| LexiconError::new(*name, line_no, m);
                let line = strip_comment(raw);
                if line.trim().is_empty() {
                    continue;
                }
                if let Some(head) = line.strip_prefix('@') {
                    let info = parse_header(head).map_err(err)?;
                    if by_id.contains_key(&info.id) {
                        return Err(err(format!("entity {} is defined twice", info.id)));
                    }
                    by_id.insert(info.id.clone(), entities.len() as u32);
                    defined_at.push((name.to_string(), line_no));
                    current = Some(info.id.clone());
                    entities.push(info);
                    continue;
                }
                if let Some(id) = line.strip_prefix('+') {
                    let id = id.trim().to_owned();
                    if !valid_id(&id) {
                        return Err(err(format!("'{id}' is not a valid ID ([A-Z0-9_]+)")));
                    }
                    extensions.push((id.clone(), name.to_string(), line_no));
                    current = Some(id);
                    continue;
                }
                let Some(id) = &current else {
                    return Err(err("forms before any '@ID TYPE' or '+ID' line".to_owned()));
                };
                for f in parse_forms(line).map_err(err)? {
                    pending.push((id.clone(), f, name.to_string(), line_no));
                }
            }
        }
        for (id, file, line) in &extensions {
            if !by_id.contains_key(id) {
                return Err(LexiconError::new(
                    file,
                    *line,
                    format!("+{id} extends an entity that no file defines"),
                ));
            }
        }
        // `for=` names a defined entity, or an instance of a template (`CHN_MFA` of `*_MFA`).
        let known = |id: &str| {
            by_id.contains_key(id)
                || id.split_once('_').is_some_and(|(c, rest)| {
                    by_id.contains_key(c) && by_id.contains_key(&format!("*_{rest}"))
                })
        };
        for (e, (file, line)) in entities.iter().zip(&defined_at) {
            if let Some(s) = &e.stands_for {
                if !known(s) {
                    return Err(LexiconError::new(
                        file,
                        *line,
                        format!("{}: for={s} is not a defined entity", e.id),
                    ));
                }
            }
        }
        let mut forms = Vec::with_capacity(pending.len());
        let mut surnames = Vec::new();
        for (id, f, _, _) in pending {
            let entity = by_id[&id];
            let etype = f.payload.unwrap_or(entities[entity as usize].etype);
            if etype == EntityType::Per {
                if let Some(last) = surname(&f.surface) {
                    surnames.push((last.to_owned(), entity));
                }
            }
            forms.push(Form {
                surface: f.surface,
                exact_case: f.exact_case,
                lang: f.lang,
                payload: FormRef { entity, etype },
            });
        }
        surnames.sort();
        surnames.dedup();
        let matcher = PhraseMatcher::new(forms).map_err(|m| LexiconError::new("lexicons", 0, m))?;
        Ok(EntityLexicon {
            entities,
            by_id,
            matcher,
            surnames,
        })
    }

    /// The canonical ID of a found mention (a resolved template, or the entity's ID).
    pub fn id_of(&self, found: &Found) -> String {
        match &found.resolved {
            Some(id) => id.clone(),
            None => {
                let id = &self.entity(found.entity).id;
                id.strip_prefix("*_").unwrap_or(id).to_owned()
            }
        }
    }

    pub fn entity(&self, index: u32) -> &EntityInfo {
        &self.entities[index as usize]
    }

    pub fn lookup(&self, id: &str) -> Option<&EntityInfo> {
        self.by_id.get(id).map(|&i| &self.entities[i as usize])
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    pub fn form_count(&self) -> usize {
        self.matcher.forms().len()
    }

    /// Mentions in `text` (a document in `lang`), in text order.
    pub fn find(&self, text: &str, lang: Lang) -> Vec<Found> {
        self.find_folded(text, &Folded::new(text), lang)
    }

    /// As [`find`](Self::find), with the folded text already made.
    pub fn find_folded(&self, text: &str, folded: &Folded, lang: Lang) -> Vec<Found> {
        if lang == Lang::Und {
            return Vec::new();
        }
        let mut found: Vec<Found> = self
            .matcher
            .find_all(text, folded, lang)
            .into_iter()
            .map(|m| {
                let mut ids: Vec<u32> = m.payloads.iter().map(|p| p.entity).collect();
                let first = *m.payloads[0];
                ids.dedup();
                Found {
                    span: m.span,
                    entity: first.entity,
                    etype: first.etype,
                    candidates: ids.into_iter().skip(1).collect(),
                    resolved: None,
                }
            })
            .collect();
        self.link_surnames(text, &mut found);
        self.resolve_templates(text, &mut found);
        found
    }

    /// A template entity (`*_MFA`: `Ministerio de Relaciones Exteriores`, `Foreign Ministry`)
    /// takes its country from the mention beside it: after it (`… chino`, `… de China`,
    /// `… of China`) or before it (`China’s …`, `Chinese …`).
    fn resolve_templates(&self, text: &str, found: &mut [Found]) {
        for i in 0..found.len() {
            let Some(suffix) = self.entity(found[i].entity).id.strip_prefix('*') else {
                continue;
            };
            let country = |f: &Found| {
                let id = &self.entity(f.entity).id;
                (matches!(f.etype, EntityType::Gpe | EntityType::Norp) && id.len() == 3)
                    .then(|| id.clone())
            };
            let gap = |a: usize, b: usize| text.get(a..b).unwrap_or("x").to_lowercase();
            let after = found
                .get(i + 1)
                .filter(|n| {
                    matches!(
                        gap(found[i].span.end, n.span.start).as_str(),
                        " " | " de " | " del " | " de la " | " of " | " of the "
                    )
                })
                .and_then(country);
            let before = i
                .checked_sub(1)
                .map(|p| &found[p])
                .filter(|p| {
                    matches!(
                        gap(p.span.end, found[i].span.start).as_str(),
                        " " | "’s " | "'s " | "’ " | "' "
                    )
                })
                .and_then(country);
            if let Some(c) = after.or(before) {
                found[i].resolved = Some(format!("{c}{suffix}"));
            }
        }
    }

    /// A surname alone (`Biden`, `Raab`), or a one-letter misspelling of it (`Bident`), after
    /// the person's full name in the same document links to that person.
    fn link_surnames(&self, text: &str, found: &mut Vec<Found>) {
        let people: Vec<(u32, usize)> = found
            .iter()
            .filter(|f| f.etype == EntityType::Per)
            .map(|f| (f.entity, f.span.start))
            .collect();
        if people.is_empty() {
            return;
        }
        let mut known: Vec<(&str, u32, usize)> = Vec::new();
        for &(entity, first_seen) in &people {
            for (s, e) in self.surnames.iter().filter(|(_, e)| *e == entity) {
                if !known.iter().any(|k| k.0 == s && k.1 == *e) {
                    known.push((s.as_str(), *e, first_seen));
                }
            }
        }
        let mut added = Vec::new();
        let mut covered = found.iter().map(|f| f.span).collect::<Vec<_>>();
        covered.sort();
        for (start, word) in words(text) {
            if !word.starts_with(char::is_uppercase) {
                continue;
            }
            let span = Span::new(start, start + word.len());
            let inside = covered.partition_point(|c| c.end <= span.start);
            if covered.get(inside).is_some_and(|c| c.overlaps(&span)) {
                continue;
            }
            let hit = known.iter().find(|(s, _, seen)| {
                *seen < start && (*s == word || (s.chars().count() >= 4 && one_edit(s, word)))
            });
            if let Some(&(_, entity, _)) = hit {
                added.push(Found {
                    span,
                    entity,
                    etype: EntityType::Per,
                    candidates: Vec::new(),
                    resolved: None,
                });
            }
        }
        if !added.is_empty() {
            found.extend(added);
            found.sort_by_key(|f| f.span);
        }
    }
}

fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, &text[s..i]));
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out.into_iter()
}

/// True when `b` differs from `a` by exactly one inserted, deleted or replaced char.
fn one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    prefix + suffix >= a.len().max(b.len()) - 1
}

/// The last word of a multi-word personal name written with capitals (`Joe Biden` → `Biden`).
fn surname(name: &str) -> Option<&str> {
    let mut parts = name.split_whitespace();
    let first = parts.next()?;
    let last = parts.last()?;
    (first.starts_with(char::is_uppercase)
        && last.starts_with(char::is_uppercase)
        && last.chars().count() >= 3)
        .then_some(last)
}

/// `[A-Z0-9_]+`, or a template `*_[A-Z0-9_]+` whose `*` is filled with a country code.
fn valid_id(id: &str) -> bool {
    let body = id.strip_prefix("*_").unwrap_or(id);
    !body.is_empty()
        && body
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

fn parse_header(head: &str) -> Result<EntityInfo, String> {
    let mut parts = head.split_whitespace();
    let id = parts.next().ok_or("missing ID after '@'")?.to_owned();
    if !valid_id(&id) {
        return Err(format!("'{id}' is not a valid ID ([A-Z0-9_]+)"));
    }
    let t = parts.next().ok_or_else(|| format!("{id}: missing type"))?;
    let etype = EntityType::parse(t).ok_or_else(|| format!("{id}: unknown type '{t}'"))?;
    let mut info = EntityInfo {
        id,
        etype,
        qid: None,
        stands_for: None,
    };
    for kv in parts {
        match kv.split_once('=') {
            Some(("qid", v)) => info.qid = Some(v.to_owned()),
            Some(("for", v)) => info.stands_for = Some(v.to_owned()),
            Some(("note", _)) => {}
            _ => {
                return Err(format!(
                    "{}: unknown attribute '{kv}' (qid=, for=, note=)",
                    info.id
                ))
            }
        }
    }
    Ok(info)
}

/// `LANG[/TYPE]<TAB>form | form`
fn parse_forms(line: &str) -> Result<Vec<Form<Option<EntityType>>>, String> {
    let (head, rest) = line
        .split_once('\t')
        .ok_or("a form line needs LANG, a tab, then forms")?;
    let (lang, etype) = match head.trim().split_once('/') {
        Some((l, t)) => (
            l,
            Some(EntityType::parse(t).ok_or_else(|| format!("unknown type '{t}'"))?),
        ),
        None => (head.trim(), None),
    };
    let lang =
        FormLang::parse(lang).ok_or_else(|| format!("unknown language '{lang}' (en, es, *)"))?;
    let mut forms = Vec::new();
    for raw in rest.split('|') {
        let f = raw.trim();
        if f.is_empty() {
            return Err("empty form between '|'".to_owned());
        }
        let (exact_case, surface) = match f.strip_prefix('=') {
            Some(s) => (true, s.trim()),
            None => (false, f),
        };
        forms.push(Form {
            surface: surface.to_owned(),
            exact_case,
            lang,
            payload: etype,
        });
    }
    Ok(forms)
}

fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    match line.find(" #").or_else(|| line.find("\t#")) {
        Some(i) => &line[..i],
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEX: &str = "\
# test lexicon
@USA GPE qid=Q30
en\tUnited States | =US | =U.S.
es\tEstados Unidos | EE.UU.
@CHN GPE
*\tChina
@WASHINGTON GPE for=USA
*\tWashington
@JOE_BIDEN PER
*\tJoe Biden
";

    fn lex() -> EntityLexicon {
        let demonyms = "+CHN\nen/NORP\tChinese\nes/NORP\tchino | =china\n";
        match EntityLexicon::parse(&[("a.lex", LEX), ("b.lex", demonyms)]) {
            Ok(l) => l,
            Err(e) => panic!("{e}"),
        }
    }

    fn ids(text: &str, lang: Lang) -> Vec<(String, String, &'static str)> {
        let l = lex();
        l.find(text, lang)
            .into_iter()
            .map(|f| {
                (
                    text[f.span.start..f.span.end].to_owned(),
                    l.entity(f.entity).id.clone(),
                    f.etype.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn demonyms_link_to_their_country() {
        let got = ids("el ministerio chino y China", Lang::Es);
        assert_eq!(got[0], ("chino".to_owned(), "CHN".to_owned(), "NORP"));
        assert_eq!(got[1], ("China".to_owned(), "CHN".to_owned(), "GPE"));
    }

    #[test]
    fn surnames_and_misspellings_after_the_full_name() {
        let got = ids(
            "Biden spoke. Joe Biden said. Biden added. The Bident administration.",
            Lang::En,
        );
        let spans: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(spans, ["Joe Biden", "Biden", "Bident"]);
        assert!(got.iter().all(|g| g.1 == "JOE_BIDEN"));
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("@USA GPE\nen\tUS\n@USA GPE\n", 3, "defined twice"),
            ("@usa GPE\n", 1, "not a valid ID"),
            ("@USA CITY\n", 1, "unknown type"),
            ("en\tUS\n", 1, "before any"),
            ("@USA GPE\nfr\tÉtats-Unis\n", 2, "unknown language"),
            ("@USA GPE\nen\tUS || U.S.\n", 2, "empty form"),
            ("@USA GPE\nen US\n", 2, "needs LANG, a tab"),
        ];
        for (text, line, msg) in cases {
            match EntityLexicon::parse(&[("x.lex", text)]) {
                Ok(_) => panic!("accepted: {text:?}"),
                Err(e) => {
                    assert_eq!(e.line, line, "{text:?}: {e}");
                    assert!(e.message.contains(msg), "{text:?}: {e}");
                    assert_eq!(e.file, "x.lex");
                }
            }
        }
        let ext = EntityLexicon::parse(&[("x.lex", "+NOPE\nen\tNope\n")]).err();
        assert!(ext.is_some_and(|e| e.message.contains("no file defines")));
    }

    #[test]
    fn one_edit_distance() {
        assert!(one_edit("Biden", "Bident"));
        assert!(one_edit("Biden", "Bidan"));
        assert!(!one_edit("Biden", "Biden"));
        assert!(!one_edit("Biden", "Bidens2"));
    }
}
