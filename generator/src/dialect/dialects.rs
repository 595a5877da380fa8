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

/// How a dialect spells the names of models (and so the types that refer to them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelNames {
    /// As in the spec (`InvoiceLine`).
    AsIs,
    /// Behind a class prefix (objc: `OAIInvoiceLine`, swagger-codegen `SWGInvoiceLine`).
    Prefixed(&'static [&'static str]),
    /// C: `invoice_line_t`.
    SnakeT,
    /// Eiffel: `INVOICE_LINE`.
    UpperSnake,
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
    /// How model names are spelled.
    pub model_names: ModelNames,
    /// Whether a type cell wraps the type in brackets (typescript: `[**string**]` is a
    /// string, where javascript's `[String]` is an array).
    pub bracketed_types: bool,
    /// The suffix of this language's enum type names, which the docs never list
    /// values for (C: `account_status_e`): such a type is read as a string.
    pub enum_suffix: Option<&'static str>,
    /// How the docs spell operation names (C prefixes the class, PowerShell writes
    /// cmdlets).
    pub operation_names: OperationNames,
    /// How model pages spell property names, where it differs from `name_case`
    /// (go and C# show exported fields: `PhotoUrls`).
    pub property_names: Option<NameCase>,
}

/// How a dialect spells operationIds in its endpoint tables and headings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperationNames {
    /// As in the spec (`listPets`, or re-cased: `list_pets`).
    AsIs,
    /// C: `PetAPI_listPets`, the class name and `_` before the id.
    ClassPrefixed,
    /// PowerShell: `Get-PetById`, `Invoke-ListPets`, `New-Pet` (verb-noun cmdlets).
    Cmdlet,
}

/// What a dialect shares with most others; each dialect states only how it differs.
const BASE: Dialect = Dialect {
    name: "",
    code_langs: &[],
    name_case: NameCase::LowerCamel,
    api_key_index: ApiKeyIndex::SchemeName,
    types: &[],
    signature_marks: &[],
    model_names: ModelNames::AsIs,
    bracketed_types: false,
    enum_suffix: None,
    operation_names: OperationNames::AsIs,
    property_names: None,
};

/// Ruby: `TogaiClient::AuthenticationApi`, `> <Type> op(opts)`, `# String | desc` examples.
pub static RUBY: Dialect = Dialect {
    name: "ruby",
    code_langs: &["ruby"],
    name_case: NameCase::Snake,
    api_key_index: ApiKeyIndex::WireName,
    ..BASE
};

/// Python (swagger-codegen 2.x, OpenAPI Generator python, pydantic v1/v2, asyncio).
pub static PYTHON: Dialect = Dialect {
    name: "python",
    code_langs: &["python", "py"],
    name_case: NameCase::Snake,
    ..BASE
};

/// Go: `> Type Op(ctx).Param(param).Execute()`, `// string | desc (optional)` examples.
pub static GO: Dialect = Dialect {
    name: "go",
    code_langs: &["go", "golang"],
    signature_marks: &["(ctx", ".Execute()"],
    property_names: Some(NameCase::Pascal),
    ..BASE
};

/// Java (okhttp-gson, native, jersey, resttemplate, webclient, feign...): boxed
/// primitives name their format (`Integer` is an int32, `Long` an int64).
pub static JAVA: Dialect = Dialect {
    name: "java",
    code_langs: &["java"],
    types: JVM_TYPES,
    ..BASE
};

/// C# (generichost, httpclient, restsharp): `> Account CreateAccount (AccountCreate
/// accountCreate, ...)` with a space before the arguments; PascalCase properties.
pub static CSHARP: Dialect = Dialect {
    name: "csharp",
    code_langs: &["csharp", "cs", "c#"],
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
    property_names: Some(NameCase::Pascal),
    ..BASE
};

/// PowerShell: PascalCase parameters (`-AccountId`) and properties.
pub static POWERSHELL: Dialect = Dialect {
    name: "powershell",
    code_langs: &["powershell", "ps1"],
    name_case: NameCase::Pascal,
    types: &[
        ("System.IO.FileInfo", TypeRef::Binary),
        ("SystemByte", TypeRef::Byte),
        ("System.Byte[]", TypeRef::Byte),
    ],
    operation_names: OperationNames::Cmdlet,
    ..BASE
};

