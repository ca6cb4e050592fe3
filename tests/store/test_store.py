"""The store contract, run on every backend."""
from __future__ import annotations

from claimgraph.ids import document_id
from claimgraph.model import Claim, Document, IngestFailure, Judgment, TimeRef
from claimgraph.store import records
from claimgraph.store.schema import SCHEMA_VERSION
from claimgraph.workspace import Workspace


def test_store_migrates_to_current_schema(any_workspace: Workspace) -> None:
    assert any_workspace.store.schema_version() == SCHEMA_VERSION
    assert any_workspace.store.migrate() == SCHEMA_VERSION  # idempotent


def test_store_upsert_twice_keeps_one_row(any_workspace: Workspace) -> None:
    doc = Document(id=document_id("Минск, 21 июля."), text="Минск, 21 июля.", lang="ru")
    for _ in range(2):
        with any_workspace.store.write() as tx:
            tx.upsert("documents", [records.document_row(doc)])
    rows = any_workspace.store.query("SELECT * FROM documents")
    assert len(rows) == 1
    assert records.document_from(rows[0]) == doc


def test_store_rolls_back_on_error(any_workspace: Workspace) -> None:
    doc = Document(id="doc-1", text="x")
    try:
        with any_workspace.store.write() as tx:
            tx.upsert("documents", [records.document_row(doc)])
            raise RuntimeError("killed")
    except RuntimeError:
        pass
    assert any_workspace.store.scalar("SELECT count(*) FROM documents") == 0


def test_store_round_trips_claims_with_time(any_workspace: Workspace) -> None:
    claim = Claim(id="clm-1", document_id="doc-1", subject="Russia", predicate="offers_to_build",
                  object="Belarus", value=100000, unit="drone", qualifier="up to", rate="year",
                  time=TimeRef("2025-03-01", "2025-03-31", "month", "in March"), modality="offer",
                  start=0, end=10)
    with any_workspace.store.write() as tx:
        tx.upsert("claims", [records.claim_row(claim)])
    row = any_workspace.store.query("SELECT * FROM claims")[0]
    assert records.claim_from(row) == claim


def test_store_round_trips_judgments_and_errors(any_workspace: Workspace) -> None:
    j = Judgment(id="jdg-1", kind="merge", target="ent-a", args={"other": "ent-b"}, user="ana",
                 at="2026-01-01T00:00:00+00:00")
    with any_workspace.store.write() as tx:
        tx.upsert("judgments", [records.judgment_row(j)])
        tx.upsert("ingest_errors", [records.error_row(IngestFailure("a.pdf", "encrypted"))] * 2)
    assert records.judgment_from(any_workspace.store.query("SELECT * FROM judgments")[0]) == j
    assert any_workspace.store.scalar("SELECT count(*) FROM ingest_errors") == 1


def _other_process_can_open(path: str) -> bool:
    import subprocess
    import sys

    code = f"import duckdb; duckdb.connect({path!r}).close()"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, check=False).returncode == 0


def test_store_held_duckdb_file_is_released_after_idle(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import time

    from claimgraph.store import open_store

    path = str(tmp_path / "held.duckdb")
    open_store(path).migrate()
    store = open_store(path, hold_seconds=2.0)
    with store.session():
        assert store.schema_version() > 0
    assert not _other_process_can_open(path)  # still held right after a request
    time.sleep(2.5)
    assert _other_process_can_open(path)  # released once idle
