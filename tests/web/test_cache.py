"""Page data is kept until a write changes the workspace, and callers cannot spoil what is kept."""
from __future__ import annotations

from typing import Any

import pytest

from claimgraph.analysis import cache, dashboard, documents, timeline
from claimgraph.workspace import Workspace
from web import builders


@pytest.fixture
def built(any_workspace: Workspace) -> tuple[Workspace, dict[str, str]]:
    return any_workspace, builders.build(any_workspace)


def test_cache_stamp_changes_with_every_committed_write(built: Any) -> None:
    ws, ids = built
    first = cache.change_stamp(ws.store)
    assert first is not None
    if ws.store.dialect == "duckdb":  # PostgreSQL's log position also moves with other databases
        dashboard.dashboard(ws.store)
        assert cache.change_stamp(ws.store) == first  # reading changes nothing
    with ws.store.write() as tx:  # an in-place update, as resolution and retraction make
        tx.execute("UPDATE documents SET retracted = TRUE WHERE id = ?", [ids["bad"]])
    assert cache.change_stamp(ws.store) != first


def test_cache_shows_a_write_on_the_next_call(built: Any) -> None:
    ws, ids = built
    assert dashboard.dashboard(ws.store)["counts"]["documents"] == 3
    with ws.store.write() as tx:
        tx.execute("UPDATE documents SET retracted = TRUE WHERE id = ?", [ids["bad"]])
    after = dashboard.dashboard(ws.store)
    assert after["counts"]["documents"] == 2
    assert ids["bad"] not in [d["id"] for d in after["latest_documents"]]


def test_cache_hands_out_copies(built: Any) -> None:
    ws, ids = built
    doc = documents.get_document(ws.store, ids["en"])
    doc["annotations"] = {"notes": ["added by a caller"]}
    doc["mentions"].clear()
    again = documents.get_document(ws.store, ids["en"])
    assert "annotations" not in again and again["mentions"]


def test_timeline_pages_join_up_when_each_part_is_cut_before_merging(built: Any) -> None:
    ws, _ = built
    everything = timeline.timeline_items(ws.store, limit=100).items
    assert len(everything) >= 5
    pages = [timeline.timeline_items(ws.store, limit=2, offset=o) for o in range(0, len(everything), 2)]
    assert [r["id"] for p in pages for r in p.items] == [r["id"] for r in everything]
    assert {p.total for p in pages} == {len(everything)}
