"""Who holds a state office, where reports of one event name different people in it.

Reports name the holder of an office by title: "Prime Minister Ana Kovac", "премьер-министр
Словении Ана Ковач", "Slovenian President Marko Zupan". Within one event cluster, two reports naming
different people in one office of one country disagree on who holds it (one names a predecessor,
or misnames the holder), unless some report of the event names both people: a story of a handover
or of two holders tells both. Only offices one person holds at a time are read (:data:`OFFICES`);
a deputy, vice, acting or former holder holds none of them, and neither does the president of a
named body ("Commission President", "Club President").

The country of an office is the country or nationality named beside its title ("Slovenia's prime
minister", "Slovenian Prime Minister", "Prime Minister of Slovenia", "премьер-министр Словении"),
compared by resolved entity so that scripts and inflections agree. A title named without one takes
the country its own report names beside that office elsewhere ("Slovenia's prime minister said
... Prime Minister Ana Kovac added"), else the country other reports of the event give that same
person in that office; with none or several, the holder is left out ("President Zupan" in a story
of two presidents).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from claimgraph.model import Mention
from claimgraph.triangulate.given_names import skeleton
from claimgraph.triangulate.keys import name_key
from claimgraph.triangulate.sentence_sides import Said, side

#: Offices one person holds at a time, by the words of their titles in several languages.
OFFICES = {
    "prime minister": r"prime\s+minister|premier|премьер(?:-министр)?\w*|прем['’ʼ]?єр(?:-міністр)?\w*|"
                      r"прэм['’ʼ]?ер(?:-міністр)?\w*|ministerpräsident\w*|premierminister\w*",
    "president": r"president|президент\w*|präsident\w*|prezydent\w*",
    "foreign minister": r"foreign\s+minister|министр\w*\s+иностранных\s+дел|міністр\w*\s+закордонних\s+справ|"
                        r"außenminister\w*|minist\w+\s+spraw\s+zagranicznych",
    "defence minister": r"defen[cs]e\s+minister|министр\w*\s+обороны|міністр\w*\s+оборони|"
                        r"verteidigungsminister\w*|minist\w+\s+obrony",
    "interior minister": r"interior\s+minister|министр\w*\s+внутренних\s+дел|міністр\w*\s+внутрішніх\s+справ|"
                         r"innenminister\w*|minist\w+\s+spraw\s+wewnętrznych",
}
_TITLE = re.compile("|".join(f"(?P<o{i}>{rx})" for i, rx in enumerate(OFFICES.values())), re.IGNORECASE)
_OFFICE_OF_GROUP = {f"o{i}": name for i, name in enumerate(OFFICES)}
#: Words just before a title that make its holder another one: deputy, vice, acting, former.
NOT_HOLDER = re.compile(r"(?:\b(?:former|ex|deputy|vice|acting|then|late|бывш\w*|экс|заместител\w*|вице|"
                        r"колишн\w*|заступник\w*|віце|ехемал\w*|były|była|byłego|wice|stellvertretend\w*)"
                        r"[\s-]*(?:\w+\s+)?)$", re.IGNORECASE)
#: What may stand between a title and the country named after it ("Prime Minister of Slovenia").
COUNTRY_AFTER_GAP = re.compile(r"^\s*(?:of\s+(?:the\s+)?)?$", re.IGNORECASE)
COUNTRY_BEFORE_GAP = re.compile(r"^(?:['’]s)?\s*$")
NAME_GAP = re.compile(r"^[\s,]{0,3}$")
STEMS = ("minister", "premier", "president", "министр", "міністр", "премьер", "прем", "президент",
         "präsident", "prezydent")
NATIONS = frozenset({"Country", "Nationality"})
MAX_HOLDERS = 3  # people named in one office of one event; more is a story of many holders
SURNAME_CONSONANTS = 3  # consonants of a surname's skeleton that tell two people apart


@dataclass(slots=True)
class Holder:
    """A person a report names by the title of an office."""

    document_id: str
    office: str
    country: str | None
    person: Mention
    said: Said


@dataclass(slots=True)
class OfficeDisagreement:
    cluster: str
    office: str
    sides: tuple[list[Holder], list[Holder]]
    country_name: str = field(default="")


def same_person(a: Mention, b: Mention) -> bool:
    """Whether two person mentions name one person: one resolved entity, or surnames whose
    consonants agree across scripts ("Ругинене" / "Ругініене")."""
    if a.entity_id and a.entity_id == b.entity_id:
        return True
    sa, sb = (_consonants((m.normalized or m.text).split()[-1]) for m in (a, b))
    return len(sa) >= SURNAME_CONSONANTS and sa[:SURNAME_CONSONANTS] == sb[:SURNAME_CONSONANTS]


def _consonants(surname: str) -> str:
    """A surname's consonants, with the letter groups transliterations spell one sound by made one
    ("Моштяну" / "Mosteanu", "Шевченко" / "Szewczenko")."""
    key = name_key(surname).replace(" ", "")
    for a, b in (("shch", "s"), ("sch", "s"), ("sh", "s"), ("sz", "s"), ("zh", "z"), ("cz", "c"), ("ch", "c"),
                 ("ts", "c"), ("tz", "c")):
        key = key.replace(a, b)
    return skeleton(key)


def _holders_of(doc: str, text: str, mentions: list[Mention]) -> tuple[list[Holder], dict[str, set[str]]]:
    """The people a report names by a title, with the country beside the title where it names one,
    and the countries the report names beside each office."""
    nations = [m for m in mentions if m.label in NATIONS and m.entity_id]
    people = [m for m in mentions if m.label == "Person"]
    found: list[Holder] = []
    countries: dict[str, set[str]] = defaultdict(set)
    for t in _TITLE.finditer(text):
        start, end = t.start(), t.end()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
            continue  # part of a longer word ("вице-президент")
        if NOT_HOLDER.search(text[max(0, start - 30):start]):
            continue
        if end < len(text) and text[end].isalnum():
            continue  # part of a longer word ("presidential")
        office = _OFFICE_OF_GROUP[next(k for k, v in t.groupdict().items() if v)]
        before = next((m for m in nations if m.end <= start and COUNTRY_BEFORE_GAP.match(text[m.end:start])),
                      None)
        after = next((m for m in nations if m.start >= end and COUNTRY_AFTER_GAP.match(text[end:m.start])),
                     None)
        nation = before or after
        if nation is None and _named_body_before(text, start):
            continue  # "Commission President": the head of a body, not of a state
        if nation is not None:
            countries[office].add(nation.entity_id or "")
        name_from = after.end if after is not None else end
        person = next((m for m in people if m.start >= name_from and NAME_GAP.match(text[name_from:m.start])),
                      None)
        if person is None:
            continue
        s0 = person.sent_start if person.sent_start is not None else start
        s1 = person.sent_end if person.sent_end is not None else person.end
        found.append(Holder(doc, office, nation.entity_id if nation else None, person,
                            Said(doc, s0, s1, " ".join(text[s0:s1].split()))))
    return found, countries


def _named_body_before(text: str, start: int) -> bool:
    """Whether a capitalised word other than a sentence's first stands just before a title."""
    words = re.findall(r"[\w'’.-]+", text[max(0, start - 40):start])
    if not words or not words[-1][:1].isupper():
        return False
    head = text[max(0, start - 40):start].rstrip()
    return not re.search(r"(?:^|[.!?\n])\s*[\w'’.-]+$", head)


