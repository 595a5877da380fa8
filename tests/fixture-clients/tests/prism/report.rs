//! The table per docs folder flavour (operations called, requests accepted) and the
//! list of rejections, each allowed by `allowed.txt` or failing the run.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::allowed::Allowed;
use crate::support::Call;
use crate::verdict::{exchanges, rejection};

/// The calls of one fixture client.
pub(crate) struct Dialect {
    pub spec: &'static str,
    pub folder: &'static str,
    pub calls: Vec<Call>,
}

#[derive(Default)]
struct Row {
    specs: usize,
    called: usize,
    accepted: usize,
    allowed: usize,
}

/// The report of every call; `Err` (the same report) when a rejection is not on the
/// list or an entry of the list allowed nothing.
pub(crate) fn report(dialects: &[Dialect], allowed: &[Allowed]) -> Result<String, String> {
    let mut rows: BTreeMap<&str, Row> = BTreeMap::new();
    let mut used = vec![0usize; allowed.len()];
    let mut failing = String::new();
    for dialect in dialects {
        let row = rows.entry(dialect.folder).or_default();
        row.specs += 1;
        for call in &dialect.calls {
            row.called += 1;
            let reasons = rejection(call);
            if reasons.is_empty() {
                row.accepted += 1;
                continue;
            }
            let mut unlisted = Vec::new();
            for reason in &reasons {
                let entry = allowed
                    .iter()
                    .position(|a| a.allows(dialect.spec, dialect.folder, &call.operation, reason));
                match entry {
                    Some(index) => used[index] += 1,
                    None => unlisted.push(reason.as_str()),
                }
            }
            if unlisted.is_empty() {
                row.allowed += 1;
                continue;
            }
            let _ = writeln!(
                failing,
                "  {} {} {} ({}): {}\n    {}",
                dialect.spec,
                dialect.folder,
                call.operation,
                call.route,
                exchanges(call),
                unlisted.join("\n    ")
            );
        }
    }
    let mut out = table(&rows);
    let total = rows.values().fold(Row::default(), |sum, row| Row {
        specs: sum.specs + row.specs,
        called: sum.called + row.called,
        accepted: sum.accepted + row.accepted,
        allowed: sum.allowed + row.allowed,
    });
    let _ = writeln!(
        out,
        "prism: {} clients, {} operations called, {} requests accepted, {} rejected as allowed.txt lists",
        total.specs, total.called, total.accepted, total.allowed
    );
    let mut stale = Vec::new();
    for (entry, count) in allowed.iter().zip(&used) {
        match count {
            0 => stale.push(format!("  {}", entry.key())),
            n => {
                let _ = writeln!(out, "  {n:>4} x {}\n         {}", entry.key(), entry.reason);
            }
        }
    }
    if failing.is_empty() && stale.is_empty() {
        return Ok(out);
    }
    if !failing.is_empty() {
        let _ = write!(
            out,
            "prism: rejections not on the list: fix the client, or add an entry \
             `<spec> <folder> <operationId> \"<rejection>\": <reason>` (a fact the docs do \
             not carry, or BUG: with the evidence) to tests/fixture-clients/tests/prism/allowed.txt\n{failing}"
        );
    }
    if !stale.is_empty() {
        let _ = writeln!(
            out,
            "prism: entries of allowed.txt no rejection needs (remove them):\n{}",
            stale.join("\n")
        );
    }
    Err(out)
}

fn table(rows: &BTreeMap<&str, Row>) -> String {
    let width = rows
        .keys()
        .map(|k| k.len())
        .max()
        .unwrap_or(0)
        .max("folder".len());
    let mut out = format!(
        "{:<width$}  specs  operations  accepted  allowed\n",
        "folder"
    );
    for (folder, row) in rows {
        let _ = writeln!(
            out,
            "{folder:<width$}  {:>5}  {:>10}  {:>8}  {:>7}",
            row.specs, row.called, row.accepted, row.allowed
        );
    }
    out
}
