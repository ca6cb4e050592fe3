"""The extract stage: documents in, mentions, claims, events and citations out.

:func:`extract` is the plain batch function that the CLI, a process pool and a distributed engine
all call; it never touches a store. :func:`extract_workspace` adds the workspace around it: which
documents are new or changed, a pool of worker processes that load their models once, and one
transaction per document that replaces what an earlier run extracted from it.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent import futures
from dataclasses import dataclass, field
from typing import Any

from claimgraph.model import Citation, Claim, Document, Event, IngestFailure, Mention
from claimgraph.model.base import Record, nested
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.pipeline import Pipeline, default_pipeline
from claimgraph.progress import NULL, Reporter

log = logging.getLogger(__name__)

BATCH = 16
#: Citation kinds ingest owns (forwards, detected copies); extraction replaces only the others.
INGEST_CITATIONS = ("forward", "copy")


@dataclass(slots=True)
class Extraction(Record):
    """What the pipeline found in one document; ids are content hashes, stable across runs."""

    document_id: str
    lang: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


nested("Extraction", "mentions", Mention)
nested("Extraction", "claims", Claim)
nested("Extraction", "events", Event)
nested("Extraction", "citations", Citation)


@dataclass(slots=True)
class ExtractReport:
    version: str
    documents: int = 0
    up_to_date: int = 0
    chars: int = 0
    mentions: int = 0
    claims: int = 0
    events: int = 0
    citations: int = 0
    failed: int = 0
    workers: int = 1
    seconds: float = 0.0


def analyzed(document: Document) -> AnalyzedDoc:
    """The pipeline's view of a document; an unknown language is detected here."""
    lang = document.lang
    if not lang:
        from claimgraph.nlp.models import detect_language

        lang = detect_language(document.text or "") or "und"
    return AnalyzedDoc(document_id=document.id, text=document.text or "", lang=lang.lower(),
                       published=document.published, title=document.title, meta=dict(document.meta or {}))


def extraction(doc: AnalyzedDoc) -> Extraction:
    return Extraction(doc.document_id, doc.lang, list(doc.mentions), list(doc.claims), list(doc.events),
                      list(doc.citations), list(doc.errors))


def extract(documents: Iterable[Document], pipeline: Pipeline | None = None) -> Iterator[Extraction]:
    """Run the pipeline over documents, yielding one :class:`Extraction` per document, in order.

    A failure inside a component is recorded in ``Extraction.errors``; the batch goes on.
    """
    if pipeline is None:
        from claimgraph.settings import Settings

        pipeline = default_pipeline(Settings.from_env())
    for doc in pipeline.pipe(_analyzed_all(documents)):
        yield extraction(doc)
        doc.meta.clear()  # drop the cached parser objects early


def _analyzed_all(documents: Iterable[Document]) -> Iterator[AnalyzedDoc]:
    for document in documents:
        try:
            yield analyzed(document)
        except Exception as exc:  # noqa: BLE001 - one unreadable document never stops the batch
            doc = AnalyzedDoc(document.id, "", "und")
            doc.errors.append(f"input: {type(exc).__name__}: {exc}")
            yield doc


# -- worker processes --------------------------------------------------------------------------------

_WORKER_PIPELINE: Pipeline | None = None


def init_worker(settings: Any, config: dict[str, dict[str, Any]] | None = None) -> None:
    """Process-pool initializer: one BLAS thread, and the pipeline built once per process."""
    from claimgraph.nlp.models import pin_threads

    pin_threads()
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = default_pipeline(settings, config)


def extract_batch(documents: list[Document]) -> list[Extraction]:
    """Extract one batch inside a worker set up by :func:`init_worker`."""
    if _WORKER_PIPELINE is None:
        raise RuntimeError("extract_batch runs in a worker started with init_worker")
    return list(extract(documents, _WORKER_PIPELINE))


def pool(workers: int, settings: Any, config: dict[str, dict[str, Any]] | None = None
         ) -> futures.ProcessPoolExecutor:
    """A process pool whose workers build the pipeline once (spawned: no inherited connections)."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    return futures.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=init_worker, initargs=(settings, config))


def extract_parallel(batches: Iterable[list[Document]], executor: futures.Executor,
                     in_flight: int) -> Iterator[list[Extraction]]:
    """Map batches over an executor, keeping at most ``in_flight`` pending, results in input order."""
    pending: deque[futures.Future[list[Extraction]]] = deque()
    for batch in batches:
        pending.append(executor.submit(extract_batch, batch))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


# -- the workspace stage ----------------------------------------------------------------------------

def pipeline_config(ws: Any) -> dict[str, dict[str, Any]]:
    """Per-workspace component options: the analyst's gazetteer entries."""
    try:
        from claimgraph.nlp.gazetteer import workspace_entries
    except ImportError:
        return {}
    entries = workspace_entries(ws.store)
    return {"claimgraph.gazetteer.v1": {"entries": entries}} if entries else {}


