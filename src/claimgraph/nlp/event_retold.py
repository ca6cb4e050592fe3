"""One event per real-world event in a report: later, undated reports of a type retell the first.

A report tells its event once in full, then comes back to it: "Two UAVs attacked a hostel", "the
mayor confirmed the drone attack", "Welcoming the guest as they sat down for talks". Those later
sentences name no date of their own and often other places (the districts hit) or other people
(who confirmed it), so the strict merge of :func:`claimgraph.nlp.events.merge_events` keeps them
apart. A report of a second event of the same type says when it took place ("last September",
"on 18 June") or names other parties; a retelling does neither.
"""
from __future__ import annotations

from claimgraph.model import Event
from claimgraph.nlp.event_cues import is_headline

#: how many earlier events a retelling is compared with, so a hostile document stays linear
WINDOW = 50
#: event types whose reports name by-standers as often as parties (the attacked site's officials,
#: the drones): their retellings merge whatever names they carry
_LOOSE = frozenset({"other"})


def _times_agree(a: Event, b: Event) -> bool:
    return not (a.time and b.time) or (a.time.start, a.time.end) == (b.time.start, b.time.end)


def _parties_agree(a: Event, b: Event) -> bool:
    if a.type in _LOOSE or not a.participants or not b.participants:
        return True
    return bool(set(a.participants) & set(b.participants))


def merge_retold(events: list[Event], dated: frozenset[int], text: str | None = None) -> list[Event]:
    """Merge each event whose own sentence names no date (``dated`` holds the ``id()`` of the
    events whose sentence does) into the latest earlier event of its type whose time and parties
    agree; the first report stays the evidence (unless it is a headline and the retelling is
    prose, given the document's ``text``) and takes the time and place it lacked."""
    out: list[Event] = []
    for e in events:
        if id(e) not in dated:
            target = next((o for o in reversed(out[-WINDOW:]) if o.type == e.type and _times_agree(o, e)
                           and _parties_agree(o, e)), None)
            if target is not None:
                if text is not None and is_headline(text, target.start, target.end) and not is_headline(
                        text, e.start, e.end):
                    target.start, target.end, target.id = e.start, e.end, e.id
                target.time = target.time or e.time
                target.place = target.place or e.place
                continue
        out.append(e)
    return out


__all__ = ["merge_retold"]
