"""Tables for notebooks: one CSV or Parquet file per table, with stable column names."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from claimgraph.export.scope import Scope
from claimgraph.workspace import Workspace

#: table -> (exported columns, rest of the query). A column "a AS b" is exported as b.
TABLES: dict[str, tuple[list[str], str]] = {
    "documents": (["id", "title", "author", "published", "lang", "format", "ingested_at", "text"],
                  "FROM documents WHERE NOT coalesce(retracted, FALSE) ORDER BY id"),
    "sightings": (["id", "document_id", "outlet", "url", "path", "published", "title", "channel",
                   "message_id", "forwarded_from", "format", "seen_at"], "FROM sightings ORDER BY id"),
    "mentions": (["id", "document_id", "start_char AS start", "end_char AS end", "text", "label",
                  "normalized", "canonical", "entity_id", "sent_start", "sent_end"],
                 "FROM mentions ORDER BY id"),
    "entities": (["id", "type", "name", "names", "properties", "mentions"], "FROM entities ORDER BY id"),
    "claims": (["id", "document_id", "subject", "subject_entity", "predicate", "object",
                "object_entity", "value", "unit", "qualifier", "value_min", "value_max", "rate",
                "time_start", "time_end", "time_precision", "modality", "attributed_to", "confidence",
                "start_char AS start", "end_char AS end"], "FROM claims ORDER BY id"),
    "events": (["id", "document_id", "type", "time_start", "time_end", "time_precision", "place",
                "participants", "cluster_id", "start_char AS start", "end_char AS end"],
               "FROM events ORDER BY id"),
    "citations": (["id", "document_id", "kind", "source", "target_document_id", "similarity",
                   "start_char AS start", "end_char AS end"], "FROM citations ORDER BY id"),
    "matches": (["id", "entity_id", "list_name", "list_version", "list_entity_id", "list_entity_name",
                 "list_entity_schema", "score", "features"], "FROM matches ORDER BY id"),
    "judgments": (["id", "kind", "target", "args", "made_by", "made_at"],
                  "FROM judgments ORDER BY made_at, id"),
}


def _select(columns: list[str], rest: str) -> tuple[str, list[str]]:
    exprs, names = [], []
    for col in columns:
        source, _, alias = col.partition(" AS ")
        name = alias or source
        exprs.append(f'{source} AS "{name}"')
        names.append(name)
    return f"SELECT {', '.join(exprs)} {rest}", names


def _keep(table: str, docs: set[str] | None, ents: set[str] | None) -> Callable[[dict[str, Any]], bool]:
    def keep(row: dict[str, Any]) -> bool:
        if docs is not None:
            if table == "documents" and row["id"] not in docs:
                return False
            if "document_id" in row and row["document_id"] not in docs:
                return False
        if ents is not None:
            if table == "entities" and row["id"] not in ents:
                return False
            if table == "matches" and row["entity_id"] not in ents:
                return False
        return True

    return keep


def export_tables(ws: Workspace, out_dir: str | Path, fmt: str = "csv",
                  scope: Scope | None = None) -> dict[str, int]:
    """Write every table to ``out_dir/<table>.<fmt>``; returns rows written per table."""
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown table format {fmt!r}")
    scope = scope or Scope()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    docs, ents = scope.document_ids(ws), scope.entity_ids(ws)
    written: dict[str, int] = {}
    for table, (cols, rest) in TABLES.items():
        sql, columns = _select(cols, rest)
        keep = _keep(table, docs, ents)
        rows = [r for r in ws.store.query(sql) if keep(r)]
        data = pa.table({c: pa.array([r.get(c) for r in rows], type=_arrow_type(rows, c))
                         for c in columns})
        path = out / f"{table}.{fmt}"
        if fmt == "csv":
            pacsv.write_csv(data, path)
        else:
            pq.write_table(data, path)
        written[table] = len(rows)
    return written


def _arrow_type(rows: list[dict[str, Any]], column: str) -> pa.DataType | None:
    for r in rows:
        v = r.get(column)
        if v is None:
            continue
        if isinstance(v, bool):
            return pa.bool_()
        if isinstance(v, int):
            return pa.int64()
        if isinstance(v, float):
            return pa.float64()
        return pa.string()
    return pa.string()
