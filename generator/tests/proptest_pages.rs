//! Mutated pages never panic: each seed page (`specs/*/*.txt`, and every `*.md` under a
//! `tests/fixtures/` folder when there is one) is truncated, has lines deleted,
//! duplicated or swapped, junk bytes inserted (invalid UTF-8, NUL, Markdown
//! punctuation), table cells replaced and headings shuffled. Reading it must give a
//! spec or an error naming the page; a spec must then render and export without a
//! panic (an error is fine).
//!
//! `PROPTEST_CASES=5000 cargo test -p mdclient --test proptest_pages` runs a longer
//! search than the default.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::Index;

/// Cases per run when `PROPTEST_CASES` is not set: about 5 s in debug on 2 cores.
const DEFAULT_CASES: u32 = 256;

/// A seed page.
struct Seed {
    /// Where it comes from, for messages.
    name: String,
    bytes: Vec<u8>,
    /// For a page that is not an API page (a model page, a README): an API page of its
    /// docs folder, read with it, since such a page alone is no input.
    companion: Option<Companion>,
}

struct Companion {
    file_name: String,
    bytes: Vec<u8>,
}

/// The seeds, split into API pages and other pages.
struct Seeds {
    api_pages: Vec<Seed>,
    other_pages: Vec<Seed>,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn is_api_page(bytes: &[u8]) -> bool {
    bytes
        .windows(b"HTTP request".len())
        .any(|w| w.eq_ignore_ascii_case(b"HTTP request"))
}

/// The seed pages, read once: `specs/*/*.txt` and `tests/fixtures/**/*.md` (in the
/// workspace or in this crate) when that folder exists.
fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = workspace_root();
        let mut files = Vec::new();
        for api in sorted_entries(&root.join("specs")) {
            if api.is_dir() {
                files.extend(
                    sorted_entries(&api)
                        .into_iter()
                        .filter(|p| p.extension().is_some_and(|e| e == "txt")),
                );
            }
        }
        assert!(!files.is_empty(), "no seed pages under specs/*/*.txt");
        let default_companion = Companion {
            file_name: "AuthApi.md".to_string(),
            bytes: std::fs::read(root.join("specs/c2m/002_94e56c8fdaca085b.txt")).unwrap(),
        };
        for fixtures in [
            root.join("tests/fixtures"),
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
        ] {
            collect_md(&fixtures, &mut files);
        }
        let mut seeds = Seeds {
            api_pages: Vec::new(),
            other_pages: Vec::new(),
        };
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            let name = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .display()
                .to_string();
            let readme = path
                .file_name()
                .is_some_and(|n| n.eq_ignore_ascii_case("README.md"));
            if is_api_page(&bytes) && !readme {
                seeds.api_pages.push(Seed {
                    name,
                    bytes,
                    companion: None,
                });
            } else {
                // A model page's companion is in its folder, a README's in `docs/`.
                let dir = path.parent().unwrap_or(&root);
                let sibling = [dir.to_path_buf(), dir.join("docs")]
                    .iter()
                    .find_map(|dir| {
                        sorted_entries(dir).into_iter().find_map(|p| {
                            let file_name = p.file_name()?.to_str()?.to_string();
                            let bytes = std::fs::read(&p).ok()?;
                            (file_name.ends_with("Api.md") && is_api_page(&bytes))
                                .then_some(Companion { file_name, bytes })
                        })
                    });
                let companion = sibling.unwrap_or(Companion {
                    file_name: default_companion.file_name.clone(),
                    bytes: default_companion.bytes.clone(),
                });
                seeds.other_pages.push(Seed {
                    name,
                    bytes,
                    companion: Some(companion),
                });
            }
        }
        seeds
    })
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    entries.sort();
    entries
}

