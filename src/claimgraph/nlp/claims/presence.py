"""visited from a person's presence told with the copula: "Shoigu is in North Korea on Putin's
behalf", "the minister was in Grodno last week", "министр был в Гродно": a person somewhere, away
from the state their post stands for, is on a visit there ("находился в" is read as located_in's
verb, :mod:`.place`). A state's office holder in a city may be at home and visits nowhere."""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, Found
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent
from claimgraph.nlp.claims.words import PLACES

#: copulas of being somewhere (en, ru)
BEING = frozenset({"be", "быть"})
_IN = frozenset({"in", "в", "во"})


def presence_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Each person the copula puts in a place: visited."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        m = sx.token_mention[v]
        if m is not None and m.label in PLACES and any(sx.lemmas[c] in BEING for c in _kids(sx, v, "cop")) \
                and set(_case(sx, v).split()) & _IN:
            places = [m]  # "министр был в Гродно": the place is the copula's predicate
        elif sx.lemmas[v] not in BEING or tok.pos not in ("AUX", "VERB") or tok.dep.startswith(("aux", "cop")):
            continue
        else:
            places = _objects(ctx, sx, v, ("obl",), _IN, PLACES)
        if not places:
            continue
        people = [m for m in _subjects(ctx, sx, v)[0] if m.label == "Person"]
        found: list[Found] = [(p, "visited", places[0], None) for p in people[:2] if not _at_home(ctx, sx, p, places[0])]
        if found:
            speaker, denied = _speaker(ctx, sx, v)
            out.extend(_build(ctx, sx, v, found, speaker, denied))
    return out


def _at_home(ctx: _Context, sx: _Sent, person: Mention, place: Mention) -> bool:
    """The place is, or may be, at home: the state the person's post stands for, or a city while
    that post is a state's ("the president was in Cape Town" tells no visit)."""
    home = sx.posts.get(person.id) or ctx.stands_for.get(person.id)
    if home is None:
        return False
    return ctx.name(home) == ctx.name(place) or home.label == "Country" and place.label != "Country"


__all__ = ["BEING", "presence_claims"]
