"""met_with, cooperates_with and visited: "X met Y", "talks between X and Y", "together with Y",
"X visited Y"."""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity, _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, _doers, Found, _Verb
from claimgraph.nlp.claims.sentence import (
    _case,
    _Context,
    _first_and_conjuncts,
    _kids,
    _Sent,
    _unique,
    _with_conj,
)
from claimgraph.nlp.claims.words import AGENTS, ORGS, PLACES


_TOGETHER = frozenset({"together", "jointly", "совместно", "вместе"})


def _together_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"X will build the plant together with Y", "совместно с Y": X cooperates with Y."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for t, tok in enumerate(toks):
        if sx.lemmas[t] not in _TOGETHER or not 0 <= tok.head < len(toks):
            continue
        h = tok.head
        if toks[h].dep == "case":  # "together" modifies the preposition: "together with the firm"
            partners_at, verb = [toks[h].head], toks[toks[h].head].head
        else:
            verb = h
            partners_at = [c for c in _kids(sx, verb, "obl", "nmod") if set(_case(sx, c).split()) & {"with", "с", "со"}]
        if not 0 <= verb < len(toks):
            continue
        partners = _unique([m for n in partners_at for k in _with_conj(sx, n)
                            if (m := _entity(ctx, sx, k, AGENTS - {"Location"})) is not None])
        subjects, _ = _subjects(ctx, sx, verb)
        speaker, denied = _speaker(ctx, sx, verb)
        found = [(s, "cooperates_with", p, None) for s in subjects[:1] for p in partners[:1] if s.id != p.id]
        out.extend(_build(ctx, sx, verb, found, speaker, denied))
    return out


def _noun_claims(ctx: _Context, sx: _Sent, n: int, predicate: str) -> list[Claim]:
    """"talks between X and Y", "переговоры X с Y", "сотрудничества Беларуси и Китая"."""
    toks = sx.sent.tokens
    members: list[Mention] = []
    for c in _kids(sx, n, "nmod", "nmod:poss", "compound"):
        for k in _with_conj(sx, c):
            m = _entity(ctx, sx, k)
            if m is not None and m.label in AGENTS - {"Location"} | {"Location"} and m.label != "Facility":
                members.append(m)
    members = _unique(members)
    head = toks[n].head
    if len(members) < 2 and 0 <= head < len(toks) and head != n and toks[n].dep.split(":")[0] in ("obj", "obl", "nsubj"):
        subjects, _ = _subjects(ctx, sx, head)
        members = _unique(subjects + members)
    if len(members) < 2:
        return []
    v = head if 0 <= head < len(toks) and toks[head].pos in ("VERB", "AUX") else n
    speaker, denied = _speaker(ctx, sx, v)
    a, b = _states(ctx, sx, members[0], members[1]) if predicate == "cooperates_with" else (members[0], members[1])
    return _build(ctx, sx, v, [(a, predicate, b, None)], speaker, denied)


def _post_of(ctx: _Context, sx: _Sent, person: Mention) -> Mention | None:
    """The body a person's post names, from this sentence or an earlier one, under any of the
    person's mentions ("Russian President Vladimir Putin" … "Putin")."""
    found = sx.posts.get(person.id) or ctx.stands_for.get(person.id)
    if found is not None:
        return found
    name = ctx.name(person)
    for table in (sx.posts, ctx.stands_for):
        for mention_id, body in table.items():
            m = ctx.by_id.get(mention_id)
            if m is not None and ctx.name(m) == name:
                return body
    return None


def _states(ctx: _Context, sx: _Sent, a: Mention, b: Mention) -> tuple[Mention, Mention]:
    """"Putin and Kim signed a partnership treaty": leaders who bind themselves bind the countries
    whose posts the report gave them; people without known posts stand for themselves."""
    if a.label != "Person" or b.label != "Person":
        return a, b
    x, y = _post_of(ctx, sx, a), _post_of(ctx, sx, b)
    if x is not None and y is not None and x.label == y.label == "Country" and x.id != y.id:
        return x, y
    return a, b


def _meeting_verb(ctx: _Context, sx: _Sent, verb: _Verb) -> list[Claim]:
    subjects = _doers(ctx, sx, verb)
    if subjects is None:
        return []
    v = verb.v
    predicate = verb.predicate
    out: list[Found] = []
    partners = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"with", "с", "со", "together"}))
    if predicate == "met_with" and not partners:
        partners = _objects(ctx, sx, v, ("obj",), None, frozenset({"Person", "PublicBody", "Organization",
                                                                   "Company", "Country"}))
    if predicate == "cooperates_with" and verb.lemma in ("sign", "подписать", "agree", "договориться") \
            and not partners and len(subjects) < 2:
        return []
    if partners:
        for s in subjects:
            for p in partners[:2]:
                if p.id != s.id:
                    out.append((s, predicate, p, None))
    elif len(subjects) >= 2:
        out.append((subjects[0], predicate, subjects[1], None))
    if predicate == "cooperates_with":  # the leaders who signed stand for their countries
        pairs = [_states(ctx, sx, s, p) if p is not None else (s, p) for s, _, p, _ in out]
        out = [(s, predicate, p, None) for s, p in pairs]
    return _build(ctx, sx, v, out, verb.speaker, verb.denied)


def _visited_verb(ctx: _Context, sx: _Sent, verb: _Verb) -> list[Claim]:
    subjects = _doers(ctx, sx, verb)
    if subjects is None:
        return []
    v = verb.v
    places = _objects(ctx, sx, v, ("obj", "obl"), None, PLACES | ORGS)
    where = _objects(ctx, sx, v, ("obl",), frozenset({"in", "to", "в", "на"}), PLACES | ORGS)
    if where and not any(sx.token_mention[c] is not None for c in _kids(sx, v, "obj")):
        places = where  # "inspected the workshops in Gomel": the place named, not the one referred to
    out: list[Found] = [(s, "visited", p, None) for s in subjects for p in _first_and_conjuncts(sx, places)
                        if p.id != s.id]
    return _build(ctx, sx, v, out, verb.speaker, verb.denied)


#: the predicates of this family a verb gives, and the rule that reads the verb
VERB_RULES = {"cooperates_with": _meeting_verb, "met_with": _meeting_verb, "visited": _visited_verb}
