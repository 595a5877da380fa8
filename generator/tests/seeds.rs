//! What mdclient must recover from each of the five seed pages (specs/*/).

use mdclient::spec::{ParamLocation, SchemeKind, Spec, TypeRef};
use mdclient::{read_docs_with, ReadOptions};

fn spec(api: &str, file: &str) -> Spec {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let options = ReadOptions {
        name: Some(api.into()),
        root: Some(root.clone()),
        ..ReadOptions::default()
    };
    let path = root.join("specs").join(api).join(file);
    let recovered = read_docs_with(&[path], &options).unwrap();
    assert!(recovered.warnings.is_empty(), "{:?}", recovered.warnings);
    recovered.spec
}

fn summary(spec: &Spec) -> Vec<String> {
    spec.apis
        .iter()
        .flat_map(|a| &a.operations)
        .map(|o| format!("{} {} {}", o.id, o.method, o.path))
        .collect()
}

#[test]
fn togai_ruby() {
    let s = spec("togai", "000_ff14f35889232fe6.txt");
    assert_eq!(s.servers[0].url, "https://api.togai.com");
    assert_eq!(
        s.servers[0].source.to_string(),
        "specs/togai/000_ff14f35889232fe6.txt:3"
    );
    assert_eq!(s.apis[0].name, "AuthenticationApi");
    assert_eq!(s.apis[0].dialect, "ruby");
    assert_eq!(summary(&s), ["authenticate POST /authenticate"]);
    let op = &s.apis[0].operations[0];
    assert_eq!(
        op.summary.as_deref(),
        Some("Generate short lived bearer token")
    );
    assert!(op
        .description
        .as_deref()
        .unwrap()
        .starts_with("Generates and returns a bearer token."));
    assert!(op.params.is_empty() && op.body.is_none());
    assert_eq!(
        op.success_type(),
        Some(&TypeRef::Model("TokenResponse".into()))
    );
    assert_eq!(op.security, ["bearerAuth"]);
    assert_eq!(op.produces, ["application/json"]);
    assert!(op.consumes.is_empty());
    let scheme = &s.security_schemes["bearerAuth"];
    assert_eq!(scheme.kind, SchemeKind::Bearer);
    assert!(
        scheme.inferred.is_empty(),
        "stated by `Configure Bearer authorization`"
    );
    assert!(!s.models["TokenResponse"].documented);
}

#[test]
fn datagalaxy_swagger_python() {
    let s = spec("datagalaxy", "001_2bec3deb8a0a896b.txt");
    assert_eq!(s.servers[0].url, "/v2");
    assert_eq!(s.apis[0].dialect, "python");
    assert_eq!(
        summary(&s),
        [
            "generate GET /credentials",
            "regenerate GET /credentials/regenerate"
        ]
    );
    let regenerate = &s.apis[0].operations[1];
    let p = &regenerate.params[0];
    assert_eq!(
        (p.name.as_str(), p.wire_name.as_str()),
        ("integration_token", "integration_token")
    );
    assert_eq!(p.location, ParamLocation::Query);
    assert!(p.required);
    assert_eq!(p.ty, TypeRef::String);
    assert!(
        p.inferred.contains_key("location"),
        "the page does not say query"
    );
    assert_eq!(regenerate.security, ["AccessToken", "IntegrationToken"]);
    let generate = &s.apis[0].operations[0];
    assert!(generate
        .description
        .as_deref()
        .unwrap()
        .contains("<b>accessToken</b>"));
    for name in ["AccessToken", "IntegrationToken"] {
        let scheme = &s.security_schemes[name];
        assert_eq!(scheme.kind, SchemeKind::Bearer);
        assert!(
            scheme.inferred.contains_key("type"),
            "no configuration on the page"
        );
    }
}

#[test]
fn c2m_ruby_body_opts_path_and_api_key() {
    let s = spec("c2m", "002_94e56c8fdaca085b.txt");
    assert_eq!(s.servers[0].url, "https://api.example.com/v1");
    assert_eq!(
        summary(&s),
        [
            "issue_long_term_token POST /auth/tokens/long",
            "issue_short_term_token POST /auth/tokens/short",
            "revoke_token POST /auth/tokens/{tokenId}/revoke",
        ]
    );
    let ops = &s.apis[0].operations;
    let long = ops[0].body.as_ref().unwrap();
    assert_eq!(long.media_type, "application/json");
    assert_eq!(long.ty, Some(TypeRef::Model("LongTokenRequest".into())));
    assert!(long.required);
    let short = ops[1].body.as_ref().unwrap();
    assert!(!short.required, "passed through `opts`");
    let token_id = &ops[2].params[0];
    assert_eq!(token_id.name, "token_id");
    assert_eq!(token_id.wire_name, "tokenId");
    assert_eq!(token_id.location, ParamLocation::Path);
    assert!(token_id.inferred["wire_name"].contains("{tokenId}"));
    assert_eq!(ops[2].success_type(), None, "nil (empty response body)");
    assert_eq!(ops[0].security, ["ShortTokenAuth", "ClientKey"]);
    let key = &s.security_schemes["ClientKey"];
    assert_eq!(key.kind, SchemeKind::ApiKey);
    assert_eq!(key.name.as_deref(), Some("X-Client-Id"));
    assert_eq!(key.location, Some(ParamLocation::Header));
    assert!(key.inferred.contains_key("in"));
    assert_eq!(
        s.security_schemes["ShortTokenAuth"].kind,
        SchemeKind::Oauth2
    );
    assert_eq!(s.security_schemes["LongTokenAuth"].kind, SchemeKind::Oauth2);
}

