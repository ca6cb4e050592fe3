"""The triangulation stage on a workspace: clusters, main events, ledger, idempotence."""
from __future__ import annotations

import pytest
import scenario

from claimgraph.triangulate import triangulate_workspace
from claimgraph.triangulate.event_list import list_events, resolve_event_id
from claimgraph.triangulate.ledger import list_claims
from claimgraph.triangulate.outlets import set_outlet
from claimgraph.workspace import Workspace


def _clusters(ws: Workspace) -> list[set[str]]:
    return sorted((set(e["documents"]) for e in list_events(ws.store)), key=len)


def test_stage_groups_reports_of_one_event_across_outlets_and_languages(any_workspace: Workspace) -> None:
    scenario.build(any_workspace)
    report = triangulate_workspace(any_workspace)
    assert report.clusters == 3
    groups = _clusters(any_workspace)
    assert {scenario.LONE.id} in groups
    assert {scenario.TALKS_EN.id, scenario.TALKS_RU.id} in groups
    assert {scenario.OFFER_EN.id, scenario.OFFER_RU.id, scenario.OFFER_COPY.id, scenario.OFFER_LOW.id} in groups


def test_stage_gives_a_document_without_events_a_main_event_from_its_title(workspace: Workspace) -> None:
    scenario.build(workspace)
    triangulate_workspace(workspace)
    (lone,) = [e for e in list_events(workspace.store) if e["documents"] == [scenario.LONE.id]]
    assert lone["type"] == "exhibition"


def test_stage_rerun_gives_the_same_ids(workspace: Workspace) -> None:
    scenario.build(workspace)
    triangulate_workspace(workspace)
    first = list_events(workspace.store)
    triangulate_workspace(workspace)
    assert list_events(workspace.store) == first
    assert workspace.store.scalar("SELECT count(*) FROM document_events") == 7


def test_stage_member_event_id_resolves_to_its_cluster(workspace: Workspace) -> None:
    scenario.build(workspace)
    triangulate_workspace(workspace)
    talks = next(e for e in list_events(workspace.store) if e["type"] == "meeting")
    member = workspace.store.scalar("SELECT max(id) FROM events WHERE cluster_id = ?", [talks["id"]])
    assert member != talks["id"]
    assert resolve_event_id(workspace.store, member) == talks["id"]


def test_stage_counts_origins_and_flags_the_disagreement(any_workspace: Workspace) -> None:
    scenario.build(any_workspace)
    set_outlet(any_workspace.store, "TASS", site="tass.ru", country="RU", state_affiliated=True)
    report = triangulate_workspace(any_workspace)
    assert report.contested_claims == 2
    rows = list_claims(any_workspace.store, predicate="offers_to_build")
    high = next(r for r in rows if r["value"] == 100000)
    # Reuters and BelTA cite TASS; the copy leads back to Reuters' text: one origin, state-run.
    assert (high["origins"], high["state_origins"]) == (1, 1)
    assert high["contested"] and high["differing"][0]["says"] == "2,000"
    assert high["differing"][0]["said_by"] == ["Meduza"]
    assert len(high["evidence"]) == 3 and all(e["sentence"] for e in high["evidence"])


def test_stage_stores_the_claim_ledger(workspace: Workspace) -> None:
    scenario.build(workspace)
    triangulate_workspace(workspace)
    rows = workspace.store.query("SELECT contested, count(*) AS n FROM claim_ledger GROUP BY contested")
    assert {r["contested"]: r["n"] for r in rows} == {True: 4, False: 2}


@pytest.mark.parametrize("contested", [True, False])
def test_stage_claims_filter_by_contested(workspace: Workspace, contested: bool) -> None:
    scenario.build(workspace)
    rows = list_claims(workspace.store, contested=contested)
    assert rows and all(r["contested"] is contested for r in rows)


def test_stage_survives_hostile_dates_and_values(workspace: Workspace) -> None:
    from triangulate_factory import claim, doc, event, put, sighting

    from claimgraph.model import TimeRef

    odd = doc("A report with broken dates.", published="0001-01-01")
    worse = doc("Another report.", published="not a date")
    put(workspace, odd, worse, sighting(odd, "X"), sighting(worse, "Y"),
        event(odd, "meeting", TimeRef("9999-12-31", "9999-12-31", "day")),
        event(worse, "visit", TimeRef("2024-13-45", None, "month")),
        claim("A", "produces", doc=odd, value=float("nan")),
        claim("A", "produces", doc=worse, value=1e308, when=TimeRef("garbage", None, "year")))
    report = triangulate_workspace(workspace)
    assert report.clusters == 2
    assert len(list_claims(workspace.store)) >= 1


