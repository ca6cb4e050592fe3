"""sanctioned_by: "Y was blacklisted by X", "X sanctioned Y", and the names listed after a sanctions
sentence ("the list includes …", "в списке оказались …")."""
from __future__ import annotations

import re

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _objects, _subjects
from claimgraph.nlp.claims.attribution import _is_outlet
from claimgraph.nlp.claims.build import _build, _claim, Found, _Verb
from claimgraph.nlp.claims.sanction_counts import counted_target, remember_target
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _head_token, _kids, _Sent, _token_at
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.lexicon import SPEECH_VERBS


_SANCTION_WORDS = {"en": re.compile(r"sanction|blacklist|entity list|export control|restriction", re.IGNORECASE),
                   "ru": re.compile(r"санкци|черн\w+ спис|ограничени|санкционн", re.IGNORECASE)}
#: verbs that aim rather than sanction unless the sentence speaks of sanctions
_AIMING = frozenset({"target", "hit", "list"})
_MEASURES = re.compile(r"\b(?:measures?|designat\w*|move|package|OFAC|Treasury)\b")
_LISTED = {
    "en": re.compile(r"\b(?:the\s+list|the\s+package|the\s+designations?|the\s+measures?|restrictions|sanctions)"
                     r"\s+(?:also\s+)?(?:includes?|included|covers?|covered|targets?|targeted|hits?|hit|names?|named)\b"
                     r"|\b(?:were|was|are|is)\s+(?:also\s+)?(?:added|listed|named|included)\b"
                     r"|\b(?:sanctioned|designated|listed)\s+(?:entities|companies|firms|individuals|persons)"
                     r"\s+(?:also\s+)?(?:are|include|included)\b"
                     r"|^\W*among\s+(?:them|those)\b", re.IGNORECASE),
    "ru": re.compile(r"(?:в\s+(?:этот\s+|новый\s+)?(?:списке?|перечне?|черный\s+список)\s+(?:также\s+)?(?:оказал|попал|вошл|включ))"
                     r"|(?:(?:оказал|попал|вошл|включ)\w*\s+(?:также\s+)?(?:в\s+)?(?:спис|перечн|черный))"
                     r"|(?:ограничени\w+\s+(?:также\s+)?(?:затронул|коснул|введены\s+(?:и\s+)?против|распространил))"
                     r"|(?:санкци\w+\s+(?:также\s+)?(?:затронул|коснул|введены\s+(?:и\s+)?против))"
                     r"|^\W*(?:в\s+том\s+числе\s+|также\s+)?среди\s+(?:них|которых)\b", re.IGNORECASE),
}


def _reporter(ctx: _Context, sx: _Sent, m: Mention) -> bool:
    """A name the sentence's speech verb follows ("…, Voice of America (VOA) News reported"): its source."""
    toks = sx.sent.tokens
    if not sx.sent.start <= m.start < sx.sent.end:
        return False  # a name from another sentence reports nothing here
    i = _token_at(sx.sent, m.end - 1) + 1
    for _ in range(6):  # past "(VOA) News" to the verb
        if i >= len(toks):
            return False
        if sx.lemmas[i] in SPEECH_VERBS[ctx.lang]:
            return True
        if toks[i].pos not in ("PUNCT", "PROPN", "NOUN") and sx.token_mention[i] is None:
            return False
        i += 1
    return False


def _owned_by_a_noun(sx: _Sent, i: int) -> bool:
    """A name inside an "of" phrase of a common noun ("operator of the Mir system", "suppliers of Kupol")."""
    toks = sx.sent.tokens
    for t in [i, *_ancestors(sx, i, 2)]:
        h = toks[t].head
        if toks[t].dep.startswith("nmod") and "of" in _case(sx, t).split() and 0 <= h < len(toks) \
                and toks[h].pos == "NOUN" and sx.token_mention[h] is None:
            return True
    return False


#: verbs whose subject lands on a list rather than drawing it up: "в список попали X", "X fell under"
_LANDED = frozenset({"попасть", "попадать", "оказаться", "оказываться", "войти", "входить", "fall", "appear"})


