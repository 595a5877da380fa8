//! Operation sections of python 6.x docs (`docs/apis/tags/<Name>Api.md`), which state
//! parameter locations and wire names, bodies and per-status responses in schema
//! sections (see [`super::schema_doc`]):
//!
//! ```text
//! ### query_params
//! #### RequestQueryParams
//! Name | Type | Description  | Notes
//! tags | TagsSchema | |                      <- wire name, location: query
//! ### body
//! # SchemaForRequestBodyApplicationJson     <- media type application/json
//! ### Return Types, Responses
//! Code | Class | Description
//! 201 | [ApiResponseFor201](#add_pet.ApiResponseFor201) | The created pet
//! # SchemaFor201ResponseBodyApplicationJson <- the 201 body
//! ```

use crate::markdown::{Block, Row, Text};
use crate::spec::{ParamLocation, TypeRef};

use super::page::{BodyFacts, OpFacts, ParamRow};
use super::schema_doc::{read_at, read_named, refine_keys};
use super::types::parse_type;

/// Fills `op` from a python 6.x operation section.
pub fn read_tagged_section(section: &[Block], op: &mut OpFacts) {
    let options = read_tables(section, op);
    for (i, block) in section.iter().enumerate() {
        let Block::Heading { text, line, .. } = block else {
            continue;
        };
        let name = text.plain.trim();
        if let Some(media) = name.strip_prefix("SchemaForRequestBody") {
            read_request_body(section, i, *line, media, &options, op);
        } else if let Some(rest) = name.strip_prefix("SchemaFor") {
            read_response_body(section, i, rest, op);
        }
    }
}

/// What the `parameters` table says of the request body.
#[derive(Debug, Default)]
struct BodyOptions {
    required: bool,
    default_media: Option<String>,
}

/// The section's tables: the `parameters` table, the request parameters by
/// location, and `Return Types, Responses`.
fn read_tables(section: &[Block], op: &mut OpFacts) -> BodyOptions {
    let mut heading = String::new();
    let mut options = BodyOptions::default();
    for block in section {
        match block {
            Block::Heading { text, .. } => heading = text.plain.trim().to_string(),
            Block::Table { rows, .. } => {
                let lower = heading.to_ascii_lowercase();
                if lower == "parameters" {
                    read_parameters_table(rows, &mut options, op);
                } else if let Some(location) = request_params(&lower) {
                    for row in rows {
                        if let Some(param) = param_row(section, row, location) {
                            op.params.push(param);
                        }
                    }
                } else if lower == "return types, responses" {
                    read_response_rows(rows, op);
                }
            }
            _ => {}
        }
    }
    options
}

/// The `parameters` table: `body` (required or not), `content_type` and
/// `accept_content_types` with their defaults.
fn read_parameters_table(rows: &[Row], options: &mut BodyOptions, op: &mut OpFacts) {
    for row in rows {
        match cell(&row.cells, 0) {
            "body" => options.required = cell(&row.cells, 2).contains("required"),
            "content_type" => options.default_media = quoted(cell(&row.cells, 2)),
            "accept_content_types" => {
                if let Some(media) = quoted(cell(&row.cells, 2)) {
                    push_unique(&mut op.produces, media);
                }
            }
            _ => {}
        }
    }
}

/// `Code | Class | Description` rows: the statuses and their descriptions.
fn read_response_rows(rows: &[Row], op: &mut OpFacts) {
    for row in rows {
        let code = cell(&row.cells, 0);
        if code.chars().next().is_some_and(|c| c.is_ascii_digit()) || code == "default" {
            let description = Some(cell(&row.cells, 2).to_string()).filter(|d| !d.is_empty());
            op.statuses.push((code.to_string(), description, row.line));
        }
    }
}

/// `# SchemaForRequestBodyApplicationJson` at block `i`: a media type the operation
/// consumes, and the body (the first one met) with its type or form fields.
fn read_request_body(
    section: &[Block],
    i: usize,
    line: usize,
    media: &str,
    options: &BodyOptions,
    op: &mut OpFacts,
) {
    let media = media_type(media, options.default_media.as_deref());
    push_unique(&mut op.consumes, media.clone());
    if op.body.is_some() {
        return;
    }
    let mut schema = read_at(section, i + 1);
    refine_keys(section, &mut schema);
    let form = media.contains("form");
    let fields = if form {
        schema
            .keys
            .iter()
            .map(|k| ParamRow {
                location: None,
                name: k.key.clone(),
                ty: k.schema.ty.clone().unwrap_or(TypeRef::String),
                description: k.description.clone(),
                optional: !k.required,
                default: k.default.clone(),
                enum_values: k.schema.enum_values.clone(),
                line: k.line,
            })
            .collect()
    } else {
        Vec::new()
    };
    // python 6.x calls every form body `optional`; its required fields say
    // otherwise.
    let required = options.required || (form && schema.keys.iter().any(|k| k.required));
    op.body = Some(BodyFacts {
        media_type: media,
        required,
        ty: if form {
            None
        } else {
            schema.ty.or(Some(TypeRef::Any))
        },
        fields,
        line,
    });
}

