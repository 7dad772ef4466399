# crossclaim entity lexicon: companies, their products, leading executives, news agencies and
# outlets, stock exchanges and market indices.
#
# Source: hand-written by the crossclaim team from the companies' own names and public records
# (company names, product names and who led which company when are public facts). Company
# names were cross-checked against the multinational-corporation section of the PETRARCH2
# Phoenix actor dictionary (../shared/data/gazetteers/petrarch2/dictionaries/
# Phoenix.International.actors.txt, MIT) where it lists them. QIDs: Wikidata, only where the
# authors checked them. Licence: MIT OR Apache-2.0, as crossclaim.
#
# Conventions:
#   - A company is ORG, a product or a market index is PRODUCT, an executive is PER with `for=`
#     the company and a dated `role=` (lexicons/README.md).
#   - A name that is also an ordinary word, a given name or a place is written with `=` (exact
#     case): =Apple does not match "apple", =Ford does not match "ford". Left out on purpose:
#     bare Target, Visa, Orange, Total, Leonardo, Zara, Fox, Delta, Saturn (ordinary words or
#     given names far more often than the company); bare Santander (the Spanish and Colombian
#     places: "Banco Santander" is kept); bare ABC (the Spanish newspaper, the Australian and
#     the US broadcasters).
#   - An aircraft or phone model is its own product (`Airbus A380`, `iPhone 4`); the maker's
#     name alone is the company.
#   - `model_of=LINE` on a model (`IPHONE_4 model_of=IPHONE`): after the model is named in a
#     document, a bare `iPhone` there is read as that model (the line kept as a candidate).
#   - A form written `form?` makes this entity only a candidate when another entity has the
#     same form (S&P is read as the S&P 500 index, Standard & Poor's kept as a candidate).

# ---------------------------------------------------------------------------------------------
# Aerospace and defence

@AIRBUS ORG qid=Q67
*	Airbus | =Airbus SE | Airbus Group | Airbus Industrie | Airbus S.A.S.
@EADS ORG
*	=EADS | EADS N.V. | European Aeronautic Defence and Space Company | European Aeronautic Defence and Space | European Aeronautic Defense and Space Company
@BOEING ORG qid=Q66
*	Boeing | Boeing Company | Boeing Co. | Boeing Commercial Airplanes | Boeing Defense, Space & Security | Boeing Integrated Defense Systems
@MCDONNELL_DOUGLAS ORG
*	McDonnell Douglas | McDonnell Douglas Corporation
@LOCKHEED_MARTIN ORG
*	Lockheed Martin | =Lockheed
@NORTHROP_GRUMMAN ORG
*	Northrop Grumman | =Northrop
@RAYTHEON ORG
*	Raytheon | Raytheon Technologies | =RTX
@GENERAL_DYNAMICS ORG
*	General Dynamics
@BAE_SYSTEMS ORG
*	BAE Systems | =BAE
@BOMBARDIER ORG
*	Bombardier
@EMBRAER ORG
*	Embraer
@ROLLS_ROYCE ORG
*	Rolls-Royce | Rolls Royce
@SAFRAN ORG
*	Safran
@THALES ORG
*	Thales Group | =Thales
@DASSAULT_AVIATION ORG
*	Dassault Aviation | =Dassault
@SPACEX ORG
*	SpaceX

# Aircraft
@AIRBUS_A380 PRODUCT
*	Airbus A380 | =A380 | A380 superjumbo | Airbus 380
@AIRBUS_A350 PRODUCT
*	Airbus A350 | =A350 | A350 XWB | Airbus A350 XWB
@AIRBUS_A320 PRODUCT
*	Airbus A320 | =A320 | A320neo | A320 family
@AIRBUS_A330 PRODUCT
*	Airbus A330 | =A330
@AIRBUS_A340 PRODUCT
*	Airbus A340 | =A340
@AIRBUS_A400M PRODUCT
*	Airbus A400M | =A400M | A400M Atlas
@BOEING_787 PRODUCT
*	Boeing 787 | Boeing 787 Dreamliner | 787 Dreamliner | =Dreamliner
@BOEING_777 PRODUCT
*	Boeing 777 | Boeing 777X
@BOEING_747 PRODUCT
*	Boeing 747 | =Jumbo Jet
@BOEING_737 PRODUCT
*	Boeing 737 | Boeing 737 MAX | 737 MAX | 737 Max
@BOEING_767 PRODUCT
*	Boeing 767
@BOEING_757 PRODUCT
*	Boeing 757
@BOEING_717 PRODUCT
*	Boeing 717
@KC_767 PRODUCT
*	=KC-767 | KC-767 tanker
@KC_46 PRODUCT
*	=KC-46 | KC-46 Pegasus | KC-46A
@KC_45 PRODUCT
*	=KC-45 | KC-45A
@MD_DC9 PRODUCT
*	=DC-9 | McDonnell Douglas DC-9 | Douglas DC-9
@F_35 PRODUCT
*	=F-35 | F-35 Lightning II | Joint Strike Fighter
@CONCORDE PRODUCT
*	=Concorde

