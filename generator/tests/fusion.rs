//! Fusion of one API's docs in two languages (tests/fixtures): a fact one states
//! beats the same fact the other only infers, and a finer type refines a coarser one.
//!
//! The second half fuses three dialect pairs (java + ruby, csharp + python,
//! typescript-axios + go) on every fixture spec, in both orders, and checks the
//! result against the spec the docs were generated from (`openapi.yaml`).

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use serde_yaml::Value;

use mdclient::spec::{Operation, ParamLocation, Spec, TypeRef};
use mdclient::{read_docs_with, ReadOptions, Warning};

fn fixture(spec: &str, flavour: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(spec)
        .join(flavour)
}

fn fused(spec: &str, a: &str, b: &str) -> (Spec, Vec<mdclient::Warning>) {
    let options = ReadOptions {
        name: Some(spec.into()),
        ..ReadOptions::default()
    };
    let r = read_docs_with(&[fixture(spec, a), fixture(spec, b)], &options).unwrap();
    (r.spec, r.warnings)
}

fn param<'a>(spec: &'a Spec, op_path: &str, name: &str) -> &'a mdclient::spec::Param {
    spec.apis
        .iter()
        .flat_map(|a| &a.operations)
        .filter(|o| o.path == op_path && o.method == "GET")
        .flat_map(|o| &o.params)
        .find(|p| p.wire_name == name)
        .unwrap_or_else(|| panic!("no param {name} on GET {op_path}"))
}

#[test]
fn ruby_and_java_give_formats_and_enums_ruby_lacks() {
    let (ruby, _) = (
        read_docs_with(
            &[fixture("billing", "ruby-7.26.0")],
            &ReadOptions::default(),
        )
        .unwrap()
        .spec,
        (),
    );
    assert_eq!(
        param(&ruby, "/accounts", "page").ty,
        TypeRef::Integer,
        "ruby says Integer"
    );
    assert!(ruby.models["Payment"]
        .properties
        .iter()
        .all(|p| p.enum_values.is_empty()));

    let (spec, warnings) = fused("billing", "ruby-7.26.0", "java-7.26.0");
    assert!(
        warnings.iter().all(|w| !w.message.contains("conflict")),
        "{warnings:?}"
    );
    assert_eq!(
        param(&spec, "/accounts", "page").ty,
        TypeRef::Int32,
        "java's Integer is an int32"
    );
    let payment = &spec.models["Payment"];
    let id = payment.properties.iter().find(|p| p.name == "id").unwrap();
    assert_eq!(id.ty, TypeRef::Uuid);
    let method = payment
        .properties
        .iter()
        .find(|p| p.name == "method")
        .unwrap();
    assert_eq!(method.enum_values, ["card", "bank_transfer", "cash"]);
    // Both only infer the JSON name of `invoice_id`; the first input's guess is kept.
    let invoice = payment
        .properties
        .iter()
        .find(|p| p.name == "invoice_id")
        .unwrap();
    assert_eq!(invoice.wire_name, "invoice_id");
}

#[test]
fn python6_states_the_json_names_ruby_only_guesses() {
    let (spec, warnings) = fused("petstore_plus", "ruby-7.26.0", "python-6.6.0");
    assert!(
        warnings.iter().all(|w| !w.message.contains("conflict")),
        "{warnings:?}"
    );
    let photo = spec.models["NewPet"]
        .properties
        .iter()
        .find(|p| p.name == "photo_urls")
        .unwrap();
    assert_eq!(photo.wire_name, "photoUrls");
    assert!(
        !photo.inferred.contains_key("wire_name"),
        "{:?}",
        photo.inferred
    );
    // python 6.x states statuses ruby leaves to a 2XX guess.
    let get = spec
        .apis
        .iter()
        .flat_map(|a| &a.operations)
        .find(|o| o.path == "/pets/{petId}" && o.method == "GET")
        .unwrap();
    let statuses: Vec<&str> = get.responses.iter().map(|r| r.status.as_str()).collect();
    assert!(
        statuses.contains(&"200") && statuses.contains(&"404"),
        "{statuses:?}"
    );
}

