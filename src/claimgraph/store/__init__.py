"""Workspace stores: embedded DuckDB (default) and PostgreSQL, behind one interface."""
from __future__ import annotations

from claimgraph.store.base import Cursor, Row, Store, now

__all__ = ["Cursor", "Row", "Store", "now", "open_store"]


def open_store(url: str, busy_timeout: float = 30.0, hold_seconds: float = 0.0) -> Store:
    """The store for a DuckDB path or a ``postgresql://`` URL (backends import lazily).

    ``hold_seconds`` > 0 keeps a DuckDB file open between uses for that long (for servers).
    """
    if url.startswith(("postgresql://", "postgres://")):
        from claimgraph.store.postgres import PostgresStore

        return PostgresStore(url)
    from claimgraph.store.duckdb import DuckDBStore

    return DuckDBStore(url, busy_timeout=busy_timeout, hold_seconds=hold_seconds)
