"""A run killed with SIGKILL at any point, then run again, ends exactly like one clean run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimgraph.errors import StoreError
from claimgraph.settings import Settings
from claimgraph.workspace import Workspace

from .builders import snapshot

FILES = 300
TOPICS = ["engines", "airframes", "optics", "batteries", "radios", "propellers", "servos", "cameras"]
PLACES = ["Minsk", "Gomel", "Brest", "Vitebsk", "Grodno", "Mogilev", "Orsha", "Pinsk"]


def _text(n: int) -> str:
    topic, place = TOPICS[n % len(TOPICS)], PLACES[(n // len(TOPICS)) % len(PLACES)]
    return (f"Report {n}: a workshop in {place} started making {topic} for small drones, the local "
            f"administration said. Batch {n * 7} will leave the plant in week {n % 50}, and a second "
            f"line for {topic} is planned for next year if orders from partners keep growing.")


def _corpus(folder: Path) -> int:
    """Distinct articles; every tenth repeats the one before, every eleventh rewrites an earlier one."""
    folder.mkdir()
    texts = set()
    for n in range(FILES):
        if n % 10 == 9:
            text = _text(n - 1)
        elif n % 11 == 10:
            text = _text(n - 3).replace("administration said", "administration said on Monday")
        else:
            text = _text(n)
        (folder / f"{n:04d}.txt").write_text(f"Outlet: Outlet {n % 13}\n\n{text}\n", encoding="utf-8")
        texts.add(text)
    return len(texts)


def _ingest(folder: Path, ws: Path) -> subprocess.Popen[bytes]:
    # small chunks: many commits, so the run is caught between two of them however fast the machine is
    env = dict(os.environ, CLAIMGRAPH_WORKSPACE=str(ws), CLAIMGRAPH_LOG="ERROR", CLAIMGRAPH_INGEST_CHUNK_FILES="10")
    return subprocess.Popen([sys.executable, "-m", "claimgraph", "ingest", str(folder)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _open(ws: Path) -> Workspace:
    return Workspace.open(Settings.from_env({}, workspace=str(ws)))


def _committed(ws: Path) -> int | None:
    """Files committed so far, or None while the running ingest holds the workspace."""
    if not ws.exists():
        return None
    try:
        store = Workspace.open(Settings.from_env({}, workspace=str(ws), busy_timeout=0.1)).store
        return int(store.scalar("SELECT count(*) FROM sources") or 0)
    except StoreError:
        return None


@pytest.mark.slow
def test_resume_after_kill_matches_a_clean_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    distinct = _corpus(corpus)
    clean_ws, killed_ws = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    clean = _ingest(corpus, clean_ws)

    killed = _ingest(corpus, killed_ws)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and killed.poll() is None:
        if _committed(killed_ws):  # the run is between two chunks: kill it during the next one
            break
        time.sleep(0.05)
    killed.send_signal(signal.SIGKILL)
    assert killed.wait(timeout=30) == -signal.SIGKILL, "the run ended before it could be killed"
    partial = None
    for _ in range(50):  # the lock of the killed process may take a moment to go
        partial = _committed(killed_ws)
        if partial is not None:
            break
        time.sleep(0.1)
    assert partial is not None and 0 < partial < FILES, f"{partial} files committed before the kill"

    assert clean.wait(timeout=300) == 0
    expected = snapshot(_open(clean_ws))
    assert len(expected["documents"]) == distinct < FILES and len(expected["sources"]) == FILES
    assert len(expected["sightings"]) == FILES
    assert len([c for c in expected["citations"] if ("kind", "copy") in c]) >= 20

    assert _ingest(corpus, killed_ws).wait(timeout=300) == 0
    assert snapshot(_open(killed_ws)) == expected
