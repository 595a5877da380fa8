//! The shared reader: what every API page says, before any inference.
//!
//! An API page of every family has the same skeleton:
//!
//! ```text
//! # Package::AuthApi                              <- title
//! All URIs are relative to *https://x.io/v1*      <- base URL
//! Method | HTTP request | Description             <- endpoint table
//! ## op  (or # **op**)                             <- one section per operation:
//! > <Type> op(param)                               signature, description,
//! ### Parameters / Return type / Authorization     example code, then these
//! ### HTTP request headers / HTTP response details
//! ```

use crate::markdown::{Block, Document, Row, Text};
use crate::spec::{ParamLocation, TypeRef};
use crate::{Error, Warning};

use super::dialects::{Dialect, OperationNames};
use super::notes;
use super::types::parse_cell_type;

/// The facts of one API page.
#[derive(Debug)]
pub struct ApiPage {
    pub class_name: String,
    pub title_line: usize,
    pub base_url: Option<(String, usize)>,
    pub dialect: &'static Dialect,
    pub ops: Vec<OpFacts>,
    /// Example code blocks of the whole page: `(text, first line)`.
    pub code: Vec<(String, usize)>,
    /// `* Bearer Authentication (ApiKeyAuth):` bullets (python): `(text, line)`.
    pub auth_bullets: Vec<(String, usize)>,
}

/// What the page states about one operation.
#[derive(Debug, Default)]
pub struct OpFacts {
    pub id: String,
    pub method: String,
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// The section heading, or the endpoint row when the section is missing.
    pub line: usize,
    pub params: Vec<ParamRow>,
    /// `Some(None)`: an empty body; `None`: no Return type section.
    pub returns: Option<(Option<TypeRef>, usize)>,
    pub security: Option<(Vec<String>, usize)>,
    pub consumes: Vec<String>,
    pub produces: Vec<String>,
    pub headers_line: Option<usize>,
    /// Whether the page has a `Content-Type` line (`Not defined` included).
    pub content_type_stated: bool,
    pub statuses: Vec<(String, Option<String>, usize)>,
    /// Body type per status, where the page states it per status (python 6.x).
    pub status_types: Vec<(String, TypeRef)>,
    /// The request body, where the page states it outright (python 6.x).
    pub body: Option<BodyFacts>,
    /// Example code of this operation's section: `(text, first line)`.
    pub code: Vec<(String, usize)>,
    /// The rule that turned the name the page shows into `id`, when it is a guess.
    pub id_rule: Option<String>,
}

/// A request body as a page states it.
#[derive(Debug, Clone)]
pub struct BodyFacts {
    pub media_type: String,
    pub required: bool,
    pub ty: Option<TypeRef>,
    /// Form fields, named as on the wire.
    pub fields: Vec<ParamRow>,
    pub line: usize,
}

/// A row of a parameter table.
#[derive(Debug, Clone)]
pub struct ParamRow {
    /// Where the page says the parameter travels; then `name` is its wire name too.
    pub location: Option<ParamLocation>,
    pub name: String,
    pub ty: TypeRef,
    pub description: Option<String>,
    pub optional: bool,
    pub default: Option<String>,
    pub enum_values: Vec<String>,
    pub line: usize,
}

/// True when the page has an endpoint table, the mark of an API page.
pub fn is_api_page(doc: &Document) -> bool {
    doc.blocks.iter().any(is_endpoint_table)
}

/// `Method | HTTP request | Description`; the README's list has a `Class` (C:
/// `Category`) column too.
fn is_endpoint_table(block: &Block) -> bool {
    matches!(block, Block::Table { header, .. }
        if column(header, "HTTP request").is_some()
            && column(header, "Class").is_none()
            && column(header, "Category").is_none())
}

/// The index of the column headed `name` (ignoring case).
pub(super) fn column(header: &[Text], name: &str) -> Option<usize> {
    header
        .iter()
        .position(|h| h.plain.trim().eq_ignore_ascii_case(name))
}

