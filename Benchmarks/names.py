"""Word lists for Benchmarks/generate.py (synthetic case graphs).

Names are drawn from these lists only, so a generated graph depends on nothing
but the seed and the size. Some names carry diacritics on purpose (Zoë,
Ivanović, Müller), so that name lookup that folds case and diacritics is
exercised.
"""

FIRST_NAMES = [
    # English / Dutch / German / Scandinavian
    "Aaron", "Adam", "Alice", "Amelia", "Anna", "Anne", "Arjen", "Bart", "Ben", "Bram",
    "Carla", "Charlotte", "Chris", "Daan", "Daniel", "David", "Dirk", "Ellen", "Emma",
    "Erik", "Eva", "Femke", "Floor", "Frank", "Hannah", "Hans", "Henk", "Ingrid", "Jan",
    "Jasper", "Jeroen", "Johan", "John", "Jon", "Julia", "Karin", "Kees", "Klaus", "Lars",
    "Laura", "Lena", "Lisa", "Lotte", "Maria", "Mark", "Marieke", "Martin", "Max", "Michael",
    "Nina", "Noah", "Olivia", "Paul", "Pieter", "Rachel", "Robert", "Ruud", "Sander",
    "Sarah", "Sophie", "Stefan", "Thomas", "Tim", "Wim", "Willem", "Zoë", "Zoe",
    "Jürgen", "Björn", "Søren", "Åsa", "Mette", "Sigrid", "Ole", "Nils",
    # Romance
    "Ana", "Andrea", "Antonio", "Beatriz", "Carlos", "Chloé", "Elena", "Francesca",
    "François", "Giulia", "Hélène", "Inês", "Iñaki", "Javier", "José", "Josée", "Juan",
    "Lucía", "Luis", "Marco", "Mónica", "Paolo", "Pedro", "Raúl", "Renée", "Sofía",
    "Thérèse", "Valentina", "Zoé", "João", "Sebastián",
    # Slavic / Baltic / Hungarian / Greek
    "Agnieszka", "Aleksandar", "Ana", "Branka", "Dragan", "Dmitri", "Ivana", "Jelena",
    "Katarzyna", "Łukasz", "Marija", "Milan", "Miloš", "Nikola", "Olga", "Petra", "Piotr",
    "Sergei", "Tomasz", "Vesna", "Zoran", "Ágnes", "László", "Zsófia", "Giorgos",
    "Eleni", "Dimitris", "Jānis", "Rūta",
    # Turkish / Arabic / Persian
    "Ahmet", "Ayşe", "Emre", "Fatma", "Mehmet", "Özlem", "Ahmed", "Fatima", "Hassan",
    "Karim", "Leila", "Mohamed", "Mohammed", "Muhammad", "Nadia", "Omar", "Samira",
    "Youssef", "Zainab", "Reza", "Shirin",
    # African
    "Abena", "Amara", "Chidi", "Kwame", "Ngozi", "Oluwaseun", "Thabo", "Zanele",
    "Kofi", "Aminata", "Moussa", "Fatou",
    # South and East Asian
    "Aarav", "Anjali", "Arjun", "Priya", "Rahul", "Sanjay", "Deepa", "Wei", "Li", "Ming",
    "Xiu", "Hiroshi", "Yuki", "Haruto", "Sakura", "Ji-woo", "Min-jun", "Seo-yeon",
    "Thanh", "Linh", "Minh", "Anh",
    # Filipino / Indonesian
    "Maricel", "Rodel", "Jericho", "Rowena", "Arnel", "Lorna", "Dewi", "Budi", "Siti",
    "Agus",
]

