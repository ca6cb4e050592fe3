"""met_with from one person addressing another in person: "Speaking to Deputy Prime Minister X,
Lukashenko noted …", "сказал Лукашенко, обращаясь к заместителю главы администрации X".

Only people on both sides: speaking to reporters, to a channel or to the nation meets no one the
ledger names. The speaker is the subject of the clause the address belongs to.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent

#: verbs of addressing someone, with the preposition that introduces whom ("speak to", "обращаться к")
ADDRESSING = {"speak": frozenset({"to"}), "talk": frozenset({"to"}), "address": frozenset(),
              "обращаться": frozenset({"к"}), "обратиться": frozenset({"к"}), "звертатися": frozenset({"до"}),
              "звернутися": frozenset({"до"})}
_PERSON = frozenset({"Person"})


def _addressee(ctx: _Context, sx: _Sent, v: int, cases: frozenset[str]) -> Mention | None:
    deps = ("obj",) if not cases else ("obl", "nmod", "iobj")
    for c in _kids(sx, v, *deps):
        if cases and not set(_case(sx, c).split()) & cases:
            continue
        m = _entity(ctx, sx, c, _PERSON)  # "к заместителю … Орешкину": the name beside the title
        if m is not None:
            return m
    return None


def address_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """The speaker met the person addressed, where the address qualifies another verb (a gerund or
    participle: "speaking to", "обращаясь к"), so the address itself is the scene."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        cases = ADDRESSING.get(sx.lemmas[v])
        if cases is None or tok.pos != "VERB" or not tok.dep.startswith("advcl"):
            continue
        other = _addressee(ctx, sx, v, cases)
        if other is None:
            continue
        speaker = next((m for m in _subjects(ctx, sx, v)[0] if m.label == "Person" and m.id != other.id), None)
        if speaker is None or ctx.name(speaker) == ctx.name(other):
            continue
        source, denied = _speaker(ctx, sx, v)
        out.extend(_build(ctx, sx, v, [(speaker, "met_with", other, None)], None if source is speaker else source,
                          denied, force="fact"))
    return out


__all__ = ["ADDRESSING", "address_claims"]
