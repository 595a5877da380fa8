//! The shared reader of model pages.
//!
//! ```text
//! # Package::Pet                        (ruby: `# OpenapiClient::Pet`, go/python: `# Pet`)
//! ## Properties
//! Name | Type | Description | Notes
//! **photo_urls** | **Array&lt;String&gt;** |  |
//! **status** | **String** | pet status | [optional] [readonly]
//! ## Enum                               (enum models, python and go)
//! * `IN_PROGRESS` (value: `'in-progress'`)
//! ```

use crate::markdown::{Block, Document, Row, Text};
use crate::spec::{Inferred, Model, Property, TypeRef};
use crate::Warning;

use super::dialects::{Dialect, NameCase};
use super::infer;
use super::notes::{self, Columns};
use super::schema_doc::{self, KeyRow, SchemaDoc};
use super::types::{parse_cell_type, parse_type_in};

/// True when the page documents a model: a `Properties` or `Enum` section, python
/// 6.x's `Model Type Info`, or ruby's `Class instance methods` of a composed model.
pub fn is_model_page(doc: &Document) -> bool {
    doc.blocks.iter().any(|b| {
        matches!(b, Block::Heading { level, text, .. }
            if *level >= 2 && matches!(text.plain.trim().to_ascii_lowercase().as_str(), "properties" | "enum" | "enum variants" | "model type info" | "class instance methods" | "oneof" | "anyof" | "oneof schemas" | "anyof schemas"))
    })
}

/// Reads a model page: `(name, model)`, or `None` when it has no title.
pub fn read_model_page(
    doc: &Document,
    dialect: &Dialect,
    warnings: &mut Vec<Warning>,
) -> Option<(String, Model, Vec<String>)> {
    let (title, title_line) = doc.blocks.iter().find_map(|b| match b {
        Block::Heading {
            level: 1,
            text,
            line,
        } => Some((text.plain.clone(), *line)),
        _ => None,
    })?;
    // php 4.x-6.x titles its model pages `# # Pet`.
    let name = title
        .rsplit(['\\', ':', '.'])
        .next()?
        .trim_start_matches(['#', ' '])
        .trim();
    let name = unprefixed(doc, &dialect.model_name(name));
    if name.is_empty() {
        return None;
    }
    if schema_doc::uses_schema_sections(&doc.blocks) {
        let (model, parents) = schema_model(doc, title_line);
        return Some((name, model, parents));
    }
    let mut section = String::new();
    let mut model = Model {
        documented: true,
        description: None,
        properties: Vec::new(),
        enum_values: Vec::new(),
        one_of: Vec::new(),
        any_of: Vec::new(),
        discriminator: None,
        source: doc.at(title_line),
        inferred: Inferred::new(),
    };
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text, .. } if *level >= 2 => {
                section = text.plain.trim().to_ascii_lowercase();
            }
            _ => read_model_block(doc, dialect, &section, block, &mut model, warnings),
        }
    }
    ruby_composition(doc, &mut model);
    described_composition(&mut model);
    Some((name, model, Vec::new()))
}

/// One block of a model page, read by the section (lower-cased) it stands in:
/// properties, enum values, composition members, or the description.
fn read_model_block(
    doc: &Document,
    dialect: &Dialect,
    section: &str,
    block: &Block,
    model: &mut Model,
    warnings: &mut Vec<Warning>,
) {
    match block {
        Block::Table { header, rows, .. } if section == "properties" => {
            read_properties_table(doc, dialect, header, rows, model, warnings);
        }
        Block::Item { text, .. } if section == "enum" => {
            if let Some(value) = enum_value(&text.plain) {
                model.enum_values.push(value);
            }
        }
        // java 7.x `## oneOf schemas`, php-nextgen `## oneOf`: one item per member,
        // linked to its page.
        Block::Item { text, .. }
            if section.starts_with("oneof") || section.starts_with("anyof") =>
        {
            add_member(dialect, section, text, model);
        }
        // kotlin 7.x indents the enum list, which makes it a code block.
        Block::Code { text, .. } if section == "enum" => {
            model.enum_values.extend(code_enum_values(text));
        }
        // rust: `## Enum Variants`, a `Name | Value` table.
        Block::Table { header, rows, .. }
            if section == "enum variants" && super::page::column(header, "Value").is_some() =>
        {
            model.enum_values.extend(enum_variant_values(header, rows));
        }
        Block::Paragraph { text, .. } if section.is_empty() && model.description.is_none() => {
            model.description = Some(text.raw.clone());
        }
        _ => {}
    }
}

