"""``claimgraph demo``: the main job on the bundled sample corpus, end to end."""
from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from claimgraph.cli.common import WorkspaceOpt, console, open_workspace, out, refresh_search
from claimgraph.errors import ConfigError
from claimgraph.progress import RichReporter

log = logging.getLogger(__name__)

#: The stages after ingest, in order: (label, module, function). Each takes (ws, reporter=...).
STAGES: list[tuple[str, str, str]] = [
    ("extract", "claimgraph.nlp.extract", "extract_workspace"),
    ("resolve", "claimgraph.resolve", "resolve_workspace"),
    ("triangulate", "claimgraph.triangulate", "triangulate_workspace"),
]


def find_samples(explicit: str | None) -> Path:
    """The sample folder: the option, ``./samples``, or the one beside an editable install."""
    candidates = [Path(explicit)] if explicit else [
        Path("samples"), Path(__file__).resolve().parents[3] / "samples"]
    for path in candidates:
        if path.is_dir():
            return path
    raise ConfigError("no samples/ folder found",
                      hint="run from the repository root or pass --samples PATH")


def _stage(module: str, function: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError):
        log.info("stage %s.%s not available", module, function)
        return None


def _xref_sample_lists(ws: Any, folder: Path) -> None:
    """Match the entities against the watch lists bundled in ``samples/lists/``."""
    xref = _stage("claimgraph.xref", "xref_workspace")
    if xref is None:
        return
    for path in sorted((folder / "lists").glob("*.ftm.json")):
        console.print(f"Running xref against {path.name} …")
        xref(ws, path, reporter=RichReporter())


def summary(ws: Any) -> None:
    """Print documents by language and format, errors, and what the later stages found."""
    q = ws.store.query
    table = Table(title="Documents")
    table.add_column("language")
    table.add_column("format")
    table.add_column("documents", justify="right")
    table.add_column("sightings", justify="right")
    for r in q("""SELECT d.lang, d.format, count(DISTINCT d.id) AS n, count(s.id) AS s
                  FROM documents d LEFT JOIN sightings s ON s.document_id = d.id
                  WHERE NOT coalesce(d.retracted, FALSE)
                  GROUP BY d.lang, d.format ORDER BY d.lang, d.format"""):
        table.add_row(str(r["lang"]), str(r["format"]), str(r["n"]), str(r["s"]))
    out.print(table)
    errors = q("SELECT source, reason FROM ingest_errors ORDER BY source")
    if errors:
        out.print(f"[bold]{len(errors)} rejected[/bold]")
        for e in errors:
            out.print(f"  {e['source']}: {e['reason']}", markup=False, highlight=False)
    counts = Table(title="Extracted")
    counts.add_column("what")
    counts.add_column("rows", justify="right")
    for name, sql in [
        ("mentions", "SELECT count(*) FROM mentions"),
        ("entities", "SELECT count(*) FROM entities"),
        ("claims", "SELECT count(*) FROM claims"),
        ("events", "SELECT count(*) FROM events"),
        ("citations", "SELECT count(*) FROM citations"),
        ("list matches", "SELECT count(*) FROM matches"),
        ("events across outlets", "SELECT count(*) FROM event_clusters"),
        # a ledger row is one statement, however many claims back it: the rows tell how much is in doubt
        ("ledger rows", "SELECT count(DISTINCT variant_id) FROM claim_ledger"),
        ("ledger rows contested", "SELECT count(DISTINCT variant_id) FROM claim_ledger WHERE contested"),
    ]:
        try:
            counts.add_row(name, str(ws.store.scalar(sql)))
        except Exception as exc:  # noqa: BLE001 - a later stage's table may be missing
            log.info("summary: %s not available (%s)", name, exc)
    out.print(counts)


def demo(
    workspace: WorkspaceOpt = None,
    samples: Annotated[str | None, typer.Option(help="folder to ingest [default: samples/]")] = None,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="keep serving the web UI")] = True,
    host: Annotated[str, typer.Option(help="address of the web UI")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port of the web UI")] = 8000,
) -> None:
    """Create a workspace, ingest the sample corpus, run every stage, summarise, serve the UI."""
    from claimgraph.ingest import ingest_paths

    folder = find_samples(samples)
    ws = open_workspace(workspace or "demo.duckdb", create=True)
    console.print(f"Workspace {ws.settings.workspace}: ingesting {folder}")
    # Reports live in the sample folder's subfolders; its README and helper files are not reports.
    # samples/lists/ holds a watch list in FollowTheMoney format: reference data, matched by xref.
    parts = sorted(str(p) for p in folder.iterdir() if p.is_dir() and p.name != "lists") or [str(folder)]
    report = ingest_paths(ws, parts, reporter=RichReporter())
    for failure in report.failures:
        console.print(f"  rejected {failure.source}: {failure.reason}", markup=False, highlight=False)
    outlets = folder / "outlets.csv"
    loader = _stage("claimgraph.triangulate.outlets", "load_outlets_csv")
    if outlets.exists() and loader is not None:
        loader(ws.store, outlets)
    for label, module, function in STAGES:
        fn = _stage(module, function)
        if fn is None:
            continue
        console.print(f"Running {label} …")
        fn(ws, reporter=RichReporter())
        if label == "resolve":
            _xref_sample_lists(ws, folder)
    refresh_search(ws)
    summary(ws)
    if not serve:
        return
    web = _stage("claimgraph.web.app", "serve")
    if web is None:
        console.print("The web UI is not installed (pip install 'claimgraph[web]').")
        return
    console.print(f"Serving the web UI on http://{host}:{port}/ — Ctrl-C to stop")
    web(ws.settings, host=host, port=port)


def register(app: typer.Typer) -> None:
    app.command()(demo)
