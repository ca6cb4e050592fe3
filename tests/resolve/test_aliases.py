"""Names only a table connects (translations, nicknames), and name keys that fold word forms."""
from __future__ import annotations

from resolve_builders import add_doc, entity_of

from claimgraph.nlp.gazetteer import add_entry
from claimgraph.resolve import resolve_workspace
from claimgraph.resolve.aliases import AliasTable
from claimgraph.resolve.cluster import MentionInput, build_groups, cluster_groups
from claimgraph.resolve.names import parts
from claimgraph.workspace import Workspace


def clusters(names: list[tuple[str, str, str]], aliases: AliasTable | None = None) -> list[set[str]]:
    """(document, name, type) triples → the sets of names clustered together."""
    mentions = [MentionInput(f"m{n}", doc, name, kind) for n, (doc, name, kind) in enumerate(names)]
    groups = build_groups(mentions)
    result = cluster_groups(groups, aliases=aliases)
    text = {m.id: m.text for m in mentions}
    return [{text[m] for i in members for m in groups[i].mentions} for members in result.clusters]


def together(found: list[set[str]], *names: str) -> bool:
    return any(set(names) <= c for c in found)


def test_aliases_workspace_gazetteer_joins_a_translated_name(workspace: Workspace) -> None:
    add_entry(workspace.store, "Northern Lights Instruments", "Company", ["Северное сияние"])
    ru = add_doc(workspace, "Завод «Северное сияние» получил заказ.", [("Северное сияние", "Company")])
    en = add_doc(workspace, "Northern Lights Instruments won an order.",
                 [("Northern Lights Instruments", "Company")], lang="en")
    resolve_workspace(workspace)
    assert entity_of(workspace, ru["Северное сияние"]) == entity_of(
        workspace, en["Northern Lights Instruments"])


def test_aliases_builtin_gazetteer_joins_names_without_a_shared_word() -> None:
    found = clusters([("d1", "Евросоюз", "Organization"), ("d2", "European Union", "Organization"),
                      ("d3", "EU", "Organization")])
    assert together(found, "Евросоюз", "European Union", "EU")


def test_aliases_a_key_claimed_by_two_entries_links_nothing() -> None:
    table = AliasTable([("Company", "Polar Star", ["Orion"]), ("Company", "Deep Field", ["Orion"])])
    assert table.lookup("Company", "Orion") is None
    assert table.lookup("Company", "Polar Star") is not None
    found = clusters([("d1", "Polar Star", "Company"), ("d2", "Deep Field", "Company"),
                      ("d3", "Orion", "Company")], table)
    assert not together(found, "Polar Star", "Deep Field")


def test_aliases_a_surname_alias_does_not_pull_a_namesake() -> None:
    table = AliasTable([("Person", "Pavel Gromov", ["Gromov", "Павел Громов"])])
    found = clusters([("d1", "Pavel Gromov", "Person"), ("d2", "Павел Громов", "Person"),
                      ("d3", "Oleg Gromov", "Person"), ("d3", "Gromov", "Person")], table)
    assert together(found, "Pavel Gromov", "Павел Громов")
    assert not together(found, "Pavel Gromov", "Oleg Gromov")


def test_names_region_words_fold_across_languages_and_adjective_forms() -> None:
    keys = {parts(n, "Location").key for n in
            ("Самарская область", "Samara Region", "Samara Oblast", "Samarskaya oblast")}
    assert len(keys) == 1
    assert parts("Samara", "Location").key != parts("Samara Region", "Location").key
    assert parts("Minsk", "Location").key == "minsk"  # a noun keeps its -sk
    assert parts("city of Minsk", "Location").key == parts("Minsk", "Location").key


def test_names_institution_words_translate() -> None:
    assert parts("Транспорт будущего", "Company").key == parts("Transport of the Future", "Company").key


def test_cluster_joins_a_name_written_apart_or_together() -> None:
    found = clusters([("d1", "Polar-Drone", "Company"), ("d2", "PolarDrone", "Company"),
                      ("d3", "Polar Drone", "Company"), ("d4", "Orlan-10", "Product"),
                      ("d5", "Orlan 10 drone", "Product")])
    assert together(found, "Polar-Drone", "PolarDrone", "Polar Drone")
    assert together(found, "Orlan-10", "Orlan 10 drone")


def test_cluster_country_abbreviations_and_long_forms_meet_the_country() -> None:
    found = clusters([("d1", "Belarus", "Country"), ("d2", "РБ", "Country"),
                      ("d3", "Белоруссия", "Country"), ("d4", "Исламская Республика Иран", "Country"),
                      ("d5", "Iran", "Country")])
    assert together(found, "Belarus", "РБ", "Белоруссия")
    assert together(found, "Исламская Республика Иран", "Iran")
    assert not together(found, "Belarus", "Iran")


def test_cluster_an_acronym_with_a_country_stands_for_the_long_name() -> None:
    found = clusters([("d1", "Национальная академия наук Беларуси", "Organization"),
                      ("d2", "НАН Беларуси", "Organization"),
                      ("d3", "National Academy of Sciences of Belarus", "Organization"),
                      ("d4", "NAS of Belarus", "Organization"),
                      ("d5", "Национальная академия наук Казахстана", "Organization")])
    assert together(found, "Национальная академия наук Беларуси", "НАН Беларуси")
    assert together(found, "National Academy of Sciences of Belarus", "NAS of Belarus")
    assert not together(found, "НАН Беларуси", "Национальная академия наук Казахстана")


