//! A synthetic docs folder in the OpenAPI Generator ruby 7.x format, for the pipeline
//! benchmark (`benches/pipeline.rs`) and its one-shot check
//! (`examples/bench_synthetic.rs`): 1,000 operations over 50 `<Name>Api.md` pages and
//! 2,000 model pages that the operations and each other reference.
//!
//! The pages copy the shape of `specs/c2m/002_94e56c8fdaca085b.txt` (title, base URL,
//! endpoint table, one `## op` section per operation with signature, ruby example
//! configuring auth, parameter table, return type, authorization and headers) and of
//! a ruby model page (`# OpenapiClient::Model7`, `## Properties` table). Content is
//! pseudo-random but fixed, so every run reads the same folder.

use std::fmt::Write as _;
use std::path::Path;

/// API pages in the folder.
pub const API_PAGES: usize = 50;
/// Operations per API page: 1,000 in all.
pub const OPS_PER_PAGE: usize = 20;
/// Model pages in the folder.
pub const MODELS: usize = 2_000;

/// A fixed-seed xorshift generator: the same folder on every run, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// What the folder holds, for reports.
#[derive(Debug, Clone, Copy, Default)]
pub struct Stats {
    pub api_pages: usize,
    pub operations: usize,
    pub model_pages: usize,
    pub files: usize,
    pub bytes: usize,
}

/// Writes the folder's pages into `dir` (created if missing).
pub fn write_docs(dir: &Path) -> std::io::Result<Stats> {
    std::fs::create_dir_all(dir)?;
    let mut stats = Stats::default();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for (name, page) in pages(&mut rng) {
        stats.files += 1;
        stats.bytes += page.len();
        std::fs::write(dir.join(name), page)?;
    }
    stats.api_pages = API_PAGES;
    stats.operations = API_PAGES * OPS_PER_PAGE;
    stats.model_pages = MODELS;
    Ok(stats)
}

fn pages(rng: &mut Rng) -> Vec<(String, String)> {
    let mut out = Vec::with_capacity(API_PAGES + MODELS);
    for p in 0..API_PAGES {
        let name = format!("{}Api", resource(p));
        out.push((format!("{name}.md"), api_page(rng, p)));
    }
    for m in 0..MODELS {
        out.push((format!("{}.md", model(m)), model_page(rng, m)));
    }
    out
}

const RESOURCE_WORDS: [&str; 10] = [
    "Account", "Invoice", "Shipment", "Catalog", "Ledger", "Device", "Report", "Ticket", "Member",
    "Asset",
];
const RESOURCE_KINDS: [&str; 5] = ["", "Group", "Event", "Setting", "Audit"];

/// `Account`, `InvoiceGroup`, ...: 50 distinct resource names.
fn resource(p: usize) -> String {
    format!(
        "{}{}",
        RESOURCE_WORDS[p % RESOURCE_WORDS.len()],
        RESOURCE_KINDS[p / RESOURCE_WORDS.len() % RESOURCE_KINDS.len()]
    )
}

fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn model(m: usize) -> String {
    format!("Model{m}")
}

/// A ruby type as the docs show it, and a ruby example value.
#[derive(Clone)]
enum Ty {
    Scalar(&'static str, &'static str),
    Model(usize),
    ModelArray(usize),
    StringArray,
    Map,
}

impl Ty {
    /// The Type column: `**String**`, `[**Model7**](Model7.md)`.
    fn cell(&self) -> String {
        match self {
            Ty::Scalar(t, _) => format!("**{t}**"),
            Ty::Model(m) => format!("[**{0}**]({0}.md)", model(*m)),
            Ty::ModelArray(m) => format!("[**Array&lt;{0}&gt;**]({0}.md)", model(*m)),
            Ty::StringArray => "**Array&lt;String&gt;**".to_string(),
            Ty::Map => "**Hash&lt;String, Object&gt;**".to_string(),
        }
    }

