"""Independent origins: agencies, forwards, copies and shared texts collapse to one origin."""
from __future__ import annotations

from triangulate_factory import cites, claim, copies, doc, sighting

from claimgraph.triangulate.origins import CitationGraph, count_origins
from claimgraph.triangulate.outlets import Outlet, OutletBook

BOOK = OutletBook([Outlet("TASS", "tass.ru", "RU", True), Outlet("BelTA", "belta.by", "BY", True),
                   Outlet("Reuters", "reuters.com", "GB", False)])


def _origins(graph: CitationGraph, *claims):  # type: ignore[no-untyped-def]
    return count_origins(o for c in claims for o in graph.claim_origins(c))


def test_origins_many_outlets_citing_one_agency_are_one_origin() -> None:
    docs = [doc(f"Report {i}: Russia offered Belarus a drone plant.") for i in range(4)]
    graph = CitationGraph([sighting(d, f"Outlet{i}") for i, d in enumerate(docs)],
                          [cites(d, "ТАСС") for d in docs], BOOK)
    claims = [claim("Russia", "offers_to_build", "Belarus", doc=d, value=100000) for d in docs]
    assert _origins(graph, *claims) == (1, 1)
    assert graph.claim_origins(claims[0])[0].chain == ["Outlet0", "cites", "TASS"]


def test_origins_one_text_seen_at_three_outlets_is_one_origin() -> None:
    d = doc("A wire text about a drone factory.")
    graph = CitationGraph([sighting(d, "A"), sighting(d, "B"), sighting(d, "C")], [], BOOK)
    assert _origins(graph, claim("X", "produces", doc=d)) == (1, 0)


def test_origins_independent_reports_count_separately_with_state_share() -> None:
    a, b, c = doc("Text one."), doc("Text two."), doc("Text three.")
    graph = CitationGraph([sighting(a, "tass.ru"), sighting(b, "Reuters"), sighting(c, "Meduza")], [], BOOK)
    claims = [claim("X", "produces", doc=d) for d in (a, b, c)]
    assert _origins(graph, *claims) == (3, 1)


def test_origins_copy_leads_back_to_the_earlier_document() -> None:
    first = doc("Original reporting on the plant.", published="2024-03-01")
    later = doc("Original reporting on the plant!", published="2024-03-02")
    graph = CitationGraph([sighting(first, "Reuters"), sighting(later, "Copycat")],
                          [copies(later, first)], BOOK)
    origins = graph.claim_origins(claim("X", "produces", doc=later))
    assert [o.label for o in origins] == ["Reuters"]
    assert origins[0].chain == ["Copycat", "copies", "Reuters"]


def test_origins_forward_counts_as_the_forwarded_channel() -> None:
    a, b = doc("Forwarded post one."), doc("Own post two.")
    graph = CitationGraph([sighting(a, "channel_a", forwarded_from="rybar"), sighting(b, "rybar")], [], BOOK)
    assert _origins(graph, claim("X", "produces", doc=a), claim("X", "produces", doc=b)) == (1, 0)


def test_origins_attribution_to_an_agency_in_the_claim_counts_as_that_agency() -> None:
    a, b = doc("Reuters text."), doc("Other text.")
    graph = CitationGraph([sighting(a, "Reuters"), sighting(b, "Meduza")], [], BOOK)
    via_agency = claim("X", "produces", doc=a, attributed_to="TASS")
    by_person = claim("X", "produces", doc=b, attributed_to="Maxim Oreshkin")
    assert [o.label for o in graph.claim_origins(via_agency)] == ["TASS"]
    assert [o.label for o in graph.claim_origins(by_person)] == ["Meduza"]


def test_origins_copy_cycles_terminate() -> None:
    a, b = doc("Loop one."), doc("Loop two.")
    graph = CitationGraph([sighting(a, "A"), sighting(b, "B")], [copies(a, b), copies(b, a)], BOOK)
    assert len(graph.document_origins(a.id)) >= 1


