"""Analyst decisions, stored as rows and re-applied after every run."""
from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.model.base import Record

JUDGMENT_KINDS = (
    "merge", "split", "not-same", "undo", "confirm", "reject", "doc-edit", "doc-rm", "note", "tag",
)


@dataclass(slots=True)
class Judgment(Record):
    id: str
    kind: str
    target: str  # the id the decision is about
    args: dict[str, object] = field(default_factory=dict)
    user: str | None = None
    at: str | None = None
