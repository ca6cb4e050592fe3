"""produces for the output a planned figure is compared with: "a contract to produce over 6,000
drones this year, up from 2,000 in 2024", "compared with 2,000 the year before", "рост с 2 тыс.".

A sentence that states the output a maker will (or did) turn out and sets it against another figure
("from", "compared with", "versus", "three times the") tells what the same maker turned out before:
that figure is output the maker produced, of the same product.
"""
from __future__ import annotations

import dataclasses
import re

from claimgraph.model import Claim, Quantity
from claimgraph.nlp.claims.sentence import _Context, _Sent, _token_at

#: words that set a figure against another, right before it ("up from", "compared with", "с")
_AGAINST = {"en": re.compile(r"(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\btimes|\bthan)\s+(?:the\s+)?"
                             r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE),
            "ru": re.compile(r"(?:\bс|\bпо\s+сравнению\s+с|\bпротив|\bчем)\s+(?:примерно\s+|около\s+)?$",
                             re.IGNORECASE)}
_OUTPUT = frozenset({"produces", "plans_to_produce"})


def earlier_output_claims(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """One produces claim, dated by the date nearest the earlier figure, for each figure an output
    claim of the sentence is compared with."""
    text = ctx.doc.text
    against = _AGAINST.get(ctx.lang)
    stated = [c for c in claims if c.predicate in _OUTPUT and c.value is not None]
    if against is None or not stated:
        return []
    base = stated[0]
    out: list[Claim] = []
    for q in sx.quantities:
        if q.start is None or q.value is None or q.value == base.value or q.value < 2:
            continue
        if not against.search(text[max(sx.sent.start, q.start - 40):q.start]):
            continue
        if _other_goods(sx, q, base):
            continue
        out.append(_earlier(ctx, sx, base, q))
    return out[:2]


def _other_goods(sx: _Sent, q: Quantity, base: Claim) -> bool:
    """The figure counts something else: a noun unit other than the stated output's ("2,000 workers");
    a unit the quantity reader took from a verb or adverb after the number ("the 2,000 produced") is none."""
    if not q.unit or not base.unit or q.unit.lower() == base.unit.lower() or q.unit.lower() in ("unit", "units"):
        return False
    toks = sx.sent.tokens
    at = _token_at(sx.sent, q.start or 0)
    word = next((k for k in range(at, min(len(toks), at + 4)) if toks[k].text.lower().startswith(q.unit.lower()[:4])),
                None)
    return word is None or toks[word].pos in ("NOUN", "PROPN")


def _earlier(ctx: _Context, sx: _Sent, base: Claim, q: Quantity) -> Claim:
    at = _token_at(sx.sent, q.start or 0)
    dated = [(abs(t - at), t, d) for t, d in sx.dates if t > at and t - at <= 6]
    time = min(dated, key=lambda x: x[0])[2] if dated else None
    return dataclasses.replace(
        base, predicate="produces", value=q.value, unit=q.unit or base.unit, qualifier=q.qualifier,
        value_min=q.min, value_max=q.max, rate=q.rate, time=time,
        modality="fact" if base.modality in ("plan", "fact") else base.modality,
        id=Claim.make_id(base.document_id, base.start, base.subject, "produces", base.object, q.value))


__all__ = ["earlier_output_claims"]
