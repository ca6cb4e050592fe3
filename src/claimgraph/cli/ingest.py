"""``claimgraph ingest``: pour files, folders, feeds and exports into the workspace."""
from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from claimgraph.cli.common import (
    JsonOpt,
    WorkspaceOpt,
    console,
    open_workspace,
    out,
    print_json,
    refresh_search,
)

if TYPE_CHECKING:
    from claimgraph.ingest.run import IngestReport


def ingest(
    paths: Annotated[list[str] | None, typer.Argument(
        help="files, folders (read recursively; code, data tables and READMEs left out), glob patterns "
             "or http(s) URLs")] = None,
    urls_file: Annotated[str | None, typer.Option(
        "--urls", help="a file of URLs to fetch, one per line ('#' starts a comment)")] = None,
    outlet: Annotated[str | None, typer.Option(help="outlet of every document read in this run")] = None,
    strict: Annotated[bool, typer.Option(help="exit 1 when any file or record was rejected")] = False,
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Read text, Markdown, HTML, PDF, RSS/Atom, Telegram exports and JSON Lines into documents.

    Rejected files are recorded (see 'claimgraph errors') and printed one per line; the run goes on.
    """
    from claimgraph.errors import ConfigError
    from claimgraph.ingest import ingest_paths
    from claimgraph.progress import NULL, RichReporter

    paths = list(paths or [])
    if urls_file:
        try:
            with open(urls_file, encoding="utf-8") as fh:
                paths += [line.split("#", 1)[0].strip() for line in fh if line.split("#", 1)[0].strip()]
        except OSError as exc:
            raise ConfigError(f"{urls_file}: cannot read the URL list ({exc.strerror})") from exc
    if not paths:
        raise ConfigError("nothing to ingest", hint="name files, folders, globs or URLs, or pass --urls FILE")
    ws = open_workspace(workspace, create=True)
    urls = [p for p in paths if p.startswith(("http://", "https://"))]
    files = [p for p in paths if p not in urls]
    report = ingest_paths(ws, files, reporter=NULL if json_ else RichReporter(), outlet=outlet)
    if urls:
        from claimgraph.collect.pages import ingest_urls

        report.merge(ingest_urls(ws, urls, reporter=NULL if json_ else RichReporter(), outlet=outlet))
    refresh_search(ws)
    for failure in report.failures:
        typer.echo(f"{failure.source}: {failure.reason}", err=True)
    if json_:
        print_json([report.to_dict()])
    else:
        _summary(report)
    if strict and report.failures:
        raise typer.Exit(1)


def _summary(r: IngestReport) -> None:
    from rich.table import Table

    table = Table(title="Ingest", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [("files read", r.files - r.unchanged), ("files unchanged (skipped)", r.unchanged),
            ("new documents", r.documents_new), ("new sightings", r.sightings_new),
            ("exact duplicates", r.duplicates), ("near-duplicate copies", r.copies),
            ("rejected", len(r.failures))]
    for name, value in rows:
        table.add_row(name, f"{value:,}")
    if r.by_format:
        table.add_row("by format", ", ".join(f"{k} {v:,}" for k, v in r.by_format.items()))
    if r.by_lang:
        table.add_row("by language", ", ".join(f"{k} {v:,}" for k, v in r.by_lang.items()))
    out.print(table)
    if r.failures:
        console.print(f"{len(r.failures)} rejected; see 'claimgraph errors'")


def register(app: typer.Typer) -> None:
    app.command()(ingest)
