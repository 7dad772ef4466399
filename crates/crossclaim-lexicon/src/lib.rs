//! Entity lexicons and matching.
//!
//! Lexicon files (`lexicons/entities/*.lex`, format in `lexicons/README.md`) list entities with a
//! canonical ID shared by English and Spanish, and their surface forms per language. The
//! [`PhraseMatcher`] finds the forms in a document through an Aho-Corasick automaton over a
//! case- and accent-folded side copy of the text ([`Folded`]), keeps only matches at word
//! boundaries (leftmost-longest: `South China Sea` is not `China`), applies exact-case forms (`US`
//! is not `us`) and per-language forms (`EU` is the European Union in English only), and maps every
//! match back to exact byte offsets of the original text. [`EntityLexicon::find`] then links a
//! surname alone to the person named in full earlier in the document, and fills template
//! entities (`*_MFA`) with the country named beside them.
//!
//! A form that several entities share is not guessed silently: the [`Found`] mention carries
//! the entity chosen and the other candidates.
//!
//! ```
//! use crossclaim_core::Lang;
//! use crossclaim_lexicon::EntityLexicon;
//!
//! let lex = EntityLexicon::parse(&[(
//!     "demo.lex",
//!     "@USA GPE qid=Q30\nen\tUnited States | =US\nes\tEstados Unidos | EE.UU.\n\
//!      es/NORP\testadounidense | estadounidenses\n",
//! )]).unwrap();
//! let text = "Estados Unidos y EE.UU. son lo mismo; el gobierno estadounidense";
//! let found = lex.find(text, Lang::Es);
//! assert_eq!(found.len(), 3);
//! assert_eq!(&text[found[1].span.start..found[1].span.end], "EE.UU.");
//! assert!(found.iter().all(|f| lex.id_of(f) == "USA"));
//! ```

pub mod bench_support;
pub mod concepts;
pub mod fold;
pub mod matcher;

use std::path::Path;

use crossclaim_core::{strip_comment, Document, EntityType, Lang, LexiconError, Mention, Span};
use fold::fold_str as fold;
use rustc_hash::FxHashMap;

pub use concepts::{ConceptHit, ConceptInfo, ConceptLexicon};
pub use fold::Folded;
pub use matcher::{at_word_boundary, Form, FormLang, PhraseMatch, PhraseMatcher};

/// One dated role of a person (`role=foreign_minister:ESP:2021-07-12..`): what, for whom, when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// A lower-case title: `head_of_state`, `head_of_government`, `foreign_minister`, `ceo` …
    pub title: String,
    /// The entity the role is held in (a country, a body, a company).
    pub of: String,
    /// ISO dates `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `to` is `None` for a role still held.
    pub from: String,
    pub to: Option<String>,
}

/// One entity of the lexicon.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityInfo {
    pub id: String,
    pub etype: EntityType,
    pub qid: Option<String>,
    /// The country or body this entity stands for (`WASHINGTON` → `USA`), if any.
    pub stands_for: Option<String>,
    /// The product line a model belongs to (`IPHONE_4` → `IPHONE`): after the model is named
    /// in a document, a bare mention of the line is read as that model.
    pub model_of: Option<String>,
    /// Dated roles (people), in lexicon order.
    pub roles: Vec<Role>,
}

/// What a matched form denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormRef {
    pub entity: u32,
    pub etype: EntityType,
    /// A form written `form?`: this entity is only a candidate when another entity has the form.
    pub secondary: bool,
}

/// A mention found in a text: its span, the entity chosen, and any other candidates.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub span: Span,
    pub entity: u32,
    pub etype: EntityType,
    /// Other entities the same surface form can denote, best first (never the chosen one).
    pub candidates: Vec<u32>,
    /// For a template entity (`*_MFA`): the ID made with the country found beside it (`CHN_MFA`).
    pub resolved: Option<String>,
}

/// All entities and their forms, compiled into one matcher. Immutable, `Send + Sync`.
#[derive(Clone, Debug)]
pub struct EntityLexicon {
    entities: Vec<EntityInfo>,
    by_id: FxHashMap<String, u32>,
    matcher: PhraseMatcher<FormRef>,
    /// Folded last names of each person with a multi-word name, for surname-only mentions.
    surnames: FxHashMap<u32, Vec<String>>,
}

/// A form line's forms before their entity is known: surface, type override, candidate-only.
type PendingForm = Form<(Option<EntityType>, bool)>;

