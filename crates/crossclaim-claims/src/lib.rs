//! Claim extraction: who claims what about whom.
//!
//! For each sentence of a document whose language, sentences and mentions are known, the
//! extractor finds attribution cues from the cue lexicon (`lexicons/cues`), keeps those that
//! introduce an assertion (not participles used as adjectives, calls that do not happen, nouns
//! nobody holds, cues inside a direct quotation), and finds for each one:
//!
//! - the **source**: the mention group right before the cue in its clause (`X accused`), after it
//!   when the cue follows its content (`…, said X`, `informó X`), after `according to`/`según`,
//!   after `by`/`por` in a passive, the antecedent of a relative pronoun (`X, which said`), or the
//!   source of a coordinated cue (`dijo … y advirtió`); empty for a pronoun or a bare title;
//! - the **target**: for accusations, denials, criticism and warnings the first mention group the
//!   cue governs (`accused X`, `culpó a X`, `against X`); for statements the entities the content
//!   names (not possessors, units of amounts or the standard of a comparison), or its main
//!   mention when the content comes before the cue;
//! - the **quote**: the text inside quotation marks when the content is a direct quotation;
//! - **negation**: `not`, `n't`, `never`, `no`, `nunca` … just before the cue.
//!
//! ```
//! use crossclaim_claims::{ClaimExtractor, CueLexicon};
//! use crossclaim_core::{ClaimKind, Document, EntityType, Lang, LangInfo, Mention, Span};
//!
//! let cues = CueLexicon::from_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons/cues"))).unwrap();
//! let extractor = ClaimExtractor::new(cues);
//! let mut doc = Document::new("d", "Estados Unidos culpó a China por el ataque.");
//! doc.lang = Some(LangInfo::given(Lang::Es));
//! doc.sentences = vec![Span::new(0, doc.text().len())];
//! let m = |s, e, id: &str| Mention { span: Span::new(s, e), entity: id.into(), etype: EntityType::Gpe, sentence: 0, candidates: vec![] };
//! doc.mentions = vec![m(0, 14, "USA"), m(25, 30, "CHN")];
//! let claims = extractor.extract(&doc);
//! assert_eq!(claims.len(), 1);
//! assert_eq!(claims[0].kind, ClaimKind::Accusation);
//! assert_eq!((claims[0].source.clone(), claims[0].target.clone()), (vec![0], vec![1]));
//! ```

pub mod cues;
pub mod quotes;
#[cfg(test)]
mod skip_tests;
mod tokens;

use std::cell::RefCell;
use std::ops::Not;

use crossclaim_core::{Claim, ClaimKind, Document, EntityType, Lang, Mention, Span};

pub use cues::{CueLexicon, CueWord, LangCues, Phrase, Pos};
pub use quotes::{find_quotes, Quote};
use tokens::{tokenize_into, Tok, TokBuffers};

/// Extracts claims; build once, share across threads.
#[derive(Clone, Debug)]
pub struct ClaimExtractor {
    cues: CueLexicon,
}

/// A cue found in a sentence, before its roles are known.
#[derive(Clone, Debug)]
struct Cue {
    kind: ClaimKind,
    span: Span,
    /// Token indices (into the sentence's tokens) of the first and last cue word.
    first: usize,
    last: usize,
    passive: bool,
    source_follows: bool,
    /// A statement noun (`allegation`), whose subject stands before its support verb.
    noun: bool,
}

impl Cue {
    /// A statement cue of one punctuation token (a colon or a signature dash).
    fn statement_mark(toks: &[Tok], at: usize, source_follows: bool) -> Cue {
        Cue {
            kind: ClaimKind::Statement,
            span: toks[at].span,
            first: at,
            last: at,
            passive: false,
            source_follows,
            noun: false,
        }
    }
}

/// One sentence's view of the document.
struct Ctx<'a> {
    text: &'a str,
    lang: &'a LangCues,
    toks: Vec<Tok<'a>>,
    /// Mentions of the sentence: (index into the document's mentions, span, type).
    mentions: &'a [(usize, Span, EntityType)],
    /// The document's mentions (for their entity IDs).
    doc_mentions: &'a [Mention],
    quotes: &'a [Quote],
    /// `(outer end, index into quotes)`, sorted.
    quote_ends: &'a [(usize, usize)],
    /// Paragraphs of this sentence in another language: the document's cue lexicon does not
    /// apply there.
    foreign: &'a [Span],
    sentence: Span,
    /// Per token: inside an entity mention / inside a quotation (computed once per sentence).
    tok_in_mention: &'a [bool],
    tok_in_quote: &'a [bool],
    /// The last token that is a dash of `tokens::is_signature_dash` (`TokBuffers::last_dash`).
    last_dash: Option<usize>,
    /// Buffers the rules write into, shared by the document's sentences.
    scratch: &'a Scratch,
}

/// Buffers reused across the sentences of a document instead of allocated per question.
#[derive(Default)]
struct Scratch {
    /// Token positions of a phrase being matched (`match_phrases`).
    positions: RefCell<Vec<usize>>,
    /// Words joined by spaces for a multi-word set look-up.
    joined: RefCell<String>,
}

/// How far (in tokens) the search for a cue's subject or content reaches: subjects and sources
/// stand near their cue, and the bound keeps a sentence of a million characters linear.
const WINDOW: usize = 80;

/// How many sentences back a dropped subject (`Ha declarado que …`) may find its named speaker.
const DROPPED_SUBJECT_REACH: usize = 5;

impl ClaimExtractor {
    pub fn new(cues: CueLexicon) -> Self {
        ClaimExtractor { cues }
    }

    /// The claims of a document, in text order. Needs its language, sentences and mentions.
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        self.extract_sentences(doc, true)
    }

    /// `extract`; with `skip`, the sentences that [`may_hold_claim`] clears are passed over
    /// unread (`skip` is false only in the test that checks this changes nothing).
    fn extract_sentences(&self, doc: &Document, skip: bool) -> Vec<Claim> {
        let lang = match doc.language() {
            Lang::En => &self.cues.en,
            Lang::Es => &self.cues.es,
            Lang::Und => return Vec::new(),
        };
        let text = doc.text();
        let quotes = find_quotes(text);
        let mut quote_ends: Vec<(usize, usize)> = quotes
            .iter()
            .enumerate()
            .map(|(i, q)| (q.outer.end, i))
            .collect();
        quote_ends.sort_unstable();
        let mut claims = Vec::new();
        // Mentions are in text order, so each sentence's mentions are one run of them.
        let mut next_mention = 0;
        let (mut next_quote, mut active) = (0, Vec::new());
        let mut lower = String::new();
        let scratch = Scratch::default();
        // Per-sentence tables, refilled for each sentence rather than allocated anew.
        let (mut mentions, mut here, mut foreign) = (Vec::new(), Vec::new(), Vec::new());
        let (mut tok_in_mention, mut tok_in_quote) = (Vec::new(), Vec::new());
        let mut tok_buffers = TokBuffers::default();
        for (si, &sentence) in doc.sentences.iter().enumerate() {
            let first =
                next_mention + doc.mentions[next_mention..].partition_point(|m| m.sentence < si);
            let count = doc.mentions[first..]
                .iter()
                .take_while(|m| m.sentence == si)
                .count();
            next_mention = first + count;
            // Quotations that reach into this sentence: a sweep keeps the ones still open, so
            // a document with many sentences and quotations stays linear.
            while next_quote < quotes.len() && quotes[next_quote].outer.start < sentence.end {
                active.push(next_quote);
                next_quote += 1;
            }
            active.retain(|&q| quotes[q].outer.end > sentence.start);
            // A sentence with no word a cue needs (46 % of news sentences) is not tokenized.
            if skip && !may_hold_claim(lang, text, sentence, &quotes, &mut lower) {
                continue;
            }
            mentions.clear();
            mentions.extend(
                (first..first + count).map(|i| (i, doc.mentions[i].span, doc.mentions[i].etype)),
            );
            let toks = tokenize_into(text, sentence, &mut lower, &mut tok_buffers);
            here.clear();
            here.extend(active.iter().map(|&q| quotes[q]));
            flags(
                &toks,
                &mentions,
                &here,
                &mut tok_in_mention,
                &mut tok_in_quote,
            );
            foreign.clear();
            foreign.extend(
                doc.foreign
                    .iter()
                    .map(|f| f.0)
                    .filter(|f| f.overlaps(&sentence)),
            );
            let ctx = Ctx {
                doc_mentions: &doc.mentions,
                foreign: &foreign,
                text,
                lang,
                toks,
                mentions: &mentions,
                quotes: &quotes,
                quote_ends: &quote_ends,
                sentence,
                tok_in_mention: &tok_in_mention,
                tok_in_quote: &tok_in_quote,
                last_dash: tok_buffers.last_dash(),
                scratch: &scratch,
            };
            let cues = ctx.find_cues();
            let mut previous: Option<(usize, Vec<usize>, Option<Span>)> = None;
            // The sentence's first claim: a gerund adjunct (`…, saying that`) hangs from it.
            let mut main: Option<(usize, Vec<usize>, Option<Span>)> = None;
            for (ci, cue) in cues.iter().enumerate() {
                let next_cue = cues.get(ci + 1).map_or(ctx.toks.len(), |c| c.first);
                let mut claim = ctx.roles(cue, next_cue, previous.as_ref(), main.as_ref());
                claim.sentence = si;
                // `Dijo que …` with the subject dropped (Spanish): the phrase naming the speaker
                // is the previous claim's, in this sentence or the one before. The entity
                // source stays empty, as for a pronoun (SPEC §6).
                if claim.source_span.is_none()
                    && lang.is("drops-subject", "yes")
                    && ctx.finite_verb(cue)
                {
                    // The subject carried over is the last speaker who was named, a few
                    // sentences back at most: the topic of a paragraph of reported speech.
                    let named = claims
                        .iter()
                        .rev()
                        .take_while(|c: &&Claim| c.sentence + DROPPED_SUBJECT_REACH >= si)
                        .find(|c| {
                            c.source_span
                                .is_some_and(|s| names_speaker(&text[s.start..s.end]))
                        });
                    if let Some(e) = named {
                        claim.source_span = e.source_span;
                    }
                }
                previous = Some((cue.last, claim.source.clone(), claim.source_span));
                if main.is_none() {
                    main = previous.clone();
                }
                claims.push(claim);
            }
            tok_buffers.give_back(ctx.toks);
        }
        claims
    }
}

/// Can the sentence hold a claim? `false` when none of its words is one a cue needs
/// (`LangCues::is_claim_word`: a word with cue readings, a verb of showing, the kept word of a
/// phrase; most words are told to be none by `may_be_claim_word` without a look-up), none of
/// its tokens is a dash, and none is a colon among its first seven tokens or right before a
/// quotation (`colon_may_be_cue`).
///
/// Why `false` means the sentence has no claim and passing over it changes no other claim:
/// - `find_cues` takes cues at words (a phrase, a framing phrase, a single cue word through
///   `lookup`, a verb of showing in `evidence_cue`), each of which needs such a word in the
///   sentence, at a colon among the first seven tokens (`headline_colon`) or right before a
///   quotation (`colon_before_quote`), and at a dash (`signature_dash`); the joining and
///   filtering of cues after that only remove cues. With no
///   cue, `extract` makes no claim of the sentence. (A phrase word made of word chars matches
///   only a word token: the lower case of a char that is not alphanumeric is no letter; `mark`
///   answers true for a char whose lower case is another char anyway.)
/// - What a sentence hands on to the next is its claims (read back for a dropped subject) and
///   the quotation sweep, which runs before this check; its tokens, flags and `previous` /
///   `main` are its own.
///
/// A new rule that finds a cue elsewhere (at another mark, or at a word that is no cue word)
/// must be added here too: the test `skipping_changes_no_claim` compares `extract` with and
/// without the skip on the corpus and on generated texts.
fn may_hold_claim(
    lang: &LangCues,
    text: &str,
    sentence: Span,
    quotes: &[Quote],
    buf: &mut String,
) -> bool {
    tokens::any_token(
        text,
        sentence,
        buf,
        |word| lang.may_be_claim_word(word),
        |lower| lang.is_claim_word(lower),
        |c, at| match c {
            ':' => colon_may_be_cue(text, sentence, at, quotes),
            '―' | '—' | '–' => true,
            _ => !c.is_ascii() && !c.to_lowercase().eq([c]),
        },
    )
}

/// Can the colon at byte `at` of the sentence be a cue? `headline_colon` takes only the first
/// colon among the sentence's first seven tokens (so one with fewer than seven tokens before
/// it), `colon_before_quote` only a colon right before a quotation (`quote_opening_after`).
/// Most colons of news text are neither (`a las 10:30`, `lo siguiente: …` in the middle of a
/// sentence): their sentence need not be read for them. The tokens before the colon are counted
/// only for a colon, which few sentences have.
fn colon_may_be_cue(text: &str, sentence: Span, at: usize, quotes: &[Quote]) -> bool {
    if quote_opening_after(text, quotes, at + ':'.len_utf8()).is_some() {
        return true;
    }
    // Stops at the seventh token before the colon, if there is one.
    let count = std::cell::Cell::new(0);
    let seventh = || {
        count.set(count.get() + 1);
        count.get() == 7
    };
    !tokens::any_token(
        text,
        Span::new(sentence.start, at),
        &mut String::new(),
        |_| seventh(),
        |_| true,
        |_, _| seventh(),
    )
}

