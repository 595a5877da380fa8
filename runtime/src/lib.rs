//! The runtime shared by the clients [mdclient](https://github.com/) generates.
//!
//! A generated client holds a [`Core`] (base URL, HTTP client, timeout, user agent,
//! credentials, token exchange) and, per operation, builds a [`Call`] and decodes its
//! [`Received`] response into an [`ApiResponse`] or an [`Error`]. Everything that does
//! not depend on the API lives here, compiled once, so a generated crate holds only
//! its models and a few lines per operation.
//!
//! ```no_run
//! # async fn demo() -> Result<(), mdclient_runtime::Error> {
//! use mdclient_runtime::{Call, Core, Credential, Piece};
//! let mut core = Core::new("https://api.example.com/v1");
//! core.set_credential("bearerAuth", Credential::Bearer("secret".into()));
//! let mut call = Call::new(&core, "getPet", mdclient_runtime::reqwest::Method::GET,
//!     &[&[Piece::Lit("pets")], &[Piece::Value("7".into())]])?;
//! call.security(&["bearerAuth"]);
//! let pet: serde_json::Value = call.send().await?.json::<_, std::convert::Infallible>().await.map_err(mdclient_runtime::Error::narrow)?.body;
//! # Ok(()) }
//! ```
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

#[cfg(feature = "blocking")]
pub mod blocking;
mod body;
mod call;
mod core;
mod error;
mod execute;
#[cfg(feature = "mock")]
pub mod mock;
pub mod model;
pub mod paging;
mod received;
mod retry;
mod token;
mod wire;

#[cfg(feature = "chrono")]
pub use chrono;
pub use reqwest;
#[cfg(feature = "uuid")]
pub use uuid;

pub use crate::core::{Core, Credential, HookError, Http, KeyIn, RequestHook};
#[cfg(feature = "blocking")]
pub use blocking::SendBlocking;
pub use call::{send, Call, Piece};
pub use error::{ApiResponse, Error};
pub use execute::{decode, execute, Decode, Reading};
pub use model::from_json;
pub use received::{ByteStream, Received};
#[cfg(feature = "middleware")]
pub use reqwest_middleware;
pub use retry::Retry;
pub use token::Exchange;
pub use wire::text;

/// The future an operation's request turns into with `.await`.
pub type Pending<'a, T, E> = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<ApiResponse<T>, Error<E>>> + Send + 'a>,
>;