impl EntityLexicon {
    /// Loads every `*.lex` file of a directory, in name order.
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        let files = LexiconError::read_dir(dir, "lex")?;
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
        let mut by_id: FxHashMap<String, u32> = FxHashMap::default();
        // Forms are collected with their block (the `@ID` or `+ID` line they follow; `blocks`
        // holds its ID) so that `+ID` blocks can come before the definition; they are resolved
        // once every file is read. (A block number, not a copy of the ID, for each form: the
        // lexicons have some 11 000 forms in 5 000 blocks.)
        let mut blocks: Vec<String> = Vec::new();
        let mut pending: Vec<PendingForm> = Vec::with_capacity(16_384);
        let mut pending_block: Vec<u32> = Vec::with_capacity(16_384);
        let mut extensions: Vec<(String, String, usize)> = Vec::new();
        let mut defined_at: Vec<(String, usize)> = Vec::new();
        for (name, text) in files {
            let mut current: Option<u32> = None;
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
                    current = Some(blocks.len() as u32);
                    blocks.push(info.id.clone());
                    entities.push(info);
                    continue;
                }
                if let Some(id) = line.strip_prefix('+') {
                    let id = id.trim().to_owned();
                    if !valid_id(&id) {
                        return Err(err(format!("'{id}' is not a valid ID ([A-Z0-9_]+)")));
                    }
                    extensions.push((id.clone(), name.to_string(), line_no));
                    current = Some(blocks.len() as u32);
                    blocks.push(id);
                    continue;
                }
                let Some(block) = current else {
                    return Err(err("forms before any '@ID TYPE' or '+ID' line".to_owned()));
                };
                parse_forms_onto(line, &mut pending).map_err(err)?;
                pending_block.resize(pending.len(), block);
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
        // `for=` and roles name a defined entity, or an instance of a template (`CHN_MFA` of
        // `*_MFA`).
        let known = |id: &str| {
            by_id.contains_key(id)
                || id.split_once('_').is_some_and(|(c, rest)| {
                    by_id.contains_key(c) && by_id.contains_key(&format!("*_{rest}"))
                })
        };
        for (e, (file, line)) in entities.iter().zip(&defined_at) {
            let named = e.stands_for.iter().map(|s| ("for", s));
            let models = e.model_of.iter().map(|s| ("model_of", s));
            for (key, s) in named
                .chain(models)
                .chain(e.roles.iter().map(|r| ("role", &r.of)))
            {
                if !known(s) {
                    return Err(LexiconError::new(
                        file,
                        *line,
                        format!("{}: {key}={s}… names no defined entity", e.id),
                    ));
                }
            }
        }
        let mut forms = Vec::with_capacity(pending.len());
        let mut surnames: FxHashMap<u32, Vec<String>> = FxHashMap::default();
        let block_entity: Vec<u32> = blocks.iter().map(|id| by_id[id]).collect();
        for (f, block) in pending.into_iter().zip(pending_block) {
            let entity = block_entity[block as usize];
            let (etype, secondary) = f.payload;
            let etype = etype.unwrap_or(entities[entity as usize].etype);
            if etype == EntityType::Per {
                if let Some(last) = surname(&f.surface) {
                    let list = surnames.entry(entity).or_default();
                    let last = fold(last);
                    if !list.contains(&last) {
                        list.push(last);
                    }
                }
            }
            forms.push(Form {
                surface: f.surface,
                exact_case: f.exact_case,
                lang: f.lang,
                payload: FormRef {
                    entity,
                    etype,
                    secondary,
                },
            });
        }
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

    /// The compiled phrase matcher (for benchmarks and diagnostics).
    pub fn matcher(&self) -> &PhraseMatcher<FormRef> {
        &self.matcher
    }

    /// The mention records of `found` (matches in `doc`'s text, in text order): each belongs to
    /// the sentence that holds it, and a match across a sentence boundary is dropped.
    pub fn mentions(&self, doc: &Document, found: Vec<Found>) -> Vec<Mention> {
        let mut mentions = Vec::with_capacity(found.len());
        for f in found {
            let Some(sentence) = doc.sentence_of(f.span.start) else {
                continue;
            };
            if f.span.end > doc.sentences[sentence].end {
                continue;
            }
            mentions.push(Mention {
                span: f.span,
                entity: self.id_of(&f),
                etype: f.etype,
                sentence,
                candidates: f
                    .candidates
                    .iter()
                    .map(|&c| self.entity(c).id.clone())
                    .collect(),
            });
        }
        mentions
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
        let mut found = self.matches(text, folded, lang, 0);
        self.resolve(text, &mut found);
        found
    }

    /// As [`find`](Self::find), folding and matching `text` piece by piece (`pieces`: spans in
    /// text order, not overlapping, e.g. runs of whole sentences): the folded copy is then as
    /// large as the largest piece, not the document. No mention crosses a piece boundary.
    pub fn find_in_pieces(&self, text: &str, pieces: &[Span], lang: Lang) -> Vec<Found> {
        if lang == Lang::Und {
            return Vec::new();
        }
        let mut folded = Folded::default();
        let mut found = Vec::new();
        for &p in pieces {
            let piece = &text[p.start..p.end];
            folded.refill(piece);
            found.extend(self.matches(piece, &folded, lang, p.start));
        }
        self.resolve(text, &mut found);
        found
    }

