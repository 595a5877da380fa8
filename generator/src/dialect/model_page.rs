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

use crate::markdown::{Block, Document};
use crate::spec::{Inferred, Model, Property, TypeRef};
use crate::Warning;

use super::dialects::{Dialect, NameCase};
use super::schema_doc;
use super::types::{parse_cell_type, parse_type_in};

/// True when the page documents a model: a `Properties` or `Enum` section, python
/// 6.x's `Model Type Info`, or ruby's `Class instance methods` of a composed model.
pub fn is_model_page(doc: &Document) -> bool {
    doc.blocks.iter().any(|b| {
        matches!(b, Block::Heading { level, text, .. }
            if *level >= 2 && matches!(text.plain.trim().to_ascii_lowercase().as_str(), "properties" | "enum" | "model type info" | "class instance methods"))
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
    let name = dialect.model_name(name);
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
            // python 5.x: an enum model is one `value` row, `must be one of [...]`.
            Block::Table { rows, .. }
                if section == "properties"
                    && rows.len() == 1
                    && rows[0]
                        .cells
                        .first()
                        .is_some_and(|c| c.plain.trim_matches('*') == "value")
                    && rows[0]
                        .cells
                        .get(3)
                        .is_some_and(|c| c.plain.contains("must be one of")) =>
            {
                let notes = rows[0]
                    .cells
                    .get(3)
                    .map(|c| c.plain.as_str())
                    .unwrap_or_default();
                model.enum_values = schema_doc::one_of(notes);
            }
            Block::Table { header, rows, .. }
                if section == "properties"
                    && header
                        .first()
                        .is_some_and(|h| h.plain.eq_ignore_ascii_case("name")) =>
            {
                for row in rows {
                    if let Some(p) = property(doc, dialect, &row.cells, row.line, warnings) {
                        model.properties.push(p);
                    }
                }
            }
            Block::Item { text, .. } if section == "enum" => {
                if let Some(value) = enum_value(&text.plain) {
                    model.enum_values.push(value);
                }
            }
            Block::Paragraph { text, .. } if section.is_empty() && model.description.is_none() => {
                model.description = Some(text.raw.clone());
            }
            _ => {}
        }
    }
    ruby_composition(doc, &mut model);
    Some((name, model, Vec::new()))
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

/// A python 6.x model page: the title's schema section.
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
    // `#### allOf`: `[Animal](Animal.md)` is a parent model, `[all_of_1](#all_of_1)` an
    // inline schema holding the model's own keys.
    // `#### oneOf` / `#### anyOf`: the alternatives, by link.
    let mut parents = Vec::new();
    let (mut one_of, mut any_of) = (Vec::new(), Vec::new());
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
                        ("allOf", None) => parents.push(name),
                        ("oneOf", None) => one_of.push(name),
                        ("anyOf", None) => any_of.push(name),
                        _ => {}
                    }
                }
                composition = "";
            }
            _ => {}
        }
    }
    schema_doc::refine_keys(&doc.blocks, &mut schema);
    let model = Model {
        documented: true,
        description,
        properties: schema
            .keys
            .into_iter()
            .map(|k| Property {
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
            })
            .collect(),
        enum_values: schema.enum_values,
        one_of,
        any_of,
        discriminator: None,
        source: doc.at(title_line),
        inferred: Inferred::new(),
    };
    (model, parents)
}

/// `IN_PROGRESS (value: 'in-progress')` -> `in-progress`.
fn enum_value(item: &str) -> Option<String> {
    let rest = item.split_once("(value:")?.1;
    let rest = rest.rsplit_once(')').map_or(rest, |(v, _)| v).trim();
    let value = rest.trim_matches(['\'', '"', '`']);
    Some(value.to_string())
}

