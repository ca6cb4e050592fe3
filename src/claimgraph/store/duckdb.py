"""The embedded default backend: one DuckDB file per workspace.

DuckDB lets one process write a file at a time, so connections are held only for the duration of a
command or request, and a process that finds the file locked retries for ``busy_timeout`` seconds
before reporting "workspace busy".
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from claimgraph.errors import StoreError, WorkspaceBusy
from claimgraph.store.base import Cursor, Row, Store


class DuckCursor(Cursor):
    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(sql, list(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.executemany(sql, [list(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cur = self.conn.execute(sql, list(params))
        names = [d[0] for d in cur.description or []]
        return [dict(zip(names, row)) for row in cur.fetchall()]


class DuckDBStore(Store):
    dialect = "duckdb"

    def __init__(self, url: str, busy_timeout: float = 30.0) -> None:
        super().__init__(url)
        self.path = Path(url.removeprefix("duckdb://"))
        self.busy_timeout = busy_timeout

    def _connect(self, write: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.busy_timeout
        delay = 0.05
        while True:
            try:
                # Always read-write: DuckDB refuses mixed modes on one file within a process.
                return duckdb.connect(str(self.path))
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise StoreError(f"{self.path}: cannot open workspace: {exc}") from exc
                if time.monotonic() >= deadline:
                    raise WorkspaceBusy(f"{self.path}: workspace busy") from exc
                time.sleep(delay)
                delay = min(delay * 2, 1.0)

    def _cursor(self, conn: duckdb.DuckDBPyConnection) -> Cursor:
        return DuckCursor(conn)

    def _begin(self, conn: duckdb.DuckDBPyConnection) -> None:
        conn.execute("BEGIN TRANSACTION")

    def _commit(self, conn: duckdb.DuckDBPyConnection) -> None:
        conn.execute("COMMIT")

    def _rollback(self, conn: duckdb.DuckDBPyConnection) -> None:
        conn.execute("ROLLBACK")
