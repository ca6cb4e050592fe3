"""Since when something has been made: reports of one event dating the start differently."""
from __future__ import annotations

from sentence_checks import says_and_documents, shown_in_one_event

from claimgraph.triangulate.start_dates import shown, start_disagreements, start_years


def test_a_start_phrase_by_a_verb_of_making_gives_the_start_year() -> None:
    assert start_years("The plant, which has been producing drones since 2022, is growing.") == {2022}
    assert start_years("The firm began producing the engines in March 2023.") == {2023}
    assert start_years("Завод выпускает беспилотники с 2021 года.") == {2021}
    assert start_years("Підприємство виробляє дрони з 2024 року.") == {2024}


def test_a_duration_counts_back_from_the_day_the_report_appeared() -> None:
    assert start_years("It has been making these drones for nearly three years.", "2025-07-20") == {2022}
    assert start_years("It has been making these drones for two years.", "2025-03-01") == {2023}
    assert start_years("It has been making these drones for two years.") == set()  # no day to count from


def test_a_start_phrase_away_from_the_making_or_without_it_gives_nothing() -> None:
    assert start_years("The institute has been monitoring the site since 2022, and believes 6,000 drones "
                       "were produced early.") == set()
    assert start_years("Sanctions have been in place since 2022.") == set()


def test_two_reports_dating_the_start_differently_disagree() -> None:
    view = shown_in_one_event(start_disagreements, shown, {
        "a": "The factory has been producing drones since 2022. It employs students.",
        "b": "The plant, launched in July 2023, manufactures several kinds of drones.",
    })
    assert view["kind"] == "date"
    assert says_and_documents(view) == [("since 2022", ["a"]), ("since 2023", ["b"])]


def test_a_report_giving_two_start_years_is_on_neither_side() -> None:
    texts = {
        "a": "The factory has been producing drones since 2022.",
        "b": "It began producing decoys in 2023. It has been making engines since 2021.",
    }
    assert start_disagreements(texts, {doc: "c1" for doc in texts}) == []
