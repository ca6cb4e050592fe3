"""Event clustering on plain reports: time, participants, figures, text, and no chaining."""
from __future__ import annotations

import datetime as dt

from claimgraph.model import Event
from claimgraph.triangulate.event_clusters import (
    EventReport,
    candidate_pairs,
    close_in_time,
    cluster_reports,
    text_sketch,
)


def report(doc: str, type_: str, day: str, *keys: str, numbers: tuple[str, ...] = (), text: str = "",
           from_published: bool = False) -> EventReport:
    d = dt.date.fromisoformat(day)
    return EventReport(Event(f"evt-{doc}", doc, type_), doc, day, True, (d, d), from_published,
                       frozenset(keys), {k: k for k in keys}, "", frozenset(numbers),
                       text_sketch(text) if text else ())


def _groups(reports: list[EventReport]) -> list[set[str]]:
    return sorted((set(c.documents) for c in cluster_reports(reports)), key=lambda g: sorted(g))


def test_event_clusters_join_reports_in_two_languages_by_entities_and_date() -> None:
    reports = [report("en", "meeting", "2025-07-21", "ent-luk", "ent-fed", "ent-minsk"),
               report("ru", "meeting", "2025-07-21", "ent-luk", "ent-fed"),
               report("late", "meeting", "2025-07-22", "ent-luk", "ent-fed", from_published=True)]
    assert _groups(reports) == [{"en", "late", "ru"}]


def test_event_clusters_keep_the_same_people_apart_months_later() -> None:
    reports = [report("a", "meeting", "2025-07-21", "ent-luk", "ent-fed"),
               report("b", "meeting", "2025-11-02", "ent-luk", "ent-fed")]
    assert _groups(reports) == [{"a"}, {"b"}]
    assert close_in_time(reports[0], reports[1]).detail == "104 days apart"


def test_event_clusters_do_not_chain_two_same_day_events_through_one_vague_report() -> None:
    talks = [report(f"t{i}", "meeting", "2025-10-08", "ent-luk", "ent-mazur", "ent-tomsk", "ent-by")
             for i in range(3)]
    roadmap = [report(f"r{i}", "agreement", "2025-10-08", "ent-commission", "ent-moscow", "ent-ru")
               for i in range(3)]
    vague = report("v", "agreement", "2025-10-08", "ent-by", "ent-moscow")
    groups = _groups(talks + roadmap + [vague])
    assert {"t0", "t1", "t2"} in groups
    assert not any({"t0", "r0"} <= g for g in groups)


def test_event_clusters_near_copies_join_on_text_alone() -> None:
    text = "The council added fourteen entities to its list for supplying drone components " * 3
    reports = [report("a", "sanction", "2025-06-12", text=text),
               report("b", "announcement", "2025-06-12", text=text + " Updated.")]
    assert _groups(reports) == [{"a", "b"}]


def test_event_clusters_shared_figures_link_reports_without_named_participants() -> None:
    reports = [report("a", "exhibition", "2025-05-20", numbers=("120",)),
               report("b", "exhibition", "2025-05-20", numbers=("120",))]
    assert _groups(reports) == [{"a", "b"}]


def test_event_clusters_cluster_id_is_the_smallest_member_event_id() -> None:
    reports = [report("b", "meeting", "2025-07-21", "ent-x", "ent-y"),
               report("a", "meeting", "2025-07-21", "ent-x", "ent-y")]
    (cluster,) = cluster_reports(reports)
    assert cluster.id == "evt-a" and cluster.documents == ["a", "b"]


def test_event_clusters_compare_only_neighbours_within_blocks() -> None:
    reports = [report(f"d{i}", "meeting", f"2025-{1 + i % 12:02d}-01", f"ent-{i % 50}") for i in range(2000)]
    pairs = candidate_pairs(reports, {})
    assert len(pairs) < 2000 * 30


def test_event_clusters_names_in_the_lead_link_a_russian_and_an_english_report() -> None:
    from claimgraph.triangulate.reports import name_words

    ru = name_words("Выставка в Минске", "МИНСК, 20 мая. Выставка UAV Tech Minsk 2025 открылась сегодня.")
    en = name_words("Drone show opens", "Exhibitors gather at UAV Tech Minsk 2025, a drone show in Minsk.")
    assert {"uav", "tech", "minsk"} <= ru & en
    reports = [report("ru", "exhibition", "2025-05-20"), report("en", "exhibition", "2025-05-20")]
    others = [report(f"o{i}", "meeting", "2025-05-20") for i in range(20)]
    for i, r in enumerate(others):
        r.words = frozenset({f"name{i}", "minsk"})
    assert {"ru", "en"} not in _groups(reports + others)  # the same day and type alone are not enough
    reports[0].words, reports[1].words = ru, en
    assert {"ru", "en"} in _groups(reports + others)
    assert candidate_pairs(reports + others, {}, {"uav": 3.0, "tech": 3.0, "minsk": 0.5}) >= {(0, 1)}


