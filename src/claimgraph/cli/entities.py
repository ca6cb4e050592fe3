"""``entities list`` and ``entities show``: who and what appears, under which names."""
from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, out, print_json

entities_app = typer.Typer(help="Resolved entities: names, mentions, claims and list matches.",
                           no_args_is_help=True)


@entities_app.command("list")
def list_(
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
    type_: Annotated[str | None, typer.Option("--type", help="Person, Company, PublicBody, …")] = None,
    name: Annotated[str | None, typer.Option(help="any spelling, in any script")] = None,
    limit: Annotated[int, typer.Option(help="rows shown without --json")] = 50,
) -> None:
    """List entities, most mentioned first."""
    from claimgraph.resolve.profile import list_entities

    ws = open_workspace(workspace)
    rows = list_entities(ws, type_, name)
    if json_:
        print_json(rows)
        return
    if not rows:
        console.print("No entities (run 'claimgraph resolve' after extracting).")
        return
    table = Table()
    for col in ("id", "type", "name", "mentions", "other names", "list matches"):
        table.add_column(col)
    for r in rows[:limit]:
        others = ", ".join(n["name"] for n in r["names"] if n["name"] != r["name"])[:60]
        matches = ", ".join(f"{m['name']} ({m['score']:.2f})" for m in r["matches"][:2])
        table.add_row(r["id"], r["type"], r["name"], str(r["mentions"]), others, matches)
    out.print(table)
    if len(rows) > limit:
        console.print(f"… {len(rows) - limit} more (use --json for all)")


@entities_app.command()
def show(entity: Annotated[str, typer.Argument(help="entity id (merged ids resolve)")],
         workspace: WorkspaceOpt = None, json_: JsonOpt = False) -> None:
    """One entity: names by script, mentions in their sentences, claims, list matches and why."""
    from claimgraph.resolve.profile import entity_profile

    ws = open_workspace(workspace)
    p = entity_profile(ws, entity)
    if json_:
        print_json(p)
        return
    if p["requested"] != p["id"]:
        console.print(f"{p['requested']} was merged into {p['id']}")
    out.print(f"[bold]{p['name']}[/bold]  {p['type']}  {p['id']}")
    for script, names in p["names"].items():
        out.print(f"  {script}: " + ", ".join(f"{n['name']} ×{n['count']}" for n in names),
                  markup=False, highlight=False)
    out.print(f"[bold]Mentions ({len(p['mentions'])})[/bold]")
    for m in p["mentions"]:
        out.print(f"  {m['id']}  {m['published'] or '?'}  {m['document_id']}: {m['sentence']}",
                  markup=False, highlight=False)
    out.print(f"[bold]Claims ({len(p['claims'])})[/bold]")
    for c in p["claims"]:
        value = f" {c['value']:g} {c['unit'] or ''}" if c.get("value") is not None else ""
        out.print(f"  {c['id']}  {c['subject']} {c['predicate']} {c['object'] or ''}{value} "
                  f"[{c['modality']}]", markup=False, highlight=False)
    out.print(f"[bold]List matches ({len(p['matches'])})[/bold]")
    for m in p["matches"]:
        out.print(f"  {m['score']:.2f}  {m['name']} ({m['schema']}, {m['list']} {m['list_version']}, "
                  f"{m['list_entity_id']})", markup=False, highlight=False)
        for f in m["features"]:
            out.print(f"      {f['name']} {f['score']:.2f}: {f['detail']}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(entities_app, name="entities")
