"""Acts of criminal cases, journeys, talks and signings in languages read without a parser: the
word beginnings :mod:`claimgraph.nlp.event_words` adds to its lexicon, and the words each needs
beside it.

The acts of a case (arrest, detention, charge, indictment, extradition) are named in every
language read by word, in all their aspects, participles and nouns ("заарештували", "затримано",
"обвинувачення"; "festgenommen", "Anklage"; "aresztowany", "zarzuty"; "reținut", "inculpat").
Outside a case the same words tell of other things ("затримали поставки": supplies delayed;
"ausgeliefert": goods delivered), so an act counts only beside a word of such a case in its
sentence: a prosecutor, smuggling, espionage, a suspect, an export or sanctions scheme. Words that
mean holding up or handing over need a word of crime proper (sanctions or exports alone do not do).

Journeys ("прилетів", "przyjechał", "reiste", "a sosit"), inspections beside a site ("оглянув
завод"), talks on the telephone and treaties concluded ("уклали угоду", "zawarli umowę") complete
the visit, meeting and agreement words.
"""
from __future__ import annotations

#: language → (stem, event type) of the acts, journeys, talks, signings and trade restrictions added to the lexicon
STEMS: dict[str, tuple[tuple[str, str], ...]] = {
    "uk": (
        ("заарештува", "other"), ("арештува", "other"), ("арешт", "other"), ("затрима", "other"),
        ("затриму", "other"), ("обвинувачен", "other"), ("звинувачен", "other"), ("обвинувальн", "other"),
        ("екстрадиц", "other"), ("екстрадува", "other"),
        ("прилетів", "visit"), ("прилетіл", "visit"), ("приїхав", "visit"), ("приїхал", "visit"),
        ("відвідин", "visit"), ("поїздк", "visit"), ("подорож", "visit"), ("оглянув", "visit"), ("оглянул", "visit"),
        ("перемовин", "meeting"), ("розмов", "meeting"),
        ("уклав", "agreement"), ("уклал", "agreement"), ("ратифікува", "agreement"),
        ("обмежил", "sanction"), ("обмежив", "sanction"),
    ),
    "be": (
        ("арышт", "other"), ("затрыма", "other"), ("абвінавачан", "other"), ("абвінаваці", "other"),
        ("экстрадыц", "other"), ("экстрадава", "other"),
        ("прыеха", "visit"), ("прыезд", "visit"), ("прыляце", "visit"), ("паездк", "visit"),
        ("агледзе", "visit"), ("аглядал", "visit"),
        ("сустрэ", "meeting"), ("размов", "meeting"), ("пагутары", "meeting"),
        ("дагавор", "agreement"), ("заключы", "agreement"), ("ратыфікава", "agreement"),
        ("абмежава", "sanction"),
    ),
    "bg": (
        ("арестува", "other"), ("арест", "other"), ("задържа", "other"), ("обвинени", "other"),
        ("обвини", "other"), ("обвинителн", "other"), ("екстрадира", "other"), ("екстрадици", "other"),
        ("долетя", "visit"), ("отпътува", "visit"), ("инспектира", "visit"), ("обиколи", "visit"),
        ("разговор", "meeting"), ("сключи", "agreement"), ("ратифицира", "agreement"),
        ("ограничи", "sanction"),
    ),
    "de": (
        ("festgenommen", "other"), ("festnahme", "other"), ("verhaftet", "other"), ("verhaftung", "other"),
        ("verhaften", "other"), ("angeklagt", "other"), ("anklage", "other"), ("beschuldigt", "other"),
        ("ausgeliefert", "other"), ("auslieferung", "other"),
        ("reiste", "visit"), ("gereist", "visit"), ("besichtig", "visit"), ("inspizier", "visit"),
        ("verhandel", "meeting"), ("telefonat", "meeting"), ("telefonier", "meeting"),
        ("zusammentreff", "meeting"), ("zusammenkunft", "meeting"),
        ("abgeschlossen", "agreement"), ("ratifizier", "agreement"),
    ),
    "pl": (
        ("aresztowa", "other"), ("areszt", "other"), ("zatrzyma", "other"), ("oskarż", "other"),
        ("zarzut", "other"), ("ekstradyc", "other"), ("ekstradowa", "other"),
        ("udał", "visit"), ("udali", "visit"), ("przylecia", "visit"), ("przyleci", "visit"),
        ("przyjecha", "visit"), ("przybyl", "visit"), ("zwiedza", "visit"), ("zwiedzi", "visit"),
        ("rozmow", "meeting"), ("rozmawia", "meeting"), ("rokowa", "meeting"),
        ("zawar", "agreement"), ("ratyfikowa", "agreement"),
        ("ograniczy", "sanction"),
    ),
    "ro": (
        ("arestat", "other"), ("arestar", "other"), ("arestul", "other"), ("reținut", "other"), ("reţinut", "other"),
        ("reținer", "other"), ("reţiner", "other"), ("inculpat", "other"), ("acuzat", "other"), ("acuzar", "other"),
        ("acuzați", "other"), ("acuzaţi", "other"), ("extrăd", "other"), ("extradat", "other"), ("extradar", "other"),
        ("sosi", "visit"), ("deplasat", "visit"), ("inspectat", "visit"),
        ("întrevedere", "meeting"), ("convorbir", "meeting"), ("discuți", "meeting"), ("discuţi", "meeting"),
        ("negocia", "meeting"),
        ("încheia", "agreement"), ("ratifica", "agreement"),
    ),
    "et": (
        ("vahistat", "other"), ("vahistas", "other"), ("vahistami", "other"), ("kinnipida", "other"),
        ("süüdistus", "other"), ("süüdista", "other"), ("väljaand", "other"),
        ("saabus", "visit"), ("kõnelus", "meeting"), ("sõlmi", "agreement"), ("ratifitseeri", "agreement"),
    ),
}

