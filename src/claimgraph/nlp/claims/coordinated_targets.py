"""Every name coordinated with a sanctioned target is sanctioned too, and by every body coordinated
with its body.

"imposed sanctions on X and Y", "blacklisted X, Y and Z", "sanctioned X, a Hong Kong supplier, and
Y", "санкции против компаний из Китая, Турции и ОАЭ": the rules that read the sanctioning clause
often take one conjunct of the list; the others share its body, speaker and modality. A conjunct is
taken only when it is a name of the same kind as the target (firms and people with firms and people,
places with places, demonyms with demonyms), never the body itself; a count stays with the target
it was read for; a claim without a body and a news outlet in the list are left alone. "The EU and
the US sanctioned X": X is sanctioned by both.
"""
from __future__ import annotations

import dataclasses

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.attribution import _is_outlet
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.lexicon import SPEECH_VERBS

_FAMILIES = (ORGS | {"Person"}, PLACES, frozenset({"Nationality"}))
_NOMINAL = frozenset({"NOUN", "PROPN", "X"})


def _family(label: str) -> frozenset[str] | None:
    return next((f for f in _FAMILIES if label in f), None)


def _head_token(sx: _Sent, m: Mention) -> int | None:
    """The token of a mention whose head lies outside it."""
    toks = sx.sent.tokens
    inside = [i for i, x in enumerate(sx.token_mention) if x is not None and x.id == m.id]
    return next((i for i in inside if not 0 <= toks[i].head < len(toks) or toks[i].head not in inside
                 or toks[i].head == i), None)


def _named(sx: _Sent, k: int) -> Mention | None:
    """The name at ``k``, or the name in apposition to a kind of body there ("Научного центра «Орион»")."""
    m = sx.token_mention[k]
    beside = [x for c in _kids(sx, k, "appos") if (x := sx.token_mention[c]) is not None and x.label in ORGS]
    if beside and (m is None or m.label in ORGS):
        return beside[0]
    return m


def _reporting(ctx: _Context, sx: _Sent, k: int) -> bool:
    """The word is the source of the sentence the parser hung on the list: a verb of speech closes
    its phrase ("…, X and Y, Voice of America reported"); a passive one never does."""
    toks = sx.sent.tokens
    speech = SPEECH_VERBS[ctx.lang]
    # a passive verb tells what befell the list ("… and the UK were also added to the list"), no source
    return any(toks[j].pos == "VERB" and sx.lemmas[j] in speech and toks[j].dep == "root"
               and not _kids(sx, j, "aux:pass", "nsubj:pass") for j in range(k + 1, min(len(toks), k + 8)))


def _coordinated(sx: _Sent, t: int) -> list[int]:
    """The nominal words coordinated with ``t``: up its conj chain to the first conjunct, then down."""
    toks = sx.sent.tokens
    top, seen = t, {t}
    while toks[top].dep.startswith("conj") and 0 <= toks[top].head < len(toks) and toks[top].head not in seen:
        top = toks[top].head
        seen.add(top)
    return [k for k in _with_conj(sx, top) if k != t and toks[k].pos in _NOMINAL]


def coordinated_targets(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """The sentence's claims with each sanctioned target's coordinated names added."""
    have = {(c.subject_mention, c.object_mention) for c in claims if c.predicate == "sanctioned_by"}
    added: list[Claim] = []
    for c in claims:
        m = ctx.by_id.get(c.subject_mention or "") if c.predicate == "sanctioned_by" else None
        family = _family(m.label) if m is not None else None
        t = _head_token(sx, m) if m is not None else None
        if m is None or family is None or t is None or c.object_mention is None:
            continue
        for k in _coordinated(sx, t):
            x = _named(sx, k)
            if x is None or x.label not in family or x.id == c.object_mention or (x.id, c.object_mention) in have \
                    or _is_outlet(ctx, x) or _reporting(ctx, sx, k):
                continue
            if c.object is not None and ctx.name(x) == c.object:
                continue
            have.add((x.id, c.object_mention))
            name = ctx.name(x)
            added.append(dataclasses.replace(
                c, id=Claim.make_id(c.document_id, c.start, name, c.predicate, c.object, None), subject=name,
                subject_mention=x.id, subject_entity=None, value=None, unit=None, qualifier=None, value_min=None,
                value_max=None, rate=None))
    return claims + added + _co_bodies(ctx, sx, claims + added)


_BODIES = ORGS | PLACES


def _co_bodies(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """The same sanctions by each body coordinated with a claim's body."""
    have = {(c.subject_mention, c.object_mention) for c in claims if c.predicate == "sanctioned_by"}
    added: list[Claim] = []
    for c in claims:
        b = ctx.by_id.get(c.object_mention or "") if c.predicate == "sanctioned_by" else None
        t = _head_token(sx, b) if b is not None and b.label in _BODIES else None
        if b is None or t is None:
            continue
        for k in _coordinated(sx, t):
            x = sx.token_mention[k]
            if x is None or x.label not in _BODIES or x.id == c.subject_mention or (c.subject_mention, x.id) in have:
                continue
            name = ctx.name(x)
            if name == c.subject:
                continue
            have.add((c.subject_mention, x.id))
            added.append(dataclasses.replace(
                c, id=Claim.make_id(c.document_id, c.start, c.subject, c.predicate, name, c.value), object=name,
                object_mention=x.id, object_entity=None))
    return added


__all__ = ["coordinated_targets"]
