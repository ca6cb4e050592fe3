"""Counts written in words before a counted thing become figures that can be compared."""
from __future__ import annotations

from triangulate_factory import doc

from claimgraph.model import Document, Mention
from claimgraph.triangulate.counted_words import counted_mentions, thing_of
from claimgraph.triangulate.figures import figure_disagreements, figures_of


def _said(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.normalized or "") for m in counted_mentions("doc-1", text, lang)]


def test_a_number_word_before_a_counted_thing_is_a_figure_in_several_languages() -> None:
    assert _said("Betroffen sind drei chinesische Unternehmen und eine Person.", "de") == [("drei", "3 company")]
    assert _said("Rozmieszczono trzy drony nad miastem.", "pl") == [("trzy", "3 drone")]
    assert _said("Над регионом сбили пять беспилотников.", "ru") == [("пять", "5 drone")]
    assert _said("Санкции засягат две фирми.", "bg") == [("две", "2 company")]


def test_a_thousand_written_as_a_word_is_a_figure_but_thousands_are_not() -> None:
    assert _said("Речь идет о тысяче контейнеров с оружием.", "ru") == [("тысяче", "1000 container")]
    assert _said("Отправлены тысячи контейнеров.", "ru") == []


def test_one_thing_counted_by_one_is_a_figure() -> None:
    assert _said("The ministry reports only one drone that was shot down.", "en") == [("one", "1 drone")]
    assert _said("Air defences destroyed at least four UAVs.", "en") == [("at least four", "at least 4 drone")]
    assert _said("По данным СМИ, один дрон атаковал завод.", "ru") == [("один", "1 drone")]
    assert _said("Один из них погиб.", "ru") == []


def test_a_qualifier_before_the_count_is_kept() -> None:
    assert _said("Es sollen bis zu zehn Drohnen gewesen sein.", "de") == [("bis zu zehn", "up to 10 drone")]
    assert _said("Збито понад п'ять ракет.", "uk") == [("понад п'ять", "more than 5 missile")]
    assert _said("Było to nie więcej niż dziesięć dronów.", "pl") == [("nie więcej niż dziesięć", "up to 10 drone")]


def test_a_vague_count_is_a_range() -> None:
    assert _said("КНДР передала кілька десятків балістичних ракет.", "uk") == [("кілька десятків", "20-99 missile")]
    assert _said("Pyongyang sent several ballistic missiles.", "en") == [("several", "2-9 missile")]
    assert _said("Hundreds of drones were launched.", "en") == [("Hundreds of", "200-999 drone")]


def test_a_german_compound_counts_what_its_last_part_names() -> None:
    assert thing_of("Drohnenlieferanten", "de") == "company"
    assert thing_of("Kampfdrohnen", "de") == "drone"


def test_counts_of_other_things_or_of_thousands_are_left_out() -> None:
    assert _said("В регионе десять ракетных комплексов.", "ru") == []  # systems, not missiles
    assert _said("Семь сотрудников его компаний задержаны.", "ru") == []  # employees, not firms
    assert _said("Эвакуированы несколько десятков тысяч человек.", "ru") == []
    assert _said("A drone factory and two drone plants were hit.", "en") == []  # kinds of plants
    assert _said("It was one drone attack among many.", "en") == []


def test_spans_a_tagger_already_took_are_left_alone() -> None:
    text = "Über drei Drohnen wurden gesehen."
    assert counted_mentions("doc-1", text, "de", taken=[(5, 9)]) == []


def _mentions(d: Document) -> tuple[list[Mention], dict[str, tuple[int, str]]]:
    found = counted_mentions(d.id, d.text, d.lang)
    return found, {m.id: (m.sent_start or 0, d.text[m.sent_start:m.sent_end]) for m in found}


def _disagreements(*docs: Document) -> list:
    mentions: list[Mention] = []
    sentences: dict[str, tuple[int, str]] = {}
    for d in docs:
        found, said = _mentions(d)
        mentions += found
        sentences.update(said)
    return figure_disagreements(figures_of(mentions, sentences=sentences), {d.id: "evt-1" for d in docs})


def test_two_vague_counts_that_cannot_both_hold_disagree() -> None:
    a = doc("Pyongyang handed over several ballistic missiles, officials said.")
    b = doc("КНДР передала Росії кілька десятків балістичних ракет.", lang="uk")
    (d,) = _disagreements(a, b)
    assert (d.kind, d.unit) == ("number", "missile supply")
    assert "no overlap" in d.reason


def test_counts_of_what_was_done_with_weapons_are_compared_only_with_the_same_deed() -> None:
    a = doc("Збито п'ять ракет над містом.", lang="uk")
    b = doc("Über die Stadt wurden drei Raketen abgeschossen.", lang="de")
    c = doc("Росія випустила дев'ять ракет по місту.", lang="uk")
    (d,) = _disagreements(a, b, c)
    assert d.unit == "missile down"
    assert sorted(f.text for side in d.sides for f in side) == ["drei", "п'ять"]


def test_vague_thousands_and_millions_are_ranges_of_their_magnitude() -> None:
    assert _said("The agency says tens of thousands of drones were assembled.", "en") == [
        ("tens of thousands of", "20000-99999 drone")]
    assert _said("Завод выпустил сотни тысяч снарядов.", "ru") == [("сотни тысяч", "200000-999999 shell")]
    assert _said("Склад хранил миллионы патронов.", "ru") == [("миллионы", "2000000-9999999 round")]


def test_a_vague_magnitude_after_a_number_scales_it_and_is_no_count() -> None:
    assert _said("Склад хранил пять миллионов патронов.", "ru") == []


def test_a_cardinal_in_the_instrumental_counts_only_before_a_noun_of_its_case() -> None:
    assert _said("Порт обстреляли пятью ракетами ночью.", "ru") == [("пятью", "5 missile")]
    assert _said("Село атакували двома дронами.", "uk") == [("двома", "2 drone")]
    assert _said("Он перевёз семью пострадавших людей в город.", "ru") == []  # "family", not "seven"


def test_a_magnitude_in_words_disagrees_with_a_number_outside_it() -> None:
    a = doc("The factory shipped millions of small arms cartridges, the statement said.")
    b = doc("The factory shipped nearly 900 tonnes of steel and one million cartridges last year.")
    found = counted_mentions(a.id, a.text, a.lang)
    at = b.text.find("one million")
    plain = Mention(Mention.make_id(b.id, at, at + 11, "Quantity"), b.id, at, at + 11, "one million",
                    "Quantity", sent_start=0, sent_end=len(b.text), normalized="1000000 cartridges")
    sentences = {m.id: (0, a.text) for m in found} | {plain.id: (0, b.text)}
    (d,) = figure_disagreements(figures_of([*found, plain], sentences=sentences), {a.id: "e", b.id: "e"})
    assert d.unit == "round" and "no overlap" in d.reason


def test_a_bound_or_a_hedge_that_reaches_a_vague_count_agrees_with_it() -> None:
    a = doc("Officials counted at least one missile over the coast.")
    b = doc("Над побережьем заметили несколько ракет.", lang="ru")
    c = doc("Over the coast, about fifteen missiles were seen.")
    d = doc("Над побережьем видели несколько десятков ракет.", lang="ru")
    for x, y in ((a, b), (c, d)):
        assert _disagreements(x, y) == []
