"""produces from a maker described beside its name: "the Kupol plant, one of the main producers of
the Tor and Osa systems", "Orion Works, a maker of Sokol drones", "завод «Восток», крупнейший
производитель комплексов «Сокол»": the named firm makes each model named.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.named_models import named_models
from claimgraph.nlp.claims.production import untied
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent

#: nouns of makers (en, ru, uk)
MAKER_NOUNS = frozenset({"manufacturer", "producer", "maker", "производитель", "изготовитель", "виробник"})
_ONE = frozenset({"one", "один", "одна", "одно"})
_FIRMS = frozenset({"Company", "Facility", "Organization"})


def _described(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """The firm a maker noun is in apposition to, directly or through "one of"."""
    toks = sx.sent.tokens
    at = n
    h = toks[n].head
    if toks[n].dep.startswith("nmod") and 0 <= h < len(toks) and sx.lemmas[h] in _ONE:
        at, h = h, toks[h].head  # "X, one of the producers of …"
    if not toks[at].dep.startswith("appos") or not 0 <= h < len(toks) or h == at:
        return None
    m = sx.token_mention[h]
    if m is None:  # "the plant «Kupol», a producer of …": the name beside the plant noun
        m = next((sx.token_mention[c] for c in _kids(sx, h, "appos", "flat", "compound")
                  if sx.token_mention[c] is not None), None)
    return m if m is not None and m.label in _FIRMS else None


def maker_apposition_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Each model a maker noun set beside a firm's name says the firm makes."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in MAKER_NOUNS or sx.token_mention[n] is not None:
            continue
        firm = _described(ctx, sx, n)
        if firm is None:
            continue
        goods = [c for c in _kids(sx, n, "nmod") if not _case(sx, c) or _case(sx, c) in ("of",)]
        models = [m for m in named_models(ctx, sx, goods) if m.id != firm.id]
        if not models:
            continue
        speaker, denied = _speaker(ctx, sx, n)
        made = _build(ctx, sx, n, [(firm, "produces", m, None) for m in models], speaker, denied)
        out.extend(untied(ctx, c) for c in made)
    return out


__all__ = ["MAKER_NOUNS", "maker_apposition_claims"]
