//! The printed report: Markdown tables (so docs/dialects.md can take them as they
//! are) and example misses.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::compare::{Count, Miss};
use crate::kind::Kind;
use crate::Outcome;

/// A dialect folder name split for sorting: `python-pydantic-v1-7.26.0` ->
/// (`python`, `pydantic-v1`, [7, 26, 0]).
pub fn dialect_key(dialect: &str) -> (String, String, Vec<u32>) {
    let (generator, version) = dialect.rsplit_once('-').unwrap_or((dialect, ""));
    let (family, flavour) = generator.split_once('-').unwrap_or((generator, ""));
    let version = version.split('.').filter_map(|n| n.parse().ok()).collect();
    (family.to_string(), flavour.to_string(), version)
}

/// The generator family of a dialect folder: `python-nextgen-6.6.0` -> `python`.
pub fn family(dialect: &str) -> String {
    dialect_key(dialect).0
}

fn sort_dialects(dialects: &mut [String]) {
    dialects.sort_by_key(|d| {
        let (family, flavour, version) = dialect_key(d);
        (family, version, flavour)
    });
}

/// `recovered of carried / carried (%) of all facts`: `120/122 (98%) of 156`.
fn cell(c: Option<&Count>) -> String {
    match c {
        Some(c) if c.total > 0 => format!(
            "{}/{} ({}%) of {}",
            c.carried_recovered,
            c.carried,
            crate::whole_pct(c.carried_recovered, c.carried),
            c.total
        ),
        _ => "-".to_string(),
    }
}

/// A Markdown table: rows = kinds (plus `extra` rows first), columns = `columns`.
fn table(
    out: &mut String,
    columns: &[String],
    extra: &[(&str, Vec<String>)],
    counts: impl Fn(&str, Kind) -> Option<Count>,
) {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec!["fact".to_string()];
    header.extend(columns.iter().cloned());
    rows.push(header);
    for (label, cells) in extra {
        let mut row = vec![label.to_string()];
        row.extend(cells.iter().cloned());
        rows.push(row);
    }
    for &kind in Kind::ALL {
        let cells: Vec<String> = columns
            .iter()
            .map(|c| cell(counts(c, kind).as_ref()))
            .collect();
        if cells.iter().all(|c| c == "-") {
            continue;
        }
        let mut row = vec![kind.label().to_string()];
        row.extend(cells);
        rows.push(row);
    }
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| r[i].len()).max().unwrap_or(0))
        .collect();
    for (n, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                if i == 0 {
                    format!("{c:<w$}")
                } else {
                    format!("{c:>w$}")
                }
            })
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
        if n == 0 {
            let rule: Vec<String> = widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    if i == 0 {
                        "-".repeat(*w)
                    } else {
                        format!("{}:", "-".repeat(w - 1))
                    }
                })
                .collect();
            let _ = writeln!(out, "| {} |", rule.join(" | "));
        }
    }
    out.push('\n');
}

/// Dialects grouped by family, each family's dialects in version order.
fn by_family(dialects: impl Iterator<Item = String>) -> BTreeMap<String, Vec<String>> {
    let mut families: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for d in dialects {
        let list = families.entry(family(&d)).or_default();
        if !list.contains(&d) {
            list.push(d);
        }
    }
    for list in families.values_mut() {
        sort_dialects(list);
    }
    families
}

/// One table per spec and generator family: each column is one fixture folder.
pub fn fixture_tables(outcomes: &[Outcome]) -> String {
    let mut out = String::new();
    let mut specs: Vec<&str> = outcomes.iter().map(|o| o.spec.as_str()).collect();
    specs.dedup();
    for spec in specs {
        let of_spec: Vec<&Outcome> = outcomes.iter().filter(|o| o.spec == spec).collect();
        for (family, dialects) in by_family(of_spec.iter().map(|o| o.dialect.clone())) {
            let find = |d: &str| of_spec.iter().find(|o| o.dialect == d);
            let _ = writeln!(out, "### {spec} x {family}\n");
            let warnings: Vec<String> = dialects
                .iter()
                .map(|d| find(d).map_or("-".into(), |o| o.warnings.to_string()))
                .collect();
            table(&mut out, &dialects, &[("warnings", warnings)], |d, kind| {
                find(d).and_then(|o| o.tally.counts.get(&kind).copied())
            });
        }
    }
    out
}

/// Counts summed over the specs, per dialect folder name and kind.
pub fn aggregate(outcomes: &[Outcome]) -> BTreeMap<String, BTreeMap<Kind, Count>> {
    let mut sums: BTreeMap<String, BTreeMap<Kind, Count>> = BTreeMap::new();
    for o in outcomes {
        let per_kind = sums.entry(o.dialect.clone()).or_default();
        for (kind, count) in &o.tally.counts {
            per_kind.entry(*kind).or_default().add(*count);
        }
    }
    sums
}

