"""A report's own figure-less background line beside a figure it gives to a source relays that source."""
from __future__ import annotations

from triangulate_factory import claim, doc, sighting

from claimgraph.triangulate.origins import CitationGraph, count_origins
from claimgraph.triangulate.outlets import Outlet, OutletBook

BOOK = OutletBook([Outlet("Kyiv Daily", "kyivdaily.example", "UA", False)])
TEXT = ("Drones hit a plant in Yelabuga where Russia builds attack drones. "
        "More than 6,000 drones were built at the plant in 2024, analyst Petro Sydorenko wrote.")


REPORT = doc(TEXT)


def test_a_background_line_adds_no_origin_beside_the_sourced_figure() -> None:
    background = claim("Russia", "produces", "attack drone", doc=REPORT,
                       sentence="Drones hit a plant in Yelabuga where Russia builds attack drones.")
    figure = claim("Alabuga", "produces", "attack drone", doc=REPORT, value=6000.0, modality="claim",
                   attributed_to="Petro Sydorenko",
                   sentence="More than 6,000 drones were built at the plant in 2024, analyst Petro Sydorenko wrote.")
    graph = CitationGraph([sighting(REPORT, "Kyiv Daily")], [], BOOK, clusters={REPORT.id: "ev-1"},
                          claims=[background, figure])
    assert graph.claim_origins(background)[0].describe() == "Kyiv Daily → relays → Petro Sydorenko"
    assert count_origins(o for c in (background, figure) for o in graph.claim_origins(c))[0] == 1


def test_a_line_of_its_own_with_a_figure_keeps_the_report_as_its_origin() -> None:
    own = claim("Russia", "produces", "attack drone", doc=REPORT, value=2000.0,
                sentence="Drones hit a plant in Yelabuga where Russia builds attack drones.")
    figure = claim("Alabuga", "produces", "attack drone", doc=REPORT, value=6000.0, modality="claim",
                   attributed_to="Petro Sydorenko",
                   sentence="More than 6,000 drones were built at the plant in 2024, analyst Petro Sydorenko wrote.")
    graph = CitationGraph([sighting(REPORT, "Kyiv Daily")], [], BOOK, clusters={REPORT.id: "ev-1"},
                          claims=[own, figure])
    assert count_origins(o for c in (own, figure) for o in graph.claim_origins(c))[0] == 2


def test_figures_from_two_sources_leave_the_background_line_its_own() -> None:
    text = (TEXT + " Officials in Kyiv put the output at 5,000, the defence intelligence agency said.")
    report = doc(text)
    background = claim("Russia", "produces", "attack drone", doc=report,
                       sentence="Drones hit a plant in Yelabuga where Russia builds attack drones.")
    one = claim("Alabuga", "produces", "attack drone", doc=report, value=6000.0, modality="claim",
                attributed_to="Petro Sydorenko",
                sentence="More than 6,000 drones were built at the plant in 2024, analyst Petro Sydorenko wrote.")
    two = claim("Alabuga", "produces", "attack drone", doc=report, value=5000.0, modality="claim",
                attributed_to="Vasyl Hnatenko",
                sentence="Officials in Kyiv put the output at 5,000, the defence intelligence agency said.")
    graph = CitationGraph([sighting(report, "Kyiv Daily")], [], BOOK, clusters={report.id: "ev-1"},
                          claims=[background, one, two])
    assert graph.claim_origins(background)[0].label == "Kyiv Daily"
    assert count_origins(o for c in (background, one, two) for o in graph.claim_origins(c))[0] == 3


def test_a_line_of_another_predicate_is_no_background_to_the_figure() -> None:
    located = claim("Alabuga", "located_in", "Tatarstan", doc=REPORT,
                    sentence="Drones hit a plant in Yelabuga where Russia builds attack drones.")
    figure = claim("Alabuga", "produces", "attack drone", doc=REPORT, value=6000.0, modality="claim",
                   attributed_to="Petro Sydorenko",
                   sentence="More than 6,000 drones were built at the plant in 2024, analyst Petro Sydorenko wrote.")
    graph = CitationGraph([sighting(REPORT, "Kyiv Daily")], [], BOOK, clusters={REPORT.id: "ev-1"},
                          claims=[located, figure])
    assert graph.claim_origins(located)[0].label == "Kyiv Daily"
