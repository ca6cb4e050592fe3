"""One supply whose parties reports name as states or as their seats of government.

Within one event cluster, "Tehran denied supplying drones to Moscow" and "Iran is sending drones to
Russia" are one statement and its denial: a capital speaking or acting for its state ("Pyongyang",
"the Kremlin") is that state. Claims of such predicates whose subject and object name the same
states join one topic, so a denial meets the affirmation it answers. Only claims of the cluster
move; the same names in other events keep their own topics.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from claimgraph.model import Claim
from claimgraph.nlp.seats import speaking_state

#: predicates between two parties that reports name by state or by capital
STATE_JOINED = frozenset({"supplies_to"})

Topic = tuple[str, str, str]


def _side(key: str, name: str | None) -> str:
    code = speaking_state(name)
    return f"state:{code}" if code else key


def join_state_sides(groups: dict[Topic, list[Claim]], events: dict[str, str]) -> None:
    """Move the claims of one cluster whose parties are the same states into one topic (the one most
    of them already hold)."""
    if not events:
        return
    slots: dict[tuple[str, str, str, str], Counter[Topic]] = defaultdict(Counter)
    for topic, members in groups.items():
        if topic[1] not in STATE_JOINED:
            continue
        for c in members:
            cluster = events.get(c.document_id)
            if cluster:
                slots[(cluster, topic[1], _side(topic[0], c.subject), _side(topic[2], c.object))][topic] += 1
    for (cluster, _, _, _), topics in sorted(slots.items()):
        if len(topics) < 2:
            continue
        lead = min(topics, key=lambda t: (-topics[t], t[2] == "", t))
        for topic in sorted(topics):
            if topic == lead or topic not in groups:
                continue
            moved = [c for c in groups[topic] if events.get(c.document_id) == cluster]
            keep = [c for c in groups[topic] if events.get(c.document_id) != cluster]
            groups.setdefault(lead, []).extend(moved)
            if keep:
                groups[topic] = keep
            else:
                del groups[topic]
