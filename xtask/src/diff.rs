//! A short report of where two texts first differ.

/// Lines around the first difference between `expected` and `actual`, `-` for the
/// checked-in text and `+` for what codegen writes now.
pub fn first_difference(actual: &str, expected: &str) -> String {
    let old: Vec<&str> = actual.lines().collect();
    let new: Vec<&str> = expected.lines().collect();
    let first = old
        .iter()
        .zip(&new)
        .position(|(a, b)| a != b)
        .unwrap_or(old.len().min(new.len()));
    let from = first.saturating_sub(2);
    let mut out = format!("first difference at line {}:\n", first + 1);
    for (i, line) in old.iter().enumerate().skip(from).take(first - from + 4) {
        let mark = if i >= first { '-' } else { ' ' };
        out.push_str(&format!("  {mark} {:>5} | {line}\n", i + 1));
    }
    for (i, line) in new.iter().enumerate().skip(first).take(4) {
        out.push_str(&format!("  + {:>5} | {line}\n", i + 1));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn points_at_the_first_changed_line() {
        let report = super::first_difference("a\nb\nc\n", "a\nB\nc\n");
        assert!(report.starts_with("first difference at line 2"), "{report}");
        assert!(report.contains("-     2 | b"));
        assert!(report.contains("+     2 | B"));
    }
}
