"""The extract stage: documents in, mentions, claims, events and citations out.

:func:`extract` is the plain batch function that the CLI, a process pool and a distributed engine
all call; it never touches a store. :func:`extract_workspace` adds the workspace around it: which
documents are new or changed, supervised worker processes (:mod:`claimgraph.engine.workers`) that
load their models once, hold each document to a time budget and send back store rows
(:class:`BatchRows`), and bulk transactions of a few batches each that replace
what an earlier run extracted from their documents.
"""
from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from claimgraph.model import Citation, Claim, Document, Event, IngestFailure, Mention
from claimgraph.model.base import Record, nested
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.failed import FailedMark
from claimgraph.nlp.pipeline import Pipeline, StepHook, default_pipeline
from claimgraph.progress import NULL, Reporter

log = logging.getLogger(__name__)

BATCH = 16
#: Documents stored per transaction: worker batches are merged up to this many before one bulk write.
WRITE_BATCH = 64
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
    skipped: int = 0
    not_retried: int = 0
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


# -- store rows: what a batch sends back ------------------------------------------------------------

#: The tables extraction fills for a document, in the order they are written.
TABLES = ("mentions", "claims", "events", "citations")


@dataclass(slots=True)
class BatchRows:
    """A batch's results as store rows, ready for one bulk write; what a worker sends back.

    ``tables`` maps a table to an Arrow table of its rows (plain row dicts when a column's values
    fit no single Arrow type); a table without rows is absent. An id found twice keeps its last
    row, as successive writes would. ``found`` counts what each document produced, for the report.
    """

    document_ids: list[str]
    tables: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    found: list[tuple[int, int, int, int]] = field(default_factory=list)

    def only(self, document_id: str) -> BatchRows:
        """The rows of one document of the batch."""
        tables = {t: _rows_of_document(data, document_id) for t, data in self.tables.items()}
        i = self.document_ids.index(document_id)
        return BatchRows([document_id], {t: d for t, d in tables.items() if len(d)},
                         {document_id: self.errors[document_id]} if document_id in self.errors else {},
                         [self.found[i]])


def merged(batches: list[BatchRows]) -> BatchRows:
    """Several batches as one, so that one bulk write stores them all."""
    if len(batches) == 1:
        return batches[0]
    out = BatchRows([])
    for b in batches:
        out.document_ids += b.document_ids
        out.errors.update(b.errors)
        out.found += b.found
    for table in TABLES:
        parts = [b.tables[table] for b in batches if table in b.tables]
        if parts:
            out.tables[table] = _concat(parts)
    return out


def batch_rows(results: Iterable[Extraction]) -> BatchRows:
    """Store rows of every table for a batch of results."""
    from claimgraph.store.records import citation_row, claim_row, event_row, mention_row

    out = BatchRows([])
    rows: dict[str, dict[str, dict[str, Any]]] = {t: {} for t in TABLES}
    for r in results:
        out.document_ids.append(r.document_id)
        out.found.append((len(r.mentions), len(r.claims), len(r.events), len(r.citations)))
        if r.errors:
            out.errors[r.document_id] = list(dict.fromkeys(r.errors))
        for table, to_row, items in (("mentions", mention_row, r.mentions), ("claims", claim_row, r.claims),
                                     ("events", event_row, r.events), ("citations", citation_row, r.citations)):
            kept = rows[table]
            for item in items:
                kept[item.id] = to_row(item)
    out.tables = {t: _columnar(list(kept.values())) for t, kept in rows.items() if kept}
    return out


