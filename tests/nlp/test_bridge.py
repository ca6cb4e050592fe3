"""Ukrainian and Belarusian text read through Natasha by the script bridge."""
from __future__ import annotations

from claimgraph.nlp.bridge import bridge, is_nationality, native_normal, native_spans
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.pipeline import default_pipeline


def test_bridge_keeps_every_offset() -> None:
    uk = "Міністерство оборони України, В'ячеслав"
    be = "Вячаслаў Федарышчаў у Мінску"
    assert bridge(uk, "uk") == "Министерство оборони Украини, Въячеслав"
    assert bridge(be, "be") == "Вячаслав Федарышчав у Минску"
    assert len(bridge(uk, "uk")) == len(uk) and bridge(uk, "ru") == uk


def test_ukrainian_names_are_given_in_the_nominative_belarusian_as_written() -> None:
    assert native_normal("Михайлом Мішустіним", "uk") == "Михайло Мішустін"
    assert native_normal("Вячаславам Федарышчавым", "be") == "Вячаславам Федарышчавым"


def test_a_country_joined_to_a_name_is_split_off() -> None:
    text = "Президент Білорусі Олександр Лукашенко"
    start = text.index("Білорусі")
    spans = native_spans(text, start, len(text), "Person")
    assert [(text[s:e], label) for s, e, label in spans] == [
        ("Білорусі", "Country"), ("Олександр Лукашенко", "Person")]


def test_lower_case_nationality_adjectives() -> None:
    assert is_nationality("іранські") and is_nationality("расійскага")
    assert not is_nationality("Іран") and not is_nationality("завод")


def test_ukrainian_and_belarusian_reports_get_typed_names() -> None:
    pipeline = default_pipeline(names=["claimgraph.parse.v1", "claimgraph.ner.v1", "claimgraph.gazetteer.v1"])
    uk = AnalyzedDoc(document_id="uk", lang="uk", text=(
        "Президент Білорусі Олександр Лукашенко зустрівся з прем'єр-міністром Росії Михайлом "
        "Мішустіним. Міністерство оборони України заявило, що Сполучені Штати готують санкції."))
    found = {(m.text, m.label) for m in pipeline(uk).mentions}
    assert {("Білорусі", "Country"), ("Олександр Лукашенко", "Person"), ("Росії", "Country"),
            ("Михайлом Мішустіним", "Person"), ("Міністерство оборони України", "PublicBody"),
            ("Сполучені Штати", "Country")} <= found
    be = AnalyzedDoc(document_id="be", lang="be", text=(
        "Аляксандр Лукашэнка сустрэўся з губернатарам. Злучаныя Штаты і Расія абмеркавалі санкцыі."))
    found = {(m.text, m.label) for m in pipeline(be).mentions}
    assert {("Аляксандр Лукашэнка", "Person"), ("Злучаныя Штаты", "Country"),
            ("Расія", "Country")} <= found


def test_spans_lose_words_that_are_no_names_and_titles() -> None:
    text = "Раніше Сполучені Штати заявили. Відтоді Росія мовчить. Прэзідэнт Расіі Уладзімір Пуцін"
    first = text.index("Раніше")
    assert [(text[s:e], k) for s, e, k in native_spans(text, first, text.index(" заявили"), "Person")] \
        == [("Сполучені Штати", "Country")]
    second = text.index("Відтоді")
    assert [(text[s:e], k) for s, e, k in native_spans(text, second, text.index(" мовчить"), "Person")] \
        == [("Росія", "Country")]
    third = text.index("Прэзідэнт")
    assert [(text[s:e], k) for s, e, k in native_spans(text, third, len(text), "Person")] \
        == [("Расіі", "Country"), ("Уладзімір Пуцін", "Person")]


def test_a_lone_pronoun_or_adjective_is_no_name_and_a_known_noun_is_a_place() -> None:
    text = "Він приїхав. Актуальне. Удар по Харкову"
    assert native_spans(text, 0, 3, "Person") == []
    assert native_spans(text, 13, 22, "Location") == []
    start = text.index("Харкову")
    assert native_spans(text, start, len(text), "Person") == [(start, len(text), "Location")]


def test_a_family_of_a_known_product_is_a_product() -> None:
    text = "атаки Шахедів"
    start = text.index("Шахедів")
    assert native_spans(text, start, len(text), "Company") == [(start, len(text), "Product")]


def test_a_person_starts_at_the_given_name() -> None:
    text = "старшыня Савета Рэспублікі Уладзімір Панцюхоў заявіў. Кіраўнік Расійскай Федэрацыі Уладзімір Пуцін"
    first = text.index("Савета")
    assert [(text[s:e], k) for s, e, k in native_spans(text, first, text.index(" заявіў"), "Person")] \
        == [("Уладзімір Панцюхоў", "Person")]
    second = text.index("Кіраўнік")
    assert [(text[s:e], k) for s, e, k in native_spans(text, second, len(text), "Person")] \
        == [("Расійскай Федэрацыі", "Country"), ("Уладзімір Пуцін", "Person")]


def test_belarusian_words_that_are_no_names_are_cut() -> None:
    text = "Паводле Мішусьціна форум пройдзе ў чэрвені. Столькі будоўляў. СМІ паведамлялі."
    assert [(text[s:e], k) for s, e, k in native_spans(text, 0, text.index(" форум"), "Person")] \
        == [("Мішусьціна", "Person")]
    assert native_spans(text, text.index("Столькі"), text.index(" будоўляў"), "Person") == []
    assert native_spans(text, text.index("СМІ"), text.index(" паведамлялі"), "Organization") == []