/// Reads an API page.
pub fn read_api_page(
    doc: &Document,
    dialect: &'static Dialect,
    warnings: &mut Vec<Warning>,
) -> Result<ApiPage, Error> {
    let Skeleton {
        class_name,
        title_line,
        header,
        rows,
    } = read_skeleton(doc)?;
    let mut ops = Vec::new();
    let columns = EndpointColumns::of(header);
    for row in rows {
        // One bad row is dropped with a warning; the rest of the page stands.
        match read_endpoint_row(columns, row) {
            Ok(op) => ops.push(op),
            Err(message) => warnings.push(Warning {
                at: doc.at(row.line),
                message: format!("{message}; the row is skipped"),
            }),
        }
    }
    drop_http_info_variants(&mut ops);
    let headings = section_headings(doc, &ops, warnings);
    read_sections(doc, dialect, &headings, &mut ops, warnings);
    warn_missing_sections(doc, &headings, &ops, warnings);

    for op in &mut ops {
        let (id, rule) = operation_id(dialect, &class_name, &op.id);
        op.id = id;
        op.id_rule = rule;
    }

    Ok(ApiPage {
        class_name,
        title_line,
        base_url: base_url(doc),
        dialect,
        ops,
        code: code_blocks(&doc.blocks),
        auth_bullets: auth_bullets(doc),
    })
}

/// What every API page has: a title naming the class and an endpoint table.
struct Skeleton<'a> {
    class_name: String,
    title_line: usize,
    header: &'a [Text],
    rows: &'a [Row],
}

/// The page's title (`# Package::AuthApi`) and endpoint table.
fn read_skeleton(doc: &Document) -> Result<Skeleton<'_>, Error> {
    let expected = "expected an API page: a `# <package>.<Name>Api` title and a \
                    `Method | HTTP request | Description` table";
    let (title, title_line) = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Heading { text, line, .. } => Some((text.plain.clone(), *line)),
            _ => None,
        })
        .ok_or_else(|| Error::parse(doc.at(1), format!("{expected}; found no heading")))?;
    let Some(Block::Table { header, rows, .. }) = doc.blocks.iter().find(|b| is_endpoint_table(b))
    else {
        return Err(Error::parse(
            doc.at(title_line),
            format!("{expected}; found no endpoint table"),
        ));
    };
    // gdscript: `# AccountsApi   { #AccountsApi }`, a heading attribute.
    let class_name = heading_name(&title)
        .rsplit(['\\', ':', '.'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    if class_name.is_empty() {
        return Err(Error::parse(
            doc.at(title_line),
            "expected the API class name in the title, e.g. `# Package::AuthApi`",
        ));
    }
    Ok(Skeleton {
        class_name,
        title_line,
        header,
        rows,
    })
}

/// Where each operation's section starts: `(block index, heading level, index in
/// ops)`, from headings naming the operation or else from kotlin's `### Example`s.
fn section_headings(
    doc: &Document,
    ops: &[OpFacts],
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, u8, usize)> {
    let headings = named_headings(doc, ops, warnings);
    if !headings.is_empty() {
        return headings;
    }
    // kotlin jvm-retrofit2 writes no heading per operation: its sections follow the
    // endpoint table in order, each opening with `### Example`.
    let examples = example_headings(doc);
    if examples.len() == ops.len() {
        examples
    } else {
        headings
    }
}

/// java native lists each operation twice, `getDog` and `getDogWithHttpInfo` (the
/// same call, returning the status and headers too): the variant is no operation.
fn drop_http_info_variants(ops: &mut Vec<OpFacts>) {
    let requests: std::collections::HashSet<(&str, &str, &str)> = ops
        .iter()
        .map(|op| (op.id.as_str(), op.method.as_str(), op.path.as_str()))
        .collect();
    let variants: Vec<bool> = ops
        .iter()
        .map(|v| {
            v.id.strip_suffix("WithHttpInfo")
                .is_some_and(|base| requests.contains(&(base, v.method.as_str(), v.path.as_str())))
        })
        .collect();
    let mut variant = variants.into_iter();
    ops.retain(|_| !variant.next().unwrap_or(false));
}

/// A heading entry that opens no operation's section but ends the one before: a
/// section of no operation.
pub(super) const NO_OPERATION: usize = usize::MAX;

/// Headings that name an operation of the endpoint table: `## op`, `# **op**`. A
/// second section of one operation, and java native's `## opWithHttpInfo`, only end
/// the section before (see [`NO_OPERATION`]).
fn named_headings(
    doc: &Document,
    ops: &[OpFacts],
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, u8, usize)> {
    let mut seen: Vec<Option<usize>> = vec![None; ops.len()];
    // The first operation of each id: a lookup per heading, not a scan.
    let mut by_id: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (n, op) in ops.iter().enumerate() {
        by_id.entry(op.id.as_str()).or_insert(n);
    }
    doc.blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match b {
            Block::Heading { level, text, line } => {
                let name = heading_name(&text.plain);
                if let Some(&op) = by_id.get(name) {
                    if let Some(first) = seen[op] {
                        warnings.push(Warning {
                            at: doc.at(*line),
                            message: format!(
                                "operation `{name}` is documented again (first at line {first}); this section is not read"
                            ),
                        });
                        return Some((i, *level, NO_OPERATION));
                    }
                    seen[op] = Some(*line);
                    return Some((i, *level, op));
                }
                let variant = name.strip_suffix("WithHttpInfo")?;
                by_id
                    .contains_key(variant)
                    .then_some((i, *level, NO_OPERATION))
            }
            _ => None,
        })
        .collect()
}

