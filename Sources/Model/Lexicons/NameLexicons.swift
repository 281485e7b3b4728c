// Hand-written lexicons for the mention and actor passes: general English and news usage,
// written for this project (no source text copied). Generated lists (countries, cities, US states,
// US Census first names) are in Generated*.swift, made by scripts/gen_lexicons.py.
// Word lists are separated by spaces; entries of the other lists are one per line.

enum NameLexicons {
    /// Given names common in international news that the 1990 US Census lists lack.
    static let firstNames = """
    Vladimir Volodymyr Xi Recep Tayyip Emmanuel Angela Olaf Boris Sergei Sergey Dmitry Dmitri Mikhail
    Alexei Alexey Yevgeny Viktor Petro Narendra Shinzo Fumio Jong Bashar Mahmoud Hassan Ali Mohammed
    Muhammad Mohammad Ahmed Abdel Abdullah Jair Luiz Inacio Andres Manuel Enrique Nicolas Jacinda Keir
    Rishi Giorgia Silvio Matteo Mariano Jean Francois François Jens Ursula Josep Hosni Moammar Muammar
    Hamid Ashraf Nawaz Imran Benazir Bibi Yair Naftali Ehud Ariel Shimon Mahmud Hamad Salman Rodrigo
    Jeh Reince Newt Mitt Beto Rand Marco Jeb Ted Kellyanne Huma Bernie Hillary Chelsea Ivanka Jared
    Nikki Kamala Mike Joe Bill Tom Tim Jim Bob Rick Chuck Nancy Mitch Paul Lindsey Elizabeth John
    May June April August Tony
    """

    /// Titles and roles that stand before a name and are not part of it.
    static let titles = """
    President Vice-President President-elect Secretary Secretary-General Sec. Senator Sen. Sens.
    Representative Rep. Reps. Congressman Congresswoman Governor Gov. Govs. Lt. Lieutenant Mayor Speaker
    Leader Whip Chairman Chairwoman Chairperson Chair Director Judge Justice Chief Attorney
    Gen. General Col. Colonel Maj. Major Capt. Captain Sgt. Sergeant Adm. Admiral Commander Cmdr.
    Ambassador Minister Premier Chancellor King Queen Prince Princess Pope Rev. Reverend Father Sir Dame
    Lord Lady Spokesman Spokeswoman Spokesperson Candidate Nominee Commissioner CEO Founder Rabbi Imam
    Cardinal Bishop Archbishop Officer Agent Detective Sheriff Comptroller Treasurer Councilman
    Councilwoman Councilmember Assemblyman Assemblywoman Delegate Prosecutor Counsel Adviser Advisor
    Aide Strategist Analyst Professor Prof. Coach Pastor Dean Superintendent Provost Trustee
    Sheikh Emir Ayatollah Pvt. Cpl. Atty. Supt. Gens. Candidates Senators Governors Presidents
    Anchor Host Correspondent Reporter Columnist Editor Economist Pollster Manager Chairmen Del. Fellow
    Committeeman Committeewoman
    """

    /// Words that belong to a title only when another title word follows: "Former Vice President".
    static let titleModifiers = """
    Former Deputy Acting Senior Assistant Associate Press Majority Minority First Supreme Crown Executive
    National Campaign Communications Foreign Prime Vice Interim Retired Presidential Outgoing Incoming
    Then Late Top Chief General Attorney
    """

    static let honorifics = "Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Miss Messrs. Mx."

    /// Honorifics and titles that tell a man from a woman (first names come from the Census lists).
    static let maleWords = """
    Mr. Mr Sir Lord King Prince Father Brother Congressman Councilman Assemblyman Spokesman Chairman
    """
    static let femaleWords = """
    Mrs. Mrs Ms. Ms Miss Dame Lady Queen Princess Sister Congresswoman Councilwoman Assemblywoman
    Spokeswoman Chairwoman
    """

    static let calendar = """
    January February March April May June July August September October November December
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat.
    Christmas Easter Thanksgiving Hanukkah Ramadan Halloween Passover
    """

