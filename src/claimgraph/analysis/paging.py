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



def id_list(store: Store, column: str, values: list[str]) -> tuple[str, list[Any]]:
    """``column IN (...)`` for a long id list: DuckDB takes the list as one parameter (binding a
    thousand separate ones costs more than the query), other backends get placeholders."""
    if store.dialect == "duckdb":
        return f"{column} IN (SELECT unnest(CAST(? AS VARCHAR[])))", [list(values)]
    return f"{column} IN ({placeholders(values)})", list(values)


Span = tuple[str, int | None, int | None]


def span_texts(store: Store, spans: list[Span], most: int) -> tuple[dict[Span, str | None], dict[str, Row]]:
    """The text of each ``(document_id, start, end)`` span (at most ``most`` characters) and the
    ``title`` and ``published`` of each document.

    Pages cut sentences out in Python: joining a span table to ``documents`` for a ``substr``
    makes DuckDB read every document's text, while an id list reads only these. Documents are
    read a few at a time and only up to the last span in them, so a huge one costs little memory.
    """
    wanted: dict[str, list[Span]] = {}
    for sp in spans:
        wanted.setdefault(sp[0], []).append(sp)
    texts: dict[Span, str | None] = {}
    docs: dict[str, Row] = {}
    ids = sorted(wanted)
    for i in range(0, len(ids), 50):
        chunk = ids[i:i + 50]
        upto = max((e or 0) for d in chunk for _, _, e in wanted[d]) + 1
        for r in store.query(f"""SELECT id, title, published, substr(text, 1, ?) AS text FROM documents
                                 WHERE id IN ({placeholders(chunk)})""",
                             [min(upto, 5_000_000), *chunk]):
            text = r.pop("text") or ""
            docs[r["id"]] = r
            for sp in wanted[r["id"]]:
                _, start, end = sp
                if start is None or end is None:
                    texts[sp] = None
                else:
                    start = max(0, start)
                    texts[sp] = text[start:start + min(max(end - start, 0), most)]
    return texts, docs
