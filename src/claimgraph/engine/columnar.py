"""Extraction results as columnar batches: one Parquet file per table per batch.

A batch's folder name is a hash of its document ids, and files are written to a temporary name
and renamed, so a task retried after a lost worker rewrites the same files and a loader never
sees half a file.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from claimgraph.ids import digest
from claimgraph.nlp.extract import Extraction
from claimgraph.store import records

TABLES = ("mentions", "claims", "events", "citations", "extracted")


def rows_of(results: Iterable[Extraction], version: str, failures: dict[str, str] | None = None,
            failed_version: str = "") -> dict[str, list[dict[str, object]]]:
    """Store rows of every table for a batch of results (``extracted``: per-document status;
    ``failures``: documents given up on, by id, with the reason, marked ``failed_version``)."""
    out: dict[str, list[dict[str, object]]] = {t: [] for t in TABLES}
    for document_id, reason in (failures or {}).items():
        out["extracted"].append({"document_id": document_id, "version": failed_version or version,
                                 "errors": reason})
    for r in results:
        out["mentions"] += [records.mention_row(m) for m in {m.id: m for m in r.mentions}.values()]
        out["claims"] += [records.claim_row(c) for c in {c.id: c for c in r.claims}.values()]
        out["events"] += [records.event_row(e) for e in {e.id: e for e in r.events}.values()]
        out["citations"] += [records.citation_row(c) for c in {c.id: c for c in r.citations}.values()]
        out["extracted"].append({"document_id": r.document_id, "version": version,
                                 "errors": "\n".join(dict.fromkeys(r.errors))})
    return out


def batch_name(document_ids: list[str]) -> str:
    return "batch-" + digest(*sorted(document_ids))


def write_batch(out_dir: str | Path, document_ids: list[str], results: list[Extraction],
                version: str, failures: dict[str, str] | None = None, failed_version: str = "") -> Path:
    """Write one batch's Parquet files atomically; returns the batch folder."""
    folder = Path(out_dir) / batch_name(document_ids)
    folder.mkdir(parents=True, exist_ok=True)
    for table, rows in rows_of(results, version, failures, failed_version).items():
        target = folder / f"{table}.parquet"
        tmp = folder / f".{table}.{os.getpid()}.tmp"
        pq.write_table(pa.Table.from_pylist(rows) if rows else pa.table({}), tmp)
        os.replace(tmp, target)
    (folder / "_DONE").write_text(version, encoding="utf-8")
    return folder


def read_batch(folder: str | Path) -> dict[str, list[dict[str, object]]]:
    folder = Path(folder)
    return {t: pq.read_table(folder / f"{t}.parquet").to_pylist() for t in TABLES}
