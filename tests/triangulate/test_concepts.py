"""Cross-script concepts: one key per named thing when resolution left two entities."""
from __future__ import annotations

import datetime as dt

from claimgraph.model import Event, Mention
from claimgraph.triangulate.concepts import Concepts, territory_key
from claimgraph.triangulate.event_clusters import cluster_reports
from claimgraph.triangulate.reports import DocText, build_reports


def mention(doc: str, text: str, label: str, entity: str | None) -> Mention:
    return Mention(Mention.make_id(doc, 0, len(text), label), doc, 0, len(text), text, label,
                   canonical=text, entity_id=entity)


def test_concepts_join_a_city_written_in_two_scripts_through_its_territory_code() -> None:
    concepts = Concepts([mention("a", "Moscow", "Location", "ent-1"), mention("b", "Москва", "Location", "ent-2")])
    assert concepts.key("ent-1") == concepts.key("ent-2")
    assert territory_key("Москва", "Location") == territory_key("Moscow", "Location") != ""


def test_concepts_join_entities_whose_names_transliterate_alike() -> None:
    concepts = Concepts([mention("a", "Tolyatti", "Location", "ent-1"), mention("b", "Тольятти", "Location", "ent-2"),
                         mention("c", "Samara", "Location", "ent-3")])
    assert concepts.key("ent-1") == concepts.key("ent-2") != concepts.key("ent-3")


def test_concepts_do_not_make_a_capital_its_country() -> None:
    concepts = Concepts([mention("a", "Minsk", "Location", "ent-1"), mention("b", "Belarus", "Country", "ent-2")])
    assert concepts.key("ent-1") != concepts.key("ent-2")
    assert territory_key("Minsk", "Location") == ""


def test_concepts_cluster_a_russian_and_an_english_report_of_one_meeting() -> None:
    day = "2025-10-08"
    docs = [DocText("en", "Commission meets in Moscow", day, "en", "MOSCOW, 8 October. The commission met."),
            DocText("ru", "Комиссия в Москве", day, "ru", "МОСКВА, 8 октября. Комиссия собралась.")]
    events = [Event("evt-en", "en", "meeting", place="Moscow", participants=["Moscow"]),
              Event("evt-ru", "ru", "meeting", place="Москва", participants=["Москва"])]
    mentions = [mention("en", "Moscow", "Location", "ent-moscow"), mention("ru", "Москва", "Location", "ent-moskva")]
    reports, _ = build_reports(docs, events, mentions, [])
    assert reports[0].place == reports[1].place
    clusters = cluster_reports(reports)
    assert [sorted(c.documents) for c in clusters] == [["en", "ru"]]
    assert reports[0].span == (dt.date(2025, 10, 8), dt.date(2025, 10, 8))
