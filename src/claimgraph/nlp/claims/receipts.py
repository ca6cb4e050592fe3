"""supplies_to told from the receiving end: "Kupol received a dozen drones from X", "the plant
received shipments of Chinese-made drones", "завод получал партии китайских беспилотников", and
goods a clause's subject holds: "Russian troops used missiles obtained from North Korea",
"российские войска использовали ракеты, изготовленные в Северной Корее".

The receiver is the clause's subject; the supplier is the source named with "from"/"от", else the
origin the goods' own phrase gives (a nationality, "X-made", "made by X"). The goods must be
materiel: "received a letter from X" or "received the delegation" tells of no supply. Goods put to use are read by :mod:`.goods_use`.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, Found, _value
from claimgraph.nlp.claims.goods import is_materiel, national_party, origin_of_goods
from claimgraph.nlp.claims.goods_use import supplied_to_user
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent, _unique, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES

#: verbs of getting goods whose source is not a seller ("buy" and "закупать" are read as purchases)
RECEIVE_VERBS = frozenset({"receive", "acquire", "obtain", "get", "получать", "получить"})
#: participles that say where goods a clause's subject holds came from
_CAME_FROM = RECEIVE_VERBS | frozenset({"make", "produce", "manufacture", "изготовить", "произвести",
                                        "производить", "изготавливать"})
_FROM = frozenset({"from", "от", "из", "у"})
_MADE_IN = frozenset({"in", "в", "во"})


def receipt_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """A receiving verb with materiel as its object: the source supplies the subject."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if tok.pos != "VERB" or sx.lemmas[v] not in RECEIVE_VERBS or "VerbForm=Part" in tok.feats:
            continue
        goods = [k for c in _kids(sx, v, "obj") for k in _with_conj(sx, c) if is_materiel(sx, k)]
        if not goods:
            continue
        subjects, passive = _subjects(ctx, sx, v)
        if passive:
            continue
        receivers = [m for m in subjects if m.label in ORGS | PLACES] or _parties(ctx, sx, v)
        if not receivers:
            continue
        sources = _objects(ctx, sx, v, ("obl", "nmod"), _FROM, ORGS | PLACES)
        sources = sources or [m for g in goods for m in origin_of_goods(ctx, sx, g)]
        found: list[Found] = [(s, "supplies_to", r, _value(sx, v)) for s in _unique(sources)[:1] for r in receivers
                              if not _same(ctx, s, r)]
        speaker, denied = _speaker(ctx, sx, v)
        out.extend(_build(ctx, sx, v, found, speaker, denied))
    return out


def held_goods_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"Russian forces fired missiles obtained from North Korea", "ракеты, изготовленные в Северной
    Корее", used by the subject of the clause: the goods' source supplies that subject."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if sx.lemmas[v] not in _CAME_FROM or "VerbForm=Part" not in tok.feats or not tok.dep.startswith("acl"):
            continue
        goods = tok.head
        if not 0 <= goods < len(toks) or goods == v or not is_materiel(sx, goods):
            continue
        cases = _FROM if sx.lemmas[v] in RECEIVE_VERBS else _MADE_IN
        labels = ORGS | PLACES if sx.lemmas[v] in RECEIVE_VERBS else frozenset({"Country"})
        sources = _objects(ctx, sx, v, ("obl", "nmod"), cases, labels)
        holder = toks[goods].head
        if not sources or not toks[goods].dep.startswith(("obj", "obl")) or not 0 <= holder < len(toks) \
                or holder == goods or toks[holder].pos != "VERB":
            continue
        out.extend(supplied_to_user(ctx, sx, holder, sources[0]))
    return out


def _parties(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """Subjects of ``v`` that are firms or forces of a nation: "Chinese firms", "российские войска"."""
    return [p for c in _kids(sx, v, "nsubj") if (p := national_party(ctx, sx, c)) is not None]


def _same(ctx: _Context, a: Mention, b: Mention) -> bool:
    return a.id == b.id or ctx.name(a) == ctx.name(b)


__all__ = ["RECEIVE_VERBS", "held_goods_claims", "receipt_claims"]
