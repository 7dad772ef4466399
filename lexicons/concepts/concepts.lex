# crossclaim concept lexicon: the topics a claim is about, shared by English and Spanish
#
# A concept is what a claim is about (a cyberattack, sanctions, an election, refugees …). When an
# English and a Spanish claim name the same concept, alignment takes it as a sign that they report
# the same assertion. Concepts are not entities: countries, organisations and people are in
# ../entities/, attribution cues (say, accuse, deny, decir, acusar, negar …) are in ../cues/.
#
# Format:
#   @ID [broader=ID]         starts a concept; ID is an upper-case slug [A-Z0-9_]+. `broader=`
#                            names a more general concept of this file that a match also counts
#                            as (CYBERATTACK is also ATTACK). Hierarchies are one level deep: a
#                            broader concept has no broader concept of its own.
#   en<TAB>form | form | …   English forms
#   es<TAB>form | form | …   Spanish forms
# Every concept has both an `en` and an `es` line. Comments start with '#'.
#
# Forms are lemmas (singular nouns, a few infinitives), lower case except acronyms. They are
# matched as whole words after lower-casing, accent stripping and Snowball stemming of every word
# (rust-stemmers, English and Spanish), leftmost-longest, so `sanción` also matches `sanciones`
# and `hacker` matches `hackers`. Plurals are not listed unless their stem differs from the
# singular's: in Spanish that is the case for short words (`arma`/`armas`), for words ending in
# -r (`militar`/`militares`, `arma nuclear`/`armas nucleares`) and for -ación, whose plural -aciones
# loses the suffix once the accent is stripped (`inundación`/`inundaciones`).
#
# A form should, in news, nearly always mean its concept: words that are too generic, or that
# stem together with a frequent unrelated word, are left out or only used inside a multiword
# form. What was left out on purpose, with the word it would also match:
#   en  `import` (important), `talks` (talk), `accord` (according), `accountability` (account),
#       `housing` (house), `privatization` (private), `extremism` (extreme), `populism`
#       (population), `nationalism` (nation), `activism` (activity), `strike`, `deal`, `bill`,
#       `march`, `arms` (armed), `arsenal` (the football club)
#   es  `acuerdo` (de acuerdo con), `tratado` (trata, tratar), `embargo` (sin embargo), `paro`
#       (para), `negociar`/`negociador` (negocio), `periodista` (periodo), `nacionalismo`
#       (nacional), `populismo` (popular), `activista` (actividad), `escalada` (escala),
#       `desarme` (desear), `importador` (importante), `grano` (gran), `censura` (the cue
#       `censurar`), `vigilancia` (monitoring in general)
# Some forms are kept although they also match something else, because leaving them out would
# lose the concept in one language: `security`/`seguridad` (secure, seguro), `intelligence`/
# `inteligencia` (intelligent, inteligente), `responsible` (response), `constitution`
# (constitute), `manifestante` (the cue `manifestar`), `protest`/`protesta` and `threat`/`amenaza`
# (also cue words), `salud` (saludar), `prueba` (a test, as well as proof).
# Article-led forms (`el embargo`, `las negociaciones`) are deliberate: they keep `sin embargo`
# and `los negocios` out.
#
# Source: hand-written by the crossclaim team. Licence: same as crossclaim.

# ---------------------------------------------------------------------------------------------
# Cyber security
# ---------------------------------------------------------------------------------------------

@CYBERSECURITY
en	cybersecurity | cyber security | cyber-security | information security | computer security | network security | cyber resilience | cyber-resilience | cyber hygiene
es	ciberseguridad | seguridad cibernética | seguridad informática | seguridad de la información | seguridad de las redes | ciberresiliencia | resiliencia cibernética

@CYBERATTACK broader=ATTACK
en	cyberattack | cyber attack | cyber-attack | cyber assault | hack | hacking | cyber hack | cyber intrusion | computer intrusion | network intrusion | malicious cyber activity | cyber operation | cyber campaign | denial of service | denial-of-service | DDoS | cyber warfare | cyberwarfare | cyberwar
es	ciberataque | ataque cibernético | ataque informático | hackeo | pirateo informático | intrusión informática | intrusión cibernética | actividad cibernética maliciosa | ciberactividad maliciosa | operación cibernética | denegación de servicio | DDoS | ciberguerra | guerra cibernética | guerra informática

@HACKER
en	hacker | cyberhacker | cyber hacker | hacker group | cyber actor | threat actor | hacktivist
es	hacker | jáquer | pirata informático | ciberpirata | grupo de hackers | actor cibernético | hacktivista

@CYBERCRIME broader=CRIME
en	cybercrime | cyber crime | computer crime | online fraud | phishing | spear phishing | spear-phishing | identity theft | cybercriminal | cyber criminal
es	ciberdelito | cibercrimen | ciberdelincuencia | delito informático | delito cibernético | fraude en línea | phishing | suplantación de identidad | robo de identidad | ciberdelincuente

@CYBERSPACE
en	cyberspace | cyber domain
es	ciberespacio | espacio cibernético | dominio cibernético

@MALWARE
en	malware | malicious software | malicious code | computer virus | computer worm | trojan horse | botnet | backdoor | wiper malware
es	malware | software malicioso | programa malicioso | código malicioso | virus informático | gusano informático | troyano | red de bots | puerta trasera

@RANSOMWARE broader=MALWARE
en	ransomware | ransomware attack | ransom software
es	ransomware | secuestro de datos | programa de secuestro | ataque de ransomware

@SPYWARE broader=MALWARE
en	spyware | surveillance software | stalkerware
es	spyware | programa espía | software espía | programa de espionaje

@DATA_BREACH
en	data breach | data leak | security breach | data theft | breach of data | stolen data | leaked data
es	filtración de datos | brecha de seguridad | brecha de datos | robo de datos | fuga de datos | violación de datos | datos robados

@VULNERABILITY
en	security vulnerability | software vulnerability | security flaw | security hole | zero-day | zero day | software flaw | security bug | unpatched
es	vulnerabilidad de seguridad | vulnerabilidad informática | fallo de seguridad | falla de seguridad | agujero de seguridad | día cero | parche de seguridad

@NETWORK_DEFENCE broader=CYBERSECURITY
en	network defence | network defense | cyber defence | cyber defense | cyberdefence | cyberdefense | cyber deterrence
es	defensa de la red | defensa de redes | ciberdefensa | defensa cibernética | disuasión cibernética

@ENCRYPTION broader=CYBERSECURITY
en	encryption | end-to-end encryption | cryptography | decryption
es	encriptación | encriptado | cifrado de extremo a extremo | criptografía | desencriptar

@CYBER_THREAT broader=THREAT
en	cyber threat | cyberthreat | cyber-threat | cyber risk | online threat
es	amenaza cibernética | ciberamenaza | amenaza informática | riesgo cibernético

# ---------------------------------------------------------------------------------------------
# Intelligence and espionage
# ---------------------------------------------------------------------------------------------

@ESPIONAGE
en	espionage | spying | spy | spy ring | spymaster | secret agent
es	espionaje | espía | espiar | red de espionaje | agente secreto

@CYBER_ESPIONAGE broader=ESPIONAGE
en	cyber espionage | cyberespionage | cyber-espionage | cyber spying | cyber-spying | computer espionage
es	ciberespionaje | espionaje cibernético | espionaje informático

@INDUSTRIAL_ESPIONAGE broader=ESPIONAGE
en	industrial espionage | economic espionage | corporate espionage | theft of trade secrets | trade secret theft | intellectual property theft | theft of intellectual property
es	espionaje industrial | espionaje económico | espionaje corporativo | robo de secretos comerciales | robo de propiedad intelectual

@INTELLIGENCE
en	intelligence agency | intelligence service | secret service | spy agency | intelligence officer | intelligence official | intelligence community | intelligence report | intelligence assessment | military intelligence | threat intelligence | intelligence gathering | counterintelligence | counter-intelligence | intelligence
es	agencia de inteligencia | servicio de inteligencia | servicio secreto | agencia de espionaje | oficial de inteligencia | agente de inteligencia | comunidad de inteligencia | informe de inteligencia | inteligencia militar | inteligencia sobre amenazas | fuentes de inteligencia | contrainteligencia | contraespionaje | inteligencia

@SURVEILLANCE
en	surveillance | mass surveillance | wiretapping | wiretap | eavesdropping | phone tapping | interception of communications | facial recognition | electronic surveillance | surveillance cameras
es	vigilancia masiva | escucha telefónica | pinchazo telefónico | interceptación de comunicaciones | intercepción de comunicaciones | reconocimiento facial | bajo vigilancia | vigilancia electrónica | vigilancia digital | programa de vigilancia | cámaras de vigilancia | sistema de vigilancia | vigilancia gubernamental | vigilancia estatal | vigilancia ilegal

@SABOTAGE
en	sabotage | saboteur | cyber sabotage | cyber-sabotage
es	sabotaje | saboteador | sabotear | sabotaje cibernético | ciberabotaje

@INFORMATION_SHARING broader=COOPERATION
en	information sharing | information-sharing | sharing of information | exchange of information | information exchange | intelligence sharing | sharing of intelligence | share information | share intelligence
es	intercambio de información | intercambio de inteligencia | compartir información | compartir inteligencia | información compartida

# ---------------------------------------------------------------------------------------------
# Security, threat, stability
# ---------------------------------------------------------------------------------------------

@SECURITY
en	security | insecurity
es	inseguridad | seguridad y defensa | amenaza a la seguridad | política de seguridad | cuestión de seguridad | riesgo para la seguridad | seguridad

@NATIONAL_SECURITY broader=SECURITY
en	national security | homeland security | state security | national-security
es	seguridad nacional | seguridad del estado | seguridad del país

@ECONOMIC_SECURITY broader=SECURITY
en	economic security
es	seguridad económica

@PUBLIC_SECURITY broader=SECURITY
en	public security | public safety | public order | law and order | citizen security
es	seguridad pública | seguridad ciudadana | orden público

@MARITIME_SECURITY broader=SECURITY
en	maritime security | freedom of navigation | territorial waters | sea lane | shipping lane
es	seguridad marítima | libertad de navegación | aguas territoriales | ruta marítima | vía marítima

@SECURITY_FORCES
en	security forces | security personnel | security services
es	fuerzas de seguridad | cuerpos de seguridad | fuerzas de seguridad del estado | servicios de seguridad | personal de seguridad

@THREAT
en	threat | menace
es	amenaza

@CONCERN
en	concern | worry | unease
es	preocupación | inquietud | desasosiego | preocupaciones

@TENSION
en	tension | escalation | standoff | stand-off | brinkmanship | friction
es	tensión | escalada de la tensión | escalada militar | escalada bélica | escalada del conflicto | escalada de violencia | fricción

@STABILITY
en	stability | instability | destabilization | destabilisation | destabilizing | destabilising | unstable
es	estabilidad | inestabilidad | desestabilización | desestabilizador | desestabilizar | inestable

@COERCION
en	coercion | coercive | intimidation | blackmail | bullying
es	coerción | coercitivo | intimidación | chantaje | intimidar

@ECONOMIC_COERCION broader=COERCION
en	economic coercion | economic pressure | economic blackmail | economic intimidation
es	coerción económica | presión económica | chantaje económico | intimidación económica

@DETERRENCE
en	deterrence | deterrent | nuclear deterrent | nuclear deterrence
es	disuasión | disuasivo | disuasorio | disuasión nuclear

@SOVEREIGNTY
en	sovereignty | territorial integrity | sovereign territory
es	soberanía | integridad territorial | territorio soberano

@INTERFERENCE
en	interference | meddling | internal affairs | foreign interference | interfere | meddle
es	injerencia | intromisión | asuntos internos | injerencia extranjera | interferencia | entrometerse | inmiscuirse

@ELECTION_INTERFERENCE broader=INTERFERENCE
en	election interference | election meddling | electoral interference | interference in the election | meddling in the election
es	injerencia electoral | interferencia electoral | injerencia en las elecciones | intromisión electoral

@HEGEMONY
en	hegemony | hegemonic | hegemonism | bullying tactics
es	hegemonía | hegemónico | hegemonismo

@GEOPOLITICS
en	geopolitics | geopolitical | sphere of influence
es	geopolítica | geopolítico | esfera de influencia | zona de influencia

@INTERNATIONAL_ORDER
en	international order | world order | rules-based order | rules-based international order | global order
es	orden internacional | orden mundial | orden basado en reglas | orden basado en normas | orden global

# ---------------------------------------------------------------------------------------------
# Military and war
# ---------------------------------------------------------------------------------------------

@ATTACK
en	attack | assault | onslaught | military aggression | act of aggression | war of aggression | armed aggression
es	ataque | agresión | asalto | embestida | atacar

@MILITARY_OFFENSIVE broader=ATTACK
en	military offensive | counteroffensive | counter-offensive | ground offensive | military operation | ground operation | incursion
es	ofensiva | ofensiva militar | contraofensiva | ofensiva terrestre | operación militar | operación terrestre | incursión | operaciones militares | operaciones terrestres