    /// The type in an example comment and a signature: `Model7`, `Array<Model7>`.
    fn plain(&self) -> String {
        match self {
            Ty::Scalar(t, _) => t.to_string(),
            Ty::Model(m) => model(*m),
            Ty::ModelArray(m) => format!("Array<{}>", model(*m)),
            Ty::StringArray => "Array<String>".to_string(),
            Ty::Map => "Hash<String, Object>".to_string(),
        }
    }

    fn example(&self, name: &str) -> String {
        match self {
            Ty::Scalar("String", _) => format!("'{name}_example'"),
            Ty::Scalar(_, v) => v.to_string(),
            Ty::Model(m) => format!("OpenapiClient::{}.new", model(*m)),
            Ty::ModelArray(m) => format!("[OpenapiClient::{}.new]", model(*m)),
            Ty::StringArray => format!("['{name}_example']"),
            Ty::Map => "{ key: 3.56 }".to_string(),
        }
    }
}

const SCALARS: [(&str, &str); 6] = [
    ("String", "'x'"),
    ("Integer", "56"),
    ("Float", "3.4"),
    ("Boolean", "true"),
    ("Time", "Time.parse('2013-10-20T19:20:30+01:00')"),
    ("Date", "Date.parse('2013-10-20')"),
];

const PROPERTY_WORDS: [&str; 16] = [
    "id",
    "name",
    "status",
    "created_at",
    "updated_at",
    "amount",
    "currency",
    "owner",
    "tags",
    "items",
    "parent",
    "metadata",
    "description",
    "enabled",
    "count",
    "region",
];

/// A property type for model `m`: scalars mostly, references only to models after
/// `m` (so no type contains itself), arrays of any model.
fn property_type(rng: &mut Rng, m: usize) -> Ty {
    match rng.below(10) {
        0 | 1 if m + 1 < MODELS => Ty::Model(m + 1 + rng.below(MODELS - m - 1)),
        2 => Ty::ModelArray(rng.below(MODELS)),
        3 => Ty::StringArray,
        4 => Ty::Map,
        _ => {
            let (t, v) = SCALARS[rng.below(SCALARS.len())];
            Ty::Scalar(t, v)
        }
    }
}

fn model_page(rng: &mut Rng, m: usize) -> String {
    let name = model(m);
    let mut page = format!(
        "# OpenapiClient::{name}\n\n## Properties\n\n\
         | Name | Type | Description | Notes |\n| ---- | ---- | ----------- | ----- |\n"
    );
    let count = 5 + rng.below(6);
    let mut props = Vec::with_capacity(count);
    for i in 0..count {
        let word = PROPERTY_WORDS[(m + i * 7) % PROPERTY_WORDS.len()];
        let prop = if i < PROPERTY_WORDS.len() && !props.iter().any(|(p, _)| p == word) {
            word.to_string()
        } else {
            format!("{word}_{i}")
        };
        let ty = property_type(rng, m);
        let notes = if i > 0 && rng.chance(40) {
            "[optional]"
        } else {
            ""
        };
        let desc = if rng.chance(50) {
            format!("The {} of the {}", prop.replace('_', " "), name)
        } else {
            String::new()
        };
        let _ = writeln!(page, "| **{prop}** | {} | {desc} | {notes} |", ty.cell());
        props.push((prop, ty));
    }
    let _ = write!(
        page,
        "\n## Example\n\n```ruby\nrequire 'openapi_client'\n\ninstance = OpenapiClient::{name}.new(\n"
    );
    let fields: Vec<String> = props
        .iter()
        .map(|(p, ty)| format!("  {p}: {}", ty.example(p)))
        .collect();
    let _ = write!(page, "{}\n)\n```\n\n", fields.join(",\n"));
    page
}

/// One operation of an API page.
struct Op {
    id: String,
    method: &'static str,
    path: String,
    summary: String,
    /// `(ruby name, type, description, required)`; the location follows from the
    /// path (`item_id`), the type (a model is the body) or else the query.
    params: Vec<(String, Ty, String, bool)>,
    returns: Option<Ty>,
}

