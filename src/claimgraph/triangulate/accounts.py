"""One statement, one origin: how the reports of one event that relay the same account collapse.

Following citations and copies says which outlet a report leans on. What an analyst counts as
one *origin* is coarser: the party that first made a statement public. Within one event cluster,
and for one statement (claims of one predicate about the same participants):

- **An official account.** A government's voices at one event are one account: its state
  agencies and broadcasters (the outlet table's state-affiliated rows), "state media" named by
  kind, and its press services ("the Kremlin press service", "пресс-служба главы республики").
  BelTA relaying the Belarusian president's press office is one origin, not two; a press service
  whose country the phrase does not give joins the government whose voices its report relays,
  else the event's only official account. A seat of government speaking ("the Kremlin said"), a
  state or its capital named as the speaker ("the United States believes", "США заявили",
  "Tehran denied"), or a speaker whose title names a seat ("White House coordinator John Kirby"),
  speaks for it too: one briefing relayed by many outlets is one origin; states named together as
  the speaker ("The US and South Korea accused …") each speak. So does a body or office
  whose name gives its state ("the Romanian Defence Ministry", "посол России в Румынии"), however
  each report spells it (:mod:`claimgraph.triangulate.state_voices`), and so does that body named
  without its state ("the Defence Ministry", "в Минобороны") where the event names it with one state
  only. A government's own outlet
  telling what another state said keeps its own account.
- **A denial without a speaker** is its subject's own ("Iran denies supplying drones"): the
  subject's government when it is a state, else the subject's statement.
- **A firm's own voice.** "The company's press office" speaks as the firm the claim is about,
  and a firm quoted by name about itself ("Kronshtadt Company said") is that firm: its statements
  about itself are one origin in every event.
- **A speaker.** Reports quoting one person or body are one origin per event. A title and a name
  quoted side by side in one report are one speaker ("the White House coordinator … John Kirby"),
  a body named inside a longer title is that title's speaker ("White House" in "White House
  National Security Council Coordinator"), and a surname is its full name; two people named in
  full in one report stay two, and so do two bodies (a state and the ministry of another). A speaker the reports say holds office in a government speaks for
  that government's official account when the event has one.
- **A carried statement.** A report that gives one statement both to a speaker and to the agency
  that carried it ties the two into one account for that statement, in every report of the event.
- **An unsourced relay.** A report that names no source for a statement that other reports of
  the event trace to a source relays that source: it adds no origin of its own, and counts as the
  source most reports of the statement name. An outlet that others name as a source, or that the
  outlet table knows, keeps its own reporting as its own origin.
- **A background line.** A report's own line without a figure ("a plant where Russia makes
  drones") beside a figure of the same predicate that the report gives to one source relays that
  source: it is background to the figure, not a second origin.

Everything else here is scoped to one event cluster: the same official or speaker in two events
makes two statements.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimgraph.disjoint import DisjointSets
from claimgraph.model import Claim
from claimgraph.nlp.generic_sources import COUNTRY_STEMS
from claimgraph.nlp.seats import seat_in, speaking_state
from claimgraph.triangulate.concepts import territory_key
from claimgraph.triangulate.keys import name_key
from claimgraph.triangulate.named_speakers import (
    coordinated_governments,
    named_speaker,
    speaking_together,
    surname_index,
)
from claimgraph.triangulate.state_voices import (
    bare_body_state,
    body_states,
    speaks,
    state_voice,
    subject_denial,
)

if TYPE_CHECKING:
    from claimgraph.triangulate.origins import Origin

SYMMETRIC = frozenset({"met_with", "cooperates_with"})
#: Predicates whose figure is the point of a report's sentence (an output, a capacity, a supply).
FIGURED = frozenset({"produces", "plans_to_produce", "capacity", "supplies_to", "offers_to_build"})
MAX_SPEAKERS = 400  # speakers of one event compared pairwise at most (titles, surnames, bodies)
#: Words naming a press service or office in the languages of the region.
PRESS_SERVICE = re.compile(
    r"press[- ](?:service|office|secretary)|пресс-служб|пресс-секретар|прес-служб|прес-секретар"
    r"|прэс-служб|прэс-сакратар|biuro prasowe|rzecznik|pressestelle|pressedienst|serviciul de pres",
    re.IGNORECASE)
_SEAT_STEMS = (("white house", "US"), ("белого дома", "US"), ("білого дому", "US"))


def press_country(phrase: str, holders: Mapping[str, str] | None = None) -> str | None:
    """The country a press service phrase names ("пресс-служба Кремля" -> RU), or None.
    ``holders`` (see :func:`role_holders`) reads an owner named by surname ("Lukashenko's press
    office") as the country that person holds office in."""
    low = phrase.lower()
    code = next((code for stem, code in (*COUNTRY_STEMS, *_SEAT_STEMS) if stem in low), None)
    if code is None and holders:
        words = re.findall(r"[^\W\d_]+(?:['’]s)?", phrase)
        code = next((holders[stem] for w in words for stem in (_surname_stem(w),) if stem in holders), None)
    return code


def _surname_stem(word: str) -> str:
    """A surname's key in any script, without its case ending ("Łukašenka", "Лукашенко's")."""
    from claimgraph.resolve.names import token_key

    return token_key(re.sub(r"['’]s$", "", word))


def role_holders(claims: Iterable[Claim]) -> dict[str, str]:
    """Surname stem -> the country its bearer holds office in, read from ``holds_role`` claims
    whose object is a country or a seat of government ("Putin holds_role Russia"); a surname
    claimed for two countries is kept only for the one claimed at least twice as often."""
    from claimgraph.nlp.countries import territory_code

    found: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        if c.predicate != "holds_role" or not c.object or not c.subject:
            continue
        code = seat_country(c.object) or (territory_code(c.object) or "").upper()
        words = c.subject.split()
        if code and "-" not in code and len(words) >= 2 and len(words[-1]) >= 4:  # no region
            found[_surname_stem(words[-1])][code] += 1
    out = {}
    for stem, codes in found.items():
        [(code, n), *rest] = codes.most_common()
        if not rest or n >= 2 * rest[0][1]:  # a stray claim does not undo what most reports say
            out[stem] = code
    return out


#: Seats of government whose name stands for the government speaking ("the Kremlin said").
SEAT_WORDS = 3  # "the Kremlin", "the White House": a longer attribution is a person or a title
#: Modalities of a statement a state makes about others or itself: a state named as its source (a
#: country or its capital: "Tehran denied", "US officials say") speaks as its government.
STATED = frozenset({"claim", "denial"})


def _state_named(name: str) -> str | None:
    """The country a state, its capital or its seat named as a speaker is, or None."""
    return state_speaking(name) or (speaking_state(name) or "").upper() or seat_country(name)


def seat_country(name: str | None) -> str | None:
    """The country whose seat of government a name or title names ("Kremlin aide" -> RU)."""
    return (seat_in(name) or "").upper() or None


def state_speaking(name: str) -> str | None:
    """The country a state named as the speaker is ("the United States believes", "США заявили"):
    its government speaks, so the statement is that government's official account."""
    from claimgraph.nlp.countries import territory_code

    code = territory_code(name)
    if not code or "-" in code or territory_key(name, "Country") not in ("", f"t:{code}"):
        return None  # no country, a region, or two readings of the name
    return code.upper()


#: Words naming a firm whose press service speaks ("the company's press office", "пресс-служба компании").
COMPANY_WORDS = re.compile(r"\b(?:company|firm|concern|corporation|manufacturer|holding)|компани|концерн|корпораци"
                           r"|предприяти|холдинг|kompani", re.IGNORECASE)


def company_voice(origin: Origin, claim: Claim, cluster: str) -> Origin:
    """A firm's press service named by kind ("press service of the company", "the company's press
    office") is the voice of the firm the claim is about: it speaks as the claim's subject, one
    speaker with that firm quoted by name. Any other origin is returned as it is."""
    label = origin.label
    if origin.key.startswith(("said:", "act:", "official:")) or not claim.subject or not is_press_service(label) \
            or COMPANY_WORDS.search(label) is None or press_country(label) is not None:
        return origin
    if territory_key(claim.subject, "Country") or not name_key(claim.subject):
        return origin  # a country is no firm
    head = origin.chain[0] if origin.chain else label
    return replace(origin, key=f"said:firm:{firm_key(claim.subject)}", label=claim.subject,
                   chain=[head, "quotes", label, f"(= {claim.subject})"], state_affiliated=None, own=False)


def firm_key(name: str) -> str:
    """A firm's name key without the common nouns written beside it ("Kronshtadt company")."""
    words = [w for w in name.split() if COMPANY_WORDS.match(w.lower()) is None]
    return name_key(" ".join(words) or name)


def own_voice(origin: Origin, claim: Claim) -> Origin:
    """A firm quoted by name ("Kronshtadt Company said") about itself speaks as that firm in every
    event: its statements about itself are one origin, the same as its press service's."""
    if not origin.key.startswith("said:") or origin.key.startswith("said:firm:") or not claim.subject:
        return origin
    label = origin.label or ""
    if COMPANY_WORDS.search(label) is None or firm_key(label) != firm_key(claim.subject):
        return origin
    return replace(origin, key=f"said:firm:{firm_key(claim.subject)}")


def is_press_service(name: str | None) -> bool:
    return bool(name) and PRESS_SERVICE.search(name or "") is not None


@dataclass(slots=True)
class _Voice:
    claim: Claim
    cluster: str
    origins: list[Origin]
    own: bool  # the report names no source: its origin is its own outlet
    established: bool  # that outlet is known or named by other reports


def participant_keys(claim: Claim) -> tuple[str, str]:
    """Comparison keys of a claim's subject and object (entity, territory, then spelling)."""
    def one(name: str | None, entity: str | None) -> str:
        if not name:
            return ""
        return territory_key(name, "Country") or entity or name_key(name)

    return one(claim.subject, claim.subject_entity), one(claim.object, claim.object_entity)


def same_statement(a: Claim, b: Claim) -> bool:
    """Claims of one predicate about the same participants (either way round for symmetric
    ones) and of one polarity (a denial is the denier's statement); where one lacks an object,
    the same subject; two claims without an object share their predicate alone (a capacity, a
    count)."""
    if a.predicate != b.predicate:
        return False
    if (a.modality == "denial") != (b.modality == "denial"):
        return False  # a denial answers the statement: the denier's word, not the accuser's
    sa, oa = participant_keys(a)
    sb, ob = participant_keys(b)
    if not oa and not ob:
        return True
    if not oa or not ob:
        return bool(sa) and sa == sb
    if a.predicate in SYMMETRIC:
        return {sa, oa} == {sb, ob}
    return sa == sb and oa == ob


class Accounts:
    """Collapses the origins of the claims of one event cluster into the accounts they relay."""

    def __init__(self, claims: Iterable[Claim], clusters: dict[str, str],
                 base: Callable[[Claim], list[Origin]], established: Callable[[str], bool],
                 sentences: Mapping[str, str] | None = None) -> None:
        """``base(claim)`` gives the origins citations, copies and attributions lead to;
        ``established(doc)`` says whether the report's own outlet reports on its own;
        ``sentences``: claim id -> its sentence, where a speaker may be named."""
        self.clusters = clusters
        self.sentences = sentences or {}
        self.base = base
        self.established = established
        self._by_cluster: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            cluster = clusters.get(c.document_id)
            if cluster is not None:
                self._by_cluster[cluster].append(c)
        self._done: dict[str, dict[str, list[Origin]]] = {}
        self._holders = role_holders(c for members in self._by_cluster.values() for c in members)
        self._bodies: dict[frozenset[str], str] = {}  # the cluster being collapsed: bodies named with their state

    def origins(self, claim: Claim, traced: Callable[[Claim], list[Origin]]) -> list[Origin]:
        """The origins of one claim after its event's accounts are collapsed (``traced`` for a
        claim outside every cluster)."""
        cluster = self.clusters.get(claim.document_id)
        if cluster is None:
            return traced(claim)
        if cluster not in self._done:
            self._done[cluster] = self._collapse(cluster)
        found = self._done[cluster].get(claim.id)
        return found if found is not None else traced(claim)

    # -- the collapse of one cluster -----------------------------------------------------------
    def _collapse(self, cluster: str) -> dict[str, list[Origin]]:
        members = self._by_cluster.get(cluster, [])
        self._bodies = body_states(name for c in members for name in (c.attributed_to, c.subject))
        voices = [self._voice(c, cluster) for c in members]
        official = self._official(voices, cluster, self._holders, self._bodies)
        speakers = self._speakers(voices, cluster)
        self._office_holders(voices, cluster, speakers, official)
        self._named_in_sentences(voices, speakers, official)
        result: dict[str, list[Origin]] = {}
        for v in voices:
            doc = v.claim.document_id
            result[v.claim.id] = _dedup([speakers.get(o.key) or official.get((doc, o.key)) or o for o in v.origins])
        _carried(voices, result)
        index: dict[tuple[str, str], list[_Voice]] = defaultdict(list)  # (predicate, participant) -> sourced
        for w in voices:
            if not w.own:
                for key in set(participant_keys(w.claim)):
                    index[(w.claim.predicate, key)].append(w)
        for v in voices:
            if not v.own or v.established:
                continue
            near = {id(w): w for key in set(participant_keys(v.claim)) for w in index.get((v.claim.predicate, key), [])}
            sourced = Counter(o.key for w in near.values() if same_statement(w.claim, v.claim)
                              for o in result[w.claim.id])
            if not sourced:
                continue
            key = min(sourced, key=lambda k: (-sourced[k], k))
            behind = next(o for w in voices for o in result[w.claim.id] if o.key == key)
            head = v.origins[0].chain[0] if v.origins and v.origins[0].chain else v.origins[0].label
            result[v.claim.id] = [replace(behind, chain=[head, "relays", behind.label])]
        _background(voices, result)
        _carried(voices, result)  # once more: a relay may sit beside its speaker in one report
        return result

    def _voice(self, claim: Claim, cluster: str) -> _Voice:
        origins = self.base(claim)
        who = " ".join((claim.attributed_to or "").split())
        seat = seat_country(who) if len(who.split()) <= SEAT_WORDS else None
        if seat is None and len(who.split()) <= SEAT_WORDS and not any(is_press_service(o.label) for o in origins):
            # a government's press office telling what another state said keeps its account; a
            # state agency relaying another state's words relays that state
            seat = state_speaking(who)
            if seat is None and claim.modality in STATED:  # "Tehran denied", "Pyongyang rejected"
                seat = (speaking_state(who) or "").upper() or None
        seat = seat or state_voice(who) or bare_body_state(who, self._bodies)  # "the Romanian Defence Ministry said"
        if seat is not None and origins and not any(o.key.startswith(("said:", "act:")) for o in origins):
            head = origins[0].chain[0] if origins[0].chain else origins[0].label
            # "The US and South Korea accused …": each state named with the speaker speaks too
            codes = speaking_together(self.sentences.get(claim.id, ""), who, _state_named) or [seat]
            origins = [replace(origins[0], key=f"official:{cluster}:{code}", label=who if code == seat else code,
                               chain=[head, "quotes", who if code == seat else code], state_affiliated=True,
                               country=code, own=False) for code in codes]
        if not who and origins and not any(o.key.startswith(("said:", "act:")) for o in origins):
            origins = subject_denial(claim, cluster, origins)
        origins = [own_voice(company_voice(o, claim, cluster), claim) for o in origins]
        own = bool(origins) and all(o.own for o in origins)
        return _Voice(claim, cluster, origins, own, own and self.established(claim.document_id))

    def _named_in_sentences(self, voices: list[_Voice], speakers: dict[str, Origin],
                            official: Mapping[tuple[str, str], Origin]) -> None:
        """A claim without an attribution whose sentence names one speaker the event's reports
        quote goes back to that speaker, and one naming several governments by their officials to
        each of them (:mod:`claimgraph.triangulate.named_speakers`). Updates the voices, and
        ``speakers`` for a government named, in place."""
        if not self.sentences:
            return
        quoted = [(o.label, o) for v in voices for o in v.origins if o.key.startswith("said:")]
        accounts = [*official.values(), *speakers.values(), *(o for v in voices for o in v.origins)]
        officials = {o.country.upper(): o for o in accounts if o.key.startswith("official:") and o.country}
        by_surname = surname_index(quoted, _surname_stem)
        unnamed = [v for v in voices if v.origins and not v.claim.attributed_to
                   and not any(o.key.startswith(("said:", "act:")) for o in v.origins)]
        for v in unnamed:
            several = coordinated_governments(self.sentences.get(v.claim.id, ""))
            if len(several) > 1:  # "American and Ukrainian officials": each its government
                head = v.origins[0].chain[0] if v.origins[0].chain else v.origins[0].label
                v.origins = [replace(v.origins[0], key=f"official:{v.cluster}:{code}", label=f"{code} officials",
                                     chain=[head, "quotes", f"{code} officials"], state_affiliated=True,
                                     country=code, own=False) for code in several]
                v.own = v.established = False
                for code, o in zip(several, v.origins):
                    officials.setdefault(code, o)
        for v in unnamed:
            sentence = self.sentences.get(v.claim.id, "")
            if len(coordinated_governments(sentence)) > 1:
                continue
            target = named_speaker(sentence, by_surname, officials, _surname_stem) if by_surname or officials else None
            if target is None or _names_party(target.label, v.claim):
                continue  # none, or the person the claim is about
            # a quoted speaker keeps its own key, so that the speaker's other names and the
            # agencies a report gives the statement to join it as they join any quote
            head = v.origins[0].chain[0] if v.origins and v.origins[0].chain else target.label
            if target.key.startswith("official:"):  # a government named: quoted as a speaker of it
                speakers.setdefault("said:" + target.key, target)
                target = replace(target, key="said:" + target.key)
            v.origins = [replace(target, chain=[head, "quotes", target.label], own=False)]
            v.own = v.established = False

    @staticmethod
    def _official(voices: list[_Voice], cluster: str, holders: Mapping[str, str],
                  bodies: Mapping[frozenset[str], str] | None = None) -> dict[tuple[str, str], Origin]:
        """(document, origin key) -> the official account it belongs to (state outlets and press
        services); a press service whose owner the phrase leaves out belongs to the one government
        whose voices its report relays, else to the event's only official account."""
        countries: dict[str, str | None] = {}
        in_doc: dict[str, set[str]] = defaultdict(set)  # document -> countries of its official voices
        for v in voices:
            for o in v.origins:
                if o.key.startswith(("act:", "said:")):
                    continue
                if is_press_service(o.label):
                    countries[o.key] = press_country(o.label, holders)
                elif o.state_affiliated and o.country:
                    countries[o.key] = o.country.upper()
                elif state_voice(o.label):  # a state body cited as the source ("сообщает Минобороны России")
                    countries[o.key] = state_voice(o.label)
                elif bodies and (code := bare_body_state(o.label, bodies)):  # "сообщает Минобороны"
                    countries[o.key] = code
                if countries.get(o.key):
                    in_doc[v.claim.document_id].add(countries[o.key] or "")
        known = {c for c in countries.values() if c}
        only = next(iter(known)) if len(known) == 1 else None
        out: dict[tuple[str, str], Origin] = {}
        for v in voices:
            mine = in_doc.get(v.claim.document_id, set())
            for o in v.origins:
                if o.key not in countries:
                    continue
                country = countries[o.key] or (next(iter(mine)) if len(mine) == 1 else only)
                if country is None:
                    continue
                key = f"official:{cluster}:{country}"
                out.setdefault((v.claim.document_id, o.key), replace(o, key=key, country=country, state_affiliated=True))
        return out

    def _office_holders(self, voices: list[_Voice], cluster: str, speakers: dict[str, Origin],
                        official: Mapping[tuple[str, str], Origin]) -> None:
        """A speaker the reports say holds office in a government whose official account this event
        has (its state media, press service or seat) speaks for that account: the president's remarks
        and his press office's release of them are one origin. Updates ``speakers`` in place."""
        accounts = {o.key: o for o in official.values()}
        accounts.update({o.key: o for v in voices for o in v.origins if o.key.startswith("official:")})
        accounts.update({o.key: o for o in speakers.values() if o.key.startswith("official:")})
        if not accounts or not self._holders:
            return
        for v in voices:
            for o in v.origins:
                if not o.key.startswith("said:"):
                    continue
                target = speakers.get(o.key, o)
                if target.key.startswith("official:"):
                    continue
                words = re.findall(r"[^\W\d_]+", target.label)
                code = self._holders.get(_surname_stem(words[-1])) if words else None
                account = accounts.get(f"official:{cluster}:{code}") if code else None
                if account is not None:
                    speakers[o.key] = replace(account, chain=o.chain, own=False)

    @staticmethod
    def _speakers(voices: list[_Voice], cluster: str) -> dict[str, Origin]:
        """Speaker origin key -> the key of the speaker it is one with (titles, surnames, bodies)."""
        said: dict[str, Origin] = {}
        spelled: dict[str, set[str]] = defaultdict(set)  # one speaker's names across the reports
        in_doc: dict[str, set[str]] = defaultdict(set)
        for v in voices:
            for o in v.origins:
                if o.key.startswith("said:"):
                    said.setdefault(o.key, o)
                    spelled[o.key].add(o.label)
                    in_doc[v.claim.document_id].add(o.key)
        if not said:
            return {}
        sets: DisjointSets[str] = DisjointSets()
        tokens = {k: set(name_key(o.label).split()) for k, o in said.items()}
        surnames = {k: name_key(o.label.split()[-1]) if o.label.split() else "" for k, o in said.items()}
        keys = sorted(said)
        if len(keys) > MAX_SPEAKERS:
            keys_in_docs: list[set[str]] = []
            keys = keys[:0]  # too many to compare: each speaker stands alone
        else:
            keys_in_docs = list(in_doc.values())
        for keys_in_doc in keys_in_docs:
            ordered = sorted(keys_in_doc)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    if _full_name(said[a].label) != _full_name(said[b].label) \
                            and not (state_speaking(said[a].label) or state_speaking(said[b].label)):
                        sets.union(a, b)  # a title beside a name; two people, two bodies, or a state, stay apart
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                ta, tb = tokens[a], tokens[b]
                if (ta and tb and (ta <= tb or tb <= ta)) or (surnames[a] and surnames[a] == surnames[b]):
                    sets.union(a, b)
        groups: dict[str, list[str]] = defaultdict(list)
        for k in sorted(said):
            groups[sets.find(k)].append(k)
        out: dict[str, Origin] = {}
        for members in groups.values():
            lead = min(members, key=lambda k: (-len(tokens[k]) if len(tokens[k]) <= 3 else 0, k))
            seat = next((c for k in members for label in sorted(spelled[k])
                         if (c := seat_country(label) or state_voice(label))), None)
            if seat is not None:  # a spokesman of the Kremlin or the White House speaks for it
                target = replace(said[lead], key=f"official:{cluster}:{seat}", state_affiliated=True, country=seat)
            elif len(members) > 1:
                target = said[lead]
            else:
                continue
            for k in members:
                out[k] = replace(target, chain=said[k].chain)
        return out


def _statements(voices: list[_Voice]) -> list[list[_Voice]]:
    """The voices of one event grouped by the statement they make (see :func:`same_statement`)."""
    by_predicate: dict[str, list[_Voice]] = defaultdict(list)
    for v in voices:
        by_predicate[v.claim.predicate].append(v)
    groups: list[list[_Voice]] = []
    for members in by_predicate.values():
        if len(members) > MAX_SPEAKERS:
            continue  # too many to compare: each keeps its own origins
        sets: DisjointSets[int] = DisjointSets()
        for i, a in enumerate(members):
            sets.find(i)
            for j in range(i + 1, len(members)):
                if same_statement(a.claim, members[j].claim):
                    sets.union(i, j)
        found: dict[int, list[_Voice]] = defaultdict(list)
        for i, v in enumerate(members):
            found[sets.find(i)].append(v)
        groups.extend(found.values())
    return groups


def _carried(voices: list[_Voice], result: dict[str, list[Origin]]) -> None:
    """A report that gives one statement both to a speaker and to the agency or government that
    carried it ("Oreshkin said …", "… BelTA reported") ties the two into one account for that
    statement, in every report of the event; two speakers stay two, and so do a speaker and a
    government the report quotes ("Seoul says …", "Peskov said …"). Updates ``result`` in place."""
    for group in _statements(voices):
        sets: DisjointSets[str] = DisjointSets()
        by_key: dict[str, Origin] = {}
        uses: Counter[str] = Counter()
        in_doc: dict[str, set[str]] = defaultdict(set)
        spoken: dict[str, set[str]] = defaultdict(set)  # document -> keys a named speaker leads to
        states: dict[str, set[str]] = defaultdict(set)  # document -> governments quoted as speaking
        for v in group:
            said = any(o.key.startswith("said:") for o in v.origins)
            state = not said and any(speaks(o) for o in v.origins)
            for o in result[v.claim.id]:
                if not o.own:
                    in_doc[v.claim.document_id].add(o.key)
                    by_key.setdefault(o.key, o)
                    uses[o.key] += 1
                    if said:
                        spoken[v.claim.document_id].add(o.key)
                    elif state:
                        states[v.claim.document_id].add(o.key)
        for doc, keys in in_doc.items():
            speakers = spoken.get(doc, set())
            if len(speakers) != 1 or len(keys) < 2:
                continue  # no speaker, or two speakers: the report's sources stay apart
            [speaker] = speakers
            for k in keys - (states.get(doc, set()) - speakers):  # a government quoted speaks for itself
                sets.union(speaker, k)
        members: dict[str, list[str]] = defaultdict(list)
        for k in by_key:
            members[sets.find(k)].append(k)
        lead = {k: min(ks, key=lambda x: (-uses[x], x))
                for ks in members.values() if len(ks) > 1 for k in ks}
        if not lead:
            continue
        for v in group:
            result[v.claim.id] = _dedup([replace(by_key[lead[o.key]], chain=o.chain) if o.key in lead else o
                                         for o in result[v.claim.id]])


def _background(voices: list[_Voice], result: dict[str, list[Origin]]) -> None:
    """A line a report tells in its own voice without a figure ("a plant where Russia makes
    Shaheds"), beside a figure of the same predicate that the same report gives to one source
    ("over 6,000 were made there in 2024, Kovalenko said"), is background to that figure: it
    relays that source and adds no origin of its own. A report that gives figures of the predicate
    to two sources keeps its own line apart. Updates ``result`` in place."""
    by_doc: dict[tuple[str, str], list[_Voice]] = defaultdict(list)
    for v in voices:
        if v.claim.predicate in FIGURED:
            by_doc[(v.claim.document_id, v.claim.predicate)].append(v)
    for group in by_doc.values():
        figured = {o.key: o for w in group if not w.own and w.claim.value is not None
                   for o in result[w.claim.id] if not o.own}
        if len(figured) != 1:
            continue
        [behind] = figured.values()
        for v in group:
            if v.own and v.claim.value is None and not v.claim.attributed_to:
                head = v.origins[0].chain[0] if v.origins and v.origins[0].chain else behind.label
                result[v.claim.id] = [replace(behind, chain=[head, "relays", behind.label])]


def _names_party(label: str, claim: Claim) -> bool:
    """Whether a speaker's surname is that of the claim's subject or object."""
    words = label.split()
    stem = _surname_stem(words[-1]) if words else ""
    parties = [w for name in (claim.subject, claim.object) if name for w in name.split()]
    return bool(stem) and any(_surname_stem(w) == stem for w in parties)


def _full_name(label: str) -> bool:
    """A person's name in full ("Vladimir Putin", "Ким Чен Ын"): two or more words, each capitalised
    (a title has lower-case words: "the White House security coordinator")."""
    words = label.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _dedup(origins: list[Origin]) -> list[Origin]:
    seen: dict[str, Origin] = {}
    for o in origins:
        seen.setdefault(o.key, o)
    return list(seen.values())
