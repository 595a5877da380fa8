//! The `Notes` (and `Required`) cells of parameter and property tables, in every
//! generator's wording, and the columns of those tables.
//!
//! ```text
//! [optional] [default to 'asc'] [enum: asc, desc]     ruby, python, go, java...
//! (optional) defaults to 1                            typescript, typescript-axios
//! [Optional] [Defaults to `'name'`] [Enum: a, b]      typescript-fetch
//! [optional parameter]                                java micronaut
//! [Enum: [ok, degraded]]                              R
//!  (enum: ok, degraded)                               rust, in the description
//! ```

use crate::markdown::Text;

/// Where a parameter or property table keeps its columns, found by header.
#[derive(Debug, Clone, Copy)]
pub struct Columns {
    pub name: usize,
    pub ty: usize,
    pub description: Option<usize>,
    pub notes: Option<usize>,
    /// rust: `Name | Type | Description | Required | Notes`.
    pub required: Option<usize>,
    /// How many columns the header has (a row with more spilled a `|`).
    pub count: usize,
}

impl Columns {
    /// The columns of `header`; the usual order where a header is missing.
    pub fn of(header: &[Text]) -> Columns {
        let find = |name: &str| super::page::column(header, name);
        let count = header.len();
        let ty = find("Type").unwrap_or(1);
        Columns {
            name: find("Name").unwrap_or(0),
            ty,
            description: find("Description").or((count > ty + 1).then_some(ty + 1)),
            notes: find("Notes").or((count > 3).then_some(3)),
            required: find("Required"),
            count,
        }
    }

    /// The cells past the header's count (an unescaped `|` split the row), and
    /// whether they spilled from the type: typescript's `'a' | 'b'` literal unions
    /// do, any other `|` (airflow's ``the pipe `|` operator``) is a description's.
    fn spill(&self, cells: &[Text]) -> (usize, bool) {
        let extra = cells.len().saturating_sub(self.count.max(2));
        let literal = |i: usize| {
            cells.get(i).is_some_and(|c| {
                let raw = crate::markdown::decode_entities(c.raw.trim()).replace("**", "");
                raw.trim_start_matches('[').starts_with(['\'', '"'])
            })
        };
        let in_type = extra > 0 && (self.description.is_none() || literal(self.ty + 1));
        (extra, in_type)
    }

    /// The cells of column `index`: the one that spilled gets the extra cells,
    /// those after it move along.
    fn span<'a>(&self, cells: &'a [Text], index: usize) -> &'a [Text] {
        let (extra, in_type) = self.spill(cells);
        let spilled = match (in_type, self.description) {
            (false, Some(d)) => d,
            _ => self.ty,
        };
        let (start, end) = match index.cmp(&spilled) {
            _ if extra == 0 => (index, index),
            std::cmp::Ordering::Less => (index, index),
            std::cmp::Ordering::Equal => (index, index + extra),
            std::cmp::Ordering::Greater => (index + extra, index + extra),
        };
        let end = end.min(cells.len().saturating_sub(1));
        cells.get(start..=end.max(start)).unwrap_or_default()
    }

    /// The type cell's text, with the cells a type spilled into.
    pub fn type_text(&self, cells: &[Text]) -> String {
        join(self.span(cells, self.ty).iter().map(|c| c.plain.trim()))
    }

    /// The type cell's Markdown source (code marks kept), with the cells it spilled
    /// into: typescript-fetch lists an enum's values as code, `` `a`, `b` ``.
    pub fn type_raw(&self, cells: &[Text]) -> String {
        let raw = join(self.span(cells, self.ty).iter().map(|c| c.raw.trim()));
        crate::markdown::decode_entities(&raw).replace("**", "")
    }

    /// A cell's Markdown source (code and emphasis marks kept: a default of `*/*`
    /// is emphasis to Markdown), entities decoded.
    pub fn cell_raw(&self, cells: &[Text], index: Option<usize>) -> String {
        index
            .map(|i| join(self.span(cells, i).iter().map(|c| c.raw.trim())))
            .map(|raw| crate::markdown::decode_entities(&raw))
            .unwrap_or_default()
    }

    /// A cell's text, with the cells it spilled into.
    pub fn cell(&self, cells: &[Text], index: Option<usize>) -> String {
        index
            .map(|i| join(self.span(cells, i).iter().map(|c| c.plain.trim())))
            .unwrap_or_default()
    }
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts.collect::<Vec<_>>().join(" | ")
}

/// Whether notes say the item is optional: `[optional]`, `(optional)`, `[Optional]`,
/// `[optional parameter]`, `[optional property]`.
pub fn says_optional(notes: &str) -> bool {
    notes.to_ascii_lowercase().contains("optional")
}

/// Whether a `Required` cell says required (rust: `[required]`; others: `true`, `yes`).
pub fn says_required(cell: &str) -> bool {
    let lower = cell.to_ascii_lowercase();
    (lower.contains("required") || lower == "true" || lower == "yes") && !lower.contains("not")
}

/// The default the notes state: `[default to X]`, `defaults to X`, `[Defaults to
/// `'X'`]`, with quotes and code marks removed; `None` for the language's "no value".
pub fn default_value(notes: &str) -> Option<String> {
    let lower = notes.to_ascii_lowercase();
    let (start, key) = ["defaults to", "default to"]
        .iter()
        .find_map(|k| lower.find(k).map(|i| (i, *k)))?;
    let rest = notes.get(start + key.len()..)?;
    let end = rest.find(']').unwrap_or(rest.len());
    let value = crate::markdown::decode_entities(rest.get(..end)?.trim());
    // Markdown escapes (`in\_progress`) are the character.
    let mut unescaped = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(n)) if n.is_ascii_punctuation() => {}
            _ => unescaped.push(c),
        }
    }
    let value = unescaped.trim_matches('`').trim();
    super::page::meaningful_default(&literal(value))
}

