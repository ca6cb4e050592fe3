"""Ukrainian verbs written as their Russian cognates of the same length for the parser."""
from __future__ import annotations

from claimgraph.nlp.bridge import bridge
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.parse import ParseComponent
from claimgraph.nlp.ukrainian_verbs import verb_forms


def test_a_past_verb_becomes_its_russian_cognate_for_the_parse_only() -> None:
    text = "Речник відомства заявив, що фабрика стоїть."
    parsed = bridge(text, "uk", parse=True)
    assert len(parsed) == len(text) and "заявил" in parsed
    assert "заявив" in bridge(text, "uk")  # the name tagger reads the word as written


def test_and_between_words_is_the_russian_conjunction() -> None:
    text = "Делегація прибула та оглянула порт."
    assert verb_forms(text, text) == "Делегація прибула да оглянула порт."
    assert verb_forms("та сама", "та сама") == "та сама"  # no word before it: not "and"


def test_nouns_and_words_without_a_cognate_stay() -> None:
    text = "Уряд говорить про війни."
    assert verb_forms(text, text) == text


def test_the_speech_verb_heads_its_sentence() -> None:
    doc = ParseComponent()(AnalyzedDoc("doc-test", "Міністр заявив, що Росія постачала дрони.", "uk"))
    tokens = doc.sentences[0].tokens
    said = next(n for n, t in enumerate(tokens) if t.text == "заявив")
    assert tokens[said].pos == "VERB" and tokens[said].dep == "root" and tokens[said].head == said
    assert tokens[said].lemma == "заявить"
    supplied = next(t for t in tokens if t.text == "постачала")
    assert supplied.head == said and supplied.dep == "ccomp"


def test_prefix_and_suffix_cognates() -> None:
    text = "Штаб підтвердив, що дивізія атакувала склад."
    assert bridge(text, "uk", parse=True) == "Штаб подтвердил,что дивизия атаковала склад."
