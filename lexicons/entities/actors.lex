# crossclaim entity lexicon: companies, products, news agencies, generic actors, peoples, places
# and events that news about claims names.
#
# Source: hand-written by the crossclaim team. QIDs: Wikidata, only where the authors checked
# them. Licence: same as crossclaim.

@INTERNATIONAL_COMMUNITY GROUP
en	international community
es	comunidad internacional

# Companies and products
@MICROSOFT ORG qid=Q2283
*	Microsoft
@MICROSOFT_EXCHANGE PRODUCT
*	Microsoft Exchange | Microsoft Exchange Server | Exchange Server
@SOLARWINDS ORG
*	SolarWinds
@GOOGLE ORG qid=Q95
*	Google
@FACEBOOK ORG qid=Q380
*	=Facebook
@META ORG
*	Meta Platforms
@TWITTER ORG qid=Q918
*	=Twitter
@APPLE ORG qid=Q312
*	=Apple Inc.
@AMAZON ORG qid=Q3884
*	=Amazon.com
@HUAWEI ORG
*	Huawei
@TIKTOK PRODUCT
*	TikTok
@KASEYA ORG
*	Kaseya
@COLONIAL_PIPELINE ORG
*	Colonial Pipeline

# News agencies and outlets
@ASSOCIATED_PRESS ORG qid=Q40469
*	Associated Press | =AP
@REUTERS ORG qid=Q130879
*	Reuters
@AFP ORG qid=Q40464
*	Agence France-Presse | Agence France Presse | France-Presse | France Presse | =AFP
@EFE ORG
*	Agencia EFE | =EFE
@XINHUA ORG
*	Xinhua | Nueva China
@BBC ORG
*	=BBC
@CNN ORG
*	=CNN
@AL_JAZEERA ORG
*	Al Jazeera | Al Yazira
@EUROPA_PRESS ORG
*	Europa Press
@GLOBAL_TIMES ORG
*	Global Times

# Peoples and groups
@UYGHURS NORP
en	Uyghur | Uyghurs | Uighur | Uighurs
es	uigur | uigures
@KURDS NORP
en	Kurd | Kurds | Kurdish
es	kurdo | kurda | kurdos | kurdas
@HAMAS ORG
*	Hamás | Hamas
@HEZBOLLAH ORG
*	Hezbollah | Hizbulá | Hezbolá
@TALIBAN ORG
*	Taliban | talibán | talibanes
@ISIS ORG
*	Islamic State | Estado Islámico | =ISIS | =ISIL | =EI | =Daesh | =Dáesh
@AL_QAEDA ORG
*	Al Qaeda | Al Qaida | Al Qaeda | Al-Qaeda
@MUSLIM_BROTHERHOOD ORG
en	Muslim Brotherhood
es	Hermanos Musulmanes

# Places that are not countries
@SOUTH_CHINA_SEA LOC
en	South China Sea
es	Mar de China Meridional | mar de la China Meridional | Mar del Sur de China
@XINJIANG LOC
*	Xinjiang | Sinkiang
@HONG_KONG GPE for=CHN
*	Hong Kong
@CRIMEA LOC
en	Crimea
es	Crimea
@GAZA LOC
*	Gaza | Franja de Gaza | Gaza Strip

# Events
@COVID_19 EVENT
en	coronavirus pandemic | COVID-19 pandemic | Covid-19 pandemic | COVID pandemic | pandemic of COVID-19
es	pandemia de coronavirus | pandemia del coronavirus | pandemia de COVID-19 | pandemia de covid-19 | pandemia de covid
