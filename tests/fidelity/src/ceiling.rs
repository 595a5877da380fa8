//! The ceiling oracle: for each fact of the source spec, whether the docs' text
//! carries it, decided from the text alone by small named probes, independently of
//! mdclient's reader. A carried fact the reader misses is a reader gap; a fact the
//! docs do not carry can only be inferred.
//!
//! Every probe returns the line that carries the fact (`Some`) or `None`. They are
//! deliberately literal: a wire name is carried when it appears, spelled exactly, in
//! the operation's section or on the model's page; a status when it heads a row of
//! the operation's section; a type when its spelling in this dialect names one shape
//! only (see [`crate::spelling`]); a location, requiredness or nullability when a mark
//! on the item's own lines (or the dialect's convention of marking the other value)
//! states it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::docs::{bare, cells, has_loose, has_name, heading, loose, Docs, Line};
use crate::facts::{Api, Op, Param, Prop, Scheme};
use crate::shape::Shape;
use crate::spelling::Spellings;

/// The lines that describe one operation.
#[derive(Debug, Default, Clone)]
pub struct OpScope {
    /// Lines with the method and the exact path (endpoint table rows).
    pub rows: Vec<Line>,
    /// The operation's section: from its heading to the next operation's.
    pub section: Vec<Line>,
}

impl OpScope {
    fn lines(&self) -> impl Iterator<Item = Line> + '_ {
        self.rows.iter().chain(&self.section).copied()
    }
}

/// The docs of one folder, ready to be probed for the facts of its source spec.
pub struct Ceiling<'a> {
    pub docs: &'a Docs,
    /// Whether the folder's API pages mark optional parameters (`[optional]`,
    /// `(optional)`, `Option<`): then an unmarked one is stated required.
    marks_optional: bool,
    /// The same on model pages, for properties.
    marks_optional_props: bool,
    /// Whether the folder marks nullable properties: then an unmarked one is stated
    /// not nullable.
    marks_nullable: bool,
    /// Per page: the heading lines that open an operation's section, with the loose
    /// operationId they name.
    op_headings: Vec<Vec<(usize, String)>>,
    /// Scheme names of the source spec.
    scheme_names: Vec<String>,
    /// Whether the model pages capitalise every property name (go, C#, PowerShell
    /// show exported fields): then a capital says nothing of the wire name.
    capitalized: bool,
    /// The lines each path-like word (`/pets/{petId}`) appears on.
    paths: HashMap<String, Vec<Line>>,
    /// Model pages by their file name, ignoring case and separators.
    stems: HashMap<String, usize>,
}

const OPTIONAL_MARKS: &[&str] = &[
    "[optional",
    "(optional",
    "optional]",
    "| optional",
    "optional |",
    "optional,",
    "option<",
    "optional parameter",
    "optional.",
    "= null",
    "= nil",
    "=none",
    "= none",
];

fn optional_mark(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    OPTIONAL_MARKS.iter().any(|m| lower.contains(m))
}

fn required_mark(line: &str) -> bool {
    has_name(&line.to_ascii_lowercase(), "required", false)
        && !line.to_ascii_lowercase().contains("not required")
}

