"""Check and compile the real-report set (``bench/data/real``) into gold records.

The texts are not in the repository: each report's text is read from ``$CLAIMGRAPH_REAL_DOCS/<id>.txt``
(default ``/tmp/claimgraph-real``), checked against the manifest's sha256, and its annotation
(``annotations/<id>.ann``) is compiled into the ``claimgraph annotate`` output shape that
``bench/gold_compile.py`` writes for the domain set, plus the manifest fields.

    python bench/real_compile.py --check                 # validate bench/data/real, print counts
    python bench/real_compile.py --check --dir OTHER     # OTHER/bench/data/real (or OTHER itself)

Every problem is printed as ``file:line: message`` and makes ``--check`` exit 1: unknown labels,
predicates, modalities, qualifiers, event types or times; anchors found zero or several times;
entity forms that never occur; names in claims and events that are no annotated form; manifest
lines that break the id, split or date rules; disagreement and origin lines that name unknown
reports or anchors. A text whose sha256 or length differs from the manifest is reported as stale
and its annotation is skipped (not an error: re-run the stored query). Nothing is compiled when
the held-out check fails.

Plain Python 3, no dependencies; ``bench/real.py`` imports :func:`load`.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from gold_compile import (  # noqa: E402  (a sibling script, not a package)
    ENTITY_LABELS,
    LABELS,
    PREDICATES,
    GoldError,
    Sentence,
    compile_note,
    parse_time,
)

REAL_DIR = HERE / "data" / "real"
DOCS_DEFAULT = "/tmp/claimgraph-real"
MANIFEST_KEYS = ("id", "url", "query", "outlet", "lang", "published", "event", "split", "sha256", "chars")
DISAGREEMENT_KINDS = ("number", "date", "count", "actor", "modality")
ID_PATTERN = re.compile(r"^(?P<lang>[a-z]{2})-(?P<event>e\d{2})-\d{2}$")
EVENT_PATTERN = re.compile(r"^e(\d{2})$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SHA = re.compile(r"^[0-9a-f]{64}$")

# A sentence ends at . ! ? … (and closing quotes or brackets) before a space and an upper-case
# letter, digit or opening quote, or at a line break; abbreviations and initials do not end one.
BOUNDARY = re.compile(r"(?<=[.!?…])[»”\"')\]]*\s+(?=[«“\"(\[]?[A-ZА-ЯЁІЇЄҐЎŁŚŻŹĆŃÓÄÖÜ0-9])")
ABBREVIATIONS = frozenset("""mr mrs ms dr st gen lt col maj sgt capt adm gov sen rep prof no nos vs etc inc ltd co corp
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u approx dept
г гг ул им тыс млн млрд руб долл т.е т.д т.п др пр см ст проф ген ред
nr ul r tys mln mld dr hab prof z.b bzw ca st ok ds tzw godz płk św n.r
""".split())


class RealError(Exception):
    """A problem in the real-report set, with file and line."""


@dataclass
class RealSet:
    """What :func:`load` found: gold records of the checked reports and the set's side files."""

    real_dir: Path
    docs_dir: Path
    manifest: list[dict[str, Any]] = field(default_factory=list)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)      # compiled, text matches the manifest
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    origins: list[dict[str, Any]] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)                   # text differs from the manifest
    missing_text: list[str] = field(default_factory=list)            # no regenerated text
    unannotated: list[str] = field(default_factory=list)             # manifest line, no annotation
    errors: list[str] = field(default_factory=list)

    def by_id(self) -> dict[str, dict[str, Any]]:
        return {r["id"]: r for r in self.records}


# --- helpers ------------------------------------------------------------------------------------

def split_of(event: str) -> str:
    """Events whose number is divisible by 3 are held out; all others are for development."""
    match = EVENT_PATTERN.match(event)
    if not match:
        raise RealError(f"event '{event}' is not eNN")
    return "holdout" if int(match.group(1)) % 3 == 0 else "dev"


