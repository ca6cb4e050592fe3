"""cooperates_with from one state training another's forces: "Iran is preparing to train Russian
forces", "the Iranians agreed to train Russian troops", "Иран планирует обучать российские силы".

A verb of training whose object names a nation's forces ("Russian forces", "российские силы") or a
state's ("Russia's military") joins the trainer with that state. The trainer is the verb's subject
(through "preparing to", "will begin", "agreed to"); a person stands for the state their post names.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _country_of, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent
from claimgraph.nlp.claims.troops import TROOPS

#: verbs of training someone (Ukrainian forms as the Russian models lemmatise them)
TRAIN = frozenset({"train", "instruct", "drill", "обучать", "обучить", "тренировать", "натренировать",
                   "навчати", "навчити", "тренувати"})
#: nouns of a state's armed forces
FORCES = TROOPS | frozenset({"force", "forces", "army", "military", "troops", "officer", "pilot", "crew", "operator",
                             "сила", "силы", "армия", "войска", "войско", "офицер", "пилот", "экипаж", "оператор",
                             "сили", "армія", "війська", "військо", "офіцер", "екіпаж"})
_TRAINERS = frozenset({"Country", "Nationality", "PublicBody", "Organization"})
_STATES = frozenset({"Country", "PublicBody"})


def _trained_state(ctx: _Context, sx: _Sent, o: int) -> Mention | None:
    """The state whose forces the object at ``o`` names: a demonym ("Russian forces") or a state's name
    ("Russia's military", "силы России")."""
    if sx.lemmas[o] not in FORCES and sx.sent.tokens[o].text.lower() not in FORCES:
        return None
    for c in _kids(sx, o, "amod", "nmod:poss", "nmod", "compound"):
        m = sx.token_mention[c]
        if m is None:
            continue
        if m.label == "Nationality":
            m = _country_of(ctx, m)
        if m is not None and m.label in _STATES:
            return m
    return None


def _trainer(ctx: _Context, sx: _Sent, v: int) -> Mention | None:
    """The verb's subject, or a nation named as the subject of the words it completes ("the Iranians
    are preparing to train"), which the general subject rules leave to the parties they list."""
    for m in _subjects(ctx, sx, v)[0]:
        if m.label == "Person":
            m = sx.posts.get(m.id) or ctx.stands_for.get(m.id)
        if m is not None and m.label in _TRAINERS:
            return m
    toks = sx.sent.tokens
    for _ in range(3):
        m = next((sx.token_mention[c] for c in _kids(sx, v, "nsubj") if sx.token_mention[c] is not None), None)
        if m is not None:
            return m if m.label in _TRAINERS else None
        if toks[v].dep.split(":")[0] not in ("xcomp", "conj") or not 0 <= toks[v].head < len(toks):
            return None
        v = toks[v].head
    return None


def training_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """The trainer cooperates with the state whose forces it trains."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if sx.lemmas[v] not in TRAIN or tok.pos not in ("VERB", "NOUN"):
            continue
        trained = next((m for o in _kids(sx, v, "obj") if (m := _trained_state(ctx, sx, o)) is not None), None)
        if trained is None:
            continue
        trainer = _trainer(ctx, sx, v)
        if trainer is None or trainer.id == trained.id or ctx.name(trainer) == ctx.name(trained):
            continue
        country = _country_of(ctx, trainer) if trainer.label == "Nationality" else trainer
        if country is not None and ctx.name(country) == ctx.name(trained):
            continue  # "Russian instructors train Russian crews": no second party
        speaker, denied = _speaker(ctx, sx, v)
        out.extend(_build(ctx, sx, v, [(trainer, "cooperates_with", trained, None)], speaker, denied))
    return out


__all__ = ["FORCES", "TRAIN", "training_claims"]
