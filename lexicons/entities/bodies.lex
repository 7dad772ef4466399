# crossclaim entity lexicon: government bodies — ministries, agencies, armed forces,
# parliaments, courts and central banks, above all of the G20 countries and of the
# Spanish-speaking countries.
#
# A ministry or agency has its own ID, separate from its country (SPEC §6); `for=` records the
# country (or body) it stands for, which claim alignment follows.
#
# Templates (`@*_SUFFIX`) are bodies that every country has. The `*` is filled with the country
# named beside the form: after it (`Ministerio de Relaciones Exteriores chino`, `Foreign Ministry
# of Japan`, `Banco Central de Chile`) or before it (`China’s Foreign Ministry`, `the Russian
# Defence Ministry`, `Beijing’s foreign ministry`): CHN_MFA, JPN_MFA, CHL_CENTRAL_BANK,
# RUS_MOD. The country stays a mention of its own (`Ministerio de Relaciones Exteriores` +
# `chino`, as the bundled gold annotates it). With no country beside it the ID is the suffix
# (`MFA`). A body whose own name holds the country (`United States Air Force`, `Bank of
# England`) is one mention, listed below with the ID the template would give where there is one
# (USA_AIR_FORCE), so that both ways of naming it agree.
# Capitalised Spanish and English nouns that are also ordinary words (Congreso, Senado,
# Parliament ...) are exact-case forms (=): lower-case "el congreso" is not a mention.
# "Gobierno" / "Government" alone is not a body here: `el Gobierno de México` is the country
# (MEX) as the source of what it says (the claims stage's convention); a government with a name
# of its own (`Gobierno de España`, `HM Government`) is listed below.
#
# Source: hand-written by the crossclaim team from the official English and Spanish names of the
# bodies (public record). QIDs: Wikidata, only where the authors checked them.
# Licence: MIT OR Apache-2.0, as crossclaim.

# ---------------------------------------------------------------------------------------------
# Templates

@*_MFA ORG
en	Ministry of Foreign Affairs | Foreign Ministry | Foreign Affairs Ministry | Ministry of External Affairs | Foreign Affairs Department | Department of Foreign Affairs
es	Ministerio de Relaciones Exteriores | Ministerio de Asuntos Exteriores | Ministerio de Exteriores | Cancillería | Ministerio del Poder Popular para Relaciones Exteriores
@*_MOD ORG
en	Ministry of Defence | Ministry of Defense | Defence Ministry | Defense Ministry
es	Ministerio de Defensa
@*_MOI ORG
en	Ministry of the Interior | Interior Ministry | Ministry of Interior | Home Office
es	Ministerio del Interior | Ministerio de Gobernación | Secretaría de Gobernación
@*_MOF ORG
en	Ministry of Finance | Finance Ministry
es	Ministerio de Hacienda | Ministerio de Finanzas | Ministerio de Economía y Finanzas | Secretaría de Hacienda
@*_MOJ ORG
en	Ministry of Justice | Justice Ministry
es	Ministerio de Justicia
@*_MOH ORG
en	Ministry of Health | Health Ministry
es	Ministerio de Salud | Ministerio de Sanidad
@*_MOE ORG
en	Ministry of Economy | Economy Ministry
es	Ministerio de Economía
@*_LABOR ORG
en	Labor Department | Department of Labor | Ministry of Labour | Labour Ministry | Ministry of Labor | Labor Ministry
es	Departamento de Trabajo | Ministerio de Trabajo
@*_COMMERCE ORG
en	Commerce Department | Department of Commerce | Ministry of Commerce | Commerce Ministry | Ministry of Trade | Trade Ministry
es	Departamento de Comercio | Ministerio de Comercio
@*_TRANSPORT ORG
en	Transportation Department | Department of Transportation | Ministry of Transport | Transport Ministry
es	Departamento de Transporte | Ministerio de Transportes | Ministerio de Transporte
@*_ENERGY ORG
en	Energy Department | Department of Energy | Ministry of Energy | Energy Ministry
es	Departamento de Energía | Ministerio de Energía
@*_AGRICULTURE ORG
en	Agriculture Department | Department of Agriculture | Ministry of Agriculture | Agriculture Ministry
es	Departamento de Agricultura | Ministerio de Agricultura
@*_EDUCATION ORG
en	Education Department | Department of Education | Ministry of Education | Education Ministry
es	Departamento de Educación | Ministerio de Educación
@*_PARLIAMENT ORG
en	=Parliament
es	=Parlamento
@*_CONGRESS ORG
en	=Congress
es	=Congreso
@*_SENATE ORG
en	=Senate
es	=Senado
@*_HOUSE ORG
en	House of Representatives
es	Cámara de Representantes
@*_CHAMBER_OF_DEPUTIES ORG
en	Chamber of Deputies
es	Cámara de Diputados
@*_NATIONAL_ASSEMBLY ORG
en	National Assembly
es	Asamblea Nacional
@*_SUPREME_COURT ORG
en	Supreme Court
es	Tribunal Supremo | Corte Suprema | Suprema Corte | Corte Suprema de Justicia | Tribunal Supremo de Justicia | Suprema Corte de Justicia
@*_CONSTITUTIONAL_COURT ORG
en	Constitutional Court
es	Tribunal Constitucional | Corte Constitucional
@*_CENTRAL_BANK ORG
en	=Central Bank
es	=Banco Central
@*_ARMED_FORCES ORG
en	=Armed Forces
es	=Fuerzas Armadas
@*_ARMY ORG
en	=Army
es	=Ejército
@*_NAVY ORG
en	=Navy
es	=Armada
@*_AIR_FORCE ORG
en	=Air Force
# (Spain says `las Fuerzas Aéreas de los EEUU` as often as `la Fuerza Aérea`)
es	=Fuerza Aérea | =Fuerzas Aéreas
@*_POLICE ORG
en	=National Police
es	=Policía Nacional
@*_NSC ORG
en	National Security Council
es	Consejo de Seguridad Nacional
@*_EMBASSY ORG
en	=Embassy
es	=Embajada

