"""Named entities: spaCy (English) and Natasha (Russian) spans mapped onto claimgraph's types.

The statistical labels are coarse (ORG, GPE, LOC), so rules refine them: cue words split
organisations into companies, public bodies and facilities in both languages, a country list
separates countries from other places, and model-name patterns ("Geran-2", "Орлан-10", "FPV
drones") mark products. Context cues fix the statistical type where reports are regular: region,
landmark and "city of" phrases make places, titles ("Prime Minister ...") make people, outlet and
armed-group words make organisations, an all-caps dateline is the place of filing, and a name a cue
typed keeps that type throughout the document. Values (dates, quantities, money) are left to their
own components.
Languages without a model get capitalised sequences, countries and acronyms only.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable
from importlib import resources

from claimgraph.model import Mention
from claimgraph.nlp import bodies, coordinates
from claimgraph.nlp.people_nouns import names_a_people
from claimgraph.nlp.public_bodies import genitive_at, joined_bodies
from claimgraph.nlp.apposition import appositive_types
from claimgraph.nlp.common_terms import without_common_terms
from claimgraph.nlp.consistency import FLUID as _FLUID
from claimgraph.nlp.consistency import (
    PLACE_PREPOSITIONS,
    alternative_names,
    bare_surnames,
    consistent,
    coordinated,
    known_people,
    named_firms,
    relabelled,
    surnames,
)
from claimgraph.nlp.bridge import BRIDGED_LANGUAGES, is_nationality, native_normal, native_spans
from claimgraph.nlp.headline_verbs import name_end_before_verb
from claimgraph.nlp.based_places import split_based
from claimgraph.nlp.belarusian_names import with_known_names
from claimgraph.nlp.best_effort import best_effort_names, trimmed_sequences
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.models import load_natasha
from claimgraph.nlp.defined_acronyms import with_defined_acronyms
from claimgraph.nlp.inner_possessives import split_owner
from claimgraph.nlp.lowercase_countries import lowercase_countries
from claimgraph.nlp.lowercase_ministries import lowercase_ministries
from claimgraph.nlp.name_particles import with_particle_names
from claimgraph.nlp.nominative import hyphenated_agreeing, lemmas_if_inflected, lemmatized_head
from claimgraph.nlp.organization_kinds import administrations, organization_kind
from claimgraph.nlp.possessives import tidy_names
from claimgraph.nlp.product_names import demonyms_before, named_products

NAME = "claimgraph.ner.v1"
VERSION = "1"

SPACY_LABELS = {
    "PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location",
    "FAC": "Facility", "PRODUCT": "Product", "NORP": "Nationality",
}
NATASHA_LABELS = {"PER": "Person", "ORG": "Organization", "LOC": "Location"}

# Cue words, matched as word prefixes (lowercase) so Russian inflections match too.
PUBLIC_BODY_CUES = (
    "ministry", "ministries", "committee", "agency", "office", "administration", "department",
    "government", "parliament", "council", "commission", "directorate", "inspectorate", "duma",
    "service", "bureau", "authority", "secretariat", "senate", "congress", "kremlin", "pentagon",
    "министерств", "министр", "минобороны", "минпромторг", "мид", "комитет", "госкомитет",
    "госкомвоенпром", "ведомств", "агентств", "служб", "администрац", "правительств", "дума",
    "госдум", "совет", "департамент", "управлени", "аппарат", "фсб", "фсвтс", "рособоронэкспорт",
    "госдепартамент", "генштаб", "минфин", "облисполком", "исполком", "избирком", "центризбирком",
    "посольств", "консульств", "генконсульств",
    "міністерств", "мінфін", "міноборон", "мзс", "комітет", "відомств", "держдепартамент", "облвиконком",
    "виконком", "уряд",
)
COMPANY_CUES = (
    "jsc", "ojsc", "cjsc", "pjsc", "llc", "ltd", "inc", "gmbh", "corp", "corporation", "company",
    "co", "plc", "holding", "holdings", "concern", "industries", "enterprise", "enterprises",
    "firm", "bank", "airlines", "manufacturer", "group", "technologies", "technology", "aerospace",
    "electronics", "robotics", "trading", "aviation", "avionics", "optics", "motors", "dynamics",
    "instruments", "engineering", "logistics", "solutions", "semiconductor", "components",
    "machinery", "microchip", "microelectronics", "transit", "tech", "avia", "aero", "power",
    "аэроспейс", "электроник", "технолоджи", "текнолоджи", "трейдинг", "роботикс", "моторс", "пауэр",
    "авиэйшн", "индастри", "интернешнл", "инжиниринг", "дайнемикс", "солюшн", "логистикс", "энерджи",
    "systems", "pt", "hk", "gmbh", "sarl", "srl", "bv", "ab", "oy", "as", "spa",
    "ооо", "оао", "зао", "ао", "пао", "нао", "фгуп", "гуп", "одо", "компани", "корпорац",
    "госкорпорац", "концерн", "холдинг", "предприят", "банк", "фирм", "объединени",
)
LEGAL_FORMS = frozenset({"jsc", "ojsc", "cjsc", "pjsc", "llc", "ltd", "inc", "gmbh", "plc", "ооо",
                         "оао", "зао", "ао", "пао", "нао", "фгуп", "гуп", "одо"})
FACILITY_CUES = (
    "plant", "factory", "works", "shipyard", "centre", "center", "site", "range", "airfield",
    "airbase", "base", "zone", "depot", "arsenal", "завод", "центр", "нпц", "полигон", "комбинат",
    "аэродром", "база", "зон", "верф", "арсенал",
)
_FACILITY_WORDS = r"(?:plant|factory|works|shipyard|cent(?:re|er)|test\s+site|proving\s+ground|airfield|air\s+base|special\s+economic\s+zone|economic\s+zone)"
_FACILITY_AFTER = re.compile(r"^[ \t]+(?:" + _FACILITY_WORDS + r")\b", re.IGNORECASE)
_RU_ADJ = r"[а-яё]+(?:ом|ем|ой|ий|ый|ая|яя|ого|его|ому|ему|ым|им|ую)"
_FACILITY_RU = re.compile(  # "Лидском агрегатном заводе", "научно-производственный центр БАС"
    r"\b[А-ЯЁ]" + _RU_ADJ + r"(?:\s+" + _RU_ADJ + r"){0,3}\s+(?:завод|комбинат|центр|полигон|аэродром)"
    r"(?:а|е|у|ом|ы|ов|ами|ах)?\b"
    r"|\bнаучно-производственн\w+\s+центр\w{0,3}\s+(?:[А-ЯЁA-Z]{2,}|«[^»\n]{1,60}»)")
#: Words that point back to a facility named before ("Такой завод", "этом центре"): not names.
_RU_DETERMINERS = frozenset(["такой", "такого", "таком", "такая", "такую", "этот", "этого", "этом", "эта", "эту", "тот", "того", "том", "та", "ту", "наш", "нашего", "нашем", "наша", "ваш", "свой", "своего", "своём", "своем", "своя", "каждый", "каждом", "какой", "какого", "каком", "который", "которого", "котором", "любой", "другой", "другого", "другом", "новый", "нового", "новом", "первый", "первом", "второй", "втором", "иной", "самый"])
_FACILITY_RU_NAMED = re.compile(r"\b(?:полигон|аэродром)\w{0,3}\s+([А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){0,2})")
_COMPANY_RU_QUOTED = re.compile(
    r"\b(?:завод|предприяти|компани|фирм|корпораци|концерн|производител|поставщик|разработчик|холдинг)"
    r"\w{0,4}\s+«([^»\n]{1,60})»")
_FACILITY_EN = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,4}" + _FACILITY_WORDS + r"\b")
_LEGAL_EN = r"(?:JSC|OJSC|PJSC|CJSC|LLC|Ltd\.?|Inc\.?|GmbH|plc|PLC|Corp\.?|S\.A\.|AG|PT)"
_COMPANY_EN = re.compile(
    r"\b(?:(?:[A-Z][\w&'’-]*\s+){1,4}" + _LEGAL_EN + r"(?![\w])"
    r"|" + _LEGAL_EN + r"\s+[\"«“]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}[\"»”]?)")
#: An organisation or facility word followed by its quoted name: 'the production center "Unmanned
#: Aircraft Systems"', 'the company "Kupol"'. The quoted words are the name.
_QUOTED_NAME_EN = re.compile(
    r"(?i:\b(?P<kind>company|firm|enterprise|plant|factory|works|cent(?:er|re)|bureau|institute|holding|"
    r"concern|corporation|manufacturer|maker|developer|design\s+bureau|association))"
    r"[ \t]+[\"“«](?P<name>[A-Z][^\"”»\n]{1,60})[\"”»]")
_QUOTED_FACILITY_KINDS = ("plant", "factory", "works", "center", "centre")
_COMPANY_RU = re.compile(r"\b(?:ООО|ОАО|ЗАО|АО|ПАО|НАО|ФГУП|ГУП|ОДО)\s+[«\"]([^»\"\n]{1,80})[»\"]")
_PRODUCT = re.compile(
    r"\b(?:[A-Z][a-z]{1,15}|[A-Z]{1,4}|[А-ЯЁ][а-яё]{1,15}|[А-ЯЁ]{1,4})-(\d{1,4}[A-Za-zА-Яа-я]{0,3}|[A-ZА-ЯЁ]{1,2}\d{0,2})(?![\w-])")
_PRODUCT_QUOTED = re.compile(
    r"(?i:\b(?:drones?|uavs?|uas|loitering\s+munitions?|missiles?|systems?|complex(?:es)?|"
    r"бпла|беспилотник\w*|дрон\w*|комплекс\w*|ракет\w*|беспилотн\w+\s+летательн\w+\s+аппарат\w*))"
    r"\s+[«\"“]([^»\"”\n]{2,40})[»\"”]")
_PRODUCT_CLASS = re.compile(r"\bFPV[- ](?:drones?|quadcopters?|дрон\w*|квадрокоптер\w*)\b")
_PRODUCT_STOP = frozenset({"covid", "sars", "article", "section", "fig", "figure", "table", "page",
                           "minsk", "минск", "статья", "covid-19", "g", "u", "mh", "ст", "п"})
#: Demonyms (English) that start names of public bodies ("Belarusian Ministry of Defence"): split off while
#: the body is typed, joined again at the end (:mod:`claimgraph.nlp.public_bodies`).
DEMONYMS = frozenset(["american", "armenian", "azerbaijani", "belarusian", "british", "bulgarian", "canadian", "chinese", "czech", "danish", "dutch", "egyptian", "emirati", "estonian", "european", "finnish", "french", "georgian", "german", "greek", "hungarian", "indian", "indonesian", "iranian", "iraqi", "israeli", "italian", "japanese", "jordanian", "kazakh", "kazakhstani", "korean", "kyrgyz", "latvian", "lebanese", "lithuanian", "malaysian", "moldovan", "mongolian", "north-korean", "norwegian", "pakistani", "polish", "romanian", "russian", "saudi", "serbian", "slovak", "slovenian", "soviet", "spanish", "swedish", "swiss", "syrian", "taiwanese", "tajik", "thai", "turkish", "turkmen", "ukrainian", "uzbek", "vietnamese", "western", "yemeni", "african", "asian", "kuwaiti", "qatari", "bahraini", "omani", "libyan", "sudanese", "somali", "afghan", "kurdish", "arab", "belgian", "austrian", "portuguese", "irish", "australian", "brazilian", "mexican", "argentine", "nigerian", "ethiopian", "tunisian", "algerian", "moroccan", "palestinian", "azeri", "chechen", "dagestani", "tatar", "crimean", "belarussian", "byelorussian", "croatian", "bosnian", "albanian", "macedonian", "cypriot", "icelandic", "venezuelan", "cuban", "colombian", "chilean", "peruvian", "filipino", "singaporean", "burmese", "cambodian", "laotian", "nepalese", "bangladeshi", "yazidi", "yezidi", "sunni", "shia", "shiite", "shi'ite", "alawite", "druze", "kenyan", "malian", "eritrean", "chadian", "nigerien", "congolese", "south african"])
#: Russian adjectives of nationality (lemmas): "белорусских", "китайскую" are Nationality mentions.
RU_DEMONYMS = frozenset(["российский", "белорусский", "китайский", "американский", "иранский", "турецкий", "украинский", "британский", "английский", "казахстанский", "сербский", "немецкий", "германский", "французский", "японский", "индийский", "корейский", "северокорейский", "южнокорейский", "армянский", "грузинский", "азербайджанский", "узбекский", "киргизский", "кыргызский", "таджикский", "туркменский", "польский", "литовский", "латвийский", "эстонский", "финский", "шведский", "норвежский", "датский", "израильский", "сирийский", "иракский", "египетский", "советский", "тайваньский", "вьетнамский", "индонезийский", "малайзийский", "пакистанский", "монгольский", "молдавский", "венгерский", "чешский", "словацкий", "болгарский", "румынский", "итальянский", "испанский", "канадский", "бразильский", "мексиканский", "швейцарский", "австрийский", "нидерландский", "голландский", "бельгийский", "греческий", "саудовский", "эмиратский", "иорданский", "ливанский", "афганский", "европейский", "африканский", "палестинский"])
_REGION_WORDS = ("region", "province", "oblast", "district", "krai", "governorate", "county", "prefecture",
                 "municipality", "raion", "rayon", "область", "области", "край", "края", "район", "района")
_REGION_AFTER = re.compile(r"^[ \t]+(?:region|province|oblast|district|krai|governorate|county|prefecture)\b", re.IGNORECASE)
#: "at Amiens in France": a name between "at" and "in <Name>" is a place.
_IN_PLACE_AFTER = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z]")
_SETTLEMENT = (r"(?:city|town|village|hamlet|settlement|suburb|district|province|region|governorate|port|"
               r"capital|municipality|neighbou?rhood|island|oasis|valley)")
#: "Amarah, a city in ...", "Hibhib (Arabic: ...) is a village": the name is a place.
_PLACE_APPOSITION = re.compile(r"(?:[ \t]*\([^()\n]{0,80}\))?(?:,[ \t]*|[ \t]+(?:is|was)[ \t]+)(?:an?|the)[ \t]+"
                               r"(?:[\w-]+[ \t]+){0,2}" + _SETTLEMENT
                               + r"(?=[ \t]+(?:in|of|on|near|north|south|east|west|located|situated|close|"
                                 r"about|some|with|where|that|which)\b|[ \t]*[,.;:)]|[ \t]*$)")
#: A sentence defining a place: "Kharbat (Arabic: ...) is a village in ...", the name the subject.
_PLACE_DEFINITION = re.compile(r"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})"
                               r"(?=(?:[ \t]*\([^()\n]{0,120}\))?[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+"
                               r"(?:[\w-]+[ \t]+){0,2}" + _SETTLEMENT + r"\b)")
#: Names in other languages in parentheses after a name: "(Arabic: ..., Kurdish: ...)".
_ALTERNATIVE_NAMES = re.compile(r"[ \t]*\((?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ \t]*:[^()\n]{1,200})\)")
#: "the city of Husaybah", "north of Mosul", "the outskirts of Raqqa": the name after is a place.
_PLACE_OF = re.compile(r"\b(?:city|town|village|villages|province|region|governorate|district|oblast|outskirts|"
                       r"suburbs?|north|south|east|west|northeast|northwest|southeast|southwest|port|island|"
                       r"capital|border|area|vicinity)\s+of\s+$", re.IGNORECASE)
#: "the independent outlet Nasha Niva", "the Telegram channel Rybar": the name after is an organisation.
_OUTLET_BEFORE = re.compile(r"\b(?:outlet|newspaper|channel|agency|broadcaster|website|portal|magazine|weekly|"
                            r"daily|publication|news\s+site|blog|group|network|company|firm|militia)\s*,?\s*$",
                            re.IGNORECASE)
#: Last words of names of natural and built landmarks: "Samarra Barrage", "Zagros Mountains" are places.
_LANDMARK_WORDS = frozenset({"barrage", "dam", "lake", "lakes", "river", "mountains", "mountain", "mount", "hills",
                             "valley", "bridge", "canal", "bay", "strait", "sea", "gulf", "island", "islands",
                             "desert", "peninsula", "pass", "plain", "plateau", "heights", "gorge", "reservoir"})
_LANDMARK_AFTER = re.compile(r"[ \t]+(?:river|lake|dam|mountains|valley|desert|island|plain|gorge)\b",
                             re.IGNORECASE)
_REGIME_AFTER = re.compile(r"[ \t]+(?:regime|forces|loyalists|militia|tribe|clan)\b")
#: Technical abbreviations the statistical model takes for organisations.
_TECH_ABBREVIATIONS = frozenset(["IP", "MW", "KW", "GW", "MHZ", "GHZ", "UHF", "VHF", "HF", "FEC", "GPS", "GLONASS", "CT", "TV", "PDF", "URL", "DNS", "HTTP", "USB", "AI", "IT", "PC", "SMS", "FM", "AM", "GMT", "UTC", "CEO", "CFO", "UAV", "UAVS", "UAS", "FPV", "IED", "IEDS", "RPG", "MLRS", "SAM", "ATGM", "MANPADS", "CNC", "PCB", "GNSS", "LED", "RF", "EW"])
#: Words that make a name an armed or political group: "Saray al-Jihad Group", "Jaish al-Mahdi".
_GROUP_LAST = frozenset({"group", "brigade", "brigades", "battalion", "battalions", "regiment", "division",
                         "army", "front", "forces", "militia", "militias", "movement", "party", "council",
                         "association", "society", "union", "corps", "network", "organization",
                         "organisation", "alliance", "coalition", "league", "committee", "federation"})
_GROUP_FIRST = frozenset({"jaish", "jaysh", "jeish", "harakat", "harakah", "liwa", "kataib", "kata'ib",
                          "saraya", "ansar", "jabhat", "jamaat", "jama'at", "tanzim", "hizb", "asaib", "fatah"})
#: Titles that put a person's name after them ("Prime Minister Nouri al-Maliki", "Gen. Gerasimov").
_TITLE_PERSON = re.compile(
    r"\b(?:President|Prime\s+Minister|Minister|Deputy\s+Minister|Foreign\s+Secretary|Defence\s+Secretary|"
    r"Defense\s+Secretary|Secretary|General|Gen\.|Lieutenant\s+General|Lt\.\s*Gen\.|Major\s+General|"
    r"Maj\.\s*Gen\.|Colonel|Col\.|Lieutenant|Lt\.|Major|Maj\.|Captain|Capt\.|Commander|Admiral|Adm\.|"
    r"Governor|Gov\.|Mayor|Ambassador|Envoy|Senator|Sen\.|Chancellor|Sheikh|Emir|King|Queen|Prince|"
    r"spokesman|spokeswoman|spokesperson|chief|commander|governor|minister|president|leader|envoy|"
    r"Mr\.|Mrs\.|Ms\.|Dr\.)"
    r"[ \t]+((?:(?:al-|el-|bin[ \t]|ibn[ \t]|abu[ \t]|de[ \t]|van[ \t]|von[ \t])?[A-Z][a-z][\w'’-]*[ \t]+){0,2}"
    r"(?:al-|el-|bin[ \t]|ibn[ \t]|abu[ \t]|de[ \t]|van[ \t]|von[ \t])?[A-Z][a-z][\w'’-]*)")
_NAME = (r"(?:al-|el-|bin[ \t]|ibn[ \t]|abu[ \t])?[A-Z][a-z][\w'’-]*[ \t]+"
         r"(?:(?:al-|el-|bin[ \t]|ibn[ \t]|abu[ \t]|de[ \t]|van[ \t]|von[ \t])?[A-Z][a-z][\w'’-]*[ \t]+)?"
         r"(?:al-|el-|bin[ \t]|ibn[ \t]|abu[ \t]|de[ \t]|van[ \t]|von[ \t])?[A-Z][a-z][\w'’-]*")
_OFFICE = r"(?:Minister|Secretary|Commissioner|Envoy|Representative|Ambassador|Director|Chairman|Head)"
#: An office with its portfolio, then the holder: "Minister for the Middle East Tobias Ellwood",
#: "Secretary of State John Kerry". The holder is the last two capitalised words (three with a particle).
_TITLE_PORTFOLIO = re.compile(
    r"\b" + _OFFICE + r"[ \t]+(?:for|of|to)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){1,3}?"
    r"((?:al-|el-|bin[ \t]|ibn[ \t]|abu[ \t])?[A-Z][a-z][\w'’-]*[ \t]+(?:al-|el-)?[A-Z][a-z][\w'’-]*)"
    r"(?![\w'’-]|[ \t]+[A-Z])")
#: A title set off by commas before a name: "The Foreign Secretary, Boris Johnson, said".
_TITLE_APPOSITION = re.compile(
    r"\b(?:Prime[ \t]+Minister|Minister|Secretary|President|Ambassador|Envoy|Governor|Commander|Spokesman|"
    r"Spokeswoman|Chairman|Director)(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?"
    r",[ \t]+(" + _NAME + r")(?=[ \t]*,)")
#: Names of landmarks the model may miss: "Zarin Mountains", "Mosul Dam", "Lake Tharthar", "Mount Sinjar".
_LANDMARK_NAME = re.compile(
    r"\b(?:(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:Mountains|Mountain|River|Lake|Lakes|Dam|Barrage|Valley|Desert|Island|"
    r"Islands|Sea|Gulf|Strait|Peninsula|Plain|Plateau|Heights|Canal|Reservoir|Bay|Hills|Gorge|Pass)"
    r"|(?:Lake|Mount|Cape)[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)\b")
_LEADING_FUNCTION_WORDS = frozenset({"the", "a", "an", "in", "on", "at", "from", "to", "of", "and", "near", "by"})
#: A lower-case particle inside a name the model stopped at: "Salah ad Din", "Ras al Ain".
_PARTICLE_TAIL = re.compile(r"[ \t]+(?:ad|al|an|ar|as|ash|at|az|bin|ibn|ez|el|de|del|della|di|da|du|la|le|van|von|der)"
                            r"[ \t]+[A-Z][\w'’-]*")
#: "MINSK, March 3 (BelTA) –": an all-caps place opening a news item.
_DATELINE = re.compile(r"(?m)^[ \t]*([A-ZА-ЯЁ]{3,}(?:[ \t-][A-ZА-ЯЁ]{3,}){0,2})(?=[ \t]*(?:,[ \t]*(?:\d|[A-ZА-ЯЁ]"
                       r"[a-zа-яё]+\.?[ \t]+\d)|\(|[—–]))")
_CENTRE_ORG = re.compile(r"\b(?:cent(?:re|er)|institute)\s+(?:for|of)\s+.*\b(?:studies|research|analysis|policy|monitoring)\b", re.IGNORECASE)
_CAPITALISED_COMMON = frozenset({"defence", "defense", "industry", "government", "ministry", "president",
                                 "minister", "army", "parliament", "state", "security", "economy", "academy",
                                 "university", "institute", "college", "centre", "center", "summit", "region",
                                 "oblast", "province", "agency", "committee", "council", "forum", "source",
                                 "sources", "update", "assessment", "summary", "analysis", "note", "liberal",
                                 "frequency", "operation"})
_CAPSEQ = re.compile(r"\b[A-ZА-ЯЁ][\w'’-]*(?:[ \t]+(?:of|the|for|and|de|la|и)?[ \t]*[A-ZА-ЯЁ][\w'’-]*)+")
_ACRONYM = re.compile(r"\b[A-ZА-ЯЁ]{2,6}\b")
_ACRONYM_WORD = re.compile(r"[A-ZА-ЯЁ]{2,6}")
_WORDS = re.compile(r"[\w]+", re.UNICODE)
_ORG_LIKE_PERSON = ("госком", "минобор", "минпром", "министерств", "комитет", "ведомств", "ministry",
                    "committee")


@functools.cache
def countries() -> dict[str, str]:
    """Country names in English and Russian (casefolded) → ISO code."""
    text = resources.files("claimgraph.data").joinpath("countries.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, _, names = line.partition("\t")
        for name in names.split("|"):
            out.setdefault(name.casefold(), code)
    return out


def is_country(*names: str | None) -> bool:
    table = countries()
    return any(n and (n.casefold() in table or n.casefold().removeprefix("the ") in table) for n in names)


@functools.cache
def _cue_parts(cues: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """Cues matched as prefixes (Cyrillic stems, Latin words of 4+ letters) and cues matched whole.

    Short Latin cues ("co", "as", "ab") are legal-form abbreviations: as prefixes they made
    "Coalition", "Asad" and "Community" companies.
    """
    prefixes = tuple(c for c in cues if len(c) >= 4 or not c.isascii())
    return prefixes, frozenset(cues)


def _has_cue(words: list[str], cues: tuple[str, ...]) -> bool:
    prefixes, whole = _cue_parts(cues)
    return any(w in whole or (len(w) > 3 and w.startswith(prefixes)) for w in words)


def refine_organization(text: str) -> str:
    """Company, PublicBody, Facility or Organization, from the cue words of an organisation's name."""
    words = [w.casefold() for w in _WORDS.findall(text)]
    if any(w in LEGAL_FORMS for w in words):
        return "Company"
    if kind := organization_kind(text):
        return kind
    if _has_cue(words, PUBLIC_BODY_CUES):
        return "PublicBody"
    if _CENTRE_ORG.search(text):
        return "Organization"  # research centres and institutes are organisations, not sites
    if words and (_has_cue(words[-1:], FACILITY_CUES) or _has_cue(words[:1], FACILITY_CUES)):
        return "Facility"
    if _has_cue(words, COMPANY_CUES):
        return "Company"
    return "Organization"