# Airlines
@SINGAPORE_AIRLINES ORG
# `SIA`: the airline's own short name (its annual reports and press releases, "Singapore
# Airlines (SIA)"); exact case, so the word `sia` is not it
*	Singapore Airlines | =SIA

# Airports: hub airports of the airlines in this section, named as their operators name them (a
# place, LOC; `Changi` or `Heathrow` alone also names the district around it and is left out)
@CHANGI_AIRPORT LOC
en	Changi Airport | Changi International Airport | Singapore Changi Airport
es	Aeropuerto de Changi | Aeropuerto Internacional de Changi | Aeropuerto Internacional Changi
@HEATHROW_AIRPORT LOC
en	Heathrow Airport | London Heathrow Airport
es	aeropuerto de Heathrow | aeropuerto londinense de Heathrow
@MADRID_BARAJAS_AIRPORT LOC
en	Madrid-Barajas Airport | Madrid Barajas Airport | Barajas Airport
es	aeropuerto de Madrid-Barajas | aeropuerto de Barajas | aeropuerto Adolfo Suárez Madrid-Barajas
@JFK_AIRPORT LOC
en	John F. Kennedy International Airport | JFK Airport | JFK International Airport
es	aeropuerto John F. Kennedy | aeropuerto JFK

@AER_LINGUS ORG
*	Aer Lingus
@RYANAIR ORG
*	Ryanair
@AIR_FRANCE ORG
*	Air France | Air France-KLM
@KLM ORG
*	=KLM | KLM Royal Dutch Airlines
@LUFTHANSA ORG
*	Lufthansa | Deutsche Lufthansa
@BRITISH_AIRWAYS ORG
*	British Airways
@IBERIA ORG
*	=Iberia | Iberia Líneas Aéreas
@EMIRATES_AIRLINE ORG
*	Emirates Airline | =Emirates
@QANTAS ORG
*	Qantas
@AIR_CANADA ORG
*	Air Canada
@AIR_INDIA ORG
*	Air India
@AIR_CHINA ORG
*	Air China
@CHINA_EASTERN ORG
*	China Eastern Airlines | China Eastern
@CHINA_SOUTHERN ORG
*	China Southern Airlines | China Southern
@CATHAY_PACIFIC ORG
*	Cathay Pacific
@JAPAN_AIRLINES ORG
*	Japan Airlines
@ANA ORG
*	All Nippon Airways
@KOREAN_AIR ORG
*	Korean Air
@THAI_AIRWAYS ORG
*	Thai Airways | Thai Airways International
@GARUDA_INDONESIA ORG
*	Garuda Indonesia
@QATAR_AIRWAYS ORG
*	Qatar Airways
@ETIHAD ORG
*	Etihad Airways | =Etihad
@TURKISH_AIRLINES ORG
*	Turkish Airlines
@AEROFLOT ORG
*	Aeroflot
@AMERICAN_AIRLINES ORG
*	American Airlines
@UNITED_AIRLINES ORG
*	United Airlines
@DELTA_AIR_LINES ORG
*	Delta Air Lines | Delta Airlines
@SOUTHWEST_AIRLINES ORG
*	Southwest Airlines
@AIRTRAN ORG
*	AirTran Airways | =AirTran
@JETBLUE ORG
*	JetBlue | JetBlue Airways
@VIRGIN_ATLANTIC ORG
*	Virgin Atlantic
@EASYJET ORG
*	easyJet
@AVIANCA ORG
*	Avianca
@LATAM ORG
*	LATAM Airlines | =LATAM | =LAN Airlines
@AEROMEXICO ORG
*	Aeroméxico
@AEROLINEAS_ARGENTINAS ORG
*	Aerolíneas Argentinas
@COPA_AIRLINES ORG
*	Copa Airlines
@VUELING ORG
*	Vueling
@AIR_EUROPA ORG
*	Air Europa
@ALITALIA ORG
*	Alitalia | ITA Airways

# ---------------------------------------------------------------------------------------------
# Carmakers and their brands

