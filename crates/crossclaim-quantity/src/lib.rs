//! Quantities and dates, read the same way in English and Spanish.
//!
//! `30,000` (English), `30.000` (Spanish) and `treinta mil` are all 30 000; `US$40 billion` and
//! `40.000 millones $` are both 4·10¹⁰; `tens of thousands` and `decenas de miles` are the
//! magnitude 10⁴; `March 01, 2008` and `1 de marzo de 2008` are the date 2008-03-01. Number
//! words, multipliers, magnitudes and months come from `lexicons/numbers/{en,es}.txt`. Digits
//! follow the document language's convention for separators (`,` groups thousands in English,
//! `.` in Spanish) unless the digits after a separator show it is a decimal one.
//!
//! ```
//! use crossclaim_core::Lang;
//! use crossclaim_quantity::{NumberLexicon, QuantityKind};
//!
//! let lex = NumberLexicon::from_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons/numbers"))).unwrap();
//! let q = lex.find("más de 30.000 equipos y decenas de miles de servidores", Lang::Es);
//! assert_eq!(q[0].value, 30000.0);
//! assert_eq!(q[1].kind, QuantityKind::Magnitude);
//! assert!(q[1].agrees(&q[0]));
//! ```

use std::path::Path;

use crossclaim_core::{fold, Lang, LexiconError, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuantityKind {
    Number,
    /// An order of magnitude only (`tens of thousands`): `value` is its lower bound.
    Magnitude,
    /// A four-digit year standing alone.
    Year,
    /// A full date; `value` is `YYYYMMDD`.
    Date,
}

impl QuantityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Number => "number",
            QuantityKind::Magnitude => "magnitude",
            QuantityKind::Year => "year",
            QuantityKind::Date => "date",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    pub span: Span,
    pub value: f64,
    pub kind: QuantityKind,
}

impl Quantity {
    /// Do two quantities state the same amount? Equal numbers (within 1%), the same year or
    /// date, or a number inside a magnitude (`30,000` is in `tens of thousands`).
    pub fn agrees(&self, other: &Quantity) -> bool {
        use QuantityKind::*;
        let close = |a: f64, b: f64| (a - b).abs() <= 0.01 * a.abs().max(b.abs());
        match (self.kind, other.kind) {
            (Magnitude, Number) => self.value <= other.value && other.value < 10.0 * self.value,
            (Number, Magnitude) => other.agrees(self),
            (a, b) if a == b => close(self.value, other.value),
            _ => false,
        }
    }

    /// A short key for indexing: `n:30000`, `m:10000`, `y:2008`, `d:20080301`; numbers are
    /// rounded to three significant digits.
    pub fn key(&self) -> String {
        match self.kind {
            QuantityKind::Number => format!("n:{}", round3(self.value)),
            QuantityKind::Magnitude => format!("m:{}", self.value),
            QuantityKind::Year => format!("y:{}", self.value),
            QuantityKind::Date => format!("d:{}", self.value),
        }
    }
}

fn round3(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return 0.0;
    }
    let mag = 10f64.powi(v.abs().log10().floor() as i32 - 2);
    (v / mag).round() * mag
}

/// A word table, looked up once for every word of every document: hashed with rustc's FxHash
/// (SipHash costs more than the rest of a look-up; the keys come from the lexicon files).
type Map<V> = rustc_hash::FxHashMap<String, V>;

#[derive(Clone, Debug, Default)]
struct LangNumbers {
    units: Map<f64>,
    multipliers: Map<f64>,
    /// Folded words of each magnitude phrase, and its value.
    magnitudes: Vec<(Vec<String>, f64)>,
    months: Map<u32>,
    /// Every word that can start a quantity or a date (units, multipliers, months, first words
    /// of magnitudes): any other word is passed over with one look-up.
    starts: rustc_hash::FxHashSet<String>,
    /// `,` groups thousands (English) or is the decimal separator (Spanish).
    comma_groups: bool,
}

