"""An answer one report tells as a denial and another as no answer at all.

Asked about an allegation, a spokesman who says "we have no information on this" or a president
who says "the matter is being looked into" neither confirms nor denies it; an outlet that writes
"the Kremlin denied" or "отрицает" tells the same answer as a denial. Within one event cluster, a
report that calls an answer a denial (deny, reject the claims, опроверг, отрицает) and a report that
tells an answer only as no answer (no information, no knowledge, no confirmation, neither confirmed
nor denied, being looked into, не располагает информацией) disagree on the modality.

A report that calls the answer a denial anywhere stands on the denial side even where it also
quotes the noncommittal words: the denial is how it tells the answer. "Neither confirmed nor
denied" and "did not deny" are no answer, not a denial. The two sentences must name a state in
common (as a country, a demonym, a capital or a seat of government: "the Kremlin", "South
African President ..."): a spokesman's denial and another government's "no confirmation" are
two answers, not one told two ways.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.nlp.seats import speaking_state
from claimgraph.triangulate.sentence_sides import Said, clustered, sentences_of, side

#: Words that call an answer a denial, in several languages.
DENIAL = re.compile(
    r"(?:\bden(?:y|ies|ied|ial|ials|ying)\b|\brejec\w* (?:the |these |those |such )?(?:claims?|reports?|allegations?|"
    r"accusations?)\b|\bdismiss\w* (?:the )?(?:claims?|reports?|allegations?|accusations?)\b|опроверг\w*|отрица\w*|"
    r"отверг\w*|заперечу\w*|заперечи\w*|спростову\w*|спростува\w*|адмаўля\w*|zaprzecz\w*|dementi\w*|"
    r"bestritt\w*|bestreit\w*|dezmin\w*|neag[ăa]\b)", re.IGNORECASE)
#: Words of an answer that neither confirms nor denies, in several languages.
NO_ANSWER = re.compile(
    r"(?:\bno (?:such |further |other )?(?:information|knowledge)\b|\b(?:does|did|do)(?: not|n't) have (?:any )?"
    r"(?:such )?(?:information|knowledge)\b|\bno confirmation\b|\b(?:did|does|would|could)(?: not|n't) confirm or deny\b|"
    r"\bneither confirm\w* nor den\w*|\bneither \w+ nor \w+ (?:has |have |had )?confirmed\b|"
    r"\b(?:is|was|are|were) being looked into\b|\b(?:did|does|do|would|could)(?: not|n't) (?:confirm (?:or|nor) )?deny\b|"
    r"\bnot denying\b|не (?:стал\w* )?(?:отрица|опроверга|опроверг)\w*|не (?:стал\w* )?(?:заперечу|заперечи)\w*|"
    r"не располага\w* (?:\w+ )?информаци\w*|ничего не зна\w*|нет (?:такой |подобной |никакой |этой )?информации\b|"
    r"не подтверди\w* и не опроверг\w*|ни подтверди\w*,? ни опроверг\w*|не маю?т? (?:такої |жодної )?інформації|"
    r"немає (?:такої |жодної )?інформації|nie (?:mamy|ma) (?:takich |żadnych )?informacji)", re.IGNORECASE)
#: Stems the SQL filter looks for before any text is read in full.
STEMS = ("no information", "no such information", "no knowledge", "no confirmation", "confirm or deny",
         "confirmed nor denied", "looked into", "располага", "ничего не зна", "нет информации",
         "нет такой информации", "не подтверди", "ни подтверди", "інформації", "informacji")


_WORD = re.compile(r"[^\W\d_][\w.\-]*", re.UNICODE)
MAX_NAME_WORDS = 3  # "Южно-Африканской Республики", "the White House"


@dataclass(slots=True)
class AnswerDisagreement:
    cluster: str
    denied: list[Said]
    unanswered: list[Said]


def no_answer(sentence: str) -> bool:
    """A sentence telling an answer that neither confirms nor denies."""
    return bool(NO_ANSWER.search(sentence))


def denial(sentence: str) -> bool:
    """A sentence calling an answer a denial, outside any "neither confirmed nor denied"."""
    spans = [m.span() for m in NO_ANSWER.finditer(sentence)]
    return any(not any(s <= m.start() < e for s, e in spans) for m in DENIAL.finditer(sentence))


def states_named(sentence: str) -> frozenset[str]:
    """The states a sentence names by a capitalised name: a country, a demonym, a capital or a seat
    of government ("the Kremlin", "South African", "ЮАР")."""
    words = [w.removesuffix("’s").removesuffix("'s").rstrip(".") for w in _WORD.findall(sentence)]
    out = set()
    for i, w in enumerate(words):
        if not w[:1].isupper():
            continue
        for n in range(1, MAX_NAME_WORDS + 1):
            if i + n <= len(words) and (code := speaking_state(" ".join(words[i:i + n]))):
                out.add(code)
    return frozenset(out)


def _facing(ones: list[Said], others: list[Said]) -> list[Said]:
    """The sentences of ``ones`` that name a state some sentence of ``others`` names."""
    theirs = frozenset().union(*(states_named(s.text) for s in others))
    return [s for s in ones if states_named(s.text) & theirs]


def answer_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[AnswerDisagreement]:
    """Per cluster, the reports calling an answer a denial against those telling only no answer."""
    denied: dict[str, list[Said]] = defaultdict(list)
    unanswered: dict[str, list[Said]] = defaultdict(list)
    for doc, cluster in clustered(texts, cluster_of):
        said = list(sentences_of(doc, texts[doc]))
        if d := [s for s in said if denial(s.text)]:
            denied[cluster].extend(d)
        else:
            unanswered[cluster].extend(s for s in said if no_answer(s.text))
    out = []
    for c in sorted(denied):
        d, u = _facing(denied[c], unanswered.get(c, [])), _facing(unanswered.get(c, []), denied[c])
        if d and u:
            out.append(AnswerDisagreement(c, d, u))
    return out


def shown(d: AnswerDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    return {"kind": "modality", "about": "whether the answer is told as a denial or as no answer",
            "reasons": ["denial vs no answer"],
            "sides": [side("denial", d.denied, outlets_of), side("no answer", d.unanswered, outlets_of)]}
