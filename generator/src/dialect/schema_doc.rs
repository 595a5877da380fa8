//! Schema sections of python 6.x docs (`docs/apis/tags/`, `docs/models/`), which
//! describe every schema, inline or named, with the same nested tables:
//!
//! ```text
//! # TagsSchema                      (or # SchemaForRequestBodyApplicationJson, # Pet)
//! ## Model Type Info
//! Input Type | Accessed Type | Description | Notes
//! list, tuple,  | tuple,  |  |
//! ### Tuple Items                   (array items)
//! Class Name | Input Type | Accessed Type | Description | Notes
//! items | str,  | str,  |  |
//! ### Dictionary Keys               (object properties)
//! Key | Input Type | Accessed Type | Description | Notes
//! **grant_type** | str,  | str,  |  | must be one of ["client_credentials", ]
//! ```
//!
//! or, for a schema that is a model: `Type | Description | Notes` / `[**Pet**](Pet.md)`.

use crate::markdown::{Block, Row, Text};
use crate::spec::TypeRef;

use super::types::parse_type;

/// A schema as a section describes it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchemaDoc {
    pub ty: Option<TypeRef>,
    pub nullable: bool,
    pub enum_values: Vec<String>,
    /// `Dictionary Keys` rows: (key, schema, description, required, line).
    pub keys: Vec<KeyRow>,
}

/// A property of an object schema.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyRow {
    pub key: String,
    pub schema: SchemaDoc,
    pub description: Option<String>,
    pub required: bool,
    pub read_only: bool,
    pub default: Option<String>,
    pub line: usize,
}

/// True when a block list uses python 6.x schema sections.
pub fn uses_schema_sections(blocks: &[Block]) -> bool {
    blocks
        .iter()
        .any(|b| matches!(b, Block::Heading { text, .. } if text.plain.trim() == "Model Type Info"))
}

/// Reads the schema section headed `name` (a heading whose text is exactly `name`);
/// `None` when there is none.
pub fn read_named(blocks: &[Block], name: &str) -> Option<SchemaDoc> {
    let start = blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { text, .. } if text.plain.trim() == name))?;
    Some(read_at(blocks, start + 1))
}

