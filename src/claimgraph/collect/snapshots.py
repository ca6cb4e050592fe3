"""Raw page snapshots: the bytes, headers and fetch time of every page fetched, kept in the workspace
so a source later edited or deleted can still be shown as it was."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import zlib
from typing import Any

from claimgraph.collect.fetch import Fetched
from claimgraph.ids import make_id
from claimgraph.store import Cursor
from claimgraph.workspace import Workspace


def snapshot_row(fetched: Fetched, document_id: str | None) -> dict[str, Any]:
    """A row for the ``snapshots`` table; one per distinct content of a URL."""
    return {
        "id": make_id("snapshot", fetched.url, hashlib.sha1(fetched.body).hexdigest()),
        "url": fetched.url, "final_url": fetched.final_url, "status": fetched.status,
        "headers": json.dumps(fetched.headers, ensure_ascii=False, sort_keys=True),
        "body": base64.b64encode(zlib.compress(fetched.body, 6)).decode("ascii"),
        "body_bytes": len(fetched.body),
        "fetched_at": dt.datetime.fromtimestamp(fetched.fetched_at, dt.UTC).isoformat(),
        "document_id": document_id,
    }


def store_snapshot(tx: Cursor, fetched: Fetched, document_id: str | None) -> str:
    row = snapshot_row(fetched, document_id)
    tx.upsert("snapshots", [row])
    return str(row["id"])


def snapshots_of(ws: Workspace, url: str) -> list[dict[str, Any]]:
    """Every stored snapshot of a URL (newest first), with the body decompressed."""
    rows = ws.store.query("SELECT * FROM snapshots WHERE url = ? OR final_url = ? ORDER BY fetched_at DESC",
                          [url, url])
    for row in rows:
        row["body"] = zlib.decompress(base64.b64decode(row["body"]))
        row["headers"] = json.loads(row["headers"] or "{}")
    return rows
