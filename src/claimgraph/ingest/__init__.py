"""Ingestion: files, folders, feeds and exports into documents with sightings and citations.

Readers (one module per format) are plain functions over bytes and touch no store; :mod:`run`
writes their items one file per transaction.
"""
from claimgraph.ingest.corrections import (
    apply_document_judgments,
    edit_document,
    resolve_document_id,
    retract_document,
)
from claimgraph.ingest.item import Item
from claimgraph.ingest.readers import read_bytes
from claimgraph.ingest.run import IngestReport, ingest_paths

__all__ = [
    "IngestReport", "Item", "apply_document_judgments", "edit_document", "ingest_paths", "read_bytes",
    "resolve_document_id", "retract_document",
]
