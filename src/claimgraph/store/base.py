"""One store interface over portable SQL; backends differ only in how they connect.

Stages never touch SQL directly: they pass domain objects to :mod:`claimgraph.store.records` and
read through queries in ``analysis/``. Writes happen inside ``with store.write() as tx:`` and
commit when the block exits; every insert is an upsert keyed by a content-hash id, so repeating a
write changes nothing.
"""
from __future__ import annotations

import abc
import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from claimgraph.store.schema import MIGRATIONS, SCHEMA_VERSION

Row = dict[str, Any]


def now() -> str:
    """The current UTC time as an ISO string (seconds)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Cursor(abc.ABC):
    """Queries and writes on one open connection; ``?`` is the placeholder everywhere."""

    @abc.abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abc.abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abc.abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        if not rows:
            return None
        return next(iter(rows[0].values()))

    def upsert(self, table: str, rows: Iterable[Row], key: Sequence[str] = ("id",),
               update: bool = False) -> int:
        """Insert rows; existing keys are kept (``update=False``) or overwritten. Returns rows sent.

        Rows go in multi-row ``VALUES`` statements, a chunk at a time (one statement per row costs
        about a millisecond on DuckDB). One statement may not touch a key twice, so with ``update``
        the last row for a key wins, and without it the first.
        """
        rows = list(rows)
        if not rows:
            return 0
        unique: dict[tuple[Any, ...], Row] = {}
        for row in rows:
            k = tuple(row.get(c) for c in key)
            if update or k not in unique:
                unique[k] = row
        rows = list(unique.values())
        cols = list(rows[0].keys())
        conflict = ", ".join(quote(k) for k in key)
        sets = ", ".join(f"{quote(c)} = EXCLUDED.{quote(c)}" for c in cols if c not in key)
        action = f"DO UPDATE SET {sets}" if update and sets else "DO NOTHING"
        one = "(" + ", ".join("?" for _ in cols) + ")"
        chunk = max(1, min(500, 30000 // len(cols)))
        head = f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in cols)}) VALUES "
        for i in range(0, len(rows), chunk):
            part = rows[i:i + chunk]
            self.execute(head + ", ".join(one for _ in part) + f" ON CONFLICT ({conflict}) {action}",
                         [r.get(c) for r in part for c in cols])
        return len(rows)


class Store(abc.ABC):
    """A workspace store. ``session()`` keeps one connection open for a whole command."""

    dialect: str = ""

    def __init__(self, url: str) -> None:
        self.url = url

    @abc.abstractmethod
    def _connect(self, write: bool) -> Any: ...

    @abc.abstractmethod
    def _cursor(self, conn: Any) -> Cursor: ...

    @abc.abstractmethod
    def _begin(self, conn: Any) -> None: ...

    @abc.abstractmethod
    def _commit(self, conn: Any) -> None: ...

    @abc.abstractmethod
    def _rollback(self, conn: Any) -> None: ...

    _session: Any = None
    _session_depth: int = 0

    @contextlib.contextmanager
    def session(self, write: bool = True) -> Iterator[Store]:
        """Hold one connection for the block (nested sessions reuse it)."""
        if self._session is not None:
            self._session_depth += 1
            try:
                yield self
            finally:
                self._session_depth -= 1
            return
        self._session = self._connect(write)
        self._session_depth = 1
        try:
            yield self
        finally:
            conn, self._session, self._session_depth = self._session, None, 0
            conn.close()

    @contextlib.contextmanager
    def _connection(self, write: bool) -> Iterator[Any]:
        if self._session is not None:
            yield self._session
            return
        conn = self._connect(write)
        try:
            yield conn
        finally:
            conn.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Cursor]:
        """A transaction: committed when the block exits, rolled back on error."""
        with self._connection(True) as conn:
            self._begin(conn)
            try:
                yield self._cursor(conn)
            except BaseException:
                self._rollback(conn)
                raise
            self._commit(conn)

    @contextlib.contextmanager
    def read(self) -> Iterator[Cursor]:
        with self._connection(False) as conn:
            yield self._cursor(conn)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self.read() as cur:
            return cur.query(sql, params)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self.read() as cur:
            return cur.scalar(sql, params)

    def migrate(self) -> int:
        """Apply pending migrations; returns the schema version."""
        with self.write() as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        "description TEXT, applied_at TEXT)")
            applied = {r["version"] for r in cur.query("SELECT version FROM schema_version")}
            for version, description, statements in sorted(MIGRATIONS, key=lambda m: m[0]):
                if version in applied:
                    continue
                for statement in statements:
                    cur.execute(statement)
                cur.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                            [version, description, now()])
        return SCHEMA_VERSION

    def pending_migrations(self) -> list[int]:
        """Versions defined in the code but not yet applied to this store."""
        try:
            applied = {r["version"] for r in self.query("SELECT version FROM schema_version")}
        except Exception:  # noqa: BLE001 - an uninitialised store has no table yet
            applied = set()
        return [m[0] for m in MIGRATIONS if m[0] not in applied]

    def schema_version(self) -> int:
        try:
            return int(self.scalar("SELECT max(version) FROM schema_version") or 0)
        except Exception:  # noqa: BLE001 - an uninitialised file has no table yet
            return 0
