# demonyms.lex: demonyms (nationality adjectives and nouns) in English and Spanish, linked to
# the country they name. A demonym mention has type NORP but the ID of its country.
#
# HAND-WRITTEN by the crossclaim team from its own knowledge of English and Spanish usage
# (Spanish forms follow the Real Academia's Diccionario panhispánico de dudas list of country
# demonyms). Not generated: edit this file directly. Licence: MIT OR Apache-2.0, as crossclaim.
#
# Format (lexicons/README.md, plus one extension): a line `+ID` opens an EXTENSION block that
# adds forms to an entity defined in another file (here: the ISO3 countries of countries.lex);
# it does not define the ID again. Every form line names its type explicitly:
#   +CHN
#   en/NORP	Chinese
#   es/NORP	chino | =china | chinos | chinas
#
# Coverage: every sovereign state with a common, unambiguous demonym (including all G20
# countries, all Spanish-speaking countries with Puerto Rico, all EU members), plus Palestine
# and Taiwan, and the territories with a demonym of their own (Hong Kong, Greenland, Western
# Sahara, Gibraltar ...: the block at the end). English: the adjective and the people noun with its plural (American | Americans,
# British | Briton | Britons, Spanish | Spaniard | Spaniards). Spanish: masculine and feminine,
# singular and plural (francés | francesa | franceses | francesas); forms differing only by an
# accent are written once (matching ignores accents: austriaco = austríaco).
#
# Case-sensitive forms ('=', exact lower case as Spanish writes demonyms):
#   - a Spanish form that folds to a country name: =china, =india, =argentina, =suiza,
#     =armenia, =bosnia, =eritrea, =estonia, =libia, =siria, =namibia, =indonesia, =malasia,
#     =noruega, =botsuana, =palestina, =serbia, =macedonia (fem. sing.); =filipinas, =maldivas
#     (fem. pl.); =indias (not 'las Indias');
#   - a Spanish form that is also a country's own name: =vaticano, =vaticana (Vaticano);
#   - a Spanish form that is also a frequent surname or given name: =alemán (Alemán),
#     =jordana (Jordana);
#   - English forms that are ordinary words when lower-case: =Polish (polish), =Swede and
#     =Swedes (swede, the vegetable), =Poles (poles).
#
# Left out on purpose (ambiguous between several countries, with a region, or with another
# common meaning):
#   - Korean / coreano (North or South: use South Korean / surcoreano, North Korean /
#     norcoreano), Congolese / congoleño (COD or COG), Central African / centroafricano (the
#     region), Micronesian / micronesio (the region), Dominican for Dominica (DOM has it;
#     es dominiqués is given), Papuan / papú / papuano (also Indonesian Papua);
#   - English: Pole (North Pole), Finn, Dane (given names), Lao, Kiwi, English, Scot, Welsh;
#   - Spanish: americano (the continent), inglés (England and the language, not the UK),
#     ucranio/ucrania (fem. = Ucrania; ucraniano is used), malí/malíes (= Malí),
#     granadino (= from Granada, Spain: no Spanish demonym for Grenada),
#     sancristobaleño (many towns called San Cristóbal), hindú (the religion), gringo,
#     reunionés (masc. sing. of Réunion: with accents ignored it is 'reuniones', meetings).
# Ivoirian / Ivoirians (CIV) is the spelling of United Nations documents, beside Ivorian.
#   - Language names stay in: Chinese, French, español, ruso … also name the language; the
#     claim stage treats a NORP mention like any other mention of its country.
# Note: norteamericano (es) is given to USA, as in Spanish news usage.

# Afghanistan
+AFG
en/NORP	Afghan | Afghans
es/NORP	afgano | afgana | afganos | afganas

# Angola
+AGO
en/NORP	Angolan | Angolans
es/NORP	angoleño | angoleña | angoleños | angoleñas

# Albania
+ALB
en/NORP	Albanian | Albanians
es/NORP	albanés | albanesa | albaneses | albanesas

# Andorra
+AND
en/NORP	Andorran | Andorrans
es/NORP	andorrano | andorrana | andorranos | andorranas

# United Arab Emirates
+ARE
en/NORP	Emirati | Emiratis
es/NORP	emiratí | emiratíes | emiratís