/// A heading's text without emphasis and gdscript's `{ #op }` attribute.
fn heading_name(text: &str) -> &str {
    let name = text.split(" {").next().unwrap_or_default();
    name.trim_matches(|c| c == '*' || c == ' ')
}

/// `### Example` headings, taken in order for the operations, one level up.
fn example_headings(doc: &Document) -> Vec<(usize, u8, usize)> {
    doc.blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match b {
            Block::Heading { level, text, .. }
                if *level > 1 && text.plain.trim().eq_ignore_ascii_case("example") =>
            {
                Some((i, level - 1))
            }
            _ => None,
        })
        .enumerate()
        .map(|(op, (i, level))| (i, level, op))
        .collect()
}

/// Reads each operation's section, from its heading to the next one.
fn read_sections(
    doc: &Document,
    dialect: &Dialect,
    headings: &[(usize, u8, usize)],
    ops: &mut [OpFacts],
    warnings: &mut Vec<Warning>,
) {
    // python 6.x describes parameters, bodies and responses as schema sections.
    let tagged = doc.blocks.iter().any(|b| {
        matches!(b, Block::Heading { text, .. } if text.plain.trim() == "Return Types, Responses")
    });
    for (n, (start, level, op)) in headings.iter().enumerate() {
        let end = headings.get(n + 1).map_or(doc.blocks.len(), |h| h.0);
        let section = doc.blocks.get(start + 1..end).unwrap_or_default();
        if let Some(facts) = ops.get_mut(*op) {
            facts.line = doc.blocks.get(*start).map_or(facts.line, Block::line);
            read_section(doc, dialect, section, *level, tagged, facts, warnings);
            if tagged {
                super::tagged::read_tagged_section(section, facts);
            }
        }
    }
}

/// Warns of each listed operation that has no section.
fn warn_missing_sections(
    doc: &Document,
    headings: &[(usize, u8, usize)],
    ops: &[OpFacts],
    warnings: &mut Vec<Warning>,
) {
    for op in ops {
        if !headings
            .iter()
            .any(|h| ops.get(h.2).is_some_and(|o| o.id == op.id))
        {
            warnings.push(Warning {
                at: doc.at(op.line),
                message: format!(
                    "operation `{}` is listed but has no section; only its method and path are known",
                    op.id
                ),
            });
        }
    }
}

