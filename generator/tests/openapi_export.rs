//! The OpenAPI export, read back with an independent OpenAPI 3.0 model (`openapiv3`).

use mdclient::openapi::{to_openapi_yaml, OAUTH2_TOKEN_URL_PLACEHOLDER};
use mdclient::spec::{from_yaml, Spec};
use openapiv3::{
    APIKeyLocation, OpenAPI, Parameter, ReferenceOr, SchemaKind, SecurityScheme, StatusCode, Type,
};

const HANDWRITTEN: &str = include_str!("data/c2m_handwritten.yaml");

fn handwritten() -> Spec {
    from_yaml(HANDWRITTEN).expect("the sample spec parses")
}

/// Exports `spec` and reads the YAML back as OpenAPI 3.0.
fn export(spec: &Spec) -> OpenAPI {
    let yaml = to_openapi_yaml(spec).expect("export succeeds");
    from_yaml(&yaml).unwrap_or_else(|e| panic!("not OpenAPI 3.0: {e}\n{yaml}"))
}

fn operation<'a>(doc: &'a OpenAPI, id: &str) -> (&'a str, &'a str, &'a openapiv3::Operation) {
    doc.operations()
        .find(|(_, _, op)| op.operation_id.as_deref() == Some(id))
        .unwrap_or_else(|| panic!("no operation `{id}`"))
}

fn security_alternatives(op: &openapiv3::Operation) -> Vec<Vec<&str>> {
    let requirements = op.security.as_ref().expect("operation has `security`");
    requirements
        .iter()
        .map(|r| r.keys().map(String::as_str).collect())
        .collect()
}

