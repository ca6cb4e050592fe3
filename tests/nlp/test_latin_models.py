"""A Latin model name after a Russian or Ukrainian word for its kind is a product, wherever the
report names it again."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.doc import AnalyzedDoc


def products(doc: AnalyzedDoc) -> list[str]:
    return [m.text for m in doc.mentions if m.label == "Product"]


def test_a_latin_missile_name_is_a_product_throughout(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Порт обстреляли пятью ракетами Storm Lance. Что известно про Storm Lance?", "ru")
    assert products(doc) == ["Storm Lance", "Storm Lance"], products(doc)


def test_words_between_the_kind_and_the_name(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Удар завдали ракетами повітряного базування Storm Lance по складу.", "uk")
    assert products(doc) == ["Storm Lance"], products(doc)


def test_an_engine_name_with_a_number(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Двигатель Turbojet TRX 50 даёт ракете большую дальность.", "ru")
    assert "Turbojet TRX 50" in products(doc), products(doc)