#[test]
fn a_real_disagreement_is_reported_with_both_places() {
    // A second SDK whose docs state another type for `page`: both state it, so it
    // is a conflict naming both files, and the first input's fact is kept.
    let original = fixture("billing", "ruby-7.26.0");
    let copy = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("fusion-conflict/ruby");
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(copy.join("docs")).unwrap();
    for entry in std::fs::read_dir(original.join("docs")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.replace("| **page** | **Integer** |", "| **page** | **String** |");
        std::fs::write(copy.join("docs").join(path.file_name().unwrap()), text).unwrap();
    }
    let options = ReadOptions::default();
    let r = read_docs_with(&[original, copy], &options).unwrap();
    let conflict = r
        .warnings
        .iter()
        .find(|w| w.message.contains("params.page.type"))
        .unwrap_or_else(|| panic!("{:?}", r.warnings));
    assert!(conflict.at.file.contains("fusion-conflict"), "{conflict}");
    assert!(
        conflict.message.contains("ruby-7.26.0/docs/AccountsApi.md"),
        "{conflict}"
    );
    assert_eq!(param(&r.spec, "/accounts", "page").ty, TypeRef::Integer);
}

// ---------------------------------------------------------------------------------
// Fusion across dialects, checked against the OpenAPI document the fixtures were
// generated from (tests/fixtures/<spec>/openapi.yaml).

/// Dialect pairs: in each, one side states facts the other drops or only guesses.
const PAIRS: [(&str, &str); 3] = [
    ("java-7.26.0", "ruby-7.26.0"),
    ("csharp-7.26.0", "python-7.26.0"),
    ("typescript-axios-7.26.0", "go-7.26.0"),
];
const SPECS: [&str; 3] = ["billing", "petstore_plus", "kitchen"];

/// Reads (and fuses) fixture folders of `spec`; each combination is read once per
/// test run, as most tests go through the same ones.
fn read(spec: &str, flavours: &[&str]) -> (Spec, Vec<Warning>) {
    type Cache = Mutex<HashMap<Vec<String>, (Spec, Vec<Warning>)>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Cache::default);
    let id: Vec<String> = std::iter::once(spec)
        .chain(flavours.iter().copied())
        .map(str::to_string)
        .collect();
    if let Some(hit) = cache.lock().unwrap().get(&id) {
        return hit.clone();
    }
    let inputs: Vec<PathBuf> = flavours.iter().map(|f| fixture(spec, f)).collect();
    let options = ReadOptions {
        name: Some(spec.into()),
        ..ReadOptions::default()
    };
    let r =
        read_docs_with(&inputs, &options).unwrap_or_else(|e| panic!("{spec} {flavours:?}: {e}"));
    let read = (r.spec, r.warnings);
    cache.lock().unwrap().insert(id, read.clone());
    read
}

/// The fact paths of the conflicts among `warnings`, lower-cased and without
/// separators (`models.invoice.properties.signature.type`), as the two orders of
/// one pair spell names differently.
fn conflicts(warnings: &[Warning]) -> BTreeSet<String> {
    warnings
        .iter()
        .filter_map(|w| w.message.strip_prefix("conflict on `"))
        .map(|rest| {
            let path = rest.split('`').next().unwrap_or_default();
            path.split('.').map(norm).collect::<Vec<_>>().join(".")
        })
        .collect()
}

/// A name lower-cased, without separators: how fusion pairs names.
fn norm(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn openapi(spec: &str) -> Value {
    let text = std::fs::read_to_string(fixture(spec, "openapi.yaml")).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    let mut node = node;
    while let Some(target) = node.get("$ref").and_then(Value::as_str) {
        node = target
            .trim_start_matches("#/")
            .split('/')
            .fold(root, |n, key| &n[key]);
    }
    node
}

fn key(k: &Value) -> String {
    k.as_str()
        .map(str::to_string)
        .or_else(|| k.as_u64().map(|n| n.to_string()))
        .unwrap_or_else(|| panic!("unexpected key {k:?}"))
}

/// One operation of openapi.yaml.
struct SourceOp<'a> {
    method: String,
    path: String,
    op: &'a Value,
    /// Path-level and operation-level parameters, resolved.
    params: Vec<&'a Value>,
}

impl SourceOp<'_> {
    fn statuses(&self) -> BTreeSet<String> {
        self.op["responses"]
            .as_mapping()
            .map(|m| m.keys().map(key).collect())
            .unwrap_or_default()
    }
}

