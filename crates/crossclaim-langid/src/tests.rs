//! The identifier's behaviour as tables of cases: text in, language (or reason) out.
//! Every text here was written for these tests; none comes from an evaluation set.

use super::*;

fn id() -> LanguageIdentifier {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/langid/function_words.txt");
    LanguageIdentifier::from_file(&p).unwrap_or_else(|e| panic!("{e}"))
}

/// `en`, `es`, or for `und` the language detected.
fn label(info: &LangInfo) -> String {
    match info.lang {
        Lang::Und => info.detected.clone().unwrap_or_else(|| "none".to_owned()),
        l => l.code().to_owned(),
    }
}

#[test]
fn one_sentence_in_each_language() {
    let cases = [
        ("The United States and its allies accused China of the cyberattack on Monday.", "en"),
        ("Estados Unidos y sus aliados acusaron a China del ciberataque este lunes.", "es"),
        ("Les États-Unis et leurs alliés ont accusé la Chine de la cyberattaque lundi dernier.", "fra"),
        ("Os Estados Unidos e os seus aliados acusaram a China do ataque informático na segunda-feira.", "por"),
        ("Els Estats Units i els seus aliats han acusat la Xina del ciberatac d'aquest dilluns.", "cat"),
        ("Os Estados Unidos e os seus aliados acusaron a China do ciberataque nunha declaración.", "glg"),
        ("Los Estaos Xuníos y los sos aliaos acusaron a China del ciberataque, ye lo que dicen.", "ast"),
        ("Gli Stati Uniti e i loro alleati hanno accusato la Cina dell'attacco informatico di lunedì.", "ita"),
        ("Los Estats Units e lors aliats an acusat la China de l'atac informatic de diluns.", "oci"),
        ("Statele Unite și aliații lor au acuzat China de atacul cibernetic de luni.", "ron"),
        ("Die Vereinigten Staaten und ihre Verbündeten haben China des Cyberangriffs beschuldigt.", "deu"),
        ("De Verenigde Staten en hun bondgenoten hebben China beschuldigd van de cyberaanval.", "nld"),
        ("Estatu Batuek eta haien aliatuek Txina salatu dute eraso informatikoa dela eta.", "eus"),
        ("Usono kaj ĝiaj aliancanoj akuzis Ĉinion pri la ciberatako lundon.", "epo"),
        ("Stany Zjednoczone i ich sojusznicy oskarżyli Chiny o cyberatak w poniedziałek.", "pol"),
        ("Amerika Birleşik Devletleri ve müttefikleri siber saldırı için Çin'i suçladı.", "tur"),
        ("Соединённые Штаты и их союзники обвинили Китай в кибератаке в понедельник.", "rus"),
        ("اتهمت الولايات المتحدة وحلفاؤها الصين بالهجوم الإلكتروني يوم الاثنين.", "ara"),
    ];
    let id = id();
    for (text, want) in cases {
        let info = id.identify(text);
        assert_eq!(label(&info), want, "{text}: {info:?}");
        if info.lang == Lang::Und {
            assert!(
                info.reason
                    .as_deref()
                    .is_some_and(|r| r.starts_with("unsupported language: ")),
                "{text}: {info:?}"
            );
        }
    }
}

