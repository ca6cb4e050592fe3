"""Two events in one sentence: a treaty signed during a visit or a summit.

News packs the signing and the visit or talks it crowned into one sentence ("signed a treaty
during a summit in Pyongyang, where Putin was making his first visit", "North Korea and Russia
signed a partnership on Wednesday, as the guest was welcomed", "посетит Москву для переговоров и
подписания договора"). The sentence's most specific event is the signing (or the visit); the
other is an event of the report too. It counts here when the report has told no event of its
type before: the first report of a visit or a signing is the one its retellings merge into.
"""
from __future__ import annotations

from dataclasses import replace

from claimgraph.model import Event

#: the pairs one sentence tells together: a signing with the visit (else the talks) it crowned,
#: and a visit or talks with the signing they led to
_PAIRS: dict[str, tuple[str, ...]] = {
    "agreement": ("visit",),
    "visit": ("agreement",),
    "meeting": ("agreement",),
}


def companion(kind: str, kinds: frozenset[str], told: list[str]) -> str | None:
    """The second event type of a sentence whose event is of type ``kind`` and whose triggers name
    ``kinds``, when the report (event types ``told`` so far, this one included) has none of it."""
    for other in _PAIRS.get(kind, ()):
        if other in kinds:
            return None if other in told else other
    return None


def with_type(event: Event, kind: str) -> Event:
    """A copy of ``event`` of another type: the same sentence, time, place and parties."""
    return replace(event, id=Event.make_id(event.document_id, event.start, kind), type=kind,
                   participants=list(event.participants))


__all__ = ["companion", "with_type"]