# Argentina
+ARG
en/NORP	Argentine | Argentines | Argentinian | Argentinians
es/NORP	argentino | =argentina | argentinos | argentinas

# Armenia
+ARM
en/NORP	Armenian | Armenians
es/NORP	armenio | =armenia | armenios | armenias

# Antigua and Barbuda
+ATG
en/NORP	Antiguan | Antiguans
es/NORP	antiguano | antiguana | antiguanos | antiguanas

# Australia
+AUS
en/NORP	Australian | Australians | Aussie | Aussies
es/NORP	australiano | australiana | australianos | australianas

# Austria
+AUT
en/NORP	Austrian | Austrians
es/NORP	austriaco | austriaca | austriacos | austriacas

# Azerbaijan
+AZE
en/NORP	Azerbaijani | Azerbaijanis | Azeri | Azeris
es/NORP	azerbaiyano | azerbaiyana | azerbaiyanos | azerbaiyanas | azerí | azeríes

# Burundi
+BDI
en/NORP	Burundian | Burundians
es/NORP	burundés | burundesa | burundeses | burundesas

# Belgium
+BEL
en/NORP	Belgian | Belgians
es/NORP	belga | belgas

# Benin
+BEN
en/NORP	Beninese
es/NORP	beninés | beninesa | benineses | beninesas

# Burkina Faso
+BFA
en/NORP	Burkinabe | Burkinabes
es/NORP	burkinés | burkinesa | burkineses | burkinesas | burkinabé | burkinabés

# Bangladesh
+BGD
en/NORP	Bangladeshi | Bangladeshis
es/NORP	bangladesí | bangladesíes | bangladeshí | bangladeshíes

# Bulgaria
+BGR
en/NORP	Bulgarian | Bulgarians
es/NORP	búlgaro | búlgara | búlgaros | búlgaras

# Bahrain
+BHR
en/NORP	Bahraini | Bahrainis
es/NORP	bareiní | bareiníes | bahreiní | bahreiníes

# Bahamas
+BHS
en/NORP	Bahamian | Bahamians
es/NORP	bahameño | bahameña | bahameños | bahameñas

# Bosnia and Herzegovina
+BIH
en/NORP	Bosnian | Bosnians
es/NORP	bosnio | =bosnia | bosnios | bosnias

# Belarus
+BLR
en/NORP	Belarusian | Belarusians
es/NORP	bielorruso | bielorrusa | bielorrusos | bielorrusas

# Belize
+BLZ
en/NORP	Belizean | Belizeans
es/NORP	beliceño | beliceña | beliceños | beliceñas

# Bolivia
+BOL
en/NORP	Bolivian | Bolivians
es/NORP	boliviano | boliviana | bolivianos | bolivianas

# Brazil
+BRA
en/NORP	Brazilian | Brazilians
es/NORP	brasileño | brasileña | brasileños | brasileñas | brasilero | brasilera | brasileros | brasileras

# Barbados
+BRB
en/NORP	Barbadian | Barbadians | Bajan | Bajans
es/NORP	barbadense | barbadenses

# Brunei
+BRN
en/NORP	Bruneian | Bruneians
es/NORP	bruneano | bruneana | bruneanos | bruneanas

# Bhutan
+BTN
en/NORP	Bhutanese
es/NORP	butanés | butanesa | butaneses | butanesas

# Botswana
+BWA
en/NORP	Botswanan | Botswanans | Motswana | Batswana
es/NORP	botsuano | =botsuana | botsuanos | botsuanas

# Canada
+CAN
en/NORP	Canadian | Canadians
es/NORP	canadiense | canadienses

# Switzerland
+CHE
en/NORP	Swiss
es/NORP	suizo | =suiza | suizos | suizas

# Chile
+CHL
en/NORP	Chilean | Chileans
es/NORP	chileno | chilena | chilenos | chilenas

# China
+CHN
en/NORP	Chinese
es/NORP	chino | =china | chinos | chinas

# Côte d'Ivoire
+CIV
en/NORP	Ivorian | Ivorians | Ivoirian | Ivoirians
es/NORP	marfileño | marfileña | marfileños | marfileñas

# Cameroon
+CMR
en/NORP	Cameroonian | Cameroonians
es/NORP	camerunés | camerunesa | cameruneses | camerunesas