/// The quotation of `quotes` (in text order) that opens right after byte `pos` of `text`
/// (white space and `,` `:` between).
fn quote_opening_after<'q>(text: &str, quotes: &'q [Quote], pos: usize) -> Option<&'q Quote> {
    let rest = &text[pos..];
    let skipped = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ':')
            .len();
    let at = pos + skipped;
    let i = quotes.partition_point(|q| q.outer.start < at);
    quotes.get(i).filter(|q| q.outer.start == at)
}

/// A subject phrase that can be carried to a dropped subject: a capitalised name or noun phrase
/// of a few words (`Henderson`, `La Casa Blanca`), not a stretch of a clause (`EEUU quisiera
/// hacer …,`) nor a conjunction left over (`y`).
fn names_speaker(phrase: &str) -> bool {
    phrase.starts_with(char::is_uppercase)
        && !phrase.contains([',', ';', '"', '“', '”', '«', '»'])
        && phrase.split_whitespace().count() <= 5
}

/// A word of two letters or more written in capitals (`CLAIMS`, `INDICAN`).
fn shouted(t: &Tok<'_>, doc: &str) -> bool {
    let text = t.text(doc);
    t.is_word
        && text.chars().nth(1).is_some()
        && text.chars().all(|c| !c.is_lowercase())
        && text.chars().any(char::is_uppercase)
}

fn is_quote_mark(t: &str) -> bool {
    matches!(t, "\"" | "“" | "”" | "‘" | "’" | "'" | "«" | "»")
}

