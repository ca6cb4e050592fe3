"""A public body and the country (or the body) it belongs to are one name.

The models cut the names of ministries, agencies and offices where the owner begins, or give the
owner alone:

- Russian, Ukrainian and Belarusian: a body and the state (or the higher body) in the genitive after
  it are one span ("МЗС Молдови", "Госдепартамента США", "Совета Федерации Федерального
  собрания", "Совета Республики"). Indeclinable abbreviations of states ("США", "РФ", "КНДР") are genitives there too.
  Short names of ministries and services ("МЗС", "СБУ") and the White House ("Белого дома") are
  public bodies, not organisations or places.
- English: a body and "of" + the state ("Ministry of Foreign Affairs of Moldova"); a nationality
  adjective before a body's name ("Moldovan Foreign Ministry", "Russian Ministry of Defense"), or
  before a body written in lower case, which is no name alone ("Chinese foreign ministry"); a
  department and the body it is "of" ("Department of the Treasury"). Short names of services
  ("HUR", "SBU", "DoJ") are public bodies. Where a source is named ("according to Norway's
  finance ministry") a state's possessive before a body written in lower case is the body's name
  too, as a nationality is ("Chinese foreign ministry"): the body speaks, not the state. Elsewhere
  the state stays apart ("China's foreign ministry denied …"), as the party its body speaks for,
  and so it does before a capitalised name ("Russia's Federal Security Service").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from claimgraph.model import Mention
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.lexicon import ACCORDING_TO
from claimgraph.nlp.lowercase_ministries import portfolio_pattern

#: Short names of ministries and services that the models read as organisations.
SHORT_BODIES = frozenset({
    "мзс", "мвс", "мін'юст", "мінфін", "міноборони", "мінцифри", "мінекономіки", "сбу", "гур", "рнбо", "днсу",
    "мид", "мвд", "минфин", "минобороны", "фсб", "гру", "свр", "мчс", "цик", "вс", "вмс", "ввс", "вкс",
    "кдб", "всу", "зсу",
})
#: Indeclinable abbreviations of states: genitive wherever they follow a body.
STATE_ABBREVIATIONS = frozenset({"сша", "рф", "кндр", "кнр", "юар", "оаэ", "оае", "фрг", "рб", "дпрк"})
_BODY_LABELS = ("PublicBody",)
#: English words of a body's name written in lower case after a nationality ("Chinese foreign ministry").
_LOWER_BODY = re.compile(r"[ \t]+((?:(?:" + portfolio_pattern() + r")[ \t]+){1,2}(?:ministry|department|office))\b")
#: The same after a state's possessive ("Romania's defence ministry").
_OWNED_LOWER_BODY = re.compile(r"['’]s" + _LOWER_BODY.pattern)
#: Words that name a source just before it ("according to", "citing").
_SOURCE_BEFORE = re.compile(ACCORDING_TO["en"] + r"(?:the[ \t]+)?$", re.IGNORECASE)
#: Heads of a body that takes a higher body after "of" ("Department of the Treasury").
_OWNED_HEADS = frozenset({"department", "ministry", "office", "committee", "staff", "council", "service"})
_OF_STATE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_ENDS_OF = re.compile(r"[ \t]of$")
_CYRILLIC = ("ru", "uk", "be")
#: English short names of ministries and services, written as the press writes them.
_SHORT_BODIES_EN = re.compile(r"\b(?:HUR|GUR|SBU|GRU|SVR|NSDC|DoJ|DOJ)\b")
#: The White House as the seat of a government, in Russian, Ukrainian and Belarusian: a body, not a place.
_WHITE_HOUSE_NAME = re.compile(r"\b(?:Бел(?:ый|ого|ом|ому|ы|ага|ым)|Біл(?:ий|ого|ому|ім)|БЕЛ(?:ЫЙ|ОГО|ОМ|ОМУ)|БІЛ(?:ИЙ|ОГО|ОМУ))"
                              r"[ \t]+(?:дом|дома|доме|дому|дім|домі|ДОМ|ДОМА|ДОМЕ|ДОМУ|ДІМ|ДОМІ)\b")
_WHITE_HOUSE = re.compile(r"(?i:(?:бел|біл)\w{1,3}[ \t]+(?:дом|дім)\w{0,2})")

Make = Callable[[int, int, str, str], Mention]


def joined_bodies(text: str, lang: str, mentions: list[Mention], demonyms: frozenset[str],
                  genitive: Callable[[int], bool], make: Make) -> list[Mention]:
    """``mentions`` (sorted, not overlapping) with each body joined to the owner that makes its name.

    ``genitive(offset)`` tells whether the word at ``offset`` is in the genitive; ``make(start, end,
    label, normalized)`` builds a mention. One pass over the mentions.
    """
    if lang in _CYRILLIC:
        mentions = _with_white_house(text, mentions, make)
    elif lang == "en":
        mentions = _with_short_bodies(text, mentions, make)
    out: list[Mention] = []
    for m in mentions:
        if lang in _CYRILLIC and (m.label == "Organization" and m.text.casefold() in SHORT_BODIES
                                  or m.label in ("Location", "Facility", "Person") and _WHITE_HOUSE.fullmatch(m.text)):
            m = make(m.start, m.end, "PublicBody", m.normalized)
        prev = out[-1] if out else None
        if prev is not None:
            joined = _joined(text, lang, prev, m, demonyms, genitive, make)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(m)
    if lang == "en":
        out = _lower_case_bodies(text, out, make)
    return out


def _joined(text: str, lang: str, prev: Mention, m: Mention, demonyms: frozenset[str],
            genitive: Callable[[int], bool], make: Make) -> Mention | None:
    gap = text[prev.end:m.start]
    if lang in _CYRILLIC and prev.label in _BODY_LABELS and gap == " ":
        if m.label == "Country" and (m.text.casefold() in STATE_ABBREVIATIONS or m.text != m.normalized):
            return make(prev.start, m.end, "PublicBody", f"{prev.normalized} {m.text}")
        if m.label in ("Organization", "PublicBody", "Location") and m.text[:1].isupper() and genitive(m.start):
            return make(prev.start, m.end, "PublicBody", f"{prev.normalized} {m.text}")
        return None
    if lang != "en":
        return None
    if prev.label in _BODY_LABELS and m.label == "Country" and (
            _OF_STATE.fullmatch(gap) or gap in (" ", " the ") and _ENDS_OF.search(prev.text)):
        return make(prev.start, m.end, "PublicBody", text[prev.start:m.end])
    if (prev.label in _BODY_LABELS and m.label in _BODY_LABELS and _OF_STATE.fullmatch(gap)
            and prev.text.split()[-1].casefold() in _OWNED_HEADS):
        return make(prev.start, m.end, "PublicBody", text[prev.start:m.end])  # "Department of the Treasury"
    if (prev.label == "Nationality" and m.label in _BODY_LABELS and gap in (" ", "\t")
            and prev.text.casefold() in demonyms and m.text[:1].isupper()):
        return make(prev.start, m.end, "PublicBody", text[prev.start:m.end])
    return None


def _with_white_house(text: str, mentions: list[Mention], make: Make) -> list[Mention]:
    """``mentions`` with each capitalised "Белый дом" / "Білий дім" one body, whatever the models cut."""
    houses = [(h.start(), h.end()) for h in _WHITE_HOUSE_NAME.finditer(text)]
    if not houses:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in houses)
            or any(m.start <= s and e <= m.end and m.label == "PublicBody" for s, e in houses)]
    new = [make(s, e, "PublicBody", text[s:e]) for s, e in houses
           if not any(m.start <= s and e <= m.end for m in kept)]
    return sorted(kept + new, key=lambda m: (m.start, m.end))


def _with_short_bodies(text: str, mentions: list[Mention], make: Make) -> list[Mention]:
    """``mentions`` with each English short name of a ministry or service ("HUR", "DoJ") a public body."""
    spans = [(h.start(), h.end()) for h in _SHORT_BODIES_EN.finditer(text)]
    if not spans:
        return mentions
    out = [make(m.start, m.end, "PublicBody", m.normalized) if (m.start, m.end) in spans else m for m in mentions]
    out += [make(s, e, "PublicBody", text[s:e]) for s, e in spans
            if not any(m.start < e and s < m.end for m in mentions)]
    return sorted(out, key=lambda m: (m.start, m.end))


def genitive_at(doc: AnalyzedDoc) -> Callable[[int], bool]:
    """Whether the word starting at an offset of ``doc`` is in the genitive, by its parse."""
    cases = {t.start: "Case=Gen" in t.feats for sent in doc.sentences for t in sent.tokens}
    return lambda offset: cases.get(offset, False)


def _lower_case_bodies(text: str, mentions: list[Mention], make: Make) -> list[Mention]:
    out: list[Mention] = []
    skip_until = -1
    for i, m in enumerate(mentions):
        if m.start < skip_until:
            continue
        body = _LOWER_BODY.match(text, m.end) if m.label == "Nationality" else \
            _OWNED_LOWER_BODY.match(text, m.end) if m.label == "Country" and _SOURCE_BEFORE.search(
                text, max(0, m.start - 40), m.start) else None
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if body and (nxt is None or nxt.start >= body.end()):
            out.append(make(m.start, body.end(), "PublicBody", text[m.start:body.end()]))
            skip_until = body.end()
            continue
        out.append(m)
    return out


__all__ = ["SHORT_BODIES", "STATE_ABBREVIATIONS", "genitive_at", "joined_bodies"]
