"""FollowTheMoney datasets (sanctions and watch lists) streamed from JSON Lines.

A list is reference data, never part of the workspace's own entities: its entries go to the
``list_entries`` table under the list's name and version (by default the file stem and a hash of
the content), so matches always say which release of a list they came from.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimgraph.errors import IngestError
from claimgraph.progress import NULL, Reporter
from claimgraph.store import now
from claimgraph.workspace import Workspace

log = logging.getLogger(__name__)

#: FtM schemata worth matching, mapped to our entity types.
SCHEMA_TYPES = {
    "Person": "Person", "Company": "Company", "PublicBody": "PublicBody",
    "Organization": "Organization", "LegalEntity": "Organization",
}
#: Properties kept with an entry: what the features compare and what an analyst reads.
KEPT = ("birthDate", "country", "nationality", "jurisdiction", "citizenship", "topics",
        "position", "innCode", "ogrnCode", "registrationNumber", "program", "notes", "gender",
        "sourceUrl", "weakAlias")


@dataclass(slots=True)
class ListEntry:
    """One matchable entity of a list: names (name + alias), weak aliases and a few properties."""

    id: str
    schema: str
    name: str
    names: list[str] = field(default_factory=list)
    properties: dict[str, list[str]] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return SCHEMA_TYPES.get(self.schema, "Organization")

    @property
    def weak(self) -> list[str]:
        return self.properties.get("weakAlias", [])


@dataclass(slots=True)
class ListInfo:
    name: str
    version: str
    path: str
    entities: int = 0
    skipped: int = 0
    loaded: bool = False  # False when this name and version were already stored


def list_stem(path: Path) -> str:
    """"entities.ftm.json" → "entities"."""
    name = path.name
    for suffix in (".ftm.json", ".ftm.jsonl", ".jsonl", ".json", ".ftm"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def content_version(path: Path) -> str:
    """A short hash of the file's bytes: the version when the user names none."""
    h = hashlib.sha1()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:12]


def entry_from(data: dict[str, Any]) -> ListEntry | None:
    """The entry for one FtM entity dict, or None when its schema is not matchable."""
    schema = data.get("schema")
    if schema not in SCHEMA_TYPES or not data.get("id"):
        return None
    props = data.get("properties") or {}
    names = [str(n) for n in props.get("name") or [] if n]
    aliases = [str(n) for n in props.get("alias") or [] if n]
    if not names and not aliases:
        return None
    kept = {k: [str(v) for v in props[k]][:20] for k in KEPT if props.get(k)}
    return ListEntry(id=str(data["id"]), schema=str(schema), name=(names or aliases)[0],
                     names=list(dict.fromkeys(names + aliases)), properties=kept)


def read_entries(path: str | Path, stats: dict[str, int] | None = None) -> Iterator[ListEntry]:
    """Stream the matchable entries of an FtM JSON-lines file; bad lines are counted and skipped."""
    p = Path(path)
    if not p.is_file():
        raise IngestError(str(p), "no such list file",
                          hint="pass an FtM JSON-lines file, e.g. OpenSanctions' entities.ftm.json")
    counts = stats if stats is not None else {}
    counts.setdefault("lines", 0)
    counts.setdefault("bad", 0)
    counts.setdefault("skipped", 0)
    with p.open("r", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            counts["lines"] += 1
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                counts["bad"] += 1
                continue
            entry = entry_from(data) if isinstance(data, dict) else None
            if entry is None:
                counts["skipped"] += 1
                continue
            yield entry


def entry_row(list_name: str, version: str, e: ListEntry) -> dict[str, Any]:
    return {"list_name": list_name, "list_version": version, "id": e.id, "schema": e.schema,
            "name": e.name, "names": json.dumps(e.names, ensure_ascii=False),
            "properties": json.dumps(e.properties, ensure_ascii=False, sort_keys=True)}


def entry_from_row(row: dict[str, Any]) -> ListEntry:
    return ListEntry(id=row["id"], schema=row["schema"], name=row["name"],
                     names=json.loads(row["names"] or "[]"),
                     properties=json.loads(row["properties"] or "{}"))


def load_list(ws: Workspace, path: str | Path, name: str | None = None,
              version: str | None = None, reporter: Reporter = NULL,
              batch: int = 20_000, bulk: bool = True) -> ListInfo:
    """Store a list's matchable entries once per (name, version) and record it in ``lists``.

    Entries stream from the file in chunks of ``batch`` rows into the store's bulk loader (COPY
    on PostgreSQL, Arrow on DuckDB): row-by-row inserts take minutes for a full sanctions file.
    The ``lists`` row is written last, so an interrupted load is simply redone (entries already
    stored are skipped). ``bulk=False`` keeps the multi-row INSERT path, for comparison.
    """
    from claimgraph.store.bulk import load_rows

    p = Path(path)
    if not p.is_file():
        raise IngestError(str(p), "no such list file",
                          hint="pass an FtM JSON-lines file, e.g. OpenSanctions' entities.ftm.json")
    info = ListInfo(name or list_stem(p), version or content_version(p), str(p))
    known = ws.store.scalar("SELECT entities FROM lists WHERE name = ? AND version = ?",
                            [info.name, info.version])
    if known is not None:
        info.entities = int(known)
        return info
    stats: dict[str, int] = {}
    key = ("list_name", "list_version", "id")
    reporter.start(f"loading {info.name}")

    def flush(rows: list[dict[str, Any]]) -> None:
        if bulk:
            load_rows(ws.store, "list_entries", rows, key)
        else:
            with ws.store.write() as tx:
                tx.upsert("list_entries", rows, key=key)
        reporter.advance(len(rows))

    with ws.store.session():
        rows: list[dict[str, Any]] = []
        seen: set[str] = set()  # ids of this chunk: one statement gets each key once
        for entry in read_entries(p, stats):
            if entry.id in seen:
                continue
            seen.add(entry.id)
            rows.append(entry_row(info.name, info.version, entry))
            info.entities += 1
            if len(rows) >= batch:
                flush(rows)
                rows, seen = [], set()
        if rows:
            flush(rows)
        with ws.store.write() as tx:
            tx.upsert("lists", [{"name": info.name, "version": info.version, "path": str(p),
                                 "entities": info.entities, "loaded_at": now()}],
                      key=("name", "version"))
    reporter.finish()
    info.skipped = stats.get("skipped", 0) + stats.get("bad", 0)
    info.loaded = True
    if stats.get("bad"):
        log.warning("%s: %d lines were not JSON and were skipped", p, stats["bad"])
    return info


def stored_entries(ws: Workspace, name: str, version: str) -> Iterator[ListEntry]:
    """The entries of a loaded list, read back from the workspace."""
    rows = ws.store.query("SELECT * FROM list_entries WHERE list_name = ? AND list_version = ? "
                          "ORDER BY id", [name, version])
    for row in rows:
        yield entry_from_row(row)


def list_names(ws: Workspace) -> Iterator[tuple[str, str, list[str]]]:
    """(name, entity type, aliases) of every loaded list entry, for the extraction gazetteer."""
    rows = ws.store.query("SELECT schema, name, names FROM list_entries ORDER BY list_name, id")
    for row in rows:
        names = json.loads(row["names"] or "[]")
        yield row["name"], SCHEMA_TYPES.get(row["schema"], "Organization"), \
            [n for n in names if n != row["name"]]
