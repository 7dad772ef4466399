# crossclaim entity lexicon: generic actors, peoples, armed and political groups, regions and
# places that are not countries, and events that news about claims names.
#
# Source: hand-written by the crossclaim team (names in English and Spanish as the news and the
# Fundéu / RAE recommendations write them). QIDs: Wikidata, only where the authors checked them.
# Licence: MIT OR Apache-2.0, as crossclaim.
#
# Conventions: a region or place is LOC (a sub-national unit that governs itself, a US state,
# is GPE); a people is NORP; an armed or political group is ORG. Generic actors are GROUP.
# Companies, products and news outlets are in companies.lex; cities in cities.lex.
# Left out on purpose: "the West" / "Occidente" (the compass point and the film genre far
# more often than the bloc in our text), "los aliados" (any allies).

# ---------------------------------------------------------------------------------------------
# Generic actors

@INTERNATIONAL_COMMUNITY GROUP
en	international community
es	comunidad internacional

# ---------------------------------------------------------------------------------------------
# Peoples and groups

@UYGHURS NORP
en	Uyghur | Uyghurs | Uighur | Uighurs
es	uigur | uigures
@KURDS NORP
en	Kurd | Kurds | Kurdish
es	kurdo | kurda | kurdos | kurdas
@ROHINGYA NORP
en	Rohingya | Rohingyas
es	rohinyá | rohinyás | rohingya | rohingyas
@TIBETANS NORP
en	Tibetan | Tibetans
es	tibetano | tibetana | tibetanos | tibetanas
@HAMAS ORG
*	Hamás | Hamas
@HEZBOLLAH ORG
*	Hezbollah | Hizbulá | Hezbolá | Hizbolá
@TALIBAN ORG
*	Taliban | talibán | talibanes
@ISIS ORG
*	Islamic State | Estado Islámico | =ISIS | =ISIL | =EI | =Daesh | =Dáesh
# the full names, so that `Iraq`/`el Iraq` inside them is no mention of the country
en	Islamic State in Iraq and the Levant | Islamic State of Iraq and the Levant | Islamic State in Iraq and Syria | Islamic State of Iraq and Syria
es	Estado Islámico del Iraq y el Levante | Estado Islámico de Irak y el Levante | Estado Islámico en el Iraq y el Levante | Estado Islámico de Iraq y el Levante | Estado Islámico de Irak y Siria | =EIIL
@AL_QAEDA ORG
*	Al Qaeda | Al Qaida | Al-Qaeda | Al-Qaida
# Al-Qaida's regional branches and the Nusra Front have their own names (and the Security
# Council's sanctions list treats them as entities of their own): without them `Al-Qaida` inside
# `Al-Qaida en el Magreb Islámico` gave AL_QAEDA in one language while the acronym (`AQIM`) gave
# nothing in the other. UN English also glues `AlQaida`.
@AQIM ORG
en	Al-Qaida in the Islamic Maghreb | Al-Qaeda in the Islamic Maghreb | Al Qaeda in the Islamic Maghreb | Al Qaida in the Islamic Maghreb | AlQaida in the Islamic Maghreb
es	Al-Qaida en el Magreb Islámico | Al Qaeda en el Magreb Islámico | Al-Qaeda en el Magreb Islámico | Al Qaida en el Magreb Islámico | Al Qaeda del Magreb Islámico
en	=AQIM
es	=AQMI | =AQIM
@AQAP ORG
en	Al-Qaida in the Arabian Peninsula | Al-Qaeda in the Arabian Peninsula | Al Qaeda in the Arabian Peninsula | Al Qaida in the Arabian Peninsula | AlQaida in the Arabian Peninsula
es	Al-Qaida en la Península Arábiga | Al Qaeda en la Península Arábiga | Al-Qaeda en la Península Arábiga | Al Qaida en la Península Arábiga
*	=AQAP
@AL_NUSRA_FRONT ORG
en	Al-Nusrah Front | Al-Nusra Front | Al Nusra Front | Nusra Front | Jabhat al-Nusra | Jabhat al-Nusrah | Jabhet al-Nusra
es	Frente Al-Nusra | Frente al-Nusra | Frente Al Nusra | Frente Al-Nusrah
en	=ANF
# (the Spanish of UN documents abbreviates `el FAN`)
es	=FAN
@HOUTHIS ORG
en	Houthis | Houthi | Houthi rebels | Ansar Allah
es	hutíes | hutí | rebeldes hutíes | huthíes
# Spanish news often keeps the English name (`la milicia Houthi`)
es	=Houthi | =Houthis
@BOKO_HARAM ORG
*	Boko Haram
@AL_SHABAAB ORG
*	Al Shabaab | al-Shabaab | Al Shabab
@LRA ORG
en	Lord's Resistance Army | Lord’s Resistance Army
es	Ejército de Resistencia del Señor
*	=LRA
# Darfur's rebel movements, by their English names and acronyms and the Spanish names of UN
# documents and news (`el Movimiento y Ejército de Liberación del Sudán`): without them the
# Spanish `Ejército` gave the generic ARMY and `del Sudán` the country
@SLM_A ORG
en	Sudan Liberation Movement/Army | Sudan Liberation Movement / Army | Sudan Liberation Army | Sudan Liberation Movement
es	Movimiento y Ejército de Liberación del Sudán | Movimiento/Ejército de Liberación del Sudán | Ejército de Liberación del Sudán | Movimiento de Liberación del Sudán
*	=SLM/A | =SLA | =SLM
# (the Spanish of UN documents writes the acronym `SLMA`)
es	=SLMA
@JEM ORG
en	Justice and Equality Movement
es	Movimiento por la Justicia y la Igualdad | Movimiento Justicia e Igualdad
*	=JEM
# the Rwandan Hutu armed group of the eastern Democratic Republic of the Congo
@FDLR ORG
en	Democratic Forces for the Liberation of Rwanda
es	Fuerzas Democráticas de Liberación de Rwanda | Fuerzas Democráticas de Liberación de Ruanda | Fuerzas Democráticas para la Liberación de Rwanda | Fuerzas Democráticas para la Liberación de Ruanda
*	=FDLR
@WAGNER_GROUP ORG
en	Wagner Group | Wagner mercenary group
es	Grupo Wagner
@PKK ORG
*	=PKK
en	Kurdistan Workers' Party
es	Partido de los Trabajadores de Kurdistán
@FARC ORG
*	=FARC | =FARC-EP
en	Revolutionary Armed Forces of Colombia
es	Fuerzas Armadas Revolucionarias de Colombia
@ELN ORG
*	=ELN
en	National Liberation Army of Colombia
es	Ejército de Liberación Nacional
@ETA ORG
*	=ETA
@SHINING_PATH ORG
en	Shining Path
es	Sendero Luminoso
@FREE_SYRIAN_ARMY ORG
en	Free Syrian Army
es	Ejército Libre Sirio
@MUSLIM_BROTHERHOOD ORG
en	Muslim Brotherhood
es	Hermanos Musulmanes
@FATAH ORG
*	=Fatah | =Al Fatah
@LAZARUS_GROUP ORG
*	Lazarus Group | grupo Lazarus
@APT31 ORG
*	=APT31 | =APT 31
@APT40 ORG
*	=APT40 | =APT 40
@HAFNIUM ORG
*	=Hafnium | =HAFNIUM