fn source_operations(root: &Value) -> Vec<SourceOp<'_>> {
    let mut ops = Vec::new();
    for (path, item) in root["paths"].as_mapping().unwrap() {
        let shared = item["parameters"]
            .as_sequence()
            .map_or(&[][..], Vec::as_slice);
        for (method, op) in item.as_mapping().unwrap() {
            let method = key(method);
            if method == "parameters" {
                continue;
            }
            let own = op["parameters"]
                .as_sequence()
                .map_or(&[][..], Vec::as_slice);
            let mut params: Vec<&Value> = Vec::new();
            for p in own.iter().chain(shared).map(|p| resolve(root, p)) {
                // An operation's parameter overrides the path's one of the same name.
                if !params
                    .iter()
                    .any(|q| q["name"] == p["name"] && q["in"] == p["in"])
                {
                    params.push(p);
                }
            }
            ops.push(SourceOp {
                method: method.to_ascii_uppercase(),
                path: key(path),
                op,
                params,
            });
        }
    }
    ops
}

/// The language-neutral type of a schema, as mdclient spells it.
fn source_type(schema: &Value) -> TypeRef {
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        return TypeRef::Model(target.rsplit('/').next().unwrap().to_string());
    }
    let format = schema["format"].as_str().unwrap_or_default();
    match schema["type"].as_str().unwrap_or_default() {
        "integer" => match format {
            "int32" => TypeRef::Int32,
            "int64" => TypeRef::Int64,
            _ => TypeRef::Integer,
        },
        "number" => match format {
            "float" => TypeRef::Float,
            "double" => TypeRef::Double,
            _ => TypeRef::Number,
        },
        "string" => match format {
            "date" => TypeRef::Date,
            "date-time" => TypeRef::DateTime,
            "uuid" => TypeRef::Uuid,
            "uri" => TypeRef::Uri,
            "byte" => TypeRef::Byte,
            "binary" => TypeRef::Binary,
            _ => TypeRef::String,
        },
        "boolean" => TypeRef::Boolean,
        "array" => TypeRef::Array(Box::new(source_type(&schema["items"]))),
        "object" if schema["additionalProperties"].is_mapping() => {
            TypeRef::Map(Box::new(source_type(&schema["additionalProperties"])))
        }
        _ => TypeRef::Any,
    }
}

/// Inline enum values of a schema (not of a referenced enum model).
fn source_enum(schema: &Value) -> Vec<String> {
    schema["enum"]
        .as_sequence()
        .map(|values| values.iter().map(key).collect())
        .unwrap_or_default()
}

/// The properties of an object schema, `allOf` parents included.
fn source_properties<'a>(root: &'a Value, schema: &'a Value) -> Vec<(String, &'a Value)> {
    let schema = resolve(root, schema);
    let mut props: Vec<(String, &Value)> = Vec::new();
    for part in schema["allOf"].as_sequence().into_iter().flatten() {
        props.extend(source_properties(root, part));
    }
    if let Some(own) = schema["properties"].as_mapping() {
        props.extend(own.iter().map(|(k, v)| (key(k), v)));
    }
    props
}

/// Pairs a recovered item with a source one: same wire name ignoring case and
/// separators; when several source names fit (`id`, `ID`), the exact wire name,
/// else the exact shown name.
fn pick<'a, T>(
    candidates: &'a [(String, T)],
    wire_name: &str,
    shown: &str,
) -> Option<&'a (String, T)> {
    let fits: Vec<&(String, T)> = candidates
        .iter()
        .filter(|(n, _)| norm(n) == norm(wire_name))
        .collect();
    match fits[..] {
        [] => None,
        [one] => Some(one),
        _ => fits
            .iter()
            .find(|(n, _)| n == wire_name)
            .or_else(|| fits.iter().find(|(n, _)| n == shown))
            .copied(),
    }
}

/// One recovered parameter, form field or model property next to the source's.
#[derive(Debug)]
struct Fact {
    /// Names the item as the source does, whatever the docs call it:
    /// `GET /pets param limit`, `model Pet property photoUrls`.
    at: String,
    /// Where a conflict on its type is reported (`models.pet.properties.id.type`,
    /// normalized as by [`conflicts`]).
    type_path: String,
    ty: TypeRef,
    source_ty: TypeRef,
    enum_values: Vec<String>,
    source_enum: Vec<String>,
    wire_name: String,
    /// Whether the wire name is still marked as a guess.
    wire_inferred: bool,
    source_wire_name: String,
}

