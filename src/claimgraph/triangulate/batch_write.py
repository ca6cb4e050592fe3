"""Multi-row writes: one statement per chunk instead of one per row.

Triangulation rewrites tens of thousands of rows per run: inserts go through ``Cursor.upsert``
(multi-row ``VALUES``), updates through one ``UPDATE … FROM (VALUES …)`` per chunk.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimgraph.store import Cursor


def update_column(tx: Cursor, table: str, column: str, pairs: Sequence[tuple[str, Any]],
                  chunk: int = 500) -> None:
    """Set ``table.column`` for many ``(id, value)`` pairs, a chunk per statement."""
    for i in range(0, len(pairs), chunk):
        part = pairs[i:i + chunk]
        values = ", ".join("(?, ?)" for _ in part)
        tx.execute(f"UPDATE {table} SET {column} = v.val FROM (VALUES {values}) AS v(key, val) "
                   f"WHERE {table}.id = v.key", [x for pair in part for x in pair])
