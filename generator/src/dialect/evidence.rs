//! The API's own spelling of its names, collected over a whole docs folder, for the
//! names a dialect re-cases.
//!
//! ruby, python and php show wire names snake_cased, java and go camelCased, C# and
//! go's models PascalCased; what the wire says is then a guess. But every folder
//! also shows some names exactly as the wire has them:
//!
//! ```text
//! | **GET** /accounts/{accountId} |         a path template
//! Replaces the pet; `If-Match` must ...     a name in backticks, in prose
//! query_params = { 'pageSize': 20, }        a quoted key in example code
//! listAccounts  per_page=value              a bash example's `name=value`
//! ```
//!
//! Two rules use that evidence ([`Evidence::apply`]), each recorded with the place it
//! saw: a name seen verbatim in another spelling is spelled so
//! ([`infer::wire_name_seen`]); else, when every multi-word name the API spells
//! verbatim follows one convention and the dialect shows another, the name follows
//! the API's ([`infer::wire_name_convention`]).

use std::collections::BTreeMap;

use crate::markdown::{decode_entities, Block, Document};
use crate::spec::{Model, Operation, ParamLocation, Source};

use super::assemble::Assembly;
use super::infer;

/// Verbatim wire names, by their words (`per_page`, `perPage` and `Per-Page` are all
/// `[per, page]`): each spelling with the first place it was seen.
#[derive(Debug, Default)]
pub struct Evidence {
    by_words: BTreeMap<Vec<String>, BTreeMap<String, Source>>,
    /// Path template placeholders: they tell the API's convention, but name path
    /// parameters only (an API may spell `{accountId}` and a JSON `account_id`).
    templates: BTreeMap<String, Source>,
}

/// How a multi-word name joins its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Style {
    /// `page_size`
    Snake,
    /// `pageSize`
    Camel,
    /// `PageSize`
    Pascal,
    /// `page-size`, `Page-Size`
    Kebab,
}

impl Style {
    /// The style of a name of two words or more; `None` for one word.
    pub fn of(name: &str) -> Option<Style> {
        if words(name).len() < 2 {
            return None;
        }
        if name.contains('-') {
            Some(Style::Kebab)
        } else if name.contains('_') {
            Some(Style::Snake)
        } else if name.starts_with(|c: char| c.is_uppercase()) {
            Some(Style::Pascal)
        } else {
            Some(Style::Camel)
        }
    }

    /// `name` spelled in this style.
    pub fn spell(self, name: &str) -> String {
        use heck::{ToKebabCase, ToLowerCamelCase, ToSnakeCase, ToUpperCamelCase};
        match self {
            Style::Snake => name.to_snake_case(),
            Style::Camel => name.to_lower_camel_case(),
            Style::Pascal => name.to_upper_camel_case(),
            Style::Kebab => name.to_kebab_case(),
        }
    }

    fn label(self) -> &'static str {
        match self {
            Style::Snake => "snake_case",
            Style::Camel => "camelCase",
            Style::Pascal => "PascalCase",
            Style::Kebab => "kebab-case",
        }
    }
}

/// The lower-case words of a name: split at `_`, `-`, `.`, spaces and case changes
/// (`XRequestID` -> `[x, request, id]`); kotlin 4.x's `Minus` (its escape for `-`)
/// is a separator too.
pub fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1);
        let boundary = c.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(|n| n.is_lowercase()))
            });
        if boundary && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.retain(|w| w != "minus");
    out
}

fn valid_name(name: &str) -> bool {
    name.len() <= 64
        && name.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || "_-.".contains(c))
}

