//! Parallel processing in input order with bounded memory: documents are read in batches (by
//! count and by bytes), a batch is processed by the rayon pool, and its outputs are handed back
//! in input order before the next batch is read.

use crossclaim_core::record::{DocumentRecord, ErrorInfo, ErrorRecord, SCHEMA_VERSION};
use crossclaim_core::Document;
use crossclaim_io::{Inputs, Item};
use crossclaim_pipeline::Pipeline;
use rayon::prelude::*;

const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 32 * 1024 * 1024;

/// What one input document became.
pub enum Outcome {
    Doc(Box<Document>),
    Error(ErrorRecord),
}

impl Outcome {
    /// The document stream's JSON line for this outcome.
    pub fn record_line(&self) -> String {
        let r = match self {
            Outcome::Doc(d) => serde_json::to_string(&DocumentRecord::from_document(d)),
            Outcome::Error(e) => serde_json::to_string(e),
        };
        r.unwrap_or_else(|e| format!("{{\"schema_version\":1,\"doc_id\":null,\"error\":{{\"kind\":\"internal\",\"message\":\"{e}\"}}}}"))
    }
}

/// Processes every input item, calling `sink` on each outcome in input order.
pub fn process_all<E>(
    pipeline: &Pipeline,
    inputs: Inputs,
    mut sink: impl FnMut(Outcome) -> Result<(), E>,
) -> Result<(), E> {
    let mut items = inputs.peekable();
    loop {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
            let Some(item) = items.next() else { break };
            if let Item::Doc(d) = &item {
                bytes += d.text.len();
            }
            batch.push(item);
        }
        if batch.is_empty() {
            return Ok(());
        }
        let outcomes: Vec<Outcome> = batch
            .into_par_iter()
            .map(|item| match item {
                Item::Doc(raw) => Outcome::Doc(Box::new(pipeline.process(raw))),
                Item::Error(e) => Outcome::Error(ErrorRecord {
                    schema_version: SCHEMA_VERSION,
                    doc_id: e.doc_id,
                    error: ErrorInfo {
                        kind: e.kind.to_owned(),
                        message: e.message,
                    },
                }),
            })
            .collect();
        for o in outcomes {
            sink(o)?;
        }
    }
}