#[test]
fn exports_every_operation_on_its_path() {
    let doc = export(&handwritten());
    assert_eq!(doc.openapi, "3.0.3");
    assert_eq!(doc.info.title, "c2m");
    assert_eq!(doc.servers[0].url, "https://api.example.com/v1");
    let ops: Vec<_> = doc
        .operations()
        .map(|(path, method, op)| (path, method, op.operation_id.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        ops,
        [
            ("/auth/tokens/long", "post", "issue_long_term_token"),
            ("/auth/tokens/short", "post", "issue_short_term_token"),
            ("/auth/tokens/{tokenId}/revoke", "post", "revoke_token"),
        ]
    );
}

#[test]
fn parameters_use_wire_names_and_locations() {
    let doc = export(&handwritten());
    let (_, _, op) = operation(&doc, "revoke_token");
    let params: Vec<_> = op
        .parameters
        .iter()
        .map(|p| {
            let p = p.as_item().expect("inline parameter");
            let location = match p {
                Parameter::Path { .. } => "path",
                Parameter::Query { .. } => "query",
                Parameter::Header { .. } => "header",
                Parameter::Cookie { .. } => "cookie",
            };
            let data = p.parameter_data_ref();
            (data.name.as_str(), location, data.required)
        })
        .collect();
    assert_eq!(
        params,
        [
            ("tokenId", "path", true),
            ("pageSize", "query", false),
            ("X-Request-Id", "header", false),
        ]
    );
    let token_id = op.parameters[0].as_item().unwrap().parameter_data_ref();
    assert!(token_id.extensions.contains_key("x-mdclient-inferred"));
}

#[test]
fn body_is_keyed_by_media_type_and_refers_to_its_model() {
    let doc = export(&handwritten());
    let (_, _, op) = operation(&doc, "issue_long_term_token");
    let body = op.request_body.as_ref().and_then(|b| b.as_item()).unwrap();
    assert!(body.required);
    let media: Vec<_> = body.content.keys().map(String::as_str).collect();
    assert_eq!(media, ["application/json"]);
    let schema = body.content["application/json"].schema.as_ref().unwrap();
    assert_eq!(
        schema,
        &ReferenceOr::ref_("#/components/schemas/LongTokenRequest")
    );
    let (_, _, short) = operation(&doc, "issue_short_term_token");
    assert!(
        !short
            .request_body
            .as_ref()
            .unwrap()
            .as_item()
            .unwrap()
            .required
    );
}

#[test]
fn responses_carry_a_description_and_their_type() {
    let doc = export(&handwritten());
    let (_, _, op) = operation(&doc, "issue_long_term_token");
    let response = op.responses.responses[&StatusCode::Range(2)]
        .as_item()
        .unwrap();
    assert!(!response.description.is_empty());
    let schema = response.content["application/json"].schema.as_ref();
    assert_eq!(
        schema,
        Some(&ReferenceOr::ref_("#/components/schemas/LongTokenResponse"))
    );
    assert!(response.extensions.contains_key("x-mdclient-inferred"));
    let (_, _, revoke) = operation(&doc, "revoke_token");
    let empty = revoke.responses.responses[&StatusCode::Range(2)]
        .as_item()
        .unwrap();
    assert!(empty.content.is_empty());
}

#[test]
fn each_listed_scheme_is_an_alternative() {
    let doc = export(&handwritten());
    let (_, _, long) = operation(&doc, "issue_long_term_token");
    assert_eq!(
        security_alternatives(long),
        [vec!["ShortTokenAuth"], vec!["ClientKey"]]
    );
    let (_, _, revoke) = operation(&doc, "revoke_token");
    assert_eq!(
        security_alternatives(revoke),
        [vec!["LongTokenAuth"], vec!["ShortTokenAuth"]]
    );
}

#[test]
fn an_operation_without_auth_says_so_when_others_have_some() {
    let mut spec = handwritten();
    spec.apis[0].operations[1].security.clear();
    let doc = export(&spec);
    let (_, _, short) = operation(&doc, "issue_short_term_token");
    assert_eq!(short.security, Some(vec![]));

    for op in &mut spec.apis[0].operations {
        op.security.clear();
    }
    let doc = export(&spec);
    assert!(doc.operations().all(|(_, _, op)| op.security.is_none()));
}

#[test]
fn security_schemes_keep_what_the_docs_say_and_mark_the_rest() {
    let doc = export(&handwritten());
    let schemes = &doc.components.as_ref().unwrap().security_schemes;
    match schemes["ClientKey"].as_item().unwrap() {
        SecurityScheme::APIKey {
            location,
            name,
            extensions,
            ..
        } => {
            assert_eq!(location, &APIKeyLocation::Header);
            assert_eq!(name, "X-Client-Id");
            assert!(extensions["x-mdclient-inferred"].get("in").is_some());
        }
        other => panic!("ClientKey is not an API key: {other:?}"),
    }
    match schemes["LongTokenAuth"].as_item().unwrap() {
        SecurityScheme::OAuth2 {
            flows, extensions, ..
        } => {
            let flow = flows.client_credentials.as_ref().unwrap();
            assert_eq!(flow.token_url, OAUTH2_TOKEN_URL_PLACEHOLDER);
            assert!(extensions["x-mdclient-inferred"].get("flows").is_some());
        }
        other => panic!("LongTokenAuth is not OAuth2: {other:?}"),
    }
}

#[test]
fn models_become_component_schemas() {
    let doc = export(&handwritten());
    let schemas = &doc.components.as_ref().unwrap().schemas;

    let status = schemas["TokenStatus"].as_item().unwrap();
    match &status.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            let values: Vec<_> = s.enumeration.iter().flatten().map(String::as_str).collect();
            assert_eq!(values, ["active", "in-progress", "2fa", "revoked"]);
        }
        other => panic!("TokenStatus is not a string enum: {other:?}"),
    }

    let info = schemas["TokenInfo"].as_item().unwrap();
    let SchemaKind::Type(Type::Object(object)) = &info.schema_kind else {
        panic!("TokenInfo is not an object: {info:?}");
    };
    assert_eq!(object.required, ["tokenId"]);
    let names: Vec<_> = object.properties.keys().map(String::as_str).collect();
    assert_eq!(names, ["tokenId", "type", "expiresAt", "scopes", "extra"]);
    let expires = object.properties["expiresAt"].as_item().unwrap();
    assert!(expires.schema_data.nullable);
    assert!(matches!(
        &expires.schema_kind,
        SchemaKind::Type(Type::String(s)) if s.format == openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::DateTime)
    ));

    let undocumented = schemas["LongTokenRequest"].as_item().unwrap();
    assert_eq!(
        undocumented.schema_data.extensions["x-mdclient-undocumented"],
        true
    );
    assert!(matches!(undocumented.schema_kind, SchemaKind::Any(_)));
}