    /// The raw matches in `text` (which starts at byte `offset` of the document), spans in
    /// document offsets.
    fn matches(&self, text: &str, folded: &Folded, lang: Lang, offset: usize) -> Vec<Found> {
        self.matcher
            .find_all(text, folded, lang)
            .into_iter()
            .map(|m| {
                let span = Span::new(m.span.start + offset, m.span.end + offset);
                // Most surfaces are one entity's form: no order to make, no other candidate (what
                // the general way below gives, without its vector of IDs).
                if let [only] = m.payloads[..] {
                    return Found {
                        span,
                        entity: only.entity,
                        etype: only.etype,
                        candidates: Vec::new(),
                        resolved: None,
                    };
                }
                // Primary forms first, then candidate-only (`form?`) ones; form order within.
                let mut refs = m.payloads;
                refs.sort_by_key(|r| r.secondary);
                let mut ids: Vec<u32> = Vec::with_capacity(refs.len());
                for r in &refs {
                    if !ids.contains(&r.entity) {
                        ids.push(r.entity);
                    }
                }
                Found {
                    span,
                    entity: refs[0].entity,
                    etype: refs[0].etype,
                    candidates: ids.into_iter().skip(1).collect(),
                    resolved: None,
                }
            })
            .collect()
    }

    /// The document-level readings: surnames, templates and product models.
    fn resolve(&self, text: &str, found: &mut Vec<Found>) {
        self.link_surnames(text, found);
        self.resolve_templates(text, found);
        self.link_models(found);
    }

    /// A bare product line (`iPhone`) after one of its models (`iPhone 4`) in the same
    /// document is read as the model named last; the line stays a candidate.
    fn link_models(&self, found: &mut [Found]) {
        // (line, model) pairs seen so far, latest last
        let mut seen: Vec<(u32, u32)> = Vec::new();
        for f in found.iter_mut() {
            if let Some(line) = self.entity(f.entity).model_of.as_deref() {
                if let Some(&l) = self.by_id.get(line) {
                    seen.retain(|&(x, _)| x != l);
                    seen.push((l, f.entity));
                }
                continue;
            }
            if let Some(&(line, model)) = seen.iter().rev().find(|&&(l, _)| l == f.entity) {
                f.entity = model;
                f.etype = self.entity(model).etype;
                f.candidates.retain(|&c| c != model);
                f.candidates.insert(0, line);
            }
        }
    }

    /// The country a mention names or stands for: a country or its demonym (`China`,
    /// `chino`), or a seat of government (`Beijing` → `CHN`).
    fn country_of(&self, f: &Found) -> Option<&str> {
        let e = self.entity(f.entity);
        if !matches!(f.etype, EntityType::Gpe | EntityType::Norp) {
            return None;
        }
        if is_country_id(&e.id) {
            return Some(&e.id);
        }
        e.stands_for.as_deref().filter(|s| is_country_id(s))
    }

    /// A template entity (`*_MFA`: `Ministerio de Relaciones Exteriores`, `Foreign Ministry`)
    /// takes its country from the mention beside it: after it (`… chino`, `… de China`,
    /// `… of China`) or before it (`China’s …`, `Chinese …`, `Beijing’s …`).
    fn resolve_templates(&self, text: &str, found: &mut [Found]) {
        for i in 0..found.len() {
            let Some(suffix) = self.entity(found[i].entity).id.strip_prefix('*') else {
                continue;
            };
            // The gaps sought are at most 8 bytes once lower-cased, so at most 8 chars: a longer
            // gap (the text between two mentions far apart) is not lower-cased to be compared.
            let gap = |a: usize, b: usize| match text.get(a..b) {
                Some(g) if g.len() <= 32 => g.to_lowercase(),
                _ => String::new(),
            };
            let after = found
                .get(i + 1)
                .filter(|n| {
                    matches!(
                        gap(found[i].span.end, n.span.start).as_str(),
                        " " | " de " | " del " | " de la " | " of " | " of the "
                    )
                })
                .and_then(|n| self.country_of(n));
            let before = i
                .checked_sub(1)
                .map(|p| &found[p])
                .filter(|p| {
                    matches!(
                        gap(p.span.end, found[i].span.start).as_str(),
                        " " | "’s " | "'s " | "’ " | "' "
                    )
                })
                .and_then(|p| self.country_of(p));
            if let Some(c) = after.or(before) {
                found[i].resolved = Some(format!("{c}{suffix}"));
            }
        }
        // A template with no country beside it (`the Air Force`, `la Cancillería`) refers back
        // to the body of that kind named last in the document (`U.S. Air Force` → USA_AIR_FORCE).
        for i in 0..found.len() {
            if found[i].resolved.is_some() {
                continue;
            }
            let Some(suffix) = self.entity(found[i].entity).id.strip_prefix('*') else {
                continue;
            };
            let earlier = found[..i].iter().rev().find_map(|f| {
                let id = match &f.resolved {
                    Some(r) => r.as_str(),
                    None => self.entity(f.entity).id.as_str(),
                };
                id.strip_suffix(suffix)
                    .filter(|c| is_country_id(c))
                    .map(|_| id.to_owned())
            });
            found[i].resolved = earlier;
        }
    }

