"""A statement given to a pronoun ("according to him", "по её словам", "he noted") belongs to the
person the sentence before is about; with no such person, or several, it stays without a speaker."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.pronoun_speakers import _unmarked_name, speaks_by_pronoun
from claimgraph.nlp.claims.sentence import _Context
from claimgraph.nlp.doc import AnalyzedDoc, Sentence, Token
from claimgraph.nlp.pipeline import default_pipeline

Analyse = Callable[[str, str], list[Claim]]


@pytest.fixture(scope="module")
def claims_of() -> Analyse:
    pipeline = default_pipeline()
    return lambda text, lang: pipeline(AnalyzedDoc("doc-test", text, lang, "2025-12-18")).claims


def supply(claims: list[Claim]) -> list[tuple[str | None, str]]:
    found = [(c.attributed_to, c.modality) for c in claims if c.predicate == "supplies_to"]
    assert found, f"no supplies_to claim in {claims}"
    return found


def test_according_to_him_is_the_person_introduced_before(claims_of: Analyse) -> None:
    text = ("Ivan Petrov, the director of the Kazan plant, spoke to reporters on Monday. "
            "According to him, Russia supplies drones to Belarus.")
    assert supply(claims_of(text, "en")) == [("Ivan Petrov", "claim")]


def test_по_его_словам_is_the_person_introduced_before(claims_of: Analyse) -> None:
    text = ("Глава Минпромторга Антон Алиханов посетил завод в Елабуге. "
            "По его словам, Россия поставляет беспилотники в Белоруссию.")
    assert supply(claims_of(text, "ru")) == [("Антон Алиханов", "claim")]


def test_the_speakers_own_doing_stays_the_reports(claims_of: Analyse) -> None:
    text = ("Глава Минпромторга Антон Алиханов провёл совещание. "
            "Об этом он заявил журналистам в ходе рабочей поездки в Витебскую область.")
    visits = [(c.subject, c.attributed_to) for c in claims_of(text, "ru") if c.predicate == "visited"]
    assert visits == [("Антон Алиханов", None)]


def test_a_pronoun_with_no_person_before_gives_no_speaker(claims_of: Analyse) -> None:
    text = "The weather in Kazan was cold on Monday. According to him, Russia supplies drones to Belarus."
    assert supply(claims_of(text, "en")) == [(None, "claim")]


def test_a_sentence_without_a_pronoun_speaker_is_left_alone(claims_of: Analyse) -> None:
    text = ("Ivan Petrov, the director of the Kazan plant, spoke to reporters on Monday. "
            "Russia supplies drones to Belarus.")
    assert supply(claims_of(text, "en")) == [(None, "fact")]


LEMMAS = {"noted": "note", "visited": "visit", "commented": "comment", "grew": "grow"}


def _sentence(text: str, parse: list[tuple[str, str, str, int]]) -> Sentence:
    """A sentence with the parse we state: (word, POS, relation, head index) for each word."""
    tokens, at = [], 0
    for word, pos, dep, head in parse:
        at = text.index(word, at)
        tokens.append(Token(at, at + len(word), word, LEMMAS.get(word, word.lower()), pos, dep, head))
        at += len(word)
    return Sentence(0, len(text), tokens)


KOVALENKO = _sentence("Andrii Kovalenko commented on Telegram.", [
    ("Andrii", "PROPN", "compound", 1), ("Kovalenko", "PROPN", "nsubj", 2), ("commented", "VERB", "root", 2),
    ("on", "ADP", "case", 4), ("Telegram", "PROPN", "obl", 2), (".", "PUNCT", "punct", 2)])


def test_a_name_the_recogniser_missed_is_read_from_the_main_subject() -> None:
    assert _unmarked_name(KOVALENKO, 1, []) == "Andrii Kovalenko"


def test_a_main_subject_another_entity_covers_is_no_person() -> None:
    country = Mention("m1", "doc-test", 0, 16, "Andrii Kovalenko", "Organization")
    assert _unmarked_name(KOVALENKO, 1, [country]) is None


def test_one_capitalised_word_is_too_little_for_a_name() -> None:
    sent = _sentence("Kovalenko commented.", [("Kovalenko", "PROPN", "nsubj", 1), ("commented", "VERB", "root", 1),
                                              (".", "PUNCT", "punct", 1)])
    assert _unmarked_name(sent, 0, []) is None


def test_a_pronoun_heading_a_speech_verb_speaks_and_one_elsewhere_does_not() -> None:
    said = "He noted that output grew."
    noted = _sentence(said, [("He", "PRON", "nsubj", 1), ("noted", "VERB", "root", 1), ("that", "SCONJ", "mark", 4),
                             ("output", "NOUN", "nsubj", 4), ("grew", "VERB", "ccomp", 1), (".", "PUNCT", "punct", 1)])
    visited = "He visited the plant."
    went = _sentence(visited, [("He", "PRON", "nsubj", 1), ("visited", "VERB", "root", 1), ("the", "DET", "det", 3),
                               ("plant", "NOUN", "obj", 1), (".", "PUNCT", "punct", 1)])
    assert speaks_by_pronoun(_Context(AnalyzedDoc("doc-test", said, "en"), "en", [], []), noted)
    assert not speaks_by_pronoun(_Context(AnalyzedDoc("doc-test", visited, "en"), "en", [], []), went)


def test_it_after_a_person_takes_up_the_body_the_person_accused(claims_of: Analyse) -> None:
    found = supply(claims_of("The U.S. State Department said Norwegian drones had struck the port. White "
                             "House spokesperson Jane Doe accused Norway of lying when it said Russia was not "
                             "using Norwegian drones in Ukraine.", "en"))
    assert ("U.S. State Department", "denial") not in found and ("Norway", "denial") in found, found


def test_it_still_takes_up_the_subject_of_its_own_sentence(claims_of: Analyse) -> None:
    found = supply(claims_of("Norway accused Sweden of bias when it said it would not sell drones to Russia.", "en"))
    assert all(by != "Sweden" for by, _ in found), found
