"""Distributed extraction on Dask: models load once per worker, batches map over the cluster,
results land as Parquet and are bulk-loaded into the store by the client.

Each Dask worker extracts through a supervised process of its own
(:class:`~claimgraph.engine.workers.WorkerPool`, one process), which holds every document to the
time budget and the memory ceiling: a document over budget, or whose process dies, is written to
the batch as failed and recorded in ``claimgraph errors``, and the Dask worker and the rest of the
batch go on.

Without a scheduler address a local cluster is started (one thread per worker process). The
scheduler unpickles the task graph, so it and every worker need the same claimgraph install.
A worker lost mid-run (even kill -9) only loses in-flight tasks; Dask runs them again elsewhere,
and because batch files are named by content and loading skips stored ids, nothing is lost or
duplicated.
"""
from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimgraph.engine.columnar import read_batch, write_batch
from claimgraph.model import Document, IngestFailure
from claimgraph.nlp.extract import ExtractReport, pipeline_config
from claimgraph.nlp.failed import is_failed
from claimgraph.progress import NULL, Reporter
from claimgraph.store import now, records
from claimgraph.store.bulk import load_rows
from claimgraph.workspace import Workspace

log = logging.getLogger(__name__)

try:  # the plugin base class only exists with the optional extra installed
    from distributed.diagnostics.plugin import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover - depends on the install
    _PluginBase = object  # type: ignore[assignment,misc]


_POOL: Any = None
#: One extraction process per Dask worker: tasks on a worker with several threads take turns.
_POOL_LOCK = threading.Lock()


class ModelPlugin(_PluginBase):  # type: ignore[misc,valid-type]
    """Gives each Dask worker a supervised extraction process that builds the pipeline once."""

    name = "claimgraph-models"

    def __init__(self, settings: Any, config: dict[str, dict[str, Any]]) -> None:
        self.settings = settings
        self.config = config

    def setup(self, worker: Any = None) -> None:
        from claimgraph.nlp.extract import extract_steps, pool

        global _POOL
        if _POOL is not None:
            _POOL.close()
        _POOL = pool(1, self.settings, self.config, task=extract_steps)

    def teardown(self, worker: Any = None) -> None:
        global _POOL
        if _POOL is not None:
            _POOL.close()
            _POOL = None


def _worker_pool() -> Any:
    if _POOL is None:
        raise RuntimeError("claimgraph's Dask tasks run on workers with the ModelPlugin registered")
    return _POOL


def extract_on_worker(documents: list[Document]) -> tuple[list[Any], list[Any]]:
    """Extract a batch through this Dask worker's supervised process: (extractions, failures)."""
    with _POOL_LOCK:
        outcome = _worker_pool().run(documents)
    return [r for part in outcome.results for r in part], list(outcome.failures)


def worker_memory_mb() -> float:
    """Resident memory of this Dask worker and its extraction process, in MB."""
    from claimgraph.engine.workers import rss_mb

    pids = [os.getpid(), *(_POOL.pids() if _POOL is not None else [])]
    return sum(rss_mb(pid) or 0.0 for pid in pids)


def run_batch(documents: list[dict[str, Any]], out_dir: str, version: str, failed_mark: str = "") -> str:
    """A Dask task: extract one batch inside a worker and write its Parquet files; documents over
    the budget (or whose process died) are written as failed, marked ``failed_mark``."""
    docs = [Document.from_dict(d) for d in documents]
    results, failures = extract_on_worker(docs)
    cut = {f.document_id: f.message() for f in failures}
    return str(write_batch(out_dir, [d.id for d in docs], results, version, cut, failed_mark))