/// Reads the schema section whose tables start at `start` (after its heading), up to
/// the next heading of a section that is not part of it.
pub fn read_at(blocks: &[Block], start: usize) -> SchemaDoc {
    let mut doc = SchemaDoc::default();
    let mut part = String::new();
    for block in blocks.iter().skip(start) {
        match block {
            Block::Heading { text, .. } => {
                let t = text.plain.trim().to_ascii_lowercase();
                if matches!(
                    t.as_str(),
                    "model type info" | "tuple items" | "dictionary keys"
                ) || t.starts_with("composed schemas")
                    || t.starts_with("allof")
                    || t.starts_with("oneof")
                    || t.starts_with("anyof")
                {
                    part = t;
                } else {
                    break;
                }
            }
            Block::Table { header, rows, .. } => {
                let first = header
                    .first()
                    .map(|h| h.plain.trim().to_ascii_lowercase())
                    .unwrap_or_default();
                match (part.as_str(), first.as_str()) {
                    (_, "type") => {
                        if let Some(row) = rows.first() {
                            doc.ty = link_type(row.cells.first());
                        }
                    }
                    ("model type info", _) => read_type_info(rows, &mut doc),
                    ("tuple items", _) => read_tuple_items(rows, &mut doc),
                    ("dictionary keys", _) => read_dictionary_keys(rows, &mut doc),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    doc
}

/// `Input Type | Accessed Type | Description | Notes`: the schema's type, whether it
/// accepts `None`, and its enum values.
fn read_type_info(rows: &[Row], doc: &mut SchemaDoc) {
    if let Some(row) = rows.first() {
        let input = cell(&row.cells, 0);
        let notes = cell(&row.cells, 3);
        let (ty, nullable) = input_type(input, notes);
        doc.nullable = nullable;
        doc.enum_values = one_of(notes);
        if doc.ty.is_none() {
            doc.ty = ty;
        }
    }
}

/// `Class Name | Input Type | …` of `Tuple Items`: the array's items.
fn read_tuple_items(rows: &[Row], doc: &mut SchemaDoc) {
    if let Some(row) = rows.first() {
        let item = link_type(row.cells.first())
            .or_else(|| input_type(cell(&row.cells, 1), cell(&row.cells, 4)).0)
            .unwrap_or(TypeRef::Any);
        doc.ty = Some(TypeRef::Array(Box::new(item)));
        if doc.enum_values.is_empty() {
            doc.enum_values = one_of(cell(&row.cells, 4));
        }
    }
}

/// `Key | Input Type | Accessed Type | Description | Notes` of `Dictionary Keys`: the
/// object's properties, and a map's value type.
fn read_dictionary_keys(rows: &[Row], doc: &mut SchemaDoc) {
    for row in rows {
        let key = cell(&row.cells, 0).trim_matches('*').to_string();
        // `any_string_name` is additionalProperties: for a map, its
        // value type (unless it lists every type: any JSON).
        if key == "any_string_name" {
            let value = link_type(row.cells.get(1))
                .or_else(|| input_type(cell(&row.cells, 1), cell(&row.cells, 4)).0);
            if let Some(value) = value.filter(|v| *v != TypeRef::Any) {
                if doc.keys.is_empty() && matches!(doc.ty, Some(TypeRef::Map(_))) {
                    doc.ty = Some(TypeRef::Map(Box::new(value)));
                }
            }
            continue;
        }
        if key.is_empty() {
            continue;
        }
        doc.keys.push(key_row(key, row));
    }
}

/// A property of a `Dictionary Keys` row, named `key`.
fn key_row(key: String, row: &Row) -> KeyRow {
    let notes = cell(&row.cells, 4);
    let (ty, nullable) = match link_type(row.cells.get(1)) {
        Some(t) => (Some(t), false),
        None => input_type(cell(&row.cells, 1), notes),
    };
    KeyRow {
        key,
        schema: SchemaDoc {
            ty,
            nullable,
            enum_values: one_of(notes),
            keys: Vec::new(),
        },
        description: Some(cell(&row.cells, 3).to_string()).filter(|d| !d.is_empty()),
        required: !notes.contains("[optional]"),
        read_only: notes.contains("[readonly]"),
        default: default_of(notes),
        line: row.line,
    }
}

fn cell(cells: &[Text], i: usize) -> &str {
    cells.get(i).map(|c| c.plain.trim()).unwrap_or_default()
}

/// Array and map properties describe their items in a section named after the
/// property (`# photoUrls` / `### Tuple Items`): use it when there is one.
pub fn refine_keys(blocks: &[Block], doc: &mut SchemaDoc) {
    for key in &mut doc.keys {
        let vague = matches!(&key.schema.ty, Some(TypeRef::Array(t) | TypeRef::Map(t)) if **t == TypeRef::Any);
        if vague {
            if let Some(inner) = read_named(blocks, &key.key) {
                if inner.ty.is_some() {
                    key.schema.ty = inner.ty;
                }
                if key.schema.enum_values.is_empty() {
                    key.schema.enum_values = inner.enum_values;
                }
            }
        }
    }
}

/// `[**Pet**](../../models/Pet.md)` -> `Pet`.
fn link_type(cell: Option<&Text>) -> Option<TypeRef> {
    let cell = cell?;
    let link = cell.links.first()?;
    parse_type(&link.text)
}

/// `decimal.Decimal, int,` with notes `value must be a 32 bit integer` -> int32;
/// the second value says whether `None` is accepted.
fn input_type(input: &str, notes: &str) -> (Option<TypeRef>, bool) {
    let kinds: Vec<&str> = input
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .collect();
    let nullable = kinds.contains(&"None");
    let has = |k: &str| kinds.contains(&k);
    let notes = notes.to_ascii_lowercase();
    let ty = if has("dict") && has("str") && has("list") {
        TypeRef::Any
    } else if has("bool") {
        TypeRef::Boolean
    } else if has("float") {
        if notes.contains("32 bit float") {
            TypeRef::Float
        } else if notes.contains("64 bit float") {
            TypeRef::Double
        } else {
            TypeRef::Number
        }
    } else if has("int") {
        if notes.contains("32 bit integer") {
            TypeRef::Int32
        } else if notes.contains("64 bit integer") {
            TypeRef::Int64
        } else {
            TypeRef::Integer
        }
    } else if has("bytes") || has("io.FileIO") {
        TypeRef::Binary
    } else if has("list") || has("tuple") {
        TypeRef::Array(Box::new(TypeRef::Any))
    } else if has("dict") {
        TypeRef::Map(Box::new(TypeRef::Any))
    } else if has("uuid.UUID") || notes.contains("must be a uuid") {
        TypeRef::Uuid
    } else if has("datetime") || notes.contains("date-time") {
        TypeRef::DateTime
    } else if has("date") || notes.contains("full-date") {
        TypeRef::Date
    } else if has("str") {
        TypeRef::String
    } else {
        return (None, nullable);
    };
    (Some(ty), nullable)
}

/// `must be one of ["in-progress", "2fa", ]` -> the values.
pub(super) fn one_of(notes: &str) -> Vec<String> {
    let Some(rest) = notes.split_once("must be one of [").map(|(_, r)| r) else {
        return Vec::new();
    };
    let list = rest.split_once(']').map_or(rest, |(l, _)| l);
    list.split(',')
        .map(|v| v.trim().trim_matches('"').to_string())
        .filter(|v| !v.is_empty())
        .collect()
}

/// `if omitted the server will use the default value of 20` -> `20`.
fn default_of(notes: &str) -> Option<String> {
    let rest = notes.split_once("default value of ")?.1;
    let rest = rest.split("value must").next().unwrap_or(rest);
    Some(
        rest.trim()
            .trim_end_matches(']')
            .trim()
            .trim_matches('"')
            .to_string(),
    )
    .filter(|d| !d.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::parse;

    #[test]
    fn reads_arrays_objects_and_refs() {
        let page = "# TagsSchema\n\n## Model Type Info\nInput Type | Accessed Type | Description | Notes\n------------ | ------------- | ------------- | -------------\nlist, tuple,  | tuple,  |  | \n\n### Tuple Items\nClass Name | Input Type | Accessed Type | Description | Notes\n------------- | ------------- | ------------- | ------------- | -------------\nitems | str,  | str,  |  | \n\n# SchemaForRequestBodyApplicationXWwwFormUrlencoded\n\n## Model Type Info\nInput Type | Accessed Type | Description | Notes\n------------ | ------------- | ------------- | -------------\ndict, frozendict.frozendict,  | frozendict.frozendict,  |  | \n\n### Dictionary Keys\nKey | Input Type | Accessed Type | Description | Notes\n------------ | ------------- | ------------- | ------------- | -------------\n**grant_type** | str,  | str,  | Always | must be one of [\"client_credentials\", ] \n**limit** | decimal.Decimal, int,  | decimal.Decimal,  |  | [optional] if omitted the server will use the default value of 20value must be a 32 bit integer\n\n# SchemaFor200ResponseBodyApplicationJson\nType | Description  | Notes\n------------- | ------------- | -------------\n[**Pet**](../../models/Pet.md) |  | \n";
        let doc = parse("p.md", page);
        let tags = read_named(&doc.blocks, "TagsSchema").unwrap();
        assert_eq!(tags.ty.unwrap().to_string(), "array<string>");
        let form = read_named(
            &doc.blocks,
            "SchemaForRequestBodyApplicationXWwwFormUrlencoded",
        )
        .unwrap();
        assert_eq!(form.keys.len(), 2);
        assert_eq!(form.keys[0].schema.enum_values, ["client_credentials"]);
        assert!(form.keys[0].required && !form.keys[1].required);
        assert_eq!(
            form.keys[1].schema.ty.as_ref().unwrap().to_string(),
            "int32"
        );
        let pet = read_named(&doc.blocks, "SchemaFor200ResponseBodyApplicationJson").unwrap();
        assert_eq!(pet.ty.unwrap().to_string(), "Pet");
    }
}
