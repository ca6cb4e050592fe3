"""A site a company built, created or runs somewhere puts the company there (located_in):
"a facility built by the company Kronshtadt in Dubna", "Kronshtadt created a drone production
centre in Dubna", "a plant of the Kronstadt company in the city of Dubna".

The company may be named beside a common noun ("the company Kronshtadt", "Kronstadt company"),
and the place behind a noun of a settlement or region ("in the city of Dubna").
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _claim
from claimgraph.nlp.claims.sentence import _case, _Context, _heading, _kids, _Sent
from claimgraph.nlp.claims.words import _GENERIC_ORG, PLACES
from claimgraph.nlp.lexicon import BUILD_VERBS

#: nouns of a site where things are made
SITE_NOUNS = frozenset({"plant", "factory", "facility", "works", "centre", "center", "site", "workshop",
                        "завод", "фабрика", "предприятие", "цех", "центр", "площадка"})
#: nouns of a settlement or region a place name stands behind ("the city of Dubna")
_SETTLEMENTS = frozenset({"city", "town", "village", "region", "district", "province", "город", "посёлок",
                          "поселок", "село", "область", "район", "край"})
_OWNERS = frozenset({"Company", "Organization"})
_IN = frozenset({"in", "в", "во"})
_BY = frozenset({"by"})
_OF = frozenset({"of"})


def _company(sx: _Sent, i: int) -> Mention | None:
    """The company a token names: its own mention, or a name beside a common noun of a firm."""
    m = sx.token_mention[i]
    if m is not None:
        return m if m.label in _OWNERS else None
    if sx.lemmas[i] not in _GENERIC_ORG:
        return None
    for c in _kids(sx, i, "appos", "compound", "amod", "flat", "nmod"):
        n = sx.token_mention[c]
        if n is not None and n.label in _OWNERS and not _case(sx, c):
            return n
    return None


def _place(sx: _Sent, i: int) -> Mention | None:
    """The place a token names: its own mention, or the name behind "the city of"."""
    m = sx.token_mention[i]
    if m is not None:
        return m if m.label in PLACES else None
    if sx.lemmas[i] in _SETTLEMENTS:
        for c in _kids(sx, i, "nmod", "appos", "flat"):
            n = sx.token_mention[c]
            if n is not None and n.label in PLACES:
                return n
    return None


def _in_place(sx: _Sent, i: int) -> Mention | None:
    """The place of an "in <place>" dependent of a token."""
    for c in _kids(sx, i, "obl", "nmod"):
        if set(_case(sx, c).split()) & _IN and (p := _place(sx, c)) is not None:
            return p
    return None


def built_site_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """located_in claims of companies whose site the sentence puts in a place."""
    if _heading(ctx, sx):
        return []
    toks = sx.sent.tokens
    out: list[Claim] = []
    seen: set[tuple[str, str]] = set()

    def add(company: Mention | None, place: Mention | None, at: int) -> None:
        if company is None or place is None or (company.id, place.id) in seen or company.id == place.id:
            return
        seen.add((company.id, place.id))
        speaker, _ = _speaker(ctx, sx, at)
        out.append(_claim(ctx, sx, company, "located_in", place, None, "fact", speaker, at, 0.6))

    for n, tok in enumerate(toks):
        if sx.lemmas[n] not in SITE_NOUNS or sx.token_mention[n] is not None:
            continue
        head = tok.head if 0 <= tok.head < len(toks) and tok.head != n else None
        # "a facility built by the company X in Y"
        for v in _kids(sx, n, "acl"):
            if sx.lemmas[v] in BUILD_VERBS:
                for a in _kids(sx, v, "obl", "nmod"):
                    if set(_case(sx, a).split()) & _BY or toks[a].dep == "obl:agent":
                        add(_company(sx, a), _in_place(sx, v) or _in_place(sx, n), v)
        # "X created a production centre in Y"
        if head is not None and tok.dep == "obj" and sx.lemmas[head] in BUILD_VERBS:
            for s in _kids(sx, head, "nsubj"):
                add(_company(sx, s), _in_place(sx, n) or _in_place(sx, head), head)
        # "a plant of the X company in (the city of) Y"
        for o in _kids(sx, n, "nmod"):
            if set(_case(sx, o).split()) & _OF and (company := _company(sx, o)) is not None:
                place = _in_place(sx, n)
                if place is None and head is not None and tok.dep == "obj":
                    place = _in_place(sx, head)
                add(company, place, n)
    return out
