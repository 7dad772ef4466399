# crossclaim entity lexicon: people
#
# Heads of state and government, foreign ministers and spokespeople whose words news reports.
# `for=` is the country or body the person speaks for (in the role the news of 2015 onwards
# gives them), which claim alignment uses. A surname alone links to the person when the full
# name came earlier in the same document (done by the matcher, not listed here); surnames that
# are unambiguous in news on their own are listed with `=`.
# Source: hand-written by the crossclaim team; roles cross-checked against the PETRARCH2 Phoenix
# actor dictionaries (../shared/data/gazetteers/petrarch2, MIT). QIDs: Wikidata, only where the
# authors checked them. Licence: same as crossclaim.

@JOE_BIDEN PER qid=Q6279 for=USA
*	Joe Biden | Joseph Biden | Joseph R. Biden | Joseph Robinette Biden | =Biden
@DONALD_TRUMP PER qid=Q22686 for=USA
*	Donald Trump | Donald J. Trump | =Trump
@BARACK_OBAMA PER qid=Q76 for=USA
*	Barack Obama | =Obama
@KAMALA_HARRIS PER for=USA
*	Kamala Harris
@ANTONY_BLINKEN PER for=USA
*	Antony Blinken | Anthony Blinken | =Blinken
@MIKE_POMPEO PER for=USA
*	Mike Pompeo | =Pompeo
@JEN_PSAKI PER for=WHITE_HOUSE
*	Jen Psaki | =Psaki
@XI_JINPING PER qid=Q15031 for=CHN
*	Xi Jinping
@WANG_YI PER for=CHN_MFA
*	Wang Yi
@ZHAO_LIJIAN PER for=CHN_MFA
*	Zhao Lijian
@WANG_WENBIN PER for=CHN_MFA
*	Wang Wenbin
@HUA_CHUNYING PER for=CHN_MFA
*	Hua Chunying
@LI_KEQIANG PER for=CHN
*	Li Keqiang
@VLADIMIR_PUTIN PER qid=Q7747 for=RUS
*	Vladimir Putin | Vladímir Putin | =Putin
@SERGEI_LAVROV PER for=RUS
*	Sergei Lavrov | Serguéi Lavrov | =Lavrov
@DMITRY_PESKOV PER for=KREMLIN
*	Dmitry Peskov | Dmitri Peskov | =Peskov
@BORIS_JOHNSON PER for=GBR
*	Boris Johnson
@DOMINIC_RAAB PER for=GBR
*	Dominic Raab
@THERESA_MAY PER for=GBR
*	Theresa May
@EMMANUEL_MACRON PER for=FRA
*	Emmanuel Macron | =Macron
@ANGELA_MERKEL PER for=DEU
*	Angela Merkel | =Merkel
@OLAF_SCHOLZ PER for=DEU
*	Olaf Scholz | =Scholz
@JUSTIN_TRUDEAU PER for=CAN
*	Justin Trudeau | =Trudeau
@SCOTT_MORRISON PER for=AUS
*	Scott Morrison
@JACINDA_ARDERN PER for=NZL
*	Jacinda Ardern | =Ardern
@YOSHIHIDE_SUGA PER for=JPN
*	Yoshihide Suga
@SHINZO_ABE PER for=JPN
*	Shinzo Abe | Shinzō Abe
@NARENDRA_MODI PER for=IND
*	Narendra Modi | =Modi
@RECEP_TAYYIP_ERDOGAN PER for=TUR
*	Recep Tayyip Erdogan | Recep Tayyip Erdoğan | =Erdogan | =Erdoğan
@VOLODYMYR_ZELENSKY PER for=UKR
*	Volodymyr Zelensky | Volodímir Zelenski | Volodymyr Zelenskyy | =Zelensky | =Zelenski
@KIM_JONG_UN PER for=PRK
*	Kim Jong Un | Kim Jong-un
@PEDRO_SANCHEZ PER for=ESP
*	Pedro Sánchez
@MARIANO_RAJOY PER for=ESP
*	Mariano Rajoy | =Rajoy
@JOSE_MANUEL_ALBARES PER for=ESP_MFA
*	José Manuel Albares | =Albares
@ANDRES_MANUEL_LOPEZ_OBRADOR PER for=MEX
*	Andrés Manuel López Obrador | López Obrador | =AMLO
@CLAUDIA_SHEINBAUM PER for=MEX
*	Claudia Sheinbaum | =Sheinbaum
@ALBERTO_FERNANDEZ PER for=ARG
*	Alberto Fernández
@JAVIER_MILEI PER for=ARG
*	Javier Milei | =Milei
@MAURICIO_MACRI PER for=ARG
*	Mauricio Macri | =Macri
@NICOLAS_MADURO PER for=VEN
*	Nicolás Maduro | =Maduro
@JUAN_GUAIDO PER for=VEN
*	Juan Guaidó | =Guaidó
@GUSTAVO_PETRO PER for=COL
*	Gustavo Petro
@IVAN_DUQUE PER for=COL
*	Iván Duque
@GABRIEL_BORIC PER for=CHL
*	Gabriel Boric | =Boric
@SEBASTIAN_PINERA PER for=CHL
*	Sebastián Piñera | =Piñera
@MIGUEL_DIAZ_CANEL PER for=CUB
*	Miguel Díaz-Canel | =Díaz-Canel
@DANIEL_ORTEGA PER for=NIC
*	Daniel Ortega
@NAYIB_BUKELE PER for=SLV
*	Nayib Bukele | =Bukele
@PEDRO_CASTILLO PER for=PER
*	Pedro Castillo
@LUIS_ARCE PER for=BOL
*	Luis Arce
@EVO_MORALES PER for=BOL
*	Evo Morales
@LUIZ_INACIO_LULA_DA_SILVA PER for=BRA
*	Luiz Inácio Lula da Silva | Lula da Silva | =Lula
@JAIR_BOLSONARO PER for=BRA
*	Jair Bolsonaro | =Bolsonaro
@ANTONIO_GUTERRES PER for=UN
*	António Guterres | Antonio Guterres | =Guterres
@JENS_STOLTENBERG PER for=NATO
*	Jens Stoltenberg | =Stoltenberg
@URSULA_VON_DER_LEYEN PER for=EU
*	Ursula von der Leyen | =von der Leyen
@JOSEP_BORRELL PER for=EU
*	Josep Borrell | =Borrell
@TEDROS_ADHANOM_GHEBREYESUS PER for=WHO
*	Tedros Adhanom Ghebreyesus | Tedros Adhanom
@BASHAR_AL_ASSAD PER for=SYR
*	Bashar al-Assad | Bashar al Assad | Bachar al Asad | Bashar Asad
@MUAMMAR_GADDAFI PER for=LBY
*	Muammar Gaddafi | Muamar el Gadafi | Muammar Qaddafi | Gadafi | Gaddafi
@HOSNI_MUBARAK PER for=EGY
*	Hosni Mubarak | Hosni Mubarak | =Mubarak
@MOHAMED_MORSI PER for=EGY
*	Mohamed Morsi | Mohamed Mursi | =Morsi | =Mursi
@ALI_ABDULLAH_SALEH PER for=YEM
*	Ali Abdullah Saleh | Ali Abdalá Saleh
@BENJAMIN_NETANYAHU PER for=ISR
*	Benjamin Netanyahu | Benjamín Netanyahu | =Netanyahu
@ALI_KHAMENEI PER for=IRN
*	Ali Khamenei | Alí Jamenei | =Khamenei | =Jamenei