fn collect_md(dir: &Path, out: &mut Vec<PathBuf>) {
    for path in sorted_entries(dir) {
        if path.is_dir() {
            collect_md(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

/// One edit of a page. Positions are [`Index`]es, resolved against the page as it is
/// when the edit applies, so shrinking keeps them valid.
#[derive(Debug, Clone)]
enum Mutation {
    /// Cut the page at a byte (possibly inside a UTF-8 sequence).
    Truncate(Index),
    /// Delete 1 to 4 lines from a line on.
    DeleteLines(Index, usize),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    /// Insert bytes at a byte offset.
    InsertBytes(Index, Vec<u8>),
    /// Insert a line of its own (a heading, a table row, a fence...).
    InsertLine(Index, Vec<u8>),
    /// Replace the content of one cell of a line with `|` in it.
    ReplaceCell(Index, Index, Vec<u8>),
    /// Swap the text of two heading lines (outside code fences).
    SwapHeadings(Index, Index),
    /// Move a section (a heading line up to the next heading) elsewhere.
    MoveSection(Index, Index),
    /// Give a heading another level (1 to 7 `#`).
    Relevel(Index, usize),
}

/// Pieces of Markdown that junk insertions are made of: the punctuation the readers
/// split on, entities, control characters and words the readers look for.
fn text_token() -> impl Strategy<Value = Vec<u8>> {
    const TOKENS: &[&[u8]] = &[
        b"|",
        b" | ",
        b">",
        b"> ",
        b"#",
        b"## ",
        b"`",
        b"```",
        b"```ruby\n",
        b"**",
        b"*",
        b"{",
        b"}",
        b"{id}",
        b"[",
        b"](",
        b")",
        b"(",
        b"<",
        b">",
        b"&lt;",
        b"&gt;",
        b"&amp;",
        b"&",
        b"Array&lt;",
        b"Hash&lt;String, ",
        b"[optional]",
        b"[default to 'x']",
        b"[enum: a, b]",
        b"::",
        b"\\",
        b"\n",
        b"\r\n",
        b"\r",
        b"\t",
        b" ",
        b"-",
        b"- **Content-Type**: ",
        b"\0",
        b"\x7f",
        b"\xc3\xa9",         // é
        b"\xe2\x80\x8b",     // zero-width space
        b"\xef\xbb\xbf",     // BOM
        b"\xf0\x9f\x98\x80", // emoji
        b"String",
        b"Integer",
        b"Object",
        b"nil",
        b"GET",
        b"**POST** /x/{y}",
        b"_",
        b"'",
        b"\"",
        b"=",
        b":",
        // Hostile: paths out of the base URL, credentials, markup, terminal escapes.
        b"/../",
        b"?debug=1",
        b"https://evil.example/",
        b"user:pw@",
        b"<script>",
        b"\xe2\x80\xae", // right-to-left override
        b"\x1b]0;t\x07", // OSC: set the terminal title
        b"{ x }",
        b"call",
        b"send_streaming",
        b"D",
    ];
    prop_oneof![
        12 => proptest::sample::select(TOKENS).prop_map(<[u8]>::to_vec),
        3 => "[a-zA-Z0-9_]{1,12}".prop_map(String::into_bytes),
        1 => (0u8..0x80).prop_map(|b| vec![b]),
        // Deep nesting: of types, and of list items.
        1 => (1usize..400).prop_map(|n| "Array<".repeat(n).into_bytes()),
        1 => (1usize..200).prop_map(|n| {
            (0..n).map(|d| format!("{}- x\n", "  ".repeat(d))).collect::<String>().into_bytes()
        }),
    ]
}

/// Bytes that are not UTF-8 on their own.
fn byte_token() -> impl Strategy<Value = Vec<u8>> {
    const INVALID: &[&[u8]] = &[
        b"\xff",
        b"\xc3",
        b"\x80",
        b"\xed\xa0\x80",     // a surrogate
        b"\xf4\x90\x80\x80", // above U+10FFFF
        b"\xc0\xaf",         // overlong
        b"\xf0\x9f",         // half an emoji
    ];
    prop_oneof![
        proptest::sample::select(INVALID).prop_map(<[u8]>::to_vec),
        any::<u8>().prop_map(|b| vec![b]),
    ]
}

fn junk() -> impl Strategy<Value = Vec<u8>> {
    let parts = prop_oneof![
        // Mostly UTF-8: a page that is not is refused before any reader sees it.
        9 => proptest::collection::vec(text_token(), 1..8),
        1 => proptest::collection::vec(prop_oneof![text_token(), byte_token()], 1..8),
    ];
    parts.prop_map(|parts| parts.concat())
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => any::<Index>().prop_map(Mutation::Truncate),
        2 => (any::<Index>(), 1..5usize).prop_map(|(i, n)| Mutation::DeleteLines(i, n)),
        2 => any::<Index>().prop_map(Mutation::DuplicateLine),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        3 => (any::<Index>(), junk()).prop_map(|(i, j)| Mutation::InsertBytes(i, j)),
        2 => (any::<Index>(), junk()).prop_map(|(i, j)| Mutation::InsertLine(i, j)),
        3 => (any::<Index>(), any::<Index>(), junk())
            .prop_map(|(r, c, j)| Mutation::ReplaceCell(r, c, j)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapHeadings(a, b)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::MoveSection(a, b)),
        1 => (any::<Index>(), 1..8usize).prop_map(|(i, n)| Mutation::Relevel(i, n)),
    ]
}

fn split_lines(page: &[u8]) -> Vec<Vec<u8>> {
    page.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect()
}

fn join_lines(lines: &[Vec<u8>]) -> Vec<u8> {
    lines.join(&b'\n')
}

/// Indexes of the lines that are Markdown headings (outside fenced code).
fn heading_lines(lines: &[Vec<u8>]) -> Vec<usize> {
    let mut in_fence = false;
    let mut headings = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_ascii_start();
        if trimmed.starts_with(b"```") {
            in_fence = !in_fence;
        } else if !in_fence && trimmed.starts_with(b"#") {
            headings.push(i);
        }
    }
    headings
}

fn apply(page: &[u8], mutation: &Mutation) -> Vec<u8> {
    let mut lines = split_lines(page);
    match mutation {
        Mutation::Truncate(at) => return page[..at.index(page.len() + 1)].to_vec(),
        Mutation::InsertBytes(at, bytes) => {
            let at = at.index(page.len() + 1);
            let mut out = page[..at].to_vec();
            out.extend_from_slice(bytes);
            out.extend_from_slice(&page[at..]);
            return out;
        }
        Mutation::DeleteLines(at, n) => {
            let start = at.index(lines.len());
            let end = (start + n).min(lines.len());
            lines.drain(start..end);
        }
        Mutation::DuplicateLine(at) => {
            let i = at.index(lines.len());
            lines.insert(i, lines[i].clone());
        }
        Mutation::SwapLines(a, b) => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
        }
        Mutation::InsertLine(at, bytes) => {
            let i = at.index(lines.len() + 1);
            lines.insert(i, bytes.clone());
        }
        Mutation::ReplaceCell(row, cell, bytes) => {
            let rows: Vec<usize> = (0..lines.len())
                .filter(|i| lines[*i].contains(&b'|'))
                .collect();
            if rows.is_empty() {
                return page.to_vec();
            }
            let line = &lines[rows[row.index(rows.len())]];
            let mut cells: Vec<Vec<u8>> = line.split(|b| *b == b'|').map(<[u8]>::to_vec).collect();
            let c = cell.index(cells.len());
            cells[c] = [b" ".as_slice(), bytes, b" "].concat();
            let i = rows[row.index(rows.len())];
            lines[i] = cells.join(&b'|');
        }
        Mutation::SwapHeadings(a, b) => {
            let headings = heading_lines(&lines);
            if headings.is_empty() {
                return page.to_vec();
            }
            let a = headings[a.index(headings.len())];
            let b = headings[b.index(headings.len())];
            lines.swap(a, b);
        }
        Mutation::MoveSection(from, to) => {
            let headings = heading_lines(&lines);
            if headings.is_empty() {
                return page.to_vec();
            }
            let n = from.index(headings.len());
            let start = headings[n];
            let end = headings.get(n + 1).copied().unwrap_or(lines.len());
            let section: Vec<Vec<u8>> = lines.drain(start..end).collect();
            let to = to.index(lines.len() + 1);
            lines.splice(to..to, section);
        }
        Mutation::Relevel(at, level) => {
            let headings = heading_lines(&lines);
            if headings.is_empty() {
                return page.to_vec();
            }
            let i = headings[at.index(headings.len())];
            let text = lines[i].trim_ascii_start();
            let text = &text[text.iter().take_while(|b| **b == b'#').count()..];
            lines[i] = [vec![b'#'; *level], text.to_vec()].concat();
        }
    }
    join_lines(&lines)
}

/// Reads one page (alone, or in a folder with its companion API page): a spec, or an
/// error that names the page.
fn read_page(
    page: &[u8],
    companion: Option<&Companion>,
) -> Result<Option<mdclient::Recovered>, TestCaseError> {
    static CASE: AtomicUsize = AtomicUsize::new(0);
    let case = CASE.fetch_add(1, Ordering::Relaxed);
    let file_name = format!("case{case}.md");
    let dir = std::env::temp_dir().join(format!(
        "mdclient-proptest-{}-case{case}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(&file_name);
    std::fs::write(&path, page).unwrap();
    let read = match companion {
        None => mdclient::read_docs(&[&path], None),
        Some(c) => {
            std::fs::write(dir.join(&c.file_name), &c.bytes).unwrap();
            mdclient::read_docs(&[&dir], None)
        }
    };
    std::fs::remove_dir_all(&dir).unwrap();
    match read {
        Ok(recovered) => Ok(Some(recovered)),
        Err(e) => {
            let message = e.to_string();
            prop_assert!(
                message.contains(&file_name),
                "the error does not name the page `{}`: {}",
                file_name,
                message
            );
            Ok(None)
        }
    }
}

/// Runs the whole pipeline on one page: read, then render and export what was read.
/// Render errors are fine (a mutated page may recover a spec that cannot be rendered);
/// only a panic fails.
fn check_page(page: &[u8], companion: Option<&Companion>) -> Result<(), TestCaseError> {
    if let Some(recovered) = read_page(page, companion)? {
        let rendered = mdclient::render::render_module(&recovered.spec, &Default::default());
        let exported = mdclient::openapi::to_openapi_yaml(&recovered.spec);
        // `generate` and `openapi` accept and refuse the same specs.
        if rendered.is_ok() != exported.is_ok() {
            return Err(TestCaseError::fail(format!(
                "generate and openapi disagree: generate {:?}, openapi {:?}",
                rendered.err().map(|e| e.to_string()),
                exported.err().map(|e| e.to_string())
            )));
        }
    }
    Ok(())
}

fn config() -> ProptestConfig {
    // An explicit `cases` overrides PROPTEST_CASES in proptest, so read it here.
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig {
        cases,
        // A failing case's seed goes to `proptest_pages.regressions` beside this
        // file (commit it): every later run tries it first.
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("regressions"),
        )),
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn mutated_pages_never_panic(
        api_page in proptest::bool::weighted(0.75),
        seed in any::<Index>(),
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let seeds = seeds();
        let pool = if api_page || seeds.other_pages.is_empty() {
            &seeds.api_pages
        } else {
            &seeds.other_pages
        };
        let seed = &pool[seed.index(pool.len())];
        let mut page = seed.bytes.clone();
        for m in &mutations {
            page = apply(&page, m);
        }
        // A panic becomes a failure that shows the (shrunk) page, not only the edits.
        let outcome = std::panic::catch_unwind(|| check_page(&page, seed.companion.as_ref())).unwrap_or_else(|panic| {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(TestCaseError::fail(format!("panic: {message}")))
        });
        outcome.map_err(|e| {
            let shown = String::from_utf8_lossy(&page);
            TestCaseError::fail(format!("{e}\nseed: {}\npage {:?}:\n{shown}", seed.name, page))
        })?;
    }
}

/// The unmutated seeds read too, so a failure above is the mutation's doing. (Not
/// rendered: 250 renders take half a minute in debug; the golden tests render them.)
#[test]
fn seed_pages_read() {
    let seeds = seeds();
    for seed in seeds.api_pages.iter().chain(&seeds.other_pages) {
        read_page(&seed.bytes, seed.companion.as_ref())
            .unwrap_or_else(|e| panic!("{}: {e}", seed.name));
    }
}
