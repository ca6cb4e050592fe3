"""A workspace entity matched against a list entry, with the features that decided it."""
from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.model.base import Record, nested


@dataclass(slots=True)
class Feature(Record):
    name: str
    score: float
    detail: str = ""


@dataclass(slots=True)
class Match(Record):
    id: str
    entity_id: str
    list_name: str
    list_version: str
    list_entity_id: str
    list_entity_name: str
    list_entity_schema: str | None = None
    score: float = 0.0
    features: list[Feature] = field(default_factory=list)


nested("Match", "features", Feature)
