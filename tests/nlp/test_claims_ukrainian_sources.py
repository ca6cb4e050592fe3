"""A Ukrainian "за словами X" / "за даними X" names the speaker of the figures it introduces, as
"по словам X" does in Russian."""
from __future__ import annotations

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent


def _stated(analyse, text: str) -> set[tuple[str, float | None]]:
    doc = analyse(text, "uk")
    doc.published = "2025-05-16"
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    return {(c.subject, c.value) for c in claims if c.predicate == "states"}


def test_the_person_after_za_slovamy_states_the_casualty_counts(analyse) -> None:
    text = ("Дрони атакували склад у місті. За словами голови обласної адміністрації Івана Петренка, "
            "загинули двоє людей, ще 11 поранені.")
    assert _stated(analyse, text) == {("Іван Петренко", 2.0), ("Іван Петренко", 11.0)}