impl LangNumbers {
    fn parse(text: &str, origin: &str, comma_groups: bool) -> Result<Self, LexiconError> {
        let mut n = LangNumbers {
            comma_groups,
            ..Default::default()
        };
        let mut section = String::new();
        for (i, raw) in text.lines().enumerate() {
            let line = if raw.trim_start().starts_with('#') {
                ""
            } else {
                raw.trim()
            };
            if line.is_empty() {
                continue;
            }
            if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = s.to_owned();
                continue;
            }
            let err = |m: String| LexiconError::new(origin, i + 1, m);
            let (words, value) = line
                .rsplit_once('\t')
                .ok_or_else(|| err("expected WORDS<TAB>VALUE".into()))?;
            let value: f64 = value
                .trim()
                .parse()
                .map_err(|_| err(format!("'{}' is not a number", value.trim())))?;
            let key = fold(words.trim());
            match section.as_str() {
                "units" => drop(n.units.insert(key, value)),
                "multipliers" => drop(n.multipliers.insert(key, value)),
                "magnitudes" => n
                    .magnitudes
                    .push((key.split_whitespace().map(str::to_owned).collect(), value)),
                "months" => drop(
                    n.months
                        .insert(key.trim_end_matches('.').to_owned(), value as u32),
                ),
                "" => return Err(err("entry before any [section]".into())),
                other => return Err(err(format!("unknown section [{other}]"))),
            }
        }
        // Longest magnitude phrases first.
        n.magnitudes.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
        n.starts = (n.units.keys())
            .chain(n.multipliers.keys())
            .chain(n.months.keys())
            .chain(n.magnitudes.iter().filter_map(|m| m.0.first()))
            .cloned()
            .collect();
        Ok(n)
    }
}

/// Number knowledge of both languages; build once, share across threads.
#[derive(Clone, Debug, Default)]
pub struct NumberLexicon {
    en: LangNumbers,
    es: LangNumbers,
}

#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    span: Span,
    /// Digits as written, or the folded word (in the text itself when folding changes nothing,
    /// as for most words of news, else in the document's side buffer).
    folded: &'a str,
    numeric: bool,
}

/// Where a token's folded form is: the text's bytes at its span, or this range of the side
/// buffer.
type Folding = Option<(usize, usize)>;

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Digit runs (with inner separators: `30,000.5`; `40bn` is `40`, then the word `bn`) and
/// words (letters with combining marks), with their spans. One pass over the bytes; digits and
/// separators are ASCII, so a digit run is found byte by byte.
fn tokenize(text: &str, side: &mut String) -> Vec<(Span, Folding, bool)> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            // Digits with inner separators (`30,000.5`), then attached letters (`40bn`).
            let mut j = i + 1;
            while j < b.len()
                && (b[j].is_ascii_digit()
                    || (matches!(b[j], b',' | b'.')
                        && b.get(j + 1).is_some_and(u8::is_ascii_digit)))
            {
                j += 1;
            }
            out.push((Span::new(i, j), None, true));
            i = j;
            continue;
        }
        // White space and punctuation (ASCII) are passed over without decoding a char.
        if b[i] < 0x80 && !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if !c.is_alphabetic() {
            i += c.len_utf8();
            continue;
        }
        let mut j = i + c.len_utf8();
        while j < b.len() {
            if b[j] < 0x80 {
                if b[j].is_ascii_alphabetic() {
                    j += 1;
                    continue;
                }
                break;
            }
            match text[j..].chars().next() {
                Some(d) if d.is_alphabetic() || is_mark(d) => j += d.len_utf8(),
                _ => break,
            }
        }
        let word = &text[i..j];
        let folding = if word.bytes().all(|x| x.is_ascii_lowercase()) {
            None
        } else {
            let at = side.len();
            for c in word.chars() {
                crossclaim_core::fold_char(c, side);
            }
            Some((at, side.len()))
        };
        out.push((Span::new(i, j), folding, false));
        i = j;
    }
    out
}

/// The value of a digit token under a language's separator convention.
fn digits_value(s: &str, comma_groups: bool) -> Option<f64> {
    let (group, decimal) = if comma_groups { (',', '.') } else { ('.', ',') };
    let mut out = String::new();
    let parts: Vec<&str> = s.split([',', '.']).collect();
    let seps: Vec<char> = s.chars().filter(|c| matches!(c, ',' | '.')).collect();
    for (k, part) in parts.iter().enumerate() {
        out.push_str(part);
        if let Some(&sep) = seps.get(k) {
            let next = parts.get(k + 1).map_or(0, |p| p.len());
            // A separator followed by other than three digits is a decimal one, whatever the
            // convention (`3,5` in English text, `3.25` in Spanish text).
            if sep == decimal || (sep == group && next != 3) {
                out.push('.');
            }
        }
    }
    out.parse().ok()
}

