"""Watchlists: names (inflected too), entities and queries, and alerts since the last look."""
from __future__ import annotations

import pytest

from claimgraph.collect.watch import add_watch, alerts, list_watches, name_pattern, remove_watch
from claimgraph.errors import ConfigError
from claimgraph.ids import document_id
from claimgraph.model import Claim, Document, Entity, Match, Mention, Name
from claimgraph.store import records
from claimgraph.workspace import Workspace


def add_document(ws: Workspace, text: str, title: str = "t") -> str:
    doc = Document(id=document_id(text), text=text, title=title, lang="ru")
    with ws.store.write() as tx:
        tx.upsert("documents", [records.document_row(doc)])
    return doc.id


@pytest.mark.parametrize("text", ["встреча с Федорищевым в Минске", "губернатора Федорищева",
                                  "Федорищев заявил", "FEDORISHCHEV met"])
def test_watch_name_pattern_finds_inflected_forms(text: str) -> None:
    pattern = name_pattern("Федорищев") if "ищев" in text else name_pattern("Fedorishchev")
    assert pattern.search(text)


def test_watch_name_pattern_needs_whole_words() -> None:
    assert not name_pattern("Samara").search("Samaranch spoke")


def test_watch_added_before_ingest_alerts_on_later_documents(workspace: Workspace) -> None:
    watch = add_watch(workspace, "name", "Федорищев")
    assert alerts(workspace) == []
    doc = add_document(workspace, "Губернатор Федорищев провел переговоры в Минске.")
    add_document(workspace, "Ничего общего с темой.")
    found = alerts(workspace)
    assert [(a.watch, a.kind, a.id) for a in found] == [(watch.id, "document", doc)]
    assert "Федорищев" in found[0].summary
    assert alerts(workspace) == []  # seen at the last look


def test_watch_alerts_since_lists_again_what_was_seen(workspace: Workspace) -> None:
    add_watch(workspace, "name", "Oreshkin")
    add_document(workspace, "Maxim Oreshkin spoke about drones.")
    first = alerts(workspace)
    assert len(first) == 1
    assert len(alerts(workspace, since="2000-01-01")) == 1


def test_watch_entity_alerts_on_claims_and_list_matches(workspace: Workspace) -> None:
    doc = add_document(workspace, "Russia offered Belarus a plant.")
    with workspace.store.write() as tx:
        tx.upsert("entities", [records.entity_row(Entity("ent-ru", "Country", "Russia",
                                                         [Name("Russia", "Latin")]))])
        tx.upsert("mentions", [records.mention_row(Mention("men-1", doc, 0, 6, "Russia", "Country",
                                                           entity_id="ent-ru"))])
        tx.upsert("claims", [records.claim_row(Claim("clm-1", doc, "Russia", "offers_to_build",
                                                     "Belarus", subject_entity="ent-ru"))])
        tx.upsert("matches", [records.match_row(Match("mat-1", "ent-ru", "sanctions", "v1", "L1",
                                                      "Russian Federation", score=0.9))])
    add_watch(workspace, "entity", "ent-ru")
    kinds = sorted(a.kind for a in alerts(workspace))
    assert kinds == ["claim", "document", "match"]


def test_watch_query_finds_facilities_in_a_country(workspace: Workspace) -> None:
    text = "A drone plant opened in Belarus near Minsk. Another plant works in Tomsk."
    doc = add_document(workspace, text)
    with workspace.store.write() as tx:
        tx.upsert("entities", [records.entity_row(Entity("ent-p1", "Facility", "Minsk drone plant")),
                               records.entity_row(Entity("ent-p2", "Facility", "Tomsk plant"))])
        tx.upsert("mentions", [
            records.mention_row(Mention("m1", doc, 2, 13, "drone plant", "Facility", sent_start=0,
                                        entity_id="ent-p1")),
            records.mention_row(Mention("m2", doc, 24, 31, "Belarus", "Country", sent_start=0)),
            records.mention_row(Mention("m3", doc, 52, 57, "plant", "Facility", sent_start=44,
                                        entity_id="ent-p2")),
        ])
    add_watch(workspace, "query", entity_type="Facility", country="Belarus")
    assert [(a.kind, a.id) for a in alerts(workspace)] == [("entity", "ent-p1")]


def test_watch_rejects_a_query_without_any_condition(workspace: Workspace) -> None:
    with pytest.raises(ConfigError):
        add_watch(workspace, "query")


def test_watch_add_twice_is_one_watch_and_rm_removes_it(workspace: Workspace) -> None:
    a = add_watch(workspace, "name", "Tomsk")
    b = add_watch(workspace, "name", "Tomsk")
    assert a.id == b.id and len(list_watches(workspace)) == 1
    remove_watch(workspace, a.id[:8])
    assert list_watches(workspace) == []


def test_watch_pending_lists_new_touches_without_writing(workspace: Workspace) -> None:
    from claimgraph.collect.watch import pending

    add_watch(workspace, "name", "Орешкин")
    doc = add_document(workspace, "Максим Орешкин заявил о предложении построить завод.")
    before = workspace.store.scalar("SELECT count(*) FROM alert_log")
    rows = pending(workspace.store)
    assert [(r["kind"], r["id"], r["label"]) for r in rows] == [("document", doc, "Орешкин")]
    assert workspace.store.scalar("SELECT count(*) FROM alert_log") == before
    alerts(workspace)  # the analyst looked
    assert pending(workspace.store) == []
