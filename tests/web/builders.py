"""A small workspace written through store/records: documents in two languages, a hostile one,
entities with a merged alias, claims that disagree, events, citations and a list match."""
from __future__ import annotations

from claimgraph.analysis import search
from claimgraph.ids import document_id, make_id
from claimgraph.model import (
    Citation,
    Claim,
    Document,
    Entity,
    Event,
    IngestFailure,
    Match,
    Mention,
    Name,
    Sighting,
    TimeRef,
)
from claimgraph.model.match import Feature
from claimgraph.store import records
from claimgraph.workspace import Workspace

#: Every payload here sets ``window.__pwned`` or opens a dialog if it ever runs.
PAYLOAD = ('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1;alert(1)">'
           '<a href="javascript:window.__pwned=1">link</a><svg onload="window.__pwned=1"></svg>'
           '"><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>')

EN = ("Kestrel Aero will build up to 5,000 Harrier drones a year at its Vostok plant, "
      "company director Ivan Morozov said in March 2024. According to Northwire, Morozov met "
      "Belarusian officials in Minsk. A rival report put the figure at 2,000 drones a year.")
RU = ("Директор «Кестрел Аэро» Иван Морозов заявил, что завод «Восток» выпустит до 5000 "
      "беспилотников «Харриер» в год. Переговоры в Минске прошли в марте 2024 года.")
HOSTILE = (f"Leaked memo {PAYLOAD} says Kestrel Aero denies building drones. "
           "javascript:alert(document.cookie) was found in the footer.")


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def mention(doc: Document, needle: str, label: str, entity: str | None, nth: int = 0) -> Mention:
    s, e = span(doc.text, needle, nth)
    sentence_start = doc.text.rfind(". ", 0, s)
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    sentence_end = doc.text.find(".", e)
    return Mention(id=Mention.make_id(doc.id, s, e, label), document_id=doc.id, start=s, end=e,
                   text=needle, label=label, sent_start=sentence_start,
                   sent_end=len(doc.text) if sentence_end < 0 else sentence_end + 1,
                   entity_id=entity, extractor="fixture")


def claim(doc: Document, sentence: str, subject: str, predicate: str, *, obj: str | None = None,
          value: float | None = None, unit: str | None = None, modality: str = "fact",
          subject_entity: str | None = None, object_entity: str | None = None,
          time: TimeRef | None = None, attributed_to: str | None = None) -> Claim:
    s, e = span(doc.text, sentence)
    return Claim(id=Claim.make_id(doc.id, s, subject, predicate, obj, value), document_id=doc.id,
                 subject=subject, predicate=predicate, object=obj, value=value, unit=unit,
                 qualifier="up to" if value == 5000 else None, rate="year" if value else None,
                 time=time, modality=modality, attributed_to=attributed_to, start=s, end=e,
                 subject_entity=subject_entity, object_entity=object_entity, extractor="fixture")


KESTREL = "ent-kestrel000000001"
KESTREL_OLD = "ent-kestrel0000000ff"
MOROZOV = "ent-morozov000000001"
VOSTOK = "ent-vostok0000000001"
MINSK = "ent-minsk00000000001"
HARRIER = "ent-harrier000000001"
EVIL = "ent-evil000000000001"


