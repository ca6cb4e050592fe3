"""A user's install: the wheel built from a clean clone without npm and installed into a fresh
virtual environment serves the Network page with its graph drawn. ``.ci/run`` builds and installs
it and names its interpreter in ``CLAIMGRAPH_INSTALLED_PYTHON``."""
from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from claimgraph.settings import Settings
from claimgraph.workspace import Workspace
from testkit import ROOT, require
from web import builders
from web.conftest import free_port

INSTALLED = os.environ.get("CLAIMGRAPH_INSTALLED_PYTHON", "")


def _installed_env() -> dict[str, str]:
    """The environment without this source tree on the path, as a user's shell would be."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("CLAIMGRAPH_")}
    env["HF_HUB_OFFLINE"] = "1"
    return env


@pytest.mark.browser
@pytest.mark.slow
def test_the_installed_wheel_draws_the_network_graph(tmp_path: Path, page: Any, shots: Path) -> None:
    require(bool(INSTALLED) and Path(INSTALLED).exists(),
            "no installed wheel to test (.ci/run builds one and sets CLAIMGRAPH_INSTALLED_PYTHON)")
    env = _installed_env()
    where = subprocess.run(
        [INSTALLED, "-c", "import claimgraph, pathlib; print(pathlib.Path(claimgraph.__file__).parent)"],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=env).stdout.strip()
    package = Path(where)
    assert ROOT not in package.parents, f"{package} is this source tree, not the installed wheel"
    assert (package / "web" / "static" / "vendor" / "cytoscape.min.js").stat().st_size > 100_000

    path = tmp_path / "installed.duckdb"
    ws = Workspace.open(Settings.from_env({}, workspace=str(path)), create=True)
    ids = builders.build(ws)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([INSTALLED, "-m", "claimgraph", "serve", "-w", str(path), "--port", str(port)],
                              cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, server.stderr.read().decode(errors="replace") if server.stderr else ""
            assert time.monotonic() < deadline, "the installed server did not start"
            time.sleep(0.2)
        page.goto(url + "/network")
        assert not page.is_visible("#vendor-missing")
        page.wait_for_selector("#graph[data-ready='1']", timeout=30000)
        nodes = page.evaluate("() => window.__graph.nodes().map(n => n.id())")
        assert ids["kestrel"] in nodes and ids["morozov"] in nodes
        page.screenshot(path=str(shots / "network-installed.png"), full_page=True)
    finally:
        server.terminate()
        server.wait(10)
