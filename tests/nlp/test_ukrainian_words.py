"""Ukrainian words read as Russian ones: same-length function words for the parse, Russian
lemmas for the claim word lists, the words as written in every mention."""
from __future__ import annotations

from claimgraph.nlp.bridge import bridge
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.pipeline import default_pipeline
from claimgraph.nlp.ukrainian_words import SAME_LENGTH, russian_lemma, same_length


def test_every_stand_in_has_the_length_of_its_word() -> None:
    assert all(len(uk) == len(ru) for uk, ru in SAME_LENGTH.items())


def test_function_words_are_written_as_russian_ones_in_place() -> None:
    text = "Після цього США запровадили санкції проти Ірану, якщо він також був винен."
    bridged = bridge(text, "uk")
    assert bridged == "После этого США запровадили санкции около Ирану, если тот также был винен."
    assert len(bridged) == len(text)
    assert same_length("Підприємство проти") == "Підприємство около"  # whole words only


def test_claim_and_speech_verbs_get_their_russian_lemma() -> None:
    assert russian_lemma("постачала", "VERB") == "поставлять"
    assert russian_lemma("запровадили", "VERB") == "ввести"
    assert russian_lemma("санкції", "NOUN") == "санкция"
    assert russian_lemma("заявив", "VERB") == "заявить"
    assert russian_lemma("проти", "ADP") == "против"
    assert russian_lemma("будинок", "NOUN") is None


def test_titles_deployment_and_receipt_words_get_their_russian_lemma() -> None:
    assert russian_lemma("радника", "NOUN") == "советник"
    assert russian_lemma("голову", "NOUN") == "глава"
    assert russian_lemma("речник", "NOUN") == "представитель"
    assert russian_lemma("розміщення", "NOUN") == "размещение"
    assert russian_lemma("отримала", "VERB") == "получить"
    assert russian_lemma("схвалив", "VERB") == "одобрить"


def test_a_ukrainian_sanction_sentence_yields_the_claim_in_ukrainian_words() -> None:
    doc = AnalyzedDoc(document_id="uk-sanction", lang="uk", text=(
        "Велика Британія запровадила санкції проти компанії Shahed Aviation Industries."))
    doc = default_pipeline()(doc)
    claims = {(c.subject, c.predicate, c.object) for c in doc.claims}
    assert ("Shahed Aviation Industries", "sanctioned_by", "Велика Британія") in claims
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)
    parsed = {t.text: t.lemma for s in doc.sentences for t in s.tokens}
    assert parsed["запровадила"] == "ввести" and parsed["проти"] == "против"


def test_the_recipient_of_a_ukrainian_supply_verb_is_the_dative_object() -> None:
    doc = AnalyzedDoc(document_id="uk-supply", lang="uk", text="Китай постачав Росії двигуни для дронів.")
    doc = default_pipeline()(doc)
    tokens = {t.text: t for s in doc.sentences for t in s.tokens}
    assert tokens["Росії"].dep == "iobj" and "Case=Dat" in tokens["Росії"].feats
    assert tokens["постачав"].lemma == "поставлять"
    assert ("Китай", "supplies_to", "Росія") in {(c.subject, c.predicate, c.object) for c in doc.claims}
    assert any(m.text == "Росії" for m in doc.mentions)  # the mention keeps the Ukrainian form


def test_a_ukrainian_delivery_to_a_country_yields_the_supply_claim() -> None:
    doc = AnalyzedDoc(document_id="uk-to", lang="uk", text="Іран відправив до Росії 200 дронів.")
    doc = default_pipeline()(doc)
    assert ("Іран", "supplies_to", "Росія") in {(c.subject, c.predicate, c.object) for c in doc.claims}


def test_that_after_a_comma_is_parsed_as_the_russian_conjunction_and_keeps_its_place() -> None:
    text = "Вашингтон вважає, що Корея доставила зброю."
    assert bridge(text, "uk", parse=True) == "Вашингтон вважае,что Корея доставила зброю."
    assert bridge(text, "uk") == "Вашингтон вважае, що Корея доставила зброю."  # what names are read in
    doc = default_pipeline(names=["claimgraph.parse.v1"])(AnalyzedDoc(document_id="uk-that", lang="uk", text=text))
    tokens = [t for s in doc.sentences for t in s.tokens]
    that = next(t for t in tokens if t.lemma == "что")
    assert (that.text, text[that.start:that.end], that.dep) == ("що", "що", "mark")
    assert all(text[t.start:t.end] == t.text and not t.text[:1].isspace() for t in tokens)
    verb = next(t for t in tokens if t.text == "доставила")
    assert verb.dep == "ccomp" and tokens[verb.head].text == "вважає"


def test_the_holder_of_information_is_no_supplier_of_what_it_tells() -> None:
    doc = AnalyzedDoc(document_id="uk-holder", lang="uk", text=(
        "Сполучені Штати володіють інформацією, що Північна Корея доставила до Росії понад 1 тис. контейнерів."))
    claims = {(c.subject, c.predicate, c.object) for c in default_pipeline()(doc).claims}
    assert ("Північна Корея", "supplies_to", "Росія") in claims
    assert ("Сполучені Штати", "supplies_to", "Росія") not in claims


def test_a_ukrainian_title_in_the_genitive_gives_the_role_of_the_name_after_it() -> None:
    doc = AnalyzedDoc(document_id="uk-role", lang="uk", text=(
        "Про це повідомив радник президента США з національної безпеки Джейк Салліван."))
    doc = default_pipeline()(doc)
    assert ("Джейк Салліван", "holds_role", "США") in {(c.subject, c.predicate, c.object) for c in doc.claims}
