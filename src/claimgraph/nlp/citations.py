"""Citations: a document naming the outlet or agency it reports from.

"Source: BelTA", "according to TASS", "Reuters reported", "citing Interfax", "сообщает БелТА",
"со ссылкой на ТАСС", "как передает «Интерфакс»", "по данным РБК", "Источник: ТАСС".
Each becomes a ``Citation(kind="attribution")`` whose source is the outlet's name as written,
in the nominative where the NER normalised it, and whose span is the sentence that names it.

Only outlets count: people, countries and ministries quoted in a report are attributions of its
claims (the claim component handles them), not the report's sources. A name is an outlet when it
is in :data:`OUTLETS`, when a media word introduces it ("агентство «Анадолу»", "the news agency
X"), or when an organisation or public body is the subject of a reporting verb ("X reported",
"сообщает Минобороны", "Source: X").
Weak cues ("according to", "по данным", "told") need one of the first two. Sources named by
kind ("Belarusian state media reported") are found by :mod:`claimgraph.nlp.generic_sources`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from claimgraph.ids import make_id
from claimgraph.model import Citation, Mention
from claimgraph.nlp.doc import AnalyzedDoc

#: Outlets and news agencies often cited in the field; keys are lowercase. Extend freely.
OUTLETS = frozenset({
    "tass", "тасс", "ria novosti", "риа новости", "ria", "риа", "interfax", "интерфакс", "belta", "белта",
    "reuters", "рейтер", "рейтерс", "associated press", "ap", "afp", "agence france-presse", "bloomberg",
    "блумберг", "xinhua", "синьхуа", "anadolu", "anadolu agency", "анадолу", "rbc", "рбк", "kommersant",
    "коммерсант", "коммерсантъ", "izvestia", "известия", "vedomosti", "ведомости", "rossiyskaya gazeta",
    "российская газета", "rg", "рг", "interfax-ukraine", "интерфакс-украина", "ukrinform", "укринформ",
    "unian", "униан", "bbc", "би-би-си", "cnn", "the new york times", "new york times", "the washington post",
    "washington post", "the wall street journal", "wall street journal", "financial times", "the guardian",
    "the economist", "politico", "axios", "dw", "deutsche welle", "радио свобода", "radio liberty",
    "rfe/rl", "meduza", "медуза", "новая газета", "novaya gazeta", "the insider", "nexta", "нехта",
    "zerkalo", "зеркало", "nasha niva", "наша ніва", "наша нива", "sb. belarus today", "sb", "сб",
    "белорусская военная газета", "красная звезда", "krasnaya zvezda", "zvezda", "звезда", "lenta.ru",
    "лента.ру", "gazeta.ru", "газета.ру", "ura.ru", "ura", "ура.ру", "fontanka", "фонтанка", "rtvi",
    "kyodo", "nikkei", "yonhap", "ифакс", "прайм", "prime", "sputnik", "спутник", "rt", "janes", "jane's", "defense news", "breaking defense", "the war zone", "militarnyi", "oryx",
    "interfax-kazakhstan", "интерфакс-казахстан", "kazinform", "казинформ", "trend", "тренд", "apa",
    "irna", "ирна", "tasnim", "тасним", "fars", "фарс", "mehr", "global times", "cgtn", "baza", "база",
    "shot", "mash", "readovka", "рыбарь", "rybar",
    # broadcasters, papers and agencies of Asia, the Middle East, Europe and North America
    "nhk", "kbs", "kbs world", "mbc", "asahi", "asahi shimbun", "yomiuri", "yomiuri shimbun", "mainichi",
    "jiji", "jiji press", "nikkei asia", "japan times", "the japan times", "korea herald", "the korea herald",
    "korea joongang daily", "joongang", "chosun ilbo", "south china morning post", "scmp", "cctv", "china daily",
    "people's daily", "жэньминь жибао", "al jazeera", "аль-джазира", "al arabiya", "аль-арабия", "tehran times",
    "press tv", "the hill", "newsweek", "business insider", "cnbc", "fox news", "nbc", "nbc news", "cbs",
    "cbs news", "abc news", "sky news", "france 24", "le monde", "le figaro", "der spiegel", "spiegel", "bild",
    "die welt", "faz", "süddeutsche zeitung", "neue zürcher zeitung", "nzz", "dpa", "ansa", "efe", "pap",
    "agerpres", "bns", "leta", "err", "delfi", "lrt", "the times", "the telegraph", "the independent",
    "voice of america", "voa", "голос америки", "forbes", "форбс", "the moscow times", "moscow times",
    "ukrainska pravda", "ukrainian pravda", "украинская правда", "українська правда", "kyiv independent",
    "the kyiv independent", "kyiv post", "hromadske", "громадське", "suspilne", "суспільне", "rbc-ukraine",
    "рбк-украина", "рбк-україна", "unn", "укрінформ", "уніан", "censor.net", "цензор.нет", "liga.net",
    "лига.нет", "новое время", "нове время", "radio svoboda", "радіо свобода", "current time", "настоящее время",
    "mediazona", "медиазона", "istories", "важные истории", "ntv", "нтв", "первый канал", "channel one",
    "россия-24", "россия 24", "rossiya 24", "вгтрк", "московский комсомолец", "комсомольская правда",
    "аргументы и факты", "аиф", "regnum", "регнум", "независимая газета", "nezavisimaya gazeta", "belsat",
    "белсат", "euroradio", "еврорадио", "charter97", "хартия-97", "defense express", "defence express",
    "мілітарний", "armyinform", "армияинформ", "арміяinform", "the new voice of ukraine",
    # agencies of the other countries the reports come from, beside those above
    "elta", "bta", "бта", "kcna", "цтак", "tvn24", "rzeczpospolita", "gazeta wyborcza",
})
MEDIA_WORDS = (
    "agency", "newspaper", "news", "outlet", "magazine", "journal", "channel", "broadcaster", "radio",
    "tv", "television", "website", "portal", "publication", "daily", "weekly", "paper", "wire",
    "агентств", "газет", "издани", "журнал", "телеканал", "канал", "радио", "портал", "сайт",
    "информагентств", "тв", "еженедельник", "ежедневник", "телеграм-канал", "паблик",
)
_NOT_OUTLET_LABELS = frozenset({"Person", "Country", "Location", "Nationality", "Date", "Quantity", "Money",
                                "Product"})

#: A capital letter of any alphabet the reports are written in (Latin with its accents, Cyrillic
#: with the Ukrainian and Belarusian letters).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚА-ЯЁІЇЄҐЎ"
_CAP = r"(?-i:[" + _UPPER + r"])[\w'’&-]*(?:\.\w+)*"
# Bounded repetition: a name is at most six words, so a long run of capitals stays linear.
_NAME = (r"(?:«[^»\n]{1,60}»|\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”"
         r"|(?:the\s+)?" + _CAP + r"(?:[ \t]+(?:" + _CAP + r"|of|de|и)){0,5})")
_MEDIA = (r"(?:(?:news\s+)?agency|newspaper|outlet|magazine|channel|broadcaster|website|portal|daily|агентство|издание|газета"
          r"|телеканал|портал|сайт|журнал|радио|агенці[яї]|видання|агенцтва|выданне|agencja|agencji|dziennik|gazeta"
          r"|serwis|stacja|telewizja|(?:die\s+|der\s+)?(?:Nachrichtenagentur|Agentur|Zeitung|Sender|Magazin)"
          r"|агенция|вестник|agenția|publicația|postul)")


#: When a Russian reporting verb says it ("сообщает 4 апреля РИА Новости", "передает во вторник ТАСС").
_WHEN = (r"(?:(?:\d{1,2}\s+[а-яё]+|во?\s+[а-яё]+|сегодня|вчера|утром|вечером|днем|днём|ранее|также"
         r"|в\s+понедельник|в\s+среду|в\s+пятницу)\s+)?")


@dataclass(slots=True)
class Cue:
    pattern: re.Pattern[str]
    strong: bool  # a reporting cue: any organisation named there is an outlet
    before: bool = False  # the source comes before the cue ("Reuters reported")


def _cue(pattern: str, strong: bool, before: bool = False) -> Cue:
    return Cue(re.compile(pattern, re.IGNORECASE | re.MULTILINE), strong, before)


# The named group "src" is where the source is expected (a slot), not necessarily its exact span.
CUES = (
    _cue(r"(?:^[ \t]*|(?<=[.!?»”\"])[ \t]+)(?:sources?|источники?|по\s+материалам|via)[ \t]*:[ \t]*(?P<src>[^\n.;]{1,80})",
         True),
    _cue(r"\b(?:investigation|report|study|analysis|survey|review)\s+(?:published\s+)?(?:by|from)\s+(?P<src>.{1,80})",
         True),
    _cue(r"(?<![а-яё])(?:расследовани[ея]|доклад[еау]?|исследовани[ея]|отч[её]т[еау]?|анализ[еау]?)\s+(?P<src>.{1,80})",
         True),
    _cue(r"\baccording\s+to\s+(?P<src>" + _NAME + r")", False),
    # "documents seen by Reuters", "документы, оказавшиеся в распоряжении Reuters": the outlet holding the evidence
    _cue(r"\b(?:seen|obtained|reviewed|examined)\s+by\s+(?P<src>" + _NAME + r")", False),
    _cue(r"(?<![а-яё])(?:в\s+распоряжени[еи]|с\s+которыми\s+ознакомил[аио]?с[ья])\s+(?P<src>" + _NAME + r")", False),
    _cue(r"\b(?:citing|quoting|quoted\s+by|cited\s+by|as\s+reported\s+by|reported\s+by|in\s+an\s+interview\s+with"
         r"|told)\s+(?P<src>(?:the\s+)?(?:" + _MEDIA + r"\s+)?" + _NAME + r")", False),
    _cue(r"(?P<src>" + _NAME + r")\s*(?:,\s*)?(?:reported|reports|has\s+reported|wrote|writes|has\s+learned"
         r"|has\s+learnt|was\s+the\s+first\s+to\s+report|first\s+reported|said\s+in\s+a\s+report)\b", True, True),
    _cue(r"(?<![а-яё])(?:сообща[ею]т|сообщил[аио]?|переда[её]т|передал[аио]?|пишет|писал[аио]?|информирует"
         r"|уточняет|отмечает|со\s+ссылкой\s+на)\s+" + _WHEN + r"(?P<src>(?:" + _MEDIA + r"\s+)?" + _NAME + r")", True),
    _cue(r"(?<![а-яё])(?:по\s+данным|по\s+информации|по\s+сведениям|по\s+оценке|по\s+подсчетам|по\s+подсчётам"
         r"|в\s+комментарии|в\s+интервью|рассказал[аи]?|заявил[аи]?|сообщил[аи]?)\s+(?P<src>(?:[а-яё]+\s+)?"
         + _NAME + r")", False),
    _cue(r"(?P<src>" + _NAME + r")\s+(?:сообща[ею]т|сообщил[аио]?|переда[её]т|пишет|узнал[аио]?)(?![а-яё])",
         True, True),
    # the same cues in the other languages of the reports: Ukrainian and Belarusian, Polish,
    # German, Bulgarian and Romanian; the outlet after a reporting verb or a citing phrase ...
    _cue(r"(?<![\wʼ'])(?:повідомля(?:є|ють)|повідомил[аи]|повідомив|переда[єю]|передав|передал[аи]|пише|писав|писал[аи]"
         r"|інформує|зазнача[єю]|з\s+посиланням\s+на|посилаючись\s+на|паведамля[еюць]+|паведаміл[аі]|паведаміў|піша"
         r"|перада[еюць]+|са\s+спасылкай\s+на|спасылаючыся\s+на|podaje|podała|podał|informuje|poinformował[ay]?"
         r"|pisze|donosi|doniosła|przekazał[ay]?|powołując\s+się\s+na|cytując|berichtet|berichtete|berichten|meldet"
         r"|meldete|schreibt|schrieb|unter\s+Berufung\s+auf|съобщава|съобщи|съобщиха|предава|предаде|пише"
         r"|позовавайки\s+се\s+на|цитирайки|relatează|a\s+relatat|transmite|a\s+transmis|informează|a\s+informat"
         r"|citând|as\s+noted\s+by|noted\s+by)(?!\w)\s+(?P<src>(?:" + _MEDIA + r"\s+)?" + _NAME + r")", True),
    # ... the outlet after a weaker phrase ("за даними", "według", "laut", "според", "potrivit") ...
    _cue(r"(?<![\wʼ'])(?:за\s+даними|за\s+інформацією|за\s+повідомленням|згідно\s+з|паводле|па\s+даных|według"
         r"|laut|nach\s+Angaben\s+(?:von|der|des)|според|potrivit|conform)\s+(?P<src>(?:\w+\s+)?" + _NAME + r")",
         False),
    # ... or the outlet as the subject of the verb ("Укрінформ повідомляє", "dpa meldet").
    _cue(r"(?P<src>" + _NAME + r")\s+(?:повідомля(?:є|ють)|повідомил[аи]|повідомив|переда[єю]|пише|дізнал[аи]ся|дізнався"
         r"|паведамля[еюць]+|паведаміл[аі]|паведаміў|піша|podaje|podała|podał|informuje|poinformował[ay]?|pisze"
         r"|donosi|berichtet|berichtete|meldet|meldete|schreibt|schrieb|съобщава|съобщи|предава|relatează"
         r"|a\s+relatat|scrie|transmite|informează)(?!\w)", True, True),
)


#: Words that name no outlet on their own, whatever their capital letter.
BARE_MEDIA_WORDS = frozenset({"news", "media", "press", "agency", "report", "reports", "sources", "source",
                              "новости", "сми", "медиа", "источник", "источники", "агентство", "новини",
                              "змі", "джерело", "джерела"})


def find_citations(doc: AnalyzedDoc) -> list[Citation]:
    """Attribution citations in a document; one per source and sentence."""
    text = doc.text
    mentions = sorted((m for m in doc.mentions if m.label not in ("Date", "Quantity", "Money")),
                      key=lambda m: m.start)
    starts = [m.start for m in mentions]
    out: list[Citation] = []
    seen: set[tuple[str, int]] = set()
    for cue in CUES:
        for m in cue.pattern.finditer(text):
            s, e = m.span("src")
            found = _source(text, s, e, mentions, starts, cue)
            if found is None:
                continue
            name, span_start, span_end = found
            if name.lower() in BARE_MEDIA_WORDS:
                continue  # "(VOA) News reported", a "News" menu: a word, not an outlet's name
            sent = doc.sentence_at(span_start)
            start, end = (sent.start, sent.end) if sent else (min(m.start(), span_start), max(m.end(), span_end))
            key = (name.lower(), start)
            if key in seen:
                continue
            seen.add(key)
            out.append(Citation(
                id=make_id("citation", doc.document_id, "attribution", name, start),
                document_id=doc.document_id, kind="attribution", source=name, start=start, end=end,
            ))
    out.sort(key=lambda c: (c.start or 0, c.source or ""))
    return out


def _source(text: str, s: int, e: int, mentions: list[Mention], starts: list[int],
            cue: Cue) -> tuple[str, int, int] | None:
    """The outlet named in the slot ``text[s:e]``, as (name, start, end), or None."""
    slot = text[s:e]
    media = bool(re.match(r"\s*(?:the\s+)?(?:[a-zа-яё]+\s+)?" + _MEDIA_STEMS, slot, re.IGNORECASE)) or (
        bool(re.search(r"(?:the\s+)?" + _MEDIA_STEMS + r"\s*$", text[max(0, s - 20):s], re.IGNORECASE)))
    i = bisect.bisect_left(starts, s)
    candidates = []
    while i < len(mentions) and mentions[i].start < e:
        candidates.append(mentions[i])
        i += 1
    if cue.before:
        candidates = candidates[-1:]  # the name right before the verb
    else:
        while i < len(mentions) and mentions[i].start < s + 60:
            candidates.append(mentions[i])
            i += 1
        candidates = [c for c in candidates if c.label != "Nationality"
                      and _GAP.fullmatch(text, s, c.start) is not None][:1]
    if candidates:
        men = candidates[0]
        name = _clean(men.normalized or men.text)
        if men.label in ("PublicBody", "Organization"):
            owner = _owner_after(text, men, mentions, starts)
            if owner is not None:
                name = f"{name} {owner.text}"
                men = Mention(men.id, men.document_id, men.start, owner.end, text[men.start:owner.end], men.label)
        if _known(name):
            return name, men.start, men.end
        if men.label in _NOT_OUTLET_LABELS:
            return None
        if _is_outlet(name, men.label, media, cue.strong):
            return name, men.start, men.end
        return None
    # no mention: a quoted name or a capitalised run reached through a few words
    if cue.before:
        tail = _TAIL.findall(slot)
        if not tail:
            return None
        name = _clean(tail[-1])
        at = s + slot.rfind(tail[-1])
        return (name, at, at + len(tail[-1])) if _is_outlet(name, None, media, False) else None
    window_end = e if cue.pattern.pattern.startswith("(?:^") else min(len(text), s + 60)
    for n, m in enumerate(_FALLBACK.finditer(text, s, window_end)):
        if n >= 3 or _GAP.fullmatch(text, s, m.start()) is None:
            break
        name = _clean(next(g for g in m.groups() if g))
        if cue.pattern.pattern.startswith("(?:^") or _is_outlet(name, None, media, False):
            return name, m.start(), m.end()
    return None


_MEDIA_STEMS = (r"(?:agency|newspaper|outlet|magazine|channel|broadcaster|website|portal|daily|агентств[а-яё]*"
                r"|издани[а-яё]*|газет[а-яё]*|телеканал[а-яё]*|портал[а-яё]*|сайт[а-яё]*|журнал[а-яё]*|радио"
                r"|агенці[яїю]|видання|агенцтв\w*|выданн\w*|agencj\w*|dziennik\w*|gazet\w*|serwis\w*|stacj\w*"
                r"|telewizj\w*|nachrichtenagentur|agentur|zeitung|sender|magazin|агенция|agenți\w*|publicați\w*)")


_FALLBACK = re.compile(r"«([^»\n]{1,60})»|\"([^\"\n]{1,60})\"|“([^”\n]{1,60})”"
                       r"|([" + _UPPER + r"][\w'’&-]*(?:\.\w+)*(?:[ \t]+[" + _UPPER + r"][\w'’&-]*(?:\.\w+)*){0,5})")
_TAIL = re.compile(r"«[^»\n]{1,60}»|[" + _UPPER + r"][\w'’&-]*(?:\.\w+)*(?:[ \t]+[" + _UPPER
                   + r"][\w'’&-]*(?:\.\w+)*){0,5}")


#: A reporting verb a name recogniser sometimes takes into the outlet's name ("Укрінформ повідомляє").
_VERB_TAKEN = re.compile(r"\s+(?:повідомля(?:є|ють)|повідомил[аи]|повідомив|пише|переда[єю]|сообща(?:ет|ют)"
                         r"|сообщил[аио]?|пишет|переда[её]т|паведамляе|піша|podaje|informuje|pisze|berichtet"
                         r"|meldet|reports|reported|writes)$", re.IGNORECASE)


def _clean(name: str) -> str:
    name = _VERB_TAKEN.sub("", name.strip().strip("«»\"“”'.,;: "))
    name = re.sub(r"^(?:the|агентство|агентства|агентству|издание|издания|газета|газеты|телеканал)\s+", "",
                  name, flags=re.IGNORECASE)
    return name.strip("«»\"“” ")


def _owner_after(text: str, men: Mention, mentions: list[Mention], starts: list[int]) -> Mention | None:
    """The country a body belongs to when it follows the name directly ("Минобороны Беларуси")."""
    j = bisect.bisect_left(starts, men.end)
    for k in range(j, min(j + 2, len(mentions))):
        nxt = mentions[k]
        if nxt.label in ("Country", "Location") and nxt.start - men.end == 1 and text[men.end] == " " \
                and re.search(r"[а-яё]", nxt.text):
            return nxt
    return None


_GAP = re.compile(r"(?:[ \t]*(?:[^\W\d_][\w-]*)?){0,5}[ \t«\"“]*", re.UNICODE)


def _known(name: str) -> bool:
    """In the outlet list, also as the first part of a name ("Interfax-Kazakhstan")."""
    key = name.lower().strip()
    key = key.removeprefix("the ")
    return key in OUTLETS or re.split(r"[-\s]", key, maxsplit=1)[0] in OUTLETS - {"ap", "sb", "сб", "rt", "rg",
                                                                                  "рг", "prime", "trend"}


def known_outlet(name: str) -> bool:
    """Whether a name is a well-known outlet or agency (:data:`OUTLETS`, also as the first part of
    a longer name), whatever cue named it."""
    return _known(name)


def _is_outlet(name: str, label: str | None, media: bool, strong: bool) -> bool:
    key = name.lower().strip()
    if _known(name):
        return True
    if any(word in key for word in ("agency", "news", "агентств", "газет", "новост")):
        return True
    if media:
        return True
    return strong and label in ("Organization", "Company", "Facility", "PublicBody")


class CitationComponent:
    """Fills ``doc.citations`` with the outlets a document names as its sources."""

    name = "claimgraph.citations.v1"
    requires: tuple[str, ...] = ("text", "mentions")
    assigns: tuple[str, ...] = ("citations",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        from claimgraph.nlp.generic_sources import find_generic_citations
        from claimgraph.nlp.press_services import find_press_citations
        from claimgraph.nlp.relayed_sources import innermost_sources

        kept = [c for c in doc.citations if c.kind != "attribution"]
        named = innermost_sources(doc.text, find_citations(doc))
        generic = find_generic_citations(doc, named)
        doc.citations = kept + named + generic + find_press_citations(doc, named + generic)
        return doc


__all__ = ["OUTLETS", "CitationComponent", "find_citations", "known_outlet"]
