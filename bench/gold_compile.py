"""Compile the hand-annotated domain gold set into JSON Lines.

The gold texts are written in a light inline markup (``bench/data/domain/source/*.txt``, described in
``bench/data/domain/README.md``) because offsets typed by hand are always wrong. This script turns
the markup into ``bench/data/domain/gold.jsonl`` — one line per document in the ``claimgraph
annotate`` output shape plus the input fields — and refuses to write anything when a span, a label,
a predicate, a time or a name does not check out.

    python bench/gold_compile.py            # compile and print a summary
    python bench/gold_compile.py --check    # fail when gold.jsonl is not what the sources give

Plain Python 3, no dependencies, so a scorer can run it anywhere.
"""
from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE_DIR = HERE / "data" / "domain" / "source"
OUTPUT = HERE / "data" / "domain" / "gold.jsonl"

ENTITY_LABELS = ("Person", "Organization", "Company", "PublicBody", "Country", "Location", "Facility",
                 "Product", "Nationality")
VALUE_LABELS = ("Date", "Quantity", "Money")
LABELS = ENTITY_LABELS + VALUE_LABELS
PREDICATES = ("produces", "plans_to_produce", "capacity", "offers_to_build", "cooperates_with", "met_with",
              "supplies_to", "located_in", "visited", "holds_role", "sanctioned_by", "states")
MODALITIES = ("fact", "plan", "offer", "claim", "denial")
QUALIFIERS = ("up to", "at least", "about", "more than", "less than", "exactly")
EVENT_TYPES = ("meeting", "visit", "agreement", "announcement", "exhibition", "sanction", "other")
LANGS = ("en", "ru")

CLAIM_KEYS = {"subject", "predicate", "object", "value", "unit", "qualifier", "time", "modality", "by", "at", "s"}
EVENT_KEYS = {"type", "time", "place", "with", "at", "s"}
CITE_KEYS = {"source", "at", "s"}

MARK = re.compile(r"\[([^\[\]|]+)\|([A-Za-z]+)\]")
WORD = re.compile(r"\w+")


class GoldError(Exception):
    """A problem in the sources, reported with file and document so it can be fixed at once."""


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Doc:
    id: str
    source: str
    lang: str | None = None
    published: str | None = None
    published_set: bool = False
    lines: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (kind, body)


# --- reading ------------------------------------------------------------------------------------

def read_sources(paths: list[Path]) -> list[Doc]:
    """Split the source files into documents: a header, a text block and annotation lines."""
    docs: list[Doc] = []
    for path in paths:
        doc: Doc | None = None
        part = "none"
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.rstrip()
            where = f"{path.name}:{number}"
            if line.startswith("==="):
                doc = Doc(id=line.strip("= ").strip(), source=where)
                if not doc.id:
                    raise GoldError(f"{where}: a document needs an id after '==='")
                docs.append(doc)
                part = "header"
                continue
            if line.startswith("#") and part != "text":
                continue
            if doc is None:
                if line.strip():
                    raise GoldError(f"{where}: text before the first '=== id' line")
                continue
            if part == "header":
                if not line.strip():
                    continue
                if line.strip() == "---":
                    part = "text"
                    continue
                key, _, value = line.partition(":")
                key, value = key.strip(), value.strip()
                if key == "lang":
                    doc.lang = value
                elif key == "published":
                    doc.published = None if value in ("", "null", "none") else value
                    doc.published_set = True
                else:
                    raise GoldError(f"{where}: unknown header '{key}' (lang, published)")
            elif part == "text":
                if line.strip() == "---":
                    part = "notes"
                    continue
                doc.lines.append(line.strip())
            elif part == "notes":
                if not line.strip():
                    continue
                kind, _, body = line.strip().partition(" ")
                if kind not in ("claim", "event", "cite"):
                    raise GoldError(f"{where}: annotation lines start with claim, event or cite, not '{kind}'")
                doc.notes.append((kind, body))
    return docs


def parse_fields(body: str, allowed: set[str], where: str) -> dict[str, str]:
    """``key=value; key=value`` (values may hold spaces and commas, not semicolons)."""
    fields: dict[str, str] = {}
    for item in body.split(";"):
        if not item.strip():
            continue
        key, eq, value = item.partition("=")
        key = key.strip()
        if not eq or key not in allowed:
            raise GoldError(f"{where}: bad field '{item.strip()}' (allowed: {', '.join(sorted(allowed))})")
        if key in fields:
            raise GoldError(f"{where}: field '{key}' given twice")
        fields[key] = value.strip()
    return fields


