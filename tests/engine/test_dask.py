"""Distributed extraction on a local Dask cluster: same results as the process pool, and a worker
killed mid-run loses and duplicates nothing."""
from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from claimgraph.ids import document_id
from claimgraph.model import Document
from claimgraph.nlp.extract import extract_workspace
from claimgraph.settings import Settings
from claimgraph.store import records
from claimgraph.workspace import Workspace
from testkit import postgres_url

distributed = pytest.importorskip("distributed")

SENTENCES_EN = [
    "Maxim Oreshkin said in March that Russia offered Belarus a plant for up to {n} drones a year.",
    "Governor Vyacheslav Fedorishchev met Alexander Lukashenko in Minsk on {d} July 2025.",
    "The Tomsk centre trained {n} operators, the regional ministry reported.",
]
SENTENCES_RU = [
    "Губернатор Вячеслав Федорищев провел переговоры в Минске {d} июля 2025 года.",
    "Россия предложила Беларуси построить завод мощностью до {n} беспилотников в год.",
]


def corpus(n: int) -> list[Document]:
    docs = []
    for i in range(n):
        if i % 2:
            text = " ".join(s.format(n=1000 + i, d=1 + i % 28) for s in SENTENCES_RU)
            lang = "ru"
        else:
            text = " ".join(s.format(n=1000 + i, d=1 + i % 28) for s in SENTENCES_EN)
            lang = "en"
        docs.append(Document(id=document_id(text), text=text, lang=lang, published="2025-07-22"))
    return docs


def workspace_with(url: str, docs: list[Document]) -> Workspace:
    ws = Workspace.open(Settings.from_env({}, workspace=url), create=True)
    with ws.store.write() as tx:
        tx.upsert("documents", [records.document_row(d) for d in docs])
    return ws


def snapshot(ws: Workspace) -> dict[str, set[str]]:
    return {t: {r["id"] for r in ws.store.query(f"SELECT id FROM {t}")}
            for t in ("mentions", "claims", "events", "citations")}


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    from distributed import Client, LocalCluster

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    with (LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc,
          Client(lc) as client):
        yield client


@pytest.mark.postgres
@pytest.mark.slow
def test_dask_on_postgres_gives_the_ids_of_the_pool_on_duckdb(tmp_path: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.engine.dask import extract_with_dask

    docs = corpus(8)
    pool_ws = workspace_with(str(tmp_path / "pool.duckdb"), docs)
    extract_workspace(pool_ws, workers=1)
    dask_ws = workspace_with(postgres_url(), docs)
    report = extract_with_dask(dask_ws, client=cluster, batch_size=3)
    assert report.documents == 8
    expected = snapshot(pool_ws)
    assert expected["mentions"]
    assert snapshot(dask_ws) == expected
    again = extract_with_dask(dask_ws, client=cluster)
    assert again.documents == 0 and again.up_to_date == 8


@pytest.mark.slow
def test_dask_worker_killed_mid_run_loses_and_duplicates_nothing(tmp_path: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    from claimgraph.engine.dask import extract_with_dask

    docs = corpus(24)
    clean = workspace_with(str(tmp_path / "clean.duckdb"), docs)
    extract_with_dask(clean, client=cluster, batch_size=2)
    expected = snapshot(clean)

    killed = workspace_with(str(tmp_path / "killed.duckdb"), docs)
    out = tmp_path / "batches"
    pids = list(cluster.run(os.getpid).values())

    def kill_one_when_work_starts() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(out.glob("batch-*/_DONE")):
            time.sleep(0.05)
        os.kill(pids[0], signal.SIGKILL)

    killer = threading.Thread(target=kill_one_when_work_starts)
    killer.start()
    report = extract_with_dask(killed, client=cluster, batch_size=2, out_dir=str(out))
    killer.join()
    assert report.documents == 24
    assert snapshot(killed) == expected
    assert killed.store.scalar("SELECT count(*) FROM documents WHERE extracted_version IS NULL") == 0


@pytest.mark.slow
def test_dask_cli_engine_option_extracts_the_workspace(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimgraph.cli import app

    ws = workspace_with(str(tmp_path / "cli.duckdb"), corpus(4))
    result = CliRunner().invoke(app, ["extract", "--engine", "dask", "--workers", "1", "-w",
                                      ws.settings.workspace])
    assert result.exit_code == 0, result.output
    assert ws.store.scalar("SELECT count(*) FROM documents WHERE extracted_version IS NULL") == 0
    assert ws.store.scalar("SELECT count(*) FROM mentions") > 0


def test_dask_cli_unknown_engine_is_one_line_error(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimgraph.cli import app

    ws = workspace_with(str(tmp_path / "e.duckdb"), corpus(1))
    result = CliRunner().invoke(app, ["extract", "--engine", "spark", "-w", ws.settings.workspace])
    assert result.exit_code == 1
    assert "unknown engine" in result.output