/// `* Bearer Authentication (ApiKeyAuth):` bullets of the whole page.
fn auth_bullets(doc: &Document) -> Vec<(String, usize)> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Item { text, line } if text.plain.contains("Authentication (") => {
                Some((text.plain.clone(), *line))
            }
            _ => None,
        })
        .collect()
}

/// The operationId a page's operation name stands for, and the rule when it is
/// guessed. php writes `listPets()`; C prefixes the class (`PetAPI_listPets`);
/// PowerShell writes cmdlets: an approved verb the id starts with (`Get-PetById`),
/// `New-` for `create`, `Send-` for `put`, else `Invoke-` and the whole id.
pub(super) fn operation_id(
    dialect: &Dialect,
    class_name: &str,
    shown: &str,
) -> (String, Option<String>) {
    let shown = shown.trim().trim_end_matches("()");
    match dialect.operation_names {
        OperationNames::AsIs => (shown.to_string(), None),
        OperationNames::ClassPrefixed => {
            let prefix = format!("{class_name}_");
            (
                shown.strip_prefix(&prefix).unwrap_or(shown).to_string(),
                None,
            )
        }
        OperationNames::Cmdlet => {
            let Some((verb, noun)) = shown.split_once('-') else {
                return (shown.to_string(), None);
            };
            let lower_first = |s: &str| super::operation::lower_first(s);
            match verb {
                "Invoke" => (lower_first(noun), None),
                "New" | "Send" => {
                    let word = if verb == "New" { "create" } else { "put" };
                    (
                        format!("{word}{noun}"),
                        Some(format!(
                            "the PowerShell generator writes operations named `{word}…` as `{verb}-…` cmdlets; `{shown}` is taken for `{word}{noun}`"
                        )),
                    )
                }
                _ => (format!("{}{noun}", verb.to_ascii_lowercase()), None),
            }
        }
    }
}

/// `All URIs are relative to *https://api.togai.com*`.
pub(super) fn base_url(doc: &Document) -> Option<(String, usize)> {
    doc.blocks.iter().find_map(|b| match b {
        Block::Paragraph { text, line } => {
            let rest = text.plain.split("relative to").nth(1)?;
            // php 7.x: `relative to https://x.io/v2, except if the operation…`.
            let url = rest
                .split_whitespace()
                .next()?
                .trim_matches(['*', '`', '"'])
                .trim_end_matches([',', ';', '.']);
            let url = url.trim_end_matches('/');
            (!url.is_empty()).then(|| (url.to_string(), *line))
        }
        _ => None,
    })
}

/// Where an endpoint table has its operation, request and description columns.
#[derive(Debug, Clone, Copy)]
pub(super) struct EndpointColumns {
    pub id: usize,
    pub request: usize,
    pub summary: usize,
}

impl EndpointColumns {
    /// `Method | HTTP request | Description` in any order, after any others
    /// (`Class`, `Category`); the usual order where a header is missing.
    pub(super) fn of(header: &[Text]) -> Self {
        let request = column(header, "HTTP request").unwrap_or(1);
        Self {
            id: column(header, "Method").unwrap_or(request.saturating_sub(1)),
            request,
            summary: column(header, "Description").unwrap_or(request + 1),
        }
    }
}

/// `[**op**](AuthApi.md#op) | **POST** /path | summary`.
fn read_endpoint_row(columns: EndpointColumns, row: &Row) -> Result<OpFacts, String> {
    let cell = |i: usize| row.cells.get(i).map(|c| c.plain.trim()).unwrap_or_default();
    let id = cell(columns.id).trim_matches('*').trim().to_string();
    let (method, path) = super::request::request_line(cell(columns.request))?;
    if id.is_empty() {
        return Err(
            "expected an endpoint row: `[**operation**](Api.md#operation) | **METHOD** /path | summary`"
                .into(),
        );
    }
    Ok(OpFacts {
        id,
        method,
        path,
        summary: non_empty(cell(columns.summary)),
        line: row.line,
        ..OpFacts::default()
    })
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

fn code_blocks(blocks: &[Block]) -> Vec<(String, usize)> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Code { text, line, .. } => Some((text.clone(), *line)),
            _ => None,
        })
        .collect()
}