    /// A surname alone (`Biden`, `Raab`), or a one-letter misspelling of it (`Bident`), after
    /// the person's full name in the same document links to that person. When two people named
    /// earlier share the surname, the one named last is chosen and the other is a candidate.
    fn link_surnames(&self, text: &str, found: &mut Vec<Found>) {
        // (folded surname, person, where the person was first named)
        let mut known: Vec<(&str, u32, usize)> = Vec::new();
        for f in found.iter().filter(|f| f.etype == EntityType::Per) {
            for s in self.surnames.get(&f.entity).into_iter().flatten() {
                if !known.iter().any(|k| k.0 == s && k.1 == f.entity) {
                    known.push((s.as_str(), f.entity, f.span.start));
                }
            }
        }
        let Some(first) = known.iter().map(|k| k.2).min() else {
            return;
        };
        let mut added = Vec::new();
        let mut covered = found.iter().map(|f| f.span).collect::<Vec<_>>();
        covered.sort();
        let mut folded_word = String::new();
        let shortest = known.iter().map(|k| k.0.len()).min().unwrap_or(0);
        let longest = known.iter().map(|k| k.0.len()).max().unwrap_or(0);
        // The first two bytes of each folded surname: a word is that surname or a misspelling
        // of it only when its first two chars are the surname's (see `misspelling`).
        let beginnings: Vec<&[u8]> = known
            .iter()
            .map(|k| &k.0.as_bytes()[..2.min(k.0.len())])
            .collect();
        for (start, word) in capitalised_words_from(text, first) {
            // Folding never lengthens a Latin word by more than a byte or so per char; a word
            // far shorter or longer than every surname cannot be one.
            if word.len() + 1 < shortest || word.len() > 2 * longest + 2 {
                continue;
            }
            // Most capitalised words start as no surname: no folding nor comparing for them.
            if !may_be_surname(word, &beginnings) {
                continue;
            }
            let span = Span::new(start, start + word.len());
            let inside = covered.partition_point(|c| c.end <= span.start);
            if covered.get(inside).is_some_and(|c| c.overlaps(&span)) {
                continue;
            }
            folded_word.clear();
            crossclaim_core::fold_onto(word, &mut folded_word);
            // People whose surname this is (or a misspelling of), most recently named first.
            let mut hits: Vec<(usize, u32)> = known
                .iter()
                .filter(|(s, _, seen)| {
                    *seen < start && (*s == folded_word || misspelling(s, &folded_word))
                })
                .map(|&(_, e, seen)| (seen, e))
                .collect();
            if hits.is_empty() {
                continue;
            }
            // Exact surnames before misspellings, then the person named last.
            hits.sort_by_key(|&(seen, e)| {
                let exact = known
                    .iter()
                    .any(|k| k.1 == e && k.0 == folded_word.as_str());
                (!exact, std::cmp::Reverse(seen))
            });
            let mut ids: Vec<u32> = Vec::new();
            for (_, e) in hits {
                if !ids.contains(&e) {
                    ids.push(e);
                }
            }
            added.push(Found {
                span,
                entity: ids[0],
                etype: EntityType::Per,
                candidates: ids[1..].to_vec(),
                resolved: None,
            });
        }
        if !added.is_empty() {
            found.extend(added);
            found.sort_by_key(|f| f.span);
        }
    }
}

/// Whether `word` (as written) may fold to a surname or a misspelling of one, given the first two
/// bytes of each folded surname: false only when it starts with two ASCII letters, which fold to
/// their lower case, and no surname starts with those (a misspelling keeps the first two
/// letters). Test `surname_beginnings_keep_every_surname`.
fn may_be_surname(word: &str, beginnings: &[&[u8]]) -> bool {
    match *word.as_bytes() {
        [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            let two = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
            beginnings.iter().any(|&x| x == two)
        }
        _ => true,
    }
}

/// An ISO 3166-1 alpha-3 code: three upper-case ASCII letters.
fn is_country_id(id: &str) -> bool {
    id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase())
}

/// Words of `text` from byte `from` on that start with a capital letter, with their offsets.
fn capitalised_words_from(text: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut i = from.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    let mut prev_word = text[..i]
        .chars()
        .next_back()
        .is_some_and(matcher::is_word_char);
    std::iter::from_fn(move || {
        while i < bytes.len() {
            // ASCII bytes are read as they are; anything else is decoded.
            let c = match bytes[i] {
                // A run of ASCII letters and digits that starts no capitalised word is passed
                // over at once: no char inside it can start one (each follows a word char).
                b if b.is_ascii_alphanumeric() && (prev_word || !b.is_ascii_uppercase()) => {
                    i = crossclaim_core::words::ascii_alnum_end(bytes, i + 1);
                    prev_word = true;
                    continue;
                }
                // The other ASCII chars but capitals are no word chars.
                b if b.is_ascii() && !b.is_ascii_alphanumeric() => {
                    prev_word = false;
                    i += 1;
                    continue;
                }
                b if b.is_ascii() => char::from(b),
                _ => text[i..].chars().next()?,
            };
            let word = matcher::is_word_char(c);
            if word && !prev_word && c.is_uppercase() {
                let start = i;
                let end = matcher::word_end(text, i);
                i = end;
                prev_word = true;
                return Some((start, &text[start..end]));
            }
            prev_word = word;
            i += c.len_utf8();
        }
        None
    })
}

