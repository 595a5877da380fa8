//! Time and memory on big and hostile inputs, generated here: a page of 51,000
//! endpoint rows, a page of 10,000 documented operations, and 4 MB pages of lists
//! nested 2,000 deep (refused: deeper than the reader's limit) and 64 deep (at it).
//! Each case runs each command's work in its own process, so each peak RSS is its
//! own: `spec` (read the docs), `openapi` (read + export), `generate` (read + render).
//! Targets (issue 11; release build): export under 1 s, generate under 2 s, peak RSS
//! under 10x the input's size (plus a base). Exits non-zero when one is missed.
//!
//! ```sh
//! cargo build --release -p mdclient --example bench_big
//! target/release/examples/bench_big
//! ```

#[path = "../benches/support/rss.rs"]
mod rss;
use rss::peak_rss_kb;

use std::fmt::Write as _;
use std::process::Command;
use std::time::{Duration, Instant};

const EXPORT_TARGET: Duration = Duration::from_secs(1);
const GENERATE_TARGET: Duration = Duration::from_secs(2);
/// What a process that reads nothing already holds (binary, allocator, the page it
/// wrote).
const BASE_RSS_KB: u64 = 16 * 1024;

const CASES: &[&str] = &["rows51k", "ops10k", "deep2k", "deep64"];

const PHASES: &[&str] = &["spec", "openapi", "generate"];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, case, phase] = args.as_slice() {
        if flag == "--case" {
            run_phase(case, phase);
            return;
        }
    }
    let exe = std::env::current_exe().expect("the running binary");
    let mut missed = Vec::new();
    println!(
        "{:<8} {:>8} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}  outcome",
        "case", "input MB", "spec ms", "spec MB", "export ms", "export MB", "gen ms", "gen MB"
    );
    for case in CASES {
        let mut row = String::new();
        let mut outcome = String::new();
        let mut input_mb = 0.0;
        for phase in PHASES {
            let out = Command::new(&exe)
                .args(["--case", case, phase])
                .output()
                .expect("run a case");
            // `<input bytes> <ms> <peak KiB> <outcome>`
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            let mut fields = text.trim().splitn(4, ' ');
            let bytes: f64 = fields
                .next()
                .and_then(|f| f.parse().ok())
                .unwrap_or_default();
            let ms: f64 = fields
                .next()
                .and_then(|f| f.parse().ok())
                .unwrap_or_default();
            let kb: u64 = fields
                .next()
                .and_then(|f| f.parse().ok())
                .unwrap_or_default();
            outcome = fields.next().unwrap_or_default().to_string();
            input_mb = bytes / 1e6;
            let _ = write!(row, " {ms:>9.0} {:>9.1}", kb as f64 / 1024.0);
            let limit = match *phase {
                "openapi" => Some(EXPORT_TARGET),
                "generate" => Some(GENERATE_TARGET),
                _ => None,
            };
            if limit.is_some_and(|l| ms > l.as_secs_f64() * 1e3) {
                missed.push(format!("{case} {phase}: {ms:.0} ms"));
            }
            let rss_limit_kb = BASE_RSS_KB + (10.0 * bytes / 1024.0) as u64;
            if kb > rss_limit_kb {
                missed.push(format!(
                    "{case} {phase}: {:.0} MB > 10x input",
                    kb as f64 / 1024.0
                ));
            }
        }
        println!("{case:<8} {input_mb:>8.1}{row}  {outcome}");
    }
    if cfg!(debug_assertions) {
        println!("note: a debug build; the targets are for a release build");
    } else if !missed.is_empty() {
        eprintln!("error: targets missed: {}", missed.join("; "));
        std::process::exit(1);
    }
}

