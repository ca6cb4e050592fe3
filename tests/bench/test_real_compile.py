"""The real-report set is checked data: texts match the manifest, anchors and forms are found, errors name file and line."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(path: Path) -> ModuleType:
    sys.path.insert(0, str(path.parent))
    name = f"bench_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


real = load(ROOT / "bench" / "real_compile.py")

TEXT = ("MINSK, 6 March – Russia will build a drone plant in Belarus, Maxim Oreshkin said during a visit to Minsk. "
        "Oreshkin met Alexander Lukashenko. The plant could make up to 100,000 drones a year.\n"
        "Subscribe to our newsletter\n")

ANNOTATION = """# a short report
entity Russia | Country
entity Belarus | Country
entity Maxim Oreshkin | Person
entity Oreshkin | Person
entity Alexander Lukashenko | Person
entity Minsk | Location | at=during a visit to Minsk
entity up to 100,000 | Quantity
claim subject=Russia; predicate=offers_to_build; object=Belarus; time=2025-03-06; modality=plan; by=Maxim Oreshkin; at=will build a drone plant
claim subject=Belarus; predicate=capacity; value=100000; unit=drone; qualifier=up to; at=could make up to
event type=meeting; time=2025-03-06; with=Maxim Oreshkin, Alexander Lukashenko; at=met Alexander Lukashenko
"""


def make_set(tmp_path: Path, annotation: str = ANNOTATION, text: str = TEXT, event: str = "e01",
             split: str = "dev") -> tuple[Path, Path]:
    real_dir, docs = tmp_path / "real", tmp_path / "docs"
    (real_dir / "annotations").mkdir(parents=True)
    docs.mkdir()
    doc_id = f"en-{event}-01"
    (docs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    row = {"id": doc_id, "url": "https://example.org/report", "query": "drone plant Belarus", "outlet": "Example",
           "lang": "en", "published": "2025-03-06", "event": event, "split": split,
           "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "chars": len(text)}
    (real_dir / "manifest.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (real_dir / "annotations" / f"{doc_id}.ann").write_text(annotation, encoding="utf-8")
    return real_dir, docs


def test_compiles_spans_claims_and_events_into_the_annotate_shape(tmp_path: Path) -> None:
    real_dir, docs = make_set(tmp_path)
    result = real.load(real_dir, docs, skip_heldout_check=True)
    assert result.errors == []
    (record,) = result.records
    spans = [(e["text"], e["label"]) for e in record["entities"]]
    # the longer form wins: "Oreshkin" inside "Maxim Oreshkin" is not a second span
    assert spans.count(("Oreshkin", "Person")) == 1
    assert ("Maxim Oreshkin", "Person") in spans
    # an anchored form is only the occurrence in its sentence: "MINSK" in the dateline differs in case anyway
    assert [e["start"] for e in record["entities"] if e["text"] == "Minsk"] == [TEXT.index("Minsk.")]
    for e in record["entities"]:
        assert TEXT[e["start"]:e["end"]] == e["text"]
    offer, capacity = record["claims"]
    assert TEXT[offer["evidence"]["start"]:offer["evidence"]["end"]].startswith("MINSK, 6 March")
    assert capacity["value"] == 100000 and capacity["qualifier"] == "up to"
    assert record["events"][0]["participants"] == ["Maxim Oreshkin", "Alexander Lukashenko"]
    assert record["outlet"] == "Example" and record["split"] == "dev"


@pytest.mark.parametrize(("line", "message"), [
    ("entity Kremlin | Building", "unknown label 'Building'"),
    ("entity Moscow | Location", "'Moscow' is found 0 times"),
    ("claim subject=Russia; predicate=builds; object=Belarus; at=will build", "predicate 'builds'"),
    ("claim subject=Russia; predicate=offers_to_build; object=Belarus; modality=plan; at=plant", "found 2 times"),
    ("event type=visit; place=Minsk; at=no such words", "found 0 times"),
    ("claim subject=Poland; predicate=supplies_to; object=Belarus; at=will build", "subject 'Poland'"),
])
def test_every_problem_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    real_dir, docs = make_set(tmp_path, ANNOTATION + line + "\n")
    result = real.load(real_dir, docs, skip_heldout_check=True)
    assert result.records == []
    line_number = len(ANNOTATION.splitlines()) + 1
    assert any(e.startswith(f"annotations/en-e01-01.ann:{line_number}:") and message in e for e in result.errors), \
        result.errors


def test_all_problems_of_a_file_are_reported_together(tmp_path: Path) -> None:
    real_dir, docs = make_set(tmp_path, ANNOTATION + "entity Kremlin | Building\nentity Moscow | Location\n")
    assert len(real.load(real_dir, docs, skip_heldout_check=True).errors) == 2


def test_a_text_that_changed_is_stale_and_skipped(tmp_path: Path) -> None:
    real_dir, docs = make_set(tmp_path)
    (docs / "en-e01-01.txt").write_text(TEXT + "More.\n", encoding="utf-8")
    result = real.load(real_dir, docs, skip_heldout_check=True)
    assert result.stale == ["en-e01-01"] and result.records == [] and result.errors == []


def test_split_follows_the_event_number(tmp_path: Path) -> None:
    real_dir, docs = make_set(tmp_path, event="e03", split="dev")
    result = real.load(real_dir, docs, skip_heldout_check=True)
    assert any("manifest.jsonl:1" in e and "'holdout'" in e for e in result.errors)
    assert real.split_of("e21") == "holdout" and real.split_of("e40") == "dev"


def test_a_failing_heldout_check_stops_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_dir, docs = make_set(tmp_path)
    script = tmp_path / "check.py"
    script.write_text("import sys\nprint('held out: https://example.org/report')\nsys.exit(1)\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMGRAPH_HELDOUT_CHECK", str(script))
    with pytest.raises(real.RealError, match="held-out check failed"):
        real.load(real_dir, docs)


def test_sentences_do_not_end_at_initials_or_abbreviations() -> None:
    text = "Mr. Oreshkin met A. Lukashenko in Minsk. The U.S. Treasury acted. Новый раздел"
    pieces = [text[s.start:s.end] for s in real.sentences_of(text)]
    assert pieces == ["Mr. Oreshkin met A. Lukashenko in Minsk.", "The U.S. Treasury acted.", "Новый раздел"]


texts = load(ROOT / "bench" / "real_texts.py")


def test_texts_are_rebuilt_from_saved_search_answers(tmp_path: Path) -> None:
    real_dir, _ = make_set(tmp_path)
    answer = tmp_path / "answer.json"
    answer.write_text(json.dumps({"query": "drone plant Belarus", "results": [
        {"url": "https://www.example.org/report/", "excerpt": TEXT},
        {"url": "https://example.org/other", "excerpt": "Something else."}]}), encoding="utf-8")
    out = tmp_path / "rebuilt"
    assert texts.regenerate([answer], real_dir, out) == {"written": ["en-e01-01"], "differs": [], "missing": []}
    assert (out / "en-e01-01.txt").read_text(encoding="utf-8") == TEXT


def test_a_changed_excerpt_is_reported_and_not_written(tmp_path: Path) -> None:
    real_dir, _ = make_set(tmp_path)
    answer = tmp_path / "answer.jsonl"
    answer.write_text(json.dumps({"url": "https://example.org/report", "excerpt": TEXT + "Updated."}) + "\n",
                      encoding="utf-8")
    out = tmp_path / "rebuilt"
    assert texts.regenerate([answer], real_dir, out)["differs"] == ["en-e01-01"]
    assert not (out / "en-e01-01.txt").exists()


def test_citation_sources_are_free_text_and_claims_may_lack_an_object(tmp_path: Path) -> None:
    extra = ("cite source=state media; at=Maxim Oreshkin said\n"
             "claim subject=Russia; predicate=offers_to_build; modality=offer; at=will build a drone plant\n")
    real_dir, docs = make_set(tmp_path, ANNOTATION + extra)
    result = real.load(real_dir, docs, skip_heldout_check=True)
    assert result.errors == []
    (record,) = result.records
    assert record["citations"][0]["source"] == "state media"
    assert record["claims"][-1]["object"] is None
