//! The splitter's behaviour as tables of text in, sentences out, one table per phenomenon
//! (issue 4), with the real lexicons of `lexicons/abbrev`.

use std::path::Path;

use crossclaim_core::Lang;
use crossclaim_segment::{Quotations, Segmenter};

use Lang::{En, Es};

fn segmenter() -> Segmenter {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/abbrev");
    match Segmenter::from_dir(&dir) {
        Ok(s) => s,
        Err(e) => panic!("abbreviation lexicon: {e}"),
    }
}

type Table<'a> = &'a [(Lang, &'a str, &'a [&'a str])];

fn check(seg: &Segmenter, table: Table) {
    let mut failures = Vec::new();
    for (lang, text, want) in table {
        let spans = seg.split(text, *lang);
        let got: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        if got != *want {
            failures.push(format!("{text:?}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The cases the splitter had before issue 4; they still hold.
#[test]
fn original_table() {
    check(
        &segmenter(),
        &[
            (
                Es,
                "Estados Unidos.- El gobierno culpó a China. Pekín lo niega.",
                &[
                    "Estados Unidos.- El gobierno culpó a China.",
                    "Pekín lo niega.",
                ],
            ),
            (
                Es,
                "El Sr. Pérez y la Dra. López llegaron. Luego hablaron.",
                &["El Sr. Pérez y la Dra. López llegaron.", "Luego hablaron."],
            ),
            (
                Es,
                "Lo dijo EE.UU. y China lo negó. El resto calló.",
                &["Lo dijo EE.UU. y China lo negó.", "El resto calló."],
            ),
            (
                Es,
                "Más de 30.000 equipos, p. ej. servidores, fueron atacados.",
                &["Más de 30.000 equipos, p. ej. servidores, fueron atacados."],
            ),
            (
                En,
                "Mr. Smith met Gen. Milley in Washington. They talked.",
                &["Mr. Smith met Gen. Milley in Washington.", "They talked."],
            ),
            (
                En,
                "The U.S. Navy said so. The U.S. It said no.",
                &["The U.S. Navy said so.", "The U.S.", "It said no."],
            ),
            (
                En,
                "It cost 3.5 million. See No. 5 for details.",
                &["It cost 3.5 million.", "See No. 5 for details."],
            ),
            (
                En,
                "J. K. Rowling wrote it. She said, ‘It is done. We won.’ Then she left.",
                &[
                    "J. K. Rowling wrote it.",
                    "She said, ‘It is done.",
                    "We won.’",
                    "Then she left.",
                ],
            ),
            (
                En,
                "Headline without a stop\nThe body starts here. Ends here.",
                &[
                    "Headline without a stop",
                    "The body starts here.",
                    "Ends here.",
                ],
            ),
            (
                En,
                "A hard-wrapped sentence that goes\non to the next line. Next.",
                &[
                    "A hard-wrapped sentence that goes\non to the next line.",
                    "Next.",
                ],
            ),
            (
                En,
                "Click below:\nhttps://twitter.com/WW3Info | |\nhttps://www.facebook.com/WW3Info |",
                &[
                    "Click below:",
                    "https://twitter.com/WW3Info | |",
                    "https://www.facebook.com/WW3Info |",
                ],
            ),
            (
                Es,
                "“Es una amenaza”, reza el comunicado\n\nTrabajar juntos ayuda.",
                &[
                    "“Es una amenaza”, reza el comunicado",
                    "Trabajar juntos ayuda.",
                ],
            ),
        ],
    );
}

#[test]
fn abbreviations_and_titles() {
    check(
        &segmenter(),
        &[
            (
                En,
                "Sen. Warren and Rep. Ocasio-Cortez met Lt. Gen. Smith. They spoke.",
                &[
                    "Sen. Warren and Rep. Ocasio-Cortez met Lt. Gen. Smith.",
                    "They spoke.",
                ],
            ),
            (
                En,
                "He works for Acme Inc. and lives in Springfield. Acme Inc. It grew.",
                &[
                    "He works for Acme Inc. and lives in Springfield.",
                    "Acme Inc.",
                    "It grew.",
                ],
            ),
            (
                En,
                "There were 500 cases in the U.S. The U.S. Commission asked the U.S. Government.",
                &[
                    "There were 500 cases in the U.S.",
                    "The U.S. Commission asked the U.S. Government.",
                ],
            ),
            (
                En,
                "The vote is on Jan. 20 in Washington, D.C. Millions will watch.",
                &[
                    "The vote is on Jan. 20 in Washington, D.C.",
                    "Millions will watch.",
                ],
            ),
            (
                En,
                "Apples, pears, etc. They all fell. See p. 55 and No. 5, e.g. the first one.",
                &[
                    "Apples, pears, etc.",
                    "They all fell.",
                    "See p. 55 and No. 5, e.g. the first one.",
                ],
            ),
            (
                En,
                "The talks start at 10 a.m. Tuesday. They end at 6 p.m. Travelers left later.",
                &[
                    "The talks start at 10 a.m. Tuesday.",
                    "They end at 6 p.m.",
                    "Travelers left later.",
                ],
            ),
            (
                En,
                "At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Mr. Smith then left.",
                &[
                    "At 5 a.m. Mr. Smith went to the bank.",
                    "He left at 6 P.M.",
                    "Mr. Smith then left.",
                ],
            ),
            (
                En,
                "The nurse gave him the i.v. in his vein. She gave him the i.v. It was night.",
                &[
                    "The nurse gave him the i.v. in his vein.",
                    "She gave him the i.v.",
                    "It was night.",
                ],
            ),
            (
                En,
                "He has a Ph.D.-level training. JFK Jr.'s book is on sale.",
                &["He has a Ph.D.-level training.", "JFK Jr.'s book is on sale."],
            ),
            (
                Es,
                "Hola Srta. Ledesma. Buenos días, soy el Lic. Naser, y él es el Dr. Naser.",
                &[
                    "Hola Srta. Ledesma.",
                    "Buenos días, soy el Lic. Naser, y él es el Dr. Naser.",
                ],
            ),
            (
                Es,
                "La cita es el Mar. 23 de Nov. de 2014. Gracias.",
                &["La cita es el Mar. 23 de Nov. de 2014.", "Gracias."],
            ),
            (
                Es,
                "Lean los párr. 5 y 6 del art. 4 y el cap. IX de la constitución de los EE. UU. \
                 El resto, s. XIV.",
                &[
                    "Lean los párr. 5 y 6 del art. 4 y el cap. IX de la constitución de los EE. UU.",
                    "El resto, s. XIV.",
                ],
            ),
            (
                Es,
                "Cebolla, ajo, calabaza, etc. Compramos en la frutería. Fue en EE.UU. El lunes.",
                &[
                    "Cebolla, ajo, calabaza, etc.",
                    "Compramos en la frutería.",
                    "Fue en EE.UU.",
                    "El lunes.",
                ],
            ),
            (
                Es,
                "Son de 1 g. Han llegado. Disponían de 1 min. para responder. Admón. es eso.",
                &[
                    "Son de 1 g.",
                    "Han llegado.",
                    "Disponían de 1 min. para responder.",
                    "Admón. es eso.",
                ],
            ),
        ],
    );
}

#[test]
fn initials_and_single_letters() {
    check(
        &segmenter(),
        &[
            (
                En,
                "His name is Alfred E. Sloan. We make a good team, you and I. Did you see Albert I. Jones?",
                &[
                    "His name is Alfred E. Sloan.",
                    "We make a good team, you and I.",
                    "Did you see Albert I. Jones?",
                ],
            ),
            (
                En,
                "I went to J.C. Penney. It was closed.",
                &["I went to J.C. Penney.", "It was closed."],
            ),
            (
                Es,
                "A la atención de À. Comes. El jesuita J.E. Nithard y G.Oueddei llegaron.",
                &[
                    "A la atención de À. Comes.",
                    "El jesuita J.E. Nithard y G.Oueddei llegaron.",
                ],
            ),
        ],
    );
}

#[test]
fn numbers_in_both_conventions() {
    check(
        &segmenter(),
        &[
            (
                En,
                "Over 30,000 organisations were hit. It cost $3.5bn, or 3.5 per cent. That is a lot.",
                &[
                    "Over 30,000 organisations were hit.",
                    "It cost $3.5bn, or 3.5 per cent.",
                    "That is a lot.",
                ],
            ),
            (
                En,
                "I have 1.000.00. Yay $.50 and .50! That's 600. She has $100.00. It is here.",
                &[
                    "I have 1.000.00.",
                    "Yay $.50 and .50!",
                    "That's 600.",
                    "She has $100.00.",
                    "It is here.",
                ],
            ),
            (
                Es,
                "Más de 30.000 equipos costaron 3,5 millones. ¡La casa cuesta $170.500.000,00! Bien.",
                &[
                    "Más de 30.000 equipos costaron 3,5 millones.",
                    "¡La casa cuesta $170.500.000,00!",
                    "Bien.",
                ],
            ),
            (
                Es,
                "1 + 1 es 2. 2 + 2 es 4. Hoy es 27/04/2014. Son 20.55m². El resto 120.5°C.",
                &[
                    "1 + 1 es 2.",
                    "2 + 2 es 4.",
                    "Hoy es 27/04/2014.",
                    "Son 20.55m².",
                    "El resto 120.5°C.",
                ],
            ),
        ],
    );
}

#[test]
fn ellipses() {
    check(
        &segmenter(),
        &[
            (
                En,
                "This is e.g. Mr. Smith, who talks slowly... And this is another sentence.",
                &[
                    "This is e.g. Mr. Smith, who talks slowly...",
                    "And this is another sentence.",
                ],
            ),
            (
                En,
                "Don't split... well you know. I never meant that.... She left.",
                &[
                    "Don't split... well you know.",
                    "I never meant that....",
                    "She left.",
                ],
            ),
            (
                En,
                "The thing is . . . I didn’t mean it. It was weakened . . . was it not?",
                &[
                    "The thing is . . . I didn’t mean it.",
                    "It was weakened . . . was it not?",
                ],
            ),
            (
                En,
                "It was combining words. . . . The practice was not abandoned. . . .",
                &[
                    "It was combining words.",
                    ". . . The practice was not abandoned. . . .",
                ],
            ),
            (
                Es,
                "Entonces… apareció él. Entonces… Apareció ella. Y se fue...",
                &[
                    "Entonces… apareció él.",
                    "Entonces…",
                    "Apareció ella.",
                    "Y se fue...",
                ],
            ),
            (
                En,
                "\"Bohr [...] used the analogy [...]\" (Smith 55). The sentence (...) ends here.",
                &[
                    "\"Bohr [...] used the analogy [...]\" (Smith 55).",
                    "The sentence (...) ends here.",
                ],
            ),
        ],
    );
}

#[test]
fn datelines() {
    check(
        &segmenter(),
        &[
            (
                Es,
                "Madrid.- El Sr. Pérez habló. Luego se fue.",
                &["Madrid.- El Sr. Pérez habló.", "Luego se fue."],
            ),
            (
                Es,
                "Santander, 25 may (EFE). - Izquierda Unida presentó hoy su boletín. Es nuevo.",
                &[
                    "Santander, 25 may (EFE). - Izquierda Unida presentó hoy su boletín.",
                    "Es nuevo.",
                ],
            ),
            (
                Es,
                "Melbourne (Australia), 25 may (EFE). El Abogado General habló hoy.",
                &["Melbourne (Australia), 25 may (EFE). El Abogado General habló hoy."],
            ),
            (
                En,
                "WASHINGTON (AP) — The president spoke. He left.",
                &["WASHINGTON (AP) — The president spoke.", "He left."],
            ),
            (
                En,
                "LONDON. — The talks failed. They resume Monday.",
                &["LONDON. — The talks failed.", "They resume Monday."],
            ),
            (
                En,
                "Washington/London/Beijing: The United States accused China. China denied it.",
                &[
                    "Washington/London/Beijing: The United States accused China.",
                    "China denied it.",
                ],
            ),
        ],
    );
}

#[test]
fn quotation_marks() {
    check(
        &segmenter(),
        &[
            (
                En,
                "She turned to him, \"This is great.\" she said. She turned to him, 'This is great.' she said.",
                &[
                    "She turned to him, \"This is great.\" she said.",
                    "She turned to him, 'This is great.' she said.",
                ],
            ),
            (
                En,
                "She turned to him, “This is great.” She held the book out.",
                &["She turned to him, “This is great.”", "She held the book out."],
            ),
            (
                En,
                "Hello. 'This is a test of single quotes.' A new sentence.",
                &["Hello.", "'This is a test of single quotes.'", "A new sentence."],
            ),
            (
                En,
                "I wrote this in the ’nineties. It’s the dragon’s blood. It grows in Apulia’s hills.",
                &[
                    "I wrote this in the ’nineties.",
                    "It’s the dragon’s blood.",
                    "It grows in Apulia’s hills.",
                ],
            ),
            (
                En,
                "'Leave me alone!,' he yelled. \"Here he comes!\". That's what he said.",
                &[
                    "'Leave me alone!,' he yelled.",
                    "\"Here he comes!\".",
                    "That's what he said.",
                ],
            ),
            (
                Es,
                "«Ninguna mente está exenta de demencia.», dijo Aristóteles. Pablo, ¿adónde vas? ¡¿Qué viste?!",
                &[
                    "«Ninguna mente está exenta de demencia.», dijo Aristóteles.",
                    "Pablo, ¿adónde vas?",
                    "¡¿Qué viste?!",
                ],
            ),
            (
                Es,
                "¿Cómo está hoy? Espero que muy bien. ¡Hola señorita! De esta manera se consagró ¡Campeón mundial!",
                &[
                    "¿Cómo está hoy?",
                    "Espero que muy bien.",
                    "¡Hola señorita!",
                    "De esta manera se consagró ¡Campeón mundial!",
                ],
            ),
            (
                En,
                "Two began, \"we should all have our heads cut off, you know, to--\" At this moment, Five called out.",
                &[
                    "Two began, \"we should all have our heads cut off, you know, to--\"",
                    "At this moment, Five called out.",
                ],
            ),
            (
                En,
                "\"We will not back down,\" she said. “It is over.” (Reuters) Markets fell.",
                &[
                    "\"We will not back down,\" she said.",
                    "“It is over.” (Reuters) Markets fell.",
                ],
            ),
        ],
    );
}

/// SPEC §6: a quotation of several sentences is split, the closing mark goes with the last.
/// With `Quotations::Whole` (the Golden Rules convention) it stays whole.
#[test]
fn quotations_split_or_whole() {
    let table: Table = &[
        (
            En,
            "He said, ‘China is worse. The regime is providing refuge.’ Biden also spoke.",
            &[
                "He said, ‘China is worse.",
                "The regime is providing refuge.’",
                "Biden also spoke.",
            ],
        ),
        (
            Es,
            "Dijo: «No lo haremos. Nunca.» Luego se fue.",
            &["Dijo: «No lo haremos.", "Nunca.»", "Luego se fue."],
        ),
    ];
    check(&segmenter(), table);
    let whole = segmenter().with_quotations(Quotations::Whole);
    check(
        &whole,
        &[
            (
                En,
                "He said, ‘China is worse. The regime is providing refuge.’ Biden also spoke.",
                &[
                    "He said, ‘China is worse. The regime is providing refuge.’",
                    "Biden also spoke.",
                ],
            ),
            (
                Es,
                "Dijo: «No lo haremos. Nunca.» Luego se fue.",
                &["Dijo: «No lo haremos. Nunca.»", "Luego se fue."],
            ),
            (
                En,
                "\"Dinah'll miss me!\" (Dinah was the cat.) \"I hope they'll remember. Dinah, my dear!\"",
                &[
                    "\"Dinah'll miss me!\"",
                    "(Dinah was the cat.)",
                    "\"I hope they'll remember. Dinah, my dear!\"",
                ],
            ),
        ],
    );
}

#[test]
fn urls_emails_and_file_names() {
    check(
        &segmenter(),
        &[
            (
                En,
                "Her email is Jane.Doe@example.com. I sent her an email.",
                &["Her email is Jane.Doe@example.com.", "I sent her an email."],
            ),
            (
                En,
                "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
                &[
                    "The site is: https://www.example.50.com/new-site/awesome_content.html.",
                    "Please check it out.",
                ],
            ),
            (
                En,
                "Visit www.testurl.Awesome.com or http://testurl.Awesome.com today. Files come as .zip files.",
                &[
                    "Visit www.testurl.Awesome.com or http://testurl.Awesome.com today.",
                    "Files come as .zip files.",
                ],
            ),
        ],
    );
}

#[test]
fn list_items() {
    check(
        &segmenter(),
        &[
            (
                En,
                "1.) The first item 2.) The second item",
                &["1.) The first item", "2.) The second item"],
            ),
            (
                En,
                "a. The first item b. The second item c. The third list item",
                &[
                    "a. The first item",
                    "b. The second item",
                    "c. The third list item",
                ],
            ),
            (
                En,
                "• 9. The first item • 10. The second item",
                &["• 9. The first item", "• 10. The second item"],
            ),
            (
                En,
                "They went to the store. w) hello x) hello y) hello",
                &[
                    "They went to the store.",
                    "w) hello",
                    "x) hello",
                    "y) hello",
                ],
            ),
            (
                En,
                "(i) Hello world. \n(ii) Hello world.\n(iii) Hello world.",
                &[
                    "(i) Hello world.",
                    "(ii) Hello world.",
                    "(iii) Hello world.",
                ],
            ),
            (
                En,
                "Q. What is his name? A. His name is Alfred E. Sloan.",
                &["Q. What is his name?", "A. His name is Alfred E. Sloan."],
            ),
            (
                Es,
                "La lista: 1.Helado, 2.Carne, 3.Arroz. ¿Cuánto costará? Quizás $12.5.",
                &[
                    "La lista: 1.Helado, 2.Carne, 3.Arroz.",
                    "¿Cuánto costará?",
                    "Quizás $12.5.",
                ],
            ),
            (
                Es,
                "• 1. Busca atención prenatal \n• 2. Aliméntate bien \n• 3. Descansa",
                &[
                    "• 1. Busca atención prenatal",
                    "• 2. Aliméntate bien",
                    "• 3. Descansa",
                ],
            ),
        ],
    );
}

#[test]
fn lines_without_final_punctuation() {
    check(
        &segmenter(),
        &[
            (
                En,
                "Biden blames China for hack\nBy Jane Doe, Reuters\n\nThe US accused China on Monday.",
                &[
                    "Biden blames China for hack",
                    "By Jane Doe, Reuters",
                    "The US accused China on Monday.",
                ],
            ),
            (
                En,
                "features\ncontact manager\nevents, activities\n",
                &["features", "contact manager", "events, activities"],
            ),
            (
                En,
                "Hello world.\rThe second line\r\nThe third line",
                &["Hello world.", "The second line", "The third line"],
            ),
            (
                Es,
                "Señores: \nEMBAJADA DE UNITED KINGDOM \n",
                &["Señores:", "EMBAJADA DE UNITED KINGDOM"],
            ),
        ],
    );
}

#[test]
fn boilerplate_lines() {
    check(
        &segmenter(),
        &[
            (
                En,
                "\n3\n\nIntroduction\n\n",
                &["Introduction"],
            ),
            (
                Es,
                "\n__________\nEl Board no discrimina.\n* * *\n",
                &["El Board no discrimina."],
            ),
            (
                En,
                "////////Header starts here\r/////////",
                &["Header starts here"],
            ),
            (
                En,
                "<h2 class=\"lined\">Hello</h2>\n<p>This is a test. Another test.</p>\n<div><p>\n</p></div>",
                &["Hello", "This is a test.", "Another test."],
            ),
            (
                En,
                "Hello World. \\r\\n Hello.",
                &["Hello World.", "Hello."],
            ),
        ],
    );
}

#[test]
fn glued_sentences_and_references() {
    check(
        &segmenter(),
        &[
            (
                En,
                "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
                &[
                    "Hello world.",
                    "Today is Tuesday.",
                    "Mr. Smith went to the store and bought 1,000.",
                    "That is a lot.",
                ],
            ),
            (
                En,
                "This is a sentence.Isn't it?Yes, it is. James is from Ireland!He lives here.",
                &[
                    "This is a sentence.",
                    "Isn't it?",
                    "Yes, it is.",
                    "James is from Ireland!",
                    "He lives here.",
                ],
            ),
            (
                En,
                "Saint Maximus is a martyr.[1] The emperor ruled.[7][8] It was a gap.11 12 Take this.",
                &[
                    "Saint Maximus is a martyr.[1]",
                    "The emperor ruled.[7][8]",
                    "It was a gap.11 12",
                    "Take this.",
                ],
            ),
            (
                En,
                "She works at Yahoo! in the accounting department. He speaks !Xũ and !Kung.",
                &[
                    "She works at Yahoo! in the accounting department.",
                    "He speaks !Xũ and !Kung.",
                ],
            ),
            (
                En,
                "A test.\u{a0}Another test. It works (really!). No doubt. It [really!] works.",
                &[
                    "A test.\u{a0}Another test.",
                    "It works (really!).",
                    "No doubt.",
                    "It [really!] works.",
                ],
            ),
            (
                En,
                "Hello!! Long time. Hello?! Is that you? Unbelievable??!?!",
                &["Hello!!", "Long time.", "Hello?!", "Is that you?", "Unbelievable??!?!"],
            ),
        ],
    );
}

#[test]
fn punctuation_only_texts_are_one_sentence() {
    check(
        &segmenter(),
        &[
            (En, ".", &["."]),
            (En, "..", &[".."]),
            (En, ". . .", &[". . ."]),
            (En, "! ! !", &["! ! !"]),
            (En, "??", &["??"]),
            (En, "", &[]),
            (En, " \n\t ", &[]),
        ],
    );
}

#[test]
fn spans_are_trimmed_ordered_and_disjoint() {
    let text = "  One.  Two!\n\n  Three?  ";
    let spans = segmenter().split(text, En);
    assert_eq!(spans.len(), 3);
    for w in spans.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    for s in spans {
        let t = &text[s.start..s.end];
        assert_eq!(t, t.trim());
    }
}

/// A small deterministic generator of nasty texts: every span must be non-empty, trimmed, on
/// char boundaries, in order and disjoint, whatever the input. `SEGMENT_FUZZ=N` runs N texts
/// (default 3000) and `SEGMENT_FUZZ_SEED` changes the sequence.
#[test]
fn any_input_gives_well_formed_spans() {
    const PIECES: &[&str] = &[
        "a", "Z", "é", "ß", "5", "10", " ", "  ", "\n", "\n\n", "\r", "\t", ".", "..", "...", "…",
        "!", "?", "¿", "¡", "“", "”", "‘", "’", "'", "\"", "«", "»", "(", ")", "[", "]", "-", "--",
        "—", "•", "1.", "a)", "(iv)", "Mr.", "U.S.", "etc.", "p. ej.", "EE. UU.", "http://",
        "www.", "@", "<p>", "</p>", "&lt;", "&gt;", "____", "////", "\u{a0}", "\u{2028}", "\u{85}",
        "。", "．", "？", "\u{0}", "\u{2}", "🙂", "的", "\\r\\n", "The", "el", "(EFE)", "0.5",
    ];
    let seg = segmenter();
    let whole = segmenter().with_quotations(Quotations::Whole);
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<u64>().ok());
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15 ^ env("SEGMENT_FUZZ_SEED").unwrap_or(0);
    for _ in 0..env("SEGMENT_FUZZ").unwrap_or(3000) {
        let mut text = String::new();
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let n = (state % 40) as usize;
        for _ in 0..n {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
        }
        for s in [&seg, &whole] {
            for lang in [En, Es, Lang::Und] {
                let spans = s.split(&text, lang);
                let mut last = 0;
                for sp in &spans {
                    assert!(sp.start < sp.end, "{text:?}: empty span {sp:?}");
                    assert!(sp.start >= last, "{text:?}: {spans:?} overlap");
                    let t = match text.get(sp.start..sp.end) {
                        Some(t) => t,
                        None => panic!("{text:?}: {sp:?} off a char boundary"),
                    };
                    assert_eq!(t, t.trim(), "{text:?}");
                    last = sp.end;
                }
            }
        }
    }
}

/// Long inputs of one kind of character stay linear (a quadratic scan would not finish).
#[test]
fn long_degenerate_inputs() {
    let seg = segmenter();
    let whole = segmenter().with_quotations(Quotations::Whole);
    let cases = [
        "a".repeat(1 << 20),
        "word ".repeat(200_000),
        ".".repeat(1 << 20),
        "! ".repeat(300_000),
        ". ".repeat(300_000),
        "“".repeat(200_000),
        "(".repeat(300_000) + &")".repeat(300_000),
        " ".repeat(1 << 20) + "x",
        "\n".repeat(1 << 20),
        "1. ".repeat(200_000),
        "a) b ".repeat(200_000),
        "Mr. ".repeat(200_000),
        "x.".repeat(300_000),
        "a -- ".repeat(200_000),
        "é".repeat(500_000),
        "<b>".repeat(300_000),
        "&lt;x&gt;".repeat(100_000),
        "1. “x ".to_owned() + &"2. x ".repeat(200_000) + "”",
        "(".to_owned() + &"Mr. x. ".repeat(100_000) + ")",
        "\\r".repeat(300_000),
        "x! y".repeat(200_000),
        "¿x? y".repeat(200_000),
    ];
    for text in &cases {
        for s in [&seg, &whole] {
            let t = std::time::Instant::now();
            let spans = s.split(text, En);
            assert!(spans.iter().all(|sp| sp.end <= text.len()));
            assert!(
                t.elapsed().as_secs_f64() < 10.0,
                "{:?}…: {:?}",
                &text[..8],
                t.elapsed()
            );
        }
    }
}
