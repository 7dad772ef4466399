//! The bundled lexicons (`lexicons/entities`) as a specification: tables of text in, mentions
//! and IDs out, in both languages.

use std::sync::OnceLock;

use crossclaim_core::Lang;

use crate::EntityLexicon;

fn lexicon() -> &'static EntityLexicon {
    static LEX: OnceLock<EntityLexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/entities");
        match EntityLexicon::from_dir(&dir) {
            Ok(l) => l,
            Err(e) => panic!("{e}"),
        }
    })
}

fn found(text: &str, lang: Lang) -> Vec<(String, String)> {
    let l = lexicon();
    l.find(text, lang)
        .into_iter()
        .map(|f| (text[f.span.start..f.span.end].to_owned(), l.id_of(&f)))
        .collect()
}

type Case<'a> = (Lang, &'a str, &'a [(&'a str, &'a str)]);

fn check(cases: &[Case]) {
    for (lang, text, want) in cases {
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(found(text, *lang), want, "{lang:?}: {text}");
    }
}

#[test]
fn one_id_per_country_in_both_languages() {
    use Lang::{En, Es};
    check(&[
        (
            En,
            "the United States, the U.S., the US and American officials",
            &[
                ("United States", "USA"),
                ("U.S.", "USA"),
                ("US", "USA"),
                ("American", "USA"),
            ],
        ),
        (
            Es,
            "Estados Unidos, EE.UU., EEUU, EE. UU. y el Gobierno estadounidense",
            &[
                ("Estados Unidos", "USA"),
                ("EE.UU.", "USA"),
                ("EEUU", "USA"),
                ("EE. UU.", "USA"),
                ("estadounidense", "USA"),
            ],
        ),
        (
            En,
            "the United Kingdom, the UK, Britain and British troops",
            &[
                ("United Kingdom", "GBR"),
                ("UK", "GBR"),
                ("Britain", "GBR"),
                ("British", "GBR"),
            ],
        ),
        (
            Es,
            "el Reino Unido, el R.U. y las tropas británicas",
            &[
                ("Reino Unido", "GBR"),
                ("R.U.", "GBR"),
                ("británicas", "GBR"),
            ],
        ),
        (
            Es,
            "China y la diplomacia china, los chinos y las chinas",
            &[
                ("China", "CHN"),
                ("china", "CHN"),
                ("chinos", "CHN"),
                ("chinas", "CHN"),
            ],
        ),
        (
            En,
            "China’s and Russia's claims",
            &[("China", "CHN"), ("Russia", "RUS")],
        ),
        (
            Es,
            "la República Popular China y Rusia",
            &[("República Popular China", "CHN"), ("Rusia", "RUS")],
        ),
    ]);
}

#[test]
fn case_decides_where_a_form_is_also_a_word() {
    use Lang::{En, Es};
    check(&[
        (En, "let us go; the US went", &[("US", "USA")]),
        (
            En,
            "tap the ap app; AP reported",
            &[("AP", "ASSOCIATED_PRESS")],
        ),
        (En, "china plates from China", &[("China", "CHN")]),
        (En, "a chile pepper in Chile", &[("Chile", "CHL")]),
        (En, "an apple a day; Apple said", &[("Apple", "APPLE")]),
        // Spanish words that fold like a place: quitó, irán, la paz, sana, aman
        (Es, "le quitó la paz; irán a una ciudad sana", &[]),
        (
            Es,
            "Quito, La Paz e Irán",
            &[("Quito", "QUITO"), ("La Paz", "LA_PAZ"), ("Irán", "IRN")],
        ),
        (
            Es,
            "un ataque a la UE; la OTAN y la ONU",
            &[("UE", "EU"), ("OTAN", "NATO"), ("ONU", "UN")],
        ),
        (
            Es,
            "un día en que la unión europea",
            &[("unión europea", "EU")],
        ),
    ]);
}

#[test]
fn seats_keep_their_own_id_and_stand_for_their_country() {
    use Lang::{En, Es};
    check(&[
        (
            Es,
            "Pekín acusó a Washington",
            &[("Pekín", "BEIJING"), ("Washington", "WASHINGTON")],
        ),
        (
            En,
            "Beijing and the Kremlin",
            &[("Beijing", "BEIJING"), ("Kremlin", "KREMLIN")],
        ),
        (
            Es,
            "el Kremlin y Downing Street",
            &[("Kremlin", "KREMLIN"), ("Downing Street", "DOWNING_STREET")],
        ),
        (
            Es,
            "Londres y Moscú",
            &[("Londres", "LONDON"), ("Moscú", "MOSCOW")],
        ),
    ]);
    let l = lexicon();
    for (seat, country) in [
        ("BEIJING", "CHN"),
        ("WASHINGTON", "USA"),
        ("KREMLIN", "RUS"),
        ("DOWNING_STREET", "GBR"),
        ("LONDON", "GBR"),
    ] {
        assert_eq!(
            l.lookup(seat).and_then(|e| e.stands_for.clone()).as_deref(),
            Some(country),
            "{seat}"
        );
    }
}

