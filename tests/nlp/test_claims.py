"""Claims from the parse: predicates, arguments, values, time, modality and attribution."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims import ClaimComponent, find_claims, fullest_names
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc, Sentence, Token
from claimgraph.nlp.quantities import QuantityComponent

Analyse = Callable[[str, str], AnalyzedDoc]
PUBLISHED = "2025-08-01"


@pytest.fixture(scope="module")
def claims_of(analyse: Analyse) -> Callable[[str, str], list[Claim]]:
    dates, quantities = DateComponent(), QuantityComponent()

    def run(text: str, lang: str) -> list[Claim]:
        doc = analyse(text, lang)
        doc.published = PUBLISHED
        return find_claims(quantities(dates(doc)))

    return run


def one(claims: list[Claim], predicate: str) -> Claim:
    found = [c for c in claims if c.predicate == predicate]
    assert len(found) == 1, [(c.subject, c.predicate, c.object) for c in claims]
    return found[0]


SEED_EN = ("It should be recalled that back in March of this year, Maxim Oreshkin, Deputy head of the "
           "Presidential Administration of the Russian Federation, said that Russia was offering Belarus to "
           "build a factory for the production of drones with a capacity of up to 100,000 units annually.")
SEED_RU = ("В марте этого года заместитель руководителя Администрации президента России Максим Орешкин "
           "заявил, что Россия предлагает Белоруссии построить завод по производству беспилотников "
           "мощностью до 100 тысяч единиц в год.")


def test_claims_offer_to_build_with_capacity_speaker_and_time(claims_of: Callable[[str, str], list[Claim]]) -> None:
    claims = claims_of(SEED_EN, "en")
    c = one(claims, "offers_to_build")
    assert (c.subject, c.object, c.value, c.unit, c.qualifier, c.rate) == (
        "Russia", "Belarus", 100000.0, "unit", "up to", "year")
    assert (c.modality, c.attributed_to) == ("offer", "Maxim Oreshkin")
    assert c.time is not None and (c.time.start, c.time.end, c.time.precision) == ("2025-03-01", "2025-03-31", "month")
    assert SEED_EN[c.start:c.end] == SEED_EN
    assert c.subject_mention and c.object_mention and c.id.startswith("clm-")


def test_claims_holds_role_keeps_the_title(claims_of: Callable[[str, str], list[Claim]]) -> None:
    c = one(claims_of(SEED_EN, "en"), "holds_role")
    assert (c.subject, c.modality) == ("Maxim Oreshkin", "fact")
    assert c.object is not None and c.object.startswith("Presidential Administration")
    assert c.role == "deputy head"


def test_claims_russian_offer(claims_of: Callable[[str, str], list[Claim]]) -> None:
    c = one(claims_of(SEED_RU, "ru"), "offers_to_build")
    assert (c.subject, c.object, c.value, c.unit, c.qualifier, c.rate, c.modality, c.attributed_to) == (
        "Россия", "Белоруссия", 100000.0, "единица", "up to", "year", "offer", "Максим Орешкин")
    assert c.time is not None and c.time.start == "2025-03-01"


def test_claims_russian_role_from_a_title_before_the_name(claims_of: Callable[[str, str], list[Claim]]) -> None:
    c = one(claims_of("Губернатор Самарской области Вячеслав Федорищев посетил Минск.", "ru"), "holds_role")
    assert (c.subject, c.object, c.role) == ("Вячеслав Федорищев", "Самарская область", "губернатор")


def test_claims_denial_of_reported_production(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("The Belarusian Ministry of Defence has denied reports that the Borisov Experimental Plant is "
            "assembling Geran-2 strike drones.")
    c = one(claims_of(text, "en"), "produces")
    assert (c.subject, c.object, c.modality) == ("Borisov Experimental Plant", "Geran-2", "denial")
    assert c.attributed_to is not None and c.attributed_to.endswith("Ministry of Defence")


def test_claims_negated_supply_is_a_denial_in_russian(claims_of: Callable[[str, str], list[Claim]]) -> None:
    c = one(claims_of("Компания «Эгемен Электроник» не поставляет продукцию в Россию.", "ru"), "supplies_to")
    assert (c.subject, c.object, c.modality) == ("Эгемен Электроник", "Россия", "denial")


def test_claims_plan_in_russian(claims_of: Callable[[str, str], list[Claim]]) -> None:
    c = one(claims_of("Нижегородская область намерена в 2026 году выпустить не менее 1,5 млн беспилотников.", "ru"),
            "plans_to_produce")
    assert (c.subject, c.value, c.unit, c.qualifier, c.modality) == (
        "Нижегородская область", 1500000.0, "беспилотник", "at least", "plan")
    assert c.time is not None and c.time.precision == "year" and c.time.start == "2026-01-01"


@pytest.mark.parametrize("text, lang", [
    ("Russia and Belarus agreed to cooperate in the production of drones.", "en"),
    ("Россия и Беларусь договорились о сотрудничестве в производстве беспилотников.", "ru"),
])
def test_claims_coordinated_subjects_cooperate(claims_of: Callable[[str, str], list[Claim]], text: str,
                                               lang: str) -> None:
    c = one(claims_of(text, lang), "cooperates_with")
    assert {c.subject, c.object} in ({"Russia", "Belarus"}, {"Россия", "Беларусь"})


def test_claims_passive_sanction_names_the_sanctioning_body(claims_of: Callable[[str, str], list[Claim]]) -> None:
    c = one(claims_of("Kupol-Tech was sanctioned by the U.S. Treasury Department.", "en"), "sanctioned_by")
    assert (c.subject, c.object, c.modality) == ("Kupol-Tech", "U.S. Treasury Department", "fact")


def test_claims_reported_supply_is_a_claim_with_value_and_year(claims_of: Callable[[str, str], list[Claim]]) -> None:
    c = one(claims_of("According to Reuters, Kupol-Tech supplied 300 engines to Belarus in 2024.", "en"), "supplies_to")
    assert (c.subject, c.object, c.value, c.unit, c.modality, c.attributed_to) == (
        "Kupol-Tech", "Belarus", 300.0, "engine", "claim", "Reuters")
    assert c.time is not None and c.time.start == "2024-01-01"


def test_claims_ids_are_stable_across_runs(claims_of: Callable[[str, str], list[Claim]]) -> None:
    assert [c.id for c in claims_of(SEED_EN, "en")] == [c.id for c in claims_of(SEED_EN, "en")]


def test_claims_speaker_after_the_statement_in_russian(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("Нижегородская область намерена в 2026 году выпустить не менее 1,5 млн беспилотников, заявил "
            "губернатор Павел Сорокин.")
    c = one(claims_of(text, "ru"), "plans_to_produce")
    assert (c.modality, c.attributed_to) == ("plan", "Павел Сорокин")


def test_claims_huge_sentence_is_skipped_without_error() -> None:
    text = "1 " * 100_000
    tokens = [Token(i * 2, i * 2 + 1, "1", "1", "NUM", "nummod", 0) for i in range(100_000)]
    doc = AnalyzedDoc("doc-x", text, "en", sentences=[Sentence(0, len(text), tokens)])
    assert ClaimComponent()(doc).claims == []


def test_claims_buying_makes_the_seller_the_supplier(claims_of: Callable[[str, str], list[Claim]]) -> None:
    c = one(claims_of("Компания «Аэрострела» закупает моторы в Китае.", "ru"), "supplies_to")
    assert (c.subject, c.object) == ("Китай", "Аэрострела")


def test_claims_a_delegation_stands_for_its_organisation(claims_of: Callable[[str, str], list[Claim]]) -> None:
    c = one(claims_of("Делегация Министерства обороны Ирана на прошлой неделе посетила Минск.", "ru"), "visited")
    assert (c.subject, c.object) == ("Министерство обороны Ирана", "Минск")
    assert c.time is not None and c.time.start == "2025-07-21"


def test_claims_the_company_refers_to_the_company_named_before(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("The ministry cited data on Kupol-Tech. According to the ministry, the company shipped 40 engines "
            "to Belarus.")
    c = one(claims_of(text, "en"), "supplies_to")
    assert (c.subject, c.object, c.value) == ("Kupol-Tech", "Belarus", 40.0)


def test_claims_list_of_sanctioned_firms_takes_the_sanctioning_body_named_before(
        claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("Правительство Великобритании ввело санкции против российских компаний. В списке оказались "
            "«Сокол-Аэро» и «Фотон-Систем».")
    claims = [c for c in claims_of(text, "ru") if c.predicate == "sanctioned_by"]
    assert {c.subject for c in claims} >= {"Фотон-Систем"}
    assert {c.object for c in claims} == {"Великобритания"}


def test_claims_talks_noun_joins_both_sides(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = "В Пекине прошли консультации представителей Госкомвоенпрома и корпорации «Хуася Авиэйшн»."
    c = one(claims_of(text, "ru"), "met_with")
    assert {c.subject, c.object} == {"Госкомвоенпром", "Хуася Авиэйшн"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Analysts at the Alabuga Special Economic Zone in Tatarstan counted new halls.", "en",
     ("Alabuga Special Economic Zone", "Tatarstan")),
    ("Компания «Аэрострела» расположена в Минске.", "ru", ("Аэрострела", "Минск")),
])
def test_claims_located_in(claims_of: Callable[[str, str], list[Claim]], text: str, lang: str,
                           expected: tuple[str, str]) -> None:
    claims = [(c.subject, c.object) for c in claims_of(text, lang) if c.predicate == "located_in"]
    assert claims == [expected]


def test_claims_relative_clause_subject_is_the_noun_it_describes(
        claims_of: Callable[[str, str], list[Claim]]) -> None:
    c = one(claims_of("The largest buyer was Kupol-Tech, which assembles Geran-2 drones in Izhevsk.", "en"), "produces")
    assert (c.subject, c.object) == ("Kupol-Tech", "Geran-2")


def test_claims_planned_output_belongs_to_the_maker_named_before(
        claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = "Kupol-Tech opened a new workshop in Izhevsk. Annual output is planned at more than 1,000 units."
    c = one(claims_of(text, "en"), "plans_to_produce")
    assert (c.subject, c.value, c.qualifier, c.rate, c.modality) == ("Kupol-Tech", 1000.0, "more than", "year", "plan")


def test_claims_short_name_is_named_by_its_fullest_form() -> None:
    def mention(start: int, text: str, label: str) -> Mention:
        return Mention(f"m{start}", "d", start, start + len(text), text, label)

    full = mention(0, "Shenzhen Hexin Motion Technology", "Company")
    short = mention(100, "Hexin", "Person")  # a tagger often takes a one-word company for a person
    city = mention(200, "Samara", "Location")
    region = mention(300, "Samara region", "Location")
    boss = mention(400, "Hexin Motion", "Person")
    fullest = fullest_names([full, short, city, region, boss])
    assert fullest[short.id] is full
    assert city.id not in fullest  # a city is not the region named after it
    assert boss.id not in fullest  # two words of a person's name are a person


def test_claims_the_two_sides_are_the_parties_of_the_talks_before(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("В начале мая в Пекине прошли переговоры представителей Госкомвоенпрома и корпорации «Сянлун Авиа». "
            "Стороны подписали соглашение о совместной сборке разведывательных дронов.")
    pairs = {frozenset((c.subject, c.object)) for c in claims_of(text, "ru") if c.predicate == "cooperates_with"}
    assert frozenset(("Госкомвоенпром", "Сянлун Авиа")) in pairs


def test_claims_together_with_gives_cooperation(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = "Kupol-Tech said it would build the plant in Gomel together with the local firm Motorservice."
    claim = one(claims_of(text, "en"), "cooperates_with")
    assert {claim.subject, claim.object} == {"Kupol-Tech", "Motorservice"}
    assert claim.attributed_to == "Kupol-Tech"


def test_claims_who_chairs_gives_holds_role(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("Andrei Zhukovsky, who chairs the State Authority for Military Industry, said that Belarus would "
            "not assemble foreign drones.")
    claim = one(claims_of(text, "en"), "holds_role")
    assert (claim.subject, claim.object) == ("Andrei Zhukovsky", "State Authority for Military Industry")


def test_claims_executive_without_company_is_of_the_company_just_named(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("Karatay Aerospace unveiled a new loitering munition at the fair. Chief executive Selim Aydın told "
            "visitors that serial production would start next year.")
    claim = one(claims_of(text, "en"), "holds_role")
    assert (claim.subject, claim.object) == ("Selim Aydın", "Karatay Aerospace")


def test_claims_governor_of_the_region_the_sentence_is_about(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("Самарская область, по словам губернатора Вячеслава Федорищева, рассчитывает стать крупнейшим "
            "производителем дронов в стране.")
    claim = one(claims_of(text, "ru"), "holds_role")
    assert claim.object == "Самарская область"
    assert "Федорищев" in claim.subject


def test_claims_taking_delivery_from_a_maker_is_a_supply(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("Georgia has taken delivery of the first batch of Falcon-3 drones from the Indian manufacturer "
            "Deccan Aerosystems, the ministry confirmed.")
    claim = one(claims_of(text, "en"), "supplies_to")
    assert (claim.subject, claim.object) == ("Deccan Aerosystems", "Georgia")


def test_claims_supplies_from_china_to_russia_as_a_noun(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = "Таможня зафиксировала поставки двигателей из Китая в Россию."
    claim = one(claims_of(text, "ru"), "supplies_to")
    assert (claim.subject, claim.object) == ("Китай", "Россия")


def test_claims_russian_locative_is_no_recipient(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = "Компания «Вега» отправила около тысячи модулей через посредника в Армении."
    assert [c for c in claims_of(text, "ru") if c.predicate == "supplies_to" and c.object == "Армения"] == []


def test_claims_office_holders_signing_join_their_bodies(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("A delegation of the National Academy of Sciences of Belarus visited Tomsk in May. Academy "
            "presidium chairman Pavel Shumsky and the rector of Tomsk State University, Mikhail Orlov, signed a "
            "roadmap covering sensors and batteries.")
    claim = one(claims_of(text, "en"), "cooperates_with")
    assert {claim.subject, claim.object} == {"National Academy of Sciences of Belarus", "Tomsk State University"}


def test_claims_appositive_company_noun_stands_for_the_name(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("The chips had been ordered by Ural Drone Systems, a Yekaterinburg company that was sanctioned by "
            "the U.S. Treasury Department in 2023.")
    claim = one(claims_of(text, "en"), "sanctioned_by")
    assert claim.subject == "Ural Drone Systems"


def test_claims_becoming_the_largest_manufacturer_is_a_production_plan(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("According to Governor Oleg Markin, during 2026 the Kaluga region will become the largest "
            "manufacturer of drones in the country.")
    claim = one(claims_of(text, "en"), "plans_to_produce")
    assert (claim.subject, claim.modality, claim.attributed_to) == ("Kaluga region", "plan", "Oleg Markin")
    assert claim.time is not None and claim.time.start == "2026-01-01"


def test_claims_counted_armies_are_no_output(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("Kupol-Tech makes drones. The joint production of combat drones serves the interests of the two "
            "allied armies.")
    assert [c for c in claims_of(text, "en") if c.value is not None] == []


def test_claims_denied_clause_keeps_the_denier_as_subject(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = "Официальный Тегеран неоднократно отрицал, что передает России технологии производства дронов."
    claim = one(claims_of(text, "ru"), "supplies_to")
    assert (claim.subject, claim.object, claim.modality) == ("Тегеран", "Россия", "denial")


def test_claims_we_in_a_statement_is_no_place(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = "Армения закрыла границу. «Мы не продаем продукцию двойного назначения в Россию», — говорится в заявлении."
    assert [c for c in claims_of(text, "ru") if c.subject == "Армения"] == []


def test_claims_no_plans_to_produce_is_a_denied_production_plan() -> None:
    from claimgraph.nlp.pipeline import default_pipeline

    text = "Belarus has no plans to produce Geran-2-type strike drones, the deputy minister told reporters."
    doc = default_pipeline()(AnalyzedDoc("doc-plans", text, "en", PUBLISHED))
    claim = one(doc.claims, "plans_to_produce")
    assert (claim.subject, claim.object, claim.modality) == ("Belarus", "Geran-2", "denial")


def test_claims_denied_sale_by_a_company_named_in_full_before(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("Customs data name Ningbo Skyline Electronics as the seller. Ningbo Skyline denied reports that it had "
            "sold cameras to the Russian drone maker Kupol-Tech and said its products were meant for farming.")
    claim = one(claims_of(text, "en"), "supplies_to")
    assert (claim.subject, claim.object, claim.modality) == ("Ningbo Skyline Electronics", "Kupol-Tech", "denial")


def test_claims_according_to_a_titled_person_names_the_person(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("По словам председателя правления «Тенгри Аэро» Ержана Абдикаримова, компания поставит Казахстану "
            "до 120 машин в год.")
    claim = one(claims_of(text, "ru"), "supplies_to")
    assert claim.attributed_to is not None and "Абдикаримов" in claim.attributed_to


def test_claims_trailing_confirmation_attributes_the_sentence(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = ("Georgia has taken delivery of the first batch of Falcon-3 drones from the Indian manufacturer "
            "Deccan Aerosystems, the Georgian Ministry of Defence confirmed on Tuesday.")
    claim = one(claims_of(text, "en"), "supplies_to")
    assert (claim.modality, claim.attributed_to) == ("claim", "Georgian Ministry of Defence")


def test_claims_near_a_city_is_not_located_in_it(claims_of: Callable[[str, str], list[Claim]]) -> None:
    text = "The Minsk Radio Plant in Borisov supplies parts to the Great Stone Industrial Park near Minsk."
    located = {(c.subject, c.object) for c in claims_of(text, "en") if c.predicate == "located_in"}
    assert not any(obj == "Minsk" for _, obj in located)


def test_claims_production_launched_at_a_plant_is_the_plants_plan() -> None:
    from claimgraph.nlp.pipeline import default_pipeline

    text = ("Belarus will launch serial production of the Busel-M reconnaissance drone at the Orsha Unmanned "
            "Systems Plant in the second half of the year, the ministry said.")
    doc = default_pipeline()(AnalyzedDoc("doc-launch", text, "en", PUBLISHED))
    claim = one(doc.claims, "plans_to_produce")
    assert (claim.subject, claim.object, claim.modality) == ("Orsha Unmanned Systems Plant", "Busel-M", "plan")


# --- arguments the parse leaves apart -------------------------------------------------------------

Claims = Callable[[str, str], list[Claim]]


def triples(claims: list[Claim], predicate: str) -> set[tuple[str, str | None]]:
    return {(c.subject, c.object) for c in claims if c.predicate == predicate}


def test_claims_coordinated_recipients_each_get_a_claim(claims_of: Claims) -> None:
    claims = claims_of("Russia supplied engines to Iran and Syria.", "en")
    assert triples(claims, "supplies_to") == {("Russia", "Iran"), ("Russia", "Syria")}


def test_claims_one_recipient_with_its_place_stays_one(claims_of: Claims) -> None:
    claims = claims_of("Kupol-Tech sold the batch to a distributor in Hong Kong.", "en")
    assert triples(claims, "supplies_to") == set()


def test_claims_second_main_verb_shares_the_subject_in_russian(claims_of: Claims) -> None:
    text = "Компания «Сибирские дроны» основана в 2021 году и выпускает около 500 дронов в месяц."
    c = one(claims_of(text, "ru"), "produces")
    assert (c.subject, c.value, c.rate) == ("Сибирские дроны", 500.0, "month")


def test_claims_visited_object_the_tagger_took_for_a_subject(claims_of: Claims) -> None:
    text = "Делегация Министерства обороны Армении посетила предприятие «Вектор» в Ереване."
    assert ("Министерство обороны Армении", "Вектор") in triples(claims_of(text, "ru"), "visited")


def test_claims_names_before_a_verb_the_parse_left_stranded(claims_of: Claims) -> None:
    text = ("По словам министра, «Уральский моторный завод» и минское ОАО «Термоприбор» начнут выпуск в 2027 году "
            "и смогут производить до 3 тыс. моторов в год.")
    claims = [c for c in claims_of(text, "ru") if c.predicate == "plans_to_produce"]
    assert {c.subject for c in claims} == {"Уральский моторный завод", "Термоприбор"}
    assert {(c.value, c.modality) for c in claims} == {(3000.0, "plan")}


def test_claims_plans_named_by_a_noun_belong_to_the_subject_of_the_statement(claims_of: Claims) -> None:
    text = "Пермский край заявляет о планах выпускать не менее 20 тыс. аппаратов в год."
    c = one(claims_of(text, "ru"), "plans_to_produce")
    assert (c.subject, c.value, c.modality) == ("Пермский край", 20000.0, "plan")


# --- reference across sentences and inside quotes ------------------------------------------------

def test_claims_it_is_the_subject_of_the_sentence_before(claims_of: Claims) -> None:
    text = "Kupol-Tech opened a plant near Minsk in May. It will assemble 2,000 Geran-2 drones a year."
    c = one(claims_of(text, "en"), "plans_to_produce")
    assert (c.subject, c.object, c.value) == ("Kupol-Tech", "Geran-2", 2000.0)


def test_claims_russian_pronoun_agrees_with_the_subject_before(claims_of: Claims) -> None:
    text = "Компания «Аэрострела» открыла цех под Минском. Она будет поставлять модули в Казахстан."
    c = one(claims_of(text, "ru"), "supplies_to")
    assert (c.subject, c.object, c.modality) == ("Аэрострела", "Казахстан", "plan")


@pytest.mark.parametrize("text, lang, expected", [
    ('"We will deliver 500 engines to Belarus this year," said Ivan Petrov, the head of Rostec.', "en",
     ("Rostec", "Belarus", "Ivan Petrov")),
    ("«Мы поставим в Белоруссию 500 двигателей», — заявил генеральный директор «Ростеха» Иван Петров.", "ru",
     ("Ростех", "Белоруссия", "Иван Петров")),
])
def test_claims_we_in_a_quote_is_the_body_the_speaker_heads(claims_of: Claims, text: str, lang: str,
                                                             expected: tuple[str, str, str]) -> None:
    c = one(claims_of(text, lang), "supplies_to")
    assert (c.subject, c.object, c.attributed_to) == expected
    assert (c.value, c.modality) == (500.0, "plan")


def test_claims_such_drones_are_the_model_named_before(claims_of: Claims) -> None:
    text = ("Investigators traced the Geran-2 to a plant in Tatarstan. They say the Alabuga Special Economic Zone "
            "assembled at least 900 such drones last year.")
    c = one(claims_of(text, "en"), "produces")
    assert (c.subject, c.object, c.modality) == ("Alabuga Special Economic Zone", "Geran-2", "claim")


def test_claims_the_governor_is_the_governor_named_before(claims_of: Claims) -> None:
    text = ("Governor of the Kaluga region Vladislav Shapsha visited Minsk on Monday. Afterwards the governor said "
            "that Belarus would supply engines to the Kaluga region.")
    c = one(claims_of(text, "en"), "supplies_to")
    assert (c.subject, c.attributed_to) == ("Belarus", "Vladislav Shapsha")


def test_claims_the_two_sides_are_the_bodies_their_leaders_stand_for(claims_of: Claims) -> None:
    text = ("Belarus wants more engines. On Monday Belarusian President Alexander Lukashenko received the governor of "
            "the Kaluga region, Vladislav Shapsha, in Minsk. The two sides agreed to cooperate on drones.")
    pairs = {frozenset(p) for p in triples(claims_of(text, "en"), "cooperates_with")}
    assert frozenset(("Belarus", "Kaluga region")) in pairs


# --- patterns of production, supply and offers ---------------------------------------------------

def test_claims_passive_assembly_at_a_site(claims_of: Claims) -> None:
    text = "Geran-2 drones are now assembled at the Alabuga Special Economic Zone."
    c = one(claims_of(text, "en"), "produces")
    assert (c.subject, c.object) == ("Alabuga Special Economic Zone", "Geran-2")


def test_claims_made_for_a_party_is_supplied_to_it(claims_of: Claims) -> None:
    text = "Officials denied that the Minsk Wheel Tractor Plant is assembling Geran-2 drones for Russia."
    claims = claims_of(text, "en")
    c = one(claims, "supplies_to")
    assert (c.subject, c.object, c.modality) == ("Minsk Wheel Tractor Plant", "Russia", "denial")


def test_claims_counted_firms_are_no_output(claims_of: Claims) -> None:
    text = "The engines were made by Xiamen Motor and passed through three trading companies."
    assert [c for c in claims_of(text, "en") if c.predicate == "produces"] == []


@pytest.mark.parametrize("text, predicate", [
    ("Officials estimate that the Orsha plant could turn out 400 airframes a month.", "capacity"),
    ("The Orsha plant will assemble about 3,000 airframes a year.", "capacity"),
    ("The Orsha plant could turn out 40,000 airframes a year by 2028.", "plans_to_produce"),
    ("The Orsha plant plans to assemble 3,000 airframes a year.", "plans_to_produce"),
    ("The Orsha plant assembles about 3,000 airframes a year.", "produces"),
])
def test_claims_a_rate_of_output_is_capacity_unless_planned_or_dated(claims_of: Claims, text: str,
                                                                     predicate: str) -> None:
    found = [c.predicate for c in claims_of(text, "en") if c.value is not None]
    assert found == [predicate]


def test_claims_each_output_noun_takes_the_quantity_of_its_clause(claims_of: Claims) -> None:
    text = ("Belarus opened the Orsha plant in May. Annual output is planned at 1,000 units, while the total capacity "
            "of the country's drone plants should reach 50,000 units by 2028.")
    claims = claims_of(text, "en")
    assert (one(claims, "plans_to_produce").subject, one(claims, "plans_to_produce").value) == ("Orsha plant", 1000.0)
    assert (one(claims, "capacity").subject, one(claims, "capacity").value) == ("Belarus", 50000.0)


def test_claims_ready_to_open_production_in_a_country_is_an_offer(claims_of: Claims) -> None:
    text = "Глава компании «Сянлун» заявил, что компания «Сянлун» готова открыть сборочное производство в Казахстане."
    c = one(claims_of(text, "ru"), "offers_to_build")
    assert (c.subject, c.object, c.modality) == ("Сянлун", "Казахстан", "offer")


@pytest.mark.parametrize("text, lang, expected", [
    ("Xiamen Motor sells engines abroad. Its largest customer is Kupol-Tech.", "en", ("Xiamen Motor", "Kupol-Tech")),
    ("Компания «Вектор» показала новый дрон. Первым заказчиком станет Министерство обороны Армении.", "ru",
     ("Вектор", "Министерство обороны Армении")),
])
def test_claims_the_customer_of_a_maker_is_supplied_by_it(claims_of: Claims, text: str, lang: str,
                                                           expected: tuple[str, str]) -> None:
    assert expected in triples(claims_of(text, lang), "supplies_to")


def test_claims_among_them_names_a_listed_firm_not_the_ones_it_dealt_with(claims_of: Claims) -> None:
    text = ("Japan added nine firms to its export blacklist on Friday. Among them is the trading house Steppe "
            "Logistics, which Tokyo says sold chips to Kupol-Tech.")
    assert triples(claims_of(text, "en"), "sanctioned_by") == {("Steppe Logistics", "Japan")}


# --- places, posts, sources -----------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Ural Avionics, a Kazan company, makes flight controllers.", "en", ("Ural Avionics", "Kazan")),
    ("Крупнейшее из них — завод «Сигнал» в Гомеле.", "ru", ("Сигнал", "Гомель")),
])
def test_claims_place_named_beside_a_common_noun(claims_of: Claims, text: str, lang: str,
                                                 expected: tuple[str, str]) -> None:
    assert triples(claims_of(text, lang), "located_in") == {expected}


def test_claims_a_national_minister_holds_a_post_of_that_country(claims_of: Claims) -> None:
    text = "Armenia signed the deal on Monday. Armenian Defence Minister Suren Papikyan called it a step forward."
    assert ("Suren Papikyan", "Armenia") in triples(claims_of(text, "en"), "holds_role")


def test_claims_a_title_of_no_named_country_gives_no_post(claims_of: Claims) -> None:
    text = "Armenian Defence Minister Suren Papikyan called the deal a step forward."
    assert triples(claims_of(text, "en"), "holds_role") == set()


def test_claims_the_body_in_which_statements_are_made_speaks(claims_of: Claims) -> None:
    text = "В Минпромторге заявили, что «Ростех» поставит в Белоруссию 300 двигателей."
    c = one(claims_of(text, "ru"), "supplies_to")
    assert (c.subject, c.object, c.attributed_to) == ("Ростех", "Белоруссия", "Минпромторг")


def test_claims_according_to_a_report_is_a_claim_without_the_next_name_as_source(claims_of: Claims) -> None:
    text = "According to the report, Kupol-Tech supplied 300 engines to Belarus."
    c = one(claims_of(text, "en"), "supplies_to")
    assert (c.subject, c.modality, c.attributed_to) == ("Kupol-Tech", "claim", None)


def test_claims_by_its_own_account_the_subject_vouches(claims_of: Claims) -> None:
    text = "Компания «Вектор», по собственным данным, выпускает около 2 тыс. дронов в месяц."
    c = one(claims_of(text, "ru"), "produces")
    assert (c.subject, c.modality, c.attributed_to) == ("Вектор", "claim", "Вектор")


def test_claims_a_ministry_is_not_the_same_ministry_of_another_country() -> None:
    def mention(start: int, text: str) -> Mention:
        return Mention(f"m{start}", "d", start, start + len(text), text, "PublicBody")

    foreign = mention(0, "Министерство обороны Сербии")
    own = mention(100, "Министерство обороны")
    assert own.id not in fullest_names([foreign, own])


def test_claims_the_halls_of_a_site_stand_for_it(claims_of: Claims) -> None:
    text = ("Satellite photos show new assembly halls at the Kazan Helicopter Plant. Analysts say the halls could "
            "turn out 200 airframes a month.")
    c = one(claims_of(text, "en"), "capacity")
    assert (c.subject, c.value, c.rate) == ("Kazan Helicopter Plant", 200.0, "month")


def test_claims_touring_the_workshops_visits_the_site_named_before(claims_of: Claims) -> None:
    text = "Belarus opened the Orsha Unmanned Systems Plant in May. Deputy minister Ivan Petrov toured the workshops."
    assert triples(claims_of(text, "en"), "visited") == {("Ivan Petrov", "Orsha Unmanned Systems Plant")}


def test_claims_workshops_placed_anew_are_visited_where_they_are(claims_of: Claims) -> None:
    text = ("Engineers from Minsk worked at the Orsha Unmanned Systems Plant, while a team from Rostec inspected the "
            "workshops in Gomel.")
    assert ("Rostec", "Gomel") in triples(claims_of(text, "en"), "visited")


def test_claims_where_they_will_assemble_is_the_owner_of_the_workshop(claims_of: Claims) -> None:
    text = "В Туле открылся новый цех компании «Тульские дроны», где будут собирать FPV-дроны."
    c = one(claims_of(text, "ru"), "plans_to_produce")
    assert (c.subject, c.object, c.modality) == ("Тульские дроны", "FPV-дроны", "plan")


@pytest.mark.parametrize("text, lang, expected", [
    ("The minister spoke of Russia's readiness to help Belarus set up drone production.", "en", ("Russia", "Belarus")),
    ("Глава министерства говорил о готовности России помочь Армении наладить выпуск беспилотников.", "ru",
     ("Россия", "Армения")),
])
def test_claims_readiness_to_help_set_up_production_is_an_offer(claims_of: Claims, text: str, lang: str,
                                                                expected: tuple[str, str]) -> None:
    c = one(claims_of(text, lang), "offers_to_build")
    assert ((c.subject, c.object), c.modality) == (expected, "offer")


def test_claims_a_government_is_named_by_its_country(claims_of: Claims) -> None:
    # the firms' nation is sanctioned too, as "sanctions on Russian firms" tells
    text = ("The Government of Japan imposed new sanctions on Russian firms on Friday. The list includes the drone "
            "maker Kupol-Tech.")
    assert triples(claims_of(text, "en"), "sanctioned_by") == {("Kupol-Tech", "Japan"), ("Russian", "Japan")}


# --- nominal and passive forms --------------------------------------------------------------------

def test_claims_passive_assembly_by_a_maker(claims_of: Claims) -> None:
    c = one(claims_of("Geran-2 drones are assembled in Yelabuga by Kupol-Tech.", "en"), "produces")
    assert (c.subject, c.object, c.modality) == ("Kupol-Tech", "Geran-2", "fact")


@pytest.mark.parametrize("text, lang, expected", [
    ("Kupol-Tech's production of Geran-2 drones began in 2023.", "en", ("Kupol-Tech", "produces", "Geran-2")),
    ("Kupol-Tech's production of Geran-2 drones will begin in 2026.", "en",
     ("Kupol-Tech", "plans_to_produce", "Geran-2")),
    ("Производство дронов «Герань-2» компанией «Купол» началось в 2023 году.", "ru", ("Купол", "produces", "Герань-2")),
    ("Выпуск «Орлан-10» на заводе «Сигнал» начнется в 2026 году.", "ru", ("Сигнал", "plans_to_produce", "Орлан-10")),
])
def test_claims_production_as_a_noun_began_or_will_begin(claims_of: Claims, text: str, lang: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert [(c.subject, c.predicate, c.object) for c in claims_of(text, lang)] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("China's exports of drone parts to Russia rose sharply in 2024.", "en", ("China", "Russia")),
    ("China is the main source. Deliveries of Chinese engines to Russia doubled.", "en", ("China", "Russia")),
    ("Поставки Ирана в Россию выросли в 2024 году.", "ru", ("Иран", "Россия")),
    ("Китай остается главным поставщиком. Поставки китайских двигателей в Россию выросли вдвое.", "ru",
     ("Китай", "Россия")),
])
def test_claims_deliveries_named_by_their_supplier(claims_of: Claims, text: str, lang: str,
                                                   expected: tuple[str, str]) -> None:
    assert triples(claims_of(text, lang), "supplies_to") == {expected}


def test_claims_a_second_act_of_the_subject_is_no_attribution(claims_of: Claims) -> None:
    text = ("Deputy minister Ivan Petrov toured the Orsha Unmanned Systems Plant and conceded that most motors "
            "still come from China.")
    c = one(claims_of(text, "en"), "visited")
    assert (c.modality, c.attributed_to) == ("fact", None)


def test_claims_a_surname_in_another_case_is_the_full_name(claims_of: Claims) -> None:
    text = ("Министр промышленности Антон Рыбин посетил Минск. По словам Рыбина, «Уральский завод» начнет выпуск "
            "дронов в 2027 году и сможет производить до 5 тыс. двигателей в год.")
    assert one(claims_of(text, "ru"), "plans_to_produce").attributed_to == "Антон Рыбин"


def test_claims_the_speaker_of_a_readiness_is_its_source(claims_of: Claims) -> None:
    text = "Министр Антон Рыбин говорил о готовности России помочь Армении наладить выпуск беспилотников."
    c = one(claims_of(text, "ru"), "offers_to_build")
    assert (c.subject, c.object, c.attributed_to) == ("Россия", "Армения", "Антон Рыбин")


def test_claims_the_country_is_the_one_the_sentence_is_about(claims_of: Claims) -> None:
    text = "Молдавия присоединилась к санкциям против Ирана, заявил президент страны Ион Чебан."
    assert triples(claims_of(text, "ru"), "holds_role") == {("Ион Чебан", "Молдавия")}


def test_claims_an_event_name_takes_no_place(claims_of: Claims) -> None:
    text = "Russia was not invited to the NATO summit in Wales."
    assert triples(claims_of(text, "en"), "located_in") == set()


@pytest.mark.parametrize("text, normalized, canonical, name", [
    ("Купол", "Купол", "Izhevsk Electromechanical Plant Kupol", "Купол"),    # a Russian report keeps its words
    ("Fedorishchev", "Fedorishchev", "Vyacheslav Fedorishchev", "Vyacheslav Fedorishchev"),  # same script: fullest
    ("Федорищевым", "Федорищев", None, "Федорищев"),                          # no link: the nominative
])
def test_claims_name_things_in_the_documents_own_script(text: str, normalized: str, canonical: str | None,
                                                        name: str) -> None:
    from claimgraph.nlp.claims import name_of

    m = Mention(id="m", document_id="d", start=0, end=len(text), text=text, label="Company",
                normalized=normalized, canonical=canonical)
    assert name_of(m) == name