/// A one-letter misspelling of a surname of five letters or more (`Bident` for `Biden`), that
/// keeps its first two letters and is not a Spanish gender or number variant (`Castilla` is
/// not `Castillo`, `Morale` is not `Morales`). Both are folded.
fn misspelling(surname: &str, word: &str) -> bool {
    // The first two letters first, without collecting the chars: this runs for every
    // capitalised word after a person's name and every surname known, and most words start
    // otherwise (the same test as comparing `s.get(..2)` with `w.get(..2)` below would be).
    let first_two = |x: &str| {
        let mut c = x.chars();
        Some((c.next()?, c.next()?))
    };
    if first_two(surname) != first_two(word) {
        return false;
    }
    let (s, w): (Vec<char>, Vec<char>) = (surname.chars().collect(), word.chars().collect());
    if s.len() < 5 || !one_edit(surname, word) {
        return false;
    }
    let vowel = |c: Option<&char>| c.is_some_and(|c| "aeiou".contains(*c));
    let same_stem = s.len() == w.len() && s[..s.len() - 1] == w[..w.len() - 1];
    let gender = same_stem && vowel(s.last()) && vowel(w.last());
    let number = (s.len() + 1 == w.len() && w.ends_with(&['s'])
        || w.len() + 1 == s.len() && s.ends_with(&['s']))
        && s.iter().zip(&w).all(|(a, b)| a == b);
    !(gender || number)
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

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
fn valid_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let num = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    let in_range =
        |s: &str, lo: u32, hi: u32| s.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n));
    match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && in_range(m, 1, 12),
        [y, m, d] => {
            num(y, 4) && num(m, 2) && num(d, 2) && in_range(m, 1, 12) && in_range(d, 1, 31)
        }
        _ => false,
    }
}

/// `role=TITLE:OF:FROM..TO` (`TO` empty for a role still held).
fn parse_role(v: &str) -> Result<Role, String> {
    let shape = "role=TITLE:ENTITY:FROM..TO (TO may be empty)";
    let mut it = v.splitn(3, ':');
    let (Some(title), Some(of), Some(dates)) = (it.next(), it.next(), it.next()) else {
        return Err(format!("role={v}: expected {shape}"));
    };
    if title.is_empty() || !title.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        return Err(format!("role={v}: the title must be [a-z_]+"));
    }
    if !valid_id(of) {
        return Err(format!("role={v}: '{of}' is not a valid ID"));
    }
    let Some((from, to)) = dates.split_once("..") else {
        return Err(format!("role={v}: expected {shape}"));
    };
    if !valid_date(from) || !(to.is_empty() || valid_date(to)) {
        return Err(format!("role={v}: dates are YYYY, YYYY-MM or YYYY-MM-DD"));
    }
    if !to.is_empty() && to < from {
        return Err(format!("role={v}: the role ends before it starts"));
    }
    Ok(Role {
        title: title.to_owned(),
        of: of.to_owned(),
        from: from.to_owned(),
        to: (!to.is_empty()).then(|| to.to_owned()),
    })
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
        model_of: None,
        roles: Vec::new(),
    };
    for kv in parts {
        match kv.split_once('=') {
            Some(("qid", v)) => {
                let digits = v.strip_prefix('Q').unwrap_or("");
                if digits.is_empty()
                    || digits.starts_with('0')
                    || !digits.bytes().all(|b| b.is_ascii_digit())
                {
                    return Err(format!("{}: qid={v} is not a Wikidata ID (Q123)", info.id));
                }
                info.qid = Some(v.to_owned());
            }
            Some(("model_of", v)) => {
                if !valid_id(v) {
                    return Err(format!("{}: model_of={v} is not a valid ID", info.id));
                }
                info.model_of = Some(v.to_owned());
            }
            Some(("for", v)) => {
                if info.stands_for.is_some() {
                    return Err(format!("{}: for= given twice", info.id));
                }
                info.stands_for = Some(v.to_owned());
            }
            Some(("role", v)) => info
                .roles
                .push(parse_role(v).map_err(|e| format!("{}: {e}", info.id))?),
            Some(("note", _)) => {}
            _ => {
                return Err(format!(
                    "{}: unknown attribute '{kv}' (qid=, for=, role=, model_of=, note=)",
                    info.id
                ))
            }
        }
    }
    Ok(info)
}

/// `LANG[/TYPE]<TAB>form | form`; a form `=Form` keeps its case, a form `form?` is a candidate
/// only. The forms are pushed onto `forms`.
fn parse_forms_onto(line: &str, forms: &mut Vec<PendingForm>) -> Result<(), String> {
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
    for raw in rest.split('|') {
        let f = raw.trim();
        if f.is_empty() {
            return Err("empty form between '|'".to_owned());
        }
        let (secondary, f) = match f.strip_suffix('?') {
            Some(s) => (true, s.trim_end()),
            None => (false, f),
        };
        let (exact_case, surface) = match f.strip_prefix('=') {
            Some(s) => (true, s.trim()),
            None => (false, f),
        };
        if folds_empty(surface) {
            return Err(format!("form '{f}' is empty once folded"));
        }
        if surface.contains('\t') {
            return Err(format!("form '{f}' holds a tab"));
        }
        forms.push(Form {
            surface: surface.to_owned(),
            exact_case,
            lang,
            payload: (etype, secondary),
        });
    }
    Ok(())
}

/// Whether `surface` is empty or white space once folded. A surface with an ASCII letter or
/// digit is not (it folds to itself or its lower case), and is not folded to find out: nearly
/// every form has one.
fn folds_empty(surface: &str) -> bool {
    !surface.bytes().any(|b| b.is_ascii_alphanumeric()) && fold(surface).trim().is_empty()
}