    /// Words that are never (the start of) a name: capitalised only at a sentence's start.
    static let stopWords = """
    The A An And Or But If So Yet For Nor Of In On At By To From With Without As Than Then There Here
    This That These Those It Its It's He She They We I You Me Him Her Them Us Our Your Their His My
    Who Whom Whose What Which When Where Why How While Although Though Because Since Unless Until After
    Before During Despite However Meanwhile Moreover Furthermore Nevertheless Nonetheless Also Still
    Even Just Only Not No Yes All Some Any Many Most Much More Few Each Every Both Either Neither
    Another Other Such One Two Three Four Five Six Seven Eight Nine Ten Instead Indeed Perhaps Maybe
    Already Again Now Today Yesterday Tomorrow Tonight Later Earlier Previously Recently Currently
    Finally Last Next According Following Including Regarding Amid Among Against Between Into Upon
    Over Under Above Below Around About Across Along Through Throughout Toward Towards Within Via Like
    Unlike Oh OK Okay Well Please Thanks Sorry Hey Hi Yeah Let Let's Do Does Did Is Are Was Were Be
    Been Has Have Had Will Would Can Could Should Shall Must Might May Don't Doesn't Didn't Isn't
    Aren't Wasn't Weren't Won't Wouldn't Can't Couldn't Shouldn't Haven't Hasn't I'm I've I'd I'll
    We're We've We'll You're They're They've He's She's That's There's What's Who's Here's Ever Never
    Always Often Sometimes Once Twice Whether Whatever Whoever Wherever Whenever Thus Hence Therefore
    Otherwise Overall Altogether Nearly Almost Rather Quite Very Too Again Soon Not Nothing Everyone
    Everybody Someone Somebody Anyone Anybody Nobody None Something Anything Everything Else Own Same
    Plus Minus Per Vs. Dear Sincerely
    """

    /// Lower-case nouns that, after a nationality ("the British government", "the Chinese military"),
    /// name a state's body rather than its people.
    static let stateBodyNouns = """
    government regime military army navy parliament embassy consulate ministry cabinet administration
    """

    /// The last word of an organisation's name.
    static let orgHeads = """
    Department Dept. Committee Party University College School Academy Institute Institution Foundation
    Association Council Commission Agency Bureau Board Office Court Congress Senate House Parliament
    Assembly Legislature Cabinet Administration Ministry Service Services Corporation Corp. Company Co.
    Inc. Inc Corp Incorporated LLC LLP PLC Plc GmbH Ltd. Ltd Group Bank Fund Trust Times News Post Journal Herald Tribune Gazette
    Magazine Press Network Channel Radio Television TV Broadcasting Media Daily Weekly Telegraph Guardian
    Observer Chronicle Examiner Inquirer Insider Center Centre Club Union League Federation Alliance
    Coalition Caucus Movement Organization Organisation Society Church Army Navy Force Forces Corps Guard
    Police Patrol Airlines Airways Motors Systems Technologies Industries Labs Laboratories Holdings
    Partners PAC Reserve Exchange Hospital Clinic Museum Library Brotherhood Institutes Agencies
    Embassy Consulate Mission Annex Directorate Division Unit Team Staff Studios Publishers Books
    Committees Councils Associates Consulting Research Project Fund Foundation Secretariat Tribunal
    Government Regime Command Authority Conference Register Courier Dispatch Ledger Bulletin
    """

    static let placeHeads = """
    Street Avenue Road Boulevard Square County City River Lake Mountain Mountains Island Islands Valley
    Beach Bay Ocean Sea Coast Peninsula Desert Airport Station Province Region District Tower Plaza Park
    Bridge Capitol Hill Heights Springs Harbor Port Strait Gulf Canyon Falls Township Village Borough
    Strip
    """

    /// Head words of bodies and places that are also common surnames: after a first name they end
    /// a person's name ("Anita Hill", "Emily Post"), and alone they may be that person ("Hill said").
    static let surnameHeads = "Hill Park Post House Lake Bay Street Church"


