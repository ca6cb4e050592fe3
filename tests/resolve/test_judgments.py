"""Analyst judgments: recorded once, re-applied after every re-resolution and re-extraction."""
from __future__ import annotations

import pytest
from resolve_builders import add_claim, add_doc, entity_of

from claimgraph.errors import NotFound
from claimgraph.resolve import record_judgment, resolve_entity_id, resolve_workspace
from claimgraph.store import records
from claimgraph.workspace import Workspace

KUPOL_RU = "Концерн «Купол» показал новый беспилотник в Ижевске."
KUPOL_EN = "The Izhevsk plant Kupol showed a new drone."
ORLOV_A = "Sergei Orlov of Kupol met buyers in Minsk."
ORLOV_B = "Sergei Orlov of Kupol signed the contract."


def two_companies(ws: Workspace) -> tuple[dict[str, str], dict[str, str]]:
    a = add_doc(ws, KUPOL_RU, [("Купол", "Company"), ("Ижевске", "Location", "Ижевск")])
    b = add_doc(ws, "IEMZ announced a new line.", [("IEMZ", "Company")], lang="en")
    resolve_workspace(ws)
    return a, b


def reinsert_mentions(ws: Workspace) -> None:
    """What a re-extraction does: the same mentions written again, without resolution."""
    rows = ws.store.query("SELECT * FROM mentions")
    with ws.store.write() as tx:
        tx.execute("DELETE FROM mentions")
        tx.execute("DELETE FROM entities")
        tx.upsert("mentions", [records.mention_row(records.mention_from(
            {**r, "entity_id": None})) for r in rows])


def test_judgments_merge_keeps_the_smaller_id_and_the_other_resolves(workspace: Workspace) -> None:
    a, b = two_companies(workspace)
    ea, eb = entity_of(workspace, a["Купол"]), entity_of(workspace, b["IEMZ"])
    assert ea != eb
    record_judgment(workspace, "merge", ea, {"other": eb}, user="ana")
    resolve_workspace(workspace)
    merged = entity_of(workspace, a["Купол"])
    assert merged == entity_of(workspace, b["IEMZ"]) == min(ea, eb)
    assert resolve_entity_id(workspace, max(ea, eb)) == merged


def test_judgments_merge_survives_a_full_rerun_and_reextraction(any_workspace: Workspace) -> None:
    ws = any_workspace
    a, b = two_companies(ws)
    ea, eb = entity_of(ws, a["Купол"]), entity_of(ws, b["IEMZ"])
    record_judgment(ws, "merge", ea, {"other": eb}, user="ana")
    resolve_workspace(ws)
    reinsert_mentions(ws)
    resolve_workspace(ws)
    assert entity_of(ws, a["Купол"]) == entity_of(ws, b["IEMZ"]) == min(ea, eb)
    resolve_workspace(ws)
    assert entity_of(ws, a["Купол"]) == min(ea, eb)
    assert resolve_entity_id(ws, max(ea, eb)) == min(ea, eb)


def test_judgments_not_same_keeps_namesakes_apart_across_reruns(workspace: Workspace) -> None:
    a = add_doc(workspace, ORLOV_A, [("Sergei Orlov", "Person")], lang="en")
    b = add_doc(workspace, ORLOV_B, [("Sergei Orlov", "Person")], lang="en")
    resolve_workspace(workspace)
    one = entity_of(workspace, a["Sergei Orlov"])
    assert one == entity_of(workspace, b["Sergei Orlov"])
    split = record_judgment(workspace, "split", one, {"mentions": [b["Sergei Orlov"]]}, user="ana")
    resolve_workspace(workspace)
    other = entity_of(workspace, b["Sergei Orlov"])
    assert other != one and entity_of(workspace, a["Sergei Orlov"]) == one
    record_judgment(workspace, "not-same", one, {"other": other}, user="ana")
    record_judgment(workspace, "undo", split.id, user="ana")
    reinsert_mentions(workspace)
    resolve_workspace(workspace)
    assert entity_of(workspace, a["Sergei Orlov"]) != entity_of(workspace, b["Sergei Orlov"])
    assert entity_of(workspace, a["Sergei Orlov"]) == one


def test_judgments_split_gives_a_stable_new_entity_and_undo_restores(workspace: Workspace) -> None:
    a = add_doc(workspace, ORLOV_A, [("Sergei Orlov", "Person")], lang="en")
    b = add_doc(workspace, ORLOV_B, [("Sergei Orlov", "Person")], lang="en")
    resolve_workspace(workspace)
    one = entity_of(workspace, a["Sergei Orlov"])
    split = record_judgment(workspace, "split", one, {"mentions": [b["Sergei Orlov"]]}, user="bo")
    resolve_workspace(workspace)
    new = entity_of(workspace, b["Sergei Orlov"])
    reinsert_mentions(workspace)
    resolve_workspace(workspace)
    assert entity_of(workspace, b["Sergei Orlov"]) == new != one
    record_judgment(workspace, "undo", split.id, user="bo")
    resolve_workspace(workspace)
    assert entity_of(workspace, b["Sergei Orlov"]) == one
    assert resolve_entity_id(workspace, new) == one


def test_judgments_confirm_and_reject_claims_survive_rewrites(workspace: Workspace) -> None:
    d = add_doc(workspace, KUPOL_EN, [("Kupol", "Company")], lang="en")
    claim = add_claim(workspace, d["doc"], d["Kupol"], "produces")
    record_judgment(workspace, "reject", claim, user="ana")
    assert workspace.store.scalar("SELECT judgment FROM claims WHERE id = ?", [claim]) == "rejected"
    row = workspace.store.query("SELECT * FROM claims WHERE id = ?", [claim])[0]
    with workspace.store.write() as tx:  # a re-extraction writes the claim afresh
        tx.execute("DELETE FROM claims")
        tx.upsert("claims", [records.claim_row(records.claim_from(row))])
    resolve_workspace(workspace)
    assert workspace.store.scalar("SELECT judgment FROM claims WHERE id = ?", [claim]) == "rejected"
    record_judgment(workspace, "confirm", claim, user="ana")
    assert workspace.store.scalar("SELECT judgment FROM claims WHERE id = ?", [claim]) == "confirmed"


def test_judgments_record_who_and_when(workspace: Workspace) -> None:
    a, b = two_companies(workspace)
    j = record_judgment(workspace, "not-same", entity_of(workspace, a["Купол"]),
                        {"other": entity_of(workspace, b["IEMZ"])}, user="ana")
    row = workspace.store.query("SELECT * FROM judgments WHERE id = ?", [j.id])[0]
    assert row["made_by"] == "ana" and row["made_at"].startswith("20")


def test_judgments_unknown_ids_say_where_to_look(workspace: Workspace) -> None:
    two_companies(workspace)
    with pytest.raises(NotFound) as err:
        record_judgment(workspace, "merge", "ent-nope", {"other": "ent-neither"})
    assert "entities list" in err.value.one_line()
    with pytest.raises(NotFound):
        record_judgment(workspace, "reject", "clm-nope")
