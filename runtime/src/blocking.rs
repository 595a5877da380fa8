//! The same API, synchronously (`blocking` feature): every request of a generated
//! client can be sent with [`SendBlocking::send_blocking`] instead of `.await`.

use std::future::IntoFuture;
use std::sync::OnceLock;

use crate::Error;

/// One runtime for every blocking call, so connections are pooled across calls.
static RUNTIME: OnceLock<Result<tokio::runtime::Runtime, String>> = OnceLock::new();

/// Sends a request and waits for its result on the calling thread.
pub trait SendBlocking: IntoFuture {
    /// Sends the request and blocks until it is decoded. Inside an async runtime this
    /// fails with [`Error::Blocking`] instead of blocking the runtime: `.await` there.
    fn send_blocking(self) -> Self::Output;
}

impl<R, T, E> SendBlocking for R
where
    R: IntoFuture<Output = Result<T, Error<E>>>,
{
    fn send_blocking(self) -> Self::Output {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(Error::Blocking {
                message: "called inside an async runtime; use `.await` there".to_string(),
            });
        }
        let runtime = RUNTIME.get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .thread_name("mdclient-blocking")
                .enable_all()
                .build()
                .map_err(|e| e.to_string())
        });
        match runtime {
            Ok(runtime) => runtime.block_on(self.into_future()),
            Err(message) => Err(Error::Blocking {
                message: format!("could not start a runtime: {message}"),
            }),
        }
    }
}
