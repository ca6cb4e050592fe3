"""located_in: a facility or company with an "in <place>" dependent, a place naming the kind of firm
("a Yekaterinburg company"), the place of a verb whose object is the facility."""
from __future__ import annotations

from claimgraph.model import Claim
from claimgraph.nlp import tree
from claimgraph.nlp.claims.arguments import _objects
from claimgraph.nlp.claims.build import _build, _claim, _doers, Found, _Verb
from claimgraph.nlp.claims.sentence import _case, _Context, _heading, _kids, _lemma, _Sent, _token_at
from claimgraph.nlp.claims.words import _GENERIC_ORG, PLACES


def _located_verb(ctx: _Context, sx: _Sent, verb: _Verb) -> list[Claim]:
    subjects = _doers(ctx, sx, verb, keep=True)
    places = _objects(ctx, sx, verb.v, ("obl",), frozenset({"in", "в", "near", "под"}), PLACES)
    # "Putin was in Minsk", "Орешкин находится в Беларуси": a person somewhere is on a visit there
    out: list[Found] = [(s, "visited" if s.label == "Person" else "located_in", p, None)
                        for s in subjects or [] for p in places[:1]]
    return _build(ctx, sx, verb.v, out, verb.speaker, verb.denied)


#: common nouns of sites a name may stand beside ("на полигоне Капустин Яр")
_SITES = frozenset({"range", "airfield", "airbase", "base", "shipyard", "port", "полигон", "аэродром", "авиабаза",
                    "база", "верфь", "порт"})
#: "in X" places a site; "near X" only says what it is close to
_IN = frozenset({"in", "в", "во"})


def _location_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """A facility or company with an "in <place>" dependent: located_in."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    if _heading(ctx, sx):
        return out
    seen: set[str] = set()
    for i, m in enumerate(sx.token_mention):
        if m is None or m.label not in ("Facility", "Company", "Organization") or m.id in seen:
            continue
        head = tree.climb(toks, i, lambda h: sx.token_mention[h] is m)  # the name's own head word
        # "завод «Волга-Авионика» в Дзержинске", "the test site X in Y": the place may hang off the
        # common noun the name stands beside
        g = toks[head].head
        hosts = [head]
        if toks[head].dep.split(":")[0] in ("appos", "flat", "compound") and 0 <= g < head \
                and sx.lemmas[g] in _GENERIC_ORG | _SITES and sx.token_mention[g] is None \
                and all(toks[k].pos == "PUNCT" for k in range(g + 1, _token_at(sx.sent, m.start))):
            hosts.append(g)
        # "Alabuga, a special economic zone in the Yelabuga district": the noun set beside the name
        # (a bare description: "…, the repair plant Motorremont in Baranovichi" describes Motorremont)
        hosts += [c for c in _kids(sx, head, "appos") if sx.lemmas[c] in _GENERIC_ORG | _SITES
                  and sx.token_mention[c] is None and c > head
                  and not any(sx.token_mention[k] is not None for k in _kids(sx, c, "compound", "flat", "appos"))]
        for c in (c for h in hosts for c in sx.children[h]):
            if toks[c].dep.split(":")[0] not in ("nmod", "obl"):
                continue
            if not set(_case(sx, c).split()) & _IN:
                continue
            place = sx.token_mention[c]
            if place is not None and place.label in PLACES and place.id != m.id:
                seen.add(m.id)
                out.append(_claim(ctx, sx, m, "located_in", place, None, "fact", None, i, 0.65))
                break
        # "Ural Drone Systems, a Yekaterinburg company": a place naming the kind of firm in apposition
        for c in _kids(sx, head, "appos"):
            if m.id in seen or _lemma(toks[c]) not in _GENERIC_ORG or sx.token_mention[c] is not None:
                continue
            for k in _kids(sx, c, "compound", "amod", "nmod"):
                place = sx.token_mention[k]
                if place is not None and place.label == "Location" and k < c and not _case(sx, k):
                    seen.add(m.id)
                    out.append(_claim(ctx, sx, m, "located_in", place, None, "fact", None, i, 0.6))
                    break
        # "opened the Orsha plant in the Vitebsk region": a facility object and a place of the verb
        verb = toks[head].head
        if m.id not in seen and m.label == "Facility" and toks[head].dep == "obj" and 0 <= verb < len(toks):
            for c in _kids(sx, verb, "obl"):
                place = sx.token_mention[c]
                if place is not None and place.label == "Location" and \
                        set(_case(sx, c).split()) & _IN:
                    seen.add(m.id)
                    out.append(_claim(ctx, sx, m, "located_in", place, None, "fact", None, i, 0.6))
                    break
    return out + _owned_site_claims(ctx, sx) + _home_claims(ctx, sx)


def _owned_site_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"Kupol's facilities in Izhevsk", "the company's plant in Gomel": the owner of a site is where
    the site is."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if sx.lemmas[n] not in _GENERIC_ORG | _SITES or sx.token_mention[n] is not None:
            continue
        owners = [m for c in _kids(sx, n, "nmod:poss") if (m := sx.token_mention[c]) is not None
                  and m.label in ("Company", "Organization", "Facility")]
        places = [m for c in _kids(sx, n, "nmod") if set(_case(sx, c).split()) & _IN
                  if (m := sx.token_mention[c]) is not None and m.label in PLACES]
        if owners and places:
            out.append(_claim(ctx, sx, owners[0], "located_in", places[0], None, "fact", None, n, 0.6))
    return out


def _home_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"Izhevsk, home to Kupol", "Izhevsk, where Kupol is based": the place a name is at home in."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        h = tok.head
        if not 0 <= h < len(toks) or h == n:
            continue
        place = sx.token_mention[h]
        if place is None or place.label not in PLACES:
            continue
        if sx.lemmas[n] == "home" and tok.dep.split(":")[0] in ("appos", "nmod", "conj"):
            named = [m for c in _kids(sx, n, "nmod") if "to" in _case(sx, c).split()
                     if (m := sx.token_mention[c]) is not None and m.label in ("Company", "Organization", "Facility")]
        elif tok.dep.startswith("acl") and sx.lemmas[n] in ("base", "locate", "headquarter", "находиться",
                                                             "располагаться", "базироваться") \
                and any(sx.lemmas[c] in ("where", "где") for c in sx.children[n]):
            named = [m for c in _kids(sx, n, "nsubj", "nsubj:pass") if (m := sx.token_mention[c]) is not None
                     and m.label in ("Company", "Organization", "Facility")]
        else:
            continue
        out.extend(_claim(ctx, sx, m, "located_in", place, None, "fact", None, n, 0.6) for m in named[:1])
    return out


#: the predicates of this family a verb gives, and the rule that reads the verb
VERB_RULES = {"located_in": _located_verb}
