"""Cue words and the entity types they give a name: companies, public bodies, facilities, countries.

The statistical labels are coarse (ORG, GPE, LOC), so a name's own words refine them: cue words
split organisations into companies, public bodies and facilities in both languages, and a country
list separates countries from other places. Demonyms (English words, Russian lemmas) are the
nationality words the other rules keep apart from names.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

from claimgraph.nlp.countries import nationality_code, territory_code
from claimgraph.nlp.organization_kinds import organization_kind

# Cue words, matched as word prefixes (lowercase) so Russian inflections match too.
PUBLIC_BODY_CUES = (
    "ministry", "ministries", "committee", "agency", "office", "administration", "department",
    "government", "cabinet", "parliament", "council", "commission", "directorate", "inspectorate", "duma",
    "service", "bureau", "authority", "secretariat", "senate", "congress", "kremlin", "pentagon",
    "министерств", "министр", "минобороны", "минпромторг", "мид", "комитет", "госкомитет",
    "госкомвоенпром", "ведомств", "агентств", "служб", "администрац", "правительств", "дума",
    "госдум", "совет", "департамент", "управлени", "аппарат", "фсб", "фсвтс", "рособоронэкспорт",
    "госдепартамент", "генштаб", "минфин", "облисполком", "исполком", "избирком", "центризбирком",
    "посольств", "консульств", "генконсульств", "минторг", "минэконом", "минюст", "минздрав", "минтранс",
    "минэнерго", "минцифр", "минсельхоз", "минприрод", "минстрой", "минпрос", "минобрнаук", "минкульт",
    "минтруд", "минвосток", "мчс",
    "міністерств", "мінфін", "міноборон", "мзс", "комітет", "відомств", "держдепартамент", "облвиконком",
    "виконком", "уряд", "мінторг", "мінеконом", "мінюст", "мін'юст", "мінздрав", "мінінфраструкт", "мінцифр",
    "мінагро", "мінстратег", "мінреінтегр", "мінвет", "мінсоц", "мінкульт", "мінрегіон", "мінпром", "мінекспорт",
    "мінобор", "мінзакордон",
    # a state's armed forces, its branches and its police
    "force", "army", "navy", "police", "fbi", "вооруж", "збройн", "арми", "армі", "флот",
    "войск", "військ", "рвсн", "полици", "поліці", "фбр", "прокурат",
)
COMPANY_CUES = (
    "jsc", "ojsc", "cjsc", "pjsc", "llc", "ltd", "inc", "gmbh", "corp", "corporation", "company",
    "co", "plc", "holding", "holdings", "concern", "industries", "enterprise", "enterprises",
    "firm", "bank", "airlines", "manufacturer", "group", "technologies", "technology", "aerospace",
    "electronics", "robotics", "trading", "aviation", "avionics", "optics", "motors", "dynamics",
    "instruments", "engineering", "logistics", "solutions", "semiconductor", "components",
    "machinery", "microchip", "microelectronics", "transit", "tech", "avia", "aero", "power",
    "industry", "engine", "engines", "microsystems", "shipping", "shipbuilding",
    "аэроспейс", "электроник", "технолоджи", "текнолоджи", "трейдинг", "роботикс", "моторс", "пауэр",
    "авиэйшн", "индастри", "интернешнл", "инжиниринг", "дайнемикс", "солюшн", "логистикс", "энерджи",
    "systems", "pt", "hk", "gmbh", "sarl", "srl", "bv", "ab", "oy", "as", "spa",
    "ооо", "оао", "зао", "ао", "пао", "нао", "фгуп", "гуп", "одо", "компани", "корпорац",
    "госкорпорац", "концерн", "холдинг", "предприят", "банк", "фирм", "объединени",
)
#: Words that make a name an association of members, whatever trade its members are in, or a corps.
ASSOCIATION_WORDS = frozenset({"corps", "union", "association", "alliance", "federation", "chamber", "league", "society",
                               "foundation", "coalition", "consortium", "союз",
                               "ассоциация", "ассоциации", "палата", "палаты", "лига", "фонд", "фонда"})
LEGAL_FORMS = frozenset({"jsc", "ojsc", "cjsc", "pjsc", "llc", "ltd", "inc", "gmbh", "plc", "ооо",
                         "оао", "зао", "ао", "пао", "нао", "фгуп", "гуп", "одо"})
FACILITY_CUES = (
    "plant", "factory", "works", "shipyard", "centre", "center", "site", "range", "airfield",
    "airbase", "base", "zone", "depot", "arsenal", "завод", "центр", "нпц", "полигон", "комбинат",
    "аэродром", "база", "зон", "верф", "арсенал",
)
#: Demonyms (English) that start names of public bodies ("Belarusian Ministry of Defence"): split off while
#: the body is typed, joined again at the end (:mod:`claimgraph.nlp.public_bodies`).
DEMONYMS = frozenset(["american", "armenian", "azerbaijani", "belarusian", "british", "bulgarian", "canadian", "chinese", "czech", "danish", "dutch", "egyptian", "emirati", "estonian", "european", "finnish", "french", "georgian", "german", "greek", "hungarian", "indian", "indonesian", "iranian", "iraqi", "israeli", "italian", "japanese", "jordanian", "kazakh", "kazakhstani", "korean", "kyrgyz", "latvian", "lebanese", "lithuanian", "malaysian", "moldovan", "mongolian", "north-korean", "norwegian", "pakistani", "polish", "romanian", "russian", "saudi", "serbian", "slovak", "slovenian", "soviet", "spanish", "swedish", "swiss", "syrian", "taiwanese", "tajik", "thai", "turkish", "turkmen", "ukrainian", "uzbek", "vietnamese", "western", "yemeni", "african", "asian", "kuwaiti", "qatari", "bahraini", "omani", "libyan", "sudanese", "somali", "afghan", "kurdish", "arab", "belgian", "austrian", "portuguese", "irish", "australian", "brazilian", "mexican", "argentine", "nigerian", "ethiopian", "tunisian", "algerian", "moroccan", "palestinian", "azeri", "chechen", "dagestani", "tatar", "crimean", "belarussian", "byelorussian", "croatian", "bosnian", "albanian", "macedonian", "cypriot", "icelandic", "venezuelan", "cuban", "colombian", "chilean", "peruvian", "filipino", "singaporean", "burmese", "cambodian", "laotian", "nepalese", "bangladeshi", "yazidi", "yezidi", "sunni", "shia", "shiite", "shi'ite", "alawite", "druze", "kenyan", "malian", "eritrean", "chadian", "nigerien", "congolese", "south african"])
#: Russian adjectives of nationality (lemmas): "белорусских", "китайскую" are Nationality mentions.
RU_DEMONYMS = frozenset(["российский", "белорусский", "китайский", "американский", "иранский", "турецкий", "украинский", "британский", "английский", "казахстанский", "сербский", "немецкий", "германский", "французский", "японский", "индийский", "корейский", "северокорейский", "южнокорейский", "армянский", "грузинский", "азербайджанский", "узбекский", "киргизский", "кыргызский", "таджикский", "туркменский", "польский", "литовский", "латвийский", "эстонский", "финский", "шведский", "норвежский", "датский", "израильский", "сирийский", "иракский", "египетский", "советский", "тайваньский", "вьетнамский", "индонезийский", "малайзийский", "пакистанский", "монгольский", "молдавский", "венгерский", "чешский", "словацкий", "болгарский", "румынский", "итальянский", "испанский", "канадский", "бразильский", "мексиканский", "швейцарский", "австрийский", "нидерландский", "голландский", "бельгийский", "греческий", "саудовский", "эмиратский", "иорданский", "ливанский", "афганский", "европейский", "африканский", "палестинский"])
#: Kinds of settlement and area (a pattern): "Amarah, a city in ..." names a place.
SETTLEMENT = (r"(?:city|town|village|hamlet|settlement|suburb|district|province|region|governorate|port|"
              r"capital|municipality|neighbou?rhood|island|oasis|valley)")
_CENTRE_ORG = re.compile(r"\b(?:cent(?:re|er)|institute)\s+(?:for|of)\s+.*\b(?:studies|research|analysis|policy|monitoring)\b", re.IGNORECASE)
#: Common words written with a capital in titles and headings: no names on their own.
CAPITALISED_COMMON = frozenset({"defence", "defense", "industry", "government", "ministry", "president",
                                "minister", "army", "parliament", "state", "security", "economy", "academy",
                                "university", "institute", "college", "centre", "center", "summit", "region",
                                "oblast", "province", "agency", "committee", "council", "forum", "source",
                                "sources", "update", "assessment", "summary", "analysis", "note", "liberal",
                                "frequency", "operation"})
_ACRONYM_WORD = re.compile(r"[A-ZА-ЯЁ]{2,6}")
#: The words of a name.
WORDS = re.compile(r"[\w]+", re.UNICODE)
_ORG_LIKE_PERSON = ("госком", "минобор", "минпром", "министерств", "комитет", "ведомств", "ministry",
                    "committee", "минторг", "минэконом", "минюст", "минфин", "минцифр", "минтранс", "мінобор",
                    "мінфін", "мінторг", "мінеконом", "мінцифр", "мінстратег", "мінпром", "мінюст")


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
    """Whether any of the names is a country's name (with or without "the"), a Cyrillic one in any
    case form the territory names know ("Объединенных Арабских Эмиратах"); regions of a state are not."""
    table = countries()
    if any(n and (n.casefold() in table or n.casefold().removeprefix("the ") in table) for n in names):
        return True
    return any(n and _CYRILLIC.search(n) and n[:1].isupper() and nationality_code(n) is None
               and territory_code(n) in _country_codes() for n in names)


_CYRILLIC = re.compile(r"[а-яёіїє]", re.IGNORECASE)


@functools.cache
def _country_codes() -> frozenset[str]:
    """The codes of the countries :func:`countries` names."""
    return frozenset(countries().values())


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
    words = [w.casefold() for w in WORDS.findall(text)]
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
    if any(w in ASSOCIATION_WORDS for w in words):
        return "Organization"  # "Engine Building Union": makers' association, not a maker; "corps" is no "corp"
    if _has_cue(words, COMPANY_CUES):
        return "Company"
    return "Organization"


def refine_place(text: str, normalized: str | None) -> str:
    """Country or Location."""
    return "Country" if is_country(text, normalized) else "Location"


def refine_label(label: str, text: str, normalized: str) -> str:
    """The type of a statistical span from its label and its own words ("Svetoch Optics" read as a
    person's name is a Company; "ФСБ" read as a surname an Organization)."""
    words = [w.casefold() for w in WORDS.findall(normalized)]
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
        words = [w.casefold() for w in WORDS.findall(normalized)]
        if words and _has_cue(words[-1:], FACILITY_CUES) and len(words) > 1:
            return "Facility"
        return "Location"
    return label
