"""A Russian statement dated to its day: "Песков 29 октября отметил, что …", "Об этом 18 декабря заявил …".

A reporting verb is an announcement event when it is said at a public setting
(:func:`claimgraph.nlp.event_cues.statements`). Russian reports also date a statement itself, the day
standing on the verb rather than inside what was said: a person speaking on a named day is an event
of the report, the announcement. The event words inside what was said ("решение о размещении")
tell what was announced, not an event of their own day.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence
from claimgraph.nlp.lexicon import SPEECH_VERBS


def dated_statements(sent: Sentence, days: frozenset[int]) -> list[int]:
    """Russian reporting verbs (finite, past, not describing a noun) with a subject and a one-day date
    of their own among their dependents; ``days`` are the token indexes inside one-day dates."""
    toks = sent.tokens
    verbs = SPEECH_VERBS.get("ru", frozenset())
    out = []
    for i, t in enumerate(toks):
        if t.pos != "VERB" or (t.lemma or "").lower() not in verbs or t.text.isascii():
            continue
        if t.dep.startswith("acl") or "Tense=Past" not in t.feats or "Mood=Ind" not in t.feats:
            continue
        children = [c for c, d in enumerate(toks) if d.head == i and c != i]
        if not any(toks[c].dep.startswith("nsubj") for c in children):
            continue
        if any(c in days and toks[c].dep.split(":")[0] in ("obl", "nmod") for c in children):
            out.append(i)
    return out


__all__ = ["dated_statements"]
