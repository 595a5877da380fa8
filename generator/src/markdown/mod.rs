//! Markdown pages as a flat document model: headings, paragraphs, block quotes, code
//! blocks, list items and tables, each with the 1-based line where it starts.
//!
//! The dialect readers never see Markdown syntax, only these blocks. Every block keeps
//! its plain text (emphasis dropped, entities decoded) and, where the dialects need
//! it, the raw source: a signature such as `> <TokenResponse> authenticate` is inline
//! HTML to a Markdown parser, but plain text to a reader of docs.

mod collect;

use crate::spec::Source;
use crate::Error;

pub use collect::{parse, MAX_DEPTH};

/// One page, parsed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The file name as given to mdclient (used in every [`Source`]).
    pub file: String,
    pub blocks: Vec<Block>,
}

/// A link inside a block: `[**TokenResponse**](TokenResponse.md)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    pub dest: String,
}

/// Text of a paragraph, list item or table cell.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    /// Plain text: formatting dropped, entities decoded, inline HTML kept as written.
    pub plain: String,
    /// The Markdown source of the text.
    pub raw: String,
    pub links: Vec<Link>,
}

/// A row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<Text>,
    pub line: usize,
}

/// A block of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `## authenticate`, `# **generate**`.
    Heading {
        level: u8,
        text: Text,
        line: usize,
    },
    Paragraph {
        text: Text,
        line: usize,
    },
    /// `> <TokenResponse> authenticate`: the source with the `>` markers removed and
    /// HTML entities decoded (`Array&lt;X&gt;` reads `Array<X>`).
    Quote {
        text: String,
        line: usize,
    },
    /// A fenced or indented code block; `lang` is the first word of the info string.
    Code {
        lang: String,
        text: String,
        line: usize,
    },
    /// `- **Content-Type**: application/json`.
    Item {
        text: Text,
        line: usize,
    },
    /// A table; rows are the body rows, `header` the head row.
    Table {
        header: Vec<Text>,
        rows: Vec<Row>,
        line: usize,
    },
}

impl Block {
    /// The line where the block starts.
    pub fn line(&self) -> usize {
        match self {
            Block::Heading { line, .. }
            | Block::Paragraph { line, .. }
            | Block::Quote { line, .. }
            | Block::Code { line, .. }
            | Block::Item { line, .. }
            | Block::Table { line, .. } => *line,
        }
    }
}

impl Document {
    /// Where `line` of this page is.
    pub fn at(&self, line: usize) -> Source {
        Source::new(self.file.clone(), line)
    }
}

/// Reads a page from bytes: it must be UTF-8 text.
///
/// A file that is not (a binary, or another encoding) is an error naming the line of
/// the first bad byte.
pub fn parse_bytes(file: &str, bytes: &[u8]) -> Result<Document, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => match collect::parse_checked(file, text) {
            (doc, None) => Ok(doc),
            (_, Some(line)) => Err(Error::parse(
                Source::new(file, line),
                format!(
                    "expected Markdown nested at most {MAX_DEPTH} levels deep, found deeper \
                     list items"
                ),
            )),
        },
        Err(e) => {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let line = 1 + valid.iter().filter(|b| **b == b'\n').count();
            Err(Error::parse(
                Source::new(file, line),
                "expected UTF-8 Markdown text, found a byte sequence that is not UTF-8",
            ))
        }
    }
}

/// `&#124;` or `&#x7C;` at the start of `text`: the character and the entity's length.
fn numeric_entity(text: &str) -> Option<(char, usize)> {
    let body = text.strip_prefix("&#")?;
    let end = body.find(';').filter(|&e| e > 0 && e <= 8)?;
    let digits = &body[..end];
    let code = match digits.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => digits.parse().ok()?,
    };
    let c = char::from_u32(code).filter(|c| !c.is_control() || *c == '\n' || *c == '\t')?;
    Some((c, 2 + end + 1))
}

/// Decodes the HTML entities the generators write (`&lt;`, `&gt;`, `&amp;`, `&quot;`,
/// `&#39;`, `&#x27;`), leaving any other `&` as it is.
pub fn decode_entities(text: &str) -> String {
    const ENTITIES: &[(&str, &str)] = &[
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&#x27;", "'"),
        ("&#34;", "\""),
        ("&nbsp;", " "),
        ("&amp;", "&"),
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        if let Some((c, len)) = numeric_entity(tail) {
            out.push(c);
            rest = &tail[len..];
            continue;
        }
        match ENTITIES.iter().find(|(e, _)| tail.starts_with(e)) {
            Some((e, r)) => {
                out.push_str(r);
                rest = &tail[e.len()..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