    /// The last word of a name that is neither a person, a body nor a place.
    static let thingHeads = """
    Act Amendment Bill Law Treaty Accord Accords Agreement Doctrine Plan Program Programme Initiative
    Summit Convention Debate Debates Primary Primaries Election Elections Day Week Month Year War Wars
    Revolution Crisis Scandal Rule Clause Award Awards Prize Cup Games Olympics Festival Show Series Tour
    Code Care Security Index Report Reports Poll Polls Survey Speech Address Hearing Hearings Trial
    Case Order Memo Fact Check Era Age Century Dream Deal Deals Cards Card Prize Medal Rights
    Caucuses Wall Street Golf Resort Hotel Casino Grill Airlines Flight
    """

    /// Lowercase particles inside a name.
    static let connectors = "de del della di da dos das du van von der den ter bin ibn al el la le y & St. St"

    static let suffixes = "Jr. Sr. Jr Sr II III IV"

    /// Words after "Secretary of", "Minister of", "Department of" that belong to the title or body.
    static let departmentWords = """
    State Defense Defence Treasury Homeland Security Labor Energy Education Agriculture Commerce
    Transportation Health Housing Veterans Affairs Interior Justice Staff Foreign Finance Home War
    """

    /// Capitalised words that name no actor.
    static let notNames = """
    Internet Web God Bible Koran Quran Constitution Earth Mass Obamacare Medicare Medicaid English
    Spanish OK TV CEO GDP DNA LGBT LGBTQ AM PM A.M. P.M. Q A TBD ET PT EST EDT PST
    FAQ PDF URL USB ID IDs CEOs Twitter's Facebook's Fox's Sr. Jr. Esq. No. Nos. Vol. Op-Ed Op-ed Ph.D.
    """

    /// Abbreviations that keep their period and do not end a sentence (titles, months and
    /// place abbreviations are added from their own lists).
    static let abbreviations = """
    St. Mt. Ft. No. Nos. Vol. vs. v. e.g. i.e. etc. approx. est. Ave. Blvd. Rd. Gens. Messrs.
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
    """

    /// Abbreviations that may also end a sentence (before a capitalised sentence start).
    static let sentenceEndingAbbreviations = """
    U.S. U.K. U.N. E.U. D.C. Inc. Corp. Co. Ltd. Jr. Sr. Esq. a.m. p.m. A.M. P.M. U.S.A. L.A. N.Y.
    etc. Bros. Ph.D.
    """

    /// Places beside the generated countries, cities and US states.
    static let places = """
    Europe
    Asia
    Africa
    North America
    South America
    Latin America
    Central America
    Middle East
    Antarctica
    Australia
    England
    Scotland
    Wales
    Northern Ireland
    Crimea
    Donbas
    Gaza
    Gaza Strip
    West Bank
    Golan Heights
    Kashmir
    Tibet
    Chechnya
    Kurdistan
    Siberia
    Balkans
    Caribbean
    Persian Gulf
    Silicon Valley
    Capitol Hill
    City Hall
    Town Hall
    Wall Street
    Manhattan
    North
    South
    East
    West
    Northeast
    Southwest
    Southeast
    Northwest
    Brooklyn
    Queens
    the Bronx
    Staten Island
    Hollywood
    Kyiv
    Kiev
    Aleppo
    Mosul
    Raqqa
    Benghazi
    Fallujah
    Sochi
    New England
    Midwest
    Appalachia
    Rust Belt
    Soviet Union
    """

