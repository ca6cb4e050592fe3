"""The workspace as FollowTheMoney entities (JSON Lines), for Aleph, OpenSanctions and yente tools.

Every entity is built and cleaned by the followthemoney library itself; ids are our stable ids,
so a re-export after new documents updates the same entities. The mapping is documented in
docs/ftm-mapping.md:

- Person, Organization, Company, PublicBody → the schema of the same name;
- Country → Territory; Location → Address; Facility → RealEstate (plants, zones and test sites
  are sites with an owner and an address; FtM has no "facility"); Product → Asset (FtM has no
  product model; Asset is the nearest concrete thing that can be produced, owned and supplied);
- documents → Article, with Documentation edges to the entities they mention and one Mention per
  distinct surface form; events → Event; relation claims → Employment (``holds_role`` towards an
  organisation), Sanction (``sanctioned_by``) or UnknownLink (everything else, the predicate as
  role), each with the evidence sentence as summary and the document as proof.
"""
from __future__ import annotations

import collections
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from claimgraph.export.scope import Scope
from claimgraph.ids import digest
from claimgraph.store import records
from claimgraph.workspace import Workspace

SCHEMATA = {
    "Person": "Person", "Organization": "Organization", "Company": "Company",
    "PublicBody": "PublicBody", "Country": "Territory", "Location": "Address",
    "Facility": "RealEstate", "Product": "Asset",
}
NOT_EXPORTED = ("Nationality",)  # an attribute of people, not a thing of its own


def _make(schema: str, id_: str) -> Any:
    from followthemoney import model

    proxy = model.make_entity(schema)
    proxy.id = id_
    return proxy


def fits(schema: str, prop: str, target_schema: str) -> bool:
    """Whether an entity of ``target_schema`` may stand in ``schema.prop`` (its range)."""
    from followthemoney import model

    p = model.get(schema).get(prop)  # type: ignore[union-attr]
    target = model.get(target_schema)
    return p is not None and target is not None and target.is_a(p.range)  # type: ignore[arg-type]


def _date(value: str | None) -> str | None:
    return value[:10] if value else None


def entity_proxy(row: dict[str, Any]) -> Any | None:
    """An FtM entity for one resolved entity row (None for kinds FtM has no place for)."""
    from followthemoney.types import registry

    e = records.entity_from(row)
    schema = SCHEMATA.get(e.type)
    if schema is None:
        return None
    proxy = _make(schema, e.id)
    proxy.add("name", e.name)
    others = [n.name for n in e.names if n.name != e.name]
    if schema == "Address":
        proxy.add("full", e.name)
    if others:
        proxy.add("alias", others[:50], quiet=True)
    if schema == "Territory":
        code = registry.country.clean(e.name)
        if code:
            proxy.add("country", code)
    proxy.add("notes", f"claimgraph {e.type}, {e.mentions} mentions", quiet=True)
    return proxy


def document_proxy(doc: dict[str, Any], sightings: list[dict[str, Any]]) -> Any:
    """An Article for one document, with where it was seen (outlets, URLs)."""
    proxy = _make("Article", doc["id"])
    title = doc.get("title") or (doc["text"] or "")[:80]
    proxy.add("title", title)
    proxy.add("author", doc.get("author"), quiet=True)
    proxy.add("publishedAt", _date(doc.get("published")), quiet=True)
    proxy.add("language", doc.get("lang"), quiet=True)
    proxy.add("bodyText", doc.get("text"))
    for s in sightings:
        proxy.add("sourceUrl", s.get("url"), quiet=True)
        proxy.add("publisher", s.get("outlet"), quiet=True)
    return proxy


def _edge_id(*parts: object) -> str:
    return "ftm-" + digest(*parts)


def claim_proxy(claim: dict[str, Any], schemas: dict[str, str], sentence: str) -> Any | None:
    """A link for one relation claim between two exported entities (None otherwise)."""
    c = records.claim_from(claim)
    s, o = c.subject_entity, c.object_entity
    if not s or s not in schemas:
        return None
    if c.predicate == "sanctioned_by" and fits("Sanction", "entity", schemas[s]):
        proxy = _make("Sanction", c.id)
        proxy.add("entity", s)
        proxy.add("authority", c.object or "")
        proxy.add("startDate", _date(c.time.start) if c.time else None, quiet=True)
    elif not o or o not in schemas or o == s or not (fits("UnknownLink", "subject", schemas[s]) and fits("UnknownLink", "object", schemas[o])):
        return None
    elif c.predicate == "holds_role" and fits("Employment", "employee", schemas[s]) and \
            fits("Employment", "employer", schemas[o]):
        proxy = _make("Employment", c.id)
        proxy.add("employee", s)
        proxy.add("employer", o)
        proxy.add("role", c.role or "holds_role")
    else:
        proxy = _make("UnknownLink", c.id)
        proxy.add("subject", s)
        proxy.add("object", o)
        proxy.add("role", c.predicate)
    if c.time and c.time.start:
        if c.time.end and c.time.end != c.time.start and proxy.schema.get("endDate"):
            proxy.add("startDate", _date(c.time.start), quiet=True)
            proxy.add("endDate", _date(c.time.end), quiet=True)
        else:
            proxy.add("date", _date(c.time.start), quiet=True)
    summary = f"[{c.modality}] {sentence}" if sentence else f"[{c.modality}] {c.subject} {c.predicate}"
    proxy.add("summary", summary[:2000], quiet=True)
    proxy.add("proof", c.document_id, quiet=True)
    return proxy


