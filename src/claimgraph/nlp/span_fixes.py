"""Fixes to the statistical model's spans: cut to the name, retyped by the words around them.

Context cues fix the statistical type where reports are regular: region, landmark and "city of"
phrases make places, outlet and armed-group words make organisations, and a name a cue typed keeps
that type throughout the document. Demonyms are split off, a name cut at a particle, a line break
or a title-case verb is mended, and junk single words are dropped.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from claimgraph.model import Mention
from claimgraph.nlp.apposition import appositive_types
from claimgraph.nlp.consistency import FLUID as _FLUID
from claimgraph.nlp.consistency import PLACE_PREPOSITIONS, consistent, coordinated, relabelled
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.headline_verbs import name_end_before_verb
from claimgraph.nlp.name_types import (
    CAPITALISED_COMMON,
    DEMONYMS,
    RU_DEMONYMS,
    SETTLEMENT,
    is_country,
    refine_organization,
)
from claimgraph.nlp.ner_mentions import make_mention

_REGION_WORDS = ("region", "province", "oblast", "district", "krai", "governorate", "county", "prefecture",
                 "municipality", "raion", "rayon", "область", "области", "край", "края", "район", "района")
_REGION_AFTER = re.compile(r"^[ \t]+(?:region|province|oblast|district|krai|governorate|county|prefecture"
                           r"|област[ьиіюя]\w*|район(?:а|у|і|е|ом|ах|ів|ы|ов)?)(?![\w-])", re.IGNORECASE)
#: "at Amiens in France": a name between "at" and "in <Name>" is a place.
_IN_PLACE_AFTER = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z]")
#: "Amarah, a city in ...", "Hibhib (Arabic: ...) is a village": the name is a place.
_PLACE_APPOSITION = re.compile(r"(?:[ \t]*\([^()\n]{0,80}\))?(?:,[ \t]*|[ \t]+(?:is|was)[ \t]+)(?:an?|the)[ \t]+"
                               r"(?:[\w-]+[ \t]+){0,2}" + SETTLEMENT
                               + r"(?=[ \t]+(?:in|of|on|near|north|south|east|west|located|situated|close|"
                                 r"about|some|with|where|that|which)\b|[ \t]*[,.;:)]|[ \t]*$)")
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
#: "the Narva crossing", "the Koidula checkpoint": a frontier post is named by its place.
_CROSSING_AFTER = re.compile(r"[ \t]+(?:border[ \t]+)?(?:crossing|checkpoint|check[ \t]+point|crossing[ \t]+point|"
                             r"border[ \t]+post)s?\b", re.IGNORECASE)
#: "the crossing at Vainiunai", "checkpoints near Pagiriai": the name after is the post's place.
_CROSSING_BEFORE = re.compile(r"\b(?:crossings?|checkpoints?|border[ \t]+posts?)[ \t]+(?:at|in|near)[ \t]+$",
                              re.IGNORECASE)
#: "at Vainiunai, near Vilnius": a name between "at" and "near <Name>" is a place.
_NEAR_PLACE_AFTER = re.compile(r",?[ \t]+near[ \t]+(?:the[ \t]+)?[A-Z]")
#: A portfolio before "Minister" is part of a title ("Interior Minister …"), no body of its own.
_MINISTER_AFTER = re.compile(r"[ \t]+[Mm]inister\b")
#: "the Vostok Pribor microchip plant": what a plant makes, then the plant; the name is its firm's.
#: A weapon word there makes the name a model ("the Shahed drone factory"), not a firm.
_MAKER_PLANT_AFTER = re.compile(
    r"((?:[ \t]+[A-Z][\w-]*){0,2})[ \t]+(?:(?!(?:drones?|missiles?|uavs?|rockets?|tanks?|aircraft|helicopters?|"
    r"shells?|munitions?|the|an?|its|his|her|their|this|that|of|in|at|on|to|and|or|[a-z]+ed)\b)[a-z]+[ \t]+){1,2}"
    r"(?:plant|factory|works)\b")
#: "arms producer Yugoimport", "drone maker Kupol": the name after a maker word is a firm.
_MAKER_BEFORE = re.compile(r"\b(?:producer|maker|manufacturer|exporter|contractor|supplier)s?[ \t]+$")
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
#: A lower-case particle inside a name the model stopped at: "Salah ad Din", "Ras al Ain".
_PARTICLE_TAIL = re.compile(r"[ \t]+(?:ad|al|an|ar|as|ash|at|az|bin|ibn|ez|el|de|del|della|di|da|du|la|le|van|von|der)"
                            r"[ \t]+[A-Z][\w'’-]*")
_NAME_PARTICLES = frozenset({"abu", "umm", "ibn", "bin", "bint", "al", "el"})
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "i", "is", "ic", "ch", "ss", "ite", "ites", "ni", "ists")
_PLACE_BEFORE = [[w] for w in ("in", "near", "outside", "around", "eastern", "western", "northern", "southern",
                               "central", "of", "from", "to", "across")]


def adjust_spans(doc: AnalyzedDoc, found: list[Mention]) -> list[Mention]:
    """Generic span fixes: demonyms split off, "Samara region" kept whole, junk single words dropped."""
    text = doc.text
    out: list[Mention] = []
    cued: set[str] = set()
    plant_firms: set[str] = set()
    for m in found:
        m = _trimmed(doc, m, out) or m
        cut = name_end_before_verb(text, m.start, m.end) if doc.lang == "en" else m.end
        if cut < m.end:  # "Kremlin Denies …" in a title-case headline: the verb is no part of the name
            m = make_mention(doc, m.start, cut, m.label, text[m.start:cut])
        if m.end <= m.start:
            continue
        tail = _PARTICLE_TAIL.match(text, m.end) if doc.lang == "en" and (
            m.label in _FLUID or m.label == "Nationality" and m.text.casefold() not in DEMONYMS) else None
        if tail:  # "Salah" + " ad Din": a name the model cut at a lower-case particle
            label = m.label
            if label == "Nationality":
                label = "Location" if _REGION_AFTER.match(text[tail.end():tail.end() + 20]) else "Person"
            m = make_mention(doc, m.start, tail.end(), label, text[m.start:tail.end()])
        words = m.text.split()
        if len(words) == 1 and words[0].casefold() in CAPITALISED_COMMON:
            continue
        if doc.lang == "en" and m.text.islower():
            continue  # "officer", "diseases": English names carry a capital letter
        if m.label in ("Organization", "Company") and _description_only(words):
            continue  # "Казахстанская компания", "a Belarusian firm": a description, not a name
        if m.label == "Nationality" and "-" in m.text:  # "Russian-Belarusian": two nationalities
            pos = m.start
            for part in m.text.split("-"):
                if part:
                    out.append(make_mention(doc, pos, pos + len(part), "Nationality", part))
                pos += len(part) + 1
            continue
        first = words[0].casefold() if words else ""
        if len(words) > 1 and first in DEMONYMS and m.label == "PublicBody":
            cut = m.start + len(words[0])
            rest = cut + len(text[cut:m.end]) - len(text[cut:m.end].lstrip())
            rest_text = text[rest:m.end]
            if refine_organization(rest_text) == "PublicBody":  # not "European Union"
                out.append(make_mention(doc, m.start, cut, "Nationality", words[0]))
                out.append(make_mention(doc, rest, m.end, "PublicBody", rest_text))
                continue
        if (m.label == "Country" and out and out[-1].label == "PublicBody" and doc.lang == "ru"
                and text[out[-1].end:m.start] == " " and m.text != m.normalized):
            body = out.pop()  # "Министерства обороны" + "Сербии": one body, "of Serbia" included
            out.append(make_mention(doc, body.start, m.end, "PublicBody",
                                    f"{body.normalized} {m.text}"))
            continue
        if m.label in ("Person", "Organization") and any(w.casefold() in DEMONYMS for w in
                                                          re.split(r"[\s-]+", m.text)):
            continue  # "Joint Russian-Belarusian" read as a name: the demonym rule covers it
        if m.label in ("Location", "Country", "Person", "Organization", "Product", "Company"):
            after = _REGION_AFTER.match(text[m.end:m.end + 20])  # "the Kursk region" is no submarine
            if after:
                end = m.end + after.end()
                out.append(make_mention(doc, m.start, end, "Location", text[m.start:end]))
                continue
            if len(words) > 1 and words[-1].casefold() in _REGION_WORDS:
                m = relabelled(m, "Location")  # "Samara Oblast" read as a person's name
        last = words[-1].casefold() if words else ""
        if m.label == "Organization" and (m.text in _TECH_ABBREVIATIONS or first == "operation"):
            continue  # "UHF", "GPS", "Operation Steel Curtain": not organisations
        landmark = _LANDMARK_AFTER.match(text, m.end, min(len(text), m.end + 20))
        if m.label in ("Person", "Organization", "Location") and landmark and m.text.casefold() not in DEMONYMS:
            m = make_mention(doc, m.start, landmark.end(), "Location", text[m.start:landmark.end()])
            cued.add(m.id)  # "the Tigris river", "Sinjar mountains"
        if m.label in ("Organization", "PublicBody") and len(words) == 1 \
                and _MINISTER_AFTER.match(text, m.end, min(len(text), m.end + 12)):
            continue  # "Interior Minister Jonas Petraitis": a title, not a body
        if m.label in ("Person", "Organization") and len(words) == 1 and m.text.casefold() not in DEMONYMS and (
                _CROSSING_AFTER.match(text, m.end, min(len(text), m.end + 30))
                or _CROSSING_BEFORE.search(text, max(0, m.start - 30), m.start)):
            m = relabelled(m, "Location")  # "the Medinava crossing": the post is named by its place
            cued.add(m.id)
        if doc.lang == "en" and m.label in ("Organization", "Person") and m.text.casefold() not in DEMONYMS \
                and _MAKER_BEFORE.search(text, max(0, m.start - 20), m.start):
            m = relabelled(m, "Company")  # "arms producer Yugoimport-SDPR"
            cued.add(m.id)
            plant_firms.add(m.text)
        plant = _MAKER_PLANT_AFTER.match(text, m.end, min(len(text), m.end + 60)) \
            if doc.lang == "en" and m.label in ("Person", "Nationality", "Organization") \
            and m.text.casefold() not in DEMONYMS else None
        if plant:  # no person or people owns "the … microchip plant"; a cut name goes on to it
            end = plant.end(1)
            m = make_mention(doc, m.start, end, "Company", text[m.start:end])
            cued.add(m.id)
            plant_firms.add(m.text)
        regime = _REGIME_AFTER.match(text, m.end, min(len(text), m.end + 12))
        if m.label in ("Person", "Organization") and regime and m.text.casefold() not in DEMONYMS:
            m = make_mention(doc, m.start, regime.end(), "Organization", text[m.start:regime.end()])
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
                    or before[-1].casefold() == "at" and (_IN_PLACE_AFTER.match(text, m.end)
                                                          or _NEAR_PLACE_AFTER.match(text, m.end)))):
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
                and refine_organization(out[-1].text) == "Organization" and not _OFFICE_END.search(out[-1].text)):
            first_part = out.pop()  # "Badran Turki" + "Hishan al-Mazidi": one long name cut in two
            m = make_mention(doc, first_part.start, m.end, "Person", text[first_part.start:m.end])
        if (out and m.label in _FLUID and out[-1].label == "Person" and out[-1].end + 1 == m.start
                and text[out[-1].end] == "\n" and len(words) == 1
                and _soft_wrap(text, out[-1].start, m.end, out[-1].end, "Person")):
            first = out.pop()  # "governor Vyacheslav" + line break + "Fedorishchev": one name
            m = make_mention(doc, first.start, m.end, "Person", f"{first.normalized} {m.normalized}")
        out.append(m)
    for m in out:  # the firm of "the … microchip plant" is that firm wherever the model typed it
        if m.text in plant_firms and (m.label in _FLUID or m.label == "Nationality"):
            relabelled(m, "Company")
    cued |= appositive_types(doc, out)  # "Bespilotny Dozor, a Telegram channel"
    out = consistent_types(out, cued)
    if doc.lang == "en":
        coordinated(text, out, cued, is_country)
    return consistent_types(out, cued)


#: the last word of an office's name, never of a person's ("… for Export Enforcement" + "Jane Roe")
_OFFICE_END = re.compile(r"\b(?:Enforcement|Affairs|Security|Intelligence|Communications|Operations|Policy"
                         r"|Administration|Control|Compliance|Relations|Cooperation|Nonproliferation|Industry"
                         r"|Defen[cs]e|Commerce|Trade|Finance|Justice|Energy|Staff|Command)$")


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
                extra.append(make_mention(doc, inner_start, inner_end, label, inner))
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
    return make_mention(doc, start, end, m.label, normalized)


_GENERIC_FIRM_WORDS = ("компани", "фирм", "предприят", "корпорац", "концерн", "холдинг", "производител",
                       "company", "firm", "corporation", "enterprise", "maker", "manufacturer", "holding")


@functools.cache
def _ru_demonym_stems() -> tuple[str, ...]:
    return tuple(d[:-2] for d in RU_DEMONYMS)


def with_region_words(text: str, mentions: list[Mention], make: Callable[[int, int], Mention]) -> list[Mention]:
    """Places a rule found without the region word after them ("Брянської" + " області"): the word
    is part of the name. ``make(start, end)`` builds the wider place."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        after = _REGION_AFTER.match(text[m.end:m.end + 20]) if m.label == "Location" else None
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if after and (nxt is None or nxt.start >= m.end + after.end()):
            m = make(m.start, m.end + after.end())
        out.append(m)
    return out


def _description_only(words: list[str]) -> bool:
    """Whether a span is only a nationality and a generic word for a firm ("Казахстанская компания")."""
    folded = [w.casefold().strip("«»\"“”") for w in words]
    folded = [w for w in folded if w]
    return bool(folded) and any(w.startswith(_GENERIC_FIRM_WORDS) for w in folded) and all(
        w.startswith(_GENERIC_FIRM_WORDS) or w in DEMONYMS or w.startswith(_ru_demonym_stems()) for w in folded)


def consistent_types(mentions: list[Mention], cued_ids: set[str]) -> list[Mention]:
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
