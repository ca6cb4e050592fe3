"""Where one sentence names two outlets, the one passing the statement on is no source of it: the
outlet it cites, or whose report it relays, is where the statement began."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Citation
from claimgraph.nlp.citations import CitationComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.relayed_sources import innermost_sources

Analyse = Callable[[str, str], AnalyzedDoc]


def kept(text: str, *names: str) -> list[str | None]:
    """The sources left of citations of ``names``, each spanning the whole of ``text``."""
    cites = [Citation(f"c{i}", "doc-test", "attribution", name, start=0, end=len(text)) for i, name in enumerate(names)]
    return [c.source for c in innermost_sources(text, cites)]


@pytest.mark.parametrize("text, names, expected", [
    ("This was reported by the BBC Russian Service, according to Ukrinform.", ("BBC Russian Service", "Ukrinform"),
     ["BBC Russian Service"]),
    ("Interfax, citing Reuters, said the plant had stopped work.", ("Interfax", "Reuters"), ["Reuters"]),
    ("Завод остановил работу, сообщает ТАСС со ссылкой на РИА Новости.", ("ТАСС", "РИА Новости"), ["РИА Новости"]),
    ("According to TASS, the plant stopped work, Reuters reported.", ("TASS", "Reuters"), ["TASS"]),
    ("As Interfax reported, the strike was first shown by Baza.", ("Interfax", "Baza"), ["Baza"]),
    ("Як повідомляє Укрінформ, про це написала Бі-Бі-Сі.", ("Укрінформ", "Бі-Бі-Сі"), ["Бі-Бі-Сі"]),
])
def test_the_relaying_outlet_is_dropped(text: str, names: tuple[str, ...], expected: list[str]) -> None:
    assert kept(text, *names) == expected


def test_two_outlets_side_by_side_both_stay() -> None:
    text = "Reuters and the Associated Press both saw the documents."
    assert kept(text, "Reuters", "Associated Press") == ["Reuters", "Associated Press"]


def test_outlets_of_different_sentences_are_left_alone() -> None:
    text = "The plant stopped, according to TASS. Reuters reported the same."
    cites = [Citation("a", "doc-test", "attribution", "TASS", start=0, end=37),
             Citation("b", "doc-test", "attribution", "Reuters", start=38, end=len(text))]
    assert [c.source for c in innermost_sources(text, cites)] == ["TASS", "Reuters"]


def test_a_report_relaying_another_names_only_the_first_as_its_source(analyse: Analyse) -> None:
    text = "A drone was shot down over Tatarstan. This was reported by the BBC Russian Service, according to Ukrinform."
    doc = CitationComponent()(analyse(text, "en"))
    assert [c.source for c in doc.citations] == ["BBC Russian Service"]