/// The sub-heading each block of a section stands under (lower-cased), if any.
fn under_headings(section: &[Block], op_level: u8) -> Vec<(Option<String>, &Block)> {
    let mut current: Option<String> = None;
    section
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text, .. } if *level > op_level => {
                current = Some(text.plain.to_ascii_lowercase());
                None
            }
            other => Some((current.clone(), other)),
        })
        .collect()
}

/// Reads one operation's section: its description, tables, return type,
/// authorization and request headers, then the parameters only its signature shows.
fn read_section(
    doc: &Document,
    dialect: &Dialect,
    section: &[Block],
    level: u8,
    tagged: bool,
    op: &mut OpFacts,
    warnings: &mut Vec<Warning>,
) {
    op.code = code_blocks(section);
    let mut description = Vec::new();
    for (heading, block) in under_headings(section, level) {
        let heading = heading.as_deref().unwrap_or("");
        match block {
            Block::Paragraph { text, .. } if heading.is_empty() => {
                description.extend(description_paragraph(text, op.summary.as_deref()));
            }
            // python 6.x states parameters and statuses in schema sections instead.
            Block::Table { header, rows, .. } if !tagged => {
                read_table(doc, dialect, header, rows, heading, op, warnings)
            }
            Block::Table { .. } => {}
            Block::Paragraph { text, line }
                if heading.starts_with("return type") && op.returns.is_none() =>
            {
                op.returns = Some((read_return_type(doc, dialect, text, *line, warnings), *line));
            }
            // micronaut lists the schemes: `* **[bearerAuth](auth.md#bearerAuth)**`.
            Block::Paragraph { text, line } | Block::Item { text, line }
                if heading.starts_with("authorization")
                    && !text.plain.trim_start_matches('[').starts_with("Back to") =>
            {
                add_schemes(op, authorization_names(text), *line);
            }
            // gdscript states each operation's schemes only as example bullets:
            // `* Bearer (JWT) Authentication (`bearerAuth`)`.
            Block::Item { text, line } if text.plain.contains("Authentication (") => {
                if let Some(name) = bullet_scheme(text) {
                    add_schemes(op, vec![name], *line);
                }
            }
            Block::Item { text, line } if heading.starts_with("http request headers") => {
                read_header_item(doc, text, *line, op, warnings);
            }
            _ => {}
        }
    }
    if !description.is_empty() {
        op.description = Some(description.join("\n\n"));
    }
    if op.params.is_empty() {
        signature_params(dialect, section, op);
    }
    // python 5.x states defaults only in the example: `page = 1 # int | … (optional)
    // if omitted the server will use the default value of 1`.
    for p in op.params.iter_mut().filter(|p| p.default.is_none()) {
        p.default = example_default(&op.code, &p.name);
    }
}

/// A paragraph of the operation's description, unless it repeats the summary.
fn description_paragraph(text: &Text, summary: Option<&str>) -> Option<String> {
    let raw = text.raw.trim();
    (summary != Some(text.plain.trim()) && !raw.is_empty()).then(|| raw.to_string())
}

/// A table of a section: `Name | Type | …` parameter rows, `Status code | …` statuses.
fn read_table(
    doc: &Document,
    dialect: &Dialect,
    header: &[Text],
    rows: &[Row],
    heading: &str,
    op: &mut OpFacts,
    warnings: &mut Vec<Warning>,
) {
    let first = header.first().map(|h| h.plain.to_ascii_lowercase());
    match first.as_deref() {
        Some("name") => read_param_rows(doc, dialect, header, rows, heading, op, warnings),
        Some(h) if h.starts_with("status code") => read_status_rows(rows, op),
        _ => {}
    }
}

/// Rows of `Status code | Description | Response headers`.
fn read_status_rows(rows: &[Row], op: &mut OpFacts) {
    for row in rows {
        let status = cell_text(&row.cells, 0).trim_matches('*').to_string();
        if !status.is_empty() {
            let desc = non_empty(cell_text(&row.cells, 1));
            op.statuses.push((status, desc, row.line));
        }
    }
}