def test_event_clusters_several_shared_figures_weigh_more_than_one() -> None:
    one = [report("a", "announcement", "2025-05-20"), report("b", "announcement", "2025-05-21", from_published=True)]
    one[0].numbers, one[1].numbers = frozenset({"130"}), frozenset({"130"})
    three = [report("c", "announcement", "2025-05-20"), report("d", "announcement", "2025-05-21", from_published=True)]
    three[0].numbers = three[1].numbers = frozenset({"12", "130", "30"})
    assert _groups(one) == [{"a"}, {"b"}]
    assert _groups(three) == [{"c", "d"}]


def test_event_clusters_block_on_names_other_reports_share_not_on_names_of_one_report() -> None:
    from claimgraph.triangulate.event_clusters import _idf

    a = report("a", "visit", "2024-12-05", "ent-tomsk", *(f"ent-a{i}" for i in range(15)))
    b = report("b", "visit", "2024-12-06", "ent-tomsk", *(f"ent-b{i}" for i in range(15)))
    others = [report(f"o{i}", "meeting", "2024-12-05", f"ent-o{i}", "ent-tomsk" if i < 2 else "ent-x")
              for i in range(6)]
    reports = [a, b, *others]
    assert (0, 1) in candidate_pairs(reports, _idf(reports))


def test_event_clusters_keep_apart_reports_whose_telling_names_differ() -> None:
    # two stories of one day with the same leader, country and figures: one on a missile system,
    # one on a drone plant; the other reports of each story share its telling names
    def story(doc: str, *words: str) -> EventReport:
        r = report(doc, "announcement", "2025-03-06", "ent-luk", "ent-by", numbers=("100",))
        r.words = frozenset({"lukashenk", "belarus", *words})
        return r

    missile = [story(f"m{i}", "oreshnik", "hrenin", "rakete", "dezhurstv", "kompleks") for i in range(3)]
    plant = [story(f"p{i}", "oreshkin", "dronov", "zavod", "moshchnost", "vystavk") for i in range(3)]
    assert _groups(missile + plant) == [{"m0", "m1", "m2"}, {"p0", "p1", "p2"}]


def test_event_clusters_a_report_left_alone_joins_the_group_it_links_to() -> None:
    # four reports of one meeting link among themselves; a fifth shares a rare name and a figure
    # with one of them only, so it was never compared with the other three, and the group's
    # average (counting those pairs as nothing) kept it out
    core = [report(f"c{i}", "meeting", "2025-07-21", "ent-luk", "ent-fed", "ent-minsk") for i in range(4)]
    core[0] = report("c0", "meeting", "2025-07-21", "ent-luk", "ent-fed", "ent-minsk", "ent-orsha",
                     numbers=("130",))
    late = report("late", "visit", "2025-07-21", "ent-orsha", numbers=("130",))
    far = report("far", "exhibition", "2025-09-02", "ent-kazan")
    groups = _groups([*core, late, far])
    assert {"c0", "c1", "c2", "c3", "late"} in groups and {"far"} in groups


def test_event_clusters_an_undated_report_is_compared_with_dated_reports_of_its_names() -> None:
    from claimgraph.triangulate.event_clusters import _idf

    dated = [report(f"d{i}", "sanction", "2024-02-23", "ent-ofac", "ent-mir", numbers=("300", "14024"))
             for i in range(3)]
    undated = report("u", "sanction", "2024-02-23", "ent-ofac", "ent-mir", numbers=("300", "14024"))
    undated.span = None  # an excerpt with no date in its text and none from its page
    others = [report(f"o{i}", "visit", "2024-02-20", "ent-minsk") for i in range(3)]
    reports = [*dated, undated, *others]
    pairs = candidate_pairs(reports, _idf(reports))
    assert {(i, 3) for i in range(3)} <= pairs
    assert {"d0", "d1", "d2", "u"} in _groups(reports)


