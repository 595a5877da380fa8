//! Text from the docs, made safe to place in Rust source: string literals and doc
//! attributes. These back the `lit` and `doc` template filters; nothing else turns a
//! docs string into code.

use proc_macro2::Literal;

/// A Rust string literal (`"a \"b\""`) holding exactly `text`.
pub(crate) fn literal(text: &str) -> String {
    Literal::string(text).to_string()
}

/// `#[cfg(feature = "a")]`, `#[cfg(any(feature = "a", feature = "b"))]`, or nothing
/// for no feature; each name an escaped literal.
pub(crate) fn cfg_attribute(features: &[String]) -> String {
    let each: Vec<String> = features
        .iter()
        .map(|f| format!("feature = {}", literal(f)))
        .collect();
    match each.as_slice() {
        [] => String::new(),
        [one] => format!("#[cfg({one})]"),
        many => format!("#[cfg(any({}))]", many.join(", ")),
    }
}

/// A Markdown code span showing `text` (a wire name, path or value from the docs) in a
/// doc comment composed in Rust: enough backticks to hold any in `text`, line breaks
/// as spaces; the empty string reads "the empty string".
pub(crate) fn code(text: &str) -> String {
    if text.is_empty() {
        return "the empty string".to_string();
    }
    let text = text.replace(['\r', '\n'], " ");
    let longest = text
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A TOML basic string holding exactly `text`.
pub(crate) fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `#[doc = "..."]` attributes, one per line, for Markdown text from the docs.
///
/// The text is adjusted so rustdoc and clippy take it as plain documentation: every
/// fenced block becomes ```` ```text ```` (never a doctest), indentation is dropped
/// outside fences (no indented code blocks), lazy list and quote continuations are
/// made explicit (clippy's `doc_lazy_continuation`), and control and bidirectional
/// characters are removed (a bare CR or a bidi override is an error in a comment).
/// Empty text gives no attribute.
pub(crate) fn doc_attributes(text: &str) -> String {
    attributes(text, "#")
}

/// Like [`doc_attributes`], as inner attributes (`#![doc = "..."]`) for a crate root.
pub(crate) fn inner_doc_attributes(text: &str) -> String {
    attributes(text, "#!")
}

fn attributes(text: &str, start: &str) -> String {
    rustdoc_lines(text)
        .iter()
        .map(|line| {
            if line.is_empty() {
                format!("{start}[doc = \"\"]")
            } else {
                format!("{start}[doc = {}]", literal(&format!(" {line}")))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line of text fit for a `//` comment (the generated files' preamble).
pub(crate) fn comment_line(text: &str) -> String {
    clean(text).replace('\n', " ")
}

/// How the previous line leaves a Markdown block open, for lazy continuations.
#[derive(Clone, Copy)]
enum Open {
    None,
    /// A list item whose text starts this many columns in.
    List(usize),
    Quote,
}

fn rustdoc_lines(text: &str) -> Vec<String> {
    let text = clean(text);
    let mut out: Vec<String> = Vec::new();
    let mut fence: Option<String> = None;
    let mut open = Open::None;
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if let Some(marker) = &fence {
            if trimmed.starts_with(marker.as_str())
                && trimmed
                    .trim_start_matches(marker.as_str())
                    .trim()
                    .is_empty()
            {
                out.push(marker.clone());
                fence = None;
            } else {
                out.push(line.to_string());
            }
            continue;
        }
        if let Some(marker) = fence_marker(trimmed) {
            out.push(format!("{marker}text"));
            fence = Some(marker);
            open = Open::None;
            continue;
        }
        if trimmed.is_empty() {
            out.push(String::new());
            open = Open::None;
            continue;
        }
        let safe = inert(trimmed);
        let trimmed = safe.as_str();
        if let Some(width) = list_marker_width(trimmed) {
            out.push(trimmed.to_string());
            open = Open::List(width);
        } else if trimmed.starts_with('>') {
            out.push(trimmed.to_string());
            open = Open::Quote;
        } else {
            out.push(match open {
                Open::None => trimmed.to_string(),
                Open::List(width) => format!("{}{trimmed}", " ".repeat(width)),
                Open::Quote => format!("> {trimmed}"),
            });
        }
    }
    if let Some(marker) = fence {
        out.push(marker);
    }
    // No blank runs, nothing blank at either end.
    let mut lines: Vec<String> = Vec::new();
    for line in out {
        if line.is_empty() && lines.last().is_none_or(|l: &String| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Drops what a comment cannot hold: CR (line ends become `\n`), other control
/// characters (tabs become spaces) and bidirectional-override characters.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\r' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => Some(' '),
            c if crate::error::is_unsafe_char(c) => None,
            c => Some(c),
        })
        .collect()
}

/// A line of docs text as inert Markdown: outside code spans, `<` is written `&lt;`
/// (no HTML element, no `<javascript:...>` autolink reaches the rustdoc page) and a
/// link to anything but `http:`, `https:`, `mailto:` or a relative target points
/// nowhere (`[x](javascript:...)` becomes `[x](#)`).
fn inert(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code: Option<usize> = None;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '`' {
            let run = rest.chars().take_while(|&b| b == '`').count();
            in_code = match in_code {
                None => Some(run),
                Some(open) if open == run => None,
                keep => keep,
            };
            out.push_str(&rest[..run]);
            rest = &rest[run..];
            continue;
        }
        if in_code.is_none() {
            if c == '<' && !out.ends_with('\\') {
                let len = match html_tag(rest) {
                    Some((len, Tag::Keep)) => {
                        out.push_str(rest.get(..len).unwrap_or_default());
                        len
                    }
                    Some((len, Tag::Drop)) => len,
                    None => {
                        out.push_str("&lt;");
                        1
                    }
                };
                rest = rest.get(len..).unwrap_or_default();
                continue;
            }
            if let Some(after) = rest.strip_prefix("](") {
                let dest = after.trim_start();
                // `scheme:`, not a Rust path (`Self::send`, `crate::models::Pet`).
                let scheme = dest
                    .split_once(':')
                    .filter(|(_, rest)| !rest.starts_with(':'))
                    .map(|(s, _)| s)
                    .filter(|s| {
                        s.chars()
                            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                    });
                let allowed = match scheme {
                    None => true,
                    Some(s) => {
                        ["http", "https", "mailto"].contains(&s.to_ascii_lowercase().as_str())
                    }
                };
                if !allowed {
                    out.push_str("](#");
                    rest = &dest[link_end(dest)..];
                    continue;
                }
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// What becomes of an HTML tag in docs text.
enum Tag {
    /// Formatting with no attributes (`<b>`, `</code>`, `<br/>`): kept.
    Keep,
    /// An anchor (`<a id="x">`, `</a>`): dropped, its text stays.
    Drop,
}

/// Formatting the generators' docs use, kept when written with no attribute.
const SAFE_TAGS: &[&str] = &[
    "b", "i", "em", "strong", "code", "br", "p", "ul", "ol", "li", "pre", "sub", "sup",
];

/// The HTML tag `text` starts with, if it is one to keep or drop, and its length;
/// `None` for anything else (escaped by the caller).
fn html_tag(text: &str) -> Option<(usize, Tag)> {
    let end = text.find('>')?;
    let inner = text.get(1..end)?;
    if inner.contains('<') {
        return None;
    }
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name_len = inner
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .count();
    let (name, attrs) = inner.split_at(name_len);
    let name = name.to_ascii_lowercase();
    let attrs = attrs.trim();
    if SAFE_TAGS.contains(&name.as_str()) && (attrs.is_empty() || attrs == "/") {
        return Some((end + 1, Tag::Keep));
    }
    (name == "a").then_some((end + 1, Tag::Drop))
}

/// Where a link target ends: at the `)` that balances the link's `(`.
fn link_end(dest: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in dest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return i,
            ')' => depth -= 1,
            _ => {}
        }
    }
    dest.len()
}

/// Parts of one doc comment, each from its own source, joined by blank lines; a part
/// that opens a code fence closes it, so a stray ```` ``` ```` in one description
/// cannot swallow the parts after it.
pub(crate) fn join_parts<S: AsRef<str>>(parts: &[S]) -> String {
    parts
        .iter()
        .map(|part| {
            let part = part.as_ref();
            let mut fence: Option<String> = None;
            for line in part.lines() {
                let t = line.trim_start();
                match &fence {
                    Some(m)
                        if t.starts_with(m.as_str())
                            && t.trim_start_matches(m.as_str()).trim().is_empty() =>
                    {
                        fence = None
                    }
                    Some(_) => {}
                    None => fence = fence_marker(t),
                }
            }
            match fence {
                Some(m) => format!("{part}\n{m}"),
                None => part.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The fence (```` ``` ```` or `~~~`, possibly longer) that opens a code block.
fn fence_marker(line: &str) -> Option<String> {
    for ch in ['`', '~'] {
        let count = line.chars().take_while(|&c| c == ch).count();
        if count >= 3 {
            return Some(ch.to_string().repeat(count));
        }
    }
    None
}

/// Width of a list marker (`- `, `* `, `+ `, `1. `, `2) `) that starts `line`.
fn list_marker_width(line: &str) -> Option<usize> {
    if ["- ", "* ", "+ "].iter().any(|m| line.starts_with(m)) {
        return Some(2);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = line.get(digits..)?;
    (digits > 0 && digits < 10 && (rest.starts_with(". ") || rest.starts_with(") ")))
        .then_some(digits + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_everything() {
        assert_eq!(literal(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(literal("x\ny"), r#""x\ny""#);
        assert!(!literal("\u{202E}").contains('\u{202E}'));
    }

    #[test]
    fn code_spans_hold_any_text() {
        assert_eq!(code("tokenId"), "`tokenId`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x``"), "``` `x`` ```");
        assert_eq!(code("a\nb"), "`a b`");
        assert_eq!(code(""), "the empty string");
    }

    #[test]
    fn toml_strings_escape_quotes_and_controls() {
        assert_eq!(toml_string("a\"b\\c\nd\u{1}"), r#""a\"b\\c\nd\u0001""#);
    }

    #[test]
    fn doc_lines_are_literals() {
        let attrs = doc_attributes("Say \"hi\" */ ]\n\n}; fn evil() {");
        assert_eq!(
            attrs,
            "#[doc = \" Say \\\"hi\\\" */ ]\"]\n#[doc = \"\"]\n#[doc = \" }; fn evil() {\"]"
        );
        assert_eq!(doc_attributes("  \n "), "");
    }

    #[test]
    fn fences_never_become_doctests() {
        let lines = rustdoc_lines("Example:\n```\nlet x = 1;\n```\n~~~~ruby\nputs 1\n");
        assert_eq!(
            lines,
            [
                "Example:",
                "```text",
                "let x = 1;",
                "```",
                "~~~~text",
                "puts 1",
                "~~~~"
            ]
        );
    }

    #[test]
    fn indentation_and_lazy_continuations() {
        let lines =
            rustdoc_lines("Intro\n    not code\n- item\nmore\n10. ten\nnext\n> quote\nlazy\n\nend");
        assert_eq!(
            lines,
            [
                "Intro", "not code", "- item", "  more", "10. ten", "    next", "> quote",
                "> lazy", "", "end"
            ]
        );
    }

    #[test]
    fn control_and_bidi_characters_are_dropped() {
        assert_eq!(rustdoc_lines("a\rb\u{202E}c\td\u{7}"), ["a", "bc d"]);
        assert_eq!(rustdoc_lines("zero\u{200B}width\u{FEFF}"), ["zerowidth"]);
    }

    #[test]
    fn html_and_script_links_are_inert() {
        assert_eq!(
            rustdoc_lines("<script>alert(1)</script> <img src=x onerror=y>"),
            ["&lt;script>alert(1)&lt;/script> &lt;img src=x onerror=y>"]
        );
        assert_eq!(
            rustdoc_lines(
                "<b>bold</b><br/> <a id=\"op\"></a><a href=\"javascript:x\">t</a> <b onclick=x>"
            ),
            ["<b>bold</b><br/> t &lt;b onclick=x>"]
        );
        assert_eq!(
            rustdoc_lines("Bearer \\<token\\> 1 < 2"),
            ["Bearer \\<token\\> 1 &lt; 2"]
        );
        assert_eq!(
            rustdoc_lines("[a](javascript:alert(1)) [b](https://x.io) [c](Pet.md) `<T>`"),
            ["[a](#) [b](https://x.io) [c](Pet.md) `<T>`"]
        );
        assert_eq!(
            rustdoc_lines("[`send`](Self::send) [p](crate::models::Pet)"),
            ["[`send`](Self::send) [p](crate::models::Pet)"]
        );
        assert_eq!(rustdoc_lines("<javascript:x>"), ["&lt;javascript:x>"]);
    }

    #[test]
    fn a_fence_in_one_part_does_not_swallow_the_next() {
        let doc = join_parts(&["Intro\n```\ncode", "# Errors"]);
        assert_eq!(
            rustdoc_lines(&doc),
            ["Intro", "```text", "code", "```", "", "# Errors"]
        );
    }
}
