"""Page furniture: the parts of a saved page that are not the report.

Newsletter boxes, privacy and cookie notices, "support us" banners, share and subscribe lines,
photo credits, bylines, tag lists, related-article lists ("Read more", "Читайте также") and
reader-interface leftovers ("Dark mode", "A+ | A-") are found line by line from general cues:

- boilerplate vocabulary, in English, Russian and Ukrainian ("Privacy Policy", "подписывайтесь");
- a credit's shape ("Photo: …", "… via AP", "Фото: … / РИА Новости"), and a caption closed by its
  credit in brackets ("… (Jane Roe/Pool Photo via AP)"), with the same caption told just above it;
- a heading that opens a list of links, and the short unpunctuated lines that follow it;
- a run of three or more short unpunctuated lines after the report has begun (a link list);
- lines with no words at all ("[", "|", "...") and a line of names repeated without a verb (tags).

:class:`FurnitureComponent` runs first and blanks those regions in ``doc.text`` with spaces
(newlines kept), so every later component skips them while every offset still points into the
stored text; the regions are kept in ``doc.furniture``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from claimgraph.nlp.doc import AnalyzedDoc

#: a line this long (in words) is prose even when it carries a boilerplate word
_BOILER_MAX_WORDS = 45
#: a line at most this long without sentence punctuation may be a link
_LINK_MAX_WORDS = 16
#: consecutive link-shaped lines that make a list
_LIST_RUN = 3

_BOILERPLATE = re.compile(
    r"privacy\s+policy|\bcookies?\b|terms\s+of\s+(?:use|service)|newsletter|\bsubscribe\b|\bsign\s+up\b"
    r"|\bsupport\s+(?:us|our\s+(?:journalism|work|newsroom|reporting)|independent\s+(?:journalism|media))\b"
    r"|\bdonate\b|\bmake\s+a\s+donation\b|\bbecome\s+a\s+(?:member|patron|supporter)"
    r"|\bshare\s+(?:this|on|via)\b|\bfollow\s+us\b|all\s+rights\s+reserved|©"
    r"|\bmay\s+be\s+interested\b|\byou\s+may\s+also\s+like|\bread\s+(?:more|also|next)\b|\balso\s+read\b"
    r"|\bmost\s+(?:read|popular|viewed)\b|\brelated\s+(?:articles?|news|stories|posts?|content)\b"
    r"|^(?:more\s+(?:from|on\s+this|stories|news)|advertisement|sponsored|related|share|latest\s+news)\b"
    r"|\bdark\s+mode\b|\bskip\s+to\s+(?:main\s+)?content\b|\benable\s+javascript\b|\bclick\s+here\b"
    r"|\bleave\s+a\s+comment\b|\bcomments?\s*\(\d+\)|^(?:tags?|topics?|filed\s+under)\s*:"
    r"|\bhere'?s\s+what\s+we\s+know\b"
    r"|\b(?:text|article|page|story|news)\s+(?:is\s+)?(?:also\s+)?available\s+in\b|^read\s+(?:it\s+)?in\s+[A-Z]\w+$"
    r"|(?<![а-яёіїє])(?:"
    r"политик\w*\s+конфиденциальност|файл\w*\s+cookie|подпис(?:ывайтесь|аться|ка\b|ку\b)|рассылк"
    r"|поддержите|поддержать\s+(?:нас|редакци)|читайте\s+(?:также|еще|ещё|нас)|смотрите\s+также"
    r"|^по\s+теме\s*:?$|похожие\s+(?:новости|материалы|статьи)|другие\s+новости|ещ[её]\s+новости"
    r"|новости\s+партн[её]ров|выбор\s+читателей|самое\s+(?:читаемое|популярное)|^популярное$|^реклама\s*:?$"
    r"|все\s+права\s+защищены|при\s+(?:использовании|копировании|цитировании)\s+материал"
    r"|^поделиться|наш(?:ем|его)?\s+(?:телеграм|telegram)|т[её]мная\s+тема"
    r"|внесена\s+правка|^(?:теги|метки|автор|источник\s+фото)\s*:"
    r"|читайте\s+також|підпис(?:уйтесь|атися)|підтримайте|політик\w*\s+конфіденційн"
    r"|^читать\s+на\s+\w+ом\s*(?:языке)?$|^читати\s+\w+ою$|(?:материал|текст)\w*\s+доступ\w+\s+на\s"
    r")", re.IGNORECASE)

_LIST_HEADING = re.compile(
    r"\bmay\s+be\s+interested|\balso\s+like|\bread\s+(?:more|also|next)|\balso\s+read|\bmost\s+(?:read|popular|viewed)"
    r"|\brelated\b|^more\s+(?:from|on|stories|news)|^latest\s+news|(?<![а-яёіїє])(?:читайте|смотрите)\s+(?:также|також|еще|ещё)"
    r"|^по\s+теме|похожие|другие\s+новости|ещ[её]\s+новости|новости\s+партн[её]ров|выбор\s+читателей"
    r"|самое\s+(?:читаемое|популярное)|^популярное", re.IGNORECASE)

#: photo and illustration credits: a credit word in front, or an agency at the end of a short line
_CREDIT = re.compile(
    r"(?:^|[.!?]\s+)(?:photo|photos|picture|image|illustration|video|credit|фото|фотография|иллюстрация|видео"
    r"|скриншот|коллаж|кадр|світлина|ілюстрація)\b\s*(?:by|:|—|–|-|\|)|\bархивное\s+фото\b|\bфото\s*:",
    re.IGNORECASE)
_CREDIT_END = re.compile(
    r"(?:\bvia\s+(?:AP|Reuters|AFP|Getty(?:\s+Images)?|EPA|TASS|Sputnik|Wikimedia(?:\s+Commons)?)"
    r"|(?:/|\||–|—)\s*(?:AP|Reuters|AFP|Getty\s+Images|EPA|ТАСС|РИА\s+Новости|Shutterstock|[\w-]+\.(?:by|ru|ua|com|org))"
    r"|\bGetty\s+Images|\bShutterstock)\s*$")
#: a caption's closing credit in brackets: "(Jane Roe/Pool Photo via AP)", "[File: John Doe/Reuters]",
#: "(AP Photo/Jane Roe)", "(Фото: Иван Петров / ТАСС)"
_CAPTION_CREDIT = re.compile(
    r"[(\[](?:(?:file|photo|photos|pictured|фото|архивное\s+фото|світлина)\s*:?[^()\[\]]*"
    r"|(?:AP|AFP|EPA|Reuters|Getty)\s+(?:Photo|Images)\b[^()\[\]]*"
    r"|photo\s+by\b[^()\[\]]*|[^()\[\]]*(?:/\s*|\bvia\s+)(?:AP|AFP|EPA|Reuters|Getty\s+Images|Shutterstock|TASS|Sputnik"
    r"|Pool|Anadolu|ТАСС|РИА\s+Новости|Спутник|УНІАН|Укрінформ)\b[^()\[\]]*)[)\]]\s*$",
    re.IGNORECASE)

#: bylines and reader counters
_BYLINE = re.compile(r"^(?:by\s*:|[^\W\d_]+\s+[^\W\d_]+\s*\((?:редактор|корреспондент|обозреватель|editor|correspondent"
                     r"|reporter|staff\s+writer)|(?-i:By\s+[A-Z][\w'-]+\s+[A-Z][\w'-]+)\s*(?:[|,]|$)|автор\s*:"
                     r"|views?\s*:\s*\d|просмотр(?:ов|ы)?\s*:?\s*\d|\d+\s+(?:views|просмотр))", re.IGNORECASE)

#: words a sentence has and a tag list does not
_FUNCTION_WORDS = frozenset("""a an the of in on at to for with and or by from is are was were that this
в во на и с со по к ко от до за из о об при для что как не а но же это был была были""".split())
_WORD = re.compile(r"[^\W\d_]{2,}")
#: the line that names where a report comes from is the report's, not the page's
_SOURCE_LINE = re.compile(r"^(?:source|sources|источник|источники|джерело)\s*:", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;\"»”)\]]\s*$")


def lines(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line, without its line break."""
    start = 0
    for m in re.finditer(r"\r\n|\n|\r|\u2028|\u2029", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _link_shaped(s: str) -> bool:
    """Short, and not closed as a sentence: a headline, a link, a tag, a menu item."""
    words = _words(s)
    return 0 < len(words) <= _LINK_MAX_WORDS and not _SENTENCE_END.search(s)


def _prose(s: str) -> bool:
    """Words, and either long or closed as a sentence."""
    return bool(_words(s)) and not _link_shaped(s)


def _no_words(s: str) -> bool:
    """"[", "|", "...", "A+ | A-", "1": nothing to read."""
    return not re.search(r"[^\W\d_]{2,}", s)


def _menu(s: str) -> bool:
    """"Home | News | Contact", "A+ | Reset | A-": short items between separators."""
    parts = [p.strip() for p in re.split(r"\s[|•·/]\s", s)]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts) and not _SENTENCE_END.search(s)


