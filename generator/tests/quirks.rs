//! One test per page shape the reader handles: the smallest page that shows it in,
//! the facts it states out. The names say the quirk; the corpus tests (roundtrip,
//! `cargo xtask wild`) say whether anything broke, these say what.

use mdclient::spec::{Operation, ParamLocation, Spec, TypeRef};

/// Reads a docs folder made of `pages` (path, text).
fn read(pages: &[(&str, &str)]) -> (Spec, Vec<String>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static CASE: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "mdclient-quirk-{}-{}",
        std::process::id(),
        CASE.fetch_add(1, Ordering::Relaxed)
    ));
    for (path, text) in pages {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
    }
    let recovered = mdclient::read_docs(&[&dir], Some("quirk")).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let warnings = recovered
        .warnings
        .iter()
        .map(|w| w.message.clone())
        .collect();
    (recovered.spec, warnings)
}

fn op<'a>(spec: &'a Spec, id: &str) -> &'a Operation {
    spec.apis
        .iter()
        .flat_map(|a| &a.operations)
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no operation `{id}` in {:?}", ids(spec)))
}

fn ids(spec: &Spec) -> Vec<&str> {
    spec.apis
        .iter()
        .flat_map(|a| &a.operations)
        .map(|o| o.id.as_str())
        .collect()
}

/// An API page: title, endpoint table, one section with `params` rows.
fn api_page(title: &str, id: &str, request: &str, lang: &str, params: &str, tail: &str) -> String {
    format!(
        "# {title}\n\nAll URIs are relative to *https://x.io/v1*\n\n\
         Method | HTTP request | Description\n------------- | ------------- | -------------\n\
         [**{id}**](Api.md#{id}) | {request} | Do it\n\n# **{id}**\n\n```{lang}\nx\n```\n\n\
         ### Parameters\n\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n\
         {params}\n\n{tail}"
    )
}

#[test]
fn typescript_optional_notes_defaults_and_literal_unions() {
    let page = api_page(
        "PetApi",
        "listPets",
        "**GET** /pets",
        "typescript",
        " **limit** | [**number**] | How many | (optional) defaults to 20\n \
         **sort** | [**&#39;name&#39; | &#39;-name&#39;**]**Array<&#39;name&#39; &#124; &#39;-name&#39;>** | Order | (optional) defaults to 'name'",
        "",
    );
    let (spec, _) = read(&[("PetApi.md", &page)]);
    let list = op(&spec, "listPets");
    let limit = &list.params[0];
    assert!(!limit.required);
    assert_eq!(limit.default.as_deref(), Some("20"));
    let sort = &list.params[1];
    assert_eq!(sort.ty, TypeRef::String);
    assert_eq!(sort.enum_values, ["name", "-name"]);
    assert!(
        !sort.required,
        "the notes cell after the spilled type cells is read"
    );
    assert_eq!(sort.default.as_deref(), Some("name"));
}

#[test]
fn a_pipe_in_a_description_splits_the_row_but_not_the_type() {
    // airflow 3.x: ``the pipe `|` operator for OR logic (e.g. `dag1 | dag2`)``.
    let page = api_page(
        "DagApi",
        "get_dags",
        "**GET** /dags",
        "python",
        " **dag_id_pattern** | **str**| SQL LIKE, or the pipe &#x60;|&#x60; operator (e.g. &#x60;dag1 | dag2&#x60;). | [optional] ",
        "",
    );
    let (spec, warnings) = read(&[("DagApi.md", &page)]);
    let pattern = &op(&spec, "get_dags").params[0];
    assert_eq!(pattern.ty, TypeRef::String);
    assert!(!pattern.required);
    assert!(warnings.is_empty(), "{warnings:?}");
    let description = pattern.description.as_deref().unwrap_or_default();
    assert!(description.starts_with("SQL LIKE"), "{description}");
    assert!(description.contains("dag2"), "{description}");
}

#[test]
fn typescript_fetch_backticked_value_lists() {
    let page = api_page(
        "PetApi",
        "listPets",
        "**GET** /pets",
        "typescript",
        "| **sort** | `name`, `-name` | Order | [Optional] [Defaults to `&#39;name&#39;`] [Enum: name, -name] |",
        "",
    );
    let (spec, _) = read(&[("PetApi.md", &page)]);
    let sort = &op(&spec, "listPets").params[0];
    assert_eq!(sort.ty, TypeRef::String);
    assert_eq!(sort.enum_values, ["name", "-name"]);
    assert!(!sort.required);
    assert_eq!(sort.default.as_deref(), Some("name"));
}

