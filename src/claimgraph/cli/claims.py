"""``claims list`` and ``claims show``: the claim ledger with agreement and origin counts."""
from __future__ import annotations

from typing import Annotated, Any

import typer

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, out, print_json

claims_app = typer.Typer(help="Claims aligned across documents: who says what, how many origins.",
                         no_args_is_help=True)


def _time(row: dict[str, Any]) -> str:
    from claimgraph.model import TimeRef
    from claimgraph.triangulate.timespan import describe

    return describe(TimeRef.from_dict(row["time"])) if row["time"] else ""


@claims_app.command("list")
def list_(
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
    entity: Annotated[str | None, typer.Option(help="entity id or name (subject or object)")] = None,
    predicate: Annotated[str | None, typer.Option(help="e.g. offers_to_build, produces")] = None,
    modality: Annotated[str | None, typer.Option(help="fact, plan, offer, claim or denial")] = None,
    since: Annotated[str | None, typer.Option(help="claims about this date (YYYY[-MM[-DD]]) or later")] = None,
    until: Annotated[str | None, typer.Option(help="claims about this date or earlier")] = None,
    contested: Annotated[bool | None, typer.Option("--contested/--agreed",
                                                   help="only contested (or only uncontested) claims")] = None,
    limit: Annotated[int, typer.Option(help="rows shown without --json")] = 50,
) -> None:
    """List aligned claims with their documents, independent origins and disagreements."""
    from claimgraph.triangulate.ledger import list_claims

    ws = open_workspace(workspace)
    rows = list_claims(ws.store, entity=entity, predicate=predicate, modality=modality,
                       since=since, until=until, contested=contested)
    if json_:
        print_json(rows)
        return
    if not rows:
        console.print("No claims match." if any((entity, predicate, modality, since, until, contested))
                      else "No claims yet: run 'claimgraph extract' first.")
        return
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("id", "subject", "predicate", "object", "says", "modality", "time", "docs",
                "origins", "contested"):
        table.add_column(col, overflow="fold", no_wrap=col == "id")
    for r in rows[:limit]:
        table.add_row(r["id"], r["subject"], r["predicate"], r["object"] or "", r["says"],
                      r["modality"], _time(r), str(len(r["documents"])),
                      f"{r['origins']} ({r['state_origins']} state)", "yes" if r["contested"] else "")
    out.print(table)
    if len(rows) > limit:
        console.print(f"… {len(rows) - limit} more (use --json for all)")


@claims_app.command("show")
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="a claim id")],
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Show one aligned claim: every supporting sentence, its origins and who says otherwise."""
    from claimgraph.triangulate.ledger import show_claim

    ws = open_workspace(workspace)
    row = show_claim(ws.store, claim_id)
    if json_:
        print_json(row)
        return
    p = lambda text: out.print(text, markup=False, highlight=False)
    p(f"{row['id']}  {row['subject']} {row['predicate']} {row['object'] or ''} — {row['says']}")
    p(f"modality {row['modality']}; time {_time(row) or 'unknown'}; "
      f"attributed to {row['attributed_to'] or '-'}")
    p(f"{len(row['documents'])} document(s), {len(row['outlets'])} outlet(s), "
      f"{row['origins']} independent origin(s), {row['state_origins']} state-affiliated"
      + ("; CONTESTED" if row["contested"] else ""))
    p("Evidence:")
    for e in row["evidence"]:
        p(f"  [{e['published'] or 'undated'}] {', '.join(e['outlets']) or e['document']}: {e['sentence']}")
    p("Origins:")
    for c in row["origin_chains"]:
        state = " (state-affiliated)" if c["state_affiliated"] else ""
        p(f"  {' → '.join(c['chain'])}{state}")
    if row["differing"]:
        p("Others say:")
        for d in row["differing"]:
            kind = "contradicts" if d["contradiction"] else "differs"
            p(f"  {d['id']} {kind}: {d['says']} ({d['modality']}) — {'; '.join(d['reasons'])} "
              f"— said by {', '.join(d['said_by']) or ', '.join(d['documents'])}")


def register(app: typer.Typer) -> None:
    app.add_typer(claims_app, name="claims")
