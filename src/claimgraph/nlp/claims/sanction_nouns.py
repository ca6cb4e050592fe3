"""sanctioned_by from the noun: "the US imposed sanctions on X", "Евросоюз и США ввели санкции против X".

Each body that imposes (introduces, announces) sanctions sanctions each name the sanctions are
"on", "against", "против", "в отношении": the name itself, or the name standing beside the word it
governs ("against suppliers of Kupol, including the engine maker Xiamen Limbach").
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent
from claimgraph.nlp.claims.words import ORGS, PLACES

SANCTION_NOUNS = frozenset({"sanction", "sanctions", "санкция", "санкции", "ограничение"})
#: verbs that put sanctions in force
IMPOSE = frozenset({"impose", "introduce", "announce", "slap", "levy", "adopt", "ввести", "вводить", "объявить",
                    "наложить", "применить", "утвердить"})
#: what the sanctions are against
_AGAINST = frozenset({"on", "against", "против", "в", "отношение"})
#: who can be sanctioned
_TARGETS = ORGS | frozenset({"Person"})
#: names a target phrase may hold, at most
_MAX_TARGETS = 8


def _targets(ctx: _Context, sx: _Sent, heads: list[int]) -> list[Mention]:
    """The names under each "on" / "против" dependent of the sanction noun or its verb."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for h in heads:
        for c in _kids(sx, h, "nmod", "obl"):
            cases = set(_case(sx, c).split()) | {(t.lemma or t.text).lower() for k in sx.children[c]
                                                 for t in (toks[k],) if t.dep == "fixed"}
            if not cases & _AGAINST or ("в" in cases and "отношение" not in cases):
                continue
            # the name itself, its conjuncts and appositions; not the names it governs ("suppliers of Kupol")
            for t in [c, *_kids(sx, c, "conj", "appos")]:
                for k in [t, *_kids(sx, t, "appos")]:
                    m = sx.token_mention[k]
                    if m is not None and m.label in _TARGETS and m not in out:
                        out.append(m)
    return out[:_MAX_TARGETS]


def sanction_noun_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Targets of imposed sanctions, sanctioned by each body that imposed them."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in SANCTION_NOUNS or not tok.dep.startswith("obj"):
            continue
        v = tok.head
        if not (0 <= v < len(toks)) or v == n or sx.lemmas[v] not in IMPOSE:
            continue
        agents = [m for m in _subjects(ctx, sx, v)[0] if m.label in ORGS | PLACES]
        targets = [t for t in _targets(ctx, sx, [n, v]) if all(t.id != a.id for a in agents)]
        if not agents or not targets:
            continue
        ctx.sanctioner = agents[0]
        speaker, denied = _speaker(ctx, sx, v)
        found = [(t, "sanctioned_by", a, None) for a in agents for t in targets]
        out.extend(_build(ctx, sx, v, found, speaker, denied))
    return out


__all__ = ["IMPOSE", "SANCTION_NOUNS", "sanction_noun_claims"]
