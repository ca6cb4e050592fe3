"""``events list`` and ``events show``: what happened, who reported it, in which documents."""
from __future__ import annotations

from typing import Annotated, Any

import typer

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, out, print_json

events_app = typer.Typer(help="Events clustered across outlets and languages.", no_args_is_help=True)


def _time(e: dict[str, Any]) -> str:
    from claimgraph.model import TimeRef
    from claimgraph.triangulate.timespan import describe

    if e["time"]:
        return describe(TimeRef.from_dict(e["time"]))
    return f"reported {e['first_published']}" if e.get("first_published") else ""


@events_app.command("list")
def list_(
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
    type_: Annotated[str | None, typer.Option("--type", help="meeting, visit, agreement, announcement, …")] = None,
    since: Annotated[str | None, typer.Option(help="events on or after this date (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, typer.Option(help="events on or before this date")] = None,
    limit: Annotated[int, typer.Option(help="rows shown without --json")] = 50,
) -> None:
    """List events with their time, place, participants and reporting documents."""
    from claimgraph.triangulate.event_list import list_events

    ws = open_workspace(workspace)
    rows = list_events(ws.store, type_, since, until)
    if json_:
        print_json(rows)
        return
    if not rows:
        console.print("No events: run 'claimgraph triangulate' first." if not (type_ or since or until)
                      else "No events match.")
        return
    from rich.table import Table

    table = Table()
    for col in ("id", "type", "time", "place", "participants", "docs", "mentioned"):
        table.add_column(col, overflow="fold", no_wrap=col == "id")
    for e in rows[:limit]:
        table.add_row(e["id"], e["type"], _time(e), e["place"] or "", ", ".join(e["participants"][:5]),
                      str(len(e["documents"])), str(len(e["mentioned_in"])))
    out.print(table)
    if len(rows) > limit:
        console.print(f"… {len(rows) - limit} more (use --json for all)")


@events_app.command("show")
def show(
    event_id: Annotated[str, typer.Argument(metavar="ID", help="an event id (old ids keep working)")],
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Show one event and every report of it."""
    from claimgraph.triangulate.event_list import show_event

    ws = open_workspace(workspace)
    e = show_event(ws.store, event_id)
    if json_:
        print_json(e)
        return
    p = lambda text: out.print(text, markup=False, highlight=False)
    p(f"{e['id']}  {e['type']}  {_time(e)}  {e['place'] or ''}")
    p(f"participants: {', '.join(e['participants']) or '-'}")
    p(f"{len(e['documents'])} document(s) report it; {len(e['mentioned_in'])} more mention it")
    for r in e["report_details"]:
        role = "reports" if r["main"] else "mentions"
        p(f"  [{r['published'] or 'undated'}] {', '.join(r['outlets']) or r['document']} {role}: "
          f"{r['title'] or r['document']} ({r['lang'] or '?'})")
    for d in e.get("disagreements") or []:  # figures the reports give differently
        sides = " / ".join(f"{s['says']} ({', '.join(s['outlets']) or ', '.join(s['documents'])})"
                           for s in d["sides"])
        p(f"  {d['kind']} disagreement on {d['about']}: {sides}")
    if e["id"] != event_id:
        console.print(f"({event_id} is now part of {e['id']})")


def register(app: typer.Typer) -> None:
    app.add_typer(events_app, name="events")
