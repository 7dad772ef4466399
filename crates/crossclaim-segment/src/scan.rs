//! The scanner: one pass over the bytes of a text that stops only at bytes that can start a
//! candidate break (`.`, `!`, `?`, line breaks and the lead bytes of `…`, `。`, full-width
//! stops, Unicode line separators and bullets), and a decision at each candidate that looks at a
//! bounded window of text on either side. Every look-around is limited to [`LOOK`] characters and
//! every byte is passed over a bounded number of times, so the work is linear in the text.

use crossclaim_core::Span;

use crate::rules::{AbbreviationRules, Class};
use crate::Quotations;

/// How many characters a decision looks at on either side of a candidate break.
const LOOK: usize = 64;

/// Bytes where the scan stops: ASCII terminators, line breaks and `-` (for `to--" At`), and the
/// lead bytes of the multi-byte characters that matter (`…` `‼` `⁇` `—` U+2028 `•` are E2 …,
/// `。` E3, full-width stops EF, U+0085 C2). In a sentence opened by a list marker the space
/// is a stop too, to find the next marker.
const fn stop_table(with_space: bool) -> [bool; 256] {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'-' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0x0B] = true;
    t[0x0C] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    if with_space {
        t[b' ' as usize] = true;
    }
    t
}
static STOPS: [bool; 256] = stop_table(false);
static STOPS_IN_LIST: [bool; 256] = stop_table(true);

/// The first `j >= i` with `STOPS[b[j]]`, or `b.len()`: the same answer as a loop over the
/// bytes with the table, but eight bytes are passed over at a time.
///
/// Every stop is either below 0x0E (`\n` `\r` 0x0B 0x0C), at or above 0x80 (the lead bytes), or
/// one of `!` `-` `.` `?`. [`may_hold_stop`] flags every byte of a word in those classes (and
/// perhaps, through a borrow, some byte above a flagged one), so a word with no flag holds no
/// stop; in a flagged word only the flagged bytes are read with the table, in order (every
/// stop is flagged, so the first flagged stop is the first stop). Most words of news text hold
/// no flag, and the plain loop took about five instructions a byte.
fn next_stop(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("a slice of eight bytes"));
        let mut flags = may_hold_stop(x);
        while flags != 0 {
            let k = i + (flags.trailing_zeros() / 8) as usize;
            if STOPS[b[k] as usize] {
                return k;
            }
            flags &= flags - 1;
        }
        i += 8;
    }
    while i < b.len() && !STOPS[b[i] as usize] {
        i += 1;
    }
    i
}

/// The high bit of each byte of `x` (little-endian) that is below 0x0E, at or above 0x80, or one
/// of `!` `-` `.` `?`; a byte above a flagged one may be flagged too (SWAR zero-byte tests).
fn may_hold_stop(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = ONES << 7;
    // A byte of `y` that is zero sets its high bit here (a borrow may set some above it).
    let zero = |y: u64| y.wrapping_sub(ONES) & !y;
    // Below 0x0E: the subtraction wraps; at or above 0x80: the byte's own high bit.
    let low_or_high = x.wrapping_sub(ONES * 0x0E) | x;
    (low_or_high
        | zero(x ^ (ONES * u64::from(b'!')))
        | zero(x ^ (ONES * u64::from(b'-')))
        | zero(x ^ (ONES * u64::from(b'.')))
        | zero(x ^ (ONES * u64::from(b'?'))))
        & HIGHS
}

pub(crate) fn split(text: &str, rules: &AbbreviationRules, quotations: Quotations) -> Vec<Span> {
    let mut s = Scanner::new(text, rules, quotations);
    s.run();
    s.out
}

/// The kind of terminator cluster (`.`, `...`, `?!` …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    Period,
    Ellipsis,
    Exclaim,
}

/// A run of terminators with the closing marks after it: `[start, end)`.
#[derive(Clone, Copy, Debug)]
struct Cluster {
    start: usize,
    end: usize,
    kind: Stop,
    /// The first stop is glued to the word before it (`word.`, not ` ...`).
    glued_before: bool,
    quote_closed: bool,
    paren_closed: bool,
    /// Dots separated by spaces (`. . .`).
    spaced: bool,
}

/// What precedes a period: decides how the period is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Left {
    /// White space or nothing before the stop (` . . .`, ` ...`).
    Empty,
    /// A listed form ([`Class`]).
    Listed(Class),
    /// One capital letter: an initial (`J. K. Rowling`) unless a sentence starter follows.
    Initial,
    /// Letters with inner periods (`U.S.A`, `i.v`, `Ph.D`, `J.C`).
    Dotted,
    /// Something shaped like an abbreviation: one lower-case letter (`1 g.`), letters glued
    /// to a number (`5hrs.`, `2as.`), a short word without vowels (`hrs.`).
    Short,
    /// A number of one or two digits: `for 1. above` goes on, `es 2. 2 + 2` ends.
    SmallNumber,
    /// Any other word or number.
    Word,
}

/// The first thing after a candidate break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NextKind {
    End,
    /// Punctuation that cannot open a sentence: `, ; : / ) ] » ”`.
    Continue,
    Upper,
    Lower,
    Digit,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Next {
    kind: NextKind,
    /// First non-white-space byte after the break.
    pos: usize,
    /// The first word after any opening punctuation: `[word_start, word_end)`.
    word_start: usize,
    word_end: usize,
    /// The word is directly followed by a period (`Mr.`, `A.`).
    word_dot: bool,
    /// A dash comes first (`- Posted like`).
    dash: bool,
}

/// A list marker that opens a sentence (`1.`, `b)`, `(iv)`, `2.)`), for inline lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    num: Option<u32>,
    letter: Option<u8>,
    roman: Option<u32>,
    style: MarkerStyle,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkerStyle {
    Period,
    PeriodParen,
    Paren,
    BothParens,
}

