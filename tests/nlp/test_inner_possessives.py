"""A name with a possessive inside is the owner and the owned name."""
from __future__ import annotations


def test_an_office_of_a_treasury_and_a_centre_of_a_country_are_two_names(analyse) -> None:
    doc = analyse("The Treasury’s Office of Sanctions Review listed nine firms, and Ukraine’s Center for "
                  "Strategic Studies welcomed the step.", "en")
    found = {(m.text, m.label) for m in doc.mentions}
    assert ("Ukraine", "Country") in found
    assert any(text == "Center for Strategic Studies" for text, _ in found)
    assert any(text == "Office of Sanctions Review" for text, _ in found)
    assert not [t for t, _ in found if "’s" in t]
