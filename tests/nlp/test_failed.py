"""When a document extraction gave up on is tried again: when asked, when the pipeline or its code
changed, or when the budget grew; never just because extract runs again."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from claimgraph.nlp import failed
from claimgraph.nlp.failed import FailedMark, code_fingerprint, due

VERSION, CODE = "0.1.0+abc", "c0de"
MARK = str(FailedMark(VERSION, CODE, 60.0))


@pytest.mark.parametrize("stored, version, code, budget, flags, expected", [
    (None, VERSION, CODE, 60, {}, True),                           # never extracted
    (VERSION, VERSION, CODE, 60, {}, False),                       # up to date
    ("0.0.9+old", VERSION, CODE, 60, {}, True),                    # extracted by another version
    (MARK, VERSION, CODE, 60, {}, False),                          # failed: not again on every run
    (MARK, VERSION, CODE, 60, {"retry_failed": True}, True),       # asked
    (MARK, VERSION, CODE, 60, {"all": True}, True),                # everything asked
    (MARK, "0.2.0+abc", CODE, 60, {}, True),                       # pipeline or models changed
    (MARK, VERSION, "f1xed", 60, {}, True),                        # extraction code changed
    (MARK, VERSION, CODE, 120, {}, True),                          # more time than it failed with
    (MARK, VERSION, CODE, 0, {}, True),                            # no limit at all now
    (MARK, VERSION, CODE, 30, {}, False),                          # less time: no point
    (str(FailedMark(VERSION, CODE, 0)), VERSION, CODE, 600, {}, False),  # died without a limit
])
def test_when_a_document_is_extracted(stored, version, code, budget, flags, expected) -> None:
    assert due(stored, version, code, budget, **flags) is expected


def test_the_mark_reads_back() -> None:
    assert FailedMark.parse(MARK) == FailedMark(VERSION, CODE, 60.0)
    assert FailedMark.parse(VERSION) is None and FailedMark.parse(None) is None


def test_the_code_fingerprint_follows_a_component_module_source(tmp_path: Path, monkeypatch) -> None:
    module = tmp_path / "fingerprint_component.py"
    module.write_text("class Rule:\n    name = 'test.rule.v1'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    rule = importlib.import_module("fingerprint_component").Rule

    class Pipeline:
        components = [rule()]

    before = code_fingerprint(Pipeline())
    failed._fingerprint.cache_clear()
    assert code_fingerprint(Pipeline()) == before
    module.write_text("class Rule:\n    name = 'test.rule.v1'  # fixed\n", encoding="utf-8")
    failed._fingerprint.cache_clear()
    assert code_fingerprint(Pipeline()) != before
    sys.modules.pop("fingerprint_component", None)
