"""located_in from how a report introduces a firm: "X из ОАЭ", "a procurement firm from Moscow – X",
"an export company from Texas, X", "China's X" ("China-based X" is read by :mod:`.based_in`).

The place must be a name the tagger found right where the phrase puts it: after "из" right behind
the firm, or under "from" of a common noun for a firm beside the name.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.build import _claim
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _token_at
from claimgraph.nlp.claims.words import PLACES

_FIRMS = frozenset({"Company", "Organization"})
#: common nouns for a firm: "an export company from Texas – X"
_FIRM_NOUNS = frozenset({"company", "firm", "supplier", "manufacturer", "maker", "distributor", "exporter",
                         "importer", "компания", "фирма", "поставщик", "производитель", "предприятие"})
_DASHES = frozenset({"-", "–", "—", ",", "‑"})


def _place_at(sx: _Sent, i: int) -> Mention | None:
    m = sx.token_mention[i] if 0 <= i < len(sx.token_mention) else None
    return m if m is not None and m.label in PLACES else None


def _owned_by_place(sx: _Sent, m: Mention, first: int) -> Mention | None:
    """"China's Yilufa Electronics Limited": a company written with its country's possessive."""
    toks = sx.sent.tokens
    k = first - 1
    if m.label != "Company" or k < 1 or toks[k].text not in ("'s", "’s"):
        return None
    place = _place_at(sx, k - 1)
    return place if place is not None and place.label in ("Country", "Location") else None


def _from_after(sx: _Sent, last: int) -> Mention | None:
    """"X из ОАЭ": "из" and a place right after the name."""
    toks = sx.sent.tokens
    k = last + 1
    if k + 1 < len(toks) and sx.lemmas[k] == "из":
        return _place_at(sx, k + 1)
    return None


def _dashed_after_firm(sx: _Sent, first: int) -> Mention | None:
    """"a procurement firm from Moscow – X": a firm noun, "from", a place and a dash right before the name."""
    toks = sx.sent.tokens
    k = first - 1
    if k < 3 or toks[k].text not in _DASHES:
        return None
    place = _place_at(sx, k - 1)
    if place is None:
        return None
    k = _token_at(sx.sent, place.start) - 1
    if k < 1 or sx.lemmas[k] not in ("from", "из") or sx.lemmas[k - 1] not in _FIRM_NOUNS:
        return None
    return place


def _firm_noun_from(sx: _Sent, m: Mention, head: int) -> Mention | None:
    """"an export company from Texas – X", "X, a firm from Moscow": the place under "from" / "из" of
    the firm noun the name stands beside."""
    toks = sx.sent.tokens
    nouns = [c for c in _kids(sx, head, "appos") if sx.token_mention[c] is None]
    g = toks[head].head
    if toks[head].dep.startswith("appos") and 0 <= g < len(toks) and sx.token_mention[g] is None:
        nouns.append(g)
    for n in nouns:
        if sx.lemmas[n] not in _FIRM_NOUNS:
            continue
        for c in _kids(sx, n, "nmod"):
            if set(_case(sx, c).split()) & {"from", "из"} and (place := _place_at(sx, c)) is not None:
                return place
    return None


def company_home_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """located_in for each firm the sentence introduces with its home."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    seen: set[str] = set()
    for m in sx.mentions:
        if m.label not in _FIRMS or m.id in seen or not sx.sent.start <= m.start < sx.sent.end:
            continue
        first, last = _token_at(sx.sent, m.start), _token_at(sx.sent, m.end - 1)
        if not 0 <= first <= last < len(toks):
            continue
        head = next((i for i in range(first, last + 1) if not first <= toks[i].head <= last), last)
        place = (_from_after(sx, last) or _dashed_after_firm(sx, first)
                 or _owned_by_place(sx, m, first)
                 or _firm_noun_from(sx, m, head))
        if place is None or place.id == m.id:
            continue
        seen.add(m.id)
        out.append(_claim(ctx, sx, m, "located_in", place, None, "fact", None, head, 0.6))
    return out


__all__ = ["company_home_claims"]