LAST_NAMES = [
    # Dutch / German / English / Scandinavian
    "Bakker", "de Boer", "de Jong", "de Vries", "Dekker", "Jansen", "Janssen", "Kamsteeg",
    "Meijer", "Mulder", "Peters", "Smit", "van den Berg", "van der Meer", "van Dijk",
    "Visser", "Vos", "Willems", "Bos", "Hendriks", "Müller", "Schmidt", "Schneider",
    "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer", "Köhler", "Groß",
    "Smith", "Smyth", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright",
    "Thompson", "Robinson", "O'Brien", "McCarthy", "Andersen", "Hansen", "Nielsen",
    "Johansson", "Lindqvist", "Øvergaard", "Sørensen", "Åberg",
    # Romance
    "García", "Garcia", "Rodríguez", "Rodriguez", "Martínez", "Hernández", "López",
    "Gómez", "Jiménez", "Muñoz", "Pérez", "Rossi", "Russo", "Ferrari", "Esposito",
    "Bianchi", "Romano", "Conti", "Dubois", "Lefèvre", "Lefebvre", "Moreau", "Laurent",
    "Girard", "Fontaine", "Gonçalves", "Conceição", "Silva", "Santos", "Oliveira",
    # Slavic / Baltic / Hungarian / Greek
    "Ivanović", "Ivanovic", "Petrović", "Jovanović", "Nikolić", "Kovačević", "Horvat",
    "Novak", "Novák", "Dvořák", "Svoboda", "Kowalski", "Nowak", "Wójcik", "Wiśniewski",
    "Lewandowski", "Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popescu", "Ionescu",
    "Nagy", "Kovács", "Tóth", "Szabó", "Papadopoulos", "Georgiou", "Kalniņš", "Kazlauskas",
    # Turkish / Arabic / Persian
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "El Amrani",
    "Benali", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Hosseini", "Rahimi",
    "Karimi",
    # African
    "Mensah", "Boateng", "Okafor", "Okonkwo", "Adeyemi", "Nkosi", "Dlamini", "Diallo",
    "Traoré", "Keïta", "Ndiaye", "Mwangi",
    # South and East Asian
    "Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Wang", "Zhang", "Chen",
    "Liu", "Huang", "Tanaka", "Suzuki", "Satō", "Kim", "Park", "Lee", "Nguyễn",
    "Nguyen", "Trần", "Phạm",
    # Filipino / Indonesian
    "Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Mendoza", "Villanueva",
    "Macapagal", "Aquino", "Tan", "Gunawan", "Wijaya", "Susanto", "Hartono",
]

NICKNAMES = [
    "the Accountant", "the Driver", "the Dutchman", "Big Mike", "the Fox", "the Professor",
    "Shorty", "the Doctor", "the Banker", "Mama", "the Captain", "the Teacher", "Uncle",
    "the Cook", "the Lawyer", "Blondie", "the Tailor", "the Ghost",
]

