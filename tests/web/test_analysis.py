"""The read-only queries behind every page, on DuckDB and PostgreSQL."""
from __future__ import annotations

from typing import Any

import pytest

from claimgraph.analysis import dashboard, documents, ledger, network, profile, search, timeline
from claimgraph.errors import NotFound
from claimgraph.workspace import Workspace
from web import builders


@pytest.fixture
def built(any_workspace: Workspace) -> tuple[Workspace, dict[str, str]]:
    return any_workspace, builders.build(any_workspace)


def test_dashboard_counts_and_lists(built: Any) -> None:
    ws, ids = built
    data = dashboard.dashboard(ws.store)
    assert data["counts"]["documents"] == 3 and data["counts"]["ingest_errors"] == 1
    assert [d["id"] for d in data["latest_documents"]] == [ids["bad"], ids["ru"], ids["en"]]
    assert {c["value"] for c in data["contested"]} == {5000, 2000}


def test_documents_view_carries_spans_and_sightings(built: Any) -> None:
    ws, ids = built
    doc = documents.get_document(ws.store, ids["ru"])
    company = next(m for m in doc["mentions"] if m["label"] == "Company")
    assert doc["text"][company["start"]:company["end"]] == "Кестрел Аэро"
    assert company["entity_id"] == ids["kestrel"]  # the merged id is followed
    with pytest.raises(NotFound):
        documents.get_document(ws.store, "doc-missing")


def test_ledger_counts_origins_not_outlets(built: Any) -> None:
    ws, _ = built
    row = ledger.claim_ledger(ws.store, predicate="produces", modality="plan").items[0]
    # two outlets carry the English text, one the Russian: two texts, two origins, three outlets
    assert row["documents"] == 2 and row["origins"] == 2 and len(row["outlets"]) == 3
    visited = ledger.claim_ledger(ws.store, predicate="visited").items[0]
    assert visited["origins"] == 1 and visited["attributed_to"] == "Northwire"


def test_ledger_filters_by_entity_time_and_contested(built: Any) -> None:
    ws, ids = built
    assert ledger.claim_ledger(ws.store, entity=ids["morozov"]).total == 1
    assert ledger.claim_ledger(ws.store, entity=ids["kestrel_old"]).total == 3
    assert ledger.claim_ledger(ws.store, entity="kestrel").total == 2
    assert ledger.claim_ledger(ws.store, since="2024-04").total == 1
    assert ledger.claim_ledger(ws.store, until="2024-03").total == 3
    assert ledger.claim_ledger(ws.store, contested=True).total == 2


def test_ledger_rejected_claim_leaves_the_agreement(built: Any) -> None:
    ws, ids = built
    with ws.store.write() as tx:
        tx.execute("UPDATE claims SET judgment = 'rejected' WHERE id = ?", [ids["claim_2000"]])
    assert ledger.claim_ledger(ws.store, contested=True).total == 0
    assert ledger.get_claim(ws.store, ids["claim_2000"])["rejected"] is True


def test_profile_follows_aliases_and_finds_neighbours(built: Any) -> None:
    ws, ids = built
    assert profile.canonical_id(ws.store, ids["kestrel_old"]) == ids["kestrel"]
    data = profile.entity_profile(ws.store, ids["kestrel_old"])
    assert data["id"] == ids["kestrel"] and data["aliases"] == [ids["kestrel_old"]]
    names = {n["name"]: n["script"] for n in data["names"]}
    assert names == {"Kestrel Aero": "Latin", "Кестрел Аэро": "Cyrillic"}
    ties = {t["name"]: t for t in data["neighbours"]}
    assert ties["Harrier"]["claims"] == 3 and "produces" in ties["Harrier"]["predicates"]
    assert ties["Ivan Morozov"]["sentences"] == 2
    with pytest.raises(NotFound):
        profile.canonical_id(ws.store, "ent-nobody")


def test_timeline_buckets_zoom_from_years_to_months(built: Any) -> None:
    ws, _ = built
    years = timeline.timeline(ws.store)
    assert years["period"] == "year" and years["buckets"] == [
        {"bucket": "2024", "events": 2, "claims": 5}]  # the two visit reports are one cluster
    months = timeline.timeline(ws.store, start="2024", end="2024")
    assert months["period"] == "month"
    assert [b["bucket"] for b in months["buckets"]] == ["2024-03", "2024-04"]
    april = timeline.timeline(ws.store, start="2024-04", end="2024-04", kind="event")
    assert april["items"]["total"] == 1 and april["items"]["items"][0]["label"] == "other"