/// A `## Properties` table: `Name | Type | Description | Notes` rows, or python
/// 5.x's one-row enum model.
fn read_properties_table(
    doc: &Document,
    dialect: &Dialect,
    header: &[Text],
    rows: &[Row],
    model: &mut Model,
    warnings: &mut Vec<Warning>,
) {
    if let Some(notes) = python_enum_notes(rows) {
        model.enum_values = schema_doc::one_of(notes);
    } else if header
        .first()
        .is_some_and(|h| h.plain.eq_ignore_ascii_case("name"))
    {
        let columns = Columns::of(header);
        for row in rows {
            if let Some(p) = property(doc, dialect, columns, &row.cells, row.line, warnings) {
                model.properties.push(p);
            }
        }
    }
}

/// The notes cell of an enum model's one-row properties table, if it is one.
fn python_enum_notes(rows: &[Row]) -> Option<&str> {
    // python 5.x: an enum model is one `value` row, `must be one of [...]`.
    let [row] = rows else {
        return None;
    };
    let named_value = row
        .cells
        .first()
        .is_some_and(|c| c.plain.trim_matches('*') == "value");
    let notes = row.cells.get(3).map(|c| c.plain.as_str())?;
    (named_value && notes.contains("must be one of")).then_some(notes)
}

/// A `oneOf`/`anyOf` member, by the page its item links to: `* [Circle](Circle.md)`.
fn add_member(dialect: &Dialect, section: &str, text: &Text, model: &mut Model) {
    let member = text
        .links
        .first()
        .and_then(|l| l.dest.rsplit('/').next()?.strip_suffix(".md"))
        .filter(|m| !m.is_empty())
        .map(|m| dialect.model_name(m));
    if let Some(member) = member {
        let list = if section.starts_with("oneof") {
            &mut model.one_of
        } else {
            &mut model.any_of
        };
        if !list.contains(&member) {
            list.push(member);
        }
    }
}

/// The enum values of an indented list: `* `A` (value: `"a"`)` lines of a code block.
fn code_enum_values(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("* "))
        .filter_map(|l| {
            enum_value(&crate::markdown::parse("", l).blocks.first().map_or_else(
                String::new,
                |b| match b {
                    Block::Paragraph { text, .. } => text.plain.clone(),
                    _ => l.to_string(),
                },
            ))
        })
        .collect()
}

/// The `Value` column of rust's `Name | Value` enum variants table.
fn enum_variant_values(header: &[Text], rows: &[Row]) -> Vec<String> {
    let value = super::page::column(header, "Value").unwrap_or(1);
    rows.iter()
        .filter_map(|r| r.cells.get(value))
        .map(|c| c.plain.trim().trim_matches(['"', '\'', '`']).to_string())
        .filter(|v| !v.is_empty())
        .collect()
}

/// ruby 5.x+ documents a composed model by its class methods' examples:
///
/// ```text
/// Kitchen::Shape.openapi_one_of
/// # =>
/// # [
/// #   :'Circle',
/// #   :'Square'
/// # ]
/// Kitchen::Shape.openapi_discriminator_name
/// # => :'shape_type'
/// ```
fn ruby_composition(doc: &Document, model: &mut Model) {
    let symbols = |code: &str| -> Vec<String> {
        code.lines()
            .filter_map(|l| l.split_once(":'").map(|(_, r)| r))
            .filter_map(|r| r.split_once('\'').map(|(n, _)| n.to_string()))
            .collect()
    };
    for block in &doc.blocks {
        let Block::Code { text, .. } = block else {
            continue;
        };
        if text.contains(".openapi_one_of") {
            model.one_of = symbols(text);
        } else if text.contains(".openapi_any_of") {
            model.any_of = symbols(text);
        } else if text.contains(".openapi_discriminator_name") && model.discriminator.is_none() {
            model.discriminator = symbols(text).into_iter().next();
        }
    }
}

