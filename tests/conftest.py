"""Shared fixtures: workspaces on every available backend, and the "no skips in CI" rule."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph.settings import Settings
from claimgraph.workspace import Workspace

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
ROOT = Path(__file__).resolve().parent.parent


def require(condition: bool, reason: str) -> None:
    """Skip with a visible reason, except in CI where a missing requirement is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


def postgres_url() -> str:
    """A fresh, empty PostgreSQL database on the test server."""
    base = os.environ.get("CLAIMGRAPH_TEST_PG")
    require(bool(base), "no PostgreSQL server (set CLAIMGRAPH_TEST_PG or run 'make test')")
    import psycopg

    name = "cg_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return base.rsplit("/", 1)[0] + "/" + name


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
