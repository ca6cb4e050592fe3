"""Cross-referencing: workspace entities against FollowTheMoney sanctions and watch lists."""
from __future__ import annotations

import collections
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.model import Match
from claimgraph.progress import NULL, Reporter
from claimgraph.store import records
from claimgraph.workspace import Workspace
from claimgraph.xref.datasets import ListInfo, list_names, load_list, read_entries
from claimgraph.xref.features import Subject
from claimgraph.xref.matcher import CANDIDATE_FLOOR, MATCHABLE, match

__all__ = ["XrefReport", "list_names", "load_list", "workspace_subjects", "xref_samples",
           "xref_workspace"]

log = logging.getLogger(__name__)


@dataclass
class XrefReport:
    list: ListInfo
    subjects: int = 0
    matches: list[Match] = field(default_factory=list)
    pairs: int = 0
    scored: int = 0
    seconds: float = 0.0


def workspace_subjects(ws: Workspace) -> list[Subject]:
    """Matchable entities with their names and the countries named in their documents."""
    from claimgraph.resolve.cluster import country_code

    kinds = ", ".join("?" for _ in MATCHABLE)
    rows = ws.store.query(f"SELECT * FROM entities WHERE type IN ({kinds}) ORDER BY id",
                          list(MATCHABLE))
    context: dict[str, set[str]] = collections.defaultdict(set)
    for r in ws.store.query(
            """SELECT DISTINCT m1.entity_id AS entity_id, c.name AS country
               FROM mentions m1 JOIN mentions m2 ON m2.document_id = m1.document_id
               JOIN entities c ON c.id = m2.entity_id
               WHERE c.type = 'Country' AND m1.entity_id IS NOT NULL"""):
        code = country_code(r["country"])
        if code:
            context[r["entity_id"]].add(code)
    subjects = []
    for row in rows:
        e = records.entity_from(row)
        names = [n.name for n in sorted(e.names, key=lambda n: -n.count)] or [e.name]
        if e.name not in names:
            names.insert(0, e.name)
        subjects.append(Subject(e.id, e.type, e.name, names, context.get(e.id, set())))
    return subjects


def xref_workspace(ws: Workspace, path: str | Path, name: str | None = None,
                   version: str | None = None, floor: float = CANDIDATE_FLOOR,
                   reporter: Reporter = NULL) -> XrefReport:
    """Load a list (once per name and version) and store every match at ``floor`` or above.

    Matches of earlier runs against the same list version are replaced, so a re-run after new
    documents or judgments reflects the current entities.
    """
    t0 = time.perf_counter()
    info = load_list(ws, path, name, version, reporter=reporter)
    subjects = workspace_subjects(ws)
    stats: collections.Counter[str] = collections.Counter()
    reporter.start(f"matching against {info.name}")
    found = match(subjects, read_entries(path), info.name, info.version, floor=floor, stats=stats)
    reporter.finish()
    with ws.store.write() as tx:
        tx.execute("DELETE FROM matches WHERE list_name = ? AND list_version = ?",
                   [info.name, info.version])
        tx.upsert("matches", [records.match_row(m) for m in found], update=True)
    return XrefReport(info, len(subjects), found, stats["pairs"], stats["scored"],
                      time.perf_counter() - t0)


def xref_samples(ws: Workspace, reporter: Reporter = NULL) -> list[XrefReport]:
    """Re-match against every list loaded before (and ``samples/lists/`` when present)."""
    paths: dict[str, tuple[str | None, str | None]] = {}
    for row in ws.store.query("SELECT name, version, path FROM lists ORDER BY loaded_at"):
        if row["path"] and Path(row["path"]).is_file():
            paths[row["path"]] = (row["name"], None)
    for candidate in sorted(Path("samples/lists").glob("*.json*")) if Path("samples/lists").is_dir() else []:
        paths.setdefault(str(candidate), (None, None))
    return [xref_workspace(ws, p, name, version, reporter=reporter)
            for p, (name, version) in paths.items()]
