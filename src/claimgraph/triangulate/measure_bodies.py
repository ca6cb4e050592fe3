"""Which office of a government a report credits with a measure: the Treasury or the State Department.

Sanctions of one day are often announced by several offices of one government, and reports of the
same designation credit it to one office or another ("the US Treasury announced sanctions" / "the
State Department spokesman said"). Within one event cluster, reports that name exactly one
sanctioning office, and not the same one, disagree on who acted. A report naming two offices
tells the shared announcement and is on neither side.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.store import Store
from claimgraph.triangulate.cluster_texts import texts_of_clusters_mentioning
from claimgraph.triangulate.unknown_actors import Said, sentences_of

#: Sanctioning offices of a government, by the words that name them in several languages.
OFFICES = {
    "the Treasury": re.compile(
        r"\btreasury\b|\bOFAC\b|минфин\w*|министерств\w* финансов|мінфін\w*|міністерств\w* фінансів|"
        r"finanzministerium\w*|departament\w* skarbu|министерството на финансите", re.IGNORECASE),
    "the State Department": re.compile(
        r"state department|department of state|госдеп\w*|государственн\w* департамент\w*|держдеп\w*|"
        r"außenministerium\w*|departament\w* stanu|държавния департамент", re.IGNORECASE),
    # "BIS" in capitals only: German "bis" is "up to"
    "the Commerce Department": re.compile(
        r"(?i:commerce department|department of commerce|министерств\w* торговли|handelsministerium\w*)|\bBIS\b"),
}
STEMS = ("treasury", "ofac", "минфин", "финансов", "мінфін", "фінансів", "finanzministerium", "skarbu",
         "state department", "department of state", "госдеп", "департамент", "держдеп", "außenministerium",
         "departament stanu")
MAX_SIDE_REPORTS = 20


@dataclass(slots=True)
class OfficeDisagreement:
    cluster: str
    sides: tuple[tuple[str, list[Said]], tuple[str, list[Said]]]


def offices_in(text: str) -> set[str]:
    return {name for name, rx in OFFICES.items() if rx.search(text)}


def office_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[OfficeDisagreement]:
    """Per cluster, pairs of offices that reports naming only one office credit."""
    by_office: dict[str, dict[str, list[Said]]] = defaultdict(lambda: defaultdict(list))
    for doc in sorted(texts):
        cluster = cluster_of.get(doc)
        if not cluster:
            continue
        named = offices_in(texts[doc])
        if len(named) != 1:
            continue  # none, or the shared announcement of several offices
        (office,) = named
        by_office[cluster][office].extend(s for s in sentences_of(doc, texts[doc]) if OFFICES[office].search(s.text))
    out = []
    for cluster in sorted(by_office):
        offices = sorted(by_office[cluster])
        for i, a in enumerate(offices):
            for b in offices[i + 1:]:
                out.append(OfficeDisagreement(cluster, ((a, by_office[cluster][a]), (b, by_office[cluster][b]))))
    return out


def load_texts(store: Store, cluster_of: Mapping[str, str]) -> dict[str, str]:
    """Texts of the documents in clusters where some report names a sanctioning office."""
    return texts_of_clusters_mentioning(store, cluster_of, STEMS)


def shown(d: OfficeDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    def side(office: str, said: list[Said]) -> dict[str, Any]:
        docs = sorted({s.document_id for s in said})[:MAX_SIDE_REPORTS]
        return {"says": office, "documents": docs,
                "outlets": list(dict.fromkeys(o for doc in docs for o in outlets_of(doc))),
                "sentences": sorted({(s.document_id, s.start, s.end) for s in said if s.document_id in docs})}

    (a, sa), (b, sb) = d.sides
    return {"kind": "actor", "about": "which office acted", "reasons": [f"{a} vs {b}"],
            "sides": [side(a, sa), side(b, sb)]}
