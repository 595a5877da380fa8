//! The dialects, described by what differs between them. One shared reader
//! ([`super::page`]) reads every API page; these tables tell it what a page means.

use crate::markdown::{Block, Document};
use crate::spec::TypeRef;

/// How a dialect spells parameter and property names it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameCase {
    /// `token_id` (ruby, python): the generator snake-cased the wire name.
    Snake,
    /// `tokenId` (go): the generator lower-camel-cased the wire name.
    LowerCamel,
    /// `TokenId` (powershell): parameters and properties upper-camel-cased.
    Pascal,
    /// Names are shown as on the wire.
    Verbatim,
}

/// What the key of `api_key['…']` in the example configuration is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyIndex {
    /// The header/query name (ruby: `config.api_key['X-Client-Id']`).
    WireName,
    /// The scheme's name (python: `configuration.api_key['ApiKeyAuth']`).
    SchemeName,
}

/// A docs dialect: a language family of OpenAPI Generator / swagger-codegen output.
#[derive(Debug)]
pub struct Dialect {
    /// Name recorded in the spec (`ruby`).
    pub name: &'static str,
    /// Info strings of the example code blocks that identify the dialect.
    pub code_langs: &'static [&'static str],
    pub name_case: NameCase,
    pub api_key_index: ApiKeyIndex,
    /// Type spellings of this language that differ from the shared table.
    pub types: &'static [(&'static str, TypeRef)],
    /// Text only this dialect's signatures hold (`(ctx` in go), for pages without
    /// example code.
    pub signature_marks: &'static [&'static str],
}

/// Ruby: `TogaiClient::AuthenticationApi`, `> <Type> op(opts)`, `# String | desc` examples.
pub static RUBY: Dialect = Dialect {
    name: "ruby",
    code_langs: &["ruby"],
    name_case: NameCase::Snake,
    api_key_index: ApiKeyIndex::WireName,
    types: &[],
    signature_marks: &[],
};

/// Python (swagger-codegen 2.x, OpenAPI Generator python, pydantic v1/v2, asyncio).
pub static PYTHON: Dialect = Dialect {
    name: "python",
    code_langs: &["python", "py"],
    name_case: NameCase::Snake,
    api_key_index: ApiKeyIndex::SchemeName,
    types: &[],
    signature_marks: &[],
};

/// Go: `> Type Op(ctx).Param(param).Execute()`, `// string | desc (optional)` examples.
pub static GO: Dialect = Dialect {
    name: "go",
    code_langs: &["go", "golang"],
    name_case: NameCase::LowerCamel,
    api_key_index: ApiKeyIndex::SchemeName,
    types: &[],
    signature_marks: &["(ctx", ".Execute()"],
};

/// Java (okhttp-gson, native, jersey, resttemplate, webclient, feign...): boxed
/// primitives name their format (`Integer` is an int32, `Long` an int64).
pub static JAVA: Dialect = Dialect {
    name: "java",
    code_langs: &["java"],
    name_case: NameCase::LowerCamel,
    api_key_index: ApiKeyIndex::SchemeName,
    types: &[
        ("Integer", TypeRef::Int32),
        ("Long", TypeRef::Int64),
        ("Float", TypeRef::Float),
        ("Double", TypeRef::Double),
        ("BigDecimal", TypeRef::Number),
        ("OffsetDateTime", TypeRef::DateTime),
        ("LocalDate", TypeRef::Date),
        ("UUID", TypeRef::Uuid),
        ("File", TypeRef::Binary),
        ("byte[]", TypeRef::Byte),
        ("Object", TypeRef::Any),
        ("URI", TypeRef::String),
        ("URL", TypeRef::String),
    ],
    signature_marks: &[],
};

/// C# (generichost, httpclient, restsharp): `> Account CreateAccount (AccountCreate
/// accountCreate, ...)` with a space before the arguments; PascalCase properties.
pub static CSHARP: Dialect = Dialect {
    name: "csharp",
    code_langs: &["csharp", "cs", "c#"],
    name_case: NameCase::LowerCamel,
    api_key_index: ApiKeyIndex::SchemeName,
    types: &[
        ("int", TypeRef::Int32),
        ("long", TypeRef::Int64),
        ("float", TypeRef::Float),
        ("double", TypeRef::Double),
        ("decimal", TypeRef::Number),
        ("Guid", TypeRef::Uuid),
        ("DateOnly", TypeRef::Date),
        ("byte[]", TypeRef::Byte),
        ("System.IO.Stream", TypeRef::Binary),
        ("FileParameter", TypeRef::Binary),
        ("Object", TypeRef::Any),
    ],
    signature_marks: &[" ("],
};

/// PowerShell: PascalCase parameters (`-AccountId`) and properties.
pub static POWERSHELL: Dialect = Dialect {
    name: "powershell",
    code_langs: &["powershell", "ps1"],
    name_case: NameCase::Pascal,
    api_key_index: ApiKeyIndex::SchemeName,
    types: &[("System.IO.FileInfo", TypeRef::Binary)],
    signature_marks: &[],
};

/// A page whose examples name no known language: read with the shared rules only.
pub static GENERIC: Dialect = Dialect {
    name: "generic",
    code_langs: &[],
    name_case: NameCase::Verbatim,
    api_key_index: ApiKeyIndex::SchemeName,
    types: &[],
    signature_marks: &[],
};

/// Every known dialect, in detection order.
pub static DIALECTS: &[&Dialect] = &[&RUBY, &PYTHON, &GO, &JAVA, &CSHARP, &POWERSHELL];

impl Dialect {
    /// Looks a dialect up by name (`--dialect`).
    pub fn by_name(name: &str) -> Option<&'static Dialect> {
        DIALECTS
            .iter()
            .copied()
            .chain([&GENERIC])
            .find(|d| d.name.eq_ignore_ascii_case(name))
    }

    /// Detects the dialect of a page from the language of its example code blocks.
    pub fn detect(doc: &Document) -> &'static Dialect {
        let mut best: Option<(&'static Dialect, usize)> = None;
        for dialect in DIALECTS {
            let count = doc
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Code { lang, .. } if dialect.code_langs.contains(&lang.to_ascii_lowercase().as_str())))
                .count();
            if count > 0 && best.is_none_or(|(_, c)| count > c) {
                best = Some((dialect, count));
            }
        }
        if let Some((d, _)) = best {
            return d;
        }
        let signed = |d: &&&Dialect| {
            doc.blocks.iter().any(|b| matches!(b, Block::Quote { text, .. } if d.signature_marks.iter().any(|m| text.contains(m))))
        };
        DIALECTS.iter().find(signed).copied().unwrap_or(&GENERIC)
    }

    /// How this dialect spells names, for inference rules.
    pub fn case_phrase(&self) -> &'static str {
        match self.name_case {
            NameCase::Snake => "snake_case",
            NameCase::LowerCamel => "lowerCamelCase",
            NameCase::Pascal => "PascalCase",
            NameCase::Verbatim => "the wire spelling",
        }
    }
}
