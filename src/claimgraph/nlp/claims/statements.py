"""Figures and denials a named speaker states that fit no other predicate: ``states``.

Stories of incursions, allegations and denials carry figures that are nobody's production,
supply or capacity: how many jets entered, for how many minutes, how far a drone flew, how many
violations this year. What the ledger keeps of them is who states the figure:

- a quantity in a clause a speech verb governs ("the ministry said the drone flew for 50 minutes",
  "Генштаб сообщил, что самолеты находились там 12 минут"), the figure told first ("…, the
  ministry said"), the object of the speech verb itself ("reported five explosions", "заявил о трех
  истребителях"), "according to X" / "по данным X", or a quotation whose speaker follows its last
  sentence is ``states`` with the speaker as subject, the figure as value and modality ``claim``;
  so is the ground of a protest (:mod:`.protests`: "handed the envoy a note over six drones"), and
  a count of people killed or injured (:mod:`.casualties`), whose speaker may be a Telegram channel
  (:mod:`.channels`); a figure whose speaker the next sentence names, pointing back ("Об этом
  сообщил …", :mod:`.pointed_back`), is that speaker's;
- a past act the speaker negates of itself or its side ("its jets never entered Estonian
  airspace", "границы не нарушали") and a denial of a charge by the speaker ("Russia denied the
  accusations", "посол отклонил протест") are ``states`` with modality ``denial``; a figure inside
  a denied clause is part of the denial. In a story that has told a supply, a denial answers the
  supply and is left to the supply rules.

The speaker is a state's voice (:mod:`.voices`): a person, a public body, an organisation, a country
or its capital; a company's figures are its output, never this predicate. A figure another claim
of the sentence already carries fits that predicate, and a sentence that already holds a denial of
another predicate (a supply denied) says no more.
"""
from __future__ import annotations

import re

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _claim, _clause_verb
from claimgraph.nlp.claims.casualties import harmed_count
from claimgraph.nlp.claims.channels import named_channel, telegram_channel
from claimgraph.nlp.claims.colon_voices import colon_voice
from claimgraph.nlp.claims.continued_account import continued_voice
from claimgraph.nlp.claims.firm_counts import firm_count
from claimgraph.nlp.claims.harmed_account import harmed_voice, hear, remember_harmed
from claimgraph.nlp.claims.pointed_back import voice_after
from claimgraph.nlp.claims.protests import protesting_party
from claimgraph.nlp.claims.quotations import quotation_speaker
from claimgraph.nlp.claims.production import _PRODUCTION_NOUNS
from claimgraph.nlp.claims.sentence import (
    _ancestors,
    _Context,
    _kids,
    _lemma,
    _negated,
    _roots,
    _Sent,
    _subtree,
    _token_at,
)
from claimgraph.nlp.claims.supply import _SUPPLY_NOUNS
from claimgraph.nlp.claims.titled_voices import pronoun_source
from claimgraph.nlp.claims.voices import remember_voices, speaks, voice, voice_of
from claimgraph.nlp.lexicon import DENIAL_VERBS, PREDICATE_NOUNS, PREDICATE_VERBS, SPEECH_VERBS

PREDICATE = "states"
#: predicates whose words make a clause another predicate's (a supply or output denied or counted)
_OTHER = frozenset({"produces", "supplies_to", "supplies_from", "cooperates_with", "sanctioned_by"})
#: verbs of those predicates too loose to mark them ("reached the border", "turned back")
_LOOSE = frozenset({"reach", "turn", "route", "develop", "design", "unveil", "order", "source", "make", "send",
                    "add", "include", "hit", "target", "list", "agree", "sign", "направить", "принять", "отправить",
                    "внести", "включить", "договориться", "подписать"})
#: verbs of acquiring the predicate table leaves out
_ACQUIRE = frozenset({"acquire", "obtain", "получить", "получать"})
#: verbs whose negation tells what the speaker does not know or hold, not what did not happen
_NOT_KNOWING = frozenset({"have", "know", "consider", "think", "believe", "expect", "see", "confirm", "comment",
                          "иметь", "располагать", "знать", "считать", "думать", "видеть", "подтвердить",
                          "подтверждать", "комментировать", "обладать"})