def _columnar(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    try:
        return pa.Table.from_pylist(rows)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return rows


def _concat(parts: list[Any]) -> Any:
    import pyarrow as pa

    if not any(isinstance(p, list) for p in parts):
        try:  # a column without values in one batch has Arrow's null type; it takes the other's
            return pa.concat_tables(parts, promote_options="permissive")
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            pass
    return [row for p in parts for row in (p if isinstance(p, list) else p.to_pylist())]


def _rows_of_document(data: Any, document_id: str) -> Any:
    if isinstance(data, list):
        return [r for r in data if r["document_id"] == document_id]
    import pyarrow.compute as pc

    return data.filter(pc.equal(data["document_id"], document_id))


# -- worker processes --------------------------------------------------------------------------------

_WORKER_PIPELINE: Pipeline | None = None

#: Small documents every new worker extracts before its first batch, so that model loading is not
#: charged to the first document's time budget.
WARM_UP = (
    ("en", "On 5 March 2024 the Minsk plant made 100 drones, Reuters reported, citing minister Ivan Petrov."),
    ("ru", "5 марта 2024 года завод в Минске выпустил 100 беспилотников, сообщил министр Иван Петров ТАСС."),
)


def init_worker(settings: Any, config: dict[str, dict[str, Any]] | None = None, warm: bool = False) -> None:
    """Worker set-up: one BLAS thread, and the pipeline built once per process (``warm``: and run
    over :data:`WARM_UP`, so its models and the country tables are loaded)."""
    from claimgraph.nlp.models import pin_threads

    pin_threads()
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = default_pipeline(settings, config)
    if warm:
        from claimgraph.nlp.countries import load_tables

        load_tables()
        docs = [Document(id=f"warm-up-{lang}", text=text, lang=lang) for lang, text in WARM_UP]
        for result in extract(docs, _WORKER_PIPELINE):
            if result.errors:
                log.debug("warm-up %s: %s", result.document_id, result.errors)


def _worker_pipeline() -> Pipeline:
    if _WORKER_PIPELINE is None:
        raise RuntimeError("extraction tasks run in a worker started with init_worker")
    return _WORKER_PIPELINE


def extract_batch(documents: list[Document]) -> list[Extraction]:
    """Extract one batch inside a worker set up by :func:`init_worker`."""
    return list(extract(documents, _worker_pipeline()))


def extract_rows(documents: list[Document]) -> BatchRows:
    """Extract one batch inside a worker and return it as store rows, so the parent only loads them."""
    return batch_rows(extract_batch(documents))


def extract_steps(documents: list[Document], on_step: StepHook) -> list[Extraction]:
    """:func:`extract_batch` telling ``on_step`` which documents each step works on (for a
    :class:`~claimgraph.engine.workers.WorkerPool`, which charges the time to them)."""
    pipeline = _worker_pipeline()
    docs: list[AnalyzedDoc] = []
    for i, document in enumerate(documents):
        on_step("input", [i])
        docs.extend(_analyzed_all([document]))
    out = []
    for doc in pipeline.run_batch(docs, on_step):
        out.append(extraction(doc))
        doc.meta.clear()
    return out


def extract_rows_steps(documents: list[Document], on_step: StepHook) -> BatchRows:
    """:func:`extract_rows` with steps told, as :func:`extract_steps`."""
    results = extract_steps(documents, on_step)
    on_step("store rows", list(range(len(documents))))
    return batch_rows(results)


def pool(workers: int, settings: Any, config: dict[str, dict[str, Any]] | None = None,
         task: Callable[[list[Document], StepHook], Any] = extract_rows_steps,
         doc_timeout: float | None = None) -> Any:
    """Supervised worker processes that build and warm the pipeline once, each document held to
    ``doc_timeout`` seconds (default ``settings.doc_timeout``) and each worker to
    ``settings.worker_max_mb`` (see :mod:`claimgraph.engine.workers`)."""
    from functools import partial

    from claimgraph.engine.workers import WorkerPool

    timeout = settings.doc_timeout if doc_timeout is None else doc_timeout
    return WorkerPool(workers, partial(init_worker, settings, config, True), task,
                      doc_timeout=timeout, max_mb=settings.worker_max_mb)


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
                      reporter: Reporter = NULL, executor: Any = None, retry_failed: bool = False,
                      doc_timeout: float | None = None) -> ExtractReport:
    """Extract new and changed documents of a workspace (``all=True``: every document again).

    A document is up to date when its ``extracted_version`` equals the pipeline's version, which
    changes with the components, their models and the analyst's gazetteer. Retracted documents are
    skipped. Results replace the earlier ones in bulk transactions of :data:`WRITE_BATCH` documents.

    Documents run in supervised worker processes (:func:`pool`) that hold each one to
    ``doc_timeout`` seconds (default ``settings.doc_timeout``); a document over it, or whose worker
    dies, is recorded in ``claimgraph errors`` and counted in ``report.skipped``, and the others are
    stored. It is tried again only as :mod:`claimgraph.nlp.failed` says (``retry_failed`` asks).
    With no budget (0) and one worker, extraction runs in this process. ``executor`` is a started
    :func:`pool` (built with this workspace's :func:`pipeline_config`) to use instead of a new one.
    """
    from claimgraph.nlp.failed import code_fingerprint, due, is_failed
    from claimgraph.store.records import document_from

    started = time.perf_counter()
    config = pipeline_config(ws)
    pipeline = default_pipeline(ws.settings, config)
    report = ExtractReport(version=pipeline.version)
    budget = ws.settings.doc_timeout if doc_timeout is None else doc_timeout
    if executor is not None:
        budget = executor.doc_timeout if executor.doc_timeout != float("inf") else 0.0
    code = code_fingerprint(pipeline)
    store = ws.store
    with store.session():
        rows = store.query(
            "SELECT id, extracted_version FROM documents WHERE NOT coalesce(retracted, FALSE) ORDER BY id")
        todo = [r["id"] for r in rows if due(r["extracted_version"], report.version, code, budget, all, retry_failed)]
        chosen = set(todo)
        report.not_retried = sum(1 for r in rows if r["id"] not in chosen and is_failed(r["extracted_version"]))
        report.up_to_date = len(rows) - len(todo) - report.not_retried
        workers = workers or ws.settings.workers or os.cpu_count() or 1
        if len(todo) <= BATCH and executor is None:
            workers = 1
        report.workers = executor.size if executor is not None else workers

        def batches() -> Iterator[list[Document]]:
            for i in range(0, len(todo), BATCH):
                ids = todo[i:i + BATCH]
                marks = ", ".join("?" for _ in ids)
                found = store.query(f"SELECT * FROM documents WHERE id IN ({marks})", ids)
                by_id = {r["id"]: document_from(r) for r in found}
                yield [by_id[d] for d in ids if d in by_id]

        reporter.start("Extracting", total=len(todo))
        try:
            if not todo:
                pass
            elif executor is None and workers == 1 and budget <= 0:
                _write_all(store, (batch_rows(extract(b, pipeline)) for b in batches()), report, reporter)
            else:
                with contextlib.ExitStack() as stack:
                    if executor is None:
                        executor = stack.enter_context(pool(workers, ws.settings, config, doc_timeout=budget))
                    failed = FailedMark(report.version, code, budget)
                    outcomes = executor.map(batches(), 2 * report.workers)
                    _write_all(store, _stored_rows(store, outcomes, failed, report, reporter), report, reporter)
        finally:
            reporter.finish()
    report.seconds = time.perf_counter() - started
    return report


