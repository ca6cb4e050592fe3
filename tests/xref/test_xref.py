"""Cross-referencing workspace entities against an FtM list we wrote (tests/fixtures/lists)."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.model import Entity, Name
from claimgraph.store import records
from claimgraph.workspace import Workspace
from claimgraph.xref import list_names, load_list, xref_workspace
from claimgraph.xref.datasets import read_entries
from claimgraph.xref.features import Subject, explain, type_fit
from claimgraph.xref.matcher import match
from testkit import ROOT

LIST = ROOT / "tests" / "fixtures" / "lists" / "sanctions.ftm.json"
runner = CliRunner()


def subject(eid: str, kind: str, *names: str, countries: tuple[str, ...] = ()) -> Subject:
    return Subject(eid, kind, names[0], list(names), set(countries))


def best(subjects: list[Subject]) -> dict[str, tuple[str, float]]:
    found = match(subjects, read_entries(LIST), "fixture", "1")
    out: dict[str, tuple[str, float]] = {}
    for m in found:
        if m.entity_id not in out:
            out[m.entity_id] = (m.list_entity_name, m.score)
    return out


def test_datasets_stream_only_matchable_entries_with_aliases() -> None:
    stats: dict[str, int] = {}
    entries = list(read_entries(LIST, stats))
    assert len(entries) >= 50
    assert stats["skipped"] == 2  # the Sanction and the Address
    kupol = next(e for e in entries if e.name.startswith("Izhevsk Electromechanical"))
    assert "Купол" in kupol.names and kupol.type == "Company"


def test_datasets_bad_lines_are_skipped_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "broken.ftm.json"
    path.write_text('{"id": "a", "schema": "Person", "properties": {"name": ["Ivan Ivanov"]}}\n'
                    "this is not json\n"
                    '{"id": "b", "schema": "Person", "properties": {}}\n', encoding="utf-8")
    stats: dict[str, int] = {}
    assert [e.id for e in read_entries(path, stats)] == ["a"]
    assert stats["bad"] == 1


def test_matcher_finds_people_across_scripts() -> None:
    found = best([subject("e1", "Person", "Вячеслав Федорищев", countries=("ru",)),
                  subject("e2", "Person", "Alexander Lukashenko", "Александр Лукашенко")])
    assert found["e1"][0] == "Vyacheslav Fedorishchev" and found["e1"][1] >= 0.9
    assert found["e2"][0] == "Aliaksandr Lukashenka" and found["e2"][1] >= 0.9


def test_matcher_finds_companies_by_alias_and_legal_form() -> None:
    found = best([subject("c1", "Company", "Купол"), subject("c2", "Organization", "ОЭЗ «Алабуга»"),
                  subject("c3", "PublicBody", "Госкомвоенпром")])
    assert found["c1"][0] == "Izhevsk Electromechanical Plant Kupol"
    assert found["c2"][0] == "Alabuga Special Economic Zone"
    assert found["c3"][0].startswith("State Military-Industrial Committee")


def test_matcher_keeps_near_namesakes_below_the_threshold() -> None:
    found = best([subject("n1", "Person", "Vyacheslav Fedorov"),
                  subject("n2", "Person", "Maxim Oreshkov"),
                  subject("n3", "Company", "Kupol-Stroy")])
    assert found["n1"][0] == "Vyacheslav Fedorov"  # the right one, not Fedorishchev
    assert found["n2"][0] == "Maxim Oreshkov"
    assert found["n3"][0] == "Kupol-Stroy LLC"
    wrong = match([subject("n4", "Person", "Vyacheslav Fedorov")], read_entries(LIST), "f", "1")
    assert all(m.score < 0.7 for m in wrong if m.list_entity_name != "Vyacheslav Fedorov")


def test_matcher_never_matches_a_person_to_a_company() -> None:
    found = best([subject("p1", "Person", "Kupol")])
    assert "p1" not in found
    entry = next(e for e in read_entries(LIST) if e.schema == "Company")
    assert type_fit(subject("p", "Person", "x"), entry)[0] == 0.0


def test_matcher_unrelated_names_give_nothing() -> None:
    assert best([subject("u1", "Person", "Jonas Gedvilas"), subject("u2", "Company", "Baltic Cheese")]) == {}


def test_features_explain_themselves() -> None:
    docs = explain()
    assert set(docs) == {"score", "logic_v2", "name_words", "type_fit", "full_name", "countries"}
    assert all(len(text) > 40 for text in docs.values())


def _entities(ws: Workspace) -> None:
    ents = [Entity("ent-a", "Person", "Вячеслав Федорищев", [Name("Вячеслав Федорищев", "Cyrillic", 3)], mentions=3),
            Entity("ent-b", "Company", "Kupol", [Name("Kupol", "Latin")], mentions=1),
            Entity("ent-c", "Person", "Vyacheslav Fedorov", [Name("Vyacheslav Fedorov", "Latin")], mentions=1),
            Entity("ent-d", "Person", "Fedorishchev", [Name("Fedorishchev", "Latin")], mentions=1)]
    with ws.store.write() as tx:
        tx.upsert("entities", [records.entity_row(e) for e in ents])


def test_xref_stores_matches_once_per_list_version(any_workspace: Workspace) -> None:
    _entities(any_workspace)
    first = xref_workspace(any_workspace, LIST)
    again = xref_workspace(any_workspace, LIST)
    assert first.list.loaded and not again.list.loaded
    assert first.list.name == "sanctions" and len(first.list.version) == 12
    stored = any_workspace.store.query("SELECT * FROM matches WHERE score >= 0.7 ORDER BY entity_id")
    assert [(r["entity_id"], r["list_entity_name"]) for r in stored] == [
        ("ent-a", "Vyacheslav Fedorishchev"), ("ent-b", "Izhevsk Electromechanical Plant Kupol"),
        ("ent-c", "Vyacheslav Fedorov")]
    assert any_workspace.store.scalar("SELECT count(*) FROM lists") == 1


def test_xref_list_names_feed_the_gazetteer(workspace: Workspace) -> None:
    load_list(workspace, LIST, name="fixture", version="2026-01")
    names = {n: (t, aliases) for n, t, aliases in list_names(workspace)}
    assert names["Izhevsk Electromechanical Plant Kupol"][0] == "Company"
    assert "Купол" in names["Izhevsk Electromechanical Plant Kupol"][1]
    assert names["Ministry of Defence of the Republic of Belarus"][0] == "PublicBody"


def test_xref_cli_prints_matches_with_features_and_candidates(workspace: Workspace) -> None:
    _entities(workspace)
    url = workspace.settings.workspace
    result = runner.invoke(app, ["xref", "-w", url, "--list", str(LIST), "--name", "fixture",
                                 "--version", "v1", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["entity_id"] for r in rows} == {"ent-a", "ent-b", "ent-c"}
    assert all(r["score"] >= 0.7 and r["list"] == "fixture" and r["features"] for r in rows)
    weaker = json.loads(runner.invoke(app, ["xref", "-w", url, "--list", str(LIST), "--name",
                                            "fixture", "--version", "v1", "--candidates",
                                            "--json"]).stdout)
    assert len(weaker) > len(rows)
    assert [(r["entity_id"], r["list_entity_name"]) for r in weaker if r["candidate"]] == [
        ("ent-d", "Vyacheslav Fedorishchev")]
    text = runner.invoke(app, ["xref", "-w", url, "--list", str(LIST)])
    assert "logic_v2" in text.stdout


def test_xref_missing_list_is_one_error_line(workspace: Workspace, tmp_path: Path) -> None:
    result = runner.invoke(app, ["xref", "-w", workspace.settings.workspace, "--list",
                                 str(tmp_path / "none.json")])
    assert result.exit_code == 1 and result.output.startswith("Error: ")


def test_datasets_load_list_streams_chunks_through_the_bulk_loader(any_workspace: Workspace,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "chunked.ftm.json"
    lines = [{"id": f"p{i}", "schema": "Person", "properties": {"name": [f"Person Number{i}"]}}
             for i in range(7)]
    lines.insert(3, lines[2])  # a repeated entry inside one chunk is stored once
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    info = load_list(any_workspace, path, batch=3)
    assert info.loaded
    stored = any_workspace.store.query("SELECT id, names FROM list_entries ORDER BY id")
    assert [r["id"] for r in stored] == [f"p{i}" for i in range(7)]
    assert json.loads(stored[0]["names"]) == ["Person Number0"]
    assert any_workspace.store.scalar("SELECT entities FROM lists") == info.entities
    again = load_list(any_workspace, path, batch=3)
    assert not again.loaded
    assert any_workspace.store.scalar("SELECT count(*) FROM list_entries") == 7