def test_stage_undone_reject_counts_the_claim_again(workspace: Workspace) -> None:
    scenario.build(workspace)
    low = next(r for r in list_claims(workspace.store) if r["value"] == 2000)
    with workspace.store.write() as tx:
        tx.upsert("judgments", [
            {"id": "jdg-1", "kind": "reject", "target": low["id"], "args": "{}", "made_by": "a",
             "made_at": "2024-08-01T00:00:00"},
            {"id": "jdg-2", "kind": "undo", "target": "jdg-1", "args": "{}", "made_by": "a",
             "made_at": "2024-08-02T00:00:00"}])
    assert any(r["value"] == 2000 and r["contested"] for r in list_claims(workspace.store))


def test_stage_claims_about_a_merged_entity_align_under_its_surviving_id(workspace: Workspace) -> None:
    from triangulate_factory import claim, doc, put

    a, b = doc("Plant A made 500 drones."), doc("Завод А выпустил 500 дронов.", lang="ru")
    put(workspace, a, b, claim("Plant A", "produces", doc=a, value=500, subject_entity="ent-a"),
        claim("Завод А", "produces", doc=b, value=500, subject_entity="ent-b"))
    with workspace.store.write() as tx:
        tx.upsert("entity_aliases", [{"old_id": "ent-b", "entity_id": "ent-a"}], key=("old_id",))
    (row,) = list_claims(workspace.store)
    assert len(row["documents"]) == 2


def test_stage_joins_a_meeting_reported_in_two_scripts_without_shared_entities(any_workspace: Workspace) -> None:
    from triangulate_factory import claim, doc, event, mention, put, sighting, time

    en = doc("MOSCOW, 8 October. The joint commission met in Moscow on 8 October and approved a roadmap "
             "for drone production until 2028.", published="2025-10-08")
    ru = doc("МОСКВА, 8 октября. Совместная комиссия собралась в Москве 8 октября и утвердила дорожную "
             "карту производства беспилотников до 2030 года.", published="2025-10-08", lang="ru")
    other = doc("MINSK, 8 October. A governor from Siberia met the president in Minsk.", published="2025-10-08")
    moskva = mention(ru, "Москве", "Location", "ent-moskva")
    moskva.canonical = "Москва"  # resolution left the inflected Russian name its own entity
    put(any_workspace, en, ru, other, sighting(en, "Wire One"), sighting(ru, "Лента Два"), sighting(other, "Wire Three"),
        mention(en, "Moscow", "Location", "ent-moscow"), moskva,
        mention(other, "Minsk", "Location", "ent-minsk"),
        event(en, "meeting", time("2025-10-08"), "Moscow", ["Moscow"]),
        event(ru, "meeting", time("2025-10-08"), "Москве", ["Москве"]),
        event(other, "meeting", time("2025-10-08"), "Minsk", ["Minsk"]),
        claim("Commission", "met_with", "Moscow", doc=en, when=time("2025-10-08"), object_entity="ent-moscow"),
        claim("Комиссия", "met_with", "Москва", doc=ru, when=time("2025-10-09"), object_entity="ent-moskva"))
    triangulate_workspace(any_workspace)
    groups = _clusters(any_workspace)
    assert {en.id, ru.id} in groups and {other.id} in groups
    (row, *_) = [r for r in list_claims(any_workspace.store, contested=True) if r["predicate"] == "met_with"]
    assert any("different time" in reason for d in row["differing"] for reason in d["reasons"])


class _Tally:
    """A reporter that keeps each stage's total and how far it was advanced."""

    def __init__(self) -> None:
        self.stages: list[list[object]] = []

    def start(self, description: str, total: int | None = None) -> None:
        self.stages.append([description, total, 0])

    def advance(self, n: int = 1) -> None:
        self.stages[-1][2] += n  # type: ignore[operator]

    def finish(self) -> None:
        pass


def test_stage_progress_never_runs_past_its_total(workspace: Workspace) -> None:
    scenario.build(workspace)
    tally = _Tally()
    triangulate_workspace(workspace, reporter=tally)
    counted = [(name, total, done) for name, total, done in tally.stages if total is not None]
    assert counted and all(done == total for _, total, done in counted), counted
