//! Fusion of one API's docs in two languages (tests/fixtures): a fact one states
//! beats the same fact the other only infers, and a finer type refines a coarser one.

use std::path::PathBuf;

use mdclient::spec::{Spec, TypeRef};
use mdclient::{read_docs_with, ReadOptions};

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
