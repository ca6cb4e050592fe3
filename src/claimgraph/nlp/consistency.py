"""One document, one reading of each name: context that types a name once types it everywhere.

Statistical models type each occurrence of a name on its own, so a town is a place in one
sentence and a person in the next. These passes make the document agree with itself:

- a name a context cue typed ("the city of X", "in X", a title before a person) keeps that type
  at every occurrence whose type came from the model alone;
- names in one list share a type ("attacks in Qamenas, Sarmin and Talamenes");
- a person's full name found by a rule wins inside a wider span the model gave another type
  ("Minister for the Middle East Tobias Ellwood");
- a surname standing alone after the full name is a mention of that person, typed Person even
  when the model read it as a people or missed it;
- names in other languages given in parentheses after a name are names of the same thing
  ("the Hamrin Mountains (Arabic: Jabal Hamrin)");
- a firm named once in quotes is the same firm where the text names it again without them, in
  any case ("фирме «Аэромотор»" … "Аэромотору отказали").
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from claimgraph.model import Mention

#: Types the statistical models confuse with one another; context may move a name between them.
FLUID = ("Person", "Organization", "Location")
#: Words before a name that make it a place when the model could not tell ("in Yerevan").
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "into", "across", "towards", "toward", "around",
                                "via", "throughout", "в", "во", "под"})

_LIST_JOINER = re.compile(r",[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+")
_WORD = re.compile(r"[\w-]+")
_SURNAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|ar|an)[-‑]", re.IGNORECASE)

MakeMention = Callable[[int, int, str, str], Mention]


def relabelled(m: Mention, label: str) -> Mention:
    """The mention with a new label (its id follows the label)."""
    if m.label != label:
        m.label = label
        m.id = Mention.make_id(m.document_id, m.start, m.end, label)
    return m


def consistent(mentions: list[Mention], cued_ids: set[str], *, keep: Iterable[str] = ()) -> list[Mention]:
    """A name a cue typed keeps that type wherever the model alone typed it.

    ``cued_ids`` are mentions whose type came from context (rule spans, relabelled statistical
    spans); other mentions of the same words with a fluid type take the cue's type. Words in
    ``keep`` (demonyms) are never retyped from a people to anything else.
    """
    protected = frozenset(keep)
    cued: dict[str, str] = {}
    for m in mentions:
        if (m.label in FLUID or m.label == "Country") and m.id in cued_ids:
            cued.setdefault(m.text.casefold(), m.label)
    if not cued:
        return mentions
    for m in mentions:
        if m.id in cued_ids:
            continue
        if m.label in FLUID or m.label == "Nationality" and m.text.casefold() not in protected:
            label = cued.get(m.text.casefold())
            if label and label != m.label and label in FLUID:
                relabelled(m, label)
    return mentions


def lists(text: str, mentions: list[Mention]) -> Iterable[list[Mention]]:
    """Runs of two or more mentions joined only by commas, "and" or "or" ("A, B and C")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    run: list[Mention] = []
    for m in ordered:
        if run and m.start > run[-1].end and _LIST_JOINER.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        if len(run) > 1:
            yield run
        run = [m]
    if len(run) > 1:
        yield run


def coordinated(text: str, mentions: list[Mention], cued_ids: set[str],
                is_country: Callable[[str], bool]) -> None:
    """Names in one list share a place reading: "attacks in Qamenas, Sarmin and Talamenes",
    "the assault on Husaybah and Karabilah" once Husaybah is known as a place.

    A list after a place preposition makes its person-typed names and its one-word organisation- and
    product-typed names places; a list holding a place makes its one-word person-typed names places. Relabelled mentions join
    ``cued_ids`` so the new type spreads through the document.
    """
    for run in lists(text, [m for m in mentions if m.label in FLUID or m.label in ("Country", "Product")]):
        before = text[max(0, run[0].start - 12):run[0].start].split()
        after_place = bool(before) and before[-1].casefold() in PLACE_PREPOSITIONS
        with_place = any(m.label == "Location" for m in run)
        if not (after_place or with_place):
            continue
        for m in run:
            if is_country(m.text):
                continue
            one_word = len(m.text.split()) == 1
            if m.label == "Person" and (after_place or one_word) or m.label in ("Organization", "Product") \
                    and after_place and one_word:
                relabelled(m, "Location")
                cued_ids.add(m.id)


def known_people(text: str, mentions: list[Mention], people: Iterable[Mention],
                 make: MakeMention) -> list[Mention]:
    """A person's full name, typed by a rule somewhere in the document, wins inside a wider span
    the model typed otherwise: "Minister for the Middle East Tobias Ellwood" read as one
    organisation becomes the person "Tobias Ellwood" (the rest is left to other components)."""
    names = {p.text for p in people if p.label == "Person" and len(p.text.split()) > 1}
    if not names:
        return mentions
    longest = max(len(n.split()) for n in names)
    out = []
    for m in mentions:
        words = m.text.split(" ")
        if m.label in ("Organization", "Location", "Facility") and len(words) > 2:
            hit = next((n for k in range(2, min(longest, len(words) - 1) + 1)
                        if (n := " ".join(words[-k:])) in names), None)
            if hit:
                out.append(make(m.end - len(hit), m.end, "Person", hit))
                continue
        out.append(m)
    return out


