//! The input reader: any bytes as a JSONL stream and as a `.txt` document. Every non-blank line
//! gives exactly one item; a document has a visible text; ids are unique among documents.
#![no_main]

use std::collections::HashSet;

use crossclaim_io::{txt_item, Inputs, Item};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // As JSONL, with a small size limit so that the too_large path is reached too.
    let max = 2048;
    let items: Vec<Item> = Inputs::from_reader(std::io::Cursor::new(data.to_vec()), "fuzz")
        .with_max_bytes(max)
        .collect();
    let mut lines = 0;
    for (n, line) in data.split(|&b| b == b'\n').enumerate() {
        let line = if n == 0 {
            line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
        } else {
            line
        };
        if !line.iter().all(u8::is_ascii_whitespace) {
            lines += 1;
        }
    }
    // A line over the limit is read in pieces no longer than the limit plus the JSON allowance,
    // so the count only holds for inputs without such lines.
    if data.len() < max {
        assert_eq!(items.len(), lines, "one item per non-blank line");
    }
    let mut ids = HashSet::new();
    for item in &items {
        match item {
            Item::Doc(d) => {
                assert!(!d.id.trim().is_empty(), "a document without an id");
                assert!(
                    d.text
                        .chars()
                        .any(|c| !c.is_whitespace() && !c.is_control()),
                    "a document without visible text: {:?}",
                    d.text
                );
                assert!(ids.insert(d.id.clone()), "duplicate id {:?} passed", d.id);
            }
            Item::Error(e) => {
                assert!(!e.doc_id.is_empty() && !e.kind.is_empty() && !e.message.is_empty());
            }
        }
    }
    // As a .txt document: exactly one item; a document keeps the bytes exactly (after a BOM).
    match txt_item("fuzz".into(), data.to_vec(), max) {
        Item::Doc(d) => {
            let body = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
            assert_eq!(d.text.as_bytes(), body);
        }
        Item::Error(e) => assert_eq!(e.doc_id, "fuzz"),
    }
});