impl Evidence {
    /// Collects the verbatim names of every page of one SDK's docs.
    pub fn collect<'a>(pages: impl IntoIterator<Item = &'a Document>) -> Evidence {
        let mut e = Evidence::default();
        for doc in pages {
            for block in &doc.blocks {
                match block {
                    Block::Table { header, rows, .. } => {
                        let request = super::page::column(header, "HTTP request");
                        // Author-written cells (descriptions), not the name, type and
                        // notes columns the generator writes (micronaut puts enum
                        // values in code marks there).
                        let description = super::page::column(header, "Description");
                        for row in rows {
                            for (i, cell) in row.cells.iter().enumerate() {
                                if Some(i) == request {
                                    for slot in placeholders(&cell.plain) {
                                        e.templates
                                            .entry(slot.to_string())
                                            .or_insert_with(|| doc.at(row.line));
                                    }
                                } else if Some(i) == description {
                                    for span in code_spans(&decode_entities(&cell.raw)) {
                                        e.spoken(span, doc.at(row.line));
                                    }
                                }
                            }
                        }
                    }
                    // Prose names resources as often as fields (airflow: "camelCase.
                    // Example: `dagRuns`" of a path segment): only header-like names
                    // (`If-Match`) count from there.
                    Block::Paragraph { text, line } | Block::Item { text, line } => {
                        for span in code_spans(&decode_entities(&text.raw)) {
                            e.spoken(span, doc.at(*line));
                        }
                    }
                    Block::Code { lang, text, line } => {
                        let lang = lang.to_ascii_lowercase();
                        let shell = matches!(lang.as_str(), "bash" | "sh" | "shell" | "console");
                        // JSON, and python 6.x's `query_params = {'pageSize': 20}`: keys
                        // as sent. (javascript's `opts = {'perPage': 20}` keys are the
                        // SDK's own names.)
                        let keys = matches!(lang.as_str(), "json" | "python" | "py");
                        for (i, l) in text.lines().enumerate() {
                            if keys {
                                for key in quoted_keys(l) {
                                    e.add(key, doc.at(line + 1 + i));
                                }
                            }
                            if shell {
                                for key in shell_assignments(l) {
                                    e.add(key, doc.at(line + 1 + i));
                                }
                            }
                        }
                    }
                    Block::Heading { .. } | Block::Quote { .. } => {}
                }
            }
        }
        // A bash example writes path parameters as `accountId=value` too: a name a
        // template has is a path parameter's, not evidence for a JSON name.
        for spellings in e.by_words.values_mut() {
            spellings.retain(|name, _| !e.templates.contains_key(name));
        }
        e.by_words.retain(|_, s| !s.is_empty());
        e
    }

    /// A code span of prose: only header-like names (`If-Match`) count, as prose
    /// names resources and SDK names as often as wire names (tried as a
    /// convention hint too: it recased billing's stated snake names).
    fn spoken(&mut self, span: String, at: Source) {
        if span.contains('-') {
            self.add(&span, at);
        }
    }

    fn add(&mut self, name: &str, at: Source) {
        let key = words(name);
        if valid_name(name) && !key.is_empty() {
            self.by_words
                .entry(key)
                .or_default()
                .entry(name.to_string())
                .or_insert(at);
        }
    }

    /// The one verbatim spelling the folder shows for a name's words, if exactly one.
    fn seen(&self, shown: &str) -> Option<(&str, &Source)> {
        let spellings = self.by_words.get(&words(shown))?;
        match spellings.iter().collect::<Vec<_>>().as_slice() {
            [(name, at)] => Some((name.as_str(), at)),
            _ => None,
        }
    }

    /// The convention the multi-word verbatim names follow, with up to three
    /// examples; `None` unless at least three names and nine in ten follow it.
    fn convention(&self) -> Option<(Style, Vec<(&str, &Source)>)> {
        let code = self
            .by_words
            .values()
            .flat_map(|s| s.iter())
            .chain(self.templates.iter());
        Self::followed(code)
    }

    fn followed<'a>(
        names: impl Iterator<Item = (&'a String, &'a Source)>,
    ) -> Option<(Style, Vec<(&'a str, &'a Source)>)> {
        let mut styles: BTreeMap<Style, Vec<(&str, &Source)>> = BTreeMap::new();
        for (name, at) in names {
            // Header names have their own convention (`X-Request-ID`).
            if let Some(style) = Style::of(name).filter(|s| *s != Style::Kebab) {
                styles.entry(style).or_default().push((name, at));
            }
        }
        let total: usize = styles.values().map(Vec::len).sum();
        let (style, examples) = styles.into_iter().max_by_key(|(_, e)| e.len())?;
        (examples.len() >= 3 && examples.len() * 10 >= total * 9)
            .then(|| (style, examples.into_iter().take(3).collect()))
    }

    /// Spellings an item's own descriptions show: `Send an `orderID`…` in an
    /// operation's description names its own parameters and fields, a model's
    /// property descriptions its properties. (Folder-wide prose names paths and
    /// resources as often: only the item's own counts.)
    fn local<'a>(texts: impl IntoIterator<Item = (&'a str, &'a Source)>) -> Evidence {
        let mut e = Evidence::default();
        for (text, at) in texts {
            let text = decode_entities(text);
            for span in code_spans(&text) {
                e.add(&span, at.clone());
            }
            for line in text.lines() {
                for key in quoted_keys(line) {
                    e.add(key, at.clone());
                }
            }
        }
        e
    }

    /// The wire name for a guessed one, with its rule: seen in the item's own
    /// descriptions (`local`), else seen in the folder's code; else the folder's
    /// convention (not for headers, whose names have their own).
    fn decide(
        &self,
        local: &Evidence,
        convention: Option<&(Style, Vec<(&str, &Source)>)>,
        shown: &str,
        current: &str,
        header: bool,
    ) -> Option<(String, String)> {
        if let Some((seen, at)) = local.seen(shown).or_else(|| self.seen(shown)) {
            return (seen != current || header)
                .then(|| (seen.to_string(), infer::wire_name_seen(seen, at)));
        }
        if header {
            return None;
        }
        let (style, examples) = convention?;
        if Style::of(current)? == *style {
            return None;
        }
        let examples: Vec<String> = examples
            .iter()
            .map(|(name, at)| format!("`{name}` ({at})"))
            .collect();
        Some((
            style.spell(current),
            infer::wire_name_convention(style.label(), &examples.join(", ")),
        ))
    }

    /// Re-spells every guessed wire name of the assembly by the evidence.
    pub fn apply(&self, assembly: &mut Assembly) {
        let convention = self.convention();
        let convention = convention.as_ref();
        for op in assembly.apis.iter_mut().flat_map(|a| &mut a.operations) {
            self.apply_to_operation(op, convention);
        }
        for model in assembly.models.values_mut() {
            self.apply_to_model(model, convention);
        }
    }

    /// Re-spells an operation's guessed parameter and form field names.
    fn apply_to_operation(
        &self,
        op: &mut Operation,
        convention: Option<&(Style, Vec<(&str, &Source)>)>,
    ) {
        let mut texts: Vec<(&str, &Source)> = Vec::new();
        texts.extend(op.description.as_deref().map(|d| (d, &op.source)));
        for p in &op.params {
            texts.extend(p.description.as_deref().map(|d| (d, &p.source)));
        }
        if let Some(body) = &op.body {
            texts.extend(body.description.as_deref().map(|d| (d, &body.source)));
            for f in &body.fields {
                texts.extend(f.description.as_deref().map(|d| (d, &f.source)));
            }
        }
        let local = Evidence::local(texts);
        for p in op.params.iter_mut() {
            if p.location == ParamLocation::Path || !p.inferred.contains_key("wire_name") {
                continue;
            }
            let header = p.location == ParamLocation::Header;
            if let Some((wire, rule)) =
                self.decide(&local, convention, &p.name, &p.wire_name, header)
            {
                // The spelling may show a header (kotlin 4.x's `ifMinusMatch` is
                // `If-Match`) where the shown name did not.
                if !header && p.inferred.contains_key("location") {
                    if let Some((_, location_rule)) = infer::header_name(&wire) {
                        p.location = ParamLocation::Header;
                        p.inferred.insert("location".into(), location_rule);
                    }
                }
                p.wire_name = wire;
                p.inferred.insert("wire_name".into(), rule);
            }
        }
        if let Some(body) = &mut op.body {
            for f in body
                .fields
                .iter_mut()
                .filter(|f| f.inferred.contains_key("wire_name"))
            {
                if let Some((wire, rule)) =
                    self.decide(&local, convention, &f.name, &f.wire_name, false)
                {
                    f.wire_name = wire;
                    f.inferred.insert("wire_name".into(), rule);
                }
            }
        }
    }

    /// Re-spells a model's guessed property names, never giving two one JSON name.
    fn apply_to_model(
        &self,
        model: &mut Model,
        convention: Option<&(Style, Vec<(&str, &Source)>)>,
    ) {
        let mut texts: Vec<(&str, &Source)> = Vec::new();
        texts.extend(model.description.as_deref().map(|d| (d, &model.source)));
        for p in &model.properties {
            texts.extend(p.description.as_deref().map(|d| (d, &p.source)));
        }
        let local = Evidence::local(texts);
        let mut taken: Vec<String> = model
            .properties
            .iter()
            .map(|p| p.wire_name.clone())
            .collect();
        for (i, p) in model.properties.iter_mut().enumerate() {
            if !p.inferred.contains_key("wire_name") {
                continue;
            }
            if let Some((wire, rule)) =
                self.decide(&local, convention, &p.name, &p.wire_name, false)
            {
                // Never two properties with one JSON name.
                if wire != p.wire_name && taken.contains(&wire) {
                    continue;
                }
                taken[i] = wire.clone();
                p.wire_name = wire;
                p.inferred.insert("wire_name".into(), rule);
            }
        }
    }
}

