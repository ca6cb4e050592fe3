"""``gazetteer add`` / ``gazetteer list``: names the analyst wants found in every document."""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, out, print_json

gazetteer_app = typer.Typer(help="Names (with type and other spellings) found in every document.",
                            no_args_is_help=True)


@gazetteer_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="the name as reports write it, in its base form")],
    type_: Annotated[str, typer.Option("--type", "-t", help="entity type, e.g. Company, Person, Facility")],
    alias: Annotated[list[str] | None, typer.Option("--alias", "-a", help="another spelling (repeatable)")] = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Add a name; the next 'claimgraph extract' finds it in every document (re-extracting them)."""
    from claimgraph.nlp.gazetteer import add_entry

    ws = open_workspace(workspace)
    entry = add_entry(ws.store, name, type_, alias or [])
    aliases = f" (also: {', '.join(entry.aliases)})" if entry.aliases else ""
    console.print(f"Added {entry.type} {entry.name}{aliases}; run 'claimgraph extract' to apply it",
                  highlight=False, markup=False)


@gazetteer_app.command("list")
def list_(
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
    builtin: Annotated[bool, typer.Option("--builtin", help="include the built-in names")] = False,
) -> None:
    """List the workspace's gazetteer entries (and the built-in ones with --builtin)."""
    from claimgraph.nlp.gazetteer import builtin_entries, workspace_entries

    ws = open_workspace(workspace)
    rows = workspace_entries(ws.store)
    if builtin:
        rows += [e.to_dict() for e in builtin_entries()]
    if json_:
        print_json(rows)
        return
    if not rows:
        console.print("No gazetteer entries yet; add one with 'claimgraph gazetteer add NAME --type T'.")
        return
    for r in rows:
        aliases = " | ".join(r["aliases"])
        out.print(f"{r['type']}\t{r['name']}" + (f"\t{aliases}" if aliases else "") + f"\t[{r['source']}]",
                  markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(gazetteer_app, name="gazetteer")