def test_event_clusters_keep_apart_stories_of_one_place_whose_texts_name_different_days() -> None:
    from claimgraph.triangulate.story_dates import story_days

    def undated(doc: str, day: str, *figures: str) -> EventReport:
        r = report(doc, "other", "2025-01-01", "ent-plant", "ent-region", "ent-ru", numbers=figures)
        r.span, r.from_published, r.story = None, True, story_days([(120, day, None)])
        return r

    reports = [undated("prod1", "Dec. 27", "6000", "10000"), undated("prod2", "December 27", "6000"),
               undated("strike1", "April 23", "6000", "10000"), undated("strike2", "23 April", "10000")]
    assert _groups(reports) == [{"prod1", "prod2"}, {"strike1", "strike2"}]


def test_event_clusters_profiles_weigh_what_a_report_dwells_on_over_names_every_report_has() -> None:
    from claimgraph.triangulate.event_clusters import _weigh_profiles, similar_profile

    def doc(name: str, counts: dict[str, int]) -> EventReport:
        r = report(name, "agreement", "2025-01-01", *counts)
        r.profile = counts
        return r

    filler = [doc(f"other{i}", {"ent-ru": 3, "ent-putin": 2, f"ent-x{i}": 3}) for i in range(30)]
    kp1 = doc("kp1", {"ent-ru": 6, "ent-putin": 5, "ent-dprk": 7, "ent-kim": 2})
    kp2 = doc("kp2", {"ent-ru": 4, "ent-putin": 3, "ent-dprk": 5, "ent-choe": 1})
    ir1 = doc("ir1", {"ent-ru": 6, "ent-putin": 5, "ent-iran": 7, "ent-pezeshkian": 2})
    _weigh_profiles([kp1, kp2, ir1, *filler])
    same, other = similar_profile(kp1, kp2), similar_profile(kp1, ir1)
    assert same.score > 0.5 > 0.1 > other.score
    assert "ent-dprk" in same.detail  # the names that made the two alike
    groups = _groups([kp1, kp2, ir1, *filler])
    assert {"kp1", "kp2"} in groups and {"ir1"} in groups


def test_event_clusters_words_written_in_lower_case_elsewhere_are_no_names() -> None:
    from claimgraph.triangulate.reports import lower_words, name_words

    common = lower_words("the plant grew, according to western experts") | lower_words("this year")
    words = name_words("According to Western experts", "This plant in Yelabuga grew.", common)
    assert words == name_words("", "Yelabuga")  # only the place is a name
    assert len(name_words("According to Western experts", "This plant in Yelabuga grew.")) == 4


def test_event_clusters_undated_reports_do_not_bridge_two_stories_whose_texts_name_days_months_apart() -> None:
    from claimgraph.triangulate.story_dates import story_days

    def about_the_plant(doc: str, day: str | None) -> EventReport:
        r = report(doc, "other", "2025-01-01", "ent-plant", "ent-region", "ent-maker", numbers=("6000",))
        r.span, r.from_published = None, True
        r.story = story_days([(150, day, None)] if day else [])
        return r

    reports = [about_the_plant("dec", "Dec. 27"), about_the_plant("apr", "April 23"),
               about_the_plant("undated1", None), about_the_plant("undated2", None)]
    groups = _groups(reports)
    assert not any({"dec", "apr"} <= g for g in groups)


def test_event_clusters_telling_words_of_two_languages_are_no_evidence_of_two_subjects() -> None:
    from claimgraph.triangulate.event_clusters import Weights, same_subject

    de = report("de", "sanction", "2024-10-17")
    de.words, de.lang = frozenset({"sanktonen", "firmen", "kampfdrohnen"}), "de"
    en = report("en", "sanction", "2024-10-17")
    en.words, en.lang = frozenset({"treasur", "limbach", "garpi"}), "en"
    other = report("en2", "sanction", "2024-10-17")
    other.words, other.lang = frozenset({"pipelin", "arctic", "tanker"}), "en"
    weight = Weights({k: 2.0 for k in de.words | en.words | other.words})
    assert same_subject(de, en, weight).score == 0.5
    assert same_subject(en, other, weight).score == 0.0


