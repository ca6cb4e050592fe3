"""A body named without its state speaks for the state the event's reports name it with; two bodies
quoted in one report are two speakers."""
from __future__ import annotations

from test_state_voices import _count
from triangulate_factory import claim, doc

from claimgraph.triangulate.state_voices import bare_body_state, body_states


def test_a_ministry_named_bare_is_the_one_other_reports_name_with_its_state() -> None:
    a = doc("Минобороны России заявило, что самолёты не нарушали границу Эстонии.")
    b = doc("В Минобороны уточнили, что самолёты не отклонялись от маршрута.")
    claims = [claim("Минобороны России", "states", doc=a, modality="denial", attributed_to="Минобороны России",
                    subject_entity="ent-mod"),
              claim("Минобороны", "states", doc=b, modality="denial", attributed_to="Минобороны",
                    subject_entity="ent-mod")]
    assert _count(claims) == 1


def test_two_bodies_quoted_in_one_report_stay_two_speakers() -> None:
    a = doc("The Estonian Defence Forces said three jets entered. The Russian Defence Ministry said none did.")
    claims = [claim("Estonian Defence Forces", "states", doc=a, value=3, modality="claim",
                    attributed_to="Estonian Defence Forces", subject_entity="ent-edf"),
              claim("Russian Defence Ministry", "states", doc=a, modality="denial",
                    attributed_to="Russian Defence Ministry", subject_entity="ent-mod")]
    assert _count(claims) == 2


def test_a_bare_body_takes_a_state_only_when_the_event_names_one() -> None:
    one = body_states(["the Russian Defence Ministry", "Kaja Kallas"])
    two = body_states(["the Russian Defence Ministry", "the Romanian Defence Ministry"])
    assert bare_body_state("the Defence Ministry", one) == "RU"
    assert bare_body_state("the Defence Ministry", two) is None
    assert bare_body_state("Kallas", one) is None


def test_a_state_and_a_person_quoted_in_one_report_stay_two_speakers() -> None:
    a = doc("Romania said the drone stayed 50 minutes. Volodymyr Zelensky said it flew 10 km.")
    claims = [claim("Romania", "states", doc=a, value=50, modality="claim", attributed_to="Romania",
                    subject_entity="ent-ro"),
              claim("Volodymyr Zelensky", "states", doc=a, value=10, modality="claim",
                    attributed_to="Volodymyr Zelensky", subject_entity="ent-vz")]
    assert _count(claims) == 2
