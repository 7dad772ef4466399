# crossclaim entity lexicon: capitals and seats that stand for a government (SPEC §4)
#
# A city or seat keeps its own ID; `for=` records the country it stands for, which claim
# alignment uses (`Pekín acusó` and `China accused` share a speaker).
# Source: hand-written by the crossclaim team; country codes from
# ../shared/data/gazetteers/countries_orgs/countries_en_es_qid.tsv (ISO 3166-1 via pycountry,
# LGPL-2.1; CLDR, Unicode License v3); Spanish exonyms follow the Fundéu / RAE usage.
# QIDs: Wikidata, as checked by the authors. Licence: same as crossclaim.

@WASHINGTON GPE qid=Q61 for=USA
*	Washington | Washington D.C. | Washington, D.C.
@BEIJING GPE qid=Q956 for=CHN
*	Beijing | Pekín | Peking
@LONDON GPE qid=Q84 for=GBR
en	London
es	Londres
@MOSCOW GPE qid=Q649 for=RUS
en	Moscow
es	Moscú
@KREMLIN ORG for=RUS
*	Kremlin
@DOWNING_STREET ORG for=GBR
*	Downing Street | Número 10 de Downing Street
@PARIS GPE qid=Q90 for=FRA
en	Paris
es	París
@ELYSEE ORG for=FRA
*	Élysée | Elysée Palace | Palacio del Elíseo | Elíseo
@BERLIN GPE qid=Q64 for=DEU
en	Berlin
es	Berlín
@MADRID GPE qid=Q2807 for=ESP
*	Madrid
@MONCLOA ORG for=ESP
*	La Moncloa | Moncloa
@BRUSSELS GPE qid=Q239 for=EU
en	Brussels
es	Bruselas
@TOKYO GPE qid=Q1490 for=JPN
en	Tokyo
es	Tokio
@SEOUL GPE qid=Q8684 for=KOR
en	Seoul
es	Seúl
@PYONGYANG GPE qid=Q18808 for=PRK
*	Pyongyang | Pionyang
@TEHRAN GPE qid=Q3616 for=IRN
en	Tehran
es	Teherán
@KYIV GPE qid=Q1899 for=UKR
*	Kyiv | Kiev
@TAIPEI GPE qid=Q1867 for=TWN
*	Taipei | Taipéi
@OTTAWA GPE qid=Q1930 for=CAN
*	Ottawa
@CANBERRA GPE qid=Q3114 for=AUS
*	Canberra
@NEW_DELHI GPE qid=Q987 for=IND
en	New Delhi
es	Nueva Delhi
@BRASILIA GPE qid=Q2844 for=BRA
*	Brasília | Brasilia
@MEXICO_CITY GPE qid=Q1489 for=MEX
en	Mexico City
es	Ciudad de México
@BUENOS_AIRES GPE qid=Q1486 for=ARG
*	Buenos Aires
@CARACAS GPE qid=Q1533 for=VEN
*	Caracas
@HAVANA GPE qid=Q1563 for=CUB
en	Havana
es	La Habana
@BOGOTA GPE qid=Q2841 for=COL
*	Bogotá
@SANTIAGO_DE_CHILE GPE qid=Q2887 for=CHL
*	Santiago de Chile
@LIMA GPE qid=Q2868 for=PER
*	=Lima
@DAMASCUS GPE qid=Q3766 for=SYR
en	Damascus
es	Damasco
@CAIRO GPE qid=Q85 for=EGY
en	Cairo
es	El Cairo
@TRIPOLI GPE qid=Q3579 for=LBY
en	Tripoli
es	Trípoli
@SANAA GPE qid=Q2471 for=YEM
*	Sanaa | Saná
@ANKARA GPE qid=Q3640 for=TUR
*	Ankara
@RIYADH GPE qid=Q3692 for=SAU
en	Riyadh
es	Riad
@JERUSALEM GPE qid=Q1218 for=ISR
en	Jerusalem
es	Jerusalén
