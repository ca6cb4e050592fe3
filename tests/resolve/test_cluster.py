"""Clustering mentions into entities across documents, scripts and types."""
from __future__ import annotations

from resolve_builders import add_claim, add_doc, entity_of

from claimgraph.resolve import resolve_workspace
from claimgraph.resolve.cluster import MentionInput, build_groups
from claimgraph.workspace import Workspace

RU_VISIT = "Вячеслав Федорищев осмотрел цех в Самаре. Федорищев обещал новые заказы."
EN_VISIT = "Vyacheslav Fedorishchev toured a workshop in Samara on Monday."


def entity(ws: Workspace, eid: str) -> dict:
    return ws.store.query("SELECT * FROM entities WHERE id = ?", [eid])[0]


def test_cluster_merges_one_person_across_scripts(workspace: Workspace) -> None:
    ru = add_doc(workspace, RU_VISIT, [("Вячеслав Федорищев", "Person", None, "p1"),
                                       ("Самаре", "Location", "Самара"),
                                       ("Федорищев", "Person", None, "p1")])
    en = add_doc(workspace, EN_VISIT, [("Vyacheslav Fedorishchev", "Person"),
                                       ("Samara", "Location")], lang="en")
    report = resolve_workspace(workspace)
    assert entity_of(workspace, ru["Вячеслав Федорищев"]) == entity_of(
        workspace, en["Vyacheslav Fedorishchev"])
    assert entity_of(workspace, ru["Самаре"]) == entity_of(workspace, en["Samara"])
    assert report.entities == 2
    person = entity(workspace, entity_of(workspace, en["Vyacheslav Fedorishchev"]))
    assert person["mentions"] == 3


def test_cluster_merges_variant_romanizations_through_the_matcher(workspace: Workspace) -> None:
    a = add_doc(workspace, "Vyacheslav Fedorishchev spoke first.", [("Vyacheslav Fedorishchev", "Person")])
    b = add_doc(workspace, "Wiaczesław Fiodoriszczew spoke second.", [("Wiaczesław Fiodoriszczew", "Person")])
    resolve_workspace(workspace)
    assert entity_of(workspace, a["Vyacheslav Fedorishchev"]) == entity_of(
        workspace, b["Wiaczesław Fiodoriszczew"])


def test_cluster_never_merges_a_person_with_a_company(workspace: Workspace) -> None:
    a = add_doc(workspace, "Kupol delivered the order.", [("Kupol", "Company")], lang="en")
    b = add_doc(workspace, "Mr Kupol declined to comment.", [("Kupol", "Person")], lang="en")
    resolve_workspace(workspace)
    assert entity_of(workspace, a["Kupol"]) != entity_of(workspace, b["Kupol"])


def test_cluster_organization_takes_the_more_specific_type(workspace: Workspace) -> None:
    a = add_doc(workspace, "Alabuga hired students.", [("Alabuga", "Organization")], lang="en")
    b = add_doc(workspace, "В «Алабуге» собирают дроны.", [("Алабуге", "Company", "Алабуга")])
    resolve_workspace(workspace)
    eid = entity_of(workspace, a["Alabuga"])
    assert eid == entity_of(workspace, b["Алабуге"])
    assert entity(workspace, eid)["type"] == "Company"


def test_cluster_company_and_public_body_stay_apart(workspace: Workspace) -> None:
    a = add_doc(workspace, "Granit signed a contract.", [("Granit", "Company")], lang="en")
    b = add_doc(workspace, "Granit, the state committee, objected.", [("Granit", "PublicBody")], lang="en")
    resolve_workspace(workspace)
    assert entity_of(workspace, a["Granit"]) != entity_of(workspace, b["Granit"])


def test_cluster_surname_alone_joins_the_single_full_name(workspace: Workspace) -> None:
    full = add_doc(workspace, RU_VISIT, [("Вячеслав Федорищев", "Person")])
    alone = add_doc(workspace, "Федорищеву показали новый двигатель.", [("Федорищеву", "Person")])
    resolve_workspace(workspace)
    assert entity_of(workspace, alone["Федорищеву"]) == entity_of(workspace, full["Вячеслав Федорищев"])


def test_cluster_initial_and_surname_join_the_full_name(workspace: Workspace) -> None:
    full = add_doc(workspace, EN_VISIT, [("Vyacheslav Fedorishchev", "Person")], lang="en")
    short = add_doc(workspace, "V. Fedorishchev was not available.", [("V. Fedorishchev", "Person")], lang="en")
    other = add_doc(workspace, "P. Fedorishchev, a farmer, was not available.",
                    [("P. Fedorishchev", "Person")], lang="en")
    resolve_workspace(workspace)
    assert entity_of(workspace, short["V. Fedorishchev"]) == entity_of(workspace, full["Vyacheslav Fedorishchev"])
    assert entity_of(workspace, other["P. Fedorishchev"]) != entity_of(workspace, full["Vyacheslav Fedorishchev"])