/// julia documents a composed model as one `value` property: `This is a oneOf model.
/// The value must be exactly one of the following types: Circle, Square`.
fn described_composition(model: &mut Model) {
    if !model.one_of.is_empty() || !model.any_of.is_empty() {
        return;
    }
    let found = model.properties.iter().find_map(|p| {
        let d = p.description.as_deref()?;
        let kind = if d.contains("This is a oneOf model") {
            "oneOf"
        } else if d.contains("This is a anyOf model") || d.contains("This is an anyOf model") {
            "anyOf"
        } else {
            return None;
        };
        let (_, list) = d.split_once("following types:")?;
        let members: Vec<String> = list
            .split(',')
            .map(|m| m.trim().trim_end_matches('.').to_string())
            .filter(|m| !m.is_empty())
            .collect();
        Some((kind, members))
    });
    if let Some((kind, members)) = found {
        model.properties.clear();
        if kind == "oneOf" {
            model.one_of = members;
        } else {
            model.any_of = members;
        }
    }
}

/// A python 6.x model page: the title's schema section, and the models it composes
/// with `allOf` (whose properties it inherits).
fn schema_model(doc: &Document, title_line: usize) -> (Model, Vec<String>) {
    let start = doc
        .blocks
        .iter()
        .position(|b| b.line() > title_line)
        .unwrap_or(doc.blocks.len());
    let description = doc
        .blocks
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| !matches!(b, Block::Heading { .. }))
        .find_map(|b| match b {
            Block::Paragraph { text, .. } => Some(text.raw.clone()),
            _ => None,
        });
    let body = doc.blocks.get(start..).unwrap_or_default();
    let mut schema = schema_doc::read_at(
        body,
        body.iter()
            .position(|b| matches!(b, Block::Heading { .. }))
            .unwrap_or(0),
    );
    let members = read_compositions(doc, &mut schema);
    schema_doc::refine_keys(&doc.blocks, &mut schema);
    let model = Model {
        documented: true,
        description,
        properties: schema
            .keys
            .into_iter()
            .map(|k| key_property(doc, k))
            .collect(),
        enum_values: schema.enum_values,
        one_of: members.one_of,
        any_of: members.any_of,
        discriminator: None,
        source: doc.at(title_line),
        inferred: Inferred::new(),
    };
    (model, members.parents)
}

/// The models a python 6.x model page composes, by kind.
#[derive(Debug, Default)]
struct Members {
    parents: Vec<String>,
    one_of: Vec<String>,
    any_of: Vec<String>,
}

/// The `#### allOf` / `oneOf` / `anyOf` tables of a python 6.x model page; an inline
/// `allOf` schema's keys are added to `schema`.
fn read_compositions(doc: &Document, schema: &mut SchemaDoc) -> Members {
    // `#### allOf`: `[Animal](Animal.md)` is a parent model, `[all_of_1](#all_of_1)` an
    // inline schema holding the model's own keys.
    // `#### oneOf` / `#### anyOf`: the alternatives, by link.
    let mut members = Members::default();
    let mut composition = "";
    for block in &doc.blocks {
        match block {
            Block::Heading { text, .. } => {
                composition = match text.plain.trim() {
                    "allOf" => "allOf",
                    "oneOf" => "oneOf",
                    "anyOf" => "anyOf",
                    _ => "",
                }
            }
            Block::Table { rows, .. } if !composition.is_empty() => {
                let links = rows
                    .iter()
                    .filter_map(|r| r.cells.first())
                    .filter_map(|c| c.links.first());
                for link in links {
                    let name = link.text.trim().to_string();
                    match (composition, link.dest.strip_prefix('#')) {
                        ("allOf", Some(anchor)) => {
                            if let Some(inline) = schema_doc::read_named(&doc.blocks, anchor) {
                                schema.keys.extend(inline.keys);
                            }
                        }
                        ("allOf", None) => members.parents.push(name),
                        ("oneOf", None) => members.one_of.push(name),
                        ("anyOf", None) => members.any_of.push(name),
                        _ => {}
                    }
                }
                composition = "";
            }
            _ => {}
        }
    }
    members
}

/// A property from a `Dictionary Keys` row of a python 6.x schema section.
fn key_property(doc: &Document, k: KeyRow) -> Property {
    Property {
        name: k.key.clone(),
        wire_name: k.key,
        ty: k.schema.ty.unwrap_or(TypeRef::Any),
        required: k.required,
        nullable: k.schema.nullable,
        read_only: k.read_only,
        description: k.description,
        default: k.default,
        enum_values: k.schema.enum_values,
        source: doc.at(k.line),
        inferred: Inferred::new(),
    }
}

/// `IN_PROGRESS (value: 'in-progress')` -> `in-progress`.
fn enum_value(item: &str) -> Option<String> {
    let rest = item.split_once("(value:")?.1;
    let rest = rest.rsplit_once(')').map_or(rest, |(v, _)| v).trim();
    let value = rest.trim_matches(['\'', '"', '`']);
    Some(value.to_string())
}

