"""The domain model: plain, typed, serialisable objects passed between stages."""
from claimgraph.model.claim import MODALITIES, PREDICATES, Claim, Quantity, TimeRef
from claimgraph.model.document import Citation, Document, IngestFailure, Sighting
from claimgraph.model.entity import Entity, Name
from claimgraph.model.event import EVENT_TYPES, Event
from claimgraph.model.judgment import Judgment
from claimgraph.model.match import Feature, Match
from claimgraph.model.mention import ENTITY_TYPES, LABELS, VALUE_TYPES, Mention

__all__ = [
    "ENTITY_TYPES",
    "EVENT_TYPES",
    "LABELS",
    "MODALITIES",
    "PREDICATES",
    "VALUE_TYPES",
    "Citation",
    "Claim",
    "Document",
    "Entity",
    "Event",
    "Feature",
    "IngestFailure",
    "Judgment",
    "Match",
    "Mention",
    "Name",
    "Quantity",
    "Sighting",
    "TimeRef",
]
