"""Shared fixtures: workspaces on every available backend, and the "no skips in CI" rule."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph.settings import Settings
from claimgraph.workspace import Workspace

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from testkit import IN_CI, ROOT, postgres_url, require  # noqa: F401 - re-exported


@pytest.fixture(params=["duckdb", "postgres"])
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty workspace URL on each backend."""
    if request.param == "duckdb":
        return str(tmp_path / "ws.duckdb")
    return postgres_url()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A fresh DuckDB workspace."""
    settings = Settings.from_env({}, workspace=str(tmp_path / "ws.duckdb"))
    yield Workspace.open(settings, create=True)


@pytest.fixture
def any_workspace(backend_url: str) -> Iterator[Workspace]:
    """A fresh workspace on every backend (DuckDB, PostgreSQL)."""
    try:
        import claimgraph.store.postgres  # noqa: F401
    except ImportError:
        if backend_url.startswith("postgresql://"):
            require(False, "PostgreSQL backend not available")
    yield Workspace.open(Settings.from_env({}, workspace=backend_url), create=True)
