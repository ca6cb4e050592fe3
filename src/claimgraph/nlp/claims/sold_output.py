"""A maker's output told as sold or supplied to a buyer: "the bulk of the factory's products is sold
to the defence ministry", "its output is supplied to the army", "продукция завода поставляется Минобороны".

The goods are the maker's output (a noun of products whose owner is the maker, named or referred to
as "the plant", "its"), the verb of selling or supplying is passive (or Russian reflexive) and names
no seller of its own: the owner of the output supplies the buyer the verb names ("to" / "в", or a
bare dative).
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity, _objects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent
from claimgraph.nlp.claims.words import ORGS, PLACES

#: verbs of selling or supplying whose passive tells where a maker's output goes (lemmas)
_SOLD = frozenset({"sell", "supply", "deliver", "ship", "export", "provide", "продавать", "продаваться",
                   "поставлять", "поставляться", "экспортировать", "экспортироваться", "продать", "поставить"})
#: nouns of a maker's output
_OUTPUT = frozenset({"product", "products", "output", "production", "продукция", "продукт", "изделие"})
#: who may make the output
_MAKERS = frozenset({"Company", "Facility"})
#: prepositions of the buyer
_TO = frozenset({"to", "в", "во"})


def sold_output_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """supplies_to(maker, buyer) for each passive verb of selling whose subject is the maker's output."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if tok.pos != "VERB" or sx.lemmas[v] not in _SOLD or not _passive(sx, v):
            continue
        if _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"by"}), ORGS | PLACES):
            continue  # "sold by X": the seller is named
        maker = next((m for n in _kids(sx, v, "nsubj:pass", "nsubj") if (m := _owner(ctx, sx, n)) is not None), None)
        if maker is None:
            continue
        buyers = _objects(ctx, sx, v, ("obl", "nmod"), _TO, ORGS | PLACES) + [
            m for c in _kids(sx, v, "iobj", "obl") if not _case(sx, c) and "Case=Dat" in toks[c].feats
            if (m := _entity(ctx, sx, c, ORGS | PLACES)) is not None]
        buyers = [b for b in buyers if b.id != maker.id and ctx.name(b) != ctx.name(maker)]
        if not buyers:
            continue
        speaker, denied = _speaker(ctx, sx, v)
        out.extend(_build(ctx, sx, v, [(maker, "supplies_to", buyers[0], None)], speaker, denied))
    return out


def _passive(sx: _Sent, v: int) -> bool:
    """A passive verb ("are sold") or a Russian reflexive one ("поставляется")."""
    tok = sx.sent.tokens[v]
    return bool(_kids(sx, v, "nsubj:pass", "aux:pass")) or "Voice=Pass" in tok.feats or (
        sx.lemmas[v].endswith(("ся", "сь")) and bool(_kids(sx, v, "nsubj")))


def _owner(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """The maker whose output the subject ``n`` is: "the plant's products", "its output", "продукция
    завода «X»"; also through a part of it ("the bulk of the factory's products")."""
    toks = sx.sent.tokens
    for k in [n, *_kids(sx, n, "nmod", "obl")]:
        if sx.lemmas[k] not in _OUTPUT or toks[k].pos != "NOUN":
            continue
        for c in _kids(sx, k, "nmod:poss", "nmod"):
            if toks[c].dep == "nmod" and _case(sx, c) and not set(_case(sx, c).split()) & {"of"}:
                continue
            m = _entity(ctx, sx, c, frozenset(_MAKERS))
            if m is not None:
                return m
    return None


__all__ = ["sold_output_claims"]