/// A property from its table row; `None` for a row that is not a property.
fn property(
    doc: &Document,
    dialect: &Dialect,
    columns: Columns,
    cells: &[Text],
    line: usize,
    warnings: &mut Vec<Warning>,
) -> Option<Property> {
    let name = property_name(columns, cells);
    // python 5.x lists additionalProperties as a row named `any string name`.
    let type_text = columns.type_text(cells);
    if name.is_empty() && !type_text.trim().is_empty() {
        warnings.push(Warning {
            at: doc.at(line),
            message: format!(
                "a property row of type `{}` has no name; it is skipped",
                type_text.trim()
            ),
        });
        return None;
    }
    if name.is_empty() || name == "any string name" {
        return None;
    }
    let type_text = type_text.trim_start_matches("Pointer to").trim();
    if let Some(p) = shaped_property(doc, dialect, columns, cells, line, type_text) {
        return Some(p);
    }
    let links = cells.get(columns.ty).map_or(&[][..], |c| &c.links[..]);
    let ty = parse_cell_type(type_text, links, dialect).unwrap_or_else(|| {
        warnings.push(Warning {
            at: doc.at(line),
            message: format!(
                "cannot read the type `{type_text}` of property `{name}`; kept as any JSON"
            ),
        });
        TypeRef::Any
    });
    let mut p = property_row(doc, dialect, columns, cells, line, ty);
    if p.enum_values.is_empty() {
        p.enum_values = super::types::literal_values(type_text);
    }
    p.default = notes::default_in(p.default.take(), &p.enum_values);
    if let Some(rule) = notes::default_rule(&columns.cell(cells, columns.notes)) {
        p.inferred.insert("default".into(), rule);
    }
    // javascript, ruby 2.x: `**status** | **String**` and, further down,
    // `## Enum: StatusEnum` (the property's name, capitalised, and `Enum`).
    if p.enum_values.is_empty() && p.ty == TypeRef::String {
        let anchor = format!(
            "{}Enum",
            heck::ToUpperCamelCase::to_upper_camel_case(p.name.as_str())
        );
        p.enum_values = inline_enum_values(doc, &anchor).unwrap_or_default();
    }
    Some(p)
}

/// A property whose type column is not a plain type: go's `NullableFloat32`, an
/// inline enum (by link, in the description or as literals), julia's prose.
fn shaped_property(
    doc: &Document,
    dialect: &Dialect,
    columns: Columns,
    cells: &[Text],
    line: usize,
    type_text: &str,
) -> Option<Property> {
    // go 5.x+: `NullableFloat32` is a nullable float32.
    if let Some(inner) = type_text.trim_matches('*').strip_prefix("Nullable") {
        if let Some(ty) = parse_type_in(inner, dialect).filter(TypeRef::is_primitive) {
            let mut p = property_row(doc, dialect, columns, cells, line, ty);
            p.nullable = true;
            return Some(p);
        }
    }
    // java: `[**MethodEnum**](#MethodEnum)`, kotlin `[**inline**](#Status)`: an inline
    // enum listed under `## Enum: MethodEnum` on the same page.
    let inline_enum = cells
        .get(columns.ty)
        .and_then(|c| c.links.first())
        .and_then(|l| l.dest.strip_prefix('#'))
        .and_then(|anchor| inline_enum_values(doc, anchor));
    if let Some(values) = inline_enum {
        return Some(Property {
            enum_values: values,
            ..property_row(doc, dialect, columns, cells, line, TypeRef::String)
        });
    }
    // rust: `**Status** |  (enum: ok, degraded)`, an inline enum named in the type
    // column and listed in the description.
    let described = notes::enum_values(&columns.cell(cells, columns.description));
    if !described.is_empty() {
        return Some(Property {
            enum_values: described,
            ..property_row(doc, dialect, columns, cells, line, TypeRef::String)
        });
    }
    // julia writes a composed model's members as prose in the type column.
    if type_text.starts_with("This is a") {
        return Some(Property {
            description: Some(type_text.to_string()),
            ..property_row(doc, dialect, columns, cells, line, TypeRef::Any)
        });
    }
    let literals = super::types::literal_values(&columns.type_raw(cells));
    if !literals.is_empty() {
        return Some(Property {
            enum_values: literals,
            ..property_row(doc, dialect, columns, cells, line, TypeRef::String)
        });
    }
    None
}

