"""produces: "X assembles drones", "launch production of X at the Y plant", "X is the largest
manufacturer of Y"; what is made for a party is also supplied to it."""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity, _misread_object, _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, Found, _Verb
from claimgraph.nlp.claims.sentence import (
    _case,
    _Context,
    _copular_verb,
    _kids,
    _lemma,
    _Sent,
    _unique,
    _with_conj,
)
from claimgraph.nlp.claims.words import _FUTURE_AUX, _MAKERS, _NOT_OUTPUT, ORGS, _PRODUCTS


_PRODUCTION_NOUNS = frozenset({"production", "assembly", "manufacturing", "output", "производство", "выпуск",
                               "сборка", "изготовление"})
_AGREEING = frozenset({"agree", "sign", "договориться", "подписать", "договариваться"})
_AT = frozenset({"at", "in", "on", "на", "в", "во"})


def _production_noun_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"launch production of the Busel-M at the Orsha plant", "договорились о сборке «Кузгун-3»":
    the plant named with the production (else the subject of its verb) makes the named product;
    what is launched, agreed or signed is a plan."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _PRODUCTION_NOUNS:
            continue
        goods = [c for c in _kids(sx, n, "nmod") if not set(_case(sx, c).split()) & (_AT - {"on"})]
        products = _unique([m for c in goods for k in _with_conj(sx, c)
                            if (m := _entity(ctx, sx, k, frozenset({"Product"}))) is not None])
        if not products:
            continue
        head = tok.head if 0 <= tok.head < len(toks) and tok.head != n else n
        firms = frozenset({"Facility", "Company"})
        sites = [m for c in [n, *goods, head] for m in _objects(ctx, sx, c, ("nmod", "obl"), _AT, firms)]
        # "production of X by Kupol-Tech", "производство дронов компанией «Купол»"
        agents = _objects(ctx, sx, n, ("nmod",), frozenset({"by"}), firms | {"Organization"}) or [
            m for c in _kids(sx, n, "nmod") + (_kids(sx, head, "obl") if head != n else [])
            if not _case(sx, c) and "Case=Ins" in toks[c].feats
            if (m := _entity(ctx, sx, c, firms | {"Organization"})) is not None]
        makers = sites[:1] or agents[:1]
        if not makers and head != n:
            makers = [m for m in _subjects(ctx, sx, head)[0] if m.label in ("Company", "Facility", "Organization")][:1]
        if not makers:
            continue
        speaker, denied = _speaker(ctx, sx, head)
        # launching or agreeing on production is a plan; production that began is a fact
        started = _lemma(toks[head]) in _STARTS and "Tense=Past" in toks[head].feats and not any(
            toks[c].text.lower() in _FUTURE_AUX or _lemma(toks[c]) in ("will", "shall") for c in _kids(sx, head, "aux"))
        force = "plan" if _lemma(toks[head]) in _AGREEING | _STARTS and not denied and not started else None
        out.extend(_build(ctx, sx, head, [(makers[0], "produces", products[0], None)], speaker, denied, force=force))
    return out


_STARTS = frozenset({"launch", "start", "begin", "commence", "начать", "начаться", "запустить", "стартовать"})
_MAKER_NOUNS = frozenset({"manufacturer", "producer", "maker", "производитель", "изготовитель"})


def _maker_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"X will become the largest manufacturer of drones", "X является производителем": X produces."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _MAKER_NOUNS or sx.token_mention[n] is not None:
            continue
        verb = _copular_verb(sx, n, ("xcomp", "obl", "attr", "obj", "nmod"))
        if verb is None:
            continue
        subjects = [m for m in _subjects(ctx, sx, verb)[0] if m.label in _MAKERS]
        products = [m for c in _kids(sx, n, "nmod") for k in _with_conj(sx, c)
                    if (m := _entity(ctx, sx, k, frozenset({"Product"}))) is not None]
        speaker, denied = _speaker(ctx, sx, verb)
        found = [(s, "produces", p, None) for s in subjects[:1] for p in (products[:1] or [None])]
        out.extend(_build(ctx, sx, verb, found, speaker, denied))
    return out


def _produces_verb(ctx: _Context, sx: _Sent, verb: _Verb) -> list[Claim]:
    v, value = verb.v, verb.value
    made: list[Mention] = []
    subjects = verb.subjects
    if verb.passive:  # "Geran-2 drones are assembled at the Alabuga zone (by X)"
        agents = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"by"}))
        made = [m for c in _kids(sx, v, "nsubj:pass", "nsubj") for k in _with_conj(sx, c)
                if (m := _entity(ctx, sx, k, frozenset({"Product"}))) is not None]
        agents = agents or _objects(ctx, sx, v, ("obl",), _AT - {"on"}, frozenset({"Facility", "Company"}))
        if not agents:
            return []
        subjects = agents
    else:  # "где будут собирать FPV-дроны" with the product taken for the subject
        made = [m for c in _kids(sx, v, "nsubj") if _misread_object(sx, v, c)
                for k in _with_conj(sx, c) if (m := _entity(ctx, sx, k, _PRODUCTS)) is not None]
    out: list[Found] = []
    products = _unique(made + _objects(ctx, sx, v, ("obj",), None, frozenset({"Product"})))
    if value is not None and value.unit and value.unit.lower() in _NOT_OUTPUT:
        value = None  # "made by X and passed through three trading companies"
    if not products and value is None:
        return []
    # "assembling Geran-2 drones for Russia": what is made for a party is supplied to it
    for_whom = frozenset({"for", "для"})
    buyers = _objects(ctx, sx, v, ("obl", "nmod"), for_whom, ORGS | {"Country"}) or [
        m for o in _kids(sx, v, "obj") for m in _objects(ctx, sx, o, ("nmod",), for_whom, ORGS | {"Country"})]
    for s in subjects:
        if s.label == "Person":
            continue
        for p in products or [None]:
            out.append((s, "produces", p, value if p is None or value else None))
        for b in buyers[:1]:
            if b.id != s.id:
                out.append((s, "supplies_to", b, None))
    return _build(ctx, sx, v, out, verb.speaker, verb.denied)


#: the predicates of this family a verb gives, and the rule that reads the verb
VERB_RULES = {"produces": _produces_verb}
