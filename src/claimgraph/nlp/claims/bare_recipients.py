"""The recipient of a Russian or Ukrainian verb of supply written bare after the goods: "КНДР
поставляла оружие России", "передала Росії ракети". Without a preposition, a state's name beside the
goods of a verb of giving is in the dative (the genitive "России" looks the same, and the parser
often hangs it on the goods as their possessor)."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.goods import is_materiel
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent
from claimgraph.nlp.claims.words import ORGS, PLACES

_CYRILLIC_MODELS = frozenset({"ru"})


def bare_recipients(ctx: _Context, sx: _Sent, v: int, suppliers: list[Mention]) -> list[Mention]:
    """A country or place hanging bare on the goods object of a supply verb: dative, or genitive only
    for a state (a firm in the genitive is the goods' owner: "двигатели «Купола»")."""
    if ctx.lang not in _CYRILLIC_MODELS:
        return []
    toks = sx.sent.tokens
    mine = {m.id for m in suppliers}
    out: list[Mention] = []
    for o in _kids(sx, v, "obj"):
        if not is_materiel(sx, o):
            continue
        for c in _kids(sx, o, "nmod", "iobj"):
            m = sx.token_mention[c]
            if m is None or _case(sx, c) or m.id in mine or c < o - 1 and toks[c].dep != "iobj":
                continue
            feats = toks[c].feats
            if "Case=Dat" in feats and m.label in ORGS | PLACES or "Case=Gen" in feats and m.label in PLACES:
                out.append(m)
    return out[:1]
