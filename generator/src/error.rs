use std::path::PathBuf;

use crate::spec::Source;

/// Everything that can stop mdclient. Each variant says where and what was expected.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input or output file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A page could not be read as API docs.
    #[error("{at}: {message}")]
    Parse { at: Source, message: String },
    /// The intermediate spec is malformed or inconsistent (e.g. a hand edit gone wrong).
    #[error("{file}: invalid spec: {message}")]
    Spec { file: String, message: String },
    /// A template failed, or produced code that is not valid Rust.
    #[error("template `{template}`: {message}")]
    Render { template: String, message: String },
    /// Nothing to do: no API page among the inputs.
    #[error("{0}")]
    NoInput(String),
}

impl Error {
    /// A parse error at `at`, saying what was expected.
    pub fn parse(at: Source, message: impl Into<String>) -> Self {
        Error::Parse {
            at,
            message: message.into(),
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// A recoverable oddity: parsing went on, but the user should know.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    pub at: Source,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = format!("{}: {}", self.at, self.message);
        write!(f, "warning: {}", terminal_safe(&text))
    }
}

/// `text` fit for a terminal: control characters (an escape sequence that sets the
/// window title, a line break that forges a second message), bidirectional controls
/// and invisible characters written as `\u{..}` escapes.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_char(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Control, bidirectional-control and zero-width characters: what a reader of text
/// cannot see, or what changes how the rest is shown.
pub(crate) fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{061C}'
                | '\u{00AD}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_cannot_drive_the_terminal() {
        let w = Warning {
            at: Source::new("a.md", 3),
            message: "bad `\u{1b}]0;pwned\u{7}` \u{202E}x\nwarning: forged".into(),
        };
        let shown = w.to_string();
        assert!(!shown.chars().any(is_unsafe_char), "{shown:?}");
        assert!(shown.contains("\\u{1b}"), "{shown}");
    }
}
