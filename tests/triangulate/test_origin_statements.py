"""Origins of claims: a person's statement relayed by many outlets, and the source named in the
claim's own sentence when a report names several."""
from __future__ import annotations

from triangulate_factory import claim, doc, sighting

from claimgraph.ids import make_id
from claimgraph.model import Citation, Document
from claimgraph.triangulate.origins import CitationGraph, count_origins
from claimgraph.triangulate.outlets import Outlet, OutletBook

BOOK = OutletBook([Outlet("TASS", "tass.ru", "RU", True), Outlet("Reuters", "reuters.com", "GB", False),
                   Outlet("The Times", "thetimes.co.uk", "GB", False)])


def cited_in(d: Document, source: str, sentence: str) -> Citation:
    start = d.text.index(sentence)
    return Citation(make_id("citation", d.id, "attribution", source, start), d.id, "attribution",
                    source=source, start=start, end=start + len(sentence))


def test_one_speaker_relayed_by_outlets_of_one_event_is_one_origin() -> None:
    a = doc("A spokesman said the missiles came from Pyongyang, Reuters reported.")
    b = doc("The missiles were North Korean, the spokesman told reporters in Washington.")
    graph = CitationGraph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [], BOOK,
                          clusters={a.id: "ev-1", b.id: "ev-1"})
    claims = [claim("North Korea", "supplies_to", "Russia", doc=d, attributed_to="John Kirby") for d in (a, b)]
    origins = [o for c in claims for o in graph.claim_origins(c)]
    assert count_origins(origins) == (1, 0)
    assert origins[0].chain == ["Daily One", "quotes", "John Kirby"]


def test_the_same_speaker_in_two_events_makes_two_statements() -> None:
    a, b = doc("First briefing on the launches."), doc("Second briefing, a month later.")
    graph = CitationGraph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [], BOOK,
                          clusters={a.id: "ev-1", b.id: "ev-2"})
    claims = [claim("North Korea", "supplies_to", "Russia", doc=d, attributed_to="John Kirby") for d in (a, b)]
    assert count_origins(o for c in claims for o in graph.claim_origins(c)) == (2, 0)


def test_a_country_or_a_lone_word_is_no_speaker() -> None:
    a = doc("Russia offered to build the plant.")
    graph = CitationGraph([sighting(a, "Daily One")], [], BOOK, clusters={a.id: "ev-1"})
    for who in ("Russian Federation", "Kirby"):
        offer = claim("Russia", "offers_to_build", "Belarus", doc=a, attributed_to=who)
        assert [o.label for o in graph.claim_origins(offer)] == ["Daily One"]


def test_a_claim_goes_back_to_the_source_its_own_sentence_names() -> None:
    first = "The two presidents signed the treaty in Moscow, TASS reported."
    second = "Earlier, The Times reported secret talks on the nuclear programme."
    third = "The treaty runs for twenty years."
    a = doc(f"{first} {second} {third}")
    graph = CitationGraph([sighting(a, "Daily One")], [cited_in(a, "TASS", first), cited_in(a, "The Times", second)],
                          BOOK)
    signed = claim("Russia", "cooperates_with", "Iran", doc=a, sentence=first)
    talks = claim("Iran", "cooperates_with", "Russia", doc=a, sentence=second)
    unnamed = claim("Russia", "cooperates_with", "Iran", doc=a, sentence=third)
    assert [o.label for o in graph.claim_origins(signed)] == ["TASS"]
    assert [o.label for o in graph.claim_origins(talks)] == ["The Times"]
    assert sorted(o.label for o in graph.claim_origins(unnamed)) == ["TASS", "The Times"]


def test_a_report_naming_one_source_lends_it_to_every_sentence() -> None:
    first = "The plant opened on Monday, TASS reported."
    second = "It will employ two thousand people."
    a = doc(f"{first} {second}")
    graph = CitationGraph([sighting(a, "Daily One")], [cited_in(a, "TASS", first)], BOOK)
    staff = claim("plant", "employs", doc=a, sentence=second, value=2000)
    assert [o.label for o in graph.claim_origins(staff)] == ["TASS"]


def test_an_outlet_credited_on_a_line_of_its_own_relays_the_source_the_text_names() -> None:
    lead = "Russia will build a drone plant in Belarus, Belarusian state media reported."
    detail = "The plant is to make up to 100,000 drones a year."
    credit = "Source: Moscow Times"
    a = doc(f"{lead} {detail} {credit}")
    book = OutletBook([Outlet("BelTA", "belta.by", "BY", True), Outlet("Moscow Times", "themoscowtimes.com", "NL", False)])
    other = doc("Russia offered Belarus a plant; source: BelTA.")
    graph = CitationGraph([sighting(a, "Drone Weekly"), sighting(other, "Gadget Site")],
                          [cited_in(a, "Belarusian state media", lead), cited_in(a, "Moscow Times", credit),
                           cited_in(other, "BelTA", other.text)], book, clusters={a.id: "ev-1", other.id: "ev-1"})
    capacity = claim("plant", "capacity", doc=a, sentence=detail, value=100000)
    assert [o.label for o in graph.claim_origins(capacity)] == ["BelTA"]
    assert sorted(o.label for o in graph.document_origins(a.id)) == ["BelTA", "Moscow Times"]