#: words (stems) of crime proper: a prosecutor, smuggling, espionage, a suspect, a criminal court
_CRIME: dict[str, tuple[str, ...]] = {
    "uk": ("прокурор", "прокуратур", "контрабанд", "шпигун", "шпигунств", "кримінальн", "незакон", "обвинувач",
           "звинувач", "підозр", "арешт", "заарешт", "відмиван"),
    "be": ("пракурор", "пракуратур", "кантрабанд", "шпіён", "крымінальн", "незакон", "абвінавач", "падазрон", "арышт"),
    "bg": ("прокурор", "прокуратур", "контрабанд", "шпион", "наказателн", "незакон", "обвин", "заподозр", "арест"),
    "de": ("staatsanwalt", "justiz", "schmuggel", "spionage", "strafverfahren", "haftbefehl", "illegal", "anklage",
           "angeklagt", "verdächtig", "festgenommen", "verhaftet", "geldwäsche"),
    "pl": ("prokurat", "przemyt", "szpieg", "karn", "nielegal", "oskarż", "zarzut", "podejrzan", "areszt", "pranie"),
    "ro": ("procuror", "parchet", "contraband", "spion", "penal", "ilegal", "acuz", "inculpat", "suspect", "arest"),
    "et": ("prokurör", "prokuratuur", "salakaub", "spioon", "kriminaal", "ebaseadus", "süüdist", "kahtlusalus", "vahist"),
}
#: words (stems) of what a case in this field is about besides crime proper: sanctions, exports,
#: their evasion, a scheme
_CASE: dict[str, tuple[str, ...]] = {
    "uk": ("санкці", "експорт", "схем", "обхід", "обход", "постача"),
    "be": ("санкцы", "экспарт", "схем", "абыход", "пастаўк"),
    "bg": ("санкци", "износ", "схем", "заобикал", "доставк"),
    "de": ("sanktion", "export", "umgehung", "umgang", "lieferung"),
    "pl": ("sankcj", "eksport", "schemat", "obchodz", "dostaw"),
    "ro": ("sancțiun", "sancţiun", "export", "schem", "eludar", "livrăr"),
    "et": ("sanktsioon", "eksport", "skeem", "tarn"),
}
#: acts whose words also mean holding up or handing over ("затримали поставки", "ausgeliefert"):
#: these need a word of crime proper
_HOLDING = frozenset({"затрима", "затриму", "затрыма", "задържа", "zatrzyma", "ausgeliefert", "auslieferung",
                      "reținut", "reţinut", "reținer", "reţiner", "kinnipida", "väljaand"})

