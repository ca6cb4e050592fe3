"""The team backend: a PostgreSQL database (many concurrent writers).

SQL is written once with ``?`` placeholders; this backend turns them into psycopg's ``%s``.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimgraph.errors import StoreError
from claimgraph.store.base import Cursor, Row, Store


def to_pyformat(sql: str) -> str:
    """``?`` placeholders to ``%s`` (and literal ``%`` escaped)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PgCursor(Cursor):
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self.conn.cursor() as cur:
            cur.execute(to_pyformat(sql), list(params) or None)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(to_pyformat(sql), [list(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self.conn.cursor() as cur:
            cur.execute(to_pyformat(sql), list(params) or None)
            if cur.description is None:
                return []
            names = [d.name for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]


class PostgresStore(Store):
    dialect = "postgres"

    def _connect(self, write: bool) -> Any:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise StoreError("PostgreSQL support is not installed",
                             hint="pip install 'claimgraph[postgres]'") from exc
        try:
            return psycopg.connect(self.url, autocommit=True)
        except psycopg.OperationalError as exc:
            raise StoreError(f"{self.url}: cannot connect: {str(exc).splitlines()[0]}",
                             hint="check that the server runs and the URL is right") from exc

    def _cursor(self, conn: Any) -> Cursor:
        return PgCursor(conn)

    def _begin(self, conn: Any) -> None:
        conn.execute("BEGIN")

    def _commit(self, conn: Any) -> None:
        conn.execute("COMMIT")

    def _rollback(self, conn: Any) -> None:
        conn.execute("ROLLBACK")

    def migrate(self) -> int:
        """Migrations under an advisory lock, so concurrent first opens do not race."""
        conn = self._connect(True)
        try:
            conn.execute("SELECT pg_advisory_lock(4242)")
            with self.session():
                return super().migrate()
        finally:
            conn.execute("SELECT pg_advisory_unlock(4242)")
            conn.close()
