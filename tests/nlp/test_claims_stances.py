"""Supplies a party denies, admits or calls false, and denials of an accusation just told."""
from __future__ import annotations

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent


def test_a_denied_gerund_of_supply_is_the_denier_s_own_supply(supplies) -> None:
    assert supplies("Tehran denied supplying missiles to Russia.", "en") == {
        ("Tehran", "Russia", "denial", "Tehran")}


def test_a_count_in_a_denied_supply_is_its_value(analyse) -> None:
    doc = analyse("Tehran denied supplying more than 200 missiles to Russia.", "en")
    claims = [c for c in find_claims(QuantityComponent()(DateComponent()(doc))) if c.predicate == "supplies_to"]
    assert [(c.subject, c.object, c.value, c.qualifier, c.modality) for c in claims] == [
        ("Tehran", "Russia", 200.0, "more than", "denial")]


def test_an_admitted_sending_is_a_claim_of_the_admitting_state(supplies) -> None:
    assert supplies("Iran acknowledged sending a small number of drones to Russia before the war.", "en") == {
        ("Iran", "Russia", "claim", "Iran")}


def test_a_denial_of_reports_about_deliveries_names_the_denier_as_supplier(supplies) -> None:
    assert supplies("Пхеньян опроверг сообщения о поставках оружия России.", "ru") == {
        ("Пхеньян", "Россия", "denial", "Пхеньян")}


def test_goods_of_a_nation_name_the_supplier_and_the_recipient_does_not_deny_for_it(supplies) -> None:
    text = "Москва и Пхеньян неоднократно опровергали поставки северокорейского оружия в Россию."
    assert supplies(text, "ru") == {("КНДР", "Россия", "denial", "Пхеньян")}


def test_calling_reports_of_deliveries_fake_denies_them(supplies) -> None:
    assert supplies("Peskov called the reports of Iranian missile deliveries to Russia fake.", "en") == {
        ("Iranian", "Russia", "denial", "Peskov")}


def test_a_relative_clause_of_denial_denies_the_accusation_for_the_accused(supplies) -> None:
    text = "Ukraine has accused Tehran of providing Moscow with hundreds of drones, which Moscow and Tehran " \
           "have denied."
    assert supplies(text, "en") == {("Tehran", "Moscow", "claim", "Ukraine"),
                                    ("Tehran", "Moscow", "denial", "Tehran")}


def test_the_next_sentence_denying_the_accusations_denies_the_supply(supplies) -> None:
    text = "The United States accused North Korea of supplying artillery shells to Russia. " \
           "Pyongyang has denied the accusations."
    assert supplies(text, "en") == {("North Korea", "Russia", "claim", "United States"),
                                    ("North Korea", "Russia", "denial", "Pyongyang")}


def test_a_denial_by_a_third_party_denies_nothing_of_the_supply(supplies) -> None:
    text = "The United States accused North Korea of supplying artillery shells to Russia. " \
           "Japan has denied the accusations."
    assert supplies(text, "en") == {("North Korea", "Russia", "claim", "United States")}


def test_a_denial_of_something_else_denies_no_supply(supplies) -> None:
    assert supplies("Tehran denied the talks had failed.", "en") == set()
    assert supplies("Iran denied any role in the attack on the tanker.", "en") == set()


def test_a_denied_deal_without_goods_or_recipient_says_too_little(supplies) -> None:
    assert supplies("Tehran rejected the deal.", "en") == set()


def test_a_russian_recipient_written_bare_after_the_goods(supplies) -> None:
    assert supplies("КНДР никогда не поставляла оружие России, заявили в МИД КНДР.", "ru") == {
        ("КНДР", "Россия", "denial", "МИД КНДР")}
    assert supplies("Китай поставлял двигатели России.", "ru") == {("Китай", "Россия", "fact", None)}


def test_a_rebutted_accusation_is_the_accuser_s_claim_and_the_rebutter_s_denial(supplies) -> None:
    text = "The Chinese foreign ministry slammed Ukrainian President Volodymyr Zelensky's accusation that " \
           "China had been supplying weapons to Russia."
    assert supplies(text, "en") == {("China", "Russia", "claim", "Volodymyr Zelensky"),
                                    ("China", "Russia", "denial", "Chinese foreign ministry")}


