"""Named entities: spaCy (English) and Natasha (Russian) spans mapped onto claimgraph's types.

The statistical labels are coarse (ORG, GPE, LOC), so rules refine them: cue words split
organisations into companies, public bodies and facilities in both languages, a country list
separates countries from other places, and model-name patterns ("Geran-2", "Орлан-10", "FPV
drones") mark products. Context cues fix the statistical type where reports are regular: region,
landmark and "city of" phrases make places, titles ("Prime Minister ...") make people, outlet and
armed-group words make organisations, an all-caps dateline is the place of filing, and a name a cue
typed keeps that type throughout the document. Values (dates, quantities, money) are left to their
own components.
Languages without a model get capitalised sequences, countries and acronyms only.

The cue words and the types they give live in :mod:`claimgraph.nlp.name_types`, the fixes to the
statistical spans in :mod:`claimgraph.nlp.span_fixes`, the rule spans in
:mod:`claimgraph.nlp.cued_names`, and how mentions are made and overlaps resolved in
:mod:`claimgraph.nlp.ner_mentions`.
"""
from __future__ import annotations

import re

from claimgraph.model import Mention
from claimgraph.nlp.based_places import split_based
from claimgraph.nlp.belarusian_names import with_known_names
from claimgraph.nlp.best_effort import best_effort_names, trimmed_sequences
from claimgraph.nlp.bridge import BRIDGED_LANGUAGES, native_normal, native_spans
from claimgraph.nlp.common_terms import without_common_terms
from claimgraph.nlp.consistency import alternative_names, bare_surnames, known_people, named_firms, surnames
from claimgraph.nlp.countries import territory_code
from claimgraph.nlp.cued_names import cued_mentions
from claimgraph.nlp.defined_acronyms import with_defined_acronyms
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.inner_possessives import split_owner
from claimgraph.nlp.lowercase_countries import lowercase_countries
from claimgraph.nlp.lowercase_ministries import lowercase_ministries
from claimgraph.nlp.lowercase_states import lowercase_states
from claimgraph.nlp.models import load_natasha
from claimgraph.nlp.name_particles import with_particle_names
from claimgraph.nlp.name_types import (
    CAPITALISED_COMMON,
    DEMONYMS,
    WORDS,
    countries,
    is_country,
    refine_label,
    refine_organization,
    refine_place,
)
from claimgraph.nlp.ner_mentions import (
    NAME,
    VERSION,
    Spans,
    make_mention,
    overlaps_any,
    resolve_overlaps,
    set_sentences,
)
from claimgraph.nlp.nominative import hyphenated_agreeing, lemmas_if_inflected
from claimgraph.nlp.organization_kinds import administrations
from claimgraph.nlp.possessives import tidy_names
from claimgraph.nlp.product_names import demonyms_before
from claimgraph.nlp.public_bodies import genitive_at, joined_bodies
from claimgraph.nlp.span_fixes import adjust_spans, consistent_types, with_region_words

SPACY_LABELS = {
    "PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location",
    "FAC": "Facility", "PRODUCT": "Product", "NORP": "Nationality",
}
NATASHA_LABELS = {"PER": "Person", "ORG": "Organization", "LOC": "Location"}
#: Names in other languages in parentheses after a name: "(Arabic: ..., Kurdish: ...)".
_ALTERNATIVE_NAMES = re.compile(r"[ \t]*\((?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ \t]*:[^()\n]{1,200})\)")
_CAPSEQ = re.compile(r"\b[A-ZА-ЯЁ][\w'’-]*(?:[ \t]+(?:of|the|for|and|de|la|и)?[ \t]*[A-ZА-ЯЁ][\w'’-]*)+")
_ACRONYM = re.compile(r"\b[A-ZА-ЯЁ]{2,6}\b")
#: Honorifics the English model takes into a person's span ("Ms Kim", "Dr. Marsh").
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?[ \t]+(?=[A-Z])")