/// One table per generator family: each column is a dialect summed over the specs.
pub fn aggregate_tables(sums: &BTreeMap<String, BTreeMap<Kind, Count>>) -> String {
    let mut out = String::new();
    for (family, dialects) in by_family(sums.keys().cloned()) {
        let _ = writeln!(out, "### {family}\n");
        table(&mut out, &dialects, &[], |d, kind| {
            sums.get(d).and_then(|k| k.get(&kind).copied())
        });
    }
    out
}

/// The same miss (same spec, place, source and recovered value) in several dialects.
struct MissGroup<'a> {
    spec: &'a str,
    miss: &'a Miss,
    dialects: Vec<String>,
}

/// `go-*` for every version of a generator, `go-{5.4.0,6.6.0}` for some.
fn dialect_set(dialects: &[String], all: &[String]) -> String {
    let mut generators: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for d in dialects {
        let (generator, version) = d.rsplit_once('-').unwrap_or((d, ""));
        generators
            .entry((family(d), generator.to_string()))
            .or_default()
            .push(version.to_string());
    }
    let parts: Vec<String> = generators
        .into_iter()
        .map(|((_, generator), versions)| {
            let every = all
                .iter()
                .filter(|d| d.rsplit_once('-').is_some_and(|(g, _)| g == generator))
                .count();
            match versions.as_slice() {
                [one] if every > 1 => format!("{generator}-{one}"),
                _ if versions.len() == every => format!("{generator}-*"),
                _ => format!("{generator}-{{{}}}", versions.join(",")),
            }
        })
        .collect();
    parts.join(" ")
}

/// For each kind with misses: how many, and up to `per_kind` examples. A miss that
/// recurs in several dialects is shown once, naming them; examples are taken in turn
/// from each set of dialects, so that one era's misses do not hide another's.
pub fn miss_examples(outcomes: &[Outcome], per_kind: usize) -> String {
    let mut all: Vec<String> = outcomes.iter().map(|o| o.dialect.clone()).collect();
    sort_dialects(&mut all);
    all.dedup();
    let mut out = String::new();
    for &kind in Kind::ALL {
        let misses: Vec<(&Outcome, &Miss)> = outcomes
            .iter()
            .flat_map(|o| o.tally.misses.iter().map(move |m| (o, m)))
            .filter(|(_, m)| m.kind == kind)
            .collect();
        if misses.is_empty() {
            continue;
        }
        let dependent = misses.iter().filter(|(_, m)| m.dependent).count();
        let mut groups: Vec<MissGroup> = Vec::new();
        for (o, m) in misses.iter().filter(|(_, m)| !m.dependent) {
            let same = |g: &&mut MissGroup| {
                g.spec == o.spec
                    && g.miss.at == m.at
                    && g.miss.source == m.source
                    && g.miss.recovered == m.recovered
            };
            match groups.iter_mut().find(same) {
                Some(g) => g.dialects.push(o.dialect.clone()),
                None => groups.push(MissGroup {
                    spec: &o.spec,
                    miss: m,
                    dialects: vec![o.dialect.clone()],
                }),
            }
        }
        for g in &mut groups {
            sort_dialects(&mut g.dialects);
        }
        let _ = writeln!(
            out,
            "{}: {} misses, {} distinct{}",
            kind.label(),
            misses.len(),
            groups.len(),
            if dependent > 0 {
                format!(
                    "; {dependent} of the misses only because the operation, parameter or \
                     model is not recovered"
                )
            } else {
                String::new()
            }
        );
        // In turn from each set of dialects, widest sets first.
        let mut sets: Vec<Vec<String>> = Vec::new();
        for g in &groups {
            if !sets.contains(&g.dialects) {
                sets.push(g.dialects.clone());
            }
        }
        sets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let mut shown = 0;
        let mut round = 0;
        while shown < per_kind {
            let mut any = false;
            for set in &sets {
                if shown == per_kind {
                    break;
                }
                if let Some(g) = groups.iter().filter(|g| &g.dialects == set).nth(round) {
                    let _ = writeln!(
                        out,
                        "  - {} [{}]: {}: source `{}`, recovered `{}`",
                        g.spec,
                        dialect_set(&g.dialects, &all),
                        g.miss.at,
                        g.miss.source,
                        g.miss.recovered
                    );
                    shown += 1;
                    any = true;
                }
            }
            if !any {
                break;
            }
            round += 1;
        }
    }
    out
}

