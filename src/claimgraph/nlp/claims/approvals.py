"""A state saying it approved no delivery denies it: "South Africa had not approved any arms
shipment to Russia", "ЮАР не одобряла никаких поставок оружия России", "страна не давала
одобрения для поставок России вооружения".

A negated verb of approving (or "gave no approval") whose object is a delivery or materiel: its
subject is the supplier, or, for "we", the side of whoever speaks, or, for "the country", the state
the sentence names; the recipient is the one the delivery names ("to Russia", "России").
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _objects, _previous, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.goods import is_materiel
from claimgraph.nlp.claims.sentence import _Context, _kids, _negated, _Sent, _unique
from claimgraph.nlp.claims.stances import DELIVERIES, _same_state
from claimgraph.nlp.claims.words import ORGS, PLACES

#: verbs of approving a deed
APPROVE = frozenset({"approve", "authorize", "authorise", "license", "clear", "одобрить", "одобрять", "разрешить",
                     "разрешать", "санкционировать", "схвалити", "схвалювати", "дозволити"})
#: nouns of approval a verb of giving takes: "gave no approval", "не давала одобрения"
APPROVAL = frozenset({"approval", "authorization", "authorisation", "permission", "licence", "license",
                      "одобрение", "разрешение", "санкция", "схвалення", "дозвіл"})
_GIVE = frozenset({"give", "grant", "issue", "давать", "дать", "выдавать", "выдать", "надати", "давати"})
_NONE = frozenset({"no", "никакой", "жодний", "ни"})
_COUNTRY = frozenset({"country", "страна", "країна"})
_TO = frozenset({"to", "в", "во", "до"})


def approval_denials(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Deliveries a party says it never approved, as that party's denials of supplying them."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if tok.pos != "VERB":
            continue
        if sx.lemmas[v] in APPROVE:
            targets = _kids(sx, v, "obj", "nsubj:pass")
        elif sx.lemmas[v] in _GIVE:
            targets = [n for o in _kids(sx, v, "obj") if sx.lemmas[o] in APPROVAL for n in _kids(sx, o, "nmod")]
        else:
            continue
        targets = [t for t in targets if sx.lemmas[t] in DELIVERIES or is_materiel(sx, t)]
        if not targets or not (_negated(sx, v) or any(
                sx.lemmas[c] in _NONE for t in [*targets, *_kids(sx, v, "obj")] for c in _kids(sx, t, "det"))):
            continue
        speaker, _ = _speaker(ctx, sx, v)
        supplier = _approver(ctx, sx, v, speaker)
        if supplier is None:
            continue
        recipients = [r for t in targets for r in _recipients(ctx, sx, t)] or _objects(
            ctx, sx, v, ("obl",), _TO, ORGS | PLACES)
        recipients = [r for r in _unique(recipients) if not _same_state(ctx, supplier, r)]
        found: list[Found] = [(supplier, "supplies_to", r, None) for r in recipients[:1]] or [
            (supplier, "supplies_to", None, None)]
        out.extend(_build(ctx, sx, v, found, speaker, True, force="denial"))
    return out


def _approver(ctx: _Context, sx: _Sent, v: int, speaker: Mention | None) -> Mention | None:
    """Who did not approve: the named subject, or, for "the country", the state the report named last."""
    toks = sx.sent.tokens
    named = [m for m in _subjects(ctx, sx, v)[0] if m.label in ORGS | PLACES]
    if named and not any(toks[s].pos == "PRON" for s in _kids(sx, v, "nsubj")):  # "we", "it": whose side is unsure
        return named[0]
    for s in _kids(sx, v, "nsubj"):
        if sx.lemmas[s] in _COUNTRY and sx.token_mention[s] is None:
            return _previous(ctx, toks[s].start, frozenset({"Country", "Location"}))
    return None


def _recipients(ctx: _Context, sx: _Sent, t: int) -> list[Mention]:
    """The recipient a delivery or its goods name: "to Russia", a bare dative or genitive state."""
    toks = sx.sent.tokens
    for n in [t, *_kids(sx, t, "nmod")]:
        found = _objects(ctx, sx, n, ("nmod",), _TO, ORGS | PLACES)
        found = found or [m for c in _kids(sx, n, "nmod", "iobj") if (m := sx.token_mention[c]) is not None
                          and m.label in PLACES
                          and (toks[c].dep == "iobj" or "Case=Dat" in toks[c].feats
                               or n != t and "Case=Gen" in toks[c].feats)]  # "поставок оружия Японии"
        if found:
            return found
    return []


__all__ = ["APPROVE", "approval_denials"]
