//! The walk over pulldown-cmark's events that flattens a page into [`Block`]s.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{decode_entities, Block, Document, Link, Row, Text};

/// The deepest nesting of list items read; deeper is an error (a real page nests a
/// few levels; thousands are a broken or hostile input).
pub const MAX_DEPTH: usize = 64;

/// Parses a page. Never fails: whatever Markdown cannot make sense of is plain text.
pub fn parse(file: &str, source: &str) -> Document {
    parse_checked(file, source).0
}

/// [`parse`], and the line where list items nest deeper than [`MAX_DEPTH`], if any.
///
/// A byte order mark is dropped and CR-only line ends read as line ends (so line
/// numbers count them); CRLF is one line end, as Markdown reads it.
pub(super) fn parse_checked(file: &str, source: &str) -> (Document, Option<usize>) {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let owned;
    let source = if source.contains('\r') {
        owned = source.replace("\r\n", "\n").replace('\r', "\n");
        owned.as_str()
    } else {
        source
    };
    let mut walk = Walk {
        too_deep: None,
        source,
        line_starts: line_starts(source),
        blocks: Vec::new(),
        captures: Vec::new(),
        links: Vec::new(),
        autolinks: Vec::new(),
        quote: None,
        code: None,
        table: None,
    };
    let parser = Parser::new_ext(source, Options::ENABLE_TABLES);
    for (event, range) in parser.into_offset_iter() {
        walk.event(event, range);
    }
    // Containers close in end order (an item after the list nested in it): restore
    // page order. The sort is stable, so blocks on one line keep their order.
    walk.blocks.sort_by_key(Block::line);
    let doc = Document {
        file: file.to_string(),
        blocks: mend_split_tables(mend_paragraph_tables(walk.blocks)),
    };
    (doc, walk.too_deep)
}

/// A table right after a paragraph line, with no blank line between (swagger-codegen
/// go: `Optional parameters are passed through a pointer...` then `Name | Type`), is
/// paragraph text to Markdown: a table cannot interrupt a paragraph. When a
/// paragraph's lines end with a header row, a delimiter row and body rows, those lines
/// are a table.
fn mend_paragraph_tables(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let Block::Paragraph { text, line } = &block else {
            out.push(block);
            continue;
        };
        let lines: Vec<&str> = text.raw.lines().collect();
        let delimiter = lines
            .iter()
            .position(|l| is_delimiter_row(l))
            .filter(|&d| d >= 1 && lines[d - 1].contains('|'));
        let Some(d) = delimiter else {
            out.push(block);
            continue;
        };
        let head = d - 1;
        if lines[head..].iter().any(|l| !l.contains('|')) {
            out.push(block);
            continue;
        }
        if head > 0 {
            let before = lines[..head].join("\n");
            let mut para = parse("", &before).blocks;
            if let Some(Block::Paragraph { text, .. }) = para.pop() {
                out.push(Block::Paragraph { text, line: *line });
            }
        }
        out.push(Block::Table {
            header: split_row(lines[head]),
            rows: lines[d + 1..]
                .iter()
                .enumerate()
                .map(|(i, raw)| Row {
                    cells: split_row(raw),
                    line: line + d + 1 + i,
                })
                .collect(),
            line: line + head,
        });
    }
    out
}

/// `------------- | -------------` (with or without outer pipes, alignment colons).
fn is_delimiter_row(line: &str) -> bool {
    let t = line.trim();
    t.contains('-') && t.contains('|') && t.chars().all(|c| matches!(c, '-' | ':' | '|' | ' '))
}

/// go 5.x+ writes a blank line between a table's delimiter row and its body:
///
/// ```text
/// Name | Type | Description  | Notes
/// ------------- | ------------- | ------------- | -------------
///
///  **ifMatch** | **string** | ETag of the account as last read |
/// ```
///
/// Markdown then sees an empty table and a paragraph. When a table without rows is
/// followed by a paragraph whose every line has a `|`, those lines are its rows.
fn mend_split_tables(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for block in blocks {
        if let (Some(Block::Table { rows, .. }), Block::Paragraph { text, line }) =
            (out.last_mut(), &block)
        {
            let lines: Vec<&str> = text.raw.lines().collect();
            if rows.is_empty() && !lines.is_empty() && lines.iter().all(|l| l.contains('|')) {
                for (i, raw) in lines.iter().enumerate() {
                    rows.push(Row {
                        cells: split_row(raw),
                        line: line + i,
                    });
                }
                continue;
            }
        }
        out.push(block);
    }
    out
}