impl Marker {
    fn is_successor_of(&self, prev: &Marker) -> bool {
        self.style == prev.style
            && (matches!((prev.num, self.num), (Some(a), Some(b)) if b == a + 1)
                || matches!((prev.letter, self.letter), (Some(a), Some(b)) if b == a + 1)
                || matches!((prev.roman, self.roman), (Some(a), Some(b)) if b == a + 1))
    }
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    rules: &'a AbbreviationRules,
    out: Vec<Span>,
    /// Where the current sentence's region begins (may be white space).
    start: usize,
    /// First non-white-space byte of the current sentence.
    first: usize,
    /// Cache for [`Scanner::has_alnum`]: `[first, alnum_upto)` was searched.
    alnum_upto: usize,
    alnum_seen: bool,
    /// The list marker that opened the current sentence, and where it ends.
    list: Option<(Marker, usize)>,
    /// Quotations kept whole: ranges sorted by start, with the running maximum of their ends.
    protected: Vec<(usize, usize)>,
    protected_max_end: Vec<usize>,
    buf: String,
    buf2: String,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, rules: &'a AbbreviationRules, quotations: Quotations) -> Self {
        let mut s = Scanner {
            text,
            b: text.as_bytes(),
            rules,
            out: Vec::with_capacity(text.len() / 100 + 1),
            start: 0,
            first: 0,
            alnum_upto: 0,
            alnum_seen: false,
            list: None,
            protected: Vec::new(),
            protected_max_end: Vec::new(),
            buf: String::with_capacity(32),
            buf2: String::with_capacity(32),
        };
        if quotations == Quotations::Whole {
            s.protected = quotation_ranges(text);
            let mut max = 0;
            s.protected_max_end = s
                .protected
                .iter()
                .map(|r| {
                    max = max.max(r.1);
                    max
                })
                .collect();
        }
        let first = s.skip_ws(0);
        s.begin(first);
        s
    }

    fn run(&mut self) {
        let len = self.b.len();
        let mut i = self.first;
        while i < len {
            if self.list.is_some() {
                while i < len && !STOPS_IN_LIST[self.b[i] as usize] {
                    i += 1;
                }
            } else {
                i = next_stop(self.b, i);
            }
            if i >= len {
                break;
            }
            i = match self.b[i] {
                b'.' | b'!' | b'?' => self.terminator(i),
                b'\n' | b'\r' | 0x0B | 0x0C => self.line_break(i),
                b' ' => self.list_space(i),
                b'-' => self.dash(i),
                _ => match char_at(self.text, i) {
                    Some(c) if is_terminator(c) => self.terminator(i),
                    Some('\u{85}' | '\u{2028}' | '\u{2029}') => self.line_break(i),
                    Some(c) if is_bullet(c) => self.bullet(i),
                    Some('—') => self.dash(i),
                    Some(c) => i + c.len_utf8(),
                    None => i + 1,
                },
            };
        }
        let end = self.b.len();
        self.push(self.start, end);
    }

    // ----- sentence bookkeeping -------------------------------------------------------------

    /// Ends the current sentence at `end`; the next one starts at or after `next`.
    fn boundary(&mut self, end: usize, next: usize) {
        self.push(self.start, end);
        self.start = end;
        let first = self.skip_ws(next.max(end));
        self.begin(first);
    }

    /// A new sentence whose first non-white-space byte is `first`.
    fn begin(&mut self, first: usize) {
        self.first = first;
        self.alnum_upto = first;
        self.alnum_seen = false;
        self.list = self.marker_at(first);
    }

    fn push(&mut self, a: usize, b: usize) {
        let (a, b) = trim(self.text, a, b);
        if a < b && !is_junk(self.text, a, b) {
            debug_assert!(self.text.is_char_boundary(a) && self.text.is_char_boundary(b));
            self.out.push(Span::new(a, b));
        }
    }

    /// Does the current sentence hold a letter or digit before `end`? (Amortised: each byte is
    /// searched once per sentence.)
    fn has_alnum(&mut self, end: usize) -> bool {
        if self.alnum_seen {
            return true;
        }
        if end > self.alnum_upto {
            let from = self.alnum_upto;
            if let Some(seg) = self.text.get(from..end) {
                self.alnum_seen = seg.chars().any(char::is_alphanumeric);
            }
            self.alnum_upto = end;
        }
        self.alnum_seen
    }

    fn protected(&self, pos: usize) -> bool {
        if self.protected.is_empty() {
            return false;
        }
        let n = self.protected.partition_point(|r| r.0 < pos);
        n > 0 && self.protected_max_end[n - 1] > pos
    }

    /// A boundary at `end` is refused when the sentence would hold no letter or digit, only
    /// a list marker, or would cut a quotation kept whole.
    fn acceptable(&mut self, end: usize) -> bool {
        if end <= self.first || !self.has_alnum(end) {
            return false;
        }
        if self.protected(end) {
            return false;
        }
        !self.only_marker(end)
    }

    fn only_marker(&self, end: usize) -> bool {
        if end - self.first > 16 {
            return false;
        }
        match self.marker_at(self.first) {
            Some((_, m_end)) => self.skip_ws(m_end) >= end,
            None => false,
        }
    }

    // ----- terminators ----------------------------------------------------------------------

    /// A terminator cluster starts at `i`. Returns where scanning goes on.
    fn terminator(&mut self, i: usize) -> usize {
        let text = self.text;
        let before = char_before(text, i);
        // A `!` or `?` opening a word is a letter of it (`!Kung`); a stop in brackets is a
        // mark of its own (`[...]`, `(!)`, `[?]`).
        let glued_before = before.is_some_and(|c| !c.is_whitespace());
        let mut j = i;
        let mut dots = 0usize;
        let mut exclaim = false;
        let mut ellipsis_char = false;
        let mut spaced = false;
        let mut quote_closed = false;
        let mut paren_closed = false;
        let mut term_end;
        loop {
            // Terminator characters, with spaced dots (`. . .`).
            while let Some(c) = char_at(text, j) {
                if c == '.' {
                    dots += 1;
                    j += 1;
                    if self.b.get(j) == Some(&b' ') && self.b.get(j + 1) == Some(&b'.') {
                        spaced = true;
                        j += 1;
                    }
                } else if is_terminator(c) {
                    match c {
                        '…' => ellipsis_char = true,
                        '．' | '。' => dots += 1,
                        _ => exclaim = true,
                    }
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            term_end = j;
            // Closing marks after the stop belong to the sentence.
            let mut k = j;
            while let Some(c) = char_at(text, k) {
                let after = char_at(text, k + c.len_utf8());
                let closes = match c {
                    '”' | '»' | '›' => {
                        quote_closed = true;
                        true
                    }
                    '’' | '\'' | '"' if !after.is_some_and(char::is_alphanumeric) => {
                        quote_closed = true;
                        true
                    }
                    ')' | ']' | '}' => {
                        paren_closed = true;
                        true
                    }
                    '[' => {
                        // A footnote mark: `martyr.[1]`, `large.[7][8]`.
                        let n = footnote_len(&self.b[k..]);
                        if n > 0 {
                            k += n;
                            continue;
                        }
                        false
                    }
                    c if c.is_control() && !c.is_whitespace() => true,
                    _ => false,
                };
                if !closes {
                    break;
                }
                k += c.len_utf8();
            }
            j = k;
            match char_at(text, j) {
                Some(c) if is_terminator(c) && j > term_end => continue,
                _ => break,
            }
        }
        let end = j;
        if !glued_before && exclaim && char_at(text, term_end).is_some_and(char::is_alphanumeric) {
            return end;
        }
        if matches!(before, Some('(' | '[')) && matches!(char_at(text, term_end), Some(')' | ']')) {
            return end;
        }
        let kind = if exclaim {
            Stop::Exclaim
        } else if dots >= 2 || ellipsis_char {
            Stop::Ellipsis
        } else {
            Stop::Period
        };

        let cluster = Cluster {
            start: i,
            end,
            kind,
            glued_before,
            quote_closed,
            paren_closed,
            spaced,
        };
        // What follows the cluster.
        let after = char_at(text, end);
        let Some(after) = after else {
            return end; // end of text: the final push takes it
        };
        if !after.is_whitespace() || is_glue_space(after) {
            if is_glue_space(after) {
                // A no-break space does not separate sentences (`A test.\u{a0}Another`),
                // unless a line break follows it.
                let q = self.skip_ws(end);
                if self.text[end..q].contains(['\n', '\r']) {
                    return self.after_space(cluster);
                }
                return q;
            }
            if self.glued_break(i, end, kind, after) && self.acceptable(end) {
                self.boundary(end, end);
            }
            return end;
        }
        self.after_space(cluster)
    }

    /// The cluster is followed by white space.
    fn after_space(&mut self, cluster: Cluster) -> usize {
        let Cluster {
            start: i,
            end,
            kind,
            glued_before,
            quote_closed,
            paren_closed,
            spaced,
        } = cluster;
        let (q, newlines) = self.skip_ws_count(end);
        if q >= self.b.len() {
            return q; // trailing white space: the final push takes the sentence
        }
        if newlines >= 2 {
            if self.has_alnum(end) && end > self.first {
                self.boundary(end, q);
            }
            return q;
        }
        let line_end = newlines == 1;
        let next = self.next_token(q);
        let closed = quote_closed || paren_closed;

        let mut cut = end;
        let breaks = match kind {
            Stop::Exclaim => {
                let name = !closed && self.left_is_name(i);
                match next.kind {
                    NextKind::Upper => {
                        (!name || self.starts_sentence(&next))
                            && !self.aside_after_quote(quote_closed, &next)
                    }
                    // `where did you grow up? india?`, `a great game! large selection` end
                    // (web text); `'Well?' thought Alice`, `voila! -- you`, `Yahoo! in`,
                    // `his days in Wham! through`, `¡Qué susto! exclamó` go on.
                    NextKind::Lower => {
                        line_end
                            || !(closed
                                || next.dash
                                || name
                                || self.capitalised_before_exclamation(i)
                                || self.inverted_mark_before(i))
                    }
                    NextKind::Digit => line_end,
                    NextKind::Continue => false,
                    NextKind::Other | NextKind::End => true,
                }
            }
            Stop::Ellipsis => {
                // `word. . . . Next`: the period ends the sentence, the omission opens the next.
                let first_period = glued_before
                    && spaced
                    && self.b.get(i) == Some(&b'.')
                    && self.b.get(i + 1) == Some(&b' ');
                if first_period && next.kind == NextKind::Upper {
                    cut = i + 1;
                    true
                } else if spaced && self.spaced_dots(i) < 4 {
                    // An omission inside a sentence: ` . . . ` (as in a quotation).
                    line_end && next.kind == NextKind::Upper
                } else if !glued_before && !spaced {
                    // ` ... ` between words: an omission, or a pause before a new sentence.
                    next.kind == NextKind::Upper
                } else {
                    // `that.... She`, `slowly... And`, `a period . . . . Next`.
                    match next.kind {
                        NextKind::Upper | NextKind::Other | NextKind::End => true,
                        NextKind::Lower | NextKind::Digit | NextKind::Continue => false,
                    }
                }
            }
            Stop::Period => self.period_breaks(i, closed, line_end, &next),
        };
        if breaks && self.acceptable(cut) {
            if cut < end {
                // The spaced dots go with the next sentence.
                self.boundary(cut, cut);
            } else {
                self.boundary(end, q);
            }
        }
        q
    }

    /// Does a single period at `i` followed by white space end the sentence?
    fn period_breaks(&mut self, i: usize, closed: bool, line_end: bool, next: &Next) -> bool {
        let (left, tok_start) = self.left(i);
        // A multi-word form goes on (`p. ej.`, `EE. UU.`).
        if next.word_dot && !closed && left != Left::Empty && self.b.get(i) == Some(&b'.') {
            fold_into(&mut self.buf, &self.text[tok_start..i + 1]);
            fold_into(
                &mut self.buf2,
                &self.text[next.word_start..next.word_end + 1],
            );
            if self.rules.continues(&self.buf, &self.buf2) {
                return false;
            }
        }
        if self.dateline(i, next) {
            return false;
        }
        match next.kind {
            NextKind::End => true,
            NextKind::Continue => false,
            // `they closed. the deal` ends (web text); `the i.v. in`, `co. at`, `1 min. para`,
            // `'This is great.' she said` go on.
            NextKind::Lower => !closed && left == Left::Word,
            NextKind::Digit => matches!(left, Left::Word | Left::Empty | Left::SmallNumber),
            NextKind::Other => match left {
                Left::Word | Left::Empty | Left::Short | Left::SmallNumber => true,
                Left::Listed(_) | Left::Initial | Left::Dotted => line_end,
            },
            NextKind::Upper => {
                if self.aside_after_quote(closed, next) {
                    return false;
                }
                // `Bogotá, D.C. - Colombia`: a dash after an abbreviation goes on.
                if next.dash
                    && !closed
                    && matches!(left, Left::Listed(_) | Left::Dotted | Left::Initial)
                {
                    return false;
                }
                match left {
                    Left::Listed(Class::Never) => false,
                    Left::Listed(Class::Number) => !self.roman_next(next),
                    Left::Listed(Class::End) => {
                        closed
                            || line_end
                            || !(self.continues_after(next) || self.intro_phrase(tok_start))
                    }
                    Left::Listed(Class::Maybe | Class::Name) | Left::Dotted => {
                        closed
                            || line_end
                            || (self.starts_sentence(next) && !self.intro_phrase(tok_start))
                    }
                    Left::Initial => closed || self.starts_sentence(next),
                    Left::Word | Left::Empty | Left::Short | Left::SmallNumber => true,
                }
            }
        }
    }

    /// A cluster glued to what follows (`world.Today`, `it?Yes`, `slowly...But`).
    fn glued_break(&mut self, i: usize, end: usize, kind: Stop, after: char) -> bool {
        let text = self.text;
        match after {
            ',' | ';' | ':' | '-' | '–' | '—' | '/' | '\\' => return false,
            _ => {}
        }
        // Citation numbers after a sentence: `consultation.11 12 Take`, `(1987).1 According`.
        if kind == Stop::Period && after.is_ascii_digit() {
            return self.citation_break(i, end);
        }
        // The next word: a capital, then at least one lower-case letter, ended by white
        // space or punctuation (not `Awesome.com`, not `Doe@example`).
        let mut k = end;
        while let Some(c) = char_at(text, k) {
            if is_opening(c) && k - end < 8 {
                k += c.len_utf8();
            } else {
                break;
            }
        }
        if !self.capitalised_word(k) {
            return false;
        }
        let (tok_start, long) = self.token_start(i);
        let tok = &text[tok_start..i];
        if long || is_url_like(tok) {
            return false;
        }
        let tok = tok.trim_start_matches(is_opening);
        match kind {
            Stop::Ellipsis => true,
            Stop::Exclaim => {
                let letters = tok.chars().filter(|c| c.is_alphabetic()).count();
                letters >= 2
                    && tok.chars().last().is_some_and(char::is_alphabetic)
                    && !self.left_is_name(i)
            }
            Stop::Period => {
                let Some(last) = tok.chars().last() else {
                    return false;
                };
                if last.is_lowercase() {
                    if tok.contains('.') {
                        return false; // `e.g.This`, a domain
                    }
                    let letters = tok.chars().filter(|c| c.is_alphabetic()).count();
                    if letters < 2 {
                        return false;
                    }
                    fold_into(&mut self.buf, tok);
                    self.buf.push('.');
                    return match self.rules.class(&self.buf) {
                        None | Some(Class::Number | Class::End) => true,
                        Some(Class::Never | Class::Maybe | Class::Name) => false,
                    };
                }
                if last.is_ascii_digit()
                    && tok
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
                {
                    // `bought 1,000.That`, `No 5.He`, but not a list `: 1.Helado, 2.Carne`.
                    let short = tok.len() <= 2;
                    return !(short && self.list_context(tok_start));
                }
                false
            }
        }
    }

    /// `word.12 Next` or `(1987).1 Next`: a citation number glued after a sentence.
    fn citation_break(&mut self, i: usize, end: usize) -> bool {
        let text = self.text;
        let prev = char_before(text, i);
        if end != i + 1 || !prev.is_some_and(|c| c.is_lowercase() || c == ')') {
            return false;
        }
        let (tok_start, long) = self.token_start(i);
        let tok = text[tok_start..i].trim_start_matches(is_opening);
        if long || is_url_like(tok) {
            return false;
        }
        if prev != Some(')') {
            fold_into(&mut self.buf, tok);
            self.buf.push('.');
            if self.rules.class(&self.buf).is_some() || tok.chars().count() < 3 {
                return false;
            }
        }
        // Digit groups of 1 to 3 digits separated by single spaces, then a capitalised word.
        let b = self.b;
        let mut k = end;
        let mut cut;
        let mut groups = 0;
        loop {
            let s = k;
            while k < b.len() && b[k].is_ascii_digit() && k - s <= 3 {
                k += 1;
            }
            let n = k - s;
            if n == 0 || n > 3 {
                return false;
            }
            groups += 1;
            cut = k;
            if b.get(k) != Some(&b' ') {
                return false;
            }
            k += 1;
            if groups < 3 && b.get(k).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            break;
        }
        if !char_at(text, k).is_some_and(char::is_uppercase) || !self.acceptable(cut) {
            return false;
        }
        self.boundary(cut, k);
        false
    }

    // ----- line breaks, bullets, inline lists -------------------------------------------------

    /// A line break at `i` not preceded by a terminator.
    fn line_break(&mut self, i: usize) -> usize {
        let (q, newlines) = self.skip_ws_count(i);
        let e = self.trim_back(i);
        if e <= self.first {
            return q;
        }
        if newlines >= 2 || q >= self.b.len() || !self.continues_line(e, q) {
            self.boundary(e, q);
        }
        q
    }

    /// Does the line ending at `e` go on at `q` (text hard-wrapped inside a sentence)? Only when
    /// it stops mid-sentence, is long enough to have been wrapped, and the next line starts
    /// in lower case and is not a URL or list item.
    fn continues_line(&self, e: usize, q: usize) -> bool {
        let last = char_before(self.text, e);
        if !last.is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '-' | '–')) {
            return false;
        }
        if !char_at(self.text, q).is_some_and(char::is_lowercase) {
            return false;
        }
        let rest = &self.b[q..];
        if rest.starts_with(b"http") || rest.starts_with(b"www.") || self.marker_at(q).is_some() {
            return false;
        }
        // Length of the line, in characters, up to a limit.
        let mut n = 0;
        for c in self.text[..e].chars().rev() {
            if c == '\n' || c == '\r' {
                break;
            }
            n += 1;
            if n >= 25 {
                return true;
            }
        }
        false
    }

    /// `to--" At this moment`: a quotation broken off by a dash ends its sentence when a
    /// capital follows.
    fn dash(&mut self, i: usize) -> usize {
        let text = self.text;
        let mut k = i;
        let mut hyphens = 0;
        let mut em = false;
        while let Some(c) = char_at(text, k) {
            match c {
                '-' => hyphens += 1,
                '—' => em = true,
                _ => break,
            }
            k += c.len_utf8();
        }
        if hyphens < 2 && !em {
            return k;
        }
        let Some(q) = char_at(text, k) else {
            return k;
        };
        if !matches!(q, '"' | '”' | '’' | '\'' | '»') {
            return k;
        }
        let end = k + q.len_utf8();
        if !char_at(text, end).is_some_and(|c| c == ' ' || c == '\n') {
            return end;
        }
        let next = self.skip_ws(end);
        if char_at(text, next).is_some_and(char::is_uppercase) && self.acceptable(end) {
            self.boundary(end, next);
            return next;
        }
        end
    }

    /// A bullet (`•`) inside a line starts a new sentence.
    fn bullet(&mut self, i: usize) -> usize {
        let len = char_at(self.text, i).map_or(1, char::len_utf8);
        if char_before(self.text, i).is_some_and(char::is_whitespace) {
            let e = self.trim_back(i);
            if e > self.first && self.acceptable(e) {
                self.boundary(e, i);
            }
        }
        i + len
    }

    /// Inside a sentence opened by a list marker, the next marker of the series starts a new
    /// sentence (`1) The first item 2) The second item`).
    fn list_space(&mut self, i: usize) -> usize {
        let Some((marker, marker_end)) = self.list else {
            return i + 1;
        };
        let q = i + 1;
        if let Some((m, _)) = self.marker_at(q) {
            // At least one word between the two markers (`J. K. Rowling` is no list); looked
            // for in the first characters after the marker only.
            let between = self.text.get(marker_end..i).unwrap_or("");
            if m.is_successor_of(&marker)
                && between.chars().take(LOOK).any(char::is_alphanumeric)
                && !(marker.style == MarkerStyle::Period
                    && marker.letter.is_some_and(|l| l.is_ascii_uppercase()))
            {
                let e = self.trim_back(i);
                if !self.protected(e) {
                    self.boundary(e, q);
                    return q;
                }
            }
        }
        i + 1
    }

    // ----- context helpers -------------------------------------------------------------------

    /// The token before a stop at `i`: where it starts, and whether it was cut at the look
    /// limit (then it is treated as a long word, e.g. a URL).
    fn token_start(&self, i: usize) -> (usize, bool) {
        let mut k = i;
        let mut n = 0;
        let from = if self.first < i { self.first } else { 0 };
        // ASCII bytes are read as bytes (an ASCII byte is a char of its own, white space when
        // it is 0x09 to 0x0D or a space, as `char::is_whitespace` says); the chars are decoded
        // from the first non-ASCII byte on.
        while k > from {
            let c = self.b[k - 1];
            if !c.is_ascii() {
                break;
            }
            if matches!(c, b'\t'..=b'\r' | b' ') {
                return (k, false);
            }
            n += 1;
            if n > LOOK {
                return (k, true);
            }
            k -= 1;
        }
        for c in self.text[from..k].chars().rev() {
            if c.is_whitespace() {
                return (k, false);
            }
            n += 1;
            if n > LOOK {
                return (k, true);
            }
            k -= c.len_utf8();
        }
        (k, false)
    }

    /// Classifies the token before a period at `i`; also returns where the token starts
    /// (after opening punctuation).
    fn left(&mut self, i: usize) -> (Left, usize) {
        let (raw_start, long) = self.token_start(i);
        let raw = &self.text[raw_start..i];
        let tok = raw.trim_start_matches(is_opening);
        let tok_start = i - tok.len();
        if tok.is_empty() {
            return (Left::Empty, tok_start);
        }
        if long || is_url_like(tok) {
            return (Left::Word, tok_start);
        }
        // Listed, alone or with the word before (`p. ej.`, `EE. UU.`, `et al.`). The shape
        // tests say without folding that most words are neither (`said.`): then neither
        // look-up could find anything, and both are left out.
        let may_list = self.rules.may_list(tok, b'.');
        let may_end_multi = self.rules.may_end_multi(tok, b'.');
        if may_list || may_end_multi {
            fold_into(&mut self.buf, tok);
            self.buf.push('.');
        }
        if may_list {
            if let Some(class) = self.rules.class(&self.buf) {
                return (Left::Listed(class), tok_start);
            }
        }
        if may_end_multi {
            let prev_end = self.trim_back(raw_start);
            let (prev_start, _) = self.token_start(prev_end);
            if prev_start < prev_end && prev_end < raw_start {
                let prev = self.text[prev_start..prev_end].trim_start_matches(is_opening);
                if !prev.is_empty() && prev.len() <= 16 {
                    fold_into(&mut self.buf2, prev);
                    self.buf2.push(' ');
                    self.buf2.push_str(&self.buf);
                    if let Some(class) = self.rules.class(&self.buf2) {
                        // The form starts at the first word (`p.` of `p. m.`).
                        return (Left::Listed(class), prev_end - prev.len());
                    }
                }
            }
        }
        let shape = if tok.is_ascii() {
            word_shape_ascii(tok.as_bytes())
        } else {
            word_shape(tok)
        };
        (shape, tok_start)
    }

    fn left_is_name(&mut self, i: usize) -> bool {
        let (s, long) = self.token_start(i);
        if long {
            return false;
        }
        let tok = self.text[s..i].trim_start_matches(is_opening);
        let stop = char_at(self.text, i).unwrap_or('!');
        fold_into(&mut self.buf, tok);
        self.buf.push(stop);
        self.rules.class(&self.buf) == Some(Class::Name)
    }

    /// The first word after white space at `q`, after opening quotes, brackets, `¿ ¡` and
    /// dashes.
    fn next_token(&self, q: usize) -> Next {
        let text = self.text;
        let mut k = q;
        let mut dash = false;
        let mut steps = 0;
        while let Some(c) = char_at(text, k) {
            steps += 1;
            if steps > 12 {
                break;
            }
            if is_opening(c) {
                k += c.len_utf8();
            } else if matches!(c, '-' | '–' | '—') {
                dash = true;
                k += c.len_utf8();
                while self.b.get(k) == Some(&b' ') {
                    k += 1;
                }
            } else {
                break;
            }
        }
        let c = char_at(text, k);
        let kind = match c {
            None => NextKind::End,
            Some(c) if c.is_uppercase() => NextKind::Upper,
            Some(c) if c.is_lowercase() => NextKind::Lower,
            Some(c) if c.is_numeric() => NextKind::Digit,
            Some(c) if c.is_alphabetic() => NextKind::Upper, // scripts without case
            Some(',' | ';' | ':' | '/' | ')' | ']' | '}' | '»' | '”' | '’') if !dash => {
                NextKind::Continue
            }
            Some(_) => NextKind::Other,
        };
        let mut e = k;
        let mut n = 0;
        while let Some(c) = char_at(text, e) {
            if c.is_alphanumeric() || ((c == '\'' || c == '’') && e > k) {
                e += c.len_utf8();
                n += 1;
                if n > LOOK {
                    break;
                }
            } else {
                break;
            }
        }
        // A list marker after a stop opens a sentence (`Smith. a. here it is`).
        let kind = if kind == NextKind::Lower && self.marker_at(q).is_some() {
            NextKind::Upper
        } else {
            kind
        };
        Next {
            kind,
            pos: q,
            word_start: k,
            word_end: e,
            word_dot: self.b.get(e) == Some(&b'.'),
            dash,
        }
    }

    /// Is the next word one that opens a sentence: a listed starter (a full word, not an
    /// initial), or a title (`Mr.`) after an abbreviation?
    fn starts_sentence(&mut self, next: &Next) -> bool {
        let word = &self.text[next.word_start..next.word_end];
        if word.is_empty() {
            return false;
        }
        if next.word_dot {
            if word.chars().count() == 1 {
                return false; // an initial
            }
            fold_into(&mut self.buf, word);
            self.buf.push('.');
            return self.rules.class(&self.buf) == Some(Class::Never);
        }
        fold_into(&mut self.buf, word);
        if self.rules.is_starter(&self.buf) {
            return true;
        }
        // `I'm`, `It's`, `Don't`: the part before the apostrophe.
        match word.find(['\'', '’']) {
            Some(a) if a > 0 => {
                fold_into(&mut self.buf, &word[..a]);
                self.rules.is_starter(&self.buf)
            }
            _ => false,
        }
    }

    /// `Wham! through`, `ex-Wham! backing`: a capitalised word right before `!` is read as a
    /// name written with `!`.
    fn capitalised_before_exclamation(&self, i: usize) -> bool {
        if self.b.get(i) != Some(&b'!') {
            return false;
        }
        let (s, long) = self.token_start(i);
        let tok = &self.text[s..i];
        let last = tok.rsplit(['-', '/']).next().unwrap_or(tok);
        !long
            && last.chars().next().is_some_and(char::is_uppercase)
            && last.chars().any(char::is_lowercase)
    }

    /// Did the current sentence open a question or exclamation with `¿` or `¡` before `i`?
    /// Then a lower-case word after its `?` or `!` goes on (`¡Qué susto! exclamó`).
    fn inverted_mark_before(&self, i: usize) -> bool {
        let mut from = if i - self.first > 4 * LOOK {
            i - 4 * LOOK
        } else {
            self.first
        };
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        self.text
            .get(from..i)
            .is_some_and(|s| s.contains(['¿', '¡']))
    }

    /// After an `[end]` form, is the next word one that goes on (`10 a.m. Tuesday`)?
    fn continues_after(&mut self, next: &Next) -> bool {
        let word = &self.text[next.word_start..next.word_end];
        fold_into(&mut self.buf, word);
        self.rules.is_continuer(&self.buf)
    }

    /// `'…house!' (Which was very likely true.)`: a parenthesis right after a closing quotation
    /// mark belongs to the quotation's sentence (an aside, a source: `“…” (Reuters)`), unless
    /// another quotation follows it (`"…!" (Dinah was the cat.) "I hope…"`).
    fn aside_after_quote(&self, quote_closed: bool, next: &Next) -> bool {
        if !quote_closed || self.b.get(next.pos) != Some(&b'(') {
            return false;
        }
        let b = self.b;
        let mut k = next.pos + 1;
        let limit = (next.pos + 4 * LOOK).min(b.len());
        while k < limit && !matches!(b[k], b')' | b'\n' | b'(') {
            k += 1;
        }
        if b.get(k) != Some(&b')') {
            return false;
        }
        let q = self.skip_ws(k + 1);
        !char_at(self.text, q).is_some_and(|c| matches!(c, '"' | '“' | '\'' | '‘' | '«'))
    }

    /// `At 5 a.m. Mr. Smith went`: a listed form inside an opening time phrase of at most
    /// three words does not end the sentence.
    fn intro_phrase(&mut self, tok_start: usize) -> bool {
        if tok_start < self.first || tok_start - self.first > 40 {
            return false;
        }
        let head = &self.text[self.first..tok_start];
        let mut words = head.split_whitespace();
        let Some(first) = words.next() else {
            return false;
        };
        if words.count() > 2 {
            return false;
        }
        fold_into(&mut self.buf, first.trim_start_matches(is_opening));
        self.rules.is_intro(&self.buf)
    }

    /// Is the period at `i` the end of a dateline that belongs to the next sentence?
    /// `Santander, 25 may (EFE). El …` (a listed agency) and `Mérida. - El presidente`,
    /// `(EFE). - El …` (a short opening phrase before a dash).
    fn dateline(&mut self, i: usize, next: &Next) -> bool {
        if i < self.first || i - self.first > 160 {
            return false;
        }
        let head = &self.text[self.first..i];
        if next.dash
            && next.kind == NextKind::Upper
            && self.b.get(next.pos).is_some_and(|&c| c != b'(')
            && head.len() <= 80
            && (head.ends_with(')') || head.split_whitespace().count() <= 3)
        {
            return true;
        }
        if !head.ends_with(')') || !self.at_paragraph_start(self.first) {
            return false;
        }
        let Some(open) = head.rfind('(') else {
            return false;
        };
        let inner = &head[open + 1..head.len() - 1];
        if inner.len() > 40 {
            return false;
        }
        fold_into(&mut self.buf, inner.trim());
        self.rules.is_agency(&self.buf)
    }

    fn at_paragraph_start(&self, pos: usize) -> bool {
        for c in self.text[..pos].chars().rev().take(LOOK) {
            match c {
                '\n' | '\r' => return true,
                c if c.is_whitespace() => {}
                _ => return false,
            }
        }
        pos == 0 || self.text[..pos].trim().is_empty()
    }

    /// `cap. IX`, `pp. XI-XII`, `s. XIV`: a Roman numeral after a number abbreviation.
    fn roman_next(&self, next: &Next) -> bool {
        if next.word_start != next.pos {
            return false; // `of Art. “I loved`
        }
        let w = &self.text[next.word_start..next.word_end];
        !w.is_empty()
            && w.len() <= 7
            && w.bytes()
                .all(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
    }

    /// Is the short number at `tok_start` part of a list (`: 1.Helado, 2.Carne`)?
    fn list_context(&self, tok_start: usize) -> bool {
        if tok_start <= self.first {
            return true;
        }
        let before = self.text[..tok_start].trim_end();
        before.ends_with([':', ',', ';']) || before.len() < self.first
    }

    /// Is `pos` followed by a capitalised word (`Today`, `Isn't`, `Mr.`) that ends at white
    /// space or punctuation (not `Awesome.com`, not `Doe@example`)?
    fn capitalised_word(&self, pos: usize) -> bool {
        let text = self.text;
        let mut k = pos;
        let Some(c) = char_at(text, k) else {
            return false;
        };
        if !c.is_uppercase() {
            return false;
        }
        k += c.len_utf8();
        let mut lower = false;
        let mut n = 0;
        while let Some(c) = char_at(text, k) {
            if c.is_lowercase() {
                lower = true;
            } else if !(c.is_alphabetic() || c == '\'' || c == '’') {
                break;
            }
            k += c.len_utf8();
            n += 1;
            if n > LOOK {
                return false;
            }
        }
        if !lower {
            return false;
        }
        match char_at(text, k) {
            None => true,
            Some(c) if c.is_whitespace() => true,
            Some('.') => !char_at(text, k + 1).is_some_and(|c| c.is_alphanumeric() || c == '@'),
            Some(',' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '»') => true,
            Some(_) => false,
        }
    }

    /// A list marker at `pos`, with where it ends: `1.` `1.)` `1)` `(1)` `a.` `b)` `(iv)`
    /// `• 9.`, followed by white space.
    fn marker_at(&self, pos: usize) -> Option<(Marker, usize)> {
        let b = self.b;
        let mut k = pos;
        // A bullet before the marker.
        if let Some(c) = char_at(self.text, k) {
            if is_bullet(c) {
                k += c.len_utf8();
                while b.get(k) == Some(&b' ') {
                    k += 1;
                }
                if !b
                    .get(k)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'(')
                {
                    return Some((
                        Marker {
                            num: None,
                            letter: None,
                            roman: None,
                            style: MarkerStyle::Period,
                        },
                        k,
                    ));
                }
            }
        }
        let open = b.get(k) == Some(&b'(');
        if open {
            k += 1;
        }
        let s = k;
        while k < b.len() && b[k].is_ascii_alphanumeric() && k - s <= 4 {
            k += 1;
        }
        let body = &b[s..k];
        if body.is_empty() || body.len() > 4 {
            return None;
        }
        let style = match (open, b.get(k), b.get(k + 1)) {
            (true, Some(b')'), _) => {
                k += 1;
                MarkerStyle::BothParens
            }
            (false, Some(b'.'), Some(b')')) => {
                k += 2;
                MarkerStyle::PeriodParen
            }
            (false, Some(b')'), _) => {
                k += 1;
                MarkerStyle::Paren
            }
            (false, Some(b'.'), _) => {
                k += 1;
                MarkerStyle::Period
            }
            _ => return None,
        };
        if !b.get(k).is_none_or(u8::is_ascii_whitespace) {
            return None;
        }
        let num = if body.iter().all(u8::is_ascii_digit) && body.len() <= 3 {
            std::str::from_utf8(body).ok().and_then(|s| s.parse().ok())
        } else {
            None
        };
        let letter = (body.len() == 1 && body[0].is_ascii_alphabetic()).then(|| body[0]);
        let roman = roman_value(body);
        if num.is_none() && letter.is_none() && roman.is_none() {
            return None;
        }
        Some((
            Marker {
                num,
                letter,
                roman,
                style,
            },
            k,
        ))
    }

    fn skip_ws(&self, mut k: usize) -> usize {
        while let Some(c) = char_at(self.text, k) {
            if !c.is_whitespace() {
                break;
            }
            k += c.len_utf8();
        }
        k
    }

    /// Skips white space from `k`; returns where it ends and how many line breaks it holds.
    fn skip_ws_count(&self, mut k: usize) -> (usize, usize) {
        let mut n = 0;
        while let Some(c) = char_at(self.text, k) {
            match c {
                '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => n += 1,
                '\r' if self.b.get(k + 1) != Some(&b'\n') => n += 1,
                c if c.is_whitespace() => {}
                _ => break,
            }
            k += c.len_utf8();
        }
        (k, n)
    }

    /// The end of the text before `i` without trailing white space (never before `start`).
    fn trim_back(&self, i: usize) -> usize {
        let mut k = i;
        for c in self.text[self.start.min(i)..i].chars().rev() {
            if !c.is_whitespace() {
                break;
            }
            k -= c.len_utf8();
        }
        k
    }

    /// Counts the dots of a spaced ellipsis starting at `i`.
    fn spaced_dots(&self, i: usize) -> usize {
        let b = self.b;
        let mut k = i;
        let mut n = 0;
        while b.get(k) == Some(&b'.') {
            n += 1;
            k += 1;
            if b.get(k) == Some(&b' ') && b.get(k + 1) == Some(&b'.') {
                k += 1;
            }
        }
        n
    }
}

