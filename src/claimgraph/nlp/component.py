"""The component contract of the extraction pipeline.

A component is a callable over one :class:`~claimgraph.nlp.doc.AnalyzedDoc` that declares the
fields it reads (``requires``) and fills (``assigns``); the pipeline checks the order when it is
built. Components construct without arguments and load any model lazily, once per process.

Default order and names (each versioned so old configurations keep their meaning)::

    claimgraph.furniture.v1   nlp/furniture.py   FurnitureComponent   -> furniture (blanked in text)
    claimgraph.parse.v1       nlp/parse.py       ParseComponent       -> sentences (tokens, UD parse)
    claimgraph.ner.v1         nlp/ner.py         NerComponent         -> mentions (entity types)
    claimgraph.gazetteer.v1   nlp/gazetteer.py   GazetteerComponent   -> mentions
    claimgraph.dates.v1       nlp/dates.py       DateComponent        -> dates, mentions (Date)
    claimgraph.quantities.v1  nlp/quantities.py  QuantityComponent    -> quantities, mentions (Quantity, Money)
    claimgraph.linking.v1     nlp/linking.py     LinkingComponent     -> mentions (local_entity, canonical)
    claimgraph.citations.v1   nlp/citations.py   CitationComponent    -> citations
    claimgraph.claims.v1      nlp/claims/        ClaimComponent       -> claims
    claimgraph.events.v1      nlp/events.py      EventComponent       -> events
"""
from __future__ import annotations

from typing import ClassVar, Protocol, runtime_checkable

from claimgraph.nlp.doc import AnalyzedDoc


@runtime_checkable
class Component(Protocol):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc: ...