def _in_brackets(ctx: _Context, m: Mention) -> bool:
    """A name in brackets ("TOKYO, June 21 (Reuters) –"): a dateline's agency, no actor of the sentence."""
    text = ctx.doc.text
    return text[max(0, m.start - 1):m.start] == "(" and text[m.end:m.end + 1] == ")"


def _list_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"The list includes X, Y and Z", "в списке оказались X и Y": sanctioned by the body named before."""
    text = ctx.doc.text[sx.sent.start:sx.sent.end]
    subjects_here = [m for m in sx.mentions if m.label in ("PublicBody", "Country", "Organization")]
    if _SANCTION_WORDS[ctx.lang].search(text):
        root = next((i for i, t in enumerate(sx.sent.tokens) if t.dep == "root"), None)
        if root is not None:
            subs, passive = _subjects(ctx, sx, root)
            if not subs:  # "European Union foreign ministers adopted ...": the body behind the people
                for h in _kids(sx, root, "nsubj"):
                    subs += [m for c in sx.children[h] if (m := sx.token_mention[c]) is not None]
            # a government body before any organisation: "London, AYT News | The Treasury announced …"
            body = next((m for m in subs if m.label in ("PublicBody", "Country")), None) or next(
                (m for m in subs if m.label == "Organization"), None)
            # not the outlet that reports the sanctions ("Reuters reported that …", "TOKYO (Reuters) –"),
            # nor a name "it" stands for ("It marks the first time Japan …")
            if sx.lemmas[root] in _LANDED:
                body = None  # "в черный список попали X и Y": the subjects are the ones listed
            if body is not None and not passive and not _is_outlet(ctx, body) \
                    and sx.sent.start <= body.start < sx.sent.end and not _in_brackets(ctx, body):
                ctx.sanctioner = body
    if ctx.sanctioner is None or not _LISTED[ctx.lang].search(text):
        return []
    out = []
    toks = sx.sent.tokens
    for m in sx.mentions:
        if m.label not in ("Company", "Organization", "Facility") or m.id == ctx.sanctioner.id:
            continue
        if any(toks[a].dep.startswith("acl") for a in [_head_token(sx, m), *_ancestors(sx, _head_token(sx, m))]):
            continue  # "X, which Tokyo says supplied gimbals to Y": Y is no listed name
        if any(s.id == m.id for s in subjects_here if s.label != "Organization"):
            continue
        if _owned_by_a_noun(sx, _head_token(sx, m)):
            continue  # "the card system, operator of the Mir payment system": Mir is not listed
        if _reporter(ctx, sx, m):
            continue  # "…, Voice of America reported": who tells of the list is not on it
        out.append(_claim(ctx, sx, m, "sanctioned_by", ctx.sanctioner, None, "fact", None,
                          _token_at(sx.sent, m.start), 0.55))
    return out


#: what holds sanctions as a subject: "the new round of sanctions includes 116 entities"
_PACKAGE_WORDS = frozenset({"package", "round", "tranche", "sanction", "sanctions", "list", "пакет", "список"})
_LIST_WORDS = re.compile(r"^(?:list|entity|sdn|blacklist)$", re.IGNORECASE)


def _onto_a_list(sx: _Sent, v: int) -> bool:
    """"added to the Entity List", "added to its sanctions list", "included in the sanctions list":
    "to" (or "in", "on") a list."""
    toks = sx.sent.tokens
    for c in _kids(sx, v, "obl"):
        if set(_case(sx, c).split()) & {"to", "in", "on"} and any(_LIST_WORDS.match(toks[k].text)
                                                 for k in [c, *_kids(sx, c, "compound")]):
            return True
    return False


def _counted(ctx: _Context, sx: _Sent, heads: list[int]) -> tuple[list[Mention], Quantity | None]:
    """"added more than 90 Russian companies", "targeted nearly 300 people and entities": the country
    whose people or firms are counted (see :mod:`.sanction_counts`), and their count."""
    for h in heads:
        found = counted_target(ctx, sx, h)
        if found is not None:
            return [found[0]], found[1]
    return [], None


def _measure_owners(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """"The EU's 14th package targets X", "US sanctions hit X": the body whose measures are the subject."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for h in _kids(sx, v, "nsubj", "compound"):  # the tagger may read "package targets" as one noun
        if sx.token_mention[h] is not None or not _MEASURES.search(toks[h].text) and sx.lemmas[h] not in (
                "sanction", "sanctions", "package", "measure", "designation"):
            continue
        for c in _kids(sx, h, "nmod:poss", "compound"):
            m = sx.token_mention[c]
            if m is not None and m.label in ORGS | PLACES:
                out.append(m)
    return out


