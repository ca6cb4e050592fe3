"""supplies_to told as goods made available: "China has never made lethal weapons available to any
party", "Beijing never provided or facilitated the process of making lethal weapons available".

"make" with "available" over materiel: the subject (of "make", else of the verb above whose deed
it is) supplies the one named with "to"; a recipient named by no one ("any party") is left out, for
the report's accusation to give (:func:`.own_denials.answered_recipients`). Negated, it is a denial.
"""
from __future__ import annotations

from claimgraph.model import Claim
from claimgraph.nlp.claims.arguments import _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.goods import is_materiel
from claimgraph.nlp.claims.sentence import _ancestors, _Context, _kids, _negated, _Sent
from claimgraph.nlp.claims.words import ORGS, PLACES

_MAKE = frozenset({"make", "render"})
_AVAILABLE = frozenset({"available", "accessible"})
_TO = frozenset({"to"})
MAX_UP = 5  # words above "making" that may hold its doer ("never facilitated the process of making …")


def made_available_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Goods a party makes available, as its supply (or its denial of one)."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if tok.pos != "VERB" or sx.lemmas[v] not in _MAKE:
            continue
        available = [c for c in _kids(sx, v, "ccomp", "xcomp", "amod", "advmod", "obj") if sx.lemmas[c] in _AVAILABLE]
        if not available:
            continue
        a = available[0]
        goods = [g for g in _kids(sx, v, "obj") + _kids(sx, a, "nsubj") if is_materiel(sx, g)]
        if not goods:
            continue
        chain = [v, *(u for u in _ancestors(sx, v, MAX_UP) if toks[u].pos == "VERB")]
        suppliers = next(([m for m in doers if m.label in ORGS | PLACES] for u in chain
                          if (doers := _subjects(ctx, sx, u)[0])), [])
        if not suppliers:
            continue
        recipients = _objects(ctx, sx, a, ("obl",), _TO, ORGS | PLACES) or _objects(ctx, sx, v, ("obl",), _TO,
                                                                                    ORGS | PLACES)
        # "never provided or facilitated …": a negation of the first of two joined verbs holds for both
        denied = any(_negated(sx, w) or any(sx.lemmas[c] == "never" for c in _kids(sx, w, "advmod"))
                     for u in chain for w in ([u, toks[u].head] if toks[u].dep == "conj" else [u]))
        found: list[Found] = [(suppliers[0], "supplies_to", r, None) for r in recipients[:1]] or [
            (suppliers[0], "supplies_to", None, None)]
        speaker, said_denied = _speaker(ctx, sx, v)
        out.extend(_build(ctx, sx, v, found, speaker, denied or said_denied, force="denial" if denied else None))
    return out


__all__ = ["made_available_claims"]
