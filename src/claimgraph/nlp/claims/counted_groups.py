"""Goods or people sent in several counted groups: "will send 1,000 sappers and 5,000 builders",
"направит тысячу саперов и пять тысяч строителей", "supplied 40 tanks as well as 12 howitzers":
one supply claim per counted group, each with its own figure."""
from __future__ import annotations

from claimgraph.model import Quantity
from claimgraph.nlp.claims.sentence import _kids, _Sent, _subtree, _with_conj


def counted_groups(sx: _Sent, v: int, limit: int = 6) -> list[Quantity]:
    """The figures of the verb's coordinated objects, one per object that carries its own; empty
    unless at least two objects do."""
    toks = sx.sent.tokens
    out: list[Quantity] = []
    for o in _kids(sx, v, "obj"):
        for k in _with_conj(sx, o, limit):
            own = sorted(_subtree(sx, k, 12) - {c for j in _kids(sx, k, "conj") for c in _subtree(sx, j, 40)})
            lo, hi = toks[own[0]].start, toks[own[-1]].end
            q = next((q for q in sx.quantities if q.start is not None and lo <= q.start < hi), None)
            if q is not None and all(q is not p for p in out):
                out.append(q)
    return out if len(out) > 1 else []


__all__ = ["counted_groups"]
