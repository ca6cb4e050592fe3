"""Writing read files to the store: one transaction per group of files, few statements per group.

Per-row statements cost a round trip each, which dominates on DuckDB; here every table gets one
multi-row statement per group. Near-duplicates are looked up among stored documents (by band key)
and among the documents of the same group, in reading order, so the result is the same as
writing the files one by one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimgraph.ids import make_id
from claimgraph.ingest import dedupe
from claimgraph.ingest.files import FileResult
from claimgraph.model import Citation, Document, Sighting
from claimgraph.store import Cursor, now, records

if TYPE_CHECKING:
    from claimgraph.ingest.run import IngestReport

_FILLABLE = ("published", "title", "author")


def _select_in(tx: Cursor, sql: str, values: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        out += tx.query(sql.format(marks=", ".join("?" for _ in chunk)), chunk)
    return out


@dataclass
class _Batch:
    documents: list[dict[str, Any]] = field(default_factory=list)
    sightings: list[dict[str, Any]] = field(default_factory=list)
    citations: dict[str, dict[str, Any]] = field(default_factory=dict)
    signatures: list[dict[str, Any]] = field(default_factory=list)
    bands: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    fills: dict[str, dict[str, str]] = field(default_factory=dict)


def write_files(tx: Cursor, results: list[FileResult], outlet: str | None, threshold: float,
                report: IngestReport) -> None:
    """Store the items of read files (documents, sightings, citations, signatures, sources)."""
    items = [(r, ri) for r in results for ri in r.items]
    doc_ids = list(dict.fromkeys(ri.document_id for _, ri in items))
    stored = {row["id"]: bool(row["retracted"]) for row in
              _select_in(tx, "SELECT id, retracted FROM documents WHERE id IN ({marks})", doc_ids)}
    all_bands = list(dict.fromkeys(k for _, ri in items if ri.signature is not None
                                   for k in dedupe.band_keys(ri.signature, threshold)))
    by_band = dedupe.stored_candidates(tx, all_bands)
    stored_sigs = dedupe.stored_signatures(tx, list({d for ids in by_band.values() for d in ids}))
    batch = _Batch()
    new_sigs: dict[str, tuple[str | None, dedupe.Signature]] = {}
    new_bands: dict[str, list[str]] = {}
    seen_sightings: set[str] = set()
    now_ = now()
    for result, ri in items:
        item, doc_id = ri.item, ri.document_id
        if stored.get(doc_id):
            continue  # retracted by the analyst: a re-ingest does not bring it back
        if doc_id in stored:
            report.duplicates += 1
            fill = batch.fills.setdefault(doc_id, {})
            for column in _FILLABLE:  # a later sighting may know what the first did not
                value = getattr(item, column)
                if value and column not in fill:
                    fill[column] = value
        else:
            stored[doc_id] = False
            doc = Document(id=doc_id, text=item.text, title=item.title, author=item.author,
                           published=item.published, lang=item.lang or "und", format=item.format,
                           ingested_at=now_, meta=item.meta)
            batch.documents.append(records.document_row(doc))
            report.documents_new += 1
            if ri.signature is not None:
                keys = dedupe.band_keys(ri.signature, threshold)
                candidates = _candidates(keys, by_band, new_bands, stored_sigs, new_sigs)
                copy = dedupe.best_copy(doc_id, item.published, ri.signature, candidates, threshold)
                if copy is not None:
                    cit = copy.citation()
                    batch.citations[cit.id] = records.citation_row(cit)
                    report.copies += 1
                new_sigs[doc_id] = (item.published, ri.signature)
                for k in keys:
                    new_bands.setdefault(k, []).append(doc_id)
                sig_row, band_rows = dedupe.signature_rows(doc_id, ri.signature, threshold)
                batch.signatures.append(sig_row)
                batch.bands += band_rows
        name = outlet or item.outlet
        sighting = Sighting(
            id=Sighting.make_id(doc_id, name, item.url, result.key, item.channel, item.message_id),
            document_id=doc_id, outlet=name, url=item.url, path=result.key, published=item.published,
            title=item.title, channel=item.channel, message_id=item.message_id,
            forwarded_from=item.forwarded_from, format=item.format, seen_at=now_)
        if sighting.id not in seen_sightings:
            seen_sightings.add(sighting.id)
            batch.sightings.append(records.sighting_row(sighting))
        if item.forwarded_from:
            cit = Citation(id=make_id("citation", doc_id, "forward", item.forwarded_from),
                           document_id=doc_id, kind="forward", source=item.forwarded_from)
            batch.citations[cit.id] = records.citation_row(cit)
    for result in results:
        batch.errors += [records.error_row(f) for f in result.record_failures]
        report.failures.extend(result.record_failures)
        batch.sources.append({"source": result.key, "fingerprint": result.fingerprint,
                              "documents": len(result.items), "seen_at": now_})
    _flush(tx, batch, report)


def _candidates(keys: list[str], by_band: dict[str, list[str]], new_bands: dict[str, list[str]],
                stored_sigs: dict[str, tuple[str | None, dedupe.Signature]],
                new_sigs: dict[str, tuple[str | None, dedupe.Signature]]) -> list[dedupe.Candidate]:
    ids: dict[str, None] = {}
    for k in keys:
        for d in by_band.get(k, [])[:dedupe.MAX_PER_BAND]:
            ids[d] = None
        for d in new_bands.get(k, [])[:dedupe.MAX_PER_BAND]:
            ids[d] = None
    out: list[dedupe.Candidate] = []
    for d in ids:
        known = new_sigs.get(d) or stored_sigs.get(d)
        if known is not None:
            out.append((d, known[0], known[1]))
    return out


def _flush(tx: Cursor, batch: _Batch, report: IngestReport) -> None:
    tx.upsert("documents", batch.documents)
    for doc_id, fill in batch.fills.items():
        cols = [c for c in _FILLABLE if c in fill]
        if cols:
            tx.execute(f"UPDATE documents SET {', '.join(f'{c} = coalesce({c}, ?)' for c in cols)} "
                       f"WHERE id = ? AND ({' OR '.join(f'{c} IS NULL' for c in cols)})",
                       [fill[c] for c in cols] + [doc_id])
    if batch.sightings:
        existing = {r["id"] for r in _select_in(tx, "SELECT id FROM sightings WHERE id IN ({marks})",
                                                [s["id"] for s in batch.sightings])}
        fresh = [s for s in batch.sightings if s["id"] not in existing]
        tx.upsert("sightings", fresh)
        report.sightings_new += len(fresh)
    tx.upsert("citations", list(batch.citations.values()))
    tx.upsert("minhash_signatures", batch.signatures, key=("document_id",))
    tx.upsert("minhash_bands", batch.bands, key=("band", "document_id"))
    tx.upsert("ingest_errors", batch.errors)
    tx.upsert("sources", batch.sources, key=("source",), update=True)
