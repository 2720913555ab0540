"""Word lists the extractor reads: number words, scales, currencies, units, cues.

Kept apart from the scanning code so that a new house style ("17pc",
"Rs 3.2 lakh") is usually one line here, not a new rule there.
"""

from __future__ import annotations

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "nought": 0, "naught": 0,
}
TENS = {w for w, v in NUMBER_WORDS.items() if v >= 20}

# Multipliers that may follow a number, written as words.
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
    "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "crore": 1e7, "crores": 1e7, "millions": 1e6, "billions": 1e9,
    "thousands": 1e3, "hundreds": 1e2, "dozen": 12, "dozens": 12,
}
# Abbreviated scales, written straight after the digits ("$7bn", "17k") or
# after a space ("7 bn", "Rs 2.5 cr").
SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    "tr": 1e12, "cr": 1e7, "Cr": 1e7,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 1e6,
}

# Vulgar fractions, alone ("½") or after a whole number ("2½").
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 1 / 5, "⅙": 1 / 6, "⅛": 1 / 8,
}

FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3,
    "quarter": 1 / 4, "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}

# Currency written before the figure: symbol or code -> ISO 4217.
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "c$": "CAD", "ca$": "CAD",
    "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD",
    "nzd": "NZD", "hk$": "HKD", "hkd": "HKD", "s$": "SGD", "sgd": "SGD",
    "r$": "BRL", "brl": "BRL", "mx$": "MXN", "£": "GBP", "gbp": "GBP",
    "€": "EUR", "eur": "EUR", "¥": "JPY", "jpy": "JPY", "cny": "CNY",
    "rmb": "CNY", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
    "re": "INR", "re.": "INR", "pkr": "PKR", "lkr": "LKR", "npr": "NPR",
    "bdt": "BDT", "tk": "BDT", "৳": "BDT", "₦": "NGN", "ngn": "NGN",
    "₱": "PHP", "php": "PHP", "₩": "KRW", "krw": "KRW", "₺": "TRY",
    "try": "TRY", "₽": "RUB", "rub": "RUB", "chf": "CHF", "sek": "SEK",
    "nok": "NOK", "dkk": "DKK", "zar": "ZAR", "kes": "KES", "ksh": "KES",
    "egp": "EGP", "aed": "AED", "dh": "AED", "dhs": "AED", "sar": "SAR",
    "qar": "QAR", "rp": "IDR", "idr": "IDR", "rm": "MYR", "myr": "MYR",
    "₫": "VND", "vnd": "VND", "₪": "ILS", "ils": "ILS", "uah": "UAH",
    "₴": "UAH", "ghs": "GHS", "pln": "PLN", "zł": "PLN", "thb": "THB",
    "฿": "THB", "sh": "KES", "₵": "GHS",
}
# Prefixes that only mean money right before a digit ("Rs1m", "Tk 50") and
# are ordinary words otherwise ("try", "re", "sh", "rm").
AMBIGUOUS_PREFIXES = frozenset({"try", "re", "re.", "sh", "rm", "rub", "php", "dh", "tk", "rp"})

# Rupees are written "Rs" in both India and Pakistan; the house style of the
# story decides.  Without a clue the rupee stays INR's symbol: the comparison
# treats INR/PKR/LKR/NPR "Rs" as one family (see relate.comparable).
RUPEE_CODES = frozenset({"INR", "PKR", "LKR", "NPR"})
# Dollars of every country: a bare "$" may be any of them (see relate.comparable).
DOLLAR_CODES = frozenset({
    "USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "JMD", "TTD", "FJD", "LRD", "NAD", "BSD", "BBD", "BZD", "GYD",
})

