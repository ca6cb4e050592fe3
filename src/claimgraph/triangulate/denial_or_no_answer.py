"""An answer one report tells as a denial and another as no answer at all.

Asked about an allegation, a spokesman who says "we have no information on this" or a president
who says "the matter is being looked into" neither confirms nor denies it; an outlet that writes
"the Kremlin denied" or "отрицает" tells the same answer as a denial. Within one event cluster, a
report that calls an answer a denial (deny, reject the claims, опроверг, отрицает) and a report that
tells an answer only as no answer (no information, no knowledge, no confirmation, neither confirmed
nor denied, being looked into, не располагает информацией) disagree on the modality.

Answers are told per speaker, a state named in the words before the cue ("the Kremlin denied",
"Iran denies", "Президент ЮАР ... отрицает") or in the cue itself ("neither Moscow nor Tehran
confirmed", "no confirmation from Russia or Iran"): a spokesman's denial and another government's
"no confirmation" are two answers, not one told two ways. A report that calls a speaker's answer a
denial anywhere stands on the denial side for that speaker even where it also quotes the
noncommittal words: the denial is how it tells the answer. "Neither confirmed nor denied" and
"did not deny" are no answer, not a denial; "while Beijing denies aid, it ..." tells a standing
position as background, not an answer.
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
    r"(?:\bno (?:such |further |other )?(?:information|knowledge)\b|\bno confirmation from \w+(?: (?:or|and|nor) \w+)?|\b(?:does|did|do)(?: not|n't) have (?:any )?"
    r"(?:such )?(?:information|knowledge)\b|\bno confirmation\b|\b(?:did|does|would|could)(?: not|n't) confirm or deny\b|"
    r"\bneither confirm\w* nor den\w*|\bneither \w+ nor \w+ (?:has |have |had )?confirmed\b|"
    r"\b(?:is|was|are|were) being looked into\b|\b(?:did|does|do|would|could)(?: not|n't) (?:confirm (?:or|nor) )?deny\b|"
    r"\bnot denying\b|не (?:стал\w* )?(?:отрица|опроверга|опроверг)\w*|не (?:стал\w* )?(?:заперечу|заперечи)\w*|"
    r"не располага\w* (?:\w+ )?информаци\w*|ничего не зна\w*|нет (?:такой |подобной |никакой |этой )?информации\b|"
    r"не подтверди\w* и не опроверг\w*|ни подтверди\w*,? ни опроверг\w*|не маю?т? (?:такої |жодної )?інформації|"
    r"немає (?:такої |жодної )?інформації|nie (?:mamy|ma) (?:takich |żadnych )?informacji)", re.IGNORECASE)
#: A concessive clause open just before a denial ("While Beijing denies aid, it ..."): the denial
#: is a standing position told as background, not an answer.
CONCESSIVE = re.compile(r"\b(?:while|although|though|whereas|even as|хотя|хоча|хаця)\b[^,;:]*$", re.IGNORECASE)
#: Stems the SQL filter looks for before any text is read in full.
STEMS = ("no information", "no such information", "no knowledge", "no confirmation", "confirm or deny",
         "confirmed nor denied", "looked into", "располага", "ничего не зна", "нет информации",
         "нет такой информации", "не подтверди", "ни подтверди", "інформації", "informacji")


_WORD = re.compile(r"[^\W\d_][\w.\-]*", re.UNICODE)
MAX_NAME_WORDS = 3  # "Южно-Африканской Республики", "the White House"


@dataclass(slots=True)
class AnswerDisagreement:
    cluster: str
    speaker: str  # the state whose answer is told two ways
    denied: list[Said]
    unanswered: list[Said]


def _denials(sentence: str) -> list[re.Match[str]]:
    """Denial words outside a "neither confirmed nor denied" and outside a concessive clause."""
    spans = [m.span() for m in NO_ANSWER.finditer(sentence)]
    return [m for m in DENIAL.finditer(sentence)
            if not any(s <= m.start() < e for s, e in spans) and not CONCESSIVE.search(sentence[:m.start()])]


def no_answer(sentence: str) -> bool:
    """A sentence telling an answer that neither confirms nor denies."""
    return bool(NO_ANSWER.search(sentence))


def denial(sentence: str) -> bool:
    """A sentence calling an answer a denial, outside any "neither confirmed nor denied"."""
    return bool(_denials(sentence))


def states_named(text: str) -> frozenset[str]:
    """The states a text names by a capitalised name: a country, a demonym, a capital or a seat
    of government ("the Kremlin", "South African", "ЮАР")."""
    words = [w.removesuffix("’s").removesuffix("'s").rstrip(".") for w in _WORD.findall(text)]
    out = set()
    for i, w in enumerate(words):
        if not w[:1].isupper():
            continue
        for n in range(1, MAX_NAME_WORDS + 1):
            if i + n <= len(words) and (code := speaking_state(" ".join(words[i:i + n]))):
                out.add(code)
    return frozenset(out)


def deniers(sentence: str) -> frozenset[str]:
    """The states whose answer a sentence calls a denial: those named before a denial word."""
    return frozenset().union(*(states_named(sentence[:m.start()]) for m in _denials(sentence)))


def unanswering(sentence: str) -> frozenset[str]:
    """The states whose answer a sentence tells as no answer: named before or in the cue."""
    return frozenset().union(*(states_named(sentence[:m.end()]) for m in NO_ANSWER.finditer(sentence)))


def answer_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[AnswerDisagreement]:
    """Per cluster and speaking state, the reports calling its answer a denial against those telling
    it only as no answer."""
    denied: dict[tuple[str, str], list[Said]] = defaultdict(list)
    unanswered: dict[tuple[str, str], list[Said]] = defaultdict(list)
    for doc, cluster in clustered(texts, cluster_of):
        mine_denied: dict[str, list[Said]] = defaultdict(list)
        mine_unanswered: dict[str, list[Said]] = defaultdict(list)
        for s in sentences_of(doc, texts[doc]):
            for state in deniers(s.text):
                mine_denied[state].append(s)
            for state in unanswering(s.text):
                mine_unanswered[state].append(s)
        for state, said in mine_denied.items():
            denied[(cluster, state)].extend(said)
        for state, said in mine_unanswered.items():
            if state not in mine_denied:  # the report calls that answer a denial
                unanswered[(cluster, state)].extend(said)
    return [AnswerDisagreement(cluster, state, denied[(cluster, state)], unanswered[(cluster, state)])
            for cluster, state in sorted(denied) if unanswered.get((cluster, state))]


def shown(d: AnswerDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    return {"kind": "modality", "about": f"whether the answer ({d.speaker.upper()}) is told as a denial or as no answer",
            "reasons": ["denial vs no answer"],
            "sides": [side("denial", d.denied, outlets_of), side("no answer", d.unanswered, outlets_of)]}