def test_origins_same_day_copies_take_the_outlet_others_cite() -> None:
    a, b = doc("Sanctions list grows by fourteen."), doc("Sanctions list grows by fourteen!")
    c = doc("The list grew, the Ledger reports.")
    graph = CitationGraph([sighting(a, "Kyiv Daily"), sighting(b, "Brussels Ledger"), sighting(c, "Mirror")],
                          [copies(b, a), cites(c, "Brussels Ledger")], BOOK)
    assert _origins(graph, *(claim("EU", "produces", doc=d) for d in (a, b, c))) == (1, 0)
    assert [o.label for o in graph.document_origins(a.id)] == ["Brussels Ledger"]


def test_origins_dateline_naming_an_agency_is_an_attribution() -> None:
    d = doc("MINSK, 8 October. /TASS/. Tomsk and Belarus agreed to widen cooperation.")
    own = doc("MINSK, 8 October (BelTA) - Lukashenko met the governor.")
    graph = CitationGraph([sighting(d, "Siberia Online"), sighting(own, "BelTA")], [], BOOK,
                          leads={d.id: d.text, own.id: own.text})
    assert graph.document_origins(d.id)[0].chain == ["Siberia Online", "cites", "TASS"]
    assert [o.label for o in graph.document_origins(own.id)] == ["BelTA"]


def test_origins_self_reference_in_another_case_is_not_a_source() -> None:
    d = doc("The committee told Nashei Nive it took no decision.")
    book = OutletBook([Outlet("Nasha Niva", "nashaniva.com", "BY", False)])
    graph = CitationGraph([sighting(d, "Nasha Niva")], [cites(d, "Nashei Nive")], book)
    assert [o.label for o in graph.document_origins(d.id)] == ["Nasha Niva"]


REGIONAL = OutletBook([Outlet("Самарский курьер", "samara-kurier.example", "RU", False),
                       Outlet("Волжская почта", "volga-post.example", "RU", False)])


def test_origins_source_named_in_english_transliteration_matches_the_outlet_table() -> None:
    d = doc("The governor said the region will lead drone output this year, "
            "the regional paper Samarsky Kurier reported on Tuesday.")
    graph = CitationGraph([sighting(d, "Overseas Review")], [], REGIONAL, leads={d.id: d.text})
    origins = graph.document_origins(d.id)
    assert [o.label for o in origins] == ["Самарский курьер"]
    assert origins[0].chain == ["Overseas Review", "cites", "Самарский курьер"]


def test_origins_same_day_exact_copy_credits_the_outlet_others_name_as_source() -> None:
    text = "Губернатор заявил, что область станет крупнейшим производителем беспилотников."
    copy = doc(text, published="2025-02-11")
    rewrite = doc("The governor's promise was first reported by Volzhskaya Pochta, a regional paper.",
                  published="2025-02-14")
    sightings = [sighting(copy, "Волжская почта"), sighting(copy, "Самарский курьер"), sighting(rewrite, "Review")]
    graph = CitationGraph(sightings, [], REGIONAL, leads={copy.id: copy.text, rewrite.id: rewrite.text})
    assert graph.outlets_of(copy.id)[0] == "Самарский курьер"  # the carriers' order alone would credit it
    assert [o.label for o in graph.document_origins(copy.id)] == ["Волжская почта"]


def test_origins_ordinary_capitalised_words_are_not_taken_for_an_outlet() -> None:
    d = doc("Samara Region Governor Kurier Smith said the plant will open in May.")
    graph = CitationGraph([sighting(d, "Overseas Review")], [], REGIONAL, leads={d.id: d.text})
    assert [o.label for o in graph.document_origins(d.id)] == ["Overseas Review"]


def test_origins_same_day_copy_with_times_credits_the_earliest_sighting() -> None:
    text = "The regional government approved a drone assembly programme for next year."
    copy = doc(text, published="2025-02-11")
    sightings = [sighting(copy, "Самарский курьер", published="2025-02-11T11:40:00"),
                 sighting(copy, "Волжская почта", published="2025-02-11T09:05:00")]
    rewrite = doc("Samarsky Kurier says the programme starts next year.", published="2025-02-12")
    sightings.append(sighting(rewrite, "Review", published="2025-02-12T08:00:00"))
    graph = CitationGraph(sightings, [], REGIONAL, leads={copy.id: copy.text, rewrite.id: rewrite.text})
    assert graph.named_counts()[REGIONAL.key("Самарский курьер")] == 1  # named by the rewrite, yet later
    assert [o.label for o in graph.document_origins(copy.id)] == ["Волжская почта"]
