"""Model names read from the words for the kind of thing they name: "Shahed drones", "the L550E
engine", "rakiet Oresznik", "Raketensysteme des Typs Oreschnik", "Oreschnik-Raketen".

A capitalised word or a model code standing right before a weapon or component noun ("drone",
"missile", "engine", "UAV", "-type") names a model in English, whatever a statistical model took
it for (a person, a place, an organisation); Polish puts the name after the kind ("pociski
balistyczne Oresznik"), German after "des Typs" or before a hyphenated kind ("Oreschnik-Raketen").
The document then agrees with itself: the same word, with its plural or case endings ("Shaheds",
"Орешника", "Гарпий"), is the model wherever else the text writes it (:func:`echoes`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from claimgraph.model import Mention
from claimgraph.nlp.name_types import DEMONYMS

#: The nouns a model name stands before; "Samara drone makers" names the makers' place, not a model.
_HEADS = (r"(?:attack\s+|suicide\s+|kamikaze\s+|combat\s+|strike\s+|cruise\s+|ballistic\s+)?"
          r"(?:(?:decoy\s+)?drones?|missiles?|engines?|UAVs?|UAS|unmanned\s+aerial\s+vehicles?|rockets?|"
          r"loitering\s+munitions?|series|systems?|models?)\b"
          r"(?!\s+(?:makers?|manufacturers?|producers?|builders?|developers?|industry|sector|companies|firms|"
          r"plants?|factor(?:y|ies)|works|programm?e?s?)\b)")
#: One name word (a capitalised word, or a code like "L550E") with its plural, or two joined by a
#: slash ("Shahed/Geran"), then the head noun.
_CUED = re.compile(
    r"(?<![\w\-’'./])(?P<name>[A-Z][a-z]{2,15}|[A-Z]{1,4}\d{2,4}[A-Z]{0,2})s?"
    r"(?:/(?P<other>[A-Z][a-z]{2,15}|[A-Z]{1,4}\d{2,4}[A-Z]{0,2})s?)?"
    r"(?:(?:-type|-class)\s+|\s+)" + _HEADS)
#: A weapon noun, then "called" / "known as" / "dubbed" and a quoted name: 'decoy drones called “Gerbera”'.
_CALLED = re.compile(r"(?i:\b(?:drones?|decoys?|missiles?|engines?|UAVs?|rockets?|munitions?)\b[^.\n]{0,40}?"
                     r"\b(?:called|known\s+as|dubbed|named)\s+)[“\"«]([A-Z][a-z]{2,15})[,.]?[”\"»]")
#: Words written with a capital before such a noun that are no model: kinds, makers' demonyms, headings.
_NOT_NAMES = frozenset({"attack", "suicide", "kamikaze", "combat", "strike", "cruise", "ballistic", "military",
                        "the", "these", "another", "any", "each", "every", "this", "that", "which", "what", "such",
                        "other", "own", "decoy", "cheap", "cheaper", "large", "small", "larger", "weapons",
                        "weapon", "defense", "defence", "control", "payment", "financial", "banking", "those", "their", "our", "its", "new", "enemy", "long", "short", "drone",
                        "missile", "engine", "hostile", "foreign", "domestic", "modern", "heavy", "light", "several",
                        "many", "some", "two", "three", "four", "five", "more", "most", "first", "last",
                        "reconnaissance", "naval", "army", "air", "ground", "sea", "how", "why", "when", "where"})


def named_products(text: str, is_place_or_people: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, name)`` of model names cued by the noun after them, and their other occurrences.

    ``is_place_or_people`` tells a country or demonym ("Iranian drones", "Ukraine drones") apart.
    A capitalised common word ("Attack drones" in a headline) is left alone when the text also
    writes it in lower case, and so is a word the text also puts after a place preposition
    ("in Alabuga"): a site or a maker whose drones these are.
    """
    names: set[str] = set()
    for name in (n for m in _CUED.finditer(text) for n in (m.group("name"), m.group("other")) if n):
        if name.endswith("s") and not name.endswith("ss") and len(name) > 4:
            name = name[:-1]  # "Shaheds": the plural comes back with every occurrence below
        key = name.casefold()
        if key in _NOT_NAMES or is_place_or_people(name):
            continue
        if name[1:].islower() and re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"s?(?![\w-])", text):
            continue  # the word is a common one the text also writes in lower case
        if re.search(r"\b(?:in|at|near|from)\s+(?:the\s+)?" + re.escape(name) + r"(?![\w-])", text):
            continue  # a place or a maker: "drones made in X", "the X plant" reads as a site
        names.add(name)
    names |= {m.group(1) for m in _CALLED.finditer(text) if not is_place_or_people(m.group(1))}
    if not names:
        return []
    pattern = re.compile(r"(?<![\w\-’'.])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")s?(?!\w|-(?!type\b|class\b))")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


