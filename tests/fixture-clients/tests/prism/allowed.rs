//! The reviewed list of rejections Prism may give (`allowed.txt`): each a fact the
//! docs do not carry, or a known bug (`BUG:`) to fix, with its reason.

/// One line of `allowed.txt`:
/// `<spec> <folder> <operationId> "<text of Prism's reason>": <reason>`.
pub(crate) struct Allowed {
    pub spec: String,
    /// A folder name (`go-7.26.0`), a prefix ending in `*` (`go-*`), or `*`.
    pub folder: String,
    /// An operationId, or `*`.
    pub operation: String,
    /// Text Prism's reason contains (`path.petid: Request path parameter petid must be integer`).
    pub rejection: String,
    pub reason: String,
}

impl Allowed {
    /// Whether the entry allows the rejection `reason` of `operation` in `spec`'s
    /// `folder`.
    pub(crate) fn allows(&self, spec: &str, folder: &str, operation: &str, reason: &str) -> bool {
        self.spec == spec
            && glob(&self.folder, folder)
            && glob(&self.operation, operation)
            && reason.contains(&self.rejection)
    }

    /// `billing go-* CreateInvoice "format \"uuid\""`, as the file has it.
    pub(crate) fn key(&self) -> String {
        format!(
            "{} {} {} {:?}",
            self.spec, self.folder, self.operation, self.rejection
        )
    }
}

fn glob(pattern: &str, name: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => name == pattern,
    }
}

/// The entries of `text`; `#` starts a comment line.
pub(crate) fn parse(text: &str) -> Result<Vec<Allowed>, String> {
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let entry = entry(line).ok_or_else(|| {
            format!(
                "allowed.txt:{}: expected `<spec> <folder> <operationId> \"<rejection>\": <reason>`, got `{line}`",
                index + 1
            )
        })?;
        entries.push(entry);
    }
    Ok(entries)
}

fn entry(line: &str) -> Option<Allowed> {
    let (key, quoted) = line.split_once(" \"")?;
    // The rejection is quoted, `\"` for a quote in it; it ends at the last `": `.
    let (rejection, reason) = quoted.rsplit_once("\": ")?;
    let parts: Vec<&str> = key.split_whitespace().collect();
    let [spec, folder, operation] = parts.as_slice() else {
        return None;
    };
    let reason = reason.trim();
    (!reason.is_empty()).then(|| Allowed {
        spec: spec.to_string(),
        folder: folder.to_string(),
        operation: operation.to_string(),
        rejection: rejection.replace("\\\"", "\""),
        reason: reason.to_string(),
    })
}
