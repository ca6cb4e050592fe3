"""Independent origins: following citations, forwards and copies back to where a text began.

Ten outlets repeating one agency are one origin. Documents linked as copies (exact copies are
already one document with several sightings) form one *text family*: the direction of a copy
link is unreliable when both appeared on the same day, so the family is treated as one text.
A family's origins are, in this order:

1. the sources its members name ("according to TASS", "Source: BelTA", a forwarded channel),
   leaving out self-references (an outlet naming itself in a dateline);
2. a known outlet named in a member's lead (a dateline such as "МИНСК, 8 октября. /ТАСС/.", or
   "RIA Novosti says …"), which is how wire copies and rewrites announce where they come from;
   a name of two or more words also counts in another script or spelling when its
   transliteration key is an outlet's ("Samarsky Kurier reported" names «Самарский курьер»);
3. otherwise the family's own original outlet: a carrier named in its own lead, else the
   earliest carrier (by day, or by minute when every sighting has a time), and among carriers of
   that day the one other documents cite or name (same-day copies seldom say who was first).

An official act told as done (a sanctions designation), as a fact or credited to whoever relays it,
goes back to the acting body's announcement: one origin per designated target, however many
outlets report it. A source named by kind
("Belarusian state media reported") counts as the outlet the event's
reports name that fits it (:mod:`claimgraph.triangulate.generic_origins`). A claim attributed to
a known outlet or agency has that agency as its origin. A claim attributed to a person speaking
("Kirby told reporters") goes back to that person's statement: one origin per speaker and event
cluster, however many outlets relay it. Where a report names several sources, a claim stated in a
sentence that names one of them goes back to that one alone ("The Times reported …" lends
nothing to the report's other sentences); an outlet credited on a line of its own ("Source: The
Moscow Times") only relays a source the report's text names.

When the graph is given the claims, the origins of one event's claims are then collapsed into the
accounts they relay (:mod:`claimgraph.triangulate.accounts`): one government's state media and
press services are one official account, one speaker is one statement, and a report that names
no source for a statement other reports trace relays their source. Document origins (what a
report as a whole rests on) are not collapsed.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from claimgraph.disjoint import DisjointSets
from claimgraph.model import Citation, Claim, Sighting
from claimgraph.nlp.citations import known_outlet
from claimgraph.nlp.generic_sources import generic_reference
from claimgraph.triangulate.accounts import Accounts
from claimgraph.triangulate.concepts import territory_key
from claimgraph.triangulate.generic_origins import GenericSources
from claimgraph.triangulate.keys import name_key, outlet_key
from claimgraph.triangulate.outlets import OutletBook
from claimgraph.triangulate.report_kin import ReportKin

#: Predicates whose statement is an official act: every report of it goes back to the acting
#: body's announcement (a designation is published by the body that makes it).
OFFICIAL_ACTS = frozenset({"sanctioned_by"})
#: Modalities of an act told as done: as a fact, or credited to an agency or a person ("Japan imposed
#: sanctions, Reuters reports"); who relays a published designation does not make it another origin.
ACT_TOLD = frozenset({"fact", "claim"})
DATELINE_CHARS = 160  # how far into a text a dateline naming the source is looked for
LEAD_CHARS = 320  # how far a source named in another script or spelling is looked for
MAX_NAME_WORDS = 4  # longest run of capitalised words compared with outlet names
CREDIT_SLACK = 16  # characters besides the name on a credit line ("Source: ", "Photo: ", a date)
SPEAKER_MIN_WORDS = 2  # a speaker is named in full ("John Kirby"), never by one word ("Russia")
#: A photo or picture credit line ("Фото: © РИА Новости/…", "Photo: Reuters"): furniture, no source.
CREDIT_LINE = re.compile(r"^[ \t]*(?:фото|photo|picture|image|illustration|иллюстрация|скриншот|screenshot)\b"
                         r"[^\n]*$|^[^\n]*©[^\n]*$", re.IGNORECASE | re.MULTILINE)
_CAPITALISED = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


@dataclass(slots=True)
class Origin:
    """Where one report of a claim began, and the chain that leads there."""

    key: str  # one key per outlet/agency ("tass"), or "doc:<id>" when no outlet is known
    label: str  # the name shown to the analyst
    chain: list[str] = field(default_factory=list)  # "BelTA", "cites", "TASS"
    state_affiliated: bool | None = None
    country: str | None = None
    own: bool = False  # the report's own outlet: it names no source

    def describe(self) -> str:
        return describe_chain(self.chain) if self.chain else self.label


def describe_chain(chain: list[str]) -> str:
    """"Outlet → cites → Agency"; a remark in parentheses follows its step without an arrow."""
    text = ""
    for step in chain:
        text += (" " if step.startswith("(") else " → ") + step if text else step
    return text


def loosely_same(a: str, b: str) -> bool:
    """Two keys that differ only by inflection ("nashei nive" / "nasha niva")."""
    ta, tb = a.split(), b.split()
    if not ta or len(ta) != len(tb):
        return False
    for x, y in zip(sorted(ta), sorted(tb)):
        n = max(3, min(len(x), len(y)) - 1)
        if abs(len(x) - len(y)) > 2 or x[:n] != y[:n]:
            return False
    return True


class CitationGraph:
    """Documents, the outlets that carried them and what each names as its source."""

    def __init__(self, sightings: Iterable[Sighting], citations: Iterable[Citation],
                 outlets: OutletBook | None = None, published: dict[str, str | None] | None = None,
                 leads: dict[str, str] | None = None, clusters: dict[str, str] | None = None,
                 claims: Iterable[Claim] | None = None, sentences: dict[str, str] | None = None) -> None:
        """``claims``: every claim of the workspace, so that reports of one event relaying one
        account collapse into it (:mod:`claimgraph.triangulate.accounts`); without them each
        claim's origins are traced on their own. ``sentences``: claim id -> its sentence."""
        self.book = outlets or OutletBook()
        self.published = published or {}
        self.leads = leads or {}
        self.carriers: dict[str, list[Sighting]] = defaultdict(list)
        self.cites: dict[str, list[Citation]] = defaultdict(list)
        self.known: set[str] = set()  # keys of every outlet, agency or channel seen anywhere
        self.cited: dict[str, int] = defaultdict(int)  # outlet key -> documents citing it
        self.families: DisjointSets[str] = DisjointSets()
        self.copiers: set[str] = set()  # documents a copy link calls the later one
        for s in sightings:
            self.carriers[s.document_id].append(s)
            for name in (s.outlet, s.forwarded_from):
                if name:
                    self.known.add(self.book.key(name))
        self.generic: dict[str, list[Citation]] = defaultdict(list)  # "state media reported"
        for c in citations:
            if c.kind != "copy" and generic_reference(c.source) is not None:
                self.generic[c.document_id].append(c)
                continue
            self.cites[c.document_id].append(c)
            if c.kind == "copy" and c.target_document_id:
                self.families.union(c.document_id, c.target_document_id)
                self.copiers.add(c.document_id)
            elif c.source:
                self.known.add(self.book.key(c.source))
                self.cited[self.book.key(c.source)] += 1
        self.known.update(outlet_key(name) for name in self.book.outlets)
        self.known.discard("")
        self.members: dict[str, list[str]] = defaultdict(list)
        for doc in set(self.carriers) | set(self.cites):
            self.members[self.families.find(doc)].append(doc)
        for rows in self.carriers.values():
            rows.sort(key=lambda s: (s.published or self.published.get(s.document_id) or "9999", s.seen_at or "", s.id))
        self._dateline = self._dateline_pattern()
        self.generic_sources = GenericSources(self.book, clusters or {}, self._names_of)
        self._memo: dict[str, list[Origin]] = {}
        self._keys: dict[str, str] | None = None
        self._named: dict[str, int] | None = None
        self.accounts = Accounts(claims, clusters or {}, self._traced_origins, self._established, sentences) \
            if claims is not None else None
        self.kin = ReportKin(claims or ())

    # -- outlets -----------------------------------------------------------------------------
    def outlets_of(self, document_id: str) -> list[str]:
        """Outlet names that carried the document, earliest first (duplicates dropped)."""
        seen: dict[str, str] = {}
        for s in self.carriers.get(document_id, []):
            name = s.outlet or s.channel
            if name and self.book.key(name) not in seen:
                seen[self.book.key(name)] = self.book.label(name)
        return list(seen.values())

    def source_names(self) -> set[str]:
        """Every outlet, agency and channel name seen (carriers, cited sources, the outlet table)."""
        names = {n for rows in self.carriers.values() for s in rows for n in (s.outlet, s.forwarded_from) if n}
        names |= {c.source for rows in self.cites.values() for c in rows if c.source and c.kind != "copy"}
        names |= {n for o in self.book.outlets.values() for n in (o.name, o.site) if n}
        return names

    def is_source(self, name: str | None) -> bool:
        """Whether a name is an outlet, agency or channel (not a person speaking)."""
        return bool(name) and self.book.key(name) in self.known

    def _origin(self, name: str, chain: list[str]) -> Origin:
        outlet = self.book.parent(name)
        label = outlet.name if outlet else name
        return Origin(self.book.key(name), label, chain,
                      outlet.state_affiliated if outlet else None, outlet.country if outlet else None)

    def outlet_names(self) -> set[str]:
        """Names that are outlets for certain: carriers, the outlet table, and cited sources that
        are well-known outlets (a company or ministry cited once is no outlet in another's lead)."""
        names = {n for rows in self.carriers.values() for s in rows for n in (s.outlet, s.forwarded_from) if n}
        names |= {c.source for rows in self.cites.values() for c in rows
                  if c.source and c.kind != "copy" and (known_outlet(c.source) or self.book.lookup(c.source))}
        names |= {n for o in self.book.outlets.values() for n in (o.name, o.site) if n}
        return names

    def _dateline_pattern(self) -> re.Pattern[str] | None:
        """Names of every outlet and agency known (the table, carriers, well-known cited outlets)."""
        names = {n for n in self.outlet_names() if len(n) >= 3 and "." not in n and "/" not in n}
        if not names:
            return None
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE)

    def _named_in_lead(self, document_id: str) -> list[str]:
        lead = CREDIT_LINE.sub("", self.leads.get(document_id, ""))
        if not lead:
            return []
        named = [self.book.label(m.group(1)) for m in self._dateline.finditer(lead[:DATELINE_CHARS])] \
            if self._dateline is not None else []
        named += self._named_by_key(lead[:LEAD_CHARS])
        return list(dict.fromkeys(named))

    def _outlet_keys(self) -> dict[str, str]:
        """Keys of multi-word outlet names (a single word is too often an ordinary one) -> label."""
        if self._keys is None:
            self._keys = {}
            for name in sorted(self.source_names()):
                key = self.book.key(name)
                if len(key.split()) >= 2:
                    self._keys.setdefault(key, self.book.label(name))
                    self._keys.setdefault(name_key(name), self.book.label(name))
        return self._keys

    def _named_by_key(self, text: str) -> list[str]:
        """Outlets named by runs of capitalised words whose transliteration key is an outlet's."""
        keys = self._outlet_keys()
        if not keys:
            return []
        words = list(_CAPITALISED.finditer(text))
        found = []
        for i, w in enumerate(words):
            if not w.group(0)[0].isupper():
                continue
            run = [w]
            for nxt in words[i + 1:i + MAX_NAME_WORDS]:  # consecutive words, any case after the first
                if text[run[-1].end():nxt.start()].strip(" «»\"'") or len(run) >= MAX_NAME_WORDS:
                    break
                run.append(nxt)
            for n in range(len(run), 1, -1):
                label = keys.get(name_key(text[run[0].start():run[n - 1].end()]))
                if label:
                    found.append(label)
                    break
        return found

    def named_counts(self) -> dict[str, int]:
        """Outlet key -> documents naming it as a source (citations, or a name in the lead)."""
        if self._named is None:
            self._named = dict(self.cited)
            for doc in self.leads:
                if self.cites.get(doc) and any(c.kind != "copy" for c in self.cites[doc]):
                    continue  # already counted through its citations
                own = {self.book.key(o) for o in self.outlets_of(doc)}
                for name in set(self._named_by_key(CREDIT_LINE.sub("", self.leads[doc])[:LEAD_CHARS])):
                    key = self.book.key(name)
                    if key not in own:
                        self._named[key] = self._named.get(key, 0) + 1
        return self._named

    # -- documents ---------------------------------------------------------------------------
    def _date(self, document_id: str) -> str:
        rows = self.carriers.get(document_id)
        return (self.published.get(document_id) or (rows[0].published if rows else None) or "9999")[:10]

    def _names_of(self, document_id: str) -> list[str]:
        """Outlets a document names as sources (citations, its lead) or that carry it."""
        cited = [c.source for c in self.cites.get(document_id, []) if c.kind != "copy" and c.source]
        return [*cited, *self._named_in_lead(document_id), *self.outlets_of(document_id)]

    def _generic_origin(self, phrase: str, document_id: str, chain: list[str],
                        carrier_keys: set[str]) -> Origin | None:
        """The origin behind "state media reported": the outlet the event's reports name, else
        the phrase itself, one origin per event; None when it is the report's own outlet."""
        name = self.generic_sources.resolve(phrase, document_id)
        if name is not None:
            if self._is_own(name, carrier_keys):
                return None
            return self._origin(name, [*chain, "cites", phrase, f"(= {self.book.label(name)})"])
        ref = generic_reference(phrase)
        return Origin(self.generic_sources.key(phrase, document_id), phrase, [*chain, "cites", phrase],
                      True if ref and ref.state else None, ref.country if ref else None)

    def _is_own(self, name: str, carriers: set[str]) -> bool:
        key = self.book.key(name)
        return key in carriers or any(loosely_same(name_key(name) or key, c) for c in carriers)

    def document_origins(self, document_id: str) -> list[Origin]:
        """The independent origins behind one document (never empty)."""
        if document_id in self._memo:
            return self._memo[document_id]
        family = sorted(self.members.get(self.families.find(document_id), [document_id]),
                        key=lambda d: (self._date(d), d in self.copiers, d))
        if document_id not in family:
            family.append(document_id)
        head = (self.outlets_of(document_id) or [f"document {document_id}"])[0]
        carriers = {self.book.key(o) for d in family for o in self.outlets_of(d)}
        carrier_keys = carriers | {name_key(o) for d in family for o in self.outlets_of(d)}
        found: dict[str, Origin] = {}

        def via(member: str) -> list[str]:
            if member == document_id:
                return [head]
            step = (self.outlets_of(member) or [f"document {member}"])[0]
            return [head, "copies", step] if step != head else [head]

        for member in family:
            for c in sorted(self.cites.get(member, []), key=lambda c: (c.start or 0, c.id)):
                if c.kind == "copy" or not c.source or self._is_own(c.source, carrier_keys):
                    continue
                verb = "forwards" if c.kind == "forward" else "cites"
                o = self._origin(c.source, [*via(member), verb, self.book.label(c.source)])
                if o.key:
                    found.setdefault(o.key, o)
            for s in self.carriers.get(member, []):
                if s.forwarded_from and not self._is_own(s.forwarded_from, carrier_keys):
                    o = self._origin(s.forwarded_from, [*via(member), "forwards", self.book.label(s.forwarded_from)])
                    found.setdefault(o.key, o)
        for member in family:
            for c in sorted(self.generic.get(member, []), key=lambda c: (c.start or 0, c.id)):
                generic = self._generic_origin(c.source or "", member, via(member), carrier_keys)
                if generic is not None:
                    found.setdefault(generic.key, generic)
        named_carrier = None
        if not found:
            for member in family:
                for name in self._named_in_lead(member):
                    if self._is_own(name, carrier_keys):
                        named_carrier = named_carrier or name
                    else:
                        o = self._origin(name, [*via(member), "cites", name])
                        found.setdefault(o.key, o)
        if not found:
            found = {o.key: o for o in [self._own_origin(document_id, family, head, named_carrier)]}
        result = list(found.values())
        self._memo[document_id] = result
        return result

    def _own_origin(self, document_id: str, family: list[str], head: str, named: str | None) -> Origin:
        """The family's original outlet: named in its lead, else the earliest carrier, and among
        carriers of one day (or one minute, when every sighting has a time) the one other reports
        name as their source, else the earliest listed."""
        stamps: dict[tuple[str, str], str] = {}
        for member in family:
            for sighting in self.carriers.get(member, []):
                name = sighting.outlet or sighting.channel
                if name:
                    stamp = sighting.published or self.published.get(member) or "9999"
                    stamps.setdefault((member, self.book.key(name)), stamp)
        timed = bool(stamps) and all(len(v) > 10 for v in stamps.values())
        candidates: list[tuple[tuple[object, ...], str, str]] = []
        for rank, member in enumerate(family):
            for pos, outlet in enumerate(self.outlets_of(member)):
                key = self.book.key(outlet)
                stamp = stamps.get((member, key), "9999")
                when = stamp[:16] if timed else stamp[:10]
                score = (0 if named and self.book.key(named) == key else 1, when,
                         -self.named_counts().get(key, 0), rank, pos)
                candidates.append((score, outlet, member))
        if not candidates:
            return Origin(f"doc:{document_id}", head, [head], own=True)
        _, outlet, member = min(candidates)
        others = [o for o in self.outlets_of(document_id) if o != outlet]
        if member != document_id or head != outlet:
            chain = [head, "copies" if member != document_id else "carries the text of", outlet]
        else:
            chain = [outlet] + ([f"(also carried by {', '.join(others)})"] if others else [])
        return replace(self._origin(outlet, chain), own=True)

    def _established(self, document_id: str) -> bool:
        """Whether a report's own outlet reports on its own: the outlet table knows it, it is a
        well-known outlet or agency, other reports name it as their source, or its lead names it
        (a dateline: "MINSK, 6 March (BelTA) –")."""
        named = self.named_counts()
        outlets = self.outlets_of(document_id)
        if any(self.book.parent(o) is not None or known_outlet(o) or named.get(self.book.key(o), 0) > 0
               for o in outlets):
            return True
        own = {self.book.key(o) for o in outlets} | {name_key(o) for o in outlets}
        return any(self._is_own(name, own) for name in self._named_in_lead(document_id))

    # -- claims ------------------------------------------------------------------------------
    def claim_origins(self, claim: Claim) -> list[Origin]:
        """Origins of one claim: those traced for it, collapsed into the accounts its event's
        reports relay when the graph knows the claims. A claim a report tells in its own voice
        that the same report elsewhere credits to a source (a lead retelling what the body quotes)
        goes back to that source (:class:`ReportKin`)."""
        origins = self._account_origins(claim)
        if origins and all(o.own for o in origins):
            for other in self.kin.of(claim):
                theirs = self._account_origins(other)
                if theirs and not any(o.own for o in theirs):
                    return theirs
        return origins

    def _account_origins(self, claim: Claim) -> list[Origin]:
        if self.accounts is not None:
            return self.accounts.origins(claim, self._traced_origins)
        return self._traced_origins(claim)

    def _traced_origins(self, claim: Claim) -> list[Origin]:
        """The announcement of an official act, its attributed agency when it names one, else its
        document's."""
        if claim.predicate in OFFICIAL_ACTS and claim.modality in ACT_TOLD \
                and not (claim.object and self.is_source(claim.object)):
            outlets = self.outlets_of(claim.document_id)
            head = outlets[0] if outlets else f"document {claim.document_id}"
            target = claim.subject_entity or name_key(claim.subject)
            body = claim.object or "the designation"
            return [Origin(f"act:{target}", body, [head, "reports the act of", body],
                           True if claim.object else None, None)]
        if claim.attributed_to and generic_reference(claim.attributed_to) is not None:
            outlets = self.outlets_of(claim.document_id)
            head = outlets[0] if outlets else f"document {claim.document_id}"
            own = {self.book.key(o) for o in outlets} | {name_key(o) for o in outlets}
            o = self._generic_origin(claim.attributed_to, claim.document_id, [head], own)
            return [o] if o is not None else self.document_origins(claim.document_id)
        if claim.attributed_to and self.is_source(claim.attributed_to):
            outlets = self.outlets_of(claim.document_id)
            head = outlets[0] if outlets else f"document {claim.document_id}"
            label = self.book.label(claim.attributed_to)
            if self.book.key(claim.attributed_to) == self.book.key(head):
                return self.document_origins(claim.document_id)
            return [self._origin(claim.attributed_to, [head, "cites", label])]
        speaker = self._speaker_origin(claim)
        if speaker is not None:
            return [speaker]
        return self._sentence_origins(claim) or self._relayed_origins(claim.document_id)

    def _relayed_origins(self, document_id: str) -> list[Origin]:
        """A report's origins for a statement its sentence does not attribute: an outlet credited
        on a line of its own ("Source: The Moscow Times") is the text the report was rewritten
        from, so when the report also names a source in its text ("state media reported"), that
        source is where the statement began and the credited outlet only relays it."""
        origins = self.document_origins(document_id)
        rows = [*self.cites.get(document_id, []), *self.generic.get(document_id, [])]
        credited = {self.book.key(c.source or "") for c in rows if c.kind == "attribution" and is_credit_line(c)}
        in_text = {self.book.key(c.source or "") for c in rows if c.kind == "attribution" and not is_credit_line(c)}
        if not credited or not in_text - credited:
            return origins
        kept = [o for o in origins if o.key not in credited]
        return kept or origins

    def _speaker_origin(self, claim: Claim) -> Origin | None:
        """The statement of the person a claim is attributed to, one per speaker and event cluster
        (None when the claim is not attributed to a person or its report belongs to no cluster).
        A figure or denial a body or country ``states`` goes back to that resolved speaker."""
        name = " ".join((claim.attributed_to or "").split())
        stated = claim.predicate == "states" and claim.subject == claim.attributed_to and bool(claim.subject_entity)
        if not stated and (len(name.split()) < SPEAKER_MIN_WORDS or territory_key(name, "Location")) \
                or generic_reference(name) is not None or not name_key(name):
            return None  # a country "offers": no one speaking
        cluster = self.generic_sources.clusters.get(claim.document_id)
        if cluster is None:
            return None
        outlets = self.outlets_of(claim.document_id)
        head = outlets[0] if outlets else f"document {claim.document_id}"
        # what a state's voice states goes back to that voice, however a report spells it
        who = claim.subject_entity if stated else name_key(name)
        return Origin(f"said:{cluster}:{who}", name, [head, "quotes", name])

    def _sentence_origins(self, claim: Claim) -> list[Origin]:
        """Where a report names several sources, those named in the claim's own sentence (empty
        when the report names fewer than two, or none in that sentence)."""
        doc = claim.document_id
        named = [c for c in self.cites.get(doc, []) if c.kind != "copy" and c.source]
        generic = self.generic.get(doc, [])
        if len({self.book.key(c.source or "") for c in [*named, *generic]}) < 2:
            return []
        outlets = self.outlets_of(doc)
        head = outlets[0] if outlets else f"document {doc}"
        own = {self.book.key(o) for o in outlets} | {name_key(o) for o in outlets}

        def here(c: Citation) -> bool:
            return c.start is not None and c.start < claim.end and claim.start < (c.end or c.start + 1)

        found: dict[str, Origin] = {}
        for c in named:
            if here(c) and not self._is_own(c.source or "", own):
                verb = "forwards" if c.kind == "forward" else "cites"
                o = self._origin(c.source or "", [head, verb, self.book.label(c.source or "")])
                found.setdefault(o.key, o)
        for c in generic:
            if here(c):
                behind = self._generic_origin(c.source or "", doc, [head], own)
                if behind is not None:
                    found.setdefault(behind.key, behind)
        return list(found.values())


def is_credit_line(citation: Citation) -> bool:
    """Whether a citation's sentence is little more than the source's name ("Source: Reuters")."""
    if citation.start is None or citation.end is None or not citation.source:
        return False
    return citation.end - citation.start <= len(citation.source) + CREDIT_SLACK


def count_origins(origins: Iterable[Origin]) -> tuple[int, int]:
    """(independent origins, state-affiliated ones) over many reports."""
    distinct: dict[str, Origin] = {}
    for o in origins:
        distinct.setdefault(o.key, o)
    return len(distinct), sum(1 for o in distinct.values() if o.state_affiliated)