fn fuse_path(parts: &[&str]) -> String {
    parts.iter().map(|p| norm(p)).collect::<Vec<_>>().join(".")
}

/// Every parameter, form field and model property of `spec` that the source also
/// has.
fn facts(spec: &Spec, root: &Value) -> Vec<Fact> {
    let sources = source_operations(root);
    let mut out = Vec::new();
    for api in &spec.apis {
        for op in &api.operations {
            let Some(source) = sources
                .iter()
                .find(|s| s.method == op.method && s.path == op.path)
            else {
                continue;
            };
            for p in &op.params {
                let same_place: Vec<(String, &Value)> = source
                    .params
                    .iter()
                    .filter(|s| s["in"].as_str() == Some(p.location.as_str()))
                    .map(|s| (key(&s["name"]), *s))
                    .collect();
                if let Some((name, s)) = pick(&same_place, &p.wire_name, &p.name) {
                    out.push(Fact {
                        at: format!("{} {} param {name}", op.method, op.path),
                        type_path: fuse_path(&[
                            "apis",
                            &api.name,
                            "operations",
                            &op.id,
                            "params",
                            &p.name,
                            "type",
                        ]),
                        ty: p.ty.clone(),
                        source_ty: source_type(&s["schema"]),
                        enum_values: p.enum_values.clone(),
                        source_enum: source_enum(&s["schema"]),
                        wire_name: p.wire_name.clone(),
                        wire_inferred: p.inferred.contains_key("wire_name"),
                        source_wire_name: name.clone(),
                    });
                }
            }
            let Some(body) = &op.body else { continue };
            let content = &source.op["requestBody"]["content"][body.media_type.as_str()];
            let fields = source_properties(root, &content["schema"]);
            for f in &body.fields {
                if let Some((name, s)) = pick(&fields, &f.wire_name, &f.name) {
                    out.push(Fact {
                        at: format!("{} {} field {name}", op.method, op.path),
                        type_path: fuse_path(&[
                            "apis",
                            &api.name,
                            "operations",
                            &op.id,
                            "body",
                            "fields",
                            &f.name,
                            "type",
                        ]),
                        ty: f.ty.clone(),
                        source_ty: source_type(s),
                        enum_values: Vec::new(),
                        source_enum: Vec::new(),
                        wire_name: f.wire_name.clone(),
                        wire_inferred: f.inferred.contains_key("wire_name"),
                        source_wire_name: name.clone(),
                    });
                }
            }
        }
    }
    let schemas = &root["components"]["schemas"];
    for (model_name, model) in &spec.models {
        if schemas.get(model_name.as_str()).is_none() {
            continue;
        }
        let props = source_properties(root, &schemas[model_name.as_str()]);
        for p in &model.properties {
            if let Some((name, s)) = pick(&props, &p.wire_name, &p.name) {
                out.push(Fact {
                    at: format!("model {model_name} property {name}"),
                    type_path: fuse_path(&["models", model_name, "properties", &p.name, "type"]),
                    ty: p.ty.clone(),
                    source_ty: source_type(s),
                    enum_values: p.enum_values.clone(),
                    source_enum: source_enum(s),
                    wire_name: p.wire_name.clone(),
                    wire_inferred: p.inferred.contains_key("wire_name"),
                    source_wire_name: name.clone(),
                });
            }
        }
    }
    out
}

fn operations(spec: &Spec) -> impl Iterator<Item = &Operation> {
    spec.apis.iter().flat_map(|a| &a.operations)
}

fn method_paths(spec: &Spec) -> Vec<(String, String)> {
    let mut ops: Vec<(String, String)> = operations(spec)
        .map(|o| (o.method.clone(), o.path.clone()))
        .collect();
    ops.sort();
    ops
}

fn source_schemas(root: &Value) -> BTreeSet<String> {
    root["components"]["schemas"]
        .as_mapping()
        .unwrap()
        .keys()
        .map(key)
        .collect()
}

/// Every (spec, first input, second input) fused below: each pair in both orders.
fn combinations() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut all = Vec::new();
    for spec in SPECS {
        for (a, b) in PAIRS {
            all.push((spec, a, b));
            all.push((spec, b, a));
        }
    }
    all
}

