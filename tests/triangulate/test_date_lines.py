"""A date read from a report's own date line dates the report, not the act it tells."""
from __future__ import annotations

from triangulate_factory import claim, doc, time

from claimgraph.model import TimeRef
from claimgraph.triangulate.date_lines import from_date_line
from claimgraph.triangulate.inputs import DocInfo, Inputs
from claimgraph.triangulate.ledger import build_ledger


def test_a_figure_date_glued_to_the_first_sentence_is_the_page_date() -> None:
    assert from_date_line("04.02.2024", "04.02.2024 Anna Smith, River TV 512The two leaders met at the port.")
    assert from_date_line("11.05.2023", "11.05.2023 | 09:12Премьер провёл переговоры в Варшаве.")
    assert from_date_line("2022-08-30", "date 2022-08-30 The ministry listed nine firms on Monday.")


def test_an_agency_dateline_dates_the_copy() -> None:
    assert from_date_line("Feb. 2", "OSLO, Feb. 2 (Reuters) - The minister said the plant was shut.")
    assert from_date_line("2 февраля", "МОСКВА, 2 февраля /ТАСС/. Министр заявил, что завод закрыт.")


def test_a_date_in_the_sentence_s_own_words_is_the_act_s() -> None:
    assert not from_date_line("2 February", "On 2 February the ministers met in Oslo.")
    assert not from_date_line("Monday", "The ministry, which listed nine firms on Monday, said more would follow.")
    assert not from_date_line("01/14/2025", "Parliament passed the bill late on Friday 01/14/2025 10:00.")


def test_a_figure_date_at_the_head_far_from_the_report_s_day_is_the_sentence_s_own() -> None:
    sentence = "03.01.2019 saw the first meeting of the two ministers."
    assert not from_date_line("03.01.2019", sentence, "2019-01-03", "2024-06-01")
    assert from_date_line("03.01.2019", sentence, "2019-01-03", "2019-01-04")


def _said(day: str, said: str) -> TimeRef:
    """A day as the text words it."""
    return TimeRef(day, day, "day", said)


def _inputs(*pairs: tuple) -> Inputs:
    inputs = Inputs()
    for c, d in pairs:
        inputs.documents[d.id] = DocInfo(d.id, d.title, d.published, d.lang)
        inputs.claims.append(c)
        inputs.sentences[c.id] = d.text
        inputs.event_of[d.id] = "ev-1"
    return inputs


def test_a_meeting_dated_only_by_a_page_date_line_raises_no_date_clash() -> None:
    dated = doc("On 4 February the two leaders met at the port of Split.", published="2024-02-05")
    page = doc("05.02.2024 Anna Smith, River TV 512The two leaders met at the port of Split.",
               published="2024-02-05")
    inputs = _inputs(
        (claim("Plenkovic", "met_with", "Meloni", doc=dated, when=time("2024-02-04")), dated),
        (claim("Plenkovic", "met_with", "Meloni", doc=page,
               when=_said("2024-02-05", "05.02.2024")),
         page))
    rows, _ = build_ledger(inputs)
    assert not [d for r in rows for d in r["disagreements"] if d["kind"] == "date"]
    assert len(rows) == 1  # the undated telling joins the dated one's row

