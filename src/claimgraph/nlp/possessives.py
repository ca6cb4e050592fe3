"""Names without possessives: "Aleksandr Lukashenko's office" names Aleksandr Lukashenko.

The English possessive ("'s", "’s", the bare apostrophe after a plural "the Philippines’") is
grammar, not part of the name: a mention ends before it, and so does its normalised form, so the
claims and events that use the mention name the entity itself. A typographic apostrophe can also
make the statistical model cut a name in two ("Aleksandr" a place, "Lukashenko’s" a person); a
given name the name table knows, directly before a person's mention, joins it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from claimgraph.model import Mention

_POSSESSIVE = re.compile(r"(?<=[^\W\d_])(?:['’ʼ`´]s|(?<=s)['’ʼ])$")
#: labels of names that take a possessive (a quantity or date never does)
_NAMES = frozenset({"Person", "Organization", "Company", "PublicBody", "Country", "Location", "Facility",
                    "Product", "Nationality"})


def possessive_at(text: str) -> int:
    """Characters of a possessive ending ``text`` ("Russia's" → 2, "the Philippines’" → 1), else 0."""
    m = _POSSESSIVE.search(text)
    return len(m.group()) if m else 0


def _retyped(m: Mention, start: int, end: int, text: str, label: str, normalized: str | None) -> Mention:
    return replace(m, id=Mention.make_id(m.document_id, start, end, label), start=start, end=end,
                   text=text[start:end], label=label, normalized=normalized)


def without_possessive(m: Mention, text: str) -> Mention:
    """The mention without a possessive ending, its normalised form too; other mentions unchanged."""
    if m.label not in _NAMES:
        return m
    cut = possessive_at(m.text)
    if not cut or len(m.text) - cut < 2:
        return m
    normalized = m.normalized
    if normalized and possessive_at(normalized):
        normalized = normalized[:len(normalized) - possessive_at(normalized)]
    return _retyped(m, m.start, m.end - cut, text, m.label, normalized)


def _given_name(word: str) -> bool:
    from claimgraph.resolve.given_names import given_name_forms, given_name_keys
    from claimgraph.resolve.name_keys import token_key

    key = token_key(word)
    if given_name_forms(key):
        return True
    return key in given_name_keys()  # the name table's other spellings


def join_given_names(mentions: list[Mention], text: str) -> list[Mention]:
    """"Aleksandr" (read as a place) + "Lukashenko" (a person) one space apart: one person."""
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    i = 0
    while i < len(ordered):
        m = ordered[i]
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if (nxt is not None and nxt.label == "Person" and m.label != "Person" and m.label in _NAMES
                and " " not in m.text and text[m.end:nxt.start] == " " and _given_name(m.text)):
            name = f"{m.text} {nxt.normalized or nxt.text}"
            out.append(_retyped(nxt, m.start, nxt.end, text, "Person", name))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def tidy_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions with possessives cut and split given names joined, in text order."""
    return join_given_names([without_possessive(m, text) for m in mentions], text)


__all__ = ["join_given_names", "possessive_at", "tidy_names", "without_possessive"]
