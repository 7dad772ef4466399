#!/usr/bin/env python3
"""Generate crossclaim's entity lexicons for countries and international organisations.

    python3 scripts/gen_lexicons.py [--data DIR] [--check]

Reads the gazetteers under ../shared/data/gazetteers (relative to the repository root; override
with --data) and writes, deterministically:

    lexicons/entities/countries.lex   (@ISO3 GPE)
    lexicons/entities/orgs.lex        (@SLUG ORG)

Then it validates every lexicon it knows about (the two generated files plus the hand-written
lexicons/entities/demonyms.lex, whose `+ID` blocks extend entities of countries.lex) against the
grammar of lexicons/README.md and prints counts. `--check` only validates, it writes nothing.

The generated files are not edited by hand: change the tables in this script and re-run it.
Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import textwrap
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "gazetteers"
OUT_DIR = REPO / "lexicons" / "entities"
COUNTRIES_LEX = OUT_DIR / "countries.lex"
ORGS_LEX = OUT_DIR / "orgs.lex"
DEMONYMS_LEX = OUT_DIR / "demonyms.lex"

LANGS = ("*", "en", "es")
TYPES = {"GPE", "ORG", "PER", "NORP", "LOC", "PRODUCT", "EVENT", "GROUP"}

# --------------------------------------------------------------------------------------------
# Provenance (from countries_orgs/SOURCE.txt); repeated in the headers of the generated files.
# --------------------------------------------------------------------------------------------
COUNTRY_SOURCES = [
    "countries_orgs/countries_en_es_qid.tsv and countries_orgs/country_aliases_en_es.tsv, built from:",
    "  - CLDR v47 territory names for en, es, es_419, es_MX, via PyPI babel 2.18.0",
    "    (babel-2.18.0-py3-none-any.whl). Licence: CLDR data Unicode License v3; Babel BSD-3-Clause.",
    "  - ISO 3166-1 names and Debian iso-codes Spanish translations, via PyPI pycountry 26.2.16",
    "    (pycountry/databases/iso3166-1.json, locales/es/LC_MESSAGES/iso3166-1.mo).",
    "    Licence: LGPL-2.1 (pycountry / iso-codes).",
    "  - UN M49 / UNTERM English and Spanish short and formal names, official_name_es/en and",
    "    wikidata_id from GitHub datasets/country-codes @ caa72d1e0e5af8876c170bb36a9e4d64a01bba88",
    "    (data/country-codes.csv). Licence: ODC-PDDL-1.0.",
]
ORG_SOURCES = [
    "countries_orgs/intl_orgs_en_es_qid.tsv and countries_orgs/intl_org_aliases_en_es.tsv, built from",
    "  GitHub confirmordeny/supraverden @ 59ab4fa0f92f3c75bb45e230908e612f15e8dbdf,",
    "  data/general_list.yaml. Licence: CC BY-SA 4.0 (so this file, a derived work, is CC BY-SA 4.0).",
]

# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------
HYPHENS = {"\u2010": "-", "\u2011": "-"}


def fold(s: str) -> str:
    """Case- and accent-insensitive key, as the matcher compares case-insensitive forms."""
    d = unicodedata.normalize("NFD", s)
    return "".join(c for c in d if not unicodedata.combining(c)).casefold()


def norm_space(s: str) -> str:
    for a, b in HYPHENS.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def is_acronym_like(s: str) -> bool:
    """All capitals (digits and punctuation allowed), at least two letters: 'OTAN', 'UN-HABITAT'."""
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def qid_num(q: str) -> int:
    return int(q[1:]) if q and q[1:].isdigit() else 1 << 62


class Forms:
    """Surface forms of one entity, per language, in first-seen order."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, bool]] = []  # (lang, form, exact)

    def add(self, lang: str, form: str, exact: bool = False) -> None:
        if form.startswith("="):
            form, exact = form[1:], True
        form = norm_space(form)
        if form:
            self.items.append((lang, form, exact))

    def remove(self, pred) -> list[tuple[str, str, bool]]:
        gone = [it for it in self.items if pred(*it)]
        self.items = [it for it in self.items if not pred(*it)]
        return gone

    def keys(self) -> set[str]:
        return {fold(f) for _, f, _ in self.items}

    def finalize(self) -> dict[tuple[str, bool], list[str]]:
        """Deduplicate per language (exact forms by their string, others by fold; an exact form
        is dropped when the same entity has the case-insensitive form in the same language), then
        move forms present in both languages to '*'."""
        per: dict[str, dict[tuple[bool, str], str]] = {"en": {}, "es": {}}
        order: list[tuple[bool, str]] = []
        for lang, form, exact in self.items:
            langs = ("en", "es") if lang == "*" else (lang,)
            key = (True, form) if exact else (False, fold(form))
            if key not in order:
                order.append(key)
            for lg in langs:
                per[lg].setdefault(key, form)
        for lg in ("en", "es"):
            ci = {k[1] for k in per[lg] if not k[0]}
            for k in [k for k in per[lg] if k[0] and fold(k[1]) in ci]:
                del per[lg][k]
        out: dict[tuple[str, bool], list[str]] = defaultdict(list)
        for key in order:
            in_en, in_es = key in per["en"], key in per["es"]
            if in_en and in_es:
                a, b = per["en"][key], per["es"][key]
                nonascii = lambda x: sum(ord(c) > 127 for c in x)  # noqa: E731
                out[("*", key[0])].append(b if nonascii(b) > nonascii(a) else a)
            elif in_en:
                out[("en", key[0])].append(per["en"][key])
            elif in_es:
                out[("es", key[0])].append(per["es"][key])
        return out


def render_block(head: str, forms: Forms, type_suffix: str = "") -> list[str]:
    lines = [head]
    fin = forms.finalize()
    for lang in LANGS:
        for exact in (False, True):
            vals = fin.get((lang, exact))
            if vals:
                vals = [("=" + v) if exact else v for v in vals]
                lines.append(f"{lang}{type_suffix}\t" + " | ".join(vals))
    return lines


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def header(lines: list[str]) -> list[str]:
    return [("# " + ln).rstrip() if ln else "#" for ln in lines]


# ============================================================================================
# COUNTRIES
# ============================================================================================
EN_COLS = ["en_cldr", "en_iso", "en_common", "en_iso_official", "en_unterm_short",
           "en_unterm_formal", "en_official_unsd"]
ES_COLS = ["es_cldr", "es_419_cldr", "es_MX_cldr", "es_iso", "es_iso_official",
           "es_unterm_short", "es_unterm_formal", "es_official_unsd"]

# Parenthesised parts that are alternative names: "Myanmar (Burma)" -> Myanmar, Burma.
PAREN_ALTERNATIVES = {"Burma", "Birmania", "Malvinas", "Vatican City State",
                      "Ciudad Estado del Vaticano", "Caribe Neerlandés"}
# Parenthesised parts that restrict the name to part of an island: the bare name would be wrong,
# so the whole form is dropped (the entity keeps its other names).
PAREN_PART_OF = {"dutch part", "french part", "zona holandesa", "zona francesa",
                 "parte francesa", "parte holandesa"}
