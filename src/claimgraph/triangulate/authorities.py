"""Sanctioning authorities: whose measure a report tells of.

Governments and unions often announce sanctions rounds within days of each other (a G7 week: the
EU's package, then Japan's, then the UK's), against the same target and naming the same third
countries. Two such reports share their type, their week and most of their names, yet tell of two
measures. What tells them apart is who imposed the measure: the objects of the report's
``sanctioned_by`` claims and the first participant of its sanction event, read as the territories
their names contain ("EU Council" and "European Union" are one union; "US Treasury" and
"Washington" one state).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from claimgraph.model import Claim, Event
from claimgraph.triangulate.concepts import territory_key

MAX_WORDS = 3  # longest run of words read as one territory name ("United Arab Emirates")
_STATE_KEY = re.compile(r"t:[a-z]{2}")  # a present-day state or the EU, not a region or a former state


def territories(name: str) -> set[str]:
    """Territory keys a body's name contains, regions folded into their state ("London" -> GB,
    "Council of the European Union" -> EU)."""
    words = name.replace("'s", "").replace("’s", "").split()
    found: set[str] = set()
    for n in range(MAX_WORDS, 0, -1):
        for i in range(len(words) - n + 1):
            key = territory_key(" ".join(words[i:i + n]).strip(".,()«»\"'"), "Country")
            state = key.split("-")[0] if key else ""
            if _STATE_KEY.fullmatch(state):
                found.add(state)
    return found


def sanction_authorities(claims: Iterable[Claim]) -> frozenset[str]:
    """The territories whose bodies impose the sanctions a report's claims tell of (denied
    measures left out)."""
    out: set[str] = set()
    for c in claims:
        if c.predicate == "sanctioned_by" and c.object and c.modality != "denial":
            out |= territories(c.object)
    return frozenset(out)


def event_authority(event: Event) -> frozenset[str]:
    """The territories of a sanction event's acting party: its first participant whose name places
    it ("EU Council", "Japan"; an agency that reported it places nothing and is passed over)."""
    if event.type != "sanction":
        return frozenset()
    for name in event.participants:
        found = territories(name)
        if found:
            return frozenset(found)
    return frozenset()
