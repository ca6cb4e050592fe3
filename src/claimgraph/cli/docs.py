"""``claimgraph docs``: list, show, correct and remove documents."""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli.common import (
    JsonOpt,
    UserOpt,
    WorkspaceOpt,
    console,
    open_workspace,
    out,
    print_json,
    refresh_search,
)

docs_app = typer.Typer(help="Documents: what was ingested, where it was seen, corrections.",
                       no_args_is_help=True)

IdArg = Annotated[str, typer.Argument(help="document id or a unique prefix of it")]


@docs_app.command("list")
def list_(
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
    lang: Annotated[str | None, typer.Option(help="ISO 639-1 code, e.g. ru")] = None,
    outlet: Annotated[str | None, typer.Option(help="documents seen at this outlet")] = None,
    since: Annotated[str | None, typer.Option(help="published on this date (YYYY-MM-DD) or later")] = None,
    limit: Annotated[int | None, typer.Option(help="at most this many rows [table default: 50]")] = None,
) -> None:
    """List documents, newest first, with their outlet and number of sightings."""
    from claimgraph.ingest.catalog import list_documents

    ws = open_workspace(workspace)
    rows = list_documents(ws, lang=lang, outlet=outlet, since=since, limit=limit)
    if json_:
        print_json(rows)
        return
    if not rows:
        console.print("No documents match." if any((lang, outlet, since))
                      else "No documents yet: run 'claimgraph ingest PATH' first.")
        return
    from rich.table import Table

    shown = rows if limit is not None else rows[:50]
    table = Table()
    for col in ("id", "published", "lang", "outlet", "title", "seen"):
        table.add_column(col, overflow="fold", justify="right" if col == "seen" else "left")
    for r in shown:
        table.add_row(r["id"], r["published"] or "", r["lang"] or "", r["outlet"] or "",
                      (r["title"] or "")[:80], str(r["sightings"]))
    out.print(table)
    if len(rows) > len(shown):
        console.print(f"… {len(rows) - len(shown)} more (use --limit or --json for all)")


@docs_app.command("show")
def show(doc_id: IdArg, workspace: WorkspaceOpt = None, json_: JsonOpt = False) -> None:
    """Show a document: metadata, every sighting, citations and the text."""
    from claimgraph.ingest.catalog import show_document

    ws = open_workspace(workspace)
    doc = show_document(ws, doc_id)
    if json_:
        print_json(doc)
        return
    for key in ("id", "title", "author", "published", "lang", "format", "outlet", "url", "ingested_at"):
        if doc.get(key):
            out.print(f"[bold]{key}:[/bold] {doc[key]}", highlight=False)
    if doc["retracted"]:
        out.print("[bold red]retracted[/bold red] (removed by an analyst)")
    out.print(f"[bold]sightings ({len(doc['sightings'])}):[/bold]")
    for s in doc["sightings"]:
        where = " · ".join(str(v) for v in (s["outlet"], s["published"], s["url"] or s["path"],
                                            s["message_id"] and f"message {s['message_id']}") if v)
        out.print(f"  {where}", markup=False, highlight=False)
    for c in doc["citations"]:
        target = c["source"] or c["target_document_id"]
        extra = f" ({c['similarity']:.2f})" if c.get("similarity") is not None else ""
        out.print(f"  cites [{c['kind']}] {target}{extra}", markup=False, highlight=False)
    for c in doc["copied_by"]:
        out.print(f"  copied by {c['document_id']} ({c['similarity'] or 0:.2f})", markup=False, highlight=False)
    out.print("")
    out.print(doc["text"], markup=False, highlight=False)


@docs_app.command("edit")
def edit(
    doc_id: IdArg,
    published: Annotated[str | None, typer.Option(help="publication date, YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, typer.Option(help="the outlet that published it")] = None,
    title: Annotated[str | None, typer.Option(help="title")] = None,
    user: UserOpt = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Correct a document's date, outlet or title; the correction survives any re-ingest."""
    from claimgraph.ingest.corrections import edit_document

    ws = open_workspace(workspace)
    judgment = edit_document(ws, doc_id, published=published, outlet=outlet, title=title, user=user)
    changes = ", ".join(f"{k} = {v}" for k, v in judgment.args.items())
    console.print(f"{judgment.target}: {changes} (by {judgment.user})", markup=False, highlight=False)


@docs_app.command("rm")
def rm(doc_id: IdArg, user: UserOpt = None, workspace: WorkspaceOpt = None) -> None:
    """Remove a document and what was extracted from it; re-ingesting its file does not restore it."""
    from claimgraph.ingest.corrections import retract_document

    ws = open_workspace(workspace)
    judgment = retract_document(ws, doc_id, user=user)
    refresh_search(ws)
    console.print(f"{judgment.target}: removed (by {judgment.user})", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(docs_app, name="docs")
