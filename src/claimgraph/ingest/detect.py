"""Format, encoding and language detection.

The format comes from the bytes first and the file name second, because saved pages and exports
often carry the wrong extension. Russian sources still arrive as cp1251 or KOI8-R; a statistical
guess confuses the two on short texts, so every Cyrillic candidate is checked against how Russian
text looks (mostly lowercase, frequent letters) before it is accepted.
"""
from __future__ import annotations

import codecs
import re
from functools import cache
from typing import Any

FORMATS = ("text", "markdown", "html", "pdf", "feed", "telegram", "jsonl")

_MARKDOWN_EXT = (".md", ".markdown", ".mdown")
_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_MARK = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title|div|p|article)[\s>/]", re.IGNORECASE)
_CHARSET_DECL = re.compile(rb"""<meta[^>]{1,500}?charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""<\?xml[^>]{1,300}?encoding\s*=\s*["']([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_BINARY_MAGIC = {
    b"PK\x03\x04": "a ZIP archive (Office documents and archives are not supported; unpack or save as text, HTML or PDF)",
    b"\x89PNG": "a PNG image (OCR is not available)",
    b"\xff\xd8\xff": "a JPEG image (OCR is not available)",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive (unpack it first)",
    b"\xd0\xcf\x11\xe0": "an old Office document (save it as text, HTML or PDF)",
    b"\x7fELF": "a program, not a document",
}

#: The ten most frequent Russian letters: in real Russian text they make up well over half of all
#: Cyrillic letters; in text decoded with the wrong Cyrillic code page they do not.
_FREQUENT_RU = set("оеаинтсрвлкмдпуяы")
_WORDS = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def sniff_format(head: bytes, name: str = "") -> str | None:
    """The format of a file from its first bytes (and its name as a tie-breaker); None if binary."""
    lower = name.lower()
    body = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if head[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if _binary_reason(head) is not None:
        return None
    if body[:1] in (b"{", b"["):
        return _sniff_json(body, lower)
    if body.startswith(b"<?xml") or body[:1] == b"<" or lower.endswith(_HTML_EXT + (".xml", ".rss", ".atom")):
        window = body[:4096]
        if _FEED_ROOT.search(window) and not re.search(rb"<html[\s>]", window, re.IGNORECASE):
            return "feed"
        if _HTML_MARK.search(window):
            return "html"
    if lower.endswith(_MARKDOWN_EXT):
        return "markdown"
    if lower.endswith(_HTML_EXT) and _HTML_MARK.search(body[:65536]):
        return "html"
    if body.startswith((b"---\n", b"---\r\n")):
        return "markdown"
    return "text"


def _sniff_json(body: bytes, lower: str) -> str:
    if b'"messages"' in body[:1_000_000] and (b'"type"' in body[:4096] or lower.endswith("result.json")):
        return "telegram"
    return "jsonl"


def binary_reason(head: bytes) -> str:
    """Why a file is not a readable document, for the one-line rejection."""
    return _binary_reason(head) or "binary file"


def _binary_reason(head: bytes) -> str | None:
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            return what
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    sample = head[:8192]
    if not sample:
        return None
    if b"\x00" in sample:
        return "binary file (contains NUL bytes), not text, HTML, PDF, a feed or JSON"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls / len(sample) > 0.05:
        return "binary file (mostly control bytes), not text, HTML, PDF, a feed or JSON"
    return None


def cyrillic_score(text: str) -> float:
    """How much a decoded text looks like correctly decoded Russian (0..1; 0 without Cyrillic).

    Frequent letters must dominate, and Cyrillic must make whole words: Western text read with a
    Cyrillic code page shows single Cyrillic letters inside Latin words ("Sociйtй").
    """
    sample = text[:20000]
    letters = [c for c in sample if "\u0400" <= c <= "\u04ff"]
    if not letters:
        return 0.0
    words = [w for w in _WORDS.findall(sample) if _CYRILLIC.search(w)]
    mixed = sum(1 for w in words if _LATIN.search(w))
    if words and mixed / len(words) > 0.2:
        return 0.0
    good = sum(1 for c in letters if c in _FREQUENT_RU)
    return good / len(letters)


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML or XML file declares about itself, if Python knows it."""
    match = _CHARSET_DECL.search(head[:4096]) or _XML_DECL.search(head[:512])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and the encoding it was read with: UTF-8 and BOMs first, then the declaration, then a guess.

    A Cyrillic result is compared against cp1251, KOI8-R and the guess, and the one that reads most
    like Russian wins, so a file declared or guessed wrongly still comes out readable.
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    if declared and declared not in ("utf-8", "ascii"):
        candidates.append(declared)
    guess = _guess(data)
    if guess:
        candidates.append(guess)
    candidates += ["cp1251", "koi8_r"]
    best_text, best_enc, best_score = None, None, -1.0
    for enc in dict.fromkeys(candidates):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        score = cyrillic_score(text)
        if best_text is None or score > best_score + 0.05:
            best_text, best_enc, best_score = text, enc, score
    if best_text is None:
        return data.decode("utf-8", errors="replace"), "utf-8"
    if best_score == 0.0:  # no plausible Cyrillic: trust the statistical guess, else Western
        for fallback in (guess, "cp1252"):
            if not fallback:
                continue
            try:
                return data.decode(fallback), fallback
            except (UnicodeDecodeError, LookupError):
                pass
    return best_text, str(best_enc)


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:200_000]).best()
    if match is None:
        return None
    try:
        return codecs.lookup(match.encoding).name
    except LookupError:
        return None


# Languages the detector chooses between. A short list keeps it fast and accurate; text in any
# other language gets the closest of these or "und".
# Portuguese, Romanian and Bulgarian are in it because, left out, their reports came out as
# Spanish, Italian and Russian.
LANGUAGES = ("en", "ru", "uk", "be", "bg", "de", "fr", "es", "pt", "it", "ro", "pl", "cs", "lt",
             "nl", "zh", "ar", "fa", "tr", "kk")
_MIN_LETTERS = 20
_SAMPLE = 1000  # characters judged: enough for a stable answer; the cost grows with the length
_MIN_CONFIDENCE = 0.5


#: Below this length lingua needs all its n-gram models (1 to 5 letters); above it trigrams decide.
SHORT_TEXT = 120


@cache
def _detector(short: bool = False) -> Any:
    """The lingua detector for long texts (trigrams only), or for short ones (every model).

    The short-text detector preloads its models: loaded lazily, lingua re-read them on every short
    text (about 250 ms each, measured), while preloaded they take ~1 ms. Building it takes
    seconds, so it is built only once a short text turns up.
    """
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    if short:
        return builder.with_preloaded_language_models().build()
    return builder.with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """Lowercase ISO 639-1 code of the text's language, or "und" when it is too short or unclear."""
    return language_and_confidence(text)[0]


def language_and_confidence(text: str) -> tuple[str, float]:
    """The text's language (as :func:`detect_language`) and the detector's confidence in it
    (0 to 1; 0 when the text is too short to judge)."""
    sample = " ".join(text[:_SAMPLE].split())
    if sum(map(str.isalpha, sample)) < _MIN_LETTERS:
        return "und", 0.0
    values = _detector(len(sample) < SHORT_TEXT).compute_language_confidence_values(sample)
    if not values:
        return "und", 0.0
    confidence = round(float(values[0].value), 3)
    if confidence < _MIN_CONFIDENCE:
        return "und", confidence
    return values[0].language.iso_code_639_1.name.lower(), confidence


def normalize_lang(value: object) -> str | None:
    """"ru-RU", "RU", "ru_RU" → "ru"; None when it is not a two-letter code."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None
