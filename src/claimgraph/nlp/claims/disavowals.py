"""A speaker disavowing an intention to supply: "we have no intention to export our weapons",
"у нас нет ни желания, ни возможности экспортировать оружие".

A noun of intention or wish that is negated ("no intention", "нет намерений") and governs a verb
of supply or export is a denial its speaker states: ``states`` with modality ``denial``, the
speaker being the state's voice that says the sentence (:func:`.statements._said_by`). Nothing is
denied of anyone by name, so the claim has no object.
"""
from __future__ import annotations

from claimgraph.model import Claim
from claimgraph.nlp.claims.sentence import _Context, _kids, _negated, _Sent, _subtree
from claimgraph.nlp.claims.statements import _said_by, _stated
from claimgraph.nlp.lexicon import PREDICATE_VERBS

#: nouns of intending or wishing (lemmas)
INTENTIONS = frozenset({"intention", "intent", "plan", "desire", "wish", "намерение", "желание", "план",
                        "стремление"})
#: words that negate a noun: "no intention", "ни желания"
_NO = frozenset({"no", "ни"})
#: the Russian verb of lacking: "нет намерений"
_LACK = frozenset({"нет"})


def disavowal_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """A ``states`` denial for each negated intention to supply the sentence tells."""
    toks = sx.sent.tokens
    verbs = PREDICATE_VERBS[ctx.lang]
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in INTENTIONS:
            continue
        h = tok.head if 0 <= tok.head < len(toks) else n
        negated = any(sx.lemmas[c] in _NO for c in _kids(sx, n, "det", "advmod", "cc")) \
            or sx.lemmas[h] in _LACK or h != n and _negated(sx, h)
        if not negated:
            continue
        nouns = [n, *_kids(sx, n, "conj")]
        if not any(verbs.get(sx.lemmas[k]) == "supplies_to" and toks[k].pos == "VERB"
                   for m in nouns for k in _subtree(sx, m, 12)):
            continue
        speaker, _ = _said_by(ctx, sx, h, tok.start)
        if speaker is not None:
            out.append(_stated(ctx, sx, speaker, None, "denial", h))
            break
    return out