// ----- free helpers ----------------------------------------------------------------------------

/// What an unlisted word before a period is (`tok` not empty): see [`Left`].
fn word_shape(tok: &str) -> Left {
    let mut chars = tok.chars();
    let first = chars.next();
    if tok.chars().count() == 1 {
        return match first {
            Some(c) if c.is_uppercase() => Left::Initial,
            Some(c) if c.is_alphabetic() => Left::Short,
            Some(c) if c.is_ascii_digit() => Left::SmallNumber,
            _ => Left::Word,
        };
    }
    if is_dotted(tok) {
        return Left::Dotted;
    }
    let digits = tok.chars().filter(char::is_ascii_digit).count();
    let letters = tok.chars().filter(|c| c.is_alphabetic()).count();
    if first.is_some_and(|c| c.is_ascii_digit())
        && letters > 0
        && tok.chars().last().is_some_and(char::is_alphabetic)
        && tok.chars().all(char::is_alphanumeric)
    {
        return Left::Short; // `5hrs`, `2as`, `5o`, `120.5°C` is not (`°`)
    }
    if digits == tok.len() && digits <= 2 {
        return Left::SmallNumber;
    }
    if letters == tok.chars().count()
        && letters <= 4
        && tok.chars().all(|c| c.is_lowercase())
        && !tok.chars().any(is_vowel)
    {
        return Left::Short; // `hrs`, `pgs`
    }
    Left::Word
}