#[test]
fn whole_documents() {
    let cases = [
        (
            "The government announced on Tuesday that it would raise the minimum wage next year. \
             Officials said the increase was needed to help families cope with the rising cost of \
             living, but business groups warned that it could cost jobs in small companies.",
            "en",
        ),
        (
            "El Gobierno anunció el martes que subirá el salario mínimo el próximo año. Según \
             fuentes oficiales, el aumento es necesario para que las familias puedan hacer frente \
             al alza del coste de la vida, aunque las patronales advirtieron de que podría \
             destruir empleo en las pequeñas empresas.",
            "es",
        ),
        (
            "O Goberno anunciou o martes que subirá o salario mínimo o ano que vén. Segundo \
             fontes oficiais, o aumento é necesario para que as familias poidan facer fronte á \
             suba do custo da vida, aínda que as patronais advertiron de que podería destruír \
             emprego nas pequenas empresas.",
            "glg",
        ),
        (
            "O Governo anunciou na terça-feira que vai aumentar o salário mínimo no próximo ano. \
             Segundo fontes oficiais, o aumento é necessário para que as famílias possam enfrentar \
             a subida do custo de vida, embora as associações patronais tenham avisado que pode \
             destruir empregos nas pequenas empresas.",
            "por",
        ),
        (
            "El Govern va anunciar dimarts que apujarà el salari mínim l'any vinent. Segons fonts \
             oficials, l'augment és necessari perquè les famílies puguin fer front a l'encariment \
             de la vida, tot i que les patronals van advertir que podria destruir ocupació a les \
             petites empreses.",
            "cat",
        ),
        (
            "El Gobiernu anunció el martes que va xubir el salariu mínimu l'añu que vien. Según \
             fontes oficiales, l'aumentu ye necesariu pa que les families puedan facer frente a la \
             xubida del costu de la vida, anque les patronales avisaron de que podría destruyir \
             emplegu nes pequeñes empreses.",
            "ast",
        ),
        (
            "Il governo ha annunciato martedì che aumenterà il salario minimo il prossimo anno. \
             Secondo fonti ufficiali, l'aumento è necessario perché le famiglie possano far fronte \
             all'aumento del costo della vita, anche se le associazioni di imprese hanno avvertito \
             che potrebbe distruggere posti di lavoro nelle piccole aziende.",
            "ita",
        ),
        (
            "Le gouvernement a annoncé mardi qu'il augmenterait le salaire minimum l'an prochain. \
             Selon des sources officielles, la hausse est nécessaire pour que les familles puissent \
             faire face à la hausse du coût de la vie, mais le patronat a averti qu'elle pourrait \
             détruire des emplois dans les petites entreprises.",
            "fra",
        ),
    ];
    let id = id();
    for (text, want) in cases {
        let info = id.identify(text);
        assert_eq!(label(&info), want, "{text}: {info:?}");
        assert!(info.confidence > 0.99, "{text}: {info:?}");
    }
}

/// A song refrain (`na na na`, Galician and Portuguese `na` = `en la`) made a Spanish paragraph
/// Asturian: a word repeating the one before it counts once.
#[test]
fn regression_repeated_words_count_once() {
    let text = "Pitbull dijo que la canción se llamará Movimiento, na na na na na na na na na na \
                na na, y que será un éxito en todo el mundo este verano.";
    assert_eq!(id().identify(text).lang, Lang::Es);
}

#[test]
fn short_texts_with_few_function_words() {
    // What decides them: spelling cues, and the head start of the supported languages when a
    // text reads the same in Spanish and a neighbour.
    let cases = [
        ("Quarterly earnings beat expectations", "en"),
        ("Annual report of the finance committee", "en"),
        ("Shipping and handling charges apply.", "en"),
        ("Precio razonable, atención excelente.", "es"),
        ("Dirección general de tráfico", "es"),
        ("¿Quién ganó el partido?", "es"),
        ("Mañana llegará la solución.", "es"),
        ("Xuntanza da xunta directiva mañá.", "glg"),
        ("Sessió informativa sobre la llei d'habitatge.", "cat"),
        ("Atualização das condições de utilização.", "por"),
        ("Aggiornamento della pagina principale.", "ita"),
        ("Mise à jour du règlement intérieur.", "fra"),
    ];
    let id = id();
    for (text, want) in cases {
        let info = id.identify(text);
        assert_eq!(label(&info), want, "{text}: {info:?}");
    }
}

#[test]
fn too_short_is_und_with_the_reason() {
    let id = id();
    for text in ["", "   ", "Hola", "OK, thanks", "12 345 678 — 9", "¿Sí?"] {
        let info = id.identify(text);
        assert_eq!(info.lang, Lang::Und, "{text:?}");
        assert!(
            info.reason
                .as_deref()
                .is_some_and(|r| r.starts_with("too short")),
            "{text:?}: {info:?}"
        );
        assert_eq!(info.detected, None);
    }
}

#[test]
fn confidence_grows_with_evidence() {
    let id = id();
    let short = id.identify("Precio razonable, atención excelente.");
    let long = id.identify(
        "El Gobierno aprobó ayer una reforma que, según los sindicatos, no resuelve los \
         problemas de los trabajadores y que la oposición considera insuficiente.",
    );
    assert_eq!((short.lang, long.lang), (Lang::Es, Lang::Es));
    assert!(short.confidence < long.confidence, "{short:?} {long:?}");
    assert!(long.confidence > 0.99);
    assert!((0.0..=1.0).contains(&short.confidence));
}