#[test]
fn bodies_people_and_companies() {
    use Lang::{En, Es};
    check(&[
        (
            Es,
            "el Ministerio de Relaciones Exteriores chino",
            &[
                ("Ministerio de Relaciones Exteriores", "CHN_MFA"),
                ("chino", "CHN"),
            ],
        ),
        (
            En,
            "China’s Ministry of State Security",
            &[("China", "CHN"), ("Ministry of State Security", "CHN_MSS")],
        ),
        (Es, "la Casa Blanca", &[("Casa Blanca", "WHITE_HOUSE")]),
        (
            Es,
            "Vladímir Putin y Serguéi Lavrov; Putin dijo",
            &[
                ("Vladímir Putin", "VLADIMIR_PUTIN"),
                ("Serguéi Lavrov", "SERGEI_LAVROV"),
                ("Putin", "VLADIMIR_PUTIN"),
            ],
        ),
        // other Latin letters fold too
        (
            En,
            "Mevlüt Çavuşoğlu, then Mevlut Cavusoglu",
            &[
                ("Mevlüt Çavuşoğlu", "MEVLUT_CAVUSOGLU"),
                ("Mevlut Cavusoglu", "MEVLUT_CAVUSOGLU"),
            ],
        ),
        (
            En,
            "Dominic Raab said. Raab added.",
            &[("Dominic Raab", "DOMINIC_RAAB"), ("Raab", "DOMINIC_RAAB")],
        ),
        (
            En,
            "the Airbus A380 and the Boeing 787 Dreamliner",
            &[
                ("Airbus A380", "AIRBUS_A380"),
                ("Boeing 787 Dreamliner", "BOEING_787"),
            ],
        ),
        (
            En,
            "the international community and the Associated Press",
            &[
                ("international community", "INTERNATIONAL_COMMUNITY"),
                ("Associated Press", "ASSOCIATED_PRESS"),
            ],
        ),
        (
            Es,
            "la comunidad internacional y la pandemia de coronavirus",
            &[
                ("comunidad internacional", "INTERNATIONAL_COMMUNITY"),
                ("pandemia de coronavirus", "COVID_19"),
            ],
        ),
    ]);
}

#[test]
fn the_ids_of_the_bundled_gold_exist() {
    let l = lexicon();
    for id in [
        "USA",
        "CHN",
        "GBR",
        "CAN",
        "JPN",
        "AUS",
        "NZL",
        "RUS",
        "EU",
        "NATO",
        "WHITE_HOUSE",
        "JOE_BIDEN",
        "DOMINIC_RAAB",
        "*_MFA",
        "CHN_MSS",
        "INTERNATIONAL_COMMUNITY",
        "MICROSOFT_EXCHANGE",
        "SOLARWINDS",
        "ASSOCIATED_PRESS",
        "SOUTH_CHINA_SEA",
        "UYGHURS",
        "COVID_19",
        "WASHINGTON",
        "LONDON",
        "BEIJING",
    ] {
        assert!(l.lookup(id).is_some(), "{id}");
    }
}

#[test]
fn all_countries_and_enough_organisations() {
    let l = lexicon();
    let countries = (0..l.len() as u32)
        .map(|i| l.entity(i))
        .filter(|e| e.etype == crossclaim_core::EntityType::Gpe && e.id.len() == 3)
        .count();
    assert_eq!(countries, 249);
    let orgs = (0..l.len() as u32)
        .filter(|&i| l.entity(i).etype == crossclaim_core::EntityType::Org)
        .count();
    assert!(orgs >= 150, "{orgs}");
}

#[test]
fn never_panics_and_spans_stay_exact_on_odd_text() {
    let pieces = [
        "China",
        "EE.UU.",
        "Estados Unidos",
        "U.S.",
        "us",
        "Unio\u{301}n Europea",
        "İ",
        "ß",
        "ﬁ",
        "’s",
        "'",
        "-",
        ".",
        " ",
        "\n",
        "\u{301}",
        "\u{200d}",
        "😀",
        "日本",
        "Biden",
        "Joe Biden",
        "Bident",
        "Ministerio de Relaciones Exteriores",
        "chino",
        "Air Force",
        "USAF",
        "iPhone",
        "iPhone 4",
        "Çavuşoğlu",
        "ǅ",
        "Ω",
        "\u{0}",
        "\t",
        "quitó",
        "A380",
    ];
    let l = lexicon();
    let mut seed: u64 = 0x5eed;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for _ in 0..3000 {
        let n = next() % 12;
        let text: String = (0..n).map(|_| pieces[next() % pieces.len()]).collect();
        for lang in [Lang::En, Lang::Es] {
            let found = l.find(&text, lang);
            let mut last_end = 0;
            for f in &found {
                assert!(
                    text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end),
                    "{text:?}"
                );
                assert!(
                    f.span.start < f.span.end && f.span.start >= last_end,
                    "{text:?}"
                );
                last_end = f.span.end;
                assert!(!f.candidates.contains(&f.entity), "{text:?}");
            }
        }
    }
}
