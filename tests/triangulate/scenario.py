"""A small workspace with two multi-outlet events, copies, attributions and a disagreement."""
from __future__ import annotations

from typing import Any

from triangulate_factory import cites, claim, copies, doc, event, mention, sighting, time
from triangulate_factory import put as write

from claimgraph.model import Document
from claimgraph.workspace import Workspace

OFFER_EN = doc("Russia offered Belarus a drone plant able to make up to 100,000 drones a year, "
               "a Kremlin official said in Minsk.", published="2024-03-14")
OFFER_RU = doc("Россия предложила Белоруссии построить завод по выпуску до 100 тысяч дронов в год, "
               "сообщает ТАСС.", published="2024-03-14", lang="ru")
OFFER_COPY = doc("Russia offered Belarus a drone plant able to make up to 100,000 drones a year, "
                 "a Kremlin official said in Minsk!", published="2024-03-15")
OFFER_LOW = doc("The plant Russia proposed to Belarus would initially make 2,000 drones a year, "
                "according to people familiar with the talks.", published="2024-03-16")
TALKS_EN = doc("Lukashenko held talks with Samara governor Fedorishchev in Minsk on drones.",
               published="2024-07-21")
TALKS_RU = doc("Лукашенко провел переговоры с губернатором Самарской области Федорищевым в Минске.",
               published="2024-07-22", lang="ru")
LONE = doc("Regional forum on unmanned aviation opened in Kazan with new exhibits.",
           published="2024-09-02", title="Drone forum opens in Kazan")

RU, BY, LUK, FED = "ent-russia", "ent-belarus", "ent-lukashenko", "ent-fedorishchev"


def build(ws: Workspace) -> dict[str, Document]:
    objects: list[Any] = []

    def put(_ws: Workspace, *items: Any) -> None:  # gathered, then written in one transaction
        objects.extend(items)

    put(ws, *(d for d in (OFFER_EN, OFFER_RU, OFFER_COPY, OFFER_LOW, TALKS_EN, TALKS_RU, LONE)))
    put(ws,
        sighting(OFFER_EN, "Reuters"), sighting(OFFER_EN, "Yahoo News"),
        sighting(OFFER_RU, "BelTA"), sighting(OFFER_COPY, "Copy Daily"),
        sighting(OFFER_LOW, "Meduza"), sighting(TALKS_EN, "BelTA"), sighting(TALKS_RU, "TASS"),
        sighting(LONE, "Kazan Today"),
        cites(OFFER_EN, "TASS"), cites(OFFER_RU, "ТАСС"), copies(OFFER_COPY, OFFER_EN))
    for d, r, b in ((OFFER_EN, "Russia", "Belarus"), (OFFER_RU, "Россия", "Белоруссии"),
                    (OFFER_COPY, "Russia", "Belarus")):
        put(ws, mention(d, r, "Country", RU), mention(d, b, "Country", BY))
    put(ws, mention(OFFER_LOW, "Russia", "Country", RU), mention(OFFER_LOW, "Belarus", "Country", BY))
    for d, l_, f in ((TALKS_EN, "Lukashenko", "Fedorishchev"), (TALKS_RU, "Лукашенко", "Федорищевым")):
        put(ws, mention(d, l_, "Person", LUK), mention(d, f, "Person", FED))
    march = time("2024-03-01", "month", "2024-03-31")
    for d, v in ((OFFER_EN, 100000), (OFFER_RU, 100000), (OFFER_COPY, 100000)):
        put(ws, claim("Russia", "offers_to_build", "Belarus", doc=d, value=v, modality="offer",
                      qualifier="up to", when=march, subject_entity=RU, object_entity=BY),
            event(d, "announcement", march, participants=["Russia", "Belarus"] if d.lang == "en"
                  else ["Россия", "Белоруссии"]))
    put(ws, claim("Russia", "offers_to_build", "Belarus", doc=OFFER_LOW, value=2000, modality="offer",
                  when=march, subject_entity=RU, object_entity=BY),
        event(OFFER_LOW, "announcement", march, participants=["Russia", "Belarus"]))
    july = time("2024-07-21")
    put(ws, event(TALKS_EN, "meeting", july, "Minsk", ["Lukashenko", "Fedorishchev"]),
        event(TALKS_RU, "meeting", july, "Минске", ["Лукашенко", "Федорищевым"]),
        claim("Lukashenko", "met_with", "Fedorishchev", doc=TALKS_EN, when=july,
              subject_entity=LUK, object_entity=FED),
        claim("Лукашенко", "met_with", "Федорищев", doc=TALKS_RU, when=july,
              subject_entity=LUK, object_entity=FED))
    write(ws, *objects)
    return {"offer": OFFER_EN, "low": OFFER_LOW, "talks": TALKS_EN, "lone": LONE}