/// `# SchemaFor201ResponseBodyApplicationJson` at block `i` (`rest` follows
/// `SchemaFor`): a media type the operation produces, and the status's body type.
fn read_response_body(section: &[Block], i: usize, rest: &str, op: &mut OpFacts) {
    let Some((code, media)) = rest.split_once("ResponseBody") else {
        return;
    };
    push_unique(&mut op.produces, media_type(media, None));
    if let Some(ty) = read_at(section, i + 1).ty {
        if !op.status_types.iter().any(|(c, _)| c == code) {
            op.status_types.push((code.to_string(), ty));
        }
    }
}

fn cell(cells: &[Text], i: usize) -> &str {
    cells.get(i).map(|c| c.plain.trim()).unwrap_or_default()
}

fn push_unique(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// `requestqueryparams` -> query.
fn request_params(heading: &str) -> Option<ParamLocation> {
    match heading {
        "requestpathparams" => Some(ParamLocation::Path),
        "requestqueryparams" => Some(ParamLocation::Query),
        "requestheaderparams" => Some(ParamLocation::Header),
        "requestcookieparams" => Some(ParamLocation::Cookie),
        _ => None,
    }
}

/// `tags | TagsSchema | | optional`: the type is a schema section of the same
/// operation, or a link to a model.
fn param_row(section: &[Block], row: &Row, location: ParamLocation) -> Option<ParamRow> {
    let name = cell(&row.cells, 0).trim_matches('*').to_string();
    if name.is_empty() {
        return None;
    }
    let type_cell = row.cells.get(1);
    let linked = type_cell
        .and_then(|c| c.links.first())
        .and_then(|l| parse_type(&l.text));
    let schema = match &linked {
        Some(_) => None,
        None => read_named(section, cell(&row.cells, 1)),
    };
    let ty = linked
        .or_else(|| schema.as_ref().and_then(|s| s.ty.clone()))
        .unwrap_or(TypeRef::String);
    let notes = cell(&row.cells, 3);
    Some(ParamRow {
        location: Some(location),
        name,
        ty,
        description: Some(cell(&row.cells, 2).to_string()).filter(|d| !d.is_empty()),
        optional: location != ParamLocation::Path && notes.contains("optional"),
        default: None,
        enum_values: schema.map(|s| s.enum_values).unwrap_or_default(),
        line: row.line,
    })
}

/// `default is 'application/json'` / `default is ('application/json', )` -> the value.
fn quoted(text: &str) -> Option<String> {
    let start = text.find('\'')? + 1;
    let rest = text.get(start..)?;
    let end = rest.find('\'')?;
    rest.get(..end).map(str::to_string)
}

/// `ApplicationXWwwFormUrlencoded` -> `application/x-www-form-urlencoded`; the
/// documented default media type wins when it is the same one.
fn media_type(camel: &str, default: Option<&str>) -> String {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    if let Some(d) = default.filter(|d| norm(d) == norm(camel)) {
        return d.to_string();
    }
    let mut words: Vec<String> = Vec::new();
    for c in camel.chars() {
        if c.is_ascii_uppercase() || words.is_empty() {
            words.push(String::new());
        }
        if let Some(w) = words.last_mut() {
            w.push(c.to_ascii_lowercase());
        }
    }
    match words.split_first() {
        Some((kind, rest)) if !rest.is_empty() => format!("{kind}/{}", rest.join("-")),
        _ => camel.to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn media_types_from_schema_names() {
        assert_eq!(
            super::media_type("ApplicationXWwwFormUrlencoded", None),
            "application/x-www-form-urlencoded"
        );
        assert_eq!(
            super::media_type("MultipartFormData", None),
            "multipart/form-data"
        );
        assert_eq!(
            super::media_type("ApplicationVndApiJson", Some("application/vnd.api+json")),
            "application/vnd.api+json"
        );
    }
}
