//! Quotation marks: which stretches of a document are direct quotations.

use crossclaim_core::Span;

/// A quotation: `outer` includes the marks, `inner` is the quoted text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    pub outer: Span,
    pub inner: Span,
}

impl Quote {
    /// The quoted text up to its first paragraph break (SPEC §6), trimmed.
    pub fn first_paragraph(&self, text: &str) -> Span {
        let inner = &text[self.inner.start..self.inner.end];
        let end = inner
            .find("\n\n")
            .map_or(self.inner.end, |i| self.inner.start + i);
        Span::new(self.inner.start, end).trim(text)
    }
}

/// Stands for `''` on the stack of open quotation marks.
const DOUBLE_APOSTROPHE: char = '\u{2033}';

/// Length in bytes of an opening mark as written.
fn mark_len(c: char) -> usize {
    if c == DOUBLE_APOSTROPHE {
        2
    } else {
        c.len_utf8()
    }
}

/// The first bytes of `"`, `'`, `\n`, of `«` `»` (0xC2) and of `“` `”` `‘` `’` (0xE2) in UTF-8.
const MARK_LEADS: [u8; 5] = [b'"', b'\'', b'\n', 0xC2, 0xE2];

/// `MARK_LEADS` as a table by byte value.
const IS_MARK_LEAD: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    while k < MARK_LEADS.len() {
        table[MARK_LEADS[k] as usize] = true;
        k += 1;
    }
    table
};

/// The index of the first byte of `MARK_LEADS` at or after `from`. Eight bytes at a time: a
/// chunk is skipped when none of its bytes is a lead, which is most of the text; the chunk that
/// may have one is then read byte by byte. The test on a chunk may answer yes for a few other
/// bytes, never no for a lead: with bit 5 set in every byte (`| 0x20`), `"` and `'` and `\n`
/// become 0x22, 0x27, 0x2A and both 0xC2 and 0xE2 become 0xE2, and "has a byte equal to b" is
/// the exact has-a-zero-byte test on the chunk xor `b` repeated. So the answer is the same as
/// `position` over `IS_MARK_LEAD`, with four tests per eight bytes instead of a look-up per byte.
fn next_mark_lead(bytes: &[u8], from: usize) -> Option<usize> {
    use crossclaim_core::words::{below, load8, ONES};
    let zero_byte = |x: u64| below(x, 1);
    let maybe = |chunk: &[u8]| {
        let folded = load8(chunk) | (ONES * 0x20);
        zero_byte(folded ^ (ONES * 0x22))
            | zero_byte(folded ^ (ONES * 0x27))
            | zero_byte(folded ^ (ONES * 0x2A))
            | zero_byte(folded ^ (ONES * 0xE2))
    };
    let mut i = from;
    // Sixteen bytes a step (one loop test and bounds check for two chunks) while no lead is
    // near, then eight.
    while let Some(chunk) = bytes.get(i..i + 16) {
        if maybe(chunk) | maybe(&chunk[8..]) != 0 {
            break;
        }
        i += 16;
    }
    while let Some(chunk) = bytes.get(i..i + 8) {
        if maybe(chunk) != 0 {
            break;
        }
        i += 8;
    }
    // A chunk with a false alarm and no lead: the byte scan goes on past it, as plain `position`.
    bytes[i..]
        .iter()
        .position(|&b| IS_MARK_LEAD[usize::from(b)])
        .map(|k| i + k)
}