/// The property name a row shows: `**photo_urls**` -> `photo_urls`.
fn property_name(columns: Columns, cells: &[Text]) -> String {
    columns
        .cell(cells, Some(columns.name))
        .trim_matches(['*', '`'])
        .trim()
        .to_string()
}

/// A property from its table row, once its type is known.
fn property_row(
    doc: &Document,
    dialect: &Dialect,
    columns: Columns,
    cells: &[Text],
    line: usize,
    ty: TypeRef,
) -> Property {
    let name = property_name(columns, cells);
    let type_text = columns.type_text(cells);
    let type_text = type_text.trim_start_matches("Pointer to").trim();
    let notes_text = columns.cell(cells, columns.notes);
    let mut inferred = Inferred::new();
    let wire_name = wire_name(dialect, &name, &mut inferred);
    // typescript-fetch's `Name | Type` tables do not say which properties are
    // required: read them as optional, which decodes whether or not they are sent.
    let has_notes = columns.notes.is_some() || columns.required.is_some();
    if !has_notes {
        inferred.insert(
            "required".into(),
            "the property table has no Notes column; assumed optional".into(),
        );
    }
    let required_cell = columns.cell(cells, columns.required);
    let optional = notes::says_optional(&notes_text)
        || super::types::is_option_wrapper(type_text)
        || (columns.required.is_some() && !notes::says_required(&required_cell));
    Property {
        name,
        wire_name,
        ty,
        // micronaut: `[optional property]`, `[readonly property]`.
        required: has_notes && !optional,
        nullable: type_text.contains("none_type")
            || notes_text.to_ascii_lowercase().contains("[nullable"),
        read_only: notes_text.contains("[readonly"),
        description: Some(columns.cell(cells, columns.description).to_string())
            .filter(|d| !d.is_empty()),
        default: notes::default_value(&columns.cell_raw(cells, columns.notes)),
        enum_values: notes::enum_values(&notes_text),
        source: doc.at(line),
        inferred,
    }
}

/// The JSON name of a property the table shows as `name` in the dialect's case; the
/// rule goes into `inferred` when it is a guess.
fn wire_name(dialect: &Dialect, name: &str, inferred: &mut Inferred) -> String {
    if let Some(wire) = infer::spelled_out_underscores(dialect.name, name) {
        inferred.insert("wire_name".into(), infer::underscore_escape(name, &wire));
        return wire;
    }
    let unescaped = super::infer::unescape_reserved(name);
    match dialect.property_case() {
        _ if unescaped.is_some() => {
            inferred.insert(
                "wire_name".into(),
                infer::keyword_escape(name, dialect.name, unescaped.as_deref().unwrap_or_default()),
            );
            unescaped.unwrap_or_default()
        }
        NameCase::Verbatim => name.to_string(),
        NameCase::Snake | NameCase::LowerCamel => {
            inferred.insert(
                "wire_name".into(),
                infer::as_shown(dialect.name, dialect.case_phrase(), name),
            );
            name.to_string()
        }
        NameCase::Pascal => {
            // go and C# show properties as exported fields (`PhotoUrls`); JSON names
            // are most often lowerCamelCase.
            // An all-capitals name (`ID`, `URL`) is its own PascalCase.
            let all_caps = name.len() > 1 && !name.chars().any(|c| c.is_lowercase());
            let wire = if all_caps {
                name.to_string()
            } else {
                super::operation::lower_first(name)
            };
            inferred.insert("wire_name".into(), infer::pascal_shown(dialect.name, name));
            wire
        }
    }
}

/// The name other pages use for the model of this page, where it is not the spec's
/// (see [`unprefixed`]): `Some(("ModelApiResponse", "ApiResponse"))`.
pub fn renamed(doc: &Document, dialect: &Dialect) -> Option<(String, String)> {
    let title = doc.blocks.iter().find_map(|b| match b {
        Block::Heading { level: 1, text, .. } => Some(text.plain.clone()),
        _ => None,
    })?;
    let shown = dialect.model_name(
        title
            .rsplit(['\\', ':', '.'])
            .next()?
            .trim_start_matches(['#', ' '])
            .trim(),
    );
    let name = unprefixed(doc, &shown);
    (name != shown).then_some((shown, name))
}