# Colombia
+COL
en/NORP	Colombian | Colombians
es/NORP	colombiano | colombiana | colombianos | colombianas

# Comoros
+COM
en/NORP	Comorian | Comorians | Comoran | Comorans
es/NORP	comorense | comorenses

# Cabo Verde
+CPV
en/NORP	Cape Verdean | Cape Verdeans | Cabo Verdean | Cabo Verdeans
es/NORP	caboverdiano | caboverdiana | caboverdianos | caboverdianas

# Costa Rica
+CRI
en/NORP	Costa Rican | Costa Ricans
es/NORP	costarricense | costarricenses | costarriqueño | costarriqueña | costarriqueños | costarriqueñas

# Cuba
+CUB
en/NORP	Cuban | Cubans
es/NORP	cubano | cubana | cubanos | cubanas

# Cyprus
+CYP
en/NORP	Cypriot | Cypriots
es/NORP	chipriota | chipriotas

# Czechia
+CZE
en/NORP	Czech | Czechs
es/NORP	checo | checa | checos | checas

# Germany
+DEU
en/NORP	German | Germans
es/NORP	=alemán | alemana | alemanes | alemanas

# Djibouti
+DJI
en/NORP	Djiboutian | Djiboutians
es/NORP	yibutiano | yibutiana | yibutianos | yibutianas

# Dominica (English 'Dominican' is given to the Dominican Republic)
+DMA
es/NORP	dominiqués | dominiquesa | dominiqueses | dominiquesas

# Denmark
+DNK
en/NORP	Danish | Danes
es/NORP	danés | danesa | daneses | danesas

# Dominican Republic
+DOM
en/NORP	Dominican | Dominicans
es/NORP	dominicano | dominicana | dominicanos | dominicanas

# Algeria
+DZA
en/NORP	Algerian | Algerians
es/NORP	argelino | argelina | argelinos | argelinas

# Ecuador
+ECU
en/NORP	Ecuadorian | Ecuadorians | Ecuadorean | Ecuadoreans
es/NORP	ecuatoriano | ecuatoriana | ecuatorianos | ecuatorianas

# Egypt
+EGY
en/NORP	Egyptian | Egyptians
es/NORP	egipcio | egipcia | egipcios | egipcias

# Eritrea
+ERI
en/NORP	Eritrean | Eritreans
es/NORP	eritreo | =eritrea | eritreos | eritreas

# Spain
+ESP
en/NORP	Spanish | Spaniard | Spaniards
es/NORP	español | española | españoles | españolas

# Estonia
+EST
en/NORP	Estonian | Estonians
es/NORP	estonio | =estonia | estonios | estonias

# Ethiopia
+ETH
en/NORP	Ethiopian | Ethiopians
es/NORP	etíope | etíopes

# Finland
+FIN
en/NORP	Finnish | Finns
es/NORP	finlandés | finlandesa | finlandeses | finlandesas

# Fiji
+FJI
en/NORP	Fijian | Fijians
es/NORP	fiyiano | fiyiana | fiyianos | fiyianas

# France
+FRA
en/NORP	French | Frenchman | Frenchmen | Frenchwoman | Frenchwomen
es/NORP	francés | francesa | franceses | francesas

# Gabon
+GAB
en/NORP	Gabonese
es/NORP	gabonés | gabonesa | gaboneses | gabonesas

# United Kingdom
+GBR
en/NORP	British | Briton | Britons | Brit | Brits
es/NORP	británico | británica | británicos | británicas

# Georgia
+GEO
en/NORP	Georgian | Georgians
es/NORP	georgiano | georgiana | georgianos | georgianas

# Ghana
+GHA
en/NORP	Ghanaian | Ghanaians
es/NORP	ghanés | ghanesa | ghaneses | ghanesas

# Guinea
+GIN
en/NORP	Guinean | Guineans
es/NORP	guineano | guineana | guineanos | guineanas

# Gambia
+GMB
en/NORP	Gambian | Gambians
es/NORP	gambiano | gambiana | gambianos | gambianas

# Guinea-Bissau
+GNB
en/NORP	Bissau-Guinean | Bissau-Guineans
es/NORP	bisauguineano | bisauguineana | bisauguineanos | bisauguineanas

