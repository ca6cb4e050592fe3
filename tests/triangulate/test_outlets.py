"""The outlet table: spellings, CSV loading, hand edits and seeding."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.errors import ConfigError
from claimgraph.triangulate.outlets import (
    Outlet,
    OutletBook,
    load_outlets,
    load_outlets_csv,
    seed_outlets,
    set_outlet,
)
from claimgraph.workspace import Workspace


def test_outlets_book_finds_an_outlet_by_any_script_site_or_url() -> None:
    book = OutletBook([Outlet("ТАСС", "tass.ru", "RU", True)])
    for spelling in ("TASS", "ТАСС", "tass.ru", "https://tass.ru/politika/123"):
        assert book.label(spelling) == "ТАСС"
    assert book.lookup("Reuters") is None


def test_rows_giving_one_site_are_one_outlet_under_several_names() -> None:
    book = OutletBook([Outlet("Reuters", "reuters.com", "GB", False), Outlet("Рейтер", "https://www.reuters.com/"),
                       Outlet("Interfax", "interfax.ru", "RU", False)])
    assert book.key("Рейтер") == book.key("Reuters")
    assert book.label("Рейтер") == "Reuters"
    assert book.key("Interfax") != book.key("Reuters")


def test_the_packaged_table_knows_widely_cited_agencies_in_several_scripts(workspace: Workspace) -> None:
    seed_outlets(workspace.store)
    book = load_outlets(workspace.store)
    assert book.key("Рейтер") == book.key("Reuters")
    assert book.key("ЦТАК") == book.key("KCNA")
    assert book.key("Си-эн-эн") == book.key("CNN")


def test_outlets_csv_without_a_name_column_is_a_config_error(tmp_path: Path, workspace: Workspace) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("site,country\ntass.ru,RU\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_outlets_csv(workspace.store, path)
    assert "name,site,country,state_affiliated" in err.value.one_line()


def test_outlets_seed_only_fills_an_empty_table(tmp_path: Path, workspace: Workspace) -> None:
    path = tmp_path / "outlets.csv"
    path.write_text("name,site,country,state_affiliated\nBelTA,belta.by,by,yes\n", encoding="utf-8")
    assert seed_outlets(workspace.store, path) == 1
    assert load_outlets(workspace.store).lookup("БелТА").state_affiliated is True
    set_outlet(workspace.store, "Meduza", country="LV", state_affiliated=False)
    assert seed_outlets(workspace.store, path) == 0


def test_outlets_set_keeps_fields_not_given(workspace: Workspace) -> None:
    set_outlet(workspace.store, "Reuters", site="reuters.com", country="gb", state_affiliated=False)
    outlet = set_outlet(workspace.store, "Reuters", state_affiliated=None, country=None)
    assert (outlet.site, outlet.country, outlet.state_affiliated, outlet.edited) == ("reuters.com", "GB", False, True)


def test_outlets_a_channel_or_edition_of_an_outlet_counts_as_that_outlet() -> None:
    from claimgraph.triangulate.outlets import Outlet, OutletBook

    book = OutletBook([Outlet("BelTA", "belta.by", "BY", True), Outlet("BelTA News", "t.me/belta_english", "BY", True),
                       Outlet("РИА Новости", "ria.ru", "RU", True)])
    assert book.key("BelTA News") == book.key("Новости БелТА") == book.key("t.me/belta_english") == book.key("БелТА")
    assert book.parent("BelTA News").name == "BelTA"
    assert book.label("BelTA News") == "BelTA News"  # the carrier keeps its own name
    assert book.key("RIA Novosti") == book.key("РИА Новости") != book.key("BelTA")
