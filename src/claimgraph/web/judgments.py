"""Recording analyst decisions made in the browser or through the API.

Entity and claim decisions go through the resolution stage's ``record_judgment`` (it checks ids,
snapshots mentions and re-applies claim verdicts); notes and tags are plain judgment rows.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from claimgraph.errors import ConfigError, NotFound
from claimgraph.ids import make_id
from claimgraph.model import Judgment
from claimgraph.settings import Settings
from claimgraph.store import Store, records
from claimgraph.workspace import Workspace

KINDS = ("merge", "split", "not-same", "confirm", "reject", "undo", "note", "tag")
MAX_TEXT = 4000


def record(settings: Settings, store: Store, kind: str, target: str, args: dict[str, Any] | None,
           user: str | None) -> Judgment:
    """Check and store one decision; returns it. Raises ConfigError/NotFound with a hint."""
    if kind not in KINDS:
        raise ConfigError(f"unknown judgment {kind!r}", hint=f"use one of {', '.join(KINDS)}")
    if not target or len(target) > 200:
        raise ConfigError("a judgment needs a target id", hint="name the entity, claim or document")
    args = dict(args or {})
    user = (user or settings.user or "analyst")[:100]
    if kind in ("note", "tag"):
        return _annotate(store, kind, target, args, user)
    try:
        from claimgraph.resolve.judgments import record_judgment
    except ImportError:  # resolution not installed: store the row; it is applied on resolve
        return _store(store, kind, target, args, user)
    return record_judgment(Workspace(settings, store), kind, target, args, user)


def _annotate(store: Store, kind: str, target: str, args: dict[str, Any], user: str) -> Judgment:
    value = str(args.get("text" if kind == "note" else "tag") or "").strip()
    if not value:
        raise ConfigError(f"an empty {kind} was not saved", hint=f"type the {kind} first")
    if kind == "tag":
        value = " ".join(value.split())[:60]
    exists = store.scalar(
        "SELECT (SELECT count(*) FROM claims WHERE id = ?) + (SELECT count(*) FROM documents WHERE id = ?)",
        [target, target])
    if not exists:
        raise NotFound(f"no claim or document {target}", hint="notes and tags go on claims and documents")
    return _store(store, kind, target, {"text" if kind == "note" else "tag": value[:MAX_TEXT]}, user)


def _store(store: Store, kind: str, target: str, args: dict[str, Any], user: str) -> Judgment:
    at = dt.datetime.now(dt.UTC).isoformat()
    judgment = Judgment(id=make_id("judgment", kind, target, json.dumps(args, sort_keys=True), user, at),
                        kind=kind, target=target, args=args, user=user, at=at)
    with store.write() as tx:
        tx.upsert("judgments", [records.judgment_row(judgment)])
    return judgment
