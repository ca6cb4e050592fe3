"""A noun in apposition to a name gives its type: a channel, a drone maker, a newspaper, a town."""
from __future__ import annotations

import pytest

TEXT = ("A Russian-language Telegram channel that follows the drone industry, Bespilotny Dozor, claims the plant "
        "is small. Kalina Vostok, a Kazan drone maker, denied it. The report came from Zvezda Weekly, a small "
        "newspaper. Lukashenko received the governor of the Samara region, Vyacheslav Fedorishchev, in Minsk.")


def labels(doc) -> dict[str, str]:
    return {m.text: m.label for m in doc.mentions}


@pytest.mark.parametrize("name, label", [
    ("Bespilotny Dozor", "Organization"),
    ("Kalina Vostok", "Company"),
    ("Zvezda Weekly", "Organization"),
    ("Vyacheslav Fedorishchev", "Person"),  # "the region" is inside "the governor of ...", not beside the name
])
def test_the_noun_beside_a_name_types_it(analyse, name: str, label: str) -> None:
    assert labels(analyse(TEXT, "en")).get(name) == label