    /// "alias = Canonical name" (periods and case matter only for the alias as written).
    static let placeAliases = """
    U.S. = United States
    US = United States
    U.S.A. = United States
    USA = United States
    America = United States
    United States of America = United States
    the States = United States
    U.K. = United Kingdom
    UK = United Kingdom
    Britain = United Kingdom
    Great Britain = United Kingdom
    Russian Federation = Russia
    Holland = Netherlands
    Netherlands = Netherlands
    D.C. = Washington
    Washington D.C. = Washington
    Washington, D.C. = Washington
    Kiev = Kyiv
    Republic of Korea = South Korea
    N.Y. = New York
    NYC = New York City
    New York City = New York City
    L.A. = Los Angeles
    U.A.E. = United Arab Emirates
    UAE = United Arab Emirates
    USSR = Soviet Union
    U.S.S.R. = Soviet Union
    Ala. = Alabama
    Ariz. = Arizona
    Ark. = Arkansas
    Calif. = California
    Colo. = Colorado
    Conn. = Connecticut
    Fla. = Florida
    Ga. = Georgia
    Ill. = Illinois
    Ind. = Indiana
    Kan. = Kansas
    Kans. = Kansas
    Ky. = Kentucky
    La. = Louisiana
    Md. = Maryland
    Mass. = Massachusetts
    Mich. = Michigan
    Minn. = Minnesota
    Mo. = Missouri
    Mont. = Montana
    Neb. = Nebraska
    Nev. = Nevada
    N.H. = New Hampshire
    N.J. = New Jersey
    N.M. = New Mexico
    N.C. = North Carolina
    N.D. = North Dakota
    Okla. = Oklahoma
    Ore. = Oregon
    Pa. = Pennsylvania
    R.I. = Rhode Island
    S.C. = South Carolina
    S.D. = South Dakota
    Tenn. = Tennessee
    Tex. = Texas
    Vt. = Vermont
    Va. = Virginia
    W.Va. = West Virginia
    Wis. = Wisconsin
    Wyo. = Wyoming
    """

    /// Organisations: "alias = Canonical name", or a canonical name alone.
    static let organizations = """
    United Nations
    UN = United Nations
    U.N. = United Nations
    European Union
    EU = European Union
    E.U. = European Union
    NATO
    North Atlantic Treaty Organization = NATO
    White House
    Congress
    Senate
    House = House of Representatives
    House of Representatives
    Supreme Court
    Pentagon
    Kremlin
    State Department
    Department of State = State Department
    Justice Department
    Department of Justice = Justice Department
    DOJ = Justice Department
    Defense Department
    Department of Defense = Defense Department
    Homeland Security Department
    Department of Homeland Security = Homeland Security Department
    DHS = Homeland Security Department
    Treasury
    Treasury Department = Treasury
    FBI
    F.B.I. = FBI
    Federal Bureau of Investigation = FBI
    CIA
    C.I.A. = CIA
    Central Intelligence Agency = CIA
    NSA
    National Security Agency = NSA
    IRS
    I.R.S. = IRS
    EPA
    FDA
    FEC
    Federal Election Commission = FEC
    FCC
    Federal Reserve
    Fed = Federal Reserve
    Democratic Party
    Democratic National Committee
    DNC = Democratic National Committee
    Republican Party
    GOP = Republican Party
    G.O.P. = Republican Party
    Republican National Committee
    RNC = Republican National Committee
    Associated Press
    AP = Associated Press
    Reuters
    Agence France-Presse
    AFP = Agence France-Presse
    Bloomberg
    Bloomberg News = Bloomberg
    CNN
    MSNBC
    Fox News
    Fox = Fox News
    NBC
    NBC News = NBC
    ABC
    ABC News = ABC
    CBS
    CBS News = CBS
    PBS
    NPR
    BBC
    New York Times
    Washington Post
    Wall Street Journal
    USA Today
    Politico
    Huffington Post
    HuffPost = Huffington Post
    Breitbart
    Breitbart News = Breitbart
    Axios
    BuzzFeed
    BuzzFeed News = BuzzFeed
    Twitter
    Facebook
    Google
    Apple
    Amazon
    Microsoft
    YouTube
    WikiLeaks
    Gallup
    Quinnipiac
    NRA
    National Rifle Association = NRA
    ACLU
    American Civil Liberties Union = ACLU
    Planned Parenthood
    Black Lives Matter
    Hamas
    Hezbollah
    Taliban
    ISIS
    ISIL
    Islamic State
    Al Qaeda
    al-Qaeda = Al Qaeda
    World Bank
    IMF
    International Monetary Fund = IMF
    OPEC
    G7
    Group of 7 = G7
    Group of Seven = G7
    G20
    Group of 20 = G20
    Parliament
    Duma
    Knesset
    Bundestag
    Downing Street
    Elysee Palace
    Kremlin
    """