# (name, aliases). Aliases include the country's own name where it differs.
COUNTRIES = [
    ("Afghanistan", []), ("Albania", ["Shqipëria"]), ("Algeria", []), ("Andorra", []),
    ("Angola", []), ("Antigua and Barbuda", []), ("Argentina", []), ("Armenia", []),
    ("Australia", []), ("Austria", ["Österreich"]), ("Azerbaijan", []), ("Bahamas", []),
    ("Bahrain", []), ("Bangladesh", []), ("Barbados", []), ("Belarus", []),
    ("Belgium", ["België", "Belgique"]), ("Belize", []), ("Benin", []), ("Bhutan", []),
    ("Bolivia", []), ("Bosnia and Herzegovina", ["Bosna i Hercegovina"]), ("Botswana", []),
    ("Brazil", ["Brasil"]), ("Brunei", []), ("Bulgaria", []), ("Burkina Faso", []),
    ("Burundi", []), ("Cabo Verde", ["Cape Verde"]), ("Cambodia", []), ("Cameroon", []),
    ("Canada", []), ("Central African Republic", []), ("Chad", []), ("Chile", []),
    ("China", []), ("Colombia", []), ("Comoros", []), ("Congo", []), ("Costa Rica", []),
    ("Côte d'Ivoire", ["Ivory Coast"]), ("Croatia", ["Hrvatska"]), ("Cuba", []),
    ("Cyprus", []), ("Czechia", ["Czech Republic", "Česko"]),
    ("Democratic Republic of the Congo", ["DR Congo"]), ("Denmark", ["Danmark"]),
    ("Djibouti", []), ("Dominica", []), ("Dominican Republic", []), ("Ecuador", []),
    ("Egypt", []), ("El Salvador", []), ("Equatorial Guinea", []), ("Eritrea", []),
    ("Estonia", ["Eesti"]), ("Eswatini", ["Swaziland"]), ("Ethiopia", []), ("Fiji", []),
    ("Finland", ["Suomi"]), ("France", []), ("Gabon", []), ("Gambia", []), ("Georgia", []),
    ("Germany", ["Deutschland"]), ("Ghana", []), ("Greece", ["Ελλάδα", "Hellas"]),
    ("Grenada", []), ("Guatemala", []), ("Guinea", []), ("Guinea-Bissau", []), ("Guyana", []),
    ("Haiti", []), ("Honduras", []), ("Hungary", ["Magyarország"]), ("Iceland", ["Ísland"]),
    ("India", ["Bharat"]), ("Indonesia", []), ("Iran", []), ("Iraq", []), ("Ireland", ["Éire"]),
    ("Israel", []), ("Italy", ["Italia"]), ("Jamaica", []), ("Japan", ["Nippon"]),
    ("Jordan", []), ("Kazakhstan", []), ("Kenya", []), ("Kiribati", []), ("Kosovo", []),
    ("Kuwait", []), ("Kyrgyzstan", []), ("Laos", []), ("Latvia", ["Latvija"]),
    ("Lebanon", []), ("Lesotho", []), ("Liberia", []), ("Libya", []), ("Liechtenstein", []),
    ("Lithuania", ["Lietuva"]), ("Luxembourg", []), ("Madagascar", []), ("Malawi", []),
    ("Malaysia", []), ("Maldives", []), ("Mali", []), ("Malta", []), ("Marshall Islands", []),
    ("Mauritania", []), ("Mauritius", []), ("Mexico", ["México"]), ("Micronesia", []),
    ("Moldova", []), ("Monaco", []), ("Mongolia", []), ("Montenegro", ["Crna Gora"]),
    ("Morocco", ["Maroc"]), ("Mozambique", []), ("Myanmar", ["Burma"]), ("Namibia", []),
    ("Nauru", []), ("Nepal", []), ("Netherlands", ["Nederland", "Holland"]),
    ("New Zealand", ["Aotearoa"]), ("Nicaragua", []), ("Niger", []), ("Nigeria", []),
    ("North Korea", []), ("North Macedonia", []), ("Norway", ["Norge"]), ("Oman", []),
    ("Pakistan", []), ("Palau", []), ("Palestine", []), ("Panama", ["Panamá"]),
    ("Papua New Guinea", []), ("Paraguay", []), ("Peru", ["Perú"]),
    ("Philippines", ["Filipijnen", "Pilipinas"]), ("Poland", ["Polska"]),
    ("Portugal", []), ("Qatar", []), ("Romania", ["România"]), ("Russia", []),
    ("Rwanda", []), ("Saint Kitts and Nevis", []), ("Saint Lucia", []),
    ("Saint Vincent and the Grenadines", []), ("Samoa", []), ("San Marino", []),
    ("São Tomé and Príncipe", []), ("Saudi Arabia", []), ("Senegal", []),
    ("Serbia", ["Srbija"]), ("Seychelles", []), ("Sierra Leone", []), ("Singapore", []),
    ("Slovakia", ["Slovensko"]), ("Slovenia", ["Slovenija"]), ("Solomon Islands", []),
    ("Somalia", []), ("South Africa", []), ("South Korea", []), ("South Sudan", []),
    ("Spain", ["España"]), ("Sri Lanka", []), ("Sudan", []), ("Suriname", []),
    ("Sweden", ["Sverige"]), ("Switzerland", ["Schweiz", "Suisse"]), ("Syria", []),
    ("Taiwan", []), ("Tajikistan", []), ("Tanzania", []), ("Thailand", []),
    ("Timor-Leste", ["East Timor"]), ("Togo", []), ("Tonga", []),
    ("Trinidad and Tobago", []), ("Tunisia", []), ("Türkiye", ["Turkey"]),
    ("Turkmenistan", []), ("Tuvalu", []), ("Uganda", []), ("Ukraine", ["Україна"]),
    ("United Arab Emirates", ["UAE"]), ("United Kingdom", ["UK", "Great Britain"]),
    ("United States", ["USA", "United States of America"]), ("Uruguay", []),
    ("Uzbekistan", []), ("Vanuatu", []), ("Vatican City", []), ("Venezuela", []),
    ("Vietnam", ["Việt Nam"]), ("Yemen", []), ("Zambia", []), ("Zimbabwe", []),
]

