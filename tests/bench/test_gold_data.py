"""The gold sets under bench/data are checked data: compiled output current, spans exact, errors loud."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(path: Path) -> ModuleType:
    name = f"bench_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


gold = load(ROOT / "bench" / "gold_compile.py")
names = load(ROOT / "bench" / "data" / "names" / "make_names.py")

GOOD = """=== t-1
lang: en
published: 2025-07-25
---
In [March of this year|Date], [Maxim Oreshkin|Person] said [Russia|Country] offered [Belarus|Country] a plant.
---
claim subject=Russia; predicate=offers_to_build; object=Belarus; time=2025-03; modality=offer; by=Maxim Oreshkin; at=offered
"""


def compile_text(tmp_path: Path, source: str) -> list[dict[str, object]]:
    path = tmp_path / "doc.txt"
    path.write_text(source, encoding="utf-8")
    return gold.compile_all([path])


def test_gold_compile_output_matches_sources() -> None:
    sources = sorted(gold.SOURCE_DIR.glob("*.txt"))
    assert gold.render(gold.compile_all(sources)) == gold.OUTPUT.read_text(encoding="utf-8")


def test_gold_compile_spans_and_evidence_point_into_text() -> None:
    records = [json.loads(line) for line in gold.OUTPUT.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 36
    assert {r["lang"] for r in records} == {"en", "ru"}
    for r in records:
        text = r["text"]
        for e in r["entities"]:
            assert text[e["start"]:e["end"]] == e["text"], r["id"]
        for item in r["claims"] + r["events"] + r["citations"]:
            ev = item["evidence"]
            assert 0 <= ev["start"] < ev["end"] <= len(text), r["id"]
            assert ev["start"] == 0 or text[ev["start"] - 1] in " \n", r["id"]


def test_gold_compile_resolves_month_and_strips_markup(tmp_path: Path) -> None:
    (record,) = compile_text(tmp_path, GOOD)
    assert record["text"].startswith("In March of this year, Maxim Oreshkin said Russia")
    (claim,) = record["claims"]
    assert claim["time"] == {"start": "2025-03-01", "end": "2025-03-31", "precision": "month"}
    assert claim["evidence"] == {"start": 0, "end": len(record["text"])}


@pytest.mark.parametrize("broken, message", [
    (GOOD.replace("|Person]", "|Human]"), "unknown label 'Human'"),
    (GOOD.replace("offers_to_build", "offers"), "predicate 'offers'"),
    (GOOD.replace("by=Maxim Oreshkin", "by=Vladimir Vujacic"), "matches no annotated entity"),
    (GOOD.replace("at=offered", "at=nowhere"), "is in 0 sentences"),
    (GOOD.replace("time=2025-03", "time=March"), "time 'March'"),
    (GOOD.replace("[Russia|Country]", "[Russia|Country"), "broken markup"),
])
def test_gold_compile_fails_loudly_on_bad_annotation(tmp_path: Path, broken: str, message: str) -> None:
    with pytest.raises(gold.GoldError, match=message):
        compile_text(tmp_path, broken)


def test_make_names_covers_entities_variants_and_namesakes() -> None:
    mentions = names.generate()
    assert len(mentions) >= 600
    assert len({m["gold"] for m in mentions}) >= 60
    assert len({m["id"] for m in mentions}) == len(mentions)
    golds_by_name: dict[str, set[str]] = {}
    for m in mentions:
        golds_by_name.setdefault(m["name"], set()).add(m["gold"])
    assert golds_by_name["Сергей Иванов"] == {"person/ivanov-kazan", "person/ivanov-minsk"}
    assert {"Федорищевым", "Fedorištšev", "V. Fedorishchev"} <= {
        m["name"] for m in mentions if m["gold"] == "person/fedorishchev"}


def test_make_names_output_is_current() -> None:
    lines = names.OUTPUT.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == names.generate()