/// [`word_shape`] of an ASCII word, from one pass over its bytes instead of a pass over its
/// chars for each test (the tests read the same: a char of an ASCII word is one byte; of ASCII
/// chars only `a`-`z` are lower case, only `A`-`Z` upper case, only letters alphabetic, and
/// [`is_vowel`] knows the lower-case vowels).
fn word_shape_ascii(tok: &[u8]) -> Left {
    let n = tok.len();
    // The commonest token, a word of five letters or more with no period (`people`, `said.`):
    // beginning with a letter, it is neither `Dotted` (needs a period) nor a number of any kind
    // (needs a first digit, or only digits), and too long to be `Short` without vowels.
    if n > 4 && tok[0].is_ascii_alphabetic() && !tok.contains(&b'.') {
        return Left::Word;
    }
    if n == 1 {
        return match tok[0] {
            b'A'..=b'Z' => Left::Initial,
            b'a'..=b'z' => Left::Short,
            b'0'..=b'9' => Left::SmallNumber,
            _ => Left::Word,
        };
    }
    let (mut digits, mut letters, mut lower, mut vowel, mut alnum) = (0, 0, 0, false, true);
    // `is_dotted`: parts between periods of one or two letters, at least two parts.
    let (mut parts, mut part, mut dotted) = (1, 0, true);
    for &c in tok {
        match c {
            b'.' => {
                dotted &= (1..=2).contains(&part);
                parts += 1;
                part = 0;
                alnum = false;
            }
            b'0'..=b'9' => {
                digits += 1;
                dotted = false;
            }
            b'a'..=b'z' | b'A'..=b'Z' => {
                letters += 1;
                part += 1;
                lower += usize::from(c.is_ascii_lowercase());
                vowel |= matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
            }
            _ => {
                dotted = false;
                alnum = false;
            }
        }
    }
    if dotted && (1..=2).contains(&part) && parts >= 2 {
        return Left::Dotted;
    }
    if tok[0].is_ascii_digit() && letters > 0 && tok[n - 1].is_ascii_alphabetic() && alnum {
        return Left::Short; // `5hrs`, `2as`, `5o`
    }
    if digits == n && digits <= 2 {
        return Left::SmallNumber;
    }
    if letters == n && letters <= 4 && lower == n && !vowel {
        return Left::Short; // `hrs`, `pgs`
    }
    Left::Word
}

