//! Finding and reading the pages of the inputs, safely: each real folder once (a
//! symlink loop or a second link to a folder is not walked again), each real file once
//! (a page given twice is read once), regular files only (a FIFO, a device or a socket
//! named `*.md` is skipped with a warning instead of blocking or being read without
//! end), and bounded: at most [`MAX_FILE_BYTES`] per page and [`MAX_FILES`] pages.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::spec::Source;
use crate::{Error, Warning};

/// The largest page read, in bytes (the largest real `*Api.md` seen is under 2 MB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most pages read from all inputs together.
pub const MAX_FILES: usize = 100_000;
/// The deepest folder nesting walked below an input folder.
pub const MAX_DEPTH: usize = 64;

/// One page to read: its path, and whether it was named directly (then it must be an
/// API page) or found in a folder.
#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    pub direct: bool,
}

/// The walk's state: what was seen, what was found.
#[derive(Default)]
pub struct Walk {
    dirs: BTreeSet<PathBuf>,
    files: BTreeSet<PathBuf>,
    pub found: Vec<Found>,
    pub warnings: Vec<Warning>,
}

impl Walk {
    /// Adds an input: a file (any name) or a folder (searched recursively, in name
    /// order, for `*.md`).
    pub fn input(&mut self, path: &Path) -> Result<(), Error> {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            self.dir(path, 0)
        } else if meta.is_file() {
            self.file(path, true, &meta)
        } else {
            Err(Error::NoInput(format!(
                "{}: expected a Markdown file or a docs folder, found {}",
                path.display(),
                kind(&meta)
            )))
        }
    }

    fn dir(&mut self, dir: &Path, depth: usize) -> Result<(), Error> {
        let real = std::fs::canonicalize(dir).map_err(|e| Error::io(dir, e))?;
        if !self.dirs.insert(real) {
            // A symlink back up the tree, or a second link to a folder already read.
            return Ok(());
        }
        if depth > MAX_DEPTH {
            self.warn(
                dir,
                format!("folder nested deeper than {MAX_DEPTH} levels; not searched"),
            );
            return Ok(());
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| Error::io(dir, e))?
            .map(|e| e.map(|e| e.path()).map_err(|err| Error::io(dir, err)))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for path in entries {
            // Follows symlinks; a dangling link is skipped like any unreadable entry.
            let Ok(meta) = std::fs::metadata(&path) else {
                if is_md(&path) {
                    self.warn(&path, "cannot be read (a dangling link?); skipped".into());
                }
                continue;
            };
            if meta.is_dir() {
                self.dir(&path, depth + 1)?;
            } else if is_md(&path) {
                if meta.is_file() {
                    self.file(&path, false, &meta)?;
                } else {
                    let what = kind(&meta);
                    self.warn(&path, format!("{what}, not a regular file; skipped"));
                }
            }
        }
        Ok(())
    }

    fn file(&mut self, path: &Path, direct: bool, meta: &std::fs::Metadata) -> Result<(), Error> {
        let real = std::fs::canonicalize(path).map_err(|e| Error::io(path, e))?;
        if !self.files.insert(real) {
            if direct {
                self.warn(path, "given twice (or linked); read once".into());
            }
            return Ok(());
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_big(path));
        }
        if self.found.len() >= MAX_FILES {
            return Err(Error::NoInput(format!(
                "{}: more than {MAX_FILES} Markdown files in the inputs (the limit); \
                 give the docs folder itself, not a folder above it",
                path.display()
            )));
        }
        self.found.push(Found {
            path: path.to_path_buf(),
            direct,
        });
        Ok(())
    }

    fn warn(&mut self, path: &Path, message: String) {
        self.warnings.push(Warning {
            at: Source::new(path.to_string_lossy().replace('\\', "/"), 0),
            message,
        });
    }
}

/// Reads a file found by the walk, at most [`MAX_FILE_BYTES`] (it may have grown).
pub fn read(path: &Path) -> Result<Vec<u8>, Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(path));
    }
    Ok(bytes)
}

fn too_big(path: &Path) -> Error {
    Error::NoInput(format!(
        "{}: larger than {} MiB (the limit for one page); not a docs page?",
        path.display(),
        MAX_FILE_BYTES / (1024 * 1024)
    ))
}

fn is_md(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md"))
}

fn kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    let _ = meta;
    "not a regular file"
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("mdclient-walk-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn symlink_loops_and_second_links_are_walked_once() {
        let dir = tmp("loop");
        std::fs::write(dir.join("PetApi.md"), "# x").unwrap();
        std::os::unix::fs::symlink(".", dir.join("a")).unwrap();
        std::os::unix::fs::symlink(".", dir.join("b")).unwrap();
        std::os::unix::fs::symlink("PetApi.md", dir.join("Same.md")).unwrap();
        let mut walk = Walk::default();
        walk.input(&dir).unwrap();
        assert_eq!(walk.found.len(), 1, "{:?}", walk.found);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_fifo_named_md_is_skipped_with_a_warning() {
        let dir = tmp("fifo");
        let fifo = dir.join("PetApi.md");
        let status = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !status.is_ok_and(|s| s.success()) {
            return; // no mkfifo here
        }
        let mut walk = Walk::default();
        walk.input(&dir).unwrap();
        assert!(walk.found.is_empty());
        assert!(
            walk.warnings[0].message.contains("FIFO"),
            "{:?}",
            walk.warnings
        );
        let err = Walk::default().input(&fifo).unwrap_err().to_string();
        assert!(err.contains("FIFO"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_link_to_a_device_is_not_read() {
        let dir = tmp("dev");
        std::os::unix::fs::symlink("/dev/zero", dir.join("Zero.md")).unwrap();
        let mut walk = Walk::default();
        walk.input(&dir).unwrap();
        assert!(walk.found.is_empty());
        assert!(
            walk.warnings[0].message.contains("device"),
            "{:?}",
            walk.warnings
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_same_page_given_twice_is_read_once() {
        let dir = tmp("twice");
        let page = dir.join("PetApi.md");
        std::fs::write(&page, "# x").unwrap();
        let mut walk = Walk::default();
        walk.input(&page).unwrap();
        walk.input(&page).unwrap();
        assert_eq!(walk.found.len(), 1);
        assert!(walk.warnings[0].message.contains("twice"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