#[test]
fn each_source_operation_is_fused_exactly_once() {
    for spec in SPECS {
        let root = openapi(spec);
        let mut expected: Vec<(String, String)> = source_operations(&root)
            .iter()
            .map(|s| (s.method.clone(), s.path.clone()))
            .collect();
        expected.sort();
        for (a, b) in PAIRS {
            // Each input alone already has them all: fusion must pair them up, not
            // add the second input's copies.
            for one in [a, b] {
                assert_eq!(
                    method_paths(&read(spec, &[one]).0),
                    expected,
                    "{spec} {one}"
                );
            }
            for order in [[a, b], [b, a]] {
                let (fused, _) = read(spec, &order);
                assert_eq!(method_paths(&fused), expected, "{spec} {order:?}");
                // One API class per tag, whichever spelling (`AccountsApi`, `AccountsAPI`).
                let apis: BTreeSet<String> = fused.apis.iter().map(|a| norm(&a.name)).collect();
                assert_eq!(apis.len(), fused.apis.len(), "{spec} {order:?}");
                let first = read(spec, &order[..1]).0;
                assert_eq!(apis.len(), first.apis.len(), "{spec} {order:?}");
            }
        }
    }
}

#[test]
fn every_source_model_survives_fusion() {
    // java names `ApiResponse` `ModelApiResponse` and typescript names `Error`
    // `ModelError`: the other input of the pair brings the source's name back.
    for (spec, a, b) in combinations() {
        let root = openapi(spec);
        let (fused, _) = read(spec, &[a, b]);
        let models: BTreeSet<String> = fused.models.keys().cloned().collect();
        let schemas = source_schemas(&root);
        let missing: Vec<&String> = schemas.difference(&models).collect();
        assert!(missing.is_empty(), "{spec} {a}+{b}: {missing:?}");
        for model in &schemas {
            assert!(fused.models[model].documented, "{spec} {a}+{b}: {model}");
        }
    }
}

#[test]
fn both_orders_give_the_same_operations_apis_and_models() {
    for spec in SPECS {
        for (a, b) in PAIRS {
            let (ab, _) = read(spec, &[a, b]);
            let (ba, _) = read(spec, &[b, a]);
            assert_eq!(method_paths(&ab), method_paths(&ba), "{spec} {a}/{b}");
            let apis =
                |s: &Spec| -> BTreeSet<String> { s.apis.iter().map(|a| norm(&a.name)).collect() };
            assert_eq!(apis(&ab), apis(&ba), "{spec} {a}/{b}");
            assert!(ab.models.keys().eq(ba.models.keys()), "{spec} {a}/{b}");
            // An operation's parameters, by where they travel and their name.
            let params = |o: &Operation| -> BTreeSet<(ParamLocation, String)> {
                o.params
                    .iter()
                    .map(|p| (p.location, norm(&p.wire_name)))
                    .collect()
            };
            for x in operations(&ab) {
                let y = operations(&ba)
                    .find(|o| o.method == x.method && o.path == x.path)
                    .unwrap();
                assert_eq!(
                    params(x),
                    params(y),
                    "{spec} {a}/{b}: {} {}",
                    x.method,
                    x.path
                );
            }
        }
    }
}

