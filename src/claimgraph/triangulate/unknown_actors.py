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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.sentence_sides import Said, opposed, side

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
#: Stems the SQL filter looks for before any text is read in full.
UNKNOWN_STEMS = ("unknown", "unidentified", "невідом", "неизвестн", "неопознан", "неустановлен",
                 "nieznan", "unbekannt", "tundmatu")


@dataclass(slots=True)
class ActorDisagreement:
    cluster: str
    unknown: list[Said]
    named: list[Said]


def unknown_attacker(sentence: str) -> bool:
    return bool(UNKNOWN_ATTACKER.search(sentence))


def named_attacker(sentence: str) -> bool:
    """A sentence naming an armed or security body together with the act."""
    return bool(SECURITY_BODY.search(sentence)) and bool(ACT.search(sentence))


def actor_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[ActorDisagreement]:
    """Per cluster, the reports calling the attacker unknown against those naming a body."""
    # a report telling both is not one version of the actor
    return [ActorDisagreement(*d) for d in opposed(texts, cluster_of, unknown_attacker, named_attacker)]


def shown(d: ActorDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    named = next((m.group() for s in d.named if (m := SECURITY_BODY.search(s.text))), "a named body")
    return {"kind": "actor", "about": "who carried out the attack",
            "reasons": [f"unknown attacker vs {named}"],
            "sides": [side("unknown", d.unknown, outlets_of), side(named, d.named, outlets_of)]}
