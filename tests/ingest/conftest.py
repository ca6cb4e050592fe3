"""Fixture files for the ingest tests, and a folder to copy them into."""
from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


@pytest.fixture
def fixture_bytes() -> type[_Reader]:
    return _Reader


class _Reader:
    @staticmethod
    def read(name: str) -> bytes:
        return (FIXTURES / name).read_bytes()