# Equatorial Guinea
+GNQ
en/NORP	Equatorial Guinean | Equatorial Guineans | Equatoguinean | Equatoguineans
es/NORP	ecuatoguineano | ecuatoguineana | ecuatoguineanos | ecuatoguineanas

# Greece
+GRC
en/NORP	Greek | Greeks
es/NORP	griego | griega | griegos | griegas

# Grenada (no Spanish form: 'granadino' is a person from Granada, Spain)
+GRD
en/NORP	Grenadian | Grenadians

# Guatemala
+GTM
en/NORP	Guatemalan | Guatemalans
es/NORP	guatemalteco | guatemalteca | guatemaltecos | guatemaltecas

# Guyana
+GUY
en/NORP	Guyanese
es/NORP	guyanés | guyanesa | guyaneses | guyanesas

# Honduras
+HND
en/NORP	Honduran | Hondurans
es/NORP	hondureño | hondureña | hondureños | hondureñas

# Croatia
+HRV
en/NORP	Croatian | Croatians | Croat | Croats
es/NORP	croata | croatas

# Haiti
+HTI
en/NORP	Haitian | Haitians
es/NORP	haitiano | haitiana | haitianos | haitianas

# Hungary
+HUN
en/NORP	Hungarian | Hungarians
es/NORP	húngaro | húngara | húngaros | húngaras

# Indonesia
+IDN
en/NORP	Indonesian | Indonesians
es/NORP	indonesio | =indonesia | indonesios | indonesias

# India
+IND
en/NORP	Indian | Indians
es/NORP	indio | =india | indios | =indias

# Ireland
+IRL
en/NORP	Irish | Irishman | Irishmen | Irishwoman | Irishwomen
es/NORP	irlandés | irlandesa | irlandeses | irlandesas

# Iran
+IRN
en/NORP	Iranian | Iranians
es/NORP	iraní | iraníes

# Iraq
+IRQ
en/NORP	Iraqi | Iraqis
es/NORP	iraquí | iraquíes

# Iceland
+ISL
en/NORP	Icelandic | Icelander | Icelanders
es/NORP	islandés | islandesa | islandeses | islandesas

# Israel
+ISR
en/NORP	Israeli | Israelis
es/NORP	israelí | israelíes

# Italy
+ITA
en/NORP	Italian | Italians
es/NORP	italiano | italiana | italianos | italianas

# Jamaica
+JAM
en/NORP	Jamaican | Jamaicans
es/NORP	jamaicano | jamaicana | jamaicanos | jamaicanas | jamaiquino | jamaiquina | jamaiquinos | jamaiquinas

# Jordan
+JOR
en/NORP	Jordanian | Jordanians
es/NORP	jordano | =jordana | jordanos | jordanas

# Japan
+JPN
en/NORP	Japanese
es/NORP	japonés | japonesa | japoneses | japonesas | nipón | nipona | nipones | niponas

# Kazakhstan
+KAZ
en/NORP	Kazakh | Kazakhs | Kazakhstani | Kazakhstanis
es/NORP	kazajo | kazaja | kazajos | kazajas

# Kenya
+KEN
en/NORP	Kenyan | Kenyans
es/NORP	keniano | keniana | kenianos | kenianas | keniata | keniatas

# Kyrgyzstan
+KGZ
en/NORP	Kyrgyz | Kyrgyzstani | Kyrgyzstanis
es/NORP	kirguís | kirguisa | kirguises | kirguisas

# Cambodia
+KHM
en/NORP	Cambodian | Cambodians
es/NORP	camboyano | camboyana | camboyanos | camboyanas

# Kiribati
+KIR
en/NORP	I-Kiribati
es/NORP	kiribatiano | kiribatiana | kiribatianos | kiribatianas

# Saint Kitts and Nevis (no Spanish form: 'sancristobaleño' names people of many towns)
+KNA
en/NORP	Kittitian | Kittitians | Nevisian | Nevisians

# South Korea
+KOR
en/NORP	South Korean | South Koreans
es/NORP	surcoreano | surcoreana | surcoreanos | surcoreanas

# Kuwait
+KWT
en/NORP	Kuwaiti | Kuwaitis
es/NORP	kuwaití | kuwaitíes

# Laos
+LAO
en/NORP	Laotian | Laotians
es/NORP	laosiano | laosiana | laosianos | laosianas

# Lebanon
+LBN
en/NORP	Lebanese
es/NORP	libanés | libanesa | libaneses | libanesas

