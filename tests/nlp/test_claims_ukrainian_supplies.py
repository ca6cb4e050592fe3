"""Ukrainian supplies read off word order when the parse of the sentence breaks."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    ("За даними розвідки, КНДР нещодавно надала Росії нові ракети.", ("КНДР", "Росія")),
    ("Іран планує поставити Росії ударні безпілотники, заявив радник.", ("Іран", "Росія")),
])
def test_a_state_before_a_verb_of_supply_supplies_the_dative_state_after_it(pairs_of, text, pair) -> None:
    found = {(s.casefold(), o) for s, o in pairs_of("supplies_to")(text, "uk")}
    assert (pair[0].casefold(), pair[1]) in found


@pytest.mark.parametrize("text", [
    "У Києві нещодавно передали Франції список потреб.",
    "Франція, за словами міністра, передала Україні літаки.",
])
def test_no_supplier_without_a_nominative_state_right_before_the_verb(pairs_of, text) -> None:
    assert not any(o == "Франція" for _, o in pairs_of("supplies_to")(text, "uk"))
