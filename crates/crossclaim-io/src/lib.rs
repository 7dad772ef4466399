//! Reading documents for crossclaim.
//!
//! An input is a `.txt` file (one document; its id is the file stem), a `.jsonl` file (one
//! document per line: `{"id": …, "text": …}` with optional `lang`, `title`, `url`, `published`,
//! `source`), a directory of those (in name order, not recursive), or `-` for JSONL on standard
//! input. [`Inputs`] streams them: it holds one document at a time, and every document becomes
//! exactly one [`Item`] in input order, a document or an error with a kind and a message
//! (SPEC §7). Reading never panics, and one bad document never stops the stream.
//!
//! ```
//! use crossclaim_io::{Inputs, Item};
//!
//! let dir = std::env::temp_dir().join(format!("crossclaim-io-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("a.jsonl"), "{\"id\": \"x\", \"text\": \"Hola\"}\nnot json\n").unwrap();
//! let items: Vec<Item> = Inputs::new(vec![dir.join("a.jsonl")]).collect();
//! assert!(matches!(&items[0], Item::Doc(d) if d.id == "x"));
//! assert!(matches!(&items[1], Item::Error(e) if e.kind == "malformed_json"));
//! ```
//!
//! # Error kinds
//!
//! | kind | when | `doc_id` |
//! |---|---|---|
//! | `unreadable` | the file cannot be opened or read (I/O error) | file stem, or `stem:line` |
//! | `invalid_utf8` | the bytes are not UTF-8 (Latin-1, UTF-16, truncated sequences), or a JSON string holds a lone UTF-16 surrogate escape (`"\ud800"`), which is not a character | the document's id when it can still be read, else `stem:line` |
//! | `binary` | NUL bytes, or more than 10 % control characters, in the first 8 KiB | the id |
//! | `too_large` | the document (or its JSONL line) is over the size limit | the id, or `stem:line` |
//! | `malformed_json` | a JSONL line that is not one JSON object (truncated, trailing text, an array, a duplicate key, a field of the wrong type) | `stem:line` |
//! | `missing_field` | no `id` (or an empty one, or one that is not a string or number), no `text` (or one that is not a string) | the id when there is one, else `stem:line` |
//! | `empty_text` | the text is empty, or only white space and invisible characters (zero-width, direction marks, BOM, soft hyphens, control characters) | the id |
//! | `duplicate_id` | the id was already used by an earlier record of the same run | the id |
//!
//! `stem:line` locations count every line of the file from 1, blank ones included; blank lines
//! are skipped and give no record.
//!
//! # Duplicate ids
//!
//! Document ids key everything downstream (claim ids are `<doc_id>#<n>`), so they must be unique
//! within a run. The first record that carries an id (a document or an error about it) keeps it;
//! every later document with the same id (an equal string, or a number equal to that string,
//! `7` and `"7"`) becomes a `duplicate_id` error record whose message names the earlier record
//! (its 1-based position in the document stream) and where the duplicate is. Two `.txt` files
//! with the same stem in different directories are duplicates too. This is the only state that
//! grows with the number of documents: a 128-bit fingerprint and a record number, about 40 bytes
//! per document.
//!
//! # Encoding
//!
//! Input is UTF-8. A byte-order mark (`EF BB BF`) at the start of a file is not part of the text
//! and is dropped (so offsets count from the first character after it). Text is never
//! normalised: NFD accents, zero-width characters and direction marks stay as they are and
//! offsets point into the text exactly as read (after JSON decoding).
//!
//! # Size limit
//!
//! A document (a `.txt` file, or a JSONL line) over [`DEFAULT_MAX_BYTES`] is a `too_large` error;
//! the environment variable `CROSSCLAIM_MAX_DOC_BYTES` ([`MAX_BYTES_ENV`]) sets another limit in
//! bytes. An oversized JSONL line is skipped without being held in memory.

use std::collections::hash_map::{DefaultHasher, Entry};
use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crossclaim_core::{DocMeta, Lang};
use serde::Deserialize;

mod fast_json;

/// Documents larger than this are refused with a `too_large` error (the default of [`Inputs`]).
pub const DEFAULT_MAX_BYTES: usize = 512 * 1024 * 1024;

/// The environment variable that overrides [`DEFAULT_MAX_BYTES`] (a number of bytes).
pub const MAX_BYTES_ENV: &str = "CROSSCLAIM_MAX_DOC_BYTES";

/// The error kinds of [`InputError::kind`] (see the table in the crate docs).
pub mod kind {
    pub const UNREADABLE: &str = "unreadable";
    pub const INVALID_UTF8: &str = "invalid_utf8";
    pub const BINARY: &str = "binary";
    pub const TOO_LARGE: &str = "too_large";
    pub const MALFORMED_JSON: &str = "malformed_json";
    pub const MISSING_FIELD: &str = "missing_field";
    pub const EMPTY_TEXT: &str = "empty_text";
    pub const DUPLICATE_ID: &str = "duplicate_id";
}

/// A JSONL buffer that grew past this for one long line is released after that line.
const KEEP_BUFFER: usize = 4 * 1024 * 1024;

/// A document as read, before any stage.
#[derive(Clone, Debug, PartialEq)]
pub struct RawDoc {
    pub id: String,
    pub text: String,
    /// `en` or `es` given in the input (trusted); other values are ignored and detection runs.
    pub lang: Option<Lang>,
    pub meta: DocMeta,
}

/// A document that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct InputError {
    pub doc_id: String,
    pub kind: &'static str,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Doc(RawDoc),
    Error(InputError),
}

impl Item {
    /// The id the record of this item carries.
    pub fn doc_id(&self) -> &str {
        match self {
            Item::Doc(d) => &d.id,
            Item::Error(e) => &e.doc_id,
        }
    }
}

