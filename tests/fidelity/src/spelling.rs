//! Type spellings and what they name: the oracle's test of whether the docs carry a
//! type.
//!
//! A dialect carries a type when its spelling of it names one shape only. Whether
//! it does is learnt from the docs themselves, not from a table of languages: every
//! type cell the oracle finds for a fact of the source spec adds (spelling, source
//! shape) to a pool, and a spelling is unambiguous when the pool saw it with one
//! shape only. ruby's `Integer` is seen for int32 and int64 alike, so it carries
//! `integer` but not the format; swift's `Int` and `Int64` carry both. Pools are
//! shared by every folder of one generator (all specs and eras the suite reads), so
//! a spelling one spec happens to use for one format only is still found ambiguous
//! when another spec uses it for the other.

use std::collections::{BTreeMap, BTreeSet};

use crate::shape::Shape;

/// A type cell as a spelling: emphasis and code marks dropped, a link kept as its
/// text and target page (`[**Pet**](Pet.md)` -> `Pet @Pet.md`), spaces collapsed.
pub fn spelling(cell: &str) -> String {
    let cell = literals(cell);
    let mut out = String::new();
    let mut rest = cell.as_str();
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](").and_then(|close| {
            let dest_start = close + 2;
            after[dest_start..]
                .find(')')
                .map(|end| (close, dest_start, dest_start + end))
        }) {
            Some((close, dest_start, dest_end)) => {
                let text = &after[..close];
                let dest = &after[dest_start..dest_end];
                let page = dest.rsplit('/').next().unwrap_or(dest);
                let page = page.split('#').next().unwrap_or(page);
                out.push_str(text);
                if !page.is_empty() {
                    out.push_str(" @");
                    out.push_str(page);
                }
                rest = &after[dest_end + 1..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let out: String = out.chars().filter(|c| *c != '*' && *c != '`').collect();
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A list of literal values as one word, `<literals>`: typescript's `'a' | 'b'`,
/// typescript-fetch's `` `a`, `b` ``, R's `Enum [a, b]`. The values differ from one
/// enum to the next; what the spelling says of the type (a string? an array?) does
/// not.
fn literals(cell: &str) -> String {
    let mut out = String::new();
    let mut rest = cell;
    let mut count = 0;
    let mut backticked = 0;
    while let Some(start) = rest.find(['\'', '"', '`']) {
        let q = rest[start..].chars().next().unwrap_or('\'');
        let Some(len) = rest[start + 1..].find(q) else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push('\u{1}');
        count += 1;
        backticked += usize::from(q == '`');
        rest = &rest[start + 1 + len + 1..];
    }
    out.push_str(rest);
    // One value in code marks is a type written as code (`` `UUID` ``).
    if count == 0 || (backticked == 1 && count == 1) {
        let r = cell.trim();
        return match r.strip_prefix("Enum [").filter(|r| r.ends_with(']')) {
            Some(_) => "Enum [<literals>]".to_string(),
            None => cell.to_string(),
        };
    }
    let mut collapsed = String::new();
    let mut chars = out.split('\u{1}').peekable();
    let mut first = true;
    while let Some(part) = chars.next() {
        if first {
            collapsed.push_str(part);
            first = false;
            collapsed.push_str("<literals>");
            continue;
        }
        let sep = part.trim();
        if chars.peek().is_some() && (sep == "|" || sep == "," || sep.is_empty()) {
            continue;
        }
        collapsed.push_str(part);
        if chars.peek().is_some() {
            collapsed.push_str("<literals>");
        }
    }
    collapsed
}

/// A shape with every format dropped: what `~format` compares.
pub fn base(shape: &Shape) -> String {
    match shape {
        Shape::Scalar { ty, .. } => ty.clone(),
        Shape::Array(inner) => format!("array<{}>", base(inner)),
        Shape::Map(inner) => format!("map<{}>", base(inner)),
        other => other.to_string(),
    }
}

/// The word of a spelling that names its innermost type: the page a link points to
/// (`list_t @pet.md` -> `pet`), else the last name before closing brackets
/// (`Array<Integer>` -> `Integer`, `map[string]int32` -> `int32`).
pub fn word(spelling: &str) -> String {
    if let Some((_, page)) = spelling.rsplit_once(" @") {
        return page.trim_end_matches(".md").to_string();
    }
    let t = spelling.trim_end_matches(|c: char| ">])}*?; ".contains(c));
    let start = t
        .rfind(|c: char| !(c.is_alphanumeric() || "_.:\\$".contains(c)))
        .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    let word = &t[start..];
    // A container named without its items (`List`, `Hashtable`) names no item type.
    let last = word
        .rsplit(['.', ':'])
        .next()
        .unwrap_or(word)
        .to_ascii_lowercase();
    if CONTAINERS.contains(&last.as_str()) && !spelling.contains(['<', '[', '(', '{']) {
        return String::new();
    }
    // The name without its package, in any case: go's `optional.Float32` is its
    // `float32`.
    last
}

/// Container names that say nothing of their items when they stand alone.
const CONTAINERS: &[&str] = &[
    "list",
    "list_t",
    "map",
    "array",
    "set",
    "hash",
    "hashtable",
    "dict",
    "dictionary",
];

/// The innermost type of a shape: what [`word`] names.
pub fn leaf(shape: &Shape) -> &Shape {
    match shape {
        Shape::Array(inner) | Shape::Map(inner) => leaf(inner),
        other => other,
    }
}

fn body_text(shape: Option<&Shape>) -> String {
    shape.map_or_else(|| "(no body)".to_string(), Shape::to_string)
}

/// Spellings seen with the shapes they stood for.
#[derive(Debug, Default, Clone)]
pub struct Spellings {
    full: BTreeMap<String, BTreeSet<String>>,
    base: BTreeMap<String, BTreeSet<String>>,
    /// [`word`] -> the [`leaf`] shapes it stood for.
    words: BTreeMap<String, BTreeSet<String>>,
    words_base: BTreeMap<String, BTreeSet<String>>,
}

impl Spellings {
    /// Adds what one folder shows (see `Ceiling::spellings`).
    pub fn add(&mut self, seen: &[(String, Option<Shape>)]) {
        for (spelling, shape) in seen {
            self.full
                .entry(spelling.clone())
                .or_default()
                .insert(body_text(shape.as_ref()));
            self.base
                .entry(spelling.clone())
                .or_default()
                .insert(shape.as_ref().map_or_else(|| "(no body)".to_string(), base));
            if let Some(shape) = shape {
                let w = word(spelling);
                self.words
                    .entry(w.clone())
                    .or_default()
                    .insert(leaf(shape).to_string());
                self.words_base
                    .entry(w)
                    .or_default()
                    .insert(base(leaf(shape)));
            }
        }
    }

    /// Whether `spelling` names `shape` and nothing else (`base`: formats ignored),
    /// and its innermost word names the innermost type and nothing else (`Integer`
    /// in `Array<Integer>` is ambiguous where `Integer` alone is).
    pub fn unique(&self, spelling: &str, shape: &Shape, base_only: bool) -> bool {
        let (map, want, words, want_leaf) = if base_only {
            (&self.base, base(shape), &self.words_base, base(leaf(shape)))
        } else {
            (
                &self.full,
                shape.to_string(),
                &self.words,
                leaf(shape).to_string(),
            )
        };
        let only = |map: &BTreeMap<String, BTreeSet<String>>, key: &str, want: &str| {
            map.get(key)
                .is_some_and(|set| set.len() == 1 && set.contains(want))
        };
        only(map, spelling, &want) && only(words, &word(spelling), &want_leaf)
    }

    /// The same for a return type (`None`: no body).
    pub fn unique_body(&self, spelling: &str, shape: Option<&Shape>) -> bool {
        let key = format!("return {spelling}");
        let full = self
            .full
            .get(&key)
            .is_some_and(|set| set.len() == 1 && set.contains(&body_text(shape)));
        full && shape.is_none_or(|shape| {
            self.words
                .get(&word(&key))
                .is_some_and(|set| set.len() == 1 && set.contains(&leaf(shape).to_string()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_their_page() {
        assert_eq!(spelling("[**Pet**](Pet.md)"), "Pet @Pet.md");
        assert_eq!(spelling("[list_t](animal.md) *"), "list_t @animal.md");
        assert_eq!(spelling("**Array<Integer>**"), "Array<Integer>");
        assert_eq!(spelling("[**[Pet]**](Pet.md)"), "[Pet] @Pet.md");
    }

    #[test]
    fn literal_lists_are_one_word() {
        assert_eq!(literals("Array<'a' | 'b' | 'c'>"), "Array<<literals>>");
        assert_eq!(literals("`a`, `b`"), "<literals>");
        assert_eq!(literals("Enum [a, b]"), "Enum [<literals>]");
        assert_eq!(literals("`UUID`"), "`UUID`");
        assert_eq!(literals("**String**"), "**String**");
    }

    #[test]
    fn innermost_words() {
        assert_eq!(word("Array<Integer>"), "integer");
        assert_eq!(word("map[string]int32"), "int32");
        assert_eq!(word("[]int64"), "int64");
        assert_eq!(word("list_t @animal.md"), "animal");
        assert_eq!(word("{String: Money}"), "money");
        assert_eq!(word("optional.Float32"), "float32");
        assert_eq!(word("[number]"), "number");
    }

    #[test]
    fn ambiguity_is_learnt() {
        let int = |f: &str| Shape::Scalar {
            ty: "integer".into(),
            format: Some(f.into()),
        };
        let mut pool = Spellings::default();
        pool.add(&[
            ("Integer".into(), Some(int("int32"))),
            ("Integer".into(), Some(int("int64"))),
            ("Int64".into(), Some(int("int64"))),
            (
                "Array<Integer>".into(),
                Some(Shape::Array(Box::new(int("int64")))),
            ),
        ]);
        assert!(!pool.unique("Integer", &int("int32"), false));
        assert!(pool.unique("Integer", &int("int32"), true));
        assert!(pool.unique("Int64", &int("int64"), false));
        let array = Shape::Array(Box::new(int("int64")));
        assert!(!pool.unique("Array<Integer>", &array, false));
        assert!(pool.unique("Array<Integer>", &array, true));
    }
}
