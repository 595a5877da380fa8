//! `--runtime inline`: the runtime as a module of the generated code, so a client
//! builds with no `mdclient-runtime` crate at all (no checkout, no registry release).
//!
//! The runtime's sources are embedded in the generator and rewritten token by token:
//! each `mod name;` becomes `mod name { <its file> }`, `crate::` paths become paths
//! relative to the runtime module (`self::`, `super::`...), unit tests are left out
//! and doc examples become plain text (they name the runtime crate). The client's own
//! `mdclient_runtime::` paths then reach the module from wherever they are: from a
//! nested module (`models`) through `super::`. Relative paths keep the module
//! working wherever it lands, at a crate's root or `include!()`d inside a module.

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

use crate::Error;

/// The runtime's source files: `lib` first, then each module it declares.
const FILES: &[(&str, &str)] = &[
    ("lib", include_str!("../../../runtime/src/lib.rs")),
    ("blocking", include_str!("../../../runtime/src/blocking.rs")),
    ("body", include_str!("../../../runtime/src/body.rs")),
    ("call", include_str!("../../../runtime/src/call.rs")),
    ("core", include_str!("../../../runtime/src/core.rs")),
    ("error", include_str!("../../../runtime/src/error.rs")),
    ("execute", include_str!("../../../runtime/src/execute.rs")),
    ("mock", include_str!("../../../runtime/src/mock.rs")),
    ("model", include_str!("../../../runtime/src/model.rs")),
    ("paging", include_str!("../../../runtime/src/paging.rs")),
    ("received", include_str!("../../../runtime/src/received.rs")),
    ("retry", include_str!("../../../runtime/src/retry.rs")),
    ("token", include_str!("../../../runtime/src/token.rs")),
    ("wire", include_str!("../../../runtime/src/wire.rs")),
];

/// The runtime's manifest: its `[features]` and `[dependencies]` become an inline
/// crate's own.
const MANIFEST: &str = include_str!("../../../runtime/Cargo.toml");

/// The module's name, as the client's paths spell it.
pub(crate) const MODULE: &str = "mdclient_runtime";

/// What errors of this module name as their template.
const WHAT: &str = "the inline runtime";

/// `pub mod mdclient_runtime { ... }`, printed. `features`: whether the including
/// crate declares the runtime's features (a rendered crate); else the module allows
/// the `cfg(feature)` names its crate does not know.
pub(crate) fn runtime_module(features: bool) -> Result<String, Error> {
    let lib = file_tokens("lib")?;
    let body = expand(lib, 0)?;
    let name = Ident::new(MODULE, Span::call_site());
    let allow = if features {
        TokenStream::new()
    } else {
        TokenStream::from_str("#[allow(unexpected_cfgs)]").map_err(lex_error)?
    };
    let tokens = quote::quote! {
        #allow
        pub mod #name { #body }
    };
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| render_error(format!("the runtime does not parse: {e}")))?;
    Ok(prettyplease::unparse(&file))
}

/// The runtime's `[features]` and `[dependencies]` tables, as its manifest writes them.
pub(crate) fn manifest_tables() -> (String, String) {
    (table(MANIFEST, "features"), table(MANIFEST, "dependencies"))
}

/// The lines of `[name]` in `manifest`, without the header and trailing blank lines.
fn table(manifest: &str, name: &str) -> String {
    let header = format!("[{name}]");
    let mut lines = manifest
        .lines()
        .skip_while(|l| l.trim() != header)
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .collect::<Vec<_>>();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// Rewrites the client's `mdclient_runtime::` paths inside nested modules to reach the
/// runtime module at the top of the generated code (`super::mdclient_runtime::`).
pub(crate) fn relocate_client(tokens: TokenStream) -> TokenStream {
    relocate_at(tokens, 0)
}

/// [`relocate_client`] for tokens at module `depth`.
fn relocate_at(tokens: TokenStream, depth: usize) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    for (i, tree) in trees.iter().enumerate() {
        if depth > 0 && is_ident(tree, MODULE) && !after_colons(&trees, i) {
            push_supers(&mut out, depth);
        }
        match tree {
            TokenTree::Group(group) => {
                let inner = if is_module_body(&trees, i) {
                    depth + 1
                } else {
                    depth
                };
                let mut new = Group::new(group.delimiter(), relocate_at(group.stream(), inner));
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            other => out.push(other.clone()),
        }
    }
    out.into_iter().collect()
}

fn file_tokens(name: &str) -> Result<TokenStream, Error> {
    let text = FILES
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, text)| *text)
        .ok_or_else(|| render_error(format!("no runtime file `{name}.rs`")))?;
    TokenStream::from_str(text).map_err(lex_error)
}