@GENERAL_MOTORS ORG qid=Q81965
*	General Motors | General Motors Corporation | General Motors Company | General Motors Corp. | =GM
@FORD ORG qid=Q44294
*	Ford Motor Company | Ford Motor Co. | Ford Motor | =Ford
@CHRYSLER ORG
*	Chrysler | Chrysler Group | Chrysler LLC | DaimlerChrysler | Daimler-Chrysler
@FCA ORG
*	Fiat Chrysler Automobiles | Fiat Chrysler | =FCA
@FIAT ORG
*	=Fiat | =FIAT
@STELLANTIS ORG
*	Stellantis
@TOYOTA ORG qid=Q53268
*	Toyota | Toyota Motor | Toyota Motor Corporation
@HONDA ORG
*	=Honda | Honda Motor
@NISSAN ORG
*	Nissan | Nissan Motor
@VOLKSWAGEN ORG
*	Volkswagen | Volkswagen Group | Volkswagen AG | =VW
@BMW ORG
*	=BMW
@DAIMLER ORG
*	Daimler | Daimler AG | Mercedes-Benz Group
@MERCEDES_BENZ ORG
*	Mercedes-Benz | Mercedes Benz
@HYUNDAI ORG
*	Hyundai | Hyundai Motor | Hyundai Motor Company
@KIA ORG
*	Kia Motors | =Kia
@RENAULT ORG
*	Renault | Groupe Renault
@PEUGEOT ORG
*	Peugeot | PSA Peugeot Citroën | PSA Group | Grupo PSA
@TESLA ORG
*	Tesla Motors | Tesla Inc. | =Tesla
@VOLVO ORG
*	Volvo | Volvo Cars
@SAAB ORG
*	Saab | Saab Automobile
@OPEL ORG
*	Opel | Adam Opel
@VAUXHALL ORG
*	Vauxhall | Vauxhall Motors
@SUZUKI ORG
*	Suzuki Motor | Suzuki Motor Corporation
@MAZDA ORG
*	Mazda
@SUBARU ORG
*	Subaru
@MITSUBISHI_MOTORS ORG
*	Mitsubishi Motors
@TATA_MOTORS ORG
*	Tata Motors
@SEAT ORG
*	=SEAT
@BYD ORG
*	=BYD
@GEELY ORG
*	Geely
@CHEVROLET ORG for=GENERAL_MOTORS
*	Chevrolet | =Chevy
@CADILLAC ORG for=GENERAL_MOTORS
*	Cadillac
@BUICK ORG for=GENERAL_MOTORS
*	Buick
@PONTIAC ORG for=GENERAL_MOTORS
*	Pontiac
@GMC ORG for=GENERAL_MOTORS
*	=GMC
@UAW ORG
*	United Auto Workers | United Automobile Workers | =UAW

@CHEVROLET_VOLT PRODUCT
*	Chevrolet Volt | Chevy Volt
@FORD_MODEL_T PRODUCT
*	=Model T | Ford Model T
@TOYOTA_PRIUS PRODUCT
*	Toyota Prius | =Prius

# ---------------------------------------------------------------------------------------------
# Technology, telecommunications and internet

@APPLE ORG qid=Q312
*	=Apple | Apple Inc. | Apple Inc | Apple Computer | Apple Computer Inc. | =APPLE
@APPLE_CORPS ORG
*	Apple Corps | Apple Corps Ltd | Apple Corps Ltd.
@MICROSOFT ORG qid=Q2283
*	Microsoft | Microsoft Corporation | Microsoft Corp.
@GOOGLE ORG qid=Q95
*	Google | Google Inc. | Google LLC
@ALPHABET ORG
*	Alphabet Inc.
@AMAZON ORG qid=Q3884
*	=Amazon | Amazon.com | Amazon.com Inc.
@FACEBOOK ORG qid=Q380
*	=Facebook
@META ORG
*	Meta Platforms
@TWITTER ORG qid=Q918
*	=Twitter
@INTEL ORG
*	Intel | Intel Corporation | Intel Corp.
@IBM ORG
*	=IBM | International Business Machines
@ORACLE ORG
*	=Oracle | Oracle Corporation | Oracle Corp.
@CISCO ORG
*	Cisco | Cisco Systems
@HEWLETT_PACKARD ORG
*	Hewlett-Packard | Hewlett Packard
@DELL ORG
*	=Dell | Dell Technologies | Dell Inc.
@SAMSUNG ORG
*	Samsung | Samsung Electronics
@SONY ORG
*	Sony | Sony Corporation | Sony Corp.
@LG ORG
*	LG Electronics
@HUAWEI ORG
*	Huawei | Huawei Technologies
@ZTE ORG
*	=ZTE
@XIAOMI ORG
*	Xiaomi
@LENOVO ORG
*	Lenovo
@ALIBABA ORG
*	Alibaba | Alibaba Group
@TENCENT ORG
*	Tencent
@BAIDU ORG
*	Baidu
@BYTEDANCE ORG
*	ByteDance
@NVIDIA ORG
*	Nvidia | NVIDIA
@AMD ORG
*	Advanced Micro Devices | =AMD
@QUALCOMM ORG
*	Qualcomm
@MOTOROLA ORG
*	Motorola
@NOKIA ORG
*	Nokia
@ERICSSON ORG
*	Ericsson
@SIEMENS ORG
*	Siemens
@PHILIPS ORG
*	=Philips
@SAP ORG
*	=SAP | =SAP SE
@NETFLIX ORG
*	Netflix
@SPOTIFY ORG
*	Spotify
@UBER ORG
*	=Uber
@AIRBNB ORG
*	Airbnb
@PAYPAL ORG
*	PayPal
@EBAY ORG
*	eBay
@YAHOO ORG
*	Yahoo | Yahoo!
@AOL ORG
*	=AOL | America Online
@ADOBE ORG
*	=Adobe | Adobe Systems
@BLACKBERRY ORG
*	BlackBerry | Research In Motion
@PALM_INC ORG
*	Palm Inc. | Palm, Inc.
@KASEYA ORG
*	Kaseya
@SOLARWINDS ORG
*	SolarWinds
@NSO_GROUP ORG
*	NSO Group
@OPENAI ORG
*	OpenAI
@TSMC ORG
*	=TSMC | Taiwan Semiconductor Manufacturing Company
@FOXCONN ORG
*	Foxconn | Hon Hai
@SOFTBANK ORG
*	SoftBank
@NPD_GROUP ORG
*	NPD Group
@TELEFONICA ORG
*	=Telefónica | =TELEFÓNICA
@MOVISTAR ORG for=TELEFONICA
*	Movistar
@VODAFONE ORG
*	Vodafone
@ATT ORG
*	=AT&T
@VERIZON ORG
*	Verizon | Verizon Communications
@T_MOBILE ORG
*	T-Mobile
@DEUTSCHE_TELEKOM ORG
*	Deutsche Telekom
@AMERICA_MOVIL ORG
*	América Móvil
@NTT ORG
*	=NTT | Nippon Telegraph and Telephone
@KASPERSKY ORG
*	Kaspersky | Kaspersky Lab
@COLONIAL_PIPELINE ORG
*	Colonial Pipeline

