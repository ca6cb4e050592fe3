"""Claims a careful reader would not put in the ledger: descriptions read as posts, datelines read
as meeting parties, causative "make" read as production, people given a location."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims import find_claims, name_of
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent

Analyse = Callable[[str, str], AnalyzedDoc]


@pytest.fixture(scope="module")
def claims_of(analyse: Analyse) -> Callable[[str, str], list[tuple[str, str, str | None]]]:
    dates, quantities = DateComponent(), QuantityComponent()

    def run(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
        doc = analyse(text, lang)
        doc.published = "2025-08-01"
        claims: list[Claim] = find_claims(quantities(dates(doc)))
        return [(c.subject, c.predicate, c.object) for c in claims]

    return run


def test_an_opposition_leader_holds_no_post_of_the_state(claims_of) -> None:
    found = claims_of("Russia released the files. The bank also cited the death of Russian opposition leader "
                      "Alexei Navalny in prison, and Russian leader Vladimir Putin spoke.")
    assert ("Vladimir Putin", "holds_role", "Russia") in found
    assert not [c for c in found if c[0] == "Alexei Navalny" and c[1] == "holds_role"]


def test_a_title_naming_its_employer_does_not_borrow_an_earlier_company(claims_of) -> None:
    found = claims_of("Kestrel Dynamics builds drones for farms. The market is crowded, said Ivan Petrov, "
                      "chief executive of a small Russian drone maker.")
    assert not [c for c in found if c[1] == "holds_role" and c[2] == "Kestrel Dynamics"]


def test_a_dateline_city_is_not_a_party_to_talks(claims_of) -> None:
    found = claims_of("MOSCOW: Chinese President Xi Jinping and his Brazilian counterpart, Lula da Silva, "
                      "held talks in the Kremlin on Monday.")
    assert not [c for c in found if c[1] == "met_with" and "MOSCOW" in (c[0], c[2])]


def test_made_public_is_not_production(claims_of) -> None:
    found = claims_of("Last week the ministry of Serbia made public a report on 500 trucks.")
    assert not [c for c in found if c[1] == "produces"]
    assert ("Serbia", "produces", None) in claims_of("Serbia made 500 drones last year.")


def test_a_title_names_the_company_in_apposition_to_its_noun(claims_of) -> None:
    found = claims_of("The Minsk Herald reported on the talks. “The tests went well,” said Oleg Ivanov, "
                      "CEO of the Russian engine maker Baltic Motors.")
    roles = [c for c in found if c[1] == "holds_role" and c[0] == "Oleg Ivanov"]
    assert roles and roles[0][2] == "Baltic Motors"


def test_the_name_a_title_introduces_holds_it(claims_of) -> None:
    found = claims_of("Россия и Белоруссия подписали договор. Он поблагодарил Сергея Михайловича (министру "
                      "обороны России Сергею Шойгу) за помощь.", "ru")
    roles = [c for c in found if c[1] == "holds_role"]
    assert [c[0] for c in roles] == ["Сергей Шойгу"]


def test_leaders_who_sign_a_pact_join_their_states(claims_of) -> None:
    found = claims_of("Президент России Владимир Путин прибыл в Тегеран к президенту Ирана Масуду Пезешкиану. "
                      "Путин и Пезешкиан подписали договор о партнерстве.", "ru")
    pacts = [c for c in found if c[1] == "cooperates_with"]
    assert pacts == [("Россия", "cooperates_with", "Иран")]


def test_a_pact_between_people_without_posts_is_no_claim(claims_of) -> None:
    found = claims_of("Ivan Petrov and Oleg Sidorov signed a partnership agreement on Friday.")
    assert not [c for c in found if c[1] == "cooperates_with"]


def test_a_plural_title_gives_each_name_the_post_of_its_body(claims_of) -> None:
    found = claims_of("The presidents of France and Egypt, Emmanuel Macron and Abdel Fattah el-Sisi, signed a "
                      "cooperation agreement.")
    assert ("Emmanuel Macron", "holds_role", "France") in found
    assert ("Abdel Fattah el-Sisi", "holds_role", "Egypt") in found
    ru = claims_of("Президенты Франции и Египта Эмманюэль Макрон и Абдель Фаттах ас-Сиси подписали соглашение "
                   "о сотрудничестве.", "ru")
    assert ("Абдель Фаттах ас-Сиси", "holds_role", "Египет") in ru


def test_a_contract_to_produce_is_planned_output(claims_of) -> None:
    found = claims_of("A leaked memo shows Kalashnikov Concern signed a deal with the army to produce over 3,000 "
                      "drones in 2026.")
    assert [c[1] for c in found if c[0] == "Kalashnikov Concern"] == ["plans_to_produce"]
    assert [c[1] for c in claims_of("Kalashnikov Concern produced 3,000 drones last year.")] == ["produces"]


def test_a_title_cased_heading_places_nothing(claims_of) -> None:
    assert not [c for c in claims_of("Minsk Tractor Works Events in Belarus\n") if c[1] == "located_in"]
    found = claims_of("The Minsk Tractor Works in Belarus opened a new line in May.")
    assert [c for c in found if c[1] == "located_in"]


def test_the_count_of_plants_is_not_their_capacity(analyse) -> None:
    doc = analyse("Kalashnikov Concern builds engines. Eight plants with a combined annual capacity of 83 million "
                  "units were damaged.", "en")
    doc.published = "2025-08-01"
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    assert [c.value for c in claims if c.predicate == "capacity"] == [83_000_000]


def test_a_gerund_before_that_belongs_to_the_speaker(claims_of) -> None:
    found = claims_of("В марте, посещая Сербию, заместитель министра промышленности России Иван Петров заявил, что "
                      "Россия и Венгрия должны запустить совместный завод.", "ru")
    assert [c for c in found if c[1] == "visited"] == [("Иван Петров", "visited", "Сербия")]


def test_a_subject_before_that_is_the_speaker_not_the_supplier(claims_of) -> None:
    found = claims_of("Как сообщало ИА Спутник, в мае 2024 года генерал армии США в отставке Марк Милли также "
                      "утверждал, что Иран якобы поставил России ракеты для войны.", "ru")
    assert [c for c in found if c[1] == "supplies_to"] == [("Иран", "supplies_to", "Россия")]


def _mention(text: str, canonical: str) -> Mention:
    return Mention(id="m1", document_id="d", start=0, end=len(text), text=text, label="Person", canonical=canonical)


def test_a_claim_names_things_as_the_report_spells_them() -> None:
    assert name_of(_mention("Fedorishchev", "Vyacheslav Fedorishchev")) == "Vyacheslav Fedorishchev"
    assert name_of(_mention("Kim Jong-un", "Kim Jong Un")) == "Kim Jong Un"
    assert name_of(_mention("Aliaksandr Lukashenka", "Alexander Lukashenko")) == "Aliaksandr Lukashenka"
    assert name_of(_mention("U.S.", "United States")) == "U.S."
    assert name_of(_mention("Купол", "Kupol")) == "Купол"
