"""Known names of the built-in gazetteer found in Belarusian spelling and case."""
from __future__ import annotations

from claimgraph.nlp.belarusian_names import KnownNames, fold, known_names
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.gazetteer import Entry
from claimgraph.nlp.pipeline import default_pipeline


def test_belarusian_and_russian_spellings_fold_to_one_key() -> None:
    pairs = [("Пуцін", "Путин"), ("Уладзімір", "Владимир"), ("Магілёў", "Могилёв"),
             ("Вячаслаў", "Вячеслав"), ("Федарышчаў", "Федорищев"), ("Лукашэнка", "Лукашенко")]
    for belarusian, russian in pairs:
        assert fold(belarusian) == fold(russian, belarusian=False), (belarusian, russian)
    assert fold("Цэнтр") == fold("Центр", belarusian=False)  # a hard ц stays ц


def test_inflected_belarusian_forms_find_the_gazetteer_name() -> None:
    names = KnownNames([Entry("Vladimir Putin", "Person", ["Владимир Путин", "Путин"]),
                        Entry("Mogilev", "Location", ["Могилёв"])])
    text = "Уладзіміра Пуціна чакалі ў Магілёве, але Пуцін прыехаў позна."
    assert [(text[s:e], entry.name) for s, e, entry, _ in names.find(text)] == [
        ("Уладзіміра Пуціна", "Vladimir Putin"), ("Магілёве", "Mogilev"), ("Пуцін", "Vladimir Putin")]


def test_short_and_lower_case_words_never_meet_a_name() -> None:
    names = KnownNames([Entry("Iran", "Country", ["Иран"]), Entry("Minsk", "Location", ["Минск"])])
    assert names.find("Арэна ў Іране адкрылася") == []      # one-word names need three consonants
    assert names.find("мінскі завод") == []                  # a name starts with a capital


def test_builtin_names_are_indexed_once() -> None:
    assert known_names() is known_names()
    text = "Аляксандр Лукашэнка сустрэўся з Пуціным"
    assert {entry.name for _, _, entry, _ in known_names().find(text)} >= {"Vladimir Putin", "Alexander Lukashenko"}


def test_a_belarusian_report_gets_known_names_with_their_types() -> None:
    pipeline = default_pipeline(names=["claimgraph.parse.v1", "claimgraph.ner.v1", "claimgraph.gazetteer.v1"])
    doc = AnalyzedDoc(document_id="be-known", lang="be", text=(
        "Сустрэча Аляксандра Лукашэнкі і Уладзіміра Пуціна прайшла ў Магілёве. "
        "Паводле Пуціна, перамовы былі карысныя. Аляксандар Лукашэнка падзякаваў госцю."))
    found = {(m.text, m.label) for m in pipeline(doc).mentions}
    assert {("Аляксандра Лукашэнкі", "Person"), ("Уладзіміра Пуціна", "Person"), ("Магілёве", "Location"),
            ("Пуціна", "Person"), ("Аляксандар Лукашэнка", "Person")} <= found
    assert not any(text.startswith(("Сустрэча", "Паводле")) for text, _ in found)


def test_a_first_vowel_keeps_names_apart() -> None:
    assert fold("Єлабуга") != fold("Алабуга", belarusian=False)
    assert fold("Аляксандр") == fold("Александр", belarusian=False)


def test_ukrainian_reports_get_known_names_and_the_person_after_a_known_country() -> None:
    pipeline = default_pipeline(names=["claimgraph.parse.v1", "claimgraph.ner.v1", "claimgraph.gazetteer.v1"])
    doc = AnalyzedDoc(document_id="uk-known", lang="uk", text=(
        "Переговори з лідером Північної Кореї Кім Чен Ином тривали дві години. "
        "Після цього делегація поїхала до Мінська."))
    found = {(m.text, m.label) for m in pipeline(doc).mentions}
    assert {("Північної Кореї", "Country"), ("Кім Чен Ином", "Person"), ("Мінська", "Location")} <= found
