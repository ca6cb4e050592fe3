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
    assert real.names_match("Белый дом", "Белого дома")  # an adjective's nominative ending is one more case ending
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


def test_a_gold_claim_without_a_value_does_not_take_the_claim_another_needs() -> None:
    bare, valued = claim("Russia", "produces", "Geran-2"), claim("Russia", "produces", "Geran-2", 2000)
    got = [claim("Russia", "produces", "Geran-2", 2000), claim("Russia", "produces", "Geran-2")]
    pairs = real.one_to_one([bare, valued], got, real.strict_fit)
    assert [(g is bare, p is got[1]) for g, p in pairs] == [(True, True), (False, False)]


def flag(kind: str, *sides: dict) -> dict:
    return {"kind": kind, "sides": list(sides)}


def test_a_disagreement_is_found_by_a_flag_that_sets_its_sides_against_each_other() -> None:
    disagreement = {"kind": "number", "sides": [{"docs": ["a", "b"]}, {"docs": ["c"]}]}
    assert real.flags(disagreement, flag("number", {"a": []}, {"c": []}))
    assert real.flags(disagreement, flag("count", {"c": [], "x": []}, {"b": []}))  # a count is a number
    assert not real.flags(disagreement, flag("number", {"a": []}, {"b": []}))  # both on one side
    flagged = [flag("number", {"a": []}, {"c": []}), flag("number", {"x": []}, {"y": []})]
    assert real.score_disagreements([disagreement], flagged) == {
        "R": 1.0, "P": 0.5, "annotated": 1, "flagged": 2, "found": 1}


def test_a_flag_of_another_kind_finds_nothing() -> None:
    """Two reports that differ on a modality do not find the number they disagree on."""
    disagreement = {"kind": "number", "sides": [{"docs": ["a"]}, {"docs": ["c"]}]}
    assert not real.flags(disagreement, flag("modality", {"a": []}, {"c": []}))
    assert real.flags({**disagreement, "kind": "modality"}, flag("denial", {"a": []}, {"c": []}))


def test_where_a_report_is_anchored_the_flag_must_rest_on_a_claim_of_that_sentence() -> None:
    texts = {"a": "Plant to make 100 drones. Two were shot down.", "c": "It will make 200 drones."}
    disagreement = {"kind": "number", "sides": [{"docs": ["a"], "at": {"a": "Two were shot"}}, {"docs": ["c"]}]}
    real.anchor_spans([disagreement], texts)
    assert not real.flags(disagreement, flag("number", {"a": [(0, 25)]}, {"c": [(0, 24)]}))  # another sentence
    assert real.flags(disagreement, flag("number", {"a": [(26, 45)]}, {"c": [(0, 24)]}))


def test_flags_are_the_ledgers_disagreements_counted_once() -> None:
    shown = [{"kind": "number", "sides": [{"documents": ["d1"], "variants": ["v1"]},
                                          {"documents": ["d2", "d3"], "variants": ["v2"]}]}]
    rows = [{"claim_id": "c1", "variant_id": "v1", "disagreements": real.json.dumps(shown)},
            {"claim_id": "c2", "variant_id": "v2", "disagreements": real.json.dumps(shown)},
            {"claim_id": "c3", "variant_id": "v3", "disagreements": None}]
    claims = {"c1": {"document_id": "d1", "span": (0, 10)}, "c2": {"document_id": "d2", "span": (5, 9)}}
    product = {"ledger": rows, "claims": claims, "shift": {"r2": 3}}
    got = real.flagged_disagreements(product, {"d1": {"r1"}, "d2": {"r2"}, "d3": {"r3"}})
    assert got == [{"kind": "number", "about": None,
                    "sides": [{"r1": [(0, 10)]}, {"r2": [(8, 12)], "r3": []}]}]


def test_purity_of_a_split_and_a_merged_cluster() -> None:
    truth = {"a": "e1", "b": "e1", "c": "e2"}
    assert real.purity({"a": "x", "b": "y", "c": "y"}, truth) == (2 / 3, 2 / 3)
