//! A docs folder as plain lines of text, for the ceiling oracle: no Markdown parser
//! and nothing of mdclient's reader, so that what the oracle calls "carried" does not
//! depend on what the reader understands.
//!
//! Each line is kept with HTML entities decoded (`Array&lt;Pet&gt;` reads
//! `Array<Pet>`) and Markdown backslash escapes removed (`session\_hint` reads
//! `session_hint`), as a reader of the rendered page sees it.

use std::path::Path;

/// One Markdown file of the folder.
#[derive(Debug)]
pub struct Page {
    /// The path relative to the folder, `/`-separated: `docs/PetApi.md`.
    pub file: String,
    /// The file name without `.md`: `PetApi`.
    pub stem: String,
    /// Lines as a reader sees them (see the module doc).
    pub lines: Vec<String>,
    /// Per line: inside a fenced code block (or its fence).
    pub code: Vec<bool>,
    /// Whether the page has an endpoint table (`| HTTP request |` header): an API
    /// page or the README's endpoint list.
    pub has_endpoints: bool,
    /// Whether this is a README.
    pub readme: bool,
}

/// Every Markdown file of a docs folder, in path order.
#[derive(Debug, Default)]
pub struct Docs {
    pub pages: Vec<Page>,
}

/// A place in the docs: page index and 0-based line index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Line {
    pub page: usize,
    pub line: usize,
}

impl Docs {
    /// Reads every `*.md` file under `dir` (symbolic links are not followed).
    pub fn load(dir: &Path) -> std::io::Result<Docs> {
        let mut files = Vec::new();
        walk(dir, &mut files)?;
        files.sort();
        let mut pages = Vec::new();
        for path in files {
            let bytes = std::fs::read(&path)?;
            let text = String::from_utf8_lossy(&bytes);
            let file = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            pages.push(Page::new(file, &text));
        }
        Ok(Docs { pages })
    }

    /// `file:line` (1-based) of a place.
    pub fn at(&self, at: Line) -> String {
        format!("{}:{}", self.pages[at.page].file, at.line + 1)
    }

    pub fn text(&self, at: Line) -> &str {
        &self.pages[at.page].lines[at.line]
    }

    /// A heading's level and text, if the line is one (not inside a code block).
    pub fn heading(&self, at: Line) -> Option<(usize, &str)> {
        let page = &self.pages[at.page];
        if page.code[at.line] {
            return None;
        }
        heading(&page.lines[at.line])
    }
}

impl Page {
    pub fn new(file: String, text: &str) -> Page {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lines: Vec<String> = text
            .split('\n')
            .map(|l| clean(l.strip_suffix('\r').unwrap_or(l)))
            .collect();
        let mut fence: Option<char> = None;
        let code = lines
            .iter()
            .map(|l| {
                let t = l.trim_start();
                let mark = ['`', '~']
                    .into_iter()
                    .find(|c| t.starts_with(&c.to_string().repeat(3)));
                match (fence, mark) {
                    (None, Some(c)) => {
                        fence = Some(c);
                        true
                    }
                    (Some(open), Some(c)) if open == c => {
                        fence = None;
                        true
                    }
                    (open, _) => open.is_some(),
                }
            })
            .collect();
        let has_endpoints = lines
            .iter()
            .any(|l| l.contains('|') && l.to_ascii_lowercase().contains("http request"));
        let stem = file
            .rsplit('/')
            .next()
            .unwrap_or(&file)
            .trim_end_matches(".md")
            .trim_end_matches(".MD")
            .to_string();
        Page {
            readme: stem.eq_ignore_ascii_case("readme"),
            file,
            stem,
            lines,
            code,
            has_endpoints,
        }
    }
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, out)?;
        } else if kind.is_file()
            && path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("md"))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Entities decoded (as a browser shows them), backslash escapes removed.