def surnames(people: Iterable[Mention], text: str, exclude: Callable[[str], bool]) -> dict[str, str]:
    """Surname → the full name it stands for, for names of two or more words.

    "Ziad Khalaf al-Karbouly" gives "al-Karbouly" and "Karbouly". A surname also used in lower case
    in the text is an ordinary word ("Green", "May") and is left out, as are names ``exclude`` says
    are something else (a people, a country).
    """
    found: dict[str, str] = {}
    ordinary: set[str] | None = None
    for p in people:
        words = p.text.split()
        if p.label != "Person" or len(words) < 2:
            continue
        last = words[-1].strip(".,;:")
        bare = _SURNAME_PARTICLE.sub("", last)
        if len(bare) < 3 or not bare[:1].isupper() or bare.isupper() or exclude(bare):
            continue
        for form in {last, bare}:
            if exclude(form):
                continue
            if ordinary is None:  # the words written in lower case, collected once
                ordinary = {w for w in _WORD.findall(text) if w.islower()}
            if form.lower() in ordinary:
                continue
            found.setdefault(form, p.text)
    return found


def bare_surnames(text: str, mentions: list[Mention], names: dict[str, str], make: MakeMention
                  ) -> list[Mention]:
    """Every stand-alone occurrence of a known surname as a Person mention.

    Mentions of the surname the model typed as something else (a people, an organisation) are
    retyped; occurrences the model missed are added. Occurrences inside other mentions stay as
    they are. Linear in the text: one pattern holds every surname.
    """
    if not names:
        return mentions
    by_span = {(m.start, m.end): m for m in mentions}
    starts = sorted((m.start, m.end) for m in mentions)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                         + r")(?![\w-])")
    added: list[Mention] = []
    covered = _Covered(starts)
    for hit in pattern.finditer(text):
        span = (hit.start(), hit.end())
        same = by_span.get(span)
        if same is not None:
            if same.label in ("Organization", "Nationality"):
                relabelled(same, "Person")
            continue
        if not covered.overlaps(*span):
            added.append(make(hit.start(), hit.end(), "Person", hit.group()))
    return mentions + added


def alternative_names(text: str, mentions: list[Mention], parenthesis: re.Pattern[str]) -> None:
    """Mentions inside a parenthesis of names in other languages take the type of the name before it.

    ``parenthesis`` matches the parenthesis starting right at the end of a mention.
    """
    heads = [m for m in mentions if m.label in FLUID or m.label in ("Country", "Facility")]
    if not heads:
        return
    spans = _Covered(sorted((m.start, m.end) for m in mentions))
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    for head in heads:
        hit = parenthesis.match(text, head.end)
        if not hit or not spans.overlaps(hit.start(), hit.end()):
            continue
        lo, hi = bisect.bisect_left(starts, hit.start()), bisect.bisect_left(starts, hit.end())
        for inner in by_start[lo:hi]:
            if (inner.end <= hit.end() and (inner.label in FLUID or inner.label == "Nationality")
                    and text[inner.end:inner.end + 1] != ":"):  # "Arabic:" names the language
                relabelled(inner, "Location" if head.label in ("Country", "Facility") else head.label)


_RU_ENDINGS = r"(?:а|я|у|ю|ом|ем|е|ы|и|ам|ами|ах|ов)?"


def named_firms(text: str, firms: Iterable[Mention], mentions: list[Mention], taken: Iterable[Mention],
                make: MakeMention) -> list[Mention]:
    """Every later capitalised occurrence of a firm's name (Russian case endings allowed on its last
    word) as a mention of that firm: the model's person or place reading of it is retyped, and
    occurrences it missed are added; a later occurrence alone in guillemets counts too. ``taken``
    spans (the quoted names themselves) stay as they are."""
    names = {m.normalized or m.text: m.label for m in firms if m.label == "Company"
             and 3 <= len(m.normalized or m.text) <= 60 and (m.normalized or m.text)[:1].isupper()}
    if not names:
        return mentions
    by_form: dict[str, str] = {}
    parts = []
    for name in sorted(names, key=len, reverse=True):
        words = name.split()
        last = words[-1]
        ending = _RU_ENDINGS if re.fullmatch(r"[А-ЯЁа-яё-]+", last) else ""
        parts.append(r"\s+".join(map(re.escape, words[:-1] + [last])) + ending)
        by_form[name.casefold()] = name
    names_re = "|".join(parts)  # bare, or alone inside guillemets («Аэромотор» again)
    pattern = re.compile(r"(?<![\w«\"“-])(?:" + names_re + r")(?![\w»\"”-])|(?<=«)(?:" + names_re + r")(?=»)")
    by_span = {(m.start, m.end): m for m in mentions}
    covered = _Covered(sorted([(m.start, m.end) for m in mentions] + [(m.start, m.end) for m in taken]))
    added = []
    for hit in pattern.finditer(text):
        same = by_span.get((hit.start(), hit.end()))
        if same is not None:
            if same.label in FLUID:
                relabelled(same, "Company")
            continue
        if not covered.overlaps(hit.start(), hit.end()):
            name = next((n for n in names if hit.group().startswith(n[:max(3, len(n) - 2)])), hit.group())
            added.append(make(hit.start(), hit.end(), "Company", name))
    return mentions + added


class _Covered:
    """Sorted spans with an overlap test in logarithmic time (spans are short)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.longest = max((e - s for s, e in spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return any(s < end and start < e for s, e in self.spans[lo:hi])