/// The JVM's types, as java, kotlin and scala docs name them (package-qualified or
/// not: a dialect's own spellings are matched on the last path segment too).
const JVM_TYPES: &[(&str, TypeRef)] = &[
    ("Integer", TypeRef::Int32),
    ("Int", TypeRef::Int32),
    ("Long", TypeRef::Int64),
    ("Float", TypeRef::Float),
    ("Double", TypeRef::Double),
    ("BigDecimal", TypeRef::Number),
    ("OffsetDateTime", TypeRef::DateTime),
    ("LocalDateTime", TypeRef::DateTime),
    ("LocalDate", TypeRef::Date),
    ("UUID", TypeRef::Uuid),
    ("File", TypeRef::Binary),
    ("byte[]", TypeRef::Byte),
    ("ByteArray", TypeRef::Byte),
    // swagger-codegen 2.x kotlin's spelling of `format: binary`.
    ("kotlin.Array<kotlin.Byte>", TypeRef::Binary),
    ("Array[Byte]", TypeRef::Byte),
    ("Object", TypeRef::Any),
    ("Any", TypeRef::Any),
    ("URI", TypeRef::Uri),
    ("URL", TypeRef::String),
];

/// Kotlin: `kotlin.Int`, `java.util.UUID`, `kotlin.collections.List<Invoice>`.
pub static KOTLIN: Dialect = Dialect {
    name: "kotlin",
    code_langs: &["kotlin", "kt"],
    types: JVM_TYPES,
    ..BASE
};

/// Scala (akka, pekko, sttp): `Seq[Invoice]`, `Map[String, Money]`.
pub static SCALA: Dialect = Dialect {
    name: "scala",
    code_langs: &["scala"],
    types: JVM_TYPES,
    ..BASE
};

/// PHP and php-nextgen: `docs/Api/`, `docs/Model/`, `\OpenAPI\Client\Model\Pet[]`.
pub static PHP: Dialect = Dialect {
    name: "php",
    code_langs: &["php"],
    name_case: NameCase::Snake,
    types: &[
        ("SplFileObject", TypeRef::Binary),
        ("mixed", TypeRef::Any),
        ("DateTime", TypeRef::DateTime),
    ],
    ..BASE
};

/// TypeScript (typescript, typescript-fetch, typescript-axios): `[**number**]`,
/// `Array<Pet>`, `{ [key: string]: Money; }`.
pub static TYPESCRIPT: Dialect = Dialect {
    name: "typescript",
    code_langs: &["typescript", "ts"],
    types: &[
        ("HttpFile", TypeRef::Binary),
        ("Blob", TypeRef::Binary),
        ("Date", TypeRef::DateTime),
    ],
    bracketed_types: true,
    ..BASE
};

/// JavaScript: `Number`, `[Pet]`, `{String: Money}`, `File`, `Blob`.
pub static JAVASCRIPT: Dialect = Dialect {
    name: "javascript",
    code_langs: &["javascript", "js"],
    types: &[("Blob", TypeRef::Binary), ("Date", TypeRef::DateTime)],
    ..BASE
};

/// Rust: `models::Pet`, `Option<i32>`, `Vec<…>`, a `Required` column.
pub static RUST: Dialect = Dialect {
    name: "rust",
    code_langs: &["rust", "rs"],
    name_case: NameCase::Snake,
    types: &[
        ("i32", TypeRef::Int32),
        ("i64", TypeRef::Int64),
        ("u32", TypeRef::Int32),
        ("u64", TypeRef::Int64),
        ("f32", TypeRef::Float),
        ("f64", TypeRef::Double),
        ("PathBuf", TypeRef::Binary),
        ("Value", TypeRef::Any),
        ("NaiveDate", TypeRef::Date),
        ("DateTime", TypeRef::DateTime),
        // raw bytes: swagger-codegen 2.x's spelling of `format: binary`.
        ("Vec<u8>", TypeRef::Binary),
    ],
    signature_marks: &["models::", "r#"],
    ..BASE
};