def test_network_ties_from_claims_and_sentences(built: Any) -> None:
    ws, ids = built
    graph = network.network(ws.store, types=["Person", "Location"])
    assert {n["type"] for n in graph["nodes"]} == {"Person", "Location"}
    (edge,) = graph["edges"]
    assert edge["claims"] == 1 and edge["predicates"] == ["visited"]
    focus = network.network(ws.store, focus=ids["minsk"])
    assert focus["focus"] == ids["minsk"] and ids["morozov"] in {n["id"] for n in focus["nodes"]}


def test_search_finds_latin_and_cyrillic_words(built: Any) -> None:
    ws, ids = built
    with ws.store.session():
        hits = search.search(ws.store, "drones")
        assert {h["id"] for h in hits.items} == {ids["en"], ids["bad"]}
        assert hits.items[0]["method"] in ("fts", "postgres")
        ru = search.search(ws.store, "беспилотников")
        assert [h["id"] for h in ru.items] == [ids["ru"]]
        assert any(hit for _, hit in ru.items[0]["snippet"])
        assert search.search(ws.store, "nothing-like-this").total == 0
        # LIKE wildcards are literal: only the memo with "window.__pwned" in it has an underscore
        assert [h["id"] for h in search.search(ws.store, "%_%").items] == [ids["bad"]]


def test_search_finds_a_russian_stem_inside_inflected_words(built: Any) -> None:
    ws, ids = built
    with ws.store.session():
        hits = search.search(ws.store, "беспилот")  # the text has "беспилотников"
    assert [h["id"] for h in hits.items] == [ids["ru"]] and hits.items[0]["method"] == "like"
    assert "".join(part for part, hit in hits.items[0]["snippet"] if hit) == "беспилот"


def _add_document(ws: Workspace, text: str) -> str:
    from claimgraph.ids import document_id
    from claimgraph.model import Document
    from claimgraph.store import records

    with ws.store.write() as tx:
        tx.upsert("documents", [records.document_row(Document(id=document_id(text), text=text,
                                                                  ingested_at="2030-01-01"))])
    return document_id(text)


def test_search_never_writes_and_finds_documents_newer_than_the_index(built: Any) -> None:
    ws, _ = built
    before = ws.store.query("SELECT fingerprint, built_at FROM search_index")
    new = _add_document(ws, "A zeppelin hangar was reported near the coast.")
    with ws.store.session():
        hits = search.search(ws.store, "zeppelin hangar")
    # DuckDB's index is a snapshot, so LIKE answers until it is refreshed; PostgreSQL's is live
    expected = "like" if ws.store.dialect == "duckdb" else "postgres"
    assert [h["id"] for h in hits.items] == [new] and hits.items[0]["method"] == expected
    assert ws.store.query("SELECT fingerprint, built_at FROM search_index") == before


def test_search_refresh_index_brings_new_documents_into_the_index(built: Any) -> None:
    ws, _ = built
    with ws.store.session():
        assert search.search(ws.store, "zeppelin").total == 0
    new = _add_document(ws, "A zeppelin hangar was reported near the coast.")
    assert search.refresh_index(ws.store) is True
    with ws.store.session():
        hits = search.search(ws.store, "zeppelin")
    assert [h["id"] for h in hits.items] == [new]
    assert hits.items[0]["method"] in ("fts", "postgres")
    if ws.store.dialect == "duckdb":  # a second refresh with nothing new keeps the snapshot
        built_at = ws.store.scalar("SELECT built_at FROM search_index")
        assert search.refresh_index(ws.store) is True
        assert ws.store.scalar("SELECT built_at FROM search_index") == built_at


def test_snippet_marks_hits_without_html() -> None:
    parts = search.snippet("Plant <b>Vostok</b> builds drones", ["vostok"])
    assert ["Vostok", True] in parts and "".join(p for p, _ in parts) == "Plant <b>Vostok</b> builds drones"


def test_span_texts_cut_spans_and_tolerate_broken_ones(built: Any) -> None:
    from claimgraph.analysis.paging import span_texts

    ws, ids = built
    spans = [(ids["en"], 0, 11), (ids["en"], -5, 3), (ids["en"], 4, None), (ids["ru"], 0, 10**7),
             ("doc-missing", 0, 5)]
    texts, docs = span_texts(ws.store, spans, 20)
    assert texts[(ids["en"], 0, 11)] == "Kestrel Aer"
    assert texts[(ids["en"], -5, 3)] == "Kes"  # a negative start counts from the beginning
    assert texts[(ids["en"], 4, None)] is None
    assert texts[(ids["ru"], 0, 10**7)] == builders.RU[:20]
    assert ("doc-missing", 0, 5) not in texts and set(docs) == {ids["en"], ids["ru"]}
    assert docs[ids["ru"]]["title"].startswith("«Кестрел")