# Products and services
@IPHONE PRODUCT qid=Q2766
*	iPhone | iPhones
@IPHONE_3G PRODUCT model_of=IPHONE
*	iPhone 3G
@IPHONE_3GS PRODUCT model_of=IPHONE
*	iPhone 3GS
@IPHONE_4 PRODUCT model_of=IPHONE
*	iPhone 4
@IPHONE_4S PRODUCT model_of=IPHONE
*	iPhone 4S
@IPOD PRODUCT qid=Q9479
*	iPod | iPods
@IPOD_NANO PRODUCT model_of=IPOD
*	iPod nano
@IPOD_TOUCH PRODUCT model_of=IPOD
*	iPod touch
@IPOD_SHUFFLE PRODUCT model_of=IPOD
*	iPod shuffle
@IPOD_CLASSIC PRODUCT model_of=IPOD
*	iPod classic
@IPOD_MINI PRODUCT model_of=IPOD
*	iPod mini
@IPAD PRODUCT qid=Q2796
*	iPad | iPads
@ITUNES PRODUCT
*	iTunes | iTunes Store | iTunes Music Store
@MACINTOSH PRODUCT
*	Macintosh | =Mac | =Macs
@MACBOOK PRODUCT
*	MacBook | MacBooks
@MACBOOK_PRO PRODUCT model_of=MACBOOK
*	MacBook Pro
@MACBOOK_AIR PRODUCT model_of=MACBOOK
*	MacBook Air
@IMAC PRODUCT
*	iMac
@MAC_OS_X PRODUCT
*	Mac OS X | =OS X | macOS | Mac OS
@MAC_OS_X_TIGER PRODUCT model_of=MAC_OS_X
*	Mac OS X Tiger | Mac OS X v10.4 | OS X Tiger
@MAC_OS_X_LEOPARD PRODUCT model_of=MAC_OS_X
*	Mac OS X Leopard | OS X Leopard | =Snow Leopard | Mac OS X Snow Leopard
@MAC_OS_X_LION PRODUCT model_of=MAC_OS_X
*	Mac OS X Lion | OS X Lion | =Mountain Lion | OS X Mountain Lion
@IOS PRODUCT
*	=iOS | iPhone OS
@IOS_4 PRODUCT model_of=IOS
*	iOS 4
@IOS_5 PRODUCT model_of=IOS
*	iOS 5
@APP_STORE PRODUCT
*	App Store
@APPLE_TV PRODUCT
*	Apple TV
@APPLE_WATCH PRODUCT
*	Apple Watch
@ICLOUD PRODUCT
*	iCloud
@ILIFE PRODUCT
*	iLife
@QUICKTIME PRODUCT
*	QuickTime
@DARWIN_OS PRODUCT
*	Darwin operating system
@WINDOWS PRODUCT
*	=Windows | Microsoft Windows | Windows Vista | Windows XP | Windows 7 | Windows 8 | Windows 10 | Windows 11
@XBOX PRODUCT
*	Xbox | Xbox 360
@MICROSOFT_EXCHANGE PRODUCT
*	Microsoft Exchange | Microsoft Exchange Server | Exchange Server
@ANDROID PRODUCT
*	=Android
@YOUTUBE PRODUCT
*	YouTube
@GMAIL PRODUCT
*	Gmail
@CHATGPT PRODUCT
*	ChatGPT
@WHATSAPP PRODUCT
*	WhatsApp
@INSTAGRAM PRODUCT
*	Instagram
@TELEGRAM PRODUCT
*	=Telegram
@WECHAT PRODUCT
*	WeChat
@TIKTOK PRODUCT
*	TikTok
@PLAYSTATION PRODUCT
*	PlayStation

# ---------------------------------------------------------------------------------------------
# Banks, finance, insurance

