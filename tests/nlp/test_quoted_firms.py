"""A quoted name after a word for a firm and what it makes ("предприятие по выпуску плат «…»") is
the firm's, in Russian and Ukrainian, and so is the same name quoted again later."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.doc import AnalyzedDoc


@pytest.mark.parametrize(("text", "lang"), [
    ("Под удар попало предприятие по выпуску плат «Восток Прибор». Там начался пожар.", "ru"),
    ("Ракети влучили в завод мікроелектроніки «Восток Прибор» уночі. Командування назвало «Восток Прибор» "
     "важливою ціллю.", "uk"),
])
def test_quoted_name_after_a_firm_and_its_goods_is_a_company(
        analyse: Callable[[str, str], AnalyzedDoc], text: str, lang: str) -> None:
    found = [(m.text, m.label) for m in analyse(text, lang).mentions if m.text == "Восток Прибор"]
    assert found and all(label == "Company" for _, label in found), found


def test_a_quoted_statement_after_a_firm_is_no_name(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Компания заявила «мы ничего не поставляли» и отказалась от комментариев.", "ru")
    assert not any(m.label == "Company" for m in doc.mentions)
