"""The timeline: events (one row per same-event cluster) and dated claims, zoomable by period.

Zooming narrows the range to one bucket and halves the period (year → month → day); dates are ISO
strings, so a bucket is a prefix and ranges compare as text on both backends.
"""
from __future__ import annotations

import json
from typing import Any

from claimgraph.analysis.cache import cached
from claimgraph.analysis.paging import Page, page_of
from claimgraph.store import Row, Store

PERIODS = {"year": 4, "month": 7, "day": 10}
FINER = {"year": "month", "month": "day", "day": "day"}


def period_for(start: str | None, end: str | None) -> str:
    """The natural bucket size for a range: years overall, months within a year, days within a month."""
    if start and end and start[:7] == end[:7] and len(start) >= 7:
        return "day"
    if start and end and start[:4] == end[:4]:
        return "month"
    return "year"


def _range(start: str | None, end: str | None, column: str = "time_start") -> tuple[str, list[Any]]:
    where, params = [f"{column} IS NOT NULL"], []
    if start:
        where.append(f"{column} >= ?")
        params.append(start)
    if end:
        where.append(f"{column} <= ?")
        params.append(end + "\uffff")
    return " AND ".join(where), params


def buckets(store: Store, period: str = "year", start: str | None = None,
            end: str | None = None) -> list[Row]:
    """Counts of event clusters and dated claims per period bucket within the range."""
    width = PERIODS.get(period, 4)
    cond, params = _range(start, end)
    rows = store.query(
        f"""SELECT bucket, sum(events) AS events, sum(claims) AS claims FROM (
              SELECT substr(min(e.time_start), 1, {width}) AS bucket, 1 AS events, 0 AS claims
              FROM events e JOIN documents d ON d.id = e.document_id
              WHERE NOT coalesce(d.retracted, FALSE) AND {cond.replace('time_start', 'e.time_start')}
              GROUP BY coalesce(e.cluster_id, e.id)
              UNION ALL
              SELECT substr(c.time_start, 1, {width}), 0, 1
              FROM claims c JOIN documents d ON d.id = c.document_id
              WHERE NOT coalesce(d.retracted, FALSE) AND {cond.replace('time_start', 'c.time_start')}
            ) x GROUP BY bucket ORDER BY bucket""", [*params, *params])
    return [{"bucket": r["bucket"], "events": int(r["events"] or 0),
             "claims": int(r["claims"] or 0)} for r in rows]


def timeline_items(store: Store, start: str | None = None, end: str | None = None,
                   kind: str | None = None, limit: int | None = None,
                   offset: int | None = None) -> Page:
    """Event clusters and dated claims in time order (``kind`` = "event" or "claim" for one)."""
    lim, off = page_of(limit, offset)
    cond, params = _range(start, end)
    parts: list[str] = []
    counts: list[str] = []
    all_params: list[Any] = []
    if kind in (None, "", "event"):
        parts.append(
            f"""SELECT 'event' AS kind, min(e.id) AS id, min(e.type) AS label,
                       min(e.time_start) AS time_start, max(e.time_end) AS time_end,
                       min(e.time_precision) AS time_precision, min(e.place) AS place,
                       min(e.participants) AS participants, NULL AS subject, NULL AS object,
                       CAST(NULL AS DOUBLE PRECISION) AS value, NULL AS unit, NULL AS modality,
                       count(DISTINCT e.document_id) AS documents, min(e.document_id) AS document_id
                FROM events e JOIN documents d ON d.id = e.document_id
                JOIN (SELECT coalesce(e.cluster_id, e.id) AS cluster FROM events e
                      JOIN documents d ON d.id = e.document_id
                      WHERE NOT coalesce(d.retracted, FALSE)
                        AND {cond.replace('time_start', 'e.time_start')}
                      GROUP BY coalesce(e.cluster_id, e.id)
                      ORDER BY min(e.time_start), min(e.id) LIMIT {off + lim}) k
                  ON k.cluster = coalesce(e.cluster_id, e.id)
                WHERE NOT coalesce(d.retracted, FALSE) AND {cond.replace('time_start', 'e.time_start')}
                GROUP BY coalesce(e.cluster_id, e.id)""")
        # the clusters a page can show are chosen on two columns before their details are read
        counts.append(f"""SELECT count(DISTINCT coalesce(e.cluster_id, e.id)) FROM events e
                          JOIN documents d ON d.id = e.document_id
                          WHERE NOT coalesce(d.retracted, FALSE)
                            AND {cond.replace('time_start', 'e.time_start')}""")
        all_params += params + params
    if kind in (None, "", "claim"):
        parts.append(
            f"""SELECT 'claim', c.id, c.predicate, c.time_start, c.time_end, c.time_precision,
                       NULL, NULL, c.subject, c.object, c.value, c.unit, c.modality, 1, c.document_id
                FROM claims c JOIN documents d ON d.id = c.document_id
                WHERE NOT coalesce(d.retracted, FALSE) AND {cond.replace('time_start', 'c.time_start')}""")
        counts.append(f"""SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id
                          WHERE NOT coalesce(d.retracted, FALSE)
                            AND {cond.replace('time_start', 'c.time_start')}""")
        all_params += params
    if not parts:
        return Page([], 0, lim, off)
    total = sum(int(store.scalar(sql, params) or 0) for sql in counts)
    # each part is cut to the rows the page can need before the parts are merged and sorted
    union = " UNION ALL ".join(
        f"SELECT * FROM (SELECT * FROM ({p}) p{i} ORDER BY time_start, id LIMIT {off + lim}) q{i}"
        for i, p in enumerate(parts))
    rows = store.query(f"SELECT * FROM ({union}) t ORDER BY time_start, kind DESC, id LIMIT ? OFFSET ?",
                       [*all_params, lim, off])
    for r in rows:
        try:
            r["participants"] = json.loads(r["participants"]) if r.get("participants") else []
        except ValueError:
            r["participants"] = []
    return Page(rows, total, lim, off)


@cached
def timeline(store: Store, start: str | None = None, end: str | None = None,
             period: str | None = None, kind: str | None = None, limit: int | None = None,
             offset: int | None = None) -> Row:
    """Buckets for the chart and one page of items for the range."""
    period = period if period in PERIODS else period_for(start, end)
    return {"period": period, "finer": FINER[period], "start": start, "end": end,
            "buckets": buckets(store, period, start, end),
            "items": timeline_items(store, start, end, kind, limit, offset).to_dict()}