@JPMORGAN_CHASE ORG
*	JPMorgan Chase | JPMorgan | JP Morgan | J.P. Morgan | J.P. Morgan Chase | JP Morgan Chase
@GOLDMAN_SACHS ORG
*	Goldman Sachs
@MORGAN_STANLEY ORG
*	Morgan Stanley
@CITIGROUP ORG
*	Citigroup | Citigroup Inc. | Citibank | =Citi
@BANK_OF_AMERICA ORG
*	Bank of America | Bank of America Corp. | BofA
@MERRILL_LYNCH ORG
*	Merrill Lynch
@WELLS_FARGO ORG
*	Wells Fargo
@LEHMAN_BROTHERS ORG
*	Lehman Brothers | =Lehman
@BEAR_STEARNS ORG
*	Bear Stearns
@AIG ORG
*	American International Group | =AIG
@FANNIE_MAE ORG
*	Fannie Mae
@FREDDIE_MAC ORG
*	Freddie Mac
@HSBC ORG
*	=HSBC
@BARCLAYS ORG
*	Barclays
@LLOYDS ORG
*	Lloyds Banking Group | Lloyds TSB
@RBS ORG
*	Royal Bank of Scotland | =RBS
@UBS ORG
*	=UBS
@CREDIT_SUISSE ORG
*	Credit Suisse
@DEUTSCHE_BANK ORG
*	Deutsche Bank
@BNP_PARIBAS ORG
*	BNP Paribas
@SOCIETE_GENERALE ORG
*	Société Générale
@BANCO_SANTANDER ORG
*	Banco Santander | Grupo Santander
@BBVA ORG
*	=BBVA | Banco Bilbao Vizcaya Argentaria
@CAIXABANK ORG
*	CaixaBank
@BANKIA ORG
*	Bankia
@ING ORG
*	ING Group | ING Groep
@NOMURA ORG
*	=Nomura | Nomura Holdings
@ICBC ORG
*	Industrial and Commercial Bank of China | =ICBC
@BLACKROCK ORG
*	BlackRock
@BERKSHIRE_HATHAWAY ORG
*	Berkshire Hathaway
@MASTERCARD ORG
*	Mastercard | MasterCard
@AMERICAN_EXPRESS ORG
*	American Express
@STANDARD_AND_POORS ORG
*	Standard & Poor's | Standard and Poor's | S&P? | S&P Global
@MOODYS ORG
*	Moody's | Moody's Investors Service
@FITCH ORG
*	Fitch Ratings

# ---------------------------------------------------------------------------------------------
# Energy, mining, industry, consumer goods, pharmaceuticals, media groups

@EXXONMOBIL ORG
*	ExxonMobil | Exxon Mobil | =Exxon
@CHEVRON ORG
*	=Chevron | Chevron Corporation
@SHELL ORG
*	Royal Dutch Shell | =Shell
@BP ORG
*	=BP | British Petroleum
@TOTALENERGIES ORG
*	TotalEnergies
@ENI ORG
*	=Eni
@REPSOL ORG
*	Repsol
@PETROBRAS ORG
*	Petrobras
@PEMEX ORG
*	Pemex | Petróleos Mexicanos
@PDVSA ORG
*	=PDVSA | Petróleos de Venezuela
@SAUDI_ARAMCO ORG
*	Saudi Aramco | =Aramco
@GAZPROM ORG
*	Gazprom
@ROSNEFT ORG
*	Rosneft
@LUKOIL ORG
*	Lukoil
@SINOPEC ORG
*	Sinopec
@PETROCHINA ORG
*	PetroChina
@IBERDROLA ORG
*	Iberdrola
@ENDESA ORG
*	Endesa
@ENEL ORG
*	=Enel
@EDF ORG
*	Électricité de France
@CONOCOPHILLIPS ORG
*	ConocoPhillips
@HALLIBURTON ORG
*	Halliburton
@SCHLUMBERGER ORG
*	Schlumberger
@GLENCORE ORG
*	Glencore
@RIO_TINTO ORG
*	Rio Tinto
@BHP ORG
*	=BHP | BHP Billiton
@VALE ORG
*	Vale S.A.
@CODELCO ORG
*	Codelco
@GENERAL_ELECTRIC ORG
*	General Electric | =GE
@CATERPILLAR ORG
*	Caterpillar Inc.
@HONEYWELL ORG
*	Honeywell
@DUPONT ORG
*	DuPont
@DOW_CHEMICAL ORG
*	Dow Chemical
@MONSANTO ORG
*	Monsanto
@BAYER ORG
*	=Bayer
@WALMART ORG
*	Walmart | Wal-Mart | Wal-Mart Stores
@COSTCO ORG
*	Costco
@HOME_DEPOT ORG
*	Home Depot
@MCDONALDS ORG
*	McDonald's
@STARBUCKS ORG
*	Starbucks
@COCA_COLA ORG
*	Coca-Cola | Coca Cola | Coca-Cola Company
@PEPSICO ORG
*	PepsiCo | =Pepsi
@NESTLE ORG
*	Nestlé
@UNILEVER ORG
*	Unilever
@PROCTER_AND_GAMBLE ORG
*	Procter & Gamble | Procter and Gamble
@JOHNSON_AND_JOHNSON ORG
*	Johnson & Johnson | Johnson and Johnson
@PFIZER ORG
*	Pfizer
@MODERNA ORG
*	=Moderna
@ASTRAZENECA ORG
*	AstraZeneca
@BIONTECH ORG
*	BioNTech
@SINOVAC ORG
*	Sinovac
@SINOPHARM ORG
*	Sinopharm
@NOVARTIS ORG
*	Novartis
@ROCHE ORG
*	=Roche
@SANOFI ORG
*	Sanofi
@GSK ORG
*	GlaxoSmithKline | =GSK
@MERCK ORG
*	=Merck | Merck & Co.
@INDITEX ORG
*	Inditex
@EL_CORTE_INGLES ORG
*	El Corte Inglés
@MERCADONA ORG
*	Mercadona
@CARREFOUR ORG
*	Carrefour
@TESCO ORG
*	Tesco
@IKEA ORG
*	=IKEA | =Ikea
@NIKE ORG
*	=Nike
@ADIDAS ORG
*	Adidas
@LVMH ORG
*	=LVMH
@DISNEY ORG
*	Walt Disney Company | Walt Disney Co. | =Disney
@TIME_WARNER ORG
*	Time Warner | TimeWarner
@WARNER_BROS ORG
*	Warner Bros. | Warner Brothers
@COMCAST ORG
*	Comcast
@NEWS_CORP ORG
*	News Corp | News Corporation
@VIACOM ORG
*	Viacom
@PARAMOUNT ORG
*	Paramount Pictures | Paramount Global