/// Issue 3: the Asturian declaration was accepted as Spanish. Asturian is told apart by its
/// own function words (`ye`, `nun`, `pa`, `tamién`, `dende`) and morphology (-u, -dá).
#[test]
fn regression_asturian_is_not_spanish() {
    let text = "El gobiernu d'Asturies aprobó güei un plan nuevu pa los conceyos de la marina. \
                La conseyera dixo que ye una midida necesaria y que nun va haber más retrasos, \
                porque la xente yá esperó abondo dende l'añu pasáu. Tamién anunció que la \
                universidá va tener un centru nuevu.";
    let info = id().identify(text);
    assert_eq!(label(&info), "ast", "{info:?}");
}

/// Issue 3: Galician sentences often passed as Spanish.
#[test]
fn regression_galician_with_one_galician_word_is_not_spanish() {
    let id = id();
    for text in [
        "Non hai data para a reunión.",
        "A xente pide máis transparencia.",
        "Presentación do libro na biblioteca municipal.",
        "Foi unha decisión difícil para todos.",
    ] {
        let info = id.identify(text);
        assert_eq!(label(&info), "glg", "{text}: {info:?}");
    }
}

#[test]
fn a_quotation_does_not_change_the_document() {
    let id = id();
    let text =
        "El ministro de Exteriores compareció ayer ante la prensa para explicar la posición \
                del Gobierno sobre las sanciones.\n\n\
                \"We will not accept any agreement that leaves our partners without a voice,\" \
                said the spokesman of the delegation.\n\n\
                Según el ministro, las negociaciones continuarán la próxima semana en Bruselas \
                y no se descarta un acuerdo parcial antes de fin de mes.";
    assert_eq!(id.identify(text).lang, Lang::Es);
}

