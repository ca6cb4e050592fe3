"""Names that cue words and patterns find beside the statistical model.

Model-name patterns ("Geran-2", "Орлан-10", "FPV drones") mark products; legal forms, quoted
names and facility words mark companies and facilities; titles ("Prime Minister ...") mark people;
an all-caps dateline is the place of filing; landmark words and place definitions mark places; an
acronym defined in parentheses is the organisation its expansion names.
"""
from __future__ import annotations

import bisect
import itertools
import re

from claimgraph.model import Mention
from claimgraph.nlp import bodies, coordinates
from claimgraph.nlp.bridge import BRIDGED_LANGUAGES, is_nationality
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.name_types import (
    CAPITALISED_COMMON,
    DEMONYMS,
    RU_DEMONYMS,
    SETTLEMENT,
    WORDS,
    countries,
    is_country,
    refine_organization,
)
from claimgraph.nlp.ner_mentions import make_mention
from claimgraph.nlp.people_nouns import names_a_people
from claimgraph.nlp.product_names import echoes, kind_cued_names, named_products

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
    r"\b(?:завод|предприяти|підприємств|компани|компані|фирм|фірм|корпораци|корпораці|концерн|производител|"
    r"виробник|поставщик|постачальник|разработчик|розробник|холдинг)"
    r"\w{0,4}\s+[«\"“„]([^»\"”“\n]{1,60})[»\"”“]")
#: More quoted firms joined to one the pattern above found: 'компаниям «А», «Б» и «В»'.
_MORE_QUOTED_FIRMS = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:и|і|та)[ \t]+)[«\"“„]([^»\"”“\n]{1,60})[»\"”“]")
#: A name set off by a comma and told to be a firm: "Sichuan AEE, a Chinese UAV manufacturer" (not "Kazan,
#: the firm told reporters": there the firm is the subject of what follows).
_FIRM_DESCRIPTION = re.compile(
    r",[ \t]+(?:an?|one)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:company|firm|manufacturer|maker|supplier|producer|"
    r"exporter|importer|distributor|subsidiary|conglomerate|shipper)\b(?![ \t]+(?:said|says|told|added|stated))")
#: The same with what the firm makes between ("предприятие по производству чипов «…»", "заводу
#: мікроелектроніки «…»"), in Russian and Ukrainian: the quoted words are all capitalised.
_COMPANY_QUOTED_AFTER_WORDS = re.compile(
    r"(?i:\b(?:завод|предприяти|підприємств|компані|фирм|фірм|корпораці|концерн|производител|виробник|"
    r"поставщик|постачальник|разработчик|розробник|холдинг))"
    r"\w{0,4}(?:\s+[а-яёіїєґ'’-]+){1,3}\s+«((?:[А-ЯЁІЇЄҐA-Z0-9][\w-]*)(?:\s+[А-ЯЁІЇЄҐA-Z0-9][\w-]*){0,2})»")
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
    r"\b(?:[A-Z][a-z]{1,15}|[A-Z]{1,4}|[A-Z][a-z][A-Z]|[А-ЯЁ][а-яё]{1,15}|[А-ЯЁ]{1,4}|[А-ЯЁ][а-яё][А-ЯЁ])-(\d{1,4}[A-Za-zА-Яа-я]{0,3}|[A-ZА-ЯЁ]{1,2}\d{0,2})(?![\w-])")
_PRODUCT_QUOTED = re.compile(
    r"(?i:\b(?:drones?|uavs?|uas|loitering\s+munitions?|missiles?|systems?|complex(?:es)?|"
    r"бпла|беспилотник\w*|дрон\w*|комплекс\w*|ракет\w*|беспилотн\w+\s+летательн\w+\s+аппарат\w*))"
    r"\s+[«\"“]([^»\"”\n]{2,40})[»\"”]")
#: A Latin model name after a Russian or Ukrainian word for its kind ("ракетами Sea Dart",
#: "ракетами морського базування Sea Dart", "двигатель Falcon TX 40").
#: Firms listed after a word for firms ("крупные предприятия («А», «Б»)", "компании …, в том числе А, Б и В").
_FIRM_LIST_INTRO = re.compile(
    r"(?i:(?<![а-яёіїєґ])(?:компани|предприяти|підприємств|фирм|фірм|производител|виробник|концерн)[а-яёіїєґ]*)"
    r"[^.;:!?\n]{0,60}?(?:в\s+том\s+числе|включая|у\s+тому\s+числі|зокрема|\()[ \t]*")