/// The cells of one table row, each read as inline Markdown.
fn split_row(raw: &str) -> Vec<Text> {
    let trimmed = raw.trim();
    let trimmed = trimmed.strip_prefix('|').unwrap_or(trimmed);
    let trimmed = trimmed.strip_suffix('|').unwrap_or(trimmed);
    let mut cells = Vec::new();
    let mut start = 0;
    let bytes = trimmed.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'|' && (i == 0 || bytes[i - 1] != b'\\') {
            cells.push(&trimmed[start..i]);
            start = i + 1;
        }
    }
    cells.push(&trimmed[start..]);
    cells
        .into_iter()
        .map(|cell| {
            let inline = parse("", cell.trim());
            match inline.blocks.into_iter().next() {
                Some(Block::Paragraph { text, .. }) => text,
                _ => Text {
                    raw: cell.trim().to_string(),
                    ..Text::default()
                },
            }
        })
        .collect()
}

/// Every line of `text` has a `|` and one is a delimiter row: a table.
fn is_table_text(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty()).peekable();
    lines.peek().is_some() && text.lines().any(is_delimiter_row) && lines.all(|l| l.contains('|'))
}

/// `block` read from a part of the page that starts after line `by`.
fn shift(block: Block, by: usize) -> Block {
    match block {
        Block::Heading { level, text, line } => Block::Heading {
            level,
            text,
            line: line + by,
        },
        Block::Paragraph { text, line } => Block::Paragraph {
            text,
            line: line + by,
        },
        Block::Quote { text, line } => Block::Quote {
            text,
            line: line + by,
        },
        Block::Code { lang, text, line } => Block::Code {
            lang,
            text,
            line: line + by,
        },
        Block::Item { text, line } => Block::Item {
            text,
            line: line + by,
        },
        Block::Table { header, rows, line } => Block::Table {
            header,
            rows: rows
                .into_iter()
                .map(|r| Row {
                    cells: r.cells,
                    line: r.line + by,
                })
                .collect(),
            line: line + by,
        },
    }
}

fn line_starts(source: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Heading(u8),
    Paragraph,
    Item,
    Cell,
}

struct Capture {
    kind: Kind,
    text: Text,
    line: usize,
    /// The source of the block; an item's stops where its first nested block starts,
    /// so a deeply nested list keeps each line once, not once per enclosing item.
    range: Range<usize>,
}

struct Quote {
    depth: usize,
    range: Range<usize>,
}

struct Code {
    lang: String,
    text: String,
    line: usize,
    indented: bool,
}

struct Table {
    header: Vec<Text>,
    rows: Vec<Row>,
    row: Vec<Text>,
    row_line: usize,
    /// The source of the current row.
    row_range: Range<usize>,
    line: usize,
}

struct Walk<'a> {
    source: &'a str,
    /// The first line nested deeper than [`MAX_DEPTH`].
    too_deep: Option<usize>,
    line_starts: Vec<usize>,
    blocks: Vec<Block>,
    captures: Vec<Capture>,
    links: Vec<(String, usize)>,
    /// Per open link: whether it is an autolink (`<crate::models::Pet>`), kept as
    /// written: in docs, angle brackets are generics far more often than URLs.
    autolinks: Vec<bool>,
    quote: Option<Quote>,
    code: Option<Code>,
    table: Option<Table>,
}

