"""Reading what triangulation needs from a workspace, in a few whole-table queries.

Everything is loaded as domain objects through :mod:`claimgraph.store.records`; the stages below
work on these plain objects and never on the store.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.model import Citation, Claim, Event, Judgment, Mention, Sighting
from claimgraph.store import Store
from claimgraph.store.records import (
    citation_from,
    claim_from,
    event_from,
    judgment_from,
    mention_from,
    sighting_from,
)
from claimgraph.triangulate.origins import LEAD_CHARS, CitationGraph
from claimgraph.triangulate.outlets import OutletBook, load_outlets

_LIVE = "NOT coalesce(retracted, FALSE)"
SENTENCE_CHARS = 600  # of a claim's sentence, read for the speaker it names


@dataclass(slots=True)
class DocInfo:
    id: str
    title: str | None
    published: str | None
    lang: str | None


@dataclass(slots=True)
class Inputs:
    documents: dict[str, DocInfo] = field(default_factory=dict)
    sightings: list[Sighting] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    outlets: OutletBook = field(default_factory=OutletBook)
    rejected: set[str] = field(default_factory=set)
    event_of: dict[str, str] = field(default_factory=dict)  # document -> main event cluster
    leads: dict[str, str] = field(default_factory=dict)  # document -> its first characters (datelines)
    sentences: dict[str, str] = field(default_factory=dict)  # claim -> its sentence (who is named saying it)
    #: document -> the numbers (low, high) its quantities state anywhere in it
    numbers: dict[str, list[tuple[float, float]]] = field(default_factory=dict)

    def published(self, document_id: str) -> str | None:
        """The document's date, else the earliest date an outlet gave it."""
        doc = self.documents.get(document_id)
        return doc.published if doc else None

    def graph(self) -> CitationGraph:
        return CitationGraph(self.sightings, self.citations, self.outlets,
                             {d.id: d.published for d in self.documents.values()}, self.leads,
                             self.event_of, self.claims, self.sentences)


def load_inputs(store: Store, claims: bool = True) -> Inputs:
    """Documents (not retracted), sightings, citations, outlets, claims and reject judgments."""
    inputs = Inputs()
    with store.read() as cur:
        for r in cur.query(f"SELECT id, title, published, lang, substr(text, 1, {LEAD_CHARS}) AS lead "
                           f"FROM documents WHERE {_LIVE}"):
            inputs.documents[r["id"]] = DocInfo(r["id"], r["title"], r["published"], r["lang"])
            inputs.leads[r["id"]] = r["lead"] or ""
        earliest: dict[str, str] = {}
        for r in cur.query("SELECT * FROM sightings ORDER BY id"):
            if r["document_id"] in inputs.documents:
                s = sighting_from(r)
                inputs.sightings.append(s)
                if s.published and (s.document_id not in earliest or s.published < earliest[s.document_id]):
                    earliest[s.document_id] = s.published
        for doc_id, day in earliest.items():
            doc = inputs.documents[doc_id]
            if not doc.published:
                doc.published = day
        inputs.citations = [citation_from(r) for r in cur.query("SELECT * FROM citations ORDER BY id")
                            if r["document_id"] in inputs.documents]
        if claims:
            inputs.claims = [claim_from(r) for r in cur.query("SELECT * FROM claims ORDER BY id")
                             if r["document_id"] in inputs.documents]
            inputs.sentences = {r["id"]: r["sentence"] or "" for r in cur.query(
                f"SELECT c.id, substr(d.text, c.start_char + 1, least(greatest(c.end_char - c.start_char, 0), "
                f"{SENTENCE_CHARS})) AS sentence FROM claims c JOIN documents d ON d.id = c.document_id")}
            # merged entities: old ids keep resolving to the surviving one
            alias = {r["old_id"]: r["entity_id"] for r in cur.query("SELECT old_id, entity_id FROM entity_aliases")}
            for c in inputs.claims:
                c.subject_entity = alias.get(c.subject_entity, c.subject_entity) if c.subject_entity else None
                c.object_entity = alias.get(c.object_entity, c.object_entity) if c.object_entity else None
            inputs.rejected = _rejected([judgment_from(r) for r in cur.query(
                "SELECT * FROM judgments WHERE kind IN ('reject', 'confirm', 'undo') ORDER BY made_at, id")])
            inputs.event_of = {r["document_id"]: r["cluster_id"] for r in cur.query(
                "SELECT document_id, cluster_id FROM document_events WHERE cluster_id IS NOT NULL")}
    inputs.outlets = load_outlets(store)
    return inputs


def _rejected(judgments: list[Judgment]) -> set[str]:
    """Claims whose latest reject/confirm decision in force is a reject (undos switch one off)."""
    from claimgraph.resolve.judgments import effective

    state: dict[str, bool] = {}
    for j in effective(judgments):
        if j.kind in ("reject", "confirm"):
            state[j.target] = j.kind == "reject"
    return {target for target, rejected in state.items() if rejected}


def load_events(store: Store) -> list[Event]:
    return [event_from(r) for r in store.query(
        "SELECT e.* FROM events e JOIN documents d ON d.id = e.document_id "
        "WHERE NOT coalesce(d.retracted, FALSE) "
        "ORDER BY e.id")]


def load_mentions(store: Store) -> list[Mention]:
    """Entity mentions (values left out): participants and places for blocking."""
    return [mention_from(r) for r in store.query(
        "SELECT * FROM mentions WHERE label NOT IN ('Date', 'Quantity', 'Money') ORDER BY document_id, start_char")]


def load_figure_mentions(store: Store) -> tuple[list[Mention], dict[str, str], dict[str, tuple[int, str]]]:
    """Quantity and date mentions (the figures each report states and the years of their
    sentences), with the few characters before each quantity (a qualifier left outside it) and
    each quantity's sentence (its start and text: the words that tell what the figure measures)."""
    rows = store.query(
        "SELECT m.*, CASE WHEN m.label = 'Quantity' THEN substr(d.text, greatest(m.start_char - 7, 0) + 1, "
        "m.start_char - greatest(m.start_char - 7, 0)) END AS before_text, "
        "CASE WHEN m.label = 'Quantity' AND m.sent_start IS NOT NULL AND m.sent_end > m.sent_start "
        "THEN substr(d.text, m.sent_start + 1, least(m.sent_end - m.sent_start, 2000)) END AS sentence_text "
        "FROM mentions m JOIN documents d ON d.id = m.document_id "
        "WHERE m.label IN ('Quantity', 'Date') ORDER BY m.document_id, m.start_char")
    return ([mention_from(r) for r in rows], {r["id"]: r["before_text"] for r in rows if r["before_text"]},
            {r["id"]: (r["sent_start"], r["sentence_text"]) for r in rows if r["sentence_text"]})