# Liberia
+LBR
en/NORP	Liberian | Liberians
es/NORP	liberiano | liberiana | liberianos | liberianas

# Libya
+LBY
en/NORP	Libyan | Libyans
es/NORP	libio | =libia | libios | libias

# Saint Lucia
+LCA
en/NORP	Saint Lucian | Saint Lucians | St. Lucian | St. Lucians
es/NORP	santalucense | santalucenses

# Liechtenstein
+LIE
en/NORP	Liechtensteiner | Liechtensteiners
es/NORP	liechtensteiniano | liechtensteiniana | liechtensteinianos | liechtensteinianas

# Sri Lanka
+LKA
en/NORP	Sri Lankan | Sri Lankans
es/NORP	esrilanqués | esrilanquesa | esrilanqueses | esrilanquesas | ceilandés | ceilandesa | ceilandeses | ceilandesas

# Lesotho
+LSO
en/NORP	Basotho | Mosotho
es/NORP	lesotense | lesotenses

# Lithuania
+LTU
en/NORP	Lithuanian | Lithuanians
es/NORP	lituano | lituana | lituanos | lituanas

# Luxembourg
+LUX
en/NORP	Luxembourger | Luxembourgers | Luxembourgish
es/NORP	luxemburgués | luxemburguesa | luxemburgueses | luxemburguesas

# Latvia
+LVA
en/NORP	Latvian | Latvians
es/NORP	letón | letona | letones | letonas

# Morocco
+MAR
en/NORP	Moroccan | Moroccans
es/NORP	marroquí | marroquíes

# Monaco
+MCO
en/NORP	Monegasque | Monegasques
es/NORP	monegasco | monegasca | monegascos | monegascas

# Moldova
+MDA
en/NORP	Moldovan | Moldovans
es/NORP	moldavo | moldava | moldavos | moldavas

# Madagascar
+MDG
en/NORP	Malagasy
es/NORP	malgache | malgaches

# Maldives
+MDV
en/NORP	Maldivian | Maldivians
es/NORP	maldivo | maldiva | maldivos | =maldivas

# Mexico
+MEX
en/NORP	Mexican | Mexicans
es/NORP	mexicano | mexicana | mexicanos | mexicanas

# Marshall Islands
+MHL
en/NORP	Marshallese
es/NORP	marshalés | marshalesa | marshaleses | marshalesas

# North Macedonia
+MKD
en/NORP	North Macedonian | North Macedonians | Macedonian | Macedonians
es/NORP	macedonio | =macedonia | macedonios | macedonias | normacedonio | normacedonia | normacedonios | normacedonias

# Mali
+MLI
en/NORP	Malian | Malians
es/NORP	maliense | malienses

# Malta
+MLT
en/NORP	Maltese
es/NORP	maltés | maltesa | malteses | maltesas

# Myanmar
+MMR
en/NORP	Burmese
es/NORP	birmano | birmana | birmanos | birmanas

# Montenegro
+MNE
en/NORP	Montenegrin | Montenegrins
es/NORP	montenegrino | montenegrina | montenegrinos | montenegrinas

# Mongolia
+MNG
en/NORP	Mongolian | Mongolians
es/NORP	mongol | mongola | mongoles | mongolas

# Mozambique
+MOZ
en/NORP	Mozambican | Mozambicans
es/NORP	mozambiqueño | mozambiqueña | mozambiqueños | mozambiqueñas

# Mauritania
+MRT
en/NORP	Mauritanian | Mauritanians
es/NORP	mauritano | mauritana | mauritanos | mauritanas

# Mauritius
+MUS
en/NORP	Mauritian | Mauritians
es/NORP	mauriciano | mauriciana | mauricianos | mauricianas

# Malawi
+MWI
en/NORP	Malawian | Malawians
es/NORP	malauí | malauíes

# Malaysia
+MYS
en/NORP	Malaysian | Malaysians
es/NORP	malasio | =malasia | malasios | malasias

# Namibia
+NAM
en/NORP	Namibian | Namibians
es/NORP	namibio | =namibia | namibios | namibias

# Niger
+NER
en/NORP	Nigerien | Nigeriens
es/NORP	nigerino | nigerina | nigerinos | nigerinas