/// Swift 5 and 6: the signature in a fenced block, `Int`, `Date`, `URL` uploads.
pub static SWIFT: Dialect = Dialect {
    name: "swift",
    code_langs: &["swift"],
    types: &[
        // The generator spells int32 `Int` and int64 `Int64`.
        ("Int", TypeRef::Int32),
        ("Int32", TypeRef::Int32),
        ("Int64", TypeRef::Int64),
        ("Float", TypeRef::Float),
        ("Double", TypeRef::Double),
        ("Decimal", TypeRef::Number),
        ("Date", TypeRef::DateTime),
        ("URL", TypeRef::Binary),
        ("Data", TypeRef::Byte),
        ("AnyCodable", TypeRef::Any),
        ("JSONValue", TypeRef::Any),
    ],
    ..BASE
};

/// Dart and dart-dio (`doc/`): `int`, `num`, `MultipartFile`, `BuiltList<Pet>`.
pub static DART: Dialect = Dialect {
    name: "dart",
    code_langs: &["dart"],
    types: &[
        ("int", TypeRef::Integer),
        ("num", TypeRef::Number),
        ("DateTime", TypeRef::DateTime),
        ("MultipartFile", TypeRef::Binary),
        ("Uint8List", TypeRef::Binary),
        ("JsonObject", TypeRef::Any),
    ],
    ..BASE
};

/// R: `character`, `integer`, `numeric`, `list(Pet)`, `data.frame` files.
pub static R: Dialect = Dialect {
    name: "r",
    code_langs: &["r"],
    name_case: NameCase::Snake,
    types: &[
        ("character", TypeRef::String),
        ("numeric", TypeRef::Number),
        ("data.frame", TypeRef::Binary),
    ],
    ..BASE
};

/// Perl: `WWW::OpenAPIClient::PetApi` titles, `name => $value` signatures,
/// `ARRAY[Pet]`, `HASH[string,Money]`.
pub static PERL: Dialect = Dialect {
    name: "perl",
    code_langs: &["perl", "pl"],
    name_case: NameCase::Snake,
    api_key_index: ApiKeyIndex::WireName,
    types: &[("DATE_TIME", TypeRef::DateTime), ("DATE", TypeRef::Date)],
    signature_marks: &[" => $"],
    ..BASE
};

/// Julia: `> op(_api::XApi, …) -> T`, `Vector{Pet}`, `Dict{String, Money}`.
pub static JULIA: Dialect = Dialect {
    name: "julia",
    code_langs: &["julia", "jl"],
    name_case: NameCase::Snake,
    types: &[
        ("Int32", TypeRef::Int32),
        ("Int64", TypeRef::Int64),
        ("Float32", TypeRef::Float),
        ("Float64", TypeRef::Double),
        ("ZonedDateTime", TypeRef::DateTime),
        ("Nothing", TypeRef::Any),
    ],
    signature_marks: &["_api::"],
    ..BASE
};

/// Objective-C: `OAIPet*`, `NSNumber*`, `NSArray<OAIPet>*`, `NSURL*` uploads.
pub static OBJC: Dialect = Dialect {
    name: "objc",
    code_langs: &["objc", "objective-c", "objectivec"],
    types: &[
        ("NSString", TypeRef::String),
        ("NSNumber", TypeRef::Number),
        ("NSDate", TypeRef::DateTime),
        ("NSURL", TypeRef::Binary),
        ("NSData", TypeRef::Binary),
        ("NSObject", TypeRef::Any),
    ],
    model_names: ModelNames::Prefixed(&["OAI", "SWG"]),
    ..BASE
};

/// C (libcurl): `invoice_t *`, `char *`, `list_t *` linked to its items' page.
pub static C: Dialect = Dialect {
    name: "c",
    code_langs: &["c"],
    name_case: NameCase::Verbatim,
    types: &[
        ("binary_t", TypeRef::Binary),
        ("object_t", TypeRef::Any),
        ("any_type_t", TypeRef::Any),
        ("int", TypeRef::Integer),
        ("float", TypeRef::Float),
        ("double", TypeRef::Double),
    ],
    signature_marks: &["apiClient_t"],
    model_names: ModelNames::SnakeT,
    enum_suffix: Some("_e"),
    operation_names: OperationNames::ClassPrefixed,
    ..BASE
};

/// Bash: one command per operation, `**string**`/`**integer**`, `array[Pet]`.
pub static BASH: Dialect = Dialect {
    name: "bash",
    code_langs: &["bash", "sh", "shell"],
    ..BASE
};

