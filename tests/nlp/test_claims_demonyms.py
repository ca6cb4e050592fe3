"""A Russian demonym a claim takes for its subject stands for its country."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    ("Песков заявил, что Кремль не располагает данными об использовании иранских дронов Россией.",
     ("Иран", "Россия")),
    ("Иран отверг обвинения. Песков заявил, что Кремль не располагает данными об использовании иранских дронов "
     "Россией.", ("Иран", "Россия")),
])
def test_a_russian_demonym_supplier_is_named_as_its_country(pairs_of, text, pair) -> None:
    found = pairs_of("supplies_to")(text, "ru")
    assert pair in found
    assert not any(s[:1].islower() for s, _ in found)


def test_an_english_demonym_stays_a_name_of_its_own(pairs_of) -> None:
    found = pairs_of("supplies_to")("Western officials say Iranian drones were delivered to Russia in May.", "en")
    assert all(s != "Iran" for s, _ in found)
