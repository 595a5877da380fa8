//! mdclient: recover an API from the Markdown docs of an OpenAPI Generator or
//! swagger-codegen SDK, and generate a typed Rust client for it.
//!
//! The pipeline, one module per stage, data flowing one way:
//!
//! 1. [`markdown`]: a page -> a document model (headings, paragraphs, tables, code
//!    blocks, each with its line number);
//! 2. [`dialect`]: the document model -> what a page of that dialect means (ruby,
//!    python, go...), producing the intermediate [`spec`];
//! 3. [`render`]: the spec -> Rust source, through minijinja templates, formatted with
//!    prettyplease; [`openapi`]: the spec -> an OpenAPI 3.0.3 document.
//!
//! [`Builder`] drives the pipeline from a downstream `build.rs`.

mod builder;
pub mod dialect;
mod error;
pub mod markdown;
pub mod openapi;
pub mod render;
pub mod spec;

pub use builder::{write_if_changed, Builder, Generated};
pub use dialect::{read_docs, read_docs_with, ReadOptions, Recovered};
pub use error::{terminal_safe, Error, Warning};
