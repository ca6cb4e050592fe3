"""supplies_to told as goods loaded onto a ship: "South Africa loaded weapons onto a Russian
vessel", "the weapons were loaded onto the ship, the Lady R", "X погрузила оружие на российское
судно".

The one who loads supplies (the subject, the passive agent, else the supplier of the supply the
report told just before when passive goods point back at it: "the weapons were loaded …"). The
recipient is the ship by name ("the Lady R"), else the state its flag or nationality names ("a
Russian vessel", "a Russian-flagged ship"), else where the clause sends the goods ("bound for
Russia", "then transported to Russia"). Only materiel counts: "loaded passengers" is no supply.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.goods import is_materiel, national
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _token_at, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES

#: verbs of putting goods aboard
LOAD = frozenset({"load", "upload", "погрузить", "грузить", "загрузить", "загружать", "погружать"})
#: nouns of ships and planes goods are loaded onto
VESSELS = frozenset({"ship", "vessel", "freighter", "tanker", "boat", "plane", "aircraft", "судно", "корабль",
                     "сухогруз", "самолет", "самолёт", "борт"})
_ONTO = frozenset({"onto", "on", "aboard", "into", "на", "в"})
_TOWARD = frozenset({"to", "for", "в", "во", "для"})
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})
_NAMED_SHIP = frozenset({"appos", "flat", "compound", "nmod"})
MAX_BACK = 2  # sentences "the weapons" may point back across to the supply told


def loading_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """A verb of loading materiel onto a ship: the loader supplies the ship's owner or destination."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if tok.pos != "VERB" or sx.lemmas[v] not in LOAD:
            continue
        subjects, passive = _subjects(ctx, sx, v)
        goods_deps = ("nsubj:pass", "nsubj") if passive else ("obj",)
        goods = [k for c in _kids(sx, v, *goods_deps) for k in _with_conj(sx, c) if is_materiel(sx, k)]
        if not goods and not passive:  # "loaded weapons onto a vessel docked at …" parsed as a clause of "docked"
            goods = [k for c in _kids(sx, v, "ccomp") for k in _kids(sx, c, "nsubj") if is_materiel(sx, k)]
        if not goods:
            continue
        recipients = _aboard(ctx, sx, v) or _aboard(ctx, sx, goods[0]) or _sent_to(ctx, sx, v)
        if not recipients:
            continue
        loaders = [m for m in subjects if m.label in ORGS | PLACES] if not passive else \
            _objects(ctx, sx, v, ("obl", "obl:agent"), frozenset({"by"}), ORGS | PLACES)
        if not loaders and passive and _points_back(sx, goods[0]):
            loaders = _last_supplier(ctx)
        found: list[Found] = [(loaders[0], "supplies_to", r, None) for r in recipients[:1] if loaders]
        speaker, denied = _speaker(ctx, sx, v)
        out.extend(_build(ctx, sx, v, found, speaker, denied))
    return out


def _aboard(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """The ship the goods go onto, by its name, else by the state of its flag."""
    toks = sx.sent.tokens
    for c in _kids(sx, v, "obl", "nmod"):
        if sx.lemmas[c] not in VESSELS or not set(_case(sx, c).split()) & _ONTO:
            continue
        named = [m for k in _kids(sx, c, *_NAMED_SHIP) if (m := sx.token_mention[k]) is not None
                 and m.label not in ("Nationality", "Date", "Quantity", "Money") and not _case(sx, k)]
        if named:
            return named[:1]
        flag = flagged_states(ctx, sx, [c])
        if flag:
            return flag
        if toks[c].dep == "obl":
            break
    return []


def flagged_states(ctx: _Context, sx: _Sent, nouns: list[int]) -> list[Mention]:
    """The state whose ship a noun is: "a Russian vessel", "a Russian-flagged ship", "российское судно"."""
    for c in nouns:
        if sx.lemmas[c] not in VESSELS:
            continue
        for a in [*_kids(sx, c, "amod", "compound", "nmod:poss"), *(k for a in _kids(sx, c, "amod")
                                                                    for k in _kids(sx, a, "npadvmod", "obl:npmod",
                                                                                   "nmod:npmod", "amod"))]:
            m = sx.token_mention[a]
            state = national(ctx, m) if m is not None else None
            if state is not None:
                return [state]
    return []


def _sent_to(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """Where the clause sends the goods: "bound for X", "then transported to X", "для отправки в X"."""
    ships = [c for c in _kids(sx, v, "obl") if sx.lemmas[c] in VESSELS]
    places = [v, *_kids(sx, v, "conj")]
    places += [k for c in ships for a in _kids(sx, c, "acl", "acl:relcl") for k in [a, *_kids(sx, a, "conj")]]
    for p in places:
        found = [m for m in _objects(ctx, sx, p, ("obl", "nmod"), _TOWARD, PLACES)
                 if "Case=Loc" not in sx.sent.tokens[_token_at(sx.sent, m.start)].feats]  # "в Саймонстауне": where
        if found:
            return found
    return []


def _points_back(sx: _Sent, g: int) -> bool:
    """Goods told as already known: "the weapons", "these containers"."""
    return any(sx.lemmas[c] in _DEFINITE for c in _kids(sx, g, "det"))


def _last_supplier(ctx: _Context) -> list[Mention]:
    """The supplier of the supply the report told within the last sentences."""
    last = ctx.last_supplies
    if last is None or ctx.sentence_index - last[0] > MAX_BACK:
        return []
    for c in last[1]:
        m = ctx.by_id.get(c.subject_mention or "")
        if m is not None and m.label in ORGS | PLACES:
            return [m]
    return []


__all__ = ["LOAD", "VESSELS", "flagged_states", "loading_claims"]