def event_proxy(event: dict[str, Any], schemas: dict[str, str]) -> Any:
    e = records.event_from(event)
    proxy = _make("Event", e.id)
    proxy.add("name", f"{e.type}" + (f" in {e.place}" if e.place else ""))
    proxy.add("summary", e.type)
    if e.time and e.time.start:
        if e.time.end and e.time.end != e.time.start:
            proxy.add("startDate", _date(e.time.start))
            proxy.add("endDate", _date(e.time.end))
        else:
            proxy.add("date", _date(e.time.start))
    proxy.add("location", e.place, quiet=True)
    proxy.add("involved", [p for p in e.participants
                           if p in schemas and fits("Event", "involved", schemas[p])], quiet=True)
    proxy.add("proof", e.document_id)
    return proxy


def ftm_entities(ws: Workspace, scope: Scope | None = None) -> Iterator[Any]:
    """Every FtM entity of the workspace (within ``scope``), entities first, then links."""
    scope = scope or Scope()
    docs_in = scope.document_ids(ws)
    ents_in = scope.entity_ids(ws)
    doc_rows = [d for d in ws.store.query(
        "SELECT * FROM documents WHERE NOT coalesce(retracted, FALSE) ORDER BY id")
        if docs_in is None or d["id"] in docs_in]
    doc_ids = {d["id"] for d in doc_rows}
    claims = [c for c in ws.store.query("SELECT * FROM claims ORDER BY id")
              if c["document_id"] in doc_ids and c.get("judgment") != "rejected"]
    wanted = set(ents_in) if ents_in is not None else None
    if wanted is not None:  # the other ends of the scoped entities' links come along
        for c in claims:
            if c["subject_entity"] in ents_in or c["object_entity"] in ents_in:  # type: ignore[operator]
                wanted.update(x for x in (c["subject_entity"], c["object_entity"]) if x)
    schemas: dict[str, str] = {}
    for row in ws.store.query("SELECT * FROM entities ORDER BY id"):
        if wanted is not None and row["id"] not in wanted:
            continue
        proxy = entity_proxy(row)
        if proxy is not None:
            schemas[proxy.id] = proxy.schema.name
            yield proxy
    sightings: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for s in ws.store.query("SELECT * FROM sightings ORDER BY id"):
        sightings[s["document_id"]].append(s)
    mentions: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for m in ws.store.query("SELECT document_id, entity_id, text, label FROM mentions "
                            "WHERE entity_id IS NOT NULL ORDER BY document_id, start_char"):
        if m["document_id"] in doc_ids and m["entity_id"] in schemas:
            mentions[m["document_id"]].append(m)
    texts: dict[str, str] = {}
    for doc in doc_rows:
        if ents_in is not None and not mentions.get(doc["id"]):
            continue
        texts[doc["id"]] = doc["text"] or ""
        yield document_proxy(doc, sightings.get(doc["id"], []))
        seen_entities: set[str] = set()
        seen_forms: set[tuple[str, str]] = set()
        for m in mentions.get(doc["id"], []):
            eid = m["entity_id"]
            if eid not in seen_entities:
                seen_entities.add(eid)
                link = _make("Documentation", _edge_id("documentation", doc["id"], eid))
                link.add("document", doc["id"])
                link.add("entity", eid)
                link.add("role", "mentioned")
                yield link
            if (eid, m["text"]) not in seen_forms and fits("Mention", "resolved", schemas[eid]):
                seen_forms.add((eid, m["text"]))
                mention = _make("Mention", _edge_id("mention", doc["id"], eid, m["text"]))
                mention.add("document", doc["id"])
                mention.add("resolved", eid)
                mention.add("name", m["text"])
                mention.add("detectedSchema", schemas[eid], quiet=True)
                yield mention
    for c in claims:
        if c["document_id"] not in texts:
            continue
        text = texts[c["document_id"]]
        sentence = " ".join(text[c["start_char"] or 0:c["end_char"] or 0].split())
        proxy = claim_proxy(c, schemas, sentence)
        if proxy is not None:
            yield proxy
    for e in ws.store.query("SELECT * FROM events ORDER BY id"):
        if e["document_id"] in texts:
            yield event_proxy(e, schemas)


def write_ftm(ws: Workspace, out: IO[str], scope: Scope | None = None) -> int:
    """Write the FtM entities as JSON Lines; returns how many were written."""
    n = 0
    for proxy in ftm_entities(ws, scope):
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True))
        out.write("\n")
        n += 1
    return n


def export_ftm(ws: Workspace, path: str | Path, scope: Scope | None = None) -> int:
    """Write the FtM JSON-lines file at ``path`` ("-" for stdout)."""
    if str(path) == "-":
        import sys

        return write_ftm(ws, sys.stdout, scope)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        n = write_ftm(ws, fh, scope)
    tmp.replace(target)
    return n
