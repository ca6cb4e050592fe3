"""A Russian demonym a claim has for its subject stands for its country.

"Использование иранских беспилотников", "китайские поставки": the rules take the adjective for the
party that acts, which is right, but a Russian adjective is an inflected word, not a name the
ledger can join to others ("иранских" is no form of "Иран"). Such a subject becomes the country
the document names for the demonym, else the country's Russian name from the country table; a
demonym of no known country stays as written. English demonyms ("Iranian", "Chinese") are names of
their own and stay.
"""
from __future__ import annotations

import dataclasses
import re

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _country_of
from claimgraph.nlp.claims.names import country_names
from claimgraph.nlp.claims.sentence import _Context
from claimgraph.nlp.countries import nationality_code

_CYRILLIC_NAME = re.compile(r"[а-яё]+(?:[ -][а-яё]+)*")
#: a one-word name this short, with at most one vowel, is an acronym ("кндр", "сша"; not "иран")
_ACRONYM = 4
_VOWELS = frozenset("аеёиоуыэюя")


def countries_for_demonyms(ctx: _Context, claims: list[Claim]) -> list[Claim]:
    """``claims`` with each Russian demonym subject replaced by its country, repeats dropped."""
    if ctx.lang != "ru":
        return claims
    out: dict[str, Claim] = {}
    for c in claims:
        m = ctx.by_id.get(c.subject_mention or "")
        found = _country(ctx, m) if m is not None and m.label == "Nationality" else None
        if found is not None and found[0] != c.object:
            name, mention_id = found
            c = dataclasses.replace(c, subject=name, subject_mention=mention_id,
                                    id=Claim.make_id(c.document_id, c.start, name, c.predicate, c.object, c.value))
        out.setdefault(c.id, c)
    return list(out.values())


def _country(ctx: _Context, demonym: Mention) -> tuple[str, str] | None:
    """The name and mention id of the demonym's country: the document's mention of it, else the
    table's first Russian name, written as a name ("КНДР", "Северная Корея"), tied to the demonym's
    own mention."""
    country = _country_of(ctx, demonym)
    if country is not None:
        return ctx.name(country), country.id
    code = nationality_code(demonym.text)
    names = country_names()[1].get(code or "", ())
    name = next((n for n in names if _CYRILLIC_NAME.fullmatch(n)), None)
    if name is None:
        return None
    one_word = " " not in name and "-" not in name
    if one_word and len(name) <= _ACRONYM and sum(ch in _VOWELS for ch in name) <= 1:
        return name.upper(), demonym.id
    return re.sub(r"(?:^|(?<=[ -]))[а-яё]", lambda m: m.group().upper(), name), demonym.id