_FIRM_LIST_ITEM = re.compile(
    r"(?:«([^»\n]{1,40})»|([A-ZА-ЯЁІЇЄҐ][\w-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w-]*){0,2}))"
    r"(?=[ \t]*(?:,|\)|[ \t](?:и|і|та|и\s+други\w*|та\s+ін\w*)\b))")
_FIRM_LIST_JOINER = re.compile(r"[ \t]*(?:,|(?:и|і|та)(?=[ \t]))[ \t]*")
_LATIN_PRODUCT_AFTER_CLASS = re.compile(
    r"(?i:(?<![а-яёіїєґ])(?:ракет|дрон|беспилотник|безпілотник|бпла|комплекс|двигател|двигун)[а-яёіїєґ]*)"
    r"(?:\s+[а-яёіїєґ'’-]+){0,2}\s+([A-Z][A-Za-z]+(?:[ \t]+(?:[A-Z][A-Za-z]+|[A-Z]{2,}|\d{1,4})){0,2})(?![A-Za-z0-9])")
_PRODUCT_CLASS = re.compile(r"\bFPV[- ](?:drones?|quadcopters?|дрон\w*|квадрокоптер\w*)\b")
#: What the model calls a word that makes it no model name when a word for a kind stands before it.
_NOT_PRODUCT_LABELS = frozenset({"Country", "Location", "Person", "Nationality", "PublicBody"})
_PRODUCT_STOP = frozenset({"covid", "sars", "article", "section", "fig", "figure", "table", "page",
                           "minsk", "минск", "статья", "covid-19", "g", "u", "mh", "ст", "п"})
#: A sentence defining a place: "Kharbat (Arabic: ...) is a village in ...", the name the subject.
_PLACE_DEFINITION = re.compile(r"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})"
                               r"(?=(?:[ \t]*\([^()\n]{0,120}\))?[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+"
                               r"(?:[\w-]+[ \t]+){0,2}" + SETTLEMENT + r"\b)")
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
#: "MINSK, March 3 (BelTA) –": an all-caps place opening a news item.
_DATELINE = re.compile(r"(?m)^[ \t]*([A-ZА-ЯЁ]{3,}(?:[ \t-][A-ZА-ЯЁ]{3,}){0,2})(?=[ \t]*(?:,[ \t]*(?:\d|[A-ZА-ЯЁ]"
                       r"[a-zа-яё]+\.?[ \t]+\d)|\(|[—–]))")
_NOT_NAMES = frozenset({"staff", "assembly", "directorate", "secretary", "office", "of", "the", "and", "for",
                        "council", "general", "minister", "said", "told", "says", "met", "has", "was", "is",
                        "will", "also", "on", "in", "at", "to", "a", "an", "however", "but"})


def _listed_firms(doc: AnalyzedDoc) -> list[Mention]:
    """Firms of a list a word for firms opens ("компании …, в том числе «А», Б и В"): two or more
    names, quoted or capitalised, joined by commas or "и"; a country among them ends the list."""
    text = doc.text
    out: list[Mention] = []
    for intro in _FIRM_LIST_INTRO.finditer(text):
        pos, items = intro.end(), []
        while (item := _FIRM_LIST_ITEM.match(text, pos)) is not None:
            group = 1 if item.group(1) is not None else 2
            if is_country(item.group(group)):
                break
            items.append((item.start(group), item.end(group), item.group(group)))
            joiner = _FIRM_LIST_JOINER.match(text, item.end())
            if joiner is None or joiner.end() == item.end():
                break
            pos = joiner.end()
        if len(items) >= 2:
            out += [make_mention(doc, s, e, "Company", name, rule=True) for s, e, name in items]
    return out