# ---------------------------------------------------------------------------------------------
# United States

@WHITE_HOUSE ORG qid=Q35525 for=USA
en	White House
es	Casa Blanca
@USA_MFA ORG for=USA
en	State Department | Department of State
es	Departamento de Estado
@USA_MOD ORG for=USA
en	Department of Defense | Defense Department | Department of Defence
es	Departamento de Defensa
@PENTAGON ORG for=USA_MOD
en	Pentagon
es	Pentágono
@USA_MOJ ORG for=USA
en	Justice Department | Department of Justice
es	Departamento de Justicia
@USA_MOF ORG for=USA
en	Treasury Department | Department of the Treasury | US Treasury | U.S. Treasury
es	Departamento del Tesoro | Tesoro estadounidense
@USA_DHS ORG for=USA
en	Department of Homeland Security | Homeland Security Department
es	Departamento de Seguridad Nacional
@FBI ORG for=USA
*	=FBI
en	Federal Bureau of Investigation
es	Buró Federal de Investigaciones | Oficina Federal de Investigación
@CIA ORG for=USA
*	=CIA
en	Central Intelligence Agency
es	Agencia Central de Inteligencia
@NSA ORG for=USA
*	=NSA
en	National Security Agency
es	Agencia de Seguridad Nacional
@CISA ORG for=USA
*	=CISA
en	Cybersecurity and Infrastructure Security Agency
es	Agencia de Ciberseguridad y Seguridad de las Infraestructuras
@ODNI ORG for=USA
en	Office of the Director of National Intelligence | =ODNI
@FEDERAL_RESERVE ORG qid=Q53536 for=USA
en	Federal Reserve | Federal Reserve System | Federal Reserve Board | US Federal Reserve | U.S. Federal Reserve | =Fed
es	Reserva Federal | Reserva Federal de Estados Unidos | Reserva Federal estadounidense | =Fed
@SEC ORG for=USA
en	Securities and Exchange Commission | =SEC
es	Comisión de Bolsa y Valores
@FAA ORG for=USA
en	Federal Aviation Administration | =FAA
es	Administración Federal de Aviación
# the congressional audit office (Spanish news keeps the English name as often as it translates it)
@USA_GAO ORG for=USA_CONGRESS
*	=GAO | Government Accountability Office
en	General Accounting Office
es	Oficina de Rendición de Cuentas del Gobierno | Oficina General de Contabilidad
@NASA ORG for=USA
*	=NASA
@USA_CONGRESS ORG for=USA
en	U.S. Congress | US Congress | United States Congress
es	Congreso de Estados Unidos | Congreso estadounidense | Congreso de EE.UU.
@USA_SENATE ORG for=USA_CONGRESS
en	U.S. Senate | US Senate | United States Senate
es	Senado de Estados Unidos | Senado estadounidense
@USA_HOUSE ORG for=USA_CONGRESS
en	U.S. House of Representatives | US House of Representatives | =U.S. House | =US House
es	Cámara de Representantes de Estados Unidos
@USA_SUPREME_COURT ORG for=USA
en	U.S. Supreme Court | US Supreme Court | United States Supreme Court
es	Corte Suprema de Estados Unidos | Tribunal Supremo de Estados Unidos
@USA_ARMY ORG for=USA_MOD
en	U.S. Army | US Army | United States Army
es	Ejército de Estados Unidos | Ejército estadounidense
@USA_NAVY ORG for=USA_MOD
en	U.S. Navy | US Navy | United States Navy
es	Armada de Estados Unidos | Marina de Estados Unidos | Armada estadounidense
@USA_AIR_FORCE ORG for=USA_MOD
en	United States Air Force | U.S. Air Force | US Air Force | =USAF
es	Fuerza Aérea de Estados Unidos | Fuerza Aérea estadounidense | Fuerza Aérea de EE.UU. | Fuerza Aérea de EEUU | =USAF
# with the article and the plural of Spain (`las Fuerzas Aéreas de los EEUU`)
es	Fuerza Aérea de los Estados Unidos | Fuerza Aérea de los EE.UU. | Fuerza Aérea de los EEUU | Fuerzas Aéreas de Estados Unidos | Fuerzas Aéreas de los Estados Unidos | Fuerzas Aéreas de EE.UU. | Fuerzas Aéreas de los EE.UU. | Fuerzas Aéreas de EEUU | Fuerzas Aéreas de los EEUU | Fuerzas Aéreas estadounidenses
@USA_MARINE_CORPS ORG for=USA_MOD
en	U.S. Marine Corps | US Marine Corps | United States Marine Corps | Marine Corps
es	Cuerpo de Marines de Estados Unidos | Cuerpo de Marines
@USA_CYBER_COMMAND ORG for=USA_MOD
en	U.S. Cyber Command | US Cyber Command | Cyber Command
es	Comando Cibernético de Estados Unidos

