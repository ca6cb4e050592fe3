"""``export``: hand the workspace on — one command per format, all with the same scope filters."""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli.common import WorkspaceOpt, console, open_workspace

export_app = typer.Typer(help="Export the workspace: FtM, GEXF/GraphML, CSV/Parquet, the analyst's brief.",
                         no_args_is_help=True)

EntityOpt = Annotated[list[str] | None, typer.Option(
    "--entity", help="only this entity, its documents and its links (repeat; merged ids resolve)")]
TypeOpt = Annotated[list[str] | None, typer.Option(
    "--type", help="only entities of this type (repeat): Person, Company, …")]
SinceOpt = Annotated[str | None, typer.Option(help="only documents published on or after (YYYY-MM-DD)")]
UntilOpt = Annotated[str | None, typer.Option(help="only documents published on or before (YYYY-MM-DD)")]


def scope_of(entity: list[str] | None, type_: list[str] | None, since: str | None,
             until: str | None) -> object:
    """The export scope for the shared filter options."""
    from claimgraph.export.scope import Scope

    return Scope(entities=list(entity or []), types=list(type_ or []), since=since, until=until)


@export_app.command()
def ftm(
    output: Annotated[str, typer.Option("-o", "--output", help="JSON-lines file, '-' for stdout")],
    workspace: WorkspaceOpt = None,
    entity: EntityOpt = None,
    type_: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
) -> None:
    """FollowTheMoney entities (JSON Lines) for Aleph and OpenSanctions tools (docs/ftm-mapping.md)."""
    from claimgraph.export.ftm import export_ftm

    ws = open_workspace(workspace)
    n = export_ftm(ws, output, scope_of(entity, type_, since, until))  # type: ignore[arg-type]
    console.print(f"Wrote {n} FtM entities to {output}")


OutDirOpt = Annotated[str, typer.Option("-o", "--output", help="folder to write into (created if missing)")]


def _tables(fmt: str, output: str, workspace: str | None, entity: list[str] | None,
            type_: list[str] | None, since: str | None, until: str | None) -> None:
    from claimgraph.export.tables import export_tables

    ws = open_workspace(workspace)
    written = export_tables(ws, output, fmt, scope_of(entity, type_, since, until))  # type: ignore[arg-type]
    console.print(f"Wrote {len(written)} {fmt} tables to {output}: "
                  + ", ".join(f"{t} {n}" for t, n in written.items()))


@export_app.command()
def csv(output: OutDirOpt, workspace: WorkspaceOpt = None, entity: EntityOpt = None, type_: TypeOpt = None,
        since: SinceOpt = None, until: UntilOpt = None) -> None:
    """One CSV file per table (documents, sightings, mentions, entities, claims, events, …)."""
    _tables("csv", output, workspace, entity, type_, since, until)


@export_app.command()
def parquet(output: OutDirOpt, workspace: WorkspaceOpt = None, entity: EntityOpt = None,
            type_: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None) -> None:
    """One Parquet file per table, for notebooks."""
    _tables("parquet", output, workspace, entity, type_, since, until)


def _graph(fmt: str, output: str, workspace: str | None, entity: list[str] | None,
           type_: list[str] | None, since: str | None, until: str | None) -> None:
    from claimgraph.export.graph import export_graph

    ws = open_workspace(workspace)
    nodes, edges = export_graph(ws, output, fmt, scope_of(entity, type_, since, until))  # type: ignore[arg-type]
    console.print(f"Wrote {nodes} entities and {edges} ties to {output}")


@export_app.command()
def gexf(output: Annotated[str, typer.Option("-o", "--output", help="GEXF file (opens in Gephi)")],
         workspace: WorkspaceOpt = None, entity: EntityOpt = None, type_: TypeOpt = None,
         since: SinceOpt = None, until: UntilOpt = None) -> None:
    """The entity network as GEXF: entity types, claim predicates and weights."""
    _graph("gexf", output, workspace, entity, type_, since, until)


@export_app.command()
def graphml(output: Annotated[str, typer.Option("-o", "--output", help="GraphML file")],
            workspace: WorkspaceOpt = None, entity: EntityOpt = None, type_: TypeOpt = None,
            since: SinceOpt = None, until: UntilOpt = None) -> None:
    """The entity network as GraphML."""
    _graph("graphml", output, workspace, entity, type_, since, until)


@export_app.command()
def report(
    output: OutDirOpt,
    workspace: WorkspaceOpt = None,
    topic: Annotated[str | None, typer.Option(help="only documents that mention this text")] = None,
    pdf: Annotated[bool, typer.Option("--pdf", help="also print report.pdf (needs Chromium)")] = False,
    entity: EntityOpt = None, type_: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None,
) -> None:
    """The analyst's brief: index.html (self-contained) and, with --pdf, report.pdf."""
    from claimgraph.export.report import export_report

    ws = open_workspace(workspace)
    result = export_report(ws, output, scope_of(entity, type_, since, until), topic=topic,  # type: ignore[arg-type]
                           pdf=pdf)
    console.print(f"Wrote {result['html']}" + (f" and {result['pdf']}" if "pdf" in result else "")
                  + f": {result['claims']} claims, {result['notes']} cited sentences")


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
