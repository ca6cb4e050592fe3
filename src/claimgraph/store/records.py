"""Domain objects to rows and back: the only place that knows column names of the stored tables."""
from __future__ import annotations

import json
from typing import Any

from claimgraph.ids import make_id
from claimgraph.model import (
    Citation,
    Claim,
    Document,
    Entity,
    Event,
    IngestFailure,
    Judgment,
    Match,
    Mention,
    Sighting,
    TimeRef,
)
from claimgraph.model.entity import Name
from claimgraph.model.match import Feature
from claimgraph.store.base import Row, now

_SPAN = {"start": "start_char", "end": "end_char"}
_SPAN_BACK = {v: k for k, v in _SPAN.items()}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _loads(value: Any, default: Any) -> Any:
    if value is None or value == "":
        return default
    return json.loads(value) if isinstance(value, str) else value


def _spans(row: Row) -> Row:
    return {_SPAN.get(k, k): v for k, v in row.items()}


def _unspans(row: Row) -> Row:
    return {_SPAN_BACK.get(k, k): v for k, v in row.items()}


def _time_cols(time: TimeRef | None) -> Row:
    t = time or TimeRef()
    return {"time_start": t.start, "time_end": t.end, "time_precision": t.precision,
            "time_text": t.text}


def _time_from(row: Row) -> TimeRef | None:
    if not any(row.get(k) for k in ("time_start", "time_end", "time_precision")):
        return None
    return TimeRef(row.get("time_start"), row.get("time_end"), row.get("time_precision"),
                   row.get("time_text"))


def _strip_time(row: Row) -> Row:
    return {k: v for k, v in row.items() if not k.startswith("time_")}


def document_row(doc: Document) -> Row:
    row = doc.to_dict()
    row["meta"] = _dumps(doc.meta)
    return row


def document_from(row: Row) -> Document:
    data = {k: v for k, v in row.items() if k in Document.__dataclass_fields__}
    data["meta"] = _loads(row.get("meta"), {})
    return Document.from_dict(data)


def sighting_row(s: Sighting) -> Row:
    return s.to_dict()


def sighting_from(row: Row) -> Sighting:
    return Sighting.from_dict(row)


def citation_row(c: Citation) -> Row:
    return _spans(c.to_dict())


def citation_from(row: Row) -> Citation:
    return Citation.from_dict(_unspans(row))


def error_row(f: IngestFailure) -> Row:
    return {"id": make_id("error", f.source, f.reason, f.stage), "source": f.source,
            "reason": f.reason, "failed_at": f.at or now(), "stage": f.stage}


def mention_row(m: Mention) -> Row:
    return _spans(m.to_dict())


def mention_from(row: Row) -> Mention:
    return Mention.from_dict(_unspans(row))


def claim_row(c: Claim) -> Row:
    row = c.to_dict()
    row.pop("time")
    row.update(_time_cols(c.time))
    return _spans(row)


def claim_from(row: Row) -> Claim:
    data = _unspans(_strip_time(row))
    claim = Claim.from_dict(data)
    claim.time = _time_from(row)
    return claim


def event_row(e: Event) -> Row:
    row = e.to_dict()
    row.pop("time")
    row.update(_time_cols(e.time))
    row["participants"] = _dumps(e.participants)
    return _spans(row)


def event_from(row: Row) -> Event:
    data = _unspans(_strip_time(row))
    data["participants"] = _loads(row.get("participants"), [])
    event = Event.from_dict(data)
    event.time = _time_from(row)
    return event


def entity_row(e: Entity) -> Row:
    row = e.to_dict()
    row["names"] = _dumps(row["names"])
    row["properties"] = _dumps(e.properties)
    return row


def entity_from(row: Row) -> Entity:
    return Entity(
        id=row["id"], type=row["type"], name=row["name"],
        names=[Name.from_dict(n) for n in _loads(row.get("names"), [])],
        properties=_loads(row.get("properties"), {}), mentions=row.get("mentions") or 0,
    )


def judgment_row(j: Judgment) -> Row:
    row = j.to_dict()
    row["args"] = _dumps(j.args)
    row["made_by"] = row.pop("user")
    row["made_at"] = row.pop("at")
    return row


def judgment_from(row: Row) -> Judgment:
    data = dict(row)
    data["args"] = _loads(row.get("args"), {})
    data["user"] = data.pop("made_by", None)
    data["at"] = data.pop("made_at", None)
    return Judgment.from_dict(data)


def match_row(m: Match) -> Row:
    row = m.to_dict()
    row["features"] = _dumps(row["features"])
    return row


def match_from(row: Row) -> Match:
    data = dict(row)
    data["features"] = [Feature.from_dict(f) for f in _loads(row.get("features"), [])]
    return Match.from_dict(data)