impl NumberLexicon {
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        let load = |name: &str, comma: bool| {
            let p = dir.join(name);
            LangNumbers::parse(&LexiconError::read(&p)?, &p.display().to_string(), comma)
        };
        Ok(NumberLexicon {
            en: load("en.txt", true)?,
            es: load("es.txt", false)?,
        })
    }

    /// Quantities and dates in `text` (a document in `lang`), in text order.
    pub fn find(&self, text: &str, lang: Lang) -> Vec<Quantity> {
        let n = match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
            Lang::Und => return Vec::new(),
        };
        let mut side = String::new();
        let found = tokenize(text, &mut side);
        let toks: Vec<Tok> = found
            .into_iter()
            .map(|(span, folding, numeric)| Tok {
                span,
                folded: match folding {
                    None => &text[span.start..span.end],
                    Some((a, b)) => &side[a..b],
                },
                numeric,
            })
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            // A word that no table holds starts nothing (see `starts`).
            if !toks[i].numeric && !n.starts.contains(toks[i].folded) {
                i += 1;
                continue;
            }
            if let Some((q, next)) = self
                .date(n, &toks, i, lang)
                .or_else(|| magnitude(n, &toks, i))
                .or_else(|| number(n, &toks, i))
            {
                out.push(q);
                i = next;
            } else {
                i += 1;
            }
        }
        out
    }

    fn date(
        &self,
        n: &LangNumbers,
        toks: &[Tok],
        i: usize,
        lang: Lang,
    ) -> Option<(Quantity, usize)> {
        let num = |k: usize| -> Option<u32> {
            toks.get(k)
                .filter(|t| t.numeric && t.folded.len() <= 4)
                .and_then(|t| t.folded.parse().ok())
        };
        let month = |k: usize| toks.get(k).and_then(|t| n.months.get(t.folded)).copied();
        let make = |y: u32, m: u32, d: u32, a: usize, b: usize| {
            ((1000..=2200).contains(&y) && (1..=31).contains(&d)).then(|| {
                (
                    Quantity {
                        span: Span::new(toks[a].span.start, toks[b].span.end),
                        value: f64::from(y * 10000 + m * 100 + d),
                        kind: QuantityKind::Date,
                    },
                    b + 1,
                )
            })
        };
        match lang {
            // `1 de marzo de 2008`
            Lang::Es => {
                let (d, m) = (num(i)?, {
                    (toks.get(i + 1)?.folded == "de").then_some(())?;
                    month(i + 2)?
                });
                (toks.get(i + 3)?.folded == "de").then_some(())?;
                make(num(i + 4)?, m, d, i, i + 4)
            }
            // `March 01, 2008`, `1 March 2008`
            _ => match (month(i), num(i)) {
                (Some(m), _) => make(num(i + 2)?, m, num(i + 1)?, i, i + 2),
                (None, Some(d)) => make(num(i + 2)?, month(i + 1)?, d, i, i + 2),
                _ => None,
            },
        }
    }
}

fn magnitude(n: &LangNumbers, toks: &[Tok], i: usize) -> Option<(Quantity, usize)> {
    for (words, value) in &n.magnitudes {
        let end = i + words.len();
        if end <= toks.len() && toks[i..end].iter().zip(words).all(|(t, w)| t.folded == *w) {
            let q = Quantity {
                span: Span::new(toks[i].span.start, toks[end - 1].span.end),
                value: *value,
                kind: QuantityKind::Magnitude,
            };
            return Some((q, end));
        }
    }
    None
}

fn number(n: &LangNumbers, toks: &[Tok], i: usize) -> Option<(Quantity, usize)> {
    let first = &toks[i];
    let (current, total, from_digits) = if first.numeric {
        let digits = first.folded.trim_end_matches(|c: char| c.is_alphabetic());
        (digits_value(digits, n.comma_groups)?, 0.0, true)
    } else if let Some(&u) = n.units.get(first.folded) {
        (u, 0.0, false)
    } else if first.folded.len() > 2 && n.multipliers.contains_key(first.folded) {
        // `mil millones`, `thousand`: a multiplier alone counts one of it.
        return number_from(n, toks, i, 1.0, 0.0, false, i);
    } else {
        return None;
    };
    number_from(n, toks, i, current, total, from_digits, i + 1)
}