# Currency written after the figure: word -> ISO 4217.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "us dollars": "USD",
    "us dollar": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "gbp": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "cny": "CNY", "rupee": "INR", "rupees": "INR", "inr": "INR",
    "pakistani rupees": "PKR", "pakistani rupee": "PKR", "pak rupees": "PKR",
    "pkr": "PKR", "indian rupees": "INR", "indian rupee": "INR",
    "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "taka": "BDT",
    "naira": "NGN", "rand": "ZAR", "shilling": "KES", "shillings": "KES",
    "kenyan shillings": "KES", "dirham": "AED", "dirhams": "AED",
    "riyal": "SAR", "riyals": "SAR", "franc": "CHF", "francs": "CHF",
    "swiss francs": "CHF", "peso": "MXN", "pesos": "MXN", "won": "KRW",
    "lira": "TRY", "liras": "TRY", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "rupiah": "IDR", "ringgit": "MYR",
    "baht": "THB", "dong": "VND", "shekel": "ILS", "shekels": "ILS",
    "hryvnia": "UAH", "cedi": "GHS", "cedis": "GHS", "zloty": "PLN",
    "chinese yuan": "CNY", "yuan renminbi": "CNY", "rmb": "CNY", "japanese yen": "JPY",
    "turkish lira": "TRY", "turkish liras": "TRY", "mexican pesos": "MXN", "mexican peso": "MXN",
    "philippine pesos": "PHP", "argentine pesos": "ARS", "colombian pesos": "COP", "chilean pesos": "CLP",
    "south african rand": "ZAR", "brazilian reais": "BRL", "reais": "BRL", "british pounds": "GBP",
    "egyptian pounds": "EGP", "new taiwan dollars": "TWD", "taiwan dollars": "TWD", "saudi riyals": "SAR",
    "uae dirhams": "AED", "emirati dirhams": "AED", "ugandan shillings": "UGX", "tanzanian shillings": "TZS",
    "nigerian naira": "NGN", "ghanaian cedis": "GHS", "bangladeshi taka": "BDT", "nepali rupees": "NPR",
    "indonesian rupiah": "IDR", "malaysian ringgit": "MYR", "thai baht": "THB", "russian roubles": "RUB",
    "russian rubles": "RUB", "ukrainian hryvnias": "UAH", "south korean won": "KRW", "korean won": "KRW",
    "bitcoin": "BTC", "bitcoins": "BTC", "pounds": "GBP", "pound": "GBP",
    "canadian dollars": "CAD", "australian dollars": "AUD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "new zealand dollars": "NZD", "pkr.": "PKR",
}
# Sub-units: "19 cents" is 0.19 of the main unit.
CURRENCY_SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "paisa": ("INR", 0.01),
    "paise": ("INR", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
    "p": ("GBP", 0.01), "kopecks": ("RUB", 0.01),
}

# Percent and points, after the figure.
PERCENT_WORDS = ("per cent", "percent", "per-cent", "pc", "pct", "%", "percentage")
POINT_UNITS: dict[str, str] = {
    "percentage points": "percentage point", "percentage point": "percentage point",
    "percent points": "percentage point", "per cent points": "percentage point",
    "pp": "percentage point", "ppt": "percentage point", "ppts": "percentage point",
    "basis points": "basis point", "basis point": "basis point", "bps": "basis point",
    "bp": "basis point", "points": "point", "point": "point", "pts": "point",
}

TIME_UNITS: dict[str, str] = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "month": "month", "months": "month", "week": "week", "weeks": "week",
    "day": "day", "days": "day", "hour": "hour", "hours": "hour", "hrs": "hour", "hr": "hour",
    "min": "minute", "sec": "second",
    "minute": "minute", "minutes": "minute", "mins": "minute",
    "second": "second", "seconds": "second", "secs": "second",
    "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century", "quarter": "quarter", "quarters": "quarter",
    "fortnight": "fortnight", "fortnights": "fortnight",
}