@AIRSTRIKE broader=ATTACK
en	airstrike | air strike | air raid | aerial bombardment | air attack | drone strike | missile strike | aerial attack | bombing raid
es	bombardeo aéreo | ataque aéreo | ataque con drones | ataque con misiles | incursión aérea | raid aéreo | incursiones aéreas

@SHELLING broader=ATTACK
en	shelling | bombardment | artillery fire | artillery | mortar fire | rocket fire
es	bombardeo | bombardear | fuego de artillería | artillería | disparo de morteros | lanzamiento de cohetes

@BOMBING broader=ATTACK
en	bombing | bomb | bomb attack | car bomb | explosive device | IED | roadside bomb | bomb blast
es	bomba | atentado con bomba | coche bomba | artefacto explosivo | explosivo improvisado | carro bomba

@RETALIATION
en	retaliation | reprisal | retaliatory | counterattack | counter-attack | countermeasure | counter-measure | tit-for-tat | retaliate
es	represalia | contraataque | contramedida | medidas de represalia | respuesta militar | tomar represalias | ojo por ojo

@WAR
en	war | warfare | armed conflict | wartime | war zone | belligerent
es	guerra | conflicto bélico | conflicto armado | bélico | zona de guerra | beligerante

@CIVIL_WAR broader=WAR
en	civil war | internal armed conflict
es	guerra civil | conflicto armado interno

@INVASION broader=WAR
en	invasion | invade | invader | invading force
es	invasión | invadir | invasor | fuerza invasora

@OCCUPATION broader=WAR
en	military occupation | occupied territory | occupying power | occupation forces | occupying forces
es	ocupación militar | territorio ocupado | potencia ocupante | fuerzas de ocupación

@ANNEXATION
en	illegal annexation | annexation referendum | forcible annexation | annexed territory
es	anexión | anexionar | anexionarse

@CLASHES
en	clash | skirmish | gunfight | exchange of fire | border clash | armed clash
es	escaramuza | tiroteo entre | intercambio de disparos | choque armado | enfrentamiento armado | choque fronterizo | enfrentamientos entre | violentos enfrentamientos | enfrentamientos con

@MILITARY
en	military | armed forces | army | navy | air force | defence forces | defense forces | military forces | militarization | militarisation
es	ejército | fuerzas armadas | fuerza aérea | fuerzas militares | militar | militarización | militares | fuerzas aéreas | la armada

@TROOPS broader=MILITARY
en	troops | soldier | serviceman | servicemen | service member | infantry | combat troops | ground troops
es	tropas | soldado | efectivos militares | infantería | tropas de combate | tropas terrestres | infantes de marina | contingente | contingentes militares

@MILITARY_EXERCISE broader=MILITARY
en	military exercise | military drill | war games | wargames | joint exercise | joint military exercise | naval exercise | naval drill | live-fire drill | live-fire exercise | military manoeuvres | military maneuvers
es	maniobras militares | ejercicio militar | ejercicios militares | maniobras navales | maniobras conjuntas | ejercicio naval | juegos de guerra | simulacro militar | ejercicios con fuego real

@MILITARY_DEPLOYMENT broader=MILITARY
en	troop deployment | military deployment | deploy troops | deployed troops | military buildup | military build-up | troop buildup | troop build-up | military presence | massing of troops
es	despliegue militar | despliegue de tropas | desplegar tropas | concentración de tropas | presencia militar | acumulación de tropas | refuerzo militar | refuerzos militares

@MILITARY_AID broader=MILITARY
en	military aid | military assistance | arms supply | weapons delivery | supply of weapons | arms shipment | security assistance
es	ayuda militar | asistencia militar | envío de armas | suministro de armas | entrega de armas | cargamento de armas | apoyo militar

@MILITARY_BASE broader=MILITARY
en	military base | air base | airbase | naval base | army base | military installation | military outpost
es	base militar | base aérea | base naval | instalación militar | puesto militar | bases militares | bases aéreas | instalaciones militares

@WARSHIP broader=MILITARY
en	warship | aircraft carrier | submarine | frigate | naval vessel | naval fleet | battleship | patrol vessel
es	buque de guerra | portaaviones | submarino | fragata | destructor | buque militar | flota naval | acorazado | patrullero | buques militares

@FIGHTER_JET broader=MILITARY
en	fighter jet | warplane | combat aircraft | military aircraft | fighter aircraft | bomber | stealth fighter
es	avión de combate | avión militar | avión caza | cazabombardero | bombardero | aeronave militar | aviones militares

@AIR_DEFENCE broader=MILITARY
en	air defence | air defense | missile defence | missile defense | anti-aircraft | antiaircraft | missile shield | interceptor missile | air-defence system | air-defense system
es	defensa aérea | defensa antiaérea | antiaéreo | defensa antimisiles | escudo antimisiles | sistema antiaéreo | misil interceptor | antimisiles | defensas antiaéreas | defensas aéreas

@MILITARY_SPENDING broader=MILITARY
en	defence spending | defense spending | defence budget | defense budget | military spending | military budget | military expenditure
es	gasto militar | gasto en defensa | presupuesto de defensa | presupuesto militar | gasto de defensa | gastos militares

@MOBILIZATION broader=MILITARY
en	military mobilization | military mobilisation | mobilization of reservists | conscription | military draft | conscript | reservist | compulsory military service
es	movilización militar | movilización de reservistas | conscripción | servicio militar obligatorio

@MERCENARIES
en	mercenary | private military company | private military contractor | soldier of fortune
es	mercenario | empresa militar privada | contratista militar privado

@DEFECTION
en	defector | defect to
es	deserción | desertor | defección | tránsfuga

@DRONE
en	drone | unmanned aerial vehicle | UAV | unmanned aircraft | kamikaze drone
es	dron | drone | vehículo aéreo no tripulado | avión no tripulado | aeronave no tripulada | dron kamikaze

@AIRSPACE
en	airspace | air space | airspace violation | no-fly zone | no fly zone | air defence identification zone | air defense identification zone
es	espacio aéreo | violación del espacio aéreo | zona de exclusión aérea | zona de identificación de defensa aérea

@LANDMINE
en	landmine | land mine | anti-personnel mine | antipersonnel mine | cluster munition | cluster bomb | unexploded ordnance | mine action | mine clearance | demining | explosive remnants of war
es	mina antipersona | mina antipersonal | mina terrestre | bomba de racimo | munición de racimo | artefacto sin explotar | desminado | remoción de minas | municiones en racimo | municiones sin detonar | restos explosivos de guerra

@ALLIANCE
en	alliance | ally | military alliance | defence pact | defense pact | partner nation | partner country | strategic partnership | security partnership
es	alianza | alianza militar | pacto de defensa | país socio | nación socia | socio estratégico | asociación estratégica | sus aliados | países aliados | aliados occidentales | aliado estratégico | aliados y socios | fuerzas aliadas | nuestros aliados | aliados europeos | alianzas militares

@MILITARY_COOPERATION broader=COOPERATION
en	military cooperation | defence cooperation | defense cooperation | security cooperation | military ties | defence ties | defense ties
es	cooperación militar | cooperación en defensa | cooperación en materia de defensa | cooperación en seguridad | cooperación en materia de seguridad | lazos militares

# ---------------------------------------------------------------------------------------------
# Weapons
# ---------------------------------------------------------------------------------------------

@WEAPONS
en	weapon | weaponry | armament | munitions | ammunition | weapons system
es	arma | armamento | munición | sistema de armas | armas

@MISSILE
en	missile | rocket | ballistic missile | cruise missile | ICBM | intercontinental ballistic missile | short-range missile | long-range missile | warhead
es	misil | cohete | misil balístico | misil de crucero | misil intercontinental | misil balístico intercontinental | misil de corto alcance | misil de largo alcance | ojiva

@MISSILE_TEST broader=MISSILE
en	missile test | missile launch | test launch | test-fire | test fire | missile firing | rocket launch | satellite launch
es	prueba de misil | lanzamiento de misil | ensayo de misiles | prueba balística | lanzamiento de un satélite

@HYPERSONIC_WEAPON broader=MISSILE
en	hypersonic missile | hypersonic weapon | hypersonic glide vehicle
es	misil hipersónico | arma hipersónica | vehículo hipersónico | armas hipersónicas

@NUCLEAR_WEAPON
en	nuclear weapon | atomic bomb | atom bomb | nuclear bomb | nuclear arsenal | nuclear warhead | atomic weapon | nuke | nuclear-armed | nuclear attack | nuclear war | nuclear strike
es	arma nuclear | bomba atómica | bomba nuclear | arsenal nuclear | ojiva nuclear | cabeza nuclear | arma atómica | ataque nuclear | guerra nuclear | armas nucleares | armas atómicas | cabezas nucleares | bombas nucleares | ojivas nucleares | arsenales nucleares | ataques nucleares

@NUCLEAR_TEST broader=NUCLEAR_WEAPON
en	nuclear test | nuclear testing | atomic test | nuclear test site
es	prueba nuclear | ensayo nuclear | prueba atómica | ensayo atómico | polígono de pruebas nucleares | ensayos nucleares | pruebas nucleares

@NUCLEAR_PROGRAM
en	nuclear programme | nuclear program | uranium enrichment | enriched uranium | enrich uranium | nuclear facility | nuclear site | centrifuge | plutonium | nuclear activities | nuclear ambitions
es	programa nuclear | enriquecimiento de uranio | uranio enriquecido | enriquecer uranio | instalación nuclear | instalaciones nucleares | centrifugadora | plutonio | actividades nucleares | ambiciones nucleares | programas nucleares

@NUCLEAR_DEAL broader=NUCLEAR_PROGRAM
en	nuclear deal | nuclear agreement | nuclear accord | nuclear talks | nuclear negotiations
es	acuerdo nuclear | pacto nuclear | negociaciones nucleares | conversaciones nucleares | diálogo nuclear | las negociaciones nucleares

@ARMS_CONTROL
en	arms control | disarmament | non-proliferation | nonproliferation | nuclear disarmament | arms reduction | denuclearization | denuclearisation | proliferation | disarm
es	control de armas | control de armamentos | no proliferación | desarme nuclear | reducción de armas | desnuclearización | proliferación | desarmar | el desarme | del desarme | al desarme | desarme y desmovilización

@ARMS_RACE broader=WEAPONS
en	arms race | nuclear arms race
es	carrera armamentística | carrera armamentista | carrera de armamentos | carrera nuclear

@ARMS_TRADE broader=WEAPONS
en	arms sale | arms deal | arms export | arms trade | arms trafficking | weapons sale | weapons trafficking | arms dealer | illicit trade in small arms | illicit arms trade
es	venta de armas | exportación de armas | comercio de armas | tráfico de armas | contrato de armamento | traficante de armas | tráfico ilícito de armas

@CHEMICAL_WEAPON broader=WEAPONS
en	chemical weapon | chemical attack | nerve agent | sarin | chlorine gas | mustard gas | novichok | chemical agent
es	arma química | ataque químico | agente nervioso | gas sarín | sarín | gas cloro | gas mostaza | novichok | agente químico | armas químicas

@BIOLOGICAL_WEAPON broader=WEAPONS
en	biological weapon | bioweapon | biological warfare | bioterrorism | anthrax
es	arma biológica | guerra biológica | bioterrorismo | ántrax | carbunco | armas biológicas

@WMD broader=WEAPONS
en	weapon of mass destruction | WMD
es	armas de destrucción masiva | arma de destrucción masiva | armas de destrucción en masa

@FIREARMS broader=WEAPONS
en	firearm | gun | rifle | handgun | pistol | assault rifle | machine gun | small arms
es	arma de fuego | fusil | rifle | pistola | revólver | fusil de asalto | ametralladora | armas ligeras | armas pequeñas | armas de fuego

# ---------------------------------------------------------------------------------------------
# Terrorism, violence, casualties
# ---------------------------------------------------------------------------------------------

@TERRORISM
en	terrorism | terrorist | terror attack | terrorist attack | terror group | terrorist group | terrorist organisation | terrorist organization | counterterrorism | counter-terrorism | terror plot
es	terrorismo | terrorista | atentado | atentado terrorista | grupo terrorista | organización terrorista | antiterrorista | lucha antiterrorista | contraterrorismo | complot terrorista | organizaciones terroristas

@SUICIDE_BOMBING broader=TERRORISM
en	suicide bombing | suicide bomber | suicide attack | suicide bomb | suicide car bomb
es	atentado suicida | terrorista suicida | ataque suicida | suicida con bomba | coche bomba suicida

@EXTREMISM
en	extremist | radicalisation | jihadism | jihadist | jihad | violent extremism | radical islamist | islamist militant | extremist group
es	radicalización | yihadismo | yihadista | yihad | extremismo violento | islamista radical | grupo extremista | extremistas islámicos | organización extremista

