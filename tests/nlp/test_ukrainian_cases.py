"""Ukrainian dative objects that the Russian models misread as accusative."""
from __future__ import annotations

from claimgraph.nlp.doc import Token
from claimgraph.nlp.ukrainian_cases import mark_datives, mark_directions, noun_cases


def _tokens(*rows: tuple[str, str, str, int, str]) -> list[Token]:
    return [Token(0, 0, text, text, pos, dep, head, feats) for text, pos, dep, head, feats in rows]


def test_dictionary_cases_of_a_form() -> None:
    assert {"datv", "gent"} <= noun_cases("Росії") and "accs" not in noun_cases("Росії")
    assert "accs" in noun_cases("двигуни")


def test_of_two_bare_objects_the_one_that_cannot_be_accusative_is_the_dative_recipient() -> None:
    tokens = _tokens(("Китай", "PROPN", "nsubj", 1, "Case=Nom"), ("постачав", "VERB", "root", 1, ""),
                     ("Росії", "PROPN", "obj", 1, "Case=Acc|Gender=Masc"), ("двигуни", "NOUN", "obj", 1, "Case=Gen"))
    mark_datives(tokens)
    assert (tokens[2].dep, tokens[2].feats) == ("iobj", "Case=Dat|Gender=Masc")
    assert tokens[3].dep == "obj"


def test_a_single_object_or_one_under_a_preposition_is_left_alone() -> None:
    alone = _tokens(("постачав", "VERB", "root", 0, ""), ("Росії", "PROPN", "obj", 0, "Case=Acc"))
    mark_datives(alone)
    assert alone[1].dep == "obj"
    governed = _tokens(("постачав", "VERB", "root", 0, ""), ("до", "ADP", "case", 2, ""),
                       ("Росії", "PROPN", "obj", 0, "Case=Acc"), ("двигуни", "NOUN", "obj", 0, "Case=Acc"))
    mark_datives(governed)
    assert governed[2].dep == "obj"


def test_to_before_a_name_is_a_direction_and_before_a_year_a_limit() -> None:
    tokens = _tokens(("доставила", "VERB", "root", 0, ""), ("до", "ADP", "case", 2, ""),
                     ("Росії", "PROPN", "obl", 0, "Case=Gen"), ("до", "ADP", "case", 4, ""),
                     ("року", "NOUN", "obl", 0, "Case=Gen"))
    mark_directions(tokens)
    assert [t.lemma for t in tokens] == ["доставила", "в", "Росії", "до", "року"]
