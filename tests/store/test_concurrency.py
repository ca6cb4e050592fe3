"""Several writers at once on PostgreSQL: two ingests and an extraction end with no duplicates and
nothing lost; on DuckDB a second writer waits for the first instead of failing."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.settings import Settings
from claimgraph.workspace import Workspace
from testkit import postgres_url

CLI = [sys.executable, "-m", "claimgraph"]


def write_corpus(folder: Path, start: int, stop: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, stop):
        (folder / f"r{i:03d}.txt").write_text(
            f"Title: Report {i}\nOutlet: Outlet {i % 5}\n\n"
            f"The Tomsk centre for unmanned systems said on {1 + i % 28} May 2025 that it had trained "
            f"{100 + i} operators, and Governor Ivan Petrov visited plant number {i}.\n",
            encoding="utf-8")


def run(*args: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*CLI, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def counts(url: str) -> dict[str, object]:
    ws = Workspace.open(Settings.from_env({}, workspace=url))
    q = ws.store.query
    return {
        "documents": sorted(r["id"] for r in q("SELECT id FROM documents")),
        "sightings": sorted(r["id"] for r in q("SELECT id FROM sightings")),
        "mentions": sorted(r["id"] for r in q("SELECT id FROM mentions")),
        "duplicate_sightings": q("SELECT count(*) - count(DISTINCT id) AS n FROM sightings")[0]["n"],
    }


@pytest.mark.postgres
@pytest.mark.slow
def test_concurrency_two_ingests_and_an_extraction_on_postgres(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_corpus(a, 0, 40)
    write_corpus(b, 20, 60)  # 20 files overlap: same texts, other paths
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    concurrent_url, sequential_url = postgres_url(), postgres_url()
    for url in (concurrent_url, sequential_url):
        subprocess.run([*CLI, "init", url], env=env, check=True, capture_output=True)

    procs = [run("ingest", str(a), "-w", concurrent_url, env=env),
             run("ingest", str(b), "-w", concurrent_url, env=env),
             run("extract", "--workers", "1", "-w", concurrent_url, env=env)]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    subprocess.run([*CLI, "extract", "--workers", "1", "-w", concurrent_url], env=env, check=True,
                   capture_output=True)

    for args in (["ingest", str(a)], ["ingest", str(b)], ["extract", "--workers", "1"]):
        subprocess.run([*CLI, *args, "-w", sequential_url], env=env, check=True, capture_output=True)

    got, expected = counts(concurrent_url), counts(sequential_url)
    assert len(expected["documents"]) == 60  # type: ignore[arg-type]
    assert got == expected
    assert got["duplicate_sightings"] == 0


def test_concurrency_duckdb_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    url = str(tmp_path / "ws.duckdb")
    ws = Workspace.open(Settings.from_env({}, workspace=url), create=True)
    write_corpus(tmp_path / "c", 0, 5)
    env = {**os.environ, "CLAIMGRAPH_BUSY_TIMEOUT": "60"}
    with ws.store.session():  # this process holds the file for a moment
        proc = run("ingest", str(tmp_path / "c"), "-w", url, env=env)
        import time

        time.sleep(1.5)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert ws.store.scalar("SELECT count(*) FROM documents") == 5


def test_concurrency_duckdb_busy_workspace_is_a_one_line_error(tmp_path: Path) -> None:
    url = str(tmp_path / "ws.duckdb")
    ws = Workspace.open(Settings.from_env({}, workspace=url), create=True)
    env = {**os.environ, "CLAIMGRAPH_BUSY_TIMEOUT": "0.5"}
    with ws.store.session():
        result = subprocess.run([*CLI, "status", "-w", url], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error:") and "busy" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