#[test]
fn rust_option_types_required_column_and_raw_identifiers() {
    let page = "# ThingsApi\n\nMethod | HTTP request | Description\n--- | --- | ---\n\
        [**list_things**](x) | **GET** /things | List\n\n## list_things\n\n\
        > Vec<models::Thing> list_things(r#type, page)\n\n### Parameters\n\n\
        Name | Type | Description  | Required | Notes\n------------- | ------------- | ------------- | ------------- | -------------\n\
        **r#type** | Option<**String**> | Kind |  |\n**page** | **i32** | Page | [required] |[default to 1]\n";
    let (spec, _) = read(&[("ThingsApi.md", page)]);
    let list = op(&spec, "list_things");
    assert_eq!(list.params[0].wire_name, "type");
    assert!(
        !list.params[0].required,
        "Option<> and an empty Required cell"
    );
    assert_eq!(list.params[1].ty, TypeRef::Int32);
    assert!(list.params[1].required);
    assert_eq!(list.params[1].default.as_deref(), Some("1"));
}

#[test]
fn rust_inline_enums_in_descriptions_and_enum_variant_tables() {
    let api = "# HealthApi\n\nMethod | HTTP request | Description\n--- | --- | ---\n\
        [**get_health**](x) | **GET** /health | Health\n\n## get_health\n\n> models::Health get_health()\n\n\
        ### Return type\n\n[**models::Health**](Health.md)\n";
    let health = "# Health\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n\
        **status** | **Status** |  (enum: ok, degraded) | \n**level** | [**models::Level**](Level.md) |  | [optional]\n";
    let level = "# Level\n\n## Enum Variants\n\n| Name | Value |\n|---- | -----|\n| Upper | UPPER |\n| Lower | lower |\n";
    let (spec, _) = read(&[
        ("HealthApi.md", api),
        ("Health.md", health),
        ("Level.md", level),
    ]);
    let status = &spec.models["Health"].properties[0];
    assert_eq!(status.ty, TypeRef::String);
    assert_eq!(status.enum_values, ["ok", "degraded"]);
    assert_eq!(spec.models["Level"].enum_values, ["UPPER", "lower"]);
}

#[test]
fn php_operation_names_and_a_base_url_followed_by_a_comma() {
    let page = "# PetApi\n\nAll URIs are relative to https://x.io/v2, except if the operation defines another base path.\n\n\
        | Method | HTTP request | Description |\n| --- | --- | --- |\n| [**listPets()**](x) | **GET** /pets | List |\n\n\
        ## `listPets()`\n\n## listPets\n\n```php\nx\n```\n";
    let (spec, _) = read(&[("PetApi.md", page)]);
    assert_eq!(ids(&spec), ["listPets"]);
    assert_eq!(spec.servers[0].url, "https://x.io/v2");
}

#[test]
fn c_class_prefixed_names_api_client_rows_and_enum_types() {
    let page = "# PetAPI\n\nMethod | HTTP request | Description\n------------- | ------------- | -------------\n\
        [**PetAPI_addPet**](PetAPI.md#PetAPI_addPet) | **POST** /pets | Add\n\n# **PetAPI_addPet**\n```c\npet_t* PetAPI_addPet(apiClient_t *apiClient, pet_t *pet, billing_addPet_mode_e mode);\n```\n\n\
        ### Parameters\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n\
        **apiClient** | **apiClient_t \\*** | context containing the client configuration |\n\
        **pet** | **[pet_t](pet.md) \\*** | The pet | \n**mode** | **billing_addPet_mode_e** |  | [optional]\n\n\
        ### HTTP request headers\n\n - **Content-Type**: application/json\n";
    let (spec, _) = read(&[("PetAPI.md", page)]);
    let add = op(&spec, "addPet");
    let body = add
        .body
        .as_ref()
        .expect("the pet, not the client, is the body");
    assert_eq!(body.name.as_deref(), Some("pet"));
    assert_eq!(add.params.len(), 1);
    assert_eq!(
        add.params[0].ty,
        TypeRef::String,
        "a C enum type is a string"
    );
}