ARTICLE_SUFFIX = re.compile(r"\s*\((the|el|la|los|las)\)\s*$")
LEADING_ARTICLE = re.compile(r"^(the|el|la|los|las) ")  # lower case only: keeps "El Salvador"
PREP_END = re.compile(r"(?:^|\s)(of|of the|de|del|de la|de los|de las)$", re.I)

# Single-word names whose lower-case form is an ordinary English or Spanish word (or a Spanish
# feminine demonym, or a frequent given name): matched case-sensitively, as written and in
# capitals (=China | =CHINA). Keys are folded.
CASE_SENSITIVE_NAMES = {
    "china": "porcelain (en); feminine demonym 'china' (es)",
    "chile": "chile pepper (en, es)",
    "chad": "given name (en)",
    "jordan": "given name, river (en)",
    "turkey": "the bird (en)",
    "georgia": "given name, US state (en)",
    "guinea": "coin, guinea pig (en)",
    "jersey": "garment; New Jersey (en)",
    "india": "feminine demonym 'india' (es); india ink (en)",
    "argentina": "feminine demonym (es)",
    "suiza": "feminine demonym (es)",
    "cuba": "vat, barrel (es)",
    "malta": "malt (es)",
    "ecuador": "equator (es)",
    "honduras": "'honduras', depths (es)",
    "dominica": "given name (es)",
    "filipinas": "feminine plural demonym (es)",
    "estonia": "feminine demonym (es)",
    "armenia": "feminine demonym (es)",
    "bosnia": "feminine demonym (es)",
    "serbia": "feminine demonym (es)",
    "eritrea": "feminine demonym (es)",
    "libia": "feminine demonym (es)",
    "siria": "feminine demonym (es)",
    "namibia": "feminine demonym (es)",
    "indonesia": "feminine demonym (es)",
    "malasia": "feminine demonym (es)",
    "micronesia": "feminine demonym/regional adjective (es)",
    "noruega": "feminine demonym (es)",
    "botsuana": "feminine demonym (es)",
    "maldivas": "feminine plural demonym (es)",
    "palestina": "feminine demonym (es)",
    "bermudas": "shorts (es)",
    "canada": "folds like 'cañada' (es), e.g. Cañada Real",
    "iran": "folds like 'irán', future of 'ir' (es)",
    "panama": "panama hat (en, es)",
    "reunion": "reunion (en), 'reunión' = meeting (es)",
}

# Forms removed from the data because they are far more often something else in the news.
DROPPED_COUNTRY_FORMS = {
    ("GRD", "es", "granada"): "Spanish city Granada; 'granada' = pomegranate, grenade",
    ("REU", "es", "reunion"): "'reunión' = meeting (kept: Isla de la Reunión, en =Réunion)",
    ("MUS", "es", "mauricio"): "frequent given name (Mauricio Macri); kept: Isla Mauricio",
    ("MAF", "es", "san martin"): "José de San Martín, many towns and streets",
    ("BLM", "es", "san bartolome"): "saint's name, towns",
    ("SHN", "es", "santa elena"): "Ecuadorian province, many towns",
    ("LCA", "es", "santa lucia"): "many towns; Santa Lucía air base (Mexico)",
    ("GLP", "es", "guadalupe"): "given name, Virgin of Guadalupe, Mexican and Spanish towns",
    ("MSR", "es", "montserrat"): "given name, Catalan mountain and monastery",
    ("PLW", "es", "palau"): "Catalan surname and building name (Palau de la Música)",
}

# The crossclaim team's own additions (not from the data). '=' marks case-sensitive forms.
CURATED_COUNTRY_FORMS: dict[str, list[tuple[str, str]]] = {
    "USA": [("en", "=US"), ("en", "=U.S."), ("en", "=U.S.A."), ("en", "=USA"),
            ("es", "EE.UU."), ("es", "EEUU"), ("es", "EE. UU."), ("es", "=EUA")],
    "GBR": [("en", "=UK"), ("en", "=U.K."), ("en", "Britain"), ("en", "Great Britain"),
            ("es", "=R.U."), ("es", "Gran Bretaña")],
    "ARE": [("en", "=UAE"), ("es", "=EAU")],
    "COD": [("en", "=DRC"), ("en", "DR Congo"), ("en", "Democratic Republic of Congo"),
            ("es", "=RDC"), ("es", "RD Congo"), ("es", "RD del Congo")],
    "CHN": [("en", "=PRC"), ("es", "=RPC"), ("es", "República Popular de China")],
    "PRK": [("en", "=DPRK"), ("es", "=RPDC")],
    "KOR": [("en", "=ROK")],
    "SAU": [("en", "=KSA")],
    "TUR": [("en", "=Turkey"), ("en", "=TURKEY"), ("en", "Republic of Turkey")],
    "NLD": [("es", "Holanda")],
    "SWZ": [("en", "Swaziland"), ("es", "Suazilandia")],
    "TLS": [("en", "East Timor")],
    "VAT": [("en", "Vatican"), ("es", "Vaticano")],
    "PSE": [("en", "Palestine"), ("es", "Palestina")],
    "BIH": [("en", "Bosnia"), ("es", "Bosnia")],
    "FLK": [("en", "Falklands"), ("es", "Malvinas")],
    "HKG": [("en", "Hong Kong SAR"), ("es", "Hong Kong")],
    "MAC": [("en", "Macau"), ("en", "Macao SAR"), ("es", "Macao")],
    "REU": [("en", "=Réunion"), ("es", "Isla de la Reunión")],
    "MUS": [("es", "Isla Mauricio")],
    "IRL": [("en", "Republic of Ireland"), ("es", "República de Irlanda")],
    "CZE": [("es", "República Checa")],
}

# Comma forms that are lists ("Bonaire, Sint Eustatius and Saba") are kept as written.
COMMA_LIST = re.compile(r"\b(and|y|e)\b")


def clean_country_name(raw: str, notes: list[str], iso3: str) -> list[str]:
    s = norm_space(raw)
    s = re.sub(r"\s*\*+$", "", s)  # UNTERM footnote markers
    s = s.replace(" - ", "-")      # CLDR "Congo - Kinshasa"
    s = ARTICLE_SUFFIX.sub("", s)
    s = LEADING_ARTICLE.sub("", s)
    if not s:
        return []
    out: list[str] = []
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", s)
    if m:
        before, inner, after = m.group(1), m.group(2).strip(), m.group(3)
        base = norm_space(f"{before} {after}")
        if fold(inner) in PAREN_PART_OF:
            notes.append(f"{iso3}: dropped '{raw}' (names only part of an island)")
            return []
        if inner in PAREN_ALTERNATIVES:
            return [base, inner]
        if PREP_END.search(inner):
            return [base, f"{inner} {base}"]
        notes.append(f"{iso3}: '{raw}' -> '{base}' (qualifier '({inner})' removed)")
        return [base]
    if "," in s:
        a, b = [x.strip() for x in s.split(",", 1)]
        if PREP_END.search(b):
            inv = re.sub(r"^The ", "", f"{b} {a}")
            return [inv]
        if b == "Islas":
            return [f"Islas {a}"]
        if COMMA_LIST.search(b):
            return [s]
        notes.append(f"{iso3}: dropped '{raw}' (inverted or annotated form)")
        return []
    out.append(s)
    return out