#[test]
fn rxinfer_python_pydantic() {
    let s = spec("rxinfer", "003_214691272fd1a443.txt");
    assert_eq!(s.servers[0].url, "http://localhost:8000/v1");
    let ops = &s.apis[0].operations;
    assert!(ops[0].security.is_empty(), "No authorization required");
    assert_eq!(ops[1].security, ["ApiKeyAuth"]);
    let statuses: Vec<&str> = ops[0].responses.iter().map(|r| r.status.as_str()).collect();
    assert_eq!(statuses, ["200", "400"]);
    assert_eq!(
        ops[0].responses[1].description.as_deref(),
        Some("Unable to generate token")
    );
    assert!(ops[0].responses.iter().all(|r| r.inferred.is_empty()));
    let statuses: Vec<&str> = ops[1].responses.iter().map(|r| r.status.as_str()).collect();
    assert_eq!(statuses, ["200", "401"]);
    let scheme = &s.security_schemes["ApiKeyAuth"];
    assert_eq!(
        scheme.kind,
        SchemeKind::Bearer,
        "`Configure Bearer authorization: ApiKeyAuth`"
    );
    assert!(scheme.inferred.is_empty());
}

#[test]
fn benchling_go_form() {
    let s = spec("benchling", "004_012acbde4a1b0eb0.txt");
    assert_eq!(s.servers[0].url, "/api/v2");
    assert_eq!(s.apis[0].dialect, "go");
    assert_eq!(summary(&s), ["GenerateToken POST /token"]);
    let op = &s.apis[0].operations[0];
    assert!(op.params.is_empty());
    let body = op.body.as_ref().unwrap();
    assert_eq!(body.media_type, "application/x-www-form-urlencoded");
    let fields: Vec<(&str, &str, bool)> = body
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.wire_name.as_str(), f.required))
        .collect();
    assert_eq!(
        fields,
        [
            ("grantType", "grant_type", true),
            ("clientId", "client_id", false),
            ("clientSecret", "client_secret", false),
        ]
    );
    assert!(body.fields[0].inferred["wire_name"].contains("RFC 6749"));
    let scheme = &s.security_schemes["basicClientIdSecretAuth"];
    assert_eq!(scheme.kind, SchemeKind::Basic);
    assert!(scheme.inferred.contains_key("type"));
}

#[test]
fn same_input_same_yaml() {
    let a = mdclient::spec::to_yaml(&spec("c2m", "002_94e56c8fdaca085b.txt")).unwrap();
    let b = mdclient::spec::to_yaml(&spec("c2m", "002_94e56c8fdaca085b.txt")).unwrap();
    assert_eq!(a, b);
    let back: Spec = mdclient::spec::from_yaml(&a).unwrap();
    assert_eq!(back, spec("c2m", "002_94e56c8fdaca085b.txt"));
}

/// The operation issuing each seed's tokens, and the scheme its tokens are sent as.
#[test]
fn token_operations_are_inferred() {
    let cases = [
        (
            "togai",
            "000_ff14f35889232fe6.txt",
            "authenticate",
            Some("bearerAuth"),
        ),
        (
            "datagalaxy",
            "001_2bec3deb8a0a896b.txt",
            "generate",
            Some("AccessToken"),
        ),
        (
            "c2m",
            "002_94e56c8fdaca085b.txt",
            "issue_short_term_token",
            Some("ShortTokenAuth"),
        ),
        (
            "rxinfer",
            "003_214691272fd1a443.txt",
            "token_generate",
            Some("ApiKeyAuth"),
        ),
        (
            "benchling",
            "004_012acbde4a1b0eb0.txt",
            "GenerateToken",
            None,
        ),
    ];
    for (api, file, issuer, scheme) in cases {
        let s = spec(api, file);
        let issuers: Vec<_> = s
            .apis
            .iter()
            .flat_map(|a| &a.operations)
            .filter(|op| op.issues_token.is_some())
            .collect();
        assert_eq!(issuers.len(), 1, "{api}");
        let op = issuers[0];
        assert_eq!(op.id, issuer, "{api}");
        assert!(
            op.inferred.contains_key("issues_token"),
            "{api}: a guess is marked"
        );
        let issue = op.issues_token.as_ref().unwrap();
        assert_eq!(issue.scheme.as_deref(), scheme, "{api}");
        // The seeds ship no page for the token models: the field is left to run time.
        assert_eq!(issue.field, None, "{api}");
    }
}