fn property(
    doc: &Document,
    dialect: &Dialect,
    cells: &[crate::markdown::Text],
    line: usize,
    warnings: &mut Vec<Warning>,
) -> Option<Property> {
    let cell = |i: usize| cells.get(i).map(|c| c.plain.trim()).unwrap_or_default();
    let name = cell(0).trim_matches('*').trim().to_string();
    // python 5.x lists additionalProperties as a row named `any string name`.
    if name.is_empty() || name == "any string name" {
        return None;
    }
    let type_text = cell(1).trim_start_matches("Pointer to").trim();
    // go 5.x+: `NullableFloat32` is a nullable float32.
    if let Some(inner) = type_text.trim_matches('*').strip_prefix("Nullable") {
        if let Some(ty) = parse_type_in(inner, dialect).filter(TypeRef::is_primitive) {
            let mut p = property_row(doc, dialect, cells, line, ty);
            p.nullable = true;
            return Some(p);
        }
    }
    // java: `[**MethodEnum**](#MethodEnum)` is an inline enum listed under
    // `## Enum: MethodEnum` on the same page.
    let inline_enum = cells
        .get(1)
        .and_then(|c| c.links.first())
        .filter(|l| l.dest.starts_with('#'))
        .map(|l| inline_enum_values(doc, &l.text));
    if let Some(values) = inline_enum.filter(|v| !v.is_empty()) {
        return Some(Property {
            enum_values: values,
            ..property_row(doc, dialect, cells, line, TypeRef::String)
        });
    }
    let links = cells.get(1).map_or(&[][..], |c| &c.links[..]);
    let ty = parse_cell_type(type_text, links, dialect).unwrap_or_else(|| {
        warnings.push(Warning {
            at: doc.at(line),
            message: format!(
                "cannot read the type `{type_text}` of property `{name}`; kept as any JSON"
            ),
        });
        TypeRef::Any
    });
    Some(property_row(doc, dialect, cells, line, ty))
}

/// A property from its table row, once its type is known.
fn property_row(
    doc: &Document,
    dialect: &Dialect,
    cells: &[crate::markdown::Text],
    line: usize,
    ty: TypeRef,
) -> Property {
    let cell = |i: usize| cells.get(i).map(|c| c.plain.trim()).unwrap_or_default();
    let name = cell(0).trim_matches('*').trim().to_string();
    let type_text = cell(1).trim_start_matches("Pointer to").trim();
    let notes = cell(3);
    let mut inferred = Inferred::new();
    let unescaped = super::infer::unescape_reserved(&name);
    let wire_name = match dialect.name_case {
        _ if unescaped.is_some() => {
            inferred.insert(
                "wire_name".into(),
                format!("`{name}` is how {} escapes a reserved word", dialect.name),
            );
            unescaped.unwrap_or_default()
        }
        NameCase::Verbatim => name.clone(),
        NameCase::Snake => {
            inferred.insert(
                "wire_name".into(),
                format!("{} shows property names in snake_case; the JSON name is assumed to be spelled as shown", dialect.name),
            );
            name.clone()
        }
        NameCase::LowerCamel | NameCase::Pascal => {
            // go shows properties as exported fields (`PhotoUrls`); JSON names are
            // most often lowerCamelCase.
            let mut chars = name.chars();
            let wire: String = chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default();
            inferred.insert(
                "wire_name".into(),
                format!("{} shows exported field names (`{name}`); the JSON name is assumed to be lowerCamelCase", dialect.name),
            );
            wire
        }
    };
    // typescript-fetch's `Name | Type` tables do not say which properties are
    // required: read them as optional, which decodes whether or not they are sent.
    if cells.len() <= 2 {
        inferred.insert(
            "required".into(),
            "the property table has no Notes column; assumed optional".into(),
        );
    }
    Property {
        name,
        wire_name,
        ty,
        // micronaut: `[optional property]`, `[readonly property]`.
        required: cells.len() > 2 && !notes.contains("[optional"),
        nullable: type_text.contains("none_type") || notes.contains("[nullable"),
        read_only: notes.contains("[readonly"),
        description: Some(cell(2).to_string()).filter(|d| !d.is_empty()),
        default: notes.split_once("default to").and_then(|(_, d)| {
            super::page::meaningful_default(d.split(']').next().unwrap_or_default())
        }),
        enum_values: Vec::new(),
        source: doc.at(line),
        inferred,
    }
}

/// The `Value` column of the `## Enum: <name>` table (`&quot;card&quot;` -> `card`).
fn inline_enum_values(doc: &Document, name: &str) -> Vec<String> {
    let heading = format!("Enum: {name}");
    let Some(start) = doc
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { text, .. } if text.plain.trim() == heading))
    else {
        return Vec::new();
    };
    match doc.blocks.get(start + 1) {
        Some(Block::Table { rows, .. }) => rows
            .iter()
            .filter_map(|r| r.cells.get(1))
            .map(|c| c.plain.trim().trim_matches('"').to_string())
            .filter(|v| !v.is_empty())
            .collect(),
        _ => Vec::new(),
    }
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
