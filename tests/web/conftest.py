"""Web fixtures: a fixture workspace, the app, a live server on a free port, headless Chromium."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimgraph.settings import Settings
from claimgraph.workspace import Workspace
from testkit import ROOT, require
from web import builders

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def web_ws(tmp_path: Path) -> tuple[Workspace, dict[str, str]]:
    """A fresh fixture workspace (DuckDB) and the ids tests navigate by."""
    ws = Workspace.open(Settings.from_env({}, workspace=str(tmp_path / "web.duckdb")), create=True)
    return ws, builders.build(ws)


@pytest.fixture
def client(web_ws: tuple[Workspace, dict[str, str]]) -> Any:
    from fastapi.testclient import TestClient

    from claimgraph.web.app import create_app

    return TestClient(create_app(web_ws[0].settings))


class LiveServer:
    def __init__(self, settings: Settings, read_only: bool = False) -> None:
        import uvicorn

        from claimgraph.web.app import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(settings, read_only=read_only), host="127.0.0.1",
                                port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:  # noqa: PYI034 - a plain context manager
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, dict[str, str], Workspace]]:
    """One server per test session over the fixture workspace."""
    path = tmp_path_factory.mktemp("web") / "live.duckdb"
    ws = Workspace.open(Settings.from_env({}, workspace=str(path)), create=True)
    ids = builders.build(ws)
    with LiveServer(ws.settings) as server:
        yield server, ids, ws


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict[str, Any]:
    """pytest-playwright launches Debian's Chromium; no browser is ever downloaded."""
    require(CHROMIUM.exists(), "Chromium not installed (apt-get install chromium)")
    return {"executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture
def shots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