def extract_workspace(ws: Any, all: bool = False, workers: int | None = None,
                      reporter: Reporter = NULL) -> ExtractReport:
    """Extract new and changed documents of a workspace (``all=True``: every document again).

    A document is up to date when its ``extracted_version`` equals the pipeline's version, which
    changes with the components, their models and the analyst's gazetteer. Retracted documents are
    skipped. Each document's results replace the earlier ones in one transaction.
    """
    from claimgraph.store.records import document_from

    started = time.perf_counter()
    config = pipeline_config(ws)
    pipeline = default_pipeline(ws.settings, config)
    report = ExtractReport(version=pipeline.version)
    store = ws.store
    with store.session():
        rows = store.query(
            "SELECT id, extracted_version FROM documents WHERE NOT coalesce(retracted, FALSE) ORDER BY id")
        todo = [r["id"] for r in rows if all or r["extracted_version"] != report.version]
        report.up_to_date = len(rows) - len(todo)
        workers = workers or ws.settings.workers or os.cpu_count() or 1
        if len(todo) <= BATCH:
            workers = 1
        report.workers = workers

        def batches() -> Iterator[list[Document]]:
            for i in range(0, len(todo), BATCH):
                ids = todo[i:i + BATCH]
                marks = ", ".join("?" for _ in ids)
                found = store.query(f"SELECT * FROM documents WHERE id IN ({marks})", ids)
                by_id = {r["id"]: document_from(r) for r in found}
                yield [by_id[d] for d in ids if d in by_id]

        reporter.start("Extracting", total=len(todo))
        try:
            if workers == 1:
                results: Iterable[list[Extraction]] = (list(extract(b, pipeline)) for b in batches())
                _write_all(store, results, report, reporter)
            else:
                with pool(workers, ws.settings, config) as executor:
                    _write_all(store, extract_parallel(batches(), executor, 2 * workers), report, reporter)
        finally:
            reporter.finish()
    report.seconds = time.perf_counter() - started
    return report


def _write_all(store: Any, results: Iterable[list[Extraction]], report: ExtractReport,
               reporter: Reporter) -> None:
    for batch in results:
        for result in batch:
            try:
                write_extraction(store, result, report.version)
            except Exception as exc:  # noqa: BLE001 - one unstorable result never stops the run
                _record_failure(store, result.document_id, f"extract: could not store results: {exc}")
                report.failed += 1
                reporter.advance()
                continue
            report.documents += 1
            report.mentions += len(result.mentions)
            report.claims += len(result.claims)
            report.events += len(result.events)
            report.citations += len(result.citations)
            report.failed += bool(result.errors)
            reporter.advance()


def _record_failure(store: Any, document_id: str, reason: str) -> None:
    from claimgraph.store.records import error_row

    log.warning("%s: %s", document_id, reason)
    reason = " ".join(reason.encode("utf-8", "replace").decode("utf-8").split())[:500]
    try:
        with store.write() as tx:
            tx.upsert("ingest_errors", [error_row(IngestFailure(document_id, reason, stage="extract"))])
    except Exception as exc:  # noqa: BLE001 - the failure is logged above either way
        log.warning("%s: could not record the failure: %s", document_id, exc)


def write_extraction(store: Any, result: Extraction, version: str) -> None:
    """Replace a document's extracted rows with ``result`` in one transaction."""
    from claimgraph.store.base import now
    from claimgraph.store.records import citation_row, claim_row, error_row, event_row, mention_row

    doc_id = result.document_id
    with store.write() as tx:
        tx.execute("DELETE FROM mentions WHERE document_id = ?", [doc_id])
        tx.execute("DELETE FROM claims WHERE document_id = ?", [doc_id])
        tx.execute("DELETE FROM events WHERE document_id = ?", [doc_id])
        tx.execute("DELETE FROM citations WHERE document_id = ? AND kind NOT IN (?, ?)",
                   [doc_id, *INGEST_CITATIONS])
        tx.execute("DELETE FROM ingest_errors WHERE stage = 'extract' AND source = ?", [doc_id])
        tx.upsert("mentions", [mention_row(m) for m in _unique(result.mentions)], update=True)
        tx.upsert("claims", [claim_row(c) for c in _unique(result.claims)], update=True)
        tx.upsert("events", [event_row(e) for e in _unique(result.events)], update=True)
        tx.upsert("citations", [citation_row(c) for c in _unique(result.citations)], update=True)
        if result.errors:
            tx.upsert("ingest_errors", [error_row(IngestFailure(doc_id, e, stage="extract"))
                                        for e in dict.fromkeys(result.errors)])
        tx.execute("UPDATE documents SET extracted_version = ?, extracted_at = ? WHERE id = ?",
                   [version, now(), doc_id])


def _unique(items: list[Any]) -> list[Any]:
    """One row per id (two components may produce the same content-hash id)."""
    return list({item.id: item for item in items}.values())


# -- the annotate format ----------------------------------------------------------------------------

def _time(t: Any) -> dict[str, Any] | None:
    if t is None:
        return None
    return {"start": t.start, "end": t.end, "precision": t.precision}


def annotation(result: Extraction) -> dict[str, Any]:
    """One output line of ``claimgraph annotate`` (see docs/annotate-format.md)."""
    return {
        "id": result.document_id,
        "lang": result.lang,
        "entities": [
            {"start": m.start, "end": m.end, "label": m.label, "text": m.text,
             "entity": m.local_entity, "canonical": m.canonical}
            for m in sorted(result.mentions, key=lambda m: (m.start, m.end))
        ],
        "claims": [
            {"subject": c.subject, "predicate": c.predicate, "object": c.object, "value": c.value,
             "unit": c.unit, "qualifier": c.qualifier, "time": _time(c.time), "modality": c.modality,
             "attributed_to": c.attributed_to, "evidence": {"start": c.start, "end": c.end}}
            for c in result.claims
        ],
        "events": [
            {"type": e.type, "time": _time(e.time), "place": e.place, "participants": list(e.participants),
             "evidence": {"start": e.start, "end": e.end}}
            for e in result.events
        ],
        "citations": [
            {"source": c.source, "evidence": {"start": c.start, "end": c.end}}
            for c in result.citations
        ],
    }
