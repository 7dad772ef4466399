# crossclaim entity lexicon: United Nations peace operations and political missions, organs of
# the Security Council's counter-terrorism work, and the forms of UN-system bodies that
# orgs.lex (generated from the supraverden data) lacks in one language.
#
# Why: news on conflicts and United Nations documents name these bodies by their acronym in one
# sentence and by their full name in the other language (`MONUSCO` / `la MONUSCO`, `UNAMID` /
# `la Operación Híbrida de la Unión Africana y las Naciones Unidas en Darfur`). Without an entity
# of their own, the full name gave the UN (and the AU) in one language while the acronym gave
# nothing in the other, so the two reports of one claim named different entities.
#
# Conventions: each operation is ORG with its own ID (SPEC §6: a body is not its parent
# organisation); the acronym is an exact-case form (=) in the language(s) that use it (the
# Spanish acronym differs for some: UNOCI / ONUCI, UNODC / ONUDD). The long names keep the article
# the UN's Spanish uses (`en el Afganistán`, `en el Líbano`) and the form without it that news
# writes. `+ID` blocks add forms to bodies that orgs.lex or actors.lex define.
#
# Source: hand-written by the crossclaim team from the official English and Spanish names of the
# missions and bodies as the Security Council's resolutions and reports give them (public
# record: the English and Spanish versions of the same UN documents). QIDs: left out (not checked).
# Licence: MIT OR Apache-2.0, as crossclaim.

# ---------------------------------------------------------------------------------------------
# Peace operations and political missions

@MINUSMA ORG
en	United Nations Multidimensional Integrated Stabilization Mission in Mali | United Nations Multidimensional Integrated Stabilisation Mission in Mali
es	Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en Malí
*	=MINUSMA
@MONUSCO ORG
en	United Nations Organization Stabilization Mission in the Democratic Republic of the Congo | United Nations Organisation Stabilisation Mission in the Democratic Republic of the Congo
es	Misión de Estabilización de las Naciones Unidas en la República Democrática del Congo
*	=MONUSCO
@MONUC ORG
en	United Nations Organization Mission in the Democratic Republic of the Congo
es	Misión de las Naciones Unidas en la República Democrática del Congo
*	=MONUC
@UNAMID ORG
en	African Union-United Nations Hybrid Operation in Darfur | United Nations-African Union Hybrid Operation in Darfur | AU-UN Hybrid Operation in Darfur
# (the slash of some resolutions: `United Nations/African Union Hybrid Operation in Darfur`)
en	African Union/United Nations Hybrid Operation in Darfur | United Nations/African Union Hybrid Operation in Darfur | AU/UN Hybrid Operation in Darfur
es	Operación Híbrida de la Unión Africana y las Naciones Unidas en Darfur
*	=UNAMID
@UNMISS ORG
en	United Nations Mission in South Sudan | UN Mission in South Sudan | United Nations Mission in the Republic of South Sudan
es	Misión de las Naciones Unidas en Sudán del Sur | Misión de las Naciones Unidas en la República de Sudán del Sur
*	=UNMISS
@UNMIS ORG
en	United Nations Mission in the Sudan | United Nations Mission in Sudan
es	Misión de las Naciones Unidas en el Sudán | Misión de las Naciones Unidas en Sudán
*	=UNMIS
@BINUCA ORG
en	United Nations Integrated Peacebuilding Office in the Central African Republic
es	Oficina Integrada de las Naciones Unidas para la Consolidación de la Paz en la República Centroafricana
*	=BINUCA
@MINUSCA ORG
en	United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic
es	Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en la República Centroafricana
*	=MINUSCA
@UNOCI ORG
en	United Nations Operation in Côte d'Ivoire | United Nations Operation in Côte d’Ivoire
en	=UNOCI
es	Operación de las Naciones Unidas en Côte d'Ivoire | Operación de las Naciones Unidas en Côte d’Ivoire
es	=ONUCI
@UNMIL ORG
en	United Nations Mission in Liberia
es	Misión de las Naciones Unidas en Liberia
*	=UNMIL
@MINUSTAH ORG
en	United Nations Stabilization Mission in Haiti | United Nations Stabilisation Mission in Haiti
es	Misión de Estabilización de las Naciones Unidas en Haití
*	=MINUSTAH
@UNIFIL ORG
en	United Nations Interim Force in Lebanon | UN Interim Force in Lebanon
es	Fuerza Provisional de las Naciones Unidas en el Líbano | Fuerza Interina de las Naciones Unidas en el Líbano | Fuerza Provisional de las Naciones Unidas en Líbano | Fuerza Interina de las Naciones Unidas en Líbano
*	=UNIFIL
es	=FPNUL | =FINUL
@UNAMA ORG
en	United Nations Assistance Mission in Afghanistan | UN Assistance Mission in Afghanistan
es	Misión de Asistencia de las Naciones Unidas en el Afganistán | Misión de Asistencia de las Naciones Unidas en Afganistán
*	=UNAMA
@UNAMI ORG
en	United Nations Assistance Mission for Iraq | UN Assistance Mission for Iraq
es	Misión de Asistencia de las Naciones Unidas para el Iraq | Misión de Asistencia de las Naciones Unidas para Irak
*	=UNAMI
@UNMIT ORG
en	United Nations Integrated Mission in Timor-Leste
es	Misión Integrada de las Naciones Unidas en Timor-Leste
*	=UNMIT
@UNSOM ORG
en	United Nations Assistance Mission in Somalia
es	Misión de Asistencia de las Naciones Unidas en Somalia
*	=UNSOM
@AMISOM ORG
en	African Union Mission in Somalia | AU Mission in Somalia
es	Misión de la Unión Africana en Somalia
*	=AMISOM

# ---------------------------------------------------------------------------------------------
# Forms that the generated orgs.lex lacks in one language

@UNODC ORG
en	United Nations Office on Drugs and Crime | UN Office on Drugs and Crime
es	Oficina de las Naciones Unidas contra la Droga y el Delito
*	=UNODC
es	=ONUDD
# Spanish full name (orgs.lex has only `Unicef`, so `Fondo de las Naciones Unidas para la
# Infancia` gave the UN)
+UNICEF
es	Fondo de las Naciones Unidas para la Infancia
# `International Narcotic Control Board` (singular), as UN documents also write it
+INCB
en	International Narcotic Control Board
