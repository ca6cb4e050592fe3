"""Arrests, charges, extraditions, journeys, talks and signings in languages read without a parser."""
from __future__ import annotations

import pytest

from claimgraph.nlp.event_words import word_event


@pytest.mark.parametrize("word, lang, sentence", [
    ("заарештували", "uk", "поліція заарештувала підозрюваного у контрабанді електроніки"),
    ("затримали", "uk", "у римі затримали бізнесмена, якого прокуратура сша підозрює у шахрайстві"),
    ("обвинувачення", "uk", "прокуратура висунула обвинувачення трьом громадянам у обході санкцій"),
    ("екстрадицію", "uk", "суд погодив екстрадицію підозрюваного у контрабанді"),
    ("арыштаваны", "be", "бізнесмен арыштаваны па абвінавачанні ў кантрабандзе"),
    ("арестуван", "bg", "бизнесменът беше арестуван по искане на прокуратурата"),
    ("екстрадиран", "bg", "заподозреният в шпионаж беше екстрадиран"),
    ("festgenommen", "de", "der verdächtige wurde wegen schmuggels festgenommen"),
    ("angeklagt", "de", "die staatsanwaltschaft hat vier männer wegen exporten angeklagt"),
    ("auslieferung", "de", "die justiz prüft die auslieferung des mannes"),
    ("zatrzymany", "pl", "mężczyzna został zatrzymany pod zarzutem szpiegostwa"),
    ("oskarżeni", "pl", "trzej biznesmeni są oskarżeni o obchodzenie sankcji"),
    ("ekstradycji", "pl", "prokuratura wystąpiła o ekstradycji przemytnika"),
    ("reținut", "ro", "omul de afaceri a fost reținut de procurori"),
    ("inculpat", "ro", "directorul a fost inculpat pentru exporturi ilegale"),
    ("extrădat", "ro", "suspectul de spionaj a fost extrădat"),
    ("vahistati", "et", "ärimees vahistati salakaubaveo süüdistusega"),
])
def test_the_acts_of_a_criminal_case_are_events_in_every_language(word: str, lang: str, sentence: str) -> None:
    assert word_event(word, lang, sentence) == "other"


@pytest.mark.parametrize("word, lang, sentence", [
    ("затримали", "uk", "затримали поставки зерна через санкції"),  # supplies held up
    ("звинувачення", "uk", "він відкинув звинувачення опонентів"),  # an accusation, no case
    ("ausgeliefert", "de", "die waffen wurden trotz sanktionen ausgeliefert"),  # goods delivered
    ("zatrzymał", "pl", "rząd zatrzymał eksport zboża"),  # exports stopped
    ("задържа", "bg", "банката задържа лихвите"),  # rates held
    ("reținut", "ro", "a reținut atenția publicului"),  # attention caught
])
def test_the_same_words_outside_a_case_are_no_events(word: str, lang: str, sentence: str) -> None:
    assert word_event(word, lang, sentence) is None


@pytest.mark.parametrize("word, lang, sentence, kind", [
    ("прилетів", "uk", "президент прилетів до пекіна", "visit"),
    ("оглянув", "uk", "лідер оглянув авіаційний завод", "visit"),
    ("прыехалі", "be", "прэзідэнты прыехалі ў магілёў", "visit"),
    ("сустрэўся", "be", "прэзідэнт сустрэўся з губернатарамі", "meeting"),
    ("долетя", "bg", "премиерът долетя в токио", "visit"),
    ("reiste", "de", "der kanzler reiste nach peking", "visit"),
    ("besichtigte", "de", "der minister besichtigte eine werft", "visit"),
    ("udał", "pl", "prezydent udał się do hanoi", "visit"),
    ("przyjechał", "pl", "premier przyjechał do kijowa", "visit"),
    ("sosit", "ro", "președintele a sosit la beijing", "visit"),
    ("saabus", "et", "peaminister saabus kiievisse", "visit"),
    ("rozmowy", "pl", "przywódcy przeprowadzili rozmowy w hanoi", "meeting"),
    ("розмову", "uk", "лідери провели телефонну розмову", "meeting"),
    ("întrevedere", "ro", "cei doi au avut o întrevedere la kremlin", "meeting"),
    ("verhandelten", "de", "die minister verhandelten in genf", "meeting"),
    ("уклали", "uk", "сторони уклали угоду про партнерство", "agreement"),
    ("zawarli", "pl", "zawarli umowę o współpracy", "agreement"),
    ("încheiat", "ro", "au încheiat un acord de cooperare", "agreement"),
    ("ratifiziert", "de", "das parlament hat den vertrag ratifiziert", "agreement"),
])
def test_journeys_talks_and_signings_are_events(word: str, lang: str, sentence: str, kind: str) -> None:
    assert word_event(word, lang, sentence) == kind


@pytest.mark.parametrize("word, lang, sentence", [
    ("оглянув", "uk", "лікар оглянув поранених"),  # an examination, no inspection of a site
    ("udało", "pl", "udało się porozumieć"),  # a success, no journey
    ("rozmowie", "pl", "w rozmowie z dziennikarzami powiedział"),  # an interview
    ("уклали", "uk", "робітники уклали асфальт"),  # laid, not concluded
    ("deplasate", "ro", "persoanele deplasate au primit ajutor"),  # displaced people
])
def test_words_of_another_sense_are_no_journeys_talks_or_signings(word: str, lang: str, sentence: str) -> None:
    assert word_event(word, lang, sentence) is None


@pytest.mark.parametrize("word, lang, sentence", [
    ("обмежило", "uk", "міністерство обмежило торгівлю з двадцятьма компаніями"),
    ("ograniczył", "pl", "rząd ograniczył eksport do pięciu firm"),
])
def test_trade_restricted_with_firms_is_a_sanction(word: str, lang: str, sentence: str) -> None:
    assert word_event(word, lang, sentence) == "sanction"


def test_traffic_restricted_is_no_sanction() -> None:
    assert word_event("обмежили", "uk", "у місті обмежили рух транспорту") is None