# --- text and spans -----------------------------------------------------------------------------

def build_text(doc: Doc) -> tuple[str, list[dict[str, Any]], list[Sentence]]:
    """Strip the markup; one source line is one sentence, a blank line starts a new paragraph."""
    text = ""
    entities: list[dict[str, Any]] = []
    sentences: list[Sentence] = []
    paragraph_open = False
    for line in doc.lines:
        if not line:
            if paragraph_open:
                text += "\n"
                paragraph_open = False
            continue
        if paragraph_open:
            text += " "
        sentence_start = len(text)
        pos = 0
        for match in MARK.finditer(line):
            plain = line[pos:match.start()]
            if "[" in plain or "]" in plain or "|" in plain:
                raise GoldError(f"{doc.id}: broken markup near '{plain.strip()[-40:]}'")
            text += plain
            surface, label = match.group(1), match.group(2)
            if label not in LABELS:
                raise GoldError(f"{doc.id}: unknown label '{label}' on '{surface}' (one of {', '.join(LABELS)})")
            if surface != surface.strip():
                raise GoldError(f"{doc.id}: span '{surface}' has spaces at its edges")
            entities.append({"start": len(text), "end": len(text) + len(surface), "label": label,
                             "text": surface})
            text += surface
            pos = match.end()
        tail = line[pos:]
        if "[" in tail or "]" in tail or "|" in tail:
            raise GoldError(f"{doc.id}: broken markup near '{tail.strip()[:40]}'")
        text += tail
        sentences.append(Sentence(sentence_start, len(text)))
        paragraph_open = True
    text = text.rstrip("\n")
    if text != unicodedata.normalize("NFC", text):
        raise GoldError(f"{doc.id}: text is not in Unicode NFC")
    for entity in entities:
        if text[entity["start"]:entity["end"]] != entity["text"]:
            raise GoldError(f"{doc.id}: offset check failed for '{entity['text']}'")
    return text, entities, sentences


def sentence_for(fields: dict[str, str], text: str, sentences: list[Sentence], where: str) -> Sentence:
    """The evidence sentence: ``at=`` a phrase found in exactly one sentence, or ``s=`` its number."""
    if "s" in fields:
        index = int(fields["s"])
        if not 1 <= index <= len(sentences):
            raise GoldError(f"{where}: s={index} but the document has {len(sentences)} sentences")
        return sentences[index - 1]
    anchor = fields.get("at")
    if not anchor:
        raise GoldError(f"{where}: say which sentence is the evidence with at=<phrase> or s=<number>")
    hits = [s for s in sentences if anchor in text[s.start:s.end]]
    if len(hits) != 1:
        raise GoldError(f"{where}: at='{anchor}' is in {len(hits)} sentences; it must pick exactly one")
    return hits[0]


# --- values -------------------------------------------------------------------------------------

QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def parse_time(value: str | None, where: str) -> dict[str, str] | None:
    """``2025-03-21`` day, ``2025-03`` month, ``2025-Q4`` quarter, ``2025`` year, ``A..B`` interval."""
    if value is None or value in ("", "null"):
        return None
    if ".." in value:
        left, right = (parse_time(part, where) for part in value.split("..", 1))
        if left is None or right is None or left["precision"] != right["precision"]:
            raise GoldError(f"{where}: interval '{value}' needs two ends of the same precision")
        if left["start"] >= right["end"]:
            raise GoldError(f"{where}: interval '{value}' ends before it starts")
        return {"start": left["start"], "end": right["end"], "precision": left["precision"]}
    try:
        if m := QUARTER.match(value):
            year, quarter = int(m.group(1)), int(m.group(2))
            first, last = 3 * quarter - 2, 3 * quarter
            return {"start": date(year, first, 1).isoformat(),
                    "end": date(year, last, calendar.monthrange(year, last)[1]).isoformat(),
                    "precision": "quarter"}
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return {"start": f"{parts[0]:04d}-01-01", "end": f"{parts[0]:04d}-12-31", "precision": "year"}
        if len(parts) == 2:
            year, month = parts
            return {"start": date(year, month, 1).isoformat(),
                    "end": date(year, month, calendar.monthrange(year, month)[1]).isoformat(),
                    "precision": "month"}
        if len(parts) == 3:
            day = date(*parts).isoformat()
            return {"start": day, "end": day, "precision": "day"}
    except ValueError:
        pass
    raise GoldError(f"{where}: time '{value}' is not YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or A..B")


