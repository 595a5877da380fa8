//! Path templates (`/auth/tokens/{tokenId}/revoke`) split into segments, so each
//! parameter value is encoded as part of one segment and can never add another.

use std::collections::BTreeSet;

use serde::Serialize;

/// A piece of one path segment: template text, or the field holding a parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct PieceView {
    /// Text of the template (raw, for `lit`).
    pub lit: Option<String>,
    /// Identifier of the request field whose value goes here.
    pub arg: Option<String>,
    /// The placeholder's name in the template, for an `arg` piece (raw, for `lit`).
    pub name: Option<String>,
}

/// The path prefix of the first server URL (`https://host/v1` -> `/v1`), kept only when
/// it needs no encoding; empty otherwise. The mocks (and the smoke tests) put the
/// client there.
pub(crate) fn base_path(spec: &crate::spec::Spec) -> String {
    let Some(url) = spec.servers.first().map(|s| s.url.trim()) else {
        return String::new();
    };
    let after_host = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
        None => url,
    };
    let path = after_host
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('/');
    let plain = path.starts_with('/')
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/'));
    if plain {
        path.to_string()
    } else {
        String::new()
    }
}

/// A path template split at `/` (after the leading one), each segment split into text
/// and `{placeholder}` pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PathView {
    pub segments: Vec<Vec<PieceView>>,
    /// Wire names of the placeholders, each once.
    pub placeholders: BTreeSet<String>,
}

/// Splits `template`; `field` maps a placeholder's name to the field holding its value,
/// and its `Err` (an unknown placeholder) stops the split.
pub(crate) fn split<E>(
    template: &str,
    mut field: impl FnMut(&str) -> Result<String, E>,
) -> Result<PathView, E> {
    let mut placeholders = BTreeSet::new();
    let mut segments = Vec::new();
    let body = template.strip_prefix('/').unwrap_or(template);
    for segment in body.split('/') {
        let mut pieces = Vec::new();
        let mut rest = segment;
        while !rest.is_empty() {
            let open = rest.find('{');
            let close = open.and_then(|o| rest[o..].find('}').map(|c| o + c));
            match (open, close) {
                (Some(open), Some(close)) if close > open + 1 => {
                    push_lit(&mut pieces, &rest[..open]);
                    let name = &rest[open + 1..close];
                    pieces.push(PieceView {
                        lit: None,
                        arg: Some(field(name)?),
                        name: Some(name.to_string()),
                    });
                    placeholders.insert(name.to_string());
                    rest = &rest[close + 1..];
                }
                _ => {
                    push_lit(&mut pieces, rest);
                    rest = "";
                }
            }
        }
        if pieces.is_empty() {
            pieces.push(PieceView {
                lit: Some(String::new()),
                arg: None,
                name: None,
            });
        }
        segments.push(pieces);
    }
    Ok(PathView {
        segments,
        placeholders,
    })
}

fn push_lit(pieces: &mut Vec<PieceView>, text: &str) {
    if !text.is_empty() {
        pieces.push(PieceView {
            lit: Some(text.to_string()),
            arg: None,
            name: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(template: &str) -> Vec<String> {
        let view =
            split(template, |name| Ok::<_, ()>(name.to_uppercase())).unwrap_or_else(|_| PathView {
                segments: Vec::new(),
                placeholders: BTreeSet::new(),
            });
        view.segments
            .iter()
            .map(|seg| {
                seg.iter()
                    .map(|p| match (&p.lit, &p.arg) {
                        (Some(l), _) => format!("'{l}'"),
                        (_, Some(a)) => format!("<{a}>"),
                        _ => String::new(),
                    })
                    .collect::<Vec<_>>()
                    .join("+")
            })
            .collect()
    }

    #[test]
    fn splits_segments_and_placeholders() {
        assert_eq!(
            show("/auth/tokens/{tokenId}/revoke"),
            ["'auth'", "'tokens'", "<TOKENID>", "'revoke'"]
        );
        assert_eq!(show("/files/{name}.json"), ["'files'", "<NAME>+'.json'"]);
        assert_eq!(show("/a/{x}{y}"), ["'a'", "<X>+<Y>"]);
        assert_eq!(show("/items/"), ["'items'", "''"]);
        assert_eq!(show("/"), ["''"]);
        assert_eq!(show("/odd{/x}"), ["'odd{'", "'x}'"]);
        assert_eq!(show("/empty{}"), ["'empty{}'"]);
    }

    #[test]
    fn unknown_placeholders_stop_the_split() {
        let got = split("/a/{nope}", |name| {
            if name == "id" {
                Ok(String::new())
            } else {
                Err(name.to_string())
            }
        });
        assert_eq!(got, Err("nope".to_string()));
    }
}
