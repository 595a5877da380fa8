//! The template engine: minijinja with the embedded default templates (or a user's
//! files of the same names), strict undefined behaviour, no auto-escaping, and the
//! `lit`, `doc`, `inner_doc`, `cfg` and `toml` filters.
//!
//! Its formatter refuses to print a plain string that looks like more than an
//! identifier or a type (`"`, `{`, `;`, `(`...): text from the docs must go through a
//! filter, and a template that forgets one fails instead of emitting the text as code.

use std::path::Path;

use minijinja::value::{Serde, Value};
use minijinja::{AutoEscape, Environment, ErrorKind, UndefinedBehavior};
use serde::Serialize;

use super::text;
use crate::Error;

/// The templates, by file name, with their embedded defaults.
pub(crate) const TEMPLATES: &[(&str, &str)] = &[
    (
        "Cargo.toml.jinja",
        include_str!("../../../templates/Cargo.toml.jinja"),
    ),
    (
        "lib.rs.jinja",
        include_str!("../../../templates/lib.rs.jinja"),
    ),
    (
        "models.rs.jinja",
        include_str!("../../../templates/models.rs.jinja"),
    ),
    (
        "client.rs.jinja",
        include_str!("../../../templates/client.rs.jinja"),
    ),
    (
        "operations.rs.jinja",
        include_str!("../../../templates/operations.rs.jinja"),
    ),
    (
        "response.rs.jinja",
        include_str!("../../../templates/response.rs.jinja"),
    ),
    (
        "mock.rs.jinja",
        include_str!("../../../templates/mock.rs.jinja"),
    ),
];

/// A configured minijinja environment holding every template.
pub(crate) struct Engine {
    env: Environment<'static>,
}

impl Engine {
    /// Loads the defaults, each replaced by `template_dir/<name>` when that file exists.
    pub(crate) fn new(template_dir: Option<&Path>) -> Result<Self, Error> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|_| AutoEscape::None);
        env.set_formatter(|out, state, value| {
            if let Some(s) = value.as_str() {
                if !value.is_safe() && !looks_like_code(s) {
                    let shown: String = s.chars().take(60).collect();
                    return Err(minijinja::Error::new(
                        ErrorKind::InvalidOperation,
                        format!("text {shown:?} would be printed as code: pass it through `lit` or `doc`"),
                    ));
                }
            }
            minijinja::escape_formatter(out, state, value)
        });
        env.add_filter("lit", |s: &str| Value::from_safe_string(text::literal(s)));
        env.add_filter("doc", |s: &str| {
            Value::from_safe_string(text::doc_attributes(s))
        });
        env.add_filter("inner_doc", |s: &str| {
            Value::from_safe_string(text::inner_doc_attributes(s))
        });
        // `#[cfg(...)]` compiling an item when any of its features is on; nothing for
        // none.
        env.add_filter("cfg", |features: Vec<String>| {
            Value::from_safe_string(text::cfg_attribute(&features))
        });
        env.add_filter("toml", |s: &str| {
            Value::from_safe_string(text::toml_string(s))
        });
        // The `else` of every chain over a kind: a kind the templates do not know
        // fails generation instead of rendering as another kind.
        env.add_function(
            "fail",
            |message: String| -> Result<Value, minijinja::Error> {
                Err(minijinja::Error::new(ErrorKind::InvalidOperation, message))
            },
        );

        for (name, default) in TEMPLATES {
            let source = match template_dir.map(|dir| dir.join(name)) {
                Some(path) if path.is_file() => {
                    std::fs::read_to_string(&path).map_err(|e| Error::Io { path, source: e })?
                }
                _ => (*default).to_string(),
            };
            env.add_template_owned(*name, source)
                .map_err(|e| render_error(name, &e))?;
        }
        Ok(Engine { env })
    }

    /// Renders template `name` with `context` (usually the [`super::view::View`]).
    pub(crate) fn render(&self, name: &str, context: &impl Serialize) -> Result<String, Error> {
        let template = self
            .env
            .get_template(name)
            .map_err(|e| render_error(name, &e))?;
        template
            .render(Value::from(Serde(context)))
            .map_err(|e| render_error(name, &e))
    }
}

fn render_error(name: &str, error: &minijinja::Error) -> Error {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    Error::Render {
        template: name.to_string(),
        message,
    }
}

/// Identifiers, paths and types computed in Rust: `r#type`, `models::Pet`,
/// `Option<Vec<String>>`, `impl Into<String>`, `()`. Nothing that can open or close a
/// string, block, item or attribute.
fn looks_like_code(s: &str) -> bool {
    s == "()"
        || s.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '_' | ':' | '<' | '>' | ',' | ' ' | '#' | '&' | '\'')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_cannot_reach_the_output_unfiltered() {
        let mut env = Engine::new(None)
            .map(|e| e.env)
            .unwrap_or_else(|_| Environment::new());
        env.add_template_owned("t", "{{ x }}").ok();
        let render = |x: &str| {
            env.get_template("t")
                .and_then(|t| t.render(minijinja::context! { x }))
        };
        assert_eq!(
            render("Option<models::Pet>").ok().as_deref(),
            Some("Option<models::Pet>")
        );
        assert!(render("}; fn evil() {").is_err());
        assert!(render("\"quoted\"").is_err());
    }

    #[test]
    fn strict_undefined() {
        let mut env = Engine::new(None)
            .map(|e| e.env)
            .unwrap_or_else(|_| Environment::new());
        env.add_template_owned("t", "{{ missing }}").ok();
        assert!(env.get_template("t").and_then(|t| t.render(())).is_err());
    }
}
