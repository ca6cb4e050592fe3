"""holds_role read off word order, for people the parse-based rules (``roles``) give no post and in
languages the parser does not serve: a title before a body and a name ("Prezydent Białorusi
Alaksandr Łukaszenka", "депутат Госдумы Виктор Водолацкий"), a demonym before a title and a name
("Belarusian Defense Minister Viktor Khrenin"), and a name followed by its title and body
("Dmitri Peskov, rzecznik Kremla").

Titles are recognised by the stems the European languages share or spell alike and the role
nouns of the lexicon; nothing here depends on one report's names or phrasing.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _country_of
from claimgraph.nlp.claims.build import _claim
from claimgraph.nlp.claims.relatives import kinship_of
from claimgraph.nlp.claims.sentence import _Context, _Sent
from claimgraph.nlp.countries import nationality_code, territory_code
from claimgraph.nlp.lexicon import ROLE_NOUNS

#: title stems (lower case, matched at the word's start): president, premier, minister, chancellor,
#: spokesperson, secretary, governor, head, leader, chairman, ambassador, commander
_TITLE_STEMS = (
    "president", "prezydent", "präsident", "praesident", "președinte", "presedinte", "президент", "прэзідэнт",
    "premier", "premierminister", "prim-ministr", "прем'єр", "премьер", "премиер", "прэм'ер",
    "minist", "міністр", "министр", "ministr",
    "kanzler", "bundeskanzler", "kanclerz", "cancelar", "канцлер",
    "sprecher", "rzecznik", "purtăt", "речник", "говорител", "прессекретар", "прес-секретар", "прэс-сакратар",
    "sekretär", "sekretarz", "secretar", "секретар", "сакратар",
    "gouverneur", "gubernator", "guvernator", "губернатор",
    "leiter", "kierownik", "szef", "șef", "sef", "керівник", "кіраўнік", "ръководител", "очільник", "голов",
    "старшыня", "начальник", "началник", "koordinator", "coordonator", "координатор",
    "führer", "lider", "лідер", "лідар", "лидер",
    "vorsitzend", "przewodnicząc", "przewodniczą", "председател", "президентк",
    "botschafter", "ambasador", "посол", "амбасадор",
    "befehlshaber", "dowódc", "командувач", "камандуючы", "командир",
    "direktor", "dyrektor", "director", "директор", "дырэктар",
    "speaker", "депутат", "deputowan", "abgeordnet", "przywód",
    # deputies: the run of titles they open is read from them
    "zastęp", "stellvertret", "adjunct", "заступник", "заместник", "намеснік", "vize", "wice", "вице", "віце",
)
#: words the title stems would take in that are no titles ("головний" main, the ministries)
_NOT_TITLES = ("головн", "sefer", "directorat", "direktorat", "ministry", "ministries", "ministerium",
               "ministerstw", "ministère", "ministerul", "министерств", "міністерств", "міністэрств")
#: role nouns that as often name no post ("General Staff", "chief concern", "executive order")
_AMBIGUOUS = frozenset({"general", "chief", "executive", "officer", "representative", "owner", "founder",
                        "generalny", "генеральный", "head", "глава", "chair", "prime", "aide"})
#: labels a body a title belongs to may carry
_BODIES = frozenset({"Country", "Location", "Organization", "Company", "PublicBody"})
_WINDOW = 5  # words between a title and its body, and between the body and the name


def _title(word: str) -> bool:
    w = word.casefold()
    if w in ROLE_NOUNS and w not in _AMBIGUOUS:
        return True
    return len(w) >= 4 and w.startswith(_TITLE_STEMS) and not w.startswith(_NOT_TITLES)


def _mention_at(sx: _Sent, i: int) -> Mention | None:
    return sx.token_mention[i] if 0 <= i < len(sx.token_mention) else None


def _name_after(sx: _Sent, i: int) -> tuple[Mention | None, Mention | None]:
    """From the title at ``i``: the body named next (the last of a chain, "of the General Staff at
    the Kremlin") and the person named right after it, within a few words, with only titles or a
    comma between the body and the person."""
    toks = sx.sent.tokens
    body: Mention | None = None
    words = since_body = 0
    j = i + 1
    while j < len(toks) and words <= _WINDOW:
        m = _mention_at(sx, j)
        if m is not None:
            if m.label == "Person":
                return (body, m) if since_body == 0 else (None, None)
            if m.label not in _BODIES:
                return None, None
            body, since_body = m, 0
            while j < len(toks) and _mention_at(sx, j) is m:
                j += 1
            continue
        text = toks[j].text
        if text == "," and body is not None:
            j += 1
            continue
        if not text[:1].isalpha():
            return None, None  # capitalised words before the body may be a name the tagger missed
        if body is not None and not _title(text):
            since_body += 1  # "Kreml-Sprecher" may follow the body, other words only before another body
        words += 1
        j += 1
    return None, None


def _case(feats: str) -> str | None:
    return next((f for f in (feats or "").split("|") if f.startswith("Case=")), None)


def _same_case(a: str, b: str) -> bool:
    """Whether two words the parser gave a grammatical case agree in it (an apposition does)."""
    ca, cb = _case(a), _case(b)
    return ca is None or cb is None or ca == cb


def _name_before(sx: _Sent, i: int) -> tuple[Mention | None, Mention | None]:
    """"NAME, title … BODY": the person right before a comma that precedes the title at ``i``,
    and the first body named within a few lower-case words after the title."""
    toks = sx.sent.tokens
    if i < 2 or toks[i - 1].text != ",":
        return None, None
    person = _mention_at(sx, i - 2)
    if person is None or person.label != "Person" or not _same_case(toks[i - 2].feats, toks[i].feats):
        return None, None  # "talks with Putin (Ins), the president (Nom) of Iran": no apposition
    for j in range(i + 1, min(len(toks), i + 2 + _WINDOW)):
        m = _mention_at(sx, j)
        if m is not None:
            return (m, person) if m.label in _BODIES else (None, None)
        text = toks[j].text
        if not text[:1].isalpha() or text[:1].isupper():
            return None, None
    return None, None


def _nominative(ctx: _Context, body: Mention) -> Mention:
    """A country named in an oblique case ("Rosji", "Ukrainy") as the document's own mention of it
    in a form the country tables know ("Rosja"), when the document has one."""
    name = ctx.name(body)
    if body.label != "Country" or territory_code(name) is not None:
        return body
    code = nationality_code(name)
    if code is None:
        return body
    for m in ctx.entity_mentions:
        if m.label == "Country" and territory_code(ctx.name(m)) == code:
            return m
    return body


def _country_named(ctx: _Context, nationality: Mention) -> Mention | None:
    """The document's nearest mention of the country a demonym belongs to by the country tables
    ("białoruski" → "Białoruś"), for the languages whose names the stem match misses."""
    code = nationality_code(nationality.text)
    if code is None:
        return None
    found = [m for m in ctx.entity_mentions if m.label == "Country" and territory_code(ctx.name(m)) == code]
    return min(found, key=lambda m: abs(m.start - nationality.start), default=None)


#: titles of those a state posts abroad, and the words before the place they are posted to
_ENVOYS = ("ambassador", "envoy", "посл", "посланник", "полпред", "амбасадор")
_POSTED_IN = frozenset({"in", "to", "at", "в", "во", "у"})


def _posted_to(sx: _Sent, i: int, body: Mention) -> bool:
    """The envoy title at ``i`` is followed by the place it is posted to ("ambassador to Moldova")."""
    toks = sx.sent.tokens
    if not toks[i].text.casefold().startswith(_ENVOYS):
        return False
    first = next((j for j in range(i + 1, len(toks)) if _mention_at(sx, j) is body), None)
    return first is not None and toks[first - 1].text.casefold() in _POSTED_IN


def title_claims(ctx: _Context, sx: _Sent, taken: set[str]) -> list[Claim]:
    """holds_role claims from titles in word order, for people ``taken`` has no post for yet."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for i, tok in enumerate(toks):
        if not _title(tok.text) or _mention_at(sx, i) is not None or kinship_of(sx, i):
            continue
        if i > 0 and _title(toks[i - 1].text):
            continue  # the run of titles is read from its first word
        body, person = _name_after(sx, i)
        if body is not None and _posted_to(sx, i, body):
            body = None  # "посол в Кишиневе X": an envoy's post is of the state that sends them
        if person is not None and body is None and i > 0:
            k = i - 1  # "Belarusian Defense Minister": the demonym may stand before the ministry's field
            while k > i - 3 and k > 0 and _mention_at(sx, k) is None and toks[k].text[:1].isupper():
                k -= 1
            before = _mention_at(sx, k)
            if before is not None and before.label == "Nationality":
                body = _country_of(ctx, before) or _country_named(ctx, before)
        if body is None or person is None:
            body, person = _name_before(sx, i)
        if body is None or person is None or person.id in taken:
            continue
        taken.add(person.id)
        out.append(_claim(ctx, sx, person, "holds_role", _nominative(ctx, body), None, "fact", None, i, 0.6, role=tok.text.casefold()))
    return out