/// `{accountId}` placeholders of a path.
fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name.trim()))
        .collect()
}

/// The contents of `` `code` `` spans of Markdown source (entities decoded first:
/// some generators write the backticks as `&#x60;`).
fn code_spans(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = raw;
    while let Some(start) = rest.find('`') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('`') else { break };
        let span = after[..end].trim();
        if !span.is_empty() {
            out.push(span.to_string());
        }
        rest = &after[end + 1..];
    }
    out
}

/// Keys written as quoted strings followed by `:` (`"taxRate": 0.2`, `'pageSize': 20`).
fn quoted_keys(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for q in ['"', '\''] {
        let mut rest = line;
        while let Some(start) = rest.find(q) {
            let after = &rest[start + 1..];
            let Some(end) = after.find(q) else { break };
            let key = &after[..end];
            if after[end + 1..].trim_start().starts_with(':') {
                out.push(key);
            }
            rest = &after[end + 1..];
        }
    }
    out
}

/// `name=value` words of a shell command line (`listAccounts per_page=value`).
fn shell_assignments(line: &str) -> Vec<&str> {
    line.split_whitespace()
        .filter_map(|w| w.split_once('=').map(|(k, _)| k))
        .filter(|k| !k.is_empty() && !k.starts_with('-'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_every_spelling() {
        assert_eq!(words("page_size"), ["page", "size"]);
        assert_eq!(words("pageSize"), ["page", "size"]);
        assert_eq!(words("X-Request-ID"), ["x", "request", "id"]);
        assert_eq!(words("XRequestID"), ["x", "request", "id"]);
        assert_eq!(words("ifMinusMatch"), ["if", "match"]);
        assert_eq!(words("ID"), ["id"]);
    }

    #[test]
    fn styles() {
        assert_eq!(Style::of("page_size"), Some(Style::Snake));
        assert_eq!(Style::of("pageSize"), Some(Style::Camel));
        assert_eq!(Style::of("status"), None);
        assert_eq!(Style::Camel.spell("tax_rate"), "taxRate");
        assert_eq!(Style::Snake.spell("taxRate"), "tax_rate");
    }

    #[test]
    fn evidence_from_every_source() {
        let page = "# Api\n\n| Method | HTTP request | Description |\n| --- | --- | --- |\n| [**a**](#a) | **GET** /a/{accountId} | x |\n\nReplaces it; `If-Match` must match.\n\n```python\nq = { 'pageSize': 20, }\n```\n\n```bash\n listAccounts per_page=value\n```\n";
        let doc = crate::markdown::parse("a.md", page);
        let e = Evidence::collect([&doc]);
        // A template names path parameters only; it counts for the convention.
        assert_eq!(e.seen("account_id"), None);
        assert!(e.templates.contains_key("accountId"));
        assert_eq!(e.seen("ifMinusMatch").map(|s| s.0), Some("If-Match"));
        assert_eq!(e.seen("page_size").map(|s| s.0), Some("pageSize"));
        assert_eq!(e.seen("perPage").map(|s| s.0), Some("per_page"));
        assert_eq!(e.seen("limit"), None);
    }
}