def test_names_hyphenated_and_spaced_institution_words_agree() -> None:
    assert parts("State Military Industrial Committee of Belarus", "PublicBody").key == \
        parts("Государственный военно-промышленный комитет Беларуси", "PublicBody").key


def test_cluster_a_descriptive_name_in_unrelated_reports_names_two_things() -> None:
    mentions = [
        ("d1", "научно-производственный центр беспилотных систем", "Facility"), ("d1", "Омск", "Location"),
        ("d2", "научно-производственный центр беспилотных систем", "Facility"), ("d2", "Омск", "Location"),
        ("d3", "научно-производственный центр беспилотных систем", "Facility"), ("d3", "Пермь", "Location"),
        ("d4", "National Academy of Sciences of Belarus", "Organization"), ("d4", "Минск", "Location"),
        ("d5", "National Academy of Sciences of Belarus", "Organization"), ("d5", "Гродно", "Location"),
    ]
    mentions_in = [MentionInput(f"m{n}", d, name, kind) for n, (d, name, kind) in enumerate(mentions)]
    groups = build_groups(mentions_in)
    result = cluster_groups(groups)
    docs = [sorted({groups[i].document_id for i in members}) for members in result.clusters
            if groups[members[0]].type in ("Facility", "Organization")]
    assert ["d1", "d2"] in docs and ["d3"] in docs  # same words, different cities
    assert ["d4", "d5"] in docs  # "of Belarus" says which academy


def test_cluster_a_company_short_name_joins_its_one_longer_name() -> None:
    found = clusters([("d1", "Tundra Components", "Company"), ("d1", "Astana", "Location"),
                      ("d2", "Tundra", "Company"), ("d2", "Astana", "Location"),
                      ("d3", "Vega", "Company"), ("d3", "Astana", "Location"),
                      ("d4", "Vega Optics", "Company"), ("d4", "Astana", "Location"),
                      ("d5", "Vega Motors", "Company"), ("d5", "Astana", "Location")])
    assert together(found, "Tundra Components", "Tundra")
    assert not together(found, "Vega", "Vega Optics")  # two longer names: which one is meant?
    assert not together(found, "Vega", "Vega Motors")


def test_cluster_an_institution_without_its_country_joins_the_one_named_with_it() -> None:
    found = clusters([("d1", "Ministry of Defence of Belarus", "PublicBody"),
                      ("d2", "Ministry of Defence", "PublicBody"), ("d2", "Belarus", "Country"),
                      ("d3", "Министерство обороны России", "PublicBody"),
                      ("d4", "Министерство обороны", "PublicBody"), ("d4", "Россия", "Country")])
    assert together(found, "Ministry of Defence of Belarus", "Ministry of Defence")
    assert together(found, "Министерство обороны России", "Министерство обороны")
    assert not together(found, "Министерство обороны", "Ministry of Defence of Belarus")


def test_aliases_a_matched_list_entry_lends_its_names(any_workspace: Workspace, tmp_path) -> None:
    import json

    from claimgraph.resolve.aliases import workspace_aliases
    from claimgraph.xref.datasets import load_list

    path = tmp_path / "watch.ftm.json"
    path.write_text(json.dumps({"id": "w1", "schema": "Company", "properties": {
        "name": ["Polar Orbit Instruments"], "alias": ["Полярная орбита"]}}) + "\n", encoding="utf-8")
    info = load_list(any_workspace, path)
    before = workspace_aliases(any_workspace.store)
    assert before.lookup("Company", "Полярная орбита") is None  # not matched: not an alias yet
    with any_workspace.store.write() as tx:
        tx.upsert("matches", [{"id": "m1", "entity_id": "e1", "list_name": info.name,
                               "list_version": info.version, "list_entity_id": "w1",
                               "list_entity_name": "Polar Orbit Instruments",
                               "list_entity_schema": "Company", "score": 0.9, "features": "{}"}])
    table = workspace_aliases(any_workspace.store)
    assert table.lookup("Company", "Полярная орбита") == table.lookup("Company", "Polar Orbit Instruments")
    assert table.lookup("Company", "Полярная орбита") is not None


def test_aliases_a_list_entry_naming_a_known_firm_joins_its_aliases() -> None:
    # the gazetteer knows the firm by its brand; a list names it in full with a translation
    table = AliasTable([("Company", "Rostec", ["Ростех"])])
    table.extend([("Company", "State Corporation Rostec",
                   ["Russian Technologies State Corporation", "Rostec"])])
    assert table.lookup("Company", "Russian Technologies") == table.lookup("Company", "Ростехом")
    assert table.lookup("Company", "Russian Technologies") is not None


def test_aliases_an_acronym_or_institution_word_around_a_known_name() -> None:
    table = AliasTable([("Company", "Izhevsk Electromechanical Plant Kupol",
                         ["Ижевский электромеханический завод «Купол»", "Купол", "Kupol"])])
    entry = table.lookup("Company", "Kupol")
    assert entry is not None
    assert table.lookup("Company", "IEMZ Kupol") == entry
    assert table.lookup("Company", "ИЭМЗ «Купол»") == entry
    assert table.lookup("Company", "Kupol plant") == entry
    assert table.lookup("Company", "Kupol Tech") is None  # another word: another firm


def test_aliases_a_name_of_institution_words_and_a_country_finds_nothing() -> None:
    table = AliasTable([("PublicBody", "Ministry of Defence of Russia", ["Минобороны России"])])
    assert table.lookup("PublicBody", "Ministry of Industry of Russia") is None
