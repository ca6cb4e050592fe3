"""What the parties of a report's talks, visit or signing say on its day, and talks told as the
setting of what they said during a visit, are part of that event; a statement by anyone else, and
talks told as what happened, stay events of their own."""
from __future__ import annotations

from claimgraph.model import Event, TimeRef
from claimgraph.nlp.event_gatherings import without_party_speech

_DAY = TimeRef(start="2025-04-02", end="2025-04-02", precision="day")


def _event(kind: str, participants: list[str], start: int, time: TimeRef | None = _DAY) -> Event:
    return Event(id=f"e{start}", document_id="d", type=kind, time=time, place=None,
                 participants=participants, start=start, end=start + 10)


def test_a_party_speaking_at_the_signing_makes_no_statement_of_its_own() -> None:
    talks = _event("agreement", ["Gabriel Boric", "Dina Boluarte"], 0)
    said = _event("announcement", ["Gabriel Boric"], 20)
    assert without_party_speech([talks, said], frozenset({"Gabriel Boric", "Dina Boluarte"})) == [talks]


def test_a_third_speaker_or_another_day_is_a_statement() -> None:
    talks = _event("visit", ["Gabriel Boric", "Dina Boluarte"], 0)
    spokesman = _event("announcement", ["Ana Torres"], 20)
    later = _event("announcement", ["Gabriel Boric"], 40, TimeRef(start="2025-04-05", end="2025-04-05", precision="day"))
    people = frozenset({"Gabriel Boric", "Dina Boluarte", "Ana Torres"})
    assert without_party_speech([talks, spokesman, later], people) == [talks, spokesman, later]


def test_a_summoned_envoy_speaking_after_the_summons_is_a_statement() -> None:
    summons = _event("meeting", ["Peru's foreign ministry", "Jorge Perez"], 0)
    said = _event("announcement", ["Jorge Perez"], 20)
    assert without_party_speech([summons, said], frozenset({"Jorge Perez"})) == [summons, said]


def test_a_ministry_commenting_on_an_incursion_is_a_statement() -> None:
    incursion = _event("other", ["Peru"], 0)
    ministry = _event("announcement", ["Peru"], 20)
    assert without_party_speech([incursion, ministry], frozenset()) == [incursion, ministry]


def test_names_share_a_party_by_their_last_word_or_a_shorter_form() -> None:
    from claimgraph.nlp.event_retold import share_a_party

    assert share_a_party(["Министерство иностранных дел Перу"], ["МИД Перу"])
    assert share_a_party(["МИД"], ["МИД Перу", "Хорхе Перес"])
    assert share_a_party(["Jorge Perez"], ["Perez"])
    assert not share_a_party(["Ministry of Defence"], ["Chile"])


def test_two_offices_of_one_state_speak_apart() -> None:
    from claimgraph.nlp.event_retold import share_a_party

    assert not share_a_party(["Peru's defence ministry"], ["Peru's foreign ministry"], "announcement")


def test_talks_as_the_setting_of_a_statement_during_a_signing_are_part_of_it(events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("On 19 June, Gabriel Boric and Dina Boluarte signed a trade treaty in Lima. In talks with "
                       "Boric, Boluarte stated that Peru fully supports Chile.", "en", "2025-06-20")
    assert [e.type for e in events] == ["agreement"]


def test_talks_held_are_a_meeting_beside_the_signing(events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("On 19 June, Gabriel Boric and Dina Boluarte signed a trade treaty in Lima. Before the "
                       "signing, Boric and Boluarte held talks at the palace.", "en", "2025-06-20")
    assert sorted(e.type for e in events) == ["agreement", "meeting"]
