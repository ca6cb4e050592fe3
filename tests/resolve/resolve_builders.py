"""One-line builders for documents with mentions, written through the store records."""
from __future__ import annotations

from claimgraph.ids import document_id
from claimgraph.model import Claim, Document, Mention
from claimgraph.store import records
from claimgraph.workspace import Workspace

Span = tuple  # (surface, label[, normalized[, local_entity]])


def add_doc(ws: Workspace, text: str, spans: list[Span], lang: str = "ru",
            published: str | None = None) -> dict[str, str]:
    """Store ``text`` with one mention per span (found left to right); returns surface → id."""
    doc = Document(id=document_id(text), text=text, lang=lang, published=published)
    mentions: list[Mention] = []
    ids: dict[str, str] = {}
    pos = 0
    for span in spans:
        surface, label = span[0], span[1]
        normalized = span[2] if len(span) > 2 else None
        local = span[3] if len(span) > 3 else None
        start = text.index(surface, pos)
        end = start + len(surface)
        pos = end
        m = Mention(id=Mention.make_id(doc.id, start, end, label), document_id=doc.id,
                    start=start, end=end, text=surface, label=label, sent_start=0,
                    sent_end=len(text), normalized=normalized,
                    local_entity=f"{doc.id}:{local}" if local else None)
        mentions.append(m)
        ids.setdefault(surface, m.id)
    with ws.store.write() as tx:
        tx.upsert("documents", [records.document_row(doc)])
        tx.upsert("mentions", [records.mention_row(m) for m in mentions], update=True)
    ids["doc"] = doc.id
    return ids


def add_claim(ws: Workspace, doc_id: str, subject_mention: str, predicate: str,
              object_mention: str | None = None) -> str:
    claim = Claim(id=Claim.make_id(doc_id, 0, subject_mention, predicate, object_mention, None),
                  document_id=doc_id, subject=subject_mention, predicate=predicate,
                  subject_mention=subject_mention, object_mention=object_mention)
    with ws.store.write() as tx:
        tx.upsert("claims", [records.claim_row(claim)])
    return claim.id


def entity_of(ws: Workspace, mention_id: str) -> str | None:
    return ws.store.scalar("SELECT entity_id FROM mentions WHERE id = ?", [mention_id])