@INSURGENCY
en	insurgency | insurgent | rebel | rebellion | militant | militia | militiaman | guerrilla | armed group | paramilitary
es	insurgencia | insurgente | rebelde | rebelión | milicia | miliciano | guerrilla | guerrillero | grupo armado | paramilitar | paramilitares

@RECRUITMENT
en	recruitment | forced recruitment | recruitment of children | recruiter | recruitment of fighters | foreign fighters
es	reclutamiento | reclutamiento forzoso | reclutamiento de niños | combatientes extranjeros | reclutamiento de combatientes

@UNREST
en	unrest | civil unrest | uprising | revolt | riot | rioting | rioter | turmoil | looting | unrest in the streets
es	disturbio | revuelta | levantamiento popular | levantamiento armado | estallido social | altercado | saqueo | malestar social | convulsión social | agitación social | levantamientos populares

@COUP
en	coup | coup attempt | attempted coup | putsch | military takeover | junta | coup plotter | overthrow
es	golpe de estado | golpe militar | intentona golpista | golpista | junta militar | asonada | derrocamiento | derrocar | golpes militares

@REGIME_CHANGE
en	regime change | toppling of the government | topple the government
es	cambio de régimen | derrocar al gobierno | caída del régimen

@VIOLENCE
en	violence | violent | bloodshed | brutality
es	violencia | violento | derramamiento de sangre | brutalidad

@KILLING
en	murder | homicide | manslaughter | murderer | killer | slaying
es	asesinato | homicidio | asesino | homicida | asesinar | muerte violenta

@ASSASSINATION broader=KILLING
en	assassination | assassinate | assassination attempt | targeted killing | assassin | assassination plot | political assassination
es	magnicidio | asesinato selectivo | intento de asesinato | complot para asesinar | sicario | asesinato político

@MASSACRE broader=KILLING
en	massacre | mass killing | slaughter | mass murder | carnage | bloodbath
es	masacre | matanza | asesinato masivo | carnicería | baño de sangre

@GENOCIDE
en	genocide | ethnic cleansing | genocidal | extermination
es	genocidio | limpieza étnica | genocida | exterminio

@WAR_CRIME broader=WAR
en	war crime | crime against humanity | war criminal | atrocity
es	crimen de guerra | crímenes de guerra | crimen de lesa humanidad | crímenes de lesa humanidad | crimen contra la humanidad | criminal de guerra | atrocidad | crímenes contra la humanidad

@CASUALTIES
en	casualty | death toll | fatality | wounded | injured | dead | body count | lives lost | loss of life | killing | people killed
es	víctima mortal | número de muertos | balance de víctimas | balance de muertos | cifra de muertos | cifra de víctimas | muerto | herido | fallecido | pérdida de vidas | heridos de gravedad | perdieron la vida | personas muertas

@CIVILIAN_CASUALTIES broader=CASUALTIES
en	civilian casualties | civilian deaths | civilian death toll | civilians killed | killing of civilians | civilian victims
es	víctimas civiles | civiles muertos | muerte de civiles | bajas civiles

@VICTIMS
en	victim | survivor
es	víctima | superviviente | sobreviviente

@HOSTAGE
en	hostage | hostage-taking | hostage taking | captive | held captive | hostage release
es	rehén | toma de rehenes | cautivo | cautiverio | liberación de rehenes | rehenes

@KIDNAPPING broader=CRIME
en	kidnapping | kidnap | abduction | abduct | kidnapper | abductor | ransom | ransom demand
es	secuestro | secuestrar | rapto | raptar | secuestrador | pedir rescate | pago de rescate | pagar un rescate

@HIJACKING
en	hijacking | hijack | hijacker | skyjacking
es	secuestro aéreo | secuestro de un avión | secuestro del avión | pirata aéreo | secuestro de un barco

@PRISONER_EXCHANGE
en	prisoner exchange | prisoner swap | prisoner of war | POW | exchange of prisoners
es	canje de prisioneros | intercambio de prisioneros | prisionero de guerra | canje de presos | intercambio de presos

@EXPLOSION
en	explosion | explosive | detonation | detonate
es	explosión | explosivo | detonación | detonar

@SHOOTING broader=VIOLENCE
en	shooting | gunman | gunmen | mass shooting | gunfire | gun violence | shooter | sniper | armed violence
es	tiroteo | pistolero | balacera | violencia armada | disparos | francotirador | tirador | balazo

@GENDER_VIOLENCE broader=VIOLENCE
en	gender violence | gender-based violence | violence against women | domestic violence | femicide | feminicide | intimate partner violence
es	violencia de género | violencia machista | violencia contra la mujer | violencia contra las mujeres | feminicidio | femicidio | violencia doméstica | violencia intrafamiliar | violencia por motivos de género

@SEXUAL_VIOLENCE broader=VIOLENCE
en	sexual violence | rape | sexual assault | sexual abuse | sexual harassment | rapist | sexual exploitation
es	violencia sexual | violación sexual | agresión sexual | abuso sexual | acoso sexual | violador | explotación sexual

@POLICE_VIOLENCE broader=VIOLENCE
en	police brutality | police violence | excessive force | police abuse | police shooting | police killing
es	brutalidad policial | violencia policial | abuso policial | uso excesivo de la fuerza | represión policial | gatillo fácil

# ---------------------------------------------------------------------------------------------
# Peace and diplomacy
# ---------------------------------------------------------------------------------------------

@PEACE
en	peace | peacemaking | peace process | peace plan | peace initiative | peace efforts
es	paz | proceso de paz | plan de paz | iniciativa de paz | esfuerzos de paz | pacificación

@CEASEFIRE broader=PEACE
en	ceasefire | cease-fire | truce | armistice | cessation of hostilities | humanitarian pause
es	alto el fuego | alto al fuego | cese el fuego | cese al fuego | cese del fuego | tregua | armisticio | cese de hostilidades | pausa humanitaria | cesación del fuego | cesación de las hostilidades

@PEACE_TALKS broader=PEACE
en	peace talks | peace negotiations | peace conference | peace dialogue
es	conversaciones de paz | negociaciones de paz | conferencia de paz | diálogo de paz | mesa de paz | las negociaciones de paz | las conversaciones de paz

@PEACE_AGREEMENT broader=PEACE
en	peace agreement | peace deal | peace accord | peace treaty | peace pact
es	acuerdo de paz | tratado de paz | pacto de paz

@PEACEKEEPING broader=PEACE
en	peacekeeping | peacekeeper | peacekeeping mission | peacekeeping force | peacekeeping operation | blue helmets
es	mantenimiento de la paz | cascos azules | fuerza de paz | misión de paz | operación de paz | fuerza de mantenimiento de la paz | operaciones de paz

@DIPLOMACY
en	diplomacy | diplomat | diplomatic | diplomatic channels | diplomatic efforts | diplomatic corps
es	diplomacia | diplomático | vía diplomática | canales diplomáticos | esfuerzos diplomáticos | cuerpo diplomático

@DIPLOMATIC_RELATIONS broader=DIPLOMACY
en	diplomatic relations | diplomatic ties | break off relations | sever ties | severed ties | restore relations | normalization of relations | normalisation of relations | normalize relations | normalise relations | restoration of relations
es	relaciones diplomáticas | lazos diplomáticos | ruptura de relaciones | romper relaciones | restablecimiento de relaciones | restablecer relaciones | normalización de relaciones | normalizar relaciones

@BILATERAL_RELATIONS broader=DIPLOMACY
en	bilateral relations | bilateral ties | bilateral relationship | bilateral cooperation | bilateral talks | bilateral meeting
es	lazos bilaterales | relación bilateral | cooperación bilateral | conversaciones bilaterales | reunión bilateral

@FOREIGN_POLICY broader=DIPLOMACY
en	foreign policy | foreign affairs | external relations | international relations
es	política exterior | asuntos exteriores | relaciones exteriores | relaciones internacionales

@EMBASSY broader=DIPLOMACY
en	embassy | consulate | consul | consulate general | diplomatic mission | legation | ambassador | envoy | chargé d'affaires | special envoy | emissary
es	embajada | embajador | consulado | cónsul | consulado general | misión diplomática | legación | sede diplomática | enviado especial | encargado de negocios | emisario

@EXPULSION_OF_DIPLOMATS broader=DIPLOMACY
en	expulsion of diplomats | expel diplomats | expelled diplomats | expulsion of the ambassador | expel the ambassador | persona non grata | diplomatic expulsion | tit-for-tat expulsions
es	expulsión de diplomáticos | expulsar a diplomáticos | expulsión del embajador | expulsar al embajador | persona non grata | diplomáticos expulsados

@RECALL_AMBASSADOR broader=DIPLOMACY
en	recall the ambassador | recall its ambassador | recalled its ambassador | recall of the ambassador | withdraw the ambassador
es	llamar a consultas | llamado a consultas | retirar al embajador | retirada del embajador | retiro del embajador

@DIPLOMATIC_PROTEST broader=DIPLOMACY
en	diplomatic protest | formal protest | note of protest | protest note | démarche | demarche | summon the ambassador | summoned the ambassador | diplomatic note | lodge a protest | lodged a protest | stern representations | solemn representations
es	protesta diplomática | protesta formal | nota de protesta | nota diplomática | convocar al embajador | citar al embajador | convocatoria del embajador | protesta enérgica | gestiones diplomáticas | presentar una protesta

@DIPLOMATIC_ISOLATION broader=DIPLOMACY
en	diplomatic isolation | international isolation | isolate diplomatically | pariah state | international pariah
es	aislamiento diplomático | aislamiento internacional | aislar diplomáticamente | estado paria | paria internacional

@STATE_VISIT broader=DIPLOMACY
en	state visit | official visit | working visit | diplomatic visit | visit abroad
es	visita de estado | visita oficial | visita de trabajo | visita diplomática | gira internacional

@SUMMIT broader=DIPLOMACY
en	summit | summit meeting | summitry | leaders' summit | high-level meeting
es	cumbre | reunión cumbre | reunión de alto nivel | encuentro de alto nivel

@JOINT_STATEMENT
en	joint statement | joint declaration | joint communiqué | joint communique | joint press release
es	declaración conjunta | comunicado conjunto | declaración común | nota conjunta

@MULTILATERALISM
en	multilateralism | multilateral | multilateral cooperation | multilateral institutions
es	multilateralismo | multilateral | cooperación multilateral | instituciones multilaterales

@AGREEMENT
en	agreement | memorandum of understanding | framework agreement | bilateral agreement | international agreement | sign an agreement | signed an agreement | reach an agreement | reached an agreement
es	memorando de entendimiento | memorándum de entendimiento | acuerdo marco | acuerdo bilateral | acuerdo internacional | acuerdo firmado | acuerdo de | acuerdo para | acuerdo entre | acuerdo sobre | acuerdo alcanzado

@TREATY broader=AGREEMENT
en	treaty | pact | convention on | international treaty | bilateral treaty | ratification | ratify | convention against
es	pacto | tratado internacional | tratado bilateral | ratificación | ratificar | convenio | convención sobre | los tratados | firmar el tratado | ratificar el tratado | tratado de no proliferación | tratado de prohibición

@NEGOTIATIONS
en	negotiation | negotiator | negotiate | round of talks | high-level talks | direct talks | negotiating table | bargaining
es	negociación | ronda de negociaciones | ronda de conversaciones | mesa de negociación | conversaciones directas | conversaciones de alto nivel | mesa de negociaciones | proceso negociador | negociación directa | las negociaciones | nuevas negociaciones | unas negociaciones | estas negociaciones | negociaciones directas | reanudar las negociaciones

@MEDIATION broader=NEGOTIATIONS
en	mediation | mediator | mediate | intermediary | good offices | broker a deal
es	mediación | mediador | buenos oficios | papel mediador | labor de mediación

@DIALOGUE
en	dialogue | dialog | dialogue and consultation | constructive dialogue
es	diálogo | diálogo constructivo | diálogo y consulta | dialogar

@COOPERATION
en	cooperation | co-operation | collaboration | cooperate | co-operate | collaborate | collective approach | joint effort
es	cooperación | colaboración | cooperar | enfoque colectivo | esfuerzo conjunto | trabajo conjunto

@SOLIDARITY
en	solidarity | show of solidarity | united front
es	solidaridad | muestra de solidaridad | frente común | frente unido

@EXTRADITION
en	extradition | extradite | extradition request | extradition treaty
es	extradición | extraditar | solicitud de extradición | tratado de extradición

@SANCTIONS
en	sanction | economic sanctions | punitive measures | sanctions regime
es	sanción | sanciones económicas | medidas punitivas | régimen de sanciones | medidas restrictivas

@EMBARGO broader=SANCTIONS
en	embargo | economic embargo | trade embargo | oil embargo | blockade | naval blockade | economic blockade | arms embargo
es	embargo económico | embargo comercial | embargo petrolero | bloqueo naval | bloqueo económico | bloqueo comercial | el embargo | un embargo | del embargo | levantar el embargo | embargo de armas | embargo de armamentos