def build(ws: Workspace) -> dict[str, str]:
    """Write the fixture workspace; returns the ids tests navigate by."""
    en = Document(id=document_id(EN), text=EN, title="Kestrel Aero plans drone output",
                  published="2024-03-14", lang="en", format="text", ingested_at="2024-03-15T08:00:00")
    ru = Document(id=document_id(RU), text=RU, title="«Кестрел Аэро» нарастит выпуск беспилотников",
                  published="2024-03-16", lang="ru", format="text", ingested_at="2024-03-16T08:00:00")
    bad = Document(id=document_id(HOSTILE), text=HOSTILE, title="Memo " + PAYLOAD,
                   author=PAYLOAD, published="2024-04-01", lang="en", format="html",
                   ingested_at="2024-04-02T08:00:00")
    docs = [en, ru, bad]
    sightings = [
        Sighting(id=Sighting.make_id(en.id, "Northwire", "https://northwire.example/a", None),
                 document_id=en.id, outlet="Northwire", url="https://northwire.example/a",
                 published="2024-03-14"),
        Sighting(id=Sighting.make_id(en.id, "Daily Ledger", "https://ledger.example/b", None),
                 document_id=en.id, outlet="Daily Ledger", url="https://ledger.example/b",
                 published="2024-03-14"),
        Sighting(id=Sighting.make_id(ru.id, "Вестник", "https://vestnik.example/c", None),
                 document_id=ru.id, outlet="Вестник", url="https://vestnik.example/c",
                 published="2024-03-16"),
        Sighting(id=Sighting.make_id(bad.id, PAYLOAD, "javascript:window.__pwned=1", None),
                 document_id=bad.id, outlet=PAYLOAD, url="javascript:window.__pwned=1",
                 published="2024-04-01"),
    ]
    mentions = [
        mention(en, "Kestrel Aero", "Company", KESTREL),
        mention(en, "Harrier", "Product", HARRIER),
        mention(en, "Vostok", "Facility", VOSTOK),
        mention(en, "Ivan Morozov", "Person", MOROZOV),
        mention(en, "March 2024", "Date", None),
        mention(en, "Morozov", "Person", MOROZOV, nth=1),
        mention(en, "Minsk", "Location", MINSK),
        mention(ru, "Кестрел Аэро", "Company", KESTREL_OLD),
        mention(ru, "Иван Морозов", "Person", MOROZOV),
        mention(ru, "Восток", "Facility", VOSTOK),
        mention(ru, "Минске", "Location", MINSK),
        mention(bad, "Kestrel Aero", "Company", KESTREL),
        mention(bad, PAYLOAD[:40], "Organization", EVIL),
    ]
    entities = [
        Entity(KESTREL, "Company", "Kestrel Aero", [Name("Kestrel Aero", "Latin", 2),
                                                    Name("Кестрел Аэро", "Cyrillic", 1)], mentions=3),
        Entity(MOROZOV, "Person", "Ivan Morozov", [Name("Ivan Morozov", "Latin", 2),
                                                   Name("Иван Морозов", "Cyrillic", 1)], mentions=3),
        Entity(VOSTOK, "Facility", "Vostok", [Name("Vostok", "Latin"), Name("Восток", "Cyrillic")],
               mentions=2),
        Entity(MINSK, "Location", "Minsk", [Name("Minsk", "Latin"), Name("Минск", "Cyrillic")],
               mentions=2),
        Entity(HARRIER, "Product", "Harrier", [Name("Harrier", "Latin")], mentions=1),
        Entity(EVIL, "Organization", PAYLOAD, [Name(PAYLOAD, "Latin")],
               properties={"note": [PAYLOAD]}, mentions=1),
    ]
    march = TimeRef("2024-03-01", "2024-03-31", "month", "March 2024")
    first = "Kestrel Aero will build up to 5,000 Harrier drones a year at its Vostok plant, "
    claims = [
        claim(en, first, "Kestrel Aero", "produces", obj="Harrier", value=5000, unit="drones",
              subject_entity=KESTREL, object_entity=HARRIER, modality="plan", time=march),
        claim(ru, RU.split(". ")[0], "Кестрел Аэро", "produces", obj="Харриер", value=5000,
              unit="drones", subject_entity=KESTREL_OLD, object_entity=HARRIER, modality="plan",
              time=march),
        claim(en, "A rival report put the figure at 2,000 drones a year.", "Kestrel Aero", "produces",
              obj="Harrier", value=2000, unit="drones", subject_entity=KESTREL,
              object_entity=HARRIER, modality="claim", time=march),
        claim(en, "Morozov met Belarusian officials in Minsk.", "Ivan Morozov", "visited",
              obj="Minsk", subject_entity=MOROZOV, object_entity=MINSK, time=march,
              attributed_to="Northwire"),
        claim(bad, "says Kestrel Aero denies building drones.", PAYLOAD, "produces", obj=PAYLOAD,
              modality="denial", subject_entity=EVIL, object_entity=KESTREL,
              time=TimeRef("2024-04-01", "2024-04-01", "day"), attributed_to=PAYLOAD),
    ]
    events = [
        Event(id=Event.make_id(en.id, 0, "visit"), document_id=en.id, type="visit", time=march,
              place="Minsk", participants=["Ivan Morozov"], start=0, end=10),
        Event(id=Event.make_id(ru.id, 0, "visit"), document_id=ru.id, type="visit", time=march,
              place="Минск", participants=["Иван Морозов"], start=0, end=10,
              cluster_id=Event.make_id(en.id, 0, "visit")),
        Event(id=Event.make_id(bad.id, 0, "other"), document_id=bad.id, type="other",
              time=TimeRef("2024-04-01", "2024-04-01", "day"), place=PAYLOAD,
              participants=[PAYLOAD], start=0, end=5),
    ]
    events[0].cluster_id = events[0].id
    s, e = span(EN, "According to Northwire")
    citations = [
        Citation(id=make_id("citation", en.id, s, "Northwire"), document_id=en.id, kind="attribution",
                 source="Northwire", start=s, end=e),
        Citation(id=make_id("citation", bad.id, 0, PAYLOAD), document_id=bad.id, kind="attribution",
                 source=PAYLOAD, start=0, end=11),
    ]
    matches = [
        Match(id=make_id("match", KESTREL, "demo-list", "KA-1"), entity_id=KESTREL,
              list_name="demo-list", list_version="2024-05", list_entity_id="KA-1",
              list_entity_name="KESTREL AERO JSC", list_entity_schema="Company", score=0.92,
              features=[Feature("name", 0.95, "names agree after transliteration"),
                        Feature("country", 0.8, PAYLOAD)]),
    ]
    with ws.store.write() as tx:
        tx.upsert("documents", [records.document_row(d) for d in docs])
        tx.upsert("sightings", [records.sighting_row(s) for s in sightings])
        tx.upsert("mentions", [records.mention_row(m) for m in mentions])
        tx.upsert("entities", [records.entity_row(x) for x in entities])
        tx.upsert("entity_aliases", [{"old_id": KESTREL_OLD, "entity_id": KESTREL}], key=("old_id",))
        tx.upsert("claims", [records.claim_row(c) for c in claims])
        tx.upsert("events", [records.event_row(x) for x in events])
        tx.upsert("citations", [records.citation_row(c) for c in citations])
        tx.upsert("matches", [records.match_row(m) for m in matches])
        tx.upsert("ingest_errors", [records.error_row(IngestFailure(f"bad/{PAYLOAD}.pdf", PAYLOAD))])
    search.refresh_index(ws.store)  # as the stages do after ingest
    return {"en": en.id, "ru": ru.id, "bad": bad.id, "kestrel": KESTREL, "kestrel_old": KESTREL_OLD,
            "morozov": MOROZOV, "minsk": MINSK, "evil": EVIL, "claim_5000": claims[0].id,
            "claim_2000": claims[2].id, "claim_bad": claims[4].id}
