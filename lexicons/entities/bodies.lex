# crossclaim entity lexicon: government bodies
#
# A ministry or agency has its own ID, separate from its country (SPEC §6); `for=` records the
# country it stands for. Template entities (`@*_MFA`) are ministries that every country has:
# the `*` is filled with the country named beside the form (`Ministerio de Relaciones
# Exteriores chino`, `China’s Foreign Ministry`, `Foreign Ministry of Japan` → CHN_MFA, JPN_MFA);
# the ID stays `MFA` when no country is beside it. A template's country is what it stands for.
# Source: hand-written by the crossclaim team from the official English and Spanish names of the
# bodies. Licence: same as crossclaim.

@*_MFA ORG
en	Ministry of Foreign Affairs | Foreign Ministry | Foreign Affairs Ministry | Ministry of External Affairs
es	Ministerio de Relaciones Exteriores | Ministerio de Asuntos Exteriores | Ministerio de Exteriores | Cancillería
@*_MOD ORG
en	Ministry of Defence | Ministry of Defense | Defence Ministry | Defense Ministry
es	Ministerio de Defensa
@*_MOI ORG
en	Ministry of the Interior | Interior Ministry | Ministry of Interior
es	Ministerio del Interior | Ministerio de Gobernación
@*_MOF ORG
en	Ministry of Finance | Finance Ministry
es	Ministerio de Hacienda | Ministerio de Finanzas | Ministerio de Economía y Finanzas
@*_MOJ ORG
en	Ministry of Justice | Justice Ministry
es	Ministerio de Justicia
@*_MOH ORG
en	Ministry of Health | Health Ministry
es	Ministerio de Salud | Ministerio de Sanidad

@WHITE_HOUSE ORG qid=Q35525 for=USA
en	White House
es	Casa Blanca
@USA_STATE_DEPT ORG for=USA
en	State Department | Department of State | U.S. State Department
es	Departamento de Estado
@PENTAGON ORG for=USA
en	Pentagon | Department of Defense | Defense Department
es	Pentágono | Departamento de Defensa
@USA_DOJ ORG for=USA
en	Justice Department | Department of Justice
es	Departamento de Justicia
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
@US_CONGRESS ORG for=USA
en	U.S. Congress | US Congress | United States Congress
es	Congreso de Estados Unidos | Congreso estadounidense
@CHN_MSS ORG for=CHN
en	Ministry of State Security
es	Ministerio de Seguridad del Estado
@GBR_FCDO ORG for=GBR
en	Foreign Office | Foreign, Commonwealth and Development Office | Foreign and Commonwealth Office
es	Foreign Office | Ministerio de Asuntos Exteriores británico
@NCSC_GBR ORG for=GBR
en	National Cyber Security Centre
es	Centro Nacional de Ciberseguridad británico
@GCHQ ORG for=GBR
*	=GCHQ
@ESP_GOVERNMENT ORG for=ESP
es	Gobierno de España | Gobierno español
en	Spanish government
@MEX_SRE ORG for=MEX
es	Secretaría de Relaciones Exteriores
