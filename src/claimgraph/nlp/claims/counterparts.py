"""Posts a report gives by likeness: "his Iranian counterpart, Masoud Pezeshkian", "белорусский
коллега Александр Лукашенко". The person holds in their country the office of the one they are the
counterpart of; no holds_role claim is made of it, but a pact the two sign is one of their states."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.arguments import _country_of
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent

#: nouns of a peer in office
_COUNTERPARTS = frozenset({"counterpart", "коллега"})


def counterpart_posts(ctx: _Context, sx: _Sent) -> dict[str, tuple[str, Mention]]:
    """Person's name → the country (its name and mention) a demonym on their "counterpart" noun
    names, for this sentence."""
    toks = sx.sent.tokens
    out: dict[str, tuple[str, Mention]] = {}
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _COUNTERPARTS:
            continue
        nations = [m for c in _kids(sx, n, "amod", "compound", "nmod")
                   if (m := sx.token_mention[c]) is not None and m.label == "Nationality"]
        if not nations:
            continue
        country = _country_of(ctx, nations[0])
        if country is None:
            continue
        near = _kids(sx, n, "appos", "flat") + _kids(sx, n, "nmod")
        if tok.dep.split(":")[0] in ("appos", "compound", "nmod") and 0 <= tok.head < len(toks):
            near.append(tok.head)  # "Masoud Pezeshkian, his Iranian counterpart"; "Iranian counterpart X"
        people = [m for c in near if (m := sx.token_mention[c]) is not None and m.label == "Person"]
        if people:
            out[ctx.name(people[0])] = (ctx.name(country), country)
    return out
