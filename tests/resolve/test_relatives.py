"""Relatives who share a family name stay two people; spellings of one given name stay one."""
from __future__ import annotations

from claimgraph.resolve.cluster import MentionInput, build_groups, cluster_groups
from claimgraph.resolve.name_match import conflicting_forms, different_people


def clusters(*docs: list[str]) -> list[set[str]]:
    """Person names, one report a list, clustered as resolution does."""
    mentions = [MentionInput(f"m{d}-{n}", f"doc{d}", name, "Person")
                for d, names in enumerate(docs) for n, name in enumerate(names)]
    groups = build_groups(mentions)
    result = cluster_groups(groups)
    return [{form for i in members for form in groups[i].forms} for members in result.clusters]


def together(found: list[set[str]], *names: str) -> bool:
    return any(set(names) <= c for c in found)


def test_two_relatives_sharing_surname_and_one_given_syllable_are_two_people() -> None:
    found = clusters(["Kang Mi Chol"], ["Kang Chol Un"], ["Kang Chol-un"])
    assert not together(found, "Kang Mi Chol", "Kang Chol Un")
    assert not together(found, "Kang Mi Chol", "Kang Chol-un")
    assert together(found, "Kang Chol Un", "Kang Chol-un")


def test_each_name_keeping_a_word_the_other_lacks_conflicts() -> None:
    assert conflicting_forms("Ri Sol Chan", "Ri Chan Mok")
    assert different_people(["Ri Chan Mok", "Ri Chan-mok"], ["Ri Sol Chan"])


def test_a_word_on_one_side_only_is_no_conflict() -> None:
    assert not conflicting_forms("Pavel Grachov", "Pavel Ivanovich Grachov")
    assert not conflicting_forms("Governor Pavel Grachov", "Pavel Grachov")
    assert not conflicting_forms("Pavel Grachov", "Павел Грачёв")


def test_an_initial_counts_as_a_word_of_its_own() -> None:
    assert conflicting_forms("Ри Ё Чхан", "Ри Чхан Мок")


def test_transliterations_of_one_given_name_meet_when_the_surname_agrees() -> None:
    found = clusters(["Aleksandr Tarnovsky"], ["Alexander Tarnovsky"], ["Александр Тарновский"],
                     ["Sergei Melnikov"], ["Sergey Melnikov"], ["Сергей Мельников"])
    assert together(found, "Aleksandr Tarnovsky", "Alexander Tarnovsky", "Александр Тарновский")
    assert together(found, "Sergei Melnikov", "Sergey Melnikov", "Сергей Мельников")
    assert not together(found, "Alexander Tarnovsky", "Sergey Melnikov")


def test_a_patronymic_does_not_split_one_man() -> None:
    found = clusters(["Dmitri Olegovich Zaitsev"], ["Dmitry Zaitsev"])
    assert together(found, "Dmitri Olegovich Zaitsev", "Dmitry Zaitsev")
