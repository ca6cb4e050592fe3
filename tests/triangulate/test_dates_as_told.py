"""A thing told as done cannot have happened after its report: such a date is misread."""
from __future__ import annotations

from triangulate_factory import claim, doc, time

from claimgraph.triangulate.inputs import DocInfo, Inputs
from claimgraph.triangulate.ledger import build_ledger


def _inputs(*claims_and_docs: tuple) -> Inputs:
    inputs = Inputs()
    for c, d in claims_and_docs:
        inputs.documents[d.id] = DocInfo(d.id, d.title, d.published, d.lang)
        inputs.claims.append(c)
        inputs.event_of[d.id] = "ev-1"
    return inputs


def _contested(inputs: Inputs) -> list[str]:
    rows, _ = build_ledger(inputs)
    return sorted({d["kind"] for r in rows for d in r["disagreements"] or []})


def test_a_meeting_told_as_done_but_dated_after_the_report_raises_no_date_clash() -> None:
    plan = doc("The president will meet Putin on 17 January.", published="2025-01-15")
    told = doc("He met Putin, for the third time since coming to power in July.", published="2025-01-17")
    undated = doc("They met for the third time since he came to power in July.", published=None)
    inputs = _inputs(
        (claim("Pezeshkian", "met_with", "Putin", doc=plan, modality="plan", when=time("2025-01-17", "day")), plan),
        (claim("Pezeshkian", "met_with", "Putin", doc=told, modality="claim", when=time("2025-07-01", "month")),
         told),
        (claim("Pezeshkian", "met_with", "Putin", doc=undated, modality="fact", when=time("2025-07-01", "month")),
         undated))
    assert "date" not in _contested(inputs)


def test_a_meeting_told_as_done_on_another_past_day_still_clashes() -> None:
    a = doc("The leaders met in Minsk on 3 March.", published="2025-03-20")
    b = doc("The leaders met in Minsk on 10 March.", published="2025-03-20")
    inputs = _inputs(
        (claim("Putin", "met_with", "Lukashenko", doc=a, when=time("2025-03-03", "day")), a),
        (claim("Putin", "met_with", "Lukashenko", doc=b, when=time("2025-03-10", "day")), b))
    assert _contested(inputs) == ["date"]
