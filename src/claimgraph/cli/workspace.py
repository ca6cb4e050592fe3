"""``init``, ``status`` and ``errors``: creating a workspace and seeing what is in it."""
from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, out, print_json

TABLES = ("documents", "sightings", "mentions", "entities", "claims", "events", "citations",
          "matches", "judgments", "ingest_errors")


def init(
    path: Annotated[str | None, typer.Argument(help="DuckDB file or postgresql:// URL")] = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Create a workspace (or bring an existing one to the current schema)."""
    ws = open_workspace(path or workspace, create=True)
    console.print(f"Workspace ready: {ws.settings.workspace} (schema {ws.store.schema_version()})")


def counts(ws: object) -> dict[str, int]:
    """Row counts of the main tables (documents not retracted)."""
    store = ws.store  # type: ignore[attr-defined]
    result: dict[str, int] = {}
    with store.read() as cur:
        for table in TABLES:
            where = " WHERE NOT coalesce(retracted, FALSE)" if table == "documents" else ""
            result[table] = int(cur.scalar(f"SELECT count(*) FROM {table}{where}") or 0)
    return result


def status(workspace: WorkspaceOpt = None, json_: JsonOpt = False) -> None:
    """Show what the workspace holds."""
    ws = open_workspace(workspace)
    data = counts(ws)
    if json_:
        print_json([{"table": k, "rows": v} for k, v in data.items()])
        return
    table = Table(title=f"Workspace {ws.settings.workspace}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in data.items():
        table.add_row(name, str(n))
    out.print(table)


def errors(
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
    limit: Annotated[int, typer.Option(help="rows shown without --json")] = 50,
) -> None:
    """List ingest, fetch and extraction failures, newest first (stage, source or document id, reason)."""
    ws = open_workspace(workspace)
    rows = ws.store.query(
        "SELECT source, reason, failed_at AS at, stage FROM ingest_errors ORDER BY failed_at DESC, source")
    if json_:
        print_json([{"source": r["source"], "stage": r["stage"], "reason": r["reason"], "at": r["at"]}
                    for r in rows])
        return
    if not rows:
        console.print("No errors recorded.")
        return
    for r in rows[:limit]:
        stage = f"[{r['stage']}] " if r["stage"] and r["stage"] != "ingest" else ""
        out.print(f"{stage}{r['source']}: {r['reason']}", markup=False, highlight=False)
    if len(rows) > limit:
        console.print(f"… {len(rows) - limit} more (use --json for all)")


def register(app: typer.Typer) -> None:
    app.command()(init)
    app.command()(status)
    app.command()(errors)