def cued_mentions(doc: AnalyzedDoc, found: list[Mention]) -> list[Mention]:
    """Mentions the rules find in ``doc``; ``found`` are the statistical model's (adjusted) spans."""
    text = doc.text
    out: list[Mention] = []
    for m in _PRODUCT.finditer(text):
        stem = m.group().split("-", 1)[0].casefold()
        suffix = m.group(1)
        number = int(suffix) if suffix.isdigit() else 0
        if stem in _PRODUCT_STOP or 1900 <= number <= 2100:
            continue
        out.append(make_mention(doc, m.start(), m.end(), "Product", m.group(), rule=True))
    for m in _PRODUCT_QUOTED.finditer(text):
        out.append(make_mention(doc, m.start(1), m.end(1), "Product", m.group(1), rule=True))
    if doc.lang in ("ru", "uk", "be"):
        out += _listed_firms(doc)
    if doc.lang in ("ru", "uk", "be"):  # the model name again anywhere in the report ("Что такое Sea Dart")
        latin = {m.group(1) for m in _LATIN_PRODUCT_AFTER_CLASS.finditer(text)}
        for name in sorted(latin, key=len, reverse=True):
            for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(name) + r"(?![A-Za-z0-9])", text):
                if not any(o.start < m.end() and m.start() < o.end for o in out):
                    out.append(make_mention(doc, m.start(), m.end(), "Product", name, rule=True))
    for m in _PRODUCT_CLASS.finditer(text):
        out.append(make_mention(doc, m.start(), m.end(), "Product", m.group(), rule=True))
    for start, end, name in named_products(text, lambda w: w.casefold() in DEMONYMS or is_country(w)) \
            if doc.lang == "en" else ():
        out.append(make_mention(doc, start, end, "Product", name, rule=True))
    def place_or_people(word: str) -> bool:
        return (word.casefold() in DEMONYMS or is_country(word) or any(
            m.text == word and m.label in _NOT_PRODUCT_LABELS for m in found))

    for start, end, name in kind_cued_names(text, doc.lang, place_or_people):
        out.append(make_mention(doc, start, end, "Product", name, rule=True))
    models = {m.normalized or m.text for m in out if m.label == "Product"}
    for start, end, name in echoes(text, models, [(m.start, m.end) for m in out]):
        out.append(make_mention(doc, start, end, "Product", name, rule=True))
    for m in _COMPANY_EN.finditer(text):
        if m.group().split()[0].casefold() not in ("the", "a", "an", "and", "of", "by", "for", "with"):
            out.append(make_mention(doc, m.start(), m.end(), "Company", m.group(), rule=True))
    for m in _QUOTED_NAME_EN.finditer(text) if doc.lang == "en" else ():
        kind = m.group("kind").casefold()
        label = ("Facility" if kind in _QUOTED_FACILITY_KINDS
                 else "Organization" if kind in ("institute", "association") else "Company")
        out.append(make_mention(doc, m.start("name"), m.end("name"), label, m.group("name"), rule=True))
    for pattern in (_COMPANY_RU, _COMPANY_RU_QUOTED, _COMPANY_QUOTED_AFTER_WORDS):  # the quoted name is the firm
        for m in pattern.finditer(text):
            out.append(make_mention(doc, m.start(1), m.end(1), "Company", m.group(1), rule=True))
            end = m.end()
            while pattern is _COMPANY_RU_QUOTED and (more := _MORE_QUOTED_FIRMS.match(text, end)):
                out.append(make_mention(doc, more.start(1), more.end(1), "Company", more.group(1), rule=True))
                end = more.end()
    if doc.lang == "en":  # "Sichuan AEE, a Chinese UAV manufacturer": the model's place or organisation is a firm
        out += [make_mention(doc, m.start, m.end, "Company", m.normalized or m.text, rule=True) for m in found
                if m.label in ("Organization", "Company", "Location", "Facility") and _FIRM_DESCRIPTION.match(text, m.end)]
    if doc.lang == "ru":
        for start, end, name in bodies.find(doc):
            out.append(make_mention(doc, start, end, "PublicBody", name, rule=True))
    for m in _FACILITY_RU.finditer(text):
        if m.group().split()[0].casefold() in _RU_DETERMINERS:
            continue  # "Такой завод", "Этот центр": a reference back, not a name
        out.append(make_mention(doc, m.start(), m.end(), "Facility", m.group(), rule=True))
    for m in _FACILITY_RU_NAMED.finditer(text):
        out.append(make_mention(doc, m.start(1), m.end(1), "Facility", m.group(1), rule=True))
    for m in _FACILITY_EN.finditer(text):
        span = m.group()
        if span.split()[0].casefold() in ("the", "a", "an", "this", "that", "in", "at", "of", "its", "their",
                                          "his", "her", "our", "each", "every", "such", "another"):
            continue
        if all(w.casefold() in DEMONYMS for w in span.split()[:-1]):
            continue  # "Belarusian plant": a description, not a name
        out.append(make_mention(doc, m.start(), m.end(), "Facility", span, rule=True))
    for sent in doc.sentences:  # nationality words the statistical models leave out
        for n, token in enumerate(sent.tokens):
            word = token.text
            if doc.lang == "ru" and token.pos == "ADJ" and token.lemma in RU_DEMONYMS:
                out.append(make_mention(doc, token.start, token.end, "Nationality", token.lemma, rule=True))
            elif doc.lang == "ru" and names_a_people(token):  # "россияне", "американцами"
                out.append(make_mention(doc, token.start, token.end, "Nationality", word, rule=True))
            elif doc.lang in BRIDGED_LANGUAGES and is_nationality(word):  # "іранські", "расійскага"
                out.append(make_mention(doc, token.start, token.end, "Nationality", word, rule=True))
            elif (doc.lang == "en" and word[:1].isupper() and word.casefold() in DEMONYMS and n + 1 < len(sent.tokens)
                  and sent.tokens[n + 1].pos in ("NOUN", "ADJ") and word.casefold() != "western"):
                out.append(make_mention(doc, token.start, token.end, "Nationality", word, rule=True))
    if doc.lang == "en":
        for m in _LANDMARK_NAME.finditer(text):
            start, name = m.start(), m.group()
            while name.split(" ", 1)[0].casefold() in _LEADING_FUNCTION_WORDS and " " in name:
                first = name.split(" ", 1)[0]
                rest = name[len(first):].lstrip()
                start, name = start + len(name) - len(rest), rest
            if len(name.split()) > 1 and not is_country(name):
                out.append(make_mention(doc, start, start + len(name), "Location", name, rule=True))
        for m in _PLACE_DEFINITION.finditer(text):
            name = m.group(1)
            if not is_country(name) and name.split()[0].casefold() not in _NOT_NAMES:
                out.append(make_mention(doc, m.start(1), m.end(1), "Location", name, rule=True))
    for m in _DATELINE.finditer(text):  # "MINSK, 3 March": the place the report was filed from
        name = m.group(1)
        if name.casefold() in countries() or len(name) > 3 and not is_acronym_org(name, found):
            out.append(make_mention(doc, m.start(1), m.end(1), "Country" if is_country(name) else "Location",
                                    name.title(), rule=True))
    if doc.lang == "en":
        titled = itertools.chain(_TITLE_PERSON.finditer(text), _TITLE_PORTFOLIO.finditer(text),
                                 _TITLE_APPOSITION.finditer(text))
        for m in titled:
            name = m.group(1)
            words = [w.casefold() for w in WORDS.findall(name)]
            if (is_country(name) or any(w in CAPITALISED_COMMON or w in DEMONYMS for w in words)
                    or refine_organization(name) != "Organization" or words[0] in _NOT_NAMES):
                continue  # "General Staff", "President Putin's" stays; "Minister Defence" does not
            out.append(make_mention(doc, m.start(1), m.end(1), "Person", name, rule=True))
    out.extend(_acronym_mentions(doc, found))
    for c in coordinates.find(text):  # a coordinate pair is a place, and its numbers no quantities
        out.append(make_mention(doc, c.start, c.end, "Location", c.label, rule=True))
    for mention in found:  # "Alabuga" + " plant" → the Facility "Alabuga plant"
        if mention.label not in ("Person", "Product", "Nationality"):
            after = _FACILITY_AFTER.match(text[mention.end:mention.end + 40])
            if after:
                end = mention.end + after.end()
                out.append(make_mention(doc, mention.start, end, "Facility", text[mention.start:end],
                                        rule=True))
    return out


def _acronym_mentions(doc: AnalyzedDoc, found: list[Mention]) -> list[Mention]:
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
    return [make_mention(doc, hit.start(), hit.end(), owners[hit.group()], hit.group(), rule=True)
            for hit in pattern.finditer(text)]


def is_acronym_org(name: str, found: list[Mention]) -> bool:
    """Whether an all-caps word is named as an organisation elsewhere in the document."""
    key = name.casefold()
    return any(m.text.casefold() == key and m.label in ("Organization", "Company", "PublicBody") and
               not m.text.isupper() for m in found)
