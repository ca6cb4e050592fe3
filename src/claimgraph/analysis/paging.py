"""Pagination and schema probing shared by the read-only queries."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimgraph.store import Row, Store

MAX_LIMIT = 500


@dataclass(slots=True)
class Page:
    """One page of rows with the total, so every listing can link to the next page."""

    items: list[Row] = field(default_factory=list)
    total: int = 0
    limit: int = 50
    offset: int = 0

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None

    @property
    def prev_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "limit": self.limit,
                "offset": self.offset, "next_offset": self.next_offset}


def page_of(limit: int | None, offset: int | None, default: int = 50) -> tuple[int, int]:
    """Clamp user-given paging values: a hostile ``limit=10**9`` must not load a whole table."""
    lim = default if limit is None else max(1, min(int(limit), MAX_LIMIT))
    off = 0 if offset is None else max(0, int(offset))
    return lim, off


def columns(store: Store, table: str) -> set[str]:
    """Column names of ``table`` (empty when it does not exist), to read optional columns."""
    rows = store.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])
    return {str(r["column_name"]).lower() for r in rows}


def table_exists(store: Store, table: str) -> bool:
    return bool(store.scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]))


def placeholders(values: list[Any]) -> str:
    """``?, ?, ?`` for an IN list (callers never pass an empty list)."""
    return ", ".join("?" for _ in values)
