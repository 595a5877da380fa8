//! Parse and render speed: `read_docs`, `render_module` and both end to end, on
//!
//! - each seed page (`specs/*/*.txt`, one small page each);
//! - the largest docs folder under `tests/fixtures/`, when there is one;
//! - a synthetic docs folder of 1,000 operations and 2,000 models
//!   (`support/synthetic.rs`), whose target is under 1 s for read + render in release on
//!   2 cores, and under 100 MB peak RSS: `examples/bench_synthetic.rs` checks both.
//!
//! ```sh
//! cargo bench -p mdclient --bench pipeline -- --quick
//! cargo bench -p mdclient --bench pipeline -- synthetic
//! ```

#[path = "support/synthetic.rs"]
mod synthetic;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion};
use mdclient::render::{render_module, RenderOptions};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    entries.sort();
    entries
}

/// Benchmarks reading `inputs`, rendering what they give, and both, as
/// `<group>/{read,render,pipeline}/<name>`.
fn bench_input<M: criterion::measurement::Measurement>(
    group: &mut BenchmarkGroup<'_, M>,
    name: &str,
    inputs: &[PathBuf],
) {
    let options = RenderOptions::default();
    let spec = mdclient::read_docs(inputs, None)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .spec;
    group.bench_function(format!("read/{name}"), |b| {
        b.iter(|| mdclient::read_docs(black_box(inputs), None).unwrap())
    });
    group.bench_function(format!("render/{name}"), |b| {
        b.iter(|| render_module(black_box(&spec), &options).unwrap())
    });
    group.bench_function(format!("pipeline/{name}"), |b| {
        b.iter(|| {
            let recovered = mdclient::read_docs(black_box(inputs), None).unwrap();
            render_module(&recovered.spec, &options).unwrap()
        })
    });
}

/// Each seed page on its own.
fn seeds(c: &mut Criterion) {
    let mut group = c.benchmark_group("seed");
    for api in sorted_entries(&workspace_root().join("specs")) {
        let Some(name) = api.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        for page in sorted_entries(&api)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
            bench_input(&mut group, &name, &[page]);
        }
    }
    group.finish();
}

/// The bytes of the `*.md` pages under `dir`, recursively, as `read_docs` reads them.
/// Each `docs` folder found on the way is pushed to `out` with its bytes.
fn md_bytes(dir: &Path, out: &mut Vec<(u64, PathBuf)>) -> u64 {
    let mut bytes = 0;
    for path in sorted_entries(dir) {
        if path.is_dir() {
            bytes += md_bytes(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            bytes += path.metadata().map_or(0, |m| m.len());
        }
    }
    if bytes > 0 && dir.file_name().is_some_and(|n| n == "docs") {
        out.push((bytes, dir.to_path_buf()));
    }
    bytes
}

/// The largest SDK docs folder (`.../docs`) under `tests/fixtures/` that reads and
/// renders, if any.
fn largest_fixture() -> Option<(String, PathBuf)> {
    let root = workspace_root();
    let mut folders = Vec::new();
    for fixtures in [
        root.join("tests/fixtures"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
    ] {
        md_bytes(&fixtures, &mut folders);
    }
    folders.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    folders.into_iter().find_map(|(bytes, dir)| {
        let ok = mdclient::read_docs(&[&dir], None)
            .ok()
            .is_some_and(|r| render_module(&r.spec, &RenderOptions::default()).is_ok());
        let shown = dir
            .strip_prefix(&root)
            .unwrap_or(&dir)
            .display()
            .to_string();
        if !ok {
            eprintln!("fixture: skipping {shown}: it does not read and render");
            return None;
        }
        eprintln!("fixture: {shown} ({bytes} bytes of pages)");
        let name = shown
            .trim_start_matches("tests/fixtures/")
            .trim_end_matches("/docs");
        Some((name.replace('/', "_"), dir))
    })
}

fn fixture(c: &mut Criterion) {
    let Some((name, dir)) = largest_fixture() else {
        eprintln!("fixture: no tests/fixtures folder; skipped");
        return;
    };
    let mut group = c.benchmark_group("fixture");
    bench_input(&mut group, &name, &[dir]);
    group.finish();
}

/// The synthetic folder: 1,000 operations, 2,000 models.
fn synthetic(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("mdclient-bench-synthetic-{}", std::process::id()));
    let stats = synthetic::write_docs(&dir).expect("write the synthetic docs folder");
    eprintln!(
        "synthetic: {} files, {} bytes, {} operations, {} models",
        stats.files, stats.bytes, stats.operations, stats.model_pages
    );
    let mut group = c.benchmark_group("synthetic");
    // About 1 s an iteration: few samples, enough time for them.
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(2));
    bench_input(&mut group, "1000ops_2000models", std::slice::from_ref(&dir));
    group.finish();
    std::fs::remove_dir_all(&dir).ok();
}

criterion_group!(benches, seeds, fixture, synthetic);
criterion_main!(benches);
