//! The `HTTP request` cell of an endpoint table: `**POST** /pets/{petId}`.

/// The method (upper case) and path template of a request cell; `Err` says what was
/// expected.
///
/// Spaces inside a placeholder are dropped (`/f/{ x }` is `/f/{x}`), backticks
/// around the path too (gdscript), and a missing leading `/` is added (kotlin
/// jvm-retrofit2). An absolute URL is refused: a path is relative to the base URL.
pub fn request_line(cell: &str) -> Result<(String, String), String> {
    let cell = cell.trim();
    let (method, rest) = cell.split_once(char::is_whitespace).unwrap_or((cell, ""));
    let method = method.to_ascii_uppercase();
    if !crate::spec::validate::HTTP_METHODS.contains(&method.as_str()) {
        return Err(format!(
            "expected an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, TRACE) \
             then a path, found `{cell}`"
        ));
    }
    let mut path = String::new();
    let mut in_braces = false;
    for c in rest.trim_start().chars() {
        match c {
            '{' => in_braces = true,
            '}' => in_braces = false,
            c if c.is_whitespace() && in_braces => continue,
            c if c.is_whitespace() => break,
            _ => {}
        }
        path.push(c);
    }
    let path = path.trim_matches('`');
    if path.is_empty() {
        return Err(format!("expected `**METHOD** /path`, found `{cell}`"));
    }
    let lower = path.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || path.starts_with("//") {
        return Err(format!(
            "expected a path relative to the base URL, found the absolute URL `{path}`"
        ));
    }
    let path = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    Ok((method, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_cells_in_every_spelling() {
        let ok = |cell: &str| request_line(cell).unwrap();
        assert_eq!(
            ok("POST /pets/{petId}"),
            ("POST".into(), "/pets/{petId}".into())
        );
        assert_eq!(ok("get pets"), ("GET".into(), "/pets".into()));
        assert_eq!(ok("GET `/pets`"), ("GET".into(), "/pets".into()));
        assert_eq!(
            ok("GET /f/{ x }/g summary"),
            ("GET".into(), "/f/{x}/g".into())
        );
    }

    #[test]
    fn absolute_urls_and_unknown_methods_are_refused() {
        assert!(request_line("GET https://evil.example/x")
            .unwrap_err()
            .contains("absolute"));
        assert!(request_line("GET //evil.example/x").is_err());
        assert!(request_line("FETCH /x")
            .unwrap_err()
            .contains("HTTP method"));
        assert!(request_line("GET").is_err());
    }
}