/// The tokens of a runtime file at module `depth` (0: the runtime's root): `mod x;`
/// expanded, `#[cfg(test)]` items dropped, `crate::` relative, doc code as text.
fn expand(tokens: TokenStream, depth: usize) -> Result<TokenStream, Error> {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    let mut in_code = false;
    let mut i = 0;
    while i < trees.len() {
        // `#[cfg(test)] mod tests { ... }`: the unit tests need the runtime's
        // dev-dependencies; left out.
        if is_punct(&trees[i], '#') && is_cfg_test(trees.get(i + 1)) {
            if let Some(end) = item_end(&trees, i + 2) {
                i = end;
                continue;
            }
        }
        // `mod name;` -> `mod name { <name.rs> }`.
        if is_ident(&trees[i], "mod") {
            if let (Some(TokenTree::Ident(name)), Some(semi)) = (trees.get(i + 1), trees.get(i + 2))
            {
                if is_punct(semi, ';') {
                    let inner = expand(file_tokens(&name.to_string())?, depth + 1)?;
                    out.push(trees[i].clone());
                    out.push(TokenTree::Ident(name.clone()));
                    out.push(TokenTree::Group(Group::new(Delimiter::Brace, inner)));
                    i += 3;
                    continue;
                }
            }
        }
        match &trees[i] {
            // `crate` -> `self` at the root, `super::super` below it.
            TokenTree::Ident(ident) if ident == "crate" && is_path_start(&trees, i) => {
                if depth == 0 {
                    out.push(TokenTree::Ident(Ident::new("self", ident.span())));
                } else {
                    push_supers_path(&mut out, depth);
                }
            }
            TokenTree::Group(group) => {
                let inner_depth = if is_module_body(&trees, i) {
                    depth + 1
                } else {
                    depth
                };
                let stream = if is_doc_attribute(&trees, i) {
                    doc_as_text(group, &mut in_code, depth)
                } else {
                    expand(group.stream(), inner_depth)?
                };
                let mut new = Group::new(group.delimiter(), stream);
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    Ok(out.into_iter().collect())
}

/// `super::` `depth` times, before a path that continues.
fn push_supers(out: &mut Vec<TokenTree>, depth: usize) {
    for _ in 0..depth {
        out.push(TokenTree::Ident(Ident::new("super", Span::call_site())));
        out.extend(colons());
    }
}

/// `super::super...::super` (`depth` times) in place of `crate`.
fn push_supers_path(out: &mut Vec<TokenTree>, depth: usize) {
    for n in 0..depth {
        if n > 0 {
            out.extend(colons());
        }
        out.push(TokenTree::Ident(Ident::new("super", Span::call_site())));
    }
}

fn colons() -> [TokenTree; 2] {
    [
        TokenTree::Punct(Punct::new(':', Spacing::Joint)),
        TokenTree::Punct(Punct::new(':', Spacing::Alone)),
    ]
}

/// Whether the `crate` at `i` starts a path (`crate::x`), not `pub(crate)`.
fn is_path_start(trees: &[TokenTree], i: usize) -> bool {
    trees.get(i + 1).is_some_and(|t| is_punct(t, ':')) && !after_colons(trees, i)
}

/// Whether the tree at `i` follows `::` (a path segment, not a path's start; a
/// single `:` is a type ascription: `field: path`).
fn after_colons(trees: &[TokenTree], i: usize) -> bool {
    i >= 2
        && is_punct(&trees[i - 1], ':')
        && matches!(&trees[i - 2], TokenTree::Punct(p) if p.as_char() == ':' && p.spacing() == Spacing::Joint)
}

/// Whether the brace group at `i` is a module's body (`mod name { ... }`).
fn is_module_body(trees: &[TokenTree], i: usize) -> bool {
    matches!(&trees[i], TokenTree::Group(g) if g.delimiter() == Delimiter::Brace)
        && i >= 2
        && matches!(&trees[i - 1], TokenTree::Ident(_))
        && is_ident(&trees[i - 2], "mod")
}

/// Whether the bracket group at `i` is `#[doc = "..."]` or `#![doc = "..."]`.
fn is_doc_attribute(trees: &[TokenTree], i: usize) -> bool {
    let TokenTree::Group(group) = &trees[i] else {
        return false;
    };
    group.delimiter() == Delimiter::Bracket
        && i >= 1
        && (is_punct(&trees[i - 1], '#') || is_punct(&trees[i - 1], '!'))
        && group
            .stream()
            .into_iter()
            .next()
            .is_some_and(|t| is_ident(&t, "doc"))
}

/// A doc attribute's stream with code fences turned into `text` fences (the examples
/// name the runtime crate, which an inline client does not have) and `crate::` links
/// relative, as the code's paths.
fn doc_as_text(group: &Group, in_code: &mut bool, depth: usize) -> TokenStream {
    let relative = match depth {
        0 => "self::".to_string(),
        n => "super::".repeat(n),
    };
    group
        .stream()
        .into_iter()
        .map(|tree| match &tree {
            TokenTree::Literal(lit) => match syn::parse_str::<syn::LitStr>(&lit.to_string()) {
                Ok(text) => {
                    let value = text.value();
                    if value.trim_start().starts_with("```") {
                        let opening = !*in_code;
                        *in_code = !*in_code;
                        if opening {
                            return TokenTree::Literal(Literal::string(" ```text"));
                        }
                    }
                    if value.contains("crate::") {
                        return TokenTree::Literal(Literal::string(
                            &value.replace("crate::", &relative),
                        ));
                    }
                    tree
                }
                Err(_) => tree,
            },
            _ => tree,
        })
        .collect()
}

/// Whether `tree` is `[cfg(test)]`.
fn is_cfg_test(tree: Option<&TokenTree>) -> bool {
    let Some(TokenTree::Group(group)) = tree else {
        return false;
    };
    group.delimiter() == Delimiter::Bracket
        && group.stream().to_string().replace(' ', "") == "cfg(test)"
}

/// The index after the item starting at `start`: through its first brace group at
/// the top level, or its `;`.
fn item_end(trees: &[TokenTree], start: usize) -> Option<usize> {
    let is_use = trees[start..]
        .iter()
        .find(|t| matches!(t, TokenTree::Ident(_)))
        .is_some_and(|t| is_ident(t, "use"));
    (start..trees.len()).find_map(|i| match &trees[i] {
        TokenTree::Group(g) if g.delimiter() == Delimiter::Brace && !is_use => Some(i + 1),
        t if is_punct(t, ';') => Some(i + 1),
        _ => None,
    })
}

fn is_ident(tree: &TokenTree, name: &str) -> bool {
    matches!(tree, TokenTree::Ident(ident) if ident == name)
}

fn is_punct(tree: &TokenTree, c: char) -> bool {
    matches!(tree, TokenTree::Punct(p) if p.as_char() == c)
}

fn lex_error(e: proc_macro2::LexError) -> Error {
    render_error(format!("a runtime file did not lex: {e}"))
}

fn render_error(message: String) -> Error {
    Error::Render {
        template: WHAT.to_string(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_runtime_file_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/src");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(Result::ok)
            .filter_map(|e| {
                e.file_name()
                    .to_str()?
                    .strip_suffix(".rs")
                    .map(String::from)
            })
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = FILES.iter().map(|(name, _)| name.to_string()).collect();
        embedded.sort();
        assert_eq!(embedded, on_disk);
    }

    #[test]
    fn crate_paths_become_relative_and_tests_and_doc_examples_go() {
        let module = runtime_module(true).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            module.starts_with("pub mod mdclient_runtime {"),
            "{}",
            &module[..80]
        );
        assert!(!module.contains("crate::"), "a `crate::` path is left");
        assert!(!module.contains("mod tests"), "unit tests are left in");
        assert!(
            !module.contains("```no_run"),
            "a doc example would be compiled"
        );
        assert!(module.contains("mod body {"));
        assert!(
            module.contains("pub(crate)"),
            "visibility `pub(crate)` is kept"
        );
        let in_module = runtime_module(false).unwrap_or_else(|e| panic!("{e}"));
        assert!(in_module.starts_with("#[allow(unexpected_cfgs)]\npub mod mdclient_runtime {"));
    }

    #[test]
    fn client_paths_in_nested_modules_go_through_super() {
        let tokens = TokenStream::from_str(
            "fn a(_: mdclient_runtime::Core) {} pub mod models { impl mdclient_runtime::model::Model for X {} fn b(_: ::mdclient_runtime::X, _: mdclient_runtime::Y) {} }",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let text = relocate_client(tokens).to_string().replace(' ', "");
        assert!(text.starts_with("fna(_:mdclient_runtime::Core)"), "{text}");
        assert!(
            text.contains("implsuper::mdclient_runtime::model::Model"),
            "{text}"
        );
        assert!(
            text.contains("fnb(_:::mdclient_runtime::X,_:super::mdclient_runtime::Y)"),
            "{text}"
        );
    }

    #[test]
    fn the_manifest_tables_are_the_runtimes() {
        let (features, dependencies) = manifest_tables();
        assert!(features.contains("blocking = "));
        assert!(dependencies.contains("reqwest = "));
        assert!(!dependencies.contains("dependencies]"));
    }
}
