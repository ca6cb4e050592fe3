"""PDF reports: the text layer page by page, and the document's own metadata.

Scanned PDFs have no text layer and OCR is not part of claimgraph, so they are rejected with that
reason rather than stored empty. Encrypted files open only when no password is needed.
"""
from __future__ import annotations

import io
import logging
import re
from collections.abc import Mapping
from typing import Any

from claimgraph.ingest.dates import normalize_date
from claimgraph.ingest.item import Item, clean

LOG = logging.getLogger(__name__)
_MIN_TEXT = 20  # characters of text layer below which a PDF counts as scanned


class PdfRejected(ValueError):
    """A PDF that cannot give text, with the reason to show."""


def read_pdf(data: bytes, max_pages: int = 2000) -> Item:
    """One item from a PDF; raises PdfRejected for encrypted, damaged and scanned files."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files warn on every object
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:
                raise PdfRejected(f"encrypted PDF that cannot be opened ({exc})") from exc
            if not opened:
                raise PdfRejected("encrypted PDF (a password is required); "
                                  "save an unprotected copy and ingest that")
        total = len(reader.pages)
    except PdfRejected:
        raise
    except (PdfReadError, FileNotDecryptedError, ValueError, KeyError, TypeError, OSError,
            RecursionError, AttributeError, IndexError) as exc:
        raise PdfRejected(f"damaged or truncated PDF ({_short(exc)})") from exc
    pages: list[str] = []
    starts: list[int] = []
    offset = 0
    for number in range(min(total, max_pages)):
        try:
            page_text = reader.pages[number].extract_text() or ""
        except Exception as exc:  # noqa: BLE001 - one broken page must not lose the others
            LOG.debug("page %d unreadable: %s", number + 1, exc)
            page_text = ""
        page_text = page_text.strip()
        starts.append(offset)
        pages.append(page_text)
        offset += len(page_text) + 2
    text = "\n\n".join(pages).strip()
    if len(text) < _MIN_TEXT:
        if total == 0:
            raise PdfRejected("PDF without pages (damaged or truncated)")
        raise PdfRejected("no text layer (a scanned PDF?); OCR is not available — "
                          "run OCR (e.g. ocrmypdf) and ingest the result")
    item = Item(text=text, format="pdf")
    item.meta = {"pages": total, "page_starts": starts}
    if total > max_pages:
        item.meta["pages_read"] = max_pages
    info: Mapping[str, Any]
    try:
        info = reader.metadata or {}
    except Exception:  # noqa: BLE001 - a broken info dictionary leaves metadata empty
        info = {}
    item.title = clean(info.get("/Title"))
    item.author = clean(info.get("/Author"))
    if item.author and looks_like_organization(item.author):
        item.outlet = item.author  # reports name their publisher as the author
    item.published = normalize_date(str(info.get("/CreationDate") or ""), fuzzy=False)
    return item


_ORG_WORDS = re.compile(
    r"(?i)\b(review|journal|institute|institution|centre|center|council|foundation|agency|ministry|"
    r"university|group|office|committee|service|news|times|monitor|press|media|ltd|inc|llc|gmbh|"
    r"центр|институт|агентство|министерство|комитет|фонд|университет|служба|издательство|редакция|"
    r"ооо|оао|зао|пао|ао)\b")


def looks_like_organization(name: str) -> bool:
    """True for "Eastern Europe Security Review" or "Центр … исследований"; False for "Anna Petrova"."""
    words = name.split()
    if _ORG_WORDS.search(name) or len(words) >= 4:
        return True
    return any(w[:1].islower() for w in words if w.isalpha() and len(w) > 3)


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__
