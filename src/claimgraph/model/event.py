"""Events: meetings, visits, agreements … with time, place and participants."""
from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.ids import make_id
from claimgraph.model.base import Record, nested
from claimgraph.model.claim import TimeRef

EVENT_TYPES = ("meeting", "visit", "agreement", "announcement", "exhibition", "sanction", "other")


@dataclass(slots=True)
class Event(Record):
    """An event as one document reports it (``cluster_id`` groups reports of the same event)."""

    id: str
    document_id: str
    type: str
    time: TimeRef | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    cluster_id: str | None = None

    @staticmethod
    def make_id(document_id: str, start: int, type_: str) -> str:
        return make_id("event", document_id, start, type_)


nested("Event", "time", TimeRef)
