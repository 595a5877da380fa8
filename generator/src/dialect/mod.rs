//! Reading pages of a docs dialect into the intermediate spec.

use std::path::Path;

use crate::spec::Spec;
use crate::{Error, Warning};

/// What [`read_docs`] recovered: the spec and the oddities met on the way.
#[derive(Debug, Clone)]
pub struct Recovered {
    pub spec: Spec,
    pub warnings: Vec<Warning>,
}

/// Reads pages and docs folders into one spec.
///
/// `inputs` are files (any name) or folders (searched for `*.md`). Paths are recorded
/// in the spec as given. `name` is the API's short name; by default it is taken from
/// the first input.
pub fn read_docs<P: AsRef<Path>>(inputs: &[P], name: Option<&str>) -> Result<Recovered, Error> {
    let _ = (inputs, name);
    Err(Error::NoInput("not yet implemented".into()))
}