def test_cluster_ambiguous_surname_follows_shared_context(workspace: Workspace) -> None:
    s = add_doc(workspace, "Sergei Orlov runs Kupol.", [("Sergei Orlov", "Person"), ("Kupol", "Company")], lang="en")
    p = add_doc(workspace, "Pavel Orlov runs Granit.", [("Pavel Orlov", "Person"), ("Granit", "Company")], lang="en")
    alone = add_doc(workspace, "Orlov said Granit will hire.", [("Orlov", "Person"), ("Granit", "Company")], lang="en")
    lost = add_doc(workspace, "Orlov said nothing.", [("Orlov", "Person")], lang="en")
    resolve_workspace(workspace)
    assert entity_of(workspace, alone["Orlov"]) == entity_of(workspace, p["Pavel Orlov"])
    assert entity_of(workspace, lost["Orlov"]) not in (entity_of(workspace, p["Pavel Orlov"]),
                                                       entity_of(workspace, s["Sergei Orlov"]))


def test_cluster_namesakes_with_disjoint_contexts_stay_apart(workspace: Workspace) -> None:
    a = add_doc(workspace, "Alexei Smirnov of Kupol visited Belarus.",
                [("Alexei Smirnov", "Person"), ("Kupol", "Company"), ("Belarus", "Country")], lang="en")
    b = add_doc(workspace, "Alexei Smirnov scored twice for a club in Canada.",
                [("Alexei Smirnov", "Person"), ("Canada", "Country")], lang="en")
    c = add_doc(workspace, "Alexei Smirnov of Kupol met buyers.",
                [("Alexei Smirnov", "Person"), ("Kupol", "Company")], lang="en")
    d = add_doc(workspace, "In Canada, Alexei Smirnov signed for another season.",
                [("Canada", "Country"), ("Alexei Smirnov", "Person")], lang="en")
    resolve_workspace(workspace)
    assert entity_of(workspace, a["Alexei Smirnov"]) != entity_of(workspace, b["Alexei Smirnov"])
    assert entity_of(workspace, a["Alexei Smirnov"]) == entity_of(workspace, c["Alexei Smirnov"])
    assert entity_of(workspace, b["Alexei Smirnov"]) == entity_of(workspace, d["Alexei Smirnov"])


def test_cluster_one_stray_report_joins_the_established_person(workspace: Workspace) -> None:
    a = add_doc(workspace, "Alexei Smirnov of Kupol visited Belarus.",
                [("Alexei Smirnov", "Person"), ("Kupol", "Company")], lang="en")
    b = add_doc(workspace, "Alexei Smirnov of Kupol met buyers.",
                [("Alexei Smirnov", "Person"), ("Kupol", "Company")], lang="en")
    c = add_doc(workspace, "Alexei Smirnov spoke at a forum in Kazan.",
                [("Alexei Smirnov", "Person"), ("Kazan", "Location")], lang="en")
    resolve_workspace(workspace)
    assert entity_of(workspace, c["Alexei Smirnov"]) == entity_of(workspace, a["Alexei Smirnov"]) \
        == entity_of(workspace, b["Alexei Smirnov"])


def test_cluster_values_are_not_entities(workspace: Workspace) -> None:
    d = add_doc(workspace, "Kupol made 2,000 drones in March.",
                [("Kupol", "Company"), ("2,000", "Quantity"), ("March", "Date")], lang="en")
    resolve_workspace(workspace)
    assert entity_of(workspace, d["2,000"]) is None
    assert entity_of(workspace, d["March"]) is None
    assert entity_of(workspace, d["Kupol"]) is not None


def test_cluster_ids_are_stable_and_name_follows_the_majority_script(workspace: Workspace) -> None:
    ru = add_doc(workspace, RU_VISIT, [("Вячеслав Федорищев", "Person", None, "p"),
                                       ("Федорищев", "Person", None, "p")])
    en = add_doc(workspace, EN_VISIT, [("Vyacheslav Fedorishchev", "Person")], lang="en")
    resolve_workspace(workspace)
    first = entity_of(workspace, en["Vyacheslav Fedorishchev"])
    resolve_workspace(workspace)
    assert entity_of(workspace, en["Vyacheslav Fedorishchev"]) == first
    row = entity(workspace, first)
    assert row["name"] == "Вячеслав Федорищев"
    assert "Vyacheslav Fedorishchev" in row["names"]
    assert entity_of(workspace, ru["Федорищев"]) == first


def test_cluster_links_claims_to_entities(workspace: Workspace) -> None:
    d = add_doc(workspace, "Kupol supplies Granit.", [("Kupol", "Company"), ("Granit", "Company")], lang="en")
    claim = add_claim(workspace, d["doc"], d["Kupol"], "supplies_to", d["Granit"])
    resolve_workspace(workspace)
    row = workspace.store.query("SELECT * FROM claims WHERE id = ?", [claim])[0]
    assert row["subject_entity"] == entity_of(workspace, d["Kupol"])
    assert row["object_entity"] == entity_of(workspace, d["Granit"])