# ---------------------------------------------------------------------------------------------
# Groupings of states and non-governmental organisations (intergovernmental organisations with
# a secretariat are in orgs.lex)

@G7 ORG
*	=G7 | =G-7
en	Group of Seven
es	Grupo de los Siete
@G20 ORG
*	=G20 | =G-20
en	Group of Twenty
es	Grupo de los Veinte
@BRICS ORG
*	=BRICS
@AMNESTY_INTERNATIONAL ORG
*	Amnesty International | Amnistía Internacional
@HUMAN_RIGHTS_WATCH ORG
*	Human Rights Watch | =HRW
@GREENPEACE ORG
*	Greenpeace
@MSF ORG
*	Médecins Sans Frontières | =MSF
en	Doctors Without Borders
es	Médicos Sin Fronteras
@OXFAM ORG
*	Oxfam | Oxfam International | Intermón Oxfam
@TRANSPARENCY_INTERNATIONAL ORG
*	Transparency International | Transparencia Internacional
@RSF ORG
*	Reporters sans frontières
en	Reporters Without Borders
es	Reporteros Sin Fronteras
@WORLD_ECONOMIC_FORUM ORG
en	World Economic Forum
es	Foro Económico Mundial
@IOC_OLYMPIC ORG
en	International Olympic Committee
es	Comité Olímpico Internacional
@FIFA ORG
*	=FIFA
@UEFA ORG
*	=UEFA

# ---------------------------------------------------------------------------------------------
# Regions and places that are not countries

