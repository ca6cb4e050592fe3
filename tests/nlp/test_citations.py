"""Citations: the outlets a report names as its sources, not the people it quotes."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.citations import CitationComponent, find_citations
from claimgraph.nlp.doc import AnalyzedDoc

Analyse = Callable[[str, str], AnalyzedDoc]


def sources(analyse: Analyse, text: str, lang: str) -> list[str | None]:
    return [c.source for c in find_citations(analyse(text, lang))]


@pytest.mark.parametrize("text, expected", [
    ("The plant will open next year. Source: BelTA.", ["BelTA"]),
    ("According to TASS, the factory has already hired staff.", ["TASS"]),
    ("The deal was signed in Minsk, Reuters reported.", ["Reuters"]),
    ("Output will double, as Interfax reports.", ["Interfax"]),
    ("The ministry denied the report, citing Xinhua.", ["Xinhua"]),
    ("The director told the Belarusian news agency BelTA that hiring had begun.", ["BelTA"]),
    ("Engineers visited the plant twice, according to documents seen by Reuters.", ["Reuters"]),
])
def test_citations_english_cues(analyse: Analyse, text: str, expected: list[str]) -> None:
    assert sources(analyse, text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Завод откроется в следующем году, сообщает БелТА.", ["БелТА"]),
    ("Об этом со ссылкой на ТАСС пишут местные СМИ.", ["ТАСС"]),
    ("Как передает «Интерфакс», контракт уже подписан.", ["Интерфакс"]),
    ("Проверку начало министерство торговли, сообщает агентство «Анадолу».", ["Анадолу"]),
    ("Выпуск вырастет вдвое. Источник: ТАСС.", ["ТАСС"]),
    ("Как сообщает Минобороны Беларуси, испытания прошли успешно.", ["Минобороны Беларуси"]),
    ("Инженеры дважды посещали завод, следует из документов, оказавшихся в распоряжении Reuters.", ["Reuters"]),
])
def test_citations_russian_cues(analyse: Analyse, text: str, expected: list[str]) -> None:
    assert sources(analyse, text, "ru") == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "As noted by NHK, the new plant will need thousands of hands.", ["NHK"]),
    ("uk", "Завод відкриють наступного року, повідомляє агентство Укрінформ.", ["Укрінформ"]),
    ("uk", "Як пише Reuters, перші робітники вже прибули.", ["Reuters"]),
    ("uk", "За даними NHK, будівництво завершать восени.", ["NHK"]),
    ("be", "Пра гэта паведамляе агенцтва БелТА.", ["БелТА"]),
    ("uk", "Укрінформ повідомляє, що перша черга заводу вже працює.", ["Укрінформ"]),
    ("pl", "Według agencji Reuters zakład zatrudni nowych pracowników.", ["Reuters"]),
    ("pl", "Fabryka ruszy w przyszłym roku, podaje Reuters.", ["Reuters"]),
    ("de", "Das Werk soll im Herbst öffnen, berichtet die Nachrichtenagentur Reuters.", ["Reuters"]),
    ("de", "Laut Reuters sind die ersten Arbeiter schon angekommen.", ["Reuters"]),
    ("ro", "Potrivit Reuters, fabrica va fi deschisă la toamnă.", ["Reuters"]),
])
def test_citations_cues_in_the_other_languages(analyse: Analyse, lang: str, text: str, expected: list[str]) -> None:
    assert sources(analyse, text, lang) == expected


def test_citations_a_minister_told_by_a_ukrainian_verb_is_no_outlet(analyse: Analyse) -> None:
    assert sources(analyse, "Про це повідомив міністр оборони Рустем Умєров.", "uk") == []


def test_citations_quoted_people_are_not_sources(analyse: Analyse) -> None:
    text = ("According to Governor Vyacheslav Fedorishchev, the region will become the largest maker of "
            "drones. The minister told reporters that talks went well.")
    assert sources(analyse, text, "en") == []


def test_citations_span_is_the_sentence_and_ids_are_stable(analyse: Analyse) -> None:
    text = "The talks were held in Minsk. The sides agreed to cooperate, BelTA reported."
    doc = CitationComponent()(analyse(text, "en"))
    (cite,) = doc.citations
    assert (cite.kind, text[cite.start:cite.end]) == ("attribution", "The sides agreed to cooperate, BelTA reported.")
    again = CitationComponent()(analyse(text, "en"))
    assert again.citations[0].id == cite.id


def test_citations_keep_forwards_added_at_ingest(analyse: Analyse) -> None:
    doc = analyse("Nothing cited here.", "en")
    from claimgraph.model import Citation
    doc.citations = [Citation("cit-1", doc.document_id, "forward", source="some_channel")]
    assert [c.kind for c in CitationComponent()(doc).citations] == ["forward"]


def test_citations_long_capitalised_line_does_not_crash(analyse: Analyse) -> None:
    doc = AnalyzedDoc("doc-x", "Aaa Bbb " * 120_000 + "reported.", "en")
    assert isinstance(find_citations(doc), list)


def test_citations_a_bare_media_word_is_no_outlet(analyse: Analyse) -> None:
    found = sources(analyse, "Two companies were listed, Voice of America (VOA) News reported.", "en")
    assert "News" not in found
    assert sources(analyse, "All News\n\nThe plant opened on Monday.", "en") == []


def test_an_empty_source_line_names_nothing_on_the_next_line(analyse: Analyse) -> None:
    text = "Шпионский скандал\n\nИсточник:\n\nОчередной громкий скандал вокруг поставок электроники разгорелся снова."
    assert sources(analyse, text, "ru") == []
