"""Drones one report says are of unknown origin and another calls a state's.

Early reports of an airspace incursion often say "drones of unknown origin" ("БПЛА неизвестного
происхождения", "unidentified drones"); other outlets, or later ones, write "Russian drones" in
their own voice. The two tell whose the drones are two ways: as not known, and as a fact. Within
one event cluster, a report whose sentences call the drones of unknown origin and a report whose
sentences name a state's drones (a state's adjective before the drone word: "Russian drones",
"російський дрон", "rosyjskie drony") disagree on the modality. A report that tells both (unknown
at first, then named) is on neither side. A bare "unknown drones" of an attack is left to
:mod:`claimgraph.triangulate.unknown_actors`, which sets it against the body named as attacker.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.named_speakers import GOVERNMENT_ADJECTIVES
from claimgraph.triangulate.sentence_sides import Said, opposed, side

_DRONE = (r"(?:drones?|uavs?|бпла|беспилотник\w*|беспилотн\w+ (?:летательн\w+ )?аппарат\w*|безпілотник\w*|"
          r"дрон\w*|беспілотнік\w*|drony|dronów|dron\w*|drohnen?)")
#: Drones told as of unknown origin, in several languages.
UNKNOWN_ORIGIN = re.compile(
    r"(?:of (?:unknown|unidentified|unclear) origin|unidentified\s+(?:\w+\s+)?" + _DRONE + r"|"
    r"неизвестного происхождения|неустановленного происхождения|невідомого походження|"
    r"невядомага паходжання|nieznanego pochodzenia|unbekannter herkunft)", re.IGNORECASE)
_STATE = "|".join(f"(?:{adjective})" for adjective in GOVERNMENT_ADJECTIVES.values())
#: A state's drones: its adjective just before the drone word, one more word allowed between.
STATE_DRONES = re.compile(rf"(?<!\w)(?:{_STATE}|rosyjsk\w*|russisch\w*)\s+(?:[\w-]+\s+)?{_DRONE}(?!\w)",
                          re.IGNORECASE)
#: Stems the SQL filter looks for before any text is read in full.
STEMS = ("unknown origin", "unidentified origin", "unclear origin", "unidentified", "неизвестного происхождения",
         "неустановленного происхождения", "невідомого походження", "невядомага паходжання",
         "nieznanego pochodzenia", "unbekannter herkunft")


@dataclass(slots=True)
class OriginDisagreement:
    cluster: str
    unknown: list[Said]
    named: list[Said]


def unknown_origin(sentence: str) -> bool:
    return bool(UNKNOWN_ORIGIN.search(sentence))


def state_drones(sentence: str) -> bool:
    """A sentence naming drones as a state's in the report's voice."""
    return bool(STATE_DRONES.search(sentence))


def origin_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[OriginDisagreement]:
    """Per cluster, the reports calling the drones of unknown origin against those naming a state's."""
    return [OriginDisagreement(*d) for d in opposed(texts, cluster_of, unknown_origin, state_drones)]


def shown(d: OriginDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    named = next((" ".join(m.group().split()) for s in d.named if (m := STATE_DRONES.search(s.text))),
                 "a state's drones")
    return {"kind": "modality", "about": "whether the drones are told as a state's or as of unknown origin",
            "reasons": [f"unknown origin vs {named}"],
            "sides": [side("unknown origin", d.unknown, outlets_of), side(named, d.named, outlets_of)]}
