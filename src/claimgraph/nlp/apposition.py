"""A noun set beside a name says what the name is: "Bespilotny Dozor, a Telegram channel",
"Kalina Vostok, a Kazan drone maker", "the outlet that broke the story, Zvezda Weekly".

The dependency parse links the two as an apposition; the noun's lemma gives the type. This
corrects names the statistical model typed from their letters alone (a channel read as a person).
English only for now: the Russian parser takes genitive owners for appositions. The Russian
lemmas are kept for a parser that tells them apart.
"""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.consistency import relabelled
from claimgraph.nlp.doc import AnalyzedDoc, Sentence

#: Lemmas of nouns (English and Russian) that say what kind of thing the name beside them is.
KINDS: dict[str, frozenset[str]] = {
    "Organization": frozenset({
        "channel", "newspaper", "outlet", "broadcaster", "website", "portal", "magazine", "weekly", "daily",
        "publication", "blog", "movement", "party", "ngo", "organisation", "organization", "association",
        "foundation", "think-tank", "tank", "institute", "university", "group", "network", "alliance",
        "канал", "телеграм-канал", "издание", "газета", "журнал", "портал", "сайт", "движение", "партия",
        "организация", "ассоциация", "фонд", "институт", "университет", "группа", "объединение"}),
    "Company": frozenset({
        "company", "firm", "manufacturer", "maker", "producer", "supplier", "developer", "contractor",
        "subsidiary", "startup", "start-up", "distributor", "exporter", "importer", "corporation",
        "conglomerate", "holding", "компания", "фирма", "производитель", "поставщик", "разработчик",
        "подрядчик", "дочка", "корпорация", "холдинг", "концерн", "дистрибьютор", "экспортер", "импортер"}),
    "PublicBody": frozenset({
        "ministry", "committee", "regulator", "министерство", "ведомство", "комитет", "регулятор"}),
    "Location": frozenset({
        "city", "town", "village", "region", "province", "district", "oblast", "port", "settlement",
        "suburb", "capital", "город", "поселок", "посёлок", "село", "деревня", "регион", "область", "район",
        "столица"}),
    "Facility": frozenset({"plant", "factory", "shipyard", "airfield", "завод", "фабрика", "верфь", "аэродром"}),
    "Person": frozenset({
        "minister", "governor", "official", "spokesman", "spokeswoman", "spokesperson", "director", "chief",
        "analyst", "expert", "journalist", "reporter", "founder", "owner", "chairman", "deputy", "engineer",
        "commander", "officer", "lawmaker", "senator", "mayor", "ambassador", "businessman", "businesswoman",
        "entrepreneur", "researcher", "scientist", "professor", "economist", "blogger", "министр",
        "губернатор", "чиновник", "директор", "глава", "руководитель", "аналитик", "эксперт", "журналист",
        "основатель", "владелец", "председатель", "замминистра", "заместитель", "инженер", "командующий",
        "депутат", "сенатор", "мэр", "посол", "бизнесмен", "предприниматель", "ученый", "учёный",
        "профессор", "экономист", "блогер"}),
}
_KIND_OF = {lemma: kind for kind, lemmas in KINDS.items() for lemma in lemmas}
#: Relations of a noun inside a larger phrase, where the parser often hangs an apposition wrongly.
_INSIDE_PHRASE = frozenset({"pobj", "nmod", "obl", "poss", "compound"})
#: Types an apposition may correct: the statistical model's coarse ones.
_CORRECTABLE = frozenset({"Person", "Organization", "Location"})


def _root(sent: Sentence, start: int, end: int) -> int | None:
    """Index of the mention's syntactic head: its token whose head lies outside the span."""
    inside = [i for i, t in enumerate(sent.tokens) if start <= t.start and t.end <= end]
    for i in inside:
        head = sent.tokens[i].head
        if head == i or head < 0 or head not in inside:
            return i
    return None


def kind_beside(doc: AnalyzedDoc, m: Mention) -> str | None:
    """The type an appositive noun gives the mention, or None."""
    sent = doc.sentence_at(m.start)
    if sent is None:
        return None
    i = _root(sent, m.start, m.end)
    if i is None:
        return None
    token = sent.tokens[i]
    candidates = []
    if token.dep == "appos" and 0 <= token.head < len(sent.tokens):
        head = sent.tokens[token.head]
        if head.dep not in _INSIDE_PHRASE:  # "the governor of the region, Ivan Petrov": not the region
            candidates.append(head)
    candidates.extend(t for t in sent.tokens if t.dep == "appos" and t.head == i)
    for noun in candidates:
        if noun.pos == "NOUN" and not (m.start <= noun.start < m.end):
            kind = _KIND_OF.get((noun.lemma or noun.text).casefold())
            if kind:
                return kind
    return None


def appositive_types(doc: AnalyzedDoc, mentions: list[Mention]) -> set[str]:
    """Retype statistical mentions by the noun in apposition to them; the ids retyped."""
    retyped: set[str] = set()
    if not doc.sentences or doc.lang != "en":  # Russian parses hang owners ("компании ... Потанина") as appositions
        return retyped
    for m in mentions:
        if m.label not in _CORRECTABLE:
            continue
        kind = kind_beside(doc, m)
        if kind == "Person" and m.text.isupper():
            continue  # an acronym is an organisation whatever stands beside it
        if kind and kind != m.label:
            relabelled(m, kind)
            retyped.add(m.id)
    return retyped