# Units of measure (normalised singular name); kept to what news uses.
MEASURE_UNITS: dict[str, str] = {
    "km": "kilometre", "kms": "kilometre", "kilometre": "kilometre",
    "kilometres": "kilometre", "kilometer": "kilometre", "kilometers": "kilometre",
    "m": "metre", "metre": "metre", "metres": "metre", "meter": "metre",
    "meters": "metre", "cm": "centimetre", "centimetres": "centimetre",
    "centimeters": "centimetre", "mm": "millimetre", "millimetres": "millimetre",
    "millimeters": "millimetre", "mile": "mile", "miles": "mile", "mi": "mile",
    "nautical miles": "nautical mile", "nautical mile": "nautical mile",
    "yard": "yard", "yards": "yard", "yd": "yard", "foot": "foot", "feet": "foot",
    "ft": "foot", "inch": "inch", "inches": "inch", "in.": "inch",
    "kg": "kilogram", "kgs": "kilogram", "kilogram": "kilogram",
    "kilograms": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
    "g": "gram", "gram": "gram", "grams": "gram", "mg": "milligram",
    "tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton",
    "lb": "pound", "lbs": "pound", "pound": "pound", "pounds": "pound", "ounce": "ounce", "ounces": "ounce", "oz": "ounce",
    "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre",
    "l": "litre", "ml": "millilitre", "gallon": "gallon", "gallons": "gallon",
    "barrel": "barrel", "barrels": "barrel", "bpd": "barrel per day",
    "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare",
    "ha": "hectare", "sq km": "square kilometre", "square kilometres": "square kilometre",
    "square kilometers": "square kilometre", "square miles": "square mile",
    "square feet": "square foot", "sq ft": "square foot",
    "mph": "mile per hour", "km/h": "kilometre per hour", "kph": "kilometre per hour",
    "kmph": "kilometre per hour", "knots": "knot",
    "mw": "megawatt", "megawatts": "megawatt", "gw": "gigawatt", "gigawatts": "gigawatt",
    "kw": "kilowatt", "kilowatts": "kilowatt", "kwh": "kilowatt hour",
    "mwh": "megawatt hour", "gwh": "gigawatt hour", "twh": "terawatt hour",
    "degrees": "degree", "degree": "degree", "°c": "degree Celsius",
    "°f": "degree Fahrenheit", "celsius": "degree Celsius", "fahrenheit": "degree Fahrenheit",
    "gb": "gigabyte", "tb": "terabyte", "mb": "megabyte", "mbps": "megabit per second",
    "gbps": "gigabit per second", "ghz": "gigahertz", "mhz": "megahertz",
    "calories": "calorie", "kcal": "kilocalorie", "magnitude": "magnitude",
    "degrees celsius": "degree Celsius", "degree celsius": "degree Celsius", "degrees centigrade": "degree Celsius",
    "degrees fahrenheit": "degree Fahrenheit", "degree fahrenheit": "degree Fahrenheit",
    "nm": "nanometre", "nanometre": "nanometre", "nanometres": "nanometre", "nanometer": "nanometre",
    "nanometers": "nanometre", "micron": "micrometre", "microns": "micrometre", "µm": "micrometre",
    "micrometres": "micrometre", "micrometers": "micrometre", "ev": "electronvolt", "kev": "kiloelectronvolt",
    "mev": "megaelectronvolt", "gev": "gigaelectronvolt", "tev": "teraelectronvolt",
    "watt": "watt", "watts": "watt", "w": "watt", "wh": "watt hour", "joule": "joule", "joules": "joule",
    "j": "joule", "kj": "kilojoule", "volt": "volt", "volts": "volt", "v": "volt", "kv": "kilovolt",
    "amp": "ampere", "amps": "ampere", "ampere": "ampere", "amperes": "ampere", "hz": "hertz", "hertz": "hertz",
    "byte": "byte", "bytes": "byte", "kilobytes": "kilobyte", "kb": "kilobyte", "megabytes": "megabyte",
    "gigabytes": "gigabyte", "terabytes": "terabyte", "petabytes": "petabyte", "exabytes": "exabyte",
    "eb": "exabyte", "pb": "petabyte", "bits": "bit", "kbps": "kilobit per second",
    "cl": "centilitre", "centilitres": "centilitre", "tbsp": "tablespoon", "tablespoons": "tablespoon",
    "tablespoon": "tablespoon", "tsp": "teaspoon", "teaspoons": "teaspoon", "teaspoon": "teaspoon",
    "tpd": "ton per day", "t": "tonne", "sq mi": "square mile", "km2": "square kilometre",
    "km²": "square kilometre", "m2": "square metre", "m²": "square metre", "square metres": "square metre",
    "square meters": "square metre", "cubic metres": "cubic metre",
    "cubic meters": "cubic metre", "cubic kilometres": "cubic kilometre", "cubic kilometers": "cubic kilometre",
    "mg/l": "milligram per litre", "kg/ha": "kilogram per hectare", "m/s": "metre per second",
    "km/s": "kilometre per second", "mgy": "milligray", "gy": "gray", "sv": "sievert", "msv": "millisievert",
    "millilitres": "millilitre", "milliliters": "millilitre",
    "runs": "run", "wickets": "wicket", "overs": "over", "run": "run", "wicket": "wicket",
    # engines, batteries, concentrations, fuel economy, areas and volumes
    "hp": "horsepower", "bhp": "brake horsepower", "horsepower": "horsepower",
    "rpm": "revolutions per minute", "lb-ft": "pound-foot", "pound-feet": "pound-foot",
    "mah": "milliampere hour", "\u03bcm": "micrometre", "ppm": "part per million", "ppb": "part per billion",
    "parts per million": "part per million", "parts per billion": "part per billion",
    "mpg": "mile per gallon", "miles per gallon": "mile per gallon",
    "cubic feet": "cubic foot", "cubic foot": "cubic foot", "millimeter": "millimetre", "millimetre": "millimetre",
    "centimeter": "centimetre", "centimetre": "centimetre", "sq m": "square metre", "sqm": "square metre",
    "square metre": "square metre", "square meter": "square metre", "sq. ft": "square foot",
    "square foot": "square foot", "km/hr": "kilometre per hour", "kmh": "kilometre per hour",
    "kilowatt": "kilowatt", "megawatt": "megawatt", "gigawatt": "gigawatt",
    "m3": "cubic metre", "m\u00b3": "cubic metre", "cubic metre": "cubic metre", "cubic meter": "cubic metre",
}
# Units that are only taken when written straight after the digits ("7m
# wall", "5kg"), because as separate words they are too often something else.
GLUED_ONLY_UNITS = frozenset({"m", "g", "l", "in.", "mi", "p", "ha", "mb", "gb", "w", "j", "v", "t", "nm", "eb", "pb", "kb", "cl", "sv"})

