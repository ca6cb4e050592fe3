"""The days a report states: read from its date mentions, compared across reports and scripts."""
from __future__ import annotations

from claimgraph.triangulate.story_dates import StatedDay, days_apart, same_story_days, stated_day, story_days


def test_story_dates_read_a_day_without_its_year_in_several_languages() -> None:
    assert stated_day("Dec. 27", None) == StatedDay(None, 12, 27)
    assert stated_day("17 января", None) == StatedDay(None, 1, 17)
    assert stated_day("23 April", None) == StatedDay(None, 4, 23)
    assert stated_day("30. Dezember", None) == StatedDay(None, 12, 30)
    assert stated_day("June 20th, 2024", "2024-06-20") == StatedDay(2024, 6, 20)


def test_story_dates_a_month_or_a_weekday_alone_names_no_day() -> None:
    assert stated_day("September 2025", "2025-09") is None
    assert stated_day("Thursday", None) is None
    assert stated_day("the end of 2024", "2024-Q4") is None


def test_story_dates_days_without_a_year_are_compared_by_month_and_day() -> None:
    assert days_apart(StatedDay(None, 12, 30), StatedDay(2024, 1, 2)) == 3
    assert days_apart(StatedDay(2024, 4, 23), StatedDay(2025, 4, 23)) == 365


def test_story_dates_leads_naming_days_months_apart_are_different_stories() -> None:
    production = story_days([(190, "Dec. 27", None), (1700, "Dec. 23", None)])
    strike = story_days([(340, "23 April", None)])
    feature = same_story_days(production, strike)
    assert feature.score == 0.0 and "different days" in feature.detail


def test_story_dates_a_later_story_recalling_an_earlier_day_is_still_a_different_story() -> None:
    offer = story_days([(140, "March 6", "2025-03-06")])
    # a later report recalls the earlier offer after telling of its own day
    summit = story_days([(77, "April 30", None), (980, "March 6", None)])
    assert same_story_days(offer, summit).score == 0.0


def test_story_dates_a_report_led_by_an_earlier_day_that_tells_the_later_one_recalls_the_past() -> None:
    # a caption recalls the ship's December call; the text tells of the envoy's words on May 11
    captioned = story_days([(60, "December 8, 2022", "2022-12-08"), (700, "May 11", None)])
    speech = story_days([(150, "May 11", "2023-05-11")], "2023-05-12")
    feature = same_story_days(captioned, speech)
    assert feature.score == 0.5 and "recalled" in feature.detail
    assert same_story_days(speech, captioned).score == 0.5


def test_story_dates_days_a_few_weeks_apart_are_no_evidence_either_way() -> None:
    vote = story_days([(300, "20 June 2024", "2024-06-20"), (780, "June 24", "2024-06-24")])
    adoption = story_days([(66, "06/24/2024", "2024-06-24")])
    assert same_story_days(vote, adoption).score == 0.5
    assert same_story_days(story_days([(100, "Dec. 23", None)]), story_days([(90, "Dec. 27", None)])).score == 0.5


def test_story_dates_reports_of_one_day_agree_even_when_one_adds_earlier_days() -> None:
    announcement = story_days([(64, "Jan 4", "2024-01-04"), (507, "December 30, 2023", "2023-12-30")])
    follow_up = story_days([(421, "December 30", None), (522, "January 2", None)])
    assert same_story_days(announcement, follow_up).score == 1.0


def test_story_dates_a_dateline_counts_as_the_publication_day() -> None:
    event = story_days([(52, "17 декабря", "2025-12-17")], published="2025-12-18")
    later = story_days([(5, "2025-12-27", "2025-12-27")])  # a page stamp, a report ten days on
    assert later.lead_published
    assert same_story_days(event, later).score == 0.5
    months_later = story_days([(5, "2026-04-02", "2026-04-02")])
    assert same_story_days(event, months_later).score == 0.0


def test_story_dates_a_report_stating_no_day_is_no_evidence() -> None:
    assert same_story_days(story_days([]), story_days([(10, "May 5", None)])).score == 0.5


def test_story_dates_days_bounding_a_period_are_not_the_lead() -> None:
    # a statement of Oct. 13 about shipments "between Sept. 7 and Oct. 1"
    statement = story_days([(247, "Oct. 13", "2023-10-13"), (514, "Sept. 7", None), (526, "Oct. 1", None)])
    assert statement.lead == StatedDay(2023, 10, 13)
    # the same statement told by a report whose only stated days bound the period
    period_only = story_days([(303, "7 сентября", "2023-09-07"), (317, "1 октября", "2023-10-01")],
                             published="2023-10-14")
    assert period_only.lead == StatedDay(2023, 10, 14) and period_only.lead_published
    assert StatedDay(2023, 9, 7) in period_only.days
    assert same_story_days(statement, period_only).score == 1.0
    undated = story_days([(1088, "September 7", None), (1104, "October 1", None)])
    assert undated.lead is None
    assert same_story_days(statement, undated).score == 0.5


def test_story_dates_days_far_apart_in_a_text_each_stay_a_lead() -> None:
    assert story_days([(100, "May 5", None), (400, "May 9", None)]).lead == StatedDay(None, 5, 5)


def test_story_dates_two_numbers_without_a_year_name_no_sure_day() -> None:
    # "10/12" may be the 10th of December, October 12th, or the 10th to the 12th of a month
    assert stated_day("10/12", "2018-12-10") is None
    assert stated_day("03.04", "2024-04-03") is None
    assert stated_day("06/24/2024", "2024-06-24") == StatedDay(2024, 6, 24)
    forum = story_days([(198, "10/12", "2018-12-10")], published="2018-10-03")
    assert forum.lead == StatedDay(2018, 10, 3) and forum.lead_published


def test_story_dates_one_day_said_twice_or_a_stamp_before_the_text_is_no_period() -> None:
    restated = story_days([(49, "Thursday", "2024-10-17"), (59, "Oct 17", "2024-10-17")])
    assert restated.lead == StatedDay(2024, 10, 17)
    stamped = story_days([(57, "21 Jun 2024", "2024-06-21"), (73, "June 20th, 2024", "2024-06-20")],
                         published="2024-06-21")
    assert stamped.lead == StatedDay(2024, 6, 21) and not stamped.lead_published
