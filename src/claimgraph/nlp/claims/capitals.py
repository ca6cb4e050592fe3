"""A capital named by its state: "the North Korean capital", "the capital of Belarus", "белорусская
столица" stand for the city the report names elsewhere ("Pyongyang", "Минск").

The city is the report's own mention of a capital the seats table gives for that state; a report that
never names the city gets nothing (the state is not the place arrived in).
"""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.arguments import _country_of
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent
from claimgraph.nlp.countries import nationality_code, territory_code
from claimgraph.nlp.claims.names import name_of
from claimgraph.nlp.seats import CAPITALS

CAPITAL_NOUNS = frozenset({"capital", "столица", "столиця", "сталіца"})


def _state_code(ctx: _Context, sx: _Sent, n: int) -> str | None:
    for c in _kids(sx, n, "amod", "nmod", "nmod:poss", "compound"):
        m = sx.token_mention[c]
        if m is not None and m.label == "Nationality":  # "North Korean": the country the report names
            m = _country_of(ctx, m) or m
        if m is None:  # "белорусская столица": a demonym the tagger left unnamed
            code = nationality_code(sx.sent.tokens[c].text) if sx.sent.tokens[c].dep.startswith("amod") else None
            if code:
                return code.lower()
            continue
        code = nationality_code(m.text) if m.label == "Nationality" else (
            territory_code(name_of(m)) or territory_code(m.text) if m.label == "Country" else None)
        if code:
            return code.lower()
    return None


def capital_named(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """The report's mention of the capital the noun at ``n`` names through its state, else None."""
    if sx.lemmas[n] not in CAPITAL_NOUNS or sx.token_mention[n] is not None:
        return None
    code = _state_code(ctx, sx, n)
    if code is None:
        return None
    stems = tuple(stem for stem, c in CAPITALS if c == code)
    found = [m for m in ctx.entity_mentions if m.label == "Location" and stems
             and (name_of(m).casefold().startswith(stems) or m.text.casefold().startswith(stems))]
    start = sx.sent.tokens[n].start
    return min(found, key=lambda m: (m.start > start, abs(m.start - start)), default=None)


__all__ = ["CAPITAL_NOUNS", "capital_named"]