fn number_from(
    n: &LangNumbers,
    toks: &[Tok],
    i: usize,
    mut current: f64,
    mut total: f64,
    from_digits: bool,
    start: usize,
) -> Option<(Quantity, usize)> {
    let first = &toks[i];
    let mut j = start;
    let mut multiplied = false;
    while let Some(t) = toks.get(j) {
        if let Some(&m) = n.multipliers.get(t.folded) {
            if m == 100.0 {
                current *= m;
            } else if m > total + current {
                // `mil millones`, `three hundred thousand`: the multiplier scales all so far.
                total = (total + current) * m;
                current = 0.0;
            } else {
                // `two million three hundred thousand`: it scales the last group only.
                total += current * m;
                current = 0.0;
            }
            multiplied = true;
        } else if !from_digits && !t.numeric && n.units.contains_key(t.folded) && !multiplied {
            current += n.units[t.folded];
        } else {
            break;
        }
        j += 1;
    }
    let value = total + current;
    // `un ataque`, `one of them`: a lone small number word is not a quantity.
    if !from_digits && !multiplied && value < 2.0 {
        return None;
    }
    let is_year =
        from_digits && !multiplied && first.folded.len() == 4 && (1800.0..=2100.0).contains(&value);
    let kind = if is_year {
        QuantityKind::Year
    } else {
        QuantityKind::Number
    };
    Some((
        Quantity {
            span: Span::new(first.span.start, toks[j - 1].span.end),
            value,
            kind,
        },
        j,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> NumberLexicon {
        NumberLexicon::from_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/numbers"),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn values(text: &str, lang: Lang) -> Vec<(String, f64, &'static str)> {
        lex()
            .find(text, lang)
            .into_iter()
            .map(|q| {
                (
                    text[q.span.start..q.span.end].to_owned(),
                    q.value,
                    q.kind.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn table_of_cases() {
        let s = |x: &str| x.to_owned();
        type Case<'a> = (Lang, &'a str, Vec<(String, f64, &'a str)>);
        let cases: Vec<Case> = vec![
            (
                Lang::En,
                "Over 30,000 organisations",
                vec![(s("30,000"), 30000.0, "number")],
            ),
            (
                Lang::Es,
                "más de 30.000 organizaciones",
                vec![(s("30.000"), 30000.0, "number")],
            ),
            (
                Lang::Es,
                "treinta mil organizaciones",
                vec![(s("treinta mil"), 30000.0, "number")],
            ),
            (
                Lang::En,
                "a US$40 billion contract",
                vec![(s("40 billion"), 4e10, "number")],
            ),
            (
                Lang::Es,
                "un contrato de 40.000 millones $",
                vec![(s("40.000 millones"), 4e10, "number")],
            ),
            (
                Lang::Es,
                "decenas de miles de computadoras",
                vec![(s("decenas de miles"), 1e4, "magnitude")],
            ),
            (
                Lang::En,
                "March 01, 2008 and 1 March 2008",
                vec![
                    (s("March 01, 2008"), 20080301.0, "date"),
                    (s("1 March 2008"), 20080301.0, "date"),
                ],
            ),
            (
                Lang::Es,
                "1 de marzo de 2008",
                vec![(s("1 de marzo de 2008"), 20080301.0, "date")],
            ),
            (
                Lang::Es,
                "un 3,5% en 2008",
                vec![(s("3,5"), 3.5, "number"), (s("2008"), 2008.0, "year")],
            ),
            (
                Lang::En,
                "one of three hundred thousand",
                vec![(s("three hundred thousand"), 300000.0, "number")],
            ),
            (
                Lang::Es,
                "mil millones de dólares",
                vec![(s("mil millones"), 1e9, "number")],
            ),
        ];
        for (lang, text, want) in cases {
            assert_eq!(values(text, lang), want, "{text}");
        }
    }

    #[test]
    fn agreement_across_languages() {
        let l = lex();
        let en = l.find("Over 30,000 organisations", Lang::En)[0];
        let es = l.find("decenas de miles de computadoras", Lang::Es)[0];
        let es2 = l.find("treinta mil", Lang::Es)[0];
        assert!(es.agrees(&en) && en.agrees(&es2));
        assert!(!l.find("cientos de miles", Lang::Es)[0].agrees(&en));
    }
}