def build_countries(data: Path) -> tuple[list[str], dict[str, str], dict]:
    co = data / "countries_orgs"
    rows = read_tsv(co / "countries_en_es_qid.tsv")
    aliases = read_tsv(co / "country_aliases_en_es.tsv")
    by_iso2 = {r["iso2"]: r for r in rows}
    notes: list[str] = []
    ents: dict[str, Forms] = {}
    qids: dict[str, str] = {}
    missing_qid = []
    for r in rows:
        iso3 = r["iso3"]
        f = Forms()
        for col in EN_COLS:
            if r[col]:
                for x in clean_country_name(r[col], notes, iso3):
                    f.add("en", x)
        for col in ES_COLS:
            if r[col]:
                for x in clean_country_name(r[col], notes, iso3):
                    f.add("es", x)
        ents[iso3] = f
        qids[iso3] = r["qid"]
        if not r["qid"]:
            missing_qid.append(iso3)
    for a in aliases:
        r = by_iso2.get(a["iso2"])
        if r is None or a["lang"] not in ("en", "es"):
            notes.append(f"alias row ignored: {a}")
            continue
        for x in clean_country_name(a["alias"], notes, r["iso3"]):
            ents[r["iso3"]].add(a["lang"], x)

    dropped: list[str] = []
    for iso3, f in ents.items():
        gone = f.remove(lambda lg, form, ex, iso3=iso3:
                        (iso3, lg, fold(form)) in DROPPED_COUNTRY_FORMS)
        for lg, form, _ in gone:
            reason = DROPPED_COUNTRY_FORMS[(iso3, lg, fold(form))]
            dropped.append(f"{iso3} {lg} '{form}': {reason}")
        f.remove(lambda lg, form, ex: len(re.sub(r"\W", "", form)) < 3)  # no 2-letter names
    for iso3, extra in CURATED_COUNTRY_FORMS.items():
        for lang, form in extra:
            ents[iso3].add(lang, form)

    # Case-sensitive ordinary-word names: =Name and =NAME.
    for iso3, f in ents.items():
        new = []
        for lang, form, exact in f.items:
            if not exact and fold(form) in CASE_SENSITIVE_NAMES:
                new.append((lang, form, True))
                new.append((lang, form.upper(), True))
            else:
                new.append((lang, form, exact))
        f.items = new

    # Cross-entity collisions of case-insensitive forms: drop from all and report.
    owners: dict[str, set[str]] = defaultdict(set)
    for iso3, f in ents.items():
        for lang, form, exact in f.items:
            owners[(exact, form if exact else fold(form))].add(iso3)
    collisions = []
    for (exact, k), isos in sorted(owners.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        if len(isos) > 1:
            collisions.append(f"'{k}' shared by {', '.join(sorted(isos))}: dropped from all")
            for iso3 in isos:
                ents[iso3].remove(lambda lg, form, ex, k=k, exact=exact:
                                  ex == exact and (form if ex else fold(form)) == k)

    lines = header([
        "countries.lex: countries and territories (all 249 ISO 3166-1 entries) with their",
        "English and Spanish names. ID = ISO 3166-1 alpha-3, type GPE, qid = Wikidata (omitted",
        "where the data has none).",
        "",
        "GENERATED by `python3 scripts/gen_lexicons.py` (crossclaim repository root). Do not edit",
        "by hand: edit the tables in scripts/gen_lexicons.py and re-run it.",
        "",
        "Facts come from ../shared/data/gazetteers/ (relative to the repository root):",
        *["  " + s for s in COUNTRY_SOURCES],
        "The names keep the licences of their sources listed above (Unicode License v3, LGPL-2.1,",
        "ODC-PDDL-1.0). The crossclaim team's own additions (curated abbreviations and common",
        "names, the case-sensitivity and drop decisions below) are MIT OR Apache-2.0.",
        "",
        "How the names are built, per country:",
        "  - en: CLDR, ISO short/official, common name, UNTERM short/formal, UNSD official;",
        "    es: CLDR (es, es_419, es_MX), ISO short/official (iso-codes), UNTERM short/formal,",
        "    UNSD official; plus every row of country_aliases_en_es.tsv.",
        "  - UNTERM '(the)'/'(el)'/'(la)'/'(los)'/'(las)' suffixes, leading lower-case articles",
        "    'the el la los las' (mention spans exclude determiners; 'El Salvador' keeps its 'El')",
        "    and the '*'/'**' footnote marks are removed.",
        "  - 'X (Y of)' and 'X, Y of' become 'Y of X'; '(Burma)', '(Malvinas)' ... give a second",
        "    name; '(China)' qualifiers are removed; forms restricted to part of an island",
        "    ('(Dutch part)', '(zona francesa)' ...) and inverted forms that cannot be turned",
        "    round ('Taiwan, Province of China', 'Virgin Islands, British') are dropped.",
        "  - Forms are deduplicated ignoring case and accents within a language; a form found in",
        "    both languages is written once on a '*' line.",
        "  - No ISO two-letter codes and no names shorter than 3 letters, except the curated",
        "    abbreviations (=US, =UK ...).",
        "",
        "Case-sensitive names: a one-word name whose lower-case form is an ordinary English or",
        "Spanish word (including a Spanish feminine demonym such as 'china', 'argentina', 'siria')",
        "or a frequent given name is written '=Name | =NAME' (as in text and in all-caps",
        "headlines), so 'china' (porcelain; Spanish 'china' = Chinese woman) never matches CHN:",
        *[f"  {k}: {v}" for k, v in sorted(CASE_SENSITIVE_NAMES.items())],
        "",
        "Dropped from the data as dangerously ambiguous in the news:",
        *["  " + d for d in sorted(set(dropped))],
        "",
        "Curated additions (the crossclaim team's own, not from the data):",
        *[f"  {iso}: " + " | ".join(f"{lg} {fm}" for lg, fm in v)
          for iso, v in sorted(CURATED_COUNTRY_FORMS.items())],
        "",
        "Known limitations: bare 'Congo' is Republic of the Congo (COG) as in the data, though",
        "news often mean DR Congo; 'America' is not a form of USA (it is inside 'Latin America',",
        "'South America'); Kosovo has no ISO 3166-1 code and is not here.",
        *(["QID missing in the data (qid omitted): " + ", ".join(missing_qid)] if missing_qid else []),
        *(["Collisions between countries: " + "; ".join(collisions)] if collisions else []),
        "",
        "Name-cleaning notes:",
        *["  " + n for n in sorted(set(notes))],
    ])
    lines.append("")
    for iso3 in sorted(ents):
        head = f"@{iso3} GPE" + (f" qid={qids[iso3]}" if qids[iso3] else "")
        lines += render_block(head, ents[iso3])
        lines.append("")
    stats = {"entities": len(ents), "collisions": collisions, "dropped": dropped,
             "missing_qid": missing_qid}
    return lines, qids, stats


# ============================================================================================
# ORGANISATIONS
# ============================================================================================
# Canonical slugs fixed by the crossclaim team (QID -> slug).
SLUG_OVERRIDES = {
    "Q458": "EU", "Q1065": "UN", "Q7184": "NATO", "Q7817": "WHO", "Q7804": "IMF",
    "Q7825": "WTO", "Q7795": "OPEC", "Q7768": "ASEAN", "Q123759": "OAS", "Q7159": "AU",
    "Q37470": "UNSC", "Q7164": "WORLD_BANK", "Q42262": "ESA", "Q1153087": "IDB",
}
WELL_KNOWN = set(SLUG_OVERRIDES)  # win any form collision

# Acronyms never used as forms (reason). They collide with ordinary words or far more frequent
# meanings in upper case, in English or Spanish news.
DROPPED_ACRONYMS = {
    "ERA": "'era' (en, es)", "ELA": "Spanish ELA = ALS (disease)", "IDA": "Spanish 'ida'",
    "AMA": "Spanish 'ama'; American Medical Association", "SHARE": "English word",
    "INSTRUCT": "English word", "SESAME": "English word", "IDEA": "English/Spanish word",
    "CLARIN": "Argentine newspaper Clarín; 'clarín'", "ELI": "given name", "ERIC": "given name",
    "ISA": "given name; UK savings account (also two orgs)", "MSG": "monosodium glutamate",
    "PCB": "polychlorinated biphenyl; circuit board", "CFC": "chlorofluorocarbon",
    "ETF": "exchange-traded fund", "SDF": "Syrian Democratic Forces", "WB": "West Bank",
    "IOC": "International Olympic Committee", "APT": "English word; cyber 'APT'",
    "EEA": "European Economic Area",
}

# Corrections of the source data: (org key, lang, form) -> replacement or None (drop), reason.
DATA_FIXES = {
    ("OPEC Fund for International Development", "en",
     "Organization of the Petroleum Exporting Countries"):
        ("=OFID", "abbreviation field holds OPEC's name; OPEC Fund was OFID"),
    ("Central American Parliament", "es", "SESAME"): (None, "Name_es copied from another row"),
    ("International Commission for the Protection of the Elbe River", "es",
     "Internationale Kommission zum Schutz der Elbe"): (None, "German, not Spanish"),
    ("International Exhibition Bureau", "es", "Bureau international des expositions"):
        ("Oficina Internacional de Exposiciones", "French, not Spanish"),
    ("New Development Bank", "es", "BRICS Development Bank"):
        ("Nuevo Banco de Desarrollo", "English, not Spanish"),
    ("Caribbean Development Bank", "en", "CBD"): ("=CDB", "acronym is CDB"),
    ("Inter-American Defense Board", "en", "IDB"):
        (None, "IDB is the Inter-American Development Bank"),
    ("European Institute of Innovation and Technology", "en", "ETI"): ("=EIT", "acronym is EIT"),
    ("International Lead and Zinc Study Group", "en", "ILSZC"): ("=ILZSG", "acronym is ILZSG"),
    ("Fund for responding to Loss and Damage", "en", "Loss and Damahe Fund"):
        ("Loss and Damage Fund", "typo"),
    ("Fund for the Development of the Indigenous Peoples of Latin America and the Caribbean",
     "es", "Fondo para el desarrollo de pueblos indígenas de América Latina y el Caribee"):
        ("Fondo para el Desarrollo de los Pueblos Indígenas de América Latina y el Caribe", "typo"),
    ("Commonwealth Secretariat Arbitral Tribunal", "en",
     "Commonwealth Secretariat Aribtral Tribunal"):
        ("Commonwealth Secretariat Arbitral Tribunal", "typo"),
    ("Secreriat of the Antarctic Treaty", "en", "Secreriat of the Antarctic Treaty"):
        ("Secretariat of the Antarctic Treaty", "typo"),
    ("Commission for Environmental Cooperation", "es", "Comisión para la Cooperación Abiental"):
        ("Comisión para la Cooperación Ambiental", "typo"),
    ("Latin American Reserve Fund", "es", "Fondo Latinamerican de Reservas"):
        ("Fondo Latinoamericano de Reservas", "typo"),
    ("CAF - Development Bank of Latin America and the Caribbean", "es",
     "CAF -banco de desarrollo de América Latina y el Caribe"):
        ("Banco de Desarrollo de América Latina y el Caribe", "spacing/case"),
    ("Fusion for Energy Joint Undertaking", "en",
     "The European Joint Undertaking for ITER and the Development of"):
        (None, "truncated name"),
    ("Council of the European Union", "en", "Council of ministers"):
        (None, "generic: most countries have a council of ministers"),
    ("European Infrastructure of Open Screening Platforms for Chemical Biology", "en",
     "INFRAFRONTIER"): (None, "belongs to INFRAFRONTIER (this is EU-OPENSCREEN)"),
    ("European Infrastructure of Open Screening Platforms for Chemical Biology", "en",
     "INFRAFRONTIER ERIC"): (None, "belongs to INFRAFRONTIER (this is EU-OPENSCREEN)"),
    ("UNAIDS Programme Coordinating Board", "es",
     "Programa Conjunto de las Naciones Unidas sobre el VIH/sida"):
        (None, "names UNAIDS itself, not its board"),
    ("Supply Agency of the European Atomic Energy Community", "en", "ESA"):
        (None, "ESA is the European Space Agency"),
}
# QIDs that the data gives to two organisations: kept only on the named one.
QID_FIXES = {("Q17088342", "e-Science and Technology European Infrastructure for Biodiversity "
              "and Ecosystem Research"): "QID belongs to JIV-ERIC"}

# Acronyms given to two entries of the data that name one body and its own organ: kept on the
# better-known entry (see the collision rule in build_orgs). CTBTO: the treaty organisation
# and its Preparatory Commission, which is what the news calls the CTBTO.
SAME_BODY_ACRONYMS = {"CTBTO"}

# English acronyms that Spanish text uses unchanged.
ACRONYMS_ALSO_ES = {"FAO", "UNESCO", "UNICEF", "UNRWA", "ASEAN", "CERN", "OSCE", "ECOSOC",
                    "INTERPOL", "EUROCONTROL", "EUMETSAT", "APEC", "CARICOM", "SADC", "IGAD",
                    "COMESA", "UNFPA", "IRENA", "ICCROM", "UNIDROIT", "OPANAL", "FLACSO",
                    "SELA", "CIMMYT", "IICA", "CEMAC", "OHADA", "UEMOA", "BCEAO", "PARLACEN",
                    "OCCAR", "SAARC", "UN-HABITAT"}

# Multi-word names that are also ordinary phrases: case-sensitive.
GENERIC_NAMES = {"european schools", "energy community", "union state", "south centre",
                 "statistical commission", "joint inspection unit", "council of legal education",
                 "fusion for energy", "board of peace", "junta de paz", "pacific community"}

# The crossclaim team's own additions, by QID.
CURATED_ORG_FORMS: dict[str, list[tuple[str, str]]] = {
    "Q458": [("es", "=UE")],
    "Q1065": [("en", "=U.N."), ("en", "United Nations Organization"), ("es", "Naciones Unidas"),
              ("es", "Organización de las Naciones Unidas"), ("es", "=ONU")],
    "Q7184": [("en", "North Atlantic Treaty Organization"), ("en", "North Atlantic Alliance"),
              ("es", "Organización del Tratado del Atlántico Norte"), ("es", "Alianza Atlántica"),
              ("es", "Organización del Tratado del Atlántico del Norte")],  # UN Spanish
    "Q37470": [("en", "U.N. Security Council"), ("en", "Security Council of the United Nations"),
               ("es", "Consejo de Seguridad de la ONU"),
               ("es", "Consejo de Seguridad de Naciones Unidas"), ("es", "=CSNU")],
    "Q47423": [("en", "U.N. General Assembly"), ("es", "Asamblea General de la ONU"),
               ("es", "=AGNU")],
    "Q205650": [("en", "UN Human Rights Council"), ("en", "U.N. Human Rights Council"),
                ("es", "Consejo de Derechos Humanos de la ONU"),
                ("es", "Consejo de Derechos Humanos")],  # UNTERM, as en bare 'Human Rights Council'
    "Q7817": [("es", "=OMS")],
    "Q7804": [("es", "=FMI")],
    "Q7825": [("es", "=OMC")],
    "Q7795": [("es", "Organización de los Países Exportadores de Petróleo"), ("es", "=OPEP")],
    "Q7768": [("es", "Asociación de Naciones del Sudeste Asiático"),
              ("es", "Asociación de Naciones de Asia Sudoriental"),  # UNTERM
              ("es", "Asociación de Naciones del Asia Sudoriental")],  # UN article form
    "Q123759": [("es", "Organización de Estados Americanos")],
    "Q7159": [("es", "=UA")],
    "Q8901": [("es", "=BCE")],
    "Q8889": [("es", "Eurocámara")],
    "Q8896": [("es", "Consejo de la UE")],
    "Q4951": [("es", "=TJUE")],
    "Q122880": [("es", "=TEDH")],
    "Q47488": [("es", "=CPI")],
    "Q7801": [("en", "World Court"), ("es", "=CIJ")],
    "Q41984": [("es", "=OIEA")],
    "Q28606331": [("es", "Alto Comisionado de las Naciones Unidas para los Refugiados"),
                  ("es", "=ACNUR"), ("es", "=Acnur")],
    "Q7809": [("es", "=Unesco")],
    "Q54129": [("es", "=OIT")],
    "Q170424": [("es", "=OMM")],
    "Q472311": [("es", "=OIM")],
    "Q41550": [("es", "Organización para la Cooperación y el Desarrollo Económicos"),
               ("es", "=OCDE")],
    "Q204344": [("es", "=PMA")],
    "Q161718": [("es", "=PNUD")],
    "Q182016": [("es", "=PNUMA")],
    "Q1153087": [("en", "=IDB"), ("es", "=BID")],
    "Q32874": [("es", "=CEPAL")],
    "Q193272": [("es", "=CEDEAO"),
                ("es", "Comunidad Económica de los Estados de África Occidental")],
    "Q217172": [("es", "Consejo de Cooperación del Golfo"), ("es", "=CCG")],
    "Q485207": [("en", "=SCO"), ("es", "=OCS")],
    "Q842490": [("es", "=OPAQ"),
                ("es", "Organización para la Prohibición de las Armas Químicas")],  # UNTERM
    "Q5987345": [("es", "Comité Internacional de la Cruz Roja"), ("es", "=CICR")],
    "Q607301": [("es", "=ALADI")],
    "Q4230": [("es", "Unasur"), ("es", "=UNASUR")],
    "Q488981": [("es", "=BERD")],
    "Q192247": [("en", "=EIB"), ("es", "=BEI")],
    "Q42262": [("en", "=ESA"), ("es", "=ESA")],
    "Q188822": [("en", "=ADB")],
    "Q340195": [("en", "=AfDB")],
    "Q18109843": [("en", "=AIIB"), ("es", "=BAII")],
    "Q309195": [("es", "=BPI")],
    "Q2614129": [("en", "Development Bank of Latin America and the Caribbean")],
    "Q47543": [("en", "=OIC"), ("es", "=OCI"),
               ("es", "Organización de la Conferencia Islámica")],  # its name until 2011
    "Q7779": [("es", "=CEI")],
    "Q318693": [("es", "=OTSC"), ("es", "Organización del Tratado de Seguridad Colectiva")],
    "Q166546": [("es", "=AELC")],
    "Q681487": [("es", "=GAFI"), ("es", "Grupo de Acción Financiera")],  # UNTERM
    "Q689859": [("es", "=FIDA")],
    "Q104150918": [("en", "=UNFCCC"), ("es", "=UNFCCC")],
    "Q190023": [("es", "Parlamento Centroamericano")],
    "Q421023": [("es", "Organización de Estados Iberoamericanos"), ("es", "=OEI")],
    # The United Nations' own names (UNTERM, the UN terminology database, as the UN's English
    # and Spanish documents write them), where the data has only another form.
    # Bare 'Peacebuilding Commission', as 'Human Rights Council' and 'Economic and Social
    # Council' are bare: no other body of that name in the news or UN documents.
    "Q1534084": [("en", "Peacebuilding Commission")],
    "Q1929699": [("en", "=WAEMU")],  # English acronym (UEMOA is the French one)
    "Q170075": [("es", "Consejo Económico y Social")],
    "Q7172": [("es", "Liga de los Estados Árabes")],
    "Q220563": [("es", "Secretaría de las Naciones Unidas")],
    "Q2986599": [("es", "Comisión de la Cuenca del Lago Chad")],
    "Q499039": [("es", "Autoridad Intergubernamental para el Desarrollo")],
    "Q145700": [("es", "Asociación del Asia Meridional para la Cooperación Regional")],
    "Q816706": [("es", "Comunidad de África Meridional para el Desarrollo")],
    "Q1427752": [("es", "Instituto Interregional de las Naciones Unidas para Investigaciones "
                        "sobre la Delincuencia y la Justicia")],
    "Q8475": [("es", "Organización Internacional de Policía Criminal"),
              ("en", "Interpol")],  # English news and UN documents write both INTERPOL and Interpol
    "Q641576": [("es", "Entidad de las Naciones Unidas para la Igualdad de Género y el "
                       "Empoderamiento de las Mujeres"),
                ("es", "Entidad de las Naciones Unidas para la Igualdad entre los Géneros y el "
                       "Empoderamiento de la Mujer"),  # its first name (2010)
                ("es", "ONU-Mujeres")],
    "Q935878": [("es", "Comisión del Río Mekong")],
    "Q846656": [("es", "Organismo de Obras Públicas y Socorro de las Naciones Unidas para los "
                       "Refugiados de Palestina en el Cercano Oriente")],
    "Q201054": [("es", "=OMI")],
    "Q125761": [("es", "=OACI")],
    "Q605326": [("es", "=OMA")],
}

BRIT_AM = [("Organisation", "Organization"), ("Programme", "Program"), ("Centre", "Center"),
           ("Labour", "Labor"), ("Defence", "Defense")]
# Hyphenated and solid spellings, independent of the British/American choice (UN English
# writes 'Organization for Security and Cooperation in Europe' beside 'Co-operation').
HYPHEN_SPELLINGS = [("Co-operation", "Cooperation")]


def spelling_variants(name: str) -> list[str]:
    out = []
    for direction in (0, 1):
        v = name
        for pair in BRIT_AM:
            a, b = pair if direction == 0 else pair[::-1]
            v = re.sub(rf"\b{a}\b", b, v)
        if v != name:
            out.append(v)
    for a, b in HYPHEN_SPELLINGS:
        for base in [name, *out]:
            for x, y in ((a, b), (b, a)):
                v = re.sub(rf"\b{x}\b", y, base)
                if v != base and v != name and v not in out:
                    out.append(v)
    if "\u2019" in name:
        out.append(name.replace("\u2019", "'"))
    if name.startswith("United Nations "):
        rest = name[len("United Nations "):]
        out += ["UN " + rest, "U.N. " + rest]
    return out


# Spanish writes the regions of Africa and Asia with or without the article: 'de África
# Occidental' (Fundéu, most news) and 'del África Occidental' (United Nations Spanish, RAE's
# DPD: regions named by noun + adjective take it optionally). Both forms of each name.
AFRICA_ASIA_REGION = re.compile(
    r"\b(de|del) (África|Asia) (Occidental|Central|Oriental|Meridional|Austral|Septentrional|"
    r"Sudoriental|Sudoccidental|Nororiental|Noroccidental|Subsahariana)\b")


def spanish_article_variants(name: str) -> list[str]:
    def swap(m: re.Match) -> str:
        return ("de" if m.group(1) == "del" else "del") + f" {m.group(2)} {m.group(3)}"
    v = AFRICA_ASIA_REGION.sub(swap, name)
    return [v] if v != name else []


def slugify(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").upper()
    return s


def classify_abbr(a: str) -> bool:
    """True if an 'abbreviation' field really holds a name ('EastMed Gas Forum')."""
    toks = a.split()
    return len(toks) >= 3 and any(len(t) >= 4 and any(c.islower() for c in t) for t in toks)


def build_orgs(data: Path, country_ids: set[str]) -> tuple[list[str], dict]:
    co = data / "countries_orgs"
    rows = read_tsv(co / "intl_orgs_en_es_qid.tsv")
    aliases = read_tsv(co / "intl_org_aliases_en_es.tsv")
    by_key = {r["key"]: r for r in rows}
    al_by_key: dict[str, list[dict[str, str]]] = defaultdict(list)
    for a in aliases:
        al_by_key[a["key"]].append(a)

    fixes_used: list[str] = []
    dropped_acr: dict[str, list[str]] = defaultdict(list)
    ents: dict[str, Forms] = {}
    abbr0: dict[str, str] = {}
    slug_name: dict[str, str] = {}
    qids: dict[str, str] = {}
    qid_notes = []
    for r in rows:
        key = r["key"]
        qid = r["qid"]
        if (qid, key) in QID_FIXES:
            qid_notes.append(f"{key}: qid {qid} omitted ({QID_FIXES[(qid, key)]})")
            qid = ""
        qids[key] = qid
        f = Forms()
        cand: list[tuple[str, str, str]] = []  # (lang, value, field)
        cand.append(("en", key, "key"))
        for a in al_by_key.get(key, []):
            cand.append((a["lang"], a["alias"], a["source_field"]))
        for lang, val, field in cand:
            val = norm_space(val)
            fix = DATA_FIXES.get((key, lang, val))
            if fix is not None:
                fixes_used.append(f"{key} [{lang}] '{val}' -> "
                                  f"{repr(fix[0]) if fix[0] else 'dropped'}: {fix[1]}")
                if fix[0] is None:
                    continue
                val = fix[0]
                if val.startswith("="):
                    if field == "Abbreviation_en":
                        abbr0.setdefault(key, val[1:])
                    f.add(lang, val)
                    continue
            if field == "key":
                slug_name[key] = val
            is_abbr = field.startswith("Abbreviation") and not classify_abbr(val)
            if field == "Abbreviation_en" and is_abbr and key not in abbr0:
                abbr0[key] = val
            # "Name (ACRONYM)"
            m = re.match(r"^(.*\S)\s*\(([^()]+)\)$", val)
            if m and is_acronym_like(m.group(2)):
                f.add(lang, m.group(1))
                f.add(lang, m.group(2), True)
                continue
            if is_abbr or is_acronym_like(val):
                f.add(lang, val, True)
            else:
                f.add(lang, val)
        ents[key] = f

    # Acronym policy, spelling variants, Spanish use of English acronyms.
    for key, f in ents.items():
        new = []
        for lang, form, exact in f.items:
            if exact:
                letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", form)
                if len(letters) < 2:
                    dropped_acr[form].append(key)
                    continue
                if form in DROPPED_ACRONYMS or form in country_ids:
                    dropped_acr[form].append(key)
                    continue
                new.append((lang, form, True))
                if lang == "en" and form in ACRONYMS_ALSO_ES:
                    new.append(("es", form, True))
            else:
                gen = fold(form) in GENERIC_NAMES
                new.append((lang, form, gen))
                if lang == "en":
                    for v in spelling_variants(form):
                        new.append((lang, v, gen))
                if lang == "es":
                    for v in spanish_article_variants(form):
                        new.append((lang, v, gen))
        f.items = new

    # IDs.
    def rank(key: str) -> tuple:
        q = qids[key]
        return (0 if q in WELL_KNOWN else 1, 0 if q else 1, qid_num(q), key)

    ids: dict[str, str] = {}
    taken: dict[str, str] = {}
    reserved = set(SLUG_OVERRIDES.values())
    for key in sorted(ents, key=rank):
        q = qids[key]
        if q in SLUG_OVERRIDES and SLUG_OVERRIDES[q] not in taken:
            ids[key] = SLUG_OVERRIDES[q]
            taken[ids[key]] = key
            continue
        cands = []
        a = abbr0.get(key)
        if a and re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*", a) and a not in DROPPED_ACRONYMS:
            cands.append(slugify(a))
        base = slugify(slug_name.get(key, key))
        cands += [base, base + "_" + (q or "NOQID")]
        for c in cands:
            if c and c not in taken and c not in country_ids and c not in reserved:
                ids[key] = c
                taken[c] = key
                break
        else:
            raise SystemExit(f"no free ID for {key}")
    for q, slug in SLUG_OVERRIDES.items():
        assert taken.get(slug) and qids[taken[slug]] == q, f"slug {slug} not assigned to {q}"

    # Curated forms (after ranking so they are on the right entity).
    key_by_qid = {}
    for key in ents:
        if qids[key]:
            key_by_qid.setdefault(qids[key], key)
    for q, extra in CURATED_ORG_FORMS.items():
        k = key_by_qid.get(q)
        assert k, f"curated QID {q} not in data"
        for lang, form in extra:
            ents[k].add(lang, form)

    # Collisions between organisations: keep on the better-known one.
    owners: dict[tuple, list[str]] = defaultdict(list)
    for key, f in ents.items():
        for k2 in {(ex, form if ex else fold(form)) for _, form, ex in f.items}:
            owners[k2].append(key)
    # An ACRONYM that the data gives to two different bodies is ambiguous: the reader cannot
    # tell which one a text means (CIAT is the tropical agriculture centre and the tax
    # administrations centre in the data, and in UN Security Council texts a third body, the
    # DRC's International Committee in Support of the Transition), so it is no match form of
    # either; the full names still match. Exception: acronyms whose two owners are one body
    # and its own organ (SAME_BODY_ACRONYMS), kept on the better-known. Full names shared by
    # two entries are kept on the better-known one.
    collisions = []
    for k2, keys in sorted(owners.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        if len(keys) > 1:
            keys.sort(key=rank)
            winner, losers = keys[0], keys[1:]
            if k2[0] and k2[1] not in SAME_BODY_ACRONYMS:
                losers = keys
                collisions.append(f"'{k2[1]}' dropped (ambiguous acronym) from "
                                  + ", ".join(ids[x] for x in losers))
            else:
                collisions.append(f"'{k2[1]}' kept on {ids[winner]}, removed from "
                                  + ", ".join(ids[x] for x in losers))
            for x in losers:
                ents[x].remove(lambda lg, form, ex, k2=k2:
                               (ex, form if ex else fold(form)) == k2)

    lines = header([
        "orgs.lex: international organisations and bodies (UN system, EU institutions, regional",
        "organisations, development banks ...) with their English and Spanish names and",
        "acronyms. ID = upper-case slug, type ORG, qid = Wikidata (omitted where unknown).",
        "",
        "GENERATED by `python3 scripts/gen_lexicons.py` (crossclaim repository root). Do not edit",
        "by hand: edit the tables in scripts/gen_lexicons.py and re-run it.",
        "",
        "Facts come from ../shared/data/gazetteers/ (relative to the repository root):",
        *["  " + s for s in ORG_SOURCES],
        "The crossclaim team's own additions (curated Spanish names and acronyms, ID choices,",
        "fixes and drop decisions listed here) are released under CC BY-SA 4.0 with this file.",
        "",
        "IDs: the fixed slugs EU UN NATO WHO IMF WTO OPEC ASEAN OAS AU UNSC WORLD_BANK ESA IDB;",
        "otherwise the English abbreviation of the data when it is one token ('UN-HABITAT' ->",
        "UN_HABITAT), else the English name ('COUNCIL_OF_THE_EUROPEAN_UNION'). A slug already",
        "taken (by a better-known org, by an ISO3 country code) falls back to the name slug, then",
        "to name slug + _QID. Better-known = fixed slug first, then has a QID, then lower QID.",
        "",
        "Forms: names (Name_en, other/former names, the data key, Name_es) match ignoring case",
        "and accents; English names also get British/American spelling variants (Organisation/",
        "Organization, Programme/Program, Centre/Center, Labour/Labor, Defence/Defense, Co-",
        "operation/Cooperation), a",
        "straight-apostrophe variant, and 'UN X' / 'U.N. X' for 'United Nations X'. Acronyms",
        "(abbreviation fields, and all-capital names such as Name_es 'OTAN' for NATO) are",
        "case-sensitive '=' forms in their own language only: =EU en, =UE es; =UN en, =ONU es",
        "(so the Spanish article 'un' never matches). English acronyms that Spanish text uses",
        "unchanged are on both languages:",
        *textwrap.wrap(" ".join(sorted(ACRONYMS_ALSO_ES)) + ".", 92,
                       initial_indent="  ", subsequent_indent="  "),
        "Phrase-like names are case-sensitive:",
        *textwrap.wrap("; ".join(sorted(GENERIC_NAMES)) + ".", 92,
                       initial_indent="  ", subsequent_indent="  "),
        "",
        "Acronyms dropped (shorter than 2 letters, an ISO3 country code, or an ordinary word /",
        "far more frequent meaning in upper case):",
        *[f"  {a} ({', '.join(sorted(set(ids[k] for k in ks)))}): "
          f"{DROPPED_ACRONYMS.get(a, 'ISO 3166-1 alpha-3 code' if a in country_ids else 'too short')}"
          for a, ks in sorted(dropped_acr.items())],
        "",
        "Corrections of the source data:",
        *["  " + x for x in sorted(set(fixes_used))],
        *["  " + x for x in qid_notes],
        "",
        "Forms shared by two organisations: a name is kept on the better-known one only; an",
        "acronym is ambiguous and dropped from both (CIAT: the tropical agriculture and the tax",
        "administrations centres, and in UN texts the DRC's transition committee), unless the",
        "two are one body and its organ (" + ", ".join(sorted(SAME_BODY_ACRONYMS)) + "):",
        *["  " + c for c in collisions],
        "",
        "Curated additions (the crossclaim team's own, not from the data; UN bodies' English",
        "and Spanish names as UNTERM, the UN terminology database, gives them), by QID:",
        *[f"  {q}: " + " | ".join(f"{lg} {fm}" for lg, fm in v)
          for q, v in sorted(CURATED_ORG_FORMS.items(), key=lambda kv: qid_num(kv[0]))],
        "Not added on purpose: bare 'Security Council' / 'Consejo de Seguridad' (inside",
        "'National Security Council', 'Consejo de Seguridad Nacional').",
    ])
    lines.append("")
    for key in sorted(ents, key=lambda k: ids[k]):
        if not ents[key].items:
            continue
        head = f"@{ids[key]} ORG" + (f" qid={qids[key]}" if qids[key] else "")
        lines += render_block(head, ents[key])
        lines.append("")
    stats = {"entities": sum(1 for k in ents if ents[k].items), "collisions": collisions,
             "dropped_acronyms": dict(dropped_acr), "fixes": fixes_used}
    return lines, stats


# ============================================================================================
# VALIDATION (grammar of lexicons/README.md, plus '+ID' extension blocks for demonyms.lex)
# ============================================================================================
HEAD_RE = re.compile(r"^@(\*_[A-Z0-9_]+|[A-Z0-9_]+) ([A-Z]+)((?: [a-z]+=\S+)*)$")
EXT_RE = re.compile(r"^\+([A-Z0-9_]+)$")
ALIAS_RE = re.compile(r"^(\*|en|es)(?:/([A-Z]+))?\t(.+)$")


class LexError(Exception):
    pass


def strip_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    m = re.search(r"\s#", line)
    return line[: m.start()] if m else line


def parse_lex(path: Path, allow_ext: bool):
    """Returns (entities {id: (type, keys)}, extensions [id], forms [(id, lang, type, form)])."""
    ents: dict[str, tuple[str, dict]] = {}
    exts: list[tuple[str, int]] = []
    forms: list[tuple[str, str, str, str]] = []
    cur = None
    cur_type = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        line = strip_comment(raw).rstrip("\r")
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        if line.startswith("@"):
            m = HEAD_RE.match(line.rstrip())
            if not m:
                raise LexError(f"{where}: bad entity header: {raw!r}")
            eid, typ, kv = m.group(1), m.group(2), m.group(3)
            if typ not in TYPES:
                raise LexError(f"{where}: unknown type {typ}")
            pairs = [x.split("=", 1) for x in kv.split()]
            keys = dict(pairs)
            for k, v in pairs:
                if k not in ("qid", "for", "role", "note", "model_of"):
                    raise LexError(f"{where}: unknown key {k}")
                if k == "qid" and not re.fullmatch(r"Q[1-9][0-9]*", v):
                    raise LexError(f"{where}: bad qid {v}")
            if eid in ents:
                raise LexError(f"{where}: ID {eid} defined twice")
            ents[eid] = (typ, keys)
            cur, cur_type = eid, typ
        elif line.startswith("+"):
            m = EXT_RE.match(line.rstrip())
            if not allow_ext or not m:
                raise LexError(f"{where}: bad or unexpected extension line: {raw!r}")
            exts.append((m.group(1), n))
            cur, cur_type = m.group(1), None
        else:
            m = ALIAS_RE.match(line)
            if not m:
                raise LexError(f"{where}: expected 'LANG[/TYPE]<TAB>forms': {raw!r}")
            if cur is None:
                raise LexError(f"{where}: forms before any entity")
            lang, typ, rest = m.group(1), m.group(2), m.group(3)
            if typ is not None and typ not in TYPES:
                raise LexError(f"{where}: unknown type {typ}")
            eff = typ or cur_type
            if eff is None:
                raise LexError(f"{where}: extension forms need an explicit /TYPE")
            for form in rest.split(" | "):
                if not form or form != form.strip() or "|" in form or "\t" in form:
                    raise LexError(f"{where}: bad form {form!r}")
                body = form[1:] if form.startswith("=") else form
                if not body or body != body.strip():
                    raise LexError(f"{where}: empty or padded form {form!r}")
                forms.append((cur, lang, eff, form))
    return ents, exts, forms


def validate(paths: dict[str, Path]) -> None:
    all_ids: dict[str, str] = {}
    per_file = {}
    for name in ("countries", "orgs", "demonyms"):
        p = paths[name]
        if not p.exists():
            print(f"  (skipped: {p} does not exist)")
            continue
        ents, exts, forms = parse_lex(p, allow_ext=(name == "demonyms"))
        for eid in ents:
            if eid in all_ids:
                raise LexError(f"ID {eid} defined in {all_ids[eid]} and {p.name}")
            all_ids[eid] = p.name
        per_file[name] = (ents, exts, forms)
    if "demonyms" in per_file:
        country_ids = set(per_file.get("countries", ({}, [], []))[0])
        for eid, n in per_file["demonyms"][1]:
            if eid not in country_ids:
                raise LexError(f"demonyms.lex:{n}: +{eid} is not an entity of countries.lex")
    # Other lexicons in the folder (edited by others): only warn about duplicate IDs.
    for p in sorted(OUT_DIR.glob("*.lex")):
        if p in paths.values():
            continue
        try:
            ents, _, _ = parse_lex(p, allow_ext=True)
        except LexError as e:
            print(f"  warning: {e}")
            continue
        for eid in ents:
            if eid in all_ids:
                print(f"  warning: ID {eid} in {p.name} also in {all_ids[eid]}")
    # Folded-form sharing across entities (informational; exact forms win in the matcher).
    seen: dict[tuple, set] = defaultdict(set)
    for name, (ents, exts, forms) in per_file.items():
        for eid, lang, typ, form in forms:
            exact = form.startswith("=")
            k = form[1:] if exact else fold(form)
            for lg in (("en", "es") if lang == "*" else (lang,)):
                seen[(lg, exact, k)].add(eid)
    shared = {k: v for k, v in seen.items() if len(v) > 1}
    if shared:
        raise LexError("forms shared by several entities: " + "; ".join(
            f"{k[0]} {'=' if k[1] else ''}{k[2]!r} {sorted(v)}" for k, v in sorted(shared.items())))
    ci = {(lg, k): ids for (lg, ex, k), ids in seen.items() if not ex}
    for (lg, ex, k), ids in sorted(seen.items()):
        if ex and (lg, fold(k)) in ci and ci[(lg, fold(k))] != ids:
            print(f"  note: {lg} ={k!r} ({sorted(ids)}) vs case-insensitive "
                  f"{sorted(ci[(lg, fold(k))])}: the exact form wins")
    for name, (ents, exts, forms) in per_file.items():
        cnt: dict[str, int] = defaultdict(int)
        for _, lang, _, form in forms:
            cnt[lang] += 1
        print(f"  {paths[name].name}: {len(ents)} entities, {len(exts)} extension blocks, "
              f"forms * {cnt['*']}, en {cnt['en']}, es {cnt['es']} (total {len(forms)})")


# ============================================================================================
def spot_checks() -> None:
    def block(path: Path, eid: str) -> str:
        text = path.read_text(encoding="utf-8")
        m = re.search(rf"^@{eid} .*?(?=^\s*$)", text, re.S | re.M)
        assert m, f"{eid} missing in {path.name}"
        return m.group(0)

    def has(path: Path, eid: str, lang: str, form: str) -> None:
        b = block(path, eid)
        for ln in b.split("\n")[1:]:
            lg, _, rest = ln.partition("\t")
            if lg.split("/")[0] in (lang, "*") and form in rest.split(" | "):
                return
        raise AssertionError(f"{eid}: {lang} {form!r} missing")

    C, O = COUNTRIES_LEX, ORGS_LEX
    for lang, form in [("en", "United States"), ("es", "Estados Unidos"), ("es", "EE.UU."),
                       ("en", "=US")]:
        has(C, "USA", lang, form)
    for lang, form in [("en", "United Kingdom"), ("en", "=UK"), ("es", "Reino Unido")]:
        has(C, "GBR", lang, form)
    for lang, form in [("en", "=China"), ("es", "=China"), ("es", "República Popular China")]:
        has(C, "CHN", lang, form)
    for lang, form in [("en", "European Union"), ("es", "Unión Europea"), ("en", "=EU"),
                       ("es", "=UE")]:
        has(O, "EU", lang, form)
    has(O, "NATO", "en", "=NATO")
    has(O, "NATO", "es", "=OTAN")
    for lang, form in [("en", "United Nations"), ("es", "Naciones Unidas"), ("en", "=UN"),
                       ("es", "=ONU")]:
        has(O, "UN", lang, form)
    for line in block(O, "EU").split("\n"):
        assert not (line.startswith(("es", "*")) and "=EU" in line.split("\t")[1].split(" | "))
        assert not (line.startswith(("en", "*")) and "=UE" in line.split("\t")[1].split(" | "))
    for line in block(O, "UN").split("\n"):
        assert not (line.startswith(("es", "*")) and "=UN" in line.split("\t")[1].split(" | "))
    print("  spot checks passed")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="gazetteer folder (default: ../shared/data/gazetteers)")
    ap.add_argument("--check", action="store_true", help="only validate the existing files")
    args = ap.parse_args()
    paths = {"countries": COUNTRIES_LEX, "orgs": ORGS_LEX, "demonyms": DEMONYMS_LEX}
    if not args.check:
        c_lines, c_qids, c_stats = build_countries(args.data)
        o_lines, o_stats = build_orgs(args.data, set(c_qids))
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        for path, lines in ((COUNTRIES_LEX, c_lines), (ORGS_LEX, o_lines)):
            while lines and lines[-1] == "":
                lines.pop()
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"wrote {path.relative_to(REPO)}")
    print("validating:")
    try:
        validate(paths)
        spot_checks()
    except (LexError, AssertionError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
