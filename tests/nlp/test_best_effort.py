"""Names in languages without a statistical model: known names, countries and people win over
capitalised word sequences."""
from __future__ import annotations

from types import SimpleNamespace

from claimgraph.nlp.best_effort import best_effort_names, country_of, keyed_names
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.pipeline import default_pipeline


def _found(text: str, lang: str) -> set[tuple[str, str]]:
    pipeline = default_pipeline(names=["claimgraph.parse.v1", "claimgraph.ner.v1", "claimgraph.gazetteer.v1"])
    doc = pipeline(AnalyzedDoc(document_id=f"{lang}-best", lang=lang, text=text))
    return {(m.text, m.label) for m in doc.mentions}


def test_countries_are_read_through_german_and_polish_endings() -> None:
    assert country_of("Russlands") == "ru" and country_of("Rosję") == "ru" and country_of("Białorusi") == "by"
    assert country_of("Krymie") is None  # a territory inside a country is a place
    assert country_of("Grund") is None


def test_known_names_meet_in_any_script_and_case() -> None:
    text = "Spotkanie Aleksandra Łukaszenki w Moskwie"
    assert [(text[s:e], entry.name) for s, e, entry, _ in keyed_names().find(text)] == [
        ("Aleksandra Łukaszenki", "Alexander Lukashenko"), ("Moskwie", "Moscow")]


def test_a_german_report_keeps_names_not_capitalised_nouns() -> None:
    found = _found("Die USA haben Russlands Armee kritisiert. Der Grund: russische Drohnen. "
                   "Das US-Finanzministerium nannte die Firmen. Alexander Lukaschenko schwieg.", "de")
    assert {("USA", "Country"), ("Russlands", "Country"), ("russische", "Nationality"),
            ("US-Finanzministerium", "PublicBody"), ("Alexander Lukaschenko", "Person")} <= found
    assert not {text for text, _ in found} & {"Die USA", "Der Grund", "Russlands Armee"}


def test_a_polish_report_gets_people_countries_and_nationalities() -> None:
    found = _found("Według mediów Alaksandr Łukaszenka spotkał się z ministrem. "
                   "Białoruś i Rosję łączą rosyjskie fabryki na Białorusi.", "pl")
    assert {("Alaksandr Łukaszenka", "Person"), ("Białoruś", "Country"), ("Rosję", "Country"),
            ("rosyjskie", "Nationality"), ("Białorusi", "Country")} <= found


def test_best_effort_names_do_not_overlap() -> None:
    text = "Viktor Orbán besuchte Minsk und Wien."
    spans = best_effort_names(text, lambda s, e, label, name: SimpleNamespace(start=s, end=e, label=label))
    assert [(text[m.start:m.end], m.label) for m in spans] == [
        ("Viktor Orbán", "Person"), ("Minsk", "Location")]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_loose_country_keys_are_not_taken_for_countries() -> None:
    assert country_of("Rosji") == "ru" and country_of("Ukrainie") == "ua" and country_of("Chinas") == "cn"
    assert country_of("Mało") is None and country_of("Andriej") is None and country_of("Schäden") is None
    assert country_of("Białoruscy") is None  # the people, not the country


def test_romanian_letters_meet_their_romanisation() -> None:
    text = "Aleksandr Lukașenko a vorbit."
    assert [entry.name for _, _, entry, _ in keyed_names().find(text)] == ["Alexander Lukashenko"]


def test_titles_and_body_heads_decide_the_type_of_a_sequence() -> None:
    found = _found("Am Grab von Marschall Schukow sprach Staatschef Kim Jong Un. Das meldete die "
                   "Nachrichtenagentur Interfax. Ministerstwo Obrony Narodowej milczało.", "de")
    assert {("Schukow", "Person"), ("Kim Jong Un", "Person"), ("Interfax", "Organization"),
            ("Ministerstwo Obrony Narodowej", "PublicBody")} <= found
