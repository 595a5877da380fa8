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
        write!(f, "warning: {}: {}", self.at, self.message)
    }
}
