"""Claims: who says what about whom, with values, time and modality."""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ids import make_id
from claimgraph.model.base import Record, nested

PREDICATES = (
    "produces", "plans_to_produce", "capacity", "offers_to_build", "cooperates_with", "met_with",
    "supplies_to", "located_in", "visited", "holds_role", "sanctioned_by", "states",
)
SYMMETRIC = frozenset({"cooperates_with", "met_with"})
MODALITIES = ("fact", "plan", "offer", "claim", "denial")
QUALIFIERS = ("up to", "at least", "about", "more than", "less than", "exactly")
PRECISIONS = ("day", "month", "quarter", "year")


@dataclass(slots=True)
class TimeRef(Record):
    """An interval with a precision; start == end for a single day/month/year."""

    start: str | None = None  # ISO date
    end: str | None = None
    precision: str | None = None  # day | month | quarter | year
    text: str | None = None  # the expression it was read from


@dataclass(slots=True)
class Quantity(Record):
    """A number with unit, qualifier and rate: "up to 100,000 units a year"."""

    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    min: float | None = None
    max: float | None = None
    rate: str | None = None  # year | month | week | day
    start: int | None = None
    end: int | None = None
    text: str | None = None


@dataclass(slots=True)
class Claim(Record):
    """A statement extracted from one sentence of one document."""

    id: str
    document_id: str
    subject: str
    predicate: str
    object: str | None = None
    subject_mention: str | None = None
    object_mention: str | None = None
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    value_min: float | None = None
    value_max: float | None = None
    rate: str | None = None
    time: TimeRef | None = None
    modality: str = "fact"
    attributed_to: str | None = None
    confidence: float = 0.5
    start: int = 0  # evidence span (the sentence)
    end: int = 0
    role: str | None = None  # for holds_role: the title
    extractor: str | None = None
    subject_entity: str | None = None
    object_entity: str | None = None

    @staticmethod
    def make_id(document_id: str, start: int, subject: str, predicate: str,
                obj: str | None, value: float | None) -> str:
        return make_id("claim", document_id, start, subject, predicate, obj, value)


nested("Claim", "time", TimeRef)
