//! Values as they travel: parameter texts, path segments, header values.

use std::fmt::Write as _;

use reqwest::header::{HeaderName, HeaderValue};

use crate::Error;

pub(crate) fn encode_error(error: serde_json::Error) -> Error {
    Error::Encode {
        message: error.to_string(),
    }
}

/// The wire text of a value: strings as they are, other scalars in JSON notation (so
/// dates and date-times keep their RFC 3339 text), one entry per list item, objects as
/// JSON; nothing for `None` (null).
pub(crate) fn texts<T: serde::Serialize + ?Sized>(value: &T) -> Result<Vec<String>, Error> {
    Ok(match serde_json::to_value(value).map_err(encode_error)? {
        serde_json::Value::Null => Vec::new(),
        serde_json::Value::Array(items) => items
            .into_iter()
            .filter(|item| !item.is_null())
            .map(scalar_text)
            .collect(),
        other => vec![scalar_text(other)],
    })
}

fn scalar_text(value: serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text,
        other => other.to_string(),
    }
}

/// One wire text, list items joined by commas.
pub fn text<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    Ok(texts(value)?.join(","))
}

/// The top-level properties of a model sent as form fields.
pub(crate) fn object_fields<T: serde::Serialize + ?Sized>(
    value: &T,
) -> Result<Vec<(String, serde_json::Value)>, Error> {
    match serde_json::to_value(value).map_err(encode_error)? {
        serde_json::Value::Object(map) => Ok(map.into_iter().collect()),
        serde_json::Value::Null => Ok(Vec::new()),
        _ => Err(Error::Encode {
            message: "a form body must be an object".to_string(),
        }),
    }
}

/// Percent-encodes all but RFC 3986 unreserved characters, `/` and `%` included, so a
/// value stays inside its segment.
pub(crate) fn encode_segment(value: &str, out: &mut String) {
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

pub(crate) fn header_name(name: &str) -> Result<HeaderName, Error> {
    HeaderName::from_bytes(name.as_bytes()).map_err(|_| Error::InvalidHeader {
        name: name.to_string(),
        reason: "not a valid header name",
    })
}

/// A header value; line breaks and other control characters are refused, and a
/// sensitive value is kept out of `Debug` output.
pub(crate) fn header_value(name: &str, value: &str, sensitive: bool) -> Result<HeaderValue, Error> {
    if value.contains(['\r', '\n']) {
        return Err(Error::InvalidHeader {
            name: name.to_string(),
            reason: "the value contains a line break",
        });
    }
    let mut header = HeaderValue::from_str(value).map_err(|_| Error::InvalidHeader {
        name: name.to_string(),
        reason: "the value contains a character a header cannot carry",
    })?;
    header.set_sensitive(sensitive);
    Ok(header)
}

/// A `name=value` cookie pair, refused when either part could break the header.
pub(crate) fn cookie_pair(name: &str, value: &str) -> Result<String, Error> {
    let bad_name = name.is_empty() || name.contains(|c: char| c.is_control() || " ;=,".contains(c));
    if bad_name || value.contains(|c: char| c.is_control() || c == ';') {
        return Err(Error::InvalidHeader {
            name: "Cookie".to_string(),
            reason: "a cookie name or value holds `;`, a control character or (in the name) `=`, `,` or a space",
        });
    }
    Ok(format!("{name}={value}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_keep_slashes_dots_and_percents_inside() {
        let mut out = String::new();
        encode_segment("../a/b?c#d%2e", &mut out);
        assert_eq!(out, "..%2Fa%2Fb%3Fc%23d%252e");
    }

    #[test]
    fn line_breaks_never_reach_a_header() {
        assert!(matches!(
            header_value("X-A", "a\r\nX-Evil: 1", false),
            Err(Error::InvalidHeader { .. })
        ));
        assert!(cookie_pair("a", "b; c=d").is_err());
        assert_eq!(cookie_pair("a", "b").ok().as_deref(), Some("a=b"));
    }

    #[test]
    fn lists_and_scalars_become_texts() {
        assert_eq!(
            texts(&vec![1, 2]).ok(),
            Some(vec!["1".to_string(), "2".to_string()])
        );
        assert_eq!(texts(&Option::<u8>::None).ok(), Some(Vec::new()));
        assert_eq!(text(&true).ok().as_deref(), Some("true"));
    }
}
