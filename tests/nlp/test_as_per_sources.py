""""as per X" names the source of a sentence, as "according to X" does."""
from __future__ import annotations

from claimgraph.nlp.claims import find_claims


def test_as_per_names_the_source(analyse) -> None:
    text = "As per TASS, Belarus supplied trucks to Russia."
    found = [(c.subject, c.object, c.attributed_to) for c in find_claims(analyse(text, "en"))
             if c.predicate == "supplies_to"]
    assert found == [("Belarus", "Russia", "TASS")]
