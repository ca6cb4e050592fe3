"""Ukrainian dative objects that the Russian models misread as accusative."""
from __future__ import annotations

from claimgraph.nlp.doc import Token
from claimgraph.nlp.ukrainian_cases import attach_recipients, mark_datives, mark_directions, noun_cases


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


def test_a_dative_name_right_after_a_finite_verb_is_that_verbs_recipient() -> None:
    tokens = _tokens(("Як", "PART", "advmod", 2, ""), ("я", "PRON", "nsubj", 2, "Case=Nom"),
                     ("казав", "VERB", "root", 2, "VerbForm=Fin"), (",", "PUNCT", "punct", 5, ""),
                     ("Іран", "PROPN", "nsubj", 5, "Case=Nom"), ("відправив", "VERB", "conj", 2, "VerbForm=Fin"),
                     ("Росії", "PROPN", "obl", 2, "Case=Gen"), ("дрони", "NOUN", "obj", 5, "Case=Acc"))
    attach_recipients(tokens)
    assert (tokens[6].head, tokens[6].dep, tokens[6].feats) == (5, "iobj", "Case=Dat")


def test_a_name_that_may_be_the_subject_or_object_or_follows_no_verb_keeps_its_place() -> None:
    subject = _tokens(("заявила", "VERB", "root", 0, "VerbForm=Fin"), ("КНДР", "PROPN", "nsubj", 0, "Case=Nom"))
    attach_recipients(subject)
    assert subject[1].dep == "nsubj"  # "КНДР" may be nominative
    after_noun = _tokens(("поставки", "NOUN", "root", 0, ""), ("Росії", "PROPN", "nmod", 0, "Case=Gen"))
    attach_recipients(after_noun)
    assert after_noun[1].dep == "nmod"
