"""Within-document linking: surnames, acronyms, scripts and inflections share one local entity."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.linking import LinkingComponent, translit_key


def mention(doc: AnalyzedDoc, surface: str, label: str, normalized: str | None = None,
            occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(surface, start + 1)
    end = start + len(surface)
    m = Mention(Mention.make_id(doc.document_id, start, end, label), doc.document_id, start, end, surface,
                label, normalized=normalized or surface)
    doc.mentions.append(m)
    return m


def test_linking_surname_to_full_name() -> None:
    doc = AnalyzedDoc("doc-l1", "Vyacheslav Fedorishchev spoke first. Later Fedorishchev left.", "en")
    full = mention(doc, "Vyacheslav Fedorishchev", "Person")
    short = mention(doc, "Fedorishchev", "Person", occurrence=1)
    LinkingComponent()(doc)
    assert short.local_entity == full.local_entity is not None
    assert short.canonical == "Vyacheslav Fedorishchev"
    assert (short.start, short.end) != (full.start, full.end)


def test_linking_inflected_russian_forms() -> None:
    doc = AnalyzedDoc("doc-l2", "Вячеслав Федорищев приехал. С Федорищевым говорили.", "ru")
    full = mention(doc, "Вячеслав Федорищев", "Person")
    short = mention(doc, "Федорищевым", "Person", normalized="Федорищев")
    LinkingComponent()(doc)
    assert short.local_entity == full.local_entity
    assert short.canonical == "Вячеслав Федорищев"


def test_linking_cyrillic_and_latin_spellings() -> None:
    doc = AnalyzedDoc("doc-l3", "Вячеслав Федорищев, or Vyacheslav Fedorishchev in English.", "en")
    cyr = mention(doc, "Вячеслав Федорищев", "Person")
    lat = mention(doc, "Vyacheslav Fedorishchev", "Person")
    LinkingComponent()(doc)
    assert cyr.local_entity == lat.local_entity


def test_linking_acronym_to_expansion_mention() -> None:
    doc = AnalyzedDoc("doc-l4", "The State Military-Industrial Committee said SMIC will pay.", "en")
    full = mention(doc, "State Military-Industrial Committee", "PublicBody")
    acronym = mention(doc, "SMIC", "Organization")
    LinkingComponent()(doc)
    assert acronym.local_entity == full.local_entity
    assert acronym.canonical == "State Military-Industrial Committee"


def test_linking_acronym_expanded_in_parentheses() -> None:
    doc = AnalyzedDoc("doc-l5", "Их беспилотные авиационные системы (БАС) растут; БАС нужны армии.", "ru")
    acronym = mention(doc, "БАС", "Product", occurrence=1)
    LinkingComponent()(doc)
    assert acronym.canonical == "беспилотные авиационные системы"


def test_linking_different_people_with_different_surnames_stay_apart() -> None:
    doc = AnalyzedDoc("doc-l6", "Viktor Khrenin met Andrei Belousov. Khrenin spoke.", "en")
    khrenin = mention(doc, "Viktor Khrenin", "Person")
    belousov = mention(doc, "Andrei Belousov", "Person")
    short = mention(doc, "Khrenin", "Person", occurrence=1)
    LinkingComponent()(doc)
    assert short.local_entity == khrenin.local_entity != belousov.local_entity


def test_linking_local_entity_is_stable() -> None:
    ids = []
    for _ in range(2):
        doc = AnalyzedDoc("doc-l7", "Viktor Khrenin spoke.", "en")
        ids.append(mention(doc, "Viktor Khrenin", "Person"))
        LinkingComponent()(doc)
    assert ids[0].local_entity == ids[1].local_entity


def test_linking_translit_key_matches_scripts() -> None:
    assert translit_key("Федорищев") == translit_key("Fedorishchev")
    assert translit_key("Хренин") == translit_key("Khrenin")
    assert translit_key("Lukashenko") != translit_key("Putin")


def test_linking_full_name_misread_as_organisation_joins_the_person() -> None:
    doc = AnalyzedDoc("doc-l9", "Губернатор Вячеслав Федорищев приехал. Вячеслав Федорищев уехал.", "ru")
    person = mention(doc, "Вячеслав Федорищев", "Person")
    misread = mention(doc, "Вячеслав Федорищев", "Organization", occurrence=1)
    LinkingComponent()(doc)
    assert misread.label == "Person"
    assert misread.local_entity == person.local_entity


def test_linking_place_keeps_its_type_beside_an_organisation_named_after_it() -> None:
    doc = AnalyzedDoc("doc-l10", "Tomsk State University opened a lab in Tomsk.", "en")
    mention(doc, "Tomsk State University", "Organization")
    city = mention(doc, "Tomsk", "Location", occurrence=1)
    LinkingComponent()(doc)
    assert city.label == "Location"


def test_linking_translit_key_meets_sht_and_st() -> None:
    assert translit_key("Kronstadt") == translit_key("Кронштадт") == translit_key("Kronshtadt")


def test_linking_translit_key_reads_chinese_names_as_pinyin() -> None:
    assert translit_key("Шэньчжэнь Фэйлун") == translit_key("Shenzhen Feilong")
    assert translit_key("Фэйлуна") == translit_key("Feilong")
    assert translit_key("Си Цзиньпин") == translit_key("Xi Jinping")
    assert translit_key("Путин") == translit_key("Putin")


def test_linking_chinese_company_in_russian_and_english_spellings() -> None:
    doc = AnalyzedDoc("doc-l12", "Сямэнь Хаоюнь (Xiamen Haoyun) поставила двигатели.", "ru")
    cyr = mention(doc, "Сямэнь Хаоюнь", "Company")
    lat = mention(doc, "Xiamen Haoyun", "Company")
    LinkingComponent()(doc)
    assert cyr.local_entity == lat.local_entity
