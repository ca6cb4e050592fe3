"""Russian public bodies written in lower case are PublicBody mentions named in the nominative."""
from __future__ import annotations

import pytest

TEXT = ("Делегация минобороны и представители министерства обороны Белоруссии осмотрели цех. "
        "Глава департамента промышленной политики выступил вместе с сотрудниками комитета по развитию "
        "беспилотной авиации. Заявление сделало правительство России. Министерство промышленности и "
        "торговли приняло решение. Этого министерства оно не касается. Правительство страны молчит. "
        "Служба доставки работает, а совет директоров собрался.")


def bodies(doc) -> dict[str, str]:
    return {m.text: m.normalized for m in doc.mentions if m.label == "PublicBody"}


@pytest.mark.parametrize("text, name", [
    ("минобороны", "Минобороны"),
    ("министерства обороны Белоруссии", "Министерство обороны Белоруссии"),
    ("департамента промышленной политики", "Департамент промышленной политики"),
    ("комитета по развитию беспилотной авиации", "Комитет по развитию беспилотной авиации"),
    ("правительство России", "Правительство России"),
])
def test_lower_case_bodies_are_found_and_named_in_the_nominative(analyse, text: str, name: str) -> None:
    assert bodies(analyse(TEXT, "ru")).get(text) == name


@pytest.mark.parametrize("text", ["Этого министерства", "министерства", "Правительство страны", "Служба доставки",
                                  "совет директоров"])
def test_references_back_and_common_words_are_no_bodies(analyse, text: str) -> None:
    assert text not in bodies(analyse(TEXT, "ru"))