def test_an_accusation_labelled_groundless_by_its_accuser(supplies) -> None:
    text = "China's foreign ministry dismissed as groundless an accusation by Volodymyr Zelensky that the " \
           "country had been supplying weapons to Russia."
    assert supplies(text, "en") == {("China", "Russia", "claim", "Volodymyr Zelensky"),
                                    ("China", "Russia", "denial", "China")}


def test_a_russian_rebuttal_of_a_statement_and_of_the_person_who_made_it(supplies) -> None:
    text = "Власти Китая отвергли заявление президента Украины Владимира Зеленского о том, что Пекин якобы " \
           "поставляет оружие России."
    assert supplies(text, "ru") == {("Пекин", "Россия", "claim", "Владимир Зеленский"),
                                    ("Пекин", "Россия", "denial", "Китай")}
    text = "Китай раскритиковал президента Украины Владимира Зеленского, который заявил, что Пекин поставляет " \
           "оружие России."
    assert supplies(text, "ru") == {("Пекин", "Россия", "claim", "Владимир Зеленский"),
                                    ("Пекин", "Россия", "denial", "Китай")}


def test_criticising_deliveries_is_no_denial_of_them(supplies) -> None:
    assert supplies("Moscow criticized the arms deliveries to Ukraine.", "en") == set()


def test_both_parties_denying_such_deliveries_deny_the_supply_just_told(supplies) -> None:
    text = "The White House said North Korea had shipped munitions to Russia. " \
           "Both Moscow and Pyongyang have denied any such transfers."
    assert supplies(text, "en") == {("North Korea", "Russia", "claim", "White House"),
                                    ("North Korea", "Russia", "denial", "Pyongyang"),
                                    ("North Korea", "Russia", "denial", "Moscow")}


def test_a_ministry_speaking_impersonally_denies_for_its_state(supplies) -> None:
    text = "Иран готовит беспилотники. В МИД Ирана уже опровергли сообщения об их продаже России."
    assert ("Иран", "Россия", "denial", "МИД Ирана") in supplies(text, "ru")


def test_a_supply_told_as_someone_s_remarks_is_their_claim(supplies) -> None:
    text = "The denial followed Volodymyr Zelensky's remarks that China was supplying gunpowder to Russia."
    assert supplies(text, "en") == {("China", "Russia", "claim", "Volodymyr Zelensky")}


def test_not_denying_a_supply_is_no_denial(supplies) -> None:
    text = "The White House said North Korea had shipped munitions to Russia. Moscow did not deny the reports."
    assert supplies(text, "en") == {("North Korea", "Russia", "claim", "White House")}


def test_a_charge_of_intending_to_supply_is_a_plan_of_the_accused(supplies) -> None:
    assert supplies("The United States accused Iran of preparing to send drones to Russia.", "en") == {
        ("Iran", "Russia", "plan", "United States")}
    assert {(s, o, m) for s, o, m, _ in supplies("США обвинили Иран в намерении поставить России сотни "
                                                  "беспилотников.", "ru")} == {("Иран", "Россия", "plan")}


def test_a_supply_a_party_does_not_deny_is_its_claim_not_a_denial(supplies) -> None:
    assert supplies("The Kremlin did not deny that North Korea had sent shells to Russia.", "en") == {
        ("North Korea", "Russia", "claim", "Kremlin")}
    found = supplies("В Кремле не отрицают, что КНДР поставляла снаряды России.", "ru")
    assert {(s, o) for s, o, _, _ in found} == {("КНДР", "Россия")} and "denial" not in {m for _, _, m, _ in found}


def test_an_accusation_another_speaker_calls_groundless_is_a_claim_and_that_speaker_s_denial(supplies) -> None:
    text = "Volodymyr Zelensky's accusations that China supplies weapons to Russia are groundless, Lin Jian said."
    assert supplies(text, "en") == {("China", "Russia", "claim", "Volodymyr Zelensky"),
                                    ("China", "Russia", "denial", "Lin Jian")}


