"""One trip told under several names: the visit, its talks and the treaty signed there.

A report tells a state visit as a visit, as talks and as a signing, and then names the trip again in
passing: "the visit preceded a summit in Lima", "the trip was meant to settle the border question",
"депутат оценил встречу лидеров как важную", "обмен документами прошёл после переговоров". Such a noun without a day of its own, after the report has told the trip under
another of its names, is that trip again: it tells no new event. The noun stays an event where a
verb of holding makes it the sentence's report ("held talks", "провел переговоры", "совершает
визит", "talks took place") — that is how a report first tells the talks of a visit.
"""
from __future__ import annotations

from claimgraph.model import Event
from claimgraph.nlp.doc import Sentence

#: the names a trip goes by: a visit, the talks held during it, a treaty signed there, a fair toured
TRIP = frozenset({"visit", "meeting", "agreement", "exhibition"})
#: the names a noun may give the trip again (a treaty noun names a document, which can be new)
_RENAMED = frozenset({"visit", "meeting", "exhibition"})
#: talks over a line, held apart from any trip
CALLS = frozenset({"call", "phone", "telephone", "звонок", "созвон", "телефон"})
#: verbs of holding, paying or taking place, which report the noun's event itself
HOLDING = frozenset({
    "hold", "conduct", "have", "pay", "make", "begin", "start", "open", "end", "conclude", "continue",
    "take", "resume", "провести", "проводить", "совершить", "совершать", "нанести", "наносить",
    "проходить", "пройти", "состояться", "начаться", "начинаться", "завершиться", "завершаться",
    "продолжиться", "продолжаться", "открыться", "возобновиться",
})


def trip_named_again(sent: Sentence, trigger: int, kind: str, told: list[Event]) -> bool:
    """Whether the noun trigger names again a trip the report has told (``told``: the events so far)
    as an event of another of its types, outside a verb of holding. A call is talks apart from any
    trip ("discussed the conflict in a phone call")."""
    tok = sent.tokens[trigger]
    lemma = (tok.lemma or tok.text).lower()
    if tok.pos != "NOUN" or kind not in _RENAMED or lemma in CALLS or any(e.type == kind for e in told):
        return False
    if not any(e.type in TRIP for e in told):
        return False
    h = tok.head
    head = sent.tokens[h] if 0 <= h < len(sent.tokens) and h != trigger else None
    return head is None or (head.lemma or head.text).lower() not in HOLDING


__all__ = ["CALLS", "HOLDING", "TRIP", "trip_named_again"]
