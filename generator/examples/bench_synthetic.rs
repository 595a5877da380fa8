//! Checks the pipeline's speed and memory targets on the synthetic docs folder
//! (`benches/support/synthetic.rs`: 1,000 operations, 2,000 models): read + render
//! under 1 s and peak RSS under 100 MB. Prints the timings and exits non-zero when a
//! target is missed.
//!
//! ```sh
//! cargo build --release --example bench_synthetic
//! /usr/bin/time -v target/release/examples/bench_synthetic
//! ```
//!
//! Run the built binary, not `cargo run`, so that cargo's own memory is not counted.
//! An argument sets the number of runs (default 3).
//!
//! `bench_synthetic --crate DIR` instead writes the synthetic client as a crate to DIR
//! (depending on this checkout's `runtime/`), to measure how long it takes to compile:
//! `cargo build` it once, touch `src/lib.rs`, and time the second build.
//! The benchmark proper is `cargo bench --bench pipeline`.

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

#[path = "../benches/support/rss.rs"]
mod rss;
use rss::peak_rss_kb;

use std::time::{Duration, Instant};

/// Read + render of the synthetic folder, release build, 2 cores.
const TIME_TARGET: Duration = Duration::from_secs(1);
/// Peak resident memory of the whole process.
const RSS_TARGET_KB: u64 = 100 * 1024;
/// Runs of the pipeline by default (the first argument overrides it); the median is
/// held to the target.
const RUNS: usize = 3;

struct Run {
    read: Duration,
    render: Duration,
    openapi: Duration,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, out] = args.as_slice() {
        if flag == "--crate" {
            write_crate(std::path::Path::new(out));
            return;
        }
    }
    let dir = std::env::temp_dir().join(format!("mdclient-synthetic-{}", std::process::id()));
    let start = Instant::now();
    let stats = synthetic::write_docs(&dir).expect("write the synthetic docs folder");
    println!(
        "synthetic docs: {} files, {:.1} MB, {} API pages, {} operations, {} model pages \
         (written in {} ms)",
        stats.files,
        stats.bytes as f64 / 1e6,
        stats.api_pages,
        stats.operations,
        stats.model_pages,
        start.elapsed().as_millis()
    );

    let count = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(RUNS);
    let mut runs = Vec::with_capacity(count);
    for n in 0..count {
        let start = Instant::now();
        let recovered = mdclient::read_docs(&[&dir], Some("synthetic")).expect("read_docs");
        let read = start.elapsed();
        let start = Instant::now();
        let code = mdclient::render::render_module(&recovered.spec, &Default::default())
            .expect("render_module");
        let render = start.elapsed();
        let start = Instant::now();
        let yaml = mdclient::openapi::to_openapi_yaml(&recovered.spec).expect("to_openapi_yaml");
        let openapi = start.elapsed();
        if n == 0 {
            let ops: usize = recovered.spec.apis.iter().map(|a| a.operations.len()).sum();
            println!(
                "recovered: {} apis, {} operations, {} models, {} warnings; \
                 {:.1} MB of Rust, {:.1} MB of OpenAPI",
                recovered.spec.apis.len(),
                ops,
                recovered.spec.models.len(),
                recovered.warnings.len(),
                code.len() as f64 / 1e6,
                yaml.len() as f64 / 1e6,
            );
            for w in recovered.warnings.iter().take(5) {
                println!("  {w}");
            }
        }
        println!(
            "run {}: read_docs {:>7.1} ms  render_module {:>7.1} ms  total {:>7.1} ms  \
             (to_openapi_yaml {:.1} ms, not in the target)",
            n + 1,
            ms(read),
            ms(render),
            ms(read + render),
            ms(openapi)
        );
        runs.push(Run {
            read,
            render,
            openapi,
        });
    }
    let peak_kb = peak_rss_kb();
    std::fs::remove_dir_all(&dir).ok();

    runs.sort_by_key(|r| r.read + r.render);
    let median = &runs[runs.len() / 2];
    let total = median.read + median.render;
    println!(
        "median: read_docs {:.1} ms, render_module {:.1} ms, total {:.1} ms (target < {} ms); \
         to_openapi_yaml {:.1} ms",
        ms(median.read),
        ms(median.render),
        ms(total),
        TIME_TARGET.as_millis(),
        ms(median.openapi)
    );
    match peak_kb {
        Some(kb) => println!(
            "peak RSS: {:.1} MB (target < {} MB)",
            kb as f64 / 1024.0,
            RSS_TARGET_KB / 1024
        ),
        None => println!("peak RSS: unknown (no /proc/self/status VmHWM)"),
    }

    let mut missed = Vec::new();
    if cfg!(debug_assertions) {
        println!("note: a debug build; the targets are for a release build");
    } else {
        if total > TIME_TARGET {
            missed.push(format!(
                "time {:.1} ms > {} ms",
                ms(total),
                TIME_TARGET.as_millis()
            ));
        }
        if peak_kb.is_some_and(|kb| kb > RSS_TARGET_KB) {
            missed.push(format!(
                "peak RSS {:.1} MB > {} MB",
                peak_kb.unwrap_or_default() as f64 / 1024.0,
                RSS_TARGET_KB / 1024
            ));
        }
    }
    if !missed.is_empty() {
        eprintln!("error: target missed: {}", missed.join("; "));
        std::process::exit(1);
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Writes the synthetic client as a crate to `out`.
fn write_crate(out: &std::path::Path) {
    let dir = std::env::temp_dir().join(format!("mdclient-synthetic-{}", std::process::id()));
    synthetic::write_docs(&dir).expect("write the synthetic docs folder");
    let recovered = mdclient::read_docs(&[&dir], Some("synthetic")).expect("read_docs");
    std::fs::remove_dir_all(&dir).ok();
    let runtime = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime");
    let runtime = runtime
        .canonicalize()
        .expect("the runtime crate of this checkout");
    let opts = mdclient::render::RenderOptions::new()
        .with_runtime_path(runtime.to_string_lossy().into_owned());
    let files = mdclient::render::render_crate(&recovered.spec, "synthetic-client", &opts)
        .expect("render_crate");
    for (path, text) in files {
        let path = out.join(path);
        std::fs::create_dir_all(path.parent().expect("a file in the crate")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
    }
    let ops: usize = recovered.spec.apis.iter().map(|a| a.operations.len()).sum();
    println!(
        "wrote {} ({} operations, {} models)",
        out.display(),
        ops,
        recovered.spec.models.len()
    );
}