def test_a_state_that_says_it_knows_of_no_shipments_denies_them(supplies) -> None:
    text = "Chinese firms shipped engines to Russia. China's foreign ministry said it was unaware of the engine " \
           "shipments and insisted it regulates exports."
    # the shipments it knows nothing of are those the report told: to Russia
    assert ("China", "Russia", "denial", "China") in supplies(text, "en")
    text = "Китай поставлял двигатели России. В МИД Китая заявили, что не располагают информацией о поставках " \
           "двигателей в Россию."
    assert ("Китай", "Россия", "denial", "МИД Китая") in supplies(text, "ru")


def test_a_state_not_said_to_supply_denies_nothing_by_not_knowing(supplies) -> None:
    text = "Chinese firms shipped engines to Russia through Kyrgyzstan. The Kyrgyz economy ministry said it was " \
           "unaware of the shipments."
    assert all(m != "denial" for _, _, m, _ in supplies(text, "en"))


def test_not_knowing_of_something_else_denies_no_supply(supplies) -> None:
    assert supplies("The ministry said it was unaware of the talks with Russia.", "en") == set()


def test_a_one_word_demonym_of_a_two_word_country_names_the_country(supplies) -> None:
    text = "Кирби рассказал о ракетах КНДР. Москва и Пхеньян опровергали поставки северокорейского оружия в Россию."
    assert ("КНДР", "Россия", "denial", "Пхеньян") in supplies(text, "ru")


@pytest.mark.parametrize(("text", "lang", "accuser"), [
    ("The White House said North Korea has shipped artillery shells to Russia. "
     "Pyongyang neither confirmed nor denied the reports.", "en", ("North Korea", "Russia", "claim", "White House")),
    ("The White House said North Korea has shipped artillery shells to Russia. "
     "Pyongyang declined to confirm or deny the reports.", "en", ("North Korea", "Russia", "claim", "White House")),
    ("The White House said Iran has shipped drones to Russia, which Tehran has neither confirmed nor denied.", "en",
     ("Iran", "Russia", "claim", "White House")),
    ("США заявили, что КНДР поставляет снаряды России. Пхеньян не подтвердил и не опроверг эти сообщения.", "ru",
     ("КНДР", "Россия", "claim", "США")),
    ("США заявили, что КНДР поставляет снаряды России. Пхеньян отказался подтвердить или опровергнуть эти "
     "сообщения.", "ru", ("КНДР", "Россия", "claim", "США")),
])
def test_an_answer_that_neither_confirms_nor_denies_leaves_the_accuser_s_claim_alone(supplies, text, lang,
                                                                                    accuser) -> None:
    assert supplies(text, lang) == {accuser}


@pytest.mark.parametrize(("text", "lang", "denial"), [
    ("Zelensky said China supplies weapons to Russia. Beijing has maintained that it does not provide weapons "
     "to either side.", "en", ("Beijing", "Russia", "denial", "Beijing")),
    ("The US says Iran has supplied drones to Russia. Tehran insists it has not supplied drones for use in "
     "Ukraine.", "en", ("Tehran", "Russia", "denial", "Tehran")),
    ("США заявили, что Иран поставил беспилотники России. Тегеран настаивает, что не поставлял беспилотники "
     "для использования на Украине.", "ru", ("Тегеран", "Россия", "denial", "Тегеран")),
])
def test_a_party_saying_it_does_not_supply_anyone_denies_the_supply_it_is_accused_of(supplies, text, lang,
                                                                                     denial) -> None:
    assert denial in supplies(text, lang)


def test_a_party_insisting_it_does_not_supply_a_named_recipient_is_the_speaker_of_its_denial(supplies) -> None:
    assert supplies("Beijing has maintained that it does not provide weapons to Russia.", "en") == {
        ("Beijing", "Russia", "denial", "Beijing")}


def test_a_party_refusing_a_recipient_the_report_does_not_name_denies_nothing(supplies) -> None:
    assert supplies("The company said it does not supply drones to the rebels.", "en") == set()


def test_a_state_s_seat_denying_for_its_state_denies_the_supply_it_is_accused_of(supplies) -> None:
    text = "Зеленский заявил, что Китай поставляет оружие России. В Пекине утверждают, что Китай не поставляет " \
           "оружие ни одной из сторон."
    assert ("Китай", "Россия", "denial", "Пекин") in supplies(text, "ru")