#[cfg(test)]
mod real_lexicon_tests;

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled lexicons read the plain way (each form line's forms belong to the ID of the
    /// last `@ID` or `+ID` line of its file) against the entity of each form of the matcher,
    /// which `parse` finds through block numbers.
    #[test]
    fn forms_belong_to_their_block() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/entities");
        let lex = EntityLexicon::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        let files = LexiconError::read_dir(&dir, "lex").unwrap_or_else(|e| panic!("{e}"));
        let mut want: Vec<(String, String)> = Vec::new();
        for (_, text) in &files {
            let mut id = String::new();
            for raw in text.lines() {
                let line = strip_comment(raw);
                if line.trim().is_empty() {
                    continue;
                }
                if let Some(head) = line.strip_prefix('@').or_else(|| line.strip_prefix('+')) {
                    id = head.split_whitespace().next().unwrap_or("").to_owned();
                    continue;
                }
                let (_, forms) = line.split_once('\t').expect("a form line");
                for f in forms.split('|') {
                    let f = f.trim();
                    let f = f.strip_suffix('?').map_or(f, str::trim_end);
                    let f = f.strip_prefix('=').map_or(f, str::trim);
                    want.push((id.clone(), f.to_owned()));
                }
            }
        }
        let got: Vec<(String, String)> = lex
            .matcher()
            .forms()
            .iter()
            .map(|f| (lex.entity(f.payload.entity).id.clone(), f.surface.clone()))
            .collect();
        assert!(want.len() > 5_000, "{} forms", want.len());
        assert_eq!(got, want);
    }

    /// `folds_empty` (no folding when there is an ASCII letter or digit) against the plain way,
    /// on generated surfaces of letters, digits, accents, combining marks and white space.
    #[test]
    fn folds_empty_is_the_plain_test() {
        let pieces = [
            "a", "Z", "7", " ", "\u{a0}", "\u{301}", "é", "-", ".", "'", "ß", "中", "\u{200b}",
        ];
        let mut empty = 0;
        for s in crossclaim_core::testing::mixed_texts(&pieces, 20_000, 6, 16, ["", ""]) {
            let plain = fold(&s).trim().is_empty();
            assert_eq!(folds_empty(&s), plain, "{s:?}");
            empty += usize::from(plain);
        }
        assert!(empty > 1_000, "{empty} empty");
    }

    /// The pre-check of surname linking never passes over a word that is a surname or a
    /// misspelling of one once folded, for generated words and surnames (accents, case, NFD,
    /// one letter changed, short and non-Latin ones).
    #[test]
    fn surname_beginnings_keep_every_surname() {
        let surnames = [
            "biden", "raab", "castillo", "ordonez", "li", "x", "øst", "çelik", "müller", "obama",
            "abe", "putin",
        ];
        let pieces = [
            "Biden",
            "BIDEN",
            "Bident",
            "Bi",
            "Raab",
            "Raad",
            "Castilla",
            "Castillos",
            "Ordóñez",
            "Ordon\u{303}ez",
            "Li",
            "Lí",
            "X",
            "Øst",
            "Ost",
            "Çelik",
            "Celik",
            "Müller",
            "Muller",
            "Obamá",
            "Abe",
            "Ábe",
            "Putin",
            "Putín",
            "Pu",
            "Zz",
            "Q",
            "中国",
            "Éa",
            "A1",
            "1a",
        ];
        let mut words: Vec<String> = pieces.iter().map(|p| p.to_string()).collect();
        for t in crossclaim_core::testing::mixed_texts(&pieces, 2_000, 7, 12, ["w", "Qx"]) {
            words.extend(t.split_whitespace().map(str::to_owned));
        }
        let folded: Vec<String> = surnames.iter().map(|s| fold(s)).collect();
        let beginnings: Vec<&[u8]> = folded
            .iter()
            .map(|s| &s.as_bytes()[..2.min(s.len())])
            .collect();
        let mut kept = 0;
        for w in &words {
            let f = fold(w);
            let hit = folded.iter().any(|s| *s == f || misspelling(s, &f));
            if hit {
                kept += 1;
                assert!(may_be_surname(w, &beginnings), "{w:?} passed over");
            }
        }
        assert!(
            kept > 100,
            "only {kept} surnames: the words test too little"
        );
        assert!(!may_be_surname("Government", &beginnings));
    }

    /// Capitalised words read the plain way, char by char (see [`capitalised_words_from`]).
    fn plain_capitalised_words(text: &str, from: usize) -> Vec<(usize, &str)> {
        let mut i = from.min(text.len());
        while !text.is_char_boundary(i) {
            i += 1;
        }
        let mut prev_word = text[..i]
            .chars()
            .next_back()
            .is_some_and(matcher::is_word_char);
        let mut out = Vec::new();
        while let Some(c) = text[i..].chars().next() {
            let word = matcher::is_word_char(c);
            if word && !prev_word && c.is_uppercase() {
                let end = matcher::word_end(text, i);
                out.push((i, &text[i..end]));
                i = end;
                prev_word = true;
                continue;
            }
            prev_word = word;
            i += c.len_utf8();
        }
        out
    }

    /// The capitalised-word scan (which passes over runs of ASCII letters and digits at once)
    /// against the plain reading, from every place, on generated texts.
    #[test]
    fn capitalised_words_match_the_plain_reading() {
        let pieces = [
            "a", "Z", "Q", "0", "@", "[", "`", "{", " ", "é", "É", "Ñ", "ñ", "\u{301}", "’", "—",
            "Σ", "中", "ǅ", "ß",
        ];
        let mut n = 0;
        for t in crossclaim_core::testing::mixed_texts(&pieces, 5_000, 23, 64, ["w", "Qx"]) {
            for from in [0, 1, 3, t.len() / 2, t.len()] {
                let fast: Vec<(usize, &str)> = capitalised_words_from(&t, from).collect();
                assert_eq!(fast, plain_capitalised_words(&t, from), "{t:?} from {from}");
                n += fast.len();
            }
        }
        assert!(n > 1000);
    }

    const LEX: &str = "\
# test lexicon
@USA GPE qid=Q30
en\tUnited States | =US | =U.S.
es\tEstados Unidos | EE.UU.
@CHN GPE
*\tChina
@JPN GPE
*\tJapan | Japón
@WASHINGTON GPE for=USA
*\tWashington
@WA_STATE GPE
*\tWashington? | Washington State
@BEIJING GPE for=CHN
*\tBeijing | Pekín
@JOE_BIDEN PER role=president:USA:2021-01-20..2025-01-20
*\tJoe Biden
@HUNTER_BIDEN PER
*\tHunter Biden
@PEDRO_CASTILLO PER
*\tPedro Castillo
@*_MFA ORG
en\tForeign Ministry
es\tMinisterio de Relaciones Exteriores | Cancillería
@*_AIR_FORCE ORG
en\t=Air Force
@USA_AIR_FORCE ORG for=USA
en\tUnited States Air Force | =USAF
";

    fn lex() -> EntityLexicon {
        let demonyms = "+CHN\nen/NORP\tChinese\nes/NORP\tchino | =china\n";
        match EntityLexicon::parse(&[("a.lex", LEX), ("b.lex", demonyms)]) {
            Ok(l) => l,
            Err(e) => panic!("{e}"),
        }
    }

    /// (surface, ID as the pipeline writes it, type) of every mention.
    fn ids(text: &str, lang: Lang) -> Vec<(String, String, &'static str)> {
        let l = lex();
        l.find(text, lang)
            .into_iter()
            .map(|f| {
                (
                    text[f.span.start..f.span.end].to_owned(),
                    l.id_of(&f),
                    f.etype.as_str(),
                )
            })
            .collect()
    }

    fn surfaces_and_ids(text: &str, lang: Lang) -> Vec<(String, String)> {
        ids(text, lang)
            .into_iter()
            .map(|(s, i, _)| (s, i))
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
            "Biden spoke. Joe Biden said. Biden added. The Bident administration. BIDEN’s plan.",
            Lang::En,
        );
        let spans: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(spans, ["Joe Biden", "Biden", "Bident", "BIDEN"]);
        assert!(got.iter().all(|g| g.1 == "JOE_BIDEN"));
    }

    #[test]
    fn a_shared_surname_keeps_both_people() {
        let l = lex();
        let text = "Joe Biden and Hunter Biden met. Biden said.";
        let found = l.find(text, Lang::En);
        let last = &found[found.len() - 1];
        assert_eq!(&text[last.span.start..last.span.end], "Biden");
        // The person named last is chosen, the other is kept as a candidate.
        assert_eq!(l.entity(last.entity).id, "HUNTER_BIDEN");
        let cands: Vec<&str> = last
            .candidates
            .iter()
            .map(|&c| l.entity(c).id.as_str())
            .collect();
        assert_eq!(cands, ["JOE_BIDEN"]);
    }

    #[test]
    fn spanish_gender_and_number_variants_are_not_misspellings() {
        let got = surfaces_and_ids(
            "Pedro Castillo habló en Castilla con los Castillos y Castilo.",
            Lang::Es,
        );
        let want = [
            ("Pedro Castillo", "PEDRO_CASTILLO"),
            ("Castilo", "PEDRO_CASTILLO"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn candidate_only_forms_never_win() {
        let l = lex();
        let text = "Washington said; Washington State did not.";
        let found = l.find(text, Lang::En);
        assert_eq!(l.entity(found[0].entity).id, "WASHINGTON");
        let cands: Vec<&str> = found[0]
            .candidates
            .iter()
            .map(|&c| l.entity(c).id.as_str())
            .collect();
        assert_eq!(cands, ["WA_STATE"]);
        assert_eq!(l.entity(found[1].entity).id, "WA_STATE");
        assert!(found[1].candidates.is_empty());
    }

    #[test]
    fn templates_take_the_country_beside_them() {
        type Case<'a> = (Lang, &'a str, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                Lang::Es,
                "el Ministerio de Relaciones Exteriores chino",
                &[
                    ("Ministerio de Relaciones Exteriores", "CHN_MFA"),
                    ("chino", "CHN"),
                ],
            ),
            (
                Lang::Es,
                "el Ministerio de Relaciones Exteriores de Japón",
                &[
                    ("Ministerio de Relaciones Exteriores", "JPN_MFA"),
                    ("Japón", "JPN"),
                ],
            ),
            (
                Lang::En,
                "China’s Foreign Ministry",
                &[("China", "CHN"), ("Foreign Ministry", "CHN_MFA")],
            ),
            (
                Lang::En,
                "the Chinese Foreign Ministry",
                &[("Chinese", "CHN"), ("Foreign Ministry", "CHN_MFA")],
            ),
            // a seat of government stands for its country
            (
                Lang::En,
                "Beijing's Foreign Ministry",
                &[("Beijing", "BEIJING"), ("Foreign Ministry", "CHN_MFA")],
            ),
            // no country beside it, none earlier: the bare suffix
            (
                Lang::En,
                "the Foreign Ministry said",
                &[("Foreign Ministry", "MFA")],
            ),
            // no country beside it: the body of that kind named last in the document
            (
                Lang::En,
                "The United States Air Force (USAF) said the Air Force would bid.",
                &[
                    ("United States Air Force", "USA_AIR_FORCE"),
                    ("USAF", "USA_AIR_FORCE"),
                    ("Air Force", "USA_AIR_FORCE"),
                ],
            ),
            (
                Lang::Es,
                "la Cancillería china dijo; la Cancillería añadió",
                &[
                    ("Cancillería", "CHN_MFA"),
                    ("china", "CHN"),
                    ("Cancillería", "CHN_MFA"),
                ],
            ),
        ];
        for (lang, text, want) in cases {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(surfaces_and_ids(text, *lang), want, "{text}");
        }
    }

    #[test]
    fn roles_are_parsed_and_checked() {
        let l = lex();
        let biden = l.lookup("JOE_BIDEN").map(|e| e.roles.clone());
        assert_eq!(
            biden,
            Some(vec![Role {
                title: "president".into(),
                of: "USA".into(),
                from: "2021-01-20".into(),
                to: Some("2025-01-20".into()),
            }])
        );
        let open = EntityLexicon::parse(&[(
            "x.lex",
            "@ESP GPE\n*\tEspaña\n@P PER role=foreign_minister:ESP_MFA:2021-07..\n*\tP Q\n\
             @*_MFA ORG\nes\tCancillería\n",
        )]);
        let roles = open
            .ok()
            .and_then(|l| l.lookup("P").map(|e| e.roles.clone()));
        assert_eq!(
            roles.map(|r| (r[0].to.clone(), r[0].of.clone())),
            Some((None, "ESP_MFA".into()))
        );
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
            ("@USA GPE\nen\t\u{301}\n", 2, "empty once folded"),
            ("@USA GPE qid=30\n", 1, "not a Wikidata ID"),
            ("@USA GPE for=CHN for=JPN\n", 1, "given twice"),
            ("@USA GPE rank=1\n", 1, "unknown attribute"),
            ("@P PER role=president\n", 1, "expected role=TITLE"),
            ("@P PER role=President:USA:2020..\n", 1, "title must be"),
            ("@P PER role=president:usa:2020..\n", 1, "not a valid ID"),
            ("@P PER role=president:USA:2020\n", 1, "expected role=TITLE"),
            ("@P PER role=president:USA:2020-13..\n", 1, "dates are"),
            ("@P PER role=president:USA:21..\n", 1, "dates are"),
            ("@P PER role=president:USA:2021..2020\n", 1, "ends before"),
            (
                "@USA GPE\n@P PER role=president:CHN:2020..\n",
                2,
                "names no defined entity",
            ),
            ("@P PER for=NOPE\n", 1, "names no defined entity"),
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
        assert!(misspelling("biden", "bident"));
        assert!(!misspelling("castillo", "castilla"));
        assert!(!misspelling("morales", "morale"));
        assert!(!misspelling("raab", "raad"));
    }

    #[test]
    fn a_bare_product_line_after_a_model_is_that_model() {
        let lex = "@IPHONE PRODUCT\n*\tiPhone\n@IPHONE_4 PRODUCT model_of=IPHONE\n*\tiPhone 4\n";
        let l = match EntityLexicon::parse(&[("p.lex", lex)]) {
            Ok(l) => l,
            Err(e) => panic!("{e}"),
        };
        let text = "The iPhone sold well. The iPhone 4 antenna: the iPhone drops calls.";
        let got: Vec<(String, String)> = l
            .find(text, Lang::En)
            .into_iter()
            .map(|f| (text[f.span.start..f.span.end].to_owned(), l.id_of(&f)))
            .collect();
        let want = [
            ("iPhone", "IPHONE"),
            ("iPhone 4", "IPHONE_4"),
            ("iPhone", "IPHONE_4"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want);
        let bad = EntityLexicon::parse(&[("p.lex", "@M PRODUCT model_of=NOPE\n*\tM\n")]).err();
        assert!(bad.is_some_and(|e| e.line == 1 && e.message.contains("model_of=NOPE")));
    }

    #[test]
    fn nothing_found_in_undetermined_language() {
        assert!(lex()
            .find("China and the United States", Lang::Und)
            .is_empty());
    }
}