/// The char at byte `i` (`None` at the end, past it, or inside a char). An ASCII byte is a
/// char of its own and never inside another (continuation bytes are 0x80 to 0xBF), so it is
/// answered without the boundary test and decoding, which cost more than the callers' tests
/// (the scanner asks for about ten chars around every stop).
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => s.get(i..)?.chars().next(),
    }
}

/// The char that ends before byte `i` (`None` at 0, past the end, or inside a char). An ASCII
/// byte at `i - 1` is that char, and `i` is then a char boundary (in UTF-8 no continuation
/// byte follows an ASCII byte).
#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).and_then(|k| s.as_bytes().get(k)) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => s.get(..i)?.chars().next_back(),
    }
}

fn fold_into(buf: &mut String, s: &str) {
    buf.clear();
    crossclaim_core::fold_onto(s, buf);
}

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '．' | '。' | '！' | '？'
    )
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '‣' | '⁃' | '▪' | '◦')
}

fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '“' | '‘' | '«' | '‹' | '„' | '"' | '\'' | '¿' | '¡'
    )
}

/// Spaces that glue rather than separate: no-break spaces.
fn is_glue_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2060}')
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ü'
    )
}

fn is_url_like(tok: &str) -> bool {
    // A scheme (`://`) holds a `/`, so one pass over the bytes for `@` or `/` answers what
    // separate searches for `://`, `@` and `/` did.
    tok.starts_with("www.") || tok.bytes().any(|b| b == b'@' || b == b'/')
}

