"""Ingesting web pages by URL: fetch politely, keep the snapshot, store the text like a file's."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from urllib.parse import urlsplit

from claimgraph.collect.fetch import Fetched, Fetcher
from claimgraph.collect.snapshots import store_snapshot
from claimgraph.errors import IngestError
from claimgraph.ids import document_id
from claimgraph.ingest import dedupe
from claimgraph.ingest.files import FileResult, ReadItem
from claimgraph.ingest.item import Item
from claimgraph.ingest.readers import read_bytes
from claimgraph.ingest.run import IngestReport, record_failure
from claimgraph.ingest.sources import content_hash
from claimgraph.ingest.writer import write_files
from claimgraph.model import IngestFailure
from claimgraph.progress import NULL, Reporter
from claimgraph.workspace import Workspace

LOG = logging.getLogger(__name__)


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def read_page(fetched: Fetched, ws: Workspace) -> list[Item]:
    """Items of a fetched page, each carrying the final URL and, failing better, the site as outlet."""
    items = [i for i in read_bytes(fetched.body, fetched.url, ws.settings.max_pdf_pages)
             if isinstance(i, Item)]
    site = urlsplit(fetched.final_url).netloc.removeprefix("www.")
    for item in items:
        item.url = item.url or fetched.final_url
        item.outlet = item.outlet or site
        item.meta = {**item.meta, "fetched_from": fetched.url}
    return items


def store_items(ws: Workspace, key: str, items: list[Item], report: IngestReport,
                outlet: str | None = None, fetched: Fetched | None = None) -> list[str]:
    """Store texts read from one web source (and its snapshot) in one transaction, exactly as a
    file's texts are stored: duplicates become sightings, near-duplicates copies."""
    read = [ReadItem(i, document_id(i.text), dedupe.signature(i.text)) for i in items]
    result = FileResult(key=key, shown=key, items=read,
                        fingerprint=content_hash("\n".join(i.text for i in items).encode()))
    with ws.store.session(), ws.store.write() as tx:
        write_files(tx, [result], outlet, ws.settings.near_duplicate_threshold, report)
        if fetched is not None:
            store_snapshot(tx, fetched, read[0].document_id if read else None)
    return [r.document_id for r in read]


def store_page(ws: Workspace, fetched: Fetched, items: list[Item], report: IngestReport,
               outlet: str | None = None) -> list[str]:
    """Store the snapshot and the page's documents in one transaction; returns the document ids."""
    return store_items(ws, fetched.final_url, items, report, outlet, fetched)


def ingest_urls(ws: Workspace, urls: Sequence[str], fetcher: Fetcher | None = None,
                reporter: Reporter = NULL, outlet: str | None = None) -> IngestReport:
    """Fetch and ingest each URL; a URL that fails is recorded (stage "fetch") and the run goes on."""
    report = IngestReport()
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    reporter.start("Fetching", total=len(urls))
    try:
        for url in urls:
            report.files += 1
            try:
                fetched = fetcher.get(url)
                items = read_page(fetched, ws)
                if not items:
                    raise IngestError(url, "no text found on the page")
            except IngestError as exc:
                record_failure(ws, report, IngestFailure(url, " ".join(str(exc).split()), stage="fetch"))
            else:
                store_page(ws, fetched, items, report, outlet)
            reporter.advance()
    finally:
        reporter.finish()
        if own:
            fetcher.close()
    return report
