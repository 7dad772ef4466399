#!/usr/bin/env python3
"""Generate lexicons/entities/people.lex: heads of state and government and foreign ministers
of the G20 and of the Spanish-speaking countries since 2015 (and other office holders the news
quotes), with dated roles.

    python3 scripts/gen_people.py [--data DIR]

The people and their roles are the table below (public record, the crossclaim team's own
entry). Where a person is in the PETRARCH2 Phoenix actor dictionary
(../shared/data/gazetteers/petrarch2/dictionaries/Phoenix.Countries.actors.txt, MIT, frozen in
2014), the script adds the dictionary's other spellings of the full name (`SERGEY_VIKTOROVICH_
LAVROV_` -> `Sergey Viktorovich Lavrov`) and writes the dictionary's dated codes beside the
entry as provenance. The generated file is not edited by hand: change the table and re-run.
Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "gazetteers"
OUT = REPO / "lexicons" / "entities" / "people.lex"


def fold(s: str) -> str:
    d = unicodedata.normalize("NFD", s)
    return "".join(c for c in d if not unicodedata.combining(c)).casefold()


class P:
    """One person: ID, QID, what they stand for, roles, forms, PETRARCH2 keys."""

    def __init__(self, pid: str, names: str, roles: list[str] | str = (), *, qid: str = "",
                 for_: str = "", en: str = "", es: str = "", petr: str = "", note: str = ""):
        self.id = pid
        self.qid = qid
        self.roles = [roles] if isinstance(roles, str) else list(roles)
        self.for_ = for_
        self.forms = [("*", f.strip()) for f in names.split("|") if f.strip()]
        self.forms += [("en", f.strip()) for f in en.split("|") if f.strip()]
        self.forms += [("es", f.strip()) for f in es.split("|") if f.strip()]
        self.petr = [k for k in petr.split() if k]
        self.note = note


def R(title: str, of: str, dates: str) -> str:
    return f"{title}:{of}:{dates}"


def hos(of, d): return R("president", of, d)
def pm(of, d): return R("prime_minister", of, d)
def fm(of, d): return R("foreign_minister", of, d)
def vp(of, d): return R("vice_president", of, d)


# Foreign ministers speak for their ministry: the `*_MFA` template instance, or the country's
# own body where the lexicon has one.
MFA: dict[str, str] = {}


def mfa(iso: str) -> str:
    return MFA.get(iso, f"{iso}_MFA")


# Sections: (heading, [people]). `=Name` forms keep their case (a surname alone is only listed
# where it names the person in the news on its own); other forms match ignoring case and accents.
SECTIONS: list[tuple[str, list[P]]] = [
    ("United States", [
        P("BARACK_OBAMA", "Barack Obama | Barack H. Obama | =Obama", hos("USA", "2009-01-20..2017-01-20"),
          qid="Q76", petr="BARACK_OBAMA"),
        P("DONALD_TRUMP", "Donald Trump | Donald J. Trump | =Trump",
          [hos("USA", "2017-01-20..2021-01-20"), hos("USA", "2025-01-20..")], qid="Q22686"),
        P("JOE_BIDEN", "Joe Biden | Joseph Biden | Joseph R. Biden | Joseph Robinette Biden | =Biden",
          [vp("USA", "2009-01-20..2017-01-20"), hos("USA", "2021-01-20..2025-01-20")], qid="Q6279",
          petr="JOE_BIDEN"),
        P("MIKE_PENCE", "Mike Pence | =Pence", vp("USA", "2017-01-20..2021-01-20")),
        P("KAMALA_HARRIS", "Kamala Harris", vp("USA", "2021-01-20..2025-01-20")),
        P("JD_VANCE", "JD Vance | J.D. Vance | J. D. Vance", vp("USA", "2025-01-20..")),
        P("JOHN_KERRY", "John Kerry | John F. Kerry", fm("USA", "2013-02-01..2017-01-20"),
          petr="JOHN_KERRY"),
        P("REX_TILLERSON", "Rex Tillerson | =Tillerson", fm("USA", "2017-02-01..2018-03-31")),
        P("MIKE_POMPEO", "Mike Pompeo | =Pompeo", fm("USA", "2018-04-26..2021-01-20")),
        P("ANTONY_BLINKEN", "Antony Blinken | Anthony Blinken | =Blinken", fm("USA", "2021-01-26..2025-01-20")),
        P("MARCO_RUBIO", "Marco Rubio", fm("USA", "2025-01-21..")),
        P("JEN_PSAKI", "Jen Psaki | =Psaki", R("spokesperson", "WHITE_HOUSE", "2021-01-20..2022-05-13"),
          for_="WHITE_HOUSE"),
    ]),
    ("China", [
        P("XI_JINPING", "Xi Jinping | =Xi", hos("CHN", "2013-03-14.."), qid="Q15031", petr="XI_JINPING"),
        P("LI_KEQIANG", "Li Keqiang", R("premier", "CHN", "2013-03-15..2023-03-11"), petr="LI_KEQIANG"),
        P("LI_QIANG", "Li Qiang", R("premier", "CHN", "2023-03-11..")),
        P("WANG_YI", "Wang Yi", [fm("CHN", "2013-03-16..2022-12-30"), fm("CHN", "2023-07-25..")],
          ),
        P("QIN_GANG", "Qin Gang", fm("CHN", "2022-12-30..2023-07-25")),
        P("HUA_CHUNYING", "Hua Chunying", for_="CHN_MFA", note="foreign_ministry_spokesperson"),
        P("LU_KANG", "Lu Kang", for_="CHN_MFA", note="foreign_ministry_spokesperson"),
        P("GENG_SHUANG", "Geng Shuang", for_="CHN_MFA", note="foreign_ministry_spokesperson"),
        P("ZHAO_LIJIAN", "Zhao Lijian", for_="CHN_MFA", note="foreign_ministry_spokesperson"),
        P("WANG_WENBIN", "Wang Wenbin", for_="CHN_MFA", note="foreign_ministry_spokesperson"),
        P("MAO_NING", "Mao Ning", for_="CHN_MFA", note="foreign_ministry_spokesperson"),
        P("LIN_JIAN", "Lin Jian", for_="CHN_MFA", note="foreign_ministry_spokesperson"),
    ]),
    ("Russia", [
        P("VLADIMIR_PUTIN", "Vladimir Putin | Vladímir Putin | =Putin",
          [hos("RUS", "2000-05-07..2008-05-07"), pm("RUS", "2008-05-08..2012-05-07"), hos("RUS", "2012-05-07..")],
          qid="Q7747", petr="VLADIMIR_PUTIN"),
        P("DMITRY_MEDVEDEV", "Dmitry Medvedev | Dmitri Medvedev | Dmitri Medvédev | =Medvedev | =Medvédev",
          [hos("RUS", "2008-05-07..2012-05-07"), pm("RUS", "2012-05-08..2020-01-16")],
          petr="DMITRY_MEDVEDEV"),
        P("MIKHAIL_MISHUSTIN", "Mikhail Mishustin | Mijaíl Mishustin | =Mishustin", pm("RUS", "2020-01-16..")),
        P("SERGEI_LAVROV", "Sergei Lavrov | Sergey Lavrov | Serguéi Lavrov | =Lavrov",
          fm("RUS", "2004-03-09.."), petr="SERGEY_LAVROV"),
        P("DMITRY_PESKOV", "Dmitry Peskov | Dmitri Peskov | =Peskov", R("spokesperson", "KREMLIN", "2012-05.."),
          for_="KREMLIN"),
        P("MARIA_ZAKHAROVA", "Maria Zakharova | María Zajárova | =Zakharova | =Zajárova",
          R("spokesperson", "RUS_MFA", "2015-08-10.."), for_="RUS_MFA"),
    ]),
    ("United Kingdom", [
        P("ELIZABETH_II", "", R("monarch", "GBR", "1952-02-06..2022-09-08"), en="Elizabeth II | Queen Elizabeth",
          es="Isabel II | reina Isabel"),
        P("CHARLES_III", "", R("monarch", "GBR", "2022-09-08.."), en="Charles III | King Charles",
          es="Carlos III | rey Carlos"),
        P("DAVID_CAMERON", "David Cameron", [pm("GBR", "2010-05-11..2016-07-13"), fm("GBR", "2023-11-13..2024-07-05")],
          for_="GBR", petr="DAVID_CAMERON"),
        P("THERESA_MAY", "Theresa May", pm("GBR", "2016-07-13..2019-07-24")),
        P("BORIS_JOHNSON", "Boris Johnson", [fm("GBR", "2016-07-13..2018-07-09"), pm("GBR", "2019-07-24..2022-09-06")],
          for_="GBR"),
        P("LIZ_TRUSS", "Liz Truss | Elizabeth Truss", [fm("GBR", "2021-09-15..2022-09-06"), pm("GBR", "2022-09-06..2022-10-25")],
          for_="GBR"),
        P("RISHI_SUNAK", "Rishi Sunak | =Sunak", pm("GBR", "2022-10-25..2024-07-05")),
        P("KEIR_STARMER", "Keir Starmer | =Starmer", pm("GBR", "2024-07-05..")),
        P("PHILIP_HAMMOND", "Philip Hammond", fm("GBR", "2014-07-15..2016-07-13")),
        P("JEREMY_HUNT", "Jeremy Hunt", fm("GBR", "2018-07-09..2019-07-24")),
        P("DOMINIC_RAAB", "Dominic Raab", fm("GBR", "2019-07-24..2021-09-15")),
        P("JAMES_CLEVERLY", "James Cleverly", fm("GBR", "2022-09-06..2023-11-13")),
        P("DAVID_LAMMY", "David Lammy", fm("GBR", "2024-07-05..2025-09-05")),
        P("YVETTE_COOPER", "Yvette Cooper", fm("GBR", "2025-09-05..")),
    ]),
    ("France", [
        P("FRANCOIS_HOLLANDE", "François Hollande | =Hollande", hos("FRA", "2012-05-15..2017-05-14"),
          petr="FRANCOIS_HOLLANDE"),
        P("EMMANUEL_MACRON", "Emmanuel Macron | =Macron", hos("FRA", "2017-05-14..")),
        P("MANUEL_VALLS", "Manuel Valls", pm("FRA", "2014-03-31..2016-12-06")),
        P("BERNARD_CAZENEUVE", "Bernard Cazeneuve", pm("FRA", "2016-12-06..2017-05-15")),
        P("EDOUARD_PHILIPPE", "Édouard Philippe", pm("FRA", "2017-05-15..2020-07-03")),
        P("JEAN_CASTEX", "Jean Castex", pm("FRA", "2020-07-03..2022-05-16")),
        P("ELISABETH_BORNE", "Élisabeth Borne", pm("FRA", "2022-05-16..2024-01-09")),
        P("GABRIEL_ATTAL", "Gabriel Attal", pm("FRA", "2024-01-09..2024-09-05")),
        P("MICHEL_BARNIER", "Michel Barnier", pm("FRA", "2024-09-05..2024-12-13")),
        P("FRANCOIS_BAYROU", "François Bayrou", pm("FRA", "2024-12-13..2025-09-09")),
        P("SEBASTIEN_LECORNU", "Sébastien Lecornu", pm("FRA", "2025-09-09..")),
        P("LAURENT_FABIUS", "Laurent Fabius", fm("FRA", "2012-05-16..2016-02-11"), petr="LAURENT_FABIUS"),
        P("JEAN_MARC_AYRAULT", "Jean-Marc Ayrault", fm("FRA", "2016-02-11..2017-05-17")),
        P("JEAN_YVES_LE_DRIAN", "Jean-Yves Le Drian", fm("FRA", "2017-05-17..2022-05-20")),
        P("CATHERINE_COLONNA", "Catherine Colonna", fm("FRA", "2022-05-20..2024-01-11")),
        P("STEPHANE_SEJOURNE", "Stéphane Séjourné", fm("FRA", "2024-01-11..2024-09-21")),
        P("JEAN_NOEL_BARROT", "Jean-Noël Barrot", fm("FRA", "2024-09-21..")),
    ]),
    ("Germany", [
        P("ANGELA_MERKEL", "Angela Merkel | =Merkel", R("chancellor", "DEU", "2005-11-22..2021-12-08"),
          qid="Q567", petr="ANGELA_MERKEL"),
        P("OLAF_SCHOLZ", "Olaf Scholz | =Scholz", R("chancellor", "DEU", "2021-12-08..2025-05-06")),
        P("FRIEDRICH_MERZ", "Friedrich Merz | =Merz", R("chancellor", "DEU", "2025-05-06..")),
        P("JOACHIM_GAUCK", "Joachim Gauck", hos("DEU", "2012-03-18..2017-03-18")),
        P("FRANK_WALTER_STEINMEIER", "Frank-Walter Steinmeier | =Steinmeier",
          [fm("DEU", "2013-12-17..2017-01-27"), hos("DEU", "2017-03-19..")], for_="DEU",
          petr="FRANK_WALTER_STEINMEIER"),
        P("SIGMAR_GABRIEL", "Sigmar Gabriel", fm("DEU", "2017-01-27..2018-03-14")),
        P("HEIKO_MAAS", "Heiko Maas", fm("DEU", "2018-03-14..2021-12-08")),
        P("ANNALENA_BAERBOCK", "Annalena Baerbock | =Baerbock", fm("DEU", "2021-12-08..2025-05-06")),
        P("JOHANN_WADEPHUL", "Johann Wadephul", fm("DEU", "2025-05-06..")),
    ]),
    ("Italy", [
        P("SERGIO_MATTARELLA", "Sergio Mattarella | =Mattarella", hos("ITA", "2015-02-03..")),
        P("MATTEO_RENZI", "Matteo Renzi | =Renzi", pm("ITA", "2014-02-22..2016-12-12")),
        P("PAOLO_GENTILONI", "Paolo Gentiloni", [fm("ITA", "2014-10-31..2016-12-12"), pm("ITA", "2016-12-12..2018-06-01")],
          for_="ITA"),
        P("GIUSEPPE_CONTE", "Giuseppe Conte", pm("ITA", "2018-06-01..2021-02-13")),
        P("MARIO_DRAGHI", "Mario Draghi | =Draghi",
          [R("central_bank_governor", "ECB", "2011-11-01..2019-10-31"), pm("ITA", "2021-02-13..2022-10-22")],
          for_="ITA"),
        P("GIORGIA_MELONI", "Giorgia Meloni | =Meloni", pm("ITA", "2022-10-22..")),
        P("ANGELINO_ALFANO", "Angelino Alfano", fm("ITA", "2016-12-12..2018-06-01")),
        P("ENZO_MOAVERO_MILANESI", "Enzo Moavero Milanesi | Enzo Moavero", fm("ITA", "2018-06-01..2019-09-05")),
        P("LUIGI_DI_MAIO", "Luigi Di Maio", fm("ITA", "2019-09-05..2022-10-22")),
        P("ANTONIO_TAJANI", "Antonio Tajani", fm("ITA", "2022-10-22..")),
    ]),
    ("Japan", [
        P("AKIHITO", "=Akihito", R("monarch", "JPN", "1989-01-07..2019-04-30")),
        P("NARUHITO", "=Naruhito", R("monarch", "JPN", "2019-05-01..")),
        P("SHINZO_ABE", "Shinzo Abe | Shinzō Abe",
          [pm("JPN", "2006-09-26..2007-09-26"), pm("JPN", "2012-12-26..2020-09-16")], petr="SHINZO_ABE"),
        P("YOSHIHIDE_SUGA", "Yoshihide Suga", pm("JPN", "2020-09-16..2021-10-04")),
        P("FUMIO_KISHIDA", "Fumio Kishida | =Kishida", [fm("JPN", "2012-12-26..2017-08-03"), pm("JPN", "2021-10-04..2024-10-01")],
          for_="JPN"),
        P("SHIGERU_ISHIBA", "Shigeru Ishiba | =Ishiba", pm("JPN", "2024-10-01..2025-10-21")),
        P("SANAE_TAKAICHI", "Sanae Takaichi | =Takaichi", pm("JPN", "2025-10-21..")),
        P("TARO_KONO", "Taro Kono | Tarō Kōno", fm("JPN", "2017-08-03..2019-09-11")),
        P("TOSHIMITSU_MOTEGI", "Toshimitsu Motegi", [fm("JPN", "2019-09-11..2021-11-04"), fm("JPN", "2025-10-21..")]),
        P("YOSHIMASA_HAYASHI", "Yoshimasa Hayashi", fm("JPN", "2021-11-10..2023-09-13")),
        P("YOKO_KAMIKAWA", "Yoko Kamikawa", fm("JPN", "2023-09-13..2024-10-01")),
        P("TAKESHI_IWAYA", "Takeshi Iwaya", fm("JPN", "2024-10-01..2025-10-21")),
    ]),
    ("Canada", [
        P("STEPHEN_HARPER", "Stephen Harper", pm("CAN", "2006-02-06..2015-11-04"), petr="STEPHEN_HARPER"),
        P("JUSTIN_TRUDEAU", "Justin Trudeau | =Trudeau", pm("CAN", "2015-11-04..2025-03-14")),
        P("MARK_CARNEY", "Mark Carney",
          [R("central_bank_governor", "BANK_OF_ENGLAND", "2013-07-01..2020-03-15"), pm("CAN", "2025-03-14..")],
          for_="CAN"),
        P("STEPHANE_DION", "Stéphane Dion", fm("CAN", "2015-11-04..2017-01-10")),
        P("CHRYSTIA_FREELAND", "Chrystia Freeland", fm("CAN", "2017-01-10..2019-11-20")),
        P("FRANCOIS_PHILIPPE_CHAMPAGNE", "François-Philippe Champagne", fm("CAN", "2019-11-20..2021-01-12")),
        P("MARC_GARNEAU", "Marc Garneau", fm("CAN", "2021-01-12..2021-10-26")),
        P("MELANIE_JOLY", "Mélanie Joly", fm("CAN", "2021-10-26..2025-05-13")),
        P("ANITA_ANAND", "Anita Anand", fm("CAN", "2025-05-13..")),
    ]),
    ("Australia and New Zealand", [
        P("TONY_ABBOTT", "Tony Abbott", pm("AUS", "2013-09-18..2015-09-15")),
        P("MALCOLM_TURNBULL", "Malcolm Turnbull", pm("AUS", "2015-09-15..2018-08-24")),
        P("SCOTT_MORRISON", "Scott Morrison", pm("AUS", "2018-08-24..2022-05-23")),
        P("ANTHONY_ALBANESE", "Anthony Albanese", pm("AUS", "2022-05-23..")),
        P("JULIE_BISHOP", "Julie Bishop", fm("AUS", "2013-09-18..2018-08-28")),
        P("MARISE_PAYNE", "Marise Payne", fm("AUS", "2018-08-28..2022-05-23")),
        P("PENNY_WONG", "Penny Wong", fm("AUS", "2022-05-23..")),
        P("JACINDA_ARDERN", "Jacinda Ardern | =Ardern", pm("NZL", "2017-10-26..2023-01-25")),
        P("CHRIS_HIPKINS", "Chris Hipkins", pm("NZL", "2023-01-25..2023-11-27")),
        P("CHRISTOPHER_LUXON", "Christopher Luxon", pm("NZL", "2023-11-27..")),
    ]),
    ("India", [
        P("PRANAB_MUKHERJEE", "Pranab Mukherjee", hos("IND", "2012-07-25..2017-07-25"), petr="PRANAB_MUKHERJEE"),
        P("RAM_NATH_KOVIND", "Ram Nath Kovind", hos("IND", "2017-07-25..2022-07-25")),
        P("DROUPADI_MURMU", "Droupadi Murmu", hos("IND", "2022-07-25..")),
        P("NARENDRA_MODI", "Narendra Modi | =Modi", pm("IND", "2014-05-26.."), qid="Q1058", petr="NARENDRA_MODI"),
        P("SUSHMA_SWARAJ", "Sushma Swaraj", fm("IND", "2014-05-26..2019-05-30")),
        P("SUBRAHMANYAM_JAISHANKAR", "Subrahmanyam Jaishankar | S. Jaishankar | =Jaishankar",
          fm("IND", "2019-05-30..")),
    ]),
    ("Indonesia", [
        P("JOKO_WIDODO", "Joko Widodo | =Jokowi", hos("IDN", "2014-10-20..2024-10-20")),
        P("PRABOWO_SUBIANTO", "Prabowo Subianto | =Prabowo", hos("IDN", "2024-10-20..")),
        P("RETNO_MARSUDI", "Retno Marsudi | Retno L. P. Marsudi", fm("IDN", "2014-10-27..2024-10-20")),
        P("SUGIONO", "=Sugiono", fm("IDN", "2024-10-21..")),
    ]),
    ("South Korea", [
        P("PARK_GEUN_HYE", "Park Geun-hye | Park Geun Hye", hos("KOR", "2013-02-25..2017-03-10"),
          ),
        P("MOON_JAE_IN", "Moon Jae-in | Moon Jae In", hos("KOR", "2017-05-10..2022-05-10")),
        P("YOON_SUK_YEOL", "Yoon Suk Yeol | Yoon Suk-yeol", hos("KOR", "2022-05-10..2025-04-04")),
        P("LEE_JAE_MYUNG", "Lee Jae-myung | Lee Jae Myung", hos("KOR", "2025-06-04..")),
        P("HWANG_KYO_AHN", "Hwang Kyo-ahn", pm("KOR", "2015-06-18..2017-05-11")),
        P("LEE_NAK_YON", "Lee Nak-yon | Lee Nak-yeon", pm("KOR", "2017-05-31..2020-01-14")),
        P("CHUNG_SYE_KYUN", "Chung Sye-kyun", pm("KOR", "2020-01-14..2021-04-16")),
        P("KIM_BOO_KYUM", "Kim Boo-kyum", pm("KOR", "2021-05-14..2022-05-11")),
        P("HAN_DUCK_SOO", "Han Duck-soo", pm("KOR", "2022-05-21..2025-05-01")),
        P("YUN_BYUNG_SE", "Yun Byung-se", fm("KOR", "2013-03-11..2017-06-18")),
        P("KANG_KYUNG_WHA", "Kang Kyung-wha", fm("KOR", "2017-06-18..2021-02-08")),
        P("CHUNG_EUI_YONG", "Chung Eui-yong", fm("KOR", "2021-02-09..2022-05-11")),
        P("PARK_JIN", "Park Jin", fm("KOR", "2022-05-12..2024-01-10")),
        P("CHO_TAE_YUL", "Cho Tae-yul", fm("KOR", "2024-01-10..2025-06")),
    ]),
    ("Mexico", [
        P("ENRIQUE_PENA_NIETO", "Enrique Peña Nieto | Peña Nieto", hos("MEX", "2012-12-01..2018-11-30"),
          ),
        P("ANDRES_MANUEL_LOPEZ_OBRADOR", "Andrés Manuel López Obrador | López Obrador | =AMLO",
          hos("MEX", "2018-12-01..2024-09-30")),
        P("CLAUDIA_SHEINBAUM", "Claudia Sheinbaum | Claudia Sheinbaum Pardo | =Sheinbaum",
          hos("MEX", "2024-10-01..")),
        P("JOSE_ANTONIO_MEADE", "José Antonio Meade", fm("MEX", "2012-12-01..2015-08-27")),
        P("CLAUDIA_RUIZ_MASSIEU", "Claudia Ruiz Massieu | Ruiz Massieu", fm("MEX", "2015-08-27..2017-01-04")),
        P("LUIS_VIDEGARAY", "Luis Videgaray | =Videgaray", fm("MEX", "2017-01-04..2018-11-30")),
        P("MARCELO_EBRARD", "Marcelo Ebrard | =Ebrard", fm("MEX", "2018-12-01..2023-06-12")),
        P("ALICIA_BARCENA", "Alicia Bárcena", fm("MEX", "2023-07-03..2024-09-30")),
        P("JUAN_RAMON_DE_LA_FUENTE", "Juan Ramón de la Fuente", fm("MEX", "2024-10-01..")),
    ]),
    ("Brazil", [
        P("DILMA_ROUSSEFF", "Dilma Rousseff | =Rousseff", hos("BRA", "2011-01-01..2016-08-31"),
          petr="DILMA_ROUSSEFF"),
        P("MICHEL_TEMER", "Michel Temer | =Temer", hos("BRA", "2016-08-31..2018-12-31")),
        P("JAIR_BOLSONARO", "Jair Bolsonaro | Jair Messias Bolsonaro | =Bolsonaro", hos("BRA", "2019-01-01..2022-12-31")),
        P("LUIZ_INACIO_LULA_DA_SILVA", "Luiz Inácio Lula da Silva | Luiz Inacio Lula da Silva | Lula da Silva | =Lula",
          [hos("BRA", "2003-01-01..2010-12-31"), hos("BRA", "2023-01-01..")]),
        P("MAURO_VIEIRA", "Mauro Vieira", [fm("BRA", "2015-01-01..2016-05-12"), fm("BRA", "2023-01-01..")]),
        P("JOSE_SERRA", "José Serra", fm("BRA", "2016-05-12..2017-02-22")),
        P("ALOYSIO_NUNES", "Aloysio Nunes | Aloysio Nunes Ferreira", fm("BRA", "2017-03-07..2018-12-31")),
        P("ERNESTO_ARAUJO", "Ernesto Araújo", fm("BRA", "2019-01-01..2021-03-29")),
        P("CARLOS_FRANCA", "Carlos França | Carlos Alberto França", fm("BRA", "2021-04-06..2022-12-31")),
    ]),
    ("Argentina", [
        P("CRISTINA_FERNANDEZ_DE_KIRCHNER", "Cristina Fernández de Kirchner | Cristina Kirchner | Cristina Fernández",
          [hos("ARG", "2007-12-10..2015-12-10"), vp("ARG", "2019-12-10..2023-12-10")],
          petr="CRISTINA_FERNANDEZ_DE_KIRCHNER"),
        P("MAURICIO_MACRI", "Mauricio Macri | =Macri", hos("ARG", "2015-12-10..2019-12-10")),
        P("ALBERTO_FERNANDEZ", "Alberto Fernández", hos("ARG", "2019-12-10..2023-12-10")),
        P("JAVIER_MILEI", "Javier Milei | Javier Gerardo Milei | =Milei", hos("ARG", "2023-12-10..")),
        P("HECTOR_TIMERMAN", "Héctor Timerman", fm("ARG", "2010-06-18..2015-12-10")),
        P("SUSANA_MALCORRA", "Susana Malcorra | =Malcorra", fm("ARG", "2015-12-10..2017-06-12")),
        P("JORGE_FAURIE", "Jorge Faurie", fm("ARG", "2017-06-12..2019-12-10")),
        P("FELIPE_SOLA", "Felipe Solá", fm("ARG", "2019-12-10..2021-09-20")),
        P("SANTIAGO_CAFIERO", "Santiago Cafiero", fm("ARG", "2021-09-20..2023-12-10")),
        P("DIANA_MONDINO", "Diana Mondino", fm("ARG", "2023-12-10..2024-10-30")),
        P("GERARDO_WERTHEIN", "Gerardo Werthein", fm("ARG", "2024-10-30..2025-10")),
        P("PABLO_QUIRNO", "Pablo Quirno", fm("ARG", "2025-10..")),
    ]),
    ("Saudi Arabia", [
        P("SALMAN_BIN_ABDULAZIZ", "Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud | King Salman",
          [R("monarch", "SAU", "2015-01-23.."), pm("SAU", "2015-01-23..2022-09-27")],
          es="Salmán bin Abdelaziz | rey Salmán"),
        P("MOHAMMED_BIN_SALMAN", "Mohammed bin Salman | Mohamed bin Salmán | Mohamed bin Salman | =MBS",
          pm("SAU", "2022-09-27..")),
        P("ADEL_AL_JUBEIR", "Adel al-Jubeir | Adel al Jubeir | Adel al Yubeir", fm("SAU", "2015-04-29..2018-12-27")),
        P("IBRAHIM_AL_ASSAF", "Ibrahim al-Assaf | Ibrahim Abdulaziz al-Assaf", fm("SAU", "2018-12-27..2019-10-23")),
        P("FAISAL_BIN_FARHAN", "Faisal bin Farhan | Faisal bin Farhan Al Saud", fm("SAU", "2019-10-23..")),
    ]),
    ("South Africa", [
        P("JACOB_ZUMA", "Jacob Zuma | =Zuma", hos("ZAF", "2009-05-09..2018-02-14"), petr="JACOB_ZUMA"),
        P("CYRIL_RAMAPHOSA", "Cyril Ramaphosa | =Ramaphosa", hos("ZAF", "2018-02-15..")),
        P("MAITE_NKOANA_MASHABANE", "Maite Nkoana-Mashabane", fm("ZAF", "2009-05-10..2018-02-26")),
        P("LINDIWE_SISULU", "Lindiwe Sisulu", fm("ZAF", "2018-02-27..2019-05-29")),
        P("NALEDI_PANDOR", "Naledi Pandor", fm("ZAF", "2019-05-30..2024-06-30")),
        P("RONALD_LAMOLA", "Ronald Lamola", fm("ZAF", "2024-07-03..")),
    ]),
    ("Turkey", [
        P("RECEP_TAYYIP_ERDOGAN", "Recep Tayyip Erdogan | Recep Tayyip Erdoğan | Tayyip Erdogan | =Erdogan | =Erdoğan",
          [pm("TUR", "2003-03-14..2014-08-28"), hos("TUR", "2014-08-28..")], qid="Q39259",
          petr="RECEP_TAYYIP_ERDOGAN"),
        P("AHMET_DAVUTOGLU", "Ahmet Davutoğlu", [fm("TUR", "2009-05-01..2014-08-29"), pm("TUR", "2014-08-28..2016-05-24")],
          for_="TUR", petr="AHMET_DAVUTOGLU"),
        P("BINALI_YILDIRIM", "Binali Yıldırım", pm("TUR", "2016-05-24..2018-07-09")),
        P("MEVLUT_CAVUSOGLU", "Mevlüt Çavuşoğlu | =Çavuşoğlu",
          [fm("TUR", "2014-08-29..2015-08-28"), fm("TUR", "2015-11-24..2023-06-04")]),
        P("HAKAN_FIDAN", "Hakan Fidan", fm("TUR", "2023-06-04..")),
    ]),
    ("European Union and African Union", [
        P("JEAN_CLAUDE_JUNCKER", "Jean-Claude Juncker | =Juncker",
          R("commission_president", "EUROPEAN_COMMISSION", "2014-11-01..2019-11-30"), for_="EUROPEAN_COMMISSION"),
        P("URSULA_VON_DER_LEYEN", "Ursula von der Leyen | =von der Leyen",
          R("commission_president", "EUROPEAN_COMMISSION", "2019-12-01.."), for_="EUROPEAN_COMMISSION"),
        P("DONALD_TUSK", "Donald Tusk | =Tusk",
          [pm("POL", "2007-11-16..2014-09-22"), R("council_president", "EUCO", "2014-12-01..2019-11-30"),
           pm("POL", "2023-12-13..")], for_="POL"),
        P("CHARLES_MICHEL", "Charles Michel",
          [pm("BEL", "2014-10-11..2019-10-27"), R("council_president", "EUCO", "2019-12-01..2024-11-30")],
          for_="EUCO"),
        P("ANTONIO_COSTA", "António Costa | Antonio Costa",
          [pm("PRT", "2015-11-26..2024-04-02"), R("council_president", "EUCO", "2024-12-01..")],
          for_="EUCO"),
        P("FEDERICA_MOGHERINI", "Federica Mogherini | =Mogherini", R("high_representative", "EU", "2014-11-01..2019-11-30"),
          for_="EU"),
        P("JOSEP_BORRELL", "Josep Borrell | =Borrell",
          [fm("ESP", "2018-06-07..2019-11-29"), R("high_representative", "EU", "2019-12-01..2024-11-30")], for_="EU"),
        P("KAJA_KALLAS", "Kaja Kallas | =Kallas",
          [pm("EST", "2021-01-26..2024-07-23"), R("high_representative", "EU", "2024-12-01..")], for_="EU"),
        P("NKOSAZANA_DLAMINI_ZUMA", "Nkosazana Dlamini-Zuma | Nkosazana Dlamini Zuma",
          R("commission_chairperson", "AU", "2012-10-15..2017-03-14"), for_="AU"),
        P("MOUSSA_FAKI_MAHAMAT", "Moussa Faki Mahamat | Moussa Faki",
          R("commission_chairperson", "AU", "2017-03-14..2025-02-15"), for_="AU"),
        P("MAHMOUD_ALI_YOUSSOUF", "Mahmoud Ali Youssouf", R("commission_chairperson", "AU", "2025-02-15.."), for_="AU"),
    ]),
    ("Spain", [
        P("FELIPE_VI", "Felipe VI", R("monarch", "ESP", "2014-06-19..")),
        P("JUAN_CARLOS_I", "Juan Carlos I", R("monarch", "ESP", "1975-11-22..2014-06-19")),
        P("MARIANO_RAJOY", "Mariano Rajoy | Mariano Rajoy Brey | =Rajoy", pm("ESP", "2011-12-21..2018-06-02"),
          petr="MARIANO_RAJOY_BREY"),
        P("PEDRO_SANCHEZ", "Pedro Sánchez | Pedro Sánchez Pérez-Castejón", pm("ESP", "2018-06-02..")),
        P("JOSE_MANUEL_GARCIA_MARGALLO", "José Manuel García-Margallo | García-Margallo | =Margallo",
          fm("ESP", "2011-12-22..2016-11-04")),
        P("ALFONSO_DASTIS", "Alfonso Dastis", fm("ESP", "2016-11-04..2018-06-07")),
        P("ARANCHA_GONZALEZ_LAYA", "Arancha González Laya | González Laya", fm("ESP", "2020-01-13..2021-07-12")),
        P("JOSE_MANUEL_ALBARES", "José Manuel Albares | =Albares", fm("ESP", "2021-07-12..")),
    ]),
    ("Colombia", [
        P("JUAN_MANUEL_SANTOS", "Juan Manuel Santos", hos("COL", "2010-08-07..2018-08-07"),
          petr="JUAN_MANUEL_SANTOS"),
        P("IVAN_DUQUE", "Iván Duque | Iván Duque Márquez", hos("COL", "2018-08-07..2022-08-07")),
        P("GUSTAVO_PETRO", "Gustavo Petro | Gustavo Francisco Petro", hos("COL", "2022-08-07..")),
        P("MARIA_ANGELA_HOLGUIN", "María Ángela Holguín", fm("COL", "2010-08-07..2018-08-07")),
        P("CARLOS_HOLMES_TRUJILLO", "Carlos Holmes Trujillo", fm("COL", "2018-08-07..2019-11-12")),
        P("CLAUDIA_BLUM", "Claudia Blum", fm("COL", "2019-11-12..2021-05-13")),
        P("MARTA_LUCIA_RAMIREZ", "Marta Lucía Ramírez",
          [vp("COL", "2018-08-07..2022-08-07"), fm("COL", "2021-05-13..2022-08-07")]),
        P("ALVARO_LEYVA", "Álvaro Leyva", fm("COL", "2022-08-07..2024")),
        P("LUIS_GILBERTO_MURILLO", "Luis Gilberto Murillo", fm("COL", "2024..2025")),
    ]),
    ("Peru", [
        P("OLLANTA_HUMALA", "Ollanta Humala", hos("PER", "2011-07-28..2016-07-28")),
        P("PEDRO_PABLO_KUCZYNSKI", "Pedro Pablo Kuczynski | =Kuczynski | =PPK", hos("PER", "2016-07-28..2018-03-23")),
        P("MARTIN_VIZCARRA", "Martín Vizcarra | =Vizcarra", hos("PER", "2018-03-23..2020-11-10")),
        P("MANUEL_MERINO", "Manuel Merino", hos("PER", "2020-11-10..2020-11-15")),
        P("FRANCISCO_SAGASTI", "Francisco Sagasti", hos("PER", "2020-11-17..2021-07-28")),
        P("PEDRO_CASTILLO", "Pedro Castillo", hos("PER", "2021-07-28..2022-12-07")),
        P("DINA_BOLUARTE", "Dina Boluarte | =Boluarte", hos("PER", "2022-12-07..2025-10-10")),
        P("JOSE_JERI", "José Jerí", hos("PER", "2025-10-10..")),
        P("RICARDO_LUNA", "Ricardo Luna", fm("PER", "2016-07-28..2018-04")),
        P("NESTOR_POPOLIZIO", "Néstor Popolizio", fm("PER", "2018-04..2019-10")),
    ]),
    ("Venezuela", [
        P("NICOLAS_MADURO", "Nicolás Maduro | Nicolás Maduro Moros | =Maduro",
          [fm("VEN", "2006-08..2013-01"), hos("VEN", "2013-04-19..")], for_="VEN", petr="NICOLAS_MADURO"),
        P("JUAN_GUAIDO", "Juan Guaidó | =Guaidó", R("claimed_interim_president", "VEN", "2019-01-23..2023-01-05")),
        P("DELCY_RODRIGUEZ", "Delcy Rodríguez", [fm("VEN", "2014-12-26..2017-06-21"), vp("VEN", "2018-06-14..")],
          for_="VEN"),
        P("JORGE_ARREAZA", "Jorge Arreaza", fm("VEN", "2017-08-02..2021-08-21")),
        P("YVAN_GIL", "Yván Gil", fm("VEN", "2023-04..")),
    ]),
    ("Chile", [
        P("MICHELLE_BACHELET", "Michelle Bachelet | =Bachelet",
          [hos("CHL", "2006-03-11..2010-03-11"), hos("CHL", "2014-03-11..2018-03-11"),
           R("high_commissioner", "UN", "2018-09-01..2022-08-31")], for_="CHL"),
        P("SEBASTIAN_PINERA", "Sebastián Piñera | =Piñera",
          [hos("CHL", "2010-03-11..2014-03-11"), hos("CHL", "2018-03-11..2022-03-11")]),
        P("GABRIEL_BORIC", "Gabriel Boric | =Boric", hos("CHL", "2022-03-11..")),
        P("HERALDO_MUNOZ", "Heraldo Muñoz", fm("CHL", "2014-03-11..2018-03-11")),
        P("ROBERTO_AMPUERO", "Roberto Ampuero", fm("CHL", "2018-03-11..2019-06-13")),
        P("TEODORO_RIBERA", "Teodoro Ribera", fm("CHL", "2019-06-13..2020-07-28")),
        P("ANDRES_ALLAMAND", "Andrés Allamand", fm("CHL", "2020-07-28..2022-03-11")),
        P("ANTONIA_URREJOLA", "Antonia Urrejola", fm("CHL", "2022-03-11..2023-03-10")),
        P("ALBERTO_VAN_KLAVEREN", "Alberto van Klaveren", fm("CHL", "2023-03-10..")),
    ]),
    ("Ecuador", [
        P("RAFAEL_CORREA", "Rafael Correa", hos("ECU", "2007-01-15..2017-05-24"), petr="RAFAEL_CORREA"),
        P("LENIN_MORENO", "Lenín Moreno", hos("ECU", "2017-05-24..2021-05-24")),
        P("GUILLERMO_LASSO", "Guillermo Lasso", hos("ECU", "2021-05-24..2023-11-23")),
        P("DANIEL_NOBOA", "Daniel Noboa | =Noboa", hos("ECU", "2023-11-23..")),
        P("MARIA_FERNANDA_ESPINOSA", "María Fernanda Espinosa", fm("ECU", "2017-05-24..2018-06")),
        P("GABRIELA_SOMMERFELD", "Gabriela Sommerfeld", fm("ECU", "2023-11..")),
    ]),
    ("Bolivia", [
        P("EVO_MORALES", "Evo Morales", hos("BOL", "2006-01-22..2019-11-10"), petr="EVO_MORALES"),
        P("JEANINE_ANEZ", "Jeanine Áñez", hos("BOL", "2019-11-12..2020-11-08")),
        P("LUIS_ARCE", "Luis Arce | Luis Alberto Arce", hos("BOL", "2020-11-08..2025-11-08")),
        P("RODRIGO_PAZ", "Rodrigo Paz | Rodrigo Paz Pereira", hos("BOL", "2025-11-08..")),
        P("DAVID_CHOQUEHUANCA", "David Choquehuanca | =Choquehuanca",
          [fm("BOL", "2006-01-23..2017-01-23"), vp("BOL", "2020-11-08..2025-11-08")], for_="BOL",
          petr="DAVID_CHOQUEHUANCA_CESPEDES"),
        P("ROGELIO_MAYTA", "Rogelio Mayta", fm("BOL", "2020-11..2023")),
    ]),
    ("Cuba", [
        P("FIDEL_CASTRO", "Fidel Castro | Fidel Castro Ruz", hos("CUB", "1976-12-02..2008-02-24"),
          petr="FIDEL_CASTRO"),
        P("RAUL_CASTRO", "Raúl Castro | Raúl Castro Ruz", hos("CUB", "2008-02-24..2018-04-19"), petr="RAUL_CASTRO"),
        P("MIGUEL_DIAZ_CANEL", "Miguel Díaz-Canel | Miguel Díaz-Canel Bermúdez | =Díaz-Canel",
          hos("CUB", "2018-04-19..")),
        P("MANUEL_MARRERO", "Manuel Marrero | Manuel Marrero Cruz", pm("CUB", "2019-12-21..")),
        P("BRUNO_RODRIGUEZ_PARRILLA", "Bruno Rodríguez Parrilla | Bruno Rodríguez", fm("CUB", "2009-03-02.."),
          petr="BRUNO_RODRIGUEZ_PARRILLA"),
    ]),
    ("Central America, the Caribbean and Equatorial Guinea", [
        P("DANILO_MEDINA", "Danilo Medina", hos("DOM", "2012-08-16..2020-08-16")),
        P("LUIS_ABINADER", "Luis Abinader | =Abinader", hos("DOM", "2020-08-16..")),
        P("MIGUEL_VARGAS_MALDONADO", "Miguel Vargas Maldonado", fm("DOM", "2016-08-16..2020-08-16")),
        P("OTTO_PEREZ_MOLINA", "Otto Pérez Molina | Pérez Molina", hos("GTM", "2012-01-14..2015-09-03")),
        P("ALEJANDRO_MALDONADO", "Alejandro Maldonado", hos("GTM", "2015-09-03..2016-01-14")),
        P("JIMMY_MORALES", "Jimmy Morales", hos("GTM", "2016-01-14..2020-01-14")),
        P("ALEJANDRO_GIAMMATTEI", "Alejandro Giammattei | =Giammattei", hos("GTM", "2020-01-14..2024-01-14")),
        P("BERNARDO_AREVALO", "Bernardo Arévalo", hos("GTM", "2024-01-15..")),
        P("SANDRA_JOVEL", "Sandra Jovel", fm("GTM", "2017-08..2020-01-14")),
        P("CARLOS_RAMIRO_MARTINEZ", "Carlos Ramiro Martínez", fm("GTM", "2024-01-15..")),
        P("JUAN_ORLANDO_HERNANDEZ", "Juan Orlando Hernández", hos("HND", "2014-01-27..2022-01-27")),
        P("XIOMARA_CASTRO", "Xiomara Castro", hos("HND", "2022-01-27..")),
        P("SALVADOR_SANCHEZ_CEREN", "Salvador Sánchez Cerén | Sánchez Cerén", hos("SLV", "2014-06-01..2019-06-01")),
        P("NAYIB_BUKELE", "Nayib Bukele | =Bukele", hos("SLV", "2019-06-01..")),
        P("ALEXANDRA_HILL_TINOCO", "Alexandra Hill Tinoco | Alexandra Hill", fm("SLV", "2019-06-01..")),
        P("DANIEL_ORTEGA", "Daniel Ortega", hos("NIC", "2007-01-10.."), petr="DANIEL_ORTEGA"),
        P("ROSARIO_MURILLO", "Rosario Murillo", vp("NIC", "2017-01-10..")),
        P("LUIS_GUILLERMO_SOLIS", "Luis Guillermo Solís", hos("CRI", "2014-05-08..2018-05-08")),
        P("CARLOS_ALVARADO", "Carlos Alvarado | Carlos Alvarado Quesada", hos("CRI", "2018-05-08..2022-05-08")),
        P("RODRIGO_CHAVES", "Rodrigo Chaves | Rodrigo Chaves Robles", hos("CRI", "2022-05-08..")),
        P("ARNOLDO_ANDRE_TINOCO", "Arnoldo André Tinoco | Arnoldo André", fm("CRI", "2022-05-08..")),
        P("JUAN_CARLOS_VARELA", "Juan Carlos Varela", hos("PAN", "2014-07-01..2019-07-01")),
        P("LAURENTINO_CORTIZO", "Laurentino Cortizo", hos("PAN", "2019-07-01..2024-07-01")),
        P("JOSE_RAUL_MULINO", "José Raúl Mulino | =Mulino", hos("PAN", "2024-07-01..")),
        P("ISABEL_DE_SAINT_MALO", "Isabel de Saint Malo | Isabel Saint Malo",
          [vp("PAN", "2014-07-01..2019-07-01"), fm("PAN", "2014-07-01..2019-07-01")]),
        P("JAVIER_MARTINEZ_ACHA", "Javier Martínez-Acha", fm("PAN", "2024-07-01..")),
        P("TEODORO_OBIANG", "Teodoro Obiang | Teodoro Obiang Nguema | Teodoro Obiang Nguema Mbasogo",
          hos("GNQ", "1979-08-03.."), petr="TEODORO_OBIANG_NGUEMA_MBASOGO"),
    ]),
    ("Paraguay and Uruguay", [
        P("HORACIO_CARTES", "Horacio Cartes", hos("PRY", "2013-08-15..2018-08-15")),
        P("MARIO_ABDO_BENITEZ", "Mario Abdo Benítez | Abdo Benítez", hos("PRY", "2018-08-15..2023-08-15")),
        P("SANTIAGO_PENA", "Santiago Peña", hos("PRY", "2023-08-15..")),
        P("ELADIO_LOIZAGA", "Eladio Loizaga", fm("PRY", "2013-08-15..2018-08-15")),
        P("RUBEN_RAMIREZ_LEZCANO", "Rubén Ramírez Lezcano", fm("PRY", "2023-08-15..")),
        P("JOSE_MUJICA", "José Mujica | =Mujica", hos("URY", "2010-03-01..2015-03-01")),
        P("TABARE_VAZQUEZ", "Tabaré Vázquez", [hos("URY", "2005-03-01..2010-03-01"), hos("URY", "2015-03-01..2020-03-01")],
          petr="TABARE_VAZQUEZ"),
        P("LUIS_LACALLE_POU", "Luis Lacalle Pou | Lacalle Pou", hos("URY", "2020-03-01..2025-03-01")),
        P("YAMANDU_ORSI", "Yamandú Orsi", hos("URY", "2025-03-01..")),
        P("RODOLFO_NIN_NOVOA", "Rodolfo Nin Novoa", fm("URY", "2015-03-01..2020-03-01")),
        P("ERNESTO_TALVI", "Ernesto Talvi", fm("URY", "2020-03-01..2020-07-06")),
        P("FRANCISCO_BUSTILLO", "Francisco Bustillo", fm("URY", "2020-07-06..2023-11")),
        P("OMAR_PAGANINI", "Omar Paganini", fm("URY", "2023-11..2025-03-01")),
        P("MARIO_LUBETKIN", "Mario Lubetkin", fm("URY", "2025-03-01..")),
    ]),
    ("Other heads of state and government the news quotes", [
        P("VOLODYMYR_ZELENSKY", "Volodymyr Zelensky | Volodímir Zelenski | Volodymyr Zelenskyy | =Zelensky | =Zelenski | =Zelenskyy",
          hos("UKR", "2019-05-20..")),
        P("PETRO_POROSHENKO", "Petro Poroshenko | Petró Poroshenko | =Poroshenko", hos("UKR", "2014-06-07..2019-05-20")),
        P("DMYTRO_KULEBA", "Dmytro Kuleba | Dmitró Kuleba | =Kuleba", fm("UKR", "2020-03-04..2024-09-05")),
        P("ANDRII_SYBIHA", "Andrii Sybiha | Andrí Sibiga", fm("UKR", "2024-09-05..")),
        P("ALEXANDER_LUKASHENKO", "Alexander Lukashenko | Aleksandr Lukashenko | Alexandr Lukashenko | =Lukashenko",
          hos("BLR", "1994-07-20..")),
        P("BENJAMIN_NETANYAHU", "Benjamin Netanyahu | Benjamín Netanyahu | =Netanyahu",
          [pm("ISR", "2009-03-31..2021-06-13"), pm("ISR", "2022-12-29..")], petr="BENJAMIN_NETANYAHU"),
        P("NAFTALI_BENNETT", "Naftali Bennett", pm("ISR", "2021-06-13..2022-06-30")),
        P("YAIR_LAPID", "Yair Lapid", [fm("ISR", "2021-06-13..2022-07-01"), pm("ISR", "2022-07-01..2022-12-29")],
          for_="ISR"),
        P("ALI_KHAMENEI", "Ali Khamenei | Alí Jamenei | =Khamenei | =Jamenei", R("supreme_leader", "IRN", "1989-06-04.."),
          petr="HOJATOLISLAM_SAYYED_ALI_KHAMENEI"),
        P("HASSAN_ROUHANI", "Hassan Rouhani | Hasan Rohani | Hasán Rohaní | =Rouhani", hos("IRN", "2013-08-03..2021-08-03"),
          petr="HASSAN_ROUHANI"),
        P("EBRAHIM_RAISI", "Ebrahim Raisi | Ebrahim Raisí | =Raisi", hos("IRN", "2021-08-03..2024-05-19")),
        P("MASOUD_PEZESHKIAN", "Masoud Pezeshkian | Masud Pezeshkian | =Pezeshkian", hos("IRN", "2024-07-28..")),
        P("MOHAMMAD_JAVAD_ZARIF", "Mohammad Javad Zarif | Mohamad Yavad Zarif | =Zarif", fm("IRN", "2013-08-15..2021-08-25")),
        P("HOSSEIN_AMIR_ABDOLLAHIAN", "Hossein Amir-Abdollahian | Hosein Amir Abdolahian", fm("IRN", "2021-08-25..2024-05-19")),
        P("ABBAS_ARAGHCHI", "Abbas Araghchi | Abás Araghchi | =Araghchi", fm("IRN", "2024-08-21..")),
        P("KIM_JONG_UN", "Kim Jong Un | Kim Jong-un", R("supreme_leader", "PRK", "2011-12-17..")),
        P("BASHAR_AL_ASSAD", "Bashar al-Assad | Bashar al Assad | Bachar al Asad | Bashar Asad | =Assad | =Asad",
          hos("SYR", "2000-07-17..2024-12-08"), petr="BASHAR_AL-ASSAD"),
        P("AHMED_AL_SHARAA", "Ahmed al-Sharaa | Ahmed al Sharaa | Ahmad al-Sharaa | Abu Mohammed al-Jolani | Abu Mohamed al Jolani",
          hos("SYR", "2025-01-29..")),
        P("ABDEL_FATTAH_EL_SISI", "Abdel Fattah el-Sisi | Abdel Fattah al-Sisi | Abdelfatah al Sisi | =Sisi",
          hos("EGY", "2014-06-08..")),
        P("TSAI_ING_WEN", "Tsai Ing-wen", hos("TWN", "2016-05-20..2024-05-20")),
        P("LAI_CHING_TE", "Lai Ching-te", hos("TWN", "2024-05-20..")),
        P("RODRIGO_DUTERTE", "Rodrigo Duterte | =Duterte", hos("PHL", "2016-06-30..2022-06-30")),
        P("FERDINAND_MARCOS_JR", "Ferdinand Marcos Jr. | Ferdinand Marcos Jr | Bongbong Marcos", hos("PHL", "2022-06-30..")),
        P("NAWAZ_SHARIF", "Nawaz Sharif", pm("PAK", "2013-06-05..2017-07-28"), petr="NAWAZ_SHARIF"),
        P("IMRAN_KHAN", "Imran Khan", pm("PAK", "2018-08-18..2022-04-10")),
        P("SHEHBAZ_SHARIF", "Shehbaz Sharif | Shahbaz Sharif", [pm("PAK", "2022-04-11..2023-08-14"), pm("PAK", "2024-03-04..")]),
        P("VIKTOR_ORBAN", "Viktor Orbán | =Orbán", pm("HUN", "2010-05-29..")),
        P("MARK_RUTTE", "Mark Rutte | =Rutte",
          [pm("NLD", "2010-10-14..2024-07-02"), R("secretary_general", "NATO", "2024-10-01..")], for_="NATO"),
        P("ASHRAF_GHANI", "Ashraf Ghani", hos("AFG", "2014-09-29..2021-08-15")),
        P("ABIY_AHMED", "Abiy Ahmed", pm("ETH", "2018-04-02..")),
        P("MUHAMMADU_BUHARI", "Muhammadu Buhari | =Buhari", hos("NGA", "2015-05-29..2023-05-29")),
        P("BOLA_TINUBU", "Bola Tinubu | Bola Ahmed Tinubu", hos("NGA", "2023-05-29..")),
        P("POPE_FRANCIS", "Jorge Mario Bergoglio | =Bergoglio", R("pope", "VAT", "2013-03-13..2025-04-21"),
          en="Pope Francis", es="papa Francisco"),
        P("POPE_LEO_XIV", "Robert Francis Prevost | Robert Prevost", R("pope", "VAT", "2025-05-08.."),
          en="Pope Leo XIV | Leo XIV", es="papa León XIV | León XIV"),
        P("MUAMMAR_GADDAFI", "Muammar Gaddafi | Muamar el Gadafi | Muammar Qaddafi | Muammar al-Gaddafi | =Gadafi | =Gaddafi",
          R("leader", "LBY", "1969-09-01..2011-08-23"), petr="MUAMMAR_GADDAFI"),
        P("HOSNI_MUBARAK", "Hosni Mubarak | =Mubarak", hos("EGY", "1981-10-14..2011-02-11"), petr="HOSNI_MUBARAK"),
        P("MOHAMED_MORSI", "Mohamed Morsi | Mohamed Mursi | =Morsi | =Mursi", hos("EGY", "2012-06-30..2013-07-03")),
        P("ALI_ABDULLAH_SALEH", "Ali Abdullah Saleh | Ali Abdalá Saleh", hos("YEM", "1990-05-22..2012-02-27"),
          petr="ALI_ABDULLAH_SALEH"),
    ]),
    ("Heads of international organisations and central banks", [
        P("BAN_KI_MOON", "Ban Ki-moon | Ban Ki Moon", R("secretary_general", "UN", "2007-01-01..2016-12-31"),
          for_="UN", petr="BAN_KI_MOON"),
        P("ANTONIO_GUTERRES", "António Guterres | Antonio Guterres | =Guterres",
          [pm("PRT", "1995-10-28..2002-04-06"), R("secretary_general", "UN", "2017-01-01..")], for_="UN"),
        P("JENS_STOLTENBERG", "Jens Stoltenberg | =Stoltenberg", R("secretary_general", "NATO", "2014-10-01..2024-10-01"),
          for_="NATO"),
        P("TEDROS_ADHANOM_GHEBREYESUS", "Tedros Adhanom Ghebreyesus | Tedros Adhanom",
          R("director_general", "WHO", "2017-07-01.."), for_="WHO"),
        P("CHRISTINE_LAGARDE", "Christine Lagarde | =Lagarde",
          [R("managing_director", "IMF", "2011-07-05..2019-09-12"), R("central_bank_governor", "ECB", "2019-11-01..")],
          for_="ECB"),
        P("KRISTALINA_GEORGIEVA", "Kristalina Georgieva | =Georgieva", R("managing_director", "IMF", "2019-10-01.."),
          for_="IMF"),
        P("ALAN_GREENSPAN", "Alan Greenspan | =Greenspan", R("central_bank_governor", "FEDERAL_RESERVE", "1987-08-11..2006-01-31"),
          for_="FEDERAL_RESERVE"),
        P("BEN_BERNANKE", "Ben Bernanke | Ben S. Bernanke | =Bernanke",
          R("central_bank_governor", "FEDERAL_RESERVE", "2006-02-01..2014-01-31"), for_="FEDERAL_RESERVE"),
        P("JANET_YELLEN", "Janet Yellen | =Yellen",
          [R("central_bank_governor", "FEDERAL_RESERVE", "2014-02-03..2018-02-03"),
           R("treasury_secretary", "USA", "2021-01-26..2025-01-20")], for_="FEDERAL_RESERVE"),
        P("JEROME_POWELL", "Jerome Powell | Jerome H. Powell", R("central_bank_governor", "FEDERAL_RESERVE", "2018-02-05.."),
          for_="FEDERAL_RESERVE"),
    ]),
]

TITLE_WORDS = {
    "PRESIDENT", "PRESIDENT-ELECT", "VICE", "VICE_PRESIDENT", "VICE-PRESIDENT", "MR", "MR.", "MRS",
    "MRS.", "MS", "MS.", "DR", "DR.", "PRIME", "MINISTER", "FOREIGN", "SENATOR", "GOVERNOR",
    "CHANCELLOR", "KANZLER", "BUNDESKANZLER", "SECRETARY", "GENERAL", "AMBASSADOR", "KING", "QUEEN",
    "PRINCE", "SHEIKH", "THE", "US", "U.S.", "AMERICAN", "UNITED", "RUSSIAN", "CHINESE", "FRENCH",
    "GERMAN", "BRITISH", "SPANISH", "PREMIER", "LEADER", "COLONEL", "GENERAL", "MARSHAL", "CROWN",
    "CANDIDATE", "FORMER", "EX", "HOJATOLISLAM", "AYATOLLAH", "SAYYED",
}
# Aliases of the dictionary that name someone else.
SKIP_ALIASES = {"MOHAMMED_QADDAFI"}
LOWER_PARTICLES = {"de", "del", "la", "las", "los", "da", "do", "dos", "von", "der", "van", "bin",
                   "al", "el", "y"}


def title_case(tokens: list[str]) -> str:
    out = []
    for i, t in enumerate(tokens):
        low = t.lower()
        if i > 0 and low in LOWER_PARTICLES:
            out.append(low)
            continue
        out.append(re.sub(r"(^|[-'.])([a-z])", lambda m: m.group(1) + m.group(2).upper(), low))
    return " ".join(out)


def petrarch_blocks(path: Path) -> dict[str, list[str]]:
    """Head name (without trailing '_') -> the block's lines (aliases and codes)."""
    blocks: dict[str, list[str]] = {}
    cur: list[str] | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line[0] not in "+\t [":
            head = line.strip().rstrip("_")
            cur = blocks.setdefault(head, [])
            continue
        if cur is not None:
            cur.append(line.strip())
    return blocks


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    blocks = petrarch_blocks(args.data / "petrarch2" / "dictionaries" / "Phoenix.Countries.actors.txt")
    ids: set[str] = set()
    body: list[str] = []
    n_people = n_roles = n_petr = 0
    missing_petr = []
    for heading, people in SECTIONS:
        body += ["", "# " + "-" * 91, f"# {heading}", ""]
        for p in people:
            assert p.id not in ids, p.id
            ids.add(p.id)
            n_people += 1
            n_roles += len(p.roles)
            for r in p.roles:
                assert re.fullmatch(r"[a-z_]+:[A-Z0-9_]+:\d{4}(-\d\d){0,2}\.\.(\d{4}(-\d\d){0,2})?", r), (p.id, r)
            forms = list(p.forms)
            codes: list[str] = []
            for key in p.petr:
                lines = blocks.get(key)
                if lines is None:
                    missing_petr.append(f"{p.id} ({key})")
                    continue
                n_petr += 1
                codes += [ln for ln in lines if ln.startswith("[")]
                for ln in ["+" + key] + lines:
                    if not ln.startswith("+") or ln[1:].strip().rstrip("_") in SKIP_ALIASES:
                        continue
                    toks = [t for t in ln[1:].strip().rstrip("_").split("_") if t]
                    if len(toks) < 2 or toks[0] in TITLE_WORDS or "ADMINISTRATION" in toks \
                            or "GOVERNMENT" in toks or any(not re.fullmatch(r"[A-Z.'-]+", t) for t in toks):
                        continue
                    forms.append(("*", title_case(toks)))
            # Deduplicate (case- and accent-insensitive for ordinary forms).
            seen: dict[str, set] = {"en": set(), "es": set()}
            per: dict[str, list[str]] = {"*": [], "en": [], "es": []}
            for lang, f in forms:
                exact = f.startswith("=")
                key = f if exact else fold(f)
                langs = ("en", "es") if lang == "*" else (lang,)
                if all(key in seen[lg] for lg in langs):
                    continue
                for lg in langs:
                    seen[lg].add(key)
                per[lang].append(f)
            stands = p.for_
            if not stands and p.roles:
                last = p.roles[-1].split(":")
                stands = mfa(last[1]) if last[0] == "foreign_minister" else last[1]
            attrs = (f" qid={p.qid}" if p.qid else "") + (f" for={stands}" if stands else "")
            attrs += "".join(f" role={r}" for r in p.roles)
            attrs += f" note={p.note}" if p.note else ""
            if codes:
                body.append(f"# PETRARCH2 {' '.join(p.petr)}: {' '.join(codes)}")
            body.append(f"@{p.id} PER{attrs}")
            for lang in ("*", "en", "es"):
                if per[lang]:
                    body.append(f"{lang}\t" + " | ".join(per[lang]))
    head = [
        "# people.lex: heads of state and government and foreign ministers of the G20 countries and of",
        "# the Spanish-speaking countries since 2015, and other office holders the news quotes (heads of",
        "# international organisations and central banks, other heads of state and government), with",
        "# dated roles.",
        "#",
        "# GENERATED by `python3 scripts/gen_people.py` (crossclaim repository root). Do not edit by",
        "# hand: edit the table in scripts/gen_people.py and re-run it.",
        "#",
        "# Facts: who held which office when is public record, entered by the crossclaim team (MIT OR",
        "# Apache-2.0). Where the person is in the PETRARCH2 Phoenix actor dictionary",
        "# (../shared/data/gazetteers/petrarch2/dictionaries/Phoenix.Countries.actors.txt, openeventdata/",
        "# petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT, frozen in 2014), its spellings of",
        "# the full name are added and its dated codes are copied in a comment above the entry",
        "# (`[ESPGOV 030101-030831]` = Spanish government, 1 Jan 2003 to 31 Aug 2003; `>090120` = from",
        "# 20 Jan 2009). QIDs: Wikidata, only where the authors checked them.",
        "#",
        "# Attributes: `for=` is what the person speaks for in their latest role (a country, a body, the",
        "# `*_MFA` ministry of a foreign minister); `role=TITLE:ENTITY:FROM..TO` one dated role each (TO",
        "# empty: still held, as far as the table knows); `note=` anything else.",
        "# Titles: president, prime_minister, premier, chancellor, monarch, supreme_leader, leader, pope,",
        "# vice_president, foreign_minister, spokesperson, commission_president, council_president,",
        "# high_representative, commission_chairperson, secretary_general, director_general,",
        "# managing_director, high_commissioner, central_bank_governor, treasury_secretary,",
        "# claimed_interim_president.",
        "#",
        "# Forms: the full name as the news writes it in English and Spanish (transliterations differ:",
        "# Serguéi Lavrov, Volodímir Zelenski). A surname alone links to the person when the full name",
        "# came earlier in the same document (the matcher does it); surnames that name the person on",
        "# their own in the news are listed with `=` (exact case). Titles are not part of a name",
        "# (SPEC §6), except where the title is the name (Pope Francis, King Salman).",
        f"# Counts: {n_people} people, {n_roles} dated roles, {n_petr} found in PETRARCH2.",
    ]
    if missing_petr:
        head += ["# PETRARCH2 keys not found (no variants added): " + ", ".join(missing_petr)]
    OUT.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {n_people} people, {n_roles} roles, {n_petr} from PETRARCH2")
    if missing_petr:
        print("PETRARCH2 keys not found: " + ", ".join(missing_petr))
    return 0


if __name__ == "__main__":
    sys.exit(main())
