//! Retries: which failed requests are sent again, and how long to wait first.
//!
//! Off unless a client is given a [`Retry`]: sending a request twice is a change of
//! behaviour the caller must choose, since only the caller knows whether the API
//! treats a repeated request as one. Once on, the defaults are conservative: three
//! attempts in at most 30 s, on a failed connection (nothing reached the server), 429
//! and 503, for the idempotent methods only (GET, HEAD, PUT, DELETE, OPTIONS, TRACE),
//! and never for a body that cannot be sent twice (a multipart form). A timeout is
//! not retried: the server may have acted. A server's `Retry-After` (seconds, or an
//! HTTP date) replaces the computed wait; when it is later than the time left, the
//! response is returned as it is.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::Method;

/// When and how a failed request is sent again (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retry {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
    statuses: Vec<u16>,
    non_idempotent: bool,
}

impl Default for Retry {
    fn default() -> Self {
        Retry {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_elapsed: Duration::from_secs(30),
            statuses: vec![429, 503],
            non_idempotent: false,
        }
    }
}

impl Retry {
    /// The defaults: 3 attempts, waits from 200 ms doubling up to 10 s (with jitter),
    /// 30 s in all, on connection failures, 429 and 503, idempotent methods only.
    pub fn new() -> Self {
        Self::default()
    }

    /// Attempts in all, the first included (1: no retry).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait before the second attempt; it doubles for each one after, up to
    /// `max`, and a random part of up to half of it is taken off (jitter), so that
    /// clients that failed together do not retry together.
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// No attempt starts later than `total` after the first.
    pub fn max_elapsed(mut self, total: Duration) -> Self {
        self.max_elapsed = total;
        self
    }

    /// Also retries responses with `status` (500, 502, 504...).
    pub fn on_status(mut self, status: u16) -> Self {
        if !self.statuses.contains(&status) {
            self.statuses.push(status);
        }
        self
    }

    /// Retries POST and PATCH requests too. Only when the API makes them safe to
    /// repeat (an idempotency key, say): the server may act on each attempt.
    pub fn non_idempotent(mut self, retry: bool) -> Self {
        self.non_idempotent = retry;
        self
    }

    /// Whether requests with `method` are retried at all.
    pub(crate) fn allows(&self, method: &Method) -> bool {
        self.non_idempotent
            || [
                Method::GET,
                Method::HEAD,
                Method::PUT,
                Method::DELETE,
                Method::OPTIONS,
                Method::TRACE,
            ]
            .contains(method)
    }

    /// Whether a response with `status` is worth another attempt.
    pub(crate) fn retries_status(&self, status: u16) -> bool {
        self.statuses.contains(&status)
    }

    /// How long to wait after attempt `attempt` (1 for the first) failed, or `None`
    /// when no attempt is left: the last one was made, or the wait would end after
    /// `max_elapsed` (`elapsed` is the time since the first attempt started).
    /// `retry_after` is the server's own wait.
    pub(crate) fn wait(
        &self,
        attempt: u32,
        elapsed: Duration,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let wait = retry_after.unwrap_or_else(|| {
            let doubled = self
                .initial_backoff
                .saturating_mul(1u32 << (attempt - 1).min(16));
            let capped = doubled.min(self.max_backoff);
            capped.saturating_sub(capped.mul_f64(jitter() / 2.0))
        });
        (elapsed.saturating_add(wait) <= self.max_elapsed).then_some(wait)
    }
}

/// The wait a response's `Retry-After` header asks for: delay-seconds, or an HTTP date
/// (a date already past: no wait).
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = http_date(value)?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110 section 5.6.7), the form
/// servers must send.
fn http_date(text: &str) -> Option<SystemTime> {
    let mut parts = text.split_whitespace();
    let _weekday = parts.next()?.strip_suffix(',')?;
    let day: u64 = parts.next()?.parse().ok()?;
    let month = parts.next()?;
    let year: u64 = parts.next()?.parse().ok()?;
    let time: Vec<u64> = parts
        .next()?
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    if parts.next()? != "GMT" || parts.next().is_some() {
        return None;
    }
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| *m == month)? as u64 + 1;
    let [hours, minutes, seconds] = time.as_slice() else {
        return None;
    };
    if !(1..=31).contains(&day) || year < 1970 || *hours > 23 || *minutes > 59 || *seconds > 60 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + hours * 3_600 + minutes * 60 + seconds;
    SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(secs))
}

/// Days since 1970-01-01 of a date of the proleptic Gregorian calendar (H. Hinnant's
/// `days_from_civil`), for years from 1970.
fn days_from_civil(year: u64, month: u64, day: u64) -> u64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y / 400;
    let yoe = y - era * 400;
    let m = (month + 9) % 12;
    let doy = (153 * m + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A number in [0, 1), different on each call (std's randomly keyed hasher over the
/// clock): enough to spread retries, no cryptography.
fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hasher.write_u128(nanos);
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn only_idempotent_methods_unless_asked() {
        let retry = Retry::new();
        assert!(retry.allows(&Method::GET) && retry.allows(&Method::PUT));
        assert!(!retry.allows(&Method::POST) && !retry.allows(&Method::PATCH));
        assert!(retry.non_idempotent(true).allows(&Method::POST));
    }

    #[test]
    fn waits_double_with_jitter_and_stop_at_the_limits() {
        let retry = Retry::new().backoff(Duration::from_millis(100), Duration::from_millis(300));
        let first = retry.wait(1, Duration::ZERO, None);
        assert!(
            first.is_some_and(|w| w > Duration::from_millis(50) && w <= Duration::from_millis(100))
        );
        let second = retry.wait(2, Duration::ZERO, None);
        assert!(second
            .is_some_and(|w| w > Duration::from_millis(100) && w <= Duration::from_millis(200)));
        assert_eq!(retry.wait(3, Duration::ZERO, None), None, "3 attempts made");
        let long = Retry::new()
            .max_attempts(10)
            .backoff(Duration::from_secs(1), Duration::from_secs(4));
        assert!(long
            .wait(8, Duration::ZERO, None)
            .is_some_and(|w| w <= Duration::from_secs(4)));
        // The server's wait replaces the backoff, unless it ends after the limit.
        assert_eq!(
            retry.wait(1, Duration::ZERO, Some(Duration::from_secs(2))),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            retry.wait(1, Duration::from_secs(29), Some(Duration::from_secs(2))),
            None
        );
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let mut headers = HeaderMap::new();
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_770); // Sun, 06 Nov 1994 08:49:30 GMT
        headers.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(7)));
        headers.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT"),
        );
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(7)));
        headers.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Sat, 05 Nov 1994 08:49:37 GMT"),
        );
        assert_eq!(retry_after(&headers, now), Some(Duration::ZERO));
        headers.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers, now), None);
        assert_eq!(
            http_date("Thu, 01 Jan 1970 00:00:00 GMT"),
            Some(SystemTime::UNIX_EPOCH)
        );
        assert_eq!(
            http_date("Tue, 29 Feb 2000 00:00:00 GMT")
                .map(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok()),
            Some(Some(Duration::from_secs(951_782_400)))
        );
        assert_eq!(http_date("Sun, 06 Nov 1994 08:49:37 UTC"), None);
    }
}