fn nullable_mark(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    // typescript's `string | null`, not a description starting `Null if`.
    let union_null = lower.match_indices("| null").any(|(i, m)| {
        lower[i + m.len()..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
    });
    lower.contains("nullable") || lower.contains("none_type") || union_null
}

impl<'a> Ceiling<'a> {
    pub fn new(docs: &'a Docs, src: &Api) -> Ceiling<'a> {
        let ids: BTreeSet<String> = src
            .operations
            .iter()
            .filter_map(|o| o.id.as_deref())
            .map(loose)
            .collect();
        let op_headings = docs
            .pages
            .iter()
            .map(|page| {
                page.lines
                    .iter()
                    .enumerate()
                    .filter_map(|(i, l)| {
                        if page.code[i] {
                            return None;
                        }
                        let (_, text) = heading(l)?;
                        let text = text.split(" {").next().unwrap_or(text);
                        crate::docs::words(text)
                            .into_iter()
                            .map(loose)
                            .find(|w| ids.contains(w))
                            .map(|w| (i, w))
                    })
                    .collect()
            })
            .collect();
        let lines = |api: bool| {
            docs.pages
                .iter()
                .filter(move |p| !p.readme && p.has_endpoints == api)
                .flat_map(|p| p.lines.iter())
        };
        let marks = |l: &String| {
            let lower = l.to_ascii_lowercase();
            ["[optional", "(optional)", "option<", "optional parameters"]
                .iter()
                .any(|m| lower.contains(m))
        };
        Ceiling {
            docs,
            marks_optional: lines(true).any(marks),
            marks_optional_props: lines(false).any(marks),
            marks_nullable: lines(false).any(|l| nullable_mark(l)),
            op_headings,
            scheme_names: src.schemes.keys().cloned().collect(),
            capitalized: capitalized(docs),
            paths: path_index(docs),
            stems: docs
                .pages
                .iter()
                .enumerate()
                .filter(|(_, p)| !p.has_endpoints && !p.readme)
                .map(|(i, p)| (loose(&p.stem), i))
                .collect(),
        }
    }

    fn line(&self, at: Line) -> &str {
        self.docs.text(at)
    }

    /// A cell's spelling, where a link to a page the folder does not have
    /// (`[**String**](.md)`, `(string.md)`: swagger-codegen links types it maps to
    /// a string) says nothing and is dropped.
    fn spell(&self, cell: &str) -> String {
        let s = crate::spelling::spelling(cell);
        match s.rsplit_once(" @") {
            Some((text, page))
                if !self
                    .docs
                    .pages
                    .iter()
                    .any(|p| p.file.rsplit('/').next() == Some(page)) =>
            {
                text.to_string()
            }
            _ => s,
        }
    }

    /// `file:line` of a place.
    pub fn at(&self, at: Line) -> String {
        self.docs.at(at)
    }

    // ---- operations -------------------------------------------------------------

    /// The endpoint rows and the section of an operation.
    pub fn op_scope(&self, op: &Op) -> OpScope {
        let mut scope = OpScope::default();
        for l in self.paths.get(&op.path).into_iter().flatten() {
            if states_request(self.line(*l), &op.method, &op.path) {
                scope.rows.push(*l);
            }
        }
        let id = op.id.as_deref().map(loose).unwrap_or_default();
        let pages: Vec<usize> = {
            let mut pages: Vec<usize> = scope.rows.iter().map(|l| l.page).collect();
            pages.dedup();
            // An API page before the README's list.
            pages.sort_by_key(|p| self.docs.pages[*p].readme);
            pages
        };
        for p in pages {
            let headings = &self.op_headings[p];
            let lines = self.docs.pages[p].lines.len();
            if let Some(n) = headings.iter().position(|(_, w)| *w == id) {
                let start = headings[n].0;
                let end = headings
                    .iter()
                    .skip(n + 1)
                    .find(|(_, w)| *w != id)
                    .map_or(lines, |h| h.0);
                scope.section = (start..end).map(|line| Line { page: p, line }).collect();
                return scope;
            }
        }
        // A page without a heading per operation (kotlin jvm-retrofit2): all of it.
        if let Some(p) = scope
            .rows
            .iter()
            .map(|l| l.page)
            .find(|p| !self.docs.pages[*p].readme)
        {
            let lines = self.docs.pages[p].lines.len();
            scope.section = (0..lines).map(|line| Line { page: p, line }).collect();
        }
        scope
    }

    /// probe `operation`: a line states the method and the exact path.
    pub fn operation(&self, scope: &OpScope) -> Option<Line> {
        scope.rows.first().copied()
    }

    /// probe `operationId`: the id appears, exactly, in the section or a row.
    pub fn operation_id(&self, scope: &OpScope, id: &str) -> Option<Line> {
        scope.lines().find(|l| {
            let text = self.naming_text(*l);
            has_name(&text, id, false) || crate::docs::words(&text).contains(&id)
        })
    }

    /// probe `operationId ~case`: a word of the section is the id ignoring case and
    /// separators.
    pub fn operation_id_loose(&self, scope: &OpScope, id: &str) -> Option<Line> {
        scope.lines().find(|l| has_loose(&self.naming_text(*l), id))
    }

    /// The part of a line that can name an operation: a table row's first cell (not
    /// its description), else the line without its paths (`/api/account/signUp`
    /// names a resource).
    fn naming_text(&self, at: Line) -> String {
        let line = self.line(at);
        let code = self.docs.pages[at.page].code[at.line];
        match cells(line) {
            Some(cells) if !code => cells.first().map(|c| c.to_string()).unwrap_or_default(),
            // Headings, signatures and example code name operations; prose describes
            // them (`return signUp link`).
            // Code without its comments, which repeat the summary.
            _ if code => without_paths(
                line.split(" #")
                    .next()
                    .and_then(|l| l.split("//").next())
                    .filter(|l| !l.trim_start().starts_with('#'))
                    .unwrap_or_default(),
            ),
            _ if heading(line).is_some() || line.trim_start().starts_with('>') => {
                without_paths(line)
            }
            _ => String::new(),
        }
    }

    /// The lines of the section that name a parameter or field (any spelling).
    fn item_lines(&self, scope: &OpScope, name: &str) -> Vec<Line> {
        // Not the `HTTP request headers` part: `Accept: …` is no parameter's line.
        let mut headers = false;
        let mut out = Vec::new();
        for l in &scope.section {
            if let Some((_, h)) = self.docs.heading(*l) {
                headers = h.to_ascii_lowercase().contains("http request headers");
            }
            if !headers && has_loose(self.line(*l), name) {
                out.push(*l);
            }
        }
        out
    }

    /// probe `param.name`: the wire name appears exactly (headers: in any case).
    pub fn param_name(&self, scope: &OpScope, p: &Param) -> Option<Line> {
        let header = p.location == "header";
        scope
            .lines()
            .find(|l| !self.is_header(*l) && has_name(self.line(*l), &p.name, header))
    }

    /// probe `param.in`: a path template has `{name}`, or the parameter is listed
    /// under a heading that names its location (`#### RequestQueryParams`).
    pub fn param_in(&self, scope: &OpScope, p: &Param) -> Option<Line> {
        if p.location == "path" {
            let slot = format!("{{{}}}", p.name);
            return scope
                .rows
                .iter()
                .copied()
                .find(|l| self.line(*l).contains(&slot));
        }
        let mut location: Option<&str> = None;
        for l in &scope.section {
            let text = self.line(*l);
            if let Some((_, h)) = self.docs.heading(*l) {
                let h = h.to_ascii_lowercase();
                location = ["query", "header", "cookie", "path"]
                    .into_iter()
                    .find(|w| h.contains(w));
                continue;
            }
            if location == Some(p.location)
                && cells(text)
                    .is_some_and(|c| c.first().is_some_and(|c| loose(bare(c)) == loose(&p.name)))
            {
                return Some(*l);
            }
        }
        None
    }

    /// probe `param.required`: an optional mark on the parameter's lines (or the
    /// heading its row stands under) says optional; a required mark, a path slot, or
    /// no mark where the folder marks optional ones says required.
    pub fn param_required(&self, scope: &OpScope, p: &Param) -> Option<Line> {
        if p.location == "path" {
            return self.param_in(scope, p);
        }
        self.required(
            &scope.section,
            &self.item_lines(scope, &p.name),
            &p.name,
            p.required,
            self.marks_optional,
        )
    }

    fn required(
        &self,
        region: &[Line],
        lines: &[Line],
        name: &str,
        required: bool,
        convention: bool,
    ) -> Option<Line> {
        let first = *lines.first()?;
        let under_optional = self
            .table_row(region, name)
            .and_then(|row| self.heading_above(region, row))
            .filter(|h| {
                let h = self.line(*h).to_ascii_lowercase();
                h.contains("optional")
            });
        let optional = lines
            .iter()
            .copied()
            .find(|l| optional_mark(self.line(*l)))
            .or(under_optional);
        let marked_required = lines.iter().copied().find(|l| required_mark(self.line(*l)));
        match (required, optional, marked_required) {
            (false, Some(l), _) => Some(l),
            (true, None, Some(l)) => Some(l),
            (true, None, None) if convention => Some(first),
            _ => None,
        }
    }

    /// The table row of `region` whose first cell is `name`: spelled exactly, else
    /// in another spelling when only one row fits (`page_size` for `pageSize`; two
    /// rows `name` cannot tell `name` from `Name`).
    fn table_row(&self, region: &[Line], name: &str) -> Option<Line> {
        let first_cell = |l: &Line| -> Option<String> {
            let cells = cells(self.line(*l))?;
            if cells.len() < 2 || self.is_header(*l) {
                return None;
            }
            // `[**Pet**](Pet.md)`: the link text.
            let cell = bare(cells[0]);
            let cell = cell
                .strip_prefix('[')
                .and_then(|c| c.split(']').next())
                .unwrap_or(cell);
            Some(bare(cell).to_string())
        };
        let mut exact = Vec::new();
        let mut other = Vec::new();
        for l in region {
            let Some(cell) = first_cell(l) else { continue };
            if cell == name {
                exact.push(*l);
            } else if loose(&cell) == loose(name) {
                other.push(*l);
            }
        }
        match (exact.as_slice(), other.as_slice()) {
            ([one], _) | ([], [one]) => Some(*one),
            _ => None,
        }
    }

    /// Whether a line is a table's head row (the next line is its delimiter row).
    fn is_header(&self, at: Line) -> bool {
        let page = &self.docs.pages[at.page];
        page.lines.get(at.line + 1).is_some_and(|next| {
            next.contains('-')
                && next.contains('|')
                && next.chars().all(|c| matches!(c, '-' | ':' | '|' | ' '))
        })
    }

    fn heading_above(&self, region: &[Line], row: Line) -> Option<Line> {
        region
            .iter()
            .copied()
            .filter(|l| l.page == row.page && l.line < row.line)
            .rev()
            .find(|l| self.docs.heading(*l).is_some())
    }

    /// The type cell of a parameter's row in its section, as a spelling.
    pub fn param_spelling(&self, scope: &OpScope, p: &Param) -> Option<(Line, String)> {
        let row = self.table_row(&scope.section, &p.name)?;
        let cells = cells(self.line(row))?;
        Some((row, self.spell(cells.get(1)?)))
    }

    /// probe `param.type` and `param.type ~format`: the parameter's type cell is a
    /// spelling that names one shape only in this dialect.
    pub fn param_type(
        &self,
        scope: &OpScope,
        p: &Param,
        pool: &Spellings,
        base: bool,
    ) -> Option<Line> {
        let (row, spelling) = self.param_spelling(scope, p)?;
        (spellable(Some(&p.shape)) && pool.unique(&spelling, &p.shape, base)).then_some(row)
    }

    /// Where a parameter's values may be listed: its own lines, and the section's
    /// parts under an `Enum` heading. (Values are common words: `post` and
    /// `redirect` are in many a description.)
    pub fn param_value_lines(&self, scope: &OpScope, name: &str) -> Vec<Line> {
        let mut lines = self.item_lines(scope, name);
        lines.extend(self.under_enum_headings(&scope.section));
        lines
    }

    /// Where a property's inline values may be listed: its row, and the page's
    /// parts under an `Enum` heading.
    pub fn prop_value_lines(&self, page: &[Line], name: &str) -> Vec<Line> {
        let mut lines = self.prop_lines(page, name);
        lines.extend(self.under_enum_headings(page));
        lines
    }

    fn under_enum_headings(&self, region: &[Line]) -> Vec<Line> {
        let mut under = false;
        let mut out = Vec::new();
        for l in region {
            if let Some((_, h)) = self.docs.heading(*l) {
                under = h.to_ascii_lowercase().contains("enum");
            } else if under {
                out.push(*l);
            }
        }
        out
    }

    /// probe `param.enum` (and `property.enum`, `model.enum`): every value appears in
    /// the region or on the page of the model the item refers to.
    pub fn values(&self, region: &[Line], model: Option<&str>, values: &[String]) -> Option<Line> {
        let mut lines: Vec<Line> = region.to_vec();
        if let Some(page) = model.and_then(|m| self.model_page(m)) {
            lines.extend(self.page_lines(page));
        }
        let mut first = None;
        for v in values {
            // A default (`default to .media`) is one value, not the list.
            let found = lines.iter().copied().find(|l| {
                let text = self.line(*l);
                let listed = text
                    .to_ascii_lowercase()
                    .find("default to")
                    .map_or(text, |i| &text[..i]);
                has_name(listed, v, false)
            })?;
            first = first.or(Some(found));
        }
        first
    }

    /// probe `param.default`: a line of the parameter says `default` and shows the
    /// value.
    pub fn param_default(&self, scope: &OpScope, p: &Param, value: &str) -> Option<Line> {
        self.item_lines(scope, &p.name).into_iter().find(|l| {
            let text = self.line(*l);
            text.to_ascii_lowercase().contains("default") && has_name(text, value, false)
        })
    }

    /// probe `body.media_type` (and the response's): every media type is shown.
    pub fn media_types(&self, scope: &OpScope, media: &BTreeSet<String>) -> Option<Line> {
        let mut first = None;
        for m in media {
            let found = scope
                .section
                .iter()
                .copied()
                .find(|l| self.line(*l).contains(m.as_str()))?;
            first = first.or(Some(found));
        }
        first
    }

    /// probe `body.schema`: the body's model is named in the section's parameter
    /// table or signature; a form's fields are all named.
    pub fn body_schema(
        &self,
        scope: &OpScope,
        shape: Option<&Shape>,
        fields: &[String],
        form: bool,
    ) -> Option<Line> {
        match shape {
            Some(Shape::Ref(model)) => scope.section.iter().copied().find(|l| {
                let text = self.line(*l);
                (cells(text).is_some() || text.trim_start().starts_with('>'))
                    && has_loose(text, model)
            }),
            // A form's fields; a JSON body the spec writes inline, the docs name as
            // a model of the generator's making.
            Some(Shape::Object) if !fields.is_empty() && form => {
                let mut first = None;
                for f in fields {
                    let found = self.form_field(scope, f)?;
                    first = first.or(Some(found));
                }
                first
            }
            _ => None,
        }
    }

    /// probe `form.field`: the field's wire name appears exactly.
    pub fn form_field(&self, scope: &OpScope, name: &str) -> Option<Line> {
        scope
            .section
            .iter()
            .copied()
            .find(|l| has_name(self.line(*l), name, false))
    }

    /// probe `2xx.status` / `error.status`: a row of the section starts with the code.
    pub fn status(&self, scope: &OpScope, status: &str) -> Option<Line> {
        scope.section.iter().copied().find(|l| {
            cells(self.line(*l)).is_some_and(|c| c.first().is_some_and(|c| bare(c) == status))
        })
    }

    /// The spelling of the section's return type: the first line under a `Return
    /// type` heading.
    pub fn return_spelling(&self, scope: &OpScope) -> Option<(Line, String)> {
        let mut under = false;
        for l in &scope.section {
            let text = self.line(*l);
            if let Some((_, h)) = self.docs.heading(*l) {
                under = h.to_ascii_lowercase().starts_with("return type");
                continue;
            }
            if under && !text.trim().is_empty() {
                if cells(text).is_some() {
                    return None;
                }
                return Some((*l, self.spell(text)));
            }
        }
        None
    }

    /// probe `2xx.schema`: the return type's spelling names one shape only.
    pub fn success_schema(
        &self,
        scope: &OpScope,
        shape: Option<&Shape>,
        pool: &Spellings,
    ) -> Option<Line> {
        let (line, spelling) = self.return_spelling(scope)?;
        (spellable(shape) && pool.unique_body(&spelling, shape)).then_some(line)
    }

    /// probe `security`: the section's Authorization part names exactly the
    /// operation's schemes, or says none is required.
    pub fn security(&self, scope: &OpScope, schemes: &BTreeSet<String>) -> Option<Line> {
        let mut under = false;
        let mut part: Vec<Line> = Vec::new();
        for l in &scope.section {
            let text = self.line(*l);
            if let Some((_, h)) = self.docs.heading(*l) {
                under = h.to_ascii_lowercase().contains("authorization");
                if under {
                    part.push(*l);
                }
                continue;
            }
            if under || text.contains("Authentication (") {
                part.push(*l);
            }
        }
        let first = *part.first()?;
        let named: BTreeSet<String> = self
            .scheme_names
            .iter()
            .filter(|s| part.iter().any(|l| has_name(self.line(*l), s, false)))
            .cloned()
            .collect();
        if &named != schemes {
            return None;
        }
        if schemes.is_empty() {
            return part.iter().copied().find(|l| {
                self.line(*l)
                    .to_ascii_lowercase()
                    .contains("no authorization")
            });
        }
        Some(first)
    }

    // ---- security schemes ------------------------------------------------------

    /// The README lines that describe a scheme: from a heading, anchor or bullet that
    /// names it to the next heading (at most 12 lines).
    pub fn scheme_block(&self, name: &str) -> Vec<Line> {
        for (p, page) in self.docs.pages.iter().enumerate().filter(|(_, p)| p.readme) {
            for (i, l) in page.lines.iter().enumerate() {
                if page.code[i] {
                    continue;
                }
                let opens = heading(l).is_some()
                    || l.trim_start().starts_with("<a ")
                    || l.trim_start().starts_with("- ")
                    || l.trim_start().starts_with("* ");
                if opens && has_name(l, name, false) {
                    let mut block = vec![Line { page: p, line: i }];
                    for j in i + 1..(i + 13).min(page.lines.len()) {
                        if !page.code[j] && heading(&page.lines[j]).is_some() && j > i + 1 {
                            break;
                        }
                        block.push(Line { page: p, line: j });
                    }
                    if block
                        .iter()
                        .skip(1)
                        .any(|l| !self.line(*l).trim().is_empty())
                    {
                        return block;
                    }
                }
            }
        }
        Vec::new()
    }

    /// A line of the block, other than those naming the scheme (`bearerAuth` says
    /// nothing of its type), that has one of `words`.
    fn block_has(&self, block: &[Line], name: &str, words: &[&str]) -> Option<Line> {
        block.iter().copied().find(|l| {
            let text = self.line(*l);
            let lower = text.to_ascii_lowercase();
            !self.docs.pages[l.page].code[l.line]
                && !text.contains(name)
                && words.iter().any(|w| lower.contains(w))
        })
    }

    /// probe `scheme.type`: the scheme's README block names its kind.
    pub fn scheme_type(&self, block: &[Line], name: &str, s: &Scheme) -> Option<Line> {
        let words: &[&str] = match s.kind {
            "apiKey" => &["api key", "apikey"],
            "http" => &[
                "http basic",
                "bearer",
                "basic authentication",
                "http authentication",
            ],
            "oauth2" => &["oauth"],
            _ => &["openid"],
        };
        self.block_has(block, name, words)
    }

    /// probe `scheme.http`: the block says `basic` or `bearer`.
    pub fn scheme_http(&self, block: &[Line], name: &str, scheme: &str) -> Option<Line> {
        self.block_has(block, name, &[scheme])
    }

    /// probe `scheme.in`: the block says where the key travels.
    pub fn scheme_in(&self, block: &[Line], name: &str, location: &str) -> Option<Line> {
        let words: &[&str] = match location {
            "query" => &["query"],
            "header" => &["header"],
            _ => &["cookie"],
        };
        self.block_has(block, name, words)
    }

    /// probe `scheme.key_name`: the block names the key.
    pub fn scheme_key(&self, block: &[Line], key: &str, header: bool) -> Option<Line> {
        block
            .iter()
            .skip(1)
            .copied()
            .find(|l| !self.docs.pages[l.page].code[l.line] && has_name(self.line(*l), key, header))
    }

    /// probe `scheme.oauth2_flow`: the block names the flow and shows its URL.
    pub fn scheme_flow(&self, block: &[Line], flow: &str, url: &str) -> Option<Line> {
        let words: &[&str] = match flow {
            "clientCredentials" => &["application", "clientcredentials", "client_credentials"],
            "authorizationCode" => &["accesscode", "authorizationcode", "authorization_code"],
            "password" => &["password"],
            _ => &["implicit"],
        };
        self.block_has(block, "\u{0}", words)?;
        block.iter().copied().find(|l| self.line(*l).contains(url))
    }

    // ---- models ----------------------------------------------------------------

    /// The page of a model: its file or title is the name (any spelling; objc's
    /// `OAIPet` and C's `pet_t` too), and it is not an API page.
    pub fn model_page(&self, name: &str) -> Option<usize> {
        let want = loose(name);
        if let Some(page) = self.stems.get(&want) {
            return Some(*page);
        }
        let title = |p: &crate::docs::Page| {
            p.lines
                .iter()
                .find_map(|l| heading(l).map(|(_, t)| t.to_string()))
                .unwrap_or_default()
        };
        let fits = |candidate: &str| {
            let c = loose(candidate);
            c == want
                || c.strip_suffix('t') == Some(&want)
                || (c.ends_with(&want)
                    && c.len() <= want.len() + 3
                    && candidate.starts_with(char::is_uppercase))
        };
        let pages = || {
            self.docs
                .pages
                .iter()
                .enumerate()
                .filter(|(_, p)| !p.has_endpoints && !p.readme)
        };
        pages()
            .find(|(_, p)| loose(&p.stem) == want)
            .or_else(|| {
                pages().find(|(_, p)| {
                    let t = title(p);
                    let last = t
                        .rsplit(['.', ':', '\\', ' '])
                        .next()
                        .unwrap_or(&t)
                        .to_string();
                    fits(&p.stem) || fits(bare(&last))
                })
            })
            .map(|(i, _)| i)
    }

    fn page_lines(&self, page: usize) -> Vec<Line> {
        (0..self.docs.pages[page].lines.len())
            .map(|line| Line { page, line })
            .collect()
    }

    /// probe `model`: a page whose file name or title is the model's name exactly.
    pub fn model(&self, name: &str) -> Option<Line> {
        self.docs
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.has_endpoints)
            .find_map(|(i, p)| {
                if p.stem == name {
                    return Some(Line { page: i, line: 0 });
                }
                p.lines
                    .iter()
                    .position(|l| heading(l).is_some())
                    .and_then(|h| {
                        let (_, t) = heading(&p.lines[h])?;
                        let last = bare(t.rsplit(['.', ':', '\\', ' ']).next().unwrap_or(t));
                        (last == name).then_some(Line { page: i, line: h })
                    })
            })
    }

    /// The lines of a model's page.
    pub fn model_lines(&self, name: &str) -> Vec<Line> {
        self.model_page(name)
            .map(|p| self.page_lines(p))
            .unwrap_or_default()
    }

    /// probe `property.name`: the wire name appears exactly on the model's page.
    pub fn prop_name(&self, page: &[Line], name: &str) -> Option<Line> {
        if self.capitalized && name.starts_with(char::is_uppercase) {
            return None;
        }
        self.table_row(page, name).filter(|l| {
            cells(self.line(*l)).is_some_and(|c| {
                let cell = bare(c[0]);
                let cell = cell
                    .strip_prefix('[')
                    .and_then(|c| c.split(']').next())
                    .unwrap_or(cell);
                bare(cell) == name
            })
        })
    }

    fn prop_lines(&self, page: &[Line], name: &str) -> Vec<Line> {
        match self.table_row(page, name) {
            Some(row) => vec![row],
            None => Vec::new(),
        }
    }

    /// The type cell of a property's row, as a spelling.
    pub fn prop_spelling(&self, page: &[Line], name: &str) -> Option<(Line, String)> {
        let row = self.table_row(page, name)?;
        let cells = cells(self.line(row))?;
        Some((row, self.spell(cells.get(1)?)))
    }

    /// probe `property.type`: as for parameters.
    pub fn prop_type(&self, page: &[Line], p: &Prop, pool: &Spellings, base: bool) -> Option<Line> {
        let (row, spelling) = self.prop_spelling(page, &p.name)?;
        (spellable(Some(&p.shape)) && pool.unique(&spelling, &p.shape, base)).then_some(row)
    }

    /// probe `property.required`: as for parameters, on the property's row.
    pub fn prop_required(&self, page: &[Line], p: &Prop) -> Option<Line> {
        self.required(
            page,
            &self.prop_lines(page, &p.name),
            &p.name,
            p.required,
            self.marks_optional_props,
        )
    }

    /// probe `property.nullable`: a nullable mark on the row; no mark where the
    /// folder marks nullable properties says not nullable.
    pub fn prop_nullable(&self, page: &[Line], p: &Prop) -> Option<Line> {
        let row = *self.prop_lines(page, &p.name).first()?;
        match (p.nullable, nullable_mark(self.line(row))) {
            (true, true) => Some(row),
            (false, false) if self.marks_nullable => Some(row),
            _ => None,
        }
    }

    /// probe `model.one_of`: every member model is named on the model's page.
    pub fn members(&self, page: &[Line], members: &[String]) -> Option<Line> {
        let mut first = None;
        for m in members {
            let found = page
                .iter()
                .skip(1)
                .copied()
                .find(|l| has_loose(self.line(*l), m))?;
            first = first.or(Some(found));
        }
        first
    }

    /// Every type spelling this folder shows for a fact of the source spec, with the
    /// source shape: what [`Spellings`] pools.
    pub fn spellings(&self, src: &Api) -> Vec<(String, Option<Shape>)> {
        let mut out = Vec::new();
        for op in &src.operations {
            let scope = self.op_scope(op);
            for p in &op.params {
                if let Some((_, s)) = self.param_spelling(&scope, p) {
                    out.push((s, Some(p.shape.clone())));
                }
            }
            if let Some(resp) = op.responses.iter().find(|r| r.status.starts_with('2')) {
                if let Some((_, s)) = self.return_spelling(&scope) {
                    out.push((format!("return {s}"), resp.shape.clone()));
                }
            }
        }
        for (name, model) in &src.schemas {
            let page = self.model_lines(name);
            for p in &model.properties {
                if let Some((_, s)) = self.prop_spelling(&page, &p.name) {
                    out.push((s, Some(p.shape.clone())));
                }
            }
        }
        out
    }
}

/// Every path-like word of the folder (`**GET** /pets/{petId} |` has `/pets/{petId}`)
/// with the lines it is on, outside code blocks.
fn path_index(docs: &Docs) -> HashMap<String, Vec<Line>> {
    let mut index: HashMap<String, Vec<Line>> = HashMap::new();
    for (p, page) in docs.pages.iter().enumerate() {
        for (i, l) in page.lines.iter().enumerate() {
            if page.code[i] || !l.contains('/') {
                continue;
            }
            for word in l.split(|c: char| c.is_whitespace() || c == '|') {
                let word = word.trim_matches(|c: char| "*`[](),.".contains(c));
                if word.starts_with('/') {
                    let lines = index.entry(word.to_string()).or_default();
                    if lines.last() != Some(&Line { page: p, line: i }) {
                        lines.push(Line { page: p, line: i });
                    }
                }
            }
        }
    }
    index
}

/// A line without its paths (`/api/account/isLoggedIn` names a resource, not an
/// operation).
fn without_paths(line: &str) -> String {
    line.split_whitespace()
        .filter(|w| !w.contains('/'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a type probe can say anything of a shape: an inline object or a
/// composition is named by the docs as a model of the generator's making, so no
/// spelling states it.
fn spellable(shape: Option<&Shape>) -> bool {
    !matches!(
        shape.map(crate::spelling::leaf),
        Some(Shape::Object | Shape::Composite(_))
    )
}

/// Whether nine in ten property rows of the folder's model pages (and at least
/// ten) start with a capital.
fn capitalized(docs: &Docs) -> bool {
    let (mut rows, mut capital) = (0, 0);
    for page in docs.pages.iter().filter(|p| !p.has_endpoints && !p.readme) {
        for (i, l) in page.lines.iter().enumerate() {
            let header = page
                .lines
                .get(i + 1)
                .is_some_and(|n| n.contains("---") && n.contains('|'));
            let Some(cells) = cells(l).filter(|c| c.len() >= 2 && !header) else {
                continue;
            };
            let name = bare(cells[0]);
            if name.starts_with(char::is_alphabetic) {
                rows += 1;
                capital += usize::from(name.starts_with(char::is_uppercase));
            }
        }
    }
    rows >= 10 && capital * 10 >= rows * 9
}

/// Whether a line states `METHOD /path`: the method as a word and the exact path,
/// not inside a longer path.
fn states_request(line: &str, method: &str, path: &str) -> bool {
    if !has_name(&line.to_ascii_lowercase(), method, false) {
        return false;
    }
    let path_char = |c: char| c.is_alphanumeric() || "/_.{}-~%".contains(c);
    let mut from = 0;
    while let Some(pos) = line[from..].find(path) {
        let start = from + pos;
        let end = start + path.len();
        let before = line[..start].chars().next_back();
        let after = line[end..].chars().next();
        if !before.is_some_and(path_char) && !after.is_some_and(|c| path_char(c) && c != '.') {
            return true;
        }
        from = end;
    }
    false
}

/// The source schemes of an API by name (for the report).
pub fn scheme_names(api: &Api) -> BTreeMap<&str, &Scheme> {
    api.schemes.iter().map(|(k, v)| (k.as_str(), v)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_is_a_method_and_an_exact_path() {
        assert!(states_request(
            "[**getDog**](x) | **GET** /dogs/{dogId} | Get",
            "get",
            "/dogs/{dogId}"
        ));
        assert!(!states_request(
            "| **GET** /v1/dogs/{dogId} |",
            "get",
            "/dogs/{dogId}"
        ));
        assert!(!states_request(
            "| **GET** /dogs/{dogId}/toys |",
            "get",
            "/dogs/{dogId}"
        ));
        assert!(!states_request(
            "| **POST** /dogs/{dogId} |",
            "get",
            "/dogs/{dogId}"
        ));
        assert!(states_request("GET `/dogs`", "get", "/dogs"));
    }

    #[test]
    fn marks() {
        assert!(optional_mark("**limit** | **Integer**| | [optional] "));
        assert!(optional_mark(
            "let x: number; //desc (optional) (default to undefined)"
        ));
        assert!(optional_mark("**limit** | Option<**i32**> | | |"));
        assert!(!optional_mark("**limit** | **Integer** | | "));
        assert!(required_mark("**id** | **i64** | | [required] |"));
        assert!(!required_mark("No authorization required? not required"));
    }
}