#: sites an inspection is made at (stems): "оглянув завод", "inspectat uzina"
_SITES: dict[str, tuple[str, ...]] = {
    "uk": ("завод", "підприємств", "виробництв", "об'єкт", "об’єкт", "верф", "цех", "комбінат", "фабрик", "полігон"),
    "be": ("завод", "прадпрыемств", "вытворчасц", "аб'ект", "аб’ект", "цэх", "камбінат", "фабрык", "палігон"),
    "bg": ("завод", "предприяти", "производств", "обект", "корабостроител", "цех", "фабрик", "полигон"),
    "ro": ("uzin", "fabric", "întreprinder", "șantier", "şantier", "obiectiv", "instalați", "poligon"),
}
_INSPECTING = frozenset({"оглянув", "оглянул", "агледзе", "аглядал", "инспектира", "обиколи", "inspectat"})

#: trade with firms (stems): restricting it is a sanction
_TRADE: dict[str, tuple[str, ...]] = {
    "uk": ("торгівл", "експорт"), "be": ("гандл", "экспарт"), "bg": ("търговия", "износ"), "pl": ("handel", "eksport"),
}

#: stems that count only beside one of these words (lower-case substrings of the sentence)
BESIDE: dict[tuple[str, str], tuple[str, ...]] = {
    # a telephone conversation, talks held; "у розмові з журналістами" is an interview
    **{(lang, stem): words for lang, stem, words in (
        ("uk", "розмов", ("телефон",)), ("be", "размов", ("тэлефон",)), ("bg", "разговор", ("телефон",)),
        ("be", "пагутары", ("прэзідэнт", "кіраўнік", "лідар", "прэм'ер")),
        ("pl", "rozmow", ("telefon", "przeprowadzi", "odbył", "odbyli", "odbyły")),
        ("pl", "rozmawia", ("telefon",)),
        ("ro", "discuți", ("a avut", "au avut", "purtat")), ("ro", "discuţi", ("a avut", "au avut", "purtat")),
        # a journey to a place; "udało się" is a success, "deplasat" alone a displacement
        ("pl", "udał", ("udał się do", "udała się do")), ("pl", "udali", ("udali się do", "udały się do")),
        ("ro", "deplasat", ("s-a deplasat", "s-au deplasat")),
        # a treaty concluded: "уклали угоду", "zawarli umowę", "încheiat un acord", "abgeschlossen" of a treaty
        ("uk", "уклав", ("угод", "договір", "договор", "меморандум")),
        ("uk", "уклал", ("угод", "договір", "договор", "меморандум")),
        ("be", "заключы", ("пагадненн", "дагавор", "дамов")), ("bg", "сключи", ("споразумени", "договор")),
        ("de", "abgeschlossen", ("vertrag", "abkommen", "vereinbarung")),
        ("pl", "zawar", ("umow", "porozumieni", "traktat", "kontrakt")),
        ("ro", "încheia", ("acord", "tratat", "contract")), ("et", "sõlmi", ("leping", "kokkulepe")),
        # trade with named firms restricted: "обмежило торгівлю з 42 компаніями"
        ("uk", "обмежил", _TRADE["uk"]), ("uk", "обмежив", _TRADE["uk"]), ("be", "абмежава", _TRADE["be"]),
        ("bg", "ограничи", _TRADE["bg"]), ("pl", "ograniczy", _TRADE["pl"]),
    )},
    **{(lang, stem): _SITES[lang] for lang, stems in STEMS.items() for stem, _ in stems
       if stem in _INSPECTING},
    **{(lang, stem): _CRIME[lang] + (() if stem in _HOLDING else _CASE[lang])
       for lang, stems in STEMS.items() for stem, kind in stems if kind == "other"},
}


def beside_words(stem: str, lang: str) -> tuple[str, ...] | None:
    """The words one of which an added stem needs in its sentence, or None if it needs none."""
    return BESIDE.get((lang, stem))


def told_beside(word: str, words: tuple[str, ...], sentence: str) -> bool:
    """Whether one of ``words`` stands in ``sentence`` apart from the event word itself (an act's own
    word "обвинувачення" does not make its sentence one of a case); a phrase built on the word itself
    ("udał się do") is read in the whole sentence."""
    rest = sentence.replace(word, " ") if word else sentence
    return any(w in (sentence if word and word in w else rest) for w in words)


__all__ = ["BESIDE", "STEMS", "beside_words", "told_beside"]
