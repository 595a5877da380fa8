//! Text from the docs, made safe to place in Rust source: string literals and doc
//! attributes. These back the `lit` and `doc` template filters; nothing else turns a
//! docs string into code.

use proc_macro2::Literal;

/// A Rust string literal (`"a \"b\""`) holding exactly `text`.
pub(crate) fn literal(text: &str) -> String {
    Literal::string(text).to_string()
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
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => None,
            c if c.is_control() => Some(' '),
            c => Some(c),
        })
        .collect()
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
    }
}