def refine_place(text: str, normalized: str | None) -> str:
    return "Country" if is_country(text, normalized) else "Location"


class NerComponent:
    """Entity mentions from the parser's cached documents, then rule refinements."""

    name = NAME
    version = VERSION
    requires = ("sentences",)
    assigns = ("mentions",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        found: list[Mention] = []
        if doc.meta.get("_spacy"):
            found = self._spacy(doc)
        elif doc.meta.get("_natasha"):
            found = self._natasha(doc)
        else:
            found = self._capitalised(doc)
        found = self._adjust(doc, found)
        rules = self._rules(doc, found)
        if doc.lang in BRIDGED_LANGUAGES:  # known names in Belarusian spelling ("Пуцін", "Магілёве") win
            found, known = with_known_names(doc, found, lambda *a: self._mention(*a, rule=True))
            rules = known + rules
        elif not doc.meta.get("_spacy") and not doc.meta.get("_natasha"):  # no model: what is known wins
            known = best_effort_names(doc.text, lambda s, e, label, name: self._mention(doc, s, e, label, name, rule=True))
            found = trimmed_sequences(doc.text, found, known,
                                      lambda m, s, label: self._mention(doc, s, m.end, label, doc.text[s:m.end]))
            rules = known + rules
        products = [m for m in rules if m.label == "Product"]
        if products:  # a model name inside a wider statistical span ("Iranian Shahed-136") wins
            product_spans = _Spans(products)
            found = [m for m in found if m.label == "Product" or not _overlaps_any(m, product_spans)]
            found += demonyms_before(doc.text, products, found, lambda s, e, w: self._mention(
                doc, s, e, "Nationality", w)) if doc.lang == "en" else []
        titled = [m for m in rules if m.label == "Person" or m.label in ("Location", "Country")
                  and m.text.isupper()]
        if titled:  # a name after a title, a dateline: wider statistical spans around them lose
            titled_spans = _Spans(titled)
            found = [m for m in found if all(
                o.start == m.start and o.end == m.end or m.label == o.label == "Person"
                and m.start <= o.start and o.end <= m.end for o in titled_spans.overlapping(m))]
            found = _consistent(found + titled, {m.id for m in titled})
        if doc.lang == "en":
            found = self._names_in_context(doc, found, titled)
            found = administrations(doc.text, found, lambda s, e: self._mention(
                doc, s, e, "PublicBody", doc.text[s:e], rule=True))
            found = split_owner(found, doc.text, lambda w: "Country" if is_country(w) else refine_organization(w),
                                lambda s, e, label: self._mention(doc, s, e, label, doc.text[s:e]))
            found = with_defined_acronyms(doc.text, found, lambda s, e, label: self._mention(
                doc, s, e, label, doc.text[s:e], rule=True), rules)
            found += lowercase_countries(doc.text, is_country, lambda s, e, w: self._mention(
                doc, s, e, "Country", w.capitalize(), rule=True), found + rules)
            found += [m for m in lowercase_ministries(doc.text, lambda s, e, w: self._mention(
                doc, s, e, "PublicBody", w, rule=True)) if not _overlaps_any(m, found + rules)]
        firms = [m for m in rules if m.label == "Company"]
        if firms:  # 'фирме «Аэромотор»' … 'Аэромотору отказали'
            found = named_firms(doc.text, firms, found, rules,
                                lambda s, e, label, name: self._mention(doc, s, e, label, name, rule=True))
        if "(" in doc.text:
            alternative_names(doc.text, rules + found, _ALTERNATIVE_NAMES)
        named = rules + found
        if doc.lang == "en":  # "Hong Kong-based Asia Pacific Links Ltd": a place and a firm
            named = split_based(named, doc.text, lambda w: "Country" if is_country(w) else "Location",
                                lambda s, e, label: self._mention(doc, s, e, label, doc.text[s:e]))
        mentions = resolve_overlaps([m for m in doc.mentions if m.label in ("Date", "Quantity", "Money")]
                                    + without_common_terms(named))
        mentions = joined_bodies(doc.text, doc.lang, mentions, DEMONYMS, genitive_at(doc),
                                 lambda s, e, label, name: self._mention(doc, s, e, label, name, rule=True))
        doc.mentions = tidy_names(with_particle_names(mentions, doc.text) if doc.lang == "en" else mentions, doc.text)
        set_sentences(doc, doc.mentions)
        return doc

    # -- statistical spans -------------------------------------------------------------------------

    def _spacy(self, doc: AnalyzedDoc) -> list[Mention]:
        out = []
        for offset, sdoc in doc.meta["_spacy"]:  # type: ignore[union-attr]
            for ent in sdoc.ents:
                label = SPACY_LABELS.get(ent.label_)
                if label is None:
                    continue
                start, end = offset + ent.start_char, offset + ent.end_char
                text = doc.text[start:end]
                if text[:4].lower() == "the ":
                    start, text = start + 4, text[4:]
                if text.endswith(("'s", "’s")):
                    end, text = end - 2, text[:-2]
                if not text.strip():
                    continue
                out.append(self._mention(doc, start, end, self._refine(label, text, text), text))
        return out

    def _natasha(self, doc: AnalyzedDoc) -> list[Mention]:
        models = load_natasha()
        out = []
        for offset, ndoc in doc.meta["_natasha"]:  # type: ignore[union-attr]
            ndoc.tag_ner(models.ner_tagger)
            for span in ndoc.spans:
                label = NATASHA_LABELS.get(span.type)
                if label is None:
                    continue
                try:
                    span.normalize(models.morph_vocab)
                    normal = span.normal or span.text
                except Exception:  # noqa: BLE001 - normalisation is a nicety, the span stands
                    normal = span.text
                start, end = offset + span.start, offset + span.stop
                if doc.lang in BRIDGED_LANGUAGES:  # Natasha read a bridged text: typed on it, own words kept
                    for s, e, kind in native_spans(doc.text, start, end, self._refine(label, span.text, span.text)):
                        out.append(self._mention(doc, s, e, kind, native_normal(doc.text[s:e], doc.lang, kind)))
                    continue
                if normal == span.text and label == "Person":
                    normal = lemmas_if_inflected(doc, start, end) or normal
                elif normal != span.text and "-" in span.text:
                    normal = hyphenated_agreeing(doc, start, end, normal)
                out.append(self._mention(doc, start, end, self._refine(label, span.text, normal), normal))
        return out

    def _capitalised(self, doc: AnalyzedDoc) -> list[Mention]:
        """Best effort for unparsed languages: capitalised sequences, countries and acronyms."""
        out = []
        starts = {s.tokens[0].start for s in doc.sentences if s.tokens}
        for m in _CAPSEQ.finditer(doc.text):
            text = m.group().rstrip()
            label = "Country" if is_country(text) else refine_organization(text)
            out.append(self._mention(doc, m.start(), m.start() + len(text), label, text))
        for m in _WORDS.finditer(doc.text):
            if m.start() not in starts and m.group()[:1].isupper() and is_country(m.group()):
                out.append(self._mention(doc, m.start(), m.end(), "Country", m.group()))
        for m in _ACRONYM.finditer(doc.text):
            out.append(self._mention(doc, m.start(), m.end(), "Organization", m.group()))
        return out

    @staticmethod
    def _refine(label: str, text: str, normalized: str) -> str:
        words = [w.casefold() for w in _WORDS.findall(normalized)]
        if label in ("Person", "Location") and len(words) > 1 and words[-1] in COMPANY_CUES \
                and words[-1] not in ("co", "as", "ab", "group", "power", "systems"):
            return "Company"  # "Svetoch Optics", "Zapad Transit" read as names of people or places
        if label == "Person" and len(words) > 1 and _ACRONYM_WORD.fullmatch(normalized.split()[0]):
            return "Organization"  # "BAS Samara", "NPO Almaz": a name opening with an acronym is no person
        if label == "Person" and " " not in normalized.strip() and (
                normalized.casefold().startswith(_ORG_LIKE_PERSON) or (normalized.isupper() and len(normalized) > 1)):
            label = "Organization"  # "Госкомвоенпром", "ФСБ" mistaken for surnames
        if label == "Organization":
            return refine_organization(normalized)
        if label == "Location":
            if is_country(text, normalized):
                return "Country"
            words = [w.casefold() for w in _WORDS.findall(normalized)]
            if words and _has_cue(words[-1:], FACILITY_CUES) and len(words) > 1:
                return "Facility"
            return "Location"
        return label

    def _adjust(self, doc: AnalyzedDoc, found: list[Mention]) -> list[Mention]:
        """Generic span fixes: demonyms split off, "Samara region" kept whole, junk single words dropped."""
        text = doc.text
        out: list[Mention] = []
        cued: set[str] = set()
        for m in found:
            m = _trimmed(doc, m, out) or m
            cut = name_end_before_verb(text, m.start, m.end) if doc.lang == "en" else m.end
            if cut < m.end:  # "Kremlin Denies …" in a title-case headline: the verb is no part of the name
                m = self._mention(doc, m.start, cut, m.label, text[m.start:cut])
            if m.end <= m.start:
                continue
            tail = _PARTICLE_TAIL.match(text, m.end) if doc.lang == "en" and (
                m.label in _FLUID or m.label == "Nationality" and m.text.casefold() not in DEMONYMS) else None
            if tail:  # "Salah" + " ad Din": a name the model cut at a lower-case particle
                label = m.label
                if label == "Nationality":
                    label = "Location" if _REGION_AFTER.match(text[tail.end():tail.end() + 20]) else "Person"
                m = self._mention(doc, m.start, tail.end(), label, text[m.start:tail.end()])
            words = m.text.split()
            if len(words) == 1 and words[0].casefold() in _CAPITALISED_COMMON:
                continue
            if doc.lang == "en" and m.text.islower():
                continue  # "officer", "diseases": English names carry a capital letter
            if m.label in ("Organization", "Company") and _description_only(words):
                continue  # "Казахстанская компания", "a Belarusian firm": a description, not a name
            if m.label == "Nationality" and "-" in m.text:  # "Russian-Belarusian": two nationalities
                pos = m.start
                for part in m.text.split("-"):
                    if part:
                        out.append(self._mention(doc, pos, pos + len(part), "Nationality", part))
                    pos += len(part) + 1
                continue
            first = words[0].casefold() if words else ""
            if len(words) > 1 and first in DEMONYMS and m.label == "PublicBody":
                cut = m.start + len(words[0])
                rest = cut + len(text[cut:m.end]) - len(text[cut:m.end].lstrip())
                rest_text = text[rest:m.end]
                if refine_organization(rest_text) == "PublicBody":  # not "European Union"
                    out.append(self._mention(doc, m.start, cut, "Nationality", words[0]))
                    out.append(self._mention(doc, rest, m.end, "PublicBody", rest_text))
                    continue
            if (m.label == "Country" and out and out[-1].label == "PublicBody" and doc.lang == "ru"
                    and text[out[-1].end:m.start] == " " and m.text != m.normalized):
                body = out.pop()  # "Министерства обороны" + "Сербии": one body, "of Serbia" included
                out.append(self._mention(doc, body.start, m.end, "PublicBody",
                                         f"{body.normalized} {m.text}"))
                continue
            if m.label in ("Person", "Organization") and any(w.casefold() in DEMONYMS for w in
                                                              re.split(r"[\s-]+", m.text)):
                continue  # "Joint Russian-Belarusian" read as a name: the demonym rule covers it
            if m.label in ("Location", "Country", "Person", "Organization"):
                after = _REGION_AFTER.match(text[m.end:m.end + 20])
                if after:
                    end = m.end + after.end()
                    out.append(self._mention(doc, m.start, end, "Location", text[m.start:end]))
                    continue
                if len(words) > 1 and words[-1].casefold() in _REGION_WORDS:
                    m = relabelled(m, "Location")  # "Samara Oblast" read as a person's name
            last = words[-1].casefold() if words else ""
            if m.label == "Organization" and (m.text in _TECH_ABBREVIATIONS or first == "operation"):
                continue  # "UHF", "GPS", "Operation Steel Curtain": not organisations
            landmark = _LANDMARK_AFTER.match(text, m.end, min(len(text), m.end + 20))
            if m.label in ("Person", "Organization", "Location") and landmark and m.text.casefold() not in DEMONYMS:
                m = self._mention(doc, m.start, landmark.end(), "Location", text[m.start:landmark.end()])
                cued.add(m.id)  # "the Tigris river", "Sinjar mountains"
            regime = _REGIME_AFTER.match(text, m.end, min(len(text), m.end + 12))
            if m.label in ("Person", "Organization") and regime and m.text.casefold() not in DEMONYMS:
                m = self._mention(doc, m.start, regime.end(), "Organization", text[m.start:regime.end()])
                cued.add(m.id)  # "the Assad regime", "Haftar forces": the ruler's apparatus acts
            if m.label in ("Location", "Organization", "Person") and m.text.casefold() in DEMONYMS:
                m = relabelled(m, "Nationality")  # "the Kuwaiti island": an adjective, not the place
            elif (m.label == "Nationality" and len(words) == 1 and last not in DEMONYMS
                    and not last.endswith(_DEMONYM_ENDINGS)
                    and text[max(0, m.start - 12):m.start].split()[-1:] in _PLACE_BEFORE):
                m = relabelled(m, "Location")  # "in Aleppo", "eastern Aleppo": a place, not a people
                cued.add(m.id)
            if m.label in ("Person", "Organization") and len(words) > 1 and (
                    last in _LANDMARK_WORDS or first in ("lake", "lakes", "mount", "cape", "jabal", "jebel")):
                m = relabelled(m, "Location")
                cued.add(m.id)
            elif m.label in ("Person", "Location") and len(words) > 1 and (
                    last in _GROUP_LAST or first in _GROUP_FIRST):
                m = relabelled(m, "Organization")  # "Saray al-Jihad Group" read as a person
                cued.add(m.id)
            if m.label in ("Person", "Organization") and _PLACE_OF.search(text, max(0, m.start - 30), m.start):
                m = relabelled(m, "Location")
                cued.add(m.id)
            elif m.label == "Person" and _OUTLET_BEFORE.search(text, max(0, m.start - 30), m.start):
                m = relabelled(m, "Organization")
                cued.add(m.id)
            if m.label in ("Person", "Organization") and len(words) == 1 and not is_country(m.text):
                before = text[max(0, m.start - 8):m.start].split()
                if (before and m.normalized == m.text and (before[-1].casefold() in PLACE_PREPOSITIONS
                        or before[-1].casefold() == "at" and _IN_PLACE_AFTER.match(text, m.end))):
                    was_person = m.label == "Person"
                    m = relabelled(m, "Location")  # "talks in Yerevan", "at Amiens in France": a place
                    if doc.lang == "en" and was_person:  # "stake in Gazprom", "работает в Google": firms
                        cued.add(m.id)
            if m.label in ("Person", "Organization") and _PLACE_APPOSITION.match(text, m.end):
                m = relabelled(m, "Location")  # "Amarah, a city in southern Iraq"
                cued.add(m.id)
            if m.label == "Nationality" and len(words) > 1 and first in _NAME_PARTICLES:
                m = relabelled(m, "Person")  # "Abu Ghadiya" read as a people
            if (out and m.label == "Person" and out[-1].label in ("Person", "Organization")
                    and text[out[-1].end:m.start] == " " and doc.lang == "en" and out[-1].text.istitle()
                    and refine_organization(out[-1].text) == "Organization"):
                first_part = out.pop()  # "Badran Turki" + "Hishan al-Mazidi": one long name cut in two
                m = self._mention(doc, first_part.start, m.end, "Person", text[first_part.start:m.end])
            if (out and m.label in _FLUID and out[-1].label == "Person" and out[-1].end + 1 == m.start
                    and text[out[-1].end] == "\n" and len(words) == 1
                    and _soft_wrap(text, out[-1].start, m.end, out[-1].end, "Person")):
                first = out.pop()  # "governor Vyacheslav" + line break + "Fedorishchev": one name
                m = self._mention(doc, first.start, m.end, "Person", f"{first.normalized} {m.normalized}")
            out.append(m)
        cued |= appositive_types(doc, out)  # "Bespilotny Dozor, a Telegram channel"
        out = _consistent(out, cued)
        if doc.lang == "en":
            coordinated(text, out, cued, is_country)
        return _consistent(out, cued)

    def _names_in_context(self, doc: AnalyzedDoc, found: list[Mention], titled: list[Mention]) -> list[Mention]:
        """Titled full names win inside wider spans; their bare surnames are mentions of them."""
        def make(start: int, end: int, label: str, normalized: str) -> Mention:
            return self._mention(doc, start, end, label, normalized, rule=True)

        found = known_people(doc.text, found, titled, make)
        names = surnames((m for m in found if m.extractor == NAME + ":rules" or not _overlaps_any(m, titled)),
                         doc.text, lambda w: w.casefold() in DEMONYMS or is_country(w)
                         or w.casefold() in _CAPITALISED_COMMON)
        return bare_surnames(doc.text, found, names, make)

    # -- rules on top ------------------------------------------------------------------------------

    def _rules(self, doc: AnalyzedDoc, found: list[Mention]) -> list[Mention]:
        text = doc.text
        out: list[Mention] = []
        for m in _PRODUCT.finditer(text):
            stem = m.group().split("-", 1)[0].casefold()
            suffix = m.group(1)
            number = int(suffix) if suffix.isdigit() else 0
            if stem in _PRODUCT_STOP or 1900 <= number <= 2100:
                continue
            out.append(self._mention(doc, m.start(), m.end(), "Product", m.group(), rule=True))
        for m in _PRODUCT_QUOTED.finditer(text):
            out.append(self._mention(doc, m.start(1), m.end(1), "Product", m.group(1), rule=True))
        for m in _PRODUCT_CLASS.finditer(text):
            out.append(self._mention(doc, m.start(), m.end(), "Product", m.group(), rule=True))
        for start, end, name in named_products(text, lambda w: w.casefold() in DEMONYMS or is_country(w)) \
                if doc.lang == "en" else ():
            out.append(self._mention(doc, start, end, "Product", name, rule=True))
        for m in _COMPANY_EN.finditer(text):
            if m.group().split()[0].casefold() not in ("the", "a", "an", "and", "of", "by", "for", "with"):
                out.append(self._mention(doc, m.start(), m.end(), "Company", m.group(), rule=True))
        for m in _QUOTED_NAME_EN.finditer(text) if doc.lang == "en" else ():
            kind = m.group("kind").casefold()
            label = ("Facility" if kind in _QUOTED_FACILITY_KINDS
                     else "Organization" if kind in ("institute", "association") else "Company")
            out.append(self._mention(doc, m.start("name"), m.end("name"), label, m.group("name"), rule=True))
        for pattern in (_COMPANY_RU, _COMPANY_RU_QUOTED):  # the name inside the quotes is the firm
            for m in pattern.finditer(text):
                out.append(self._mention(doc, m.start(1), m.end(1), "Company", m.group(1), rule=True))
        if doc.lang == "ru":
            for start, end, name in bodies.find(doc):
                out.append(self._mention(doc, start, end, "PublicBody", name, rule=True))
        for m in _FACILITY_RU.finditer(text):
            if m.group().split()[0].casefold() in _RU_DETERMINERS:
                continue  # "Такой завод", "Этот центр": a reference back, not a name
            out.append(self._mention(doc, m.start(), m.end(), "Facility", m.group(), rule=True))
        for m in _FACILITY_RU_NAMED.finditer(text):
            out.append(self._mention(doc, m.start(1), m.end(1), "Facility", m.group(1), rule=True))
        for m in _FACILITY_EN.finditer(text):
            span = m.group()
            if span.split()[0].casefold() in ("the", "a", "an", "this", "that", "in", "at", "of", "its", "their",
                                              "his", "her", "our", "each", "every", "such", "another"):
                continue
            if all(w.casefold() in DEMONYMS for w in span.split()[:-1]):
                continue  # "Belarusian plant": a description, not a name
            out.append(self._mention(doc, m.start(), m.end(), "Facility", span, rule=True))
        for sent in doc.sentences:  # nationality words the statistical models leave out
            for n, token in enumerate(sent.tokens):
                word = token.text
                if doc.lang == "ru" and token.pos == "ADJ" and token.lemma in RU_DEMONYMS:
                    out.append(self._mention(doc, token.start, token.end, "Nationality", token.lemma, rule=True))
                elif doc.lang == "ru" and names_a_people(token):  # "россияне", "американцами"
                    out.append(self._mention(doc, token.start, token.end, "Nationality", word, rule=True))
                elif doc.lang in BRIDGED_LANGUAGES and is_nationality(word):  # "іранські", "расійскага"
                    out.append(self._mention(doc, token.start, token.end, "Nationality", word, rule=True))
                elif (doc.lang == "en" and word[:1].isupper() and word.casefold() in DEMONYMS and n + 1 < len(sent.tokens)
                      and sent.tokens[n + 1].pos in ("NOUN", "ADJ") and word.casefold() != "western"):
                    out.append(self._mention(doc, token.start, token.end, "Nationality", word, rule=True))
        if doc.lang == "en":
            for m in _LANDMARK_NAME.finditer(text):
                start, name = m.start(), m.group()
                while name.split(" ", 1)[0].casefold() in _LEADING_FUNCTION_WORDS and " " in name:
                    first = name.split(" ", 1)[0]
                    rest = name[len(first):].lstrip()
                    start, name = start + len(name) - len(rest), rest
                if len(name.split()) > 1 and not is_country(name):
                    out.append(self._mention(doc, start, start + len(name), "Location", name, rule=True))
            for m in _PLACE_DEFINITION.finditer(text):
                name = m.group(1)
                if not is_country(name) and name.split()[0].casefold() not in _NOT_NAMES:
                    out.append(self._mention(doc, m.start(1), m.end(1), "Location", name, rule=True))
        for m in _DATELINE.finditer(text):  # "MINSK, 3 March": the place the report was filed from
            name = m.group(1)
            if name.casefold() in countries() or len(name) > 3 and not is_acronym_org(name, found):
                out.append(self._mention(doc, m.start(1), m.end(1), "Country" if is_country(name) else "Location",
                                         name.title(), rule=True))
        if doc.lang == "en":
            titled = itertools.chain(_TITLE_PERSON.finditer(text), _TITLE_PORTFOLIO.finditer(text),
                                     _TITLE_APPOSITION.finditer(text))
            for m in titled:
                name = m.group(1)
                words = [w.casefold() for w in _WORDS.findall(name)]
                if (is_country(name) or any(w in _CAPITALISED_COMMON or w in DEMONYMS for w in words)
                        or refine_organization(name) != "Organization" or words[0] in _NOT_NAMES):
                    continue  # "General Staff", "President Putin's" stays; "Minister Defence" does not
                out.append(self._mention(doc, m.start(1), m.end(1), "Person", name, rule=True))
        out.extend(self._acronyms(doc, found))
        for c in coordinates.find(text):  # a coordinate pair is a place, and its numbers no quantities
            out.append(self._mention(doc, c.start, c.end, "Location", c.label, rule=True))
        for mention in found:  # "Alabuga" + " plant" → the Facility "Alabuga plant"
            if mention.label not in ("Person", "Product", "Nationality"):
                after = _FACILITY_AFTER.match(text[mention.end:mention.end + 40])
                if after:
                    end = mention.end + after.end()
                    out.append(self._mention(doc, mention.start, end, "Facility", text[mention.start:end],
                                             rule=True))
        return out

    def _acronyms(self, doc: AnalyzedDoc, found: list[Mention]) -> list[Mention]:
        """"Al-Qaeda in Iraq (AQI)": every later "AQI" is the organisation its expansion names."""
        if "(" not in doc.text:
            return []
        from claimgraph.nlp.linking import paren_acronyms

        text = doc.text
        orgs = sorted((m for m in found if m.label in ("Organization", "Company", "PublicBody", "Facility")),
                      key=lambda m: m.start)
        starts = [m.start for m in orgs]
        owners: dict[str, str] = {}
        for acronym, (start, end) in paren_acronyms(text, spans=True).items():
            k = bisect.bisect_right(starts, start) - 1  # the organisation holding the expansion's start
            if k >= 0 and orgs[k].end > start:
                owners[acronym] = orgs[k].label
            elif k + 1 < len(orgs) and orgs[k + 1].start < end:
                owners[acronym] = orgs[k + 1].label
        if not owners:
            return []
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(owners, key=len, reverse=True)))
                             + r")(?![\w-])")
        return [self._mention(doc, hit.start(), hit.end(), owners[hit.group()], hit.group(), rule=True)
                for hit in pattern.finditer(text)]

    @staticmethod
    def _mention(doc: AnalyzedDoc, start: int, end: int, label: str, normalized: str | None,
                 rule: bool = False) -> Mention:
        if rule and doc.lang == "ru" and label == "Facility":  # quoted names stay as written
            normalized = lemmatized_head(doc, start, end, every_word=label == "Facility") or normalized
        return Mention(
            id=Mention.make_id(doc.document_id, start, end, label), document_id=doc.document_id,
            start=start, end=end, text=doc.text[start:end], label=label,
            normalized=" ".join((normalized or doc.text[start:end]).split()),
            extractor=NAME + (":rules" if rule else ""), version=VERSION,
        )


