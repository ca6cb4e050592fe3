"""``extract`` (a workspace's documents) and ``annotate`` (JSON lines in, JSON lines out, no workspace)."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, Annotated, Any

import typer

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, print_json, refresh_search

DocTimeoutOpt = Annotated[float | None, typer.Option(
    "--doc-timeout", min=0,
    help="seconds one document may take before it is skipped and recorded (0: no limit; "
         "default CLAIMGRAPH_DOC_TIMEOUT or 60)")]


def extract(
    all_: Annotated[bool, typer.Option("--all", help="re-extract every document, not only new or changed ones")] = False,
    workers: Annotated[int | None, typer.Option("--workers", min=0, help="processes; 0 means one per core")] = None,
    engine: Annotated[str, typer.Option(help="'pool' (processes on this machine) or 'dask'")] = "pool",
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (tcp://HOST:PORT); without it --engine dask starts a local cluster")] = None,
    doc_timeout: DocTimeoutOpt = None,
    retry_failed: Annotated[bool, typer.Option(
        "--retry-failed", help="try again documents an earlier run gave up on (over the budget, worker died)")] = False,
    strict: Annotated[bool, typer.Option(help="exit 1 when any document was skipped or had errors")] = False,
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Find mentions, dates, quantities, claims, events and citations in the workspace's documents.

    A document over the time budget, or whose worker dies, is skipped and recorded (see 'claimgraph
    errors'); the others are stored. Skipped documents are tried again with --retry-failed or --all,
    a larger --doc-timeout, or when the extraction code changed.
    """
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
                                   all=all_, reporter=RichReporter(), retry_failed=retry_failed,
                                   doc_timeout=doc_timeout)
    elif engine == "pool":
        report = extract_workspace(ws, all=all_, workers=workers, reporter=RichReporter(),
                                   retry_failed=retry_failed, doc_timeout=doc_timeout)
    else:
        raise ConfigError(f"unknown engine {engine!r}", hint="use --engine pool or --engine dask")
    refresh_search(ws)
    if json_:
        from dataclasses import asdict

        print_json([asdict(report)])
    else:
        _summary(report)
    if strict and (report.skipped or report.failed):
        raise typer.Exit(1)


def _summary(report: Any) -> None:
    console.print(
        f"Extracted {report.documents} documents ({report.up_to_date} already up to date) with "
        f"{report.workers} process{'es' if report.workers != 1 else ''} in {report.seconds:.1f} s: "
        f"{report.mentions} mentions, {report.claims} claims, {report.events} events, "
        f"{report.citations} citations"
        + (f"; {report.failed} documents had errors (see 'claimgraph errors')" if report.failed else ""),
        highlight=False,
    )
    if report.skipped:
        console.print(f"Skipped {report.skipped} document{'s' if report.skipped != 1 else ''}: over the "
                      "time budget or their worker died (see 'claimgraph errors'; --retry-failed tries again)",
                      highlight=False)
    if report.not_retried:
        console.print(f"{report.not_retried} document{'s' if report.not_retried != 1 else ''} skipped in an "
                      "earlier run not tried again (--retry-failed or a larger --doc-timeout tries them)",
                      highlight=False)


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


def _chunks(documents: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for document in documents:
        chunk.append(document)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def annotate(
    input_: Annotated[str, typer.Option("-i", "--input", help="JSON lines with id, text, lang?, published? ('-' = stdin)")] = "-",
    output: Annotated[str, typer.Option("-o", "--output", help="JSON lines out ('-' = stdout)")] = "-",
    doc_timeout: DocTimeoutOpt = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="worker processes")] = 1,
) -> None:
    """Annotate JSON-lines documents without a workspace: entities, claims, events, citations.

    Documents run in a worker process held to the time budget; a document over it, or whose worker
    dies, gets an error line (see docs/annotate-format.md) and the run goes on.
    """
    from claimgraph.nlp.extract import BATCH, annotation, error_annotation, extract_steps, pool
    from claimgraph.settings import Settings

    settings = Settings.from_env()
    bad: list[str] = []
    source = _open(input_, "r")
    sink = _open(output, "w")
    count = failed = 0
    try:
        with pool(workers, settings, task=extract_steps, doc_timeout=doc_timeout) as workers_pool:
            for outcome in workers_pool.map(_chunks(_documents(source, bad), BATCH)):
                done: dict[str, list[Any]] = {}
                for part in outcome.results:
                    for result in part:
                        done.setdefault(result.document_id, []).append(result)
                cut = {f.document_id: f for f in outcome.failures}
                for document in outcome.documents:
                    if done.get(document.id):
                        result = done[document.id].pop(0)
                        line = annotation(result)
                        for error in result.errors:
                            console.print(f"{result.document_id}: {error}", highlight=False, markup=False)
                        count += 1
                    else:
                        failure = cut[document.id]
                        line = error_annotation(document.id, failure, stage="annotate")
                        console.print(f"{document.id}: skipped, {failure.message()}", highlight=False, markup=False)
                        failed += 1
                    sink.write(json.dumps(line, ensure_ascii=False) + "\n")
                sink.flush()
    except BrokenPipeError:
        raise typer.Exit(0) from None
    finally:
        if sink is not sys.stdout:
            sink.close()
        if source is not sys.stdin:
            source.close()
    console.print(f"Annotated {count} documents" + (f", skipped {len(bad)} bad lines" if bad else "")
                  + (f", {failed} document{'s' if failed != 1 else ''} over the time budget or lost with "
                     "its worker (error lines)" if failed else ""), highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(annotate)