    /// Words around a name that tell a body or a place from a person (read by KindEvidence.swift).
    /// Written for this project from general news usage. After a name or its possessive, nouns
    /// that only a body has: "Acme shares", "Acme's chief executive", "Acme reporter".
    static let bodyNouns = """
    shares stock stocks shareholders stockholders investors employees subscribers customers clients
    users subsidiary subsidiaries revenue revenues profit profits earnings sales headquarters CEO
    executives reporter reporters correspondent correspondents anchor columnist editor editors
    contributor app platform network channel brand products plant factory factories mine stores
    """
    /// Nouns a body has, but a person may too ("Acme spokesman", "Acme's board"): weaker evidence.
    static let weakBodyNouns = """
    spokesman spokeswoman spokesperson board website officials executive chief host staff workers
    """
    /// Before "of X": X is a body ("shares of Acme", "the founder of Acme").
    static let bodyOfWords = """
    shares stock stake subsidiary division unit owner owners parent founder co-founder cofounder
    publisher CEO chairman chairwoman president executives employees shareholders customers
    subscribers headquarters
    """
    /// Before "of X": X is a place ("the mayor of Arbor", "residents of Arbor").
    static let placeOfWords = """
    mayor governor residents resident capital outskirts suburbs suburb city town village state
    province county streets downtown region citizens north south east west northeast northwest
    southeast southwest
    """
    /// Before "in X": X is a body ("a stake in Acme"), not a place.
    static let bodyInWords = "stake stakes shares stock investment investments invested invest investing"
    /// Before "X" after "the", a person's: "the Whitfield family" is no evidence of a body.
    static let personNouns = """
    family families campaign campaigns administration presidency household children brothers sisters
    twins estate years era team camp aides allies supporters voters nomination candidacy ticket
    """
    /// Before a name, or before its comma: what kind of body it is ("the news site X", "a Texas
    /// company, X"), or of place ("the village X").
    static let bodyKindNouns = """
    company companies firm firms group agency outlet outlets network newspaper newspapers paper
    magazine website site station startup start-up maker manufacturer bank retailer carrier airline
    organization nonprofit charity publication publisher broadcaster tabloid channel insurer lender
    automaker conglomerate corporation chain academy school university college club team
    """
    static let placeKindNouns = "city town village hamlet county province region suburb neighborhood neighbourhood island"
    /// After a name, a company's legal form or business ("Acme Corp"): a lone "Acme" is that body.
    static let companySuffixes = """
    Inc Inc. Corp Corp. Co Co. Corporation Company Incorporated LLC LLP Ltd Ltd. PLC Plc GmbH Holdings
    Network Group Airlines Airways Motors Industries
    """
    /// Web domains after a name ("Acme.com").
    static let webDomains = "com org net gov info news"

    /// "Acme reported a profit": a verb of results, then (within three words) a financial noun.
    static let resultVerbs = "reported posted reports posts booked recorded forecast announced"
    static let financeNouns = """
    profit profits loss losses revenue revenues earnings sales dividend dividends income
    """

