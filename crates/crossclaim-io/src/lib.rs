//! Reading documents for crossclaim.
//!
//! An input is a `.txt` file (one document; its id is the file stem), a `.jsonl` file (one
//! document per line: `{"id": …, "text": …}` with optional `lang`, `title`, `url`, `published`,
//! `source`), a directory of those (in name order), or `-` for JSONL on standard input.
//! [`Inputs`] streams them: it holds one document at a time, and every document becomes exactly
//! one [`Item`], a document or an error with a kind and a message (SPEC §7). Reading never panics.
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

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crossclaim_core::{DocMeta, Lang};
use serde::Deserialize;

/// Documents larger than this are refused with a `too_large` error (the default of [`Inputs`]).
pub const DEFAULT_MAX_BYTES: usize = 512 * 1024 * 1024;

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

enum Source {
    Lines {
        reader: Box<dyn BufRead + Send>,
        name: String,
        line: usize,
    },
}

/// A stream of input items over files (already expanded by [`expand`]).
pub struct Inputs {
    pending: VecDeque<PathBuf>,
    current: Option<Source>,
    max_bytes: usize,
    buf: Vec<u8>,
}

impl Inputs {
    pub fn new(files: Vec<PathBuf>) -> Self {
        Inputs {
            pending: files.into(),
            current: None,
            max_bytes: DEFAULT_MAX_BYTES,
            buf: Vec::new(),
        }
    }

    pub fn with_max_bytes(mut self, max: usize) -> Self {
        self.max_bytes = max;
        self
    }

    fn open(&mut self, path: PathBuf) -> Option<Item> {
        let stem = path
            .file_stem()
            .map_or_else(|| "stdin".to_owned(), |s| s.to_string_lossy().into_owned());
        if path.as_os_str() == "-" {
            self.current = Some(Source::Lines {
                reader: Box::new(BufReader::new(std::io::stdin())),
                name: "stdin".into(),
                line: 0,
            });
            return None;
        }
        let is_jsonl = path.extension().is_some_and(|x| x == "jsonl");
        let file = match File::open(&path) {
            Ok(f) => f,
            Err(e) => {
                return Some(error(
                    stem,
                    "unreadable",
                    format!("{}: {e}", path.display()),
                ))
            }
        };
        if is_jsonl {
            self.current = Some(Source::Lines {
                reader: Box::new(BufReader::with_capacity(1 << 16, file)),
                name: stem,
                line: 0,
            });
            return None;
        }
        Some(read_txt(file, stem, self.max_bytes))
    }
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(Source::Lines { reader, name, line }) = &mut self.current {
                self.buf.clear();
                let limit = (self.max_bytes as u64).saturating_add(64 * 1024);
                let read = reader.by_ref().take(limit).read_until(b'\n', &mut self.buf);
                match read {
                    Ok(0) => self.current = None,
                    Ok(_) => {
                        *line += 1;
                        let at = format!("{name}:{line}");
                        if self.buf.len() as u64 >= limit && !self.buf.ends_with(b"\n") {
                            // Skip the rest of the oversized line.
                            let mut sink = Vec::new();
                            let _ = reader.read_until(b'\n', &mut sink);
                            return Some(error(
                                at,
                                "too_large",
                                format!("line longer than {} bytes", self.max_bytes),
                            ));
                        }
                        let content = trim_newline(&self.buf);
                        if content.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        return Some(parse_line(content, at, self.max_bytes));
                    }
                    Err(e) => {
                        let at = format!("{name}:{}", *line + 1);
                        self.current = None;
                        return Some(error(at, "unreadable", e.to_string()));
                    }
                }
                continue;
            }
            let path = self.pending.pop_front()?;
            if let Some(item) = self.open(path) {
                return Some(item);
            }
        }
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

fn read_txt(file: File, id: String, max: usize) -> Item {
    let mut bytes = Vec::new();
    if let Err(e) = file.take(max as u64 + 1).read_to_end(&mut bytes) {
        return error(id, "unreadable", e.to_string());
    }
    if bytes.len() > max {
        return error(id, "too_large", format!("more than {max} bytes"));
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
            if looks_binary(bytes) {
                return error(id, "binary", "binary data, not text".into());
            }
            let at = e.utf8_error().valid_up_to();
            error(id, "invalid_utf8", format!("invalid UTF-8 at byte {at}"))
        }
    }
}

#[derive(Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    lang: Option<String>,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    source: Option<String>,
}

fn parse_line(line: &[u8], at: String, max: usize) -> Item {
    if line.len() > max {
        return error(at, "too_large", format!("more than {max} bytes"));
    }
    let text = match std::str::from_utf8(line) {
        Ok(t) => t,
        Err(e) => {
            return error(
                at,
                "invalid_utf8",
                format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
            )
        }
    };
    let doc: JsonDoc = match serde_json::from_str(text) {
        Ok(d) => d,
        Err(e) => return error(at, "malformed_json", e.to_string()),
    };
    let id = match doc.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => {
            return error(
                at,
                "missing_field",
                "\"id\" must be a non-empty string or a number".into(),
            )
        }
        None => return error(at, "missing_field", "no \"id\"".into()),
    };
    let text = match doc.text {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return error(id, "missing_field", "\"text\" must be a string".into()),
        None => return error(id, "missing_field", "no \"text\"".into()),
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
    checked(RawDoc {
        id,
        text,
        lang,
        meta,
    })
}

/// Documents that are read but cannot be processed: empty text, binary data.
fn checked(doc: RawDoc) -> Item {
    if doc.text.trim().is_empty() {
        return error(
            doc.id,
            "empty_text",
            "the text is empty or white space only".into(),
        );
    }
    if looks_binary(doc.text.as_bytes()) {
        return error(doc.id, "binary", "binary data, not text".into());
    }
    Item::Doc(doc)
}

/// NUL bytes, or many control characters, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len().max(1)
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

    fn kinds(path: PathBuf) -> Vec<String> {
        Inputs::new(vec![path])
            .map(|i| match i {
                Item::Doc(d) => format!("doc:{}", d.id),
                Item::Error(e) => format!("{}:{}", e.kind, e.doc_id),
            })
            .collect()
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
        data.extend(std::iter::repeat_n(b'a', 200));
        data.extend(b"\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n");
        let p = tmp("long.jsonl", &data);
        let items: Vec<String> = Inputs::new(vec![p])
            .with_max_bytes(50)
            .map(|i| match i {
                Item::Doc(d) => d.id,
                Item::Error(e) => e.kind.to_owned(),
            })
            .collect();
        assert_eq!(items, ["too_large", "small"]);
    }
}
