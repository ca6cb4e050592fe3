"""Within-document name linking: mentions of one thing share a ``local_entity`` and a ``canonical``.

Four links, all in linear time over the document's mentions:

- the same name in another inflection or script ("Федорищевым", "Fedorishchev"): names are
  compared on a transliteration key that ignores case, script and common spelling variants
  (Chinese names in Russian are read as pinyin: "Сямэнь" is "Xiamen");
- a surname to the full name it abbreviates ("Fedorishchev" → "Vyacheslav Fedorishchev");
- an acronym to its expansion, from a mention whose initials match or from "expansion (ACRONYM)"
  in the text ("UAS" ↔ "Unmanned Aircraft Systems", "БАС" ↔ "беспилотные авиационные системы");
- the gazetteer's preferred name, when the gazetteer found the mention.

Mentions keep their own span and label. The canonical name is the gazetteer's name when there is
one, else the fullest name in the group (nominative for Russian).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from claimgraph.disjoint import DisjointSets
from claimgraph.ids import make_id
from claimgraph.model import ENTITY_TYPES, Mention
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.resolve.chinese import name_pinyin

NAME = "claimgraph.linking.v1"
VERSION = "1"

_CYR = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўєї",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "u", "ye", "yi"],
))
_VARIANTS = (("shch", "sh"), ("sch", "sh"), ("sht", "st"), ("tch", "ch"), ("kh", "h"), ("ph", "f"),
             ("ck", "k"), ("w", "v"), ("ye", "e"), ("yu", "iu"), ("ya", "ia"), ("y", "i"), ("j", "i"), ("ks", "x"),
             ("c", "k"), ("q", "k"))
_DOUBLE = re.compile(r"(.)\1+")
_WORD = re.compile(r"\w+", re.UNICODE)
_LEGAL = frozenset({"jsc", "ojsc", "cjsc", "pjsc", "llc", "ltd", "inc", "gmbh", "plc", "corp", "ооо", "оао",
                    "зао", "ао", "пао", "нао", "the"})
_STOP = frozenset({"of", "and", "the", "for", "on", "in", "de", "и", "по", "на", "в", "для"})
_ACRONYM = re.compile(r"^[A-ZА-ЯЁ]{2,8}$")
_PAREN_ACRONYM = re.compile(r"\(\s*([A-ZА-ЯЁ]{2,8})\s*\)")

FAMILY = {"Organization": "org", "Company": "org", "PublicBody": "org", "Country": "place",
          "Location": "place"}


def translit_key(name: str) -> str:
    """A key equal for spellings of one name across scripts and common variants."""
    out = []
    words = _WORD.findall(name.casefold())
    pinyin = name_pinyin(tuple(words)) if any(ch in _CYR for ch in name.casefold()) else ()
    for n, word in enumerate(words):
        if word in _LEGAL:
            continue
        latin = (pinyin[n] if pinyin else None) or "".join(_CYR.get(ch, ch) for ch in word)
        for a, b in _VARIANTS:
            latin = latin.replace(a, b)
        out.append(_DOUBLE.sub(r"\1", latin))
    return " ".join(out)


def initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in _STOP).upper()


class LinkingComponent:
    """Sets ``local_entity`` and ``canonical`` on every entity mention of a document."""

    name = NAME
    version = VERSION
    requires = ("mentions",)
    assigns = ("mentions",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        mentions = sorted((m for m in doc.mentions if m.label in ENTITY_TYPES), key=lambda m: m.start)
        if not mentions:
            return doc
        link(doc, mentions)
        return doc


def _name(m: Mention) -> str:
    return m.normalized or m.text


def link(doc: AnalyzedDoc, mentions: list[Mention]) -> None:
    groups: DisjointSets[int] = DisjointSets(range(len(mentions)))
    family = [FAMILY.get(m.label, m.label) for m in mentions]
    keys = [translit_key(m.canonical or _name(m)) for m in mentions]

    person_keys = {keys[i] for i in range(len(mentions)) if family[i] == "Person" and " " in keys[i]}
    for i, m in enumerate(mentions):  # a full name once a Person is a Person wherever it was misread
        if (m.label in ("Organization", "Location") and not m.canonical and keys[i] in person_keys):
            _relabel(m, "Person")
            family[i] = "Person"

    by_key: dict[tuple[str, str], int] = {}
    for i, key in enumerate(keys):  # one name, any inflection or script
        if key:
            first = by_key.setdefault((family[i], key), i)
            groups.union(first, i)
        if mentions[i].canonical:
            first = by_key.setdefault((family[i], translit_key(_name(mentions[i]))), i)
            groups.union(first, i)

    last_full: dict[str, int] = {}  # surname key → latest full name seen
    full_any: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if family[i] != "Person":
            continue
        words = keys[i].split()
        if len(words) > 1:
            for w in (words[-1], words[0]):
                last_full[w] = i
                full_any[w].append(i)
    for i, m in enumerate(mentions):  # a surname alone → the nearest earlier full name, else the only one
        words = keys[i].split()
        if family[i] != "Person" or len(words) != 1:
            continue
        candidates = full_any.get(words[0], [])
        earlier = [j for j in candidates if mentions[j].start < m.start]
        if earlier:
            groups.union(earlier[-1], i)
        elif len({keys[j] for j in candidates}) == 1:
            groups.union(candidates[0], i)

    first_word: dict[str, int] = {}  # "Vityaz" → "Vityaz Electronics"
    for i, m in enumerate(mentions):
        words = keys[i].split()
        if family[i] == "org" and len(words) > 1:
            first_word.setdefault(words[0], i)
    for i, m in enumerate(mentions):  # a short form of a name takes the full name's type
        words = keys[i].split()
        if len(words) != 1 or m.label in ("Country", "Nationality") or m.canonical:
            continue
        target = None
        if family[i] != "Person" and words[0] in full_any:
            target = full_any[words[0]][0]
        elif family[i] == "Person" and words[0] in first_word:  # a place stays a place ("Tomsk")
            target = first_word[words[0]]
        if target is not None:
            groups.union(target, i)
            _relabel(m, mentions[target].label)
            family[i] = family[target]

    expansions = _paren_acronyms(doc.text)
    by_initials: dict[str, int] = {}
    for i, m in enumerate(mentions):
        words = _WORD.findall(_name(m))
        if len(words) > 1:
            by_initials.setdefault(initials(words), i)
    for i, m in enumerate(mentions):  # an acronym → the mention it abbreviates
        if not _ACRONYM.match(m.text):
            continue
        j = by_initials.get(m.text)
        if j is not None and j != i:
            groups.union(j, i)
        elif m.text in expansions and not m.canonical:
            m.canonical = expansions[m.text]

    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        members[groups.find(i)].append(i)
    for root, idx in members.items():
        canonical = _canonical([mentions[i] for i in idx])
        label = mentions[root].label
        local = make_id("entity", doc.document_id, FAMILY.get(label, label), canonical)
        for i in idx:
            mentions[i].canonical = canonical
            mentions[i].local_entity = local


def _relabel(m: Mention, label: str) -> None:
    if m.label != label:
        m.label = label
        m.id = Mention.make_id(m.document_id, m.start, m.end, label)


def _canonical(group: list[Mention]) -> str:
    from_gazetteer = [m.canonical for m in group if m.canonical]
    if from_gazetteer:
        return from_gazetteer[0]
    def rank(m: Mention) -> tuple[int, int, int]:
        name = _name(m)
        return (-len(name.split()), 0 if not _ACRONYM.match(m.text) else 1, -len(name))
    return " ".join(_name(min(group, key=rank)).split())


def _paren_acronyms(text: str) -> dict[str, str]:
    return paren_acronyms(text)  # type: ignore[return-value]


def paren_acronyms(text: str, spans: bool = False) -> dict[str, str] | dict[str, tuple[int, int]]:
    """"Unmanned Aircraft Systems (UAS)" → {"UAS": "Unmanned Aircraft Systems"} (initials must match).

    ``spans=True`` gives the expansion's ``(start, end)`` in the text instead of its words.
    """
    out: dict = {}
    for m in _PAREN_ACRONYM.finditer(text):
        acronym = m.group(1)
        before = list(_WORD.finditer(text, max(0, m.start() - 200), m.start()))
        words: list[re.Match[str]] = []
        for w in reversed(before):
            words.insert(0, w)
            if initials([x.group() for x in words]) == acronym:
                out.setdefault(acronym, (words[0].start(), words[-1].end()) if spans
                               else text[words[0].start():words[-1].end()])
                break
            if len(words) > 2 * len(acronym) + 2:
                break
    return out
