"""Surnames with a lower-case particle are one person's name."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.name_particles import with_particle_names


def mention(text: str, part: str, label: str, after: int = 0) -> Mention:
    start = text.index(part, after)
    return Mention(id=Mention.make_id("d", start, start + len(part), label), document_id="d", start=start,
                   end=start + len(part), text=part, label=label)


def test_a_name_cut_at_its_particle_takes_the_surname_after_it() -> None:
    text = "Commission head Greta van der Molen said on Monday that the rules apply."
    got = with_particle_names([mention(text, "Greta van der", "Person"), mention(text, "Molen", "Location")], text)
    assert [(m.text, m.label) for m in got] == [("Greta van der Molen", "Person")]


def test_a_surname_standing_alone_keeps_its_particle() -> None:
    text = "The plan, wrote von Hallberg on Friday, is final."
    got = with_particle_names([mention(text, "Hallberg", "Location")], text)
    assert [(m.text, m.label) for m in got] == [("von Hallberg", "Person")]


def test_names_without_a_particle_are_unchanged() -> None:
    text = "Anna Weber met officials in Bonn."
    found = [mention(text, "Anna Weber", "Person"), mention(text, "Bonn", "Location")]
    assert with_particle_names(found, text) == found


def test_a_country_after_a_particle_stays_the_country() -> None:
    text = "Die Drohnen werden von Russland gebaut."
    found = [mention(text, "Russland", "Country")]
    assert with_particle_names(found, text) == found


def test_particles_are_read_in_english_only(analyse) -> None:
    doc = analyse("Die Drohnen werden von Russland gebaut.", "de")
    assert not [m for m in doc.mentions if m.text.startswith("von")]