def test_event_clusters_a_report_stating_only_the_period_a_statement_covers_joins_the_statement() -> None:
    from claimgraph.triangulate.story_dates import story_days

    def told(doc: str, dates: list[tuple[int, str, str | None]], published: str | None) -> EventReport:
        r = report(doc, "announcement", "2023-10-13", "ent-wh", "ent-kp", "ent-ru", "ent-kirby",
                   numbers=("1000",))
        r.span, r.from_published = None, True
        r.story = story_days(dates, published)
        return r

    period = [(514, "Sept. 7", "2023-09-07"), (526, "Oct. 1", "2023-10-01")]
    reports = [told("dated", [(247, "Oct. 13", "2023-10-13"), *period], "2023-10-13"),
               told("period_only", [(303, "7 сентября", "2023-09-07"), (317, "1 октября", "2023-10-01")],
                    "2023-10-14"),
               told("undated_period", [(1088, "September 7", None), (1104, "October 1", None)], None),
               # the same speakers on the same subject, a story told months later
               told("later", [(200, "March 2", "2024-03-02")], "2024-03-02")]
    assert _groups(reports) == [{"dated", "period_only", "undated_period"}, {"later"}]


def test_event_clusters_undated_reports_do_not_chain_reports_published_years_apart() -> None:
    def forum(doc: str, published: str | None, *keys: str) -> EventReport:
        r = report(doc, "meeting", published or "2018-10-12", "ent-luk", "ent-region", "ent-forum", *keys)
        if published is None:
            r.span, r.from_published, r.published = None, True, None
        return r

    reports = [forum("forum1", "2018-10-12"), forum("forum2", "2018-10-11"),
               forum("undated1", None), forum("undated2", None, "ent-missile"),
               # a later story of the same leader and region, linked to the undated reports alone
               forum("later", "2025-10-31", "ent-missile")]
    groups = _groups(reports)
    assert not any({"forum1", "later"} <= g for g in groups)
    assert any({"forum1", "forum2"} <= g for g in groups)


def test_event_clusters_a_main_event_held_only_with_mentions_joins_the_stories_it_links_to() -> None:
    from claimgraph.triangulate.event_clusters import _attach_stray_stories

    # reports 0-2 tell one story; report 3's main event first met event 4, which report 0 only
    # mentions, and the two were kept out of the story's cluster; report 5 is an unrelated story
    groups = {0: [0, 1, 2], 3: [3, 4], 5: [5]}
    main = [True, True, True, True, False, True]
    links = {0: {1: 6.0, 2: 5.0, 3: 5.5}, 1: {0: 6.0, 2: 5.0, 3: 1.0}, 2: {0: 5.0, 1: 5.0},
             3: {0: 5.5, 1: 1.0, 4: 4.0, 5: -1.0}, 4: {3: 4.0}, 5: {3: -1.0}}
    _attach_stray_stories(groups, links, 3.5, main)
    assert sorted(groups[0]) == [0, 1, 2, 3] and groups[3] == [4] and groups[5] == [5]


def test_event_clusters_a_main_event_whose_links_with_the_stories_are_weak_on_average_stays_out() -> None:
    from claimgraph.triangulate.event_clusters import _attach_stray_stories

    groups = {0: [0, 1, 2], 3: [3]}
    main = [True, True, True, True]
    links = {0: {1: 6.0, 2: 5.0, 3: 3.6}, 1: {0: 6.0, 2: 5.0, 3: -2.0}, 2: {0: 5.0, 1: 5.0, 3: -2.0},
             3: {0: 3.6, 1: -2.0, 2: -2.0}}
    _attach_stray_stories(groups, links, 3.5, main)
    assert groups == {0: [0, 1, 2], 3: [3]}


def test_event_clusters_a_dated_mention_and_an_undated_report_sharing_only_leaders_are_not_linked() -> None:
    from claimgraph.triangulate.event_clusters import LINK_THRESHOLD, score_pair

    # a report of a port visit mentions, dated, an earlier summit of the same two leaders; an
    # undated report of an arrest names those leaders too, and nothing else of the summit
    summit = report("visit", "meeting", "2024-03-05", "ent-president", "ent-spokesman")
    summit.main, summit.sketch, summit.numbers = False, frozenset(), frozenset()
    arrest = report("arrest", "other", "2024-03-05", "ent-president", "ent-spokesman")
    arrest.span, arrest.published, arrest.from_published = None, None, True
    score, features = score_pair(summit, arrest)
    assert next(f for f in features if f.name == "shared_participants").score == 1.0
    assert score < LINK_THRESHOLD
    # the same leaders at a meeting of the same kind still link
    talks = report("talks", "meeting", "2024-03-05", "ent-president", "ent-spokesman")
    talks.span, talks.published, talks.from_published = None, None, True
    assert score_pair(summit, talks)[0] >= LINK_THRESHOLD