impl Walk<'_> {
    fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    fn raw(&self, range: &Range<usize>) -> &str {
        self.source.get(range.clone()).unwrap_or_default()
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        if let Some(quote) = &mut self.quote {
            match event {
                Event::Start(Tag::BlockQuote(_)) => quote.depth += 1,
                Event::End(TagEnd::BlockQuote(_)) => {
                    quote.depth -= 1;
                    if quote.depth == 0 {
                        self.end_quote();
                    }
                }
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.push_text(&text),
            Event::Code(code) => self.push_text(&code),
            Event::InlineHtml(html) | Event::Html(html) => self.push_text(&html),
            Event::SoftBreak => self.push_text(" "),
            Event::HardBreak => self.push_text("\n"),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        let line = self.line(range.start);
        match tag {
            Tag::BlockQuote(_) => self.quote = Some(Quote { depth: 1, range }),
            Tag::CodeBlock(kind) => {
                let indented = matches!(kind, CodeBlockKind::Indented);
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some(Code {
                    lang,
                    text: String::new(),
                    line,
                    indented,
                });
            }
            Tag::Heading { level, .. } => self.open(Kind::Heading(level as u8), line, range),
            // A paragraph inside an item or a cell is part of that item's text.
            Tag::Paragraph => match self.captures.last_mut() {
                Some(c) if c.kind == Kind::Item => {
                    if !c.text.plain.is_empty() {
                        c.text.plain.push(' ');
                    }
                }
                Some(_) => {}
                None => self.open(Kind::Paragraph, line, range),
            },
            Tag::Item => self.open(Kind::Item, line, range),
            Tag::Table(_) => {
                self.table = Some(Table {
                    header: Vec::new(),
                    rows: Vec::new(),
                    row: Vec::new(),
                    row_line: line,
                    row_range: range.clone(),
                    line,
                })
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(t) = &mut self.table {
                    t.row.clear();
                    t.row_line = line;
                    t.row_range = range;
                }
            }
            Tag::TableCell => self.open(Kind::Cell, line, range),
            Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            } => {
                self.autolinks.push(true);
                self.push_text("<");
            }
            Tag::Link { dest_url, .. } => {
                self.autolinks.push(false);
                let at = self.captures.last().map_or(0, |c| c.text.plain.len());
                self.links.push((dest_url.to_string(), at));
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::CodeBlock => {
                if let Some(code) = self.code.take() {
                    if code.indented && is_table_text(&code.text) {
                        // A table indented by a tab (or four spaces) is a code block
                        // to Markdown, but a table to whoever wrote it.
                        let inner = parse("", &code.text);
                        self.blocks
                            .extend(inner.blocks.into_iter().map(|b| shift(b, code.line - 1)));
                        return;
                    }
                    self.blocks.push(Block::Code {
                        lang: code.lang,
                        text: code.text,
                        line: code.line,
                    });
                }
            }
            TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell => self.close(),
            TagEnd::Paragraph
                if self
                    .captures
                    .last()
                    .is_some_and(|c| c.kind == Kind::Paragraph) =>
            {
                self.close();
            }
            TagEnd::TableHead => {
                if let Some(t) = &mut self.table {
                    t.header = std::mem::take(&mut t.row);
                }
            }
            TagEnd::TableRow => {
                let raw = self
                    .table
                    .as_ref()
                    .map(|t| self.raw(&t.row_range).to_string())
                    .unwrap_or_default();
                if let Some(t) = &mut self.table {
                    let mut cells = std::mem::take(&mut t.row);
                    // Markdown drops the cells past the header's count; a `|` inside a
                    // cell (typescript's `'a' | 'b'`) spills the rest of the row there.
                    let all = split_row(&raw);
                    if all.len() > cells.len() && cells.len() == t.header.len() {
                        cells = all;
                    }
                    t.rows.push(Row {
                        cells,
                        line: t.row_line,
                    });
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    self.blocks.push(Block::Table {
                        header: t.header,
                        rows: t.rows,
                        line: t.line,
                    });
                }
            }
            TagEnd::Link if self.autolinks.pop() == Some(true) => self.push_text(">"),
            TagEnd::Link => {
                if let Some((dest, at)) = self.links.pop() {
                    if let Some(c) = self.captures.last_mut() {
                        let text = c.text.plain.get(at..).unwrap_or_default().to_string();
                        c.text.links.push(Link { text, dest });
                    }
                }
            }
            _ => {}
        }
    }

    fn open(&mut self, kind: Kind, line: usize, range: Range<usize>) {
        if let Some(outer) = self.captures.last_mut() {
            outer.range.end = outer.range.end.min(range.start).max(outer.range.start);
        }
        if self.captures.len() >= MAX_DEPTH && self.too_deep.is_none() {
            self.too_deep = Some(line);
        }
        self.captures.push(Capture {
            kind,
            text: Text::default(),
            line,
            range,
        });
    }

    fn close(&mut self) {
        let Some(mut c) = self.captures.pop() else {
            return;
        };
        c.text.plain = c.text.plain.trim().to_string();
        c.text.raw = self.raw(&c.range).trim().to_string();
        let line = c.line;
        match c.kind {
            Kind::Heading(level) => self.blocks.push(Block::Heading {
                level,
                text: c.text,
                line,
            }),
            Kind::Paragraph => self.blocks.push(Block::Paragraph { text: c.text, line }),
            Kind::Item => self.blocks.push(Block::Item { text: c.text, line }),
            Kind::Cell => {
                if let Some(t) = &mut self.table {
                    t.row.push(c.text);
                }
            }
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some(code) = &mut self.code {
            code.text.push_str(text);
        } else if let Some(c) = self.captures.last_mut() {
            c.text.plain.push_str(text);
        }
    }

    fn end_quote(&mut self) {
        let Some(quote) = self.quote.take() else {
            return;
        };
        let line = self.line(quote.range.start);
        let text = self
            .raw(&quote.range)
            .lines()
            .map(|l| {
                let l = l.trim_start();
                let l = l.strip_prefix('>').unwrap_or(l);
                l.strip_prefix(' ').unwrap_or(l)
            })
            .collect::<Vec<_>>()
            .join("\n");
        self.blocks.push(Block::Quote {
            text: decode_entities(text.trim()),
            line,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_blocks_with_lines() {
        let page = "# Pkg::AuthApi\n\nAll URIs are relative to *https://x.io*\n\n\
                    | Method | HTTP request | Description |\n| --- | --- | --- |\n\
                    | [**op**](AuthApi.md#op) | **POST** /a/{id} | Do it |\n\n\
                    ## op\n\n> <Array&lt;Tok&gt;> op(id)\n\n```ruby\nx = 1\n```\n\n\
                    - **Accept**: application/json\n";
        let doc = parse("p.md", page);
        let lines: Vec<usize> = doc.blocks.iter().map(Block::line).collect();
        assert_eq!(lines, vec![1, 3, 5, 9, 11, 13, 17]);
        match &doc.blocks[2] {
            Block::Table { header, rows, .. } => {
                assert_eq!(header[1].plain, "HTTP request");
                assert_eq!(rows[0].line, 7);
                assert_eq!(rows[0].cells[0].plain, "op");
                assert_eq!(rows[0].cells[0].links[0].dest, "AuthApi.md#op");
                assert_eq!(rows[0].cells[1].plain, "POST /a/{id}");
            }
            other => panic!("expected a table, got {other:?}"),
        }
        assert_eq!(
            doc.blocks[4],
            Block::Quote {
                text: "<Array<Tok>> op(id)".into(),
                line: 11
            }
        );
        match &doc.blocks[6] {
            Block::Item { text, .. } => assert_eq!(text.plain, "Accept: application/json"),
            other => panic!("expected an item, got {other:?}"),
        }
    }

    #[test]
    fn pipe_less_tables_and_bold_status_rows() {
        let page = "Name | Type\n------------- | -------------\n **a** | **str**|\n";
        let doc = parse("p.md", page);
        match &doc.blocks[0] {
            Block::Table { rows, .. } => {
                assert_eq!(rows[0].cells[0].plain, "a");
                assert_eq!(rows[0].cells[1].plain, "str");
            }
            other => panic!("expected a table, got {other:?}"),
        }
    }

    #[test]
    fn a_table_split_by_a_blank_line_is_mended() {
        let page = "Name | Type\n----- | -----\n\n **ifMatch** | **string** |\n **body** | [**Pet**](Pet.md) |\n";
        let doc = parse("p.md", page);
        assert_eq!(doc.blocks.len(), 1, "{:?}", doc.blocks);
        match &doc.blocks[0] {
            Block::Table { rows, .. } => {
                assert_eq!(rows.len(), 2);
                assert_eq!(rows[0].cells[0].plain, "ifMatch");
                assert_eq!(rows[1].line, 5);
                assert_eq!(rows[1].cells[1].links[0].dest, "Pet.md");
            }
            other => panic!("expected a table, got {other:?}"),
        }
    }

    #[test]
    fn a_table_glued_to_a_paragraph_is_a_table() {
        let page = "### Optional Parameters\nOptional parameters are passed through a pointer\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n **page** | **optional.Int32**| Page | [default to 1]\n";
        let doc = parse("p.md", page);
        match &doc.blocks[..] {
            [Block::Heading { .. }, Block::Paragraph { text, line: 2 }, Block::Table { rows, line: 3, .. }] =>
            {
                assert_eq!(
                    text.plain,
                    "Optional parameters are passed through a pointer"
                );
                assert_eq!(rows[0].cells[0].plain, "page");
                assert_eq!(rows[0].line, 5);
            }
            other => panic!("expected heading, paragraph, table: {other:?}"),
        }
    }

    #[test]
    fn cells_past_the_header_are_kept() {
        let doc = parse(
            "p.md",
            "a | b | c\n--- | --- | ---\n**x** | 'a' | 'b' | (optional)\n",
        );
        match &doc.blocks[0] {
            Block::Table { rows, .. } => {
                assert_eq!(rows[0].cells.len(), 4);
                assert_eq!(rows[0].cells[3].plain, "(optional)");
            }
            other => panic!("expected a table: {other:?}"),
        }
    }

    #[test]
    fn autolinks_are_generics() {
        let doc = parse(
            "p.md",
            "a | b\n--- | ---\n**x** | [**Vec<crate::models::Line>**](Line.md)\n",
        );
        match &doc.blocks[0] {
            Block::Table { rows, .. } => {
                assert_eq!(rows[0].cells[1].plain, "Vec<crate::models::Line>");
                assert_eq!(rows[0].cells[1].links[0].dest, "Line.md");
            }
            other => panic!("expected a table: {other:?}"),
        }
    }

    #[test]
    fn a_tab_indented_table_is_a_table() {
        let doc = parse(
            "p.md",
            "# T\n\n\tName | Type\n\t--- | ---\n\t**a** | **String**\n",
        );
        match &doc.blocks[1] {
            Block::Table { rows, line, .. } => {
                assert_eq!(*line, 3);
                assert_eq!(rows[0].line, 5);
                assert_eq!(rows[0].cells[1].plain, "String");
            }
            other => panic!("expected a table: {other:?}"),
        }
    }

    #[test]
    fn a_bom_and_cr_only_line_ends_read_as_text() {
        let doc = parse(
            "p.md",
            "\u{feff}# Pet\r\rName | Type\r--- | ---\r**a** | **String**\r",
        );
        assert!(
            matches!(&doc.blocks[0], Block::Heading { text, line: 1, .. } if text.plain == "Pet")
        );
        assert!(matches!(&doc.blocks[1], Block::Table { line: 3, rows, .. } if rows[0].line == 5));
    }

    #[test]
    fn a_deep_list_keeps_each_line_once_and_is_refused_past_the_limit() {
        let deep: String = (0..3000)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect();
        let (doc, too_deep) = parse_checked("p.md", &deep);
        assert_eq!(too_deep, Some(MAX_DEPTH + 1));
        let raw: usize = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Item { text, .. } => text.raw.len(),
                _ => 0,
            })
            .sum();
        assert!(
            raw <= deep.len(),
            "{raw} bytes of raw for a {}-byte page",
            deep.len()
        );
    }

    #[test]
    fn binary_input_is_a_located_error() {
        let err = super::super::parse_bytes("b.md", b"ok\nok\n\xff\xfe").unwrap_err();
        assert!(err.to_string().starts_with("b.md:3:"), "{err}");
    }

    #[test]
    fn entities_decode_once() {
        assert_eq!(decode_entities("a &#124; b &#x27;c&#x27;"), "a | b 'c'");
        assert_eq!(
            decode_entities("Array&lt;X&gt; &amp;lt; & x"),
            "Array<X> &lt; & x"
        );
    }
}
