//! Every operation of the five seed clients, called against a loopback server: the
//! exact request (method, path, query, headers, body bytes, content type), the decoded
//! response, and the error of a non-2xx answer.

mod benchling;
mod c2m;
mod client;
mod datagalaxy;
mod formats;
mod hooks;
mod inline;
mod mock;
mod paging;
mod petstore;
mod rxinfer;
mod spans;
mod togai;
mod token;