# ---------------------------------------------------------------------------------------------
# United Kingdom

@GBR_MFA ORG for=GBR
en	Foreign Office | Foreign, Commonwealth and Development Office | Foreign and Commonwealth Office | =FCDO
es	Foreign Office | Ministerio de Asuntos Exteriores británico
@GBR_GOVERNMENT ORG for=GBR
en	HM Government | Her Majesty's Government | His Majesty's Government
@GBR_MOF ORG for=GBR
en	HM Treasury
@GBR_PARLIAMENT ORG for=GBR
en	House of Commons | House of Lords | Parliament of the United Kingdom
es	Cámara de los Comunes | Cámara de los Lores
@GBR_NCSC ORG for=GBR
en	National Cyber Security Centre
es	Centro Nacional de Ciberseguridad británico
@GCHQ ORG for=GBR
*	=GCHQ
en	Government Communications Headquarters
@MI5 ORG for=GBR
*	=MI5
en	=Security Service
@MI6 ORG for=GBR
*	=MI6
en	Secret Intelligence Service
@BANK_OF_ENGLAND ORG qid=Q171362 for=GBR
en	Bank of England
es	Banco de Inglaterra

# ---------------------------------------------------------------------------------------------
# China, Russia, Japan, South Korea, India, Indonesia, Saudi Arabia, Turkey, South Africa,
# Australia, Canada