fn operations(rng: &mut Rng, p: usize) -> Vec<Op> {
    let res = resource(p);
    let res_snake = snake(&res);
    let base = format!("/{}", res_snake.replace('_', "-"));
    let mut ops = Vec::with_capacity(OPS_PER_PAGE);
    for i in 0..OPS_PER_PAGE {
        let collection = format!("{base}/items{i}");
        let item = format!("{collection}/{{itemId}}");
        let body = Ty::Model(rng.below(MODELS));
        let out = Ty::Model(rng.below(MODELS));
        let id_param = (
            "item_id".to_string(),
            Ty::Scalar("String", "'x'"),
            "The item's id".to_string(),
            true,
        );
        let body_param = |ty: &Ty| {
            let Ty::Model(m) = ty else { unreachable!() };
            (
                snake(&model(*m)),
                ty.clone(),
                "The payload".to_string(),
                true,
            )
        };
        let op = match i % 5 {
            0 => Op {
                id: format!("list_{res_snake}_items{i}"),
                method: "GET",
                path: collection,
                summary: format!("List the items {i} of a {res}"),
                params: vec![
                    (
                        "limit".to_string(),
                        Ty::Scalar("Integer", "56"),
                        "How many items to return at most".to_string(),
                        false,
                    ),
                    (
                        "cursor".to_string(),
                        Ty::Scalar("String", "'x'"),
                        "Where the previous page ended".to_string(),
                        false,
                    ),
                    (
                        "tags".to_string(),
                        Ty::StringArray,
                        "Tags to filter by".to_string(),
                        false,
                    ),
                ],
                returns: Some(Ty::ModelArray(rng.below(MODELS))),
            },
            1 => Op {
                id: format!("get_{res_snake}_item{i}"),
                method: "GET",
                path: item,
                summary: format!("Get an item {i} of a {res}"),
                params: vec![id_param],
                returns: Some(out),
            },
            2 => Op {
                id: format!("create_{res_snake}_item{i}"),
                method: "POST",
                path: collection,
                summary: format!("Create an item {i} of a {res}"),
                params: vec![body_param(&body)],
                returns: Some(out),
            },
            3 => Op {
                id: format!("update_{res_snake}_item{i}"),
                method: "PUT",
                path: item,
                summary: format!("Replace an item {i} of a {res}"),
                params: vec![
                    id_param,
                    body_param(&body),
                    (
                        "dry_run".to_string(),
                        Ty::Scalar("Boolean", "true"),
                        "Validate only".to_string(),
                        false,
                    ),
                ],
                returns: Some(out),
            },
            _ => Op {
                id: format!("delete_{res_snake}_item{i}"),
                method: "DELETE",
                path: item,
                summary: format!("Delete an item {i} of a {res}"),
                params: vec![id_param],
                returns: None,
            },
        };
        ops.push(op);
    }
    ops
}

const AUTH_CONFIG: &str = "\
# setup authorization
OpenapiClient.configure do |config|
  # Configure OAuth2 access token for authorization: OAuth2
  config.access_token = 'YOUR ACCESS TOKEN'

  # Configure API key authorization: ApiKeyAuth
  config.api_key['X-API-Key'] = 'YOUR API KEY'
  # Uncomment the following line to set a prefix for the API key, e.g. 'Bearer' (defaults to nil)
  # config.api_key_prefix['X-API-Key'] = 'Bearer'
end
";

fn api_page(rng: &mut Rng, p: usize) -> String {
    let class = format!("{}Api", resource(p));
    let ops = operations(rng, p);
    let mut page = format!(
        "# OpenapiClient::{class}\n\nAll URIs are relative to *https://api.example.com/v1*\n\n\
         | Method | HTTP request | Description |\n| ------ | ------------ | ----------- |\n"
    );
    for op in &ops {
        let _ = writeln!(
            page,
            "| [**{id}**]({class}.md#{id}) | **{}** {} | {} |",
            op.method,
            op.path,
            op.summary,
            id = op.id
        );
    }
    page.push('\n');
    for op in &ops {
        op_section(&mut page, &class, op);
    }
    page
}

