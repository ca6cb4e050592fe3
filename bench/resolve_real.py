"""Real reports for ``bench/resolve.py --real``: gold mentions and gold entities across languages.

The mentions are the annotated entity forms of the real-report set (``bench/data/real``, format in
its README), found in the regenerated texts (``$CLAIMGRAPH_REAL_DOCS``) as ``real.py`` finds them:
every whole-word, case-sensitive occurrence, a longer annotated form winning where forms overlap,
one occurrence only for a form limited by ``at=``. A report whose text is missing or differs from
the manifest counts each of its forms once. Which forms of different reports name one thing is
written in ``entities.tsv`` beside the manifest (one thing a line, ``Label:form`` joined by ``|``);
a form it does not list is a thing of its own. Only the dev split is read unless asked otherwise,
and nothing is read before the held-out check passes on every manifest.
"""
from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ENTITY_LABELS = ("Person", "Organization", "Company", "PublicBody", "Country", "Location", "Facility",
                 "Product", "Nationality")


def heldout_script(real_dir: Path) -> Path | None:
    """``CLAIMGRAPH_HELDOUT_CHECK``, else ``shared/bench/real/heldout_check.py`` beside a parent."""
    if env := os.environ.get("CLAIMGRAPH_HELDOUT_CHECK"):
        return Path(env)
    for root in real_dir.resolve().parents:
        candidate = root.parent / "shared" / "bench" / "real" / "heldout_check.py"
        if candidate.exists():
            return candidate
    return None


def heldout_check(real_dir: Path) -> None:
    """Exit unless the held-out check passes on the folder's manifest."""
    script = heldout_script(real_dir)
    manifest = real_dir / "manifest.jsonl"
    if script is None:
        sys.exit("the held-out check (../shared/bench/real/heldout_check.py) was not found; set "
                 "CLAIMGRAPH_HELDOUT_CHECK to its path — no real report is read without it")
    result = subprocess.run([sys.executable, str(script), "--file", str(manifest)],
                            capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        sys.exit(f"held-out check failed on {manifest}:\n{result.stdout}{result.stderr}")


def _entities(path: Path) -> list[tuple[str, str, str | None]]:
    """(form, label, anchor) of the entity lines of one annotation."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("entity "):
            continue
        bits = [b.strip() for b in line[len("entity "):].split("|")]
        if len(bits) >= 2 and bits[1] in ENTITY_LABELS:
            anchor = next((b[3:] for b in bits[2:] if b.startswith("at=")), None)
            out.append((bits[0], bits[1], anchor))
    return out


def _occurrences(text: str, forms: list[tuple[str, str, str | None]]) -> list[tuple[str, str]]:
    """(form, label) of each occurrence; longer forms first, no overlaps."""
    spans: list[tuple[int, int, str, str]] = []
    for form, label, anchor in sorted(forms, key=lambda f: -len(f[0])):
        pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
        hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
        if anchor is not None and hits:
            at = text.find(anchor)
            hits = [min(hits, key=lambda h: abs(h[0] - at))] if at >= 0 else hits[:1]
        for start, end in hits:
            if all(end <= s or start >= e for s, e, _, _ in spans):
                spans.append((start, end, form, label))
    return [(form, label) for _, _, form, label in sorted(spans)]


def load_real(dirs: list[Path], docs: Path, split: str = "dev") -> tuple[list[dict], dict[str, str], list[str]]:
    """Rows in the format of ``bench/data/names/mentions.jsonl`` (id, name, type, lang, doc,
    gold), the language of each report, and notes on reports read without their text."""
    for d in dirs:
        if (d / "manifest.jsonl").exists():
            heldout_check(d)
    gold_of: dict[tuple[str, str], str] = {}
    for d in dirs:
        path = d / "entities.tsv"
        if path.exists():
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                if line.strip() and not line.startswith("#"):
                    for item in line.split(" | "):
                        label, _, form = item.strip().partition(":")
                        gold_of[(label, form)] = f"{path}:{n}"
    rows: list[dict] = []
    langs: dict[str, str] = {}
    notes: list[str] = []
    seen: set[str] = set()
    for d in dirs:
        if not (d / "manifest.jsonl").exists():
            continue
        for line in (d / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            report = json.loads(line)
            rid = report["id"]
            if rid in seen or (split != "all" and report.get("split") != split):
                continue  # other splits are never opened
            ann = d / "annotations" / f"{rid}.ann"
            if not ann.exists():
                continue
            seen.add(rid)
            langs[rid] = report["lang"]
            forms = _entities(ann)
            text_path = docs / f"{rid}.txt"
            text = text_path.read_text(encoding="utf-8") if text_path.exists() else None
            if text is None or hashlib.sha256(text.encode()).hexdigest() != report.get("sha256"):
                notes.append(f"{rid}: text missing or changed, each form counted once")
                found = [(form, label) for form, label, _ in forms]
            else:
                found = _occurrences(text, forms)
            for n, (form, label) in enumerate(found):
                rows.append({"id": f"{rid}#{n}", "name": form, "type": label, "lang": report["lang"],
                             "doc": rid, "gold": gold_of.get((label, form), f"{label}:{form}")})
    return rows, langs, notes


def bcubed_by_pair(rows: list[dict], pred: dict[str, str], bcubed: object,
                   min_mentions: int = 20) -> list[tuple[str, int, float, float, float]]:
    """B-cubed over the mentions of each language pair ("en+ru": mentions in English or Russian
    reports; "uk": Ukrainian reports alone), for pairs with at least ``min_mentions`` in each."""
    by_lang = collections.Counter(r["lang"] for r in rows)
    langs = sorted(by_lang, key=lambda lang: -by_lang[lang])
    out = []
    for i, a in enumerate(langs):
        for b in langs[i:]:
            if by_lang[a] < min_mentions or by_lang[b] < min_mentions:
                continue
            subset = [r for r in rows if r["lang"] in (a, b)]
            gold = {r["id"]: r["gold"] for r in subset}
            p, r, f = bcubed({m: pred[m] for m in gold}, gold)  # type: ignore[operator]
            out.append((a if a == b else f"{a}+{b}", len(subset), p, r, f))
    return out
