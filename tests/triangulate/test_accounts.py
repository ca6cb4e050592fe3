"""Reports of one event relaying one account: a government's voices, one speaker, unsourced relays."""
from __future__ import annotations

from triangulate_factory import cites, claim, doc, sighting

from claimgraph.model import Claim
from claimgraph.triangulate.origins import CitationGraph, count_origins
from claimgraph.triangulate.outlets import Outlet, OutletBook

BOOK = OutletBook([Outlet("BelTA", "belta.by", "BY", True), Outlet("TASS", "tass.ru", "RU", True),
                   Outlet("Reuters", "reuters.com", "GB", False)])


def _graph(sightings, citations, claims: list[Claim], cluster_of: dict[str, str]) -> CitationGraph:  # type: ignore[no-untyped-def]
    return CitationGraph(sightings, citations, BOOK, clusters=cluster_of, claims=claims)


def _count(graph: CitationGraph, claims: list[Claim]) -> tuple[int, int]:
    return count_origins(o for c in claims for o in graph.claim_origins(c))


def test_a_state_agency_and_the_press_office_of_its_government_are_one_account() -> None:
    a = doc("Russia offered Belarus a drone plant, BelTA reported.")
    b = doc("Russia proposed a drone plant in Belarus, Alaksandar Lukashenka's press office reported.")
    offers = [claim("Russia", "offers_to_build", "Belarus", doc=d) for d in (a, b)]
    graph = _graph([sighting(a, "Gagadget"), sighting(b, "Pozirk")],
                   [cites(a, "BelTA"), cites(b, "Alaksandar Lukashenka's press office")], offers,
                   {a.id: "ev-1", b.id: "ev-1"})
    assert _count(graph, offers) == (1, 1)


def test_the_same_government_in_two_events_gives_two_accounts() -> None:
    a, b = doc("BelTA: the plant will open."), doc("BelTA: the plant opened.")
    opens = [claim("Plant", "located_in", "Belarus", doc=d) for d in (a, b)]
    graph = _graph([sighting(a, "Gagadget"), sighting(b, "Pozirk")], [cites(a, "BelTA"), cites(b, "BelTA")],
                   opens, {a.id: "ev-1", b.id: "ev-2"})
    assert _count(graph, opens) == (2, 2)


def test_two_governments_state_media_are_two_accounts() -> None:
    a, b = doc("The treaty was signed, TASS reported."), doc("The treaty was signed, BelTA reported.")
    signed = [claim("Russia", "cooperates_with", "Belarus", doc=d) for d in (a, b)]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [cites(a, "TASS"), cites(b, "BelTA")],
                   signed, {a.id: "ev-1", b.id: "ev-1"})
    assert _count(graph, signed) == (2, 2)


def test_a_report_naming_no_source_relays_the_source_others_name() -> None:
    a, b = doc("Russia offered a plant, TASS reported."), doc("TASS: Russia offered Belarus a plant.")
    quiet = doc("Russia is set to build a drone plant in Belarus.")
    offers = [claim("Russia", "offers_to_build", "Belarus", doc=d) for d in (a, b, quiet)]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two"), sighting(quiet, "Aggregator")],
                   [cites(a, "TASS"), cites(b, "TASS")], offers, {d.id: "ev-1" for d in (a, b, quiet)})
    assert _count(graph, offers) == (1, 1)
    assert graph.claim_origins(offers[2])[0].describe() == "Aggregator → relays → TASS"


def test_an_outlet_known_for_its_own_reporting_keeps_its_own_origin() -> None:
    a, wire = doc("Russia offered a plant, TASS reported."), doc("Russia offered Belarus a plant, sources said.")
    offers = [claim("Russia", "offers_to_build", "Belarus", doc=d) for d in (a, wire)]
    graph = _graph([sighting(a, "Daily One"), sighting(wire, "Reuters")], [cites(a, "TASS")], offers,
                   {a.id: "ev-1", wire.id: "ev-1"})
    assert sorted(o.label for c in offers for o in graph.claim_origins(c)) == ["Reuters", "TASS"]


def test_reports_naming_no_source_anywhere_stay_their_own_origins() -> None:
    a, b = doc("Russia offered a plant."), doc("Russia offered Belarus a plant.")
    offers = [claim("Russia", "offers_to_build", "Belarus", doc=d) for d in (a, b)]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [], offers,
                   {a.id: "ev-1", b.id: "ev-1"})
    assert _count(graph, offers) == (2, 0)