# (city, country) pairs: every city is located_in its country.
CITIES = [
    ("Amsterdam", "Netherlands"), ("Rotterdam", "Netherlands"), ("The Hague", "Netherlands"),
    ("Utrecht", "Netherlands"), ("Eindhoven", "Netherlands"), ("Groningen", "Netherlands"),
    ("Tilburg", "Netherlands"), ("Antwerp", "Belgium"), ("Brussels", "Belgium"),
    ("Ghent", "Belgium"), ("Liège", "Belgium"), ("Berlin", "Germany"), ("Hamburg", "Germany"),
    ("München", "Germany"), ("Köln", "Germany"), ("Frankfurt", "Germany"),
    ("Düsseldorf", "Germany"), ("Paris", "France"), ("Marseille", "France"), ("Lyon", "France"),
    ("Lille", "France"), ("London", "United Kingdom"), ("Manchester", "United Kingdom"),
    ("Birmingham", "United Kingdom"), ("Dublin", "Ireland"), ("Madrid", "Spain"),
    ("Barcelona", "Spain"), ("Málaga", "Spain"), ("Valencia", "Spain"), ("Lisbon", "Portugal"),
    ("Porto", "Portugal"), ("Rome", "Italy"), ("Milan", "Italy"), ("Naples", "Italy"),
    ("Palermo", "Italy"), ("Athens", "Greece"), ("Thessaloniki", "Greece"), ("Vienna", "Austria"),
    ("Zürich", "Switzerland"), ("Geneva", "Switzerland"), ("Prague", "Czechia"), ("Brno", "Czechia"),
    ("Warsaw", "Poland"), ("Kraków", "Poland"), ("Gdańsk", "Poland"), ("Budapest", "Hungary"),
    ("Bucharest", "Romania"), ("Sofia", "Bulgaria"), ("Belgrade", "Serbia"), ("Novi Sad", "Serbia"),
    ("Zagreb", "Croatia"), ("Sarajevo", "Bosnia and Herzegovina"), ("Podgorica", "Montenegro"),
    ("Tirana", "Albania"), ("Skopje", "North Macedonia"), ("Istanbul", "Türkiye"),
    ("İzmir", "Türkiye"), ("Ankara", "Türkiye"), ("Kyiv", "Ukraine"), ("Odesa", "Ukraine"),
    ("Chișinău", "Moldova"), ("Riga", "Latvia"), ("Vilnius", "Lithuania"), ("Tallinn", "Estonia"),
    ("Helsinki", "Finland"), ("Stockholm", "Sweden"), ("Göteborg", "Sweden"), ("Malmö", "Sweden"),
    ("Oslo", "Norway"), ("Copenhagen", "Denmark"), ("Aarhus", "Denmark"), ("Reykjavík", "Iceland"),
    ("Casablanca", "Morocco"), ("Tangier", "Morocco"), ("Algiers", "Algeria"), ("Tunis", "Tunisia"),
    ("Tripoli", "Libya"), ("Cairo", "Egypt"), ("Lagos", "Nigeria"), ("Abuja", "Nigeria"),
    ("Accra", "Ghana"), ("Dakar", "Senegal"), ("Bamako", "Mali"), ("Nairobi", "Kenya"),
    ("Mombasa", "Kenya"), ("Addis Ababa", "Ethiopia"), ("Johannesburg", "South Africa"),
    ("Cape Town", "South Africa"), ("Durban", "South Africa"), ("Dubai", "United Arab Emirates"),
    ("Abu Dhabi", "United Arab Emirates"), ("Doha", "Qatar"), ("Riyadh", "Saudi Arabia"),
    ("Tehran", "Iran"), ("Karachi", "Pakistan"), ("Lahore", "Pakistan"), ("Mumbai", "India"),
    ("Delhi", "India"), ("Kolkata", "India"), ("Chennai", "India"), ("Dhaka", "Bangladesh"),
    ("Colombo", "Sri Lanka"), ("Kathmandu", "Nepal"), ("Bangkok", "Thailand"),
    ("Pattaya", "Thailand"), ("Chiang Mai", "Thailand"), ("Phnom Penh", "Cambodia"),
    ("Ho Chi Minh City", "Vietnam"), ("Hanoi", "Vietnam"), ("Vientiane", "Laos"),
    ("Yangon", "Myanmar"), ("Kuala Lumpur", "Malaysia"), ("Singapore", "Singapore"),
    ("Jakarta", "Indonesia"), ("Surabaya", "Indonesia"), ("Denpasar", "Indonesia"),
    ("Manila", "Philippines"), ("Taguig", "Philippines"), ("Quezon City", "Philippines"),
    ("Cebu City", "Philippines"), ("Davao City", "Philippines"), ("Angeles City", "Philippines"),
    ("Hong Kong", "China"), ("Shenzhen", "China"), ("Guangzhou", "China"), ("Shanghai", "China"),
    ("Beijing", "China"), ("Taipei", "Taiwan"), ("Seoul", "South Korea"), ("Busan", "South Korea"),
    ("Tokyo", "Japan"), ("Osaka", "Japan"), ("Sydney", "Australia"), ("Melbourne", "Australia"),
    ("Auckland", "New Zealand"), ("Los Angeles", "United States"), ("San Jose", "United States"),
    ("San José", "Costa Rica"), ("Springfield", "United States"), ("Miami", "United States"),
    ("New York", "United States"), ("Houston", "United States"), ("Chicago", "United States"),
    ("Toronto", "Canada"), ("Montréal", "Canada"), ("Vancouver", "Canada"),
    ("Mexico City", "Mexico"), ("Tijuana", "Mexico"), ("Guadalajara", "Mexico"),
    ("Bogotá", "Colombia"), ("Medellín", "Colombia"), ("Cali", "Colombia"),
    ("Caracas", "Venezuela"), ("Lima", "Peru"), ("Quito", "Ecuador"), ("Guayaquil", "Ecuador"),
    ("Santiago", "Chile"), ("Buenos Aires", "Argentina"), ("São Paulo", "Brazil"),
    ("Rio de Janeiro", "Brazil"), ("Recife", "Brazil"), ("Montevideo", "Uruguay"),
    ("Asunción", "Paraguay"), ("La Paz", "Bolivia"), ("Panama City", "Panama"),
    ("Kingston", "Jamaica"), ("Santo Domingo", "Dominican Republic"), ("Port-au-Prince", "Haiti"),
    ("Havana", "Cuba"),
]

