"""``triangulate``, ``origins`` and ``outlets``: events, agreement and independent origins."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, out, print_json

outlets_app = typer.Typer(help="The outlet table used in origin counts (country, state affiliation).",
                          no_args_is_help=True)


def triangulate(workspace: WorkspaceOpt = None, json_: JsonOpt = False) -> None:
    """Cluster documents into events, align claims across them and count independent origins."""
    from claimgraph.progress import RichReporter
    from claimgraph.triangulate import triangulate_workspace

    ws = open_workspace(workspace)
    report = triangulate_workspace(ws, reporter=RichReporter())
    if json_:
        from dataclasses import asdict

        print_json(asdict(report))
        return
    console.print(f"Triangulated: {report.summary()}")


def origins(
    claim_id: Annotated[str, typer.Argument(metavar="CLAIM", help="a claim id")],
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Show the citation chains behind a claim: outlet → cites → agency, and the origin count."""
    from claimgraph.triangulate.ledger import show_claim

    ws = open_workspace(workspace)
    row = show_claim(ws.store, claim_id)
    if json_:
        print_json(row["origin_chains"])
        return
    from claimgraph.triangulate.origins import describe_chain

    p = lambda text: out.print(text, markup=False, highlight=False)
    statement = " ".join(x for x in (row["subject"], row["predicate"].replace("_", " "), row["object"]) if x)
    p(statement + (f" — {row['says']}" if row["says"] != "no value" else ""))
    lines: dict[str, int] = {}  # one line per chain, however many reports follow it
    for c in row["origin_chains"]:
        flags = ", ".join(x for x in (c["country"], "state-affiliated" if c["state_affiliated"] else None) if x)
        line = f"  {describe_chain(c['chain'])}" + (f"  [{flags}]" if flags else "")
        lines[line] = lines.get(line, 0) + 1
    for line, n in lines.items():
        p(line + (f"  ({n} reports)" if n > 1 else ""))
    p(f"{row['origins']} independent origin(s) ({', '.join(row['origin_names'])}), "
      f"{row['state_origins']} state-affiliated; {len(row['outlets'])} outlet(s)")


@outlets_app.command("list")
def outlets_list(workspace: WorkspaceOpt = None, json_: JsonOpt = False) -> None:
    """List outlets with site, country and state affiliation."""
    from claimgraph.triangulate.outlets import load_outlets, seed_outlets

    ws = open_workspace(workspace)
    seed_outlets(ws.store)
    rows = [o.to_dict() for o in load_outlets(ws.store).outlets.values()]
    if json_:
        print_json(rows)
        return
    if not rows:
        console.print("No outlets: add one with 'claimgraph outlets set NAME' or load a CSV.")
        return
    for r in rows:
        state = {True: "state", False: "independent", None: "unknown"}[r["state_affiliated"]]
        out.print(f"{r['name']}\t{r['site'] or ''}\t{r['country'] or ''}\t{state}"
                  + ("\t(edited)" if r["edited"] else ""), markup=False, highlight=False)


@outlets_app.command("set")
def outlets_set(
    name: Annotated[str, typer.Argument(help="outlet name as it appears in sightings")],
    site: Annotated[str | None, typer.Option(help="web site, e.g. tass.ru")] = None,
    country: Annotated[str | None, typer.Option(help="ISO country code, e.g. RU")] = None,
    state: Annotated[bool | None, typer.Option("--state/--no-state", help="state-affiliated or not")] = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Add or change an outlet; hand edits survive later CSV loads."""
    from claimgraph.triangulate.outlets import set_outlet

    ws = open_workspace(workspace)
    o = set_outlet(ws.store, name, site=site, country=country, state_affiliated=state)
    console.print(f"Outlet {o.name}: site {o.site or '-'}, country {o.country or '-'}, "
                  f"state-affiliated {'unknown' if o.state_affiliated is None else o.state_affiliated}")


@outlets_app.command("load")
def outlets_load(
    path: Annotated[Path, typer.Argument(metavar="FILE.csv", help="columns: name, site, country, state_affiliated")],
    workspace: WorkspaceOpt = None,
) -> None:
    """Load outlets from a CSV (rows edited by hand are kept)."""
    from claimgraph.triangulate.outlets import load_outlets_csv

    ws = open_workspace(workspace)
    n = load_outlets_csv(ws.store, path)
    console.print(f"Loaded {n} outlet(s) from {path}")


def register(app: typer.Typer) -> None:
    app.command()(triangulate)
    app.command()(origins)
    app.add_typer(outlets_app, name="outlets")