#[test]
fn powershell_cmdlet_names() {
    let table = "# PetApi\n\nMethod | HTTP request | Description\n--- | --- | ---\n\
        [**Get-PetById**](x) | **GET** /pets/{petId} | Get\n[**Invoke-ListPets**](x) | **GET** /pets | List\n\
        [**New-Pet**](x) | **POST** /pets | Add\n\n# **Get-PetById**\n\n```powershell\nx\n```\n\n\
        # **Invoke-ListPets**\n\n```powershell\nx\n```\n\n# **New-Pet**\n\n```powershell\nx\n```\n";
    let (spec, _) = read(&[("PetApi.md", table)]);
    assert_eq!(ids(&spec), ["getPetById", "listPets", "createPet"]);
    assert!(
        op(&spec, "createPet").inferred.contains_key("id"),
        "New- is a guess"
    );
    assert!(!op(&spec, "listPets").inferred.contains_key("id"));
}

#[test]
fn csharp_nullable_spellings_and_a_json_body_parameter() {
    let page = api_page(
        "ActionsApi",
        "ActionsSendMail",
        "**POST** /Actions/SendMail",
        "csharp",
        "| **actionsSendMailRequest** | [**ActionsSendMailRequest?**](ActionsSendMailRequest?.md) |  | [optional]  |\n| **count** | **int?** |  | [optional]  |",
        "### HTTP request headers\n\n - **Content-Type**: application/json\n",
    );
    let (spec, _) = read(&[("ActionsApi.md", &page)]);
    let send = op(&spec, "ActionsSendMail");
    let body = send
        .body
        .as_ref()
        .expect("a model-typed parameter of a JSON POST");
    assert_eq!(
        body.ty,
        Some(TypeRef::Model("ActionsSendMailRequest".into()))
    );
    assert_eq!(send.params[0].ty, TypeRef::Int32);
}

#[test]
fn csharp_doubled_type_names() {
    let page = api_page(
        "FilesApi",
        "Upload",
        "**POST** /files",
        "csharp",
        "| **file** | **System.IO.Stream****System.IO.Stream** | The file |  |",
        "### HTTP request headers\n\n - **Content-Type**: multipart/form-data\n",
    );
    let (spec, _) = read(&[("FilesApi.md", &page)]);
    let body = op(&spec, "Upload").body.clone().unwrap();
    assert_eq!(body.fields[0].ty, TypeRef::Binary);
    assert!(spec.models.is_empty(), "{:?}", spec.models.keys());
}

#[test]
fn markdown_generator_types() {
    let model = "# Account\n## Properties\n\n| Name | Type | Description | Notes |\n|------------ | ------------- | ------------- | -------------|\n\
        | **count** | **Integer** |  | [default to null] |\n| **at** | **Date** |  | [default to null] |\n\
        | **on** | **date** |  | [default to null] |\n| **lines** | [**List**](Line.md) |  | [optional] [default to null] |\n\
        | **labels** | **Map** |  | [optional] [default to null] |\n";
    let api = "# AccountsApi\n\nMethod | HTTP request | Description\n--- | --- | ---\n[**get**](x) | **GET** /a | Get\n\n## get\n\n> Account get()\n\n### Return type\n\n[**Account**](../Models/Account.md)\n";
    let (spec, _) = read(&[("Apis/AccountsApi.md", api), ("Models/Account.md", model)]);
    let types: Vec<String> = spec.models["Account"]
        .properties
        .iter()
        .map(|p| p.ty.to_string())
        .collect();
    assert_eq!(
        types,
        ["int32", "date-time", "date", "array<Line>", "map<any>"]
    );
}

#[test]
fn swift_int_and_int64() {
    let page = api_page(
        "PetAPI",
        "getPet",
        "**GET** /pets",
        "swift",
        " **limit** | **Int** |  | [optional] \n **id** | **Int64** |  | ",
        "",
    );
    let (spec, _) = read(&[("PetAPI.md", &page)]);
    let get = op(&spec, "getPet");
    assert_eq!(
        (&get.params[0].ty, &get.params[1].ty),
        (&TypeRef::Int32, &TypeRef::Int64)
    );
}

#[test]
fn r_enum_notes_and_map_types() {
    let model = "# billing::Health\n\n## Properties\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n\
        **status** | **character** |  | [Enum: [ok, degraded]] \n**labels** | **map(character)** |  | [optional] \n";
    let api = api_page(
        "HealthApi",
        "GetHealth",
        "**GET** /health",
        "r",
        " **sort** | Enum [name, -name] |  | [optional] [default to &quot;name&quot;]",
        "### Return type\n\n[**Health**](Health.md)\n",
    );
    let (spec, _) = read(&[("HealthApi.md", &api), ("Health.md", model)]);
    let health = &spec.models["Health"];
    assert_eq!(health.properties[0].enum_values, ["ok", "degraded"]);
    assert_eq!(health.properties[1].ty.to_string(), "map<string>");
    let sort = &op(&spec, "GetHealth").params[0];
    assert_eq!(sort.enum_values, ["name", "-name"]);
    assert_eq!(sort.default.as_deref(), Some("name"));
}

