//! `cargo xtask <command>`: the workspace's maintenance tasks. This file only dispatches.

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask codegen [--check]
       cargo xtask fixtures [LABEL|FOLDER...]
       cargo xtask wild [--no-compile]
       cargo xtask fuzz [CASES]
       cargo xtask prism [--install]
       cargo xtask bench-build [--rounds N] [--baseline REV] [authentik|synthetic|fixture...]

  codegen          recover specs/<api>/spec.yaml from each API's docs and render
                   generated/<api>/ from it
  codegen --check  fail if any checked-in file differs from what codegen writes
  fixtures         render the docs of tests/fixtures/<spec>/openapi.yaml with each
                   OpenAPI Generator and swagger-codegen release and generator in
                   xtask/src/fixtures.rs (needs java, python3 and npm)
  wild             read, score and compile the real SDK docs folders of
                   ../shared/wild (MDCLIENT_WILD overrides); skipped when absent
  fuzz             the long run of the page fuzzer (generator/tests/proptest_pages.rs,
                   release build): CASES mutated pages (default 100000)
  prism            call every operation of every fixture client on a Prism mock
                   server of its source spec (pinned in xtask/prism/, installed
                   with npm into target/prism/); a table per docs folder, and a
                   failure on a rejection tests/fixture-clients/tests/prism/allowed.txt
                   does not list
  prism --install  only install it; print the executable's path, for
                   MDCLIENT_PRISM (then `cargo test --workspace` runs the check)
  bench-build      build the client of each input as mdclient, progenitor and
                   OpenAPI Generator generate it, interleaved rounds (default 3);
                   medians, ratios and rustc peak RSS (xtask/src/bench_build.rs);
                   --baseline REV adds the client mdclient REV generates";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["codegen"] => xtask::codegen::run(xtask::codegen::Mode::Write),
        ["codegen", "--check"] => xtask::codegen::run(xtask::codegen::Mode::Check),
        ["wild"] => xtask::wild::run(true),
        ["wild", "--no-compile"] => xtask::wild::run(false),
        ["fuzz"] => xtask::fuzz(100_000),
        ["fuzz", cases] => match cases.parse() {
            Ok(n) => xtask::fuzz(n),
            Err(_) => Err(format!("fuzz: `{cases}` is not a number of cases")),
        },
        ["prism"] => xtask::prism::run(),
        ["prism", "--install"] => xtask::prism::install_only(),
        ["bench-build", rest @ ..] => bench_build(rest),
        ["fixtures", only @ ..] => xtask::fixtures::run(&strings(only)),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// `bench-build [--rounds N] [--baseline REV] [INPUT...]`.
fn bench_build(mut args: &[&str]) -> Result<String, String> {
    let mut rounds = 3;
    let mut baseline = None;
    loop {
        match args {
            ["--rounds", n, rest @ ..] => {
                rounds = n
                    .parse()
                    .map_err(|_| format!("bench-build: `{n}` is not a number of rounds"))?;
                args = rest;
            }
            ["--baseline", rev, rest @ ..] => {
                baseline = Some(*rev);
                args = rest;
            }
            _ => break,
        }
    }
    xtask::bench_build::run(rounds, &strings(args), baseline)
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}
