"""One person two reports of one event give two different first names."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.triangulate.given_names import one_spelling, full_name, name_disagreements, shown


def person(doc: str, text: str, at: int = 0) -> Mention:
    return Mention(Mention.make_id(doc, at, at + len(text), "Person"), doc, at, at + len(text), text, "Person",
                   sent_start=0, sent_end=at + len(text) + 10)


def test_a_full_name_is_a_first_name_and_a_surname_in_any_script_and_case() -> None:
    latin, cyrillic = full_name("Andrei Belousov"), full_name("Андрей Белоусов")
    assert latin and cyrillic and latin[1] == cyrillic[1] and one_spelling(latin[0], cyrillic[0])
    assert full_name("Belousov") is None
    assert full_name("A. Belousov") is None  # an initial tells no first name
    assert full_name("President Belousov") is None  # a title is no first name


def test_two_first_names_of_one_surname_in_two_reports_are_an_actor_disagreement() -> None:
    mentions = [person("d1", "Pavel Ivanov"), person("d2", "Павел Иванов"), person("d3", "Igor Ivanov")]
    (d,) = name_disagreements(mentions, {"d1": "c1", "d2": "c1", "d3": "c1"})
    view = shown(d)
    assert view["kind"] == "actor"
    assert [s["documents"] for s in view["sides"]] == [["d3"], ["d1", "d2"]]


def test_spellings_two_people_named_together_or_two_events_raise_nothing() -> None:
    spelt = [person("d1", "Aleksandr Petrov"), person("d2", "Alexander Petrov"), person("d3", "Yevgeny Orlov"),
             person("d4", "Евгений Орлов")]
    assert name_disagreements(spelt, {d: "c1" for d in ("d1", "d2", "d3", "d4")}) == []
    family = [person("d1", "Pavel Ivanov"), person("d1", "Igor Ivanov", 40), person("d2", "Igor Ivanov")]
    assert name_disagreements(family, {"d1": "c1", "d2": "c1"}) == []
    apart = [person("d1", "Pavel Ivanov"), person("d2", "Igor Ivanov")]
    assert name_disagreements(apart, {"d1": "c1", "d2": "c2"}) == []


def test_ukrainian_and_russian_spellings_of_one_first_name_raise_nothing() -> None:
    spelt = [person("d1", "Ihor Marchenko"), person("d2", "Igor Marchenko"), person("d3", "Oleh Savchuk"),
             person("d4", "Олег Савчук"), person("d5", "Heorhiy Tkach"), person("d6", "Georgy Tkach")]
    assert name_disagreements(spelt, {d: "c1" for d in ("d1", "d2", "d3", "d4", "d5", "d6")}) == []
    two = [person("d1", "Ihor Marchenko"), person("d2", "Pavlo Marchenko")]
    assert len(name_disagreements(two, {"d1": "c1", "d2": "c1"})) == 1