#[test]
fn kotlin_inline_enum_tables_and_indented_enum_lists() {
    let health = "# Health\n\n## Properties\n| Name | Type | Description | Notes |\n| ------------ | ------------- | ------------- | ------------- |\n\
        | **status** | [**inline**](#Status) |  |  |\n\n<a id=\"Status\"></a>\n## Enum: status\n| Name | Value |\n| ---- | ----- |\n| status | ok, degraded |\n";
    let status = "# AccountStatus\n\n## Enum\n\n\n    * `active` (value: `\"active\"`)\n\n    * `on_hold` (value: `\"on_hold\"`)\n";
    let api = api_page(
        "HealthApi",
        "getHealth",
        "**GET** /health",
        "kotlin",
        " **state** | [**AccountStatus**](AccountStatus.md) |  | [optional]",
        "### Return type\n\n[**Health**](Health.md)\n",
    );
    let (spec, _) = read(&[
        ("HealthApi.md", &api),
        ("Health.md", health),
        ("AccountStatus.md", status),
    ]);
    assert_eq!(
        spec.models["Health"].properties[0].enum_values,
        ["ok", "degraded"]
    );
    assert_eq!(
        spec.models["AccountStatus"].enum_values,
        ["active", "on_hold"]
    );
}

#[test]
fn micronaut_optional_parameter_notes() {
    let page = api_page(
        "PetApi",
        "listPets",
        "**GET** /pets",
        "java",
        "| **limit** | `Integer`| How many | [optional parameter] [default to `20`] |",
        "",
    );
    let (spec, _) = read(&[("PetApi.md", &page)]);
    let limit = &op(&spec, "listPets").params[0];
    assert!(!limit.required);
    assert_eq!(
        limit.ty,
        TypeRef::Int32,
        "a type in code marks is no literal"
    );
    assert_eq!(limit.default.as_deref(), Some("20"));
}

#[test]
fn go_map_types() {
    let model = "# Account\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n\
        **Extra** | Pointer to **map[string]interface{}** |  | [optional] \n**Labels** | Pointer to **map[string]string** |  | [optional] \n";
    let api = api_page(
        "AccountsApi",
        "GetAccount",
        "**Get** /accounts",
        "go",
        "",
        "### Return type\n\n[**Account**](Account.md)\n",
    );
    let (spec, warnings) = read(&[("AccountsApi.md", &api), ("Account.md", model)]);
    let types: Vec<String> = spec.models["Account"]
        .properties
        .iter()
        .map(|p| p.ty.to_string())
        .collect();
    assert_eq!(types, ["map<any>", "map<string>"]);
    assert!(
        !warnings.iter().any(|w| w.contains("cannot read")),
        "{warnings:?}"
    );
}

#[test]
fn gdscript_heading_attributes_signature_parameters_and_auth_bullets() {
    let page = "# AccountsApi   { #AccountsApi }\n\nMethod | HTTP request | Description\n------------- | ------------- | -------------\n\
        [**list_accounts**](#list_accounts) | **GET** `/accounts` | List\n\n# **list_accounts**   { #list_accounts }\n\n\
        > `list_accounts(page = 1, status: String = \"\", on_success: Callable, on_failure: Callable)`\n\n### Example\n\n\
        * Bearer (JWT) Authentication (`bearerAuth`)\n\n```gdscript\napi.list_accounts(\n\t# page: int = 1\n\tpage,\n)\n```\n";
    let (spec, _) = read(&[("apis/AccountsApi.md", page)]);
    assert_eq!(spec.apis[0].name, "AccountsApi");
    let list = op(&spec, "list_accounts");
    let names: Vec<&str> = list.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["page", "status"]);
    assert!(list.params.iter().all(|p| !p.required));
    assert_eq!(list.params[0].ty, TypeRef::Integer);
    assert_eq!(list.security, ["bearerAuth"]);
}

