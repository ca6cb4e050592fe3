"""The gazetteer: names in any inflection, analyst entries per workspace, overlap resolution."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.errors import ConfigError
from claimgraph.model import Document
from claimgraph.nlp.extract import extract_workspace
from claimgraph.nlp.gazetteer import (
    Gazetteer,
    GazetteerComponent,
    add_entry,
    builtin_entries,
    workspace_entries,
)
from claimgraph.store.records import document_row


def found(gazetteer: Gazetteer, text: str) -> dict[str, str]:
    return {text[s:e]: entry.name for s, e, entry, _form in gazetteer.find(text)}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    g = Gazetteer(builtin_entries())
    g.add("Вячеслав Федорищев", "Person", ["Федорищев", "Vyacheslav Fedorishchev"])
    return g


@pytest.mark.parametrize("text, surface, name", [
    ("Глава Ростеха выступил в Минске.", "Ростеха", "Rostec"),
    ("Вопрос обсуждался с Федорищевым.", "Федорищевым", "Вячеслав Федорищев"),
    ("Поставки в Беларуси выросли.", "Беларуси", "Belarus"),
    ("Соглашение подписано Госкомвоенпромом.", "Госкомвоенпромом", "State Military-Industrial Committee of Belarus"),
    ("ROSTEC and Rostec are one.", "ROSTEC", "Rostec"),
    ("Vyacheslav Fedorishchev spoke.", "Vyacheslav Fedorishchev", "Вячеслав Федорищев"),
    ("Drones were built in ОЭЗ «Алабуга» last year.", "ОЭЗ «Алабуга»", "Alabuga Special Economic Zone"),
    ("ISIL fighters withdrew.", "ISIL", "Islamic State"),  # armed groups by their common acronyms
    ("Боевики ИГИЛ отступили.", "ИГИЛ", "Islamic State"),
    ("The outlet Nasha Niva asked.", "Nasha Niva", "Nasha Niva"),  # media outlets, never people
])
def test_gazetteer_matches_inflected_and_cased_forms(gazetteer: Gazetteer, text: str, surface: str, name: str) -> None:
    assert found(gazetteer, text).get(surface) == name


def test_gazetteer_longest_name_wins(gazetteer: Gazetteer) -> None:
    text = "Вячеслав Федорищев встретился с коллегами."
    assert found(gazetteer, text) == {"Вячеслав Федорищев": "Вячеслав Федорищев"}


def test_gazetteer_lowercase_word_is_not_a_name(gazetteer: Gazetteer) -> None:
    assert "turkey" not in found(gazetteer, "They ate turkey in Turkey.")
    assert found(gazetteer, "They ate turkey in Turkey.").get("Turkey")


def test_gazetteer_is_linear_on_long_text(gazetteer: Gazetteer) -> None:
    text = "Россия и Беларусь обсудили поставки дронов. " * 5000
    assert len(gazetteer.find(text)) == 10_000


def test_gazetteer_unknown_type_says_which_exist() -> None:
    with pytest.raises(ConfigError) as info:
        Gazetteer().add("Acme", "Shop")
    assert "Company" in info.value.one_line()


def test_gazetteer_component_overrides_ner_type_on_the_same_span(analyse) -> None:
    doc = analyse("Глава Ростеха Сергей Чемезов выступил.", "ru")
    assert {m.text: m.label for m in doc.mentions}["Ростеха"] == "Organization"
    GazetteerComponent()(doc)
    mention = {m.text: m for m in doc.mentions}["Ростеха"]
    assert (mention.label, mention.canonical, mention.normalized) == ("Company", "Rostec", "Ростех")


def test_gazetteer_component_version_changes_with_entries() -> None:
    plain = GazetteerComponent()
    extended = GazetteerComponent(entries=[{"name": "Acme Drones", "type": "Company", "aliases": []}])
    assert plain.version != extended.version


def test_gazetteer_workspace_entry_is_found_by_extract(workspace) -> None:
    text = "Officials of Skyforge Robotics toured the site."
    with workspace.store.write() as tx:
        tx.upsert("documents", [document_row(Document(id="doc-g", text=text, lang="en"))])
    first = extract_workspace(workspace, workers=1)
    add_entry(workspace.store, "Skyforge Robotics", "company", ["Скайфордж"])
    assert workspace_entries(workspace.store)[0]["type"] == "Company"
    second = extract_workspace(workspace, workers=1)
    assert second.version != first.version and second.documents == 1
    rows = workspace.store.query("SELECT text, label, canonical FROM mentions WHERE document_id = 'doc-g'")
    assert {"text": "Skyforge Robotics", "label": "Company", "canonical": "Skyforge Robotics"} in rows


def test_gazetteer_commands_add_and_list(workspace) -> None:
    ws = workspace.settings.workspace
    runner = CliRunner()
    added = runner.invoke(app, ["gazetteer", "add", "Skyforge Robotics", "--type", "Company",
                                "--alias", "Скайфордж", "-w", ws])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["gazetteer", "list", "--json", "-w", ws])
    assert json.loads(listed.stdout) == [{"name": "Skyforge Robotics", "type": "Company",
                                          "aliases": ["Скайфордж"], "source": "analyst"}]
    bad = runner.invoke(app, ["gazetteer", "add", "X", "--type", "Shop", "-w", ws])
    assert bad.exit_code == 1 and "Error: unknown entity type 'Shop'" in bad.output


def test_gazetteer_cities_are_places_in_either_script(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "Until Minsk answers, talks in Томске wait.") == {"Minsk": "Minsk", "Томске": "Tomsk"}