    /// Groups: "names, separated by commas = Canonical > linked place or party".
    static let groups = """
    American, Americans = Americans > United States
    Russian, Russians = Russians > Russia
    Ukrainian, Ukrainians = Ukrainians > Ukraine
    European, Europeans = Europeans > Europe
    British, Briton, Britons, Brits = British > United Kingdom
    English = English > England
    French = French > France
    German, Germans = Germans > Germany
    Chinese = Chinese > China
    Japanese = Japanese > Japan
    Korean, Koreans = Koreans
    North Korean, North Koreans = North Koreans > North Korea
    South Korean, South Koreans = South Koreans > South Korea
    Iranian, Iranians = Iranians > Iran
    Iraqi, Iraqis = Iraqis > Iraq
    Syrian, Syrians = Syrians > Syria
    Israeli, Israelis = Israelis > Israel
    Palestinian, Palestinians = Palestinians
    Saudi, Saudis = Saudis > Saudi Arabia
    Turkish, Turks = Turks > Turkey
    Mexican, Mexicans = Mexicans > Mexico
    Canadian, Canadians = Canadians > Canada
    Cuban, Cubans = Cubans > Cuba
    Indian, Indians = Indians > India
    Pakistani, Pakistanis = Pakistanis > Pakistan
    Afghan, Afghans = Afghans > Afghanistan
    Egyptian, Egyptians = Egyptians > Egypt
    Italian, Italians = Italians > Italy
    Spaniard, Spaniards = Spaniards > Spain
    Polish = Poles > Poland
    Dutch = Dutch > Netherlands
    Swedish, Swedes = Swedes > Sweden
    Norwegian, Norwegians = Norwegians > Norway
    Danish, Danes = Danes > Denmark
    Finnish, Finns = Finns > Finland
    Greek, Greeks = Greeks > Greece
    Irish = Irish > Ireland
    Scottish, Scots = Scots > Scotland
    Welsh = Welsh > Wales
    Australian, Australians = Australians > Australia
    Brazilian, Brazilians = Brazilians > Brazil
    Venezuelan, Venezuelans = Venezuelans > Venezuela
    Colombian, Colombians = Colombians > Colombia
    Argentine, Argentinian, Argentinians, Argentines = Argentines > Argentina
    Nigerian, Nigerians = Nigerians > Nigeria
    Libyan, Libyans = Libyans > Libya
    Lebanese = Lebanese > Lebanon
    Jordanian, Jordanians = Jordanians > Jordan
    Qatari, Qataris = Qataris > Qatar
    Emirati, Emiratis = Emiratis > United Arab Emirates
    Yemeni, Yemenis = Yemenis > Yemen
    Belarusian, Belarusians = Belarusians > Belarus
    Hungarian, Hungarians = Hungarians > Hungary
    Czech, Czechs = Czechs > Czechia
    Austrian, Austrians = Austrians > Austria
    Swiss = Swiss > Switzerland
    Belgian, Belgians = Belgians > Belgium
    Portuguese = Portuguese > Portugal
    Romanian, Romanians = Romanians > Romania
    Serbian, Serbs = Serbs > Serbia
    Croatian, Croats = Croats > Croatia
    Bosnian, Bosnians = Bosnians > Bosnia and Herzegovina
    Albanian, Albanians = Albanians > Albania
    Armenian, Armenians = Armenians > Armenia
    Azerbaijani, Azerbaijanis = Azerbaijanis > Azerbaijan
    Vietnamese = Vietnamese > Vietnam
    Thai = Thais > Thailand
    Filipino, Filipinos = Filipinos > Philippines
    Indonesian, Indonesians = Indonesians > Indonesia
    Haitian, Haitians = Haitians > Haiti
    Guatemalan, Guatemalans = Guatemalans > Guatemala
    Honduran, Hondurans = Hondurans > Honduras
    Salvadoran, Salvadorans = Salvadorans > El Salvador
    Peruvian, Peruvians = Peruvians > Peru
    Chilean, Chileans = Chileans > Chile
    Ethiopian, Ethiopians = Ethiopians > Ethiopia
    Somali, Somalis = Somalis > Somalia
    Sudanese = Sudanese > Sudan
    Kenyan, Kenyans = Kenyans > Kenya
    South African, South Africans = South Africans > South Africa
    Taiwanese = Taiwanese > Taiwan
    Kurdish, Kurd, Kurds = Kurds
    Asian, Asians = Asians > Asia
    African, Africans = Africans > Africa
    African-American, African-Americans, African American, African Americans = African-Americans
    Latino, Latinos, Latina, Latinas = Latinos
    Hispanic, Hispanics = Hispanics
    Arab, Arabs = Arabs
    Muslim, Muslims = Muslims
    Jewish, Jews = Jews
    Catholic, Catholics = Catholics
    Evangelical, Evangelicals = Evangelicals
    Christian, Christians = Christians
    Protestant, Protestants = Protestants
    Sunni, Sunnis = Sunnis
    Shiite, Shiites, Shia = Shiites
    Islamist, Islamists = Islamists
    Mormon, Mormons = Mormons
    Hindu, Hindus = Hindus
    New Yorker, New Yorkers = New Yorkers > New York
    Soviet, Soviets = Soviets > Soviet Union
    Californian, Californians = Californians > California
    Texan, Texans = Texans > Texas
    Floridian, Floridians = Floridians > Florida
    Democrat, Democrats, Democratic = Democrats > Democratic Party
    Republican, Republicans = Republicans > Republican Party
    Libertarian, Libertarians = Libertarians
    Tory, Tories = Tories
    """
}
