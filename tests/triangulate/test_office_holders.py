"""Reports of one event that name different people in one state office disagree on who holds it."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.triangulate.office_holders import office_disagreements, same_person, shown

ENTITY = {"Slovenia": "ent-si", "Slovenia's": "ent-si", "Slovenian": "ent-si", "Словении": "ent-si",
          "Словенії": "ent-si", "Croatia": "ent-hr", "Croatian": "ent-hr"}


def _mentions(doc: str, text: str, people: list[str]) -> list[Mention]:
    """Country, nationality and person mentions of a text, resolved as the entity table says."""
    out = []
    for form, entity in ENTITY.items():
        at = text.find(form)
        while at >= 0:
            alone = not text[at + len(form):at + len(form) + 1].isalpha() and (at == 0 or not text[at - 1].isalpha())
            if alone:
                label = "Nationality" if form.endswith("n") and not form.endswith("ии") else "Country"
                mid = Mention.make_id(doc, at, at + len(form), label)
                out.append(Mention(mid, doc, at, at + len(form), form, label, sent_start=0, sent_end=len(text),
                                   entity_id=entity))
            at = text.find(form, at + 1)
    for name in people:
        at = text.find(name)
        assert at >= 0, name
        out.append(Mention(Mention.make_id(doc, at, at + len(name), "Person"), doc, at, at + len(name), name,
                           "Person", sent_start=0, sent_end=len(text), entity_id=f"ent-{name}"))
    return out


def _found(reports: dict[str, tuple[str, list[str]]], cluster_of: dict[str, str] | None = None) -> list:
    texts = {doc: text for doc, (text, _) in reports.items()}
    mentions = [m for doc, (text, people) in reports.items() for m in _mentions(doc, text, people)]
    return office_disagreements(texts, cluster_of or {doc: "c1" for doc in reports}, mentions)


def test_two_people_in_one_office_of_one_country_are_an_actor_disagreement() -> None:
    found = _found({
        "d1": ("Slovenia's prime minister said on Friday the port stays shut. Prime Minister Ana Kovac added "
               "that talks go on.", ["Ana Kovac"]),
        "d2": ("Премьер-министр Словении Мария Зупан сообщила о закрытии порта.", ["Мария Зупан"]),
    })
    (d,) = found
    view = shown(d)
    assert view["kind"] == "actor" and view["about"] == "who is the prime minister"
    assert sorted(s["documents"][0] for s in view["sides"]) == ["d1", "d2"]


def test_one_person_spelt_in_two_scripts_holds_one_office() -> None:
    assert _found({
        "d1": ("Slovenian Prime Minister Ana Kovac spoke on Friday.", ["Ana Kovac"]),
        "d2": ("Премьер-министр Словении Анна Ковач выступила в пятницу.", ["Анна Ковач"]),
    }) == []


def test_offices_of_two_countries_or_a_handover_told_by_one_report_raise_nothing() -> None:
    assert _found({
        "d1": ("Slovenian President Marko Bevc met reporters.", ["Marko Bevc"]),
        "d2": ("Croatian President Ivo Maras met reporters.", ["Ivo Maras"]),
    }) == []
    assert _found({
        "d1": ("Slovenian Prime Minister Ana Kovac took office, succeeding Luka Hrib.",
               ["Ana Kovac", "Luka Hrib"]),
        "d2": ("Slovenian Prime Minister Luka Hrib said goodbye.", ["Luka Hrib"]),
    }) == []


def test_a_deputy_a_former_holder_or_the_president_of_a_body_holds_no_state_office() -> None:
    assert _found({
        "d1": ("Slovenian Prime Minister Ana Kovac spoke on Friday.", ["Ana Kovac"]),
        "d2": ("The former Slovenian prime minister Luka Hrib spoke too.", ["Luka Hrib"]),
        "d3": ("Slovenian Deputy Prime Minister Eva Novak replied.", ["Eva Novak"]),
        "d4": ("The visit was praised by Club President Tone Vidmar.", ["Tone Vidmar"]),
        "d5": ("Slovenian President Marko Bevc met reporters.", ["Marko Bevc"]),
    }) == []


def test_surnames_spelt_in_two_scripts_name_one_person() -> None:
    a, b = (Mention(Mention.make_id(d, 0, len(n), "Person"), d, 0, len(n), n, "Person") for d, n in
            (("d1", "Ionel Moshtenu"), ("d2", "Ионел Моштену")))
    assert same_person(a, b)


def test_a_title_without_a_country_takes_only_the_country_given_to_that_person() -> None:
    assert _found({
        "d1": ("Slovenian President Marko Bevc spoke first.", ["Marko Bevc"]),
        "d2": ("President Ivo Maras answered him.", ["Ivo Maras"]),
    }) == []
    (d,) = _found({
        "d1": ("Slovenian Prime Minister Ana Kovac spoke first.", ["Ana Kovac"]),
        "d2": ("Prime Minister Luka Hrib answered.", ["Luka Hrib"]),
        "d3": ("Премьер-министр Словении Лука Хриб выступил.", ["Лука Хриб"]),
    })
    assert {h.document_id for side in d.sides for h in side} == {"d1", "d2", "d3"}