@ASSET_FREEZE broader=SANCTIONS
en	asset freeze | freeze assets | frozen assets | assets frozen | freezing of assets | seized assets | asset seizure
es	congelación de activos | congelamiento de activos | congelar activos | activos congelados | congelación de bienes | congelamiento de bienes | bienes congelados | incautación de activos

@BLACKLIST broader=SANCTIONS
en	blacklist | entity list | sanctions list | watch list
es	lista negra | lista de entidades | lista de sanciones | lista de vigilancia

@EXPORT_CONTROLS broader=SANCTIONS
en	export control | export ban | export restriction | export curbs | export licence | export license
es	control de exportaciones | controles de exportación | controles a la exportación | prohibición de exportar | prohibición de exportaciones | restricciones a la exportación | restricciones de exportación | licencia de exportación | controles de las exportaciones

@TRAVEL_BAN
en	travel ban | entry ban | visa ban | visa restrictions | travel restrictions | banned from entering
es	prohibición de viajar | prohibición de entrada | veto migratorio | restricciones de visado | restricciones de viaje | prohibición de ingreso | restricciones de visa

@VISA
en	visa | visa application | visa regime | visa-free | visa waiver
es	visado | visa | solicitud de visado | régimen de visados | exención de visado | libre de visado

@INTERNATIONAL_LAW
en	international law | international humanitarian law | law of the sea | violation of international law | breach of international law | Geneva Conventions | international norms
es	derecho internacional | derecho internacional humanitario | derecho del mar | violación del derecho internacional | convenciones de ginebra | normas internacionales | convenios de ginebra

@TERRITORIAL_DISPUTE
en	territorial dispute | territorial claim | maritime dispute | disputed territory | disputed islands | border dispute | maritime claims | territorial conflict
es	disputa territorial | reclamación territorial | reclamaciones territoriales | reivindicación territorial | conflicto territorial | disputa fronteriza | territorio en disputa | territorio disputado | disputa marítima | islas en disputa | islas disputadas

@INDEPENDENCE
en	independence movement | independence referendum | declaration of independence | declare independence | independence bid | secession | secessionist | separatism | separatist | self-determination | breakaway region | pro-independence
es	movimiento independentista | referéndum de independencia | declaración de independencia | declarar la independencia | secesión | secesionista | separatismo | separatista | autodeterminación | región separatista | líder independentista | partidos independentistas | libre determinación

@AUTONOMY
en	autonomy | self-rule | self-government | autonomous region | home rule | devolution
es	autonomía | autogobierno | región autónoma | comunidad autónoma

@VETO
en	veto | veto power | vetoed
es	veto | vetar | derecho de veto | poder de veto

@RESOLUTION
en	draft resolution | binding resolution | non-binding resolution | resolution condemning | adopted a resolution | adopt a resolution
es	proyecto de resolución | resolución vinculante | resolución no vinculante | resolución que condena | aprobó una resolución | aprobar una resolución

@RECOGNITION
en	diplomatic recognition | recognise the independence | recognize the independence | recognition of the state | recognise the state | recognize the state
es	reconocimiento diplomático | reconocer la independencia | reconocimiento del estado | reconocer al estado | reconocimiento de la independencia

@ACCESSION
en	membership bid | membership application | accession talks | join the bloc | bid to join | accession process
es	solicitud de adhesión | negociaciones de adhesión | candidatura de ingreso | ingreso en el bloque | solicitud de ingreso | proceso de adhesión

# ---------------------------------------------------------------------------------------------
# Humanitarian
# ---------------------------------------------------------------------------------------------

@AID
en	foreign aid | development aid | financial aid | aid package | financial assistance | development assistance | donor | economic aid
es	ayuda exterior | ayuda al desarrollo | ayuda financiera | paquete de ayuda | asistencia financiera | cooperación al desarrollo | donante | ayuda económica | asistencia económica

@HUMANITARIAN_AID broader=AID
en	humanitarian aid | humanitarian assistance | relief aid | aid convoy | humanitarian corridor | relief supplies | aid worker | humanitarian access | emergency aid | relief effort | humanitarian worker | humanitarian personnel
es	ayuda humanitaria | asistencia humanitaria | corredor humanitario | convoy humanitario | suministros de socorro | trabajador humanitario | acceso humanitario | ayuda de emergencia | personal humanitario

@HUMANITARIAN_CRISIS
en	humanitarian crisis | humanitarian disaster | humanitarian catastrophe | humanitarian situation | humanitarian emergency | humanitarian crises
es	crisis humanitaria | catástrofe humanitaria | desastre humanitario | situación humanitaria | emergencia humanitaria

@HUNGER
en	hunger | malnutrition | undernourishment | food insecurity | food shortage | food security | food crisis | starvation | starve | food crises
es	hambre | desnutrición | malnutrición | inseguridad alimentaria | escasez de alimentos | seguridad alimentaria | crisis alimentaria | inanición

@FAMINE broader=HUNGER
en	famine | mass starvation
es	hambruna | hambre masiva

@RESCUE_OPERATION
en	rescue | rescue operation | search and rescue | rescue workers | rescuer | rescue team | evacuation | evacuate | evacuee
es	operación de rescate | búsqueda y rescate | rescatista | equipo de rescate | labores de rescate | evacuación | evacuar | evacuado

# ---------------------------------------------------------------------------------------------
# Politics
# ---------------------------------------------------------------------------------------------

@ELECTION
en	election | electoral | ballot box | polling station | electorate | election result | poll workers
es	elección | comicios | electoral | urnas | colegio electoral | electorado | resultado electoral | jornada electoral

@PRESIDENTIAL_ELECTION broader=ELECTION
en	presidential election | presidential race | presidential vote | presidential candidate | presidential campaign
es	elección presidencial | comicios presidenciales | carrera presidencial | candidato presidencial | campaña presidencial

@PARLIAMENTARY_ELECTION broader=ELECTION
en	general election | parliamentary election | legislative election | midterm elections | midterms | snap election | early election
es	elecciones generales | elecciones legislativas | elecciones parlamentarias | comicios legislativos | elecciones de medio término | elecciones intermedias | elecciones anticipadas | adelanto electoral

@LOCAL_ELECTION broader=ELECTION
en	local election | municipal election | regional election | mayoral election
es	elecciones municipales | elecciones locales | elecciones regionales | elecciones autonómicas | comicios municipales | elecciones a alcalde

@PRIMARY_ELECTION broader=ELECTION
en	primary election | party primary | caucus
es	elecciones primarias | elecciones internas | internas partidarias

@RUNOFF broader=ELECTION
en	runoff | second round | runoff vote | runoff election
es	segunda vuelta | balotaje | ballotage | segunda ronda electoral

@ELECTION_CAMPAIGN broader=ELECTION
en	election campaign | electoral campaign | campaign trail | campaign rally | re-election campaign | reelection campaign
es	campaña electoral | campaña de reelección | mitin electoral | mitin de campaña | carrera electoral

@ELECTORAL_FRAUD broader=ELECTION
en	electoral fraud | election fraud | vote rigging | ballot stuffing | rigged election | vote-rigging | voter fraud | stolen election | vote buying | electoral irregularities
es	fraude electoral | pucherazo | manipulación electoral | compra de votos | elecciones amañadas | irregularidades electorales | robo electoral | elección robada

@VOTER_TURNOUT broader=ELECTION
en	turnout | voter turnout | abstention | low turnout
es	participación electoral | abstención | participación en las elecciones | baja participación

@OPINION_POLL broader=ELECTION
en	opinion poll | poll | pollster | exit poll | approval rating | opinion survey
es	encuesta | sondeo | encuestadora | sondeo de opinión | encuesta a pie de urna | boca de urna | índice de aprobación

@VOTE
en	vote | voting | voter | ballot | suffrage | electoral roll | absentee ballot | mail-in ballot
es	voto | votación | votar | votante | sufragio | papeleta | boleta electoral | padrón electoral | censo electoral | voto por correo

@REFERENDUM broader=VOTE
en	referendum | plebiscite | public consultation | popular consultation
es	referéndum | referendo | plebiscito | consulta popular | consulta ciudadana

@PARLIAMENTARY_VOTE broader=VOTE
en	parliamentary vote | vote in parliament | confidence vote | no-confidence vote | vote of no confidence | no confidence vote | motion of censure | censure motion | vote of confidence | floor vote | roll call
es	votación parlamentaria | votación en el parlamento | moción de censura | cuestión de confianza | moción de confianza | voto de confianza | voto de censura | votación en el congreso | votación nominal

@PARLIAMENT
en	parliament | parliamentary | lawmaker | legislature | MP | member of parliament | congressman | congresswoman | senator | parliamentarian | lower house | upper house
es	parlamento | parlamentario | diputado | congresista | senador | cámara baja | cámara alta | asamblea legislativa | poder legislativo | escaño | poderes legislativos

@LEGISLATION
en	legislation | law | draft law | draft bill | legislative | enact | enacted | amendment | legislator
es	legislación | ley | proyecto de ley | anteproyecto | legislativo | norma legal | promulgar | enmienda | ley orgánica | legislador | estatuto

@DECREE
en	decree | executive order | presidential decree | emergency decree | decree-law
es	decreto | orden ejecutiva | decreto presidencial | decreto de emergencia | decreto ley | decreto-ley

@CONSTITUTION
en	constitution | constitutional | constitutional reform | constitutional amendment | unconstitutional
es	constitución | constitucional | reforma constitucional | enmienda constitucional | carta magna | inconstitucional | anticonstitucional | texto constitucional

@CONSTITUTIONAL_CRISIS broader=CONSTITUTION
en	constitutional crisis | constitutional court ruling | breach of the constitution | violation of the constitution | constitutional crises
es	crisis constitucional | ruptura constitucional | violación de la constitución | quiebre constitucional

@POLITICAL_CRISIS
en	political crisis | government crisis | institutional crisis | political deadlock | political impasse | political turmoil | political instability | government collapse | political crises | government crises | institutional crises
es	crisis política | crisis de gobierno | crisis institucional | bloqueo político | estancamiento político | inestabilidad política | convulsión política | colapso del gobierno

@COALITION_GOVERNMENT
en	coalition government | governing coalition | ruling coalition | coalition talks | coalition partner | government formation
es	gobierno de coalición | coalición de gobierno | coalición gobernante | socio de coalición | formación de gobierno | investidura

@CABINET_RESHUFFLE
en	cabinet reshuffle | reshuffle | government reshuffle | cabinet shake-up
es	remodelación del gabinete | remodelación ministerial | remodelación del gobierno | cambio de gabinete | crisis de gabinete

@INAUGURATION
en	swearing-in | sworn in | oath of office | inaugural address | take office | took office | presidential inauguration | inauguration ceremony | inauguration day
es	toma de posesión | juramentación | jura del cargo | asumir el cargo | asumió el cargo | juramento del cargo | asunción presidencial

@RESIGNATION
en	resignation | resign | step down | stepped down | stepping down | quit his post | quit her post
es	dimisión | dimitir | renuncia | renunciar | dejar el cargo | abandonar el cargo | presentar su renuncia

@IMPEACHMENT
en	impeachment | impeach | impeachment trial | removal from office | articles of impeachment | recall election
es	juicio político | destitución | destituir | impeachment | vacancia presidencial | moción de vacancia | revocatorio | referéndum revocatorio

@POLITICAL_PARTY
en	political party | ruling party | governing party | party leader | party congress | party leadership | party member
es	partido político | partido gobernante | partido en el poder | líder del partido | congreso del partido | dirección del partido | partido de gobierno

@OPPOSITION
en	opposition | opposition leader | opposition party | opposition figure | opposition politician | opposition candidate
es	oposición | opositor | líder opositor | partido opositor | dirigente opositor | candidato opositor | líderes opositores

@DISSIDENT
en	dissident | dissent | critic of the government | government critic | exile | exiled
es	disidente | disidencia | crítico del gobierno | exiliado | exilio | opositor en el exilio

@ACTIVISM
en	activist | human rights defender | human rights activist | civil rights activist
es	defensor de los derechos humanos | defensora de los derechos humanos | activista de derechos humanos | activista político | activistas prodemocracia | activistas opositores

@CIVIL_SOCIETY
en	civil society | NGO | non-governmental organization | non-governmental organisation | nonprofit | charity
es	sociedad civil | ONG | organización no gubernamental | organización sin ánimo de lucro | organización sin fines de lucro | entidad benéfica | organizaciones no gubernamentales | organizaciones sin fines de lucro

@AUTHORITARIANISM
en	authoritarianism | authoritarian | dictatorship | dictator | autocracy | autocrat | autocratic | totalitarian | totalitarianism | despot | tyranny | one-party state
es	autoritarismo | autoritario | dictadura | dictador | autocracia | autócrata | autocrático | totalitario | totalitarismo | déspota | tiranía | partido único

@DEMOCRACY
en	democracy | democratic values | democratic institutions | democratic process | democratisation | democratic transition
es	democracia | valores democráticos | instituciones democráticas | proceso democrático | democratización | transición democrática

@POPULISM
en	populist | demagogue | demagoguery
es	discurso populista | demagogia | demagogo