def _stored_rows(store: Any, outcomes: Iterable[Any], mark: Any, report: ExtractReport,
                 reporter: Reporter) -> Iterator[BatchRows]:
    """The rows of each finished batch; documents that failed are recorded as they come."""
    for outcome in outcomes:
        for failure in outcome.failures:
            record_cut(store, failure.document_id, failure.message(), str(mark))
            report.skipped += 1
            reporter.advance(1)
        if outcome.results:
            yield merged(outcome.results)


def record_cut(store: Any, document_id: str, message: str, mark: str) -> None:
    """Record a document extraction gave up on: its earlier rows removed, its reason in the errors,
    ``mark`` (a :class:`~claimgraph.nlp.failed.FailedMark`) as its extracted version."""
    try:
        write_rows(store, BatchRows([document_id], errors={document_id: [message]}), mark)
    except Exception as exc:  # noqa: BLE001 - recorded by the fallback below
        _record_failure(store, document_id, f"{message} (and could not mark it: {exc})")


def _write_all(store: Any, results: Iterable[BatchRows], report: ExtractReport, reporter: Reporter) -> None:
    """Write the batches, merged up to :data:`WRITE_BATCH` documents a transaction; a write that fails
    is done again document by document, and a document that still cannot be stored is recorded as
    failed without stopping the run."""
    for batch in _gathered(results, WRITE_BATCH):
        try:
            write_rows(store, batch, report.version)
            stored = [batch]
        except Exception:  # noqa: BLE001 - find the documents at fault, one by one
            stored = [part for part in map(batch.only, batch.document_ids) if _write_alone(store, part, report)]
        for part in stored:
            for doc_id, (mentions, claims, events, citations) in zip(part.document_ids, part.found):
                report.documents += 1
                report.mentions += mentions
                report.claims += claims
                report.events += events
                report.citations += citations
                report.failed += doc_id in part.errors
        reporter.advance(len(batch.document_ids))


