"""One sentence, two outlets: the one that relays and the one it relays.

"This was reported by the BBC, according to Ukrinform", "ТАСС сообщает со ссылкой на РИА Новости",
"Interfax, citing Reuters, said …": the statement began with the innermost source; the outlet that
passes it on adds no origin of its own for that sentence. Within a sentence naming two or more
outlets:

- an outlet named right after a citing cue ("citing", "quoting", "со ссылкой на", "посилаючись на",
  "powołując się na") is the innermost: the sentence's other outlets relay it;
- otherwise an outlet whose report closes the sentence (", Reuters reported.", ", сообщает ТАСС.")
  carries the whole sentence, the other outlets it names included: it relays them;
- otherwise an outlet named right after a relaying cue ("according to", "as … reported", "как
  сообщает", "за даними") relays the outlets the sentence names without one.

Where neither reading holds (two outlets side by side, "Reuters and AP reported"), both stay.
"""
from __future__ import annotations

import re
from collections import defaultdict

from claimgraph.model import Citation

#: Cues after which the outlet named is the one quoted by another.
_CITING = re.compile(
    r"(?:\bciting|\bquoting|\bcited\s+by|(?<![а-яёіїє])(?:со\s+ссылкой\s+на|ссылаясь\s+на|посилаючись\s+на"
    r"|з\s+посиланням\s+на|са\s+спасылкай\s+на|спасылаючыся\s+на|powołując\s+się\s+na|cytując|unter\s+berufung\s+auf"
    r"|citând))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: Cues after which the outlet named passes on what the rest of the sentence says.
_RELAYING = re.compile(
    r"(?:\baccording\s+to|\bvia|(?<![а-яёіїє])(?:согласно|по\s+данным|как\s+(?:сообщает|сообщил[аои]?|передает"
    r"|передаёт|пишет)|за\s+даними|як\s+(?:повідомляє|повідомив|пише)|паводле|як\s+паведамляе|według|laut|potrivit))"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: "as Ukrinform reported": the outlet right after "as" (a word between makes it another "as").
_AS = re.compile(r"\bas\s+(?:the\s+)?$", re.IGNORECASE)
#: A report verb right after the outlet and nothing else to the sentence's end: ", Reuters reported."
_CLOSING_AFTER = re.compile(r"^\W{0,3}\s*(?:has\s+)?(?:reported|reports|said|says|wrote|writes|сообщает|сообщил[аои]?"
                            r"|передает|передаёт|пишет|повідомляє|повідомив|пише)\W*$", re.IGNORECASE)
#: A report verb after a comma right before the outlet, and nothing after it: ", сообщает ТАСС."
_CLOSING_BEFORE = re.compile(r",\s*(?:reports|reported|сообщает|сообщил[аои]?|передает|передаёт|пишет|повідомляє"
                             r"|повідомив|пише)\s+(?:the\s+|агентство\s+|издание\s+)?[«\"“]?$", re.IGNORECASE)
LOOK_BACK = 40  # characters before an outlet's name where its cue is looked for


def innermost_sources(text: str, citations: list[Citation]) -> list[Citation]:
    """``citations`` without those that only relay another outlet named in the same sentence."""
    by_sentence: dict[tuple[int | None, int | None], list[Citation]] = defaultdict(list)
    for c in citations:
        by_sentence[(c.start, c.end)].append(c)
    relays: set[str] = set()
    for (start, end), group in by_sentence.items():
        if start is None or end is None or len({(c.source or "").casefold() for c in group}) < 2:
            continue
        sentence = text[start:end]
        cues = {c.id: _cue_before(sentence, c.source or "") for c in group}
        cited = [c for c in group if cues[c.id] == "citing"]
        if cited:
            relays.update(c.id for c in group if cues[c.id] != "citing")
            continue
        closing = [c for c in group if _closes(sentence, c.source or "")]
        if len(closing) == 1:
            relays.add(closing[0].id)
            continue
        relaying = [c for c in group if cues[c.id] == "relaying"]
        if relaying and len(relaying) < len(group):
            relays.update(c.id for c in relaying)
    return [c for c in citations if c.id not in relays]


def _cue_before(sentence: str, name: str) -> str | None:
    """"citing" or "relaying" for the cue right before the outlet's first mention in the sentence."""
    if not name:
        return None
    at = sentence.casefold().find(name.casefold())
    if at < 0:
        return None
    before = sentence[max(0, at - LOOK_BACK):at].rstrip(" «\"“")
    before = before + " " if before else before
    if _CITING.search(before):
        return "citing"
    if _RELAYING.search(before) or _AS.search(before):
        return "relaying"
    return None


def _closes(sentence: str, name: str) -> bool:
    """Whether the outlet's report closes the sentence (", Reuters reported.", ", сообщает ТАСС.")."""
    at = sentence.casefold().rfind(name.casefold()) if name else -1
    if at < 0:
        return False
    after = sentence[at + len(name):]
    before = sentence[max(0, at - LOOK_BACK):at]
    if _CLOSING_AFTER.match(after):
        return re.search(r",\s*(?:the\s+)?[«\"“]?$", before) is not None
    return bool(_CLOSING_BEFORE.search(before)) and re.fullmatch(r"[»\"”]?\W*", after) is not None
