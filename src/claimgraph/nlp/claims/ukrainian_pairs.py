"""cooperates_with between two states a Ukrainian sentence joins with "та" / "і" next to a word of
cooperation: "військова співпраця Пхеньяна та Москви", "Росія та КНДР підписали угоду про
партнерство", "стратегічне партнерство Росії і Ірану".

The Russian models that parse Ukrainian read "та" as a pronoun, so the two states lose their
coordination and the cooperation rules miss them. The pair is read off the word order instead:
two state or capital names joined by "та" / "і" / "й", within four words of a noun of cooperation
(as the models lemmatize it: "сотрудничество", "партнерство", "взаимодействие", a pact noun) with no
punctuation between them; a pair another rule already read adds nothing.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.sentence import _Context, _Sent

#: lemmas the Russian models give Ukrainian nouns of cooperation (співпраця, співробітництво,
#: партнерство, взаємодія, договір, угода, альянс)
_COOPERATION = frozenset({"сотрудничество", "партнерство", "партнёрство", "взаимодействие", "договор",
                          "соглашение", "альянс", "союз"})
_AND = frozenset({"та", "і", "й"})
_STATES = frozenset({"Country", "Location"})
_NEAR = 4


def _pairs(sx: _Sent) -> list[tuple[int, Mention, Mention]]:
    """(position, first, second) of each two state names joined by "та" / "і"."""
    toks = sx.sent.tokens
    out = []
    for k in range(1, len(toks) - 1):
        if toks[k].text.lower() not in _AND:
            continue
        a, b = sx.token_mention[k - 1], sx.token_mention[k + 1]
        if a is not None and b is not None and a.id != b.id and a.label in _STATES and b.label in _STATES:
            out.append((k, a, b))
    return out


def ukrainian_pair_claims(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """cooperates_with for each pair of states joined next to a noun of cooperation."""
    if not (ctx.doc.lang or "").startswith("uk"):
        return []
    toks = sx.sent.tokens
    have = {frozenset((c.subject, c.object)) for c in claims if c.predicate == "cooperates_with"}
    out: list[Claim] = []
    for k, a, b in _pairs(sx):
        if frozenset((ctx.name(a), ctx.name(b))) in have or ctx.name(a) == ctx.name(b):
            continue
        cue = next((j for j in range(max(0, k - _NEAR - 1), min(len(toks), k + _NEAR + 2))
                    if sx.lemmas[j] in _COOPERATION and not any(
                        toks[i].pos == "PUNCT" and toks[i].text not in "«»\"" for i in range(min(j, k), max(j, k)))),
                   None)
        if cue is None:
            continue
        have.add(frozenset((ctx.name(a), ctx.name(b))))
        speaker, denied = _speaker(ctx, sx, cue)
        out.extend(_build(ctx, sx, cue, [(a, "cooperates_with", b, None)], speaker, denied))
    return out


__all__ = ["ukrainian_pair_claims"]
