"""Cooperation told as done by one report and as to come by another: when the two disagree.

Cooperation is a standing relation. One report telling it as going on ("the treaty deepens the
partnership of the two states") and another as to come ("the two will work together to train
pilots", "the pact is expected to cement their partnership") can both be right: a relation that
goes on is planned and practised at once. The two modalities clash only where both reports tell
the act that concludes the relation, a treaty or agreement signed, concluded or ratified ("the
presidents signed the treaty" / "the presidents will sign the treaty"): that act happens once,
and it either has or has not.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from claimgraph.model import Claim

#: Relations that go on over time, whose plan and fact readings hold together.
RELATIONS = frozenset({"cooperates_with"})
#: Verbs of the act that concludes an agreement, in several languages (any tense).
CONCLUDING = re.compile(
    r"\b(?:sign|signs|signed|signing|conclude|concludes|concluded|ratif\w+|ink|inks|inked)\b"
    r"|(?<!\w)(?:подпис\w+|заключ\w+|ратифиц\w+|підпис\w+|уклал\w*|уклад\w+|ратифік\w+|падпіс\w+"
    r"|podpis\w+|ratyfik\w+|unterzeichn\w+|unterschrieb\w*|ratifizier\w+)", re.IGNORECASE)


def tells_concluding_act(claims: Iterable[Claim], sentences: Mapping[str, str]) -> bool:
    """Whether one of the claims is told in a sentence that signs, concludes or ratifies."""
    return any(CONCLUDING.search(sentences.get(c.id, "")) for c in claims)


def modalities_clash(predicate: str, a: Iterable[Claim], b: Iterable[Claim], sentences: Mapping[str, str]) -> bool:
    """Whether two sides telling one relation in two modalities contradict each other: always for
    a relation outside :data:`RELATIONS`; for cooperation, only where both sides tell its
    concluding act."""
    if predicate not in RELATIONS:
        return True
    return tells_concluding_act(a, sentences) and tells_concluding_act(b, sentences)
