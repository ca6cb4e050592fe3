"""Content-hash identifiers.

Ids are derived from the fields that identify an object, never from counters, so the same input
gives the same ids on every run, on every machine and on every backend.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")

PREFIXES = {
    "document": "doc",
    "sighting": "sig",
    "mention": "men",
    "entity": "ent",
    "claim": "clm",
    "event": "evt",
    "citation": "cit",
    "judgment": "jdg",
    "match": "mat",
    "error": "err",
    "snapshot": "snp",
    "feed_item": "itm",
    "watch": "wat",
    "alert": "alr",
}


def normalize_text(text: str) -> str:
    """Unicode NFC and whitespace folding only: the text a document id is computed from."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def digest(*parts: object, length: int = 16) -> str:
    """A hex SHA-1 digest of the parts, joined by a separator that cannot occur in them."""
    h = hashlib.sha1()
    for part in parts:
        h.update(str(part if part is not None else "").encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def make_id(kind: str, *parts: object) -> str:
    """An id such as ``doc-3f2a…`` for the given kind and identifying parts."""
    return f"{PREFIXES[kind]}-{digest(*parts)}"


def document_id(text: str) -> str:
    """The id of a document: the hash of its normalized text."""
    return make_id("document", normalize_text(text))
