//! Shared pieces of the crossclaim fuzz targets: the stages built once from the repository's
//! lexicons, the decoding of fuzz input into a language and a text, and the invariants.

pub mod invariants;

use std::sync::OnceLock;

use crossclaim_core::Lang;
use crossclaim_pipeline::Pipeline;

/// The lexicon directory of this repository (or `$CROSSCLAIM_LEXICONS`).
pub fn lexicon_dir() -> std::path::PathBuf {
    std::env::var_os("CROSSCLAIM_LEXICONS").map_or_else(
        || std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../lexicons")),
        std::path::PathBuf::from,
    )
}

/// Every stage, built once per fuzzing process.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| match Pipeline::from_dir(&lexicon_dir()) {
        Ok(p) => p,
        Err(e) => panic!("the lexicons do not load: {e}"),
    })
}

/// The first byte chooses the language (detected, English, Spanish, und); the rest is the text,
/// invalid UTF-8 replaced by U+FFFD (the stages only ever see valid UTF-8).
pub fn lang_and_text(data: &[u8]) -> (Option<Lang>, String) {
    let Some((&first, rest)) = data.split_first() else {
        return (None, String::new());
    };
    let lang = match first % 4 {
        0 => None,
        1 => Some(Lang::En),
        2 => Some(Lang::Es),
        _ => Some(Lang::Und),
    };
    (lang, String::from_utf8_lossy(rest).into_owned())
}

/// Panics with the text when a check fails (libFuzzer saves the input as a crash).
pub fn must(check: invariants::Check, text: &str) {
    if let Err(e) = check {
        let shown: String = text.chars().take(400).collect();
        panic!(
            "invariant broken: {e}\ntext ({} bytes): {shown:?}",
            text.len()
        );
    }
}
