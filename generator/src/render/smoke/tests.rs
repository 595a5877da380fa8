//! Unit tests of the smoke-test planner: samples, expected paths and texts.

use super::*;
use crate::render::view::base_path;
use crate::spec::{Model, Property, Source};

fn property(name: &str, ty: &str, required: bool) -> Property {
    Property {
        name: name.to_string(),
        wire_name: name.to_string(),
        ty: TypeRef::parse(ty).unwrap_or(TypeRef::Any),
        required,
        nullable: false,
        read_only: false,
        description: None,
        default: None,
        enum_values: Vec::new(),
        source: Source::default(),
        inferred: Default::default(),
    }
}

fn model(properties: Vec<Property>) -> Model {
    Model {
        documented: true,
        properties,
        ..Model::undocumented(Source::default())
    }
}

fn sample(models: &BTreeMap<String, Model>, ty: &str) -> (String, Vec<String>) {
    let mut gaps = Vec::new();
    let ty = TypeRef::parse(ty).unwrap_or(TypeRef::Any);
    let value = Sampler {
        models,
        valid: false,
    }
    .value(&ty, "v", 0, &mut gaps);
    (value.to_json(), gaps)
}

fn models() -> BTreeMap<String, Model> {
    let mut models = BTreeMap::new();
    let mut status = model(Vec::new());
    status.enum_values = vec!["available".to_string(), "sold".to_string()];
    models.insert("Status".to_string(), status);
    models.insert(
        "Pet".to_string(),
        model(vec![
            property("id", "int64", false),
            property("name", "string", true),
            property("weight", "float", true),
            property("status", "Status", true),
            property("tags", "array<string>", true),
            property("owner", "Pet", false),
        ]),
    );
    models.insert(
        "Node".to_string(),
        model(vec![property("next", "Node", true)]),
    );
    let mut shape = model(Vec::new());
    shape.one_of = vec!["Circle".to_string(), "Square".to_string()];
    models.insert("Shape".to_string(), shape);
    models.insert(
        "Circle".to_string(),
        model(vec![property("radius", "double", true)]),
    );
    models
}

