"""The pages on a workspace built from samples/ by the real stages (ingest → triangulate)."""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimgraph.settings import Settings
from claimgraph.workspace import Workspace
from testkit import ROOT, require
from web.conftest import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def samples_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Workspace]]:
    require((ROOT / "samples").is_dir(), "samples/ folder missing")
    path = tmp_path_factory.mktemp("samples") / "samples.duckdb"
    result = subprocess.run([sys.executable, "-m", "claimgraph", "demo", "--no-serve", "-w", str(path),
                             "--samples", str(ROOT / "samples")], capture_output=True, text=True, check=False,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    ws = Workspace.open(Settings.from_env({}, workspace=str(path)))
    with LiveServer(ws.settings) as server:
        yield server, ws


def test_samples_pages_open_and_link_through(samples_server: Any, page: Any, shots: Path) -> None:
    server, ws = samples_server
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    for name, url in {"dashboard": "/", "documents": "/documents", "entities": "/entities",
                      "ledger": "/claims", "timeline": "/timeline", "errors": "/errors",
                      "search": "/search?q=%D0%B1%D0%B5%D1%81%D0%BF%D0%B8%D0%BB%D0%BE%D1%82"}.items():
        response = page.goto(server.url + url)
        assert response is not None and response.status == 200, url
        page.screenshot(path=str(shots / f"samples-{name}.png"), full_page=True)
    # a document with resolved mentions → its entity → a claim → back to a document
    doc_id = ws.store.scalar("""SELECT document_id FROM mentions WHERE entity_id IS NOT NULL
                                GROUP BY document_id ORDER BY count(*) DESC, document_id LIMIT 1""")
    page.goto(server.url + f"/documents/{doc_id}")
    page.screenshot(path=str(shots / "samples-document.png"), full_page=True)
    page.click(".text a.m >> nth=0")
    assert "/entities/" in page.url
    page.screenshot(path=str(shots / "samples-entity.png"), full_page=True)
    page.goto(server.url + "/claims")
    if page.locator("table.ledger a[href^='/claims/']").count():
        page.click("table.ledger a[href^='/claims/'] >> nth=0")
        page.screenshot(path=str(shots / "samples-claim.png"), full_page=True)
        page.click("table.dense td a[href^='/documents/'] >> nth=0")
        assert "/documents/" in page.url
    page.goto(server.url + "/network")
    from claimgraph.web.render import VENDOR_GRAPH

    if VENDOR_GRAPH.exists():
        page.wait_for_selector("#graph[data-ready='1']", timeout=20000)
        page.screenshot(path=str(shots / "samples-network.png"), full_page=True)
    assert errors == []
