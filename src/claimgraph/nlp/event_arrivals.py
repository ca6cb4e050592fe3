"""Arrivals: "arrived in Baku and met the president", "прибыл в Пхеньян и встретился с Ким Чен Ыном".

A sentence that tells a guest's arrival and the talks held there tells two events of the report:
the visit (begun by the arrival) and the meeting. The meeting is the sentence's most specific
event; the visit comes beside it when the arrival is told as done (a main or coordinated verb,
not a clause describing someone), the sentence names the place arrived at (an envoy who "arrived
at the ministry" was summoned, not visiting) and the report has told no visit before.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence

#: verbs of arriving, by lemma (parsed languages)
ARRIVAL_VERBS = frozenset({"arrive", "прибыть", "приехать", "прилететь", "прибути", "приїхати", "прилетіти"})
#: word forms of arriving in the past (languages read without a parser)
ARRIVAL_STEMS: dict[str, tuple[str, ...]] = {
    "uk": ("прибув", "прибул", "приїхав", "приїхал", "прилетів", "прилетіл"),
    "be": ("прыбыў", "прыбыл", "прыехаў", "прыехал", "прыляцеў"),
}


def arrival_told(sent: Sentence) -> bool:
    """Whether the sentence tells an arrival as done: an arrival verb that is not in a relative or
    adverbial clause ("the guests who arrived", "arriving in Baku") nor told in the future."""
    for t in sent.tokens:
        if t.pos != "VERB" or (t.lemma or t.text).lower() not in ARRIVAL_VERBS:
            continue
        if t.dep.startswith(("acl", "advcl", "amod")) or "Tense=Fut" in t.feats or "VerbForm=Inf" in t.feats:
            continue
        return True
    return False


def arrival_to_place(sent: Sentence, lang: str, places: list[tuple[int, int]]) -> bool:
    """Whether a sentence of a language read without a parser has a past-tense arrival word followed,
    within a preposition, by one of the ``places`` (the (start, end) of its city and country names)."""
    stems = ARRIVAL_STEMS.get(lang, ())
    toks = sent.tokens
    for k, t in enumerate(toks):
        if not stems or not t.text.lower().startswith(stems):
            continue
        after = [x.start for x in toks[k + 1:k + 3]]  # "прибув у Пхеньян", "прибув до Єревана"
        if any(a <= s < b for s in after for a, b in places):
            return True
    return False


__all__ = ["ARRIVAL_STEMS", "ARRIVAL_VERBS", "arrival_to_place", "arrival_told"]