@SOUTH_CHINA_SEA LOC
en	South China Sea
es	Mar de China Meridional | mar de la China Meridional | Mar del Sur de China
@EAST_CHINA_SEA LOC
en	East China Sea
es	Mar de China Oriental | mar de la China Oriental
@TAIWAN_STRAIT LOC
en	Taiwan Strait | Strait of Taiwan
es	Estrecho de Taiwán
@XINJIANG LOC
*	Xinjiang | Sinkiang
@TIBET LOC
en	Tibet
es	Tíbet
@CRIMEA LOC
*	Crimea
@DONBAS LOC
*	Donbas | Donbass | Donbás
@GAZA LOC
*	Gaza | Franja de Gaza | Gaza Strip
@WEST_BANK LOC
en	West Bank
es	Cisjordania
@GOLAN_HEIGHTS LOC
en	Golan Heights
es	Altos del Golán
@KASHMIR LOC
en	Kashmir
es	Cachemira
@KURDISTAN LOC
*	Kurdistan | Kurdistán
@CATALONIA GPE
en	Catalonia
es	Cataluña
@BASQUE_COUNTRY GPE
en	Basque Country
es	País Vasco | Euskadi
@ANDALUSIA GPE
en	Andalusia
es	Andalucía
@CANARY_ISLANDS GPE
en	Canary Islands
es	Canarias | Islas Canarias
@BALEARIC_ISLANDS GPE
en	Balearic Islands
es	Baleares | Islas Baleares
@GALICIA GPE
*	=Galicia
@SILICON_VALLEY LOC
*	Silicon Valley
@EUROPE LOC
en	Europe
es	Europa
@ASIA LOC
*	Asia
@AFRICA LOC
en	Africa
es	África
# Regions of Africa and Asia: their own IDs, so that 'los Estados de Asia Central' is not the
# continent when 'Central Asian States' is the region. The adjective (Central Asian, West African)
# is a NORP form of the region, as a demonym is of its country. Spanish names also occur with
# the article ('del África Occidental', United Nations usage), which the longer match includes.
# Left out: 'Central African' (the Central African Republic's adjective too).
# '=Sudeste Asiático' exact case: lower-case 'el sudeste asiático' is a description, not a name
# (CoNLL-2002 does not tag it).
@WEST_AFRICA LOC
en	West Africa | Western Africa
en/NORP	West African
es	África Occidental
@EAST_AFRICA LOC
en	East Africa | Eastern Africa
en/NORP	East African | Eastern African
es	África Oriental
@CENTRAL_AFRICA LOC
en	Central Africa
es	África Central
@SOUTHERN_AFRICA LOC
en	Southern Africa
en/NORP	Southern African
es	África Austral | África Meridional
@NORTH_AFRICA LOC
en	North Africa | Northern Africa
en/NORP	North African
es	África del Norte | África Septentrional
# `el norte de África` is how Spanish news and the UN's Spanish name the region (English `North
# Africa`); without it, `África` alone gave the continent
es	norte de África
@CENTRAL_ASIA LOC
en	Central Asia
en/NORP	Central Asian
es	Asia Central
@SOUTH_ASIA LOC
en	South Asia | Southern Asia
en/NORP	South Asian
es	Asia Meridional | Asia del Sur
@SOUTH_EAST_ASIA LOC
en	South-East Asia | Southeast Asia | South East Asia
en/NORP	South-East Asian | Southeast Asian
es	=Sudeste Asiático | Asia Sudoriental
@LATIN_AMERICA LOC
en	Latin America
es	América Latina | Latinoamérica | Iberoamérica
@SOUTH_AMERICA LOC
en	South America
es	América del Sur | Sudamérica | Suramérica
@CENTRAL_AMERICA LOC
en	Central America
es	Centroamérica | América Central
@NORTH_AMERICA LOC
en	North America
es	América del Norte | Norteamérica
@CARIBBEAN LOC
en	Caribbean
es	Caribe
@MIDDLE_EAST LOC
en	Middle East | Mideast
es	Oriente Medio | Oriente Próximo | Medio Oriente
@BALKANS LOC
en	Balkans
es	Balcanes
@ARCTIC LOC
en	Arctic
es	Ártico
@SAHEL LOC
*	Sahel
@PERSIAN_GULF LOC
en	Persian Gulf | Gulf region
es	Golfo Pérsico
@MEDITERRANEAN LOC
en	Mediterranean | Mediterranean Sea
es	Mediterráneo | mar Mediterráneo
@STRAIT_OF_HORMUZ LOC
en	Strait of Hormuz
es	Estrecho de Ormuz
@SUEZ_CANAL LOC
en	Suez Canal
es	Canal de Suez
@PANAMA_CANAL LOC
en	Panama Canal
es	Canal de Panamá

# ---------------------------------------------------------------------------------------------
# Events

@COVID_19 EVENT
en	coronavirus pandemic | COVID-19 pandemic | Covid-19 pandemic | COVID pandemic | pandemic of COVID-19
es	pandemia de coronavirus | pandemia del coronavirus | pandemia de COVID-19 | pandemia de covid-19 | pandemia de covid
@WORLD_WAR_II EVENT
en	World War II | Second World War | World War Two
es	Segunda Guerra Mundial | II Guerra Mundial
@WORLD_WAR_I EVENT
en	World War I | First World War | World War One
es	Primera Guerra Mundial | I Guerra Mundial
@COLD_WAR EVENT
en	Cold War
es	Guerra Fría
@ARAB_SPRING EVENT
en	Arab Spring
es	Primavera Árabe
@GREAT_RECESSION EVENT
en	Great Recession | global financial crisis
es	Gran Recesión
@GREAT_DEPRESSION EVENT
en	Great Depression
es	Gran Depresión
@SEPTEMBER_11 EVENT
en	September 11 attacks | 9/11 attacks
es	atentados del 11 de septiembre | atentados del 11-S
@BREXIT EVENT
*	=Brexit