def parse_value(value: str | None, where: str) -> int | float | None:
    if value is None or value in ("", "null"):
        return None
    try:
        number = float(value)
    except ValueError:
        raise GoldError(f"{where}: value '{value}' is not a plain number (write 100000, not 100,000)") from None
    return int(number) if number.is_integer() else number


def stems(name: str) -> list[str]:
    """Crude stems (first four letters) so "Минске" checks against "Минск" without a lemmatizer."""
    return [w.lower()[:4] for w in WORD.findall(name)]


def check_name(name: str, entities: list[dict[str, Any]], where: str, role: str) -> str:
    """A claim or event argument must name something annotated in the same document."""
    pool = {stem for e in entities if e["label"] in ENTITY_LABELS for stem in stems(str(e["text"]))}
    missing = [s for s in stems(name) if s not in pool and len(s) >= 3]
    if missing:
        raise GoldError(f"{where}: {role} '{name}' matches no annotated entity in the document")
    return name


# --- compiling ----------------------------------------------------------------------------------

def compile_note(kind: str, body: str, text: str, entities: list[dict[str, Any]], sentences: list[Sentence],
                 here: str, strict: bool = True) -> dict[str, Any]:
    """One ``claim``, ``event`` or ``cite`` line in the output shape; ``here`` names it in errors.

    ``strict=False`` (the real-report set) lets a claim go without object and value ("X is under
    sanctions", a denial) and takes a citation's source as written ("state media").
    """
    if kind == "claim":
        f = parse_fields(body, CLAIM_KEYS, here)
        predicate = f.get("predicate", "")
        if predicate not in PREDICATES:
            raise GoldError(f"{here}: predicate '{predicate}' is not one of {', '.join(PREDICATES)}")
        modality = f.get("modality", "fact")
        if modality not in MODALITIES:
            raise GoldError(f"{here}: modality '{modality}' is not one of {', '.join(MODALITIES)}")
        qualifier = f.get("qualifier") or None
        if qualifier is not None and qualifier not in QUALIFIERS:
            raise GoldError(f"{here}: qualifier '{qualifier}' is not one of {', '.join(QUALIFIERS)}")
        sentence = sentence_for(f, text, sentences, here)
        value = parse_value(f.get("value"), here)
        if value is not None and not any(e["label"] in ("Quantity", "Money") and
                                         sentence.start <= e["start"] < sentence.end for e in entities):
            raise GoldError(f"{here}: a value needs a Quantity or Money span in its evidence sentence")
        if "subject" not in f:
            raise GoldError(f"{here}: a claim needs a subject")
        obj = f.get("object") or None
        if obj is None and value is None and strict:
            raise GoldError(f"{here}: a claim needs an object or a value")
        attributed = f.get("by") or None
        if modality == "fact" and attributed:
            raise GoldError(f"{here}: an attributed claim is not the outlet's own fact (use claim, plan ...)")
        return {
            "subject": check_name(f["subject"], entities, here, "subject"),
            "predicate": predicate,
            "object": check_name(obj, entities, here, "object") if obj else None,
            "value": value,
            "unit": f.get("unit") or None,
            "qualifier": qualifier,
            "time": parse_time(f.get("time"), here),
            "modality": modality,
            "attributed_to": check_name(attributed, entities, here, "attributed_to") if attributed else None,
            "evidence": {"start": sentence.start, "end": sentence.end},
        }
    if kind == "event":
        f = parse_fields(body, EVENT_KEYS, here)
        if f.get("type") not in EVENT_TYPES:
            raise GoldError(f"{here}: type '{f.get('type')}' is not one of {', '.join(EVENT_TYPES)}")
        sentence = sentence_for(f, text, sentences, here)
        participants = [p.strip() for p in f.get("with", "").split(",") if p.strip()]
        place = f.get("place") or None
        return {
            "type": f["type"],
            "time": parse_time(f.get("time"), here),
            "place": check_name(place, entities, here, "place") if place else None,
            "participants": [check_name(p, entities, here, "participant") for p in participants],
            "evidence": {"start": sentence.start, "end": sentence.end},
        }
    f = parse_fields(body, CITE_KEYS, here)
    if not f.get("source"):
        raise GoldError(f"{here}: a citation needs source=")
    sentence = sentence_for(f, text, sentences, here)
    return {"source": check_name(f["source"], entities, here, "source") if strict else f["source"],
            "evidence": {"start": sentence.start, "end": sentence.end}}