/// Eiffel: `THINGS_API.md`, `STRING_32`, `INTEGER_64`, `LIST [PET]`.
pub static EIFFEL: Dialect = Dialect {
    name: "eiffel",
    code_langs: &["eiffel", "e"],
    name_case: NameCase::Snake,
    types: &[
        ("STRING_32", TypeRef::String),
        ("STRING_8", TypeRef::String),
        ("INTEGER_32", TypeRef::Int32),
        ("INTEGER_64", TypeRef::Int64),
        ("REAL_32", TypeRef::Float),
        ("REAL_64", TypeRef::Double),
        ("DATE_TIME", TypeRef::DateTime),
        ("ANY", TypeRef::Any),
    ],
    signature_marks: &["STRING_32", "INTEGER_32"],
    model_names: ModelNames::UpperSnake,
    ..BASE
};

/// GDScript (Godot): `apis/`, `> \`op(a: T, on_success: Callable…)\``.
pub static GDSCRIPT: Dialect = Dialect {
    name: "gdscript",
    code_langs: &["gdscript", "gd"],
    types: &[("int", TypeRef::Integer)],
    signature_marks: &["Callable"],
    ..BASE
};

/// The `markdown` documentation generator (`Apis/`, `Models/`): wire names, no code.
pub static MARKDOWN: Dialect = Dialect {
    name: "markdown",
    code_langs: &[],
    name_case: NameCase::Verbatim,
    types: MARKDOWN_TYPES,
    ..BASE
};

/// The documentation generator names types as java does, but `Date` is a date-time
/// and `date` a date.
const MARKDOWN_TYPES: &[(&str, TypeRef)] = &[
    ("Date", TypeRef::DateTime),
    ("date", TypeRef::Date),
    ("Integer", TypeRef::Int32),
    ("Long", TypeRef::Int64),
    ("Float", TypeRef::Float),
    ("Double", TypeRef::Double),
    ("BigDecimal", TypeRef::Number),
    ("UUID", TypeRef::Uuid),
    ("URI", TypeRef::Uri),
    ("File", TypeRef::Binary),
    ("byte[]", TypeRef::Byte),
    ("Object", TypeRef::Any),
];

/// A page whose examples name no known language: read with the shared rules only.
pub static GENERIC: Dialect = Dialect {
    name: "generic",
    code_langs: &[],
    name_case: NameCase::Verbatim,
    ..BASE
};

/// Frameworks a README without code names, and their language.
const README_MARKS: &[(&str, &Dialect)] = &[("Helidon", &JAVA), ("Micronaut", &JAVA)];

