"""Analyst judgments: stored decisions from which the resolved state is derived on every run.

A judgment names entities by id and also keeps a snapshot of their mention ids at the time it
was made. Mention ids hash document, span and label, so they survive re-extraction; entity ids
survive through ``entity_aliases``. Either is enough to find the judged entity again after a
full re-run. Judgments are never deleted: ``undo`` records a new judgment that switches an
earlier one off.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimgraph.errors import ConfigError, NotFound
from claimgraph.ids import make_id
from claimgraph.model import Judgment
from claimgraph.store import records
from claimgraph.workspace import Workspace

ENTITY_KINDS = ("merge", "split", "not-same")
CLAIM_KINDS = ("confirm", "reject")
KINDS = ENTITY_KINDS + CLAIM_KINDS + ("undo",)
_CLAIM_STATE = {"confirm": "confirmed", "reject": "rejected"}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def resolve_entity_id(ws: Workspace, entity_id: str) -> str | None:
    """The current id of an entity, following ``entity_aliases`` (merged ids keep resolving)."""
    with ws.store.read() as cur:
        seen: set[str] = set()
        current = entity_id
        while current not in seen:
            seen.add(current)
            if cur.scalar("SELECT count(*) FROM entities WHERE id = ?", [current]):
                return current
            target = cur.scalar("SELECT entity_id FROM entity_aliases WHERE old_id = ?", [current])
            if target is None:
                return None
            current = target
    return None


def _entity_mentions(ws: Workspace, entity_id: str) -> list[str]:
    rows = ws.store.query("SELECT id FROM mentions WHERE entity_id = ? ORDER BY id", [entity_id])
    return [r["id"] for r in rows]


def _require_entity(ws: Workspace, entity_id: str) -> str:
    current = resolve_entity_id(ws, entity_id)
    if current is None:
        raise NotFound(f"no entity {entity_id}",
                       hint="list ids with 'claimgraph entities list' (run 'claimgraph resolve' first)")
    return current


def record_judgment(ws: Workspace, kind: str, target: str, args: dict[str, Any] | None = None,
                    user: str | None = None) -> Judgment:
    """Check and store one decision; claim decisions are applied at once, entity ones on resolve.

    ``merge``/``not-same`` take ``args={"other": ID}``, ``split`` takes ``{"mentions": [...]}``,
    ``undo`` targets a judgment id, ``confirm``/``reject`` a claim id.
    """
    if kind not in KINDS:
        raise ConfigError(f"unknown judgment {kind!r}", hint=f"use one of {', '.join(KINDS)}")
    args = dict(args or {})
    if kind in ENTITY_KINDS:
        current = _require_entity(ws, target)
        snapshot = {target: _entity_mentions(ws, current)}
        if kind in ("merge", "not-same"):
            other = args.get("other")
            if not other:
                raise ConfigError(f"{kind} needs two entity ids", hint=f"claimgraph judge {kind} A B")
            other_current = _require_entity(ws, str(other))
            if other_current == current and kind == "merge":
                raise ConfigError(f"{target} and {other} are already one entity")
            snapshot[str(other)] = _entity_mentions(ws, other_current)
        if kind == "split":
            wanted = [str(m) for m in args.get("mentions") or []]
            if not wanted:
                raise ConfigError("split needs the mentions to take out",
                                  hint="claimgraph judge split ID --mentions M1 M2 (see 'entities show ID')")
            missing = sorted(set(wanted) - set(snapshot[target]))
            if missing:
                raise NotFound(f"mentions not in entity {target}: {', '.join(missing)}",
                               hint="pick mention ids from 'claimgraph entities show ID'")
            args["mentions"] = sorted(set(wanted))
        args["snapshot"] = snapshot
    elif kind in CLAIM_KINDS:
        if not ws.store.scalar("SELECT count(*) FROM claims WHERE id = ?", [target]):
            raise NotFound(f"no claim {target}", hint="list ids with 'claimgraph claims list'")
    else:
        if not ws.store.scalar("SELECT count(*) FROM judgments WHERE id = ?", [target]):
            raise NotFound(f"no judgment {target}", hint="list them with 'claimgraph judge list'")
    at = _now()
    judgment = Judgment(
        id=make_id("judgment", kind, target, json.dumps(args, sort_keys=True), user, at),
        kind=kind, target=target, args=args, user=user, at=at)
    with ws.store.write() as tx:
        tx.upsert("judgments", [records.judgment_row(judgment)])
    if kind in CLAIM_KINDS or kind == "undo":
        apply_claim_judgments(ws)
    return judgment


def load_judgments(ws: Workspace) -> list[Judgment]:
    """Every stored judgment, oldest first."""
    rows = ws.store.query("SELECT * FROM judgments ORDER BY made_at, id")
    return [records.judgment_from(r) for r in rows]


def effective(judgments: Iterable[Judgment]) -> list[Judgment]:
    """Judgments still in force: an undo switches its target off (an undone undo does not)."""
    ordered = sorted(judgments, key=lambda j: (j.at or "", j.id))
    off: set[str] = set()
    for j in reversed(ordered):
        if j.kind == "undo" and j.id not in off:
            off.add(j.target)
    return [j for j in ordered if j.id not in off and j.kind != "undo"]


@dataclass
class EntityDecisions:
    """Entity judgments in force, each side given as mention ids (snapshot ∪ current)."""

    apart: list[tuple[Judgment, set[str], set[str]]] = field(default_factory=list)
    merges: list[tuple[Judgment, set[str], set[str]]] = field(default_factory=list)
    splits: list[tuple[Judgment, set[str]]] = field(default_factory=list)


def entity_decisions(ws: Workspace, judgments: Iterable[Judgment] | None = None) -> EntityDecisions:
    """Turn stored entity judgments into mention sets the clustering can act on."""
    active = effective(load_judgments(ws) if judgments is None else judgments)
    out = EntityDecisions()
    latest: dict[frozenset[str], str] = {}
    for j in active:
        if j.kind in ("merge", "not-same"):
            latest[frozenset((j.target, str(j.args.get("other"))))] = j.id
    for j in active:
        if j.kind not in ENTITY_KINDS:
            continue
        snapshot: dict[str, list[str]] = j.args.get("snapshot") or {}  # type: ignore[assignment]

        def side(eid: str, snapshot: dict[str, list[str]] = snapshot) -> set[str]:
            found = set(snapshot.get(eid, []))
            current = resolve_entity_id(ws, eid)
            if current is not None:
                found |= set(_entity_mentions(ws, current))
            return found

        if j.kind == "split":
            out.splits.append((j, {str(m) for m in j.args.get("mentions") or []}))
            continue
        other = str(j.args.get("other"))
        if latest.get(frozenset((j.target, other))) != j.id:
            continue  # a later merge/not-same on the same pair decides
        pair = (j, side(j.target), side(other))
        (out.merges if j.kind == "merge" else out.apart).append(pair)
    return out


def apply_claim_judgments(ws: Workspace) -> int:
    """Write the latest confirm/reject in force into ``claims.judgment``; returns claims judged."""
    state: dict[str, str] = {}
    for j in effective(load_judgments(ws)):
        if j.kind in CLAIM_KINDS:
            state[j.target] = _CLAIM_STATE[j.kind]
    with ws.store.write() as tx:
        tx.execute("UPDATE claims SET judgment = NULL WHERE judgment IS NOT NULL")
        for claim_id, value in sorted(state.items()):
            tx.execute("UPDATE claims SET judgment = ? WHERE id = ?", [value, claim_id])
    return len(state)


def claim_judgments(ws: Workspace) -> dict[str, str]:
    """claim id → "confirmed" | "rejected" for claims an analyst has judged."""
    rows = ws.store.query("SELECT id, judgment FROM claims WHERE judgment IS NOT NULL")
    return {r["id"]: r["judgment"] for r in rows}