# Nigeria
+NGA
en/NORP	Nigerian | Nigerians
es/NORP	nigeriano | nigeriana | nigerianos | nigerianas

# Nicaragua
+NIC
en/NORP	Nicaraguan | Nicaraguans
es/NORP	nicaragüense | nicaragüenses

# Netherlands
+NLD
en/NORP	Dutch | Dutchman | Dutchmen | Dutchwoman | Dutchwomen | Netherlander | Netherlanders
es/NORP	neerlandés | neerlandesa | neerlandeses | neerlandesas | holandés | holandesa | holandeses | holandesas

# Norway
+NOR
en/NORP	Norwegian | Norwegians
es/NORP	noruego | =noruega | noruegos | noruegas

# Nepal
+NPL
en/NORP	Nepali | Nepalis | Nepalese
es/NORP	nepalí | nepalíes | nepalés | nepalesa | nepaleses | nepalesas

# Nauru
+NRU
en/NORP	Nauruan | Nauruans
es/NORP	nauruano | nauruana | nauruanos | nauruanas

# New Zealand
+NZL
en/NORP	New Zealander | New Zealanders
es/NORP	neozelandés | neozelandesa | neozelandeses | neozelandesas

# Oman
+OMN
en/NORP	Omani | Omanis
es/NORP	omaní | omaníes

# Pakistan
+PAK
en/NORP	Pakistani | Pakistanis
es/NORP	pakistaní | pakistaníes | paquistaní | paquistaníes

# Panama
+PAN
en/NORP	Panamanian | Panamanians
es/NORP	panameño | panameña | panameños | panameñas

# Peru
+PER
en/NORP	Peruvian | Peruvians
es/NORP	peruano | peruana | peruanos | peruanas

# Philippines
+PHL
en/NORP	Filipino | Filipinos | Filipina | Philippine
es/NORP	filipino | filipina | filipinos | =filipinas

# Palau
+PLW
en/NORP	Palauan | Palauans
es/NORP	palauano | palauana | palauanos | palauanas

# Poland
+POL
en/NORP	=Polish | =Poles
es/NORP	polaco | polaca | polacos | polacas

# Puerto Rico
+PRI
en/NORP	Puerto Rican | Puerto Ricans
es/NORP	puertorriqueño | puertorriqueña | puertorriqueños | puertorriqueñas | boricua | boricuas

# North Korea
+PRK
en/NORP	North Korean | North Koreans
es/NORP	norcoreano | norcoreana | norcoreanos | norcoreanas

# Portugal
+PRT
en/NORP	Portuguese
es/NORP	portugués | portuguesa | portugueses | portuguesas

# Paraguay
+PRY
en/NORP	Paraguayan | Paraguayans
es/NORP	paraguayo | paraguaya | paraguayos | paraguayas

# Palestine
+PSE
en/NORP	Palestinian | Palestinians
es/NORP	palestino | =palestina | palestinos | palestinas

# Qatar
+QAT
en/NORP	Qatari | Qataris
es/NORP	catarí | cataríes | qatarí | qataríes

# Romania
+ROU
en/NORP	Romanian | Romanians
es/NORP	rumano | rumana | rumanos | rumanas

# Russia
+RUS
en/NORP	Russian | Russians
es/NORP	ruso | rusa | rusos | rusas

# Rwanda
+RWA
en/NORP	Rwandan | Rwandans
es/NORP	ruandés | ruandesa | ruandeses | ruandesas

# Saudi Arabia
+SAU
en/NORP	Saudi | Saudis
es/NORP	saudí | saudíes | saudita | sauditas

# Sudan
+SDN
en/NORP	Sudanese
es/NORP	sudanés | sudanesa | sudaneses | sudanesas

# Senegal
+SEN
en/NORP	Senegalese
es/NORP	senegalés | senegalesa | senegaleses | senegalesas

# Singapore
+SGP
en/NORP	Singaporean | Singaporeans
es/NORP	singapurense | singapurenses

# Solomon Islands
+SLB
en/NORP	Solomon Islander | Solomon Islanders
es/NORP	salomonense | salomonenses

# Sierra Leone
+SLE
en/NORP	Sierra Leonean | Sierra Leoneans
es/NORP	sierraleonés | sierraleonesa | sierraleoneses | sierraleonesas