def test_cluster_runs_on_every_backend(any_workspace: Workspace) -> None:
    ru = add_doc(any_workspace, RU_VISIT, [("Вячеслав Федорищев", "Person")])
    en = add_doc(any_workspace, EN_VISIT, [("Vyacheslav Fedorishchev", "Person")], lang="en")
    resolve_workspace(any_workspace)
    resolve_workspace(any_workspace)
    assert entity_of(any_workspace, ru["Вячеслав Федорищев"]) == entity_of(
        any_workspace, en["Vyacheslav Fedorishchev"])
    assert any_workspace.store.scalar("SELECT count(*) FROM entities") == 1


def test_cluster_country_names_in_any_language_are_one_country(workspace: Workspace) -> None:
    a = add_doc(workspace, "Делегация прибыла в Белоруссию.", [("Белоруссию", "Country", "Белоруссия")])
    b = add_doc(workspace, "Беларусь и Китай подписали соглашение.",
                [("Беларусь", "Country"), ("Китай", "Country")])
    c = add_doc(workspace, "Belarus signed with China.", [("Belarus", "Country"), ("China", "Country")],
                lang="en")
    resolve_workspace(workspace)
    assert entity_of(workspace, a["Белоруссию"]) == entity_of(workspace, b["Беларусь"]) == \
        entity_of(workspace, c["Belarus"])
    assert entity_of(workspace, b["Китай"]) == entity_of(workspace, c["China"])
    assert entity_of(workspace, b["Китай"]) != entity_of(workspace, c["Belarus"])


def test_cluster_acronym_joins_the_one_organisation_it_abbreviates(workspace: Workspace) -> None:
    full = add_doc(workspace, "Государственный военно-промышленный комитет отчитался о выпуске.",
                   [("Государственный военно-промышленный комитет", "PublicBody")])
    short = add_doc(workspace, "В ГВПК сообщили о новых заказах.", [("ГВПК", "PublicBody")])
    other = add_doc(workspace, "ГВПК Ltd sells garden tools.", [("ГВПК", "Company")], lang="en")
    resolve_workspace(workspace)
    assert entity_of(workspace, short["ГВПК"]) == entity_of(
        workspace, full["Государственный военно-промышленный комитет"])
    assert entity_of(workspace, other["ГВПК"]) != entity_of(workspace, short["ГВПК"])


def test_a_name_the_corpus_types_clearly_keeps_that_type_everywhere() -> None:
    mentions = [MentionInput(f"m{i}", f"d{i}", "Vesna Daily", "Organization") for i in range(4)]
    mentions.append(MentionInput("m9", "d9", "Vesna Daily", "Person"))
    mentions.append(MentionInput("m8", "d8", "Vesna Lomova", "Person"))
    groups = build_groups(mentions)
    assert {g.type for g in groups if g.best_name == "Vesna Daily"} == {"Organization"}
    assert {g.type for g in groups if g.best_name == "Vesna Lomova"} == {"Person"}


def test_a_split_vote_retypes_nothing() -> None:
    mentions = [MentionInput("m1", "d1", "Kalina", "Person"), MentionInput("m2", "d2", "Kalina", "Person"),
                MentionInput("m3", "d3", "Kalina", "Location")]
    assert sorted(g.type for g in build_groups(mentions)) == ["Location", "Person", "Person"]


def _entities(rows: list[tuple[str, str, str]]) -> dict[str, set[str]]:
    from claimgraph.resolve.cluster import MentionInput, build_entity, build_groups, cluster_groups

    mentions = [MentionInput(f"m{i}", doc, text, label) for i, (doc, text, label) in enumerate(rows)]
    groups = build_groups(mentions)
    out = {}
    for members in cluster_groups(groups).clusters:
        entity = build_entity("e", [groups[i] for i in members])
        out[f"{entity.type}:{entity.name}"] = {n.name for n in entity.names}
    return out


def test_one_country_entity_for_its_names_in_every_language_and_case() -> None:
    rows = [("d1", "Estados Unidos", "Country"), ("d2", "EUA", "Country"), ("d3", "SUA", "Country"),
            ("d4", "Штаты", "Country"), ("d5", "United States", "Country"),
            ("d6", "Злучаных Штатаў", "Country"), ("d1", "Русия", "Country"),
            ("d2", "Federaţia Rusă", "Country"), ("d3", "Russia", "Country"),
            ("d5", "Расіі", "Country"), ("d1", "Украйна", "Country"), ("d2", "Ukraine", "Country")]
    entities = _entities(rows)
    assert set(entities) == {"Country:United States", "Country:Russia", "Country:Ukraine"}


def test_nationality_words_resolve_to_their_country_which_keeps_its_own_name() -> None:
    rows = [("d1", "китайский", "Nationality"), ("d2", "китайских", "Nationality"),
            ("d3", "Chinese", "Nationality"), ("d4", "Китай", "Country"),
            ("d5", "российских", "Nationality")]
    entities = _entities(rows)
    assert entities["Country:Китай"] == {"китайский", "китайских", "Chinese", "Китай"}
    # named by nationality words only, a country takes the data's name for it
    assert entities["Country:Россия"] == {"российских"}
