//! The SDK README: base URL, the endpoint list, and the authorization section.
//!
//! ```text
//! ## Documentation for API Endpoints
//! All URIs are relative to *https://petstore.example.com/v1*
//! Class | Method | HTTP request | Description
//! *PetApi* | [**list_pets**](docs/PetApi.md#list_pets) | **GET** /pets | List pets
//! ## Documentation For Authorization
//! ### api_key
//! - **Type**: API key
//! - **API key parameter name**: X-API-Key
//! - **Location**: HTTP header
//! ### petstore_auth
//! - **Type**: OAuth
//! - **Flow**: application
//! - **Token URL**: https://example.com/oauth/token
//! ```

use super::page::{column, EndpointColumns};
use crate::markdown::{Block, Document, Row, Text};
use crate::spec::{Inferred, ParamLocation, SchemeKind, SecurityScheme};
use crate::Warning;

/// An endpoint the README lists.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub class: String,
    pub id: String,
    pub method: String,
    pub path: String,
    pub summary: Option<String>,
    pub line: usize,
}

/// What a README states.
#[derive(Debug, Default)]
pub struct Readme {
    pub base_url: Option<(String, usize)>,
    pub endpoints: Vec<Endpoint>,
    pub schemes: Vec<(String, SecurityScheme)>,
}

/// True when the page is an SDK README: it has the endpoint list or the
/// authorization section.
pub fn is_readme(doc: &Document) -> bool {
    doc.blocks.iter().any(|b| {
        matches!(b, Block::Heading { text, .. } if {
            let t = text.plain.to_ascii_lowercase();
            t.starts_with("documentation for api endpoints") || is_auth_heading(&t)
        })
    })
}

/// The heading of a README's authorization section: `Documentation For
/// Authorization`, or (php, julia 6.x+) `Authorization`.
fn is_auth_heading(lower: &str) -> bool {
    lower.starts_with("documentation for authorization")
        || lower.starts_with("documentation for authentication")
        || matches!(lower, "authorization" | "authentication")
}

/// Reads a README.
pub fn read_readme(doc: &Document, warnings: &mut Vec<Warning>) -> Readme {
    let mut readme = Readme {
        base_url: super::page::base_url(doc),
        ..Readme::default()
    };
    let mut in_auth: Option<u8> = None;
    let mut current: Option<SchemeBlock> = None;
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text, line } => {
                let title = text.plain.trim();
                if is_auth_heading(&title.to_ascii_lowercase()) {
                    in_auth = Some(*level);
                    continue;
                }
                // Scheme headings sit below the section heading, or (before 4.x) at
                // its level; a heading without a `Type` item is not a scheme.
                let lower = title.to_ascii_lowercase();
                match in_auth {
                    Some(auth_level)
                        if *level >= auth_level
                            && !lower.starts_with("documentation for")
                            && lower != "author" =>
                    {
                        finish(doc, current.take(), &mut readme, warnings);
                        current = Some((title.to_string(), *line, Vec::new()));
                    }
                    Some(_) => {
                        finish(doc, current.take(), &mut readme, warnings);
                        in_auth = None;
                    }
                    None => {}
                }
            }
            Block::Item { text, line } => {
                if let (Some(_), Some((_, _, items))) = (in_auth, current.as_mut()) {
                    if let Some((key, value)) = text.plain.split_once(':') {
                        items.push((
                            key.trim().to_ascii_lowercase(),
                            value.trim().to_string(),
                            *line,
                        ));
                    }
                }
            }
            Block::Table { header, rows, .. }
                if column(header, "HTTP request").is_some()
                    && (column(header, "Class").is_some()
                        || column(header, "Category").is_some()) =>
            {
                readme.endpoints.extend(endpoint_rows(header, rows));
            }
            _ => {}
        }
    }
    finish(doc, current.take(), &mut readme, warnings);
    readme
}

/// The rows of the endpoint list: `*PetApi* | [**list_pets**](…) | **GET** /pets |
/// List pets` (C: a `Category` column instead of `Class`).
fn endpoint_rows(header: &[Text], rows: &[Row]) -> Vec<Endpoint> {
    let columns = EndpointColumns::of(header);
    let class = column(header, "Class").or_else(|| column(header, "Category"));
    let mut endpoints = Vec::new();
    for row in rows {
        let cell = |i: usize| row.cells.get(i).map(|c| c.plain.trim()).unwrap_or_default();
        // A row that is no request (an unknown method, an absolute URL) is left to
        // the API pages.
        if let Ok((method, path)) = super::request::request_line(cell(columns.request)) {
            endpoints.push(Endpoint {
                class: class
                    .map(cell)
                    .unwrap_or_default()
                    .trim_matches('*')
                    .to_string(),
                id: cell(columns.id).trim_matches('*').to_string(),
                method,
                path,
                summary: Some(cell(columns.summary).to_string()).filter(|s| !s.is_empty()),
                line: row.line,
            });
        }
    }
    endpoints
}

/// A scheme's heading in the authorization section: name, line, and its
/// `key: value` items with their lines.
type SchemeBlock = (String, usize, Vec<(String, String, usize)>);