def resolve_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep non-overlapping mentions: the longer span wins, then the one earlier in the list.

    Callers put the mentions whose type should win on equal spans (rules, gazetteer) first.
    Linear in the total length of the spans: occupied characters are marked in a byte array.
    """
    items = [m for m in mentions if m.end > m.start]
    if not items:
        return []
    ranked = sorted(enumerate(items), key=lambda im: (-(im[1].end - im[1].start), im[0]))
    base = min(m.start for m in items)
    occupied = bytearray(max(m.end for m in items) - base)
    kept: list[Mention] = []
    for _, m in ranked:
        a, b = m.start - base, m.end - base
        if occupied.find(1, a, b) != -1:
            continue
        occupied[a:b] = b"\x01" * (b - a)
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


_OPEN, _CLOSE = "«\"“(", "»\"”)"
_LEGAL_PREFIX = re.compile(r"(?:ООО|ОАО|ЗАО|АО|ПАО|НАО|ФГУП|ГУП|ОДО|JSC|OJSC|PJSC|CJSC|LLC)\s+[«\"“]")
_ABBREVIATION_END = re.compile(r"(?:\b[A-ZА-ЯЁ][a-zа-яё]{0,3}|\b[A-Za-z])\.$")  # "Co.", "Inc.", "U.S."
_NOTE_MARK = re.compile(r"[\s,.;:]*\[\d{0,3}\]?$")
_PAREN_TAIL = re.compile(r"\s*\(([^()\n]{1,60})\)?\s*$")


def _trimmed(doc: AnalyzedDoc, m: Mention, extra: list[Mention]) -> Mention | None:
    """A statistical span cut to the name: no line breaks, legal forms, stray quotes or "(ACRONYM)".

    A parenthesised tail becomes a mention of its own ("Общество научных работников (ОНР)").
    """
    start, end = m.start, m.end
    text = doc.text
    cut = text.find("\n", start, end)
    if cut != -1 and not _soft_wrap(text, start, end, cut, m.label):
        end = cut
    tail = _PAREN_TAIL.search(text, start, end)
    if tail and tail.start() > start:
        inner_start, inner_end = tail.start(1), tail.end(1)
        inner = text[inner_start:inner_end]
        if inner.strip():
            label = m.label if not inner[:1].islower() else None
            if label:
                extra.append(NerComponent._mention(doc, inner_start, inner_end, label, inner))
        end = tail.start()
    legal = _LEGAL_PREFIX.match(text, start, end)
    if legal and text[end - 1:end] in _CLOSE:
        start, end = legal.end(), end - 1
    elif legal and text[end:end + 1] in _CLOSE:  # 'ООО "УК Инвестстрой' stopped before its quote
        start = legal.end()
    opening = max(text.rfind(q, start, end) for q in "«“")
    if opening >= start and not any(c in _CLOSE for c in text[opening:end]) and text[end:end + 1] in "»”":
        start = opening + 1  # 'клуба «Валдай' cut before its closing quote: the name is inside
    while end > start and text[end - 1] in _CLOSE and not any(c in _OPEN for c in text[start:end - 1]):
        end -= 1
    while end > start and text[start] in _OPEN and not any(c in _CLOSE for c in text[start + 1:end]):
        start += 1
    note = _NOTE_MARK.search(text, start, end)
    if note and note.start() > start:  # "Bashar al-Assad,[1": a footnote mark of a web page
        end = note.start()
    while end > start and text[end - 1] in "(«“[ \t":  # "Special Technology Centre (": an opening left over
        end -= 1
    while end > start and text[end - 1] in " \t,;:" or (
            end > start and text[end - 1] == "." and not _ABBREVIATION_END.search(text, start, end)):
        end -= 1
    if (start, end) == (m.start, m.end):
        return None
    normalized = m.normalized if (start, end) == (m.start, m.end) else text[start:end]
    if m.normalized and m.normalized.startswith(text[start:end][:3]) and len(m.normalized) <= end - start + 3:
        normalized = m.normalized
    return NerComponent._mention(doc, start, end, m.label, normalized)


_NOT_NAMES = frozenset({"staff", "assembly", "directorate", "secretary", "office", "of", "the", "and", "for",
                        "council", "general", "minister", "said", "told", "says", "met", "has", "was", "is",
                        "will", "also", "on", "in", "at", "to", "a", "an", "however", "but"})


_GENERIC_FIRM_WORDS = ("компани", "фирм", "предприят", "корпорац", "концерн", "холдинг", "производител",
                       "company", "firm", "corporation", "enterprise", "maker", "manufacturer", "holding")


@functools.cache
def _ru_demonym_stems() -> tuple[str, ...]:
    return tuple(d[:-2] for d in RU_DEMONYMS)


def _description_only(words: list[str]) -> bool:
    """Whether a span is only a nationality and a generic word for a firm ("Казахстанская компания")."""
    folded = [w.casefold().strip("«»\"“”") for w in words]
    folded = [w for w in folded if w]
    return bool(folded) and any(w.startswith(_GENERIC_FIRM_WORDS) for w in folded) and all(
        w.startswith(_GENERIC_FIRM_WORDS) or w in DEMONYMS or w.startswith(_ru_demonym_stems()) for w in folded)


def is_acronym_org(name: str, found: list[Mention]) -> bool:
    """Whether an all-caps word is named as an organisation elsewhere in the document."""
    key = name.casefold()
    return any(m.text.casefold() == key and m.label in ("Organization", "Company", "PublicBody") and
               not m.text.isupper() for m in found)


_NAME_PARTICLES = frozenset({"abu", "umm", "ibn", "bin", "bint", "al", "el"})
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "i", "is", "ic", "ch", "ss", "ite", "ites", "ni", "ists")
_PLACE_BEFORE = [[w] for w in ("in", "near", "outside", "around", "eastern", "western", "northern", "southern",
                               "central", "of", "from", "to", "across")]


def _consistent(mentions: list[Mention], cued_ids: set[str]) -> list[Mention]:
    """One name, one type within a document (see :mod:`claimgraph.nlp.consistency`).

    Cue-typed mentions are the rule spans (titles, datelines) and statistical spans the rules
    above relabelled ("Samara Oblast", "the city of Husaybah"). A region name makes its first
    word a place too ("Samara Oblast" a place → "Samara" a place).
    """
    extra = set(cued_ids)
    regions = {words[0] for words in (m.text.split() for m in mentions if m.label == "Location")
               if len(words) == 2 and words[-1].casefold() in _REGION_WORDS}
    for m in mentions:
        if m.text in regions and m.label in _FLUID:
            relabelled(m, "Location")
            extra.add(m.id)
    return consistent(mentions, extra, keep=DEMONYMS)


def _soft_wrap(text: str, start: int, end: int, cut: int, label: str) -> bool:
    """A person's name broken by a wrapped line ("governor Vyacheslav\nFedorishchev"), not a heading.

    The break is one line feed inside a long line of running text, and the name goes on in capitals.
    """
    if label != "Person" or text.find("\n", cut + 1, end) != -1:
        return False
    line_start = text.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200)
    return (cut - line_start >= 50 and text[cut + 1:cut + 2].isupper()
            and text[line_start:start].strip()[-1:] not in ".:!?")


class _Spans:
    """Mentions sorted by start, for overlap look-ups in logarithmic time (rule spans are short)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]
        self.longest = max((m.end - m.start for m in self.items), default=0)

    def overlapping(self, m: Mention) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, m.start - self.longest)
        hi = bisect.bisect_left(self.starts, m.end)
        return [o for o in self.items[lo:hi] if o.start < m.end and m.start < o.end]


def _overlaps_any(m: Mention, others: list[Mention] | _Spans) -> bool:
    spans = others if isinstance(others, _Spans) else _Spans(others)
    return bool(spans.overlapping(m))


def set_sentences(doc: AnalyzedDoc, mentions: Iterable[Mention]) -> None:
    """Fill ``sent_start``/``sent_end`` from the sentence that holds each mention's start."""
    for m in mentions:
        if m.sent_start is None:
            sent = doc.sentence_at(m.start)
            if sent is not None:
                m.sent_start, m.sent_end = sent.start, sent.end