@NATIONALISM
en	nationalist | ultranationalist | ultra-nationalist | chauvinism
es	ultranacionalista | chovinismo | patriotero | patrioterismo

@FAR_RIGHT
en	far right | far-right | extreme right | alt-right | neo-nazi | neo-Nazi | white supremacist | neo-fascist
es	extrema derecha | ultraderecha | ultraderechista | neonazi | supremacista blanco | neofascista

@FAR_LEFT
en	far left | far-left | extreme left | radical left
es	extrema izquierda | ultraizquierda | ultraizquierdista | izquierda radical

@CORRUPTION
en	corruption | bribery | bribe | graft | kickback | embezzlement | embezzle | corrupt | cronyism | nepotism | influence peddling | misappropriation of funds
es	corrupción | soborno | sobornar | cohecho | malversación | coima | corrupto | amiguismo | nepotismo | tráfico de influencias | desvío de fondos | malversación de fondos

@ABUSE_OF_POWER broader=CORRUPTION
en	abuse of power | abuse of office | abuse of authority | obstruction of justice | conflict of interest
es	abuso de poder | abuso de autoridad | obstrucción a la justicia | obstrucción de la justicia | conflicto de intereses | prevaricación

@SCANDAL
en	scandal
es	escándalo

@LOBBYING
en	lobbying | lobbyist | lobby group | pressure group
es	cabildeo | lobby | grupo de presión | lobista | cabildero | lobbista

@CENSORSHIP
en	censorship | censor | censored | media blackout | news blackout | self-censorship | banned books | blocked website
es	censura de prensa | censura en internet | censura informativa | censura mediática | autocensura | apagón informativo | libros prohibidos | páginas bloqueadas | sitios bloqueados

@INTERNET_SHUTDOWN broader=CENSORSHIP
en	internet shutdown | internet blackout | internet blocking | website blocking | great firewall | internet outage | social media ban
es	apagón de internet | corte de internet | bloqueo de internet | cierre de internet | gran cortafuegos | bloqueo de las redes sociales | restricción de internet

@DISINFORMATION
en	disinformation | misinformation | fake news | propaganda | false information | information warfare | influence operation | influence campaign | disinformation campaign | conspiracy theory | false narrative | troll farm
es	desinformación | noticias falsas | bulo | propaganda | información falsa | guerra informativa | guerra de la información | operación de influencia | campaña de influencia | campaña de desinformación | teoría de la conspiración | teoría conspirativa | granja de troles | fake news | informaciones falsas

@DEEPFAKE broader=DISINFORMATION
en	deepfake | deep fake | manipulated video | doctored video
es	deepfake | ultrafalso | vídeo manipulado | video manipulado | video falso

@MEDIA
en	journalist | news media | media outlet | news outlet | newspaper | broadcaster | media | mass media
es	reportero | medio de comunicación | emisora | televisora | corresponsal | agencia de noticias | cadena de televisión

@LEAK
en	leak | leaked | leaked documents | whistleblower | leaker | classified documents | classified information
es	filtración | documentos filtrados | filtrador | documentos clasificados | información clasificada | información confidencial

# ---------------------------------------------------------------------------------------------
# Human rights
# ---------------------------------------------------------------------------------------------

@HUMAN_RIGHTS
en	human rights | fundamental rights | civil liberties | civil rights | basic rights | rights group | human rights group | fundamental freedoms
es	derechos humanos | derechos fundamentales | libertades civiles | derechos civiles | derechos básicos | libertades fundamentales | organización de derechos humanos | grupo de derechos humanos | organizaciones de derechos humanos

@HUMAN_RIGHTS_ABUSE broader=HUMAN_RIGHTS
en	human rights abuse | human rights violation | rights abuses | violation of human rights | abuse of human rights
es	violación de los derechos humanos | violación de derechos humanos | abusos de los derechos humanos | vulneración de derechos | vulneración de los derechos humanos

@FREEDOM_OF_EXPRESSION broader=HUMAN_RIGHTS
en	freedom of expression | free speech | freedom of speech | freedom of assembly | right to protest | freedom of association
es	libertad de expresión | libertad de palabra | libertad de reunión | derecho a la protesta | derecho de reunión | libertad de asociación | derecho a manifestarse

@PRESS_FREEDOM broader=HUMAN_RIGHTS
en	press freedom | freedom of the press | media freedom | free press | independent media | jailed journalist
es	libertad de prensa | libertad de información | libertad informativa | prensa libre | medios independientes | periodista encarcelado

@RELIGIOUS_FREEDOM broader=HUMAN_RIGHTS
en	religious freedom | freedom of religion | religious persecution | freedom of worship | religious minority
es	libertad religiosa | libertad de culto | persecución religiosa | libertad de religión | minoría religiosa

@REPRESSION broader=HUMAN_RIGHTS
en	repression | crackdown | persecution | oppression | repressive | crack down | cracked down | political persecution | harassment of
es	represión | persecución | opresión | represivo | persecución política | hostigamiento | mano dura

@POLITICAL_PRISONER broader=HUMAN_RIGHTS
en	political prisoner | prisoner of conscience | political detainee | jailed opposition
es	preso político | prisionero político | preso de conciencia | detenido político

@TORTURE broader=HUMAN_RIGHTS
en	torture | ill-treatment | mistreatment | waterboarding | cruel treatment | inhuman treatment | degrading treatment
es	tortura | torturar | malos tratos | maltrato | trato cruel | trato inhumano | trato degradante | torturado

@ARBITRARY_DETENTION broader=HUMAN_RIGHTS
en	arbitrary detention | arbitrary arrest | detention without trial | incommunicado | unlawful detention | illegal detention
es	detención arbitraria | arresto arbitrario | detención ilegal | incomunicado | detención sin juicio | privación ilegal de la libertad

@ENFORCED_DISAPPEARANCE broader=HUMAN_RIGHTS
en	enforced disappearance | forced disappearance | disappeared persons | missing persons
es	desaparición forzada | desaparición forzosa | personas desaparecidas

@EXTRAJUDICIAL_KILLING broader=HUMAN_RIGHTS
en	extrajudicial killing | extrajudicial execution | summary execution | extra-judicial killing | death squad
es	ejecución extrajudicial | ejecuciones extrajudiciales | ejecución sumaria | escuadrón de la muerte | ejecuciones sumarias

@INTERNMENT_CAMP broader=HUMAN_RIGHTS
en	internment camp | detention camp | re-education camp | reeducation camp | concentration camp | mass detention | mass internment | vocational training centre | vocational training center
es	campo de internamiento | campo de reeducación | campo de concentración | campo de detención | detención masiva | internamiento masivo | centro de formación profesional | centro de reeducación

@FORCED_LABOUR broader=HUMAN_RIGHTS
en	forced labour | forced labor | slave labour | slave labor | modern slavery | slavery | servitude
es	trabajo forzoso | trabajo forzado | trabajo esclavo | esclavitud moderna | esclavitud | servidumbre

@CHILD_LABOUR broader=HUMAN_RIGHTS
en	child labour | child labor | child soldier | child marriage
es	trabajo infantil | explotación infantil | niño soldado | matrimonio infantil

@MINORITY_RIGHTS broader=HUMAN_RIGHTS
en	minority rights | ethnic minority | indigenous rights | indigenous people | indigenous communities
es	derechos de las minorías | minoría étnica | pueblos indígenas | derechos indígenas | pueblos originarios | comunidades indígenas

@DISCRIMINATION
en	discrimination | racism | racial discrimination | racist | xenophobia | xenophobic | antisemitism | anti-semitism | islamophobia | segregation | apartheid
es	discriminación | racismo | discriminación racial | racista | xenofobia | xenófobo | antisemitismo | islamofobia | segregación | apartheid | discriminaciones

@HATE_CRIME broader=DISCRIMINATION
en	hate crime | hate speech | incitement to hatred | hate group
es	delito de odio | crimen de odio | discurso de odio | incitación al odio | incitar al odio

@GENDER_EQUALITY
en	gender equality | gender gap | gender parity | gender discrimination | women's rights | rights of women | feminism | feminist | sexism
es	igualdad de género | brecha de género | paridad de género | discriminación de género | derechos de las mujeres | derechos de la mujer | feminismo | feminista | machismo | sexismo

@LGBT_RIGHTS
en	same-sex marriage | gay marriage | LGBT | LGBTQ | LGBTI | homophobia | transgender | gay rights | LGBT rights
es	matrimonio igualitario | matrimonio homosexual | matrimonio entre personas del mismo sexo | LGTB | LGBT | LGTBI | LGBTI | homofobia | transgénero | derechos LGBT

@ABORTION
en	abortion | pro-choice | pro-life | termination of pregnancy | reproductive rights
es	aborto | interrupción voluntaria del embarazo | interrupción del embarazo | derechos reproductivos | despenalización del aborto | proaborto | provida

@DEATH_PENALTY
en	death penalty | capital punishment | death sentence | death row | executed by hanging | lethal injection | firing squad
es	pena de muerte | pena capital | condena a muerte | condenado a muerte | corredor de la muerte | inyección letal | pelotón de fusilamiento

# ---------------------------------------------------------------------------------------------
# Protest and labour
# ---------------------------------------------------------------------------------------------

@PROTEST
en	protest | demonstration | protester | protestor | demonstrator | rally | mass protest | street protest
es	protesta | manifestación | manifestante | marcha de protesta | concentración de protesta | protestas masivas | plantón | cacerolazo | marcha multitudinaria | manifestaciones masivas

@HUNGER_STRIKE broader=PROTEST
en	hunger strike | hunger striker
es	huelga de hambre | huelguista de hambre

@LABOUR_STRIKE broader=PROTEST
en	general strike | labour strike | labor strike | on strike | strike action | walkout | industrial action | striking workers | picket line
es	huelga | huelga general | huelguista | piquete | jornada de huelga | trabajadores en huelga

@TRADE_UNION
en	trade union | labour union | labor union | union leader | collective bargaining | unionist | labour rights | labor rights | workers' rights | union officials
es	sindicato | sindical | sindicalista | líder sindical | negociación colectiva | convenio colectivo | derechos laborales | derechos de los trabajadores | líderes sindicales

@CIVIL_DISOBEDIENCE broader=PROTEST
en	civil disobedience | boycott | blockade of roads | roadblock | road blockade
es	desobediencia civil | boicot | boicotear | corte de ruta | corte de carreteras | bloqueo de carreteras | barricada

# ---------------------------------------------------------------------------------------------
# Justice and crime
# ---------------------------------------------------------------------------------------------

@CRIME
en	crime | criminal | criminality | offence | felony | criminal act | lawbreaking
es	delito | crimen | delincuencia | delincuente | criminal | criminalidad | acto criminal | infracción penal | crímenes | actos criminales | delictivo | actividades delictivas

@ORGANIZED_CRIME broader=CRIME
en	organised crime | organized crime | mafia | gang | criminal organisation | criminal organization | criminal gang | cartel | mobster | gang violence
es	crimen organizado | delincuencia organizada | mafia | pandilla | banda criminal | organización criminal | cártel | pandillero | mafioso | organizaciones criminales

@DRUG_TRAFFICKING broader=CRIME
en	drug trafficking | drug trade | drug smuggling | drug trafficker | drug lord | narcotics | cocaine | heroin | fentanyl | methamphetamine | narco | drug cartel | drug war | war on drugs
es	narcotráfico | tráfico de drogas | narcotraficante | narcóticos | cocaína | heroína | fentanilo | metanfetamina | narco | droga | estupefaciente | cártel de la droga | guerra contra las drogas

@HUMAN_TRAFFICKING broader=CRIME
en	human trafficking | people smuggling | trafficking in persons | human smuggling | sex trafficking | people trafficking | people smuggler | human trafficker | trafficking of women
es	trata de personas | tráfico de personas | trata de blancas | tráfico de migrantes | tráfico humano | traficante de personas | coyote | tratante

@MONEY_LAUNDERING broader=CRIME
en	money laundering | launder money | laundering | illicit financial flows | dirty money | terrorist financing | financing of terrorism
es	blanqueo de capitales | lavado de dinero | blanqueo de dinero | lavado de activos | blanquear dinero | dinero negro | financiación del terrorismo | financiamiento del terrorismo

@FRAUD broader=CRIME
en	fraud | scam | swindle | fraudster | fraudulent | forgery | counterfeit
es	fraude | estafa | estafador | fraudulento | falsificación | defraudar

@TAX_EVASION broader=CRIME
en	tax evasion | tax fraud | tax haven | tax avoidance | offshore accounts | tax dodging | evade taxes
es	evasión fiscal | fraude fiscal | paraíso fiscal | elusión fiscal | evasión de impuestos | cuentas en el extranjero | evasor fiscal | defraudación fiscal

@THEFT broader=CRIME
en	theft | robbery | burglary | robber | thief | stolen | steal | heist | thieves
es	robo | hurto | atraco | ladrón | asalto a mano armada | robado | robar