/// Letters with inner periods, each part one or two letters: `U.S.A`, `i.v`, `Ph.D`, `EE.UU`.
fn is_dotted(tok: &str) -> bool {
    let mut parts = 0;
    for part in tok.split('.') {
        let n = part.chars().count();
        if n == 0 || n > 2 || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// `[1]`, `[7][8]`, `[2–11]`: footnote marks after a stop; returns their byte length.
fn footnote_len(b: &[u8]) -> usize {
    let mut k = 0;
    while b.get(k) == Some(&b'[') {
        let mut m = k + 1;
        while m < b.len() && m - k <= 8 && (b[m].is_ascii_digit() || b[m] == b',' || b[m] == b'-') {
            m += 1;
        }
        if m == k + 1 || b.get(m) != Some(&b']') {
            break;
        }
        k = m + 1;
    }
    k
}

fn roman_value(body: &[u8]) -> Option<u32> {
    const ROMAN: [&str; 20] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
        "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ];
    let lower: Vec<u8> = body.iter().map(u8::to_ascii_lowercase).collect();
    let same_case =
        body.iter().all(u8::is_ascii_lowercase) || body.iter().all(u8::is_ascii_uppercase);
    if !same_case {
        return None;
    }
    ROMAN
        .iter()
        .position(|r| r.as_bytes() == lower.as_slice())
        .and_then(|p| u32::try_from(p + 1).ok())
}

/// Narrows `[a, b)` to exclude white space, markup (`<p>`, `&lt;b&gt;`), decoration runs
/// (`/////`, `____`) and literal escapes (`\r\n`) at either end.
fn trim(text: &str, a: usize, b: usize) -> (usize, usize) {
    match trim_plain_ends(text.as_bytes(), a, b) {
        Some(r) => r,
        None => trim_all(text, a, b),
    }
}

/// What [`trim_all`] gives for most sentences, found without its passes: `[a, b)` without ASCII
/// white space at either end, when both ends are then ASCII bytes that no trimmed thing starts
/// or ends with (markup `<` `>` `&lt;` `&gt;`, the ASCII decoration chars, `\r`). Then no
/// markup, decoration or escape is trimmed, and white space only up to those bytes. `None` for
/// any other range (non-ASCII or such bytes at an end, nothing left, not char boundaries).
fn trim_plain_ends(b: &[u8], a: usize, e: usize) -> Option<(usize, usize)> {
    if a > e || e > b.len() {
        return None;
    }
    let ws = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    let mut i = a;
    while i < e && ws(b[i]) {
        i += 1;
    }
    let mut j = e;
    while j > i && ws(b[j - 1]) {
        j -= 1;
    }
    if i == j {
        return None;
    }
    let plain = |c: u8| {
        c.is_ascii()
            && !matches!(
                c,
                b'<' | b'>'
                    | b'&'
                    | b';'
                    | b'\\'
                    | b'/'
                    | b'_'
                    | b'='
                    | b'*'
                    | b'#'
                    | b'~'
                    | b'-'
                    | b'+'
                    | b'|'
            )
    };
    (plain(b[i]) && plain(b[j - 1])).then_some((i, j))
}

/// Narrows `[a, b)` as [`trim`] says, one thing at a time.
fn trim_all(text: &str, mut a: usize, mut b: usize) -> (usize, usize) {
    loop {
        let Some(s) = text.get(a..b) else {
            return (a, a);
        };
        let t = s.trim_start();
        let t = t.trim_end();
        let lead = s.len() - s.trim_start().len();
        let (na, nb) = (a + lead, a + lead + t.len());
        let (mut na2, mut nb2) = (na, nb);
        let t = &text[na..nb];
        if let Some(n) = markup_prefix(t)
            .or_else(|| decoration_prefix(t))
            .or_else(|| escape_prefix(t))
        {
            na2 += n;
        } else if let Some(n) = markup_suffix(t).or_else(|| decoration_suffix(t)) {
            nb2 -= n;
        }
        if (na2, nb2) == (a, b) {
            return (a, b);
        }
        if na2 >= nb2 {
            return (na2, na2);
        }
        a = na2;
        b = nb2;
    }
}

fn markup_prefix(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    if b.first() == Some(&b'<')
        && b.get(1)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'/' || *c == b'!')
    {
        let end = b.iter().take(300).position(|&c| c == b'>')?;
        if b[1..end].contains(&b'<') || b[1..end].contains(&b'\n') {
            return None;
        }
        return Some(end + 1);
    }
    if t.starts_with("&lt;") {
        let end = t.get(..300.min(t.len()))?.find("&gt;")?;
        return Some(end + 4);
    }
    None
}

fn markup_suffix(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    if b.last() == Some(&b'>') {
        let from = b.len().saturating_sub(300);
        let open = from + b[from..].iter().rposition(|&c| c == b'<')?;
        let inner = &b[open + 1..b.len() - 1];
        if !inner
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'/' || *c == b'!')
            || inner.contains(&b'\n')
        {
            return None;
        }
        return Some(b.len() - open);
    }
    if t.ends_with("&gt;") {
        let from = t.len().saturating_sub(300);
        let open = t.get(from..)?.rfind("&lt;")? + from;
        return Some(t.len() - open);
    }
    None
}