# ---------------------------------------------------------------------------------------------
# News agencies, broadcasters and papers (the outlet, not the place it is from)

@ASSOCIATED_PRESS ORG qid=Q40469
*	Associated Press | =AP
@REUTERS ORG qid=Q130879
*	Reuters | Thomson Reuters
@AFP ORG qid=Q40464
*	Agence France-Presse | Agence France Presse | France-Presse | France Presse | =AFP
@EFE ORG
*	Agencia EFE | =EFE | =Efe
@XINHUA ORG
*	Xinhua | Nueva China
@EUROPA_PRESS ORG
*	Europa Press
@BLOOMBERG ORG
*	Bloomberg News | Bloomberg L.P. | =Bloomberg
@DOW_JONES_COMPANY ORG
*	Dow Jones & Company | Dow Jones Newswires
@KYODO ORG
*	Kyodo News | =Kyodo
@YONHAP ORG
*	Yonhap | Yonhap News Agency
@TASS ORG
*	=TASS | =Tass | ITAR-TASS
@RIA_NOVOSTI ORG
*	RIA Novosti
@INTERFAX ORG
*	Interfax
@ANSA ORG
*	=ANSA
@DPA ORG
*	Deutsche Presse-Agentur | =dpa | =DPA
@PRENSA_LATINA ORG
*	Prensa Latina
@NOTIMEX ORG
*	Notimex
@ANADOLU ORG
*	Anadolu Agency | Agencia Anadolu | =Anadolu
@IRNA ORG
*	=IRNA | Islamic Republic News Agency
@KCNA ORG
*	=KCNA | Korean Central News Agency
@AL_JAZEERA ORG
*	Al Jazeera | Al Yazira
@BBC ORG
*	=BBC | British Broadcasting Corporation
@CNN ORG
*	=CNN
@FOX_NEWS ORG
*	Fox News
@CNBC ORG
*	=CNBC
@NPR ORG
*	=NPR | National Public Radio
@SKY_NEWS ORG
*	Sky News
@EURONEWS ORG
*	Euronews
@RUSSIA_TODAY ORG
*	Russia Today
@SPUTNIK_NEWS ORG
*	Sputnik News | agencia Sputnik
@CGTN ORG
*	=CGTN | China Global Television Network
@CCTV ORG
*	China Central Television
@GLOBAL_TIMES ORG
*	Global Times
@PEOPLES_DAILY ORG
*	People's Daily | Diario del Pueblo
@NEW_YORK_TIMES ORG
*	=New York Times | =The New York Times
@WASHINGTON_POST ORG
*	=Washington Post | =The Washington Post
@WALL_STREET_JOURNAL ORG
*	=Wall Street Journal | =The Wall Street Journal
@FINANCIAL_TIMES ORG
*	=Financial Times
@THE_ECONOMIST ORG
*	=The Economist
@DER_SPIEGEL ORG
*	=Der Spiegel | =Spiegel
@LE_MONDE ORG
*	=Le Monde
@EL_PAIS ORG
*	=El País | =EL PAÍS
@EL_MUNDO ORG
*	=El Mundo
@LA_VANGUARDIA ORG
*	=La Vanguardia
@CLARIN ORG
*	=Clarín
@GRANMA ORG
*	=Granma
@TELESUR ORG
*	=Telesur | =teleSUR
@WIKINEWS ORG
*	Wikinews

