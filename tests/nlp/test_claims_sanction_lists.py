"""The names a sanctions report lists after naming the body: "the sanctioned entities include X"."""
from __future__ import annotations

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent


def _sanctions(analyse, text: str) -> set[tuple[str, str | None]]:
    doc = analyse(text, "en")
    doc.published = "2025-05-16"
    return {(c.subject.rstrip("."), c.object) for c in find_claims(QuantityComponent()(DateComponent()(doc)))
            if c.predicate == "sanctioned_by"}


def test_the_sanctioned_entities_are_sanctioned_by_the_body_named_before(analyse) -> None:
    text = ("The Japanese Ministry of Finance announced new sanctions on Tuesday. "
            "The sanctioned entities include Ural Optics Ltd and Kama Drone Works.")
    found = _sanctions(analyse, text)
    assert ("Ural Optics Ltd", "Japanese Ministry of Finance") in found
    assert ("Kama Drone Works", "Japanese Ministry of Finance") in found


def test_a_dateline_outlet_is_not_the_sanctioning_body(analyse) -> None:
    text = ("Tokyo, Asia Wire | The Japanese Ministry of Finance has announced sanctions targeting drone makers. "
            "The sanctioned entities include Ural Optics Ltd.")
    found = _sanctions(analyse, text)
    assert ("Ural Optics Ltd", "Japanese Ministry of Finance") in found
    assert all(body != "Asia Wire" for _, body in found)


def test_a_name_inside_an_of_phrase_is_not_listed(analyse) -> None:
    text = ("The Japanese Ministry of Finance announced new sanctions on Tuesday. "
            "The sanctioned entities include Ural Optics Ltd, the operator of the Kama Drone Works plant.")
    found = _sanctions(analyse, text)
    assert ("Ural Optics Ltd", "Japanese Ministry of Finance") in found
    assert all(subject != "Kama Drone Works" for subject, _ in found)


def test_a_body_adding_a_firm_to_its_entity_list_sanctions_it(analyse) -> None:
    text = "The Commerce Department added Ural Optics Ltd to its Entity List on Friday."
    assert ("Ural Optics Ltd", "Commerce Department") in _sanctions(analyse, text)


def test_counted_firms_of_a_country_added_to_a_list_name_the_country(analyse) -> None:
    doc = analyse("Iran is under pressure. The Commerce Department added 40 Iranian companies to its Entity List.", "en")
    claims = [c for c in find_claims(QuantityComponent()(DateComponent()(doc))) if c.predicate == "sanctioned_by"]
    assert [(c.subject, c.object, c.value) for c in claims] == [("Iran", "Commerce Department", 40)]


def test_adding_to_anything_but_a_list_sanctions_no_one(analyse) -> None:
    text = "The Commerce Department added Ural Optics Ltd to the agenda of its Friday meeting."
    assert _sanctions(analyse, text) == set()


def test_the_owner_of_a_sanctions_package_is_the_sanctioner(analyse) -> None:
    found = _sanctions(analyse, "The EU's 14th package targets Skywalker Technology.")
    assert {subject for subject, _ in found} == {"Skywalker Technology"}
    assert None not in {body for _, body in found}