/// Every miss of the fixtures whose `spec/dialect` contains `filter`.
pub fn all_misses(outcomes: &[Outcome], filter: &str) -> String {
    let mut out = String::new();
    for o in outcomes {
        let id = format!("{}/{}", o.spec, o.dialect);
        if !id.contains(filter) {
            continue;
        }
        for m in o.tally.misses.iter().filter(|m| !m.dependent) {
            let _ = writeln!(
                out,
                "{id}: {}: {}: source `{}`, recovered `{}`{}",
                m.kind.label(),
                m.at,
                m.source,
                m.recovered,
                m.carried
                    .as_ref()
                    .map_or(String::new(), |c| format!(" (carried at {c})"))
            );
        }
    }
    out
}

/// One row per dialect (summed over specs): facts, carried, recovered of carried,
/// recovered of all.
pub fn summary(sums: &BTreeMap<String, BTreeMap<Kind, Count>>) -> String {
    let mut out = String::from(
        "| dialect | facts | carried | recovered of carried | recovered of all |\n\
         | --- | ---: | ---: | ---: | ---: |\n",
    );
    let mut dialects: Vec<String> = sums.keys().cloned().collect();
    sort_dialects(&mut dialects);
    let mut total = Count::default();
    for d in &dialects {
        let mut c = Count::default();
        for count in sums[d].values() {
            c.add(*count);
        }
        total.add(c);
        let _ = writeln!(out, "{}", summary_row(d, c));
    }
    let _ = writeln!(out, "{}", summary_row("**all**", total));
    out
}

fn summary_row(label: &str, c: Count) -> String {
    let pct = |a: usize, b: usize| {
        if b == 0 {
            "-".to_string()
        } else {
            format!("{:.1}%", a as f64 * 100.0 / b as f64)
        }
    };
    format!(
        "| {label} | {} | {} ({}) | {}/{} ({}) | {} |",
        c.total,
        c.carried,
        pct(c.carried, c.total),
        c.carried_recovered,
        c.carried,
        pct(c.carried_recovered, c.carried),
        pct(c.recovered, c.total)
    )
}

/// Guessed wire names per generator family: how many, how many right.
pub fn guesses(outcomes: &[Outcome]) -> String {
    let mut sums: BTreeMap<String, crate::naming::Guesses> = BTreeMap::new();
    let mut all = crate::naming::Guesses::default();
    for o in outcomes {
        sums.entry(family(&o.dialect)).or_default().add(o.guesses);
        all.add(o.guesses);
    }
    let mut out = String::from("| family | guessed wire names | right |\n| --- | ---: | ---: |\n");
    let pct = |g: crate::naming::Guesses| {
        if g.guessed == 0 {
            "-".to_string()
        } else {
            format!(
                "{}/{} ({:.1}%)",
                g.right,
                g.guessed,
                g.right as f64 * 100.0 / g.guessed as f64
            )
        }
    };
    for (family, g) in sums.iter().filter(|(_, g)| g.guessed > 0) {
        let _ = writeln!(out, "| {family} | {} | {} |", g.guessed, pct(*g));
    }
    let _ = writeln!(out, "| **all** | {} | {} |", all.guessed, pct(all));
    out
}

/// Carried facts the reader missed, not accepted by [`crate::allowed::ALLOWED`]:
/// `spec/dialect: kind: place: source, recovered (carried at file:line)`.
pub fn unexplained(outcomes: &[Outcome]) -> Vec<String> {
    let mut out = Vec::new();
    for o in outcomes {
        let folder = format!("{}/{}", o.spec, o.dialect);
        for m in &o.tally.misses {
            let Some(carried) = &m.carried else { continue };
            if crate::allowed::ALLOWED
                .iter()
                .any(|a| a.matches(&folder, m))
            {
                continue;
            }
            out.push(format!(
                "{folder}: {}: {}: source `{}`, recovered `{}` (carried at {carried})",
                m.kind.label(),
                m.at,
                m.source,
                m.recovered
            ));
        }
    }
    out
}

/// Entries of [`crate::allowed::ALLOWED`] for folders of `outcomes` that match no
/// carried miss of theirs.
pub fn stale_allowances(outcomes: &[Outcome]) -> Vec<String> {
    let folders: Vec<String> = outcomes
        .iter()
        .map(|o| format!("{}/{}", o.spec, o.dialect))
        .collect();
    crate::allowed::ALLOWED
        .iter()
        .filter(|a| a.folders == "*" || folders.iter().any(|f| f.contains(a.folders)))
        .filter(|a| {
            !outcomes.iter().any(|o| {
                let folder = format!("{}/{}", o.spec, o.dialect);
                o.tally
                    .misses
                    .iter()
                    .any(|m| m.carried.is_some() && a.matches(&folder, m))
            })
        })
        .map(|a| format!("{} {} `{}`: {}", a.folders, a.kind.label(), a.at, a.reason))
        .collect()
}
