"""Who asks for what a verb says: "X asked Y to deploy Z", "X попросил Y разместить Z": the asker
proposes it, so the claim is the asker's offer, not a fact."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.arguments import _subjects
from claimgraph.nlp.claims.sentence import _Context, _Sent

#: verbs of asking another party to do something (en, ru, uk)
ASKING = frozenset({"ask", "request", "urge", "beg", "просить", "попросить", "запросить", "упросить",
                    "просити", "попросити", "попросив", "попросила"})


def requester(ctx: _Context, sx: _Sent, v: int) -> Mention | None:
    """The subject of a verb of asking whose infinitive ``v`` is ("asked Putin to deploy"), or None."""
    toks = sx.sent.tokens
    h = toks[v].head
    if toks[v].dep.split(":")[0] not in ("xcomp", "ccomp") or not 0 <= h < len(toks) or h == v:
        return None
    if sx.lemmas[h] not in ASKING or toks[h].pos not in ("VERB", "AUX"):
        return None
    askers = [m for m in _subjects(ctx, sx, h)[0] if m.label in ("Person", "Country", "PublicBody")]
    return askers[0] if askers else None


__all__ = ["ASKING", "requester"]
