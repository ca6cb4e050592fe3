"""What a figure counts: soldiers and workers by any of their names, the noun after a Cyrillic
adjective, and people in a critical condition apart from the people hurt."""
from __future__ import annotations

from test_figures import _found, _with_sentences, figure
from triangulate_factory import doc

from claimgraph.triangulate.figures import figure_disagreements
from claimgraph.triangulate.unit_heads import counted_noun, word_class


def test_troops_and_soldiers_are_one_counted_thing() -> None:
    a, b = doc("The ministry said 4,000 troops crossed the river."), doc("Some 4,500 soldiers crossed the river.")
    c = doc("A further report spoke of 3,000 military personnel.")
    found = _found([figure(a, "4,000 troops", "4000 troop"), figure(b, "4,500 soldiers", "4500 soldier"),
                    figure(c, "3,000 military personnel", "3000 personnel")], [a, b, c])
    assert {f[1] for f in found} == {"troop"}
    assert ("number", "troop", ("3,000 military personnel", "4,000 troops")) in found


def test_a_ceiling_among_other_numbers_of_troops_is_no_disagreement_of_the_qualifier() -> None:
    a, b = doc("Up to 8,000 troops may be sent."), doc("8,000 soldiers may be sent.")
    c = doc("More than 7,000 military personnel may be sent.")
    assert _found([figure(a, "Up to 8,000 troops", "up to 8000 troop"), figure(b, "8,000 soldiers", "8000 soldier"),
                   figure(c, "More than 7,000 military personnel", "more than 7000 personnel")], [a, b, c]) == []


def test_builders_and_construction_workers_are_one_counted_thing() -> None:
    a, b = doc("It will send 2,000 construction workers."), doc("It will send 2,600 builders.")
    found = _found([figure(a, "2,000 construction workers", "2000 worker"),
                    figure(b, "2,600 builders", "2600 builder")], [a, b])
    assert [f[1] for f in found] == ["worker"]


def test_the_noun_after_a_cyrillic_adjective_is_what_the_figure_counts() -> None:
    assert counted_noun("военный", " военных строителей для ремонта дорог") == "строителей"
    assert counted_noun("строитель", " строителей") is None
    assert counted_noun("иностранный", " 12 дней") is None
    assert counted_noun("военный", " военных, отправленных ранее") is None
    a, b = doc("Страна направит три тысячи военных строителей."), doc("It will send 2,000 builders.")
    mentions = [figure(a, "три тысячи", "3000 военный"), figure(b, "2,000 builders", "2000 builder")]
    (d,) = figure_disagreements(_with_sentences(mentions, [a, b]), {a.id: "e", b.id: "e"})
    assert d.unit == "worker"


def test_words_whose_stem_names_another_thing_are_classed_whole() -> None:
    assert word_class("military personnel") == "troop"
    assert word_class("военнослужащих") == "troop"
    assert word_class("persons") is None


def test_people_in_a_critical_condition_are_counted_apart_from_the_people_hurt() -> None:
    a = doc("Twenty people were hurt in the blast; doctors list four in critical condition.")
    b = doc("Пострадали 22 человека, шестеро в тяжелом состоянии.")
    c = doc("Officials said 20 people were injured.")
    mentions = [figure(a, "Twenty people", "20 people"), figure(a, "four", "4 people"),
                figure(b, "22 человека", "22 человек"), figure(b, "шестеро", "6 человек"),
                figure(c, "20 people", "20 people")]
    found = figure_disagreements(_with_sentences(mentions, [a, b, c]), {x.id: "e" for x in (a, b, c)})
    units = sorted((d.unit, sorted(f.says() for s in d.sides for f in s)) for d in found)
    assert ("person severe", ["four", "шестеро"]) in units
    assert all(not ({"four", "20 people"} <= set(says)) for _, says in units)