/// Adds the scheme a finished scheme block describes to `readme`; a block without a
/// `Type` item is none, and an unsupported type is a warning.
fn finish(
    doc: &Document,
    scheme: Option<SchemeBlock>,
    readme: &mut Readme,
    warnings: &mut Vec<Warning>,
) {
    let Some((name, line, items)) = scheme else {
        return;
    };
    let get = |key: &str| {
        items
            .iter()
            .find(|(k, _, _)| k.starts_with(key))
            .map(|(_, v, _)| v.as_str())
            .filter(|v| !v.is_empty())
    };
    let Some(kind_text) = get("type") else {
        return;
    };
    let mut inferred = Inferred::new();
    let Some(kind) = scheme_kind(&name, kind_text, &mut inferred) else {
        warnings.push(Warning {
            at: doc.at(line),
            message: format!("scheme `{name}` has type `{kind_text}`, which mdclient does not support; it is left out"),
        });
        return;
    };
    let location_item = items.iter().any(|(k, _, _)| k.starts_with("location"));
    let location = (kind == SchemeKind::ApiKey)
        .then(|| key_location(get("location"), location_item, &mut inferred));
    let key_name = get("api key parameter name").map(str::to_string);
    if kind == SchemeKind::ApiKey && key_name.is_none() {
        inferred.insert(
            "name".into(),
            "the README names no key; the scheme name is used".into(),
        );
    }
    let bearer_format = (kind == SchemeKind::Bearer)
        .then(|| bearer_format(kind_text))
        .flatten();
    let token_url = get("token url").map(str::to_string);
    let flow = get("flow").map(str::to_string);
    readme.schemes.push((
        name.clone(),
        SecurityScheme {
            kind,
            location,
            name: if kind == SchemeKind::ApiKey {
                Some(key_name.unwrap_or(name))
            } else {
                None
            },
            bearer_format,
            token_url,
            description: flow.map(|f| format!("OAuth2 flow: {f}")),
            source: doc.at(line),
            inferred,
        },
    ));
}

/// The kind a scheme's `Type` item names (`API key`, `HTTP basic authentication`,
/// `Bearer authentication (JWT)`, `OAuth`); `None` for a kind mdclient does not support.
fn scheme_kind(name: &str, kind_text: &str, inferred: &mut Inferred) -> Option<SchemeKind> {
    let lower = kind_text.to_ascii_lowercase();
    let kind = if lower.contains("basic") && name.to_ascii_lowercase().contains("bearer") {
        inferred.insert(
            "type".into(),
            format!("the README says `{kind_text}`, but OpenAPI Generator 3.x documents every HTTP scheme so; the name `{name}` says bearer"),
        );
        SchemeKind::Bearer
    } else if lower.contains("api key") {
        SchemeKind::ApiKey
    } else if lower.contains("basic") {
        SchemeKind::Basic
    } else if lower.contains("bearer") {
        SchemeKind::Bearer
    } else if lower.contains("oauth") {
        SchemeKind::Oauth2
    } else {
        return None;
    };
    Some(kind)
}

/// Where an API key travels, from its `Location` item (`HTTP header`, `URL query
/// string`); `location_item` tells an empty item from a missing one.
fn key_location(
    location: Option<&str>,
    location_item: bool,
    inferred: &mut Inferred,
) -> ParamLocation {
    let text = location.unwrap_or_default().to_ascii_lowercase();
    if text.contains("query") {
        ParamLocation::Query
    } else if text.contains("cookie") {
        ParamLocation::Cookie
    } else if location_item && text.is_empty() {
        inferred.insert(
            "in".into(),
            "the README's Location is empty: its template spells only header and query, so the key is a cookie".into(),
        );
        ParamLocation::Cookie
    } else {
        if !text.contains("header") {
            inferred.insert(
                "in".into(),
                "the README gives no location; header assumed".into(),
            );
        }
        ParamLocation::Header
    }
}

/// The token format a bearer scheme's type names: `Bearer authentication (JWT)`.
fn bearer_format(kind_text: &str) -> Option<String> {
    kind_text
        .split_once('(')
        .and_then(|(_, f)| f.split_once(')'))
        .map(|(f, _)| f.trim().to_string())
        .filter(|f| !f.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::parse;

    #[test]
    fn reads_schemes_and_endpoints() {
        let page = "# petstore\n\n## Documentation for API Endpoints\n\nAll URIs are relative to *http://x.io/v1*\n\nClass | Method | HTTP request | Description\n------------ | ------------- | ------------- | -------------\n*PetApi* | [**list_pets**](docs/PetApi.md#list_pets) | **GET** /pets | List pets\n\n## Documentation For Authorization\n\n\n### api_key\n\n- **Type**: API key\n- **API key parameter name**: X-API-Key\n- **Location**: HTTP header\n\n### q\n\n- **Type**: API key\n- **API key parameter name**: api_key\n- **Location**: URL query string\n\n### jwt\n\n- **Type**: Bearer authentication (JWT)\n\n### basic\n\n- **Type**: HTTP basic authentication\n\n### oauth\n\n- **Type**: OAuth\n- **Flow**: application\n- **Scopes**: \n - **read**: read\n\n## Author\n\nme\n";
        let doc = parse("README.md", page);
        assert!(is_readme(&doc));
        let r = read_readme(&doc, &mut Vec::new());
        assert_eq!(r.base_url.unwrap().0, "http://x.io/v1");
        assert_eq!(r.endpoints[0].class, "PetApi");
        assert_eq!(r.endpoints[0].method, "GET");
        let kinds: Vec<(&str, SchemeKind)> = r
            .schemes
            .iter()
            .map(|(n, s)| (n.as_str(), s.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("api_key", SchemeKind::ApiKey),
                ("q", SchemeKind::ApiKey),
                ("jwt", SchemeKind::Bearer),
                ("basic", SchemeKind::Basic),
                ("oauth", SchemeKind::Oauth2)
            ]
        );
        assert_eq!(r.schemes[0].1.name.as_deref(), Some("X-API-Key"));
        assert_eq!(r.schemes[1].1.location, Some(ParamLocation::Query));
        assert_eq!(r.schemes[2].1.bearer_format.as_deref(), Some("JWT"));
        assert!(r.schemes.iter().all(|(_, s)| s.inferred.is_empty()));
    }
}
