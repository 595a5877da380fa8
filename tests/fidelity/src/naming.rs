//! How often a guessed wire name is right: the names mdclient recovered with an
//! inferred `wire_name` (the docs re-cased them), checked against the source spec.

use crate::compare::path_shape;
use crate::docs::loose;
use crate::facts::Api;

/// Guessed wire names and how many of them the source spells the same.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Guesses {
    pub guessed: usize,
    pub right: usize,
}

impl Guesses {
    pub fn add(&mut self, other: Guesses) {
        self.guessed += other.guessed;
        self.right += other.right;
    }

    fn count(&mut self, guess: &str, source: &[&str]) {
        // Only names the source has in some spelling count: a guess for an item
        // the source lacks says nothing about spelling.
        let want = loose(guess);
        if let Some(exact) = source.iter().find(|s| loose(s) == want) {
            self.guessed += 1;
            self.right += usize::from(*exact == guess);
        }
    }
}

/// Counts the guessed names of `spec` against the facts of its source.
pub fn guesses(spec: &mdclient::spec::Spec, src: &Api) -> Guesses {
    let mut g = Guesses::default();
    for op in spec.apis.iter().flat_map(|a| &a.operations) {
        let method = op.method.to_ascii_lowercase();
        let Some(source) = src
            .operations
            .iter()
            .find(|s| s.method == method && path_shape(&s.path) == path_shape(&op.path))
        else {
            continue;
        };
        let names: Vec<&str> = source.params.iter().map(|p| p.name.as_str()).collect();
        for p in &op.params {
            if p.location != mdclient::spec::ParamLocation::Path
                && p.inferred.contains_key("wire_name")
            {
                g.count(&p.wire_name, &names);
            }
        }
        if let (Some(body), Some(sbody)) = (&op.body, &source.body) {
            let fields: Vec<&str> = sbody.fields.iter().map(String::as_str).collect();
            for f in body
                .fields
                .iter()
                .filter(|f| f.inferred.contains_key("wire_name"))
            {
                g.count(&f.wire_name, &fields);
            }
        }
    }
    for (name, model) in &spec.models {
        let source = src.schemas.get(name).or_else(|| {
            src.schemas
                .iter()
                .find(|(k, _)| loose(k) == loose(name))
                .map(|(_, m)| m)
        });
        let Some(source) = source else { continue };
        let names: Vec<&str> = source.properties.iter().map(|p| p.name.as_str()).collect();
        for p in model
            .properties
            .iter()
            .filter(|p| p.inferred.contains_key("wire_name"))
        {
            g.count(&p.wire_name, &names);
        }
    }
    g
}