def _tag_list(s: str) -> bool:
    """Names and topics strung together without punctuation, a name repeated: a tag list."""
    if re.search(r"[.,;:!?«»\"“”()]", s):
        return False
    words = s.split()
    if not 6 <= len(words) <= 30 or any(w.casefold() in _FUNCTION_WORDS for w in words):
        return False
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    return len(set(pairs)) < len(pairs)


def _credit(s: str) -> bool:
    """"Photo: …", "Фото: … / РИА Новости", "… via AP": who made the picture."""
    return bool(_CREDIT.search(s)) and len(_words(s)) <= _BOILER_MAX_WORDS // 2 + 8 or (
        _link_shaped(s) and bool(_CREDIT_END.search(s)))


def _caption(s: str) -> bool:
    """A picture's caption: a line closed by its photo credit in brackets."""
    return bool(_CAPTION_CREDIT.search(s))


def _caption_twin(s: str, caption: str) -> bool:
    """The same caption told once more without its credit (alt text above the caption), give or
    take a spelling: most of its words open the caption in the same order."""
    words, other = _words(s), _words(caption)
    same = sum(a == b for a, b in zip(words, other))
    return len(words) >= 4 and len(words) < len(other) and same >= 0.8 * len(words)


def _boilerplate(s: str) -> bool:
    return bool(_BOILERPLATE.search(s)) and len(_words(s)) <= _BOILER_MAX_WORDS


