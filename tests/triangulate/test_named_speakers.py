"""A speaker a claim's sentence names, or a state speaking, is the origin however many outlets relay it."""
from __future__ import annotations

from triangulate_factory import cites, claim, doc, sighting

from claimgraph.model import Claim, Document
from claimgraph.triangulate.accounts import state_speaking
from claimgraph.triangulate.origins import CitationGraph, count_origins
from claimgraph.triangulate.outlets import Outlet, OutletBook

BOOK = OutletBook([Outlet("Reuters", "reuters.com", "GB", False), Outlet("Interfax", "interfax.ru", "RU", False),
                   Outlet("Voice Weekly", "voice.example", "US", False)])


def _graph(docs: list[Document], citations, claims: list[Claim]) -> CitationGraph:  # type: ignore[no-untyped-def]
    sentences = {c.id: next(d.text for d in docs if d.id == c.document_id)[c.start:c.end] for c in claims}
    return CitationGraph([sighting(d, f"Outlet {i}") for i, d in enumerate(docs)], citations, BOOK,
                         clusters={d.id: "ev-1" for d in docs}, claims=claims, sentences=sentences)


def _count(graph: CitationGraph, claims: list[Claim]) -> int:
    return count_origins(o for c in claims for o in graph.claim_origins(c))[0]


def test_a_state_named_as_the_speaker_is_its_government_speaking() -> None:
    assert state_speaking("United States") == "US"
    assert state_speaking("США") == "US"
    assert state_speaking("Tokyo") is None  # a city read as another country's code is no state
    assert state_speaking("Moscow") is None


def test_reports_giving_one_allegation_to_the_state_and_to_its_spokesman_count_one_origin() -> None:
    a = doc("The United States believes Iran is preparing to provide Russia with drones.")
    b = doc("Iran is preparing to provide Russia with drones, White House spokesman Jake Sullivan said.")
    claims = [claim("Iran", "supplies_to", "Russia", doc=a, modality="claim", attributed_to="United States"),
              claim("Iran", "supplies_to", "Russia", doc=b, modality="claim",
                    attributed_to="White House spokesman Jake Sullivan")]
    graph = _graph([a, b], [cites(a, "Reuters"), cites(b, "Interfax")], claims)
    assert _count(graph, claims) == 1


def test_a_sentence_naming_the_quoted_speaker_goes_back_to_that_speaker() -> None:
    a = doc("North Korea sent arms to Russia, White House spokesman John Kirby said.")
    b = doc("Earlier Kirby stated that North Korea had shipped arms to Russia.")
    c = doc("American officials say North Korea shipped arms to Russia.")
    claims = [claim("North Korea", "supplies_to", "Russia", doc=a, attributed_to="White House spokesman John Kirby"),
              claim("North Korea", "supplies_to", "Russia", doc=b),
              claim("North Korea", "supplies_to", "Russia", doc=c)]
    graph = _graph([a, b, c], [cites(a, "Reuters"), cites(b, "Interfax"), cites(c, "Voice Weekly")], claims)
    assert _count(graph, claims) == 1
    assert graph.claim_origins(claims[1])[0].describe().endswith("quotes → White House spokesman John Kirby")


def test_a_sentence_about_the_named_person_or_naming_no_quoted_speaker_keeps_its_source() -> None:
    a = doc("Maxim Oreshkin is deputy head of the administration, Oreshkin's office said.")
    b = doc("Oreshkin was appointed deputy head of the administration in 2020.")
    c = doc("Sources say Oreshkin is deputy head of the administration.")
    claims = [claim("Maxim Oreshkin", "holds_role", "Administration", doc=a, attributed_to="Maxim Oreshkin"),
              claim("Maxim Oreshkin", "holds_role", "Administration", doc=b),
              claim("Maxim Oreshkin", "holds_role", "Administration", doc=c)]
    graph = _graph([a, b, c], [cites(b, "Interfax"), cites(c, "Reuters")], claims)
    assert {o.label for o in graph.claim_origins(claims[1])} == {"Interfax"}
    assert {o.label for o in graph.claim_origins(claims[2])} == {"Reuters"}


def test_a_government_press_office_telling_what_another_state_said_keeps_its_own_account() -> None:
    book = OutletBook([Outlet("BelTA", "belta.by", "BY", True)])
    a = doc("Russia suggests building a plant in Belarus, the press office of the president of Belarus said.")
    b = doc("Russia offered to build a plant in Belarus, BelTA reported.")
    claims = [claim("Russia", "offers_to_build", "Belarus", doc=a, attributed_to="Russia"),
              claim("Russia", "offers_to_build", "Belarus", doc=b)]
    graph = CitationGraph([sighting(a, "President of Belarus press office"), sighting(b, "Daily")],
                          [cites(a, "the press office of the president of Belarus"), cites(b, "BelTA")], book,
                          clusters={a.id: "ev-1", b.id: "ev-1"}, claims=claims)
    assert _count(graph, claims) == 1


def test_a_state_agency_relaying_another_states_denial_relays_that_state() -> None:
    book = OutletBook([Outlet("TASS", "tass.ru", "RU", True)])
    a = doc("China denied supplying weapons to Russia, TASS reported.")
    b = doc("Beijing rejected the accusation that it supplies weapons to Russia.")
    claims = [claim("China", "supplies_to", "Russia", doc=a, modality="denial", attributed_to="China"),
              claim("China", "supplies_to", "Russia", doc=b, modality="denial", attributed_to="China")]
    graph = CitationGraph([sighting(a, "Daily"), sighting(b, "Weekly")], [cites(a, "TASS")], book,
                          clusters={a.id: "ev-1", b.id: "ev-1"}, claims=claims)
    assert {o.key for c in claims for o in graph.claim_origins(c)} == {"official:ev-1:CN"}


def test_only_people_named_in_full_are_found_by_surname() -> None:
    from claimgraph.triangulate.accounts import _surname_stem
    from claimgraph.triangulate.named_speakers import surname_index
    from claimgraph.triangulate.origins import Origin

    quoted = [(name, Origin(f"said:ev-1:{name}", name)) for name in
              ("White House spokesman John Kirby", "МИД Ирана", "National Security Council", "the spokesman")]
    assert sorted(o.label for o in surname_index(quoted, _surname_stem).values()) == ["White House spokesman John Kirby"]


def test_governments_named_together_by_their_officials_are_each_an_origin() -> None:
    from claimgraph.triangulate.named_speakers import coordinated_governments

    assert coordinated_governments("American and Ukrainian officials say Iran sent drones.") == ["US", "UA"]
    assert coordinated_governments("американские и украинские власти заявляли о поставках") == ["US", "UA"]
    assert coordinated_governments("US officials say Iran sent drones.") == []
    a = doc("American and Ukrainian officials have said Russia received drones from Iran.")
    b = doc("Russia got drones from Iran, Ukrainian officials said.")
    claims = [claim("Iran", "supplies_to", "Russia", doc=a, modality="claim"),
              claim("Iran", "supplies_to", "Russia", doc=b, modality="claim")]
    graph = _graph([a, b], [], claims)
    assert sorted(o.key.rsplit(":", 1)[-1] for o in graph.claim_origins(claims[0])) == ["UA", "US"]
