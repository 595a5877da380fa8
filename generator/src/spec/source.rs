use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Where a fact was read: a file as given to mdclient, and a 1-based line.
///
/// Written in YAML as `specs/togai/AuthenticationApi.md:12`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Source {
    pub file: String,
    pub line: usize,
}

impl Source {
    pub fn new(file: impl Into<String>, line: usize) -> Self {
        Source {
            file: file.into(),
            line,
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

impl Serialize for Source {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        match text.rsplit_once(':') {
            Some((file, line)) => match line.parse() {
                Ok(line) => Ok(Source::new(file, line)),
                Err(_) => Err(serde::de::Error::custom(format!(
                    "expected `file:line`, found `{text}`"
                ))),
            },
            None => Ok(Source::new(text, 0)),
        }
    }
}
