//! The command line contract (SPEC §2, §7): exit codes, streams, one record per document.

#[path = "support.rs"]
mod support;

use support::{run, tmp_dir};

fn records(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn extract_streams_one_record_per_document_in_input_order() {
    let input = concat!(
        "{\"id\": \"en1\", \"text\": \"The United States accused China of the cyberattack on Monday.\"}\n",
        "{\"id\": \"es1\", \"text\": \"Estados Unidos culpó a China del ciberataque este lunes.\", \"lang\": \"es\"}\n",
        "{\"id\": \"bad\", \"text\": \n",
        "{\"id\": \"empty\", \"text\": \"   \"}\n",
        "{\"id\": \"pt1\", \"text\": \"Os Estados Unidos acusaram a China do ciberataque contra os servidores na segunda-feira.\"}\n",
        "{\"text\": \"no id here\"}\n",
    );
    let o = run(&["extract", "-"], Some(input.as_bytes()));
    assert_eq!(
        o.status.code(),
        Some(1),
        "some documents failed: exit 1; stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let recs = records(&o.stdout);
    let summary: Vec<String> = recs
        .iter()
        .map(|r| match r.get("error") {
            Some(e) => format!("error:{}", e["kind"].as_str().unwrap_or_default()),
            None => format!(
                "{}:{}",
                r["doc_id"].as_str().unwrap_or_default(),
                r["lang"].as_str().unwrap_or_default()
            ),
        })
        .collect();
    assert_eq!(
        summary,
        [
            "en1:en",
            "es1:es",
            "error:malformed_json",
            "error:empty_text",
            "pt1:und",
            "error:missing_field"
        ]
    );
    assert_eq!(recs[0]["claims"][0]["kind"], "accusation");
    assert_eq!(
        recs[1]["lang_confidence"], 1.0,
        "a given language is trusted"
    );
    assert_eq!(recs[4]["lang_detected"], "por");
    assert!(recs[4]["lang_reason"]
        .as_str()
        .unwrap_or_default()
        .contains("unsupported"));
    assert!(recs.iter().all(|r| r["schema_version"] == 1));
}

#[test]
fn usage_and_unreadable_input_exit_2() {
    assert_eq!(run(&["no-such-command"], None).status.code(), Some(2));
    assert_eq!(
        run(&["extract", "/no/such/file.txt"], None).status.code(),
        Some(2)
    );
    let o = run(&["eval", "--gold", "/no/such/dir"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(!o.stderr.is_empty());
    assert_eq!(run(&["--help"], None).status.code(), Some(0));
}

#[test]
fn txt_inputs_use_the_file_stem_as_id_and_bad_files_become_error_records() {
    let dir = tmp_dir("cli-txt");
    std::fs::write(
        dir.join("a_good.txt"),
        "China denied the allegations made by the United States on Monday.",
    )
    .unwrap_or_default();
    std::fs::write(
        dir.join("b_latin1.txt"),
        b"Espa\xf1a neg\xf3 las acusaciones de los Estados Unidos.",
    )
    .unwrap_or_default();
    std::fs::write(dir.join("c_binary.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap_or_default();
    let o = run(&["extract", dir.to_str().unwrap_or_default()], None);
    assert_eq!(o.status.code(), Some(1));
    let recs = records(&o.stdout);
    let ids: Vec<&str> = recs
        .iter()
        .map(|r| r["doc_id"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(ids, ["a_good", "b_latin1", "c_binary"]);
    assert_eq!(recs[0]["claims"][0]["kind"], "denial");
    assert_eq!(recs[1]["error"]["kind"], "invalid_utf8");
    assert_eq!(recs[2]["error"]["kind"], "binary");
}

#[test]
fn align_reads_document_records_and_pairs_the_claims() {
    let input = concat!(
        "{\"id\": \"en1\", \"text\": \"The United States accused China of the cyberattack on Monday.\"}\n",
        "{\"id\": \"es1\", \"text\": \"Estados Unidos culpó a China del ciberataque este lunes.\"}\n",
    );
    let docs = run(&["extract", "-"], Some(input.as_bytes()));
    assert_eq!(docs.status.code(), Some(0));
    let o = run(&["align"], Some(&docs.stdout));
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let recs = records(&o.stdout);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["en"]["claim"], "en1#0");
    assert_eq!(recs[0]["es"]["claim"], "es1#0");
    assert_eq!(recs[0]["evidence"]["shared_sources"][0], "USA");
}

#[test]
fn run_prints_a_summary_and_the_aligned_pairs() {
    let out = tmp_dir("cli-run");
    let o = run(&["run", "--out", out.to_str().unwrap_or_default()], None);
    assert_eq!(o.status.code(), Some(0));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("2 documents"), "{err}");
    assert!(
        err.contains("English claim") && err.contains("Spanish claim"),
        "{err}"
    );
    assert!(o.stdout.is_empty(), "run writes files, not stdout");
    for f in ["documents.jsonl", "claims.jsonl", "alignments.jsonl"] {
        assert!(out.join(f).is_file(), "{f} written");
    }
}

#[test]
fn a_closed_stdout_ends_quietly() {
    use std::io::Write;
    use std::process::Stdio;
    let mut input = String::new();
    for i in 0..3000 {
        input.push_str(&format!("{{\"id\": \"d{i}\", \"text\": \"Estados Unidos culpó a China del ciberataque este lunes.\"}}\n"));
    }
    let mut child = support::bin()
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    // Read one line, then close the pipe, as `| head -1` does.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 64];
    let _ = std::io::Read::read(&mut stdout, &mut first);
    drop(stdout);
    let _ = writer.join();
    let out = child.wait_with_output().expect("it finishes");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "no message on a broken pipe: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
