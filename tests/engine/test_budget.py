"""The time budget per document and supervised workers: a document that never returns is cut at the
budget and recorded, a worker killed mid-batch loses nothing else, a worker past the memory ceiling
is replaced; on the process pool, on Dask and in ``annotate``."""
from __future__ import annotations

import json
import os
import re
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from budgetkit import STUBBORN, install_stubborn
from claimgraph.cli import app
from claimgraph.ids import document_id
from claimgraph.model import Document
from claimgraph.nlp.extract import extract_workspace, pool
from claimgraph.nlp.registry import registry
from claimgraph.settings import Settings
from claimgraph.store.records import document_row
from claimgraph.workspace import Workspace

BUDGET = 2.0
#: Real parsing and NER, then the misbehaving component.
WITH_MODELS = f"claimgraph.parse.v1,claimgraph.ner.v1,{STUBBORN}"


@pytest.fixture
def stubborn(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    with monkeypatch.context() as patch:
        install_stubborn(patch, tmp_path / "site")
        yield tmp_path / "site"
    registry.reload()  # the package is gone from the path again: later tests see the built-ins only


def texts(n: int, **special: str) -> list[str]:
    """``n`` short reports from Minsk; ``special`` replaces report ``_<i>`` with a marked text."""
    out = [f"Report {i}: Viktor Khrenin visited the plant in Minsk on {1 + i % 28} May 2025." for i in range(n)]
    for key, text in special.items():
        out[int(key.lstrip("_"))] = text
    return out


def workspace_of(path: Path, docs: list[str], **settings: object) -> Workspace:
    ws = Workspace.open(Settings.from_env({}, workspace=str(path), **settings), create=True)
    with ws.store.write() as tx:
        tx.upsert("documents", [document_row(Document(id=document_id(t), text=t, lang="en")) for t in docs])
    return ws


def extracted(ws: Workspace) -> set[str]:
    """Documents whose results are stored under the current pipeline version."""
    return {r["document_id"] for r in ws.store.query("SELECT DISTINCT document_id FROM mentions")}


def errors(ws: Workspace) -> dict[str, tuple[str, str]]:
    return {r["source"]: (r["stage"], r["reason"])
            for r in ws.store.query("SELECT source, stage, reason FROM ingest_errors")}


@pytest.mark.slow
def test_a_document_that_never_returns_is_cut_at_the_budget_and_the_others_are_stored(stubborn, tmp_path) -> None:
    docs = texts(20, _3="Report 3 from Minsk, where the rule never ends [hang].")
    ws = workspace_of(tmp_path / "ws.duckdb", docs, pipeline=WITH_MODELS)
    hanging = document_id(docs[3])

    env = {"CLAIMGRAPH_PIPELINE": WITH_MODELS}
    result = CliRunner().invoke(app, ["extract", "-w", ws.settings.workspace, "--workers", "2",
                                      "--doc-timeout", str(BUDGET)], env=env)

    assert result.exit_code == 0, result.output
    assert "Skipped 1 document" in result.output
    assert extracted(ws) == {document_id(t) for t in docs} - {hanging}
    assert ws.store.scalar("SELECT count(*) FROM mentions WHERE label = 'Person'") >= 19  # real NER ran
    stage, reason = errors(ws)[hanging]
    assert stage == "extract"
    assert re.search(rf"^timeout after 2\.\d s in {STUBBORN} \(budget 2 s per document\)$", reason)
    listed = CliRunner().invoke(app, ["errors", "-w", ws.settings.workspace, "--json"])
    assert {"source": hanging, "stage": "extract"}.items() <= json.loads(listed.stdout)[0].items()

    strict = CliRunner().invoke(app, ["extract", "-w", ws.settings.workspace, "--workers", "1",
                                      "--doc-timeout", str(BUDGET), "--retry-failed", "--strict"], env=env)
    assert strict.exit_code == 1
    assert "Skipped 1 document" in strict.output


def test_a_skipped_document_is_retried_only_when_asked_or_given_more_time(stubborn, tmp_path) -> None:
    docs = texts(4, _1="Report 1 from Minsk [hang]")
    ws = workspace_of(tmp_path / "ws.duckdb", docs, pipeline=STUBBORN)

    first = extract_workspace(ws, workers=1, doc_timeout=1)
    again = extract_workspace(ws, workers=1, doc_timeout=1)
    asked = extract_workspace(ws, workers=1, doc_timeout=1, retry_failed=True)
    longer = extract_workspace(ws, workers=1, doc_timeout=1.5)

    assert (first.documents, first.skipped) == (3, 1)
    assert (again.documents, again.skipped, again.not_retried, again.up_to_date) == (0, 0, 1, 3)
    assert (asked.documents, asked.skipped) == (0, 1)
    assert (longer.documents, longer.skipped) == (0, 1)
    assert len(errors(ws)) == 1


def test_a_worker_killed_mid_batch_loses_nothing_else(stubborn, tmp_path) -> None:
    docs = texts(10, _4="Report 4 from Minsk [wait-for-kill]")
    ws = workspace_of(tmp_path / "ws.duckdb", docs, pipeline=STUBBORN)
    waiting = stubborn / "waiting"
    killed: list[int] = []

    def kill_when_waiting() -> None:
        deadline = time.monotonic() + 120
        while not waiting.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        killed.append(int(waiting.read_text(encoding="ascii")))
        os.kill(killed[0], signal.SIGKILL)

    killer = threading.Thread(target=kill_when_waiting)
    killer.start()
    with pool(1, ws.settings, doc_timeout=300) as workers:
        report = extract_workspace(ws, executor=workers)
        survivors = workers.pids()
    killer.join()

    assert (report.documents, report.skipped) == (9, 1)
    assert extracted(ws) == {document_id(t) for t in docs} - {document_id(docs[4])}
    _, reason = errors(ws)[document_id(docs[4])]
    assert "worker died" in reason and "SIGKILL" in reason
    assert survivors and killed[0] not in survivors  # replaced by a new process


def test_a_worker_past_the_memory_ceiling_is_replaced_and_loses_nothing(stubborn, tmp_path) -> None:
    docs = texts(40, _2="Report 2 from Minsk [leak 300]")
    ws = workspace_of(tmp_path / "ws.duckdb", docs, pipeline=STUBBORN, worker_max_mb=250)
    with pool(1, ws.settings) as workers:
        report = extract_workspace(ws, executor=workers)
        replaced = workers.replaced
    assert (report.documents, report.skipped) == (40, 0)
    assert replaced == 1
    assert extracted(ws) == {document_id(t) for t in docs}


def test_a_worker_growing_past_twice_the_ceiling_mid_document_is_stopped(stubborn, tmp_path) -> None:
    docs = texts(6, _5="Report 5 from Minsk [balloon]")
    ws = workspace_of(tmp_path / "ws.duckdb", docs, pipeline=STUBBORN, worker_max_mb=250)
    report = extract_workspace(ws, workers=1, doc_timeout=120)
    assert (report.documents, report.skipped) == (5, 1)
    _, reason = errors(ws)[document_id(docs[5])]
    assert reason.startswith("out of memory") and "limit 500 MB" in reason


def test_annotate_writes_an_error_line_for_a_document_over_budget_and_goes_on(stubborn, tmp_path,
                                                                             monkeypatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_PIPELINE", STUBBORN)
    lines = [{"id": f"d{i}", "text": t, "lang": "en"}
             for i, t in enumerate(texts(5, _1="Report 1 from Minsk [hang]"))]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")

    result = CliRunner().invoke(app, ["annotate", "-i", str(src), "-o", str(out), "--doc-timeout", "1"])

    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["d0", "d1", "d2", "d3", "d4"]
    error = records[1].pop("error")
    assert records[1] == {"id": "d1"}
    assert (error["stage"], error["reason"], error["step"]) == ("annotate", "timeout", STUBBORN)
    assert 1.0 <= error["seconds"] < 2.0
    assert error["message"] == f"timeout after {error['seconds']:.1f} s in {STUBBORN} (budget 1 s per document)"
    assert all(r["entities"][0]["text"] == "Minsk" for i, r in enumerate(records) if i != 1)


@pytest.mark.slow
def test_dask_cuts_a_document_at_the_budget_and_stores_the_others(stubborn, tmp_path) -> None:
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    from claimgraph.engine.dask import extract_with_dask

    docs = texts(12, _7="Report 7 from Minsk [hang]")
    ws = workspace_of(tmp_path / "ws.duckdb", docs, pipeline=STUBBORN)
    with (LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
          Client(cluster) as client):
        report = extract_with_dask(ws, client=client, batch_size=4, doc_timeout=BUDGET)
        again = extract_with_dask(ws, client=client, batch_size=4, doc_timeout=BUDGET)
    assert (report.documents, report.skipped) == (11, 1)
    assert extracted(ws) == {document_id(t) for t in docs} - {document_id(docs[7])}
    stage, reason = errors(ws)[document_id(docs[7])]
    assert stage == "extract" and re.search(rf"timeout after 2\.\d s in {STUBBORN}", reason)
    assert (again.documents, again.not_retried, again.up_to_date) == (0, 1, 11)


@pytest.mark.slow
def test_dask_cli_reports_skipped_documents(stubborn, tmp_path) -> None:
    pytest.importorskip("distributed")
    docs = texts(3, _0="Report 0 from Minsk [hang]")
    ws = workspace_of(tmp_path / "ws.duckdb", docs, pipeline=STUBBORN)
    result = CliRunner().invoke(app, ["extract", "--engine", "dask", "--workers", "1", "--doc-timeout", "1",
                                      "-w", ws.settings.workspace], env={"CLAIMGRAPH_PIPELINE": STUBBORN})
    assert result.exit_code == 0, result.output
    assert "Skipped 1 document" in result.output
    assert len(extracted(ws)) == 2


@pytest.mark.slow
def test_dask_extraction_process_killed_mid_batch_loses_nothing_else(stubborn, tmp_path) -> None:
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    from claimgraph.engine.dask import extract_with_dask

    docs = texts(8, _6="Report 6 from Minsk [wait-for-kill]")
    ws = workspace_of(tmp_path / "ws.duckdb", docs, pipeline=STUBBORN)
    waiting = stubborn / "waiting"

    def kill_when_waiting() -> None:
        deadline = time.monotonic() + 120
        while not waiting.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(int(waiting.read_text(encoding="ascii")), signal.SIGKILL)

    killer = threading.Thread(target=kill_when_waiting)
    killer.start()
    with (LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
          Client(cluster) as client):
        report = extract_with_dask(ws, client=client, batch_size=4, doc_timeout=300)
    killer.join()
    assert (report.documents, report.skipped) == (7, 1)
    assert extracted(ws) == {document_id(t) for t in docs} - {document_id(docs[6])}
    _, reason = errors(ws)[document_id(docs[6])]
    assert "worker died" in reason and "SIGKILL" in reason
