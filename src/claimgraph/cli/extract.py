"""``extract`` (a workspace's documents) and ``annotate`` (JSON lines in, JSON lines out, no workspace)."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, Annotated, Any

import typer

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, print_json, refresh_search


def extract(
    all_: Annotated[bool, typer.Option("--all", help="re-extract every document, not only new or changed ones")] = False,
    workers: Annotated[int | None, typer.Option("--workers", min=0, help="processes; 0 means one per core")] = None,
    engine: Annotated[str, typer.Option(help="'pool' (processes on this machine) or 'dask'")] = "pool",
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (tcp://HOST:PORT); without it --engine dask starts a local cluster")] = None,
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Find mentions, dates, quantities, claims, events and citations in the workspace's documents."""
    from claimgraph.errors import ConfigError
    from claimgraph.nlp.extract import extract_workspace
    from claimgraph.progress import RichReporter

    ws = open_workspace(workspace)
    if engine == "dask":
        try:
            import distributed  # noqa: F401 - the optional extra

            from claimgraph.engine.dask import extract_with_dask
        except ImportError as exc:
            raise ConfigError("Dask is not installed", hint="pip install 'claimgraph[dask]'") from exc
        import os

        report = extract_with_dask(ws, scheduler=scheduler, workers=workers or os.cpu_count() or 1,
                                   all=all_, reporter=RichReporter())
    elif engine == "pool":
        report = extract_workspace(ws, all=all_, workers=workers, reporter=RichReporter())
    else:
        raise ConfigError(f"unknown engine {engine!r}", hint="use --engine pool or --engine dask")
    refresh_search(ws)
    if json_:
        from dataclasses import asdict

        print_json([asdict(report)])
        return
    console.print(
        f"Extracted {report.documents} documents ({report.up_to_date} already up to date) with "
        f"{report.workers} process{'es' if report.workers != 1 else ''} in {report.seconds:.1f} s: "
        f"{report.mentions} mentions, {report.claims} claims, {report.events} events, "
        f"{report.citations} citations"
        + (f"; {report.failed} documents had errors (see 'claimgraph errors')" if report.failed else ""),
        highlight=False,
    )


def _open(path: str, mode: str) -> IO[str]:
    if path == "-":
        return sys.stdin if "r" in mode else sys.stdout
    return open(path, mode, encoding="utf-8")


def _documents(lines: IO[str], bad: list[str]) -> Iterator[Any]:
    from claimgraph.ids import document_id
    from claimgraph.model import Document

    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict) or not isinstance(data.get("text", ""), str):
                raise ValueError("expected an object with a string 'text'")  # noqa: TRY004 - a bad line
            text = data.get("text") or ""
            doc_id = str(data.get("id") or document_id(text))
            lang = data.get("lang") or None
            published = data.get("published") or None
        except ValueError as exc:
            bad.append(f"line {number}: {exc}")
            console.print(f"Skipped line {number}: {exc}", highlight=False, markup=False)
            continue
        yield Document(id=doc_id, text=text, lang=str(lang).lower() if lang else None,
                       published=str(published) if published else None)


def annotate(
    input_: Annotated[str, typer.Option("-i", "--input", help="JSON lines with id, text, lang?, published? ('-' = stdin)")] = "-",
    output: Annotated[str, typer.Option("-o", "--output", help="JSON lines out ('-' = stdout)")] = "-",
) -> None:
    """Annotate JSON-lines documents without a workspace: entities, claims, events, citations."""
    from claimgraph.nlp.extract import annotation
    from claimgraph.nlp.extract import extract as run
    from claimgraph.nlp.pipeline import default_pipeline
    from claimgraph.settings import Settings

    pipeline = default_pipeline(Settings.from_env())
    bad: list[str] = []
    source = _open(input_, "r")
    sink = _open(output, "w")
    count = 0
    try:
        for result in run(_documents(source, bad), pipeline):
            sink.write(json.dumps(annotation(result), ensure_ascii=False) + "\n")
            count += 1
            for error in result.errors:
                console.print(f"{result.document_id}: {error}", highlight=False, markup=False)
        sink.flush()
    except BrokenPipeError:
        raise typer.Exit(0) from None
    finally:
        if sink is not sys.stdout:
            sink.close()
        if source is not sys.stdin:
            source.close()
    console.print(f"Annotated {count} documents" + (f", skipped {len(bad)} bad lines" if bad else ""),
                  highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(annotate)
