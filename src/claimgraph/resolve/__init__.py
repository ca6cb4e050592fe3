"""Resolution: cluster mentions into entities across documents, then apply analyst judgments.

``resolve_workspace(ws)`` recomputes every entity from the stored mentions and judgments, so a
re-run after new documents, a re-extraction or a new judgment always gives the state those
inputs imply. See :mod:`claimgraph.resolve.cluster` for the id rule.
"""
from __future__ import annotations

import collections
import logging
import time
from dataclasses import dataclass, field

from claimgraph.ids import make_id
from claimgraph.model import ENTITY_TYPES, Entity
from claimgraph.progress import NULL, Reporter
from claimgraph.resolve.aliases import workspace_aliases
from claimgraph.resolve.cluster import (
    Group,
    MentionInput,
    build_entity,
    build_groups,
    cluster_groups,
    family,
    proposals,
)
from claimgraph.resolve.judgments import (
    apply_claim_judgments,
    entity_decisions,
    record_judgment,
    resolve_entity_id,
)
from claimgraph.resolve.names import nominative, parts
from claimgraph.store import records
from claimgraph.workspace import Workspace

__all__ = ["ResolveReport", "record_judgment", "resolve_entity_id", "resolve_workspace"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ResolveReport:
    """What one resolution run did."""

    mentions: int = 0
    groups: int = 0
    entities: int = 0
    compared: int = 0
    aliases: int = 0
    judgments: int = 0
    seconds: float = 0.0
    by_type: dict[str, int] = field(default_factory=dict)


def _load_mentions(ws: Workspace) -> tuple[list[MentionInput], dict[str, str | None]]:
    labels = ", ".join("?" for _ in ENTITY_TYPES)
    rows = ws.store.query(
        f"""SELECT m.id, m.document_id, m.text, m.label, m.normalized, m.local_entity,
                   m.canonical, m.entity_id
            FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.label IN ({labels}) AND NOT coalesce(d.retracted, FALSE)
            ORDER BY m.document_id, m.start_char, m.id""", list(ENTITY_TYPES))
    old = {r["id"]: r["entity_id"] for r in rows}
    return [MentionInput(r["id"], r["document_id"], r["text"], r["label"], r["normalized"],
                         r["local_entity"], r["canonical"]) for r in rows], old


def _group_index(groups: list[Group]) -> dict[str, int]:
    return {m: i for i, g in enumerate(groups) for m in g.mentions}


def _detach(groups: list[Group], mentions: set[str], forms: dict[str, str],
            labels: dict[str, str]) -> Group | None:
    """Take ``mentions`` out of their groups into one new group (for a split judgment)."""
    taken: list[str] = []
    for g in groups:
        keep = [m for m in g.mentions if m not in mentions]
        if len(keep) == len(g.mentions):
            continue
        for m in g.mentions:
            if m in mentions:
                g.forms[forms[m]] -= 1
                taken.append(m)
        g.forms = +g.forms
        g.mentions = keep
    if not taken:
        return None
    first = min(taken)
    kind = labels[first]
    new = Group(make_id("entity", "local", "split", *sorted(taken)), "", kind, sorted(taken))
    for m in taken:
        new.forms[forms[m]] += 1
    ranked = sorted(new.forms, key=lambda f: (-len(parts(f, kind).words), -new.forms[f], f))
    new.best_name = ranked[0]
    new.best = parts(ranked[0], kind)
    return new


def resolve_workspace(ws: Workspace, reporter: Reporter = NULL) -> ResolveReport:
    """Cluster every entity mention of the workspace and write entities, aliases and links."""
    t0 = time.perf_counter()
    report = ResolveReport()
    mentions, old_entity = _load_mentions(ws)
    report.mentions = len(mentions)
    forms = {m.id: " ".join(nominative(m.text, m.normalized).split()) for m in mentions}
    labels = {m.id: m.label for m in mentions}
    reporter.start("resolve", total=4)
    groups = build_groups(mentions)
    report.groups = len(groups)
    index = _group_index(groups)
    decisions = entity_decisions(ws)
    report.judgments = len(decisions.apart) + len(decisions.merges) + len(decisions.splits)

    def idx(ms: set[str]) -> set[int]:
        return {index[m] for m in ms if m in index}

    apart = [(idx(a), idx(b)) for _, a, b in decisions.apart]
    reporter.advance()
    clustering = cluster_groups(groups, [(a, b) for a, b in apart if a and b],
                                aliases=workspace_aliases(ws.store))
    report.compared = clustering.compared
    reporter.advance()

    # merges: union whole clusters; splits: detach the named mentions into their own entity
    cluster_of = {i: c for c, members in enumerate(clustering.clusters) for i in members}
    parent = list(range(len(clustering.clusters)))

    def find(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for _, a, b in decisions.merges:
        ca = {find(cluster_of[i]) for i in idx(a)}
        cb = {find(cluster_of[i]) for i in idx(b)}
        roots = sorted(ca | cb)
        for r in roots[1:]:
            parent[r] = roots[0]
    merged: dict[int, list[Group]] = collections.defaultdict(list)
    for c, members in enumerate(clustering.clusters):
        merged[find(c)].extend(groups[i] for i in members)
    clusters: list[tuple[str | None, list[Group]]] = [(None, gs) for gs in merged.values()]
    for judgment, ms in decisions.splits:
        all_groups = [g for _, gs in clusters for g in gs]
        new = _detach(all_groups, ms, forms, labels)
        if new is not None:
            clusters.append((make_id("entity", family(new.type), "split", judgment.id), [new]))
    clusters = [(fixed, [g for g in gs if g.mentions]) for fixed, gs in clusters]
    clusters = [(fixed, gs) for fixed, gs in clusters if gs]
    reporter.advance()

    # ids: see the rule in claimgraph.resolve.cluster; contested proposals go to the previous holder
    previous: dict[str, set[str]] = collections.defaultdict(set)
    for m, old in old_entity.items():
        if old:
            previous[old].add(m)
    for j in [d[0] for d in decisions.apart + decisions.merges] + [d[0] for d in decisions.splits]:
        for eid, ms in (j.args.get("snapshot") or {}).items():  # type: ignore[union-attr]
            previous[eid].update(ms)
    entities: list[Entity] = []
    aliases: dict[str, str] = {}
    mention_entity: dict[str, str] = {}
    for eid, entity, props, gs in _assign_ids(clusters, previous):
        entity.id = eid
        entities.append(entity)
        for p, _ in props:
            if p != eid and p not in aliases:
                aliases[p] = eid
        for g in gs:
            for m in g.mentions:
                mention_entity[m] = eid
    link_families(entities)
    live = {e.id for e in entities}
    aliases = {k: v for k, v in aliases.items() if k not in live}

    # previous ids that vanished resolve to the entity now holding most of their mentions
    votes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for m, old in old_entity.items():
        if old and old not in live and m in mention_entity:
            votes[old][mention_entity[m]] += 1
    for old, counter in votes.items():
        aliases.setdefault(old, counter.most_common(1)[0][0])
    existing = ws.store.query("SELECT old_id, entity_id FROM entity_aliases")
    for row in existing:
        if row["old_id"] in live or row["old_id"] in aliases:
            continue
        target = row["entity_id"]
        if target in live:
            aliases[row["old_id"]] = target
        elif target in aliases:
            aliases[row["old_id"]] = aliases[target]
        else:  # its entity is gone for now (retracted documents); keep the link for its return
            aliases[row["old_id"]] = target
    _write(ws, entities, aliases, mention_entity, live)
    apply_claim_judgments(ws)
    reporter.advance()
    reporter.finish()
    report.entities = len(entities)
    report.aliases = len(aliases)
    report.by_type = dict(collections.Counter(e.type for e in entities))
    report.seconds = time.perf_counter() - t0
    log.info("resolved %d mentions into %d entities (%d pairs compared)",
             report.mentions, report.entities, report.compared)
    return report


def link_families(entities: list[Entity]) -> None:
    """A model ("Гарпия-3") names the entity of its family ("Harpy") in ``family_entity``, when
    the corpus names the family alone (:mod:`claimgraph.resolve.products`)."""
    from claimgraph.resolve.products import designation

    heads: dict[str, str] = {}
    for e in entities:
        if e.type == "Product" and e.properties.get("family"):
            if any((d := designation(n.name)) and not d.variant for n in e.names):
                for fam in e.properties["family"]:
                    heads.setdefault(fam, e.id)
    for e in entities:
        if e.type != "Product":
            continue
        linked = sorted({heads[f] for f in e.properties.get("family", []) if f in heads} - {e.id})
        if linked:
            e.properties["family_entity"] = linked


def _assign_ids(clusters: list[tuple[str | None, list[Group]]], previous: dict[str, set[str]],
                ) -> list[tuple[str, Entity, list[tuple[str, str]], list[Group]]]:
    """Give every cluster its id: a fixed split id, else the smallest proposal it wins.

    Clusters proposing the same id (namesakes kept apart) compete for it: the one holding most
    of the mentions the id had before wins, then the bigger one, then the smallest mention id.
    A cluster that wins no proposal gets ``make_id("entity", family, key, first document)``.
    """
    built = []
    contenders: dict[str, list[int]] = collections.defaultdict(list)
    for n, (fixed, gs) in enumerate(clusters):
        entity = build_entity("", gs)
        props = proposals(entity.type, gs)
        mentions = {m for g in gs for m in g.mentions}
        built.append((fixed, entity, props, gs, mentions))
        if fixed is None:
            for p, _ in props:
                contenders[p].append(n)
    winner: dict[str, int] = {}
    for p, ns in contenders.items():
        winner[p] = min(ns, key=lambda n: (-len(built[n][4] & previous.get(p, set())),
                                           -len(built[n][4]), min(built[n][4])))
    out = []
    for n, (fixed, entity, props, gs, _) in enumerate(built):
        eid = fixed
        if eid is None:
            won = [p for p, _ in props if winner.get(p) == n]
            if won:
                eid = won[0]
            else:
                first_doc = min(g.document_id for g in gs)
                eid = make_id("entity", family(entity.type), props[0][1] if props else "", first_doc)
        out.append((eid, entity, props, gs))
    return out


def _write(ws: Workspace, entities: list[Entity], aliases: dict[str, str],
           mention_entity: dict[str, str], live: set[str]) -> None:
    with ws.store.session(), ws.store.write() as tx:
        tx.execute("DELETE FROM entities")
        for start in range(0, len(entities), 1000):
            tx.upsert("entities", [records.entity_row(e) for e in entities[start:start + 1000]])
        tx.execute("CREATE TEMPORARY TABLE IF NOT EXISTS resolved_mentions "
                   "(mention_id TEXT PRIMARY KEY, entity_id TEXT)")
        tx.execute("DELETE FROM resolved_mentions")
        pairs = sorted(mention_entity.items())
        for start in range(0, len(pairs), 5000):
            tx.executemany("INSERT INTO resolved_mentions VALUES (?, ?)", pairs[start:start + 5000])
        tx.execute("UPDATE mentions SET entity_id = NULL WHERE entity_id IS NOT NULL")
        tx.execute("UPDATE mentions SET entity_id = r.entity_id FROM resolved_mentions r "
                   "WHERE mentions.id = r.mention_id")
        tx.execute("""UPDATE claims SET
            subject_entity = (SELECT m.entity_id FROM mentions m WHERE m.id = claims.subject_mention),
            object_entity = (SELECT m.entity_id FROM mentions m WHERE m.id = claims.object_mention)""")
        tx.execute("DELETE FROM entity_aliases")
        rows = [{"old_id": k, "entity_id": v} for k, v in sorted(aliases.items()) if k not in live]
        for start in range(0, len(rows), 5000):
            tx.upsert("entity_aliases", rows[start:start + 5000], key=("old_id",), update=True)
        tx.execute("DROP TABLE resolved_mentions")