@SMUGGLING broader=CRIME
en	smuggling | contraband | smuggler | smuggle | bootlegging
es	contrabando | contrabandista | mercancía de contrabando | matute

@PIRACY
en	piracy | pirate | maritime piracy
es	piratería | pirata | piratería marítima | piratas somalíes

@POLICE
en	police | police officer | policeman | policewoman | law enforcement | riot police | police force | police raid | police operation | law enforcement agencies
es	policía | agente de policía | policial | antidisturbios | cuerpo de policía | operativo policial | operación policial | carabinero | gendarme | gendarmes | fuerzas del orden | hacer cumplir la ley

@ARREST
en	arrest | detention | detain | detainee | custody | taken into custody | apprehend | apprehension
es	arresto | detención | detenido | arrestar | arrestado | capturado | captura | aprehensión | aprehender | bajo custodia

@INVESTIGATION
en	investigation | investigate | investigator | probe | inquiry | inquest | fact-finding | fact-finding mission | independent inquiry | criminal investigation
es	investigación | investigar | investigador | pesquisa | indagación | indagatoria | misión de investigación | investigación independiente | investigación penal

@PROSECUTION
en	prosecution | prosecutor | prosecute | public prosecutor | attorney general | district attorney | prosecutors' office
es	fiscalía | enjuiciamiento | enjuiciar | ministerio público | fiscal general | acusación particular | el fiscal | la fiscal | los fiscales | fiscal jefe

@INDICTMENT broader=PROSECUTION
en	indictment | indict | indicted | criminal charges | arrest warrant | grand jury
es	imputación | imputado | imputar | acusación formal | auto de procesamiento | orden de detención | orden de arresto | orden de captura | gran jurado

@TRIAL
en	trial | court hearing | court case | courtroom | testimony | testify | witness stand | judicial proceedings
es	juicio | vista oral | audiencia judicial | proceso judicial | causa judicial | banquillo | testimonio | testificar | declarar como testigo | juicio oral

@SENTENCE
en	sentence | sentenced | verdict | jail term | prison sentence | prison term | acquittal | acquitted | guilty verdict | convicted of | criminal conviction
es	sentencia | sentenciado | condenado a | pena de prisión | años de prisión | años de cárcel | veredicto | absolución | absuelto | condena de prisión | declarado culpable | declarada culpable | condena de cárcel

@COURT_RULING
en	court ruling | court decision | judicial ruling | judicial decision | court order | injunction | supreme court ruling | landmark ruling
es	fallo judicial | resolución judicial | decisión judicial | orden judicial | dictamen | fallo del tribunal | medida cautelar | sentencia firme | fallo del supremo

@LAWSUIT
en	lawsuit | legal action | litigation | class action | legal challenge | legal proceedings | plaintiff | complaint filed | filed a complaint
es	demanda judicial | acción judicial | litigio | pleito | acción legal | procedimiento judicial | interponer una demanda | presentar una demanda | demanda colectiva | querella | querellante

@PRISON
en	prison | jail | imprisonment | incarceration | imprison | jailed | inmate | penitentiary | detention centre | detention center
es	cárcel | prisión | encarcelamiento | encarcelar | encarcelado | recluso | penitenciaría | centro penitenciario | centro de detención | reclusión

@PARDON
en	pardon | clemency | amnesty law | commute the sentence | general amnesty | release of prisoners | prisoner release
es	indulto | indultar | ley de amnistía | conmutación | conmutar la pena | amnistía general | liberación de presos | excarcelación

@IMPUNITY
en	impunity | culture of impunity | unpunished | go unpunished
es	impunidad | cultura de impunidad | impune | quedar impune

@RULE_OF_LAW
en	rule of law | judicial independence | separation of powers | independence of the judiciary | judiciary | due process | fair trial
es	estado de derecho | independencia judicial | separación de poderes | independencia del poder judicial | poder judicial | debido proceso | juicio justo | garantías procesales

@JUDICIAL_REFORM broader=RULE_OF_LAW
en	judicial reform | judicial overhaul | court packing | reform of the judiciary
es	reforma judicial | reforma del poder judicial | reforma de la justicia

@RESPONSIBILITY
en	responsibility | responsible | irresponsible | irresponsibility | culpability | culpable | blameworthy
es	responsabilidad | responsable | irresponsable | irresponsabilidad | culpabilidad

@ACCOUNTABILITY
en	held to account | hold to account | bring to justice | brought to justice | lack of accountability | accountability mechanism | demand accountability
es	rendición de cuentas | rendir cuentas | rinda cuentas | rindan cuentas | llevar ante la justicia | pedir cuentas | exigir responsabilidades | depurar responsabilidades | comparecer ante la justicia

@EVIDENCE
en	evidence | proof | evidentiary | forensic evidence | hard evidence | unsubstantiated | baseless | unfounded | groundless | credible evidence
es	prueba | evidencia | indicio | pruebas concluyentes | prueba contundente | infundado | sin fundamento | sin pruebas | carente de fundamento | pruebas forenses

@TRANSPARENCY
en	transparency | transparent | opacity | lack of transparency | cover-up | coverup | cover up
es	transparencia | transparente | opacidad | falta de transparencia | encubrimiento | encubrir

# ---------------------------------------------------------------------------------------------
# Economy
# ---------------------------------------------------------------------------------------------

@ECONOMY
en	economy | economic | economic policy | economic outlook | economic situation
es	economía | económico | política económica | perspectivas económicas | situación económica | coyuntura económica

@ECONOMIC_GROWTH broader=ECONOMY
en	economic growth | GDP | gross domestic product | growth rate | economic expansion | economic recovery | growth forecast
es	crecimiento económico | PIB | producto interior bruto | producto interno bruto | tasa de crecimiento | expansión económica | recuperación económica | previsión de crecimiento

@RECESSION broader=ECONOMY
en	recession | economic downturn | downturn | economic slowdown | slowdown | economic contraction | stagnation | stagflation
es	recesión | desaceleración económica | desaceleración | contracción económica | estancamiento económico | estanflación | frenazo económico

@ECONOMIC_CRISIS broader=ECONOMY
en	economic crisis | financial crisis | debt crisis | market crash | financial meltdown | banking crisis | currency crisis | economic crises | financial crises | debt crises | banking crises | currency crises
es	crisis económica | crisis financiera | crisis de la deuda | crac bursátil | desplome de los mercados | crisis bancaria | crisis cambiaria

@INFLATION broader=ECONOMY
en	inflation | price rise | rising prices | cost of living | hyperinflation | price hike | consumer prices | food prices | deflation
es	inflación | subida de precios | alza de precios | aumento de precios | costo de vida | coste de la vida | carestía | hiperinflación | precios al consumidor | precio de los alimentos | deflación | encarecimiento

@MONETARY_POLICY broader=ECONOMY
en	monetary policy | interest rate | rate hike | rate cut | quantitative easing | monetary tightening | benchmark rate
es	política monetaria | tipo de interés | tasa de interés | subida de tipos | bajada de tipos | flexibilización cuantitativa | endurecimiento monetario | tasa de referencia

@DEBT broader=ECONOMY
en	debt | public debt | sovereign debt | national debt | debt default | debt restructuring | creditor | debtor | borrowing | loan
es	deuda | deuda pública | deuda soberana | deuda externa | impago | cesación de pagos | reestructuración de la deuda | acreedor | deudor | endeudamiento | préstamo

@BAILOUT broader=ECONOMY
en	bailout | bail-out | rescue package | financial rescue | emergency loan
es	rescate financiero | paquete de rescate | plan de rescate | préstamo de emergencia | rescate bancario

@BUDGET broader=ECONOMY
en	budget | public spending | government spending | fiscal deficit | budget deficit | public finances | fiscal policy | budget surplus | spending bill
es	presupuesto | gasto público | déficit fiscal | déficit presupuestario | finanzas públicas | política fiscal | superávit fiscal | presupuestario | ley de presupuestos

@TAXES broader=ECONOMY
en	tax | taxation | tax rise | tax increase | tax cut | tax reform | taxpayer | income tax | corporate tax | VAT | levy
es	tributo | tributario | carga fiscal | subida de impuestos | rebaja de impuestos | reforma tributaria | reforma fiscal | contribuyente | IVA | gravamen | impuesto sobre la renta | impuesto a la renta | pagar impuestos | impuesto sobre sociedades | impuestos a los ricos | nuevo impuesto | presión fiscal

@STIMULUS broader=ECONOMY
en	stimulus | stimulus package | economic stimulus | stimulus plan | recovery plan | relief package
es	paquete de estímulo | estímulo económico | plan de estímulo | estímulo fiscal | plan de recuperación | paquete de medidas económicas

@AUSTERITY broader=ECONOMY
en	austerity | spending cuts | budget cuts | austerity measures | belt-tightening
es	austeridad | recorte presupuestario | medidas de austeridad | ajuste fiscal | ajuste económico | recorte del gasto | recortes sociales

@INVESTMENT broader=ECONOMY
en	investment | investor | invest | foreign investment | foreign direct investment | FDI | capital inflows | investment fund
es	inversión | inversor | inversionista | invertir | inversión extranjera | inversión extranjera directa | IED | flujo de capitales | fondo de inversión

@STOCK_MARKET broader=ECONOMY
en	stock market | stock exchange | share price | stock price | stock index | equity market | bond market | shareholder
es	bolsa de valores | mercado bursátil | bursátil | índice bursátil | precio de las acciones | cotización | mercado de valores | mercado de bonos | renta variable

@CURRENCY
en	currency | exchange rate | devaluation | devalue | depreciation | currency manipulation | foreign exchange | forex | currency reserves | foreign currency reserves
es	moneda | divisa | tipo de cambio | tasa de cambio | devaluación | devaluar | depreciación | manipulación de la moneda | mercado de divisas | reservas de divisas | reservas internacionales

@CRYPTOCURRENCY broader=CURRENCY
en	cryptocurrency | bitcoin | crypto | digital currency | blockchain | stablecoin | crypto exchange
es	criptomoneda | bitcoin | criptoactivo | moneda digital | cadena de bloques | blockchain | criptodivisa | monedas estables

@UNEMPLOYMENT broader=ECONOMY
en	unemployment | jobless | joblessness | job loss | layoff | unemployment rate | unemployed
es	desempleo | desocupación | desempleado | desocupado | pérdida de empleos | despidos masivos | tasa de desempleo | tasa de paro

@LABOUR_MARKET broader=ECONOMY
en	labour market | labor market | job creation | jobs report | workforce | labour force | labor force | job market | employment rate | employment figures
es	mercado laboral | mercado de trabajo | creación de empleo | generación de empleo | fuerza laboral | población activa | mano de obra | puestos de trabajo | tasa de empleo

@WAGES broader=ECONOMY
en	minimum wage | salary | pay rise | pay raise | wage growth | wage increase | low wages | wage rise
es	salario | salario mínimo | sueldo | aumento salarial | subida salarial | remuneración | salarial | salarios mínimos

@POVERTY
en	poverty | extreme poverty | poverty line | poverty rate | destitution | impoverishment
es	pobreza | pobreza extrema | umbral de pobreza | línea de pobreza | tasa de pobreza | indigencia | empobrecimiento

@INEQUALITY
en	inequality | income inequality | wealth gap | wealth inequality | social inequality | income gap
es	desigualdad | desigualdad de ingresos | brecha de riqueza | desigualdad social | brecha de ingresos | desigualdad económica | desigualdades | desigualdades sociales

@HOUSING
en	rent | mortgage | housing crisis | housing market | affordable housing | eviction | homelessness | homeless | social housing | house prices | housing prices | housing crises
es	vivienda | alquiler | hipoteca | crisis de la vivienda | mercado inmobiliario | vivienda asequible | desahucio | desalojo | sinhogarismo | sin techo | alquileres

@PENSIONS
en	pension | pensioner | retirement age | pension reform | pension system | retiree
es	pensión | pensionista | jubilación | edad de jubilación | reforma de las pensiones | sistema de pensiones | jubilado | pensionado

@BANKING broader=ECONOMY
en	banking system | banking sector | bank deposits | bank run | bank failure | commercial bank
es	sistema bancario | sector bancario | bancario | depósitos bancarios | corrida bancaria | quiebra bancaria | entidad financiera | entidad bancaria | entidades bancarias | entidades financieras

@BANKRUPTCY broader=ECONOMY
en	bankruptcy | insolvency | bankrupt | insolvent | receivership | chapter 11
es	quiebra | bancarrota | insolvencia | insolvente | concurso de acreedores | suspensión de pagos

@MERGER broader=ECONOMY
en	merger | acquisition | takeover bid | hostile takeover | mergers and acquisitions | buyout | antitrust | monopoly | competition law
es	fusión empresarial | fusiones y adquisiciones | adquisición | oferta pública de adquisición | OPA | compra de la empresa | antimonopolio | monopolio | ley de competencia | libre competencia