#[test]
fn export_is_deterministic() {
    let first = to_openapi_yaml(&handwritten()).unwrap();
    for _ in 0..5 {
        assert_eq!(to_openapi_yaml(&handwritten()).unwrap(), first);
    }
}

/// The model names of every schema `$ref` in exported YAML (read off the text: the
/// export writes each `$ref` on a line of its own).
fn refs(yaml: &str) -> Vec<&str> {
    yaml.lines()
        .filter_map(|l| l.trim().strip_prefix("$ref: '#/components/schemas/"))
        .filter_map(|l| l.strip_suffix('\''))
        .collect()
}

#[test]
fn every_seed_page_exports_as_consistent_openapi() {
    let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    let mut pages: Vec<_> = std::fs::read_dir(specs)
        .unwrap()
        .flatten()
        .flat_map(|api| {
            std::fs::read_dir(api.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|page| page.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 5, "seed pages: {pages:?}");
    for page in pages {
        let spec = mdclient::read_docs(&[&page], None)
            .unwrap_or_else(|e| panic!("{}: {e}", page.display()))
            .spec;
        let yaml = to_openapi_yaml(&spec).unwrap();
        let doc = export(&spec);
        let components = doc.components.clone().unwrap_or_default();
        for name in refs(&yaml) {
            assert!(
                components.schemas.contains_key(name),
                "{}: dangling $ref {name}",
                page.display()
            );
        }
        for (path, method, op) in doc.operations() {
            assert!(
                op.operation_id.is_some(),
                "{}: {method} {path}",
                page.display()
            );
            for requirement in op.security.iter().flatten() {
                for scheme in requirement.keys() {
                    assert!(
                        components.security_schemes.contains_key(scheme),
                        "{}: undefined scheme {scheme}",
                        page.display()
                    );
                }
            }
        }
    }
}

#[test]
fn sources_are_opt_in_and_name_the_docs_line() {
    use mdclient::openapi::{to_openapi_yaml_with, ExportOptions};
    let spec = handwritten();
    let plain = to_openapi_yaml(&spec).expect("export succeeds");
    assert!(!plain.contains("x-mdclient-source"));
    let options = ExportOptions {
        sources: true,
        ..ExportOptions::default()
    };
    let sourced = to_openapi_yaml_with(&spec, &options).expect("export succeeds");
    let op = &spec.apis[0].operations[0];
    assert!(
        sourced.contains(&format!("x-mdclient-source: {}", op.source)),
        "no source of {} in\n{sourced}",
        op.id
    );
    // Still OpenAPI 3.0 to an independent reader.
    let _: OpenAPI = from_yaml(&sourced).unwrap_or_else(|e| panic!("not OpenAPI 3.0: {e}"));
}

#[test]
fn the_token_operation_is_marked_and_3_1_admits_null_by_type() {
    use mdclient::openapi::{to_openapi_yaml_with, ExportOptions, Version};
    let spec = from_yaml::<Spec>(include_str!("../../specs/petstore/spec.yaml"))
        .expect("the petstore spec parses");
    let issuer = spec
        .apis
        .iter()
        .flat_map(|a| &a.operations)
        .find(|op| op.issues_token.is_some())
        .expect("the sample has a token operation");
    let plain = to_openapi_yaml(&spec).expect("export succeeds");
    assert!(plain.contains("x-mdclient-issues-token:"), "{}", issuer.id);
    let options = ExportOptions {
        version: Version::V3_1,
        ..ExportOptions::default()
    };
    let v31 = to_openapi_yaml_with(&spec, &options).expect("export succeeds");
    assert!(v31.starts_with("openapi: 3.1.0\n"));
    assert!(!v31.contains("nullable:"), "{v31}");
    assert_eq!(
        plain.matches("nullable: true").count(),
        v31.matches("- 'null'").count() + v31.matches("type: 'null'").count()
    );
}
