"""Who speaks at a speech verb for a state: the subject, a body that speaks impersonally ("в
Минобороны заявили"), the author of a statement ("the ministry's statement said", "говорится в
заявлении Минобороны", "the statement said" after the body was named), or the nation of its
authorities ("Estonian authorities reported": Estonia, else the adjective itself), or of one organ
named by its nation ("Ukrainian intelligence indicates": the adjective). A news outlet
never speaks for a state ("BelTA reported" is a citation), nor does a firm or an organisation that
is no organ of a state (an agency: the label does not tell them apart from outlets), save a channel
the report calls a Telegram channel (:mod:`.channels`), which speaks for its own figures."""
from __future__ import annotations

import re

from claimgraph.model import Mention
from claimgraph.nlp.claims.arguments import _entity, _objects, _subjects
from claimgraph.nlp.claims.attribution import _impersonal_body, _is_outlet
from claimgraph.nlp.claims.channels import telegram_channel
from claimgraph.nlp.claims.goods import national
from claimgraph.nlp.claims.names import name_of
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _lemma, _Sent
from claimgraph.nlp.claims.titled_voices import remember_titles, titled_voice
from claimgraph.nlp.lexicon import SPEECH_VERBS
from claimgraph.nlp.seats import speaking_state

#: who may state a figure for the ledger: a state's voice
SPEAKERS = frozenset({"Person", "PublicBody", "Country"})
#: a statement that speaks for its author: "the statement said", "говорится в заявлении"
STATEMENT_NOUNS = frozenset({"statement", "release", "communique", "note", "заявление", "сообщение",
                             "пресс-релиз", "коммюнике"})
#: verbs of writing a statement: "написал премьер в соцсети"
_WRITES = frozenset({"написать", "писать", "post", "tweet"})
#: verbs of what a text says: "говорится в заявлении", "the statement reads"
_TEXT_SAYS = frozenset({"говориться", "read"})
#: people or bodies a nation speaks through: "Estonian authorities", "румынские военные"
_NATIONAL = frozenset({"authorities", "authority", "government", "military", "officials", "official", "army",
                       "власти", "власть", "правительство", "военный", "военные", "армия", "чиновник"})
#: one organ of a nation, named by its adjective: "Ukrainian intelligence", "российское посольство"
_ORGANS = frozenset({"intelligence", "ministry", "embassy", "разведка", "министерство", "ведомство", "посольство"})
#: words of an organisation's name that make it an organ of a state: a general staff, an army, an
#: intelligence or border service ("Генштаб Эстонии", "Ukrainian intelligence")
_STATE_ORGAN = re.compile(r"(?i)(?<![\w-])(?:general\s+staff|staff|armed\s+forces|defen[cs]e\s+forces|army|"
                          r"intelligence|border\s+guard|генштаб|генеральный\s+штаб|штаб|вооруж[её]нн\w*\s+сил|"
                          r"сил\w*\s+обороны|арми[яи]|разведк\w*|пограничн\w*|погранслужб\w*)(?![\w-])")
#: speakers a citation of them never makes a news outlet
_NEVER_OUTLETS = frozenset({"Person", "PublicBody", "Country"})
#: a body's press service: "в пресс-службе ведомства"
_PRESS = frozenset({"пресс-служба", "пресс-центр"})
#: common nouns of a public body that refer back to the one named before: "в ведомстве"
_BODY_NOUNS = frozenset({"ведомство", "министерство"})
#: sentences a statement may refer back to the last voice heard ("the statement said")
_BACK = 3


def speaks(ctx: _Context, sx: _Sent, w: int) -> bool:
    """Whether the token is a verb of speech or of what a statement says."""
    tok = sx.sent.tokens[w]
    lemma = _lemma(tok)
    return tok.pos in ("VERB", "AUX") and (lemma in SPEECH_VERBS[ctx.lang] or lemma in _TEXT_SAYS
                                           or lemma in _WRITES)