# Month and weekday names, the full name first.
_MONTH_TABLE = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
_WEEKDAY_TABLE = (
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"),
)
MONTH_NAMES = tuple(names[0] for names in _MONTH_TABLE)
WEEKDAY_NAMES = tuple(names[0] for names in _WEEKDAY_TABLE)
MONTHS: dict[str, int] = {name: number for number, names in enumerate(_MONTH_TABLE, 1) for name in names}
WEEKDAYS: dict[str, int] = {name: number for number, names in enumerate(_WEEKDAY_TABLE) for name in names}

# Cues in the words before a figure, longest first when matched.
APPROX_CUES = (
    "about", "around", "roughly", "nearly", "almost", "approximately", "approx",
    "some", "an estimated", "estimated", "close to", "circa", "c.", "~",
    "more or less", "or so", "just about", "an approximate", "almost exactly",
    "in the region of", "upwards of",
)
ABOVE_CUES = (
    "more than", "over", "above", "at least", "in excess of", "exceeding",
    "greater than", "higher than", "no less than", "not less than",
    "just over", "well over", "over a", "beyond", "a minimum of", "minimum of",
    "north of", "plus",
)
BELOW_CUES = (
    "less than", "fewer than", "under", "below", "up to", "at most", "as many as",
    "as much as", "no more than", "not more than", "just under", "a maximum of",
    "maximum of", "lower than", "within", "as high as", "as few as",
)
UP_VERBS = frozenset({
    "rose", "rise", "rises", "rising", "risen", "increased", "increase",
    "increases", "increasing", "jumped", "jump", "jumps", "jumping", "climbed",
    "climb", "climbs", "climbing", "gained", "gain", "gains", "gaining", "grew",
    "grow", "grows", "growing", "grown", "surged", "surge", "surges", "surging",
    "soared", "soar", "soars", "soaring", "spiked", "spike", "up", "added", "adds",
    "advanced", "advance", "advances", "rallied", "rally", "rallies", "raised",
    "raise", "raises", "hiked", "hike", "hikes", "boosted", "boost", "expanded",
    "expand", "leapt", "leaped", "leap", "swelled", "higher", "widened",
    "accelerated", "doubled", "tripled", "skyrocketed", "rocketed",
    "advancing", "adding", "rallying", "hiking", "boosting", "expanding", "leaping", "swelling",
    "widening", "accelerating", "doubling", "tripling", "skyrocketing", "rocketing", "upward", "upwards",
})
DOWN_VERBS = frozenset({
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops",
    "dropping", "declined", "decline", "declines", "declining", "decreased",
    "decrease", "decreases", "decreasing", "slid", "slide", "slides", "sliding",
    "slipped", "slip", "slips", "lost", "lose", "loses", "losing", "plunged",
    "plunge", "plunges", "plummeted", "plummet", "tumbled", "tumble", "tumbles",
    "sank", "sink", "sinks", "shed", "sheds", "dipped", "dip", "dips", "down",
    "cut", "cuts", "reduced", "reduce", "reduces", "lowered", "lower", "eased",
    "ease", "eases", "shrank", "shrink", "shrinks", "contracted", "contract",
    "slumped", "slump", "slumps", "narrowed", "retreated", "crashed", "halved",
    "trimmed", "slowed",
    "plummeting", "tumbling", "slumping", "plunging", "sinking", "shedding", "dipping", "cutting",
    "reducing", "lowering", "easing", "shrinking", "contracting", "narrowing", "retreating", "crashing",
    "halving", "trimming", "slowing", "downward", "downwards",
})
# Nouns that make the figure before them a change amount: "a 42% increase".
UP_NOUNS = frozenset({"increase", "rise", "jump", "gain", "growth", "surge", "hike", "spike", "rally", "uptick", "boost"})
DOWN_NOUNS = frozenset({"decrease", "drop", "fall", "decline", "cut", "reduction", "loss", "dip", "slump", "plunge", "slide", "contraction"})
# Words before "from" that make what follows an earlier value.
EARLIER_MARKERS = frozenset({"earlier", "previous", "prior", "former", "old", "original", "existing", "previously"})

