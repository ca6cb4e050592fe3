"""Write the texts of the real-report set from saved search answers, and say which still match.

The texts of ``bench/data/real`` are search excerpts, never stored in the repository. To rebuild
them, re-run each manifest line's ``query`` on the search service (corpus ``pages``), save the
answers as JSON files, and give them to this script: every result whose URL is a manifest URL is
written to ``$CLAIMGRAPH_REAL_DOCS/<id>.txt`` exactly as returned, and its sha256 and length are
compared with the manifest.

    python bench/real_texts.py ANSWER.json [ANSWER.json ...] [--dir DIR] [--docs DOCS]

An answer file is either the search answer (``{"query": ..., "results": [{"url", "excerpt"}, ...]}``)
or records with ``url`` and ``excerpt`` (one JSON object, a list, or JSON Lines). A text is only
written when it matches the manifest, unless ``--force`` is given; reports no answer covered are
listed. Plain Python 3.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from real_compile import DOCS_DEFAULT, resolve_dir  # noqa: E402


def url_key(url: str) -> str:
    """URLs compared without scheme, ``www.`` and a trailing slash."""
    rest = url.split("://", 1)[-1]
    return rest.removeprefix("www.").rstrip("/")


def results_of(path: Path) -> Iterator[dict[str, Any]]:
    """The ``{"url", "excerpt"}`` records of one saved answer file."""
    raw = path.read_text(encoding="utf-8")
    try:
        values: list[Any] = [json.loads(raw)]
    except json.JSONDecodeError:
        values = [json.loads(line) for line in raw.splitlines() if line.strip()]
    for value in values:
        items = value if isinstance(value, list) else value.get("results", [value]) if isinstance(value, dict) else []
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("url"), str) and isinstance(item.get("excerpt"), str):
                yield item


def regenerate(answers: list[Path], real_dir: Path, docs: Path, force: bool = False) -> dict[str, list[str]]:
    """Write matching texts; return report ids by outcome (written, differs, missing)."""
    manifest = [json.loads(line) for line in (real_dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    by_url: dict[str, list[dict[str, Any]]] = {}
    for row in manifest:
        by_url.setdefault(url_key(row["url"]), []).append(row)
    outcome: dict[str, list[str]] = {"written": [], "differs": [], "missing": []}
    seen: set[str] = set()
    docs.mkdir(parents=True, exist_ok=True)
    for path in answers:
        for item in results_of(path):
            for row in by_url.get(url_key(item["url"]), []):
                text = item["excerpt"]
                fits = (hashlib.sha256(text.encode("utf-8")).hexdigest() == row["sha256"]
                        and len(text) == row["chars"])
                if row["id"] in seen and not fits:
                    continue  # a later answer for the same URL that differs does not undo a match
                if fits or force:
                    (docs / f"{row['id']}.txt").write_text(text, encoding="utf-8", newline="")
                if fits:
                    seen.add(row["id"])
                    outcome["written"].append(row["id"])
                else:
                    outcome["differs"].append(row["id"])
    outcome["differs"] = sorted(set(outcome["differs"]) - seen)
    outcome["written"] = sorted(set(outcome["written"]))
    outcome["missing"] = sorted({row["id"] for row in manifest} - seen - set(outcome["differs"]))
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("answers", nargs="+", type=Path, help="saved search answers (JSON or JSON Lines)")
    parser.add_argument("--dir", type=Path, help="a repository root or a bench/data/real folder")
    parser.add_argument("--docs", type=Path, help="texts folder (default $CLAIMGRAPH_REAL_DOCS or /tmp/claimgraph-real)")
    parser.add_argument("--force", action="store_true", help="also write texts that differ from the manifest")
    args = parser.parse_args(argv)
    docs = args.docs or Path(os.environ.get("CLAIMGRAPH_REAL_DOCS", DOCS_DEFAULT))
    outcome = regenerate(args.answers, resolve_dir(args.dir), docs, args.force)
    print(f"written (sha256 matches): {len(outcome['written'])}")
    if outcome["differs"]:
        print(f"came back different (stale, not scored): {' '.join(outcome['differs'])}")
    if outcome["missing"]:
        print(f"not in these answers: {len(outcome['missing'])}")
    return 1 if outcome["differs"] else 0


if __name__ == "__main__":
    sys.exit(main())