# ---------------------------------------------------------------------------------------------
# Currencies named with their country (a bare "dollar" or "euro" is an ordinary noun)

@USD PRODUCT
# United Nations documents write 'United States dollars' / 'dólares de los Estados Unidos' /
# 'dólares de los EE.UU.' (the country is named in full, with the Spanish article).
en	US dollar | U.S. dollar | US dollars | U.S. dollars | =US$ | =USD
en	United States dollar | United States dollars
es	dólar estadounidense | dólares estadounidenses | dólar de Estados Unidos | dólar de EE.UU. | =US$ | =USD
es	dólares de Estados Unidos | dólares de EE.UU. | dólar de los Estados Unidos | dólares de los Estados Unidos
es	dólar de los EE.UU. | dólares de los EE.UU. | dólares EE.UU.

# ---------------------------------------------------------------------------------------------
# Stock exchanges and market indices

@NYSE ORG qid=Q13677
*	New York Stock Exchange | =NYSE
@NASDAQ_EXCHANGE ORG
*	Nasdaq Stock Market | NASDAQ Stock Market
@LONDON_STOCK_EXCHANGE ORG
*	London Stock Exchange
@TOKYO_STOCK_EXCHANGE ORG
*	Tokyo Stock Exchange
@SHANGHAI_STOCK_EXCHANGE ORG
*	Shanghai Stock Exchange
@HONG_KONG_STOCK_EXCHANGE ORG
*	Hong Kong Stock Exchange
@BOLSA_DE_MADRID ORG
*	Bolsa de Madrid | Madrid Stock Exchange
@EURONEXT ORG
*	Euronext
@DEUTSCHE_BOERSE ORG
*	Deutsche Börse | Frankfurt Stock Exchange
@WALL_STREET LOC
*	Wall Street

@DOW_JONES PRODUCT qid=Q180816
*	Dow Jones Industrial Average | Dow Jones | =Dow | Dow Jones Industrials | índice Dow Jones | Promedio Industrial Dow Jones
@NASDAQ_COMPOSITE PRODUCT
*	Nasdaq Composite | NASDAQ Composite | Nasdaq Composite Index | =Nasdaq | =NASDAQ | índice Nasdaq
@SP_500 PRODUCT qid=Q242345
*	S&P 500 | S&P 500 index | Standard & Poor's 500 | S&P500 | =S&P
@FTSE_100 PRODUCT qid=Q466496
*	FTSE 100 | FTSE 100 index | =FTSE | =Footsie
@NIKKEI_225 PRODUCT
*	Nikkei 225 | =Nikkei | Nikkei Stock Average | Nikkei index
@DAX PRODUCT
*	=DAX | DAX 30 | DAX 40
@CAC_40 PRODUCT
*	CAC 40 | CAC40 | =CAC
@IBEX_35 PRODUCT
*	IBEX 35 | Ibex 35 | =IBEX | =Ibex
@HANG_SENG PRODUCT
*	Hang Seng | Hang Seng Index | Hang Seng index
@SHANGHAI_COMPOSITE PRODUCT
*	Shanghai Composite | SSE Composite | Shanghai Composite Index
@KOSPI PRODUCT
*	=KOSPI | =Kospi
@SENSEX PRODUCT
*	Sensex | BSE Sensex
@BOVESPA PRODUCT
*	Bovespa | Ibovespa
@MERVAL PRODUCT
*	Merval
@EURO_STOXX_50 PRODUCT
*	Euro Stoxx 50 | EuroStoxx 50 | Euro STOXX 50
@RUSSELL_2000 PRODUCT
*	Russell 2000

# ---------------------------------------------------------------------------------------------
# Executives (for= the company; role= what and when)