@SUBSIDIES broader=ECONOMY
en	subsidy | state aid | government subsidy | farm subsidies | subsidise
es	subsidio | subvención | ayuda estatal | subvencionar | subsidiar | subsidios agrícolas

@NATIONALIZATION broader=ECONOMY
en	expropriation | expropriate | privatisation | privatise | state-owned | privatization plan | privatization programme | privatization program
es	nacionalización | nacionalizar | expropiación | expropiar | privatización | privatizar | estatización

@INTELLECTUAL_PROPERTY
en	intellectual property | patent | copyright | trademark | trade secret | technology transfer | forced technology transfer
es	propiedad intelectual | patente | derechos de autor | marca registrada | secreto comercial | transferencia de tecnología | transferencia forzosa de tecnología | piratería intelectual

@TRADE
en	trade | commerce | bilateral trade | foreign trade | international trade | trading partner | trade relations | trade talks | free trade | trade policy | trade flows
es	comercio | intercambio comercial | comercio exterior | comercio internacional | socio comercial | relaciones comerciales | libre comercio | política comercial | flujos comerciales | negociación comercial | las negociaciones comerciales

@TARIFF broader=TRADE
en	tariff | customs duty | import duty | import tax | retaliatory tariffs | punitive tariffs
es	arancel | arancelario | derecho de aduana | derecho de importación | impuesto a la importación | impuestos a las importaciones | aranceles de represalia | aranceles punitivos

@TRADE_WAR broader=TRADE
en	trade war | trade dispute | trade conflict | trade tension | protectionism | protectionist | trade barrier | trade spat
es	guerra comercial | disputa comercial | conflicto comercial | tensión comercial | barrera comercial | guerra arancelaria | medidas proteccionistas | políticas proteccionistas

@TRADE_AGREEMENT broader=TRADE
en	trade agreement | trade deal | free trade agreement | trade pact | free trade deal | trade accord | free-trade agreement
es	acuerdo comercial | tratado de libre comercio | acuerdo de libre comercio | pacto comercial | TLC | convenio comercial

@EXPORTS broader=TRADE
en	export | exporter | exported | outbound shipments
es	exportación | exportaciones | exportar | exportador | exportado

@IMPORTS broader=TRADE
en	imported goods | import ban | import quota | oil imports | gas imports | food imports | import licence | import license | imported products
es	bienes importados | productos importados | prohibición de importaciones | cuota de importación | importaciones de petróleo | importaciones de gas | importaciones de alimentos | licencia de importación | importaciones chinas

@TRADE_BALANCE broader=TRADE
en	trade deficit | trade surplus | trade balance | trade imbalance | balance of trade | current account deficit | current account
es	déficit comercial | superávit comercial | balanza comercial | desequilibrio comercial | balanza de pagos | déficit por cuenta corriente | cuenta corriente

@DUMPING broader=TRADE
en	anti-dumping | antidumping | overcapacity | unfair trade practices | unfair competition | countervailing duties | dumping duties
es	dumping | antidumping | sobrecapacidad | prácticas comerciales desleales | competencia desleal | derechos compensatorios

@SHIPPING broader=TRADE
en	freight | container ship | cargo ship | shipping route | maritime trade | shipping company | port congestion | shipping lines | shipping industry | global shipping
es	transporte marítimo | flete | buque portacontenedores | buque de carga | carguero | comercio marítimo | congestión portuaria

@SUPPLY_CHAIN
en	supply chain | supply disruption | supply shortage | bottleneck | logistics
es	cadena de suministro | cadena de abastecimiento | cadena de valor | interrupción del suministro | cuello de botella | logística

@SHORTAGE
en	shortage | scarcity
es	escasez | desabastecimiento | desabasto

@AGRICULTURE
en	agriculture | agricultural | farming | farmer | crop | harvest | farmland | livestock
es	agricultura | agrícola | agricultor | cosecha | cultivo | campesino | ganadería | ganadero | tierras de cultivo

@GRAIN broader=AGRICULTURE
en	grain | wheat | maize | corn | grain exports | grain deal | cereals | soybean
es	trigo | maíz | cereal | exportaciones de grano | acuerdo de granos | soja | arroz

@TOURISM broader=ECONOMY
en	tourism | tourist | tourism industry
es	turismo | turista | sector turístico | industria turística

# ---------------------------------------------------------------------------------------------
# Energy and resources
# ---------------------------------------------------------------------------------------------

@ENERGY
en	energy | electricity | power grid | energy supply | energy policy | energy sector | energy prices | energy transition | power plant | power station
es	energía | energético | electricidad | red eléctrica | suministro energético | suministro de energía | política energética | sector energético | precios de la energía | transición energética | central eléctrica | planta eléctrica

@ENERGY_CRISIS broader=ENERGY
en	energy crisis | power outage | blackout | power cut | energy shortage | electricity shortage | rolling blackouts | energy crises
es	crisis energética | apagón | corte de luz | corte eléctrico | cortes de electricidad | escasez de energía | escasez energética | racionamiento eléctrico

@ENERGY_SECURITY broader=ENERGY
en	energy security | energy independence | energy dependence | energy dependency
es	seguridad energética | independencia energética | dependencia energética | seguridad de suministro

@OIL
en	oil | petroleum | crude oil | oil field | oilfield | oil production | oil output | oil company | oil pipeline | oil tanker | oil reserves | oil well | refinery | barrel of oil
es	petróleo | petrolero | petrolera | petrolífero | petróleo crudo | yacimiento petrolífero | producción de petróleo | producción petrolera | oleoducto | reservas de petróleo | pozo petrolero | refinería | barril de petróleo

@OIL_PRICE broader=OIL
en	oil price | price of oil | crude price | fuel price | gasoline price | petrol price | gas prices | price of crude
es	precio del petróleo | precio del crudo | precio de los combustibles | precio del combustible | precio de la gasolina | precio del barril

@FUEL broader=ENERGY
en	fuel | gasoline | petrol | diesel | fossil fuel | jet fuel | fuel shortage
es	combustible | gasolina | diésel | gasóleo | combustible fósil | queroseno | escasez de combustible

@NATURAL_GAS broader=ENERGY
en	natural gas | gas pipeline | LNG | liquefied natural gas | gas supply | gas field | gas exports | gas reserves | shale gas
es	gas natural | gasoducto | GNL | gas natural licuado | suministro de gas | yacimiento de gas | exportaciones de gas | reservas de gas | gas de esquisto

@COAL broader=ENERGY
en	coal | coal mine | coal-fired | coal power | coal plant
es	carbón mineral | mina de carbón | central de carbón | central térmica de carbón | minería del carbón

@NUCLEAR_ENERGY broader=ENERGY
en	nuclear power | nuclear energy | nuclear plant | nuclear reactor | nuclear power plant | nuclear power station | atomic energy | nuclear fuel | nuclear waste
es	energía nuclear | central nuclear | reactor nuclear | planta nuclear | energía atómica | combustible nuclear | residuos nucleares | central atómica | centrales nucleares | reactores nucleares | plantas nucleares

@RENEWABLE_ENERGY broader=ENERGY
en	renewable energy | solar power | wind power | solar energy | wind energy | clean energy | green energy | solar panels | wind farm | wind turbine | hydropower | hydroelectric
es	energía renovable | energía limpia | energía solar | energía eólica | energía verde | paneles solares | parque eólico | aerogenerador | energía hidroeléctrica | hidroeléctrica

@MINING
en	miner | mining company | mining sector | copper mine | gold mine | lithium | rare earth | rare earth elements | critical minerals | mineral resources | mining industry | mining project | mining concession
es	minería | minero | empresa minera | sector minero | mina de cobre | mina de oro | litio | tierras raras | minerales críticos | recursos minerales | elementos de tierras raras | industria minera | proyecto minero | concesión minera

# ---------------------------------------------------------------------------------------------
# Health
# ---------------------------------------------------------------------------------------------

@HEALTH
en	health | healthcare | health care | public health | health system | health services | health authorities | health crisis | hospital | patient | medical care | health crises
es	salud | sanidad | sanitario | salud pública | sistema sanitario | sistema de salud | servicios de salud | autoridades sanitarias | crisis sanitaria | hospital | paciente | atención médica

@DISEASE broader=HEALTH
en	disease | illness | infection | infectious disease | infected | contagion | cholera | ebola | malaria | measles | tuberculosis | HIV | polio | dengue | influenza | flu | bird flu | avian flu | mpox | monkeypox | cancer
es	enfermedad | infección | enfermedad infecciosa | infectado | contagio | contagiado | ébola | malaria | paludismo | sarampión | tuberculosis | VIH | poliomielitis | dengue | gripe | influenza | gripe aviar | viruela del mono | viruela símica | cáncer | brote de cólera | epidemia de cólera | enfermedades | enfermedades infecciosas

@PANDEMIC broader=HEALTH
en	pandemic | coronavirus | covid | covid-19 | sars-cov-2 | global pandemic
es	pandemia | coronavirus | covid | covid-19 | sars-cov-2 | pandemia mundial

@OUTBREAK broader=HEALTH
en	outbreak | epidemic | epidemic outbreak | disease outbreak | contagion spread | spread of the virus
es	brote | epidemia | brote epidémico | propagación del virus | expansión del virus | rebrote

@VIRUS broader=HEALTH
en	virus | new variant | strain of the virus | pathogen | virology
es	virus | nueva variante | cepa | patógeno | virología

@VACCINE broader=HEALTH
en	vaccine | vaccination | immunisation | vaccinate | inoculation | booster shot | vaccine rollout | anti-vaxxer
es	vacuna | vacunación | vacunar | inmunización | inoculación | dosis de refuerzo | campaña de vacunación | antivacunas | vacunado

@LOCKDOWN broader=HEALTH
en	lockdown | quarantine | stay-at-home order | social distancing | self-isolation | self-isolate
es	confinamiento | cuarentena | orden de confinamiento | distanciamiento social | aislamiento preventivo | autoaislamiento

@CURFEW
en	curfew | night-time curfew | nighttime curfew
es	toque de queda

@STATE_OF_EMERGENCY
en	state of emergency | emergency powers | state of siege | martial law | emergency rule | national emergency
es	estado de emergencia | estado de excepción | estado de alarma | estado de sitio | ley marcial | poderes de emergencia | emergencia nacional

@FACE_MASK broader=HEALTH
en	face mask | mask mandate | face covering
es	mascarilla | cubrebocas | tapabocas | barbijo | uso obligatorio de mascarilla

@LAB_LEAK broader=HEALTH
en	lab leak | laboratory leak | origin of the virus | virus origins | lab-leak | gain of function | gain-of-function
es	fuga de laboratorio | filtración de laboratorio | origen del virus | orígenes del virus | ganancia de función | escape del laboratorio

@MEDICINES broader=HEALTH
en	medicine | pharmaceutical | drugmaker | medical supplies | antiviral
es	medicamento | medicina | fármaco | farmacéutica | farmacéutico | suministros médicos | material sanitario | antiviral

@MENTAL_HEALTH broader=HEALTH
en	mental health | depression and anxiety | suicide rate | psychological distress | suicide prevention
es	salud mental | depresión y ansiedad | tasa de suicidio | trastorno mental | angustia psicológica | prevención del suicidio

@DRUG_OVERDOSE broader=HEALTH
en	overdose | opioid | opioid crisis | opioid epidemic | drug addiction | addiction | opioid crises
es	sobredosis | opioide | crisis de los opioides | epidemia de opioides | drogadicción | adicción

# ---------------------------------------------------------------------------------------------
# Migration and borders
# ---------------------------------------------------------------------------------------------

@MIGRATION
en	migration | migrant | immigration | immigrant | emigration | emigrant | migratory | migration policy | immigration policy | migrant crisis | migration crisis | migrant caravan | migrant crises | migration crises
es	migración | migrante | inmigración | inmigrante | emigración | emigrante | migratorio | política migratoria | crisis migratoria | caravana migrante | caravana de migrantes | flujo migratorio

@REFUGEE broader=MIGRATION
en	refugee | displaced person | displaced people | internally displaced | displacement | refugee camp | forcibly displaced
es	refugiado | desplazado | desplazados internos | desplazamiento forzado | campo de refugiados | campamento de refugiados | personas desplazadas | desplazamiento interno

@ASYLUM broader=MIGRATION
en	asylum | asylum seeker | asylum-seeker | political asylum | asylum application | asylum claim | asylum request | right of asylum
es	asilo | solicitante de asilo | asilo político | solicitud de asilo | petición de asilo | derecho de asilo | demandante de asilo

@DEPORTATION broader=MIGRATION
en	deportation | deport | deportee | forced return | expulsion of migrants | removal order | repatriation | repatriate
es	deportación | retorno forzoso | expulsión de migrantes | orden de expulsión | repatriación | repatriar | devolución en caliente | devoluciones en caliente

@IRREGULAR_MIGRATION broader=MIGRATION
en	illegal immigration | irregular migration | undocumented | illegal immigrant | illegal immigrants | illegal migrants | irregular migrants | illegal crossings | border crossers | unaccompanied minors
es	inmigración ilegal | migración irregular | inmigración irregular | indocumentado | sin papeles | inmigrante ilegal | migrantes irregulares | cruces ilegales | menores no acompañados

