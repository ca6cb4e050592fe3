"""Tiny builders for a small resolved workspace, written straight through the store records."""
from __future__ import annotations

from claimgraph.ids import document_id
from claimgraph.model import Claim, Document, Entity, Mention, Name, Sighting, TimeRef
from claimgraph.store import records
from claimgraph.workspace import Workspace

TEXT_A = "Maxim Oreshkin said Russia offered Belarus a plant for up to 100,000 drones a year."
TEXT_B = "Вячеслав Федорищев встретился с Александром Лукашенко в Минске."


def mention(doc: str, text: str, surface: str, label: str, entity: str) -> Mention:
    start = text.index(surface)
    end = start + len(surface)
    return Mention(id=Mention.make_id(doc, start, end, label), document_id=doc, start=start, end=end,
                   text=surface, label=label, sent_start=0, sent_end=len(text), entity_id=entity)


def small_workspace(ws: Workspace) -> dict[str, str]:
    a, b = document_id(TEXT_A), document_id(TEXT_B)
    docs = [Document(id=a, text=TEXT_A, title="Offer", published="2025-03-14", lang="en"),
            Document(id=b, text=TEXT_B, title="Встреча", published="2025-07-21", lang="ru")]
    ents = [Entity("ent-ru", "Country", "Russia", [Name("Russia", "Latin")], mentions=1),
            Entity("ent-by", "Country", "Belarus", [Name("Belarus", "Latin")], mentions=1),
            Entity("ent-or", "Person", "Maxim Oreshkin", [Name("Maxim Oreshkin", "Latin")], mentions=1),
            Entity("ent-fe", "Person", "Вячеслав Федорищев",
                   [Name("Вячеслав Федорищев", "Cyrillic")], mentions=1),
            Entity("ent-lu", "Person", "Александр Лукашенко",
                   [Name("Александр Лукашенко", "Cyrillic")], mentions=1)]
    mentions = [mention(a, TEXT_A, "Maxim Oreshkin", "Person", "ent-or"),
                mention(a, TEXT_A, "Russia", "Country", "ent-ru"),
                mention(a, TEXT_A, "Belarus", "Country", "ent-by"),
                mention(b, TEXT_B, "Вячеслав Федорищев", "Person", "ent-fe"),
                mention(b, TEXT_B, "Александром Лукашенко", "Person", "ent-lu")]
    claims = [Claim(id="clm-a", document_id=a, subject="Russia", predicate="offers_to_build",
                    object="Belarus", value=100000, unit="drone", qualifier="up to", rate="year",
                    time=TimeRef("2025-03-01", "2025-03-31", "month"), modality="offer",
                    attributed_to="Maxim Oreshkin", start=0, end=len(TEXT_A),
                    subject_entity="ent-ru", object_entity="ent-by"),
              Claim(id="clm-b", document_id=b, subject="Вячеслав Федорищев", predicate="met_with",
                    object="Александр Лукашенко", start=0, end=len(TEXT_B),
                    subject_entity="ent-fe", object_entity="ent-lu")]
    with ws.store.write() as tx:
        tx.upsert("documents", [records.document_row(d) for d in docs])
        tx.upsert("sightings", [records.sighting_row(
            Sighting(id=f"sig-{d.id}", document_id=d.id, outlet="BelTA")) for d in docs])
        tx.upsert("entities", [records.entity_row(e) for e in ents])
        tx.upsert("mentions", [records.mention_row(m) for m in mentions])
        tx.upsert("claims", [records.claim_row(c) for c in claims])
    return {"en": a, "ru": b}