/// Per token of a sentence: is it inside an entity mention, is it inside a quotation? (Written
/// into `in_mention` and `in_quote`, buffers reused across sentences.) Mentions and quotations
/// are sorted by start, so one sweep (and a binary search per quotation) does it.
fn flags(
    toks: &[Tok<'_>],
    mentions: &[(usize, Span, EntityType)],
    quotes: &[Quote],
    in_mention: &mut Vec<bool>,
    in_quote: &mut Vec<bool>,
) {
    in_mention.clear();
    in_mention.resize(toks.len(), false);
    let mut k = 0;
    for (i, t) in toks.iter().enumerate() {
        while k < mentions.len() && mentions[k].1.end <= t.span.start {
            k += 1;
        }
        in_mention[i] = mentions[k..]
            .iter()
            .take_while(|m| m.1.start < t.span.end)
            .any(|m| m.1.overlaps(&t.span));
    }
    in_quote.clear();
    in_quote.resize(toks.len(), false);
    for q in quotes {
        let first = toks.partition_point(|t| t.span.start < q.inner.start);
        for (i, t) in toks.iter().enumerate().skip(first) {
            if t.span.end > q.inner.end {
                break;
            }
            in_quote[i] = true;
        }
    }
}

/// How many tokens after a cue its content may start (`told a packed crowd in Windham that`),
/// with no punctuation but a colon before it.
const CONTENT_REACH: usize = 6;

/// Gerund endings (`adding`, `señalando`, `diciendo`).
const GERUND_ENDINGS: [&str; 3] = ["ing", "ando", "iendo"];
/// Past participle endings (`asked`; `consultado`, `consultada`, `reunido`, `reunida`).
const PARTICIPLE_ENDINGS: [&str; 5] = ["ed", "ado", "ada", "ido", "ida"];

/// Does `w` end with one of `endings` after a stem of at least `stem` bytes?
fn has_ending(w: &str, endings: &[&str], stem: usize) -> bool {
    endings
        .iter()
        .any(|e| w.len() >= e.len() + stem && w.ends_with(e))
}

impl<'a> Ctx<'a> {
    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower)
    }

    /// `lang.is(name, self.word(j))`, with token `j`'s look-up kept on the token.
    #[inline(always)]
    fn word_is(&self, name: &str, j: usize) -> bool {
        match self.toks.get(j) {
            Some(t) => self.lang.tok_is(name, t),
            None => self.lang.is(name, ""),
        }
    }

    /// Word tokens before token `i`, nearest first.
    fn words_before(&self, i: usize) -> impl Iterator<Item = (usize, &str)> {
        (0..i)
            .rev()
            .filter(|&j| self.toks[j].is_word)
            .map(|j| (j, self.toks[j].lower))
    }

    fn find_cues(&self) -> Vec<Cue> {
        let mut found: Vec<Cue> = Vec::new();
        let mut framing: Vec<Cue> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let t = &self.toks[i];
            if !t.is_word
                || self.tok_in_quote[i]
                || self.tok_in_mention[i]
                || self.foreign.iter().any(|f| f.contains(&t.span))
            {
                i += 1;
                continue;
            }
            // Most words can start no cue of any kind: one look-up spares them the three below.
            if !self.lang.tok_may_start_cue(t) {
                i += 1;
                continue;
            }
            // Most words start no phrase: one look-up spares the scan of every phrase.
            let may_phrase = self.lang.tok_may_start_phrase(t);
            if let Some((cue, end)) = may_phrase
                .then(|| self.match_phrases(&self.lang.phrases, false, i))
                .flatten()
            {
                // After a determiner the phrase's first word is a noun (`its call on the
                // Government`, `the call for calm`), as a single cue word would be.
                let noun = self
                    .words_before(i)
                    .next()
                    .is_some_and(|(j, _)| j + 1 == i && self.word_is("determiners", j));
                if self.realised(&cue) && !noun && !self.naming(&cue) {
                    found.push(cue);
                }
                i = end;
                continue;
            }
            if let Some((cue, end)) = may_phrase
                .then(|| self.match_phrases(&self.lang.framing, true, i))
                .flatten()
            {
                framing.push(cue);
                i = end;
                continue;
            }
            if let Some(cue) = self.single_word_cue(i) {
                found.push(cue);
            }
            i += 1;
        }
        if found.is_empty() {
            found = framing;
        }
        // `según dijo Jobs`, `según ha anunciado la USAF`: `según` introduces the verb of saying
        // that follows it; one claim, the verb's, whose source comes after it.
        let mut k = 0;
        while k + 1 < found.len() {
            let (a, b) = (&found[k], &found[k + 1]);
            let joined = a.source_follows
                && a.first == a.last
                && !b.noun
                && self.word_is("source-follows", b.first).not()
                && (a.last + 1..b.first)
                    .all(|j| self.word_is("perfect", j) || self.word_is("impersonal", j));
            if joined {
                found[k + 1].source_follows = true;
                found.remove(k);
            } else {
                k += 1;
            }
        }
        // `según proceda`, `según sea necesario`, `según se haya previsto`: `según` before one of
        // these means `as appropriate`, `as required`; nobody is cited. So does `según`/`according
        // to` before a noun of criterion (`según las necesidades`, `according to the plan`, `según
        // las circunstancias particulares`), after its determiners.
        found.retain(|c| {
            // (Only a cue whose source follows it is read further: most are not.)
            if !(c.source_follows && self.word_is("source-follows", c.first)) {
                return true;
            }
            let after = (c.last + 1..self.toks.len())
                .skip_while(|&j| self.word_is("determiners", j) || self.word_is("possessives", j))
                .take(2);
            // A capitalised word ends the look (`según las Directrices` is one; `según Rusia se
            // …` names a source, whatever follows the name).
            let mut criterion = false;
            for j in after {
                if !self.toks[j].is_word {
                    break;
                }
                if self.word_is("not-source", j) {
                    criterion = true;
                    break;
                }
                if self.toks[j].text(self.text).starts_with(char::is_uppercase) {
                    break;
                }
            }
            // `según los informes`, `according to reports` with nobody named after them hedge,
            // as `reportedly` does: no one is cited.
            let hedge = (c.last + 1..self.toks.len())
                .find(|&j| !self.word_is("determiners", j))
                .is_some_and(|j| {
                    self.word_is("hedge-sources", j)
                        && !self.word_is("agent-link", j + 1)
                        && !self.word_is("agent", j + 1)
                });
            !(criterion || hedge)
        });
        if let Some(colon) = self.headline_colon() {
            found.insert(0, colon);
        }
        // `Warren Hammers Wells Fargo CEO: ‘You Should Be Investigated’`, `X wrote on Facebook:
        // “…”`: a colon that opens a quotation introduces what someone says when no cue word
        // of the sentence does.
        if found.is_empty() {
            found.extend(self.colon_before_quote());
        }
        if let Some(dash) = self.signature_dash() {
            found.push(dash);
        }
        found
    }

    /// A colon outside quotations, with words before it, right before a quotation.
    fn colon_before_quote(&self) -> Option<Cue> {
        let c = self.toks.iter().enumerate().position(|(j, t)| {
            t.lower == ":"
                && j > 0
                && !self.tok_in_quote[j]
                && self.quote_starting_after(t.span.end).is_some()
        })?;
        Some(Cue::statement_mark(&self.toks, c, false))
    }

    /// `Pat Caddell: Democrat Voters Worried About Hillary`: a name of one to four capitalised
    /// words opening the sentence, a colon, then at least three words of what they say. A
    /// dateline (`Washington/London/Beijing:`) names places, not a speaker, and is not one.
    fn headline_colon(&self) -> Option<Cue> {
        let c = self.toks.iter().take(7).position(|t| t.lower == ":")?;
        // A transcript line may open with a quotation mark (`"PENCE: Well, …`): the speaker
        // label is then the start of the quoted line, not inside it.
        let lead = usize::from(self.toks.first().is_some_and(|t| is_quote_mark(t.lower)));
        let mut name = &self.toks[lead..c];
        // A furniture word and a dash before the name (`EXCLUSIVE – Roger Stone:`) are no part
        // of it.
        if name.len() > 2
            && self.lang.tok_is("not-speaker", &name[0])
            && matches!(name[1].lower, "–" | "—" | "-")
        {
            name = &name[2..];
        }
        // News furniture (`The Latest:`, `Correction:`, `Breaking:`) names no speaker.
        let furniture = name
            .iter()
            .any(|t| self.lang.tok_is("not-speaker", t) || self.lang.tok_is("determiners", t));
        // Capitalised words, a title's period, a hyphen inside a word (`Fact-Check`), and after
        // the first word the few lower-case words of a label (`Clinton camp:`, `Mukasey at
        // RNC:`, `Clinton to Planned Parenthood:`).
        let label_word = |k: usize, t: &Tok<'_>| {
            (t.is_word && t.text(self.text).starts_with(char::is_uppercase))
                || t.lower == "."
                || (k > 0 && self.lang.tok_is("label-words", t))
                || (t.lower == "-"
                    && k > 0
                    && name[k - 1].span.end == t.span.start
                    && name.get(k + 1).is_some_and(|n| n.span.start == t.span.end))
        };
        let names_only = !name.is_empty()
            && !furniture
            && name.len() <= 5
            && name.iter().enumerate().all(|(k, t)| label_word(k, t));
        let places = self.mentions.iter().any(|(_, m, ty)| {
            m.start < self.toks[c].span.start && matches!(ty, EntityType::Gpe | EntityType::Loc)
        });
        let words_after = self.toks[c + 1..].iter().filter(|t| t.is_word).count();
        let quoted = self.tok_in_quote[c]
            && !(lead == 1 && self.quote_starting_after(self.toks[0].span.start).is_some());
        (names_only && !places && words_after >= 3 && !quoted)
            .then(|| Cue::statement_mark(&self.toks, c, false))
    }

    /// `“…” ― Carla Sanchez.`: a dash before a name of one to five capitalised words that ends
    /// the sentence, opening it or right after a closing quotation mark, signs what precedes.
    /// Its source is the name after it.
    fn signature_dash(&self) -> Option<Cue> {
        let d = self.last_dash?;
        let before_ok = self.toks[..d].iter().all(|t| !t.is_word)
            || self.toks[..d]
                .last()
                .is_some_and(|t| matches!(t.lower, "”" | "\"" | "»" | "’"));
        let name = &self.toks[d + 1..];
        let words = name.iter().filter(|t| t.is_word).count();
        let name_ok = (1..=5).contains(&words)
            && name.iter().all(|t| {
                (t.is_word && t.text(self.text).starts_with(char::is_uppercase)) || t.lower == "."
            });
        (before_ok && name_ok).then(|| Cue::statement_mark(&self.toks, d, true))
    }

    /// Most words of the sentence are capitalised (`… Clean Energy, Lindsey Graham Says.`).
    fn title_case(&self) -> bool {
        let words: Vec<&Tok<'_>> = self
            .toks
            .iter()
            .filter(|t| t.is_word && t.text(self.text).chars().count() > 3)
            .collect();
        words.len() >= 3
            && words
                .iter()
                .filter(|t| t.text(self.text).starts_with(char::is_uppercase))
                .count()
                * 10
                >= words.len() * 7
    }

    /// The longest phrase starting at token `i`, and the token after it (`framing`: whether
    /// `phrases` is the framing list).
    fn match_phrases(&self, phrases: &[Phrase], framing: bool, i: usize) -> Option<(Cue, usize)> {
        let mut best: Option<(Cue, usize)> = None;
        // The token positions of a candidate phrase: one buffer for the sentence, reused.
        let mut positions = self.scratch.positions.borrow_mut();
        let candidates = self.lang.tok_phrase_candidates(framing, &self.toks[i]);
        for &k in candidates {
            let p = &phrases[k as usize];
            // Most candidates fail at their second word (`in` `a statement`, `se` `negó a`):
            // `match_words` would read it right after the first word and fail as this does
            // (neither a gap nor a quotation mark, which stand for other tokens), so it is not
            // called for them.
            if self.lang.second_word_decides(framing, k) {
                if let Some(Some(second)) = p.words.get(1) {
                    if self.toks.get(i + 1).is_none_or(|t| t.lower != *second) {
                        continue;
                    }
                }
            }
            positions.clear();
            if !self.match_words(&p.words, i, &mut positions) {
                continue;
            }
            let end = positions.last().map_or(i, |&l| l + 1);
            if best.as_ref().is_some_and(|b| b.1 >= end) {
                continue;
            }
            let (first, last) = (positions[p.cue.0], positions[p.cue.1]);
            let span = Span::new(self.toks[first].span.start, self.toks[last].span.end);
            let source_follows = self.lang.tok_is("source-follows", &self.toks[first]);
            // `lo solicitado por el Consejo`: a phrase cue with the agent right after it is a
            // passive, whose agent is the source.
            let passive = self.word_is("agent", last + 1);
            best = Some((
                Cue {
                    kind: p.kind,
                    span,
                    first,
                    last,
                    passive,
                    source_follows,
                    noun: false,
                },
                end,
            ));
        }
        best
    }

    /// Whether `words` match at `i`; if they do, the token positions of each word (gaps take
    /// none) are appended to `pos` (a buffer reused across phrases: a `Vec` per tried phrase
    /// was most of this search's cost). On a mismatch `pos` may keep a part: the caller clears
    /// it. The first word is compared first: almost every call fails there.
    fn match_words(&self, words: &[Option<String>], i: usize, pos: &mut Vec<usize>) -> bool {
        if let Some(Some(first)) = words.first() {
            // A quotation mark stands for any opening mark (`''` too), checked below.
            let Some(t) = self.toks.get(i) else {
                return false;
            };
            if t.lower != *first && !is_quote_mark(first) {
                return false;
            }
        }
        let mut j = i;
        let mut w = 0;
        while w < words.len() {
            match &words[w] {
                Some(word) => {
                    let Some(t) = self.toks.get(j) else {
                        return false;
                    };
                    // A quotation mark in a phrase stands for any mark that opens a quotation
                    // (`“`, `"`, `‘`, `''`). (Asked only of a token that is not the word itself:
                    // most are, and the answer is then the same.)
                    let opens = || {
                        is_quote_mark(word)
                            && self
                                .quotes
                                .binary_search_by_key(&t.span.start, |q| q.outer.start)
                                .is_ok()
                    };
                    if t.lower != *word && !opens() {
                        return false;
                    }
                    pos.push(j);
                    j += 1;
                    w += 1;
                }
                None => {
                    // A gap of one to four words (eight tokens), then the rest of the phrase.
                    let rest = &words[w + 1..];
                    // Apostrophes may stand in the gap (`called half of Trump’s supporters`); the
                    // gap may then take up to eight tokens. Before a quotation mark the gap may
                    // take sixteen (`called Obama’s ignorance of solid advice from seasoned
                    // military commanders “disrespectful …”`), as no clause punctuation may
                    // intervene; a hyphen inside a word does not stop it (`anti-Trump`).
                    let max = match rest.first() {
                        Some(Some(q)) if is_quote_mark(q) => 16,
                        _ => 8,
                    };
                    let toks = &self.toks;
                    for skip in 1..=max {
                        let k = j + skip;
                        if k > toks.len() {
                            break;
                        }
                        let t = &toks[k - 1];
                        let in_word_hyphen = t.lower == "-"
                            && k - 1 > j
                            && toks[k - 2].span.end == t.span.start
                            && toks
                                .get(k)
                                .is_some_and(|n| n.is_word && n.span.start == t.span.end);
                        // The period of a title (`called Mrs. Schlafly an ''Aunt Tom''`).
                        let title_period = t.lower == "."
                            && k - 1 > j
                            && toks[k - 2].span.end == t.span.start
                            && toks[k - 2].text(self.text).len() <= 3
                            && toks[k - 2].text(self.text).starts_with(char::is_uppercase)
                            && toks
                                .get(k)
                                .is_some_and(|n| n.text(self.text).starts_with(char::is_uppercase));
                        if !t.is_word
                            && !matches!(t.lower, "’" | "'")
                            && !in_word_hyphen
                            && !title_period
                        {
                            break;
                        }
                        // A long gap ends at another cue word (`called on X to … and said he had
                        // reached a ''new low''`).
                        if skip > 8 && !self.lang.tok_lookup(t).is_empty() {
                            break;
                        }
                        // A lone determiner before the quotation makes it a label, not what the
                        // thing is called (`what he calls the ''crooked'' process`: 10 of 26
                        // attributions in PolNeAR train).
                        if max == 16 && skip == 1 && matches!(t.lower, "the" | "a" | "an") {
                            continue;
                        }
                        // The gap's first word stands for it; the rest follows, or this
                        // gap length is undone and the next one tried.
                        let mark = pos.len();
                        pos.push(j);
                        if self.match_words(rest, k, pos) {
                            return true;
                        }
                        pos.truncate(mark);
                    }
                    return false;
                }
            }
        }
        true
    }

    fn single_word_cue(&self, i: usize) -> Option<Cue> {
        let t = &self.toks[i];
        let readings = self.lang.tok_lookup(t);
        if readings.is_empty() {
            return self.evidence_cue(i);
        }
        // A cue form joined by a hyphen to the word before it ends a compound adjective
        // (`above-mentioned`, `much-criticized`, `long-promised`), not a verb of saying.
        let compound = i >= 2
            && self.toks[i - 1].lower == "-"
            && self.toks[i - 2].is_word
            && self.toks[i - 2].span.end == self.toks[i - 1].span.start
            && self.toks[i - 1].span.end == t.span.start;
        if compound {
            return None;
        }
        // An impersonal verb of belief or expectation (`se cree que`, `se prevé que`) hedges
        // without anyone asserting, as the English passive (`are believed to`) does.
        if self.lang.tok_is("impersonal-hedge", t)
            && self
                .words_before(i)
                .next()
                .is_some_and(|(j, _)| self.word_is("impersonal", j))
        {
            return None;
        }
        // A capitalised cue word inside a sentence is a name or a title (`S/2006/10/Add.12`,
        // `the Report of the Panel`), not a verb of saying.
        // A list label before it (`7.`, `c)`, `(iv)`) leaves it sentence-initial.
        let label = |t: &Tok<'_>| {
            !t.is_word
                || t.text(self.text).chars().all(|c| c.is_ascii_digit())
                || t.text(self.text).chars().count() == 1
                || t.lower.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
        };
        let sentence_initial = i <= 4 && self.toks[..i].iter().all(label);
        if !sentence_initial
            && t.text(self.text).starts_with(char::is_uppercase)
            && !self.title_case()
        {
            return None;
        }
        // A cue form in capitals next to another word in capitals is a word of a heading
        // (`RECOMMENDED CORRECTIONS CONCERNING …`, `LA QUE SE INDICAN LOS ASUNTOS`), which
        // labels a part of a document and quotes no one.
        if shouted(t, self.text)
            && [i.wrapping_sub(1), i + 1]
                .iter()
                .any(|&j| self.toks.get(j).is_some_and(|n| shouted(n, self.text)))
        {
            return None;
        }
        // A participle between a number and a noun modifies it (`4,051 pledged delegates`); `4 in
        // 10 said`, `resolution 1701 reaffirmed the` and a year (`dated June 2005 indicated 67
        // posts`) keep their verb.
        let after_number = i >= 1
            && t.lower.ends_with("ed")
            && self.toks[i - 1]
                .text(self.text)
                .starts_with(|c: char| c.is_ascii_digit())
            && self.toks[i - 1].text(self.text).len() != 4
            && self.toks.get(i + 1).is_some_and(|n| {
                n.is_word
                    && !self.lang.tok_is("determiners", n)
                    && !self.lang.tok_is("introducers", n)
                    && !self.lang.tok_is("agent", n)
            });
        if after_number {
            return None;
        }
        // So does one that opens the sentence or follows a preposition (or `by`), before a lower-case noun
        // (`Alleged rapes of minors`, `caused by pledged funds`, `including proposed travel`): a
        // finite verb follows neither, and Spanish puts the same participle after its noun with
        // no auxiliary (`los fondos prometidos`), which is no claim either.
        let opens = self.opening_word() == Some(i);
        let after_preposition = self.words_before(i).next().is_some_and(|(j, _)| {
            j + 1 == i && (self.word_is("prepositions", j) || self.word_is("agent", j))
        });
        let adjective = t.lower.ends_with("ed")
            && (opens || after_preposition)
            && self.toks.get(i + 1).is_some_and(|n| {
                n.is_word
                    && !n.text(self.text).starts_with(char::is_uppercase)
                    && !n.lower.ends_with("ly")
                    && ![
                        "determiners",
                        "introducers",
                        "agent",
                        "content-intro",
                        "stops",
                        "pronouns",
                        "prepositions",
                        "pre-verb",
                        "coordination",
                    ]
                    .iter()
                    .any(|set| self.lang.tok_is(set, n))
            });
        if adjective {
            return None;
        }
        let noun = readings.iter().find(|r| r.pos == Pos::Noun);
        // A determiner or preposition right before makes it a noun (`the report`); one two words
        // back (`una gran amenaza`) does too, for forms that can be nouns, unless the word
        // between is a capitalised name (`El Consejo condena`: the subject and its verb).
        let noun_like = noun.is_some() || self.lang.tok_is("also-nouns", t);
        let after_determiner = self.words_before(i).take(2).enumerate().any(|(n, (j, _))| {
            // (a determiner behind a bracket is no determiner of the cue: `Pence (R-IN) said`;
            // one behind a quotation mark is: `a “demand driven” approach`)
            self.word_is("determiners", j)
                && (n == 0
                    && self.toks[j + 1..i]
                        .iter()
                        .all(|t| is_quote_mark(t.lower) || t.lower == "\\")
                    || (noun_like
                        && self.toks[j + 1..i].iter().all(|t| {
                            t.is_word && !t.text(self.text).starts_with(char::is_uppercase)
                        })))
        });
        // A form in -s that can be a noun is one right after a word that no finite verb follows
        // (`did not respond to requests for comment`, `rocked by protests`).
        let after_determiner = after_determiner
            || (self.lang.tok_is("also-nouns", t)
                && t.lower.ends_with('s')
                && self
                    .words_before(i)
                    .next()
                    .is_some_and(|(j, _)| j + 1 == i && self.word_is("noun-before", j)));
        // Right after a genitive (`Editor’s note`, `Chaffetz's request`) a cue form is a noun; a
        // pronoun's `’s` is `is` or `has` (`he’s said`).
        let after_genitive = i >= 3
            && self.toks[i - 1].lower == "s"
            && self.is_apostrophe(i - 2)
            && self.toks[i - 3].is_word
            && !self.lang.tok_is("pronouns", &self.toks[i - 3])
            && !self.lang.tok_is("relative", &self.toks[i - 3]);
        let verb = readings
            .iter()
            .find(|r| r.pos != Pos::Noun)
            .filter(|_| !after_genitive);
        // Spanish `la`, `los`, `las` are articles and object pronouns (words both of
        // `determiners` and `pre-verb`): before a verb form that no noun shares and that cannot
        // agree with them as a noun would (`y los exhorta a`, `y las recuerda`, `la amenazó con`),
        // they are the verb's object (English `calls upon them`), not a determiner.
        let clitic = !noun_like
            && verb.is_some_and(|v| v.pos == Pos::Verb)
            && self.words_before(i).next().is_some_and(|(j, w)| {
                let plural = w.ends_with('s');
                let form = t.lower;
                j + 1 == i
                    && self.word_is("determiners", j)
                    && self.word_is("pre-verb", j)
                    && (form.ends_with(['ó', 'é', 'í'])
                        || (plural && !form.ends_with('s'))
                        || (!plural && form.ends_with('n')))
            });
        let after_determiner = after_determiner && !clitic;
        // A form that is also a noun, right before `de`/`of` and a name, is the noun with its
        // holder (`Denuncia de Cuba`, a title; English `Complaint by Cuba`): a verb takes no
        // such complement.
        let noun_of_name = noun.is_some()
            && self.word_is("agent-link", i + 1)
            && self.toks.get(i + 2).is_some_and(|n| {
                n.is_word
                    && (n.text(self.text).starts_with(char::is_uppercase)
                        || self.tok_in_mention[i + 2])
            });
        let after_determiner = after_determiner || noun_of_name;
        let make = |kind, passive, noun| Cue {
            kind,
            span: t.span,
            first: i,
            last: i,
            passive,
            source_follows: self.lang.tok_is("source-follows", t),
            noun,
        };
        if let (Some(v), false) = (verb, after_determiner) {
            let (ok, passive) = self.verb_ok(i, v.pos);
            // `individuals said to have committed thefts`, `entities reported to be defunct`: a
            // participle hanging from a noun before `to be`/`to have` hedges with no one
            // asserting, as `reportedly` does (`was said to be` keeps its auxiliary and stays).
            // (Asked only of a verb that is a cue here: the look-up of the words joined is not
            // made for the others.)
            let hedge = ok
                && !self
                    .words_before(i)
                    .next()
                    .is_some_and(|(j, _)| self.word_is("passive", j))
                && self.joined_is(
                    "reduced-hedge",
                    [t.lower, self.word(i + 1), self.word(i + 2)],
                );
            if ok && hedge {
                return None;
            }
            if ok
                && self.lang.tok_is("needs-content", t)
                && !self.has_content(i)
                // (a small clause gives an active verb of judging its content)
                && (passive || !self.small_clause(i))
            {
                return None;
            }
            // `spoke about`, `habló de`: a verb of speaking names an assertion only with its
            // topic or content, not in `spoke to reporters`, `habló con la prensa`.
            if ok && self.lang.tok_is("needs-topic", t) && !self.has_topic(i) {
                return None;
            }
            if ok {
                let cue = make(v.kind, passive, false);
                return self.realised(&cue).then_some(cue);
            }
        }
        let n = noun?;
        self.noun_is_claim(i, n.kind)
            .then(|| make(n.kind, false, true))
    }

    /// `Polls show Clinton ahead`, `one study found …`, `other studies have shown`: a verb of
    /// showing whose subject is a poll, study or record reports what that source asserts. The
    /// subject's head noun stands among the eight words before the verb, with no clause break or
    /// quotation between.
    fn evidence_cue(&self, i: usize) -> Option<Cue> {
        let t = &self.toks[i];
        if !self.lang.tok_is("evidence-verbs", t)
            || (t.text(self.text).starts_with(char::is_uppercase) && i > 0)
        {
            return None;
        }
        let subject = (i.saturating_sub(12)..i)
            .rev()
            .take_while(|&j| {
                let w = &self.toks[j];
                (w.is_word || matches!(w.lower, "’" | "'" | "-" | "/" | "."))
                    && !self.lang.tok_is("stops", w)
                    && !self.lang.tok_is("pronouns", w)
                    && !self.tok_in_quote[j]
            })
            .filter(|&j| self.toks[j].is_word)
            .take(8)
            .any(|j| self.lang.tok_is("evidence-nouns", &self.toks[j]));
        let cue = Cue {
            kind: ClaimKind::Statement,
            span: t.span,
            first: i,
            last: i,
            passive: false,
            source_follows: false,
            noun: false,
        };
        (subject && self.realised(&cue)).then_some(cue)
    }

    /// Is the verb form at `i` a cue here, and is it passive?
    fn verb_ok(&self, i: usize, pos: Pos) -> (bool, bool) {
        // (The word before is asked about as a token, whose look-up is kept on it: the rules
        // before this one have mostly looked it up already.)
        let mut before = self
            .words_before(i)
            .filter(|&(j, w)| !w.ends_with("ly") && !self.word_is("negation", j));
        let (prev_at, prev) = before.next().map_or((None, ""), |(j, w)| (Some(j), w));
        let passive_aux = prev_at.map_or_else(
            || self.lang.is("passive", ""),
            |j| self.word_is("passive", j),
        );
        let perfect_aux = prev_at.map_or_else(
            || self.lang.is("perfect", ""),
            |j| self.word_is("perfect", j),
        );
        let agent_follows = self.toks[i + 1..]
            .iter()
            .filter(|t| t.is_word)
            .take(3)
            .any(|t| self.lang.tok_is("agent", t));
        match pos {
            Pos::Participle if !(passive_aux || perfect_aux) => {
                // `ha también declarado`, `había reiteradamente denunciado`: an adverb may stand
                // between the auxiliary and the participle; and an auxiliary misspelt (`a
                // declarado`, `habia dicho`) still makes a claim of a participle that
                // introduces content. (`su objetivo declarado` has neither.)
                let aux = self
                    .words_before(i)
                    .map(|(_, w)| w)
                    .find(|w| !self.between_aux_and_participle(w))
                    .unwrap_or("");
                let passive = self.lang.is("passive", aux);
                let perfect = self.lang.is("perfect", aux)
                    || (self.lang.is("perfect-unsure", aux) && self.has_content(i));
                (passive || perfect, passive)
            }
            Pos::Participle => (true, passive_aux),
            // An English -s form is a verb only when it introduces something (`X reports that`,
            // `asserts:`, `charges Y with`), not in a list (`national reports, visit reports`).
            _ if self.lang.tok_is("also-nouns", &self.toks[i])
                && self.postposed_position(i).is_none()
                && !self.introduces(i)
                && !self.after_quote_subject(i)
                && !self.name_then_object(i) =>
            {
                (false, false)
            }
            _ => {
                let participle =
                    self.toks[i].lower.ends_with("ed") || self.toks[i].lower.ends_with("en");
                // `as requested by the Council`, `as reported by the agency`: a participle after
                // `as` with its agent right after it is a passive with no auxiliary.
                let as_passive = participle && prev == "as" && self.word_is("agent", i + 1);
                let passive = as_passive || passive_aux && (participle || agent_follows);
                (true, passive)
            }
        }
    }

    /// A word that may stand between an auxiliary and its participle: a negation, an adverb
    /// (`-ly`, `-mente`, or one of `pre-verb` that is no auxiliary and no determiner).
    fn between_aux_and_participle(&self, w: &str) -> bool {
        let aux_or_determiner = self.lang.is("perfect", w)
            || self.lang.is("passive", w)
            || self.lang.is("perfect-unsure", w)
            || self.lang.is("determiners", w);
        self.lang.is("negation", w)
            || (!aux_or_determiner
                && (w.ends_with("ly") || w.ends_with("mente") || self.lang.is("pre-verb", w)))
    }

    /// Does the cue at `i` introduce content (`that …`, `: …`, a quotation within two words) or
    /// follow a quotation?
    fn has_content(&self, i: usize) -> bool {
        // `continues to believe that …`, `continued to claim that …`: the content is the
        // infinitive cue's (`to`/`a` and a cue word right after the verb), not this verb's.
        let infinitive_cue = self.word_is("request-links", i + 1)
            && self
                .toks
                .get(i + 2)
                .is_some_and(|t| !self.lang.tok_lookup(t).is_empty());
        !infinitive_cue
            && (self.postposed_position(i).is_some()
                || self.after_quote_subject(i)
                || self.quote_starting_after(self.toks[i].span.end).is_some()
                || self.toks[i + 1..]
                    .iter()
                    .take(CONTENT_REACH)
                    .take_while(|t| t.is_word || self.lang.tok_is("content-intro", t))
                    .any(|t| self.lang.tok_is("content-intro", t)))
    }

    /// A verb of judging with a small clause for content (`The State considers the spread of
    /// Christianity a serious threat`, `considers enhancement of the rule of law as crucial`,
    /// `Consideramos crucial la cuestión`, as `considera que … es crucial`): one of
    /// `[small-clause-verbs]` with one of `[small-clause-predicates]` among the next ten words,
    /// no clause break between. (The passive `is considered appropriate` is left out: Spanish
    /// says it with impersonal `se considera`, no claim; so is a condition, `si las considera
    /// necesarias`, `as it deems necessary`, with one of `[conditional]` up to three words
    /// before.) `as` may stand before the predicate (`regards X as crucial`).
    fn small_clause(&self, i: usize) -> bool {
        self.lang.tok_is("small-clause-verbs", &self.toks[i])
            && !self
                .words_before(i)
                .take(3)
                .any(|(j, _)| self.word_is("conditional", j))
            && self.toks[i + 1..]
                .iter()
                .take(10)
                .take_while(|t| t.is_word && (!self.lang.tok_is("stops", t) || t.lower == "as"))
                .any(|t| self.lang.tok_is("small-clause-predicates", t))
    }

    /// Does the verb at `i` name its topic (`about`, `of`, `out`, `de`, `sobre` right after it) or
    /// introduce content?
    fn has_topic(&self, i: usize) -> bool {
        // The topic follows the verb, after at most one adverb (`spoke openly about`, `habló
        // largamente de`): not `spoke for about five minutes`, `spoke to a gathering of`.
        let mut next = self.toks[i + 1..].iter().take_while(|t| t.is_word);
        let first = next.next();
        let adverb = first.is_some_and(|t| t.lower.ends_with("ly") || t.lower.ends_with("mente"));
        self.has_content(i)
            || first.is_some_and(|t| self.lang.tok_is("topic-intro", t))
            || (adverb
                && next
                    .next()
                    .is_some_and(|t| self.lang.tok_is("topic-intro", t)))
    }

    /// A finite verb (not an infinitive, gerund or participle, not impersonal `se`) with nothing
    /// before it in its clause: the subject was dropped.
    fn finite_verb(&self, cue: &Cue) -> bool {
        let w = &self.toks[cue.first].lower;
        // A participle after `haber` is a finite compound tense (`Ha declarado que …`).
        let perfect = self
            .words_before(cue.first)
            .next()
            .is_some_and(|(j, _)| self.word_is("perfect", j));
        let non_finite = ["ar", "er", "ir", "ando", "iendo"]
            .iter()
            .any(|e| w.ends_with(e))
            || (!perfect && ["ado", "ido", "ada", "ida"].iter().any(|e| w.ends_with(e)));
        // `según dijo,` has its subject dropped; `según X` names it.
        let follows = cue.source_follows && self.word_is("source-follows", cue.first);
        !cue.noun && !follows && !non_finite && !self.impersonal(cue.first)
    }

    /// A gerund right after a comma (`…, diciendo que`, `…, adding that`).
    fn gerund_after_comma(&self, i: usize) -> bool {
        has_ending(self.word(i), &GERUND_ENDINGS, 0) && i > 0 && self.toks[i - 1].lower == ","
    }

    /// In a language that drops subjects, a subject phrase that names no entity and ends with a
    /// comma (`En cuanto a China, específicamente, ha declarado`) is a fronted adjunct, and one
    /// that holds a quotation mark is a stretch of content: neither names the speaker, who is
    /// the dropped subject. (In English the words before the verb are an apposition of the
    /// subject: `Flynn, a top Trump surrogate, said`.)
    fn no_adjunct(&self, phrase: Option<Span>, source: &[usize]) -> Option<Span> {
        let p = phrase?;
        if !self.lang.is("drops-subject", "yes") {
            return Some(p);
        }
        let text = &self.text[p.start..p.end];
        // The adjunct opens with a preposition, or the phrase is the tail of its object
        // (`Steve Jobs, CEO de Apple, anunció` is a subject with its apposition).
        // (`En respuesta a las preguntas de si … a los EEUU, ha declarado`: the sentence opens
        // with the adjunct.)
        let first = self.tok_at(p.start);
        let opening = self.toks.iter().position(|t| t.is_word).unwrap_or(0);
        let prepositional = [first, first.wrapping_sub(1), opening]
            .iter()
            .any(|&j| self.word_is("prepositions", j));
        // A phrase that ends with a conjunction is the end of another clause (`…, y
        // recientemente ha informado`): the verb is coordinated, its subject dropped.
        let conjunction = text
            .split_whitespace()
            .last()
            .is_some_and(|w| self.lang.is("coordination", &w.to_lowercase()));
        let adjunct = (text.ends_with(',') && prepositional)
            || conjunction
            || text.contains(['"', '“', '”', '«', '»']);
        (source.is_empty() && adjunct)
            .then_some(())
            .map_or(Some(p), |_| None)
    }

    /// The cue at `i` follows a quotation that opens the sentence and a short subject between
    /// them (`“…,” Trump continued`, `"…," he responded`, `“…,” Mr. Viguerie notes`): a pronoun
    /// or up to four capitalised words (a title's full stop may stand among them).
    fn after_quote_subject(&self, i: usize) -> bool {
        let mut words = 0;
        let mut j = i;
        while let Some(k) = j.checked_sub(1) {
            let t = &self.toks[k];
            if t.is_word {
                let name = t.text(self.text).starts_with(char::is_uppercase);
                if words >= 4 || !(name || self.lang.tok_is("pronouns", t)) {
                    return false;
                }
                words += 1;
            } else if t.lower != "." || words == 0 {
                break;
            }
            j = k;
        }
        words > 0 && j > 0 && self.quote_ending_before(self.toks[j].span.start).is_some()
    }

    /// An -s form between a name and a lower-case object is the name's verb (`Government
    /// Accountability Office requests rerun of`, `Boeing reports profit`), not a plural noun,
    /// which a name before it would modify (`UNAMA reports, …`, `the Panel reports.`).
    fn name_then_object(&self, i: usize) -> bool {
        // (The sentence's first word is capitalised whatever it is: `Some reports indicate`.)
        let opening = self.opening_word();
        let name = i.checked_sub(1).is_some_and(|k| {
            let t = &self.toks[k];
            t.is_word
                && t.text(self.text).starts_with(char::is_uppercase)
                && (self.tok_in_mention[k] || Some(k) != opening)
        });
        let object = self.toks.get(i + 1).is_some_and(|t| {
            t.is_word
                && !t.text(self.text).starts_with(char::is_uppercase)
                && !self.lang.tok_is("stops", t)
                && !self.lang.tok_is("coordination", t)
        });
        name && object && !self.title_case()
    }

    /// The cue at `i` stands right after a comma or a closing quotation mark. A mark with no
    /// word before it in the sentence opens a quotation rather than closing one (`"Report of the
    /// Secretary-General on …"`, a title): what follows it is no speech tag.
    ///
    /// After a comma, what follows the cue must be able to be its subject, end the tag or open
    /// its content (a name, a pronoun, a determiner, an adverb, a preposition, punctuation,
    /// `that`, `to`; `, dijo hoy el ministro`, `Bush, speaking at a press conference,`):
    /// in a list of verbs (`to repair, maintain and
    /// rebuild`, `Reunir, evaluar, supervisar, informar y formular`) or before an object
    /// (`exercise control, maintain situational awareness`) the cue is no postposed tag.
    fn postposed_position(&self, i: usize) -> Option<()> {
        let prev = i.checked_sub(1)?;
        match self.toks[prev].lower {
            "," => self
                .toks
                .get(i + 1)
                .is_none_or(|n| {
                    !n.is_word
                        || n.text(self.text).starts_with(char::is_uppercase)
                        || n.lower.ends_with("ly")
                        || n.lower.ends_with("mente")
                        || self.tok_in_mention[i + 1]
                        || [
                            "pronouns",
                            "determiners",
                            "content-intro",
                            "introducers",
                            "topic-intro",
                            "agent",
                            "pre-verb",
                            "prepositions",
                        ]
                        .iter()
                        .any(|set| self.lang.tok_is(set, n))
                })
                .then_some(()),
            "”" | "’" | "\"" | "»" | "'" => {
                self.toks[..prev].iter().any(|t| t.is_word).then_some(())
            }
            _ => None,
        }
    }

    /// Does the cue at `i` introduce content: a `that`/`:`-clause, a quotation, a determiner or
    /// a mention (its object)?
    fn introduces(&self, i: usize) -> bool {
        // An adverb between commas may stand before what it introduces (`notes, however,
        // that`, `reports, moreover, that`): look past it.
        let aside = self.toks.get(i + 1).is_some_and(|t| t.lower == ",")
            && self.toks.get(i + 2).is_some_and(|t| t.is_word)
            && self.toks.get(i + 3).is_some_and(|t| t.lower == ",");
        let Some(next) = self.toks.get(i + 1 + 3 * usize::from(aside)) else {
            return false;
        };
        self.lang.tok_is("introducers", next)
            || self.lang.tok_is("determiners", next)
            || self.quote_starting_after(self.toks[i].span.end).is_some()
            || self
                .mentions
                .binary_search_by_key(&next.span.start, |m| m.1.start)
                .is_ok()
    }

    /// A call or intention that does not happen is not a claim (`it is time to hold it responsible`).
    /// Nor is a cue word in a fixed expression with the word before it (`so-called`).
    fn realised(&self, cue: &Cue) -> bool {
        let before = self.words_before(cue.first).next().map(|(j, _)| j);
        let fixed = before.is_some_and(|j| self.word_is("fixed-before", j));
        // `se espera que`, `it is hoped that`: an impersonal or passive verb of expectation
        // hedges with no one asserting (phrase cues too: `[espera] que`).
        let hedge = self.word_is("impersonal-hedge", cue.first)
            && before.is_some_and(|j| self.word_is("impersonal", j) || self.word_is("passive", j));
        !fixed
            && !hedge
            && !self.future(cue)
            && !self.requested(cue)
            && !self.cross_reference(cue)
            && !self.endangers(cue)
            && !self.mere_purpose(cue)
            && !(0..cue.first)
                .rev()
                .take_while(|&j| self.toks[j].is_word)
                .take(3)
                // A capitalised word inside the sentence is a name (`”, Will wrote`, `May said`).
                .filter(|&j| {
                    j == 0 || !self.toks[j].text(self.text).starts_with(char::is_uppercase)
                })
                .any(|j| self.lang.tok_is("unrealised", &self.toks[j]))
    }

    /// An infinitive cue that someone is asked, urged or encouraged to utter (`requests the
    /// Secretary-General to propose`, `encouraging members to explain their position`, `insta a
    /// los Estados a informar`): the request is the claim, what it asks for has not happened.
    /// The cue follows one of `[request-links]` (`to`, `a`), and a verb of `[request-verbs]`
    /// stands before that within the clause.
    fn requested(&self, cue: &Cue) -> bool {
        let Some(link) = cue.first.checked_sub(1) else {
            return false;
        };
        if !self.word_is("request-links", link) {
            return false;
        }
        (0..link)
            .rev()
            .take(12)
            .take_while(|&j| {
                let t = &self.toks[j];
                (t.is_word || t.lower == ",")
                    && !self.lang.tok_is("stops", t)
                    && !self.tok_in_quote[j]
            })
            .any(|j| self.word_is("request-verbs", j))
    }

    /// A verb cue in the future or the conditional (`comunicaré sus conclusiones`, `recomendaría
    /// un programa`): what someone will or would say, not what they said, as English `will`,
    /// `would` before the cue (`[unrealised]`). The form is an infinitive cue form with one of
    /// `[unrealised-endings]` after it, so a past form that ends the same (`consideré`, `sugería`)
    /// is not taken for one.
    fn future(&self, cue: &Cue) -> bool {
        if cue.noun || cue.first != cue.last {
            return false;
        }
        let w = self.toks[cue.first].lower;
        self.lang.set("unrealised-endings").any(|e| {
            w.strip_suffix(e).is_some_and(|infinitive| {
                infinitive.ends_with('r') && !self.lang.lookup(infinitive).is_empty()
            })
        })
    }

    /// A participle that gives a thing its name (`a play called “The Sons”`, `a band called
    /// Sophistafunk`): an indefinite article and a noun before it, a quotation or a name after
    /// it; nobody is quoted. (`A spokesman called the plan “a disgrace”` names no title.)
    fn naming(&self, cue: &Cue) -> bool {
        if !self.word_is("naming-verbs", cue.first) {
            return false;
        }
        let title_after =
            self.quote_starting_after(self.toks[cue.last].span.end)
                .is_some()
                || self.toks.get(cue.last + 1).is_some_and(|t| {
                    t.is_word && t.text(self.text).starts_with(char::is_uppercase)
                });
        if !title_after {
            return false;
        }
        let noun = cue.first.checked_sub(1).filter(|&j| {
            let t = &self.toks[j];
            t.is_word
                && !t.text(self.text).starts_with(char::is_uppercase)
                && !t.lower.ends_with("ly")
                && !self.lang.tok_is("pronouns", t)
                && !self.lang.tok_is("relative", t)
                && !self.lang.tok_is("pre-verb", t)
                && !self.lang.tok_is("passive", t)
                && !self.lang.tok_is("perfect", t)
        });
        noun.is_some_and(|n| {
            (0..n)
                .rev()
                .take_while(|&j| self.toks[j].is_word)
                .take(3)
                .any(|j| self.word_is("indefinite", j))
        })
    }

    /// A statement with no content of its own right after a marker of purpose (`in order to
    /// clarify its position`, `para aclarar`, `a fin de reafirmar`): what someone means to say,
    /// not what they said. (`para anunciar que …` announces, and `se unen para denunciar esas
    /// actividades` denounces as it unites.)
    fn mere_purpose(&self, cue: &Cue) -> bool {
        cue.kind == ClaimKind::Statement && self.purpose(cue.first) && !self.has_content(cue.last)
    }

    /// Does a marker of purpose (`[purpose]`) end right before token `first`?
    fn purpose(&self, first: usize) -> bool {
        (0..first)
            .rev()
            .take_while(|&j| self.toks[j].is_word)
            .take(4)
            .any(|j| self.joined_is("purpose", self.toks[j..first].iter().map(|t| t.lower)))
    }

    /// Are `words`, joined by spaces, in the multi-word set `set`? (Joined in a buffer reused
    /// across the document rather than a `format!` per look-up.)
    fn joined_is<'w>(&self, set: &str, words: impl IntoIterator<Item = &'w str>) -> bool {
        let mut joined = self.scratch.joined.borrow_mut();
        joined.clear();
        for (k, w) in words.into_iter().enumerate() {
            if k > 0 {
                joined.push(' ');
            }
            joined.push_str(w);
        }
        self.lang.is(set, &joined)
    }

    /// A cue that points to a place in a document, with no speaker before it (`the measures
    /// described in paragraph 1`, `as reported in document S/2005/603`, `the tasks mentioned
    /// above`, `tal como se indica en los párrafos 69 y 70`): a cross-reference, no claim.
    fn cross_reference(&self, cue: &Cue) -> bool {
        // (`As I have emphasized above` has its speaker, behind the auxiliary; the sentence's
        // first word is capitalised whatever it is: `As reported in`, `23. As noted above`.)
        let opening = self.opening_word();
        let speaker_before = self
            .words_before(cue.first)
            .find(|&(j, _)| !self.word_is("pre-verb", j))
            .is_some_and(|(j, w)| {
                let name = self.toks[j].text(self.text).starts_with(char::is_uppercase)
                    && (self.tok_in_mention[j] || Some(j) != opening);
                name || self.lang.is("pronouns", w)
            });
        if speaker_before {
            return false;
        }
        let next = cue.last + 1;
        if self.word_is("reference-adverbs", next) {
            return true;
        }
        if !self.word_is("reference-preps", next) {
            return false;
        }
        // A name may stand before the noun (`in Security Council document S/2005/603`, `in
        // General Assembly resolution 60/1`): up to four capitalised words.
        let mut names = 0;
        (next + 1..self.toks.len())
            .find(|&j| {
                let t = &self.toks[j];
                let name =
                    t.is_word && t.text(self.text).starts_with(char::is_uppercase) && names < 4;
                names += usize::from(name);
                self.word_is("reference-nouns", j) || (!self.word_is("determiners", j) && !name)
            })
            .is_some_and(|j| self.word_is("reference-nouns", j))
    }

    /// A verb of threatening whose object is something at risk (`activities that threaten the
    /// peace`, `banditry which threatens the security of civilians`, `que amenazan la
    /// estabilidad`) or whose infinitive is harm done (`threatens to undermine the process`)
    /// means `endanger`, as `pose a threat to` does (UN Spanish `suponen una amenaza para`):
    /// nobody warns anyone. The object's head is one of `[endangered]` within three words
    /// after the verb (after determiners and adjectives), and it ends its noun phrase (`the
    /// security forces` are people threatened); the infinitive is one of `[endangering]` after
    /// one of `[endangering-links]` (`to`, `con`). (`threatened to kill them`, `threatened the
    /// journalists` are threats made.)
    fn endangers(&self, cue: &Cue) -> bool {
        if cue.kind != ClaimKind::Warning || cue.noun {
            return false;
        }
        let after = cue.last + 1;
        if self.word_is("endangering-links", after) && self.word_is("endangering", after + 1) {
            return true;
        }
        let head_ends = |j: usize| {
            self.toks.get(j + 1).is_none_or(|n| {
                !n.is_word
                    || ["agent-link", "coordination", "stops", "prepositions"]
                        .iter()
                        .any(|set| self.lang.tok_is(set, n))
            })
        };
        (after..self.toks.len())
            .take_while(|&j| self.toks[j].is_word)
            .take(3)
            .any(|j| self.word_is("endangered", j) && head_ends(j))
    }

    /// The sentence's first word after a list label (`23.`, `c)`, `(iv)`).
    fn opening_word(&self) -> Option<usize> {
        self.toks.iter().position(|t| {
            t.is_word
                && t.text(self.text).chars().count() > 1
                && !t.text(self.text).chars().all(|c| c.is_ascii_digit())
                && !t.lower.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
        })
    }

    /// A statement noun is a claim when someone holds it (a support verb, a possessor before it,
    /// `by X`/`de X` after it) and its content follows (`against X`, `that …`, a quotation):
    /// `his statement that`, `los elogios de Jobs, que dijo`; not `Trump’s comments came`. The
    /// noun of a criticism held by a possessor or a support verb names what it is aimed at with
    /// `of` (`[noun-object]`): `its strong condemnation of the attacks`, `su enérgica condena de
    /// los ataques` (as the verb `condemns the attacks`); a statement's `of` does not (`his
    /// statement of 3 May`), nor the `of`/`de` of other nouns (`the threat of attacks`, `la
    /// negativa de Azerbaiyán`, `Denuncia de Cuba`), nor one after a holder named by `de`.
    fn noun_is_claim(&self, i: usize, kind: ClaimKind) -> bool {
        // The support verb governs the noun: no preposition stands between them (not `hacer
        // frente a la amenaza`, `to confront the threat`), save the link of a compound whose head
        // names a message (`dejó este mensaje de despedida: «…»`, English `left this farewell
        // message`, where the noun comes first).
        let compound_link = |j: usize| {
            self.word_is("agent-link", j)
                && j >= 1
                && self.toks[j - 1].is_word
                && self.word_is("message-heads", j - 1)
        };
        let held = self
            .words_before(i)
            .take(4)
            .take_while(|&(j, _)| !self.word_is("prepositions", j) || compound_link(j))
            .any(|(j, _)| self.word_is("support", j))
            || (i >= 2 && self.toks[i - 1].lower == "s" && self.is_apostrophe(i - 2));
        let holder = self.holder(i);
        // A holder named after the noun may be followed by a relative clause that gives what
        // they said (`los elogios de Jobs, que dijo …`, `praise from Jobs, who said …`).
        let relative_after_holder = holder
            .filter(|h| h.0 > i)
            .is_some_and(|h| self.word(h.1) == "," && self.word_is("relative", h.1 + 1));
        // Content may also follow right after a holder named after the noun (`an announcement
        // by the Government of Chad that …`, SPEC §6; `la solicitud del Gobierno del Afganistán
        // de que …`, where Spanish puts `de` before `que`). The name runs over capitalised words
        // and the links between them (`of`, `del`), not over a verb after it.
        let content_after_holder = holder.filter(|h| h.0 > i).is_some_and(|h| {
            let name_end = (h.0..h.1)
                .take_while(|&j| {
                    let t = &self.toks[j];
                    t.is_word
                        && (t.text(self.text).starts_with(char::is_uppercase)
                            || self.tok_in_mention[j]
                            || self.lang.tok_is("agent-link", t)
                            || self.lang.tok_is("determiners", t))
                })
                .last()
                .map_or(h.0, |j| j + 1);
            let intro = |j: usize| {
                self.toks
                    .get(j)
                    .is_some_and(|t| t.lower != ":" && self.lang.tok_is("noun-content", t))
            };
            intro(name_end) || (self.word_is("agent-link", name_end) && intro(name_end + 1))
        });
        let adjunct_request = self.request_adjunct(i);
        // (Spanish puts an adjective between: `su condena inequívoca de`.)
        let modifier = self.toks.get(i + 1).is_some_and(|t| {
            t.is_word
                && !t.text(self.text).starts_with(char::is_uppercase)
                && !self.lang.tok_is("determiners", t)
                && !self.lang.tok_is("stops", t)
        });
        let object = kind == ClaimKind::Criticism
            && (held || holder.is_some_and(|h| h.0 < i))
            && (self.word_is("noun-object", i + 1)
                || (modifier && self.word_is("noun-object", i + 2)));
        let content = self.toks[i + 1..]
            .iter()
            .take(3)
            .any(|t| self.lang.tok_is("noun-content", t))
            || object
            || content_after_holder
            || relative_after_holder
            || adjunct_request
            || self.quote_starting_after(self.toks[i].span.end).is_some();
        (held || holder.is_some()) && content
    }

    /// A request in an adjunct has the clause it modifies as its content (`At my request, the
    /// board granted …`, `a petición del Gobierno, la misión …`): a reported request is a
    /// statement (SPEC §6), and its holder is its source.
    fn request_adjunct(&self, i: usize) -> bool {
        self.word_is("request-nouns", i)
            && self
                .words_before(i)
                .take(3)
                .find(|&(j, _)| !self.word_is("determiners", j) && !self.word_is("possessives", j))
                .is_some_and(|(j, _)| self.word_is("request-preps", j))
    }

    /// The explicit holder of a statement noun at `i` (`his speech`, `Jobs’s statement`, `su
    /// discurso de apertura`, `la declaración de Ford`, `an announcement by Apple`): the token
    /// range naming it. A possessive or genitive may stand up to two modifiers before the noun
    /// (`his keynote address`); `by`/`de` must be followed by a mention or a capitalised name.
    fn holder(&self, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        for _ in 0..3 {
            let k = j.checked_sub(1)?;
            let t = &self.toks[k];
            if self.lang.tok_is("possessives", t) {
                return Some((k, k + 1));
            }
            if t.lower == "s" && k >= 2 && self.is_apostrophe(k - 1) && self.toks[k - 2].is_word {
                let end = k - 1;
                let start = self.np_start(end.saturating_sub(6), end);
                return (start < end).then_some((start, end));
            }
            // Modifiers are lower-case words or numbers (`keynote`, `2 hour`), not a determiner.
            let modifier = t.is_word
                && !t.text(self.text).starts_with(char::is_uppercase)
                && !self.lang.tok_is("determiners", t)
                && !self.lang.tok_is("stops", t);
            if !modifier {
                break;
            }
            j = k;
        }
        let link = self.toks.get(i + 1)?;
        if !(self.lang.tok_is("agent", link) || self.lang.tok_is("agent-link", link)) {
            return None;
        }
        // A determiner may stand before a mention (`at the request of the Council`; Spanish `a
        // solicitud del Consejo` has it in `del`).
        let article = self.word_is("determiners", i + 2)
            && self.toks.get(i + 3).is_some_and(|t| {
                t.is_word && t.text(self.text).starts_with(char::is_uppercase)
                    || self.tok_in_mention[i + 3]
            });
        let name = i + 2 + usize::from(article);
        let first = self.toks.get(name)?;
        let mention = self
            .mentions
            .binary_search_by_key(&first.span.start, |m| m.1.start)
            .is_ok();
        let end = self.np_end(name, self.toks.len());
        ((mention || first.text(self.text).starts_with(char::is_uppercase)) && end > name)
            .then_some((name, end))
    }

    fn is_apostrophe(&self, i: usize) -> bool {
        matches!(self.toks[i].lower, "'" | "’")
    }

    /// A quotation that opens right after `pos` (white space and `,` `:` between).
    fn quote_starting_after(&self, pos: usize) -> Option<&Quote> {
        quote_opening_after(self.text, self.quotes, pos)
    }

    /// A quotation that closes right before `pos` (white space and `,` between) and that opens
    /// the sentence: a fragment quoted inside paraphrase is not the claim's quote.
    fn quote_ending_before(&self, pos: usize) -> Option<&Quote> {
        let head = &self.text[..pos];
        let kept = head
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
        let opens_sentence = |q: &Quote| {
            q.outer.start < self.sentence.start
                || self.text[self.sentence.start..q.outer.start]
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '-' | '—' | '–'))
        };
        let i = self.quote_ends.partition_point(|&(end, _)| end < kept);
        self.quote_ends[i..]
            .iter()
            .take_while(|&&(end, _)| end == kept)
            .map(|&(_, q)| &self.quotes[q])
            .find(|q| opens_sentence(q))
    }

    /// Mention groups inside token range `[a, b)`: runs of mentions with only coordination
    /// between them. Each group lists indices into `self.mentions`.
    fn groups(&self, a: usize, b: usize) -> Vec<Vec<usize>> {
        let (lo, hi) = (self.tok_start(a), self.tok_start(b));
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut last_end: Option<usize> = None;
        let from = self.mentions.partition_point(|m| m.1.start < lo);
        for (k, (_, span, _)) in self.mentions.iter().enumerate().skip(from) {
            if span.start >= hi {
                break;
            }
            if span.end > hi {
                continue;
            }
            // `el ministro de España, José Manuel Albares,`: a person after a comma is an
            // apposition naming the speaker, not one more member.
            let apposition = self.mentions[k].2 == EntityType::Per
                && k > 0
                && self.mentions[k - 1].2 != EntityType::Per
                && self.text[last_end.unwrap_or(span.start)..span.start].contains(',');
            let joined =
                !apposition && last_end.is_some_and(|e| self.only_coordination(e, span.start));
            match groups.last_mut() {
                Some(g) if joined => g.push(k),
                _ => groups.push(vec![k]),
            }
            last_end = Some(span.end);
        }
        // A list of names joined by commas alone, with no `and`/`y` between any two of them nor
        // after the last (`MONUSCO, BINUCA, UNMISS, and other actors`), is no list: the comma
        // closes a phrase and the next name starts another (`As requested by Peru, Chile
        // opened`, `Según Perú, Chile cerró`).
        groups
            .into_iter()
            .flat_map(|g| match self.comma_list_only(&g) {
                true => g.into_iter().map(|k| vec![k]).collect(),
                false => vec![g],
            })
            .collect()
    }

    /// Are the members of `group` (two or more) joined by commas only (a comma between each two),
    /// with no coordinating word between them or right after the last (`, and other …`)?
    fn comma_list_only(&self, group: &[usize]) -> bool {
        let [.., last] = group else {
            return false;
        };
        if group.len() < 2 {
            return false;
        }
        // Mentions side by side with nothing between them (`Ministerio de Relaciones
        // Exteriores chino`: a body and its country) are not joined by a comma either.
        let commas_only = group.windows(2).all(|w| {
            let (a, b) = (
                self.tok_at(self.mentions[w[0]].1.end),
                self.tok_at(self.mentions[w[1]].1.start),
            );
            let between = &self.toks[a..b];
            !between.is_empty() && between.iter().all(|t| !t.is_word && t.lower == ",")
        });
        let after = self.tok_at(self.mentions[*last].1.end);
        let continues = self.toks[after..]
            .iter()
            .take(2)
            .find(|t| t.is_word)
            .is_some_and(|t| {
                self.lang.tok_is("coordination", t) && !self.lang.tok_is("determiners", t)
            });
        commas_only && !continues
    }

    fn tok_start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.sentence.end, |t| t.span.start)
    }

    fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.span.end <= pos)
    }

    fn only_coordination(&self, from: usize, to: usize) -> bool {
        let (a, b) = (self.tok_at(from), self.tok_at(to));
        self.toks[a..b].iter().all(|t| match t.is_word {
            true => self.lang.tok_is("coordination", t),
            false => matches!(t.lower, "," | "(" | ")" | "/" | "&"),
        })
    }

    /// The group's mentions as document mention indices, without demonyms standing beside a
    /// named body (`Ministerio de Relaciones Exteriores chino` → the ministry).
    fn members(&self, group: &[usize]) -> Vec<usize> {
        let named = group
            .iter()
            .any(|&k| self.mentions[k].2 != EntityType::Norp);
        group
            .iter()
            .filter(|&&k| !named || self.mentions[k].2 != EntityType::Norp)
            .map(|&k| self.mentions[k].0)
            .collect()
    }

    /// The first group after token `from` (before `to`), skipping possessors (`China’s Ministry`).
    fn first_group_after(&self, from: usize, to: usize) -> Vec<usize> {
        self.groups(from, to)
            .first()
            .map(|g| self.members(&self.skip_possessor(g)))
            .unwrap_or_default()
    }

    fn skip_possessor(&self, group: &[usize]) -> Vec<usize> {
        if let [k] = group {
            if let Some(next) = self.mentions.get(k + 1) {
                let between = &self.text[self.mentions[*k].1.end..next.1.start];
                if matches!(between, "’s " | "'s " | "’ " | "' ") {
                    return vec![k + 1];
                }
            }
        }
        group.to_vec()
    }

    fn roles(
        &self,
        cue: &Cue,
        next_cue: usize,
        previous: Option<&(usize, Vec<usize>, Option<Span>)>,
        main: Option<&(usize, Vec<usize>, Option<Span>)>,
    ) -> Claim {
        let after = cue.last + 1;
        let end = next_cue.max(after).min(after + 4 * WINDOW);
        // Where the clause of the cue starts: after the last stop word; relative clauses closed
        // before the cue (`, al que se le preguntó …,`) are left out of the search.
        let (start, skipped) = self.clause_start(cue.first);
        let before_groups: Vec<Vec<usize>> = self
            .groups(start, cue.first)
            .into_iter()
            .filter(|g| {
                !skipped
                    .iter()
                    .any(|&(a, b)| (a..b).contains(&self.tok_at(self.mentions[g[0]].1.start)))
            })
            .collect();
        // `Biden, asked whether …, said`: a past participle that opens a parenthetical before
        // the next cue is what the subject was asked or told, not what it said: no source (and
        // no postposed tag: `Peru, asked about the attack, said`).
        let parenthetical = has_ending(self.word(cue.first), &PARTICIPLE_ENDINGS, 3)
            && cue.first > 0
            && (after..next_cue)
                .filter(|&j| self.toks[j].lower == ",")
                .any(|close| self.parenthetical_opening(close, next_cue) == Some(cue.first - 1));
        let content_before = (!parenthetical)
            .then(|| self.content_before(cue, end))
            .flatten();
        let prev_word = self.words_before(cue.first).next().map(|(_, w)| w);
        let mut subject_group: Option<Vec<usize>> = None;
        let supported = (start..cue.first).any(|j| self.word_is("support", j));
        let held_noun = cue
            .noun
            .then(|| self.holder(cue.first))
            .flatten()
            .filter(|_| !supported || self.request_adjunct(cue.first));
        let (mut source, source_span): (Vec<usize>, Option<Span>) = if let Some((a, b)) = held_noun
        {
            // `his speech`, `la declaración de Ford`: the holder is the source.
            (self.first_group_after(a, b), self.phrase(a, b))
        } else if parenthetical {
            (Vec::new(), None)
        } else if cue.source_follows {
            // `según el Gobierno de México, Estados Unidos …`: the source ends at the comma.
            let comma = (after..end)
                .find(|&j| self.toks[j].lower == ",")
                .unwrap_or(end);
            (
                self.first_group_after(after, comma),
                self.phrase(after, comma),
            )
        } else if cue.passive {
            subject_group = before_groups.last().cloned();
            match (after..end).find(|&j| self.lang.tok_is("agent", &self.toks[j])) {
                Some(by) => {
                    let phrase_end = (by + 1..end)
                        .find(|&j| !self.toks[j].is_word)
                        .unwrap_or(end);
                    (
                        self.first_group_after(by + 1, end),
                        self.phrase(by + 1, phrase_end),
                    )
                }
                None => (Vec::new(), None),
            }
        } else if let Some(g) = content_before.as_ref() {
            // `…, said X`, `”, reza el comunicado`: the source, if any, follows the cue.
            (self.members(g), self.phrase(after, self.np_end(after, end)))
        } else if self.impersonal(cue.first) {
            (Vec::new(), None)
        } else if let (Some(w), Some(prev)) = (prev_word, previous) {
            // `dijo que … y advirtió que …`: a coordinated cue shares the first one's source;
            // so does a gerund hanging from it (`ha rehusado …, diciendo que`, `said …, adding`).
            if self.lang.is("coordination", w) {
                (prev.1.clone(), prev.2)
            } else if let Some(m) = main.filter(|_| self.gerund_after_comma(cue.first)) {
                (m.1.clone(), m.2)
            } else {
                let source = self.subject(start, cue.first, &skipped, &before_groups);
                let phrase = self.subject_phrase(cue, start, &skipped);
                (source.clone(), self.no_adjunct(phrase, &source))
            }
        } else {
            let source = self.subject(start, cue.first, &skipped, &before_groups);
            let phrase = self.subject_phrase(cue, start, &skipped);
            let phrase = self.no_adjunct(phrase, &source);
            (source, phrase)
        };
        if !cue.passive {
            // `blamed China … along with the United States`: more sources after the cue.
            for j in after..end {
                // Most words open no companion phrase: one test spares comparing each.
                if !self.lang.may_start_companion(self.word(j)) {
                    continue;
                }
                for comp in self.lang.companions() {
                    let n = comp.len();
                    let same = j + n <= self.toks.len()
                        && comp.iter().enumerate().all(|(k, w)| self.word(j + k) == w);
                    if same {
                        for m in self.first_group_after(j + n, end) {
                            if !source.contains(&m) {
                                source.push(m);
                            }
                        }
                    }
                }
            }
        }
        let quote = self
            .quote_starting_after(self.toks[cue.last].span.end)
            .or_else(|| {
                content_before.as_ref().and_then(|_| {
                    // `«…», ha dicho X`: the quotation closes before the auxiliary.
                    let aux = cue.first > 0 && self.word_is("perfect", cue.first - 1);
                    self.quote_ending_before(self.toks[cue.first - usize::from(aux)].span.start)
                })
            })
            .map(|q| q.first_paragraph(self.text));
        let content_first = content_before.is_some() || self.ends_sentence(cue.last);
        let mut target = match (cue.kind, subject_group) {
            (_, Some(g)) => self.members(&g),
            (ClaimKind::Statement, _) => {
                self.statement_target(after, end, quote, content_first, cue)
            }
            _ => {
                // The target is governed by the cue: it comes before the next clause, a relative
                // clause too (`condemns the coup which took place in Bangui`: Bangui is where the
                // coup happened, as in Spanish `el golpe que tuvo lugar en Bangui`).
                let clause_end = (after..end)
                    .find(|&j| {
                        let t = &self.toks[j];
                        self.lang.tok_is("stops", t) || self.lang.tok_is("relative", t)
                    })
                    .unwrap_or(end);
                let t = self.first_group_after(after, clause_end);
                if t.is_empty() && content_first {
                    self.main_mention(0, self.clause_content_end(cue.first))
                } else if t.is_empty() && self.blamed_clause(cue, clause_end, end) {
                    // `atribuyó el aumento a que menos usuarios del iPhone 4 …`: what is blamed
                    // is a clause; its main mention is the target.
                    self.main_mention(clause_end + 1, end.min(clause_end + 1 + WINDOW))
                } else {
                    t
                }
            }
        };
        // A speaker talking about itself is no target (`SIA has stated that … Singapore Airlines
        // is …`, `X rejects the anti-X resolution`): another mention of a source's entity is
        // left out too, and no other mention takes its place.
        target.retain(|&m| !self.same_entity(m, &source));
        Claim {
            sentence: 0,
            kind: cue.kind,
            cue: cue.span,
            source,
            source_span,
            target,
            quote,
            negated: self.negated(cue.first),
        }
    }

    /// An accusation whose governed words end at a content clause (`a que`, `on the fact that`)
    /// blames that clause.
    fn blamed_clause(&self, cue: &Cue, clause_end: usize, end: usize) -> bool {
        cue.kind == ClaimKind::Accusation
            && clause_end + 1 < end
            && self.lang.tok_is("content-intro", &self.toks[clause_end])
    }

    /// The text of tokens `[a, b)` as a span, if any.
    fn phrase(&self, a: usize, b: usize) -> Option<Span> {
        (a < b && b <= self.toks.len())
            .then(|| Span::new(self.toks[a].span.start, self.toks[b - 1].span.end))
    }

    /// The subject phrase before a cue: the words between the clause start (or the last comma)
    /// and the cue, less the auxiliaries and adverbs right before the verb, and for a noun cue
    /// everything from its support verb on (`UK Foreign Secretary Dominic Raab` of `… made the
    /// stinging allegation`). A skipped relative clause is passed over.
    fn subject_phrase(&self, cue: &Cue, start: usize, skipped: &[(usize, usize)]) -> Option<Span> {
        let mut end = cue.first;
        if cue.noun {
            end = (start..cue.first)
                .rev()
                .find(|&j| self.lang.tok_is("support", &self.toks[j]))
                .unwrap_or(end);
        }
        loop {
            if let Some(&(a, _)) = skipped.iter().find(|&&(_, b)| b == end) {
                end = a;
                continue;
            }
            match end.checked_sub(1).map(|j| &self.toks[j]) {
                Some(t)
                    if t.is_word
                        && (self.lang.tok_is("pre-verb", t)
                            || (t.lower.len() > 4 && t.lower.ends_with("ly"))) =>
                {
                    end -= 1
                }
                _ => break,
            }
        }
        let mut begin = self.np_start(start, end);
        // `Phil Smith, a spokesman for the union, said`, `Quina Jones, 25, said`: the verb follows
        // an apposition between two commas; the subject is the noun phrase before it (not a
        // fronted adjunct: `En cuanto a Italia, específicamente, ha declarado`).
        if begin == end {
            if let Some((a, b)) = self.apposition_head(start, end) {
                return self.phrase(a, b);
            }
        }
        // A mention group that runs over commas (`The United States, Canada, the UK …`) is one
        // subject: start with its first mention.
        if let Some(first) = self
            .groups(start, end)
            .last()
            .map(|g| self.tok_at(self.mentions[g[0]].1.start))
        {
            if first < begin && self.groups(first, end).len() == 1 {
                begin = first;
            }
        }
        // `he said`: the clause search stops at the pronoun; the phrase is the pronoun (the
        // entity source stays empty, SPEC §6).
        if begin == end && start > 0 && end == start && self.word_is("pronouns", start - 1) {
            return self.phrase(start - 1, start);
        }
        self.phrase(begin, end)
    }

    /// Where the noun phrase ending before token `end` starts (not before `start`): words, name
    /// punctuation (`O’Neill`, `Paul D. Ryan`, `Rep. Lynch (D-Mass.)`), at most twelve tokens.
    fn np_start(&self, start: usize, end: usize) -> usize {
        let mut begin = end;
        while begin > start {
            let t = &self.toks[begin - 1];
            let inside_np =
                t.is_word || matches!(t.lower, "’" | "'" | "-" | "." | "&" | "(" | ")" | "/");
            if !inside_np || self.lang.tok_is("stops", t) || end - begin >= 12 {
                break;
            }
            begin -= 1;
        }
        begin
    }

    /// Where the noun phrase starting at token `after` ends (before `end`): words and name
    /// punctuation (`O’Neill`, `9/11 widow Terry Strada`, `Paul D. Ryan`), at most twelve tokens;
    /// a period ends it unless a word follows (`D. Ryan`).
    fn np_end(&self, after: usize, end: usize) -> usize {
        let end = end.min(self.toks.len());
        let mut j = after;
        while j < end && j - after < 12 {
            let t = &self.toks[j];
            let inside = t.is_word
                || matches!(t.lower, "’" | "'" | "-" | "&" | "/")
                || (t.lower == "." && self.toks.get(j + 1).is_some_and(|n| n.is_word));
            if !inside || (t.is_word && self.lang.tok_is("stops", t)) {
                break;
            }
            j += 1;
        }
        j
    }

    /// `X, <apposition>, said`: token `end - 1` is a comma closing an apposition of at most 24
    /// tokens that opens with a comma after a noun phrase. Returns that noun phrase's tokens.
    fn apposition_head(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let close = end.checked_sub(1).filter(|&c| c > start)?;
        if self.toks[close].lower != "," {
            return None;
        }
        let open = (close.saturating_sub(25).max(start)..close)
            .rev()
            .find(|&j| matches!(self.toks[j].lower, "," | ";" | ":"))?;
        if self.toks[open].lower != "," || open + 1 == close {
            return None;
        }
        let middle_ok = self.toks[open + 1..close].iter().all(|t| {
            !matches!(t.lower, "\"" | "“" | "”" | "«" | "»") && !self.lang.tok_is("stops", t)
        });
        let begin = self.np_start(start, open);
        let first = self.word(begin);
        let ok = middle_ok
            && begin < open
            && self.toks[begin].is_word
            && !self.lang.is("prepositions", first)
            && !self.lang.is("pronouns", first);
        ok.then_some((begin, open))
    }

    /// The cue follows its content (`“…”, reza el comunicado`, `…, informó The Associated
    /// Press.`): it stands after a comma or a closing quotation mark, no `that`/`que` or quotation
    /// follows it, and what follows is at most a source group before the end of the clause.
    /// Returns that source group (empty when there is none).
    fn content_before(&self, cue: &Cue, end: usize) -> Option<Vec<usize>> {
        // Only cues that can close a report (`said`, `warned`, `denied`), not a participial
        // adjunct (`…, holding China responsible`).
        let w = &self.toks[cue.first].lower;
        let closes_report = matches!(
            cue.kind,
            ClaimKind::Statement | ClaimKind::Warning | ClaimKind::Denial
        );
        if !closes_report || has_ending(w, &GERUND_ENDINGS, 0) {
            return None;
        }
        // `…», ha dicho Press.`: a compound tense keeps its auxiliary before the participle.
        let mut prev = cue.first.checked_sub(1)?;
        if self.word_is("perfect", prev) {
            prev = prev.checked_sub(1)?;
        }
        // (`''`, two apostrophes, closes a quotation as `"` does: `''…,'' said Mr. Burman`.)
        let quote_mark = |j: usize| {
            matches!(self.toks[j].lower, "”" | "\"" | "»")
                || (self.toks[j].lower == "'"
                    && j > 0
                    && self.toks[j - 1].lower == "'"
                    && self.toks[j - 1].span.end == self.toks[j].span.start)
        };
        let after_quote =
            quote_mark(prev) || (self.toks[prev].lower == "," && prev > 0 && quote_mark(prev - 1));
        if !matches!(self.toks[prev].lower, "," | "”" | "’" | "\"" | "»" | "'") {
            return None;
        }
        let after = cue.last + 1;
        if self
            .quote_starting_after(self.toks[cue.last].span.end)
            .is_some()
        {
            return None;
        }
        let limit = self.toks.len().min(after + WINDOW);
        let rest_end = (after..limit)
            .find(|&j| !self.toks[j].is_word)
            .unwrap_or(limit);
        if (after..rest_end).any(|j| self.lang.tok_is("stops", &self.toks[j])) {
            return None;
        }
        let closes = rest_end == self.toks.len()
            || matches!(self.toks[rest_end].lower, "." | "," | ";" | "!" | "?");
        if !closes {
            // `”, said O’Neill, on …`, `”, said 9/11 widow Terry Strada.`: after a quotation a
            // name with its punctuation is the speaker.
            let name_end = self.np_end(after, limit);
            let ends_clause = name_end == self.toks.len()
                || matches!(self.toks[name_end].lower, "." | "," | ";" | "!" | "?");
            return (after_quote && name_end > after && ends_clause)
                .then(|| self.group_right_after(after, name_end).unwrap_or_default());
        }
        match self.group_right_after(after, end.min(rest_end)) {
            // `…, said Antony Blinken.`: the group ends the clause.
            Some(g) if self.tok_at(self.mentions[*g.last()?].1.end) >= rest_end => Some(g),
            // `…a la nube», anunció Steve Jobs durante el discurso.`: after a quotation the
            // group right after the cue is its speaker, whatever adjunct follows.
            Some(g) if after_quote => Some(g),
            Some(_) => None,
            // `…, reza el comunicado`: a few words that name no entity; after a quotation, a
            // speaker named by a longer phrase (`”, said one GOP source in the room.`). With
            // no quotation they must be a noun phrase, not a clause: `…, said the
            // investigation continued`, `…, said it was over`, `…, said no` is a verb
            // with its content, its subject before the comma.
            None => ((rest_end - after <= 3 || (after_quote && rest_end - after <= 8))
                && self.groups(after, rest_end).is_empty()
                && (after_quote || !self.clause_words(after, rest_end)))
            .then(Vec::new),
        }
    }

    /// Do the words `a..b` after a cue make a clause rather than a noun phrase: a pronoun
    /// subject or a negation (`said it was over`, `said no`), an auxiliary (`said talks were
    /// stalled`), or a last word with a past ending that no determiner governs (`said the
    /// investigation continued`; `dijo el encargado` is a noun phrase)?
    fn clause_words(&self, a: usize, b: usize) -> bool {
        let marked = (a..b).any(|j| {
            let t = &self.toks[j];
            self.lang.tok_is("pronouns", t)
                || self.lang.tok_is("negation", t)
                || self.lang.tok_is("passive", t)
        });
        let verb_last = b >= a + 2
            && has_ending(self.word(b - 1), &PARTICIPLE_ENDINGS, 3)
            && !self.word_is("determiners", b - 2);
        marked || verb_last
    }

    /// A mention group right after the cue (determiners and titles aside): `said the White House`.
    fn group_right_after(&self, after: usize, end: usize) -> Option<Vec<usize>> {
        let groups = self.groups(after, end);
        let g = groups.first()?;
        let first = self.mentions[g[0]].1.start;
        let between = &self.toks[after..self.tok_at(first)];
        let skipped = between.iter().all(|t| {
            t.is_word
                && (self.lang.tok_is("determiners", t)
                    || self.lang.tok_is("agent-nouns", t)
                    || t.text(self.text).starts_with(char::is_uppercase))
        });
        // A title with its modifiers (`dijo el presidente americano Obama`, `said the veteran
        // senator John Doe`): a few words, one of them a speaker noun.
        let title = between.len() <= 4
            && between
                .iter()
                .all(|t| t.is_word && !self.lang.tok_is("stops", t))
            && between.iter().any(|t| self.lang.tok_is("agent-nouns", t));
        (skipped || title).then(|| g.clone())
    }

    fn impersonal(&self, first: usize) -> bool {
        self.words_before(first)
            .take(2)
            .any(|(j, _)| self.word_is("impersonal", j))
    }

    fn ends_sentence(&self, last: usize) -> bool {
        self.toks[last + 1..].iter().all(|t| !t.is_word)
    }

    /// The token where the cue's clause starts, and the token ranges of the relative clauses
    /// skipped on the way.
    fn clause_start(&self, first: usize) -> (usize, Vec<(usize, usize)>) {
        let mut skipped = Vec::new();
        let floor = first.saturating_sub(WINDOW);
        let mut j = first;
        while j > floor {
            let k = j - 1;
            let w = self.toks[k].lower;
            // A relative clause closed by a comma before the cue, or a parenthetical right
            // before it (`Peru, when asked about the attack, said`): skip over it.
            if w == "," && k > 0 {
                if let Some(open) = self
                    .relative_clause_opening(k)
                    .or_else(|| self.parenthetical_opening(k, first))
                {
                    skipped.push((open, k + 1));
                    j = open;
                    continue;
                }
            }
            if self.word_is("stops", k) || self.word_is("pronouns", k) {
                return (j, skipped);
            }
            j -= 1;
        }
        (j, skipped)
    }

    /// If token `close` (a comma) closes a parenthetical that stands right before the cue at
    /// `first` (only [pre-verb] words between) and opens with a participle, alone or after a
    /// stop word (`Peru, asked about the attack, said`, `Bush, speaking at a press conference,
    /// said`, `Biden, when asked, said`, `Perú, consultado por la prensa, dijo`), the token of
    /// its opening comma: the subject is before it. A stop word alone opens a clause of its own
    /// (`…, but beekeepers appealed the decision, claiming`, `…, pero no causó daños, informó`);
    /// a capitalised word is a name (`One of the companies, NewFishing Australia, estimates`).
    fn parenthetical_opening(&self, close: usize, first: usize) -> Option<usize> {
        let tail_ok = (close + 1..first)
            .all(|j| self.toks[j].is_word && self.lang.tok_is("pre-verb", &self.toks[j]));
        if !tail_ok {
            return None;
        }
        let open = (close.saturating_sub(9)..close)
            .rev()
            .find(|&j| self.toks[j].lower == ",")?;
        let participle = |j: usize| {
            let t = &self.toks[j];
            j < close
                && t.is_word
                && !t.text(self.text).starts_with(char::is_uppercase)
                && (has_ending(t.lower, &GERUND_ENDINGS, 3)
                    || has_ending(t.lower, &PARTICIPLE_ENDINGS, 3))
        };
        let opener = open + 1;
        // `Juan Pérez, enviado especial de la ONU, dijo`, `X, abogado de Repsol, said`: a
        // parenthetical with a speaker's link may name the body the speaker stands for (SPEC
        // §6): it stays in the search.
        let names_body = (opener..close).any(|j| self.word_is("agent-link", j));
        let opens = participle(opener) || (self.word_is("stops", opener) && participle(opener + 1));
        (opens && !names_body).then_some(open)
    }

    /// If token `close` (a comma) closes a relative clause `, que … ,`, the token of its opening comma.
    fn relative_clause_opening(&self, close: usize) -> Option<usize> {
        let open = (close.saturating_sub(WINDOW)..close)
            .rev()
            .find(|&j| self.toks[j].lower == ",")?;
        // The (at most two) words after the opening comma, before the closing one.
        let (a, b) = (open + 1, open + 2);
        let starts_relative = (a < close && self.word_is("relative", a))
            || (b < close && self.word_is("relative", b) && self.word(a).len() <= 3);
        starts_relative.then_some(open)
    }

    /// The mention group nearest before the cue in its clause; after a pronoun subject or a
    /// bare title there is none. `Taiwan, which described`: the antecedent of the relative.
    fn subject(
        &self,
        start: usize,
        first: usize,
        skipped: &[(usize, usize)],
        groups: &[Vec<usize>],
    ) -> Vec<usize> {
        // `X issued a statement on Monday, holding China responsible`: a participle after a
        // comma has the subject of the clause it hangs from, its first group.
        if self.gerund_after_comma(first) {
            return groups
                .first()
                .filter(|g| !self.is_complement(g))
                .map(|g| self.members(g))
                .unwrap_or_default();
        }
        if let Some(g) = groups.last() {
            // `The EU did not accuse Beijing directly, officials said`: a group that a comma and
            // other words separate from the cue is not its subject (`la Casa Blanca, dijo` is).
            let end = self.tok_at(self.mentions[*g.last().unwrap_or(&0)].1.end);
            let between: Vec<usize> = (end..first)
                .filter(|j| !skipped.iter().any(|&(a, b)| (a..b).contains(j)))
                .collect();
            let comma = between.iter().any(|&j| self.toks[j].lower == ",");
            // `Taiwan, which described`: a relative pronoun is not a word in the way.
            let words = between
                .iter()
                .any(|&j| self.toks[j].is_word && !self.lang.tok_is("relative", &self.toks[j]));
            if (comma && words) || self.is_complement(g) {
                return self.apposition_subject(groups, first, skipped);
            }
            return self.members(g);
        }
        if start > 1 && self.word_is("relative", start - 1) && self.word(start - 2) == "," {
            let ante = self.groups(self.clause_start(start - 2).0, start - 2);
            if let Some(g) = ante.last() {
                return self.members(g);
            }
        }
        Vec::new()
    }

    /// `Steve Jobs, CEO de Apple, también anunció`, `Flynn, a top Trump surrogate, said`: a group
    /// followed by an apposition between two commas (at most eight tokens), then the verb (with
    /// only adverbs or auxiliaries between), is the subject.
    fn apposition_subject(
        &self,
        groups: &[Vec<usize>],
        first: usize,
        skipped: &[(usize, usize)],
    ) -> Vec<usize> {
        for g in groups.iter().rev() {
            let end = self.tok_at(self.mentions[*g.last().unwrap_or(&0)].1.end);
            if self.word(end) != "," || skipped.iter().any(|&(a, b)| (a..b).contains(&end)) {
                continue;
            }
            let Some(close) = (end + 1..first).find(|&j| self.toks[j].lower == ",") else {
                continue;
            };
            let tail_ok = (close + 1..first)
                .all(|j| self.toks[j].is_word && self.lang.tok_is("pre-verb", &self.toks[j]));
            // `En cuanto a Italia, específicamente, ha declarado`: the object of a preposition
            // is no subject.
            let start = self.tok_at(self.mentions[g[0]].1.start);
            // (`A spokesman for the Foreign Ministry, asked …, said`: a speaker noun's body is.)
            let governed = self
                .words_before(start)
                .map(|(_, w)| w)
                .find(|w| !self.lang.is("determiners", w) || self.lang.is("prepositions", w))
                .is_some_and(|w| self.lang.is("prepositions", w))
                && !self.after_speaker_noun(g);
            if tail_ok && close - end <= 9 && !governed && !self.is_complement(g) {
                return self.members(g);
            }
        }
        Vec::new()
    }

    /// A group that complements a noun which cannot speak (`las actividades de la República
    /// Popular China`) is not a subject; after a speaker noun (`el gobierno de Joe Biden`, `a
    /// senior official from the Biden administration`) it is.
    fn is_complement(&self, group: &[usize]) -> bool {
        self.after_agent_link(group) == Some(false)
    }

    /// Does `group` follow a speaker noun and its link (`a spokesman for the Foreign Ministry`,
    /// `el portavoz del Ministerio`)?
    fn after_speaker_noun(&self, group: &[usize]) -> bool {
        self.after_agent_link(group) == Some(true)
    }

    /// For a group right after an [agent-link] word (determiners aside): whether a speaker noun
    /// stands within three words before the link; `None` when no link is there.
    fn after_agent_link(&self, group: &[usize]) -> Option<bool> {
        let first = self.tok_at(self.mentions[group[0]].1.start);
        let mut words = self
            .words_before(first)
            .map(|(_, w)| w)
            .skip_while(|w| self.lang.is("determiners", w) && !self.lang.is("agent-link", w));
        match words.next() {
            // `el ministro de Exteriores de España`: the speaker noun may be a few words back,
            // four with a ministry's name (`el Ministro de Relaciones Exteriores de Chile`, `the
            // Minister for Foreign Affairs of Chile`).
            Some(link) if self.lang.is("agent-link", link) => {
                Some(words.take(4).any(|noun| self.lang.is("agent-nouns", noun)))
            }
            _ => None,
        }
    }

    /// End of the content that a sentence-final cue follows: the start of its source group or
    /// the comma before it.
    fn clause_content_end(&self, first: usize) -> usize {
        (first.saturating_sub(WINDOW)..first)
            .rev()
            .find(|&j| self.toks[j].lower == ",")
            .unwrap_or(first)
    }

    fn statement_target(
        &self,
        after: usize,
        end: usize,
        quote: Option<Span>,
        content_first: bool,
        cue: &Cue,
    ) -> Vec<usize> {
        let (a, b) = match quote {
            Some(q) if q.end <= self.sentence.start || q.start >= self.sentence.end => {
                return Vec::new()
            }
            Some(q) => (self.tok_at(q.start), self.tok_at(q.end)),
            // Content before the cue runs back to the start of the sentence, often through
            // framing (`Por otro lado, un portavoz …, al que se le preguntó sobre …, dijo …`):
            // only its main mention.
            None if content_first => {
                return self.main_mention(0, self.clause_content_end(cue.first));
            }
            // Content after the cue: up to the next cue, within a window.
            None => (after, end.min(after + WINDOW)),
        };
        // `In response to critics saying that Apple had not …, Jobs said`: a group after a comma
        // right before the next cue is that cue's subject, a new clause, not this content.
        let b = match self.groups(a, b).last() {
            Some(g) if b == end && b < self.toks.len() => {
                let first = self.tok_at(self.mentions[g[0]].1.start);
                let last_end = self.mentions[*g.last().expect("groups are not empty")]
                    .1
                    .end;
                let touches = self.tok_at(last_end) == b;
                if touches && first > a && self.toks[first - 1].lower == "," {
                    first - 1
                } else {
                    b
                }
            }
            _ => b,
        };
        if cue.source_follows && quote.is_none() {
            // `según el Gobierno de México, Estados Unidos …`: the content follows the source
            // and its comma.
            if let Some(comma) = (a..b).find(|&j| self.toks[j].lower == ",") {
                return self.content_mentions(comma + 1, b);
            }
        }
        self.content_mentions(a, b)
    }

    /// The entities a reported content names, each once, as the MEANTIME gold reads a
    /// statement's target (`the landing was a milestone not only for SIA, but also for Changi
    /// Airport` → both; `QuickTime 7 would be available for Windows` → both): left out are the
    /// units of amounts, possessors standing before what they possess (`China’s Ministry of
    /// State Security` → the ministry), the standard of a comparison (`China is worse than
    /// Russia` → China), and demonyms when a name is there. When nothing is left, the main
    /// mention.
    fn content_mentions(&self, a: usize, b: usize) -> Vec<usize> {
        let kept: Vec<usize> = self
            .groups(a.max(b.saturating_sub(WINDOW)), b)
            .iter()
            .flatten()
            .copied()
            .filter(|&k| !self.amount_unit(k) && self.skip_possessor(&[k]) == [k])
            .filter(|&k| {
                let t = self.tok_at(self.mentions[k].1.start);
                !(t > 0 && self.word_is("comparison", t - 1))
            })
            .collect();
        let named = kept.iter().any(|&k| self.mentions[k].2 != EntityType::Norp);
        let mut out: Vec<usize> = Vec::new();
        for &k in &kept {
            let m = self.mentions[k].0;
            if (!named || self.mentions[k].2 != EntityType::Norp) && !self.same_entity(m, &out) {
                out.push(m);
            }
        }
        if !named {
            // Demonyms only: the first, as `main_mention` takes it.
            out.truncate(1);
        }
        if out.is_empty() {
            return self.main_mention(a, b);
        }
        out
    }

    /// The mention a stretch of text is mainly about: the first that is not a demonym and not a
    /// possessor (`China’s Ministry` → the ministry), else the first demonym.
    fn main_mention(&self, a: usize, b: usize) -> Vec<usize> {
        let groups = self.groups(a.max(b.saturating_sub(WINDOW)), b);
        let all: Vec<usize> = groups
            .iter()
            .flatten()
            .copied()
            .filter(|&k| !self.amount_unit(k))
            .collect();
        let pick = all
            .iter()
            .find(|&&k| self.mentions[k].2 != EntityType::Norp && self.skip_possessor(&[k]) == [k])
            .or_else(|| all.first());
        pick.map(|&k| vec![self.mentions[k].0]).unwrap_or_default()
    }

    /// Is document mention `m` of the same entity as one of the document mentions `of`?
    fn same_entity(&self, m: usize, of: &[usize]) -> bool {
        let entity = &self.doc_mentions[m].entity;
        of.iter().any(|&s| self.doc_mentions[s].entity == *entity)
    }

    /// A product mention that is the unit of an amount (`US$6 billion`, `USD 7,500`, `a few
    /// hundred million US dollars`, `4.800 millones de US$`): what the amount is counted in, not
    /// what a statement is about.
    fn amount_unit(&self, k: usize) -> bool {
        let span = self.mentions[k].1;
        if self.mentions[k].2 != EntityType::Product {
            return false;
        }
        let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
        if digit(self.text[span.end..].trim_start_matches(' ')) {
            return true;
        }
        self.words_before(self.tok_at(span.start))
            .find(|&(j, _)| !self.word_is("amount-links", j))
            .is_some_and(|(j, w)| digit(w) || self.word_is("amount-words", j))
    }

    fn negated(&self, first: usize) -> bool {
        let mut seen = 0;
        for j in (0..first).rev() {
            let t = &self.toks[j];
            if !t.is_word {
                continue;
            }
            if self.lang.tok_is("negation", t)
                || (t.lower == "t" && j > 0 && self.is_apostrophe(j - 1))
            {
                return true;
            }
            if !(self.lang.tok_is("perfect", t)
                || self.lang.tok_is("passive", t)
                || matches!(t.lower, "did" | "does" | "do" | "has" | "have" | "had"))
            {
                seen += 1;
            }
            if seen >= 1 {
                return false;
            }
        }
        false
    }
}
