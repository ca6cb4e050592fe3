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


def _statement(row: dict[str, Any]) -> str:
    """"Russia offers to build Belarus: up to 100,000 drone" — the claim as one line."""
    text = " ".join(x for x in (row["subject"], row["predicate"].replace("_", " "), row["object"]) if x)
    return f"{text}: {row['says']}" if row["says"] != "no value" else text


def _side(side: dict[str, Any]) -> str:
    """One side of a disagreement: what it says, and who says it."""
    says = side["says"] if side["says"] != "no value" else (_time(side) or side.get("object") or side["modality"])
    who = ", ".join(side["outlets"][:3]) + (" …" if len(side["outlets"]) > 3 else "") \
        or f"{len(side['documents'])} document(s)"
    return f"{says} ({side['modality']}; {who})"


def _disagreement(row: dict[str, Any]) -> str:
    """Who says otherwise, and why it contradicts (contested rows) or differs (others)."""
    lines = [f"{d['kind']}: " + " vs ".join(_side(s) for s in d["sides"])
             for d in row.get("disagreements", []) if d["kind"] == "actor"][:2]
    for d in sorted(row["differing"], key=lambda d: not d["contradiction"])[:3]:
        who = ", ".join(d["said_by"][:3]) + (" …" if len(d["said_by"]) > 3 else "") \
            or f"{len(d['documents'])} document(s)"
        says = d["says"] if d["says"] != "no value" else (_time(d) or "no date")
        mark = "" if d["contradiction"] else "not a conflict: "
        kinds = f"{', '.join(d['kinds'])}: " if d.get("kinds") else ""
        lines.append(f"{kinds}{who}: {says} ({d['modality']}) — {mark}{'; '.join(d['reasons'])}")
    return "\n".join(lines)


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
    from rich.text import Text

    table = Table(show_lines=contested is True)
    for col in ("id", "claim", "modality", "time", "docs", "origins", "disagreement"):
        table.add_column(col, overflow="fold", no_wrap=col == "id", ratio=3 if col in ("claim", "disagreement") else None)
    for r in rows[:limit]:
        table.add_row(r["id"], Text(_statement(r)), r["modality"], _time(r), str(len(r["documents"])),
                      f"{r['origins']} ({r['state_origins']} state)", Text(_disagreement(r)))
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
    p(f"{row['id']}  {_statement(row).replace(': ', ' — ', 1) if row['says'] != 'no value' else _statement(row)}")
    p(f"modality {row['modality']}; time {_time(row) or 'unknown'}; "
      f"attributed to {row['attributed_to'] or '-'}")
    p(f"{len(row['documents'])} document(s), {len(row['outlets'])} outlet(s), "
      f"{row['origins']} independent origin(s), {row['state_origins']} state-affiliated"
      + (f"; CONTESTED ({', '.join(row['contest_kinds'])})" if row["contest_kinds"]
         else "; CONTESTED" if row["contested"] else ""))
    p("Evidence:")
    for e in row["evidence"]:
        p(f"  [{e['published'] or 'undated'}] {', '.join(e['outlets']) or e['document']}: {e['sentence']}")
    from claimgraph.triangulate.origins import describe_chain

    p("Origins:")
    for line in dict.fromkeys(describe_chain(c["chain"]) + (" (state-affiliated)" if c["state_affiliated"] else "")
                              for c in row["origin_chains"]):
        p(f"  {line}")
    if row["disagreements"]:
        p("Disagreements:")
        for d in row["disagreements"]:
            p(f"  {d['kind']} — {d['about']}")
            for side in d["sides"]:
                p(f"    {_side(side)}: {', '.join(side['variants'])}")
    if row["differing"]:
        p("Others say:")
        for d in row["differing"]:
            kind = "contradicts" if d["contradiction"] else "differs"
            says = d["says"] if d["says"] != "no value" else (_time(d) or "no date")
            p(f"  {d['id']} {kind}: {says} ({d['modality']}) — {'; '.join(d['reasons'])} "
              f"— said by {', '.join(d['said_by']) or ', '.join(d['documents'])}")


def register(app: typer.Typer) -> None:
    app.add_typer(claims_app, name="claims")
