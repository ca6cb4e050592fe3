"""``xref``: match the workspace's entities against a FollowTheMoney list, with reasons."""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, out, print_json


def xref(
    list_: Annotated[str, typer.Option("--list", help="FtM JSON-lines file, e.g. OpenSanctions' entities.ftm.json")],
    workspace: WorkspaceOpt = None,
    name: Annotated[str | None, typer.Option(help="list name [default: file stem]")] = None,
    version: Annotated[str | None, typer.Option(help="list version [default: content hash]")] = None,
    threshold: Annotated[float | None, typer.Option(
        help="show matches at or above this score [default: CLAIMGRAPH_XREF_THRESHOLD, 0.7]")] = None,
    candidates: Annotated[bool, typer.Option("--candidates", help="also show weaker candidates")] = False,
    json_: JsonOpt = False,
) -> None:
    """Match entities against a sanctions or watch list; store and print matches and why."""
    from claimgraph.progress import RichReporter
    from claimgraph.xref import xref_workspace

    ws = open_workspace(workspace)
    cut = ws.settings.xref_threshold if threshold is None else threshold
    report = xref_workspace(ws, list_, name, version, reporter=RichReporter())
    names = {r["id"]: (r["name"], r["type"]) for r in ws.store.query("SELECT id, name, type FROM entities")}
    shown = [m for m in report.matches if candidates or m.score >= cut]
    if json_:
        print_json([{"entity_id": m.entity_id, "entity_name": names.get(m.entity_id, ("", ""))[0],
                     "list": m.list_name, "list_version": m.list_version,
                     "list_entity_id": m.list_entity_id, "list_entity_name": m.list_entity_name,
                     "schema": m.list_entity_schema, "score": m.score,
                     "candidate": m.score < cut,
                     "features": [f.to_dict() for f in m.features]} for m in shown])
        return
    info = report.list
    console.print(f"List {info.name} {info.version}: {info.entities} entries "
                  f"({'loaded' if info.loaded else 'already loaded'}); {report.subjects} entities "
                  f"checked, {sum(m.score >= cut for m in report.matches)} matches ≥ {cut:g} "
                  f"in {report.seconds:.1f} s")
    for m in shown:
        ename, etype = names.get(m.entity_id, (m.entity_id, ""))
        tag = "candidate" if m.score < cut else "match"
        out.print(f"{m.score:.2f} {tag}: {ename} ({etype}, {m.entity_id}) → {m.list_entity_name} "
                  f"({m.list_entity_schema}, {m.list_entity_id})", markup=False, highlight=False)
        for f in m.features:
            out.print(f"    {f.name} {f.score:.2f}: {f.detail}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(xref)
