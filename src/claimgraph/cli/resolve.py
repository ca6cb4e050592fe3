"""``resolve``: cluster mentions into entities and apply analyst judgments."""
from __future__ import annotations

import typer

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, print_json


def resolve(workspace: WorkspaceOpt = None, json_: JsonOpt = False) -> None:
    """Cluster every mention into entities across documents and scripts; re-apply judgments."""
    from claimgraph.progress import RichReporter
    from claimgraph.resolve import resolve_workspace

    ws = open_workspace(workspace)
    report = resolve_workspace(ws, reporter=RichReporter())
    if json_:
        print_json([{"mentions": report.mentions, "groups": report.groups,
                     "entities": report.entities, "compared": report.compared,
                     "aliases": report.aliases, "judgments": report.judgments,
                     "by_type": report.by_type, "seconds": round(report.seconds, 2)}])
        return
    types = ", ".join(f"{n} {t}" for t, n in sorted(report.by_type.items(), key=lambda x: -x[1]))
    console.print(f"{report.mentions} mentions → {report.entities} entities ({types}); "
                  f"{report.judgments} judgments applied, {report.aliases} old ids kept as aliases "
                  f"in {report.seconds:.1f} s")


def register(app: typer.Typer) -> None:
    app.command()(resolve)
