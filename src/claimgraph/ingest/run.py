"""An ingest run: files in, documents, sightings and citations out, one transaction per file.

Each file is read completely before its transaction opens, and committed as a whole (its
documents, sightings, citations, signatures and its ``sources`` fingerprint), so a run killed at
any point leaves every file either fully stored or not at all, and the next run picks up the rest:
unchanged files are skipped by their fingerprint, and every write is an upsert keyed by a content
hash, so nothing is stored twice.
"""
from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.errors import IngestError
from claimgraph.ids import document_id, make_id
from claimgraph.ingest import dedupe
from claimgraph.ingest.item import Item
from claimgraph.ingest.readers import read_bytes
from claimgraph.ingest.sources import fingerprint, iter_files, quick_fingerprint, source_key
from claimgraph.model import Citation, Document, IngestFailure, Sighting
from claimgraph.progress import NULL, Reporter
from claimgraph.store import Cursor, now, records
from claimgraph.workspace import Workspace

LOG = logging.getLogger(__name__)
#: Files written per store session: the DuckDB file is released between groups, so a web server
#: or another command can get in during a long run.
FILES_PER_SESSION = 200


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
    by_format: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    own = _workspace_files(ws)
    total = sum(1 for p in iter_files(paths) if isinstance(p, Path) and source_key(p) not in own)
    reporter.start("Ingesting", total=total)
    try:
        entries = (e for e in iter_files(paths) if isinstance(e, IngestFailure) or source_key(e) not in own)
        while True:
            group = list(itertools.islice(entries, FILES_PER_SESSION))
            if not group:
                break
            with ws.store.session():
                for entry in group:
                    if isinstance(entry, IngestFailure):
                        _record_failure(ws, report, entry)
                        continue
                    _ingest_file(ws, entry, report, by_format, by_lang, outlet)
                    reporter.advance()
        from claimgraph.ingest.corrections import apply_document_judgments

        apply_document_judgments(ws)
    finally:
        reporter.finish()
    report.by_format = dict(by_format.most_common())
    report.by_lang = dict(by_lang.most_common())
    return report


def _workspace_files(ws: Workspace) -> set[str]:
    """The workspace's own DuckDB file and journal: never read as sources when they sit in the folder."""
    url = ws.settings.workspace
    if url.startswith(("postgresql://", "postgres://")):
        return set()
    base = source_key(Path(url.removeprefix("duckdb://")))
    return {base, base + ".wal", base + ".tmp"}


def _ingest_file(ws: Workspace, path: Path, report: IngestReport, by_format: Counter[str],
                 by_lang: Counter[str], outlet: str | None) -> None:
    report.files += 1
    shown = str(path)
    key = source_key(path)
    try:
        stat = path.stat()
    except OSError as exc:
        _record_failure(ws, report, IngestFailure(shown, f"cannot read ({exc.strerror or exc})"))
        return
    previous = ws.store.scalar("SELECT fingerprint FROM sources WHERE source = ?", [key])
    if previous and previous.startswith(quick_fingerprint(stat) + ":"):
        report.unchanged += 1
        return
    limit = ws.settings.max_file_mb
    if stat.st_size > limit * 1024 * 1024:
        _record_failure(ws, report, IngestFailure(
            shown, f"file is {stat.st_size / 1048576:.1f} MB, over the {limit:g} MB limit "
                   "(raise CLAIMGRAPH_MAX_FILE_MB to read it)"))
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        _record_failure(ws, report, IngestFailure(shown, f"cannot read ({exc.strerror or exc})"))
        return
    fp = fingerprint(stat, data)
    if previous and previous.rsplit(":", 1)[-1] == fp.rsplit(":", 1)[-1]:  # touched, not changed
        with ws.store.write() as tx:
            tx.execute("UPDATE sources SET fingerprint = ? WHERE source = ?", [fp, key])
        report.unchanged += 1
        return
    try:
        items = list(read_bytes(data, shown, ws.settings.max_pdf_pages))
    except IngestError as exc:
        _record_failure(ws, report, IngestFailure(shown, " ".join(str(exc).split())))
        return
    except Exception as exc:  # noqa: BLE001 - hostile files break libraries in unforeseen ways
        LOG.debug("reader failed on %s", shown, exc_info=True)
        _record_failure(ws, report, IngestFailure(shown, f"unreadable ({type(exc).__name__}: {exc})"[:300]))
        return
    del data
    failures = [i for i in items if isinstance(i, IngestFailure)]
    texts = [i for i in items if isinstance(i, Item)]
    if not texts and not failures:
        _record_failure(ws, report, IngestFailure(shown, "no text found"))
        return
    with ws.store.write() as tx:
        for item in texts:
            _store_item(tx, ws, item, key, outlet, report)
            by_format[item.format] += 1
            by_lang[item.lang or "und"] += 1
        for failure in failures:
            tx.upsert("ingest_errors", [records.error_row(failure)])
        tx.upsert("sources", [{"source": key, "fingerprint": fp, "documents": len(texts), "seen_at": now()}],
                  key=("source",), update=True)
    report.failures.extend(failures)


def _store_item(tx: Cursor, ws: Workspace, item: Item, key: str, outlet: str | None,
                report: IngestReport) -> None:
    """One text: a new document (with its copy check) or one more sighting of a stored one."""
    doc_id = document_id(item.text)
    existing = tx.query("SELECT retracted FROM documents WHERE id = ?", [doc_id])
    if existing and existing[0]["retracted"]:
        return  # retracted by the analyst: a re-ingest does not bring it back
    if existing:
        report.duplicates += 1
        for column in ("published", "title", "author"):  # a later sighting may know more
            value = getattr(item, column)
            if value:
                tx.execute(f"UPDATE documents SET {column} = ? WHERE id = ? AND {column} IS NULL",
                           [value, doc_id])
    else:
        doc = Document(id=doc_id, text=item.text, title=item.title, author=item.author,
                       published=item.published, lang=item.lang or "und", format=item.format,
                       ingested_at=now(), meta=item.meta)
        tx.upsert("documents", [records.document_row(doc)])
        report.documents_new += 1
        threshold = ws.settings.near_duplicate_threshold
        sig = dedupe.signature(item.text)
        if sig is not None:
            copy = dedupe.find_copy(tx, doc_id, item.published, sig, threshold)
            if copy is not None:
                tx.upsert("citations", [records.citation_row(copy.citation())])
                report.copies += 1
            dedupe.store_signature(tx, doc_id, sig, threshold)
    name = outlet or item.outlet
    sighting = Sighting(
        id=Sighting.make_id(doc_id, name, item.url, key, item.channel, item.message_id),
        document_id=doc_id, outlet=name, url=item.url, path=key, published=item.published,
        title=item.title, channel=item.channel, message_id=item.message_id,
        forwarded_from=item.forwarded_from, format=item.format, seen_at=now())
    if not tx.query("SELECT 1 AS found FROM sightings WHERE id = ?", [sighting.id]):
        tx.upsert("sightings", [records.sighting_row(sighting)])
        report.sightings_new += 1
    if item.forwarded_from:
        citation = Citation(id=make_id("citation", doc_id, "forward", item.forwarded_from),
                            document_id=doc_id, kind="forward", source=item.forwarded_from)
        tx.upsert("citations", [records.citation_row(citation)])


def _record_failure(ws: Workspace, report: IngestReport, failure: IngestFailure) -> None:
    with ws.store.write() as tx:
        tx.upsert("ingest_errors", [records.error_row(failure)])
    report.failures.append(failure)