/// An input path that cannot be read at all (a usage error: exit code 2).
#[derive(Debug)]
pub struct UnreadableInput {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for UnreadableInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// Expands directories and checks that every input exists, before any work.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, UnreadableInput> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(p.clone());
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| UnreadableInput {
            path: p.clone(),
            message: e.to_string(),
        })?;
        if meta.is_dir() {
            let entries = std::fs::read_dir(p).map_err(|e| UnreadableInput {
                path: p.clone(),
                message: e.to_string(),
            })?;
            let mut files: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    f.is_file()
                        && matches!(
                            f.extension().and_then(|x| x.to_str()),
                            Some("txt" | "jsonl")
                        )
                })
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// The size limit: `$CROSSCLAIM_MAX_DOC_BYTES` when it is a number, else [`DEFAULT_MAX_BYTES`].
pub fn max_bytes_from_env() -> usize {
    std::env::var(MAX_BYTES_ENV)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(DEFAULT_MAX_BYTES)
}

struct Lines {
    reader: Box<dyn BufRead + Send>,
    /// For `doc_id`s of errors that have no id: the file stem (`stdin` for standard input).
    stem: Arc<str>,
    /// For messages: the path as given.
    shown: Arc<str>,
    line: usize,
}

/// Where a document came from: a `stem:line` id for errors without an id (see [`At::id`]),
/// and `path:line` for messages (its `Display`). Nothing is formatted until an error or a
/// duplicate needs it: formatting both for every line cost about 1,700 instructions a line.
#[derive(Clone)]
struct At {
    stem: Arc<str>,
    shown: Arc<str>,
    line: usize,
}

impl At {
    fn id(&self) -> String {
        format!("{}:{}", self.stem, self.line)
    }
}

impl std::fmt::Display for At {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.shown, self.line)
    }
}

/// Where an item whose `doc_id` is its document's own id came from, for the message of a
/// duplicate: a `.txt` file, or a line of a JSONL input.
enum Place {
    File(String),
    Line(At),
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::File(shown) => f.write_str(shown),
            Place::Line(at) => at.fmt(f),
        }
    }
}

/// A stream of input items over files (already expanded by [`expand`]), in input order.
pub struct Inputs {
    pending: VecDeque<PathBuf>,
    current: Option<Lines>,
    max_bytes: usize,
    buf: Vec<u8>,
    /// Fingerprints of the ids seen so far, with the 1-based number of their first record.
    seen: HashMap<u128, u64>,
    records: u64,
}

impl Inputs {
    /// Reads these files (`-` is JSONL on standard input), with the size limit of
    /// [`max_bytes_from_env`].
    pub fn new(files: Vec<PathBuf>) -> Self {
        Inputs {
            pending: files.into(),
            current: None,
            max_bytes: max_bytes_from_env(),
            buf: Vec::new(),
            seen: HashMap::new(),
            records: 0,
        }
    }

    /// Reads JSONL from any reader; `name` stands for the file in error ids and messages.
    pub fn from_reader(reader: impl BufRead + Send + 'static, name: &str) -> Self {
        let mut inputs = Inputs::new(Vec::new());
        inputs.current = Some(Lines {
            reader: Box::new(reader),
            stem: name.into(),
            shown: name.into(),
            line: 0,
        });
        inputs
    }

    pub fn with_max_bytes(mut self, max: usize) -> Self {
        self.max_bytes = max;
        self
    }

    /// Opens the next path: a `.txt` file gives its item at once, JSONL becomes the current
    /// source.
    fn open(&mut self, path: PathBuf) -> Option<(Item, Option<Place>)> {
        if path.as_os_str() == "-" {
            self.current = Some(Lines {
                reader: Box::new(BufReader::with_capacity(1 << 16, std::io::stdin())),
                stem: "stdin".into(),
                shown: "stdin".into(),
                line: 0,
            });
            return None;
        }
        let stem = path
            .file_stem()
            .map_or_else(|| "input".to_owned(), |s| s.to_string_lossy().into_owned());
        let shown = path.display().to_string();
        let is_jsonl = path.extension().is_some_and(|x| x == "jsonl");
        let file = match File::open(&path) {
            Ok(f) => f,
            Err(e) => return Some((error(stem, kind::UNREADABLE, format!("{shown}: {e}")), None)),
        };
        if is_jsonl {
            self.current = Some(Lines {
                reader: Box::new(BufReader::with_capacity(1 << 16, file)),
                stem: stem.into(),
                shown: shown.into(),
                line: 0,
            });
            return None;
        }
        let item = match read_limited(file, self.max_bytes) {
            Ok(bytes) => txt_item(stem, bytes, self.max_bytes),
            Err(e) => error(stem, kind::UNREADABLE, format!("{shown}: {e}")),
        };
        Some((item, Some(Place::File(shown))))
    }

