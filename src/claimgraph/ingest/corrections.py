"""Analyst corrections to documents: metadata edits and removals, stored as judgments.

A correction is a Judgment row ("doc-edit" or "doc-rm"); the documents table is then brought in
line with all judgments by :func:`apply_document_judgments`, which every ingest run calls at its
end, so a re-ingest never undoes what the analyst decided.
"""
from __future__ import annotations

import json
import re

from claimgraph.errors import ConfigError, NotFound
from claimgraph.ids import make_id
from claimgraph.ingest.dates import normalize_date
from claimgraph.model import Judgment
from claimgraph.store import Cursor, now, records
from claimgraph.workspace import Workspace

EDITABLE = ("published", "outlet", "title")
#: Tables whose rows belong to a document and go when it is removed.
DERIVED_TABLES = ("mentions", "claims", "events", "citations")


def resolve_document_id(ws: Workspace, ref: str) -> str:
    """The full id of a document given by id or unique prefix (with or without ``doc-``)."""
    ref = ref.strip().lower()
    prefix = ref if ref.startswith("doc-") else f"doc-{ref}"
    rows = []
    if re.fullmatch(r"doc-[0-9a-f]+", prefix):
        rows = ws.store.query("SELECT id FROM documents WHERE id LIKE ? ORDER BY id LIMIT 2", [prefix + "%"])
    if not rows:
        raise NotFound(f"no document {ref}", hint="list ids with 'claimgraph docs list'")
    if len(rows) > 1:
        raise NotFound(f"{ref} matches several documents", hint="give more characters of the id")
    return str(rows[0]["id"])


def edit_document(ws: Workspace, ref: str, published: str | None = None, outlet: str | None = None,
                  title: str | None = None, user: str | None = None) -> Judgment:
    """Record and apply a correction of a document's date, outlet or title."""
    doc_id = resolve_document_id(ws, ref)
    changes: dict[str, object] = {}
    if published is not None:
        day = normalize_date(published)
        if day is None:
            raise ConfigError(f"cannot read the date {published!r}", hint="write it as YYYY-MM-DD")
        changes["published"] = day
    if outlet is not None:
        changes["outlet"] = outlet.strip()
    if title is not None:
        changes["title"] = title.strip()
    if not changes:
        raise ConfigError("nothing to change", hint="give --published, --outlet or --title")
    return _judge(ws, "doc-edit", doc_id, changes, user)


def retract_document(ws: Workspace, ref: str, user: str | None = None) -> Judgment:
    """Remove a document from analysis (kept in the store as retracted, with the judgment)."""
    return _judge(ws, "doc-rm", resolve_document_id(ws, ref), {}, user)


def _judge(ws: Workspace, kind: str, doc_id: str, args: dict[str, object], user: str | None) -> Judgment:
    at = now()
    who = user or ws.settings.user
    judgment = Judgment(id=make_id("judgment", kind, doc_id, json.dumps(args, sort_keys=True), who, at),
                        kind=kind, target=doc_id, args=args, user=who, at=at)
    with ws.store.write() as tx:
        tx.upsert("judgments", [records.judgment_row(judgment)])
        _apply(tx, judgment)
    return judgment


def apply_document_judgments(ws: Workspace) -> int:
    """Re-apply every document judgment in the order they were made; returns how many."""
    with ws.store.write() as tx:
        rows = tx.query("SELECT * FROM judgments WHERE kind IN ('doc-edit', 'doc-rm') "
                        "ORDER BY made_at, id")
        for row in rows:
            _apply(tx, records.judgment_from(row))
    return len(rows)


def _apply(tx: Cursor, judgment: Judgment) -> None:
    doc_id = judgment.target
    if judgment.kind == "doc-rm":
        if tx.scalar("SELECT count(*) FROM documents WHERE id = ? AND NOT coalesce(retracted, FALSE)",
                     [doc_id]):
            tx.execute("UPDATE documents SET retracted = TRUE WHERE id = ?", [doc_id])
        for table in DERIVED_TABLES:
            tx.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc_id])
        return
    args = judgment.args
    for column in ("published", "title"):
        if column in args:
            tx.execute(f"UPDATE documents SET {column} = ? WHERE id = ? AND ({column} IS NULL OR {column} <> ?)",
                       [args[column], doc_id, args[column]])
    if "outlet" in args:
        # The document's outlet as the analyst names it; each sighting keeps the outlet it was
        # seen under, except sightings whose outlet was unknown or the one the edit replaced.
        row = tx.query("SELECT meta FROM documents WHERE id = ?", [doc_id])
        if not row:
            return
        meta = json.loads(row[0]["meta"] or "{}")
        replaced = meta.get("outlet_detected")
        if meta.get("outlet") != args["outlet"]:
            if "outlet_detected" not in meta:
                first = tx.query("SELECT outlet FROM sightings WHERE document_id = ? "
                                 "ORDER BY published IS NULL, published, seen_at, id LIMIT 1", [doc_id])
                replaced = meta["outlet_detected"] = first[0]["outlet"] if first else None
            meta["outlet"] = args["outlet"]
            tx.execute("UPDATE documents SET meta = ? WHERE id = ?",
                       [json.dumps(meta, ensure_ascii=False, sort_keys=True), doc_id])
        if replaced is None:
            tx.execute("UPDATE sightings SET outlet = ? WHERE document_id = ? AND outlet IS NULL",
                       [args["outlet"], doc_id])
        else:
            tx.execute("UPDATE sightings SET outlet = ? WHERE document_id = ? AND (outlet IS NULL OR outlet = ?)",
                       [args["outlet"], doc_id, replaced])
