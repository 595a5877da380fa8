//! A Prism mock server of one source spec on 127.0.0.1, killed when dropped (at the
//! end of the run, and when it fails).

use std::fs::File;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long Prism may take to read a spec and listen.
const STARTUP: Duration = Duration::from_secs(60);

pub(crate) struct Prism {
    child: Child,
    /// `http://127.0.0.1:<port>`.
    pub url: String,
}

impl Prism {
    /// Starts `prism mock <spec>` on a free loopback port and waits until it listens;
    /// its output goes to `log`.
    pub(crate) fn start(prism: &Path, spec: &Path, log: &Path) -> Result<Prism, String> {
        let address = free_port()?;
        let out = File::create(log).map_err(|e| format!("{}: {e}", log.display()))?;
        let err = out
            .try_clone()
            .map_err(|e| format!("{}: {e}", log.display()))?;
        let child = Command::new(prism)
            .arg("mock")
            .arg(spec)
            .args(["-h", "127.0.0.1", "-p", &address.port().to_string()])
            .arg("--multiprocess=false")
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", prism.display()))?;
        // From here on, dropping `server` kills Prism.
        let mut server = Prism {
            child,
            url: format!("http://{address}"),
        };
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!(
                    "prism mock {} exited ({status}) before listening; its output is in {}",
                    spec.display(),
                    log.display()
                ));
            }
            if TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok() {
                return Ok(server);
            }
            if start.elapsed() > STARTUP {
                return Err(format!(
                    "prism mock {} did not listen on {address} within {} s; its output is in {}",
                    spec.display(),
                    STARTUP.as_secs(),
                    log.display()
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        // Ours alone: the child this value started, by its handle.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback port nothing listens on (the OS's pick, released for Prism).
fn free_port() -> Result<SocketAddr, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map_err(|e| format!("no free loopback port: {e}"))
}