/// Finds quotations marked with `“ ”`, `« »`, `‘ ’` (a `’` between letters is an apostrophe)
/// and straight `"`, and two straight apostrophes `''` used as a double quotation mark (as in
/// the New York Times' archive text: `''We believe …,'' Mr. Rubio said`). An unclosed quotation
/// ends at the end of its paragraph.
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Vec<(char, usize)> = Vec::new();
    // One pass, never a copy of the text. Only the marks above and `\n` do anything, and every
    // one of them starts with a byte of `MARK_LEADS`: the bytes in between (almost all of the
    // text) are skipped undecoded, and the chars around a candidate are decoded from the text.
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(i) = next_mark_lead(bytes, at) {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        at = i + c.len_utf8();
        let next = text[at..].chars().next();
        let prev = text[..i].chars().next_back();
        let letter = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
        // `\"` is an escape left by text encoded twice (JSON inside JSON), not a quotation mark.
        if c == '"' && prev == Some('\\') {
            continue;
        }
        // `''` is one mark, opening or closing like a straight `"`.
        if c == '\'' && next == Some('\'') {
            at += 1;
            let end = i + 2;
            if let Some(pos) = open.iter().rposition(|o| o.0 == DOUBLE_APOSTROPHE) {
                let (_, start) = open[pos];
                open.truncate(pos);
                out.push(Quote {
                    outer: Span::new(start, end),
                    inner: Span::new(start + 2, i),
                });
            } else {
                open.push((DOUBLE_APOSTROPHE, i));
            }
            continue;
        }
        let closing_for = match c {
            '”' if !open.iter().any(|o| o.0 == '“') && open.iter().any(|o| o.0 == '"') => {
                Some('"')
            }
            '”' => Some('“'),
            // An opening mark written where a closing one belongs (`“Apparently not,“ he said`):
            // after a word or punctuation and before a space, it closes an open `“`.
            '“' if open.iter().any(|o| o.0 == '“')
                && prev.is_some_and(|p| !p.is_whitespace())
                && next.is_none_or(char::is_whitespace) =>
            {
                Some('“')
            }
            '»' => Some('«'),
            '’' if !letter(next) || !letter(prev) => Some('‘'),
            '"' if open.iter().any(|o| o.0 == '"') => Some('"'),
            // Mixed marks (`“We’re going to build a wall," he said`): a straight `"` right after
            // a word or punctuation closes an open `“`, and a `”` closes an open straight `"`.
            '"' if open.iter().any(|o| o.0 == '“') && prev.is_some_and(|p| !p.is_whitespace()) => {
                Some('“')
            }
            _ => None,
        };
        if let Some(opener) = closing_for {
            if let Some(pos) = open.iter().rposition(|o| o.0 == opener) {
                let (_, start) = open[pos];
                open.truncate(pos);
                let end = i + c.len_utf8();
                out.push(Quote {
                    outer: Span::new(start, end),
                    inner: Span::new(start + opener.len_utf8(), i),
                });
                continue;
            }
        }
        match c {
            '“' | '«' | '"' => open.push((c, i)),
            '‘' if !letter(prev) => open.push((c, i)),
            '\n' if next == Some('\n') || next.is_none() => {
                for (o, start) in open.drain(..) {
                    out.push(Quote {
                        outer: Span::new(start, i),
                        inner: Span::new(start + mark_len(o), i),
                    });
                }
            }
            _ => {}
        }
    }
    for (o, start) in open {
        out.push(Quote {
            outer: Span::new(start, text.len()),
            inner: Span::new(start + mark_len(o), text.len()),
        });
    }
    out.sort_by_key(|q| q.outer);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find_quotes(text)
            .iter()
            .map(|q| &text[q.inner.start..q.inner.end])
            .collect()
    }

    /// `next_mark_lead` finds what a plain byte-by-byte search finds, from every start, on text
    /// with marks at every offset of a chunk, accents (`0xC3`), other multi-byte chars and the
    /// bytes that only look like leads to the chunk test (`*`, 0x02, 0x07).
    #[test]
    fn mark_lead_scan_matches_the_plain_search() {
        let mut text = String::new();
        let pieces = [
            "a",
            "é",
            "\"",
            "'",
            "\n",
            "«",
            "»",
            "“",
            "’",
            "—",
            "ñ",
            " ",
            "xyzw",
            "Ã",
            "€",
            "longer words",
            "*",
            "\u{2}",
            "\u{7}",
            "Â",
        ];
        let mut seed = 7u32;
        for _ in 0..600 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
        }
        // And leads far apart, so that the scan takes its sixteen-byte steps: runs of every
        // length of plain bytes between them.
        let run = "plain text ".repeat(4);
        for (n, piece) in pieces.iter().cycle().take(300).enumerate() {
            text.push_str(&run[..n % 41]);
            text.push_str(piece);
        }
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let plain = bytes[from..]
                .iter()
                .position(|&b| MARK_LEADS.contains(&b))
                .map(|k| from + k);
            assert_eq!(next_mark_lead(bytes, from), plain, "from {from}");
        }
    }

    #[test]
    fn table_of_cases() {
        let cases: &[(&str, &[&str])] = &[
            (r#"\"The Council stresses the need to act."#, &[]),
            (
                "He said, ‘China’s act is bad.’ Then left.",
                &["China’s act is bad."],
            ),
            ("“Uno”, dijo. «Dos», añadió.", &["Uno", "Dos"]),
            (
                "China \"se opone\" y no en \"acusaciones\".",
                &["se opone", "acusaciones"],
            ),
            ("the US president’s press conference", &[]),
            ("“Unclosed quote\n\nNext paragraph", &["Unclosed quote"]),
            ("''We act,'' he said.", &["We act,"]),
            ("“We act,\" he said, \"now.”", &["We act,", "now."]),
            ("“Not yet,“ he said. “Soon.”", &["Not yet,", "Soon."]),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "{text}");
        }
    }
}