fn is_decoration(c: char) -> bool {
    matches!(
        c,
        '/' | '_' | '=' | '*' | '#' | '~' | '-' | '+' | '|' | '—' | '–' | '<' | '>' | '•' | '·'
    )
}

fn decoration_prefix(t: &str) -> Option<usize> {
    let c = t.chars().next()?;
    if !is_decoration(c) || c == '-' && t.starts_with("--") && !t.starts_with("---") {
        return None;
    }
    let n = t.chars().take_while(|&d| d == c).count();
    (n >= 3).then(|| n * c.len_utf8())
}

fn decoration_suffix(t: &str) -> Option<usize> {
    let c = t.chars().next_back()?;
    if !is_decoration(c) {
        return None;
    }
    let n = t.chars().rev().take_while(|&d| d == c).count();
    (n >= 3).then(|| n * c.len_utf8())
}

/// `\r\n` written out as characters by a bad export.
fn escape_prefix(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let mut k = 0;
    while b.get(k) == Some(&b'\\') && matches!(b.get(k + 1), Some(b'r' | b'n' | b't')) {
        k += 2;
    }
    if k == 0
        || b.get(k)
            .is_some_and(|c| !c.is_ascii_whitespace() && *c != b'\\')
    {
        return None;
    }
    Some(k)
}

/// A line of decoration only (`______`, `* * *`), or a page number alone on its line: not a
/// sentence.
fn is_junk(text: &str, a: usize, b: usize) -> bool {
    let s = &text[a..b];
    if !s.chars().any(char::is_alphanumeric) {
        return s.chars().all(|c| c.is_whitespace() || is_decoration(c));
    }
    if s.len() <= 4 && s.bytes().all(|c| c.is_ascii_digit()) {
        let before = text[..a].trim_end_matches([' ', '\t']);
        let after = text[b..].trim_start_matches([' ', '\t']);
        let line_before = before.is_empty() || before.ends_with(['\n', '\r']);
        let line_after = after.is_empty() || after.starts_with(['\n', '\r']);
        return line_before && line_after;
    }
    false
}

/// Ranges of quotations, parentheses and brackets that open and close within one line, for
/// [`Quotations::Whole`]. A `’` or `'` between letters is an apostrophe, not a quote. Only the
/// bytes that can start one of these marks are looked at.
fn quotation_ranges(text: &str) -> Vec<(usize, usize)> {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Q {
        Curly,
        Straight,
        Angle,
        SingleCurly,
        SingleStraight,
        Paren,
        Bracket,
    }
    const fn marks() -> [bool; 256] {
        let mut t = [false; 256];
        let bytes = b"\"'()[]\n\r";
        let mut k = 0;
        while k < bytes.len() {
            t[bytes[k] as usize] = true;
            k += 1;
        }
        t[0xC2] = true; // « »
        t[0xE2] = true; // “ ” ‘ ’ U+2028 U+2029
        t
    }
    static MARKS: [bool; 256] = marks();
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut stack: Vec<(Q, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !MARKS[b[i] as usize] {
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else {
            i += 1;
            continue;
        };
        let len = c.len_utf8();
        let prev = char_before(text, i);
        let next = char_at(text, i + len);
        let letter_before = prev.is_some_and(char::is_alphanumeric);
        let letter_after = next.is_some_and(char::is_alphanumeric);
        let space_before = prev.is_none_or(|p| p.is_whitespace() || is_opening(p));
        let mut close = |q: Q, stack: &mut Vec<(Q, usize)>| {
            if let Some(p) = stack.iter().rposition(|&(k, _)| k == q) {
                out.push((stack[p].1, i + len));
                stack.truncate(p);
                true
            } else {
                false
            }
        };
        match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => stack.clear(),
            '“' => stack.push((Q::Curly, i)),
            '”' => {
                close(Q::Curly, &mut stack);
            }
            '«' => stack.push((Q::Angle, i)),
            '»' => {
                close(Q::Angle, &mut stack);
            }
            '(' => stack.push((Q::Paren, i)),
            ')' => {
                close(Q::Paren, &mut stack);
            }
            '[' => stack.push((Q::Bracket, i)),
            ']' => {
                close(Q::Bracket, &mut stack);
            }
            '"' if !close(Q::Straight, &mut stack) => stack.push((Q::Straight, i)),
            '‘' if !letter_before => stack.push((Q::SingleCurly, i)),
            '’' if !(letter_before && letter_after) => {
                close(Q::SingleCurly, &mut stack);
            }
            '\'' if !(letter_before && letter_after) => {
                if space_before && next.is_some_and(|n| !n.is_whitespace()) {
                    stack.push((Q::SingleStraight, i));
                } else if !space_before {
                    close(Q::SingleStraight, &mut stack);
                }
            }
            _ => {}
        }
        if stack.len() > 32 {
            stack.remove(0);
        }
        i += len;
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain way [`next_stop`] must agree with.
    fn next_stop_plain(b: &[u8], mut i: usize) -> usize {
        while i < b.len() && !STOPS[b[i] as usize] {
            i += 1;
        }
        i
    }

    #[test]
    fn may_hold_stop_flags_every_stop_byte_in_every_position() {
        for stop in (0..=255u8).filter(|&c| STOPS[c as usize]) {
            for pos in 0..8 {
                for fill in [b'a', b' ', 0x0E, 0x7F, 0x2C, 0x2F, 0x80, 0xFF] {
                    let mut word = [fill; 8];
                    word[pos] = stop;
                    let flags = may_hold_stop(u64::from_le_bytes(word));
                    assert_ne!(
                        flags & (0x80 << (8 * pos)),
                        0,
                        "{stop:#x} at {pos} in {fill:#x}"
                    );
                }
            }
        }
    }

    #[test]
    fn next_stop_agrees_with_the_plain_loop_from_every_position() {
        // Generated texts over bytes near the stops, with every stop and some UTF-8.
        let alphabet: Vec<u8> = [
            b"abcXYZ09 ,;:'\"()/+*=\t".as_slice(),
            b".!?-\n\r\x0b\x0c\x0d\x0e\x00\x20\x21\x2c\x2d\x2e\x2f\x3e\x3f\x40",
            "…—é€ñ。．\u{85}\u{2028}•".as_bytes(),
        ]
        .concat();
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut texts: Vec<Vec<u8>> = Vec::new();
        for len in 0..300 {
            let mut text = Vec::with_capacity(len);
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Mostly letters and spaces, so that long runs without a stop occur.
                let pick = if state.is_multiple_of(4) {
                    alphabet[(state >> 8) as usize % alphabet.len()]
                } else {
                    b"the quick brown fox "[(state >> 8) as usize % 20]
                };
                text.push(pick);
            }
            texts.push(text);
        }
        texts.push(
            "Madrid.- El Sr. Pérez habló… Luego se fue! ¿Qué? WASHINGTON (AP) — The U.S. said\r\n"
                .repeat(3)
                .into_bytes(),
        );
        for text in &texts {
            for i in 0..=text.len() {
                assert_eq!(
                    next_stop(text, i),
                    next_stop_plain(text, i),
                    "{text:?} from {i}"
                );
            }
        }
    }
}