def _sanctioned_verb(ctx: _Context, sx: _Sent, verb: _Verb) -> list[Claim]:
    toks = sx.sent.tokens
    v = verb.v
    out: list[Found] = []
    if ctx.lang == "ru" and not any(re.search(r"список|санкц|ограничен", toks[c].text, re.IGNORECASE)
                                    for c in range(len(toks))):
        return []
    # "drones targeted the factory", "the strike hit a depot": aiming is a sanction only beside
    # sanctions, or done by a body ("the EU listed X")
    text = ctx.doc.text[sx.sent.start:sx.sent.end]
    if verb.lemma in _AIMING and not (_SANCTION_WORDS["en"].search(text) or _MEASURES.search(text)) and not any(
            m.label in ORGS | PLACES for m in verb.subjects):
        return []
    if verb.lemma == "designate" and any("as" in _case(sx, c).split() for c in _kids(sx, v, "obl", "xcomp", "advcl")):
        return []  # "designated as a special economic zone": named, not sanctioned
    if verb.lemma == "hit" and not _SANCTION_WORDS["en"].search(text):
        return []  # "a drone hit the plant": only "hit with sanctions", "sanctions hit X" sanction
    if verb.lemma == "sanction" and any(sx.lemmas[c] in _AUTHORIZING for c in _kids(sx, v, "conj")):
        return []  # "it wasn't sanctioned or approved by us": sanctioning as authorizing
    count = None
    if verb.lemma in ("add", "include"):
        package = any(sx.lemmas[c] in _PACKAGE_WORDS for c in _kids(sx, v, "nsubj"))
        if not _onto_a_list(sx, v) and not (verb.lemma == "include" and package):
            return []  # only "added X to the Entity List", "the new round of sanctions includes X" sanction
    if verb.passive:
        targets = verb.subjects
        agents = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"by"}), ORGS | PLACES)
        if not targets:  # "Sixty-one individuals or companies are included in the sanctions list"
            targets, count = _counted(ctx, sx, _kids(sx, v, "nsubj:pass"))
    else:
        targets = _objects(ctx, sx, v, ("obj",), None, ORGS | frozenset({"Person"}))
        agents = [m for m in verb.subjects if m.label in ORGS | PLACES] or _measure_owners(ctx, sx, v)
        if not targets:  # "added 90 Russian companies to its Entity List", "targeted nearly 300 people"
            targets, count = _counted(ctx, sx, _kids(sx, v, "obj"))
    targets = [t for t in targets if not _reporter(ctx, sx, t)]
    for t in targets:
        remember_target(ctx, t)
    if not agents and ctx.sanctioner is not None:
        agents = [ctx.sanctioner]  # "The move targets X": the body whose sanctions the text tells of
    for t in targets:  # "sanctioned by the U.S. and the EU": each body that imposed them
        out.extend((t, "sanctioned_by", a, count) for a in _joint_agents(ctx, agents) or [None])
    if agents:
        ctx.sanctioner = agents[0]
    return _build(ctx, sx, v, out, verb.speaker, verb.denied, force="fact" if not verb.speaker else None)


def _joint_agents(ctx: _Context, agents: list[Mention]) -> list[Mention]:
    """The first sanctioning body and a second one of another kind of name coordinated with it
    ("the U.S. and EU", "Евросоюз и США"); more than two is a list the text tells otherwise."""
    if len(agents) < 2 or ctx.name(agents[0]) == ctx.name(agents[1]) or agents[1].label not in ORGS | PLACES:
        return agents[:1]
    return agents[:2]


#: the predicates of this family a verb gives, and the rule that reads the verb
VERB_RULES = {"sanctioned_by": _sanctioned_verb}

#: verbs of permitting beside which "sanction" means "authorize"
_AUTHORIZING = frozenset({"approve", "authorize", "authorise", "permit", "allow", "license", "endorse"})
