"""Figures and denials a state's voice states that fit no other predicate (``states``)."""
from __future__ import annotations


def test_a_duration_a_ministry_reports_is_its_stated_figure(stated) -> None:
    assert stated("Lithuania's Defence Ministry said the drone stayed in Lithuanian airspace for 40 minutes.",
                  "en") == {("Defence Ministry", 40.0, "claim")}


def test_according_to_a_ministry_gives_it_the_distance(stated) -> None:
    assert stated("According to the Latvian Defence Ministry, the drone flew 15 kilometres into Latvian territory.",
                  "en") == {("Latvian Defence Ministry", 15.0, "claim")}


def test_a_russian_ministry_s_figure_after_that(stated) -> None:
    text = "Минобороны Латвии сообщило, что беспилотник находился в воздушном пространстве страны 30 минут."
    assert stated(text, "ru") == {("Минобороны Латвии", 30.0, "claim")}


def test_po_dannym_names_the_speaker_of_the_figure(stated) -> None:
    assert stated("По данным Минобороны Польши, дрон пролетел 15 километров над территорией страны.", "ru") == {
        ("Минобороны Польши", 15.0, "claim")}


def test_a_quotation_over_two_sentences_is_its_closing_speaker_s(stated) -> None:
    text = "«Два беспилотника нарушили воздушное пространство Молдавии ночью. Мы выразили протест», " \
           "— заявили в МИД Молдавии."
    assert stated(text, "ru") == {("МИД Молдавии", 2.0, "claim")}


def test_a_speaker_saying_its_aircraft_never_entered_denies(stated) -> None:
    assert stated("Russia said its jets never entered Estonian airspace.", "en") == {("Russia", None, "denial")}


def test_a_body_speaking_impersonally_denies_in_russian(stated) -> None:
    assert stated("В Минобороны Белоруссии заявили, что вертолеты границу Польши не пересекали.", "ru") == {
        ("Минобороны Белоруссии", None, "denial")}


def test_rejecting_a_protest_is_a_denial_and_rejecting_a_proposal_is_not(stated) -> None:
    assert stated("Посол Белоруссии Иван Петров отклонил протест.", "ru") == {("Иван Петров", None, "denial")}
    assert stated("Belarus's ambassador Ivan Petrov rejected the proposal.", "en") == set()


def test_having_no_information_and_neither_confirming_nor_denying_state_nothing(stated) -> None:
    assert stated("Peskov said the Kremlin had no information about the drones.", "en") == set()
    assert stated("Minsk did not confirm or deny the reports.", "en") == set()


def test_a_figure_of_a_supply_belongs_to_the_supply(stated) -> None:
    assert stated("Rostec said it would deliver 300 drones to Belarus next year.", "en") == set()


def test_a_negated_stance_in_the_present_is_no_denial(stated) -> None:
    assert stated("Минобороны Белоруссии заявило, что страна не исключает новых учений.", "ru") == set()


def test_an_article_number_counts_nothing(stated) -> None:
    assert stated("Premier Kristen Michal said Estonia would request consultations under Article 4.", "en") == set()


def test_the_body_named_before_speaks_through_its_common_noun(stated) -> None:
    text = "Минобороны Белоруссии провело учения у границы. В ведомстве пояснили, что вертолеты границу " \
           "Польши не пересекали."
    assert stated(text, "ru") == {("Минобороны Белоруссии", None, "denial")}


def test_a_figure_told_before_its_saying_verb_is_the_body_s(stated) -> None:
    text = "При этом расстояние до границы составляло более пяти километров, уточнили в Минобороны Белоруссии."
    assert stated(text, "ru") == {("Минобороны Белоруссии", 5.0, "claim")}


def test_a_general_staff_speaks_for_its_state(stated) -> None:
    text = "Генеральный штаб Вооруженных сил Латвии сообщил, что дрон находился в воздушном пространстве " \
           "страны 20 минут."
    assert stated(text, "ru") == {("Генеральный штаб", 20.0, "claim")}


def test_disputing_the_accusations_is_a_denial_and_disputing_a_bill_is_not(stated) -> None:
    assert stated("Ambassador Ivan Petrov disputed the accusations.", "en") == {("Ivan Petrov", None, "denial")}
    assert stated("Ambassador Ivan Petrov disputed the bill.", "en") == set()


def test_a_figure_in_the_sentence_after_the_speaker_spoke_continues_its_account(stated) -> None:
    text = ("Министерство обороны Латвии заявило о нарушении воздушного пространства. "
            "Беспилотник находился над территорией страны около 30 минут, после чего улетел.")
    assert stated(text, "ru") == {("Министерство обороны Латвии", 30.0, "claim")}


def test_a_figure_of_another_party_s_act_after_the_speaker_spoke_is_no_statement(stated) -> None:
    text = ("The Latvian Defence Ministry said a drone had violated the country's airspace. "
            "Russia launched 300 drones at Ukraine overnight.")
    assert stated(text, "en") == set()


def test_a_figure_two_sentences_after_the_speaker_spoke_is_no_statement(stated) -> None:
    text = ("The Latvian Defence Ministry said a drone had violated the country's airspace. "
            "The weather was clear. The drone stayed there for about 30 minutes.")
    assert stated(text, "en") == set()


def test_a_figure_with_a_source_of_its_own_does_not_continue_the_speaker_s_account(stated) -> None:
    text = ("The Latvian Defence Ministry said a drone had violated the country's airspace. "
            "According to local bloggers, the drone flew 40 kilometres inland.")
    assert stated(text, "en") == set()