def office_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str],
                         mentions: Iterable[Mention]) -> list[OfficeDisagreement]:
    """Per cluster, office and country, every two people different reports name in it that no
    report of the event names together."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.document_id in texts and m.label in NATIONS | {"Person"}:
            by_doc[m.document_id].append(m)
    holders: dict[str, list[Holder]] = defaultdict(list)
    named: dict[str, dict[str, set[str]]] = {}
    for doc in sorted(texts):
        cluster = cluster_of.get(doc)
        if cluster is None:
            continue
        found, countries = _holders_of(doc, texts[doc], by_doc.get(doc, []))
        holders[cluster].extend(found)
        named[doc] = countries
    out = []
    for cluster, found in sorted(holders.items()):
        for h in found:
            h.country = h.country or _only(named[h.document_id].get(h.office))
        slots: dict[tuple[str, str], list[list[Holder]]] = defaultdict(list)
        for h in found:
            country = h.country or _only({x.country for x in found if x.country and x.office == h.office
                                          and same_person(x.person, h.person)})
            if country is None:
                continue
            groups = slots[(h.office, country)]
            group = next((g for g in groups if same_person(g[0].person, h.person)), None)
            if group is None:
                groups.append([h])
            else:
                group.append(h)
        people = [m for doc in {h.document_id for h in found} | _docs_of(cluster, cluster_of, texts)
                  for m in by_doc.get(doc, []) if m.label == "Person"]
        for (office, _), groups in sorted(slots.items()):
            if not 2 <= len(groups) <= MAX_HOLDERS:
                continue
            for i, a in enumerate(groups):
                for b in groups[i + 1:]:
                    if _told_together(a[0].person, b[0].person, people):
                        continue
                    out.append(OfficeDisagreement(cluster, office, (a, b)))
    return out


def _docs_of(cluster: str, cluster_of: Mapping[str, str], texts: Mapping[str, str]) -> set[str]:
    return {d for d in texts if cluster_of.get(d) == cluster}


def _told_together(a: Mention, b: Mention, people: list[Mention]) -> bool:
    """Whether some report names both people (anywhere in it)."""
    docs_a = {m.document_id for m in people if same_person(m, a)}
    docs_b = {m.document_id for m in people if same_person(m, b)}
    return bool(docs_a & docs_b)


def _only(values: set[str] | set[str | None] | None) -> str | None:
    return next(iter(values)) if values and len(values) == 1 else None


def shown(d: OfficeDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    a, b = d.sides
    return {"kind": "actor", "about": f"who is the {d.office}",
            "reasons": [f"{a[0].person.text} vs {b[0].person.text}"],
            "sides": [side(a[0].person.text, [h.said for h in a], outlets_of),
                      side(b[0].person.text, [h.said for h in b], outlets_of)]}
