"""Sources named by kind ("Belarusian state media reported") become citations that say what they name."""
from __future__ import annotations

import pytest

from claimgraph.model import Citation
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.generic_sources import GenericSource, find_generic_citations, generic_reference


def _sources(text: str, lang: str = "en") -> list[str]:
    return [c.source or "" for c in find_generic_citations(AnalyzedDoc("doc-g", text, lang))]


@pytest.mark.parametrize(("text", "phrase"), [
    ("Moscow will put up a drone factory in Belarus, Belarusian state media reported on Thursday.",
     "Belarusian state media"),
    ("The official spoke to Belarusian state media after the show.", "Belarusian state media"),
    ("According to state media, the plant opens next year.", "state media"),
    ("Завод построят в Беларуси, как сообщают белорусские госСМИ.", "белорусские госСМИ"),
    ("Об этом со ссылкой на государственное информагентство пишет издание.", "государственное информагентство"),
    ("Як повідомляють білоруські державні ЗМІ, завод запрацює восени.", "білоруські державні ЗМІ"),
    ("The treaty was signed, Russian news agencies reported.", "Russian news agencies"),
    ("Russian state media, citing regional officials, said two were hurt.", "Russian state media"),
    ("The speech was broadcast by official state media.", "official state media"),
])
def test_generic_attribution_next_to_a_reporting_cue_is_a_citation(text: str, phrase: str) -> None:
    assert _sources(text) == [phrase]


def test_state_media_without_a_reporting_cue_is_no_citation() -> None:
    assert _sources("State media are tightly controlled in the country.") == []


def test_media_of_no_country_state_or_agency_is_no_one_in_particular() -> None:
    assert _sources("The blast was seen, according to media reports.") == []
    assert _sources("СМИ писали, что завод пострадал.", "ru") == []


def test_a_sentence_that_already_names_its_outlet_gets_no_generic_citation() -> None:
    text = "The state news agency BelTA reported the visit."
    named = [Citation("c1", "doc-g", "attribution", source="BelTA", start=0, end=len(text))]
    from claimgraph.nlp.doc import Sentence

    doc = AnalyzedDoc("doc-g", text, "en", sentences=[Sentence(0, len(text), [])])
    assert find_generic_citations(doc, named) == []


def test_generic_reference_reads_country_state_and_agency() -> None:
    assert generic_reference("Belarusian state media") == GenericSource("BY", True, False)
    assert generic_reference("the state news agency") == GenericSource(None, True, True)
    assert generic_reference("белорусские госСМИ") == GenericSource("BY", True, False)
    assert generic_reference("Russian media") == GenericSource("RU", False, False)
    assert generic_reference("BelTA") is None