    /// The next item before the duplicate check, and where it is when its `doc_id` is the
    /// document's own id (errors without an id are not checked).
    fn next_raw(&mut self) -> Option<(Item, Option<Place>)> {
        loop {
            if let Some(src) = &mut self.current {
                self.buf.clear();
                let limit = (self.max_bytes as u64).saturating_add(64 * 1024);
                let read = read_line(src.reader.as_mut(), &mut self.buf, limit);
                let out = match read {
                    Ok(0) => {
                        self.current = None;
                        continue;
                    }
                    Ok(_) => {
                        src.line += 1;
                        let at = At {
                            stem: Arc::clone(&src.stem),
                            shown: Arc::clone(&src.shown),
                            line: src.line,
                        };
                        if self.buf.len() as u64 >= limit && !self.buf.ends_with(b"\n") {
                            let mut msg = format!(
                                "{at}: a line longer than {} bytes (the limit of one document)",
                                self.max_bytes
                            );
                            if let Err(e) = skip_line(src.reader.as_mut()) {
                                msg.push_str(&format!("; then {e}: the rest is not read"));
                                self.current = None;
                            }
                            Some((error(at.id(), kind::TOO_LARGE, msg), None))
                        } else {
                            let mut content = trim_newline(&self.buf);
                            if src.line == 1 {
                                content = content.strip_prefix(BOM).unwrap_or(content);
                            }
                            if content.iter().all(u8::is_ascii_whitespace) {
                                None
                            } else {
                                let (item, own) = jsonl_item(content, &at, self.max_bytes);
                                Some((item, own.then_some(Place::Line(at))))
                            }
                        }
                    }
                    Err(e) => {
                        let at = format!("{}:{}", src.stem, src.line + 1);
                        let shown = format!("{}:{}", src.shown, src.line + 1);
                        self.current = None;
                        Some((
                            error(
                                at,
                                kind::UNREADABLE,
                                format!("{shown}: {e}; the rest of this input is not read"),
                            ),
                            None,
                        ))
                    }
                };
                if self.buf.capacity() > KEEP_BUFFER {
                    self.buf = Vec::new();
                }
                match out {
                    Some(x) => return Some(x),
                    None => continue,
                }
            }
            let path = self.pending.pop_front()?;
            if let Some(x) = self.open(path) {
                return Some(x);
            }
        }
    }

    /// Turns a document whose id was already used into a `duplicate_id` error.
    fn dedupe(&mut self, item: Item, at: &Place) -> Item {
        let id = item.doc_id();
        match self.seen.entry(fingerprint(id)) {
            Entry::Occupied(first) => error(
                id.to_owned(),
                kind::DUPLICATE_ID,
                format!(
                    "{at}: the id {id:?} was already used by record {} of this run; \
                     this document is not processed (ids must be unique)",
                    first.get()
                ),
            ),
            Entry::Vacant(v) => {
                v.insert(self.records);
                item
            }
        }
    }
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let (item, own) = self.next_raw()?;
        self.records += 1;
        Some(match own {
            Some(at) => self.dedupe(item, &at),
            None => item,
        })
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A 128-bit fingerprint of an id (two SipHash values with fixed keys: deterministic).
fn fingerprint(id: &str) -> u128 {
    let half = |salt: u8| {
        let mut h = DefaultHasher::new();
        salt.hash(&mut h);
        id.hash(&mut h);
        h.finish()
    };
    (u128::from(half(0)) << 64) | u128::from(half(1))
}

/// Appends the next line of `reader`, its `\n` included, to `buf`, reading at most `limit`
/// bytes; returns how many were read (0 at the end). The same as
/// `reader.take(limit).read_until(b'\n', buf)`, with the newline found by [`find_newline`]:
/// std's search took about one instruction a byte.
fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>, limit: u64) -> std::io::Result<usize> {
    let mut read = 0;
    let mut left = limit;
    while left > 0 {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let available = &available[..available
            .len()
            .min(usize::try_from(left).unwrap_or(usize::MAX))];
        let (done, used) = match find_newline(available) {
            Some(i) => (true, i + 1),
            None => (false, available.len()),
        };
        buf.extend_from_slice(&available[..used]);
        reader.consume(used);
        read += used;
        left -= used as u64;
        if done || used == 0 {
            break;
        }
    }
    Ok(read)
}

/// The position of the first `\n` in `b`. Thirty-two bytes without one are passed over at
/// once: `has_zero` is non-zero exactly when a byte of its word is zero (a borrow starts only
/// at a zero byte), and a byte of `word ^ 0x0A0A…` is zero where the byte is `\n`.
fn find_newline(b: &[u8]) -> Option<usize> {
    use crossclaim_core::words::{below, load8, ONES};
    let nl = |c: &[u8]| below(load8(c) ^ (ONES * 0x0A), 1);
    let mut i = 0;
    while let Some(w) = b.get(i..i + 32) {
        if nl(&w[..8]) | nl(&w[8..16]) | nl(&w[16..24]) | nl(&w[24..]) != 0 {
            break;
        }
        i += 32;
    }
    b[i..].iter().position(|&c| c == b'\n').map(|k| i + k)
}

/// Skips the rest of a line without holding it in memory.
fn skip_line(reader: &mut dyn BufRead) -> std::io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(i) = buf.iter().position(|&b| b == b'\n') {
            reader.consume(i + 1);
            return Ok(());
        }
        let n = buf.len();
        reader.consume(n);
    }
}

fn trim_newline(b: &[u8]) -> &[u8] {
    let b = b.strip_suffix(b"\n").unwrap_or(b);
    b.strip_suffix(b"\r").unwrap_or(b)
}

fn error(doc_id: String, kind: &'static str, message: String) -> Item {
    Item::Error(InputError {
        doc_id,
        kind,
        message,
    })
}

