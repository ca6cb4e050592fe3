"""An ingest run: files in, documents, sightings and citations out.

Files are read in chunks (in worker processes when there are many), then each chunk is written in
one transaction: its documents, sightings, citations, signatures and ``sources`` fingerprints. A
run killed at any point therefore leaves every file either fully stored or not at all, and the
next run picks up the rest: unchanged files are skipped by fingerprint, and every write is keyed
by a content hash, so nothing is stored twice. The DuckDB file is held only while a chunk is
written, never while files are read.
"""
from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimgraph.ingest.files import FileResult, read_file
from claimgraph.ingest.sources import iter_files, source_key
from claimgraph.ingest.writer import write_files
from claimgraph.model import IngestFailure
from claimgraph.progress import NULL, Reporter
from claimgraph.store import records
from claimgraph.workspace import Workspace

LOG = logging.getLogger(__name__)
#: Files are read and written together, one transaction per chunk of ``ingest_chunk_files``. At
#: most two chunks are in memory (one written, the next read), so a chunk is also bounded by size.
CHUNK_BYTES = 64 * 1024 * 1024
#: Below this many files, worker processes cost more to start than they save.
POOL_MIN_FILES = 1000


@dataclass
class IngestReport:
    """What a run did. ``duplicates`` are texts already stored (they only add a sighting)."""

    files: int = 0
    documents_new: int = 0
    sightings_new: int = 0
    duplicates: int = 0
    copies: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    by_format: dict[str, int] = field(default_factory=dict)
    by_lang: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0

    def merge(self, other: IngestReport) -> None:
        """Add another run's counts (e.g. URLs fetched in the same command) to this one."""
        for name in ("files", "documents_new", "sightings_new", "duplicates", "copies", "unchanged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures += other.failures
        for mine, theirs in ((self.by_format, other.by_format), (self.by_lang, other.by_lang)):
            for key, value in theirs.items():
                mine[key] = mine.get(key, 0) + value

    def to_dict(self) -> dict[str, object]:
        return {"files": self.files, "documents_new": self.documents_new,
                "sightings_new": self.sightings_new, "duplicates": self.duplicates,
                "copies": self.copies, "unchanged": self.unchanged,
                "failures": [f.to_dict() for f in self.failures],
                "by_format": dict(self.by_format), "by_lang": dict(self.by_lang)}


def ingest_paths(ws: Workspace, paths: Sequence[str], reporter: Reporter = NULL,
                 outlet: str | None = None) -> IngestReport:
    """Ingest files, folders (recursively) and globs into the workspace.

    ``outlet`` names the outlet of every document read in this run, over what the files say.
    A file that cannot be read is recorded in ``ingest_errors`` and in the report; the run goes on.
    """
    report = IngestReport()
    formats: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    own = _workspace_files(ws)
    total = sum(1 for p in iter_files(paths) if isinstance(p, Path) and source_key(p) not in own)
    reporter.start("Ingesting", total=total)
    try:
        with _executor(ws, total) as pool:
            for results in _read_chunks(ws, paths, own, pool, report, reporter):
                _write_chunk(ws, results, outlet, report)
                for result in results:
                    for ri in result.items:
                        formats[ri.item.format] += 1
                        langs[ri.item.lang or "und"] += 1
        from claimgraph.ingest.corrections import apply_document_judgments

        apply_document_judgments(ws)
    finally:
        reporter.finish()
    report.by_format = dict(formats.most_common())
    report.by_lang = dict(langs.most_common())
    return report


def _read_chunks(ws: Workspace, paths: Sequence[str], own: set[str], pool: cf.Executor,
                 report: IngestReport, reporter: Reporter) -> Iterator[list[FileResult]]:
    """Read results in path order, chunk by chunk, the next chunk reading while one is written."""
    settings = ws.settings
    entries = iter_files(paths)
    pending: deque[list[cf.Future[FileResult]]] = deque()

    def submit_next() -> bool:
        chunk: list[Path] = []
        size = 0
        for entry in entries:
            if isinstance(entry, IngestFailure):
                record_failure(ws, report, entry)
                continue
            if source_key(entry) in own:
                continue
            chunk.append(entry)
            try:
                size += entry.stat().st_size
            except OSError:
                pass  # read_file reports it
            if len(chunk) >= max(1, settings.ingest_chunk_files) or size >= CHUNK_BYTES:
                break
        if not chunk:
            return False
        keys = [source_key(p) for p in chunk]
        previous = _fingerprints(ws, keys)
        pending.append([pool.submit(read_file, str(p), k, previous.get(k), settings.max_file_mb,
                                    settings.max_pdf_pages) for p, k in zip(chunk, keys)])
        return True

    submit_next()
    while pending:
        futures = pending.popleft()
        submit_next()  # keep the workers busy while this chunk is written
        results = []
        for future in futures:
            results.append(future.result())
            reporter.advance()
        yield results


def _write_chunk(ws: Workspace, results: list[FileResult], outlet: str | None,
                 report: IngestReport) -> None:
    """One transaction for a chunk: its documents, its rejections and its touched fingerprints."""
    report.files += len(results)
    readable, failures, touched = [], [], []
    for result in results:
        if result.failure is not None:
            failures.append(result.failure)
        elif result.unchanged:
            report.unchanged += 1
            if result.touched:
                touched.append(result)
        else:
            readable.append(result)
    if not (readable or failures or touched):
        return
    with ws.store.session(), ws.store.write() as tx:
        if readable:
            write_files(tx, readable, outlet, ws.settings.near_duplicate_threshold, report)
        tx.upsert("ingest_errors", [records.error_row(f) for f in failures])
        for result in touched:
            tx.execute("UPDATE sources SET fingerprint = ? WHERE source = ?", [result.fingerprint, result.key])
    report.failures += failures


def _fingerprints(ws: Workspace, keys: list[str]) -> dict[str, str]:
    marks = ", ".join("?" for _ in keys)
    rows = ws.store.query(f"SELECT source, fingerprint FROM sources WHERE source IN ({marks})", keys)
    return {r["source"]: r["fingerprint"] for r in rows if r["fingerprint"]}


def record_failure(ws: Workspace, report: IngestReport, failure: IngestFailure) -> None:
    """Store one rejection in ``ingest_errors`` (its own transaction) and add it to the report."""
    with ws.store.write() as tx:
        tx.upsert("ingest_errors", [records.error_row(failure)])
    report.failures.append(failure)




def _workspace_files(ws: Workspace) -> set[str]:
    """The workspace's own DuckDB file and journal: never read as sources when they sit in the folder."""
    url = ws.settings.workspace
    if url.startswith(("postgresql://", "postgres://")):
        return set()
    base = source_key(Path(url.removeprefix("duckdb://")))
    return {base, base + ".wal", base + ".tmp"}


class _Later(cf.Future):  # type: ignore[type-arg]
    """A call run in this process when its result is first asked for."""

    def __init__(self, fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self._call = (fn, args, kwargs)

    def result(self, timeout: float | None = None) -> Any:
        if not self.done():
            fn, args, kwargs = self._call
            self.set_result(fn(*args, **kwargs))
        return super().result(timeout)


class _Inline(cf.Executor):
    """Reads in this process, one file at a time as results are taken: small runs, ``workers = 1``."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> cf.Future[Any]:
        return _Later(fn, args, kwargs)


def _executor(ws: Workspace, total: int) -> cf.Executor:
    workers = ws.settings.workers or os.cpu_count() or 1
    if workers <= 1 or total < POOL_MIN_FILES:
        return _Inline()
    # spawn, not fork: the parent has DuckDB and BLAS threads that must not be copied mid-flight
    return cf.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                  initializer=_quiet_worker)


def _quiet_worker() -> None:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
