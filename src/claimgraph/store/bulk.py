"""Bulk loading of extraction results (columnar batches) into a store.

PostgreSQL gets ``COPY`` into a temporary table and one ``INSERT … SELECT … ON CONFLICT DO NOTHING``;
DuckDB reads the Arrow table directly. Either way a row whose id is already stored is skipped, so a
batch loaded twice (a retried task, a resumed job) changes nothing.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimgraph.store.base import Row, Store, quote


def load_rows(store: Store, table: str, rows: Sequence[Row], key: Sequence[str] = ("id",)) -> int:
    """Insert rows not yet stored, in bulk; returns the number of rows sent."""
    if not rows:
        return 0
    if store.dialect == "postgres":
        return _copy_postgres(store, table, rows, key)
    return _arrow_duckdb(store, table, rows, key)


def _copy_postgres(store: Store, table: str, rows: Sequence[Row], key: Sequence[str]) -> int:
    cols = list(rows[0].keys())
    col_sql = ", ".join(quote(c) for c in cols)
    staging = f"bulk_{table}"
    with store.write() as tx:
        conn = tx.conn  # type: ignore[attr-defined]
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {staging} (LIKE {quote(table)} INCLUDING DEFAULTS) "
                     "ON COMMIT DELETE ROWS")
        with conn.cursor() as cur, cur.copy(f"COPY {staging} ({col_sql}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row.get(c) for c in cols])
        conflict = ", ".join(quote(k) for k in key)
        conn.execute(f"INSERT INTO {quote(table)} ({col_sql}) SELECT {col_sql} FROM {staging} "
                     f"ON CONFLICT ({conflict}) DO NOTHING")
    return len(rows)


def _arrow_duckdb(store: Store, table: str, rows: Sequence[Row], key: Sequence[str]) -> int:
    import pyarrow as pa

    cols = list(rows[0].keys())
    data = pa.table({c: [r.get(c) for r in rows] for c in cols})
    with store.write() as tx:
        insert_arrow(tx.conn, table, data, key)  # type: ignore[attr-defined]
    return len(rows)


def insert_arrow(conn: Any, table: str, data: Any, key: Sequence[str] = ("id",), update: bool = False) -> None:
    """``INSERT … SELECT`` from an Arrow table on a DuckDB connection, inside the caller's transaction.

    A row whose key is already stored is skipped, or with ``update`` takes the new values.
    """
    cols = [quote(c) for c in data.column_names]
    keys = [quote(k) for k in key]
    action = "DO NOTHING"
    if update:
        action = "DO UPDATE SET " + ", ".join(f"{c} = EXCLUDED.{c}" for c in cols if c not in keys)
    view = f"arrow_{table}"
    conn.register(view, data)
    try:
        conn.execute(f"INSERT INTO {quote(table)} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM {view} "
                     f"ON CONFLICT ({', '.join(keys)}) {action}")
    finally:
        conn.unregister(view)


def insert_rows(store: Store, table: str, rows: Sequence[Row]) -> int:
    """Plain row-by-row INSERTs: the baseline the bulk loader is measured against."""
    if not rows:
        return 0
    cols = list(rows[0].keys())
    sql = (f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in cols)}) "
           f"VALUES ({', '.join('?' for _ in cols)})")
    with store.write() as tx:
        for row in rows:
            tx.execute(sql, [row.get(c) for c in cols])
    return len(rows)


def arrow_rows(table: Any) -> list[Row]:
    """Rows of an Arrow table as dicts."""
    return table.to_pylist()