/// Reads at most `max + 1` bytes, allocating once for a regular file.
fn read_limited(file: File, max: usize) -> std::io::Result<Vec<u8>> {
    let size = file.metadata().map_or(0, |m| m.len());
    let cap = usize::try_from(size).unwrap_or(usize::MAX).min(max) + 1;
    let mut bytes = Vec::with_capacity(cap);
    file.take(max as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The item of a `.txt` document: its bytes (at most `max`, else `too_large`) as UTF-8 text.
pub fn txt_item(id: String, mut bytes: Vec<u8>, max: usize) -> Item {
    if bytes.len() > max {
        return error(
            id,
            kind::TOO_LARGE,
            format!("more than {max} bytes (the limit of one document)"),
        );
    }
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    match String::from_utf8(bytes) {
        Ok(text) => checked(RawDoc {
            id,
            text,
            lang: None,
            meta: DocMeta::default(),
        }),
        Err(e) => {
            let bytes = e.as_bytes();
            if let Some(which) = utf16_bom(bytes) {
                return error(
                    id,
                    kind::INVALID_UTF8,
                    format!("{which} text (byte-order mark); crossclaim reads UTF-8 only"),
                );
            }
            if looks_binary(bytes) {
                return error(id, kind::BINARY, BINARY_MESSAGE.into());
            }
            error(
                id,
                kind::INVALID_UTF8,
                not_utf8(bytes, e.utf8_error().valid_up_to(), ""),
            )
        }
    }
}

fn utf16_bom(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\xFF\xFE") {
        Some("UTF-16LE")
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some("UTF-16BE")
    } else {
        None
    }
}

fn not_utf8(bytes: &[u8], at: usize, of: &str) -> String {
    let b = bytes.get(at).copied().unwrap_or(0);
    format!(
        "invalid UTF-8 at byte {at}{of} (0x{b:02X}); the input must be UTF-8 \
         (Latin-1 or Windows-1252 text must be converted)"
    )
}

const BINARY_MESSAGE: &str =
    "binary data, not text (NUL bytes or many control characters in the first 8 KiB)";

#[derive(Deserialize, Default, Debug, PartialEq)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    lang: Option<String>,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    source: Option<String>,
}

/// Only the id, to name a document whose text cannot be read.
#[derive(Deserialize)]
struct JsonId {
    id: Option<serde_json::Value>,
}

/// The item of one JSONL line (without its newline), and whether its `doc_id` is the document's
/// own id. `at` names the line.
fn jsonl_item(line: &[u8], at: &At, max: usize) -> (Item, bool) {
    jsonl_item_reading(line, at, max, fast_json::parse)
}

/// [`jsonl_item`], with the lines of the common shape read by `fast` (`None`: read with
/// serde_json, which reads every other line and gives every error).
fn jsonl_item_reading(
    line: &[u8],
    at: &At,
    max: usize,
    fast: fn(&str) -> Option<fast_json::Parsed>,
) -> (Item, bool) {
    if line.len() > max {
        let msg = format!("{}: more than {max} bytes (the limit of one document)", at);
        return (error(at.id(), kind::TOO_LARGE, msg), false);
    }
    let text = match std::str::from_utf8(line) {
        Ok(t) => t,
        Err(e) => {
            let msg = not_utf8(line, e.valid_up_to(), &format!(" of {}", at));
            return id_or_location(&String::from_utf8_lossy(line), at, kind::INVALID_UTF8, msg);
        }
    };
    if !text.trim_start().starts_with('{') {
        let msg = format!(
            "{}: not a JSON object; each line must be {{\"id\": …, \"text\": …}}",
            at
        );
        return (error(at.id(), kind::MALFORMED_JSON, msg), false);
    }
    let (read, may_be_binary) = match fast(text) {
        Some(f) => (Ok(f.doc), !f.text_without_controls),
        None => (serde_json::from_str(text), true),
    };
    let doc: JsonDoc = match read {
        Ok(d) => d,
        Err(e) => {
            if let Some((code, pos, repaired)) = lone_surrogate(text) {
                let msg = format!(
                    "{}: the JSON string escape \\u{code:04x} at byte {pos} is a lone UTF-16 \
                     surrogate, not a character; the text has no UTF-8 form",
                    at
                );
                return id_or_location(&repaired, at, kind::INVALID_UTF8, msg);
            }
            let msg = format!("{}: {}", at, json_message(&e));
            return (error(at.id(), kind::MALFORMED_JSON, msg), false);
        }
    };
    let id = match id_of(doc.id) {
        Ok(id) => id,
        Err(why) => {
            let msg = format!("{}: {why}", at);
            return (error(at.id(), kind::MISSING_FIELD, msg), false);
        }
    };
    let text = match doc.text {
        Some(serde_json::Value::String(s)) => s,
        None | Some(serde_json::Value::Null) => {
            let msg = format!("{}: no \"text\"", at);
            return (error(id, kind::MISSING_FIELD, msg), true);
        }
        Some(other) => {
            let msg = format!(
                "{}: \"text\" must be a string, not {}",
                at,
                json_type(&other)
            );
            return (error(id, kind::MISSING_FIELD, msg), true);
        }
    };
    let lang = doc
        .lang
        .as_deref()
        .and_then(Lang::from_code)
        .filter(|l| *l != Lang::Und);
    let meta = DocMeta {
        title: doc.title,
        url: doc.url,
        published: doc.published,
        source: doc.source,
    };
    let doc = RawDoc {
        id,
        text,
        lang,
        meta,
    };
    (checked_if(doc, may_be_binary), true)
}

/// A JSON `id` as a string: a non-empty string, or a number.
fn id_of(v: Option<serde_json::Value>) -> Result<String, String> {
    match v {
        None | Some(serde_json::Value::Null) => Err("no \"id\"".into()),
        Some(v) => id_string(v),
    }
}

fn id_string(v: serde_json::Value) -> Result<String, String> {
    match v {
        serde_json::Value::String(s) if !s.trim().is_empty() => Ok(s),
        serde_json::Value::String(_) => Err("\"id\" is empty".into()),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        other => Err(format!(
            "\"id\" must be a non-empty string or a number, not {}",
            json_type(&other)
        )),
    }
}

fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// serde_json's message with "line 1" left out (a JSONL line is one line).
fn json_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(&suffix) {
        Some(m) if e.line() == 1 => format!("{m} at column {}", e.column()),
        _ => full,
    }
}