class NerComponent:
    """Entity mentions from the parser's cached documents, then rule refinements."""

    name = NAME
    version = VERSION
    requires = ("sentences",)
    assigns = ("mentions",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        found: list[Mention] = []
        if doc.meta.get("_spacy"):
            found = self._spacy(doc)
        elif doc.meta.get("_natasha"):
            found = self._natasha(doc)
        else:
            found = self._capitalised(doc)
        found = adjust_spans(doc, found)
        rules = cued_mentions(doc, found)
        if doc.lang in BRIDGED_LANGUAGES:  # known names in Belarusian spelling ("Пуцін", "Магілёве") win
            found, known = with_known_names(doc, found, lambda *a: make_mention(*a, rule=True))
            rules = known + rules
            if doc.lang == "uk":  # "війська росії": the state written small on purpose
                rules += lowercase_states(doc.text, territory_code, lambda s, e, w: make_mention(
                    doc, s, e, "Country", w, rule=True), found + rules)
        elif not doc.meta.get("_spacy") and not doc.meta.get("_natasha"):  # no model: what is known wins
            known = best_effort_names(doc.text, lambda s, e, label, name: make_mention(doc, s, e, label, name, rule=True))
            found = trimmed_sequences(doc.text, found, known,
                                      lambda m, s, label: make_mention(doc, s, m.end, label, doc.text[s:m.end]))
            rules = known + rules
        products = [m for m in rules if m.label == "Product"]
        if products:  # a model name inside a wider statistical span ("Iranian Shahed-136") wins
            product_spans = Spans(products)
            found = [m for m in found if m.label == "Product" or not overlaps_any(m, product_spans)]
            found += demonyms_before(doc.text, products, found, lambda s, e, w: make_mention(
                doc, s, e, "Nationality", w)) if doc.lang == "en" else []
        titled = [m for m in rules if m.label == "Person" or m.label in ("Location", "Country")
                  and m.text.isupper()]
        if titled:  # a name after a title, a dateline: wider statistical spans around them lose
            titled_spans = Spans(titled)
            found = [m for m in found if all(
                o.start == m.start and o.end == m.end or m.label == o.label == "Person"
                and m.start <= o.start and o.end <= m.end for o in titled_spans.overlapping(m))]
            found = consistent_types(found + titled, {m.id for m in titled})
        if doc.lang == "en":
            found = self._names_in_context(doc, found, titled)
            found = administrations(doc.text, found, lambda s, e: make_mention(
                doc, s, e, "PublicBody", doc.text[s:e], rule=True))
            found = split_owner(found, doc.text, lambda w: "Country" if is_country(w) else refine_organization(w),
                                lambda s, e, label: make_mention(doc, s, e, label, doc.text[s:e]))
            found = with_defined_acronyms(doc.text, found, lambda s, e, label: make_mention(
                doc, s, e, label, doc.text[s:e], rule=True), rules)
            found += lowercase_countries(doc.text, is_country, lambda s, e, w: make_mention(
                doc, s, e, "Country", w.capitalize(), rule=True), found + rules)
            found += [m for m in lowercase_ministries(doc.text, lambda s, e, w: make_mention(
                doc, s, e, "PublicBody", w, rule=True)) if not overlaps_any(m, found + rules)]
        firms = [m for m in rules if m.label == "Company"]
        if firms:  # 'фирме «Аэромотор»' … 'Аэромотору отказали'
            found = named_firms(doc.text, firms, found, rules,
                                lambda s, e, label, name: make_mention(doc, s, e, label, name, rule=True))
        if "(" in doc.text:
            alternative_names(doc.text, rules + found, _ALTERNATIVE_NAMES)
        named = rules + found
        if doc.lang == "en":  # "Hong Kong-based Asia Pacific Links Ltd": a place and a firm
            named = split_based(named, doc.text, lambda w: "Country" if is_country(w) else "Location",
                                lambda s, e, label: make_mention(doc, s, e, label, doc.text[s:e]))
        mentions = resolve_overlaps([m for m in doc.mentions if m.label in ("Date", "Quantity", "Money")]
                                    + without_common_terms(named))
        mentions = joined_bodies(doc.text, doc.lang, mentions, DEMONYMS, genitive_at(doc),
                                 lambda s, e, label, name: make_mention(doc, s, e, label, name, rule=True))
        mentions = with_region_words(doc.text, mentions, lambda s, e: make_mention(
            doc, s, e, "Location", doc.text[s:e], rule=True))
        doc.mentions = tidy_names(with_particle_names(mentions, doc.text) if doc.lang == "en" else mentions, doc.text)
        set_sentences(doc, doc.mentions)
        return doc

    # -- statistical spans -------------------------------------------------------------------------

    def _spacy(self, doc: AnalyzedDoc) -> list[Mention]:
        out = []
        for offset, sdoc in doc.meta["_spacy"]:  # type: ignore[union-attr]
            for ent in sdoc.ents:
                label = SPACY_LABELS.get(ent.label_)
                if label is None:
                    continue
                start, end = offset + ent.start_char, offset + ent.end_char
                text = doc.text[start:end]
                if text[:4].lower() == "the ":
                    start, text = start + 4, text[4:]
                if text.endswith(("'s", "’s")):
                    end, text = end - 2, text[:-2]
                honorific = _HONORIFIC.match(text) if label == "Person" else None
                if honorific and honorific.end() < len(text):  # "Ms Kim" names Kim
                    start, text = start + honorific.end(), text[honorific.end():]
                if not text.strip():
                    continue
                out.append(make_mention(doc, start, end, refine_label(label, text, text), text))
        return out

    def _natasha(self, doc: AnalyzedDoc) -> list[Mention]:
        models = load_natasha()
        out = []
        for offset, ndoc in doc.meta["_natasha"]:  # type: ignore[union-attr]
            ndoc.tag_ner(models.ner_tagger)
            for span in ndoc.spans:
                label = NATASHA_LABELS.get(span.type)
                if label is None:
                    continue
                try:
                    span.normalize(models.morph_vocab)
                    normal = span.normal or span.text
                except Exception:  # noqa: BLE001 - normalisation is a nicety, the span stands
                    normal = span.text
                start, end = offset + span.start, offset + span.stop
                if doc.lang in BRIDGED_LANGUAGES:  # Natasha read a bridged text: typed on it, own words kept
                    for s, e, kind in native_spans(doc.text, start, end, refine_label(label, span.text, span.text)):
                        out.append(make_mention(doc, s, e, kind, native_normal(doc.text[s:e], doc.lang, kind)))
                    continue
                if normal == span.text and label == "Person":
                    normal = lemmas_if_inflected(doc, start, end) or normal
                elif normal != span.text and "-" in span.text:
                    normal = hyphenated_agreeing(doc, start, end, normal)
                out.append(make_mention(doc, start, end, refine_label(label, span.text, normal), normal))
        return out

    def _capitalised(self, doc: AnalyzedDoc) -> list[Mention]:
        """Best effort for unparsed languages: capitalised sequences, countries and acronyms."""
        out = []
        starts = {s.tokens[0].start for s in doc.sentences if s.tokens}
        for m in _CAPSEQ.finditer(doc.text):
            text = m.group().rstrip()
            label = "Country" if is_country(text) else refine_organization(text)
            out.append(make_mention(doc, m.start(), m.start() + len(text), label, text))
        for m in WORDS.finditer(doc.text):
            if m.start() not in starts and m.group()[:1].isupper() and is_country(m.group()):
                out.append(make_mention(doc, m.start(), m.end(), "Country", m.group()))
        for m in _ACRONYM.finditer(doc.text):
            out.append(make_mention(doc, m.start(), m.end(), "Organization", m.group()))
        return out

    def _names_in_context(self, doc: AnalyzedDoc, found: list[Mention], titled: list[Mention]) -> list[Mention]:
        """Titled full names win inside wider spans; their bare surnames are mentions of them."""
        def make(start: int, end: int, label: str, normalized: str) -> Mention:
            return make_mention(doc, start, end, label, normalized, rule=True)

        found = known_people(doc.text, found, titled, make)
        names = surnames((m for m in found if m.extractor == NAME + ":rules" or not overlaps_any(m, titled)),
                         doc.text, lambda w: w.casefold() in DEMONYMS or is_country(w)
                         or w.casefold() in CAPITALISED_COMMON)
        return bare_surnames(doc.text, found, names, make)


__all__ = [
    "DEMONYMS", "NAME", "VERSION", "NerComponent", "countries", "is_country", "refine_organization",
    "refine_place", "resolve_overlaps", "set_sentences",
]