def _list_heading(s: str) -> bool:
    """A heading that opens a list of links ("Read also", "Читайте также", "Новости партнеров")."""
    return (bool(_LIST_HEADING.search(s)) and len(_words(s)) <= 6
            and not _SENTENCE_END.search(s.rstrip(":")))


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every furniture line of ``text``, in order; prose is never included."""
    rows = [(a, b, text[a:b].strip()) for a, b in lines(text)]
    marked = [False] * len(rows)
    begun = False  # the report has begun: a line of prose has been seen
    in_list = False  # after a list heading, link-shaped lines are its items
    for i, (_, _, s) in enumerate(rows):
        if not s:
            continue
        if _boilerplate(s) or _credit(s) or _caption(s) or _BYLINE.search(s) or _tag_list(s) or _menu(s):
            marked[i] = True
            in_list = in_list or _list_heading(s)
            continue
        if in_list and (_link_shaped(s) or _no_words(s)):
            marked[i] = True
            continue
        in_list = False
        if _no_words(s) and not re.fullmatch(r"[\d\s.,:/–—-]*\d[\d\s.,:/–—-]*", s):
            marked[i] = True  # "[", "|", "..."; a bare date or time stays (datelines are read)
        elif _prose(s):
            begun = True
    filled = [i for i, r in enumerate(rows) if r[2]]
    for i, k in zip(filled, filled[1:]):
        if not marked[i] and _caption(rows[k][2]) and _caption_twin(rows[i][2], rows[k][2]):
            marked[i] = True
    # a run of short unpunctuated lines after the report has begun is a list of links
    seen_prose = False
    i = 0
    while i < len(rows):
        s = rows[i][2]
        if not s:
            i += 1
            continue
        if _prose(s) and not marked[i]:
            seen_prose = True
            i += 1
            continue
        j, run = i, []
        while j < len(rows) and (not rows[j][2] or not _prose(rows[j][2]) or marked[j]):
            if rows[j][2]:
                run.append(j)
            j += 1
        # nothing of the report follows its last sentence but its source line; a cut-off last
        # sentence (an excerpt) is not a list, so the tail needs two short lines too
        tail = j >= len(rows) and _tail_list(rows, run, marked)
        if seen_prose and begun and (tail or len([k for k in run if not marked[k]]) >= _LIST_RUN):
            for k in run:
                if not _SOURCE_LINE.search(rows[k][2]) and (tail or _words(rows[k][2])):
                    marked[k] = True
        i = j
    return [(a, b) for (a, b, s), m in zip(rows, marked) if m and s]


def _tail_list(rows: list[tuple[int, int, str]], run: list[int], marked: list[bool]) -> bool:
    """The short lines after the last sentence are links: two or more of them, the last not a cut sentence."""
    items = [k for k in run if not marked[k] and _words(rows[k][2]) and not _SOURCE_LINE.search(rows[k][2])]
    if len(items) < 2:
        return False
    return len(_words(rows[items[-1]][2])) < 8 or any(marked[k] for k in run)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by spaces (line breaks kept): same length, same offsets."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for a, b in spans:
        parts.append(text[last:a])
        parts.append(re.sub(r"[^\n\r]", " ", text[a:b]))
        last = b
    parts.append(text[last:])
    return "".join(parts)


class FurnitureComponent:
    """Blanks page furniture in ``doc.text`` (offsets kept) and lists it in ``doc.furniture``."""

    name = "claimgraph.furniture.v1"
    version = "1"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("furniture",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        spans = furniture_spans(doc.text)
        doc.furniture = spans
        doc.text = blank(doc.text, spans)
        return doc


__all__ = ["FurnitureComponent", "blank", "furniture_spans", "lines"]