/// An error about a line whose text cannot be used: under the document's id when the rest of
/// the line still names it, else under the line's location.
fn id_or_location(readable: &str, at: &At, kind: &'static str, msg: String) -> (Item, bool) {
    match serde_json::from_str::<JsonId>(readable)
        .ok()
        .and_then(|d| id_of(d.id).ok())
    {
        Some(id) => (error(id, kind, msg), true),
        None => (error(at.id(), kind, msg), false),
    }
}

/// The first `\uXXXX` escape in `json` that is a lone UTF-16 surrogate: its code, its byte
/// position, and the line with every lone surrogate replaced by `\ufffd` (to read the id).
fn lone_surrogate(json: &str) -> Option<(u16, usize, String)> {
    let b = json.as_bytes();
    let hex = |at: usize| -> Option<u16> {
        let s = json.get(at..at + 4)?;
        u16::from_str_radix(s, 16).ok()
    };
    let escape_at = |at: usize| -> Option<u16> {
        (b.get(at) == Some(&b'\\') && b.get(at + 1) == Some(&b'u'))
            .then(|| hex(at + 2))
            .flatten()
    };
    let mut first = None;
    let mut repaired = String::with_capacity(json.len());
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(code) = escape_at(i) else {
            i += 2; // another escape (`\\`, `\"`, …): skip the escaped char
            continue;
        };
        let lone = match code {
            0xD800..=0xDBFF => match escape_at(i + 6) {
                Some(0xDC00..=0xDFFF) => {
                    i += 12; // a proper pair
                    continue;
                }
                _ => true,
            },
            0xDC00..=0xDFFF => true,
            _ => false,
        };
        if lone {
            first.get_or_insert((code, i));
            repaired.push_str(&json[copied..i]);
            repaired.push_str("\\ufffd");
            copied = i + 6;
        }
        i += 6;
    }
    let (code, pos) = first?;
    repaired.push_str(json.get(copied..).unwrap_or(""));
    Some((code, pos, repaired))
}

/// Documents that are read but cannot be processed: empty or invisible text, binary data.
fn checked(doc: RawDoc) -> Item {
    checked_if(doc, true)
}

/// [`checked`], with the test for binary data left out when the text cannot be binary.
fn checked_if(doc: RawDoc, may_be_binary: bool) -> Item {
    if doc.text.chars().all(invisible) {
        let what = if doc.text.is_empty() {
            "the text is empty"
        } else {
            "the text has only white space or invisible characters"
        };
        return error(doc.id, kind::EMPTY_TEXT, what.into());
    }
    if may_be_binary && looks_binary(doc.text.as_bytes()) {
        return error(doc.id, kind::BINARY, BINARY_MESSAGE.into());
    }
    Item::Doc(doc)
}

/// White space, control characters and the default-ignorable characters that show nothing
/// (zero-width spaces and joiners, direction marks and embeddings, BOM, soft hyphen, variation
/// selectors).
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFF8}'
        )
}

/// NUL bytes, or many control characters, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let (nul, control) = binary_counts(head);
    nul > 0 || control * 10 > head.len().max(1)
}

/// The NUL bytes and the control characters (below 0x20, but not `\n` `\r` `\t` `\x0c`) of
/// `head`: [`binary_counts_plain`], with thirty-two bytes that hold no byte below 0x20 (nearly
/// all of a text) passed over at once. Bit 7 of each byte of `below_0x20(x)` is set exactly
/// for the bytes of `x` below 0x20 (no carry crosses bytes: `(b & 0x7F) + 0x60` stays below
/// 0x100), and bytes that hold none are no NUL and no control character; a group of eight
/// that holds one is counted by the plain loop.
fn binary_counts(head: &[u8]) -> (usize, usize) {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below_0x20 = |x: u64| !(((x & LOW7) + 0x6060_6060_6060_6060) | x) & HIGH;
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().expect("eight bytes"));
    let (mut nul, mut control) = (0, 0);
    let mut blocks = head.chunks_exact(32);
    for block in &mut blocks {
        let any = below_0x20(word(&block[..8]))
            | below_0x20(word(&block[8..16]))
            | below_0x20(word(&block[16..24]))
            | below_0x20(word(&block[24..]));
        if any != 0 {
            for eight in block.chunks_exact(8) {
                if below_0x20(word(eight)) != 0 {
                    let (n, c) = binary_counts_plain(eight);
                    nul += n;
                    control += c;
                }
            }
        }
    }
    let (n, c) = binary_counts_plain(blocks.remainder());
    (nul + n, control + c)
}

/// The NUL bytes and control characters of `bytes`, one byte at a time.
fn binary_counts_plain(bytes: &[u8]) -> (usize, usize) {
    let nul = bytes.iter().filter(|&&b| b == 0).count();
    let control = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    (nul, control)
}