fn op_section(page: &mut String, class: &str, op: &Op) {
    let id = &op.id;
    let required: Vec<&(String, Ty, String, bool)> = op.params.iter().filter(|p| p.3).collect();
    let optional: Vec<&(String, Ty, String, bool)> = op.params.iter().filter(|p| !p.3).collect();
    let mut args: Vec<String> = required.iter().map(|p| p.0.clone()).collect();
    if !optional.is_empty() {
        args.push("opts".to_string());
    }
    let args = if args.is_empty() {
        String::new()
    } else {
        format!("({})", args.join(", "))
    };
    let returns = op.returns.as_ref().map(Ty::plain);
    let signature = match &returns {
        Some(t) => format!("<{t}> {id}{args}"),
        None => format!("{id}{args}"),
    };
    let _ = write!(
        page,
        "\n## {id}\n\n> {signature}\n\n{summary}\n\n{summary} (synthetic operation).\n\n\
         ### Examples\n\n```ruby\nrequire 'time'\nrequire 'openapi_client'\n{AUTH_CONFIG}\n\
         api_instance = OpenapiClient::{class}.new\n",
        summary = op.summary
    );
    for (name, ty, desc, _) in &required {
        let _ = writeln!(
            page,
            "{name} = {} # {} | {desc}",
            ty.example(name),
            ty.plain()
        );
    }
    if !optional.is_empty() {
        page.push_str("opts = {\n");
        for (n, (name, ty, desc, _)) in optional.iter().enumerate() {
            let comma = if n + 1 < optional.len() { "," } else { "" };
            let _ = writeln!(
                page,
                "  {name}: {}{comma} # {} | {desc}",
                ty.example(name),
                ty.plain()
            );
        }
        page.push_str("}\n");
    }
    let call = format!("api_instance.{id}{args}");
    let (result, print) = if returns.is_some() {
        (format!("result = {call}"), "\n  p result")
    } else {
        (call, "")
    };
    let _ = write!(
        page,
        "\nbegin\n  # {summary}\n  {result}{print}\nrescue OpenapiClient::ApiError => e\n  \
         puts \"Error when calling {class}->{id}: #{{e}}\"\nend\n```\n\n",
        summary = op.summary
    );
    let data = returns
        .as_ref()
        .map_or("nil".to_string(), |t| format!("<{t}>"));
    let response = if returns.is_some() {
        "the response data"
    } else {
        "the response data (`nil` in this case)"
    };
    let _ = write!(
        page,
        "#### Using the {id}_with_http_info variant\n\n\
         This returns an Array which contains {response}, status code and headers.\n\n\
         > <Array({array}, Integer, Hash)> {id}_with_http_info{args}\n\n\
         ```ruby\nbegin\n  # {summary}\n  data, status_code, headers = api_instance.{id}_with_http_info{args}\n  \
         p status_code # => 2xx\n  p headers # => {{ ... }}\n  p data # => {data}\n\
         rescue OpenapiClient::ApiError => e\n  \
         puts \"Error when calling {class}->{id}_with_http_info: #{{e}}\"\nend\n```\n\n",
        array = returns.as_ref().map_or("nil".to_string(), |t| format!("<{t}>")),
        summary = op.summary
    );
    page.push_str(
        "### Parameters\n\n| Name | Type | Description | Notes |\n| ---- | ---- | ----------- | ----- |\n",
    );
    for (name, ty, desc, required) in &op.params {
        let notes = if *required { "" } else { "[optional]" };
        let _ = writeln!(page, "| **{name}** | {} | {desc} | {notes} |", ty.cell());
    }
    let return_type = op
        .returns
        .as_ref()
        .map_or("nil (empty response body)".to_string(), Ty::cell);
    let content_type = if op.params.iter().any(|p| matches!(p.1, Ty::Model(_))) {
        "application/json"
    } else {
        "Not defined"
    };
    let _ = write!(
        page,
        "\n### Return type\n\n{return_type}\n\n### Authorization\n\n\
         [OAuth2](../README.md#OAuth2), [ApiKeyAuth](../README.md#ApiKeyAuth)\n\n\
         ### HTTP request headers\n\n- **Content-Type**: {content_type}\n\
         - **Accept**: application/json\n\n"
    );
}
