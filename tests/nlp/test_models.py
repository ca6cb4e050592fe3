"""Model loading: the configured spaCy package, a clear error when it is missing."""
from __future__ import annotations

import subprocess
import sys

import pytest

from claimgraph.errors import ConfigError
from claimgraph.nlp.models import detect_language, load_spacy


def test_models_missing_spacy_model_says_how_to_install() -> None:
    with pytest.raises(ConfigError) as info:
        load_spacy("xx_no_such_model_sm")
    assert "pip install xx-no-such-model-sm" in info.value.one_line()


def test_models_detect_language_of_short_texts() -> None:
    assert detect_language("The plant in Minsk assembles drones for the army.") == "en"
    assert detect_language("Завод в Минске собирает беспилотники для армии.") == "ru"
    assert detect_language("12 34 56") is None


def test_models_english_text_never_loads_natasha() -> None:
    code = (
        "import sys\n"
        "from claimgraph.nlp.doc import AnalyzedDoc\n"
        "from claimgraph.nlp.parse import ParseComponent\n"
        "from claimgraph.nlp.ner import NerComponent\n"
        "d = AnalyzedDoc('d', 'Minsk is a city.', 'en')\n"
        "NerComponent()(ParseComponent()(d))\n"
        "print('natasha' in sys.modules, bool(d.sentences))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