#[test]
fn the_finer_type_one_input_states_wins_in_either_order() {
    // java and csharp state formats (int32, int64, float, double, uuid, date,
    // byte); ruby and python drop most of them. Where both inputs have an item,
    // the fused type is the source's, unless the two really disagree, and then a
    // conflict says so.
    for (spec, a, b) in combinations() {
        let coarse = if [a, b].contains(&"ruby-7.26.0") {
            "ruby-7.26.0"
        } else if [a, b].contains(&"python-7.26.0") {
            "python-7.26.0"
        } else {
            continue; // typescript + go: see integer_formats_refine_a_typescript_number
        };
        let root = openapi(spec);
        let alone_a = facts(&read(spec, &[a]).0, &root);
        let alone_b = facts(&read(spec, &[b]).0, &root);
        let both: BTreeSet<&str> = alone_a
            .iter()
            .map(|f| f.at.as_str())
            .filter(|at| alone_b.iter().any(|g| g.at == *at))
            .collect();
        let coarse_alone = if coarse == a { &alone_a } else { &alone_b };
        let (fused, warnings) = read(spec, &[a, b]);
        let conflicts = conflicts(&warnings);
        let fused = facts(&fused, &root);
        let mut checked = 0;
        let mut refined = 0;
        for f in fused.iter().filter(|f| both.contains(f.at.as_str())) {
            checked += 1;
            // Only the JVM dialects spell `uri` (java's `URI`): a pair without one
            // states a plain string.
            let unstated_uri = f.source_ty == TypeRef::Uri && f.ty == TypeRef::String;
            assert!(
                f.ty == f.source_ty || unstated_uri || conflicts.contains(&f.type_path),
                "{spec} {a}+{b}: {} is {}, the source says {}; conflicts {conflicts:?}",
                f.at,
                f.ty,
                f.source_ty
            );
            let before = coarse_alone.iter().find(|g| g.at == f.at).unwrap();
            if before.ty != f.source_ty && f.ty == f.source_ty {
                refined += 1;
            }
        }
        assert!(checked >= 40, "{spec} {a}+{b}: only {checked} shared items");
        assert!(
            refined >= 10,
            "{spec} {a}+{b}: only {refined} of {coarse}'s types refined"
        );
    }
}

#[test]
fn java_brings_the_inline_enums_ruby_drops() {
    for spec in SPECS {
        let root = openapi(spec);
        let ruby = facts(&read(spec, &["ruby-7.26.0"]).0, &root);
        let dropped = ruby
            .iter()
            .filter(|f| !f.source_enum.is_empty() && f.enum_values != f.source_enum)
            .count();
        assert!(dropped > 0, "{spec}: ruby lists every inline enum");
        for order in [
            ["java-7.26.0", "ruby-7.26.0"],
            ["ruby-7.26.0", "java-7.26.0"],
        ] {
            let fused = facts(&read(spec, &order).0, &root);
            let enums: Vec<&Fact> = fused.iter().filter(|f| !f.source_enum.is_empty()).collect();
            assert!(!enums.is_empty(), "{spec} {order:?}");
            for f in enums {
                assert_eq!(f.enum_values, f.source_enum, "{spec} {order:?}: {}", f.at);
            }
        }
    }
}

/// Pairs where the first states response codes and the second does not (its docs
/// list none, so it guesses `2XX`), with python + go as the brief's example.
const STATUS_PAIRS: [(&str, &str); 3] = [
    ("java-7.26.0", "ruby-7.26.0"),
    ("typescript-axios-7.26.0", "go-7.26.0"),
    ("python-7.26.0", "go-7.26.0"),
];