fn clean(line: &str) -> String {
    let line = mdclient::markdown::decode_entities(line);
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// Lower case without separators: `X-Request-ID` ~ `x_request_id` ~ `XRequestId`.
pub fn loose(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `line` has `name` bounded by characters that cannot continue a name
/// (anything but a letter, digit or `_`); `ignore_case` for header names.
pub fn has_name(line: &str, name: &str, ignore_case: bool) -> bool {
    if name.is_empty() {
        return false;
    }
    let (hay, needle) = if ignore_case {
        (line.to_lowercase(), name.to_lowercase())
    } else {
        (line.to_string(), name.to_string())
    };
    let mut from = 0;
    while let Some(pos) = hay[from..].find(&needle) {
        let start = from + pos;
        let end = start + needle.len();
        let before = hay[..start].chars().next_back();
        let after = hay[end..].chars().next();
        let starts_word = needle.chars().next().is_some_and(is_word);
        let ends_word = needle.chars().next_back().is_some_and(is_word);
        let joined_before = starts_word && before.is_some_and(is_word);
        let joined_after = ends_word && after.is_some_and(is_word);
        if !joined_before && !joined_after {
            return true;
        }
        from = start + needle.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// The name-like words of a line, for loose matching: runs of letters, digits, `_`
/// and `-`, and each run's tails after a `_` or `-` (`AnimalsAPI_getDog` also gives
/// `getDog`; `Invoke-ListAnimals` gives `ListAnimals`).
pub fn words(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for run in line.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')) {
        let run = run.trim_matches('-');
        if run.is_empty() {
            continue;
        }
        out.push(run);
        for (i, c) in run.char_indices() {
            if (c == '_' || c == '-') && i + 1 < run.len() {
                out.push(&run[i + 1..]);
            }
        }
    }
    out
}

/// Whether a word of `line` is `name` ignoring case and separators.
pub fn has_loose(line: &str, name: &str) -> bool {
    let want = loose(name);
    !want.is_empty() && words(line).iter().any(|w| loose(w) == want)
}

/// A Markdown heading's level and text, if the line is one.
pub fn heading(line: &str) -> Option<(usize, &str)> {
    let trimmed = line.trim_start();
    let level = trimmed.chars().take_while(|c| *c == '#').count();
    if level == 0 || level > 6 {
        return None;
    }
    let rest = &trimmed[level..];
    (rest.is_empty() || rest.starts_with(' ')).then(|| (level, rest.trim()))
}

/// The cells of a table row (`a | b | c`, with or without outer pipes), trimmed;
/// `None` for a line without `|` or a delimiter row.
pub fn cells(line: &str) -> Option<Vec<&str>> {
    if !line.contains('|') || heading(line).is_some() {
        return None;
    }
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    let cells: Vec<&str> = t.split('|').map(str::trim).collect();
    if cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
    {
        return None;
    }
    Some(cells)
}

/// A cell's text without Markdown emphasis and code marks: `**pet_id**` -> `pet_id`.
pub fn bare(cell: &str) -> &str {
    cell.trim()
        .trim_matches(|c| c == '*' || c == '`' || c == ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_bounded() {
        assert!(has_name("| **petId** | Long", "petId", false));
        assert!(!has_name("petIds", "petId", false));
        assert!(has_name("X-Request-ID: 1", "x-request-id", true));
        assert!(has_name("{dogId}", "dogId", false));
        assert!(!has_name("a_petId", "petId", false));
    }

    #[test]
    fn words_have_tails() {
        assert!(has_loose("# **AnimalsAPI_getDog**", "getDog"));
        assert!(has_loose("[**Invoke-ListAnimals**]", "listAnimals"));
        assert!(has_loose("# **Get-Dog**", "getDog"));
        assert!(has_loose("## list_pets", "listPets"));
    }

    #[test]
    fn lines_are_cleaned() {
        let p = Page::new(
            "a.md".into(),
            "\u{feff}x\r\n**session\\_hint** | Array&lt;Pet&gt;\n",
        );
        assert_eq!(p.lines[0], "x");
        assert_eq!(p.lines[1], "**session_hint** | Array<Pet>");
    }

    #[test]
    fn rows_split() {
        assert_eq!(cells("a | b |"), Some(vec!["a", "b"]));
        assert_eq!(cells("------------- | -------------"), None);
        assert_eq!(cells("text"), None);
    }
}
