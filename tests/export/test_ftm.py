"""The FollowTheMoney export: every entity valid under followthemoney, links that resolve."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.export.ftm import export_ftm
from claimgraph.export.scope import Scope
from claimgraph.ids import document_id
from claimgraph.model import Claim, Document, Event, Mention, Sighting, TimeRef
from claimgraph.resolve import record_judgment, resolve_workspace
from claimgraph.store import records
from claimgraph.workspace import Workspace

runner = CliRunner()

RU = ("Губернатор Вячеслав Федорищев встретился в Минске с Александром Лукашенко. "
      "Стороны обсудили выпуск беспилотников «Гербера» на заводе «Купол».")
EN = ("Kupol, a plant in Izhevsk, produces Gerbera drones, the governor Vyacheslav Fedorishchev said. "
      "The State Military-Industrial Committee was sanctioned by Canada.")


def _mention(doc: str, text: str, surface: str, label: str, normalized: str | None = None) -> Mention:
    start = text.index(surface)
    return Mention(id=Mention.make_id(doc, start, start + len(surface), label), document_id=doc,
                   start=start, end=start + len(surface), text=surface, label=label, sent_start=0,
                   sent_end=text.index(".") + 1, normalized=normalized)


def build(ws: Workspace) -> dict[str, str]:
    ru, en = document_id(RU), document_id(EN)
    docs = [Document(id=ru, text=RU, title="Встреча в Минске", published="2025-07-21", lang="ru"),
            Document(id=en, text=EN, title="Kupol drones", published="2025-09-02", lang="en")]
    m = {
        "fed_ru": _mention(ru, RU, "Вячеслав Федорищев", "Person"),
        "minsk": _mention(ru, RU, "Минске", "Location", "Минск"),
        "luk": _mention(ru, RU, "Александром Лукашенко", "Person", "Александр Лукашенко"),
        "gerbera_ru": _mention(ru, RU, "Гербера", "Product"),
        "kupol_ru": _mention(ru, RU, "Купол", "Company"),
        "kupol_en": _mention(en, EN, "Kupol", "Company"),
        "izhevsk": _mention(en, EN, "Izhevsk", "Location"),
        "gerbera_en": _mention(en, EN, "Gerbera", "Product"),
        "fed_en": _mention(en, EN, "Vyacheslav Fedorishchev", "Person"),
        "committee": _mention(en, EN, "State Military-Industrial Committee", "PublicBody"),
        "canada": _mention(en, EN, "Canada", "Country"),
    }
    claims = [
        Claim(id="clm-met", document_id=ru, subject="Вячеслав Федорищев", predicate="met_with",
              object="Александр Лукашенко", subject_mention=m["fed_ru"].id,
              object_mention=m["luk"].id, time=TimeRef("2025-07-21", "2025-07-21", "day"),
              start=0, end=RU.index(".") + 1),
        Claim(id="clm-prod", document_id=en, subject="Kupol", predicate="produces", object="Gerbera",
              subject_mention=m["kupol_en"].id, object_mention=m["gerbera_en"].id,
              start=0, end=EN.index(".") + 1, modality="claim"),
        Claim(id="clm-loc", document_id=en, subject="Kupol", predicate="located_in", object="Izhevsk",
              subject_mention=m["kupol_en"].id, object_mention=m["izhevsk"].id, start=0, end=10),
        Claim(id="clm-sanc", document_id=en, subject="State Military-Industrial Committee",
              predicate="sanctioned_by", object="Canada", subject_mention=m["committee"].id,
              object_mention=m["canada"].id, start=EN.index("The State"), end=len(EN)),
    ]
    events = [Event(id="evt-meet", document_id=ru, type="meeting", place="Минск",
                    time=TimeRef("2025-07-21", "2025-07-21", "day"), start=0, end=50)]
    with ws.store.write() as tx:
        tx.upsert("documents", [records.document_row(d) for d in docs])
        tx.upsert("sightings", [records.sighting_row(Sighting(
            id=f"sig-{d.id}", document_id=d.id, outlet="Example News",
            url=f"https://news.example.org/{d.id}")) for d in docs])
        tx.upsert("mentions", [records.mention_row(x) for x in m.values()])
        tx.upsert("claims", [records.claim_row(c) for c in claims])
        tx.upsert("events", [records.event_row(e) for e in events])
    resolve_workspace(ws)
    return {k: ws.store.scalar("SELECT entity_id FROM mentions WHERE id = ?", [v.id])
            for k, v in m.items()}


def read_back(path: Path) -> list[dict]:
    """Every line through followthemoney: schema validation, required properties, references."""
    from followthemoney import model

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in rows}
    assert len(by_id) == len(rows), "ids are unique"
    for r in rows:
        schema = model.get(r["schema"])
        assert schema is not None and not schema.abstract
        assert schema.validate(r) is None
        proxy = model.get_proxy(r, cleaned=False)
        for name in schema.required:
            assert proxy.get(name), f"{r['schema']} {r['id']} lacks {name}"
        for prop in proxy.schema.properties.values():
            if prop.type.name != "entity":
                continue
            for ref in proxy.get(prop):
                assert ref in by_id, f"{r['schema']}.{prop.name} -> {ref} is not exported"
                assert model.get(by_id[ref]["schema"]).is_a(prop.range), (prop.name, ref)
    return rows


def test_ftm_export_is_valid_and_maps_every_kind(workspace: Workspace, tmp_path: Path) -> None:
    ids = build(workspace)
    path = tmp_path / "out.ftm.json"
    n = export_ftm(workspace, path)
    rows = read_back(path)
    assert n == len(rows)
    schema_of = {r["id"]: r["schema"] for r in rows}
    assert schema_of[ids["fed_ru"]] == "Person" and ids["fed_ru"] == ids["fed_en"]
    assert schema_of[ids["kupol_en"]] == "Company"
    assert schema_of[ids["committee"]] == "PublicBody"
    assert schema_of[ids["izhevsk"]] == "Address"
    assert schema_of[ids["canada"]] == "Territory"
    assert schema_of[ids["gerbera_en"]] == "Asset"
    assert schema_of["clm-met"] == "UnknownLink" and schema_of["clm-prod"] == "UnknownLink"
    assert schema_of["clm-sanc"] == "Sanction"
    assert schema_of["evt-meet"] == "Event"
    assert {"Article", "Documentation", "Mention"} <= set(schema_of.values())
    person = next(r for r in rows if r["id"] == ids["fed_ru"])
    assert {"Vyacheslav Fedorishchev", "Вячеслав Федорищев"} <= set(
        person["properties"]["name"] + person["properties"].get("alias", []))
    link = next(r for r in rows if r["id"] == "clm-prod")
    assert link["properties"]["role"] == ["produces"]
    assert link["properties"]["summary"][0].startswith("[claim] Kupol, a plant in Izhevsk")


def test_ftm_export_filters_by_entity_type_and_period(workspace: Workspace, tmp_path: Path) -> None:
    ids = build(workspace)
    path = tmp_path / "kupol.ftm.json"
    export_ftm(workspace, path, Scope(entities=[ids["kupol_en"]]))
    rows = read_back(path)
    articles = [r for r in rows if r["schema"] == "Article"]
    assert len(articles) == 2  # both documents mention Kupol
    assert "clm-prod" in {r["id"] for r in rows}
    assert ids["luk"] not in {r["id"] for r in rows}
    july = tmp_path / "july.ftm.json"
    export_ftm(workspace, july, Scope(since="2025-07-01", until="2025-07-31"))
    rows = read_back(july)
    assert [r["properties"]["title"] for r in rows if r["schema"] == "Article"] == [["Встреча в Минске"]]
    assert "clm-sanc" not in {r["id"] for r in rows}
    people = tmp_path / "people.ftm.json"
    export_ftm(workspace, people, Scope(types=["Person"]))
    assert {r["schema"] for r in read_back(people)} >= {"Person", "Article"}


def test_ftm_export_leaves_rejected_claims_out(workspace: Workspace, tmp_path: Path) -> None:
    build(workspace)
    record_judgment(workspace, "reject", "clm-prod", user="ana")
    path = tmp_path / "out.ftm.json"
    export_ftm(workspace, path)
    assert "clm-prod" not in {r["id"] for r in read_back(path)}


def test_ftm_export_cli_writes_the_file(workspace: Workspace, tmp_path: Path) -> None:
    build(workspace)
    path = tmp_path / "cli.ftm.json"
    result = runner.invoke(app, ["export", "ftm", "-o", str(path), "-w",
                                 workspace.settings.workspace, "--type", "Company"])
    assert result.exit_code == 0, result.output
    assert "Company" in {r["schema"] for r in read_back(path)}