/// Reads a whole file of document records or gold as text (used by `align` and `eval`).
pub fn read_to_string(path: &Path) -> Result<String, UnreadableInput> {
    std::fs::read_to_string(path).map_err(|e| UnreadableInput {
        path: path.to_owned(),
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("crossclaim-io-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let p = dir.join(name);
        let _ = std::fs::write(&p, bytes);
        p
    }

    fn summary(items: impl Iterator<Item = Item>) -> Vec<String> {
        items
            .map(|i| match i {
                Item::Doc(d) => format!("doc:{}", d.id),
                Item::Error(e) => format!("{}:{}", e.kind, e.doc_id),
            })
            .collect()
    }

    fn kinds(path: PathBuf) -> Vec<String> {
        summary(Inputs::new(vec![path]))
    }

    fn jsonl(data: &'static [u8]) -> Vec<Item> {
        Inputs::from_reader(std::io::Cursor::new(data), "mem").collect()
    }

    /// [`read_line`] against std's `take(limit).read_until(b'\n', …)`: the same lines, counts
    /// and buffers, through readers of small buffers (lines across refills) and limits that
    /// cut lines, over texts of many line lengths; and [`find_newline`] from every place.
    #[test]
    fn read_line_agrees_with_read_until() {
        use std::io::{BufReader, Cursor};
        let pieces = ["\n", "\r\n", "\n\n", "é", "{\"a\": 1}", " "];
        let texts: Vec<String> =
            crossclaim_core::testing::mixed_texts(&pieces, 600, 200, 30, ["w", "Q"]).collect();
        for t in &texts {
            let b = t.as_bytes();
            for from in 0..b.len() {
                assert_eq!(
                    find_newline(&b[from..]),
                    b[from..].iter().position(|&c| c == b'\n'),
                    "{t:?} from {from}"
                );
            }
            for (cap, limit) in [(1, 1000), (7, 1000), (64, 1000), (7, 5), (64, 40), (3, 0)] {
                let mut ours = BufReader::with_capacity(cap, Cursor::new(b.to_vec()));
                let mut std = BufReader::with_capacity(cap, Cursor::new(b.to_vec()));
                for _ in 0..=b.len() + 1 {
                    let (mut x, mut y) = (vec![b'?'], vec![b'?']);
                    let n = read_line(&mut ours, &mut x, limit).expect("in memory");
                    let m = std
                        .by_ref()
                        .take(limit)
                        .read_until(b'\n', &mut y)
                        .expect("memory");
                    assert_eq!((n, &x), (m, &y), "{t:?} cap {cap} limit {limit}");
                    if n == 0 {
                        break;
                    }
                }
            }
        }
    }

    /// The counts of [`binary_counts`] against the plain loop: every byte value at every place
    /// of heads of every length up to 100 (so at every place of a block of 32 and of the
    /// remainder), and heads of mixed text with line breaks and control characters.
    #[test]
    fn binary_counts_agree_with_the_plain_loop() {
        for len in 0..100 {
            for at in 0..len {
                for b in 0u8..=255 {
                    let mut head = vec![b'a'; len];
                    head[at] = b;
                    assert_eq!(binary_counts(&head), binary_counts_plain(&head), "{head:?}");
                }
            }
        }
        let pieces = [
            "\n", "\r", "\t", "\u{c}", "\u{0}", "\u{1}", "\u{1f}", " ", "é", "\u{7f}",
        ];
        for t in crossclaim_core::testing::mixed_texts(&pieces, 3000, 300, 40, ["w", "Q"]) {
            let b = t.as_bytes();
            assert_eq!(binary_counts(b), binary_counts_plain(b), "{t:?}");
        }
    }

    /// The item of a line read with the fast path, checked against the item serde_json alone
    /// gives (and the fast path's document against serde_json's); whether it took the fast path.
    fn same_item_both_ways(line: &[u8]) -> bool {
        let at = At {
            stem: "t".into(),
            shown: "t.jsonl".into(),
            line: 3,
        };
        let fast = jsonl_item_reading(line, &at, DEFAULT_MAX_BYTES, fast_json::parse);
        let plain = jsonl_item_reading(line, &at, DEFAULT_MAX_BYTES, |_| None);
        let shown = String::from_utf8_lossy(line);
        assert_eq!(fast, plain, "{shown}");
        let text = std::str::from_utf8(line).ok();
        let Some(doc) = text.and_then(fast_json::parse).map(|f| f.doc) else {
            return false;
        };
        let by_serde: Result<JsonDoc, _> = serde_json::from_str(text.unwrap_or_default());
        assert_eq!(Some(doc), by_serde.ok(), "{shown}");
        true
    }

    use crossclaim_core::testing::Xorshift as Picks;

    /// A JSON line of generated fields, from field names, string pieces with every escape and
    /// wrong ones, and values of every type, sometimes damaged. Each list starts with its clean
    /// part (what the fast path reads); half of the lines are drawn from the clean parts only
    /// (and are not damaged), so that both ways are tried often.
    fn generated_line(p: &mut Picks) -> Vec<u8> {
        const KEYS: [&str; 13] = [
            "id",
            "text",
            "lang",
            "title",
            "url",
            "published",
            "source",
            "category",
            "lines",
            // not clean: an escaped `id`, and keys the derive does not know
            "i\\u0064",
            "ID",
            "",
            "t\\\"x",
        ];
        const PIECES: [&str; 30] = [
            "Hola",
            "plain words",
            "é",
            "😀",
            "\\n",
            "\\\"",
            "\\\\",
            "\\/",
            "\\t",
            "\\r",
            "\\b",
            "\\f",
            "\\u00e9",
            "\\u00E9",
            "\\u0000",
            "\\u20ac",
            "en",
            "es",
            " ",
            "\u{200b}",
            "a long run of words to pass eight bytes at once",
            // not clean: surrogates, bad escapes, raw control characters, a lone backslash
            "\\ud800",
            "\\udc00",
            "\\ud83d\\ude00",
            "\\x",
            "\\u12",
            "\\uZZZZ",
            "\u{1}",
            "\t",
            "\\",
        ];
        const OTHER_VALUES: [&str; 23] = [
            "null",
            "7",
            "0",
            "1234567890123456789",
            "[\"a\", null]",
            "[ ]",
            "[]",
            // not clean: other numbers, other types, nesting, broken values
            "007",
            "-3",
            "-0",
            "1.5",
            "1e3",
            "12E1",
            "12345678901234567890",
            "99999999999999999999",
            "true",
            "[1]",
            "[\"a\" \"b\"]",
            "{\"a\":\"b\"}",
            "[[]]",
            "[\"a\",]",
            "nul",
            "\"x\"",
        ];
        const SPACES: [&str; 6] = ["", "", " ", "\t", "\r", " \n "];
        const AFTER: [&str; 8] = ["", " ", "\r", "", "x", "}", ",", "{}"];
        let clean = p.below(2) == 0;
        let part = |all: usize, clean_part: usize| if clean { clean_part } else { all };
        let mut keys: Vec<&str> = KEYS[..part(13, 9)]
            .iter()
            .enumerate()
            .filter(|&(k, _)| p.below(10) < if k < 2 { 9 } else { 4 })
            .map(|(_, key)| *key)
            .collect();
        for k in (1..keys.len()).rev() {
            keys.swap(k, p.below(k + 1));
        }
        if p.below(8) == 0 && !keys.is_empty() {
            let again = keys[p.below(keys.len())];
            keys.insert(p.below(keys.len() + 1), again);
        }
        let mut line = format!("{}{{", p.pick(&SPACES));
        for (n, key) in keys.iter().enumerate() {
            if n > 0 {
                line.push_str(p.pick(&[",", ", ", " ,\t"]));
            }
            line.push_str(&format!(
                "{}\"{key}\"{}:{}",
                p.pick(&SPACES),
                p.pick(&SPACES),
                p.pick(&SPACES)
            ));
            if p.below(4) == 0 {
                line.push_str(p.pick(&OTHER_VALUES[..part(23, 7)]));
            } else {
                line.push('"');
                for _ in 0..p.below(5) {
                    line.push_str(p.pick(&PIECES[..part(30, 21)]));
                }
                line.push('"');
            }
        }
        line.push_str(p.pick(&SPACES));
        line.push('}');
        line.push_str(p.pick(&AFTER[..part(8, 3)]));
        let mut line = line.into_bytes();
        match if clean { 3 } else { p.below(6) } {
            0 => line.truncate(p.below(line.len() + 1)),
            1 => {
                line.remove(p.below(line.len()));
            }
            2 => {
                let at = p.below(line.len() + 1);
                let b = [b',', b'"', b'\\', b'{', b':', 0xff, 0xc3, b'0'][p.below(8)];
                line.insert(at, b);
            }
            _ => {}
        }
        line
    }

    /// The fast path of [`fast_json::parse`] against serde_json: the same item for every line
    /// of the news input (all of which take the fast path) and for generated lines (field
    /// orders, escapes, unicode, damage, duplicates, numbers, nulls, nesting).
    #[test]
    fn fast_path_agrees_with_serde_json() {
        let news = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/news/throughput_en_es");
        let files = [
            "en_abc_australia_2006.jsonl",
            "en_bbc_news_2004_2005.jsonl",
            "es_conll2002_efe_newswire.jsonl",
            "es_fakenews_corpus_spanish.jsonl",
        ];
        for file in files {
            let Ok(all) = std::fs::read(news.join(file)) else {
                eprintln!("skipped: no {}", news.join(file).display());
                continue;
            };
            let lines: Vec<&[u8]> = all
                .split(|&b| b == b'\n')
                .filter(|l| !l.is_empty())
                .collect();
            let fast = lines.iter().filter(|l| same_item_both_ways(l)).count();
            assert_eq!(
                fast,
                lines.len(),
                "{file}: lines that did not take the fast path"
            );
        }
        let mut p = Picks(0x2545_F491_4F6C_DD1D);
        let mut fast = 0;
        let count = 30_000;
        for _ in 0..count {
            fast += usize::from(same_item_both_ways(&generated_line(&mut p)));
        }
        assert!(
            fast > count / 20 && fast < count * 19 / 20,
            "{fast} of {count} generated lines took the fast path: too few of one kind"
        );
    }

    #[test]
    fn every_line_gives_one_item_in_order() {
        let p = tmp(
            "mixed.jsonl",
            b"{\"id\":\"a\",\"text\":\"Hola mundo\"}\n{broken\n\n{\"text\":\"no id\"}\n{\"id\":\"e\",\"text\":\"  \"}\n{\"id\":7,\"text\":\"x\",\"lang\":\"es\"}\n\xff\xfe\n",
        );
        assert_eq!(
            kinds(p),
            [
                "doc:a",
                "malformed_json:mixed:2",
                "missing_field:mixed:4",
                "empty_text:e",
                "doc:7",
                "invalid_utf8:mixed:7"
            ]
        );
    }

    #[test]
    fn txt_files_errors() {
        assert_eq!(
            kinds(tmp("bad.txt", b"caf\xe9 con leche")),
            ["invalid_utf8:bad"]
        );
        assert_eq!(kinds(tmp("bin.txt", b"\x00\x01\x02ELF")), ["binary:bin"]);
        assert_eq!(kinds(tmp("empty.txt", b" \n\t")), ["empty_text:empty"]);
        assert_eq!(kinds(tmp("ok.txt", "Café".as_bytes())), ["doc:ok"]);
        let big = tmp("big.txt", &[b'a'; 100]);
        let items: Vec<Item> = Inputs::new(vec![big]).with_max_bytes(10).collect();
        assert!(matches!(&items[0], Item::Error(e) if e.kind == "too_large"));
    }

    #[test]
    fn oversized_jsonl_line_is_skipped_and_the_stream_goes_on() {
        let mut data = b"{\"id\":\"big\",\"text\":\"".to_vec();
        data.extend(std::iter::repeat_n(b'a', 200_000));
        data.extend(b"\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n");
        let items: Vec<String> = Inputs::from_reader(std::io::Cursor::new(data), "long")
            .with_max_bytes(50)
            .map(|i| match i {
                Item::Doc(d) => d.id,
                Item::Error(e) => e.kind.to_owned(),
            })
            .collect();
        assert_eq!(items, ["too_large", "small"]);
    }

    #[test]
    fn invalid_utf8_inside_a_json_string_keeps_the_id() {
        let items = jsonl(b"{\"id\":\"lat\",\"text\":\"Espa\xf1a\"}\n{\"id\":\"ok\",\"text\":\"Espa\xc3\xb1a\"}\n");
        assert_eq!(summary(items.into_iter()), ["invalid_utf8:lat", "doc:ok"]);
    }

    #[test]
    fn lone_surrogates_are_invalid_utf8_and_pairs_are_fine() {
        let items = jsonl(
            b"{\"id\":\"s1\",\"text\":\"a \\ud800 b\"}\n{\"id\":\"s2\",\"text\":\"\\udc00\"}\n{\"id\":\"pair\",\"text\":\"smile \\ud83d\\ude00 ok\"}\n{\"text\":\"\\ud800\",\"id\":\"s3\"}\n{\"text\":\"\\ud800\"}\n",
        );
        assert_eq!(
            summary(items.clone().into_iter()),
            [
                "invalid_utf8:s1",
                "invalid_utf8:s2",
                "doc:pair",
                "invalid_utf8:s3",
                "invalid_utf8:mem:5"
            ]
        );
        let Item::Error(e) = &items[0] else {
            panic!("an error")
        };
        assert!(e.message.contains("\\ud800"), "{}", e.message);
        assert!(matches!(&items[2], Item::Doc(d) if d.text == "smile 😀 ok"));
    }

    #[test]
    fn an_escaped_backslash_before_u_is_not_a_surrogate_escape() {
        assert!(lone_surrogate(r#"{"t":"\\ud800"}"#).is_none());
        assert!(lone_surrogate(r#"{"t":"\\\ud800"}"#).is_some());
        let (code, pos, repaired) = lone_surrogate(r#"{"t":"x\udfff"}"#).unwrap_or_default();
        assert_eq!((code, pos), (0xdfff, 7));
        assert_eq!(repaired, r#"{"t":"x\ufffd"}"#);
    }

    #[test]
    fn duplicate_ids_are_errors_after_the_first() {
        let items = jsonl(b"{\"id\":\"a\",\"text\":\"uno\"}\n{\"id\":\"a\",\"text\":\"dos\"}\n{\"id\":7,\"text\":\"x\"}\n{\"id\":\"7\",\"text\":\"y\"}\n{\"id\":\"e\",\"text\":\"\"}\n{\"id\":\"e\",\"text\":\"z\"}\n{\"id\":\"a\",\"text\":\"tres\"}\n");
        assert_eq!(
            summary(items.clone().into_iter()),
            [
                "doc:a",
                "duplicate_id:a",
                "doc:7",
                "duplicate_id:7",
                "empty_text:e",
                "duplicate_id:e",
                "duplicate_id:a"
            ]
        );
        let Item::Error(e) = &items[6] else {
            panic!("an error")
        };
        assert!(e.message.contains("record 1") && e.message.contains("mem:7"));
    }

    #[test]
    fn fields_of_the_wrong_type_and_non_objects() {
        let items = jsonl(b"[1,2]\nnull\n{\"id\":[1],\"text\":\"x\"}\n{\"id\":\"\",\"text\":\"x\"}\n{\"id\":\"t\",\"text\":5}\n{\"id\":\"n\",\"text\":null}\n{\"id\":\"d\",\"id\":\"d2\",\"text\":\"x\"}\n{\"id\":\"tr\",\"text\":\"x\"} trailing\n");
        assert_eq!(
            summary(items.into_iter()),
            [
                "malformed_json:mem:1",
                "malformed_json:mem:2",
                "missing_field:mem:3",
                "missing_field:mem:4",
                "missing_field:t",
                "missing_field:n",
                "malformed_json:mem:7",
                "malformed_json:mem:8"
            ]
        );
    }

    #[test]
    fn invisible_only_text_is_empty_and_visible_text_with_marks_is_kept() {
        let items = jsonl("{\"id\":\"z\",\"text\":\"\u{200b}\u{200f}\u{feff} \u{202e}\"}\n{\"id\":\"v\",\"text\":\"\u{200f}Hola\u{200b}\"}\n".as_bytes());
        assert_eq!(summary(items.into_iter()), ["empty_text:z", "doc:v"]);
    }

    #[test]
    fn byte_order_marks() {
        assert_eq!(
            summary(jsonl(b"\xEF\xBB\xBF{\"id\":\"b\",\"text\":\"x\"}\r\n").into_iter()),
            ["doc:b"]
        );
        let items: Vec<Item> = Inputs::new(vec![tmp("bom.txt", b"\xEF\xBB\xBFHola")]).collect();
        assert!(matches!(&items[0], Item::Doc(d) if d.text == "Hola"));
        let utf16 = b"\xFF\xFEH\x00o\x00l\x00a\x00";
        assert_eq!(kinds(tmp("utf16.txt", utf16)), ["invalid_utf8:utf16"]);
    }

    #[test]
    fn a_large_buffer_is_released_after_its_line() {
        let mut data = b"{\"id\":\"big\",\"text\":\"".to_vec();
        data.extend(std::iter::repeat_n(b'a', 2 * KEEP_BUFFER));
        data.extend(b"\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n");
        let mut inputs = Inputs::from_reader(std::io::Cursor::new(data), "m");
        assert!(matches!(inputs.next(), Some(Item::Doc(d)) if d.text.len() == 2 * KEEP_BUFFER));
        assert!(inputs.buf.capacity() <= KEEP_BUFFER);
    }
}