/// `foreign_spans`: text in, (span text, label) out.
#[test]
fn foreign_spans_table() {
    let es1 = "El Gobierno aprobó ayer una reforma que, según los sindicatos, no resuelve los \
               problemas de los trabajadores.";
    let es2 = "La oposición anunció que presentará un recurso ante el Tribunal Constitucional \
               en los próximos días.";
    let en1 =
        "\"This reform does not address the concerns that the workers have raised for years,\" \
               the union leader said.";
    let en2 = "The central bank kept interest rates unchanged on Thursday, citing the uncertainty \
               over energy prices.";
    let ca1 = "El Govern ha aprovat avui una reforma que, segons els sindicats, no resol els \
               problemes dels treballadors.";
    let fr1 = "Le gouvernement a adopté hier une réforme qui, selon les syndicats, ne règle pas \
               les problèmes des travailleurs.";
    let pl1 = "Rząd przyjął wczoraj projekt ustawy o ochronie danych osobowych, który trafi \
               teraz do Sejmu.";
    let ru1 = "Правительство вчера одобрило законопроект о защите персональных данных, который \
               теперь поступит в парламент.";
    /// Document text, its language, and the (span text, label) pairs expected.
    type Case<'a> = (String, Lang, Vec<(&'a str, &'a str)>);
    let cases: Vec<Case> = vec![
        // A pure document lists nothing.
        (format!("{es1}\n\n{es2}"), Lang::Es, vec![]),
        (format!("{en2}\n{en1}"), Lang::En, vec![]),
        // An English quotation in a Spanish article, as its own paragraph.
        (
            format!("{es1}\n\n{en1}\n\n{es2}"),
            Lang::Es,
            vec![(en1, "en")],
        ),
        // One paragraph per line works too; spans are trimmed.
        (
            format!("{es1}\n   {en1}  \n{es2}"),
            Lang::Es,
            vec![(en1, "en")],
        ),
        // A Spanish paragraph in an English article.
        (format!("{en2}\n\n{es2}"), Lang::En, vec![(es2, "es")]),
        // A Catalan paragraph in a Spanish article: unsupported, with its language.
        (
            format!("{es1}\n\n{ca1}\n\n{es2}"),
            Lang::Es,
            vec![(ca1, "cat")],
        ),
        // A short English line is too short to judge.
        (
            format!("{es1}\n\nThank you very much.\n\n{es2}"),
            Lang::Es,
            vec![],
        ),
        // In a document of another language, the supported paragraphs are listed.
        (format!("{fr1}\n\n{es2}"), Lang::Und, vec![(es2, "es")]),
        // A paragraph in a language only whatlang knows.
        (
            format!("{es1}\n\n{pl1}\n\n{es2}"),
            Lang::Es,
            vec![(pl1, "pol")],
        ),
        // Another script.
        (format!("{en2}\n\n{ru1}"), Lang::En, vec![(ru1, "rus")]),
    ];
    let id = id();
    for (text, doc, want) in cases {
        let got: Vec<(&str, String)> = id
            .foreign_spans(&text, doc)
            .iter()
            .map(|(span, info)| (&text[span.start..span.end], label(info)))
            .collect();
        let want: Vec<(&str, String)> = want.into_iter().map(|(t, l)| (t, l.to_owned())).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn foreign_spans_are_bounded() {
    let mut id = id();
    id.spans_max_bytes = 300;
    let en = "The central bank kept interest rates unchanged on Thursday, citing the uncertainty \
              over energy prices.";
    let es = "El Gobierno aprobó ayer una reforma que, según los sindicatos, no resuelve los \
              problemas de los trabajadores.";
    let text = format!("{es}\n{es}\n{es}\n{en}\n{en}");
    // The budget runs out before the English paragraphs.
    assert!(id.foreign_spans(&text, Lang::Es).is_empty());
}

/// Nothing panics, spans sit on char boundaries and are trimmed, confidences are in [0, 1].
#[test]
fn no_panics_on_any_input() {
    let id = id();
    let alphabet: Vec<char> =
        "aeiouñçãl·'’-¿¡ \n\r\t.,;:!?\"«»0123456789ÁéЖж中ا\u{301}\u{0}\u{feff}é-'xqu"
            .chars()
            .collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for round in 0..2000 {
        let len = (round * 7) % 300;
        let mut text = String::new();
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        let info = id.identify(&text);
        assert!((0.0..=1.0).contains(&info.confidence), "{text:?}: {info:?}");
        for doc in [Lang::En, Lang::Es, Lang::Und] {
            for (span, info) in id.foreign_spans(&text, doc) {
                let s = &text[span.start..span.end];
                assert_eq!(s, s.trim(), "{text:?}");
                assert!((0.0..=1.0).contains(&info.confidence));
            }
        }
    }
    let long = "palabra ".repeat(200_000);
    assert_eq!(id.identify(&long).lang, Lang::Und);
    let _ = id.foreign_spans(&long, Lang::Es);
    let _ = id.identify(&"\u{301}".repeat(50));
    let _ = id.identify(&"é".repeat(5000));
}

#[test]
fn prefix_respects_char_boundaries() {
    assert_eq!(prefix("añb", 2), "a");
    assert_eq!(prefix("añb", 3), "añ");
    assert_eq!(word_boundary_after("ab cd", 1), 2);
    assert_eq!(word_boundary_after("ab cd", 9), 5);
}

#[test]
fn the_shipped_lexicons_parse_and_model_the_confusable_languages() {
    let id = id();
    let langs: Vec<&str> = id.languages().collect();
    for code in [
        "eng", "spa", "por", "glg", "ast", "cat", "oci", "ita", "fra", "ron",
    ] {
        assert!(langs.contains(&code), "{code}");
    }
}

/// `top_two` of `f32` scores picks what it picks of the same scores widened to `f64`, on
/// score lists with ties, zeros and fractions of every length up to 8.
#[test]
fn top_two_reads_f32_scores_as_their_f64_widening() {
    let values = [0.0f32, 1.0, 2.5, 2.5, 0.1, 3.0];
    let mut state = 0x1234_5678_u32;
    for _ in 0..5000 {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let n = 1 + (state % 8) as usize;
        let scores: Vec<f32> = (0..n)
            .map(|k| values[((state >> (3 * k)) % 6) as usize])
            .collect();
        let wide: Vec<f64> = scores.iter().map(|&s| f64::from(s)).collect();
        assert_eq!(top_two(&scores), top_two(&wide), "{scores:?}");
    }
}
