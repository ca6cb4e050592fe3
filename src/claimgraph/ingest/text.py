"""Plain text and Markdown, with an optional metadata header or front matter.

A header block is a run of ``Key: value`` lines at the very top ("Title:", "Outlet:", "Date:",
"URL:", "Author:", "Language:", and their Russian equivalents) ended by a blank line; front matter
is the same between ``---`` lines. Both are metadata, not text.
"""
from __future__ import annotations

import re

from claimgraph.ingest.dates import normalize_date
from claimgraph.ingest.detect import normalize_lang
from claimgraph.ingest.item import Item, clean, clean_url

#: Header keys (lowercase) and the metadata field each one fills.
HEADER_KEYS = {
    "title": "title", "headline": "title", "заголовок": "title", "название": "title",
    "outlet": "outlet", "source": "outlet", "site": "outlet", "publisher": "outlet", "издание": "outlet",
    "источник": "outlet", "сми": "outlet",
    "date": "published", "published": "published", "pubdate": "published", "дата": "published",
    "url": "url", "link": "url", "source_url": "url", "ссылка": "url",
    "author": "author", "by": "author", "автор": "author",
    "language": "lang", "lang": "lang", "язык": "lang",
}
# Every repetition that could backtrack is bounded: hostile files with long runs of spaces,
# brackets or asterisks must not make these patterns quadratic.
_HEADER_LINE = re.compile(r"^[ \t]{0,8}([A-Za-zА-Яа-яЁё_ ]{2,20}?)[ \t]{0,8}:(.*)$")
_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,2}[ \t]+([^\n]{1,500})", re.MULTILINE)
_MD_SYNTAX = [
    (re.compile(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)"), r"\1"),  # images → alt text
    (re.compile(r"\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)"), r"\1"),  # links → their text
    (re.compile(r"^[ ]{0,3}#{1,6}[ \t]+", re.MULTILINE), ""),  # heading marks
    (re.compile(r"^[ ]{0,3}>[ ]?", re.MULTILINE), ""),  # quote marks
    (re.compile(r"(\*\*|__)([^\n]{1,500}?)\1"), r"\2"),  # bold
    (re.compile(r"`{1,3}"), ""),
]


def read_text(text: str, markdown: bool = False) -> Item:
    """One item from a text file: header or front matter as metadata, the rest as text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, body = _front_matter(text)
    if not fields:
        fields, body = _header_block(text)
    if markdown:
        heading = _MD_HEADING.search(body)
        if heading and "title" not in fields:
            fields["title"] = heading.group(1).strip().rstrip("#").strip()
        body = strip_markdown(body)
    item = Item(text=body.strip(), format="markdown" if markdown else "text")
    item.title = clean(fields.get("title"))
    item.author = clean(fields.get("author"))
    item.outlet = clean(fields.get("outlet"))
    item.url = clean_url(fields.get("url"))
    item.published = normalize_date(fields.get("published"))
    item.lang = normalize_lang(fields.get("lang"))
    return item


def strip_markdown(text: str) -> str:
    """Markdown markup removed, so mentions and quotes are found in plain words."""
    for pattern, repl in _MD_SYNTAX:
        text = pattern.sub(repl, text)
    return text


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end == -1:
        return {}, text
    fields = _fields(text[4:end].split("\n"))
    rest = text[end + 4:]
    return (fields, rest.split("\n", 1)[1] if "\n" in rest else "") if fields else ({}, text)


def _header_block(text: str) -> tuple[dict[str, str], str]:
    lines = text.lstrip("\n").split("\n")
    block: list[str] = []
    for line in lines[:20]:
        if not line.strip():
            break
        block.append(line)
    if not block or len(block) == len(lines):
        return {}, text
    if not all(_known(line) for line in block):  # every header line must be a known key, or it is text
        return {}, text
    fields = _fields(block)
    return fields, "\n".join(lines[len(block) + 1:])


def _known(line: str) -> bool:
    match = _HEADER_LINE.match(line)
    return match is not None and match.group(1).strip().lower() in HEADER_KEYS


def _fields(lines: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.match(line)
        if not match:
            continue
        key = HEADER_KEYS.get(match.group(1).strip().lower())
        if key is None:
            continue
        value = match.group(2).strip().strip("\"'").strip()
        if value:
            fields[key] = value
    return fields