/// A model some generators renamed to avoid a clash with their own classes: the
/// page `ApiResponse.md` titled `ModelApiResponse` (kotlin, powershell, typescript)
/// documents the spec's `ApiResponse`.
fn unprefixed(doc: &Document, title: &str) -> String {
    let stem = doc
        .file
        .rsplit('/')
        .next()
        .and_then(|f| f.strip_suffix(".md"))
        .unwrap_or_default();
    match title.strip_prefix("Model") {
        Some(rest) if rest == stem => rest.to_string(),
        _ => title.to_string(),
    }
}

/// The values of the inline enum a same-page anchor names, `None` when the page has
/// no section for it. Every generator lays the section out its own way:
///
/// ```text
/// ## Enum: MethodEnum                 java: a `Name | Value` table, `&quot;card&quot;`
/// ## StatusEnum                       java micronaut: values as code, `"ok"`
/// ## Enum: status                     kotlin: one row, `ok, degraded`
/// ## Enum: Status                     scala: `Allowed values: [ok, degraded]`
/// ## Enum: StatusEnum                 javascript: a list, `ok` (value: `"ok"`)
/// ```
///
/// android writes the heading and an empty table: the values are not stated.
fn inline_enum_values(doc: &Document, anchor: &str) -> Option<Vec<String>> {
    let anchor = anchor.to_ascii_lowercase();
    let start = doc.blocks.iter().position(|b| {
        matches!(b, Block::Heading { level, text, .. } if *level >= 2 && {
            let h = text.plain.trim().to_ascii_lowercase();
            // kotlin 4.x: `#StatusEnum` is the anchor of `## Enum: status`.
            let bare = anchor.strip_suffix("enum").unwrap_or(&anchor);
            h == anchor
                || h.strip_prefix("enum:").is_some_and(|n| n.trim() == anchor || n.trim() == bare)
        })
    })?;
    let mut values = Vec::new();
    let clean = |v: &str| v.trim().trim_matches(['`', '"', '\'']).trim().to_string();
    for block in doc.blocks.get(start + 1..).unwrap_or_default() {
        match block {
            Block::Heading { .. } => break,
            Block::Table { header, rows, .. } => {
                let value = super::page::column(header, "Value").unwrap_or(1);
                values.extend(
                    rows.iter()
                        .filter_map(|r| r.cells.get(value))
                        .flat_map(|c| c.plain.split(',').map(clean).collect::<Vec<_>>()),
                );
            }
            Block::Item { text, .. } => values.extend(enum_value(&text.plain)),
            Block::Paragraph { text, .. } => {
                if let Some(list) = text.plain.split_once("Allowed values:").map(|(_, r)| r) {
                    let list = list.trim().trim_start_matches('[');
                    let list = list.split(']').next().unwrap_or_default();
                    values.extend(list.split(',').map(clean));
                }
            }
            _ => {}
        }
    }
    values.retain(|v| !v.is_empty());
    Some(values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialect::dialects::{GO, RUBY};
    use crate::markdown::parse;

    #[test]
    fn ruby_model() {
        let page = "# OpenapiClient::Pet\n\n## Properties\n\n| Name | Type | Description | Notes |\n| ---- | ---- | ----------- | ----- |\n| **photo_urls** | **Array&lt;String&gt;** |  |  |\n| **status** | **String** | pet status | [optional][readonly] |\n";
        let doc = parse("Pet.md", page);
        assert!(is_model_page(&doc));
        let (name, model, _) = read_model_page(&doc, &RUBY, &mut Vec::new()).unwrap();
        assert_eq!(name, "Pet");
        assert_eq!(model.properties.len(), 2);
        assert_eq!(model.properties[0].ty.to_string(), "array<string>");
        assert!(model.properties[0].required);
        assert!(!model.properties[1].required && model.properties[1].read_only);
        assert_eq!(model.properties[1].source.line, 8);
    }

    #[test]
    fn go_model_and_enum() {
        let page = "# Pet\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n**PhotoUrls** | Pointer to **[]string** |  | [optional] \n";
        let (_, model, _) = read_model_page(&parse("Pet.md", page), &GO, &mut Vec::new()).unwrap();
        assert_eq!(model.properties[0].wire_name, "photoUrls");
        assert!(model.properties[0].inferred.contains_key("wire_name"));
        let page = "# Status\n\n## Enum\n\n\n* `IN_PROGRESS` (value: `\"in-progress\"`)\n\n* `_2FA` (value: `\"2fa\"`)\n";
        let (_, model, _) =
            read_model_page(&parse("Status.md", page), &GO, &mut Vec::new()).unwrap();
        assert_eq!(model.enum_values, ["in-progress", "2fa"]);
    }
}
