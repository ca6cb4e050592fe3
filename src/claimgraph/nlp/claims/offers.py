"""offers_to_build: "X offered Y to build a plant", "X is ready to open production in Y"."""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _country_of, _entity, _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, _doers, Found, _value, _Verb
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _kids, _lemma, _negated, _Sent
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.lexicon import BUILD_VERBS, PREDICATE_VERBS


#: "ready to open production in Russia", "Russia's readiness to help": an offer made by being ready
_READY = frozenset({"ready", "willing", "prepared", "readiness", "willingness", "готовый", "готов", "готовность"})
_HELP = frozenset({"help", "assist", "помочь", "помогать", "содействовать"})
#: what is built when a plant is offered
_WORKS = frozenset({"plant", "factory", "production", "line", "facility", "assembly", "workshop", "centre", "center",
                    "output", "завод", "производство", "линия", "предприятие", "цех", "центр", "сборка", "выпуск"})


def _ready_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"X is ready to open an assembly plant in Y", "компания готова открыть производство в России",
    "готовность России помочь Минску наладить выпуск": an offer to build in (or for) Y."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for b, tok in enumerate(toks):
        if sx.lemmas[b] not in BUILD_VERBS or not any(sx.lemmas[c] in _WORKS for c in _kids(sx, b, "obj")):
            continue
        chain = _ancestors(sx, b, 3)
        r = next((a for a in chain if sx.lemmas[a] in _READY), None)
        if r is None:
            continue
        helpers = [a for a in chain[:chain.index(r)] if sx.lemmas[a] in _HELP] + [
            c for c in sx.children[r] if sx.lemmas[c] in _HELP]
        hosts = _objects(ctx, sx, b, ("obl",), frozenset({"in", "в", "во", "на"}), PLACES) or _built_where(ctx, sx, b)
        for h in helpers:  # "help Minsk set up production": the one helped hosts it
            hosts = hosts or _objects(ctx, sx, h, ("iobj", "obj"), None, PLACES | ORGS)
        if helpers and not hosts:
            hosts = [m for c in _kids(sx, b, "nsubj") if (m := _entity(ctx, sx, c, PLACES | ORGS)) is not None]
        if toks[r].pos == "NOUN":  # "Russia's readiness", "готовность России"
            subjects = [m for c in _kids(sx, r, "nmod", "nmod:poss") if not _case(sx, c) or toks[c].dep == "nmod:poss"
                        if (m := _entity(ctx, sx, c, ORGS | PLACES)) is not None and m not in hosts]
        else:
            subjects = _subjects(ctx, sx, r)[0]
        verb = r
        speaker, denied = _speaker(ctx, sx, verb)
        found: list[Found] = [(s, "offers_to_build", host, _value(sx, b)) for s in subjects[:1] for host in hosts[:1]
                 if s.id != host.id]
        out.extend(_build(ctx, sx, verb, found, speaker, denied,
                          force="denial" if denied or _negated(sx, r) else "offer"))
    return out


def _offer_verb(ctx: _Context, sx: _Sent, verb: _Verb) -> list[Claim]:
    subjects = _doers(ctx, sx, verb)
    if subjects is None:
        return []
    toks = sx.sent.tokens
    v, value = verb.v, verb.value
    out: list[Found] = []
    hosts = _objects(ctx, sx, v, ("iobj", "obj"), None, PLACES | ORGS)
    inner = next((c for c in _kids(sx, v, "xcomp", "ccomp", "advcl") ), None)
    if inner is not None:
        if verb.lemma == "suggest" and not toks[inner].dep.startswith("xcomp"):
            return []  # "reports suggest that X built …" hedges; only "X suggests building …" offers
        hosts = hosts or _objects(ctx, sx, inner, ("iobj", "obj", "obl"), None, PLACES | ORGS) or _objects(
            ctx, sx, inner, ("obl",), frozenset({"in", "в", "во", "на"}), PLACES) or _built_where(ctx, sx, inner)
        inner_pred = PREDICATE_VERBS[ctx.lang].get(_lemma(toks[inner]))
        if inner_pred == "supplies_to":
            for s in subjects:
                for h in hosts[:1]:
                    out.append((s, "supplies_to", h, value))
            return _build(ctx, sx, v, out, verb.speaker, verb.denied, force="offer")
        if _lemma(toks[inner]) not in BUILD_VERBS:
            return []
    elif not any(_lemma(toks[c]) in ("plant", "factory", "завод", "производство", "centre", "center")
                 for c in _kids(sx, v, "obj")):
        return []
    for s in subjects:
        host = next((h for h in hosts if h.id != s.id and ctx.name(h) != ctx.name(s)), None)
        out.append((s, "offers_to_build", host, value))
    return _build(ctx, sx, v, out, verb.speaker, verb.denied, force="offer" if not _negated(sx, v) else "denial")


def _built_where(ctx: _Context, sx: _Sent, b: int) -> list[Mention]:
    """Where the offered works would stand or whose people would build them: "building a plant in
    Belarus" (the place under the plant), "a plant together with Belarusian specialists"."""
    toks = sx.sent.tokens
    for o in _kids(sx, b, "obj"):
        if sx.lemmas[o] not in _WORKS:
            continue
        for c in _kids(sx, o, "nmod"):
            m = sx.token_mention[c]
            if m is not None and m.label in PLACES and set(_case(sx, c).split()) & {"in", "в", "во", "на"}:
                return [m]
    for c in _kids(sx, b, "obl", "nmod"):
        if not set(_case(sx, c).split()) & {"with", "с", "со"} or sx.token_mention[c] is not None:
            continue
        for a in _kids(sx, c, "amod"):
            m = sx.token_mention[a]
            country = _country_of(ctx, m) if m is not None and m.label == "Nationality" else None
            if country is not None and toks[c].pos == "NOUN":
                return [country]
    return []


#: the predicates of this family a verb gives, and the rule that reads the verb
VERB_RULES = {"offers_to_build": _offer_verb}
