"""Acronyms of organisations and the initials of long names ("ГВПК", "NASB", "SAMI")."""
from __future__ import annotations

from claimgraph.resolve.countries import country_word
from claimgraph.resolve.names import ORG_KINDS, tokens

ACRONYM_KINDS = ORG_KINDS | {"Facility"}

_ACRONYM_SKIP = frozenset(["of", "the", "and", "for", "de", "и", "по", "для", "в", "на"])


def acronym(name: str) -> str | None:
    """The name itself when it is an acronym ("ГВПК", "NASB", "OFAC"): 2–6 capitals, one word."""
    text = name.strip("«»\"' ")
    if _is_acronym(text):
        return text
    # "НАН Беларуси", "NAS of Belarus", "АП РФ": an acronym completed by a country or another
    # acronym stands for the long name with that word's initial ("НАНБ", "NASB", "АПРФ")
    words = [w for w in tokens(text) if w.lower() not in _ACRONYM_SKIP]
    if 2 <= len(words) <= 3 and _is_acronym(words[0]):
        rest = words[1:]
        if all(_is_acronym(w) or country_word(w) for w in rest):
            return words[0] + "".join(w if _is_acronym(w) else w[0].upper() for w in rest)
    return None


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def initials(name: str) -> str | None:
    """The capitals of a multi-word name: "State Authority for Military Industry" → "SAMI",
    "Государственный военно-промышленный комитет" → "ГВПК" (hyphenated parts count apart)."""
    letters = []
    for word in name.replace("«", " ").replace("»", " ").split():
        if word.lower() in _ACRONYM_SKIP:
            continue
        for part in word.split("-"):
            if part[:1].isalpha():
                letters.append(part[0].upper())
    return "".join(letters) if len(letters) >= 2 else None
