"""``export``: hand the workspace on — one command per format, all with the same scope filters."""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli.common import WorkspaceOpt, console, open_workspace

export_app = typer.Typer(help="Export the workspace: FollowTheMoney entities and other formats.",
                         no_args_is_help=True)

EntityOpt = Annotated[list[str] | None, typer.Option(
    "--entity", help="only this entity, its documents and its links (repeat; merged ids resolve)")]
TypeOpt = Annotated[list[str] | None, typer.Option(
    "--type", help="only entities of this type (repeat): Person, Company, …")]
SinceOpt = Annotated[str | None, typer.Option(help="only documents published on or after (YYYY-MM-DD)")]
UntilOpt = Annotated[str | None, typer.Option(help="only documents published on or before (YYYY-MM-DD)")]


def scope_of(entity: list[str] | None, type_: list[str] | None, since: str | None,
             until: str | None) -> "object":
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


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