def sentences_of(text: str) -> list[Sentence]:
    """Sentence spans of a plain text (see ``BOUNDARY``); every non-blank line is at least one."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        chunk = line.group()
        cuts = []
        for match in BOUNDARY.finditer(chunk):
            before = chunk[:match.start()].rstrip("»”\"')]")
            word = re.search(r"(\S+)$", before[:-1]) if before else None
            token = word.group(1).lower().lstrip("(«“\"") if word else ""
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            if token.isdigit() and len(token) <= 2:   # an ordinal day: "am 30. Dezember"
                continue
            cuts.append(match.end())
        edges = [0, *cuts, len(chunk)]
        for left, right in zip(edges, edges[1:]):
            piece = chunk[left:right]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append(Sentence(start + left + lead, start + left + len(piece.rstrip())))
    return out


def occurrences(form: str, text: str) -> list[int]:
    """Start offsets of whole-word, case-sensitive occurrences of ``form``."""
    pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    return [m.start() for m in pattern.finditer(text)]


def anchor_sentence(anchor: str, text: str, sentences: list[Sentence], where: str) -> Sentence:
    """The sentence holding ``anchor``, which must occur exactly once in the text."""
    count = text.count(anchor)
    if count != 1:
        raise GoldError(f"{where}: anchor '{anchor}' is found {count} times in the text; it must occur once")
    start = text.index(anchor)
    for sentence in sentences:
        if sentence.start <= start < sentence.end:
            if start + len(anchor) > sentence.end:
                raise GoldError(f"{where}: anchor '{anchor}' runs over a sentence end")
            return sentence
    raise GoldError(f"{where}: anchor '{anchor}' is in no sentence")


def heldout_script(real_dir: Path) -> Path | None:
    """``CLAIMGRAPH_HELDOUT_CHECK``, else ``shared/bench/real/heldout_check.py`` beside the repository."""
    if env := os.environ.get("CLAIMGRAPH_HELDOUT_CHECK"):
        return Path(env)
    for root in (ROOT, *real_dir.resolve().parents):
        candidate = root.parent / "shared" / "bench" / "real" / "heldout_check.py"
        if candidate.exists():
            return candidate
    return None


def heldout_check(real_dir: Path) -> None:
    """Run the held-out check on the manifest; raise :class:`RealError` unless it exits 0."""
    manifest = real_dir / "manifest.jsonl"
    if not manifest.exists():
        return
    script = heldout_script(real_dir)
    if script is None or not script.exists():
        raise RealError("the held-out check (../shared/bench/real/heldout_check.py) was not found; "
                        "set CLAIMGRAPH_HELDOUT_CHECK to its path — nothing is compiled without it")
    result = subprocess.run([sys.executable, str(script), "--file", str(manifest)],
                            capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        raise RealError(f"held-out check failed on {manifest}:\n{result.stdout.strip()}{result.stderr.strip()}\n"
                        "remove those reports and their annotations before going on")


def read_jsonl(path: Path, errors: list[str]) -> list[tuple[int, dict[str, Any]]]:
    rows: list[tuple[int, dict[str, Any]]] = []
    if not path.exists():
        return rows
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{number}: not JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            errors.append(f"{path.name}:{number}: a line must be a JSON object")
            continue
        rows.append((number, row))
    return rows


# --- manifest and events ------------------------------------------------------------------------

def check_manifest_row(row: dict[str, Any], where: str) -> None:
    missing = [k for k in MANIFEST_KEYS if k not in row]
    if missing:
        raise RealError(f"{where}: missing {', '.join(missing)}")
    match = ID_PATTERN.match(str(row["id"]))
    if not match:
        raise RealError(f"{where}: id '{row['id']}' is not <lang>-<event>-<nn> (en-e01-01)")
    if match.group("lang") != row["lang"]:
        raise RealError(f"{where}: id '{row['id']}' does not start with lang '{row['lang']}'")
    if match.group("event") != row["event"]:
        raise RealError(f"{where}: id '{row['id']}' is not of event '{row['event']}'")
    expected = split_of(row["event"])
    if row["split"] != expected:
        raise RealError(f"{where}: event {row['event']} is '{expected}', not '{row['split']}'")
    if row["published"] is not None and not DAY.match(str(row["published"])):
        raise RealError(f"{where}: published '{row['published']}' is not YYYY-MM-DD or null")
    if row["published"] is not None:
        parse_time(row["published"], where)
    if not str(row["url"]).startswith(("http://", "https://")):
        raise RealError(f"{where}: url '{row['url']}' is not http(s)")
    if not str(row["query"]).strip() or not str(row["outlet"]).strip():
        raise RealError(f"{where}: query and outlet must not be empty")
    if not SHA.match(str(row["sha256"])):
        raise RealError(f"{where}: sha256 must be 64 lower-case hex digits")
    if not isinstance(row["chars"], int) or row["chars"] <= 0:
        raise RealError(f"{where}: chars must be a positive integer")


def read_manifest(real: RealSet) -> None:
    seen_ids: set[str] = set()
    seen_urls: dict[str, str] = {}
    for number, row in read_jsonl(real.real_dir / "manifest.jsonl", real.errors):
        where = f"manifest.jsonl:{number}"
        try:
            check_manifest_row(row, where)
        except (RealError, GoldError) as exc:
            real.errors.append(str(exc))
            continue
        if row["id"] in seen_ids:
            real.errors.append(f"{where}: id '{row['id']}' used twice")
            continue
        url = str(row["url"]).rstrip("/")
        if url in seen_urls:
            real.errors.append(f"{where}: url already listed as {seen_urls[url]}")
        seen_urls[url] = row["id"]
        seen_ids.add(row["id"])
        real.manifest.append(row)


def read_events(real: RealSet) -> None:
    for number, row in read_jsonl(real.real_dir / "events.jsonl", real.errors):
        where = f"events.jsonl:{number}"
        try:
            key = str(row.get("event", ""))
            expected = split_of(key)
            if row.get("split") != expected:
                raise RealError(f"{where}: event {key} is '{expected}', not '{row.get('split')}'")
            if row.get("date") is not None:
                parse_time(str(row["date"]), where)
        except (RealError, GoldError) as exc:
            real.errors.append(str(exc))
            continue
        if key in real.events and real.events[key] != row:
            real.errors.append(f"{where}: event {key} is described twice, differently")
        real.events[key] = row
    if real.events:
        for row in real.manifest:
            if row["event"] not in real.events:
                real.errors.append(f"manifest.jsonl: {row['id']} is of event {row['event']}, "
                                   "which events.jsonl does not list")


# --- annotations --------------------------------------------------------------------------------

def parse_entity_line(body: str, where: str) -> tuple[str, str, str | None]:
    parts = [p.strip() for p in body.split("|")]
    if len(parts) not in (2, 3) or not parts[0]:
        raise GoldError(f"{where}: write 'entity FORM | LABEL' or 'entity FORM | LABEL | at=ANCHOR'")
    form, label = parts[0], parts[1]
    if label not in LABELS:
        raise GoldError(f"{where}: unknown label '{label}' on '{form}' (one of {', '.join(LABELS)})")
    anchor = None
    if len(parts) == 3:
        key, eq, anchor = parts[2].partition("=")
        if key.strip() != "at" or not eq or not anchor.strip():
            raise GoldError(f"{where}: the third part of an entity line is at=ANCHOR")
        anchor = anchor.strip()
    return form, label, anchor


def place_entities(wanted: list[tuple[str, str, str | None, str]], text: str, sentences: list[Sentence],
                   errors: list[str]) -> list[dict[str, Any]]:
    """Spans for ``(form, label, anchor, where)``: every whole-word occurrence (or those in the
    anchor's sentence); a longer form wins where forms overlap, an anchored one over a bare one.
    Problems are appended to ``errors``."""
    candidates: list[tuple[int, int, int, str, str]] = []   # (start, end, anchored, label, form)
    labels_of: dict[str, tuple[str, str]] = {}
    for form, label, anchor, where in wanted:
        if anchor is None:
            if form in labels_of and labels_of[form][0] != label:
                errors.append(f"{where}: '{form}' is already a {labels_of[form][0]} ({labels_of[form][1]}); "
                              "limit one of them with at=")
                continue
            labels_of[form] = (label, where)
        starts = occurrences(form, text)
        if anchor is not None:
            try:
                sentence = anchor_sentence(anchor, text, sentences, where)
            except GoldError as exc:
                errors.append(str(exc))
                continue
            starts = [s for s in starts if sentence.start <= s and s + len(form) <= sentence.end]
        if not starts:
            place = " in the anchor's sentence" if anchor else ""
            errors.append(f"{where}: entity form '{form}' is found 0 times{place} (whole words, case-sensitive)")
            continue
        candidates.extend((s, s + len(form), 1 if anchor else 0, label, form) for s in starts)
    candidates.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int]] = []
    entities: list[dict[str, Any]] = []
    for start, end, _, label, form in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        entities.append({"start": start, "end": end, "label": label, "text": form})
    entities.sort(key=lambda e: (e["start"], e["end"]))
    return entities


def compile_annotation(path: Path, row: dict[str, Any], text: str) -> tuple[dict[str, Any] | None, list[str]]:
    """One report's gold record, or None and every problem found, each naming ``file:line``."""
    sentences = sentences_of(text)
    errors: list[str] = []
    wanted: list[tuple[str, str, str | None, str]] = []
    notes: list[tuple[str, str, str]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"annotations/{path.name}:{number}"
        kind, _, body = line.partition(" ")
        if kind == "entity":
            try:
                wanted.append((*parse_entity_line(body, where), where))
            except GoldError as exc:
                errors.append(str(exc))
        elif kind in ("claim", "event", "cite"):
            notes.append((kind, body.strip(), where))
        else:
            errors.append(f"{where}: a line starts with entity, claim, event or cite, not '{kind}'")
    entities = place_entities(wanted, text, sentences, errors)
    claims: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    citations: list[dict[str, Any]] = []
    lists = {"claim": claims, "event": events, "cite": citations}
    for kind, body, where in notes:
        anchor = next((item.partition("=")[2].strip() for item in body.split(";")
                       if item.partition("=")[0].strip() == "at"), None)
        try:
            if not anchor:
                raise GoldError(f"{where}: say which sentence is the evidence with at=<phrase>")
            anchor_sentence(anchor, text, sentences, where)
            lists[kind].append(compile_note(kind, body, text, entities, sentences, where, strict=False))
        except GoldError as exc:
            errors.append(str(exc))
    if errors:
        return None, errors
    return {"id": row["id"], "lang": row["lang"], "published": row["published"], "text": text,
            "entities": entities, "claims": claims, "events": events, "citations": citations,
            "url": row["url"], "outlet": row["outlet"], "title": row.get("title"),
            "event": row["event"], "split": row["split"]}, []


def read_text(real: RealSet, row: dict[str, Any]) -> str | None:
    path = real.docs_dir / f"{row['id']}.txt"
    if not path.exists():
        real.missing_text.append(row["id"])
        return None
    data = path.read_bytes()
    text = data.decode("utf-8", errors="replace")
    if hashlib.sha256(data).hexdigest() != row["sha256"] or len(text) != row["chars"]:
        real.stale.append(row["id"])
        return None
    return text


def read_annotations(real: RealSet, split: str | None) -> None:
    folder = real.real_dir / "annotations"
    files = {p.stem: p for p in sorted(folder.glob("*.ann"))} if folder.exists() else {}
    known = {row["id"] for row in real.manifest}
    for stem in sorted(set(files) - known):
        real.errors.append(f"annotations/{stem}.ann: no manifest line has id '{stem}'")
    for row in real.manifest:
        if split is not None and row["split"] != split:
            continue
        text = read_text(real, row)
        if row["id"] not in files:
            real.unannotated.append(row["id"])
            continue
        if text is None:
            continue
        record, errors = compile_annotation(files[row["id"]], row, text)
        real.errors.extend(errors)
        if record is not None:
            real.records.append(record)


# --- disagreements and origins ------------------------------------------------------------------

def read_disagreements(real: RealSet) -> None:
    rows = {r["id"]: r for r in real.manifest}
    texts = {r["id"]: r["text"] for r in real.records}
    for number, row in read_jsonl(real.real_dir / "disagreements.jsonl", real.errors):
        where = f"disagreements.jsonl:{number}"
        problems = []
        if row.get("kind") not in DISAGREEMENT_KINDS:
            problems.append(f"kind '{row.get('kind')}' is not one of {', '.join(DISAGREEMENT_KINDS)}")
        sides = row.get("sides")
        if not isinstance(sides, list) or len(sides) < 2:
            problems.append("a disagreement needs at least two sides")
            sides = []
        for side in sides:
            docs = side.get("docs") if isinstance(side, dict) else None
            if not docs or not side.get("value"):
                problems.append("every side needs docs and a value")
                continue
            for doc in docs:
                if doc not in rows:
                    problems.append(f"report '{doc}' is not in the manifest")
                elif rows[doc]["event"] != row.get("event"):
                    problems.append(f"report '{doc}' is of event {rows[doc]['event']}, not {row.get('event')}")
            for doc, anchor in (side.get("at") or {}).items():
                if doc not in docs:
                    problems.append(f"anchor given for '{doc}', which is not on that side")
                elif doc in texts and texts[doc].count(anchor) != 1:
                    problems.append(f"anchor '{anchor}' is found {texts[doc].count(anchor)} times in {doc}")
        if problems:
            real.errors.extend(f"{where}: {p}" for p in problems)
        else:
            real.disagreements.append(row)


def read_origins(real: RealSet) -> None:
    rows = {r["id"]: r for r in real.manifest}
    for number, row in read_jsonl(real.real_dir / "origins.jsonl", real.errors):
        where = f"origins.jsonl:{number}"
        problems = []
        claim = row.get("claim")
        if not isinstance(claim, dict) or not claim.get("subject") or claim.get("predicate") not in PREDICATES:
            problems.append("claim needs a subject and a known predicate")
        docs = row.get("docs") or []
        for doc in docs:
            if doc not in rows:
                problems.append(f"report '{doc}' is not in the manifest")
        origins = row.get("origins")
        if not isinstance(origins, int) or not 1 <= origins <= max(1, len(docs)):
            problems.append("origins must be a whole number from 1 to the number of docs")
        if problems:
            real.errors.extend(f"{where}: {p}" for p in problems)
        else:
            real.origins.append(row)


# --- entry points -------------------------------------------------------------------------------

def resolve_dir(path: Path | None) -> Path:
    """``bench/data/real`` of a repository root, or the folder itself when it holds a manifest."""
    if path is None:
        return REAL_DIR
    if (path / "bench" / "data" / "real").is_dir():
        return path / "bench" / "data" / "real"
    return path


def load(real_dir: Path | None = None, docs_dir: Path | None = None, split: str | None = None,
         skip_heldout_check: bool = False) -> RealSet:
    """Check and compile the set; ``split`` keeps only ``dev`` or ``holdout`` reports (None: all).

    Raises :class:`RealError` when the held-out check fails; other problems land in ``errors``.
    """
    real_dir = resolve_dir(real_dir)
    docs = docs_dir or Path(os.environ.get("CLAIMGRAPH_REAL_DOCS", DOCS_DEFAULT))
    if not skip_heldout_check:
        heldout_check(real_dir)
    real = RealSet(real_dir=real_dir, docs_dir=docs)
    read_manifest(real)
    read_events(real)
    read_annotations(real, split)
    read_disagreements(real)
    read_origins(real)
    return real


def summary(real: RealSet) -> str:
    lines = [f"{real.real_dir}: {len(real.manifest)} reports in the manifest, "
             f"{len(real.records)} annotated and checked"]
    langs = Counter(r["lang"] for r in real.manifest)
    lines.append("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    per_event = Counter(r["event"] for r in real.manifest)
    lines.append("events: " + ", ".join(f"{k} ({split_of(k)}) {v}" for k, v in sorted(per_event.items())))
    labels = Counter(e["label"] for r in real.records for e in r["entities"])
    lines.append("spans: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    for key in ("claims", "events", "citations"):
        lines.append(f"{key}: {sum(len(r[key]) for r in real.records)}")
    lines.append(f"disagreements: {len(real.disagreements)}, origins: {len(real.origins)}")
    for name, ids in (("stale (text differs from the manifest, skipped)", real.stale),
                      ("no text in " + str(real.docs_dir), real.missing_text),
                      ("not annotated yet", real.unannotated)):
        if ids:
            lines.append(f"{name}: {len(ids)}: {' '.join(ids)}")
    for r in real.records:
        people = sum(1 for e in r["entities"] if e["label"] in ENTITY_LABELS)
        if not r["claims"] or not people:
            lines.append(f"  note {r['id']}: {len(r['claims'])} claims, {people} entity spans")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="a repository root or a bench/data/real folder")
    parser.add_argument("--docs", type=Path, help="texts folder (default $CLAIMGRAPH_REAL_DOCS or /tmp/claimgraph-real)")
    parser.add_argument("--check", action="store_true", help="validate and print counts (the default action)")
    parser.add_argument("--json", action="store_true", help="print the compiled gold records as JSON Lines")
    args = parser.parse_args(argv)
    try:
        real = load(args.dir, args.docs)
    except RealError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for error in real.errors:
        print(f"error: {error}", file=sys.stderr)
    if args.json:
        for record in real.records:
            print(json.dumps(record, ensure_ascii=False))
    else:
        print(summary(real))
    if real.errors:
        print(f"{len(real.errors)} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