PLACE_PREFIXES = [
    "North", "South", "East", "West", "New", "Old", "Upper", "Lower", "Port", "Fort",
    "San", "Santa", "Saint", "Great", "Little",
]

PLACE_STEMS = [
    "Aldwick", "Barrow", "Bellmont", "Bridgeford", "Calder", "Carrow", "Dunmore",
    "Elmsworth", "Fairhaven", "Glenrock", "Halden", "Harrow", "Ivybridge", "Kingsley",
    "Larkspur", "Linden", "Marwick", "Millbrook", "Northam", "Oakridge", "Pembrook",
    "Redcliff", "Riverton", "Rosedale", "Saltmarsh", "Stonebridge", "Thornbury",
    "Valemont", "Westbrook", "Whitby", "Woodhaven", "Yarrow", "Miguel", "Isidro",
    "Lucía", "Rosario", "Tomás", "Andrés", "Bento", "Cruz", "Ilha", "Vila", "Kampung",
    "Barangay", "Nieuwdorp", "Zandvoort", "Moerdijk", "Hoek", "Brück", "Hafen",
]

FACILITIES = [
    "{} Harbour", "{} Airport", "{} Central Station", "warehouse in {}", "shelter in {}",
    "hotel district of {}", "{} container terminal", "{} industrial estate",
    "border crossing near {}", "safe house in {}", "nightclub in {}", "{} bus station",
    "internet café in {}", "apartment block in {}", "{} marina",
]

