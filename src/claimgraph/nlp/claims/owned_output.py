"""produces, told by a noun rather than a verb: the owner of an output ("boost its Garpiya drone
output", "ramp up its production of X drones") and a firm set beside its maker noun ("Kupol,
manufacturer of the Garpiya-A1", "Купол, производитель «Гарпии»")."""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.production import _named_goods
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _unique, _with_conj
from claimgraph.nlp.claims.words import _MAKERS, _PRODUCTS

#: nouns of what a maker turns out, owned by it: "its output", "their production", "его производство"
_OUTPUT_NOUNS = frozenset({"production", "output", "manufacturing", "производство", "выпуск"})
#: nouns of a maker set beside a firm's name
_MAKER_NOUNS = frozenset({"manufacturer", "producer", "maker", "производитель", "изготовитель"})
_FIRMS = frozenset({"Company", "Facility", "Organization"})


def _products(ctx: _Context, sx: _Sent, n: int) -> list[Mention]:
    """The models a noun of output or of a maker names: "of the Garpiya-A1 drone" (a genitive in
    Russian) or a model name before it ("Garpiya drone output")."""
    toks = sx.sent.tokens
    goods = [k for c in _kids(sx, n, "nmod") if _case(sx, c) in ("of", "") for k in _with_conj(sx, c)]
    named = [m for k in goods if (m := _entity(ctx, sx, k, _PRODUCTS)) is not None]
    compounds = [c for c in _kids(sx, n, "compound") if toks[c].pos in ("NOUN", "PROPN")]
    named += [m for c in compounds if (m := sx.token_mention[c]) is not None and m.label == "Product"]
    return _unique(named) or _named_goods(sx, goods + compounds)


def _owner(ctx: _Context, sx: _Sent, c: int) -> Mention | None:
    """Whose output it is: a named owner, or for "its"/"their" the closest maker named before it in
    the sentence ("enabled Russia to ramp up its production"), else the pronoun resolved as usual."""
    if sx.sent.tokens[c].pos == "PRON":
        before = [m for m in sx.mentions if m.end <= sx.sent.tokens[c].start and m.label in _MAKERS]
        if before:
            return before[-1]
    return _entity(ctx, sx, c, _MAKERS)


def owned_output_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"The shipments let Kupol boost its Garpiya drone output": the owner of the output makes the
    model it names. Only an output with both an owner and a named model counts."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _OUTPUT_NOUNS:
            continue
        owners = [m for c in _kids(sx, n, "nmod:poss") if (m := _owner(ctx, sx, c)) is not None]
        if not owners:
            continue
        products = _products(ctx, sx, n)
        if not products:
            continue
        head = tok.head if 0 <= tok.head < len(toks) else n
        speaker, denied = _speaker(ctx, sx, head)
        out.extend(_build(ctx, sx, head, [(owners[0], "produces", products[0], None)], speaker, denied))
    return out


def maker_beside_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"Kupol, manufacturer of the Garpiya-A1 drone": a firm with a maker noun in apposition makes the
    model the noun names."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _MAKER_NOUNS or not tok.dep.startswith("appos"):
            continue
        h = tok.head
        if not 0 <= h < len(toks) or h == n:
            continue
        firm = sx.token_mention[h]
        if firm is None or firm.label not in _FIRMS:
            continue
        products = [m for m in _products(ctx, sx, n) if m.id != firm.id]
        if not products:
            continue
        speaker, denied = _speaker(ctx, sx, n)
        out.extend(_build(ctx, sx, n, [(firm, "produces", products[0], None)], speaker, denied))
    return out
