"""Russian names in the nominative, as an analyst would write them in a list.

Natasha's normaliser puts most names in the nominative; these helpers cover what it leaves: names
it did not change though the parse says they are inflected ("Федорищевым"), hyphenated adjectives
("военно-промышленного"), and rule spans whose head noun (or every word) needs its lemma
("Лидском агрегатном заводе" → "Лидский агрегатный завод"), quoted names kept as written.
"""
from __future__ import annotations

import functools
from typing import Any

from claimgraph.nlp.doc import AnalyzedDoc


def lemmas_if_inflected(doc: AnalyzedDoc, start: int, end: int) -> str | None:
    """Capitalised lemmas of a name Natasha left inflected ("Федорищевым" → "Федорищев")."""
    sent = doc.sentence_at(start)
    if sent is None:
        return None
    tokens = [t for t in sent.tokens if start <= t.start and t.end <= end]
    if not tokens or not any("Case=" in t.feats and "Case=Nom" not in t.feats for t in tokens):
        return None
    words = []
    for t in tokens:
        lemma = t.lemma if t.lemma and t.pos != "PUNCT" and not t.text.isupper() else t.text
        words.append(lemma[:1].upper() + lemma[1:] if t.text[:1].isupper() else lemma)
    return " ".join(words)


_GRAMMEMES = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


@functools.cache
def _inflector() -> Any:
    """pymorphy2 with its own grammemes, to inflect words (Natasha's vocabulary renames them)."""
    from pymorphy2 import MorphAnalyzer

    return MorphAnalyzer()


def hyphenated_agreeing(doc: AnalyzedDoc, start: int, end: int, normal: str) -> str:
    """A name put in the nominative with its hyphenated adjectives agreeing too.

    Natasha's normaliser leaves "военно-промышленного" as it was in "Государственного военно-
    промышленного комитета"; the last part of such an adjective is put in the case, gender and
    number of the noun it belongs to ("Государственный военно-промышленный комитет").
    """
    sent = doc.sentence_at(start)
    words = normal.split(" ")
    tokens = [t for t in sent.tokens if start <= t.start and t.end <= end] if sent else []
    if len(tokens) != len(words):
        return normal
    analyzer = _inflector()
    for k, (token, word) in enumerate(zip(tokens, words)):
        if "-" not in word or word != token.text or token.pos != "ADJ" or "Case=Nom" in token.feats:
            continue
        head = next((t for t in tokens[k + 1:] if t.pos in ("NOUN", "PROPN")), None)
        if head is None:
            continue
        feats = dict(f.split("=", 1) for f in head.feats.split("|") if "=" in f)
        wanted = {"nomn", "plur"} if feats.get("Number") == "Plur" else {"nomn", _GRAMMEMES.get(feats.get("Gender", ""),
                                                                                               "masc")}
        stem, last = word.rsplit("-", 1)
        parses = [p for p in analyzer.parse(last.lower()) if p.tag.POS in ("ADJF", "PRTF")]
        inflected = parses[0].inflect(wanted) if parses else None
        if inflected is not None:
            words[k] = f"{stem}-{inflected.word}"
    return " ".join(words)


def lemmatized_head(doc: AnalyzedDoc, start: int, end: int, every_word: bool = False) -> str | None:
    """The span with its first word lemmatised ("заводе «Купол»" → "завод «Купол»"), or every word
    ("Лидском агрегатном заводе" → "Лидский агрегатный завод": the facility heads are masculine)."""
    sent = doc.sentence_at(start)
    if sent is None:
        return None
    tokens = [t for t in sent.tokens if start <= t.start and t.end <= end]
    if not tokens or tokens[0].start != start:
        return None
    out, pos = [], start
    quoted = False  # a quoted name stays as written: 'центре «Беспилотные системы»'
    for n, token in enumerate(tokens):
        out.append(doc.text[pos:token.start])
        quoted = quoted or any(q in doc.text[pos:token.end] for q in "«\"“")
        if ((n == 0 or every_word and not quoted) and token.lemma and token.text.replace("-", "").isalpha()
                and not token.text.isupper()):
            lemma = token.lemma[:1].upper() + token.lemma[1:] if token.text[:1].isupper() else token.lemma
            out.append(lemma)
        else:
            out.append(token.text)
        pos = token.end
    out.append(doc.text[pos:end])
    return "".join(out)
