"""The triangulation stage over a workspace: cluster events, align claims, count origins, store.

Reads documents, events, mentions, claims, citations, sightings and outlets; writes
``events.cluster_id``, ``event_clusters``, ``document_events`` (each document's main event) and
``claim_ledger``. Re-running replaces what it wrote before and gives the same ids.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from claimgraph.model import Event
from claimgraph.progress import NULL, Reporter
from claimgraph.store import Store, now
from claimgraph.store.records import event_row
from claimgraph.triangulate import (alleged_or_told, attacking_bodies, charging_bodies, denial_or_no_answer,
                                    figure_offices, given_names, hit_or_reported, measure_bodies,
                                    offer_or_plan, office_holders, start_dates, to_come_or_done, unknown_actors,
                                    unknown_origin, visit_ordinals)
from claimgraph.triangulate.align import Alignment
from claimgraph.triangulate.batch_write import update_column
from claimgraph.triangulate.cluster_texts import full_texts, texts_for_checks
from claimgraph.triangulate.collective_counts import load_collective_mentions
from claimgraph.triangulate.counted_words import load_counted_mentions
from claimgraph.triangulate.event_clusters import EventCluster, cluster_reports
from claimgraph.triangulate.event_dates import date_disagreements, main_events_of
from claimgraph.triangulate.event_dates import shown as shown_date
from claimgraph.triangulate.figures import figure_disagreements, figures_of, numbers_stated, shown
from claimgraph.triangulate.inputs import load_events, load_figure_mentions, load_inputs, load_mentions
from claimgraph.triangulate.keys import name_key
from claimgraph.triangulate.ledger import build_ledger
from claimgraph.triangulate.outlets import seed_outlets
from claimgraph.triangulate.reports import SKETCH_CHARS, DocText, build_reports
from claimgraph.triangulate.story_dates import load_stated_dates
from claimgraph.workspace import Workspace

log = logging.getLogger(__name__)

#: Checks that read the sentences of clusters where some report has one of their stems:
#: (stems, disagreements found in texts by cluster, the disagreement as the event keeps it).
SENTENCE_CHECKS: tuple[tuple[tuple[str, ...], Callable[..., Any], Callable[..., dict[str, Any]]], ...] = (
    (unknown_actors.UNKNOWN_STEMS, unknown_actors.actor_disagreements, unknown_actors.shown),
    (offer_or_plan.OFFER_STEMS, offer_or_plan.offer_plan_disagreements, offer_or_plan.shown),
    (to_come_or_done.STEMS, to_come_or_done.tense_disagreements, to_come_or_done.shown),
    (visit_ordinals.STEMS, visit_ordinals.ordinal_disagreements, visit_ordinals.shown),
    (measure_bodies.STEMS, measure_bodies.office_disagreements, measure_bodies.shown),
    (alleged_or_told.STEMS, alleged_or_told.incursion_disagreements, alleged_or_told.shown),
    (denial_or_no_answer.STEMS, denial_or_no_answer.answer_disagreements, denial_or_no_answer.shown),
    (unknown_origin.STEMS, unknown_origin.origin_disagreements, unknown_origin.shown),
    (attacking_bodies.STEMS, attacking_bodies.attacker_disagreements, attacking_bodies.shown),
    (charging_bodies.STEMS, charging_bodies.charge_disagreements, charging_bodies.shown),
    (hit_or_reported.STEMS, hit_or_reported.hit_disagreements, hit_or_reported.shown),
)


@dataclass(slots=True)
class TriangulateReport:
    """What one run found."""

    documents: int = 0
    events: int = 0
    synthetic_events: int = 0
    clusters: int = 0
    multi_document_clusters: int = 0
    claims: int = 0
    aligned_claims: int = 0
    contested_claims: int = 0
    rejected_claims: int = 0
    figure_disagreements: int = 0

    def summary(self) -> str:
        return (f"{self.documents} documents, {self.clusters} events "
                f"({self.multi_document_clusters} reported by several documents, "
                f"{self.synthetic_events} from titles); {self.aligned_claims} aligned claims from "
                f"{self.claims} extracted, {self.contested_claims} contested; "
                f"{self.figure_disagreements} figures given differently")


def _doc_texts(store: Store, published: dict[str, str | None]) -> list[DocText]:
    rows = store.query(
        f"SELECT id, title, lang, substr(text, 1, {SKETCH_CHARS}) AS text FROM documents "
        "WHERE NOT coalesce(retracted, FALSE) ORDER BY id")
    return [DocText(r["id"], r["title"], published.get(r["id"]), r["lang"], r["text"] or "") for r in rows]


def _cluster_row(c: EventCluster, at: str, disagreements: list[dict[str, Any]] | None = None) -> dict[str, object]:
    t = c.time
    return {"id": c.id, "type": c.type, "time_start": t.start if t else None,
            "time_end": t.end if t else None, "time_precision": t.precision if t else None,
            "time_text": t.text if t else None, "place": c.place,
            "participants": json.dumps(c.participants, ensure_ascii=False),
            "documents": json.dumps(c.documents), "mentioned_in": json.dumps(c.mentioned_in),
            "events": len(c.events), "first_published": c.first_published, "updated_at": at,
            "disagreements": json.dumps(disagreements, ensure_ascii=False) if disagreements else None}


def triangulate_workspace(ws: Workspace, reporter: Reporter = NULL) -> TriangulateReport:
    """Cluster documents into events, align claims and count origins; store the results."""
    store = ws.store
    report = TriangulateReport()
    with store.session():
        seed_outlets(store)
        reporter.start("triangulate: reading", total=4)
        inputs = load_inputs(store)
        reporter.advance()
        events = load_events(store)
        reporter.advance()
        mentions = load_mentions(store)
        reporter.advance()
        stale = {r["event_id"] for r in store.query(
            "SELECT event_id FROM document_events WHERE synthetic")}
        docs = _doc_texts(store, {d.id: d.published for d in inputs.documents.values()})
        dates = load_stated_dates(store)
        reporter.advance()
        reporter.finish()

        reporter.start("triangulate: events", total=None)
        graph = inputs.graph()
        sources = {name_key(n) for n in graph.source_names()}
        reports, synthetic = build_reports(docs, events, mentions, inputs.claims, stale, sources,
                                           dates=dates)
        clusters = cluster_reports(reports)
        cluster_of = {e: c.id for c in clusters for e in c.events}
        reporter.finish()

        reporter.start("triangulate: claims", total=None)
        inputs.event_of = {r.document_id: cluster_of[r.event.id] for r in reports if r.main}
        figure_mentions, before, sentences = load_figure_mentions(store)
        inputs.numbers = numbers_stated(figure_mentions)
        rows, alignments = build_ledger(inputs)
        by_cluster: dict[str, list[dict[str, Any]]] = {}
        collective, their_sentences = load_collective_mentions(store, figure_mentions, set(inputs.event_of))
        figure_mentions += collective
        sentences.update(their_sentences)
        in_words, their_sentences = load_counted_mentions(store, figure_mentions, set(inputs.event_of))
        figure_mentions += in_words
        sentences.update(their_sentences)
        figures = figures_of(figure_mentions, before, sentences)
        for d in figure_disagreements(figures, inputs.event_of):
            by_cluster.setdefault(d.cluster, []).append(shown(d, graph.outlets_of))
        sentence_of = {(m.document_id, m.start): sentences[m.id][1] for m in figure_mentions if m.id in sentences}
        for od in figure_offices.office_disagreements(figures, sentence_of, inputs.event_of):
            by_cluster.setdefault(od.cluster, []).append(figure_offices.shown(od, graph.outlets_of))
        mains = main_events_of(reports, cluster_of)
        events_by_doc: dict[str, list[Event]] = {}
        for e in events:
            events_by_doc.setdefault(e.document_id, []).append(e)
        texts = full_texts(store, {e.document_id for e, _ in mains
                               if any(x.time and x.time.precision == "day" for x in events_by_doc.get(e.document_id, [e]))})
        denials: dict[str, list[tuple[int, int]]] = {}
        for c in inputs.claims:
            if c.modality == "denial":
                denials.setdefault(c.document_id, []).append((c.start, c.end))

        def denies(e: Event) -> bool:
            return any(s < e.end and e.start < t for s, t in denials.get(e.document_id, ()))

        for dd in date_disagreements(mains, texts.get, lambda doc: events_by_doc.get(doc, ()), denies):
            by_cluster.setdefault(dd.cluster, []).append(shown_date(dd, graph.outlets_of))
        *check_texts, start_texts, office_texts = texts_for_checks(
            store, inputs.event_of, [*(stems for stems, _, _ in SENTENCE_CHECKS), start_dates.STEMS,
                                     office_holders.STEMS])
        for (_, find, show), their_texts in zip(SENTENCE_CHECKS, check_texts):
            for sd in find(their_texts, inputs.event_of):
                by_cluster.setdefault(sd.cluster, []).append(show(sd, graph.outlets_of))
        for hd in office_holders.office_disagreements(office_texts, inputs.event_of, mentions):
            by_cluster.setdefault(hd.cluster, []).append(office_holders.shown(hd, graph.outlets_of))
        for nd in given_names.name_disagreements(mentions, inputs.event_of):
            by_cluster.setdefault(nd.cluster, []).append(given_names.shown(nd, graph.outlets_of))
        published = {d.id: d.published for d in inputs.documents.values()}
        for st in start_dates.start_disagreements(start_texts, inputs.event_of, published):
            by_cluster.setdefault(st.cluster, []).append(start_dates.shown(st, graph.outlets_of))
        reporter.finish()

        at = now()
        synthetic_ids = {e.id for e in synthetic}
        main = {r.document_id: r.event.id for r in reports if r.main}
        ledger = [{"claim_id": cid, "variant_id": r["id"],
                   "topic": "|".join(a.topic), "contested": r["contested"],
                   "reasons": json.dumps(sorted({x for d in r["differing"] for x in d["reasons"]}),
                                         ensure_ascii=False),
                   "disagreements": json.dumps(_stored(r["disagreements"]), ensure_ascii=False)
                   if r["disagreements"] else None,
                   "origins": r["origins"], "state_origins": r["state_origins"],
                   "outlets": len(r["outlets"]), "updated_at": at}
                  for a, r in _pairs(alignments, rows) for cid in r["claims"]]
        reporter.start("triangulate: writing", total=len(cluster_of) + len(ledger))
        with store.write() as tx:
            dropped = stale - synthetic_ids
            for i in range(0, len(dropped), 500):
                chunk = sorted(dropped)[i:i + 500]
                tx.execute(f"DELETE FROM events WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
            for e in synthetic:
                e.cluster_id = cluster_of.get(e.id)
            tx.upsert("events", [event_row(e) for e in synthetic])
            update_column(tx, "events", "cluster_id", sorted(cluster_of.items()))
            reporter.advance(len(cluster_of))
            tx.execute("DELETE FROM event_clusters")
            tx.upsert("event_clusters", [_cluster_row(c, at, by_cluster.get(c.id)) for c in clusters])
            tx.execute("DELETE FROM document_events")
            tx.upsert("document_events", [
                {"document_id": d, "event_id": e, "cluster_id": cluster_of.get(e),
                 "synthetic": e in synthetic_ids} for d, e in sorted(main.items())],
                key=("document_id",))
            tx.execute("DELETE FROM claim_ledger")
            tx.upsert("claim_ledger", ledger, key=("claim_id",))
            reporter.advance(len(ledger))
        reporter.finish()

    report.documents = len(docs)
    report.events = len(reports)
    report.synthetic_events = len(synthetic)
    report.clusters = len(clusters)
    report.multi_document_clusters = sum(1 for c in clusters if len(c.documents) + len(c.mentioned_in) > 1)
    report.claims = len(inputs.claims)
    report.rejected_claims = len(inputs.rejected & {c.id for c in inputs.claims})
    report.aligned_claims = len(rows)
    report.contested_claims = sum(1 for r in rows if r["contested"])
    report.figure_disagreements = sum(len(v) for v in by_cluster.values())
    log.info("triangulate: %s", report.summary())
    return report


def _stored(disagreements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Disagreements as the ledger table keeps them: kind, about and each side's statement,
    variants, documents and outlets."""
    keep = ("variants", "says", "modality", "time", "documents", "outlets", "attributed_to", "subject", "object")
    return [{"kind": d["kind"], "about": d["about"],
             "sides": [{k: side.get(k) for k in keep} for side in d["sides"]]} for d in disagreements]


def _pairs(alignments: list[Alignment], rows: list[dict[str, Any]]) -> Iterator[tuple[Alignment, dict[str, Any]]]:
    """(alignment, row) for every ledger row; rows are built in alignment-then-variant order."""
    it = iter(rows)
    for a in alignments:
        for _ in a.variants:
            yield a, next(it)