def test_a_title_a_name_and_the_body_in_the_title_are_one_speaker() -> None:
    a = doc("The missiles came from Pyongyang, the White House security coordinator John Kirby said.")
    b, c = doc("Kirby told reporters the missiles were North Korean."), doc("The White House said so.")
    claims = [claim("North Korea", "supplies_to", "Russia", doc=a, attributed_to="White House security coordinator"),
              claim("North Korea", "supplies_to", "Russia", doc=a, attributed_to="John Kirby", sentence="John Kirby"),
              claim("North Korea", "supplies_to", "Russia", doc=b, attributed_to="Джон Кирби"),
              claim("North Korea", "supplies_to", "Russia", doc=c, attributed_to="White House")]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two"), sighting(c, "Daily Three")], [], claims,
                   {d.id: "ev-1" for d in (a, b, c)})
    assert _count(graph, claims) == (1, 1)  # a White House spokesman speaks for the government


def test_the_kremlin_speaking_and_russian_state_media_are_one_account() -> None:
    a, b = doc("The leaders will meet on Friday, the Kremlin said."), doc("The leaders will meet, TASS reported.")
    meets = [claim("Vladimir Putin", "met_with", "Alexander Lukashenko", doc=a, attributed_to="Kremlin"),
             claim("Vladimir Putin", "met_with", "Alexander Lukashenko", doc=b)]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [cites(b, "TASS")], meets,
                   {a.id: "ev-1", b.id: "ev-1"})
    assert _count(graph, meets) == (1, 1)


def test_different_people_speaking_are_different_origins() -> None:
    a, b = doc("John Kirby said the missiles came from Pyongyang."), doc("Andriy Kostin said the missile was Korean.")
    claims = [claim("North Korea", "supplies_to", "Russia", doc=a, attributed_to="John Kirby"),
              claim("North Korea", "supplies_to", "Russia", doc=b, attributed_to="Andriy Kostin")]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [], claims, {a.id: "ev-1", b.id: "ev-1"})
    assert _count(graph, claims) == (2, 0)


def test_without_the_claims_the_graph_traces_each_claim_alone() -> None:
    a, quiet = doc("Russia offered a plant, TASS reported."), doc("Russia is set to build a plant in Belarus.")
    offers = [claim("Russia", "offers_to_build", "Belarus", doc=d) for d in (a, quiet)]
    graph = CitationGraph([sighting(a, "Daily One"), sighting(quiet, "Aggregator")], [cites(a, "TASS")], BOOK,
                          clusters={a.id: "ev-1", quiet.id: "ev-1"})
    assert _count(graph, offers) == (2, 1)


def test_an_outlet_that_datelines_its_own_report_keeps_its_own_origin() -> None:
    a = doc("Russia offered a plant, TASS reported.")
    own = doc("MINSK, 6 March (Minsk Herald) - Russia offered Belarus a drone plant.")
    offers = [claim("Russia", "offers_to_build", "Belarus", doc=d) for d in (a, own)]
    graph = CitationGraph([sighting(a, "Daily One"), sighting(own, "Minsk Herald")], [cites(a, "TASS")], BOOK,
                          leads={own.id: own.text}, clusters={a.id: "ev-1", own.id: "ev-1"}, claims=offers)
    assert sorted(o.label for c in offers for o in graph.claim_origins(c)) == ["Minsk Herald", "TASS"]


def test_an_unsourced_report_of_another_statement_keeps_its_own_origin() -> None:
    a, quiet = doc("North Korea sent missiles to Russia, TASS reported."), doc("Iran sent drones to Russia.")
    claims = [claim("North Korea", "supplies_to", "Russia", doc=a), claim("Iran", "supplies_to", "Russia", doc=quiet)]
    graph = _graph([sighting(a, "Daily One"), sighting(quiet, "Aggregator")], [cites(a, "TASS")], claims,
                   {a.id: "ev-1", quiet.id: "ev-1"})
    assert [o.label for o in graph.claim_origins(claims[1])] == ["Aggregator"]


def test_two_people_named_in_full_in_one_report_stay_two_speakers() -> None:
    a = doc("Vladimir Putin said the treaty binds Russia and North Korea. Kim Jong Un said it is defensive.")
    b = doc("Kim Jong Un told reporters that North Korea and Russia would work together.")
    claims = [claim("Russia", "cooperates_with", "North Korea", doc=a, attributed_to="Vladimir Putin"),
              claim("North Korea", "cooperates_with", "Russia", doc=a, attributed_to="Kim Jong Un",
                    sentence="Kim Jong Un"),
              claim("North Korea", "cooperates_with", "Russia", doc=b, attributed_to="Kim Jong Un")]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [], claims, {a.id: "ev-1", b.id: "ev-1"})
    assert [o.label for o in graph.claim_origins(claims[0])] == ["Vladimir Putin"]
    assert _count(graph, claims) == (2, 0)


def test_a_head_of_state_and_his_governments_press_office_are_one_account() -> None:
    a = doc("Vladimir Putin said Russia would build a plant in Belarus. Putin is the president of Russia.")
    b = doc("Russia offered Belarus a plant, the Kremlin press office said.")
    offers = [claim("Russia", "offers_to_build", "Belarus", doc=a, attributed_to="Vladimir Putin"),
              claim("Russia", "offers_to_build", "Belarus", doc=b)]
    role = claim("Vladimir Putin", "holds_role", "Russia", doc=a)
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [cites(b, "the Kremlin press office")],
                   [*offers, role], {a.id: "ev-1", b.id: "ev-1"})
    assert _count(graph, offers) == (1, 1)