# Nouns that label an identifier rather than count ("Section 427", "Flight 370").
LABEL_NOUNS = frozenset({
    "section", "row", "room", "flight", "route", "article", "chapter", "page",
    "no", "no.", "number", "gate", "platform", "highway", "interstate",
    "building", "apartment", "suite", "grade", "level", "phase", "clause",
    "paragraph", "resolution", "bill", "act", "line", "block", "sector", "ward",
    "district", "unit", "channel", "version", "model", "series", "episode",
    "season", "volume", "vol", "issue", "item", "exhibit", "figure", "table",
    "lane", "street", "road", "avenue", "floor", "terminal", "station", "bus",
    "train", "windows", "ios", "android", "iphone", "galaxy", "pixel", "covid",
    "f", "mig", "su", "boeing", "airbus", "a", "b", "g", "tu", "il", "an",
    "mh", "pia", "pk", "stage", "matchday", "week", "round", "game", "match",
    "test", "odi", "t20", "group", "pool", "lot", "case", "category", "class",
    "tier", "zone", "division", "battalion", "brigade", "regiment", "corps",
    "squadron", "fleet", "army", "precinct", "cell", "box", "code",
    "cabinet", "term", "jersey", "shirt", "ranked", "rank",
})

# Counted nouns that are not worth a unit ("12 of", "12 were").
NOT_NOUNS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "and", "or", "but", "as", "is", "was", "are", "were", "be", "been", "had",
    "has", "have", "will", "would", "could", "should", "may", "might", "can",
    "did", "do", "does", "that", "this", "these", "those", "which", "who",
    "whom", "whose", "than", "then", "so", "if", "when", "while", "since",
    "after", "before", "until", "per", "each", "more", "less", "most", "least",
    "other", "others", "out", "into", "over", "under", "about", "against",
    "between", "through", "during", "without", "within", "across", "among",
    "up", "down", "off", "its", "their", "his", "her", "our", "your", "my",
    "it", "they", "he", "she", "we", "you", "i", "them", "him", "us", "me",
    "also", "only", "just", "still", "now", "not", "no", "yet", "even",
    "all", "both", "times", "time", "percent", "cent", "pc", "vs",
    "via", "amid", "including", "such", "there", "here", "where", "how",
    "what", "why", "alone", "apiece", "respectively", "overall",
    "total", "new", "nor", "again", "ago", "later", "earlier",
    "previously", "already", "last", "next", "said", "says", "say",
    "told", "reported", "versus", "years", "year", "old",
    "whereas", "too", "very", "lot", "lots", "s", "t", "am", "pm",
    "a.m.", "p.m.", "gmt", "utc", "ist", "pst", "est",
})

