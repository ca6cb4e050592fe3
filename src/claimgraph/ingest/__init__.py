"""Ingestion: files, folders, feeds and exports into documents with sightings and citations.

Readers (one module per format) are plain functions over bytes and touch no store; :mod:`run`
reads files in chunks and writes each chunk in one transaction through :mod:`writer`.
"""
from claimgraph.ingest.catalog import list_documents, show_document
from claimgraph.ingest.corrections import (
    apply_document_judgments,
    edit_document,
    resolve_document_id,
    retract_document,
)
from claimgraph.ingest.item import Item
from claimgraph.ingest.readers import read_bytes
from claimgraph.ingest.run import IngestReport, ingest_paths, record_failure

__all__ = [
    "IngestReport", "Item", "apply_document_judgments", "edit_document", "ingest_paths", "list_documents",
    "read_bytes", "record_failure", "resolve_document_id", "retract_document", "show_document",
]
