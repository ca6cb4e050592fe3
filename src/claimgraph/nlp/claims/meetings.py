"""met_with, cooperates_with and visited: "X met Y", "talks between X and Y", "together with Y",
"X visited Y"."""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity, _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, _doers, Found, _Verb
from claimgraph.nlp.claims.sentence import (
    _ancestors,
    _case,
    _Context,
    _first_and_conjuncts,
    _kids,
    _Sent,
    _unique,
    _with_conj,
)
from claimgraph.nlp.claims.visits import group_country, times_of
from claimgraph.nlp.claims.words import AGENTS, ORGS, PLACES
from claimgraph.nlp.lexicon import TALK_VERBS


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
        found: list[Found] = [(s, "cooperates_with", p, None) for s in subjects[:1] for p in partners[:1]
                              if s.id != p.id]
        if not partners and len(subjects) == 2 and toks[verb].pos in ("VERB", "AUX"):
            found = [(subjects[0], "cooperates_with", subjects[1], None)]  # "X and Y will jointly ensure …"
        out.extend(_build(ctx, sx, verb, found, speaker, denied))
    return out + _joint_claims(ctx, sx) + _relations_claims(ctx, sx)


#: "joint production", "совместное производство": what two subjects do together
_JOINT = frozenset({"joint", "совместный", "общий"})
_STATES = frozenset({"Country", "Location", "PublicBody", "Organization", "Company"})


def _joint_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"Russia and Belarus must launch joint production of drones": two coordinated subjects of a verb
    whose object is joint work cooperate."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for a, tok in enumerate(toks):
        if sx.lemmas[a] not in _JOINT or not tok.dep.startswith("amod") or not 0 <= tok.head < len(toks):
            continue
        o = tok.head
        verb = toks[o].head
        if not toks[o].dep.startswith("obj") or not 0 <= verb < len(toks) or toks[verb].pos not in ("VERB", "AUX"):
            continue
        subjects = [m for m in _subjects(ctx, sx, verb)[0] if m.label in _STATES]
        if len(subjects) != 2:
            continue
        speaker, denied = _speaker(ctx, sx, verb)
        out.extend(_build(ctx, sx, verb, [(subjects[0], "cooperates_with", subjects[1], None)], speaker, denied))
    return out


#: relations that are cooperation: "partnership relations", "партнёрские отношения", "allied relations"
_RELATIONS = frozenset({"relations", "relation", "ties", "отношение", "отношения"})
_PARTNERLY = frozenset({"partner", "partnership", "allied", "партнёрский", "партнерский", "союзнический"})


