"""Small builders for ingest tests: files with a header block, and a comparable store snapshot."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from claimgraph.workspace import Workspace

#: Columns that record when something happened, not what: left out when two runs are compared.
CLOCK_COLUMNS = {"ingested_at", "seen_at", "failed_at"}
TABLES = ("documents", "sightings", "citations", "sources", "minhash_signatures", "minhash_bands",
          "ingest_errors")


def article(folder: Path, name: str, text: str, **header: str) -> Path:
    """A text file with a "Key: value" header block (title, outlet, date, url…) and the text."""
    lines = [f"{key.capitalize()}: {value}" for key, value in header.items()]
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + ("\n\n" if lines else "") + text + "\n", encoding="utf-8")
    return path


def snapshot(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the ingest tables without clock columns, sorted: equal snapshots, equal stores."""
    result = {}
    for table in TABLES:
        rows = ws.store.query(f"SELECT * FROM {table}")
        result[table] = sorted(tuple((k, str(v)) for k, v in sorted(r.items()) if k not in CLOCK_COLUMNS)
                               for r in rows)
    return result


WIRE = ("The defence ministry said on Thursday that a joint venture in Minsk will assemble reconnaissance "
        "drones from Russian components, with the first deliveries planned for the autumn and a target "
        "of several hundred units a year once the second workshop opens. The venture was registered last "
        "year by a state holding and a private engineering firm, and its staff are being trained at a "
        "plant in the Urals. Officials did not say how the project is financed or which units will "
        "receive the first drones, but a spokesman said that tests at a range near Borisov went well.")
REWRITE = WIRE.replace("The defence ministry said", "The defence ministry of Belarus said")
OTHER = ("Heavy rain flooded the lower town on Sunday, and the river rose above the old bridge for the "
         "first time in a decade, local officials reported after an emergency meeting.")