BIG_ORGANISATIONS = [
    ("Interpol", ["International Criminal Police Organization", "ICPO"]),
    ("Europol", ["European Union Agency for Law Enforcement Cooperation"]),
    ("Eurojust", []),
    ("Frontex", ["European Border and Coast Guard Agency"]),
    ("UNODC", ["United Nations Office on Drugs and Crime"]),
    ("International Organization for Migration", ["IOM"]),
    ("International Justice Mission", ["IJM"]),
    ("Dutch police", ["Nederlandse politie", "Politie"]),
    ("Royal Netherlands Marechaussee", ["Koninklijke Marechaussee", "KMar"]),
    ("Philippine National Police", ["PNP"]),
    ("National Bureau of Investigation", ["NBI"]),
    ("Federal Bureau of Investigation", ["FBI"]),
    ("Bundeskriminalamt", ["BKA", "Federal Criminal Police Office"]),
    ("National Crime Agency", ["NCA"]),
    ("Guardia Civil", []),
    ("Carabinieri", ["Arma dei Carabinieri"]),
    ("Police nationale", ["French National Police"]),
    ("Royal Thai Police", []),
    ("Red Cross", ["International Committee of the Red Cross", "ICRC"]),
    ("Terre des Hommes", []),
    ("Save the Children", []),
    ("Western Union", []),
    ("MoneyGram", []),
]

ORG_TEMPLATES = [
    ("{place} Police", "police"), ("{place} Police Department", "police"),
    ("{country} National Police", "police"), ("{country} Customs", "customs"),
    ("{country} Immigration Service", "immigration"), ("Public Prosecutor of {place}", "prosecutor"),
    ("{place} District Court", "court"), ("{surname} Logistics", "company"),
    ("{surname} & {surname2} Lawyers", "law firm"), ("{word} {word2} Trading", "company"),
    ("{word} Shipping Company", "company"), ("{place} Shipping Lines", "company"),
    ("{word} Security Services", "company"), ("Hotel {word}", "company"),
    ("{word} Travel Agency", "company"), ("{word} Foundation", "ngo"),
    ("{place} Women's Shelter", "ngo"), ("Bank of {place}", "bank"),
    ("{surname} Holding", "company"), ("{word} Models Agency", "company"),
    ("{word} Recruitment", "company"), ("{place} Chamber of Commerce", "authority"),
    ("{surname} Exchange Office", "company"), ("{word} Care", "ngo"),
]

ORG_WORDS = [
    "Atlas", "Aurora", "Blue", "Golden", "Silver", "Pacific", "Atlantic", "Northern",
    "Southern", "Eastern", "Global", "Royal", "Phoenix", "Sunrise", "Sunset", "Orchid",
    "Lotus", "Crown", "Delta", "Summit", "Harbour", "Coral", "Emerald", "Star", "Eagle",
    "Falcon", "Lion", "Tiger", "Dragon", "Oasis", "Horizon", "Unity", "Liberty",
    "Orion", "Nova", "Zenith", "Meridian", "Compass", "Anchor", "Beacon", "Mercury",
    "Éclair", "Señor", "Bella", "Stella", "Mañana", "Kompas", "Nordlys", "Zeeland",
]