@STEVE_JOBS PER qid=Q19837 for=APPLE role=ceo:APPLE:1997-09..2011-08-24
*	Steve Jobs | Steven Jobs | Steven Paul Jobs
@TIM_COOK PER qid=Q265852 for=APPLE role=ceo:APPLE:2011-08-24..
*	Tim Cook | Timothy Cook
@STEVE_WOZNIAK PER for=APPLE
*	Steve Wozniak
@PHIL_SCHILLER PER for=APPLE
*	Phil Schiller
@MARK_PAPERMASTER PER for=APPLE role=senior_vice_president:APPLE:2009-04..2010-08
*	Mark Papermaster
@RICK_WAGONER PER for=GENERAL_MOTORS role=ceo:GENERAL_MOTORS:2000-06..2009-03-30
*	Rick Wagoner | G. Richard Wagoner | Richard Wagoner
@FRITZ_HENDERSON PER for=GENERAL_MOTORS role=ceo:GENERAL_MOTORS:2009-03-30..2009-12-01
*	Fritz Henderson | Frederick Henderson | Frederick A. Henderson
@ED_WHITACRE PER for=GENERAL_MOTORS role=ceo:GENERAL_MOTORS:2009-12-01..2010-09-01
*	Ed Whitacre | Edward Whitacre
@DAN_AKERSON PER for=GENERAL_MOTORS role=ceo:GENERAL_MOTORS:2010-09-01..2014-01-15
*	Dan Akerson | Daniel Akerson
@MARY_BARRA PER for=GENERAL_MOTORS role=ceo:GENERAL_MOTORS:2014-01-15..
*	Mary Barra
@BOB_LUTZ PER for=GENERAL_MOTORS
*	Bob Lutz | Robert Lutz
@ALAN_MULALLY PER for=FORD role=ceo:FORD:2006-09..2014-07 role=division_ceo:BOEING:1998-09..2006-09
*	Alan Mulally
@BILL_FORD PER for=FORD
*	Bill Ford | William Clay Ford Jr. | William Clay Ford
@JIM_FARLEY PER for=FORD role=ceo:FORD:2020-10..
*	Jim Farley
@BOB_NARDELLI PER for=CHRYSLER role=ceo:CHRYSLER:2007-08..2009-06
*	Bob Nardelli | Robert Nardelli
@SERGIO_MARCHIONNE PER for=FCA role=ceo:FCA:2014-10..2018-07
*	Sergio Marchionne
@CARLOS_GHOSN PER for=NISSAN role=ceo:NISSAN:2001-06..2017-04 role=ceo:RENAULT:2005-05..2019-01
*	Carlos Ghosn
@RON_GETTELFINGER PER for=UAW role=president:UAW:2002-06..2010-06
*	Ron Gettelfinger
@JIM_MCNERNEY PER for=BOEING role=ceo:BOEING:2005-07..2015-07
*	Jim McNerney | James McNerney | W. James McNerney
@DENNIS_MUILENBURG PER for=BOEING role=ceo:BOEING:2015-07..2019-12
*	Dennis Muilenburg
@DAVE_CALHOUN PER for=BOEING role=ceo:BOEING:2020-01..2024-08
*	Dave Calhoun | David Calhoun
@KELLY_ORTBERG PER for=BOEING role=ceo:BOEING:2024-08..
*	Kelly Ortberg
@SCOTT_CARSON PER for=BOEING role=division_ceo:BOEING:2006-09..2009-08
*	Scott Carson
@LOUIS_GALLOIS PER for=EADS role=ceo:EADS:2007-07..2012-05 role=ceo:AIRBUS:2006-10..2007-07
*	Louis Gallois
@TOM_ENDERS PER for=AIRBUS role=ceo:AIRBUS:2007-08..2019-04
*	Tom Enders | Thomas Enders
@NOEL_FORGEARD PER for=AIRBUS role=ceo:AIRBUS:1998..2005-06
*	Noël Forgeard
@CHRISTIAN_STREIFF PER for=AIRBUS role=ceo:AIRBUS:2006-07..2006-10
*	Christian Streiff
@GUSTAV_HUMBERT PER for=AIRBUS role=ceo:AIRBUS:2005-06..2006-07
*	Gustav Humbert
@GUILLAUME_FAURY PER for=AIRBUS role=ceo:AIRBUS:2019-04..
*	Guillaume Faury
@JOHN_LEAHY PER for=AIRBUS
*	John Leahy
@BILL_GATES PER qid=Q5284 for=MICROSOFT role=ceo:MICROSOFT:1975..2000-01
*	Bill Gates | William Gates
@STEVE_BALLMER PER for=MICROSOFT role=ceo:MICROSOFT:2000-01..2014-02
*	Steve Ballmer
@SATYA_NADELLA PER for=MICROSOFT role=ceo:MICROSOFT:2014-02..
*	Satya Nadella
@LARRY_PAGE PER for=GOOGLE
*	Larry Page
@SERGEY_BRIN PER for=GOOGLE
*	Sergey Brin
@ERIC_SCHMIDT PER for=GOOGLE role=ceo:GOOGLE:2001..2011-04
*	Eric Schmidt
@SUNDAR_PICHAI PER for=GOOGLE role=ceo:GOOGLE:2015-10..
*	Sundar Pichai
@JEFF_BEZOS PER qid=Q312556 for=AMAZON role=ceo:AMAZON:1994..2021-07
*	Jeff Bezos
@ANDY_JASSY PER for=AMAZON role=ceo:AMAZON:2021-07..
*	Andy Jassy
@MARK_ZUCKERBERG PER qid=Q36215 for=META
*	Mark Zuckerberg
@ELON_MUSK PER qid=Q317521 for=TESLA
*	Elon Musk
@WARREN_BUFFETT PER for=BERKSHIRE_HATHAWAY
*	Warren Buffett
@SAM_ALTMAN PER for=OPENAI
*	Sam Altman
@JENSEN_HUANG PER for=NVIDIA
*	Jensen Huang
@JACK_MA PER for=ALIBABA
*	Jack Ma
@REN_ZHENGFEI PER for=HUAWEI
*	Ren Zhengfei
@MICHAEL_OLEARY PER for=RYANAIR
*	Michael O'Leary