/// The scheme names an Authorization paragraph or bullet gives: links, kotlin's
/// `Configure name:` or a comma-separated list; none for `No authorization required`.
fn authorization_names(text: &Text) -> Vec<String> {
    let lower = text.plain.to_ascii_lowercase();
    if !text.links.is_empty() {
        // Scheme links, not the `[[Back to top]]` navigation.
        // typescript-fetch: `[petstore_auth application](…)` adds the flow.
        text.links
            .iter()
            .filter(|l| !l.text.trim_start_matches('[').starts_with("Back to"))
            .filter_map(|l| l.text.split_whitespace().next())
            .filter(|n| super::auth::is_scheme_name(n))
            .map(str::to_string)
            .collect()
    } else if text.plain.trim().starts_with("Configure ") {
        // kotlin: `Configure basicAuth: ApiClient.username = "" Configure
        // bearerAuth: …`, one paragraph naming each scheme.
        text.plain
            .split("Configure ")
            .skip(1)
            .filter_map(|rest| rest.split_whitespace().next())
            .map(|n| n.trim_end_matches(':').to_string())
            .filter(|n| !n.is_empty())
            .collect()
    } else if lower.contains("no authorization") {
        Vec::new()
    } else {
        text.plain
            .split(',')
            .filter_map(non_empty)
            .filter(|n| !n.contains(char::is_whitespace))
            .collect()
    }
}

/// The scheme an example bullet names: `* Bearer (JWT) Authentication (`bearerAuth`)`.
fn bullet_scheme(text: &Text) -> Option<String> {
    text.plain
        .rsplit_once("Authentication (")
        .and_then(|(_, r)| r.split(')').next())
        .map(|n| n.trim().trim_matches('`').to_string())
        .filter(|n| super::auth::is_scheme_name(n))
}

/// Adds schemes to the operation's security, each once; the first mention sets the line.
fn add_schemes(op: &mut OpFacts, names: Vec<String>, line: usize) {
    match &mut op.security {
        None => op.security = Some((names, line)),
        Some((known, _)) => {
            for name in names {
                if !known.contains(&name) {
                    known.push(name);
                }
            }
        }
    }
}

/// A bullet under HTTP request headers: `- **Content-Type**: application/json`.
fn read_header_item(
    doc: &Document,
    text: &Text,
    line: usize,
    op: &mut OpFacts,
    warnings: &mut Vec<Warning>,
) {
    op.headers_line.get_or_insert(line);
    let Some((name, value)) = text.plain.split_once(':') else {
        return;
    };
    let mut values: Vec<String> = value
        .split(',')
        .filter_map(non_empty)
        .filter(|v| {
            !v.eq_ignore_ascii_case("not defined") && !v.eq_ignore_ascii_case("not applicable")
        })
        .collect();
    // A media type travels in Content-Type/Accept: visible ASCII only.
    values.retain(|v| {
        let ok = v.chars().all(|c| c.is_ascii_graphic() || c == ' ');
        if !ok {
            warnings.push(Warning {
                at: doc.at(line),
                message: format!("`{v}` is not a media type; it is left out"),
            });
        }
        ok
    });
    match name.trim().to_ascii_lowercase().as_str() {
        "content-type" => {
            op.content_type_stated = true;
            op.consumes = values;
        }
        "accept" => op.produces = values,
        _ => {}
    }
}

/// The default an example's comment on a variable states.
fn example_default(code: &[(String, usize)], name: &str) -> Option<String> {
    code.iter()
        .flat_map(|(text, _)| text.lines())
        .find_map(|l| {
            let declares = l
                .trim_start()
                .strip_prefix(name)
                .is_some_and(|rest| rest.trim_start().starts_with(['=', ':']));
            let (_, value) = l.split_once("the default value of ")?;
            declares
                .then(|| meaningful_default(value.trim().trim_end_matches('.')))
                .flatten()
        })
}