#: what the figures of an incursion count: aircraft and munitions, violations, distances and
#: durations (unit lemmas in English and Russian; prefixes, and short words whole)
_COUNTED_PREFIXES = ("aircraft", "airplane", "plane", "warplane", "fighter", "jet", "helicopter", "drone", "uav",
                     "missile", "rocket", "balloon", "mig", "violation", "incursion", "breach", "explosion", "vehicle",
                     "minute", "hour", "second", "kilomet", "mile", "metre", "meter", "vessel", "warship",
                     "истребител", "самолет", "самолёт", "вертолет", "вертолёт", "беспилотник", "дрон", "бпла", "аппарат",
                     "ракет", "нарушени", "вторжени", "взрыв", "минут", "секунд", "километр", "метр", "мил",
                     "корабл", "судн")
#: units of distance (lemma prefixes)
_DISTANCES = ("kilomet", "km", "mile", "metre", "meter", "километр", "км", "метр", "миля", "мил")
_COUNTED_WORDS = frozenset({"time", "times", "km", "m", "час", "раз", "км"})
#: a clock time read as a number: "at 6 p.m."
_CLOCK = re.compile(r"\s*(?:[ap]\.?\s?m\b|:\d\d)", re.IGNORECASE)
#: verbs of turning down a charge: "rejected the protest", "отклонил протест"
_REJECT = frozenset({"reject", "dismiss", "refute", "dispute", "contest", "отклонить", "отклонять", "отвергнуть",
                     "отвергать", "оспорить", "оспаривать"})
#: what a denial or rejection turns down: a charge, a protest, a report, the act charged
_CHARGES = frozenset({
    "allegation", "accusation", "claim", "charge", "protest", "report", "assertion", "suggestion",
    "responsibility", "involvement", "incursion", "violation", "ответственность", "причастность", "нарушение",
    "обвинение", "протест", "заявление", "утверждение", "сообщение", "информация", "данные", "претензия",
    "версия", "нота",
})