def _relations_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"X intends to develop partnership relations with Y and Z": relations a partnership word
    qualifies are cooperation, read like the cooperation nouns."""
    out: list[Claim] = []
    for n, tok in enumerate(sx.sent.tokens):
        if sx.lemmas[n] in _RELATIONS and tok.pos == "NOUN" and any(
                sx.lemmas[c] in _PARTNERLY for c in _kids(sx, n, "amod", "compound")):
            out.extend(_noun_claims(ctx, sx, n, "cooperates_with"))
    return out


_WITH = frozenset({"with", "с", "со"})
_VENUE = frozenset({"in", "at", "в", "во"})
#: nouns that frame a meeting as what a statement follows: "по итогам переговоров", "in the wake of talks"
_FRAMES = frozenset({"итог", "результат", "wake", "end", "outcome", "conclusion", "ход", "рамка", "полях"})


def _noun_claims(ctx: _Context, sx: _Sent, n: int, predicate: str) -> list[Claim]:
    """"talks between X and Y", "переговоры X с Y", "сотрудничества Беларуси и Китая"; talks one side
    only asks for ("requested consultations with NATO", "запросила консультации") are not held."""
    toks = sx.sent.tokens
    if predicate == "met_with" and _requested(sx, n):
        return []
    members: list[Mention] = []
    for c in _kids(sx, n, "nmod", "nmod:poss", "compound"):
        if set(_case(sx, c).split()) & _VENUE:
            continue  # "talks with Kim in Pyongyang": where, not who
        for k in _with_conj(sx, c):
            m = _entity(ctx, sx, k)
            if m is not None and m.label in AGENTS - {"Location"} | {"Location"} and m.label != "Facility":
                members.append(m)
    members = _unique(members)
    head = toks[n].head
    partners = _unique([m for c in _kids(sx, n, "nmod") if set(_case(sx, c).split()) & _WITH
                        for k in _with_conj(sx, c) if (m := sx.token_mention[k]) is not None])
    if not partners and toks[n].dep.startswith("obj") and 0 <= head < len(toks):
        # "провёл с руководством КНДР переговоры": the partner hung on the light verb
        partners = _objects(ctx, sx, head, ("obl",), _WITH, AGENTS - {"Location", "Facility"})
        members = _unique(members + partners[:1])
    alone = predicate == "cooperates_with" and bool(partners) and all(m in partners for m in members)
    if toks[n].dep.startswith("nmod") and 0 <= head < len(toks) and toks[head].pos == "NOUN" \
            and sx.lemmas[head] in _FRAMES and toks[head].dep.startswith("obl"):
        head, n_dep = toks[head].head, "frame"  # "по итогам переговоров с X заявил Y", "following talks with X"
    else:
        n_dep = toks[n].dep.split(":")[0]
    if (len(members) < 2 or alone) and 0 <= head < len(toks) and head != n and n_dep in ("obj", "obl", "nsubj", "frame"):
        subjects, _ = _subjects(ctx, sx, head)
        if n_dep == "frame":  # only the speaker framed by the talks took part in them, not what he speaks of
            subjects = [m for m in subjects if m.label == "Person"][:1]
        members = _unique(subjects + members)
    v = head if 0 <= head < len(toks) and toks[head].pos in ("VERB", "AUX") else n
    speaker, denied = _speaker(ctx, sx, v)
    if alone and members and all(m in partners for m in members):  # only the partners named: the subject's side
        side = _own_side(ctx, sx, n, speaker, members[0]) if members[0].label in ("Country", "Location") else None
        members = [side, *members] if side is not None else []
    if len(members) < 2:
        return []
    a, b = _states(ctx, sx, members[0], members[1]) if predicate == "cooperates_with" else (members[0], members[1])
    found: list[Found] = [(a, predicate, b, None)]
    if predicate == "cooperates_with":  # "partnership with the Krasnodar, Samara and Smolensk regions"
        found += [(a, predicate, m, None) for m in partners[1:4]
                  if m.label != "Person" and m.id not in (members[0].id, members[1].id)]
    return _build(ctx, sx, v, found, speaker, denied)


def _own_side(ctx: _Context, sx: _Sent, n: int, speaker: Mention | None, partner: Mention) -> Mention | None:
    """The other side of "cooperation with X" when the phrase names only X: the subject of the clause
    it sits in, or its speaker, as the state their post stands for ("Lukashenko said military
    cooperation with Russia ensures …", "the president valued strategic cooperation with Russia")."""
    toks = sx.sent.tokens
    verb = next((a for a in _ancestors(sx, n, 4) if toks[a].pos in ("VERB", "AUX")), None)
    candidates = (_subjects(ctx, sx, verb)[0] if verb is not None else []) + ([speaker] if speaker else [])
    for m in candidates:
        side = _post_of(ctx, sx, m) if m.label == "Person" else m
        if side is not None and side.label == "Country" \
                and side.id != partner.id and ctx.name(side) != ctx.name(partner):
            return side
    return None


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
    if verb.lemma in TALK_VERBS:  # people talking together: "discussed arms with Putin", "Путин и Ким побеседовали"
        subjects = [s for s in subjects if s.label == "Person"]
        for o in _kids(sx, v, "obj"):  # "discussed prices with X" with "with X" hung on the topic
            partners = partners or _objects(ctx, sx, o, ("nmod",), frozenset({"with", "с", "со"}))
        partners = [p for p in partners if p.label == "Person"]
    elif predicate == "met_with" and not partners:
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
    subjects = subjects or group_country(ctx, sx, v)  # "Chinese experts visited …": China's
    places = _objects(ctx, sx, v, ("obj", "obl"), None, PLACES | ORGS)
    where = _objects(ctx, sx, v, ("obl",), frozenset({"in", "to", "в", "на"}), PLACES | ORGS)
    owned = any(sx.token_mention[g] is not None for c in _kids(sx, v, "obj") for g in _kids(sx, c, "nmod:poss"))
    if where and not owned and not any(sx.token_mention[c] is not None for c in _kids(sx, v, "obj")):
        places = where  # "inspected the workshops in Gomel": the place named, not the one referred to
    count = times_of(ctx, sx)
    out: list[Found] = [(s, "visited", p, count) for s in subjects for p in _first_and_conjuncts(sx, places)
                        if p.id != s.id]
    return _build(ctx, sx, v, out, verb.speaker, verb.denied)


#: the predicates of this family a verb gives, and the rule that reads the verb
VERB_RULES = {"cooperates_with": _meeting_verb, "met_with": _meeting_verb, "visited": _visited_verb}


#: verbs of asking for something that has not happened yet: "requested consultations"
_REQUEST = frozenset({"request", "ask", "seek", "demand", "call", "urge", "запросить", "запрашивать", "просить",
                      "попросить", "потребовать", "требовать", "призвать", "призывать", "добиваться",
                      "инициировать"})


def _requested(sx: _Sent, n: int) -> bool:
    """Whether a noun of meeting is what a verb of asking asks for ("requested consultations with
    NATO", "решило запросить консультации с НАТО", "called on NATO to hold consultations")."""
    toks = sx.sent.tokens
    h = toks[n].head
    for _ in range(2):  # the noun's verb, or the verb that verb completes ("called on X to hold talks")
        if not 0 <= h < len(toks) or h == n:
            return False
        if sx.lemmas[h] in _REQUEST:
            return True
        if toks[h].dep not in ("xcomp", "advcl"):
            return False
        n, h = h, toks[h].head
    return False
