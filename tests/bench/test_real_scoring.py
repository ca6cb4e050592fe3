"""How bench/real.py matches names, claims and disagreements: lenient where scripts and cases differ, one-to-one."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
spec = importlib.util.spec_from_file_location("bench_real", ROOT / "bench" / "real.py")
assert spec and spec.loader
real = importlib.util.module_from_spec(spec)
sys.modules["bench_real"] = real
spec.loader.exec_module(real)


def claim(subject: str, predicate: str, obj: str | None = None, value: float | None = None) -> dict:
    return {"subject": subject, "predicate": predicate, "object": obj, "value": value}


def test_names_match_across_cases_and_surnames() -> None:
    assert real.names_match("Александр Лукашенко", "Александра Лукашенко")
    assert real.names_match("Alexander Lukashenko", "Lukashenko")
    assert real.names_match("Минск", "Минске")
    assert not real.names_match("Russia", "Belarus")
    assert not real.names_match("Russia", None)


def test_strict_needs_every_argument_lenient_one() -> None:
    gold = claim("Russia", "offers_to_build", "Belarus", 100000)
    assert real.strict_fit(gold, claim("Russia", "offers_to_build", "Belarus", 100000))
    assert not real.strict_fit(gold, claim("Russia", "offers_to_build", "Belarus"))
    assert real.lenient_fit(gold, claim("Moscow", "offers_to_build", "Belarus"))
    assert not real.lenient_fit(gold, claim("Russia", "plans_to_produce", "Belarus", 100000))


def test_symmetric_predicates_match_either_way() -> None:
    gold = claim("Maxim Oreshkin", "met_with", "Alexander Lukashenko")
    assert real.strict_fit(gold, claim("Lukashenko", "met_with", "Oreshkin"))


def test_matching_is_one_to_one() -> None:
    gold = [claim("Russia", "supplies_to", "Belarus")] * 2
    got = [claim("Russia", "supplies_to", "Belarus")]
    assert len(real.one_to_one(gold, got, real.strict_fit)) == 1


def test_a_disagreement_is_flagged_by_variants_on_two_sides() -> None:
    disagreement = {"sides": [{"docs": ["a", "b"]}, {"docs": ["c"]}]}
    assert real.flags(disagreement, [{"a"}, {"c"}])
    assert not real.flags(disagreement, [{"a"}, {"b"}])
    assert real.score_disagreements([disagreement], [[{"a"}, {"c"}], [{"x"}, {"y"}]]) == {
        "R": 1.0, "P": 0.5, "annotated": 1, "flagged": 2, "found": 1}


def test_purity_of_a_split_and_a_merged_cluster() -> None:
    truth = {"a": "e1", "b": "e1", "c": "e2"}
    assert real.purity({"a": "x", "b": "y", "c": "y"}, truth) == (2 / 3, 2 / 3)
