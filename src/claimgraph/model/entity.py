"""Entities: one node per real-world thing, with every name seen."""
from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.model.base import Record


@dataclass(slots=True)
class Name(Record):
    name: str
    script: str  # Latin | Cyrillic | other
    count: int = 1


@dataclass(slots=True)
class Entity(Record):
    id: str
    type: str
    name: str
    names: list[Name] = field(default_factory=list)
    properties: dict[str, list[str]] = field(default_factory=dict)
    mentions: int = 0
