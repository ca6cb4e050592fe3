"""Notes and tags on claims and documents: judgments of kind ``note`` and ``tag``, read back."""
from __future__ import annotations

import json

from claimgraph.analysis.paging import placeholders
from claimgraph.store import Row, Store


def annotations(store: Store, targets: list[str]) -> dict[str, Row]:
    """``{target: {"notes": [{text, by, at}], "tags": [tag, ...]}}`` for the given ids."""
    out: dict[str, Row] = {t: {"notes": [], "tags": []} for t in targets}
    if not targets:
        return out
    for r in store.query(
            f"""SELECT target, kind, args, made_by, made_at FROM judgments
                WHERE kind IN ('note', 'tag') AND target IN ({placeholders(targets)})
                ORDER BY made_at, id""", targets):
        try:
            args = json.loads(r["args"]) if r.get("args") else {}
        except ValueError:
            args = {}
        slot = out.setdefault(r["target"], {"notes": [], "tags": []})
        if r["kind"] == "note" and args.get("text"):
            slot["notes"].append({"text": str(args["text"]), "by": r["made_by"], "at": r["made_at"]})
        elif r["kind"] == "tag" and args.get("tag") and args["tag"] not in slot["tags"]:
            slot["tags"].append(str(args["tag"]))
    return out


def verdicts(store: Store, targets: list[str]) -> dict[str, Row]:
    """The latest confirm/reject judgment per claim id: ``{id: {kind, by, at}}``."""
    out: dict[str, Row] = {}
    if not targets:
        return out
    for r in store.query(
            f"""SELECT target, kind, made_by, made_at FROM judgments
                WHERE kind IN ('confirm', 'reject') AND target IN ({placeholders(targets)})
                ORDER BY made_at, id""", targets):
        out[r["target"]] = {"kind": r["kind"], "by": r["made_by"], "at": r["made_at"]}
    return out
