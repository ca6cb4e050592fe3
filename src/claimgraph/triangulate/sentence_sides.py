"""Sentences of reports, and the sides of a disagreement that sentence checks build from them.

Checks that read whole sentences (who acted, offer or plan, to come or done, which visit, which
office) each split reports into sentences and show each side as the documents, outlets and
sentences that say it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?", re.UNICODE)
MAX_SIDE_REPORTS = 20  # reports per side shown; a cluster is bounded by its reports anyway
V = TypeVar("V", int, str)


@dataclass(slots=True)
class Said:
    """One sentence of one report."""

    document_id: str
    start: int
    end: int
    text: str


Sided = tuple[V, list[Said]]  # a value some reports give, with their sentences


def sentences_of(document_id: str, text: str) -> Iterable[Said]:
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            yield Said(document_id, m.start(), m.end(), m.group().strip())


def clustered(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """(document, cluster) for every document of ``texts`` in a cluster, in document order."""
    for doc in sorted(texts):
        if cluster := cluster_of.get(doc):
            yield doc, cluster


def opposed(texts: Mapping[str, str], cluster_of: Mapping[str, str], first: Callable[[str], bool],
            second: Callable[[str], bool]) -> list[tuple[str, list[Said], list[Said]]]:
    """Per cluster with both, the sentences passing ``first`` against those passing ``second``;
    a report with sentences of both kinds tells both and is on neither side."""
    ones: dict[str, list[Said]] = defaultdict(list)
    others: dict[str, list[Said]] = defaultdict(list)
    for doc, cluster in clustered(texts, cluster_of):
        said = list(sentences_of(doc, texts[doc]))
        a = [s for s in said if first(s.text)]
        b = [s for s in said if second(s.text)]
        if a and b:
            continue
        ones[cluster].extend(a)
        others[cluster].extend(b)
    return [(c, ones[c], others[c]) for c in sorted(ones) if ones[c] and others.get(c)]


def pairs(said: Mapping[str, Mapping[V, list[Said]]]) -> Iterator[tuple[str, tuple[Sided[V], Sided[V]]]]:
    """Per cluster, every two values its reports give (in sorted order), each with its sentences."""
    for cluster in sorted(said):
        values = sorted(said[cluster])
        for i, a in enumerate(values):
            for b in values[i + 1:]:
                yield cluster, ((a, said[cluster][a]), (b, said[cluster][b]))


def sole_kinds(texts: Mapping[str, str], cluster_of: Mapping[str, str],
               kinds_of: Callable[[str], set[V]]) -> Iterator[tuple[str, tuple[Sided[V], Sided[V]]]]:
    """Per cluster, every two kinds (of body, of actor, a visit's number) that different reports
    each give alone in their sentences, with those sentences; a report giving two is on neither side."""
    said: dict[str, dict[V, list[Said]]] = defaultdict(lambda: defaultdict(list))
    for doc, cluster in clustered(texts, cluster_of):
        by_kind: dict[V, list[Said]] = defaultdict(list)
        for s in sentences_of(doc, texts[doc]):
            for kind in kinds_of(s.text):
                by_kind[kind].append(s)
        if len(by_kind) == 1:
            ((kind, sentences),) = by_kind.items()
            said[cluster][kind].extend(sentences)
    return pairs(said)


def side(says: str, said: list[Said], outlets_of: Callable[[str], list[str]]) -> dict[str, Any]:
    """One side of a disagreement in the shape of the figures' disagreements: what it says, and
    the first reports saying it with their outlets and sentences."""
    docs = sorted({s.document_id for s in said})[:MAX_SIDE_REPORTS]
    return {"says": says, "documents": docs,
            "outlets": list(dict.fromkeys(o for doc in docs for o in outlets_of(doc))),
            "sentences": sorted({(s.document_id, s.start, s.end) for s in said if s.document_id in docs})}