@CHN_MSS ORG for=CHN
en	Ministry of State Security
es	Ministerio de Seguridad del Estado
@CHN_NPC ORG for=CHN
en	National People's Congress | =NPC
es	Asamblea Popular Nacional | =APN
@CPC ORG for=CHN
en	Communist Party of China | Chinese Communist Party | =CCP | =CPC
es	Partido Comunista de China | Partido Comunista Chino | =PCCh
@PLA ORG for=CHN
en	People's Liberation Army | =PLA
es	Ejército Popular de Liberación | =EPL
@PEOPLES_BANK_OF_CHINA ORG for=CHN
en	People's Bank of China | =PBOC | =PBoC
es	Banco Popular de China
@CHN_STATE_COUNCIL ORG for=CHN
en	State Council of China | Chinese State Council | =State Council
es	Consejo de Estado de China | Consejo de Estado chino
@RUS_DUMA ORG for=RUS
en	State Duma | =Duma
es	Duma Estatal | Duma del Estado | =Duma
@RUS_FEDERATION_COUNCIL ORG for=RUS
en	Federation Council
es	Consejo de la Federación
@FSB ORG for=RUS
*	=FSB
en	Federal Security Service
es	Servicio Federal de Seguridad
@SVR ORG for=RUS
*	=SVR
en	Foreign Intelligence Service of Russia | Russian Foreign Intelligence Service
es	Servicio de Inteligencia Exterior de Rusia
@GRU ORG for=RUS
*	=GRU
@BANK_OF_RUSSIA ORG for=RUS
en	Bank of Russia | Central Bank of Russia | Russian Central Bank
es	Banco Central de Rusia | Banco de Rusia
@JPN_DIET ORG for=JPN
en	National Diet
es	Dieta Nacional
@BANK_OF_JAPAN ORG for=JPN
en	Bank of Japan | =BOJ | =BoJ
es	Banco de Japón
@BANK_OF_KOREA ORG for=KOR
en	Bank of Korea
es	Banco de Corea
@KOR_NIS ORG for=KOR
en	National Intelligence Service of South Korea | South Korean National Intelligence Service
es	Servicio Nacional de Inteligencia surcoreano
@IND_LOK_SABHA ORG for=IND
*	Lok Sabha
@IND_RAJYA_SABHA ORG for=IND
*	Rajya Sabha
@RESERVE_BANK_OF_INDIA ORG for=IND
en	Reserve Bank of India | =RBI
es	Banco de la Reserva de la India
@BANK_INDONESIA ORG for=IDN
*	Bank Indonesia
@SAUDI_CENTRAL_BANK ORG for=SAU
en	Saudi Central Bank | Saudi Arabian Monetary Authority | =SAMA
@TUR_GRAND_NATIONAL_ASSEMBLY ORG for=TUR
en	Grand National Assembly of Turkey | Turkish Grand National Assembly | Turkish parliament
es	Gran Asamblea Nacional de Turquía
@SOUTH_AFRICAN_RESERVE_BANK ORG for=ZAF
en	South African Reserve Bank
es	Banco de la Reserva de Sudáfrica
@ANC ORG for=ZAF
en	African National Congress | =ANC
es	Congreso Nacional Africano | =CNA
@RESERVE_BANK_OF_AUSTRALIA ORG for=AUS
en	Reserve Bank of Australia | =RBA
es	Banco de la Reserva de Australia
@BANK_OF_CANADA ORG for=CAN
en	Bank of Canada
es	Banco de Canadá
@ISRAEL_MOSSAD ORG for=ISR
*	=Mossad
@ISRAEL_SHIN_BET ORG for=ISR
*	Shin Bet
@IDF ORG for=ISR
en	Israel Defense Forces | Israeli Defense Forces | =IDF
es	Fuerzas de Defensa de Israel
@IRGC ORG for=IRN
en	Islamic Revolutionary Guard Corps | Revolutionary Guards | =IRGC
es	Guardia Revolucionaria | Cuerpo de la Guardia Revolucionaria Islámica

# ---------------------------------------------------------------------------------------------
# European countries of the G20 (France, Germany, Italy)