#[cfg(test)]
mod fast_path_tests {
    use std::path::Path;

    use super::*;

    fn real_rules() -> (AbbreviationRules, AbbreviationRules) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/abbrev");
        let load = |name: &str| {
            AbbreviationRules::from_file(&dir.join(name)).unwrap_or_else(|e| panic!("{e}"))
        };
        (load("en.txt"), load("es.txt"))
    }

    /// Texts dense in periods after listed forms, their parts, words of every shape, and
    /// multi-word forms split over white space and line breaks.
    pub(super) fn texts() -> Vec<String> {
        let pieces = [
            ". ",
            ".",
            " ",
            "\n",
            "\r\n",
            "\t",
            "\u{b}",
            "\u{85}",
            "\u{a0}",
            "Mr",
            "mr",
            "MR",
            "Sra",
            "SRA",
            "Dña",
            "dña",
            "pág",
            "p",
            "P",
            "ej",
            "EJ",
            "EE",
            "UU",
            "et",
            "al",
            "S",
            "A",
            "a",
            "m",
            "C",
            "etc",
            "No",
            "Jan",
            "U.S",
            "Inc",
            "Yahoo",
            "!",
            "?",
            "said",
            "Smith",
            "The",
            "El",
            "él",
            "é",
            "ñ",
            "5",
            "12",
            "(",
            "\"",
            "“",
            "”",
            "’",
            "-",
            "—",
            "…",
            "hrs",
            "Ph.D",
            "i.v",
            "www.x.com",
            "a@b",
            "Tuesday",
            "At",
            "(EFE)",
            "Madrid",
        ];
        let mut texts: Vec<String> =
            crossclaim_core::testing::mixed_texts(&pieces, 20_000, 29, 72, ["w", "Q"]).collect();
        texts.push(
            "El Sr. Pérez habló p. ej. con EE. UU. y EE.\nUU. a las 5 p. m. Luego se fue. \
             Mr. Smith met J. K. Rowling at 10 a.m. Tuesday, et al. in the U.S. The end."
                .to_owned(),
        );
        texts
    }

    #[test]
    fn shape_tests_change_no_split() {
        let (en, es) = real_rules();
        for rules in [en, es] {
            let plain = rules.clone().without_shape_tests();
            for text in texts() {
                for q in [Quotations::Split, Quotations::Whole] {
                    assert_eq!(split(&text, &rules, q), split(&text, &plain, q), "{text:?}");
                }
            }
        }
    }

    /// The plain way [`Scanner::token_start`] must agree with: every char decoded.
    fn token_start_plain(text: &str, from: usize, i: usize) -> (usize, bool) {
        let mut k = i;
        let mut n = 0;
        for c in text[from..i].chars().rev() {
            if c.is_whitespace() {
                return (k, false);
            }
            n += 1;
            if n > LOOK {
                return (k, true);
            }
            k -= c.len_utf8();
        }
        (k, false)
    }

    #[test]
    fn word_shape_ascii_agrees_with_word_shape() {
        // Every word of up to five bytes over letters of both cases, vowels, digits, the
        // period and other punctuation.
        let alphabet = b"aAbByZ09.-'";
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        let mut checked = 0;
        for _ in 0..5 {
            let mut longer = Vec::new();
            for w in &words {
                for &c in alphabet {
                    let mut x = w.clone();
                    x.push(c);
                    let tok = std::str::from_utf8(&x).expect("ASCII");
                    assert_eq!(word_shape_ascii(&x), word_shape(tok), "{tok:?}");
                    checked += 1;
                    longer.push(x);
                }
            }
            words = longer;
        }
        assert!(checked > 100_000);
        for tok in [
            "U.S.A", "Ph.D", "i.v", "EE.UU", "5hrs", "120.5", "hrs", "pgs", "abc.", ".ab",
            "bcdfgh", "Market", "a-b-c-d", "xyz123", "Ph.Ds", "U.S.A.x", "e.g.abc", "12345a",
        ] {
            assert_eq!(word_shape_ascii(tok.as_bytes()), word_shape(tok), "{tok:?}");
        }
    }

    #[test]
    fn trim_plain_ends_agrees_with_trim_all() {
        // Every range of some awkward texts and of every 37th generated text.
        let mut all: Vec<String> = texts().into_iter().step_by(37).collect();
        all.extend(
            [
                "<p>Hello.</p>",
                "&lt;b&gt;Hi&gt;",
                "/////",
                "___ x ___",
                "\\r\\n Text.",
                "  \u{a0}A. ",
                "\u{3000}x\u{3000}",
                "a;",
                "x -",
                "—a",
                "* * *",
                "a",
                " ",
                "",
            ]
            .map(str::to_owned),
        );
        for text in &all {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (n, &a) in bounds.iter().enumerate() {
                for &b in &bounds[n..] {
                    let fast = trim_plain_ends(text.as_bytes(), a, b);
                    if let Some(r) = fast {
                        assert_eq!(r, trim_all(text, a, b), "{text:?} [{a}, {b})");
                    }
                    assert_eq!(
                        trim(text, a, b),
                        trim_all(text, a, b),
                        "{text:?} [{a}, {b})"
                    );
                }
            }
        }
    }

    #[test]
    fn token_start_agrees_with_the_plain_loop() {
        let rules = AbbreviationRules::default();
        let long = format!("{} {}é{} x", "a".repeat(70), "b".repeat(60), "c".repeat(10));
        let mut all = texts();
        all.push(long);
        for text in all.iter().step_by(7) {
            let mut s = Scanner::new(text, &rules, Quotations::Split);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &first in bounds.iter().step_by(5) {
                s.first = first;
                for &i in &bounds {
                    let from = if first < i { first } else { 0 };
                    assert_eq!(
                        s.token_start(i),
                        token_start_plain(text, from, i),
                        "{text:?} first {first} at {i}"
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod fold_tests {
    use super::*;

    /// `char_at` and `char_before` answer what their plain readings answer at every byte
    /// offset (on char boundaries, inside chars and past the end) of mixed texts.
    #[test]
    fn char_at_and_char_before_match_their_plain_readings() {
        let mut all: Vec<String> = fast_path_tests::texts().into_iter().step_by(11).collect();
        all.extend(["", "a", "é", "aé.", "…x", "x\u{2028}y", "😀 ."].map(str::to_owned));
        for text in &all {
            for i in 0..text.len() + 3 {
                assert_eq!(
                    char_at(text, i),
                    text.get(i..).and_then(|s| s.chars().next()),
                    "{text:?} at {i}"
                );
                assert_eq!(
                    char_before(text, i),
                    text.get(..i).and_then(|s| s.chars().next_back()),
                    "{text:?} before {i}"
                );
            }
        }
    }

    #[test]
    fn is_url_like_matches_its_plain_reading() {
        let plain = |t: &str| {
            t.contains("://") || t.contains('@') || t.contains('/') || t.starts_with("www.")
        };
        for tok in [
            "http://x.org",
            "a@b",
            "www.bbc",
            "x/y",
            "Mr",
            "U.S",
            "ftp:",
            "wwwx",
            "",
            "é/ñ",
        ] {
            assert_eq!(is_url_like(tok), plain(tok), "{tok}");
        }
    }

    #[test]
    fn fold_into_takes_the_ascii_copy_only_where_it_folds_alike() {
        for word in [
            "Mr",
            "U.S",
            "EE.UU",
            "p",
            "Ph.D",
            "Jan",
            "abc123XYZ",
            "",
            "Sra",
            "Dña",
            "Çavuşoğlu",
            "’s",
        ] {
            let mut fast = String::from("stale");
            fold_into(&mut fast, word);
            let mut plain = String::new();
            for c in word.chars() {
                crossclaim_core::fold_char(c, &mut plain);
            }
            assert_eq!(fast, plain, "{word}");
        }
    }
}
