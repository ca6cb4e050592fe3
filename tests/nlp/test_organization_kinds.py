"""Kinds of organisation told by a firm abbreviation or a body's own name."""
from __future__ import annotations

from claimgraph.nlp.ner import refine_organization
from claimgraph.nlp.organization_kinds import organization_kind


def test_russian_firm_abbreviations_in_latin_letters_open_company_names() -> None:
    assert organization_kind("TSK Orion") == "Company"
    assert organization_kind("NPO Strela") is None  # a research association, not a firm by its form
    assert organization_kind("KEMZ Vega") == "Company"


def test_treasury_white_house_and_houses_of_parliament_are_public_bodies() -> None:
    assert organization_kind("Treasury") == "PublicBody"
    assert organization_kind("White House") == "PublicBody"
    assert organization_kind("House of Representatives") == "PublicBody"


def test_other_names_are_left_to_the_general_cues() -> None:
    assert organization_kind("Trading House Vector") is None
    assert organization_kind("TSK") is None
    assert organization_kind("Tsk Orion") is None
    assert refine_organization("Amnesty International") == "Organization"
    assert refine_organization("KEMZ Vega") == "Company"


def test_a_messaging_platform_is_a_medium_not_a_firm(analyse) -> None:
    doc = analyse("The footage spread on Telegram channels within an hour.", "en")
    assert {(m.text, m.label) for m in doc.mentions if m.text == "Telegram"} == {("Telegram", "Organization")}


def test_a_leader_before_administration_names_a_government(analyse) -> None:
    doc = analyse("Officials of the Harmon administration said the list would grow. Harmon said nothing.", "en")
    found = {(m.text, m.label) for m in doc.mentions}
    assert ("Harmon administration", "PublicBody") in found


def test_a_news_agency_is_a_medium_not_a_state_agency() -> None:
    assert organization_kind("Gulf News Agency") == "Organization"
    assert refine_organization("Federal Customs Agency") == "PublicBody"


def test_a_russian_or_ukrainian_telegraph_or_news_agency_is_a_medium() -> None:
    assert organization_kind("Центральное телеграфное агентство Кореи") == "Organization"
    assert organization_kind("Національне інформаційне агентство") == "Organization"
    assert refine_organization("Федеральное агентство связи") == "PublicBody"


def test_a_cyrillic_plant_acronym_or_one_word_grown_from_zavod_is_a_company() -> None:
    assert organization_kind("КЕМЗ Вега") == "Company"
    assert refine_organization("Челябтракторозавода") == "Company"


def test_engine_and_industry_names_are_firms_but_unions_of_makers_are_organisations() -> None:
    assert refine_organization("Harbin Torvald Aircraft Engine") == "Company"
    assert refine_organization("Vexor Drone Industry Shenzhen") == "Company"
    assert refine_organization("Ministry of Industry and Trade") == "PublicBody"
    assert refine_organization("National Engine Builders Union") == "Organization"


def test_armed_forces_their_branches_and_police_are_public_bodies_but_a_corps_is_no_firm() -> None:
    assert refine_organization("Armed Forces of Ruritania") == "PublicBody"
    assert refine_organization("Вооружённые силы Руритании") == "PublicBody"
    assert refine_organization("Северного флота") == "PublicBody"
    assert refine_organization("Ruritanian Guard Corps") == "Organization"
