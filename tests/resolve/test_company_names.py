"""Company names across reports: transcribed English words, short names and their places."""
from __future__ import annotations

from claimgraph.resolve.cluster import MentionInput, build_groups, cluster_groups

Doc = list[tuple[str, str]]  # (name, type) of each mention


def clusters(*docs: Doc) -> dict[tuple[int, str], int]:
    """(document number, name) → cluster number, clustered as ``claimgraph resolve`` does."""
    mentions = [MentionInput(f"d{d}m{i}", f"d{d}", name, kind)
                for d, doc in enumerate(docs) for i, (name, kind) in enumerate(doc)]
    groups = build_groups(mentions)
    result = cluster_groups(groups)
    by_mention = {m: n for n, members in enumerate(result.clusters)
                  for i in members for m in groups[i].mentions}
    return {(d, name): by_mention[f"d{d}m{i}"]
            for d, doc in enumerate(docs) for i, (name, _) in enumerate(doc)}


def company(name: str, *context: str) -> Doc:
    """A report naming one company beside people (the context reports share)."""
    return [(name, "Company"), *((c, "Person") for c in context)]


def test_a_transcribed_company_name_is_the_english_one() -> None:
    c = clusters(company("Сямэнь Хаоюнь Пауэр", "Антон Рыбин"),
                 company("Xiamen Haoyun Power", "Anton Rybin"),
                 company("Шэньчжэнь Хэсинь Моушн Текнолоджи", "Павел Сорокин"),
                 company("Shenzhen Hexin Motion Technology", "Pavel Sorokin"))
    assert c[(0, "Сямэнь Хаоюнь Пауэр")] == c[(1, "Xiamen Haoyun Power")]
    assert c[(2, "Шэньчжэнь Хэсинь Моушн Текнолоджи")] == c[(3, "Shenzhen Hexin Motion Technology")]
    assert c[(0, "Сямэнь Хаоюнь Пауэр")] != c[(2, "Шэньчжэнь Хэсинь Моушн Текнолоджи")]


def test_the_distinctive_word_joins_its_place_and_company_word_forms() -> None:
    c = clusters(company("Shenzhen Feilong", "Li Wei", "Anton Rybin"),
                 company("Feilong Technology", "Anton Rybin"),
                 company("Feilong", "Li Wei"),
                 company("Фэйлуном", "Ли Вэй"))
    assert len({c[(0, "Shenzhen Feilong")], c[(1, "Feilong Technology")], c[(2, "Feilong")],
                c[(3, "Фэйлуном")]}) == 1


def test_firms_in_two_places_stay_two() -> None:
    c = clusters(company("Shenzhen Feilong", "Li Wei"),
                 company("Beijing Feilong", "Li Wei"),
                 company("Feilong Technology", "Li Wei"))
    assert c[(0, "Shenzhen Feilong")] != c[(1, "Beijing Feilong")]
    assert c[(2, "Feilong Technology")] not in (c[(0, "Shenzhen Feilong")], c[(1, "Beijing Feilong")])


def test_a_place_the_corpus_names_counts_as_a_place() -> None:
    c = clusters(company("Xiamen Haoyun", "Li Wei") + [("Xiamen", "Location")],
                 company("Haoyun Power", "Li Wei"))
    assert c[(0, "Xiamen Haoyun")] == c[(1, "Haoyun Power")]
    c = clusters(company("Xiamen Haoyun", "Li Wei"), company("Haoyun Power", "Li Wei"))
    assert c[(0, "Xiamen Haoyun")] != c[(1, "Haoyun Power")]  # Xiamen might be part of the name


def test_another_firm_with_the_word_keeps_the_short_name_apart() -> None:
    c = clusters(company("Shenzhen Feilong", "Li Wei"),
                 company("Feilong Technology", "Li Wei"),
                 company("Feilong Avionics", "Li Wei"),
                 company("Feilong", "Li Wei"))
    names = ["Shenzhen Feilong", "Feilong Technology", "Feilong Avionics", "Feilong"]
    assert len({c[(i, n)] for i, n in enumerate(names)}) == 4


def test_a_brand_glued_to_a_company_word_is_another_firm() -> None:
    c = clusters(company("Kupol", "Oleg Kovalchuk"),
                 company("Kupol-Tech", "Oleg Kovalchuk"),
                 company("Kupol Tech", "Oleg Kovalchuk"),
                 company("Купол-Тех", "Олег Ковальчук"))
    assert c[(1, "Kupol-Tech")] == c[(2, "Kupol Tech")] == c[(3, "Купол-Тех")]
    assert c[(0, "Kupol")] != c[(2, "Kupol Tech")]


def test_different_company_words_may_be_different_firms() -> None:
    c = clusters(company("Feilong Power", "Li Wei"), company("Feilong Technology", "Li Wei"))
    assert c[(0, "Feilong Power")] != c[(1, "Feilong Technology")]


def test_names_without_shared_context_stay_apart() -> None:
    c = clusters(company("Shenzhen Feilong", "Li Wei"), company("Feilong Technology", "Anton Rybin"))
    assert c[(0, "Shenzhen Feilong")] != c[(1, "Feilong Technology")]


def test_a_public_body_with_the_word_keeps_companies_apart() -> None:
    c = clusters(company("Shenzhen Feilong", "Li Wei"), company("Feilong Technology", "Li Wei"),
                 [("Feilong Committee", "PublicBody"), ("Li Wei", "Person")])
    assert c[(0, "Shenzhen Feilong")] != c[(1, "Feilong Technology")]


# --- initials across scripts -------------------------------------------------------------------


def test_an_english_initial_joins_the_russian_full_name() -> None:
    c = clusters([("Y. Kovalchuk", "Person"), ("Rostelecom", "Company")],
                 [("Юрий Ковальчук", "Person"), ("Ростелеком", "Company")],
                 [("Yuri Kovalchuk", "Person"), ("Rostelecom", "Company")],
                 [("Oleg Kovalchuk", "Person"), ("Rostec", "Company")],
                 [("Олег Ковальчук", "Person"), ("Ростех", "Company")])
    yuri, oleg = c[(1, "Юрий Ковальчук")], c[(3, "Oleg Kovalchuk")]
    assert c[(0, "Y. Kovalchuk")] == c[(2, "Yuri Kovalchuk")] == yuri != oleg


def test_a_digraph_initial_joins_the_full_name() -> None:
    c = clusters([("Yu. Kovalchuk", "Person"), ("Rostelecom", "Company")],
                 [("Юрий Ковальчук", "Person"), ("Ростелеком", "Company")],
                 [("Oleg Kovalchuk", "Person"), ("Rostelecom", "Company")])
    assert c[(0, "Yu. Kovalchuk")] == c[(1, "Юрий Ковальчук")] != c[(2, "Oleg Kovalchuk")]


def test_an_initial_in_the_same_report_joins_its_full_name() -> None:
    c = clusters([("Юрий Ковальчук", "Person"), ("Олег Ковальчук", "Person"),
                  ("Y. Kovalchuk", "Person")])
    assert c[(0, "Y. Kovalchuk")] == c[(0, "Юрий Ковальчук")] != c[(0, "Олег Ковальчук")]