def compile_doc(doc: Doc) -> dict[str, Any]:
    where = f"{doc.source} ({doc.id})"
    if doc.lang not in LANGS:
        raise GoldError(f"{where}: lang must be one of {LANGS}")
    if not doc.published_set:
        raise GoldError(f"{where}: write 'published: YYYY-MM-DD' or 'published: null'")
    if doc.published is not None:
        parse_time(doc.published, where)
        if len(doc.published) != 10:
            raise GoldError(f"{where}: published must be a full ISO date")
    text, entities, sentences = build_text(doc)
    claims: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    citations: list[dict[str, Any]] = []
    lists = {"claim": claims, "event": events, "cite": citations}
    for number, (kind, body) in enumerate(doc.notes, 1):
        lists[kind].append(compile_note(kind, body, text, entities, sentences, f"{where} {kind} #{number}"))
    entities.sort(key=lambda e: (e["start"], e["end"]))
    for left, right in pairwise(entities):
        if right["start"] < left["end"]:
            raise GoldError(f"{where}: spans '{left['text']}' and '{right['text']}' overlap")
    return {"id": doc.id, "lang": doc.lang, "published": doc.published, "text": text,
            "entities": entities, "claims": claims, "events": events, "citations": citations}


def compile_all(paths: list[Path]) -> list[dict[str, Any]]:
    docs = read_sources(paths)
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise GoldError(f"{doc.source}: document id '{doc.id}' used twice")
        seen.add(doc.id)
    return [compile_doc(doc) for doc in docs]


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def summary(records: list[dict[str, Any]], payload: str) -> str:
    """Figures an annotator looks at before committing: balance, density, length."""
    lines = []
    for lang in LANGS:
        subset = [r for r in records if r["lang"] == lang]
        lines.append(f"{lang}: {len(subset)} documents")
    undated = sum(1 for r in records if r["published"] is None)
    lines.append(f"published null: {undated} of {len(records)}")
    labels: dict[str, int] = {}
    for r in records:
        for e in r["entities"]:
            labels[e["label"]] = labels.get(e["label"], 0) + 1
    lines.append("spans: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    for key in ("claims", "events", "citations"):
        lines.append(f"{key}: {sum(len(r[key]) for r in records)}")
    predicates: dict[str, int] = {}
    for r in records:
        for c in r["claims"]:
            predicates[c["predicate"]] = predicates.get(c["predicate"], 0) + 1
    lines.append("predicates: " + ", ".join(f"{k} {v}" for k, v in sorted(predicates.items())))
    for r in records:
        words = len(WORD.findall(str(r["text"])))
        spans = len([e for e in r["entities"] if e["label"] in ENTITY_LABELS])
        flags = []
        if not 80 <= words <= 250:
            flags.append(f"{words} words")
        if not 8 <= spans <= 15:
            flags.append(f"{spans} entity spans")
        if not 1 <= len(r["claims"]) <= 4:
            flags.append(f"{len(r['claims'])} claims")
        if flags:
            lines.append(f"  note {r['id']}: " + ", ".join(flags))
    lines.append("sha256 " + hashlib.sha256(payload.encode("utf-8")).hexdigest())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, help="source files (default: data/domain/source/*.txt)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="verify the output is current, write nothing")
    args = parser.parse_args(argv)
    paths = args.sources or sorted(SOURCE_DIR.glob("*.txt"))
    if not paths:
        print(f"error: no source files in {SOURCE_DIR}", file=sys.stderr)
        return 2
    try:
        records = compile_all(paths)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    payload = render(records)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != payload:
            print(f"error: {args.output} is out of date — run python bench/gold_compile.py", file=sys.stderr)
            return 1
    else:
        args.output.write_text(payload, encoding="utf-8")
    print(summary(records, payload))
    return 0


if __name__ == "__main__":
    sys.exit(main())