/// A default as the language writes its literal, as the value: objc `@1`, powershell
/// `$false`, swift `.name`, kotlin `Reason.requested_by_customer`.
fn literal(value: &str) -> String {
    let v = value.trim();
    let v = v.strip_prefix('@').unwrap_or(v);
    let v = v.strip_prefix('$').unwrap_or(v);
    // R's `TRUE`, python's `True`.
    if let Some(b) = ["true", "false"]
        .into_iter()
        .find(|b| v.eq_ignore_ascii_case(b))
    {
        return b.to_string();
    }
    // swift's enum cases are lowerCamelCase (`.name`); `.BXBT` is a value.
    let v = v
        .strip_prefix('.')
        .filter(|r| r.starts_with(char::is_lowercase))
        .unwrap_or(v);
    // typescript: `StatusEnum_Placed`.
    if let Some((ty, rest)) = v.split_once("Enum_") {
        if ty.chars().all(char::is_alphanumeric) && !rest.is_empty() {
            return rest.to_string();
        }
    }
    match v.split_once('.') {
        Some((ty, rest))
            if ty.starts_with(char::is_uppercase)
                && ty.chars().all(|c| c.is_alphanumeric() || c == '_')
                && rest.starts_with(|c: char| c.is_alphabetic() || c == '_') =>
        {
            rest.to_string()
        }
        _ => v.to_string(),
    }
}

/// The rule when notes give a default as the language's enum constant
/// (`StatusEnum.Placed`, `StatusEnum_Placed`): the value is then a reading of the
/// constant's name, not the value the docs state.
pub fn default_rule(notes: &str) -> Option<String> {
    let constant = notes
        .split(['[', ']'])
        .find(|part| part.to_ascii_lowercase().contains("default to"))
        .filter(|part| part.contains("Enum.") || part.contains("Enum_"))?;
    Some(format!(
        "the docs give the default as an enum constant ({}); the value is assumed to be the one the constant names",
        constant.trim()
    ))
}

/// A default written as the language's enum constant (`Placed`, from C#'s
/// `StatusEnum.Placed`) is the listed value it names ignoring case and separators
/// (`placed`).
pub fn default_in(default: Option<String>, values: &[String]) -> Option<String> {
    let default = default?;
    if values.is_empty() || values.contains(&default) {
        return Some(default);
    }
    let key = |v: &str| -> String {
        v.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let want = key(&default);
    let found = values.iter().find(|v| key(v) == want).cloned();
    Some(found.unwrap_or(default))
}

/// The values the notes (or a description) list: `[enum: a, b]`, `[Enum: [a, b]]`,
/// `(enum: a, b)`.
pub fn enum_values(text: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let Some(start) = lower.find("enum:") else {
        return Vec::new();
    };
    let rest = text.get(start + 5..).unwrap_or_default().trim_start();
    let (body, close) = match rest.strip_prefix('[') {
        Some(inner) => (inner, ']'),
        None => (
            rest,
            if text[..start].ends_with('(') {
                ')'
            } else {
                ']'
            },
        ),
    };
    let body = body.split(close).next().unwrap_or_default();
    body.split(',')
        .map(|v| v.trim().trim_matches(['`', '\'', '"']).trim())
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_in_every_wording() {
        assert!(says_optional("[optional] [default to 1]"));
        assert!(says_optional("(optional) defaults to 1"));
        assert!(says_optional("[Optional] [Defaults to `undefined`]"));
        assert!(says_optional("[optional parameter]"));
        assert!(!says_optional("[readonly]"));
        assert!(says_required("[required]"));
        assert!(!says_required(""));
    }

    #[test]
    fn defaults_in_every_wording() {
        assert_eq!(
            default_value("[optional] [default to 'asc']").as_deref(),
            Some("asc")
        );
        assert_eq!(
            default_value("(optional) defaults to 1").as_deref(),
            Some("1")
        );
        assert_eq!(
            default_value("[Optional] [Defaults to `'name'`] [Enum: a]").as_deref(),
            Some("name")
        );
        assert_eq!(default_value("(optional) defaults to undefined"), None);
        assert_eq!(default_value("[default to @1]").as_deref(), Some("1"));
        assert_eq!(
            default_value("[default to $false]").as_deref(),
            Some("false")
        );
        assert_eq!(default_value("[default to .name]").as_deref(), Some("name"));
        assert_eq!(
            default_value("[default to Reason.requested_by_customer]").as_deref(),
            Some("requested_by_customer")
        );
        assert_eq!(default_value("[default to 1.5]").as_deref(), Some("1.5"));
        assert_eq!(
            default_value("[default to .BXBT]").as_deref(),
            Some(".BXBT")
        );
        assert_eq!(default_value("[default to TRUE]").as_deref(), Some("true"));
    }

    #[test]
    fn enums_in_every_wording() {
        assert_eq!(enum_values("[optional] [enum: a, b]"), ["a", "b"]);
        assert_eq!(enum_values("[Enum: [ok, degraded]]"), ["ok", "degraded"]);
        assert_eq!(enum_values(" (enum: ok, degraded)"), ["ok", "degraded"]);
        assert_eq!(
            enum_values("[Optional] [Defaults to `'name'`] [Enum: name, -name, created_at]"),
            ["name", "-name", "created_at"]
        );
        assert!(enum_values("no values").is_empty());
    }
}
