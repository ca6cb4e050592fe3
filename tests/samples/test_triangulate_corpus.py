"""The triangulation benchmark corpus and its truth file agree with each other and with DESIGN."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from claimgraph.model import PREDICATES

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "triangulate"


def _load() -> tuple[dict[str, dict], dict]:
    lines = (DATA / "docs.jsonl").read_text("utf-8").splitlines()
    docs = {row["id"]: row for row in map(json.loads, lines)}
    assert len(docs) == len(lines), "labels are unique"
    return docs, json.loads((DATA / "truth.json").read_text("utf-8"))


def test_triangulate_corpus_every_report_is_in_exactly_one_cluster() -> None:
    docs, truth = _load()
    counts = Counter(label for labels in truth["clusters"].values() for label in labels)
    assert set(counts) == set(docs)
    assert set(counts.values()) == {1}


def test_triangulate_corpus_events_have_four_outlets_and_both_languages() -> None:
    docs, truth = _load()
    assert len(truth["clusters"]) >= 8
    for event, labels in truth["clusters"].items():
        assert len({docs[x]["outlet"] for x in labels}) >= 4, event
        assert {docs[x]["lang"] for x in labels} == {"en", "ru"}, event
        assert 1 <= truth["origins"][event] < len(labels), event


def test_triangulate_corpus_contested_facts_use_design_predicates_and_own_reports() -> None:
    _, truth = _load()
    assert truth["contested"]
    for item in truth["contested"]:
        assert item["predicate"] in PREDICATES
        assert len(item["values"]) >= 2
        assert set(item["docs"]) <= set(truth["clusters"][item["event"]])
        assert sorted({d for ds in item["by_value"].values() for d in ds}) == item["docs"]


def test_triangulate_corpus_outlets_and_urls_are_known_and_unique() -> None:
    docs, truth = _load()
    assert {d["outlet"] for d in docs.values()} <= set(truth["outlets"])
    assert len({d["url"] for d in docs.values()}) == len(docs)


def test_triangulate_corpus_copies_share_their_source_text() -> None:
    docs, truth = _load()
    for label, note in truth["docs"].items():
        if note["copy"] == "exact":
            assert docs[label]["text"] == docs[note["copy_of"]]["text"], label
        elif note["copy"] == "near":
            assert docs[label]["text"].startswith(docs[note["copy_of"]]["text"]), label