def voice_of(ctx: _Context, sx: _Sent, w: int, back: bool = True) -> Mention | None:
    """The state's voice that speaks at the speech verb ``w``, None when it names none (or a news
    outlet: "BelTA reported" is a citation); ``back`` lets a bare "the statement" be the last voice
    heard before the current sentence."""
    toks = sx.sent.tokens
    body = _impersonal_body(ctx, sx, w)
    nation = next((m for n in _kids(sx, w, "nsubj") if (m := _nation(ctx, sx, n)) is not None), None)
    if nation is not None:
        return nation
    subs = [body] if body is not None else _subjects(ctx, sx, w)[0]
    if not subs:
        for n in _kids(sx, w, "nsubj", "obl"):
            if toks[n].dep.startswith("obl") and _lemma(toks[w]) not in _TEXT_SAYS:
                found = _body_in(ctx, sx, w, n)
                if found is not None:
                    subs = [found]
                    break
                continue
            found = _author(ctx, sx, n, back) or _organ_of(ctx, sx, n)
            if found is not None:
                subs = [found]
                break
    subs = subs or _objects(ctx, sx, w, ("obl",), frozenset({"by"}))
    if not subs:
        titled = titled_voice(ctx, sx, w)  # "the governor said": the person who last spoke
        subs = [titled] if titled is not None else []
    if subs and telegram_channel(ctx, subs[0]):
        return subs[0]  # "the Telegram channel Baza reported": the channel speaks for its figures
    if not subs or subs[0].label not in _NEVER_OUTLETS and _is_outlet(ctx, subs[0]):
        return None
    return voice(subs[0])


def voice(m: Mention) -> Mention | None:
    """The mention when it speaks for a state: a person, body or country, or a capital that stands
    for its state ("Moscow said"), or an organisation whose name makes it an organ of a state (a
    general staff, an intelligence service); any other organisation may be a news outlet."""
    if m.label in SPEAKERS or m.label == "Organization" and _STATE_ORGAN.search(name_of(m)):
        return m
    if m.label == "Location" and speaking_state(name_of(m)):
        return m
    return None


def _author(ctx: _Context, sx: _Sent, n: int, back: bool) -> Mention | None:
    """The author of a statement noun: its own of-phrase or possessor, else the last voice heard."""
    if _lemma(sx.sent.tokens[n]) not in STATEMENT_NOUNS:
        return None
    for c in _kids(sx, n, "nmod", "nmod:poss"):
        m = _entity(ctx, sx, c)
        if m is not None:
            return m
    last = ctx.last_voice if back else None
    if last is not None and 0 < ctx.sentence_index - last[0] <= _BACK:
        return last[1]
    return None


def _organ_of(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """A state organ a subject noun belongs to: "the staff of the Defence Forces", "штаб Сил обороны"."""
    if sx.token_mention[n] is not None or sx.sent.tokens[n].pos != "NOUN":
        return None
    for c in _kids(sx, n, "nmod"):
        m = sx.token_mention[c]
        if m is not None and m.label == "Organization" and voice(m) is not None:
            return m
    return None


def _body_in(ctx: _Context, sx: _Sent, w: int, n: int) -> Mention | None:
    """The body a Russian impersonal speech verb names by a common noun: "в ведомстве пояснили"
    (the body named before), "отметили в пресс-службе оборонного ведомства" (the body whose press
    service it is)."""
    toks = sx.sent.tokens
    if ctx.lang != "ru" or "Number=Plur" not in toks[w].feats or _kids(sx, w, "nsubj") \
            or not set(_case(sx, n).split()) & {"в", "во"}:
        return None
    if _lemma(toks[n]) in _PRESS:
        for c in _kids(sx, n, "nmod"):
            m = _entity(ctx, sx, c)
            if m is not None and m.label in ("PublicBody", "Country"):
                return m
        return None
    if sx.token_mention[n] is None and _lemma(toks[n]) in _BODY_NOUNS:
        m = _entity(ctx, sx, n)
        return m if m is not None and m.label == "PublicBody" else None
    return None


def _nation(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """"Estonian authorities": the nation's country when the report names it, else the adjective;
    "Ukrainian intelligence": one organ of the nation, which its adjective names."""
    tok = sx.sent.tokens[n]
    organ = _lemma(tok) in _ORGANS
    if not organ and _lemma(tok) not in _NATIONAL and tok.text.lower() not in _NATIONAL:
        return None
    if sx.token_mention[n] is not None:
        return None
    for c in _kids(sx, n, "amod"):
        m = sx.token_mention[c]
        if m is not None and m.label == "Nationality":
            return m if organ else national(ctx, m)
    return None


def remember_voices(ctx: _Context, sx: _Sent) -> None:
    """Keep the last state's voice a speech verb of the sentence names, for "the statement said", and
    the titles the sentence gives people, for "the governor said"."""
    remember_titles(ctx, sx)
    for w in range(len(sx.sent.tokens)):
        if speaks(ctx, sx, w) and _lemma(sx.sent.tokens[w]) not in _TEXT_SAYS:
            m = voice_of(ctx, sx, w)
            if m is not None and m.label != "Nationality":
                ctx.last_voice = (ctx.sentence_index, m)
