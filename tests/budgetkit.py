"""Installs the misbehaving test components (tests/fixtures/components) through the
``claimgraph.components`` entry point, as a third-party package would, for this process and every
worker process it starts (they inherit ``PYTHONPATH``)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimgraph.nlp.registry import registry

COMPONENTS = Path(__file__).resolve().parent / "fixtures" / "components"
STUBBORN = "test.stubborn.v1"


def install_stubborn(monkeypatch: pytest.MonkeyPatch, site: Path) -> None:
    """Write ``claimgraph_stubborn``'s package metadata into ``site`` and put both on the path."""
    info = site / "claimgraph_stubborn-1.0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: claimgraph-stubborn\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(
        f"[claimgraph.components]\n{STUBBORN} = claimgraph_stubborn:Stubborn\n", encoding="utf-8")
    for folder in (str(COMPONENTS), str(site)):
        monkeypatch.syspath_prepend(folder)
    paths = [str(COMPONENTS), str(site), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))
    monkeypatch.setenv("STUBBORN_DIR", str(site))
    registry.reload()
    assert STUBBORN in registry, "the entry point is not visible"