# El Salvador
+SLV
en/NORP	Salvadoran | Salvadorans | Salvadorean | Salvadoreans
es/NORP	salvadoreño | salvadoreña | salvadoreños | salvadoreñas

# San Marino
+SMR
en/NORP	Sammarinese | San Marinese
es/NORP	sanmarinense | sanmarinenses

# Somalia
+SOM
en/NORP	Somali | Somalis
es/NORP	somalí | somalíes

# Serbia
+SRB
en/NORP	Serbian | Serbians | Serb | Serbs
es/NORP	serbio | =serbia | serbios | serbias

# South Sudan
+SSD
en/NORP	South Sudanese
es/NORP	sursudanés | sursudanesa | sursudaneses | sursudanesas

# Sao Tome and Principe
+STP
en/NORP	Santomean | Santomeans | São Toméan | São Toméans
es/NORP	santotomense | santotomenses

# Suriname
+SUR
en/NORP	Surinamese
es/NORP	surinamés | surinamesa | surinameses | surinamesas

# Slovakia
+SVK
en/NORP	Slovak | Slovaks | Slovakian | Slovakians
es/NORP	eslovaco | eslovaca | eslovacos | eslovacas

# Slovenia
+SVN
en/NORP	Slovenian | Slovenians | Slovene | Slovenes
es/NORP	esloveno | eslovena | eslovenos | eslovenas

# Sweden
+SWE
en/NORP	Swedish | =Swede | =Swedes
es/NORP	sueco | sueca | suecos | suecas

# Eswatini
+SWZ
en/NORP	Swazi | Swazis
es/NORP	suazi | suazis

# Seychelles
+SYC
en/NORP	Seychellois
es/NORP	seychellense | seychellenses

# Syria
+SYR
en/NORP	Syrian | Syrians
es/NORP	sirio | =siria | sirios | sirias

# Chad
+TCD
en/NORP	Chadian | Chadians
es/NORP	chadiano | chadiana | chadianos | chadianas

# Togo
+TGO
en/NORP	Togolese
es/NORP	togolés | togolesa | togoleses | togolesas

# Thailand
+THA
en/NORP	Thai | Thais
es/NORP	tailandés | tailandesa | tailandeses | tailandesas

# Tajikistan
+TJK
en/NORP	Tajik | Tajiks | Tajikistani | Tajikistanis
es/NORP	tayiko | tayika | tayikos | tayikas

# Turkmenistan
+TKM
en/NORP	Turkmen | Turkmens
es/NORP	turcomano | turcomana | turcomanos | turcomanas | turkmeno | turkmena | turkmenos | turkmenas

# Timor-Leste
+TLS
en/NORP	Timorese | East Timorese
es/NORP	timorense | timorenses

# Tonga
+TON
en/NORP	Tongan | Tongans
es/NORP	tongano | tongana | tonganos | tonganas

# Trinidad and Tobago
+TTO
en/NORP	Trinidadian | Trinidadians | Tobagonian | Tobagonians
es/NORP	trinitense | trinitenses

# Tunisia
+TUN
en/NORP	Tunisian | Tunisians
es/NORP	tunecino | tunecina | tunecinos | tunecinas

# Türkiye
+TUR
en/NORP	Turkish | Turk | Turks
es/NORP	turco | turca | turcos | turcas

# Tuvalu
+TUV
en/NORP	Tuvaluan | Tuvaluans
es/NORP	tuvaluano | tuvaluana | tuvaluanos | tuvaluanas

# Taiwan
+TWN
en/NORP	Taiwanese
es/NORP	taiwanés | taiwanesa | taiwaneses | taiwanesas

# Tanzania
+TZA
en/NORP	Tanzanian | Tanzanians
es/NORP	tanzano | tanzana | tanzanos | tanzanas

# Uganda
+UGA
en/NORP	Ugandan | Ugandans
es/NORP	ugandés | ugandesa | ugandeses | ugandesas

# Ukraine
+UKR
en/NORP	Ukrainian | Ukrainians
es/NORP	ucraniano | ucraniana | ucranianos | ucranianas

# Uruguay
+URY
en/NORP	Uruguayan | Uruguayans
es/NORP	uruguayo | uruguaya | uruguayos | uruguayas

# United States
+USA
en/NORP	American | Americans
es/NORP	estadounidense | estadounidenses | norteamericano | norteamericana | norteamericanos | norteamericanas

