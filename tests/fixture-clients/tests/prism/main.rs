//! Every fixture client against the spec its docs were rendered from: a Prism mock
//! server (`@stoplight/prism-cli`, request validation) per source spec
//! `tests/fixtures/<spec>/openapi.yaml` on 127.0.0.1, and every operation of every
//! client build.rs compiles called on it once, with the values and credentials of
//! the wire smoke tests. Prism judges each request; the run prints, per docs folder
//! flavour, the operations called and the requests accepted, and fails on a
//! rejection `allowed.txt` does not list.
//!
//! `cargo xtask prism` installs the pinned Prism (`xtask/prism/`) and runs this with
//! `MDCLIENT_PRISM` set to its executable; without it, this skips itself.

mod allowed;
mod report;
mod server;
mod support;
mod verdict;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use report::Dialect;
use server::Prism;

include!(concat!(env!("OUT_DIR"), "/prism.rs"));

fn main() -> ExitCode {
    let Some(prism) = std::env::var_os("MDCLIENT_PRISM") else {
        println!(
            "prism: skipped: MDCLIENT_PRISM is not set (`cargo xtask prism` installs Prism and sets it)"
        );
        return ExitCode::SUCCESS;
    };
    match run(Path::new(&prism)) {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(report) => {
            eprint!("{report}");
            ExitCode::FAILURE
        }
    }
}

fn run(prism: &Path) -> Result<String, String> {
    let allowed = allowed::parse(include_str!("allowed.txt"))?;
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    let logs = Path::new(env!("CARGO_TARGET_TMPDIR")).join("prism");
    std::fs::create_dir_all(&logs).map_err(|e| format!("{}: {e}", logs.display()))?;
    let mut specs: Vec<&str> = DIALECTS.iter().map(|(spec, _, _)| *spec).collect();
    specs.dedup();
    let servers = start(prism, &fixtures, &logs, &specs)?;

    let runtime = tokio::runtime::Runtime::new().map_err(|e| format!("no runtime: {e}"))?;
    let dialects = runtime.block_on(async {
        let tasks: Vec<_> = DIALECTS
            .iter()
            .map(|(spec, folder, calls)| {
                let url = servers
                    .iter()
                    .find(|(name, _)| name == spec)
                    .map(|(_, server)| server.url.clone())
                    .unwrap_or_default();
                (*spec, *folder, tokio::spawn(calls(url)))
            })
            .collect();
        let mut dialects = Vec::new();
        for (spec, folder, task) in tasks {
            let calls = task
                .await
                .map_err(|e| format!("{spec} {folder}: the calls failed: {e}"))?;
            dialects.push(Dialect {
                spec,
                folder,
                calls,
            });
        }
        Ok::<_, String>(dialects)
    })?;
    drop(servers);
    report::report(&dialects, &allowed)
}

/// A server per spec, started side by side (each takes seconds to read its spec).
fn start(
    prism: &Path,
    fixtures: &Path,
    logs: &Path,
    specs: &[&str],
) -> Result<Vec<(String, Prism)>, String> {
    std::thread::scope(|scope| {
        let starting: Vec<_> = specs
            .iter()
            .map(|spec| {
                let document = fixtures.join(spec).join("openapi.yaml");
                let log: PathBuf = logs.join(format!("{spec}.log"));
                let handle = scope.spawn(move || Prism::start(prism, &document, &log));
                (spec.to_string(), handle)
            })
            .collect();
        // Joined all, so that each started server is kept (and killed) on failure.
        let mut servers = Vec::new();
        let mut errors = Vec::new();
        for (spec, handle) in starting {
            match handle.join() {
                Ok(Ok(server)) => servers.push((spec, server)),
                Ok(Err(e)) => errors.push(e),
                Err(_) => errors.push(format!("{spec}: starting Prism panicked")),
            }
        }
        match errors.is_empty() {
            true => Ok(servers),
            false => Err(errors.join("\n")),
        }
    })
}