@EXODUS broader=MIGRATION
en	exodus | mass exodus | flight of civilians | fleeing civilians
es	éxodo | éxodo masivo | huida de civiles | civiles que huyen

@BORDER
en	border | frontier | border crossing | border control | border wall | border security | border patrol | border closure | border guard
es	frontera | fronterizo | paso fronterizo | control fronterizo | muro fronterizo | seguridad fronteriza | patrulla fronteriza | cierre de fronteras | guardia fronteriza | guardias fronterizos

# ---------------------------------------------------------------------------------------------
# Environment and disasters
# ---------------------------------------------------------------------------------------------

@CLIMATE_CHANGE
en	climate change | global warming | climate crisis | climate emergency | climate action | climate policy | climate summit | climate talks | climate goals | climate targets | climate finance | climate agreement | climate deal | climate-change | climate crises
es	cambio climático | calentamiento global | crisis climática | emergencia climática | acción climática | política climática | cumbre del clima | cumbre climática | objetivos climáticos | metas climáticas | financiación climática | acuerdo climático | climático

@EMISSIONS broader=CLIMATE_CHANGE
en	emission | greenhouse gas | greenhouse gases | carbon dioxide | CO2 | carbon emissions | net zero | net-zero | carbon neutrality | carbon neutral | decarbonization | decarbonisation | carbon footprint | carbon tax | carbon market | methane
es	emisiones contaminantes | emisiones de gases | gas de efecto invernadero | dióxido de carbono | CO2 | emisiones de carbono | emisiones de CO2 | cero emisiones netas | emisiones netas cero | neutralidad de carbono | neutralidad climática | descarbonización | huella de carbono | impuesto al carbono | mercado de carbono | metano

@SEA_LEVEL_RISE broader=CLIMATE_CHANGE
en	sea level rise | rising sea levels | sea-level rise | rising seas
es	subida del nivel del mar | aumento del nivel del mar | elevación del nivel del mar | ascenso del nivel del mar

@GLACIER_MELT broader=CLIMATE_CHANGE
en	melting glaciers | glacier melt | ice melt | melting ice | ice sheet | sea ice | permafrost
es	deshielo | derretimiento de glaciares | deshielo de los glaciares | capa de hielo | hielo marino | permafrost | retroceso de los glaciares

@ENVIRONMENT
en	environmental | ecological | ecology | environmentalist | environmental protection | ecosystem | nature conservation | wildlife conservation | natural environment | protect the environment | protection of the environment | damage to the environment
es	medio ambiente | medioambiental | ambiental | ecológico | ecología | ecologista | protección del medio ambiente | conservación de la naturaleza | ecosistema | ambientalista

@BIODIVERSITY broader=ENVIRONMENT
en	biodiversity | endangered species | extinction | wildlife | habitat loss | species loss | poaching
es	biodiversidad | especies en peligro | especie en peligro de extinción | extinción | fauna silvestre | vida silvestre | pérdida de hábitat | caza furtiva

@DEFORESTATION broader=ENVIRONMENT
en	deforestation | illegal logging | forest loss | clear-cutting | rainforest destruction
es	deforestación | desforestación | tala ilegal | pérdida de bosques | destrucción de la selva | tala de árboles

@POLLUTION broader=ENVIRONMENT
en	pollution | air pollution | contamination | smog | pollutant | water pollution | polluter | toxic waste | nuclear waste dumping
es	contaminación | contaminación del aire | contaminación atmosférica | polución | smog | contaminante | contaminación del agua | residuos tóxicos | vertido tóxico

@OIL_SPILL broader=ENVIRONMENT
en	oil spill | oil slick | crude spill
es	derrame de petróleo | vertido de petróleo | derrame de crudo | mancha de petróleo

@WASTE broader=ENVIRONMENT
en	waste management | landfill | plastic waste | plastic pollution | garbage | rubbish | recycling | single-use plastics
es	gestión de residuos | vertedero | residuos plásticos | contaminación por plásticos | basura | desechos | reciclaje | plásticos de un solo uso | residuos sólidos

@WATER_RESOURCES broader=ENVIRONMENT
en	water supply | water scarcity | water resources | drinking water | water crisis | dam | reservoir | water crises
es	abastecimiento de agua | suministro de agua | recursos hídricos | agua potable | crisis hídrica | crisis del agua | embalse

@NATURAL_DISASTER
en	natural disaster | disaster | catastrophe | disaster zone | disaster relief | extreme weather | severe weather | natural hazard
es	desastre natural | desastre | catástrofe | catástrofe natural | zona de desastre | zona catastrófica | fenómeno meteorológico extremo | clima extremo | fenómenos extremos

@DROUGHT broader=NATURAL_DISASTER
en	drought | water shortage | dry spell | desertification | arid
es	sequía | escasez de agua | estiaje | desertificación | árido

@WILDFIRE broader=NATURAL_DISASTER
en	wildfire | forest fire | bushfire | bush fire | brush fire | wild fire | blaze
es	incendio forestal | fuego forestal | quema de bosques | incendio de vegetación

@EARTHQUAKE broader=NATURAL_DISASTER
en	earthquake | quake | tremor | seismic | aftershock | magnitude earthquake | seismic activity
es	terremoto | sismo | seísmo | temblor | sísmico | réplica sísmica | movimiento telúrico | actividad sísmica

@TSUNAMI broader=NATURAL_DISASTER
en	tsunami | tidal wave | tsunami warning
es	tsunami | maremoto | alerta de tsunami

@HURRICANE broader=NATURAL_DISASTER
en	hurricane | typhoon | cyclone | tropical storm | storm | tornado | storm surge | gale
es	huracán | tifón | ciclón | tormenta tropical | tormenta | marejada ciclónica | temporal de viento | vendaval | huracanes

@FLOOD broader=NATURAL_DISASTER
en	flood | flooding | flash flood | torrential rain | heavy rain | floodwaters | inundation | monsoon
es	inundación | lluvia torrencial | fuertes lluvias | desbordamiento | anegamiento | monzón | aluvión | inundaciones

@HEATWAVE broader=NATURAL_DISASTER
en	heatwave | heat wave | extreme heat | record temperatures | scorching heat
es	ola de calor | calor extremo | temperaturas récord | calor sofocante | canícula

@VOLCANO broader=NATURAL_DISASTER
en	volcanic eruption | volcano | eruption | volcanic ash | lava
es	erupción volcánica | erupción | ceniza volcánica | volcanes | volcánico

@LANDSLIDE broader=NATURAL_DISASTER
en	mudslide | landslip | mudflow | avalanche | rockslide | ground collapse
es	deslizamiento de tierra | corrimiento de tierra | avalancha | derrumbe | deslave | alud de lodo

@ACCIDENT
en	accident | crash | collision | derailment | disaster site
es	accidente | siniestro | choque de trenes | descarrilamiento | colisión

@PLANE_CRASH broader=ACCIDENT
en	plane crash | air crash | air disaster | aircraft crash | airliner crash | helicopter crash | aviation accident | shot down | shootdown | downing of the plane
es	accidente aéreo | siniestro aéreo | accidente de avión | accidente de helicóptero | avión siniestrado | derribo del avión | derribar un avión

@SHIPWRECK broader=ACCIDENT
en	shipwreck | capsize | capsized | boat sank | ship sank
es	naufragio | naufragar | hundimiento del barco | hundimiento de la embarcación | embarcación hundida

# ---------------------------------------------------------------------------------------------
# Technology
# ---------------------------------------------------------------------------------------------

@TECHNOLOGY
en	technology | tech | technological | tech company | tech giant | tech industry | high-tech
es	tecnología | tecnológico | tecnológica | empresa tecnológica | gigante tecnológico | industria tecnológica | alta tecnología

@SOFTWARE broader=TECHNOLOGY
en	software | computer program | app | operating system | source code | software update
es	software | programa informático | app | aplicación móvil | sistema operativo | código fuente | actualización de software

@SERVER broader=TECHNOLOGY
en	server | data center | data centre | mail server | email server | cloud computing | cloud service | web server
es	servidor | centro de datos | servidor de correo | computación en la nube | servicio en la nube | servidor web

@EMAIL broader=TECHNOLOGY
en	email | e-mail | email account | inbox | mailbox | email system
es	correo electrónico | email | e-mail | cuenta de correo | bandeja de entrada | buzón de correo | sistema de correo

@COMPUTER broader=TECHNOLOGY
en	computer | laptop | computer system | computer network | information technology
es	computadora | computador | sistema informático | red informática | tecnologías de la información

@DATA broader=TECHNOLOGY
en	data | personal data | user data | database | data protection | privacy | data privacy | data security | sensitive data | big data
es	dato | datos personales | datos de usuarios | base de datos | protección de datos | privacidad | seguridad de los datos | datos sensibles | macrodatos

@ARTIFICIAL_INTELLIGENCE broader=TECHNOLOGY
en	artificial intelligence | AI | machine learning | chatbot | generative AI | algorithm | large language model | neural network
es	inteligencia artificial | IA | aprendizaje automático | chatbot | IA generativa | algoritmo | modelo de lenguaje | red neuronal

@SOCIAL_MEDIA broader=TECHNOLOGY
en	social media | social network | social networking | online platform | tech platform | social-media | post on social media
es	red social | plataforma digital | plataforma en línea | influyente en redes | publicación en redes

@INTERNET broader=TECHNOLOGY
en	internet | online | website | web | web page | cyber | digital | digital economy | broadband
es	internet | en línea | sitio web | página web | portal web | web | cibernético | digital | economía digital | banda ancha

@TELECOMMUNICATIONS broader=TECHNOLOGY
en	telecom | 5G | mobile network | telecommunications network | telecommunication | undersea cable | submarine cable
es	telecomunicaciones | telecomunicación | 5G | red móvil | red de telecomunicaciones | telefonía | cable submarino

@SEMICONDUCTORS broader=TECHNOLOGY
en	semiconductor | microchip | chip | chipmaker | chipmaking | chip industry
es	semiconductor | microchip | chip | chips | fabricante de chips | industria de chips | industria de semiconductores

@SMARTPHONE broader=TECHNOLOGY
en	smartphone | mobile phone | cellphone | cell phone | handset
es	teléfono inteligente | teléfono móvil | teléfono celular | smartphone | teléfonos celulares

@ELECTRIC_VEHICLES broader=TECHNOLOGY
en	electric vehicle | electric car | EV | battery | charging station
es	vehículo eléctrico | coche eléctrico | auto eléctrico | batería | estación de carga | punto de recarga

@QUANTUM broader=TECHNOLOGY
en	quantum computing | quantum computer | quantum technology
es	computación cuántica | ordenador cuántico | computadora cuántica | tecnología cuántica

@SPACE
en	outer space | space exploration | satellite | spacecraft | space station | space programme | space program | astronaut | space launch | space race | orbit | lunar | moon landing | space weapons
es	espacio exterior | exploración espacial | satélite | nave espacial | estación espacial | programa espacial | astronauta | lanzamiento espacial | carrera espacial | órbita | alunizaje | armas espaciales

@INFRASTRUCTURE
en	infrastructure | infrastructure project | public works
es	infraestructura | proyecto de infraestructura | obras públicas

@CRITICAL_INFRASTRUCTURE broader=INFRASTRUCTURE
en	critical infrastructure | vital infrastructure | essential services
es	infraestructura crítica | infraestructura vital | servicios esenciales | servicios públicos esenciales

# ---------------------------------------------------------------------------------------------
# Society
# ---------------------------------------------------------------------------------------------

@EDUCATION
en	education | school | schooling | student | teacher | curriculum | higher education | university students
es	educación | escuela | colegio | enseñanza | universidad | alumno | docente | maestro | profesorado | plan de estudios

@RELIGION
en	religion | religious | church | mosque | temple | clergy
es	religión | religioso | iglesia | mezquita | templo | clero

@FAMILY_POLICY
en	birth rate | fertility rate | childcare | child care | parental leave | ageing population | aging population | demographic crisis | demographic crises
es	tasa de natalidad | tasa de fertilidad | cuidado infantil | permiso parental | baja por maternidad | envejecimiento de la población | crisis demográfica

@SPORT
en	sport | football | soccer | olympics | olympic games | world cup | athlete | tournament
es	fútbol | juegos olímpicos | olimpiadas | mundial de fútbol | copa del mundo | atleta | torneo

@CULTURE
en	culture | cultural heritage | heritage site | museum | cinema | literature
es	cultura | patrimonio cultural | patrimonio de la humanidad | museo | cine | literatura

# Allegations as a topic: what a denial rejects and an accusation makes (`denied the
# allegations` ~ `no en acusaciones infundadas`). Added by the crossclaim team for alignment.
@ALLEGATION
en	allegation | accusation | unfounded accusation | baseless allegation
es	acusación | acusaciones | imputación | acusación infundada | acusaciones infundadas