#: A Polish word for a kind of weapon, up to three lower-case words ("balistyczne średniego zasięgu"),
#: then the model's name (one word: "Republiki Białoruś" after it is a state; a preposition
#: before it makes it a place: "dronów w Jełabudze").
_KIND_THEN_NAME_PL = re.compile(
    r"(?i:\b(?:rakiet|pocisk|system|wyrzutni|wyrzutn|dron|bezzałogowc|samolot|myśliwc|śmigłowc|czołg|kompleks)"
    r"[a-ząćęłńóśźż]*)(?:\s+(?!(?:w|we|na|z|ze|do|od|pod|nad|przez|dla|po|przy|o|u|koło|obok|i|oraz)\s)[a-ząćęłńóśźż]+){0,3}\s+([A-Z][a-ząćęłńóśźż]{2,15})(?![\w-]|\s+[A-ZĄĆĘŁŃÓŚŹŻ])")
#: German: "des Typs Oreschnik", "vom Typ Shahed", and "Oreschnik-Raketen", '"Garpiya"-Kampfdrohnen'.
_TYPE_NAME_DE = re.compile(r"\b(?:des|vom|dem|den)\s+Typs?\s+[„“\"]?([A-Z][a-zäöüß]{2,15})(?![\w-])")
_NAME_KIND_DE = re.compile(
    r"(?<![\w-])[„“\"]?([A-Z][a-zäöüß]{2,15})[“”\"]?-(?=[A-Za-zäöüß]*(?:[Dd]rohne|[Rr]akete|[Ss]ystem|[Ss]erie|"
    r"[Ff]lugzeug|[Kk]ampfjet|[Jj]äger|[Pp]anzer|[Hh]ubschrauber|[Tt]riebwerk|[Mm]otor))")
#: Case endings a name may take in Russian, Ukrainian, Belarusian or Bulgarian text ("Орешника",
#: "Гарпий", "Герані"), after its last vowel or soft sign is dropped.
_CYRILLIC_ENDINGS = r"(?:а|я|у|ю|ом|ем|ой|ей|ею|ою|е|є|ы|и|і|ї|ам|ям|ами|ями|ах|ях|ов|ів|ий|ій|ия|ія|ии|ію|ию|ь|ью|й)?"
#: Endings a Latin-script name may take: an English plural, Polish and German cases ("Oresznika").
_LATIN_ENDINGS = r"(?:s|a|u|em|iem|om|ów|y|e|en)?"
_MIN_STEM = 4  # a shorter name is matched only as written


def kind_cued_names(text: str, lang: str | None, is_place_or_people: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """Spans of model names a Polish or German word for their kind gives away (see the module doc)."""
    patterns = {"pl": (_KIND_THEN_NAME_PL,), "de": (_TYPE_NAME_DE, _NAME_KIND_DE)}.get(lang or "", ())
    out = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            name = m.group(1)
            if is_place_or_people(name):
                continue
            if pattern is _NAME_KIND_DE and not (m.group().startswith(("„", "“", '"')) or re.search(
                    r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)):
                continue  # "Langstrecken-Drohnen": every German noun is capitalised; a name stands alone too
            out.append((m.start(1), m.end(1), name))
    return out


def echoes(text: str, names: Iterable[str], taken: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Every other occurrence of the model ``names`` in ``text``, as written or with a plural or case
    ending, capitalised as the name is, outside the ``taken`` spans: ``(start, end, name)``.
    A hyphen and a number after it make another model ("Гарпия-3"), so that is no echo."""
    forms: dict[str, str] = {}  # the name's forms as a pattern -> the name
    for name in names:
        if not name[:1].isupper() or not name.replace("-", "").isalpha() or len(name) < 3:
            continue
        cyrillic = bool(re.search(r"[а-яёіїєґў]", name, re.IGNORECASE))
        stem = re.sub(r"[аяьйоеыиіїє]$", "", name) if cyrillic else re.sub(r"s$", "", name)
        if len(stem) < _MIN_STEM:
            forms[re.escape(name)] = name
        else:
            forms[re.escape(stem) + (_CYRILLIC_ENDINGS if cyrillic else _LATIN_ENDINGS)] = name
    if not forms:
        return []
    ordered = sorted(forms, key=len, reverse=True)  # one group a name: the hit tells whose form it is
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<n{k}>{p})" for k, p in enumerate(ordered)) + r")(?!\w|-\d)")
    spans = sorted(taken)
    out = []
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        name = forms[ordered[int(m.lastgroup[1:])]]
        out.append((m.start(), m.end(), name))
    return out


_DEMONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$")


def demonyms_before(text: str, products: list[Mention], found: list[Mention],
                    make: Callable[[int, int, str], Mention]) -> list[Mention]:
    """Nationality mentions for a demonym right before a model ("the Russian Oreshnik", "Iranian
    Shahed drones") that no other mention covers: the model may have read both words as one name."""
    taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for p in products:
        before = _DEMONYM_BEFORE.search(text, max(0, p.start - 30), p.start)
        if before is None or before.group(1).casefold() not in DEMONYMS:
            continue
        start, end = before.start(1), before.end(1)
        if not any(s < end and start < e for s, e in taken):
            out.append(make(start, end, before.group(1)))
            taken.append((start, end))
    return out


__all__ = ["demonyms_before", "echoes", "kind_cued_names", "named_products"]
