//! Bad input (SPEC §7, issue 9): every input document yields exactly one record, in input order,
//! a document record or an error record with a clear kind; the batch goes on; the exit code is 1
//! when some documents failed. One test per input class, through the real binary. Every document
//! record is checked against its text: spans on char boundaries and inside the text, sentences in
//! order and disjoint, mentions inside their sentence, claim indices valid.

#[path = "support.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use support::{run, tmp_dir};

fn records(o: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// `kind` for an error record, `ok` for a document record.
fn kind(r: &Value) -> &str {
    r.get("error")
        .map_or("ok", |e| e["kind"].as_str().unwrap_or("?"))
}

fn summary(recs: &[Value]) -> Vec<String> {
    recs.iter()
        .map(|r| format!("{}:{}", kind(r), r["doc_id"].as_str().unwrap_or("?")))
        .collect()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn extract_stdin(input: &[u8]) -> (Output, Vec<Value>) {
    let o = run(&["extract", "--quiet", "-"], Some(input));
    let r = records(&o);
    (o, r)
}

fn extract_paths(paths: &[&Path]) -> (Output, Vec<Value>) {
    let mut args = vec!["extract", "--quiet"];
    args.extend(paths.iter().map(|p| p.to_str().unwrap_or_default()));
    let o = run(&args, None);
    let r = records(&o);
    (o, r)
}

fn jsonl_line(id: &str, text: &str) -> String {
    format!("{}\n", serde_json::json!({"id": id, "text": text}))
}

fn jsonl_line_lang(id: &str, text: &str, lang: &str) -> String {
    format!(
        "{}\n",
        serde_json::json!({"id": id, "text": text, "lang": lang})
    )
}

/// Checks a document record against the text it was made from (SPEC §3).
fn check_spans(rec: &Value, text: &str) {
    let id = rec["doc_id"].as_str().unwrap_or("?");
    let span = |v: &Value| {
        let (s, e) = (
            v["start"].as_u64().unwrap_or(u64::MAX) as usize,
            v["end"].as_u64().unwrap_or(0) as usize,
        );
        assert!(s <= e && e <= text.len(), "{id}: span {s}..{e} outside");
        let slice = text
            .get(s..e)
            .unwrap_or_else(|| panic!("{id}: span {s}..{e} not on char boundaries"));
        (s, e, slice)
    };
    let sentences: Vec<(usize, usize)> = rec["sentences"]
        .as_array()
        .unwrap_or_else(|| panic!("{id}: no sentences array"))
        .iter()
        .map(|s| {
            let (a, b, t) = span(s);
            assert!(!t.is_empty(), "{id}: empty sentence {a}..{b}");
            assert_eq!(t, t.trim(), "{id}: sentence {a}..{b} not trimmed");
            (a, b)
        })
        .collect();
    for w in sentences.windows(2) {
        assert!(w[0].1 <= w[1].0, "{id}: sentences overlap or out of order");
    }
    let mentions = rec["mentions"].as_array().cloned().unwrap_or_default();
    for m in &mentions {
        let (a, b, t) = span(m);
        assert!(a < b, "{id}: empty mention");
        assert_eq!(m["text"].as_str(), Some(t), "{id}: mention text");
        let si = m["sentence"].as_u64().unwrap_or(u64::MAX) as usize;
        let s = sentences
            .get(si)
            .unwrap_or_else(|| panic!("{id}: mention sentence {si}"));
        assert!(
            s.0 <= a && b <= s.1,
            "{id}: mention {a}..{b} outside its sentence"
        );
    }
    for w in mentions.windows(2) {
        assert!(
            w[0]["end"].as_u64() <= w[1]["start"].as_u64(),
            "{id}: mentions overlap"
        );
    }
    for c in rec["claims"].as_array().cloned().unwrap_or_default() {
        let si = c["sentence"].as_u64().unwrap_or(u64::MAX) as usize;
        assert!(si < sentences.len(), "{id}: claim sentence {si}");
        let (a, b, t) = span(&c["cue"]);
        assert_eq!(c["cue"]["text"].as_str(), Some(t), "{id}: cue text");
        assert!(
            sentences[si].0 <= a && b <= sentences[si].1,
            "{id}: cue outside its sentence"
        );
        for role in ["source", "target"] {
            for i in c[role].as_array().cloned().unwrap_or_default() {
                let i = i.as_u64().unwrap_or(u64::MAX) as usize;
                assert!(i < mentions.len(), "{id}: {role} index {i}");
            }
        }
        if !c["quote"].is_null() {
            let (_, _, q) = span(&c["quote"]);
            assert_eq!(c["quote"]["text"].as_str(), Some(q), "{id}: quote text");
        }
    }
}

const EN: &str = "The United States accused China of the cyberattack on Monday.";
const ES: &str = "Estados Unidos culpó a China del ciberataque este lunes.";

#[test]
fn invalid_utf8_in_a_txt_file_is_an_error_record_and_the_others_go_on() {
    let dir = tmp_dir("bad-utf8-txt");
    std::fs::write(dir.join("a.txt"), EN).unwrap_or_default();
    // Latin-1 `ñ` and `ó`, and a UTF-8 sequence cut short at the end.
    std::fs::write(
        dir.join("b_latin1.txt"),
        b"Espa\xf1a neg\xf3 las acusaciones.",
    )
    .unwrap_or_default();
    std::fs::write(dir.join("c_cut.txt"), b"Estados Unidos culp\xc3").unwrap_or_default();
    std::fs::write(dir.join("d.txt"), ES).unwrap_or_default();
    let (o, recs) = extract_paths(&[&dir]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        summary(&recs),
        [
            "ok:a",
            "invalid_utf8:b_latin1",
            "invalid_utf8:c_cut",
            "ok:d"
        ]
    );
    let msg = recs[1]["error"]["message"].as_str().unwrap_or_default();
    assert!(msg.contains("byte 4") && msg.contains("0xF1"), "{msg}");
    check_spans(&recs[0], EN);
    check_spans(&recs[3], ES);
}

#[test]
fn invalid_utf8_inside_a_jsonl_string_keeps_the_document_id() {
    let mut input = jsonl_line("first", EN).into_bytes();
    input.extend_from_slice(b"{\"id\": \"latin1\", \"text\": \"Espa\xf1a neg\xf3 todo.\"}\n");
    input.extend_from_slice(b"{\"text\": \"sin id \xff\"}\n");
    input.extend(jsonl_line("last", ES).into_bytes());
    let (o, recs) = extract_stdin(&input);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        summary(&recs),
        [
            "ok:first",
            "invalid_utf8:latin1",
            "invalid_utf8:stdin:3",
            "ok:last"
        ]
    );
    let msg = recs[1]["error"]["message"].as_str().unwrap_or_default();
    assert!(msg.contains("stdin:2"), "the message says where: {msg}");
}

#[test]
fn lone_surrogate_escapes_are_invalid_utf8_and_surrogate_pairs_are_text() {
    let input = concat!(
        "{\"id\": \"lone-high\", \"text\": \"Estados Unidos \\ud800 culpó a China.\"}\n",
        "{\"id\": \"lone-low\", \"text\": \"\\udc00 The United States accused China.\"}\n",
        "{\"id\": \"pair\", \"text\": \"The United States accused China \\ud83d\\ude21 of the attack.\"}\n",
        "{\"text\": \"\\ud800\"}\n",
    );
    let (o, recs) = extract_stdin(input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        summary(&recs),
        [
            "invalid_utf8:lone-high",
            "invalid_utf8:lone-low",
            "ok:pair",
            "invalid_utf8:stdin:4"
        ]
    );
    let msg = recs[0]["error"]["message"].as_str().unwrap_or_default();
    assert!(
        msg.contains("\\ud800") && msg.contains("surrogate"),
        "{msg}"
    );
    let text = "The United States accused China 😡 of the attack.";
    check_spans(&recs[2], text);
    assert_eq!(recs[2]["claims"][0]["kind"], "accusation");
}

#[test]
fn malformed_jsonl_lines_each_give_one_error_and_the_stream_goes_on() {
    let mut input = jsonl_line("a", EN);
    input.push_str("{\"id\": \"trunc\", \"text\": \"The United St\n"); // truncated
    input.push_str("{\"id\": \"x\", \"text\": \"y\"} {\"id\": \"z\"}\n"); // two objects
    input.push_str("[\"an\", \"array\"]\n");
    input.push_str("\"just a string\"\n");
    input.push_str("{\"id\": \"dup-key\", \"id\": \"again\", \"text\": \"t\"}\n");
    input.push_str("{\"id\": \"m\", \"text\": \"t\", \"title\": 5}\n"); // wrong type
    input.push_str("\n   \n"); // blank lines: no documents, no records
    input.push_str(&jsonl_line("b", ES));
    let (o, recs) = extract_stdin(input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        summary(&recs),
        [
            "ok:a",
            "malformed_json:stdin:2",
            "malformed_json:stdin:3",
            "malformed_json:stdin:4",
            "malformed_json:stdin:5",
            "malformed_json:stdin:6",
            "malformed_json:stdin:7",
            "ok:b"
        ]
    );
    assert!(recs[1]["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("EOF"));
    assert!(recs[4]["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("not a JSON object"));
}

#[test]
fn lines_without_id_or_text_are_missing_field_errors() {
    let input = concat!(
        "{\"text\": \"The United States accused China.\"}\n",
        "{\"id\": \"no-text\"}\n",
        "{\"id\": \"null-text\", \"text\": null}\n",
        "{\"id\": \"num-text\", \"text\": 42}\n",
        "{\"id\": \"\", \"text\": \"empty id\"}\n",
        "{\"id\": {\"a\": 1}, \"text\": \"object id\"}\n",
        "{\"id\": 17, \"text\": \"Estados Unidos culpó a China del ciberataque.\"}\n",
    );
    let (o, recs) = extract_stdin(input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        summary(&recs),
        [
            "missing_field:stdin:1",
            "missing_field:no-text",
            "missing_field:null-text",
            "missing_field:num-text",
            "missing_field:stdin:5",
            "missing_field:stdin:6",
            "ok:17"
        ]
    );
}

#[test]
fn duplicate_ids_the_first_is_processed_and_later_ones_are_errors() {
    let mut input = jsonl_line("a", EN);
    input.push_str(&jsonl_line("b", ES));
    input.push_str(&jsonl_line("a", ES)); // same id, other text
    input.push_str("{\"id\": 7, \"text\": \"Estados Unidos culpó a China.\"}\n");
    input.push_str(&jsonl_line("7", EN)); // the number 7 and the string "7" are one id
    input.push_str(&jsonl_line("a", EN));
    let (o, recs) = extract_stdin(input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        summary(&recs),
        [
            "ok:a",
            "ok:b",
            "duplicate_id:a",
            "ok:7",
            "duplicate_id:7",
            "duplicate_id:a"
        ]
    );
    let msg = recs[2]["error"]["message"].as_str().unwrap_or_default();
    assert!(
        msg.contains("record 1") && msg.contains("stdin:3"),
        "names the first record and where the duplicate is: {msg}"
    );

    // Two .txt files with the same stem in different directories.
    let root = tmp_dir("dup-txt");
    for d in ["one", "two"] {
        std::fs::create_dir_all(root.join(d)).unwrap_or_default();
        std::fs::write(root.join(d).join("report.txt"), EN).unwrap_or_default();
    }
    let (o, recs) = extract_paths(&[&root.join("one"), &root.join("two")]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(summary(&recs), ["ok:report", "duplicate_id:report"]);
}

#[test]
fn empty_white_space_and_invisible_texts_are_empty_text_errors() {
    let mut input = jsonl_line("empty", "");
    input.push_str(&jsonl_line("spaces", " \t\n\r\n  \u{a0}\u{3000}"));
    input.push_str(&jsonl_line(
        "invisible",
        "\u{200b}\u{200e}\u{200f}\u{feff}\u{2060}\n",
    ));
    input.push_str(&jsonl_line("ok", EN));
    let (o, recs) = extract_stdin(input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        summary(&recs),
        [
            "empty_text:empty",
            "empty_text:spaces",
            "empty_text:invisible",
            "ok:ok"
        ]
    );
    let dir = tmp_dir("empty-txt");
    std::fs::write(dir.join("zero.txt"), "").unwrap_or_default();
    std::fs::write(dir.join("blank.txt"), "\n\n   \n").unwrap_or_default();
    let (o, recs) = extract_paths(&[&dir]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(summary(&recs), ["empty_text:blank", "empty_text:zero"]);
}

#[test]
fn binary_data_is_a_binary_error() {
    let dir = tmp_dir("binary");
    // A PNG header, an ELF header, and pseudo-random bytes, all named .txt.
    std::fs::write(
        dir.join("a_png.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    )
    .unwrap_or_default();
    std::fs::write(
        dir.join("b_elf.txt"),
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00",
    )
    .unwrap_or_default();
    let mut x: u32 = 12345;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 16) as u8
        })
        .collect();
    std::fs::write(dir.join("c_noise.txt"), noise).unwrap_or_default();
    // Valid UTF-8 but mostly control characters.
    std::fs::write(
        dir.join("d_controls.txt"),
        "\x01\x02\x03\x04abc\x05\x06\x07\x08",
    )
    .unwrap_or_default();
    let mut jsonl = jsonl_line("nul", "The United States\u{0} accused China.");
    jsonl.push_str(&jsonl_line("fine", EN));
    std::fs::write(dir.join("e.jsonl"), jsonl).unwrap_or_default();
    let (o, recs) = extract_paths(&[&dir]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        summary(&recs),
        [
            "binary:a_png",
            "binary:b_elf",
            "binary:c_noise",
            "binary:d_controls",
            "binary:nul",
            "ok:fine"
        ]
    );
}

#[test]
fn utf16_and_byte_order_marks() {
    let dir = tmp_dir("bom");
    let mut utf16 = vec![0xFF, 0xFE];
    for u in EN.encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    std::fs::write(dir.join("a_utf16.txt"), utf16).unwrap_or_default();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(EN.as_bytes());
    std::fs::write(dir.join("b_bom.txt"), &bom).unwrap_or_default();
    // A BOM before the first JSONL line and CRLF line ends.
    let mut jsonl = b"\xEF\xBB\xBF".to_vec();
    jsonl.extend(jsonl_line("c1", ES).trim_end().as_bytes());
    jsonl.extend(b"\r\n");
    jsonl.extend(jsonl_line("c2", EN).trim_end().as_bytes());
    jsonl.extend(b"\r\n");
    std::fs::write(dir.join("c.jsonl"), jsonl).unwrap_or_default();
    let (o, recs) = extract_paths(&[&dir]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        summary(&recs),
        ["invalid_utf8:a_utf16", "ok:b_bom", "ok:c1", "ok:c2"]
    );
    assert!(recs[0]["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("UTF-16"));
    // Offsets count from the first character after the BOM.
    check_spans(&recs[1], EN);
    assert_eq!(recs[1]["mentions"][0]["start"], 4);
}

/// The same code path as a document of hundreds of megabytes (`scripts/big_input.sh` runs the
/// 200 MB one), with the limit lowered through `CROSSCLAIM_MAX_DOC_BYTES`.
#[test]
fn documents_over_the_size_limit_are_too_large_and_the_rest_goes_on() {
    let dir = tmp_dir("too-large");
    let big = EN.repeat(40); // 2.5 KB
    std::fs::write(dir.join("a_big.txt"), &big).unwrap_or_default();
    std::fs::write(dir.join("b_small.txt"), EN).unwrap_or_default();
    let mut jsonl = jsonl_line("big-line", &big);
    jsonl.push_str(&jsonl_line("small-line", ES));
    std::fs::write(dir.join("c.jsonl"), jsonl).unwrap_or_default();
    let o = support::bin()
        .args(["extract", "--quiet", dir.to_str().unwrap_or_default()])
        .env("CROSSCLAIM_MAX_DOC_BYTES", "1000")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    let recs = records(&o);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        summary(&recs),
        [
            "too_large:a_big",
            "ok:b_small",
            "too_large:c:1",
            "ok:small-line"
        ]
    );
    // Under the default limit the same files are fine.
    let (o, recs) = extract_paths(&[&dir]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(recs.len(), 4);
    check_spans(&recs[0], &big);
}

/// A news-like document of a few megabytes goes through every stage (the 200 MB one is
/// `scripts/big_input.sh`).
#[test]
fn a_multi_megabyte_document_is_processed() {
    let dir = tmp_dir("big-doc");
    let para = "Estados Unidos culpó a China del ciberataque este lunes, según el comunicado. \
                “Es una amenaza”, dijo el Sr. Pérez. La Unión Europea condenó el ataque.\n\n";
    let text = para.repeat(1024 * 1024 / para.len());
    std::fs::write(dir.join("big.txt"), &text).unwrap_or_default();
    let start = Instant::now();
    let (o, recs) = extract_paths(&[&dir.join("big.txt")]);
    let took = start.elapsed();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(summary(&recs), ["ok:big"]);
    assert!(recs[0]["sentences"].as_array().map_or(0, Vec::len) > 10_000);
    check_spans(&recs[0], &text);
    assert!(took < Duration::from_secs(60), "1 MB took {took:?}");
}

fn words_without_punctuation(bytes: usize, words: &[&str]) -> String {
    let mut s = String::with_capacity(bytes + 32);
    let mut i = 0usize;
    while s.len() < bytes {
        s.push_str(words[(i * 7 + i / 3) % words.len()]);
        s.push(' ');
        i += 1;
    }
    s
}

fn one_sentence_in_time(id: &str, text: &str, lang: &str, limit: Duration) {
    let start = Instant::now();
    let (o, recs) = extract_stdin(jsonl_line_lang(id, text, lang).as_bytes());
    let took = start.elapsed();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(summary(&recs), [format!("ok:{id}")]);
    check_spans(&recs[0], text);
    assert!(took < limit, "{id}: a 1 MB sentence took {took:?}");
}

const EN_RUN: &[&str] = &[
    "the",
    "United",
    "States",
    "accused",
    "China",
    "of",
    "attacks",
    "and",
    "officials",
    "said",
    "that",
    "Joe",
    "Biden",
    "denied",
];

const ES_RUN: &[&str] = &[
    "Estados", "Unidos", "culpó", "a", "China", "del", "ataque", "y", "según", "el", "gobierno",
    "de", "España", "negó",
];

/// One sentence of 1 MB: words with entities and cues but no punctuation at all, and one word
/// of 1 MB. (The Spanish run is
/// `regression_claims_quadratic_in_a_long_spanish_sentence`.)
#[test]
fn a_one_megabyte_sentence_without_punctuation_is_processed_in_reasonable_time() {
    let en = words_without_punctuation(1 << 20, EN_RUN);
    one_sentence_in_time("en-sentence", &en, "en", Duration::from_secs(30));
    one_sentence_in_time(
        "one-word",
        &"a".repeat(1 << 20),
        "es",
        Duration::from_secs(30),
    );
}

#[test]
fn nfc_and_nfd_text_mixed_in_one_document() {
    let text = "La Unión Europea y la Unio\u{301}n Europea culparon a Pekín. \
                Estados Unidos acuso\u{301} a Peki\u{301}n del ataque.";
    let (o, recs) = extract_stdin(jsonl_line_lang("nfd", text, "es").as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    check_spans(&recs[0], text);
    let mentions: Vec<(&str, &str)> = recs[0]["mentions"]
        .as_array()
        .map(|m| {
            m.iter()
                .map(|m| {
                    (
                        m["text"].as_str().unwrap_or_default(),
                        m["entity"].as_str().unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert!(mentions.contains(&("Unión Europea", "EU")), "{mentions:?}");
    assert!(
        mentions.contains(&("Unio\u{301}n Europea", "EU")),
        "an NFD mention keeps its combining accent: {mentions:?}"
    );
    assert!(
        mentions.iter().any(|m| m.0 == "Peki\u{301}n"),
        "{mentions:?}"
    );
}

#[test]
fn right_to_left_and_zero_width_marks() {
    let texts = [
        "\u{200f}The United States\u{200b} accused China\u{200d} of the attack.\u{200e}",
        "Estados\u{200b}Unidos culpó a China. \u{202e}txet desrever\u{202c} y \u{2067}عربي\u{2069} según el comunicado.",
        "\u{feff}The White House said \u{2066}שלום\u{2069} China denied it\u{200c}.",
        "China\u{fe0f}\u{200d} denied the \u{00ad}allegations made by the United States.",
    ];
    let input: String = texts
        .iter()
        .enumerate()
        .map(|(i, t)| jsonl_line(&format!("m{i}"), t))
        .collect();
    let (o, recs) = extract_stdin(input.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(summary(&recs), ["ok:m0", "ok:m1", "ok:m2", "ok:m3"]);
    for (r, t) in recs.iter().zip(texts) {
        check_spans(r, t);
    }
    assert!(recs[0]["mentions"]
        .as_array()
        .is_some_and(|m| !m.is_empty()));
}

#[test]
fn control_characters_a_few_are_text_many_are_binary() {
    let few = "The United States\u{7} accused China\u{1b}[31m of the attack.\u{c}\nChina denied it.\u{0b}";
    let many: String = "\u{1}\u{2}\u{3}ab".repeat(50);
    let mut input = jsonl_line("few", few);
    input.push_str(&jsonl_line("many", &many));
    input.push_str(&jsonl_line(
        "c1",
        "\u{85}\u{9f} Estados Unidos culpó a China.",
    ));
    let (o, recs) = extract_stdin(input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(summary(&recs), ["ok:few", "binary:many", "ok:c1"]);
    check_spans(&recs[0], few);
    check_spans(&recs[2], "\u{85}\u{9f} Estados Unidos culpó a China.");
}

#[test]
fn exit_code_is_0_when_every_document_succeeds() {
    let mut input = jsonl_line("a", EN);
    input.push_str(&jsonl_line("b", ES));
    input.push_str(&jsonl_line(
        "pt",
        "Os Estados Unidos acusaram a China do ciberataque contra os servidores na segunda-feira.",
    ));
    let (o, recs) = extract_stdin(input.as_bytes());
    assert_eq!(
        o.status.code(),
        Some(0),
        "an unsupported language is a result, not a failure"
    );
    assert_eq!(summary(&recs), ["ok:a", "ok:b", "ok:pt"]);
    assert_eq!(recs[2]["lang"], "und");
}

/// More documents than one batch, errors interleaved: every one accounted for, in order,
/// whatever the thread count.
#[test]
fn many_documents_with_errors_interleaved_keep_their_order_across_batches() {
    let mut input = String::new();
    let mut want = Vec::new();
    for i in 0..1500 {
        match i % 7 {
            3 => {
                input.push_str(&format!("{{\"id\": \"d{i}\", \"text\": \n"));
                want.push(format!("malformed_json:stdin:{}", i + 1));
            }
            5 => {
                input.push_str(&jsonl_line(&format!("d{i}"), "  "));
                want.push(format!("empty_text:d{i}"));
            }
            _ => {
                let t = if i % 2 == 0 { EN } else { ES };
                input.push_str(&jsonl_line(&format!("d{i}"), t));
                want.push(format!("ok:d{i}"));
            }
        }
    }
    for threads in ["1", "2"] {
        let o = run(
            &["extract", "--quiet", "--threads", threads, "-"],
            Some(input.as_bytes()),
        );
        assert_eq!(o.status.code(), Some(1));
        assert_eq!(summary(&records(&o)), want, "--threads {threads}");
    }
}

/// Every kind of input in one run: files, a directory and stdin, in the order given.
#[test]
fn every_input_kind_in_one_run_in_order() {
    let dir = tmp_dir("all-kinds");
    std::fs::write(dir.join("a.txt"), EN).unwrap_or_default();
    std::fs::write(dir.join("b.jsonl"), jsonl_line("b1", ES) + "oops\n").unwrap_or_default();
    std::fs::write(dir.join("ignored.md"), "not an input").unwrap_or_default();
    let single = dir.join("c.txt");
    std::fs::write(&single, ES).unwrap_or_default();
    let o = run(
        &[
            "extract",
            "--quiet",
            single.to_str().unwrap_or_default(),
            dir.to_str().unwrap_or_default(),
            "-",
        ],
        Some(jsonl_line("s1", EN).as_bytes()),
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        summary(&records(&o)),
        [
            "ok:c",
            "ok:a",
            "ok:b1",
            "malformed_json:b:2",
            "duplicate_id:c",
            "ok:s1"
        ]
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_default();
    for e in std::fs::read_dir(from).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap_or_default();
        }
    }
}

fn lexicon_copy(name: &str) -> PathBuf {
    let dir = tmp_dir(name);
    copy_dir(&support::repo().join("lexicons"), &dir);
    dir
}

#[test]
fn a_broken_lexicon_line_stops_the_run_with_file_and_line() {
    let lex = lexicon_copy("broken-lexicon");
    let file = lex.join("entities/countries.lex");
    let mut text = std::fs::read_to_string(&file).unwrap_or_default();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let line = text.lines().count() + 1;
    text.push_str("@not_an_id GPE\n");
    std::fs::write(&file, text).unwrap_or_default();
    let lex_arg = lex.to_str().unwrap_or_default();
    let o = run(
        &["extract", "--quiet", "--lexicons", lex_arg, "-"],
        Some(jsonl_line("a", EN).as_bytes()),
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "no work before the error");
    let err = stderr(&o);
    assert!(
        err.contains(&format!("countries.lex:{line}:")) && err.contains("not_an_id"),
        "names file, line and what is wrong: {err}"
    );

    // A missing lexicon file is named too.
    let lex = lexicon_copy("missing-lexicon");
    std::fs::remove_file(lex.join("cues/en.txt")).unwrap_or_default();
    let o = run(
        &[
            "extract",
            "--quiet",
            "--lexicons",
            lex.to_str().unwrap_or_default(),
            "-",
        ],
        Some(jsonl_line("a", EN).as_bytes()),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("en.txt"), "{}", stderr(&o));

    // And `run` stops the same way, before writing anything.
    let out = tmp_dir("broken-lexicon-out");
    let o = run(
        &[
            "run",
            "--quiet",
            "--lexicons",
            lex_arg,
            "--out",
            out.to_str().unwrap_or_default(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.join("documents.jsonl").exists());
}

// ---------------------------------------------------------------------------------------------
// Regression tests for bugs in other crates found while writing these tests: crossclaim-claims
// was quadratic in several ways (below, with the times measured before the fix); each test fails
// again if one comes back.
// ---------------------------------------------------------------------------------------------

/// BUG(claims, quadratic): `ClaimExtractor::extract` filtered every mention of the document for
/// every sentence, and `in_quote` scanned every quotation of the document for every token: time
/// grew with sentences × mentions (1 MB ≈ 1.5 s, 4 MB ≈ 30 s, 20 MB over 10 minutes).
#[test]
fn regression_claims_quadratic_in_sentences_times_mentions() {
    let para = "The United States accused China of the cyberattack on Monday, officials said. \
                “This is a threat,” the White House said in a statement. Joe Biden denied it.\n\n";
    let text = para.repeat(8 * 1024 * 1024 / para.len());
    let start = Instant::now();
    let (o, recs) = extract_stdin(jsonl_line_lang("big", &text, "en").as_bytes());
    let took = start.elapsed();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(recs.len(), 1);
    assert!(took < Duration::from_secs(60), "8 MB took {took:?}");
}

/// BUG(claims, quadratic): in one long sentence, `Ctx::groups` walked every mention of the
/// sentence for every cue and `Ctx::clause_start` walked back to the sentence start for every
/// cue: a 1.4 MB comma-separated run with many cues took 30 s.
#[test]
fn regression_claims_quadratic_in_one_long_sentence_with_commas() {
    let words = [
        "the",
        "United",
        "States",
        "accused",
        "China",
        "of",
        "attacks",
        "and",
        "officials",
        "said",
        "that",
    ];
    let mut text = String::new();
    let mut i = 0usize;
    while text.len() < 1 << 20 {
        text.push_str(words[(i * 7 + i / 3) % words.len()]);
        text.push_str(", ");
        i += 1;
    }
    text.push_str("said the White House.");
    let start = Instant::now();
    let (o, recs) = extract_stdin(jsonl_line_lang("commas", &text, "en").as_bytes());
    let took = start.elapsed();
    assert_eq!(o.status.code(), Some(0));
    check_spans(&recs[0], &text);
    assert!(took < Duration::from_secs(30), "1 MB took {took:?}");
}

/// BUG(claims, quadratic): many quotation marks in one sentence (`“a b” "c d" «e f»` …) made
/// `Ctx::clause_start` and `Ctx::in_quote` quadratic: 480 KB took 18 s.
#[test]
fn regression_claims_quadratic_with_many_quotes() {
    let pieces = [
        "“a", "b”", "\"c", "d\"", "«e", "f»", "‘g", "h’", "said", "China", "accused",
    ];
    let text: Vec<&str> = (0..100_000usize)
        .map(|i| pieces[(i * 7 + i / 5) % pieces.len()])
        .collect();
    let text = text.join(" ");
    let start = Instant::now();
    let (o, recs) = extract_stdin(jsonl_line_lang("quotes", &text, "en").as_bytes());
    let took = start.elapsed();
    assert_eq!(o.status.code(), Some(0));
    check_spans(&recs[0], &text);
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

/// BUG(claims, quadratic): the 1 MB sentence without punctuation in Spanish
/// (`Estados Unidos culpó a China del ataque y según el gobierno de España negó …`) took
/// 386 s: `Ctx::clause_start` walked back to the sentence start for every cue and `Ctx::groups`
/// every mention of the sentence for every cue (64 KB: 2.2 s, 128 KB: 6.3 s).
#[test]
fn regression_claims_quadratic_in_a_long_spanish_sentence() {
    let es = words_without_punctuation(1 << 20, ES_RUN);
    one_sentence_in_time("es-sentence", &es, "es", Duration::from_secs(30));
}
