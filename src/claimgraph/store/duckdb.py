"""The embedded default backend: one DuckDB file per workspace.

DuckDB lets one process write a file at a time, so connections are held only for the duration of a
command or request, and a process that finds the file locked retries for ``busy_timeout`` seconds
before reporting "workspace busy".
"""
from __future__ import annotations

import threading
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


class _Held:
    """A connection to one file kept open across requests of a long-running reader (the web
    server), released after ``idle`` seconds without use and at least every ``max_hold`` seconds,
    so a CLI command waiting to write gets its turn."""

    def __init__(self, open_: object, idle: float, max_hold: float) -> None:
        self._open = open_
        self.idle = idle
        self.max_hold = max_hold
        self.lock = threading.Lock()
        self.conn: duckdb.DuckDBPyConnection | None = None
        self.users = 0
        self.opened = self.last = 0.0
        self._reaper: threading.Thread | None = None

    def acquire(self) -> _Lease:
        with self.lock:
            if self.conn is None:
                self.conn = self._open()  # type: ignore[operator]
                self.opened = time.monotonic()
            self.users += 1
            if self._reaper is None or not self._reaper.is_alive():
                self._reaper = threading.Thread(target=self._reap, daemon=True)
                self._reaper.start()
            return _Lease(self, self.conn.cursor())

    def release(self) -> None:
        with self.lock:
            self.users -= 1
            self.last = time.monotonic()

    def _reap(self) -> None:
        while True:
            time.sleep(min(0.1, self.idle / 2))
            with self.lock:
                if self.conn is None:
                    return
                now_ = time.monotonic()
                if self.users == 0 and (now_ - self.last >= self.idle or now_ - self.opened >= self.max_hold):
                    self.conn.close()
                    self.conn = None
                    return


class _Lease:
    """A cursor on a held connection; closing it returns the lease, not the file."""

    def __init__(self, held: _Held, cursor: duckdb.DuckDBPyConnection) -> None:
        self._held = held
        self._cursor = cursor
        self._closed = False

    def __getattr__(self, name: str) -> object:
        return getattr(self._cursor, name)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._cursor.close()
            self._held.release()


_HELD: dict[str, _Held] = {}
_HELD_LOCK = threading.Lock()


class DuckDBStore(Store):
    dialect = "duckdb"

    def __init__(self, url: str, busy_timeout: float = 30.0, hold_seconds: float = 0.0) -> None:
        super().__init__(url)
        self.path = Path(url.removeprefix("duckdb://"))
        self.busy_timeout = busy_timeout
        self.hold_seconds = hold_seconds

    def _connect(self, write: bool) -> duckdb.DuckDBPyConnection:
        if self.hold_seconds > 0:
            key = str(self.path.resolve())
            with _HELD_LOCK:
                held = _HELD.get(key)
                if held is None:
                    held = _HELD[key] = _Held(self._open, self.hold_seconds, 10 * self.hold_seconds)
            return held.acquire()  # type: ignore[return-value]
        return self._open()

    def _open(self) -> duckdb.DuckDBPyConnection:
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
