//! Calls of a rendered client for a request-validating mock server (Prism, run on the
//! client's source spec by `cargo xtask prism`): every operation once, with the smoke
//! tests' plan (a sample value for every argument, optional ones included, and a
//! dummy credential for every scheme), each call reporting what was sent and what the
//! server answered. Unlike the smoke tests nothing is checked here: the server, which
//! knows the source spec, judges the request.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{call_parts, prelude, unparse, Plan, Sampler};
use crate::spec::Spec;
use crate::Error;

/// Renders `calls(base: String) -> support::Calls`, the future of every operation's
/// call on the client at `client_path` (rendered from `spec`) with the base URL `base`.
pub(crate) fn render(spec: &Spec, client_path: &str) -> Result<String, Error> {
    let sampler = Sampler {
        models: &spec.models,
        valid: true,
    };
    let (plans, mut items) = prelude(spec, client_path, &sampler)?;
    let calls = plans.iter().map(call).collect::<Result<Vec<_>, _>>()?;
    items.push(quote! {
        /// Calls every operation of the client once on `base`, in the docs' order, each
        /// through a recorder of its request and of the server's answer.
        pub(crate) fn calls(base: String) -> support::Calls {
            Box::pin(async move { vec![#(#calls),*] })
        }
    });
    unparse(&items)
}

/// One operation's call: a client sending through a recorder, with every credential,
/// called with every argument; the recorder's report of it.
fn call(plan: &Plan) -> Result<TokenStream, Error> {
    let (credentials, call) = call_parts(plan)?;
    let id = Literal::string(&plan.id);
    let http_method = Literal::string(plan.http_method);
    let template = Literal::string(&plan.template);
    Ok(quote! {
        {
            let (http, seen) = support::recorder();
            let client = Client::new(base.as_str()).with_http_client(http) #(#credentials)*;
            let result = #call.await;
            seen.report(#id, #http_method, #template, result.err())
        }
    })
}