def stated_claims(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """The ``states`` claims of a sentence whose other claims are ``claims``."""
    if ctx.lang not in SPEECH_VERBS:
        return []
    out: list[Claim] = []
    if not any(c.modality == "denial" for c in claims):  # else the denial fits another predicate
        out = _figures(ctx, sx, claims)
        if not ctx.told_suppliers:  # a denial in a story of supplies answers the supply
            out += _denials(ctx, sx)
    heard = ctx.last_voice
    remember_voices(ctx, sx)
    if ctx.last_voice is heard:  # no speech verb named a voice: the figures' speaker goes on speaking
        ctx.last_voice = next(((ctx.sentence_index, ctx.by_id[c.subject_mention]) for c in out
                               if c.value is not None and c.subject_mention in ctx.by_id), heard)
    hear(ctx, sx)
    return out


def _figures(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    taken = {c.value for c in claims if c.value is not None}
    out = []
    for figure in sx.figures:
        harmed = None if _counted(figure) else harmed_count(sx, figure, ctx.lang)
        firms = harmed is None and not _counted(figure) and firm_count(sx, figure)
        if harmed is None and not _counted(figure) and not firms:
            continue
        # people killed or injured: no supply or output counts them ("получили ранения")
        q = harmed if harmed is not None else figure
        if q.value is None or q.value in taken or q.start is None:
            continue
        t = _token_at(sx.sent, q.start)
        named = sx.token_mention[t]
        if named is not None and named.label != "Quantity":
            continue  # a number inside a name ("MiG-31") or a sum of money
        if _labels(sx, t) or _CLOCK.match(ctx.doc.text, q.end or q.start):
            continue
        w = _clause_verb(sx, t)
        if w is None:
            w = next(iter(_roots(sx)), None)
        # firms charged, counted: the count is the speaker's whatever act the clause tells
        if w is None or harmed is None and not firms and _other_predicate(ctx, sx, w) or _place_told(sx, q, w):
            continue
        speaker, denied = _said_by(ctx, sx, w, q.start)
        if speaker is None:
            speaker = protesting_party(ctx, sx, w)
        if speaker is None:
            speaker = colon_voice(ctx, sx, q.start) or continued_voice(ctx, sx, w) or voice_after(ctx, sx)
        if speaker is None and harmed is not None:
            speaker = harmed_voice(ctx, sx, w)
        if speaker is None:
            continue
        if harmed is not None:
            remember_harmed(ctx, speaker)
        denied = denied or (_negated(sx, w) and not speaks(ctx, sx, w) and not _until(sx, w))
        out.append(_stated(ctx, sx, speaker, None if denied else q, "denial" if denied else "claim", w))
        taken.add(q.value)
    return out


#: the word of a Russian clause of "until", whose "не" negates nothing ("пока он не покинул" is "until it left")
_UNTIL = frozenset({"пока", "поки"})


def _until(sx: _Sent, w: int) -> bool:
    """Whether the clause at ``w`` is one of "until" ("следили, пока дрон не покинул небо страны")."""
    return any(sx.lemmas[c] in _UNTIL for c in _kids(sx, w, "mark", "advmod"))


def _place_told(sx: _Sent, q: Quantity, w: int) -> bool:
    """Whether a distance describes where a place lies, in a relative clause of its name ("the city,
    which lies 1,200 kilometres from the border", "Ижевск, расположенный в 1300 км от границы"): the
    report's background, not what the speaker states."""
    unit = (q.unit or "").lower()
    return unit.startswith(_DISTANCES) and sx.sent.tokens[w].dep.split(":")[0] == "acl"


def _someone_else(ctx: _Context, sx: _Sent, v: int, speaker: Mention) -> bool:
    """Whether the negated clause tells of another named party ("Russia has not achieved its aims",
    says a US official): the speaker denies nothing of its own."""
    for n in _kids(sx, v, "nsubj", "nsubj:pass"):
        m = sx.token_mention[n]
        if m is not None and m.label in ("Country", "PublicBody", "Person", "Organization", "Company") \
                and ctx.name(m) != ctx.name(speaker):
            return True
    return False


def _past(sx: _Sent, v: int) -> bool:
    """Whether the verb tells a past act ("did not violate", "has never entered", "не нарушали", "не
    зафиксировано"): a denial answers a charge about what was done, where a negated present, future
    or command ("do not accept", "не исключает", "не построите") tells a stance."""
    toks = sx.sent.tokens
    auxes = _kids(sx, v, "aux", "aux:pass")
    if auxes:
        first = toks[auxes[0]]
        return "Tense=Past" in first.feats or _lemma(first) in ("have", "быть") and "Tense=Fut" not in first.feats
    feats = toks[v].feats
    return "Tense=Past" in feats and ("VerbForm=Fin" in feats or "Variant=Short" in feats)


def _counted(q: Quantity) -> bool:
    """Whether a quantity counts what incursion figures count (see :data:`_COUNTED_PREFIXES`)."""
    unit = (q.unit or "").lower()
    return unit in _COUNTED_WORDS or unit.startswith(_COUNTED_PREFIXES)


def _conjoined(sx: _Sent, v: int) -> list[int]:
    """The verbs coordinated with ``v``, either way."""
    toks = sx.sent.tokens
    out = _kids(sx, v, "conj")
    if toks[v].dep.startswith("conj") and 0 <= toks[v].head < len(toks) and toks[v].head != v:
        out.append(toks[v].head)
    return out


def _other_predicate(ctx: _Context, sx: _Sent, v: int) -> bool:
    """Whether the clause at ``v`` tells a supply, an output, a cooperation or sanctions: the figure
    or the denial fits that predicate, whichever rule reads it."""
    verbs, nouns = PREDICATE_VERBS[ctx.lang], PREDICATE_NOUNS[ctx.lang]
    for i in _subtree(sx, v, 40):
        lemma = sx.lemmas[i]
        if lemma in _SUPPLY_NOUNS or lemma in _PRODUCTION_NOUNS or lemma in _ACQUIRE:
            return True
        if verbs.get(lemma) in _OTHER and lemma not in _LOOSE and sx.sent.tokens[i].pos == "VERB":
            return True
        if nouns.get(lemma) in _OTHER and sx.sent.tokens[i].pos == "NOUN":
            return True
    return False


def _labels(sx: _Sent, t: int) -> bool:
    """A number after its noun labels it, it counts nothing: "Article 4", "статья 5", "Su-25"."""
    toks = sx.sent.tokens
    h = toks[t].head
    return toks[t].pos == "NUM" and 0 <= h < t and toks[h].pos in ("NOUN", "PROPN")


def _denials(ctx: _Context, sx: _Sent) -> list[Claim]:
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if tok.pos not in ("VERB", "AUX", "ADJ"):
            continue
        lemma = _lemma(tok)
        if lemma in DENIAL_VERBS | _REJECT:
            speaker = _denier(ctx, sx, v, lemma)
        elif _negated(sx, v) and not speaks(ctx, sx, v) and lemma not in _NOT_KNOWING and _past(sx, v) \
                and not _until(sx, v) and not _other_predicate(ctx, sx, v):
            speaker = _said_by(ctx, sx, v, tok.start)[0]
            if speaker is not None and _someone_else(ctx, sx, v, speaker):
                continue
        else:
            continue
        if speaker is not None:
            out.append(_stated(ctx, sx, speaker, None, "denial", v))
    return out


def _denier(ctx: _Context, sx: _Sent, v: int, lemma: str) -> Mention | None:
    """Who denies at a denial verb that is not itself negated ("did not deny" denies nothing) and
    turns down a charge or a "that" clause ("rejected the proposal" is no denial)."""
    toks = sx.sent.tokens
    if _negated(sx, v) or any(_negated(sx, k) for k in _conjoined(sx, v)):
        return None  # "did not deny", "did not confirm or deny"
    objects = _kids(sx, v, "obj", "ccomp", "nsubj:pass")
    if not any(toks[o].dep.startswith("ccomp") or _lemma(toks[o]) in _CHARGES for o in objects):
        return None  # "denies any contribution", "rejected the proposal": no charge answered
    if _other_predicate(ctx, sx, v):
        return None
    said = next((a for a in _ancestors(sx, v, 3) if speaks(ctx, sx, a)), None)
    if said is not None and any(toks[n].pos == "PRON" for n in _kids(sx, v, "nsubj")):
        return voice_of(ctx, sx, said)  # "the embassy said it rejected the protest": the embassy
    found = voice_of(ctx, sx, v)
    if found is None and toks[v].dep.split(":")[0] in ("acl", "advcl", "xcomp") and toks[v].head != v:
        subs = _subjects(ctx, sx, toks[v].head)[0]  # "issued a statement denying …"
        found = voice(subs[0]) if subs else None
    return found


def _said_by(ctx: _Context, sx: _Sent, w: int, at: int) -> tuple[Mention | None, bool]:
    """The state's voice that states the clause at ``w`` and whether it denies it: the speaker when
    ``w`` is itself the speech verb ("reported five explosions"), else the speaker of a speech verb
    above it, "according to", or the quotation it stands in."""
    for a in _speech_chain(sx, w):
        if speaks(ctx, sx, a):
            return voice_of(ctx, sx, a), _lemma(sx.sent.tokens[a]) in DENIAL_VERBS and not _negated(sx, a)
    speaker, denied = _speaker(ctx, sx, w)
    if speaker is not None:
        speaker = named_channel(ctx, sx, speaker)
        return (speaker if telegram_channel(ctx, speaker) else voice(speaker)), denied
    return pronoun_source(ctx, sx) or quotation_speaker(ctx, at), False


def _speech_chain(sx: _Sent, w: int) -> list[int]:
    """The clause and the verbs that may speak it: those above it, a speech verb set beside them
    ("«…», — уточнили в Минобороны", "…, the ministry said") or a later root of the sentence."""
    toks = sx.sent.tokens
    chain = [w, *_ancestors(sx, w, 4)]
    beside = [i for i, t in enumerate(toks) if t.dep.split(":")[0] in ("parataxis", "conj", "advcl") and t.head in chain
              and (i > w and not t.dep.startswith("advcl") or _as_said(sx, i)) and i not in chain]
    # the clause told first, parsed as a root of its own beside the saying verb ("…, уточнили в Минобороны")
    return chain + beside + [r for r in _roots(sx) if r > w and r not in chain and r not in beside]


#: the word that fronts a saying clause: "Как сообщил губернатор, …", "As the ministry said, …"
_AS = frozenset({"как", "as", "як"})


def _as_said(sx: _Sent, i: int) -> bool:
    """Whether the clause at ``i`` is a saying clause fronted by "as" ("Как сообщил губернатор, …")."""
    return any(sx.sent.tokens[c].dep == "mark" and _lemma(sx.sent.tokens[c]) in _AS for c in sx.children[i])


def _stated(ctx: _Context, sx: _Sent, speaker: Mention, q: Quantity | None, modality: str, v: int) -> Claim:
    return _claim(ctx, sx, speaker, PREDICATE, None, q, modality, speaker, v,
                  confidence=0.6 + (0.1 if q is not None else 0))
