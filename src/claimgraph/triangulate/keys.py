"""Comparison keys for names and outlets: one form for every script and spelling.

Triangulation compares what different outlets wrote about the same thing, often in different
scripts ("ТАСС" and "TASS", "Лукашенко" and "Lukashenko"). Resolved entity ids are preferred;
where resolution has not run, these keys are the fallback. They are for equality and blocking
only; the fine decision belongs to entity resolution.
"""
from __future__ import annotations

import functools
import logging
import re

from normality import ascii_text

log = logging.getLogger(__name__)
_TOKEN = re.compile(r"[a-z0-9]+")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.|m\.|t\.me/)?([^/\s]+?)(?:\.(?:com|ru|by|ua|org|net|info|"
                     r"io|co|uk|de|eu|gov|su|рф|бел)){1,2}(?:/.*)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def name_key(name: str | None) -> str:
    """Lowercase ASCII tokens of a name in any script ("ТАСС" and "TASS" give "tass")."""
    if not name:
        return ""
    try:
        from claimgraph.resolve.names import name_key as resolve_key
    except ImportError:  # resolution not installed: fall back to plain transliteration
        resolve_key = None  # type: ignore[assignment]
    if resolve_key is not None:
        try:
            key = resolve_key(name)
            if key:
                return str(key)
        except Exception:
            log.debug("name key failed for %r; using plain transliteration", name, exc_info=True)
    return " ".join(_TOKEN.findall((ascii_text(name) or "").lower()))


@functools.lru_cache(maxsize=65536)
def outlet_key(name: str | None) -> str:
    """The key of an outlet, agency or channel, given as a name, a site or a URL."""
    if not name:
        return ""
    text = name.strip().lstrip("@")
    m = _DOMAIN.match(text)
    if m and " " not in text:
        text = m.group(1).split(".")[-1]
    return name_key(text)


def last_token(key: str) -> str:
    """The last token of a key (a surname, usually) when it is long enough to tell people apart."""
    token = key.rsplit(" ", 1)[-1] if key else ""
    return token if len(token) >= 4 else ""
