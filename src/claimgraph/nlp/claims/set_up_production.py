"""produces, told by the setting up of production or by a plant for a product:

- "Russia set up the production of copies of the X drone there", "наладили производство X":
  the place the production is set up in (else the verb's subject) makes X;
- "a manufacturing facility for X-type drones in Y", "завод по производству X в Y", "a factory
  assembling X": the place the plant stands in (else the plant, when named, else the maker of X an
  earlier sentence named) makes X.

A product some claim of the sentence already gives a maker is left to that claim.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity, _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent

#: verbs that set production up: "established the production of", "наладить производство"
_SET_UP = frozenset({"establish", "set", "launch", "organize", "organise", "start", "begin", "open", "localize",
                     "localise", "наладить", "налаживать", "освоить", "осваивать", "организовать", "развернуть",
                     "запустить", "начать", "открыть", "локализовать"})
_PRODUCTION = frozenset({"production", "manufacturing", "manufacture", "assembly", "производство", "выпуск", "сборка",
                         "изготовление"})
#: nouns of a plant: "a plant for X", "завод по производству X"
_PLANTS = frozenset({"plant", "factory", "facility", "works", "workshop", "завод", "фабрика", "предприятие",
                     "цех", "комбинат"})
#: nouns standing between the production and the model: "copies of", "analogs of", "аналогов"
_LIKENESS = frozenset({"type", "kind", "class", "model", "copy", "analog", "analogue", "clone", "version", "variant",
                       "replica", "line", "batch", "тип", "аналог", "копия", "версия", "вариант", "партия", "линия"})
_IN = frozenset({"in", "at", "в", "во", "на"})
_FOR = frozenset({"for", "по", "для"})
_THERE = frozenset({"there", "там"})
_PLACES = frozenset({"Location", "Facility", "Country", "Company"})
_SITES = frozenset({"Location", "Facility", "Company"})
#: verbs of making a plant's participle tells its output by: "a factory assembling X"
_MAKING = frozenset({"produce", "manufacture", "assemble", "build", "make", "производить", "выпускать", "собирать",
                     "изготавливать"})
_WHICH = frozenset({"that", "which", "который"})
_HOLDERS = frozenset({"Country", "Company", "Organization", "Facility", "Location"})


def set_up_production_claims(ctx: _Context, sx: _Sent, found: list[Claim]) -> list[Claim]:
    """Claims of the two shapes above, one per production noun or plant noun, for products ``found``
    (the sentence's claims so far) gives no maker."""
    toks = sx.sent.tokens
    made = {c.object for c in found if c.predicate in ("produces", "plans_to_produce")}
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN":
            continue
        lemma = sx.lemmas[n]
        if lemma in _PRODUCTION and tok.dep == "obj" and 0 <= tok.head < len(toks) and sx.lemmas[tok.head] in _SET_UP:
            out.extend(_set_up(ctx, sx, n, tok.head))
        elif lemma in _PLANTS:
            out.extend(_plant_for(ctx, sx, n))
    out = [c for c in out if c.object not in made]
    for c in found + out:
        maker = ctx.by_id.get(c.subject_mention or "")
        if c.predicate == "produces" and c.object and maker is not None and maker.label in _SITES:
            ctx.makers[c.object] = maker
    return out


def _set_up(ctx: _Context, sx: _Sent, n: int, verb: int) -> list[Claim]:
    product = _product_of(sx, n)
    if product is None:
        return []
    makers = (_objects(ctx, sx, verb, ("obl",), _IN, _PLACES - {"Country"})
              or _objects(ctx, sx, n, ("nmod",), _IN, _PLACES - {"Country"})
              or _there(sx, verb)
              or [m for m in _subjects(ctx, sx, verb)[0] if m.label in _HOLDERS])
    if not makers:
        return []
    speaker, denied = _speaker(ctx, sx, verb)
    return _build(ctx, sx, verb, [(makers[0], "produces", product, None)], speaker, denied)


def _plant_for(ctx: _Context, sx: _Sent, n: int) -> list[Claim]:
    toks = sx.sent.tokens
    goods = [c for c in _kids(sx, n, "nmod") if set(_case(sx, c).split()) & _FOR]
    # "a factory assembling X", "a factory that assembles X", "завод, который выпускает X"
    goods += [o for a in _kids(sx, n, "acl", "acl:relcl") if sx.lemmas[a] in _MAKING and (
              "VerbForm=Part" in toks[a].feats and toks[a].dep == "acl"
              or any(sx.lemmas[k] in _WHICH for k in _kids(sx, a, "nsubj"))) for o in _kids(sx, a, "obj")]
    # "завод по производству X": the product hangs on the production noun
    goods = [g for c in goods for g in ([k for k in _kids(sx, c, "nmod") if not _case(sx, k)]
                                       if sx.lemmas[c] in _PRODUCTION else [c])]
    product = next((p for g in goods if (p := _product_of(sx, g, own=True)) is not None), None)
    if product is None:
        return []
    named = sx.token_mention[n]
    places = _objects(ctx, sx, n, ("nmod",), _IN, frozenset({"Location", "Country"}))
    makers = [named] if named is not None and named.label in ("Facility", "Company") else places
    known = ctx.makers.get(ctx.name(product))
    makers = makers or ([known] if named is None and known is not None else [])
    if not makers:
        return []
    head = toks[n].head if 0 <= toks[n].head < len(toks) else n
    speaker, denied = _speaker(ctx, sx, head)
    return _build(ctx, sx, head, [(makers[0], "produces", product, None)], speaker, denied)


def _product_of(sx: _Sent, n: int, own: bool = False) -> Mention | None:
    """The named model the goods of ``n`` are: "of analogs of Iranian Shahed drones", "Shahed-type
    drones"; a walk down the noun's modifiers, past nouns of likeness, never into places."""
    toks = sx.sent.tokens
    todo = [n] if own else [c for c in _kids(sx, n, "nmod") if not set(_case(sx, c).split()) & _IN]
    seen: set[int] = set()
    while todo and len(seen) < 40:
        k = todo.pop(0)
        if k in seen:
            continue
        seen.add(k)
        m = sx.token_mention[k]
        if m is not None:
            if m.label == "Product":
                return m
            continue  # "Iranian" beside the model, or another name: not the goods
        kids = _kids(sx, k, "compound", "amod", "flat", "appos")
        if sx.lemmas[k] in _LIKENESS or k == n:
            kids += [c for c in _kids(sx, k, "nmod") if not set(_case(sx, c).split()) & _IN]
        todo.extend(c for c in kids if toks[c].pos in ("NOUN", "PROPN", "ADJ", "X") or sx.token_mention[c] is not None)
    return None


def _there(sx: _Sent, verb: int) -> list[Mention]:
    """"… the Alabuga zone — there Russia set up …": the last place named before "there"."""
    toks = sx.sent.tokens
    there = [c for c in _kids(sx, verb, "advmod") if toks[c].text.lower() in _THERE]
    if not there:
        return []
    before = [m for m in sx.token_mention[:there[0]] if m is not None and m.label in ("Location", "Facility")]
    return before[-1:]