#[test]
fn response_codes_one_input_states_survive_fusion() {
    for spec in SPECS {
        let root = openapi(spec);
        let sources = source_operations(&root);
        for (stating, guessing) in STATUS_PAIRS {
            let (alone, _) = read(spec, &[guessing]);
            for op in operations(&alone) {
                let statuses: Vec<&str> = op.responses.iter().map(|r| r.status.as_str()).collect();
                assert_eq!(
                    statuses,
                    ["2XX"],
                    "{spec} {guessing}: {} {}",
                    op.method,
                    op.path
                );
                assert!(op.responses[0].inferred.contains_key("status"));
            }
            for order in [[stating, guessing], [guessing, stating]] {
                let (fused, _) = read(spec, &order);
                for source in &sources {
                    let op = operations(&fused)
                        .find(|o| o.method == source.method && o.path == source.path)
                        .unwrap();
                    let got: BTreeSet<String> =
                        op.responses.iter().map(|r| r.status.clone()).collect();
                    let expected = source.statuses();
                    let missing: Vec<&String> = expected.difference(&got).collect();
                    assert!(
                        missing.is_empty(),
                        "{spec} {order:?}: {} {} lacks {missing:?}",
                        op.method,
                        op.path
                    );
                    for r in op.responses.iter().filter(|r| r.status != "2XX") {
                        assert!(
                            r.inferred.is_empty(),
                            "{spec} {order:?}: {} {} {}",
                            op.method,
                            op.path,
                            r.status
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn an_inferred_2xx_gives_way_to_stated_response_codes() {
    for spec in SPECS {
        let root = openapi(spec);
        let sources = source_operations(&root);
        for (stating, guessing) in STATUS_PAIRS {
            for order in [[stating, guessing], [guessing, stating]] {
                let (fused, _) = read(spec, &order);
                for source in &sources {
                    let op = operations(&fused)
                        .find(|o| o.method == source.method && o.path == source.path)
                        .unwrap();
                    let got: BTreeSet<String> =
                        op.responses.iter().map(|r| r.status.clone()).collect();
                    assert_eq!(
                        got,
                        source.statuses(),
                        "{spec} {order:?}: {} {}",
                        op.method,
                        op.path
                    );
                }
            }
        }
    }
}

#[test]
fn a_stated_wire_name_wins_in_either_order() {
    // Neither side of any pair states JSON property names (each shows its own
    // spelling), but a path parameter spelled as in the path template is stated:
    // java states `{accountId}`, ruby `{invoice_id}`.
    let mut gained = 0;
    for (spec, a, b) in combinations() {
        let root = openapi(spec);
        let stated = |f: &&Fact| !f.wire_inferred;
        let alone_a = facts(&read(spec, &[a]).0, &root);
        let alone_b = facts(&read(spec, &[b]).0, &root);
        let fused = facts(&read(spec, &[a, b]).0, &root);
        let fused_stated: BTreeSet<&str> =
            fused.iter().filter(stated).map(|f| f.at.as_str()).collect();
        for f in alone_a.iter().chain(&alone_b).filter(stated) {
            assert!(
                fused_stated.contains(f.at.as_str()),
                "{spec} {a}+{b}: {} no longer stated",
                f.at
            );
        }
        gained += alone_b
            .iter()
            .filter(stated)
            .filter(|f| !alone_a.iter().filter(stated).any(|g| g.at == f.at))
            .count();
        for f in &fused {
            // A stated name is the source's; a wrong one is still flagged as a guess.
            assert!(
                f.wire_name == f.source_wire_name || f.wire_inferred,
                "{spec} {a}+{b}: {} is stated as `{}`",
                f.at,
                f.wire_name
            );
        }
    }
    assert!(gained > 0);
    let (spec, _) = fused("billing", "java-7.26.0", "ruby-7.26.0");
    let void = operations(&spec)
        .find(|o| o.path == "/invoices/{invoice_id}/void")
        .unwrap();
    assert_eq!(void.params[0].wire_name, "invoice_id");
    assert!(
        !void.params[0].inferred.contains_key("wire_name"),
        "{:?}",
        void.params[0].inferred
    );
}

#[test]
fn agreeing_inputs_report_no_conflict() {
    for spec in ["billing", "petstore_plus", "kitchen"] {
        for order in [
            ["java-7.26.0", "ruby-7.26.0"],
            ["ruby-7.26.0", "java-7.26.0"],
        ] {
            let (_, warnings) = read(spec, &order);
            assert_eq!(conflicts(&warnings), BTreeSet::new(), "{spec} {order:?}");
        }
    }
    // csharp and python agree on everything but the byte format: python shows both
    // `format: byte` and `format: binary` as `bytearray`.
    let expected = [
        ("billing", &["models.invoice.properties.signature.type"][..]),
        ("petstore_plus", &[][..]),
        ("kitchen", &["models.thing.properties.checksum.type"][..]),
    ];
    for (spec, expected) in expected {
        for order in [
            ["csharp-7.26.0", "python-7.26.0"],
            ["python-7.26.0", "csharp-7.26.0"],
        ] {
            let (_, warnings) = read(spec, &order);
            let got: BTreeSet<String> = conflicts(&warnings).into_iter().collect();
            let expected: BTreeSet<String> = expected.iter().map(|c| c.to_string()).collect();
            assert_eq!(got, expected, "{spec} {order:?}");
        }
    }
}

#[test]
fn integer_formats_refine_a_typescript_number() {
    for spec in SPECS {
        let root = openapi(spec);
        let ts = facts(&read(spec, &["typescript-axios-7.26.0"]).0, &root);
        assert!(ts
            .iter()
            .any(|f| f.ty == TypeRef::Number && f.source_ty == TypeRef::Int64));
        for order in [
            ["typescript-axios-7.26.0", "go-7.26.0"],
            ["go-7.26.0", "typescript-axios-7.26.0"],
        ] {
            let (fused, warnings) = read(spec, &order);
            let type_conflicts: Vec<String> = conflicts(&warnings)
                .into_iter()
                .filter(|c| c.starts_with("models.") && c.ends_with(".type"))
                // kitchen's `id`/`ID`: names_differing_only_in_case_pair_exactly
                .filter(|c| c != "models.thing.properties.id.type")
                .collect();
            assert!(
                type_conflicts.is_empty(),
                "{spec} {order:?}: {type_conflicts:?}"
            );
            for f in facts(&fused, &root) {
                if f.at.starts_with("model ")
                    && matches!(f.source_ty, TypeRef::Int32 | TypeRef::Int64)
                {
                    assert_eq!(f.ty, f.source_ty, "{spec} {order:?}: {}", f.at);
                }
            }
        }
    }
}

#[test]
fn keyword_escaped_names_pair_with_the_plain_ones() {
    for (spec, a, b) in combinations() {
        let (fused, _) = read(spec, &[a, b]);
        for op in operations(&fused) {
            let mut seen = BTreeSet::new();
            for p in &op.params {
                let name = if p.location == ParamLocation::Header {
                    p.wire_name.to_ascii_lowercase()
                } else {
                    p.wire_name.clone()
                };
                assert!(
                    seen.insert((p.location, name)),
                    "{spec} {a}+{b}: {} {} has two `{}`",
                    op.method,
                    op.path,
                    p.wire_name
                );
            }
            if let Some(body) = &op.body {
                let mut seen = BTreeSet::new();
                for f in &body.fields {
                    assert!(
                        seen.insert(&f.wire_name),
                        "{spec} {a}+{b}: {} {} has two fields `{}`",
                        op.method,
                        op.path,
                        f.wire_name
                    );
                }
            }
        }
        for (name, model) in &fused.models {
            let mut seen = BTreeSet::new();
            for p in &model.properties {
                assert!(
                    seen.insert(&p.wire_name),
                    "{spec} {a}+{b}: {name} has two `{}`",
                    p.wire_name
                );
            }
        }
    }
}

#[test]
fn names_differing_only_in_case_pair_exactly() {
    // kitchen's Thing has `id` (int64, read-only) and `ID` (string). java, csharp,
    // typescript and go show both; ruby and python show `id` twice and keep one.
    for (a, b) in PAIRS {
        for order in [[a, b], [b, a]] {
            let (fused, warnings) = read("kitchen", &order);
            let conflicts = conflicts(&warnings);
            assert!(
                !conflicts.contains("models.thing.properties.id.type"),
                "{order:?}: {conflicts:?}"
            );
            let thing = &fused.models["Thing"];
            let id = thing
                .properties
                .iter()
                .find(|p| p.wire_name == "id")
                .unwrap();
            assert!(id.read_only, "{order:?}");
            if a != "typescript-axios-7.26.0" {
                // typescript's `number`: integer_formats_refine_a_typescript_number
                assert_eq!(id.ty, TypeRef::Int64, "{order:?}");
            }
            assert!(
                thing
                    .properties
                    .iter()
                    .any(|p| p.name == "ID" && p.ty == TypeRef::String),
                "{order:?}: {:?}",
                thing.properties.iter().map(|p| &p.name).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn an_enum_default_spelled_as_a_constant_is_no_conflict() {
    for (a, b) in [
        ("csharp-7.26.0", "python-7.26.0"),
        ("typescript-axios-7.26.0", "go-7.26.0"),
    ] {
        for order in [[a, b], [b, a]] {
            let (fused, warnings) = read("petstore_plus", &order);
            let defaults: Vec<String> = conflicts(&warnings)
                .into_iter()
                .filter(|c| c.ends_with(".default"))
                .collect();
            assert!(defaults.is_empty(), "{order:?}: {defaults:?}");
            let status = fused.models["Order"]
                .properties
                .iter()
                .find(|p| p.wire_name == "status")
                .unwrap();
            assert_eq!(
                status
                    .default
                    .as_deref()
                    .map(|d| d.trim_matches(['\'', '"'])),
                Some("placed"),
                "{order:?}"
            );
        }
    }
}

#[test]
fn the_fused_models_are_the_source_schemas() {
    for (spec, a, b) in combinations() {
        let root = openapi(spec);
        let (fused, _) = read(spec, &[a, b]);
        let models: BTreeSet<String> = fused.models.keys().cloned().collect();
        assert_eq!(models, source_schemas(&root), "{spec} {a}+{b}");
    }
}