STOPWORDS = NOT_NOUNS | frozenset({
    "said", "say", "says", "would", "will", "also", "one", "two", "three",
    "its", "it's", "that's", "there's", "he's", "she's", "been", "being",
    "some", "any", "many", "much", "few", "several", "own", "same",
    "mr", "mrs", "ms", "dr", "according", "however", "because", "although",
    "though", "whether", "either", "neither", "like", "upon", "onto", "toward",
    "towards", "around", "nearly", "roughly", "almost", "approximately",
    "estimated", "least", "worth", "further", "well", "get", "got", "make",
    "made", "take", "took", "taken", "just", "per", "cent", "percent",
})

IRREGULAR_SINGULARS: dict[str, str] = {
    "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child", "lives": "life", "wives": "wife", "knives": "knife",
    "wolves": "wolf", "leaves": "leaf", "halves": "half", "shelves": "shelf",
    "thieves": "thief", "feet": "foot", "teeth": "tooth", "geese": "goose",
    "mice": "mouse", "police": "police", "personnel": "personnel",
    "staff": "staff", "cattle": "cattle", "sheep": "sheep", "deer": "deer",
    "fish": "fish", "aircraft": "aircraft", "series": "series",
    "species": "species", "crises": "crisis", "analyses": "analysis",
    "theses": "thesis", "data": "data", "criteria": "criterion",
    "phenomena": "phenomenon", "media": "media", "news": "news",
    "physics": "physics", "economics": "economics", "politics": "politics",
    "troops": "troop", "buses": "bus", "gases": "gas", "bonuses": "bonus",
    "viruses": "virus", "campuses": "campus", "census": "census",
    "status": "status", "us": "us", "has": "has", "was": "was", "is": "is",
    "this": "this", "its": "its", "his": "his", "yes": "yes", "plus": "plus",
    "chaos": "chaos", "lens": "lens", "bias": "bias", "alias": "alias",
    "canvas": "canvas", "atlas": "atlas", "gas": "gas",
}


def singular(word: str) -> str:
    """English plural to singular for counted nouns: "workers" -> "worker"."""
    w = word.lower()
    if w in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[w]
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ous")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zes", "sses", "oes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w