#[test]
fn java_native_http_info_variants_are_no_operations() {
    let page = "# AnimalsApi\n\n| Method | HTTP request | Description |\n|------------- | ------------- | -------------|\n\
        | [**getDog**](x) | **GET** /dogs/{dogId} | Get |\n| [**getDogWithHttpInfo**](x) | **GET** /dogs/{dogId} | Get |\n\n\
        ## getDog\n\n> Dog getDog(dogId)\n\n```java\nx\n```\n\n### Return type\n\n[**Dog**](Dog.md)\n\n\
        ## getDogWithHttpInfo\n\n> ApiResponse<Dog> getDog getDogWithHttpInfo(dogId)\n\n### Return type\n\nApiResponse<[**Dog**](Dog.md)>\n";
    let (spec, warnings) = read(&[("AnimalsApi.md", page)]);
    assert_eq!(ids(&spec), ["getDog"]);
    assert!(
        warnings.iter().all(|w| !w.contains("ApiResponse")),
        "{warnings:?}"
    );
}

#[test]
fn a_form_delete_and_a_post_without_a_body() {
    let page = "# OrderApi\n\nMethod | HTTP request | Description\n--- | --- | ---\n\
        [**order_cancel**](x) | **DELETE** /order | Cancel\n[**export**](x) | **POST** /export | Export\n\n\
        # **order_cancel**\n\n```ruby\nx\n```\n\n### Parameters\n\nName | Type | Description  | Notes\n--- | --- | --- | ---\n\
        **order_id** | **String** |  | [optional] \n\n### HTTP request headers\n\n - **Content-Type**: application/x-www-form-urlencoded\n\n\
        # **export**\n\n```ruby\nx\n```\n\n### Parameters\n\nName | Type | Description  | Notes\n--- | --- | --- | ---\n\
        **groups** | [**Array&lt;String&gt;**](String.md) |  | [optional] \n\n### HTTP request headers\n\n - **Content-Type**: Not defined\n";
    let (spec, _) = read(&[("OrderApi.md", page)]);
    let cancel = op(&spec, "order_cancel");
    assert_eq!(cancel.body.as_ref().unwrap().fields[0].name, "order_id");
    let export = op(&spec, "export");
    assert!(
        export.body.is_none(),
        "`Content-Type: Not defined`: no body"
    );
    assert_eq!(export.params[0].location, ParamLocation::Query);
}

#[test]
fn a_name_the_dialect_recases_takes_the_spelling_the_docs_show() {
    // ruby shows `page_size`; the operation's own description spells `pageSize`.
    let page = "# PetApi\n\nMethod | HTTP request | Description\n--- | --- | ---\n[**list_pets**](x) | **GET** /pets | List\n\n\
        ## list_pets\n\n> list_pets(opts)\n\nPass `pageSize` to page.\n\n```ruby\nx\n```\n\n### Parameters\n\n\
        Name | Type | Description  | Notes\n--- | --- | --- | ---\n **page_size** | **Integer**| | [optional] \n";
    let (spec, _) = read(&[("PetApi.md", page)]);
    let p = &op(&spec, "list_pets").params[0];
    assert_eq!(p.wire_name, "pageSize");
    assert!(
        p.inferred["wire_name"].contains("verbatim"),
        "{:?}",
        p.inferred
    );
}

#[test]
fn an_operation_documented_twice_is_read_once() {
    let page = "# PetApi\n\nMethod | HTTP request | Description\n--- | --- | ---\n[**get**](x) | **GET** /pets/{id} | Get\n\n\
        ## get\n\n```ruby\nx\n```\n\n### Parameters\n\nName | Type | Description  | Notes\n--- | --- | --- | ---\n **id** | **Integer**| | \n\n\
        ## get\n\n### Parameters\n\nName | Type | Description  | Notes\n--- | --- | --- | ---\n **other** | **Integer**| | \n";
    let (spec, warnings) = read(&[("PetApi.md", page)]);
    let names: Vec<&str> = op(&spec, "get")
        .params
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["id"]);
    assert!(
        warnings.iter().any(|w| w.contains("documented again")),
        "{warnings:?}"
    );
}

#[test]
fn two_properties_with_one_json_name_become_a_warning_not_a_refused_spec() {
    let model = "# Thing\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n\
        **errors** | **String** |  | [optional] \n**errors** | **Integer** |  | [optional] \n";
    let api = api_page(
        "ThingApi",
        "get",
        "**GET** /t",
        "ruby",
        "",
        "### Return type\n\n[**Thing**](Thing.md)\n",
    );
    let (spec, warnings) = read(&[("ThingApi.md", &api), ("Thing.md", model)]);
    assert_eq!(spec.models["Thing"].properties.len(), 1);
    assert!(
        warnings.iter().any(|w| w.contains("errors")),
        "{warnings:?}"
    );
    assert!(mdclient::render::render_module(&spec, &Default::default()).is_ok());
}
