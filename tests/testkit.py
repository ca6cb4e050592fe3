"""Helpers shared by the test modules (imported as ``testkit``; ``tests/`` is on the path)."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

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