#[test]
fn scalars_and_collections() {
    let models = models();
    assert_eq!(sample(&models, "string").0, r#""v x/y?z""#);
    assert_eq!(sample(&models, "int32").0, "7");
    assert_eq!(sample(&models, "double").0, "1.5");
    assert_eq!(sample(&models, "boolean").0, "true");
    assert_eq!(
        sample(&models, "array<string>").0,
        r#"["v1 x/y?z","v2 x/y?z"]"#
    );
    assert_eq!(sample(&models, "map<int64>").0, r#"{"key":7}"#);
    assert_eq!(sample(&models, "binary").0, "[118,32,98,121,116,101,115]");
}

#[test]
fn models_take_required_properties_and_first_values() {
    let models = models();
    assert_eq!(
            sample(&models, "Pet"),
            (
                r#"{"name":"name x/y?z","weight":1.5,"status":"available","tags":["tags1 x/y?z","tags2 x/y?z"]}"#
                    .to_string(),
                Vec::new()
            )
        );
    assert_eq!(sample(&models, "Shape").0, r#"{"radius":1.5}"#);
    assert_eq!(sample(&models, "Unknown").0, "{}");
}

#[test]
fn a_model_that_requires_itself_is_a_gap() {
    let (json, gaps) = sample(&models(), "Node");
    assert!(json.starts_with(r#"{"next":{"next":"#), "{json}");
    assert_eq!(gaps.len(), 1, "{gaps:?}");
}

#[test]
fn wire_texts_are_the_runtimes() {
    let list = Sample::Array(vec![
        Sample::Int(7),
        Sample::Null,
        Sample::Str("a b".into()),
    ]);
    assert_eq!(list.texts(), ["7", "a b"]);
    assert_eq!(list.text(), "7,a b");
    assert_eq!(Sample::Null.texts(), Vec::<String>::new());
    assert_eq!(Sample::Float(2.0).to_json(), "2.0");
    let object = Sample::Object(vec![("q\"".into(), Sample::Str("\n".into()))]);
    assert_eq!(object.texts(), [r#"{"q\"":"\n"}"#]);
}

#[test]
fn expected_paths_encode_each_value_as_one_segment() {
    let values: BTreeMap<String, String> = [("petId", "a b/c?d"), ("fmt", "7"), ("odd", "../~x%")]
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .into();
    assert_eq!(
        expected_path("/v1/", "/pets/{petId}/{fmt}.json", &values),
        "/v1/pets/a%20b%2Fc%3Fd/7.json"
    );
    assert_eq!(expected_path("", "/{odd}", &values), "/..%2F~x%25");
    assert_eq!(expected_path("", "/", &values), "/");
    assert_eq!(expected_path("", "/items/", &values), "/items/");
    assert_eq!(
        expected_path("", "/a{petId}{fmt}", &values),
        "/aa%20b%2Fc%3Fd7"
    );
    assert_eq!(
        expected_path("", "/x y/{}/{nope}", &values),
        "/x%20y/%7B%7D/%7Bnope%7D"
    );
}

const SPEC: &str = r#"
mdclient: 1
name: shop
inputs: [a.md]
servers:
- url: https://shop.example.com/v2/
  source: a.md:1
security_schemes:
  basic: {type: basic, source: a.md:2}
  bearer: {type: bearer, source: a.md:3}
  key: {type: api_key, in: query, name: api_key, source: a.md:4}
apis:
- name: ItemsApi
  dialect: ruby
  source: a.md:5
  operations:
  - id: uploadItem
    method: POST
    path: /stores/{storeId}/items/{item}.json
    source: a.md:6
    params:
    - {name: store_id, wire_name: storeId, location: path, required: true, type: int64, source: a.md:7}
    - {name: item, wire_name: item, location: path, required: true, type: string, source: a.md:8}
    - {name: tags, wire_name: tags, location: query, required: false, type: array<string>, source: a.md:9}
    - {name: trace, wire_name: X-Trace, location: header, required: false, type: string, source: a.md:10}
    - {name: session, wire_name: session, location: cookie, required: false, type: string, source: a.md:11}
    body:
      media_type: multipart/form-data
      required: true
      fields:
      - {name: file, wire_name: file, required: true, type: binary, source: a.md:12}
      - {name: note, wire_name: note, required: false, type: string, source: a.md:13}
      source: a.md:12
    responses:
    - {status: '201', type: Item, source: a.md:14}
    - {status: '404', source: a.md:15}
    security: [basic, bearer, key]
    produces: [application/json]
models:
  Item:
    documented: true
    source: b.md:1
    properties:
    - {name: name, wire_name: name, type: string, required: true, source: b.md:2}
    - {name: size, wire_name: size, type: int32, required: false, source: b.md:3}
"#;

#[test]
fn a_plan_says_what_the_request_carries() {
    let spec: Spec = crate::spec::from_yaml(SPEC).unwrap_or_else(|e| panic!("{e}"));
    let view = view::build(
        &spec,
        view::Target::Module {
            typed_formats: false,
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let sampler = Sampler {
        models: &spec.models,
        valid: false,
    };
    let op = &spec.apis[0].operations[0];
    let plan = plan(
        op,
        &view.operations[0],
        &view.schemes,
        &sampler,
        &base_path(&spec),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan.method, "upload_item");
    assert_eq!(plan.path, "/v2/stores/7/items/item%20x%2Fy%3Fz.json");
    let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    assert_eq!(
        plan.query,
        owned(&[
            ("tags", "tags1 x/y?z"),
            ("tags", "tags2 x/y?z"),
            ("api_key", "key-key"),
        ])
    );
    // The bearer scheme aims at the header the basic one already set.
    assert_eq!(
        plan.headers,
        owned(&[
            ("accept", "application/json"),
            ("x-trace", "trace x/y?z"),
            (
                "authorization",
                "Basic YmFzaWMtdXNlcjpiYXNpYy1wYXNzd29yZA=="
            ),
        ])
    );
    assert_eq!(plan.cookies, ["session=session x/y?z"]);
    assert_eq!(
        plan.body,
        BodyCheck::Multipart(owned(&[("file", "file bytes"), ("note", "note x/y?z")]))
    );
    assert_eq!(plan.status, 201);
    assert_eq!(
        plan.reply,
        Reply::Json(r#"{"name":"name x/y?z"}"#.to_string())
    );
    let setters: Vec<&str> = plan.credentials.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(setters, ["with_basic", "with_bearer", "with_key"]);
    assert_eq!(plan.args.len(), 7);
    assert!(plan.notes.is_empty());

    let source = render(&spec, "crate::shop").unwrap_or_else(|e| panic!("{e}"));
    assert!(source.contains("async fn upload_item()"), "{source}");
    assert!(
        source.contains(".upload_item(7, \"item x/y?z\", b\"file bytes\".to_vec())"),
        "{source}"
    );
}

#[test]
fn base_paths_come_from_the_first_server() {
    let spec = |url: &str| {
        let mut spec: Spec = crate::spec::from_yaml("mdclient: 1\nname: t\ninputs: []\n")
            .unwrap_or_else(|e| panic!("{e}"));
        spec.servers.push(crate::spec::Server {
            url: url.to_string(),
            source: Source::default(),
        });
        spec
    };
    assert_eq!(
        base_path(&spec("http://localhost:8080/kitchen/")),
        "/kitchen"
    );
    assert_eq!(base_path(&spec("https://api.example.com")), "");
    assert_eq!(base_path(&spec("/v2")), "/v2");
    assert_eq!(base_path(&spec("https://{host}/{version}")), "");
}

#[test]
fn basic_credentials_are_base64() {
    assert_eq!(base64(b"id-1:s3cret"), "aWQtMTpzM2NyZXQ=");
    assert_eq!(base64(b"ab"), "YWI=");
    assert_eq!(base64(b"abc"), "YWJj");
}