@DEU_BUNDESTAG ORG for=DEU
*	Bundestag
@DEU_BUNDESRAT ORG for=DEU
*	Bundesrat
@BUNDESBANK ORG for=DEU
*	Bundesbank | Deutsche Bundesbank
@BND ORG for=DEU
*	=BND
@BUNDESWEHR ORG for=DEU
*	Bundeswehr
@FRA_NATIONAL_ASSEMBLY ORG for=FRA
en	French National Assembly | Assemblée nationale
es	Asamblea Nacional francesa | Asamblea Nacional de Francia
@BANQUE_DE_FRANCE ORG for=FRA
*	Banque de France
es	Banco de Francia
@DGSE ORG for=FRA
*	=DGSE
@BANCA_D_ITALIA ORG for=ITA
*	Banca d'Italia
en	Bank of Italy
es	Banco de Italia

# ---------------------------------------------------------------------------------------------
# Spain

@ESP_GOVERNMENT ORG for=ESP
es	Gobierno de España | Gobierno español
en	Spanish government
@ESP_CONGRESS ORG for=ESP
es	Congreso de los Diputados
en	Congress of Deputies
@ESP_CORTES ORG for=ESP
es	Cortes Generales
@BANCO_DE_ESPANA ORG for=ESP
es	Banco de España
en	Bank of Spain
@CNI ORG for=ESP
es	Centro Nacional de Inteligencia | =CNI
@GUARDIA_CIVIL ORG for=ESP
*	Guardia Civil
@AUDIENCIA_NACIONAL ORG for=ESP
*	Audiencia Nacional
@CNMV ORG for=ESP
es	Comisión Nacional del Mercado de Valores | =CNMV

# ---------------------------------------------------------------------------------------------
# Mexico, Central America and the Caribbean

@MEX_MFA ORG for=MEX
es	Secretaría de Relaciones Exteriores | =SRE
en	Mexican Foreign Ministry | Mexican Foreign Affairs Ministry
@BANXICO ORG for=MEX
es	Banco de México | =Banxico
en	Bank of Mexico
@MEX_SEDENA ORG for=MEX
es	Secretaría de la Defensa Nacional | =Sedena | =SEDENA
@MEX_GUARDIA_NACIONAL ORG for=MEX
es	Guardia Nacional
@MEX_FGR ORG for=MEX
es	Fiscalía General de la República | =FGR
@CUB_PCC ORG for=CUB
es	Partido Comunista de Cuba
en	Communist Party of Cuba
@NIC_FSLN ORG for=NIC
es	Frente Sandinista de Liberación Nacional | =FSLN
@PANAMA_CANAL_AUTHORITY ORG for=PAN
es	Autoridad del Canal de Panamá
en	Panama Canal Authority

# ---------------------------------------------------------------------------------------------
# South America

@ARG_CENTRAL_BANK ORG for=ARG
es	Banco Central de la República Argentina | =BCRA
@BANCO_CENTRAL_DO_BRASIL ORG for=BRA
*	Banco Central do Brasil
en	Central Bank of Brazil
@COL_CENTRAL_BANK ORG for=COL
es	=Banco de la República
@PER_CENTRAL_BANK ORG for=PER
es	Banco Central de Reserva del Perú | =BCRP
@VEN_TSJ ORG for=VEN
es	Tribunal Supremo de Justicia de Venezuela
@VEN_CNE ORG for=VEN
es	Consejo Nacional Electoral de Venezuela
@PSUV ORG for=VEN
es	Partido Socialista Unido de Venezuela | =PSUV
@COL_FISCALIA ORG for=COL
es	Fiscalía General de la Nación
@CHL_CARABINEROS ORG for=CHL
es	Carabineros de Chile | =Carabineros

# ---------------------------------------------------------------------------------------------
# Armed forces that UN documents and news name by the same acronym in both languages (`las
# FARDC`): the acronym is the body the template gives for the full name (`Armed Forces of the
# Democratic Republic of the Congo` -> COD_ARMED_FORCES). Names: the UN's English and Spanish.
@COD_ARMED_FORCES ORG for=COD
en	Armed Forces of the Democratic Republic of the Congo
es	Fuerzas Armadas de la República Democrática del Congo
*	=FARDC
