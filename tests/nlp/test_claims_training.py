"""cooperates_with from one state training another's forces."""
from __future__ import annotations


def test_a_state_preparing_to_train_another_s_forces_cooperates_with_it(pairs_of) -> None:
    text = "Officials in Mongolia said that Turkey is preparing to train Mongolian forces to fly the new jets."
    assert ("Turkey", "Mongolia") in pairs_of("cooperates_with")(text, "en")


def test_russian_a_state_planning_to_train_another_s_forces(pairs_of) -> None:
    text = "Власти Монголии сообщили, что Турция планирует обучать монгольские силы."
    assert ("Турция", "Монголия") in pairs_of("cooperates_with")(text, "ru")


def test_a_nation_named_as_the_trainer_stands_as_written(pairs_of) -> None:
    text = "Mongolia said that the Turks are preparing to train Mongolian troops this month."
    assert any(obj == "Mongolia" for _, obj in pairs_of("cooperates_with")(text, "en"))


def test_training_one_s_own_forces_is_no_cooperation(pairs_of) -> None:
    text = "Mongolia will train Mongolian forces near Ulaanbaatar."
    assert pairs_of("cooperates_with")(text, "en") == set()


def test_training_people_who_are_no_forces_is_no_cooperation(pairs_of) -> None:
    text = "Turkey will train Mongolian students in Ankara, officials in Mongolia said."
    assert pairs_of("cooperates_with")(text, "en") == set()