OPERATION_ADJECTIVES = [
    "Amber", "Black", "Blue", "Broken", "Cold", "Crimson", "Dark", "Desert", "Emerald",
    "Falling", "Frozen", "Golden", "Green", "Grey", "Hidden", "Iron", "Jade", "Last",
    "Lone", "Midnight", "Narrow", "Night", "Northern", "Pale", "Quiet", "Red", "Rising",
    "Salt", "Scarlet", "Shadow", "Silent", "Silver", "Stone", "Storm", "Summer",
    "Swift", "Thunder", "Violet", "White", "Wild", "Winter", "Zephyr",
]

OPERATION_NOUNS = [
    "Anchor", "Arrow", "Bridge", "Canyon", "Castle", "Compass", "Crane", "Crow",
    "Dawn", "Delta", "Dove", "Eagle", "Ember", "Falcon", "Fjord", "Forest", "Fox",
    "Gate", "Glacier", "Harbour", "Hawk", "Horizon", "Island", "Lantern", "Lighthouse",
    "Lynx", "Meadow", "Mirror", "Moon", "Oak", "Orchid", "Owl", "Raven", "Reef",
    "River", "Sail", "Shield", "Spear", "Spider", "Star", "Sun", "Tide", "Tower",
    "Viper", "Wave", "Willow", "Wolf", "Tulip", "Narcis", "Kraken",
]

GROUP_TEMPLATES = [
    ("victims rescued in {place}", "victims"), ("children freed in {place}", "victims"),
    ("women trafficked from {country}", "victims"), ("workers exploited in {place}", "victims"),
    ("clients from {country}", "clients"), ("buyers in {place}", "clients"),
    ("the {surname} family", "family"), ("the {surname} network", "network"),
    ("crew of the {word}", "crew"), ("drivers working for {surname}", "associates"),
    ("recruiters in {place}", "associates"), ("lawyers for the defence in {place}", "lawyers"),
    ("witnesses in {place}", "witnesses"), ("investigators from {country}", "investigators"),
    ("migrants from {country}", "migrants"), ("money mules in {place}", "associates"),
]

# (kind, weight, date precision weights day/month/year)
EVENT_KINDS = [
    ("arrest", 10), ("raid", 7), ("tip", 6), ("meeting", 9), ("phone call", 10),
    ("money transfer", 9), ("border crossing", 6), ("seizure", 4), ("interrogation", 5),
    ("trial", 4), ("conviction", 3), ("rescue", 3), ("surveillance", 5), ("interception", 4),
    ("house search", 4), ("extradition", 1), ("recruitment", 4), ("transport", 5),
    ("hearing", 3), ("release", 2),
]

# The kinds a led_to chain walks through, in order (a chain takes an increasing subsequence).
CHAIN_KINDS = [
    "tip", "surveillance", "interception", "phone call", "meeting", "money transfer",
    "transport", "border crossing", "raid", "rescue", "arrest", "house search", "seizure",
    "interrogation", "hearing", "trial", "conviction", "extradition",
]

ROLES = [
    "driver", "accountant", "recruiter", "courier", "spokesperson", "director", "guard",
    "manager", "treasurer", "translator", "informant", "officer", "investigator",
]

RELATIONS = ["brother", "sister", "cousin", "uncle", "aunt", "friend", "neighbour",
             "business partner", "former partner", "classmate"]

PUBLISHERS = [
    None, "Interpol", "Europol", "Dutch Public Prosecution Service", "Reuters",
    "Associated Press", "NOS", "de Volkskrant", "Rappler", "The Guardian",
    "International Justice Mission", "District Court of The Hague",
]

DOC_KINDS = [
    "Investigation report", "Court judgment", "Police statement", "News article",
    "Interview transcript", "Intelligence summary", "Press release", "Financial analysis",
]
