"""Argument types a predicate cannot take: claims whose participants a careful reader would never
put in the ledger, whatever rule read them."""
from __future__ import annotations

from claimgraph.model import Claim, Mention

#: labels of a place that is only a place (a city, a region), never a party to talks
_PLACES = frozenset({"Location", "Facility"})


def plausible(claim: Claim, by_id: dict[str, Mention]) -> bool:
    """False for a meeting between a person and a city (a dateline or the venue read as the other
    side: "MOSCOW: President X held talks") and for a person said to be located somewhere
    (people travel; the ledger places sites and weapons)."""
    subject = by_id.get(claim.subject_mention or "")
    obj = by_id.get(claim.object_mention or "")
    if claim.predicate == "met_with" and subject is not None and obj is not None:
        labels = {subject.label, obj.label}
        return not ("Person" in labels and labels & _PLACES)
    if claim.predicate == "located_in" and subject is not None:
        return subject.label != "Person"
    return True
