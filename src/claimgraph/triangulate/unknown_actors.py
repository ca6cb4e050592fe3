"""An attack one report credits to nobody known and another to a named armed or security body.

Early reports of a strike often say "unknown drones attacked the plant"; later ones, or other
outlets, name who did it ("Ukraine's military intelligence targeted the plant", "a joint operation
of the SBU and the GUR"). Within one event cluster, a report whose sentence calls the attacker
unknown and another whose sentence names a military, intelligence or security body together with
the act (an attack, a strike, an operation, a target) disagree on the actor. A report that says
both (unknown at first, named later) is on neither side: it tells the story, not one version.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.store import Store
from claimgraph.triangulate.cluster_texts import texts_of_clusters_mentioning

#: An attacker called unknown: "unknown drones", "невідомі БПЛА", "неизвестные беспилотники".
UNKNOWN_ATTACKER = re.compile(
    r"\b(?:unknown|unidentified|невідом\w*|неизвестн\w*|неопознанн\w*|неустановленн\w*|nieznan\w*|"
    r"unbekannt\w*|tundmatu\w*)\s+(?:\w+\s+)?(?:drones?|uavs?|бпла|беспилотник\w*|безпілотник\w*|"
    r"дрон\w*|drony|dronów|drohnen?|droon\w*|attackers|gunmen|нападавш\w*)\b", re.IGNORECASE)
#: Words that name an armed, intelligence or security body, in several languages.
SECURITY_BODY = re.compile(
    r"(?:\bintelligence\b|\bdirectorate\b|security service|security bureau|armed forces|\bSBU\b|\bHUR\b|"
    r"\bGUR\b|\bГУР\b|\bСБУ\b|разведк\w*|розвідк\w*|служб\w* безпеки|сил\w* оборони|sõjaväeluure|"
    r"wywiad\w*|nachrichtendienst\w*|geheimdienst\w*)", re.IGNORECASE)
#: Words of the act itself, so that the body is named as the one acting.
ACT = re.compile(
    r"(?:attack|strike|struck|target|operation|carried out|responsib|операц\w*|атак\w*|удар\w*|"
    r"уразил\w*|rünna\w*|korralda\w*|atak\w*|angriff\w*|angegriffen)", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?", re.UNICODE)
#: Stems the SQL filter looks for before any text is read in full.
UNKNOWN_STEMS = ("unknown", "unidentified", "невідом", "неизвестн", "неопознан", "неустановлен",
                 "nieznan", "unbekannt", "tundmatu")
MAX_SIDE_REPORTS = 20  # reports per side shown; a cluster is bounded by its reports anyway


@dataclass(slots=True)
class Said:
    """One sentence of one report."""

    document_id: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class ActorDisagreement:
    cluster: str
    unknown: list[Said]
    named: list[Said]


def sentences_of(document_id: str, text: str) -> Iterable[Said]:
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            yield Said(document_id, m.start(), m.end(), m.group().strip())


def unknown_attacker(sentence: str) -> bool:
    return bool(UNKNOWN_ATTACKER.search(sentence))


def named_attacker(sentence: str) -> bool:
    """A sentence naming an armed or security body together with the act."""
    return bool(SECURITY_BODY.search(sentence)) and bool(ACT.search(sentence))


def actor_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[ActorDisagreement]:
    """Per cluster, the reports calling the attacker unknown against those naming a body."""
    unknown: dict[str, list[Said]] = defaultdict(list)
    named: dict[str, list[Said]] = defaultdict(list)
    for doc in sorted(texts):
        cluster = cluster_of.get(doc)
        if not cluster:
            continue
        said = list(sentences_of(doc, texts[doc]))
        u = [s for s in said if unknown_attacker(s.text)]
        n = [s for s in said if named_attacker(s.text)]
        if u and n:
            continue  # the report tells both: not one version of the actor
        unknown[cluster].extend(u)
        named[cluster].extend(n)
    return [ActorDisagreement(c, unknown[c], named[c]) for c in sorted(unknown) if unknown[c] and named.get(c)]


def load_texts(store: Store, cluster_of: Mapping[str, str]) -> dict[str, str]:
    """Texts of the documents in clusters where some report calls an attacker unknown."""
    return texts_of_clusters_mentioning(store, cluster_of, UNKNOWN_STEMS)


def shown(d: ActorDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    def side(said: list[Said], says: str) -> dict[str, Any]:
        docs = sorted({s.document_id for s in said})[:MAX_SIDE_REPORTS]
        return {"says": says, "documents": docs,
                "outlets": list(dict.fromkeys(o for doc in docs for o in outlets_of(doc))),
                "sentences": sorted({(s.document_id, s.start, s.end) for s in said if s.document_id in docs})}

    named = next((m.group() for s in d.named if (m := SECURITY_BODY.search(s.text))), "a named body")
    return {"kind": "actor", "about": "who carried out the attack",
            "reasons": [f"unknown attacker vs {named}"],
            "sides": [side(d.unknown, "unknown"), side(d.named, named)]}