def load_batch(ws: Workspace, folder: str | Path) -> dict[str, int]:
    """Replace the batch's documents' extracted rows with the batch files, in bulk (``skipped``:
    documents the batch gave up on)."""
    data = read_batch(folder)
    done = data["extracted"]
    ids = [str(r["document_id"]) for r in done]
    marks = ", ".join("?" for _ in ids)
    with ws.store.write() as tx:
        for table in ("mentions", "claims", "events"):
            tx.execute(f"DELETE FROM {table} WHERE document_id IN ({marks})", ids)
        tx.execute(f"DELETE FROM citations WHERE document_id IN ({marks}) AND kind NOT IN ('forward', 'copy')",
                   ids)
        tx.execute(f"DELETE FROM ingest_errors WHERE stage = 'extract' AND source IN ({marks})", ids)
    counts = {t: load_rows(ws.store, t, data[t]) for t in ("mentions", "claims", "events", "citations")}
    counts["skipped"] = sum(1 for r in done if is_failed(str(r["version"])))
    with ws.store.write() as tx:
        for r in done:
            if r["errors"]:
                tx.upsert("ingest_errors", [records.error_row(IngestFailure(str(r["document_id"]), e,
                                                                            stage="extract"))
                                            for e in str(r["errors"]).split("\n")])
            tx.execute("UPDATE documents SET extracted_version = ?, extracted_at = ? WHERE id = ?",
                       [r["version"], now(), r["document_id"]])
    return counts


def _batches(ws: Workspace, ids: list[str], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(ids), size):
        chunk = ids[i:i + size]
        marks = ", ".join("?" for _ in chunk)
        rows = ws.store.query(f"SELECT * FROM documents WHERE id IN ({marks}) ORDER BY id", chunk)
        yield [records.document_from(r).to_dict() for r in rows]


def extract_with_dask(ws: Workspace, scheduler: str | None = None, workers: int = 2,
                      all: bool = False, batch_size: int = 16,
                      out_dir: str | None = None, reporter: Reporter = NULL,
                      client: Any = None, retry_failed: bool = False,
                      doc_timeout: float | None = None) -> ExtractReport:
    """Extract new/changed documents (or ``all``) on a Dask cluster and bulk-load the results.

    Each document is held to ``doc_timeout`` seconds (default ``settings.doc_timeout``); which
    documents are due is decided as for the process pool (:mod:`claimgraph.nlp.failed`).
    """
    from dataclasses import replace

    from distributed import Client, LocalCluster, as_completed

    from claimgraph.nlp.failed import FailedMark, code_fingerprint, due
    from claimgraph.nlp.pipeline import default_pipeline

    started = time.perf_counter()
    config = pipeline_config(ws)
    pipeline = default_pipeline(ws.settings, config)
    version = pipeline.version
    budget = ws.settings.doc_timeout if doc_timeout is None else doc_timeout
    settings = replace(ws.settings, doc_timeout=budget)
    code = code_fingerprint(pipeline)
    mark = str(FailedMark(version, code, budget))
    report = ExtractReport(version=version, workers=workers)
    rows = ws.store.query("SELECT id, extracted_version FROM documents "
                          "WHERE NOT coalesce(retracted, FALSE) ORDER BY id")
    todo = [r["id"] for r in rows if due(r["extracted_version"], version, code, budget, all, retry_failed)]
    chosen = set(todo)
    report.not_retried = sum(1 for r in rows if r["id"] not in chosen and is_failed(r["extracted_version"]))
    report.up_to_date = len(rows) - len(todo) - report.not_retried
    if not todo:
        return report
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    own_cluster = own_client = None
    if client is None:
        if scheduler:
            client = own_client = Client(scheduler)
        else:
            own_cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
            client = own_client = Client(own_cluster)
    tmp = None
    if out_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="claimgraph-dask-")
        out_dir = tmp.name
    reporter.start("Extracting (dask)", total=len(todo))
    try:
        client.register_plugin(ModelPlugin(settings, config), name=ModelPlugin.name)
        tasks = [client.submit(run_batch, batch, out_dir, version, mark, retries=3, pure=False)
                 for batch in _batches(ws, todo, batch_size)]
        for future in as_completed(tasks):
            folder = future.result()
            counts = load_batch(ws, folder)
            n = len(read_batch(folder)["extracted"])
            report.documents += n - counts["skipped"]
            report.skipped += counts["skipped"]
            report.mentions += counts["mentions"]
            report.claims += counts["claims"]
            report.events += counts["events"]
            report.citations += counts["citations"]
            reporter.advance(n)
    finally:
        reporter.finish()
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()
        if tmp is not None:
            tmp.cleanup()
    report.seconds = time.perf_counter() - started
    return report