def _gathered(results: Iterable[BatchRows], documents: int) -> Iterator[BatchRows]:
    waiting: list[BatchRows] = []
    for batch in results:
        waiting.append(batch)
        if sum(len(b.document_ids) for b in waiting) >= documents:
            yield merged(waiting)
            waiting = []
    if waiting:
        yield merged(waiting)


def _write_alone(store: Any, part: BatchRows, report: ExtractReport) -> bool:
    try:
        write_rows(store, part, report.version)
    except Exception as exc:  # noqa: BLE001 - one unstorable result never stops the run
        _record_failure(store, part.document_ids[0], f"extract: could not store results: {exc}")
        report.failed += 1
        return False
    return True


def _record_failure(store: Any, document_id: str, reason: str) -> None:
    from claimgraph.store.records import error_row

    log.warning("%s: %s", document_id, reason)
    reason = " ".join(reason.encode("utf-8", "replace").decode("utf-8").split())[:500]
    try:
        with store.write() as tx:
            tx.upsert("ingest_errors", [error_row(IngestFailure(document_id, reason, stage="extract"))])
    except Exception as exc:  # noqa: BLE001 - the failure is logged above either way
        log.warning("%s: could not record the failure: %s", document_id, exc)


def write_rows(store: Any, batch: BatchRows, version: str) -> None:
    """Replace the extracted rows of the batch's documents with ``batch``, in one transaction."""
    from claimgraph.store.base import now
    from claimgraph.store.records import error_row

    ids = batch.document_ids
    if not ids:
        return
    marks = ", ".join("?" for _ in ids)
    with store.write() as tx:
        tx.execute(f"DELETE FROM mentions WHERE document_id IN ({marks})", ids)
        tx.execute(f"DELETE FROM claims WHERE document_id IN ({marks})", ids)
        tx.execute(f"DELETE FROM events WHERE document_id IN ({marks})", ids)
        tx.execute(f"DELETE FROM citations WHERE document_id IN ({marks}) AND kind NOT IN (?, ?)",
                   [*ids, *INGEST_CITATIONS])
        tx.execute(f"DELETE FROM ingest_errors WHERE stage = 'extract' AND source IN ({marks})", ids)
        for table in TABLES:
            if table in batch.tables:
                _load(store, tx, table, batch.tables[table])
        if batch.errors:
            tx.upsert("ingest_errors", [error_row(IngestFailure(doc_id, e, stage="extract"))
                                        for doc_id, errors in batch.errors.items() for e in errors])
        tx.execute(f"UPDATE documents SET extracted_version = ?, extracted_at = ? WHERE id IN ({marks})",
                   [version, now(), *ids])


def write_extraction(store: Any, result: Extraction, version: str) -> None:
    """Replace a document's extracted rows with ``result`` in one transaction."""
    write_rows(store, batch_rows([result]), version)


def _load(store: Any, tx: Any, table: str, data: Any) -> None:
    """Insert rows, replacing any with the same id: DuckDB scans the Arrow table itself, other
    stores get multi-row upserts."""
    if isinstance(data, list):
        tx.upsert(table, data, update=True)
        return
    if store.dialect != "duckdb":
        tx.upsert(table, data.to_pylist(), update=True)
        return
    from claimgraph.store.bulk import insert_arrow

    insert_arrow(tx.conn, table, data, update=True)


# -- the annotate format ----------------------------------------------------------------------------

def _time(t: Any) -> dict[str, Any] | None:
    if t is None:
        return None
    return {"start": t.start, "end": t.end, "precision": t.precision}


def error_annotation(document_id: str, failure: Any, stage: str = "annotate") -> dict[str, Any]:
    """The output line of ``claimgraph annotate`` for a document it gave up on (a
    :class:`~claimgraph.engine.workers.Failure`)."""
    return {
        "id": document_id,
        "error": {"stage": stage, "reason": failure.reason, "seconds": failure.seconds,
                  "step": failure.step or None, "message": failure.message()},
    }


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
