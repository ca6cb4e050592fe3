"""States named together as one speaker ("The US and Japan accused …") are each an origin."""
from __future__ import annotations

import pytest
from test_state_voices import BOOK, sighting_for
from triangulate_factory import claim, doc

from claimgraph.model import Claim
from claimgraph.triangulate.accounts import _state_named
from claimgraph.triangulate.named_speakers import speaking_together
from claimgraph.triangulate.origins import CitationGraph, count_origins


def _count(claims: list[Claim], sentences: dict[str, str]) -> int:
    docs = sorted({c.document_id for c in claims})
    graph = CitationGraph([sighting_for(d, i) for i, d in enumerate(docs)], [], BOOK,
                          clusters={d: "ev-1" for d in docs}, claims=claims, sentences=sentences)
    return count_origins(o for c in claims for o in graph.claim_origins(c))[0]


@pytest.mark.parametrize(("sentence", "speaker", "codes"), [
    ("The US and Japan accused Iran of selling drones to Russia.", "US", ["US", "JP"]),
    ("The U.S., Japan and others have accused Iran of arming Russia.", "U.S.", ["US", "JP"]),
    ("Washington, Tokyo and Seoul said the drones came from Iran.", "Washington", ["US", "JP", "KR"]),
    ("США и Япония обвинили Иран в поставках дронов России.", "США", ["US", "JP"]),
])
def test_states_joined_to_the_speaker_speak_with_it(sentence: str, speaker: str, codes: list[str]) -> None:
    assert speaking_together(sentence, speaker, _state_named) == codes


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("According to the United States, Iran has sold drones to Russia.", "United States"),
    ("The US accused Iran and Russia of lying.", "US"),
    ("Japan said the drones came from Iran.", "Japan"),
])
def test_a_state_after_a_comma_or_in_the_clause_does_not_speak(sentence: str, speaker: str) -> None:
    assert speaking_together(sentence, speaker, _state_named) == []


def test_two_states_accusing_together_are_two_origins_in_every_report() -> None:
    a = doc("The US and Japan accused Iran of selling drones to Russia.")
    b = doc("Washington has accused Tehran of supplying Moscow with drones.")
    claims = [claim("Iran", "supplies_to", "Russia", doc=a, modality="claim", attributed_to="US"),
              claim("Tehran", "supplies_to", "Moscow", doc=b, modality="claim", attributed_to="Washington")]
    assert _count(claims, {c.id: text for c, text in zip(claims, (a.text, b.text))}) == 2