def test_an_office_holder_without_an_official_account_at_the_event_stays_a_speaker() -> None:
    a = doc("Vladimir Putin said Russia would build a plant in Belarus. Putin is the president of Russia.")
    b = doc("Russia offered Belarus a plant, BelTA reported.")
    offers = [claim("Russia", "offers_to_build", "Belarus", doc=a, attributed_to="Vladimir Putin"),
              claim("Russia", "offers_to_build", "Belarus", doc=b)]
    role = claim("Vladimir Putin", "holds_role", "Russia", doc=a)
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [cites(b, "BelTA")],
                   [*offers, role], {a.id: "ev-1", b.id: "ev-1"})
    assert sorted(o.label for c in offers for o in graph.claim_origins(c)) == ["BelTA", "Vladimir Putin"]


def test_a_report_giving_a_statement_to_a_speaker_and_to_the_agency_that_carried_it_ties_them() -> None:
    a = doc("Russia offered Belarus a plant, BelTA reported. Maxim Oreshkin said Russia offered it.")
    b = doc("Russia offered Belarus a drone plant, BelTA reported.")
    offers = [claim("Russia", "offers_to_build", "Belarus", doc=a),
              claim("Russia", "offers_to_build", "Belarus", doc=a, attributed_to="Maxim Oreshkin",
                    sentence="Maxim Oreshkin"),
              claim("Russia", "offers_to_build", "Belarus", doc=b)]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [cites(a, "BelTA"), cites(b, "BelTA")],
                   offers, {a.id: "ev-1", b.id: "ev-1"})
    assert _count(graph, offers)[0] == 1


def test_a_report_naming_two_agencies_for_one_statement_keeps_both() -> None:
    a = doc("The treaty was signed, TASS reported. The treaty was signed, Reuters reported.")
    b = doc("The treaty was signed, Reuters reported.")
    signed = [claim("Russia", "cooperates_with", "Iran", doc=a),
              claim("Russia", "cooperates_with", "Iran", doc=a, sentence="Reuters reported"),
              claim("Russia", "cooperates_with", "Iran", doc=b)]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")],
                   [cites(a, "TASS"), cites(a, "Reuters"), cites(b, "Reuters")], signed, {a.id: "ev-1", b.id: "ev-1"})
    assert _count(graph, signed)[0] == 2


def test_a_state_named_as_the_source_of_an_allegation_is_one_account_in_every_outlet() -> None:
    a = doc("North Korea has shipped shells to Russia, the United States said.")
    b = doc("Washington says Pyongyang has sent artillery shells to Russia.")
    c = doc("According to the US, North Korea supplied Russia with shells.")
    claims = [claim("North Korea", "supplies_to", "Russia", doc=a, modality="claim", attributed_to="United States"),
              claim("North Korea", "supplies_to", "Russia", doc=b, modality="claim", attributed_to="Washington"),
              claim("North Korea", "supplies_to", "Russia", doc=c, modality="claim", attributed_to="US")]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two"), sighting(c, "Daily Three")], [], claims,
                   {d.id: "ev-1" for d in (a, b, c)})
    assert _count(graph, claims)[0] == 1


def test_the_denying_capital_and_the_accusing_state_are_two_accounts() -> None:
    a = doc("Iran supplied drones to Russia, the United States said.")
    b = doc("Tehran denied supplying drones to Russia.")
    claims = [claim("Iran", "supplies_to", "Russia", doc=a, modality="claim", attributed_to="United States"),
              claim("Iran", "supplies_to", "Russia", doc=b, modality="denial", attributed_to="Tehran")]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [], claims, {a.id: "ev-1", b.id: "ev-1"})
    assert _count(graph, claims)[0] == 2


def test_a_denial_in_a_report_of_the_accusation_keeps_the_denier_as_its_origin() -> None:
    a = doc("Beijing rejected Volodymyr Zelensky's accusation that China supplies weapons to Russia.")
    b = doc("Volodymyr Zelensky said China supplies weapons to Russia; China denied it.")
    claims = [claim("China", "supplies_to", "Russia", doc=d, modality="claim", attributed_to="Volodymyr Zelensky")
              for d in (a, b)]
    denials = [claim("China", "supplies_to", "Russia", doc=a, modality="denial", attributed_to="Beijing"),
               claim("China", "supplies_to", "Russia", doc=b, modality="denial", attributed_to="China")]
    graph = _graph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [], claims + denials,
                   {a.id: "ev-1", b.id: "ev-1"})
    assert _count(graph, claims)[0] == 1 and _count(graph, denials)[0] == 1
    assert all(o.key.startswith("official:") for c in denials for o in graph.claim_origins(c))