# Uzbekistan
+UZB
en/NORP	Uzbek | Uzbeks | Uzbekistani | Uzbekistanis
es/NORP	uzbeko | uzbeka | uzbekos | uzbekas

# Saint Vincent and the Grenadines
+VCT
en/NORP	Vincentian | Vincentians
es/NORP	sanvicentino | sanvicentina | sanvicentinos | sanvicentinas

# Venezuela
+VEN
en/NORP	Venezuelan | Venezuelans
es/NORP	venezolano | venezolana | venezolanos | venezolanas

# Viet Nam
+VNM
en/NORP	Vietnamese
es/NORP	vietnamita | vietnamitas

# Vanuatu
+VUT
en/NORP	Ni-Vanuatu | Vanuatuan | Vanuatuans
es/NORP	vanuatuense | vanuatuenses

# Samoa
+WSM
en/NORP	Samoan | Samoans
es/NORP	samoano | samoana | samoanos | samoanas

# Yemen
+YEM
en/NORP	Yemeni | Yemenis
es/NORP	yemení | yemeníes

# South Africa
+ZAF
en/NORP	South African | South Africans
es/NORP	sudafricano | sudafricana | sudafricanos | sudafricanas

# Zambia
+ZMB
en/NORP	Zambian | Zambians
es/NORP	zambiano | zambiana | zambianos | zambianas

# Zimbabwe
+ZWE
en/NORP	Zimbabwean | Zimbabweans
es/NORP	zimbabuense | zimbabuenses

# ---------------------------------------------------------------------------------------------
# Territories with a demonym of their own in English and Spanish news. Left out: Guadeloupe
# (es guadalupeño is also from Guadalupe, Mexico and Spain), French Polynesia (polinesio is the
# whole region), Isle of Man and Jersey (Manx is also the language; no Spanish demonym in use),
# Papua New Guinea (see above).

# Aruba
+ABW
en/NORP	Aruban | Arubans
es/NORP	arubeño | arubeña | arubeños | arubeñas

# Bermuda
+BMU
en/NORP	Bermudian | Bermudians
es/NORP	bermudeño | bermudeña | bermudeños | bermudeñas

# Cayman Islands
+CYM
en/NORP	Caymanian | Caymanians
es/NORP	caimanés | caimanesa | caimaneses | caimanesas

# Curaçao
+CUW
en/NORP	Curaçaoan | Curaçaoans
es/NORP	curazoleño | curazoleña | curazoleños | curazoleñas

# Western Sahara
+ESH
en/NORP	Sahrawi | Sahrawis | Saharawi | Saharawis
es/NORP	saharaui | saharauis

# Falkland Islands
+FLK
en/NORP	Falkland Islander | Falkland Islanders
es/NORP	malvinense | malvinenses

# Faroe Islands
+FRO
en/NORP	Faroese
es/NORP	feroés | feroesa | feroeses | feroesas

# Gibraltar
+GIB
en/NORP	Gibraltarian | Gibraltarians
es/NORP	gibraltareño | gibraltareña | gibraltareños | gibraltareñas

# Greenland
+GRL
en/NORP	Greenlandic | Greenlander | Greenlanders
es/NORP	groenlandés | groenlandesa | groenlandeses | groenlandesas

# Guam
+GUM
en/NORP	Guamanian | Guamanians
es/NORP	guameño | guameña | guameños | guameñas

# Hong Kong
+HKG
en/NORP	Hongkonger | Hongkongers | Hong Konger | Hong Kongers
es/NORP	hongkonés | hongkonesa | hongkoneses | hongkonesas

# Macao
+MAC
en/NORP	Macanese
es/NORP	macaense | macaenses

# Martinique
+MTQ
en/NORP	Martinican | Martinicans
es/NORP	martiniqués | martiniquesa | martiniqueses | martiniquesas

# New Caledonia
+NCL
en/NORP	New Caledonian | New Caledonians
es/NORP	neocaledonio | neocaledonia | neocaledonios | neocaledonias

# Réunion
+REU
en/NORP	Réunionese
es/NORP	reunionesa | reunioneses | reunionesas

# Vatican City (the Holy See)
+VAT
es/NORP	=vaticano | =vaticana | vaticanos | vaticanas