/// The dialect most often in `found` (the first of equals), ignoring [`GENERIC`].
fn most_voted(found: impl Iterator<Item = &'static Dialect>) -> &'static Dialect {
    let mut votes: Vec<(&'static Dialect, usize)> = Vec::new();
    for d in found.filter(|d| d.name != GENERIC.name) {
        match votes.iter_mut().find(|(v, _)| v.name == d.name) {
            Some((_, n)) => *n += 1,
            None => votes.push((d, 1)),
        }
    }
    let mut best: Option<(&'static Dialect, usize)> = None;
    for (d, n) in votes {
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((d, n));
        }
    }
    best.map_or(&GENERIC, |(d, _)| d)
}

/// Every known dialect, in detection order.
pub static DIALECTS: &[&Dialect] = &[
    &RUBY,
    &PYTHON,
    // Before go: swagger-codegen 2.x rust pages are go's template with `::models::`.
    &RUST,
    &GO,
    &JAVA,
    &KOTLIN,
    &SCALA,
    &CSHARP,
    &POWERSHELL,
    &PHP,
    &TYPESCRIPT,
    &JAVASCRIPT,
    &SWIFT,
    &DART,
    &R,
    &PERL,
    &JULIA,
    &OBJC,
    &C,
    &BASH,
    &EIFFEL,
    &GDSCRIPT,
    &MARKDOWN,
];

impl Dialect {
    /// Looks a dialect up by name (`--dialect`).
    pub fn by_name(name: &str) -> Option<&'static Dialect> {
        DIALECTS
            .iter()
            .copied()
            .chain([&GENERIC])
            .find(|d| d.name.eq_ignore_ascii_case(name))
    }

    /// Detects the dialect of one SDK's docs: the dialect most of its API pages'
    /// example code is in; else the one most pages' signatures or places tell
    /// ([`Dialect::detect`]); else the README's code blocks (not its shell commands)
    /// or the framework it names; else [`GENERIC`].
    pub fn detect_folder<'a>(
        pages: &[Document],
        readmes: impl IntoIterator<Item = &'a Document>,
    ) -> &'static Dialect {
        let by_code = most_voted(pages.iter().map(Self::detect_by_code));
        if by_code.name != GENERIC.name {
            return by_code;
        }
        let by_marks = most_voted(pages.iter().map(Self::detect));
        if by_marks.name != GENERIC.name {
            return by_marks;
        }
        for readme in readmes {
            let d = Self::detect_code(readme, &["bash", "sh", "shell", "console"]);
            if d.name != GENERIC.name {
                return d;
            }
            let named = README_MARKS.iter().find(|(mark, _)| {
                readme.blocks.iter().any(
                    |b| matches!(b, Block::Paragraph { text, .. } if text.plain.contains(mark)),
                )
            });
            if let Some((_, d)) = named {
                return d;
            }
        }
        &GENERIC
    }

    /// Detects the dialect of a page from the language of its example code blocks,
    /// else from marks of its place in the folder or of its signatures.
    pub fn detect(doc: &Document) -> &'static Dialect {
        let by_code = Self::detect_by_code(doc);
        if by_code.name != GENERIC.name {
            return by_code;
        }
        // The documentation generator's folders; eiffel's `THINGS_API.md`.
        let file = doc.file.replace('\\', "/");
        if file.contains("/Apis/") || file.contains("/Models/") || file.starts_with("Apis/") {
            return &MARKDOWN;
        }
        if file
            .rsplit('/')
            .next()
            .is_some_and(|n| n.ends_with("_API.md"))
        {
            return &EIFFEL;
        }
        let signed = |d: &&&Dialect| {
            doc.blocks.iter().any(|b| matches!(b, Block::Quote { text, .. } if d.signature_marks.iter().any(|m| text.contains(m))))
        };
        DIALECTS.iter().find(signed).copied().unwrap_or(&GENERIC)
    }

    /// The dialect of a page's example code blocks, [`GENERIC`] when it has none.
    pub fn detect_by_code(doc: &Document) -> &'static Dialect {
        Self::detect_code(doc, &[])
    }

    /// The dialect whose code blocks (other than `ignore`d languages) the page has most.
    fn detect_code(doc: &Document, ignore: &[&str]) -> &'static Dialect {
        let mut best: Option<(&'static Dialect, usize)> = None;
        for dialect in DIALECTS {
            let count = doc
                .blocks
                .iter()
                .filter(|b| {
                    matches!(b, Block::Code { lang, .. }
                    if !ignore.contains(&lang.to_ascii_lowercase().as_str())
                        && dialect.code_langs.contains(&lang.to_ascii_lowercase().as_str()))
                })
                .count();
            if count > 0 && best.is_none_or(|(_, c)| count > c) {
                best = Some((dialect, count));
            }
        }
        best.map_or(&GENERIC, |(d, _)| d)
    }

    /// The spec's name of a model this dialect shows as `shown` (`OAIPet`, `pet_t`,
    /// `PET` -> `Pet`).
    pub fn model_name(&self, shown: &str) -> String {
        match self.model_names {
            ModelNames::AsIs => shown.to_string(),
            ModelNames::Prefixed(prefixes) => prefixes
                .iter()
                .find_map(|p| {
                    shown
                        .strip_prefix(p)
                        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
                })
                .unwrap_or(shown)
                .to_string(),
            ModelNames::SnakeT => {
                let base = shown.strip_suffix("_t").unwrap_or(shown);
                heck::ToUpperCamelCase::to_upper_camel_case(base)
            }
            ModelNames::UpperSnake if shown.contains(|c: char| c.is_ascii_lowercase()) => {
                shown.to_string()
            }
            ModelNames::UpperSnake => heck::ToUpperCamelCase::to_upper_camel_case(shown),
        }
    }

    /// How this dialect's model pages spell property names.
    pub fn property_case(&self) -> NameCase {
        self.property_names.unwrap_or(self.name_case)
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
