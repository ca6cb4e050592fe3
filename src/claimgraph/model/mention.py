"""Mentions: a labelled character span of a document, tied to its sentence."""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ids import make_id
from claimgraph.model.base import Record

ENTITY_TYPES = (
    "Person", "Organization", "Company", "PublicBody", "Country", "Location", "Facility",
    "Product", "Nationality",
)
VALUE_TYPES = ("Date", "Quantity", "Money")
LABELS = ENTITY_TYPES + VALUE_TYPES


@dataclass(slots=True)
class Mention(Record):
    """A span ``text[start:end]`` labelled with one of :data:`LABELS`."""

    id: str
    document_id: str
    start: int
    end: int
    text: str
    label: str
    sent_start: int | None = None
    sent_end: int | None = None
    normalized: str | None = None  # lemma / nominative form ("Ростеха" -> "Ростех")
    local_entity: str | None = None  # within-document link: mentions of one entity share it
    canonical: str | None = None  # the best name of that within-document entity
    extractor: str | None = None
    version: str | None = None
    entity_id: str | None = None  # resolved cross-document entity

    @staticmethod
    def make_id(document_id: str, start: int, end: int, label: str) -> str:
        return make_id("mention", document_id, start, end, label)
