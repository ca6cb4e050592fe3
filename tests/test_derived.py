"""Derived tables are built once and then read from disk by every new process."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.derived import cache_dir, kept_on_disk

CALLS: list[int] = []


def _table_function(name: str, value: object, load=None):
    @kept_on_disk(name, load=load)
    def table() -> object:
        CALLS.append(1)
        return value

    return table


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLAIMGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    CALLS.clear()
    return tmp_path / "cache"


def test_the_cache_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cache_dir() == tmp_path / "cache"
    monkeypatch.delenv("CLAIMGRAPH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "claimgraph"


def test_a_table_is_built_once_and_kept_as_json(_own_cache: Path) -> None:
    table = _table_function("letters", {"a": "x", "b": "y"})
    assert table() == {"a": "x", "b": "y"}
    assert table() == {"a": "x", "b": "y"}
    assert len(CALLS) == 1
    [kept] = _own_cache.glob("letters-*.json")
    assert json.loads(kept.read_text("utf-8")) == {"a": "x", "b": "y"}


def test_a_new_process_reads_the_kept_table_instead_of_building_it(_own_cache: Path) -> None:
    _table_function("letters", {"a": "x"})()
    [kept] = _own_cache.glob("letters-*.json")
    kept.write_text(json.dumps({"a": "from disk"}), "utf-8")  # what a later process finds
    assert _table_function("letters", {"a": "x"})() == {"a": "from disk"}
    assert len(CALLS) == 1


def test_a_corrupt_file_is_built_again_and_replaced(_own_cache: Path) -> None:
    _table_function("letters", {"a": "x"})()
    [kept] = _own_cache.glob("letters-*.json")
    kept.write_text('{"a": "trunc', "utf-8")
    assert _table_function("letters", {"a": "x"})() == {"a": "x"}
    assert json.loads(kept.read_text("utf-8")) == {"a": "x"}


def test_sets_are_stored_as_lists_and_loaded_back_by_the_given_function(_own_cache: Path) -> None:
    table = _table_function("sets", {"k": frozenset({"b", "a"})},
                            load=lambda d: {k: frozenset(v) for k, v in d.items()})
    table()
    [kept] = _own_cache.glob("sets-*.json")
    assert json.loads(kept.read_text("utf-8")) == {"k": ["a", "b"]}
    again = _table_function("sets", {}, load=lambda d: {k: frozenset(v) for k, v in d.items()})
    assert again() == {"k": frozenset({"a", "b"})}


def test_a_folder_that_cannot_be_written_only_costs_the_build(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", "utf-8")
    monkeypatch.setenv("CLAIMGRAPH_CACHE_DIR", str(blocker / "cache"))
    assert _table_function("letters", {"a": "x"})() == {"a": "x"}
    assert _table_function("letters", {"a": "x"})() == {"a": "x"}
    assert len(CALLS) == 2


def test_country_names_are_read_in_a_new_process_from_the_kept_tables(_own_cache: Path) -> None:
    code = ("from claimgraph.nlp.countries import territory_code;"
            "print(territory_code('Federaţia Rusă'), territory_code('Злучаных Штатаў'))")
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["ru", "us"]
    kept = sorted(_own_cache.glob("countries-*.json"))
    assert {p.name.split("-")[1] for p in kept} == {"exact", "keyed", "prefixes"}
    written = [p.stat().st_mtime_ns for p in kept]
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert second.stdout.split() == ["ru", "us"]
    assert [p.stat().st_mtime_ns for p in sorted(_own_cache.glob("countries-*.json"))] == written