/// Writes the case's page and does one command's work on it (`spec`: read the docs;
/// `openapi`: read and export; `generate`: read and render); prints
/// `<input bytes> <ms> <peak RSS KiB> <outcome>`.
fn run_phase(case: &str, phase: &str) {
    let dir = std::env::temp_dir().join(format!("mdclient-big-{case}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    let page = dir.join("BigApi.md");
    let text = match case {
        "rows51k" => endpoint_rows(51_000),
        "ops10k" => operations(10_000),
        "deep64" => deep_lists(64, 4 << 20),
        _ => deep_lists(2_000, 4 << 20),
    };
    std::fs::write(&page, &text).expect("write the page");
    let bytes = text.len();
    drop(text);
    let inputs = [page.as_path()];
    let start = Instant::now();
    let result = mdclient::read_docs(&inputs, Some("big")).and_then(|r| match phase {
        "openapi" => mdclient::openapi::to_openapi_yaml(&r.spec).map(|y| y.len()),
        "generate" => {
            mdclient::render::render_module(&r.spec, &mdclient::render::RenderOptions::default())
                .map(|code| code.len())
        }
        _ => Ok(r.spec.apis.iter().map(|a| a.operations.len()).sum()),
    });
    let elapsed = start.elapsed();
    let outcome = match result {
        Ok(n) if phase == "spec" => format!("ok: {n} operations"),
        Ok(n) => format!("ok: {:.1} MB written", n as f64 / 1e6),
        Err(e) => format!("refused: {}", first_line(&e.to_string())),
    };
    std::fs::remove_dir_all(&dir).ok();
    println!(
        "{bytes} {:.1} {} {outcome}",
        ms(elapsed),
        peak_rss_kb().unwrap_or_default()
    );
}

fn first_line(text: &str) -> &str {
    let line = text.lines().next().unwrap_or_default();
    line.get(..120).unwrap_or(line)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

const HEAD: &str = "# Big::BigApi\n\nAll URIs are relative to *https://big.example/v1*\n\n\
                    | Method | HTTP request | Description |\n| --- | --- | --- |\n";

/// An endpoint table of `n` rows and no sections (each op is known by its row only).
pub fn endpoint_rows(n: usize) -> String {
    let mut page = String::from(HEAD);
    for i in 0..n {
        let _ = writeln!(
            page,
            "| [**op_{i}**](BigApi.md#op_{i}) | **GET** /items/{i}/{{id}} | Get item {i} |"
        );
    }
    page
}

/// `n` operations, each with a section: a path and a query parameter, a JSON body.
pub fn operations(n: usize) -> String {
    let mut page = String::from(HEAD);
    for i in 0..n {
        let _ = writeln!(
            page,
            "| [**op_{i}**](BigApi.md#op_{i}) | **POST** /items/{i}/{{id}} | Update item {i} |"
        );
    }
    for i in 0..n {
        let _ = write!(
            page,
            "\n## op_{i}\n\n> <Item> op_{i}(id, opts)\n\nUpdate item {i}\n\n### Parameters\n\n\
             | Name | Type | Description | Notes |\n| ---- | ---- | ----------- | ----- |\n\
             | **id** | **Integer** | The item |  |\n\
             | **page_size** | **Integer** | Items per page | [optional] |\n\
             | **item** | [**Item**](Item.md) | The new item | [optional] |\n\n\
             ### Return type\n\n[**Item**](Item.md)\n\n### Authorization\n\nNo authorization required\n\n\
             ### HTTP request headers\n\n- **Content-Type**: application/json\n- **Accept**: application/json\n"
        );
    }
    page
}

/// A page whose body is lists nested `depth` deep, repeated up to `bytes`.
pub fn deep_lists(depth: usize, bytes: usize) -> String {
    let mut page = String::from(HEAD);
    page.push_str("| [**op**](BigApi.md#op) | **GET** /op | Op |\n\n## op\n\n");
    while page.len() < bytes {
        for d in 0..depth {
            page.push_str(&"  ".repeat(d));
            page.push_str("- x\n");
            if page.len() >= bytes {
                break;
            }
        }
        page.push('\n');
    }
    page
}