/// The parameters a section shows only in its signature (gdscript:
/// `` `create_account(accountCreate: AccountCreate, idempotencyKey = "", on_success:
/// Callable, on_failure: Callable)` ``): `name: Type`, optional when it has a default;
/// a type the signature leaves out is taken from the example's `# name: Type`.
fn signature_params(dialect: &Dialect, section: &[Block], op: &mut OpFacts) {
    let Some((signature, line)) = section.iter().find_map(|b| match b {
        Block::Quote { text, line } => Some((text.trim().trim_matches('`').to_string(), *line)),
        _ => None,
    }) else {
        return;
    };
    let Some(args) = signature
        .split_once('(')
        .and_then(|(_, rest)| rest.rsplit_once(')'))
        .map(|(args, _)| args)
    else {
        return;
    };
    for arg in split_args(args) {
        let (head, default) = match arg.split_once('=') {
            Some((h, d)) => (h.trim(), Some(d.trim().trim_matches('"').to_string())),
            None => (arg.trim(), None),
        };
        let (name, ty) = match head.split_once(':') {
            Some((n, t)) => (n.trim(), Some(t.trim().to_string())),
            None => (head, None),
        };
        let ty = ty.or_else(|| example_type(&op.code, name));
        if name.is_empty()
            || ty.as_deref() == Some("Callable")
            || !name.chars().all(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        let Some(ty) = ty.and_then(|t| super::types::parse_type_in(&t, dialect)) else {
            continue;
        };
        op.params.push(ParamRow {
            location: None,
            name: name.to_string(),
            ty,
            description: None,
            optional: default.is_some(),
            default: default.and_then(|d| meaningful_default(&d)),
            enum_values: Vec::new(),
            line,
        });
    }
}

/// Arguments split at top-level commas.
fn split_args(args: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in args.char_indices() {
        match c {
            '(' | '[' | '<' | '{' => depth += 1,
            ')' | ']' | '>' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&args[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&args[start..]);
    out.into_iter().filter(|a| !a.trim().is_empty()).collect()
}

/// The type an example comment gives a variable: `# idempotencyKey: String = ""`.
fn example_type(code: &[(String, usize)], name: &str) -> Option<String> {
    code.iter()
        .flat_map(|(text, _)| text.lines())
        .find_map(|l| {
            let rest = l.trim().strip_prefix('#')?.trim().strip_prefix(name)?;
            let ty = rest.trim_start().strip_prefix(':')?;
            let ty = ty.split(['=', ' ']).find(|t| !t.is_empty())?;
            Some(ty.trim().to_string())
        })
}

fn cell_text(cells: &[Text], i: usize) -> &str {
    cells.get(i).map(|c| c.plain.trim()).unwrap_or_default()
}

fn read_return_type(
    doc: &Document,
    dialect: &Dialect,
    text: &Text,
    line: usize,
    warnings: &mut Vec<Warning>,
) -> Option<TypeRef> {
    let plain = text.plain.trim();
    let lower = plain.to_ascii_lowercase();
    if lower.contains("empty response body")
        || ["", "nil", "null", "void", "none", "nothing"].contains(&lower.as_str())
    {
        return None;
    }
    match parse_cell_type(plain, &text.links, dialect) {
        Some(t) => Some(t),
        None => {
            warnings.push(Warning {
                at: doc.at(line),
                message: format!("cannot read the return type `{plain}`; it is kept as any JSON"),
            });
            Some(TypeRef::Any)
        }
    }
}

/// Rows of `Name | Type | Description | Notes` (and rust's `Required` column).
fn read_param_rows(
    doc: &Document,
    dialect: &Dialect,
    header: &[Text],
    rows: &[Row],
    heading: &str,
    op: &mut OpFacts,
    warnings: &mut Vec<Warning>,
) {
    let optional_table = heading.contains("optional");
    let columns = notes::Columns::of(header);
    for row in rows {
        let name = cell_text(&row.cells, columns.name)
            .trim_matches(['*', '`'])
            .trim()
            .to_string();
        let type_text = columns.type_text(&row.cells);
        let type_text = type_text.as_str();
        if name.is_empty() && !type_text.trim().is_empty() {
            warnings.push(Warning {
                at: doc.at(row.line),
                message: format!(
                    "a parameter row of type `{}` has no name; it is skipped",
                    type_text.trim()
                ),
            });
            continue;
        }
        if name.is_empty()
            || is_plumbing(&name, type_text)
            || (optional_table && op.params.iter().any(|p| p.name == name))
        {
            continue;
        }
        if row.cells.len() < 2 {
            warnings.push(Warning {
                at: doc.at(row.line),
                message: format!("parameter row `{name}` has no type column; assuming string"),
            });
        }
        let links = row.cells.get(columns.ty).map_or(&[][..], |c| &c.links[..]);
        let literals = super::types::literal_values(&columns.type_raw(&row.cells));
        let parsed = match literals.is_empty() {
            true => parse_cell_type(type_text, links, dialect),
            false if type_text.starts_with("Array<") => {
                Some(TypeRef::Array(Box::new(TypeRef::String)))
            }
            false => Some(TypeRef::String),
        };
        let (ty, mut enum_values) = match parsed {
            Some(t) => (t, literals),
            None => {
                if row.cells.len() >= 2 {
                    warnings.push(Warning {
                        at: doc.at(row.line),
                        message: format!(
                            "cannot read the type `{type_text}` of parameter `{name}`; assuming string"
                        ),
                    });
                }
                (TypeRef::String, Vec::new())
            }
        };
        let notes_text = columns.cell(&row.cells, columns.notes);
        let description = columns.cell(&row.cells, columns.description);
        if enum_values.is_empty() {
            enum_values = notes::enum_values(&notes_text);
        }
        let required_cell = columns.cell(&row.cells, columns.required);
        let optional = optional_table
            || notes::says_optional(&notes_text)
            || super::types::is_option_wrapper(type_text)
            || (columns.required.is_some() && !notes::says_required(&required_cell));
        op.params.push(ParamRow {
            location: None,
            name,
            ty,
            description: non_empty(&description),
            optional,
            default: notes::default_value(&columns.cell_raw(&row.cells, columns.notes)),
            enum_values,
            line: row.line,
        });
    }
}

/// Rows that are the SDK's plumbing, not parameters: go's `ctx context.Context`,
/// swagger-codegen go's `optional *XxxOpts`, the rust 2.x `optional` map row, C's
/// `apiClient_t *apiClient`, julia's `_api::XApi`.
fn is_plumbing(name: &str, type_text: &str) -> bool {
    let ty = type_text.trim_matches(['*', ' ']);
    type_text.contains("context.Context")
        || ty.starts_with("apiClient_t")
        || name == "_api"
        || (name == "optional" && (ty.ends_with("Opts") || ty.contains("map[string]")))
}

/// A default as the docs write it, unless it is the language's "no value"
/// (typescript and dart write `[default to undefined]` for every property).
pub(super) fn meaningful_default(text: &str) -> Option<String> {
    let text = text.trim().trim_matches('\'');
    let none = ["undefined", "null", "nil", "None", "none", "nothing", ""];
    (!none.contains(&text)).then(|| text.to_string())
}

/// The example code's description of a variable: `x := "x_example" // string | desc (optional)`.
/// Returns whether the example marks `name` optional, and the line.
pub fn example_marks_optional(code: &[(String, usize)], name: &str) -> Option<(bool, usize)> {
    for (text, first) in code {
        for (i, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            let declares = trimmed
                .strip_prefix(name)
                .is_some_and(|rest| rest.trim_start().starts_with([':', '=']));
            let comment = line.split_once(" // ").or_else(|| line.split_once(" # "));
            if let (true, Some((_, comment))) = (declares, comment) {
                if comment.contains('|') {
                    return Some((comment.contains("(optional)"), first + 1 + i));
                }
            }
        }
    }
    None
}
