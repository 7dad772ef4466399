#!/usr/bin/env python3
"""Generate lexicons/entities/seats.lex: capitals and seats of government with the country (or
body) they stand for.

    python3 scripts/gen_seats.py [--data DIR]

Reads the `capital` column of countries_orgs/countries_en_es_qid.tsv (195 independent states) under
../shared/data/gazetteers (override with --data) and the tables below (Spanish exonyms, other
names, seats of government that are not capitals), and writes seats.lex deterministically. The
generated file is not edited by hand: change the tables here and re-run. Python 3.11, standard
library only.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "gazetteers"
OUT = REPO / "lexicons" / "entities" / "seats.lex"
COUNTRIES_LEX = REPO / "lexicons" / "entities" / "countries.lex"


def fold(s: str) -> str:
    d = unicodedata.normalize("NFD", s)
    return "".join(c for c in d if not unicodedata.combining(c)).casefold().replace("\u2019", "'")


def slug(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").upper()


# Capitals of the data left out, and why (the name is far more often something else).
DROPPED = {
    "BGR": "Sofia / Sofía: a frequent given name",
    "CRI": "bare San José: many towns (San José de Costa Rica is kept)",
    "CHL": "bare Santiago: a given name, Santiago de Compostela (Santiago de Chile is kept)",
    "GUY": "Georgetown: Georgetown University, the Washington neighbourhood, Penang",
    "JAM": "Kingston: Kingston upon Thames, Kingston (Ontario, New York)",
    "MDV": "Male: the English word",
    "SYC": "Victoria: a given name, the Australian state, Lake Victoria",
    "BOL": "Sucre: a surname and a Venezuelan state; La Paz, the seat of government, is kept",
    "COM": "Moroni: a surname",
    "DJI": "Djibouti: the country's own name",
    "LUX": "Luxembourg: the country's own name",
    "MCO": "Monaco: the country's own name",
    "SGP": "Singapore: the country's own name",
    "SMR": "San Marino: the country's own name",
    "VAT": "Vatican City: the country's own name",
    "KWT": "Kuwait City: kept, but bare Kuwait is the country",
}
# Kept capitals whose English name in the data is only one of several: (iso3) -> extra forms.
# '*' both languages, 'en', 'es'. '=' exact case.
EXTRA = {
    "ARE": [("es", "Abu Dabi")],
    "ARM": [("es", "Ereván")],
    "AUT": [("es", "Viena")],
    "AZE": [("es", "Bakú")],
    "BEL": [("es", "Bruselas")],
    "BFA": [("es", "Uagadugú")],
    "BGD": [("es", "Daca")],
    "BHS": [("es", "Nasáu")],
    "BLZ": [("es", "Belmopán")],
    "BRA": [("*", "Brasília")],
    "BTN": [("es", "Timbu")],
    "CHE": [("es", "Berna")],
    "CHL": [("*", "Santiago de Chile")],
    "CHN": [("*", "Pekín"), ("en", "Peking")],
    "CRI": [("*", "San José de Costa Rica")],
    "CIV": [("es", "Yamusukro")],
    "CMR": [("es", "Yaundé")],
    "COD": [("es", "Kinsasa")],
    "COL": [("*", "Bogotá")],
    "CUB": [("es", "La Habana")],
    "CZE": [("es", "Praga")],
    "DEU": [("es", "Berlín")],
    "DNK": [("es", "Copenhague")],
    "DZA": [("es", "Argel")],
    "EGY": [("es", "El Cairo")],
    "EST": [("es", "Tallin")],
    "ETH": [("es", "Adís Abeba"), ("es", "Addis Abeba")],
    "FRA": [("es", "París")],
    "GBR": [("es", "Londres")],
    "GEO": [("es", "Tiflis")],
    "GNQ": [("*", "Malabo")],
    "GRC": [("es", "Atenas")],
    "GTM": [("es", "Ciudad de Guatemala")],
    "HTI": [("es", "Puerto Príncipe")],
    "IDN": [("es", "Yakarta")],
    "IND": [("es", "Nueva Delhi")],
    "IRL": [("es", "Dublín")],
    "IRN": [("es", "Teherán")],
    "IRQ": [("es", "Bagdad")],
    "ISL": [("es", "Reikiavik"), ("en", "Reykjavík")],
    "ISR": [("es", "Jerusalén")],
    "ITA": [("es", "Roma")],
    "JOR": [("es", "Amán")],
    "JPN": [("es", "Tokio")],
    "KAZ": [("en", "Astana"), ("es", "Astaná"), ("es", "Nursultán")],
    "KGZ": [("es", "Biskek")],
    "KHM": [("es", "Nom Pen")],
    "KOR": [("es", "Seúl")],
    "KWT": [("es", "Ciudad de Kuwait")],
    "LAO": [("es", "Vientián")],
    "LBN": [("es", "Beirut")],
    "LBY": [("es", "Trípoli")],
    "MDA": [("es", "Chisináu"), ("en", "Chișinău")],
    "MEX": [("es", "Ciudad de México"), ("es", "=CDMX")],
    "MLT": [("es", "La Valeta")],
    "MMR": [("en", "Naypyidaw"), ("es", "Naipyidó")],
    "MNG": [("es", "Ulán Bator")],
    "MRT": [("es", "Nuakchot")],
    "NLD": [("es", "Ámsterdam")],
    "NPL": [("es", "Katmandú")],
    "OMN": [("es", "Mascate")],
    "PAN": [("es", "Ciudad de Panamá")],
    "PNG": [("es", "Puerto Moresby")],
    "POL": [("es", "Varsovia")],
    "PRK": [("es", "Pionyang")],
    "PRT": [("es", "Lisboa")],
    "PRY": [("*", "Asunción")],
    "ROU": [("es", "Bucarest")],
    "RUS": [("es", "Moscú")],
    "SAU": [("es", "Riad")],
    "SDN": [("es", "Jartum")],
    "SOM": [("es", "Mogadiscio"), ("es", "Mogadishu")],  # UN Spanish keeps Mogadishu
    "SRB": [("es", "Belgrado")],
    "STP": [("es", "Santo Tomé")],
    "SVN": [("es", "Liubliana")],
    "SWE": [("es", "Estocolmo")],
    "SYR": [("es", "Damasco")],
    "TCD": [("es", "Yamena"), ("es", "Nyamena")],  # Nyamena: UN Spanish
    "TGO": [("*", "Lomé")],
    "TJK": [("es", "Dusambé"), ("es", "Dushanbé")],  # Dushanbé: UN Spanish
    "TKM": [("es", "Asjabad")],
    "TTO": [("es", "Puerto España")],
    "TWN": [("es", "Taipéi")],
    "UKR": [("*", "Kiev")],
    "UZB": [("es", "Taskent")],
    "VNM": [("es", "Hanói")],
    "YEM": [("es", "Saná"), ("en", "Sana'a"), ("en", "Sana’a")],  # UN and press spelling
    "USA": [("*", "Washington D.C."), ("*", "Washington, D.C."), ("en", "Washington DC")],
}
# English capital names of the data that are written differently in English news, or that
# Spanish writes differently and must not be given to Spanish: (iso3) -> languages of the
# data's name (default both).
DATA_NAME_LANGS = {
    "ARE": "en", "ARM": "en", "AUT": "en", "BEL": "en", "BFA": "en", "BGD": "en", "BHS": "en",
    "BLZ": "en", "CHE": "en", "CHN": "*", "CMR": "en", "COD": "en", "CUB": "en", "CZE": "en",
    "DEU": "en", "DNK": "en", "DZA": "en", "EGY": "en", "EST": "en", "ETH": "en", "FRA": "en",
    "GBR": "en", "GEO": "en", "GRC": "en", "GTM": "en", "HTI": "en", "IDN": "en", "IND": "en",
    "IRL": "en", "IRN": "en", "IRQ": "en", "ISL": "en", "ISR": "en", "ITA": "en", "JOR": "en",
    "JPN": "en", "KGZ": "en", "KHM": "en", "KOR": "en", "KWT": "en", "LAO": "en", "LBY": "en",
    "MDA": "en", "MEX": "en", "MLT": "en", "MMR": "en", "MNG": "en", "MRT": "en", "NPL": "en",
    "OMN": "en", "PAN": "en", "PNG": "en", "POL": "en", "PRK": "*", "PRT": "en", "ROU": "en",
    "RUS": "en", "SAU": "en", "SDN": "en", "SOM": "en", "SRB": "en", "STP": "en", "SVN": "en",
    "SWE": "en", "SYR": "en", "TCD": "en", "TJK": "en", "TKM": "en", "TTO": "en", "TUN": "en",
    "TWN": "*", "UZB": "en", "VNM": "en", "YEM": "en", "CHL": "en", "BRA": "*", "COL": "*",
    "PRY": "*", "KAZ": "*", "LBN": "en", "ECU": "*",
}
# Exact-case names: ordinary words or names when lower-case, once accents are ignored (quitó,
# la paz, sana (also sana'a: 'sana' + apostrophe), manila paper, tirana, damasco, aman).
EXACT = {"Lima", "Roma", "Asunción", "Juba", "Rabat", "Praia", "Colombo", "Nassau", "Apia",
         "Lomé", "Malabo", "Quito", "La Paz", "Sanaa", "Sana'a", "Sana’a", "Saná", "Manila",
         "Tirana", "Damasco", "Amán"}
# Seat IDs kept from earlier versions of this file (the bundled gold uses some of them), and
# the capital's stand-in: Brussels stands for the European Union in the news.
ID_OVERRIDE = {"CHL": "SANTIAGO_DE_CHILE", "BEL": "BRUSSELS", "ATG": "ST_JOHNS", "GRD": "ST_GEORGES"}
FOR_OVERRIDE = {"BEL": "EU"}
# Wikidata QIDs checked by the authors.
QIDS = {
    "USA": "Q61", "CHN": "Q956", "GBR": "Q84", "RUS": "Q649", "FRA": "Q90", "DEU": "Q64",
    "ESP": "Q2807", "BEL": "Q239", "JPN": "Q1490", "KOR": "Q8684", "PRK": "Q18808",
    "IRN": "Q3616", "UKR": "Q1899", "TWN": "Q1867", "CAN": "Q1930", "AUS": "Q3114",
    "IND": "Q987", "BRA": "Q2844", "MEX": "Q1489", "ARG": "Q1486", "VEN": "Q1533",
    "CUB": "Q1563", "COL": "Q2841", "CHL": "Q2887", "PER": "Q2868", "SYR": "Q3766",
    "EGY": "Q85", "LBY": "Q3579", "YEM": "Q2471", "TUR": "Q3640", "SAU": "Q3692",
    "ISR": "Q1218",
}

# Seats of government, palaces and offices that stand for a government or a body.
# (ID, TYPE, for, [(lang, form)])
SEATS = [
    ("KREMLIN", "ORG", "RUS", [("*", "Kremlin")]),
    ("DOWNING_STREET", "ORG", "GBR", [("*", "Downing Street"), ("es", "Número 10 de Downing Street"),
                                       ("en", "Number 10"), ("en", "No 10"), ("en", "No. 10")]),
    ("WHITEHALL", "ORG", "GBR", [("*", "Whitehall")]),
    ("ELYSEE", "ORG", "FRA", [("*", "Élysée"), ("en", "Elysée Palace"), ("en", "Élysée Palace"),
                              ("es", "Palacio del Elíseo"), ("es", "Elíseo")]),
    ("QUAI_D_ORSAY", "ORG", "FRA_MFA", [("*", "Quai d'Orsay")]),
    ("MONCLOA", "ORG", "ESP", [("*", "La Moncloa"), ("*", "Moncloa"), ("es", "Palacio de la Moncloa")]),
    ("ZARZUELA", "ORG", "ESP", [("es", "=La Zarzuela"), ("es", "Palacio de la Zarzuela"),
                                ("es", "Casa Real"), ("en", "Spanish Royal Household")]),
    ("ZHONGNANHAI", "ORG", "CHN", [("*", "Zhongnanhai")]),
    ("CASA_ROSADA", "ORG", "ARG", [("*", "Casa Rosada")]),
    ("MIRAFLORES", "ORG", "VEN", [("es", "Palacio de Miraflores"), ("en", "Miraflores Palace"),
                                  ("es", "=Miraflores")]),
    ("LOS_PINOS", "ORG", "MEX", [("*", "=Los Pinos")]),
    ("LA_MONEDA", "ORG", "CHL", [("*", "=La Moneda"), ("es", "Palacio de La Moneda"),
                                 ("en", "La Moneda Palace")]),
    ("CASA_DE_NARINO", "ORG", "COL", [("*", "Casa de Nariño")]),
    ("PLANALTO", "ORG", "BRA", [("*", "Planalto"), ("en", "Planalto Palace"),
                                ("es", "Palacio de Planalto"), ("*", "Palácio do Planalto")]),
    ("ITAMARATY", "ORG", "BRA_MFA", [("*", "Itamaraty")]),
    ("PALAZZO_CHIGI", "ORG", "ITA", [("*", "Palazzo Chigi"), ("en", "Chigi Palace"),
                                     ("es", "Palacio Chigi")]),
    ("FARNESINA", "ORG", "ITA_MFA", [("*", "Farnesina")]),
    ("BLUE_HOUSE", "ORG", "KOR", [("en", "Blue House"), ("*", "Cheong Wa Dae")]),
    ("FOGGY_BOTTOM", "ORG", "USA_MFA", [("*", "Foggy Bottom")]),
    ("CAPITOL_HILL", "ORG", "USA_CONGRESS", [("*", "Capitol Hill")]),
    ("CARONDELET", "ORG", "ECU", [("*", "Palacio de Carondelet"), ("es", "=Carondelet")]),
    ("PALACIO_QUEMADO", "ORG", "BOL", [("*", "Palacio Quemado")]),
    ("CASA_GRANDE_DEL_PUEBLO", "ORG", "BOL", [("*", "Casa Grande del Pueblo")]),
    ("PALACIO_DE_LA_REVOLUCION", "ORG", "CUB", [("es", "Palacio de la Revolución")]),
    ("LA_PAZ", "GPE", "BOL", [("*", "La Paz")]),
]


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def country_forms() -> set[str]:
    """Folded case-insensitive and exact forms of countries.lex (a capital never takes one)."""
    out = set()
    for line in COUNTRIES_LEX.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#@+" or "\t" not in line:
            continue
        for f in line.split("\t", 1)[1].split(" | "):
            out.add(fold(f.lstrip("=")))
    return out


def render(eid: str, typ: str, attrs: str, forms: list[tuple[str, str]]) -> list[str]:
    by_lang: dict[str, list[str]] = {"*": [], "en": [], "es": []}
    seen: dict[str, set[str]] = {"en": set(), "es": set()}
    for lang, f in forms:
        # an unaccented spelling is exact too: 'Asuncion' folds to 'asunción' (taking office)
        exact = f.startswith("=") or fold(f.lstrip("=")) in {fold(x) for x in EXACT}
        form = ("=" if exact else "") + f.lstrip("=")
        langs = ("en", "es") if lang == "*" else (lang,)
        key = form if exact else fold(form)
        if all(key in seen[lg] for lg in langs):
            continue
        for lg in langs:
            seen[lg].add(key)
        by_lang[lang].append(form)
    lines = [f"@{eid} {typ}{attrs}"]
    for lang in ("*", "en", "es"):
        if by_lang[lang]:
            lines.append(f"{lang}\t" + " | ".join(by_lang[lang]))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    rows = read_tsv(args.data / "countries_orgs" / "countries_en_es_qid.tsv")
    taken = country_forms()
    blocks: list[list[str]] = []
    skipped_same = []
    ids = set()
    for r in sorted(rows, key=lambda r: r["iso3"]):
        if r["is_independent"] != "Yes" or not r["capital"]:
            continue
        iso3, cap = r["iso3"], r["capital"].strip()
        forms: list[tuple[str, str]] = []
        if iso3 not in DROPPED or iso3 == "KWT":
            forms.append((DATA_NAME_LANGS.get(iso3, "*"), cap))
        forms += EXTRA.get(iso3, [])
        kept = []
        for lang, f in forms:
            if fold(f.lstrip("=")) in taken:
                skipped_same.append(f"{iso3} '{f}'")
                continue
            kept.append((lang, f))
        if not kept:
            continue
        eid = ID_OVERRIDE.get(iso3, slug(cap))
        assert eid not in ids, eid
        ids.add(eid)
        attrs = (f" qid={QIDS[iso3]}" if iso3 in QIDS else "") + f" for={FOR_OVERRIDE.get(iso3, iso3)}"
        blocks.append(render(eid, "GPE", attrs, kept))
    seats = []
    for eid, typ, for_, forms in SEATS:
        assert eid not in ids, eid
        ids.add(eid)
        seats.append(render(eid, typ, f" for={for_}", forms))
    head = [
        "# seats.lex: capitals and seats of government that stand for a government (SPEC §4), with",
        "# the country or body they stand for (`for=`), which claim alignment uses (`Pekín acusó` and",
        "# `China accused` share a speaker). A capital keeps its own ID (type GPE).",
        "#",
        "# GENERATED by `python3 scripts/gen_seats.py` (crossclaim repository root). Do not edit by",
        "# hand: edit the tables in scripts/gen_seats.py and re-run it.",
        "#",
        "# Facts: the capital of each of the 195 independent states is the `capital` column of",
        "# ../shared/data/gazetteers/countries_orgs/countries_en_es_qid.tsv (built from GitHub",
        "# datasets/country-codes @ caa72d1e0e5af8876c170bb36a9e4d64a01bba88, ODC-PDDL-1.0, and CLDR /",
        "# iso-codes, Unicode License v3 / LGPL-2.1). Spanish exonyms (Londres, Pekín, Moscú ...),",
        "# other current names (Astana, Kiev), seats of government that are not the capital (La Paz,",
        "# Malabo) and the palaces and offices below (Kremlin, Downing Street, Casa Rosada ...) are the",
        "# crossclaim team's own additions from public usage (Fundéu / RAE for Spanish), MIT OR",
        "# Apache-2.0. QIDs: Wikidata, only where the authors checked them.",
        "#",
        "# Brussels stands for the European Union (its use in the news), not Belgium.",
        "# Exact-case forms (=), with their unaccented spellings (Asuncion, Lome): "
        + ", ".join(sorted(EXACT)) + ".",
        "# Capitals of the data left out:",
        *[f"#   {k}: {v}" for k, v in sorted(DROPPED.items()) if k != "KWT"],
        "# Forms left out because they are a country's own name in countries.lex:",
        "#   " + ", ".join(skipped_same) if skipped_same else "#   (none)",
        "",
        "# ---------------------------------------------------------------------------------------",
        "# Capitals",
        "",
    ]
    out = head
    for b in blocks:
        out += b
    out += ["", "# ---------------------------------------------------------------------------------------",
            "# Seats of government, palaces and offices", ""]
    for b in seats:
        out += b
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(blocks)} capitals, {len(seats)} seats")
    return 0


if __name__ == "__main__":
    sys.exit(main())
