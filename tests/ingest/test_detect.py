"""Format sniffing, encodings, languages and dates: the guesses every reader relies on."""
from __future__ import annotations

import pytest

from claimgraph.ingest.dates import normalize_date
from claimgraph.ingest.detect import decode, detect_language, normalize_lang, sniff_format

RU = "Предприятие в Бресте получило заказ на изготовление пятисот рам для лёгких беспилотников."
BE = "Прадпрыемства ў Брэсце атрымала заказ на вырабленне пяцісот рам для лёгкіх беспілотнікаў."
UK = "Підприємство в Бресті отримало замовлення на виготовлення п'ятисот рам для легких безпілотників."
EN = "A company in Brest received an order to make five hundred frames for light drones."
DE = "Ein Unternehmen in Brest erhielt einen Auftrag über fünfhundert Rahmen für leichte Drohnen."


@pytest.mark.parametrize(("head", "name", "fmt"), [
    (b"%PDF-1.7\n...", "scan.txt", "pdf"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>", "page.pdf", "html"),
    (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed.html", "feed"),
    (b'<rss version="2.0"><channel>', "news", "feed"),
    (b'{\n "name": "Channel",\n "type": "public_channel",\n "messages": []}', "export.txt", "telegram"),
    (b'{"text": "a"}\n{"text": "b"}\n', "bulk.txt", "jsonl"),
    (b"---\ntitle: x\n---\nbody", "note.txt", "markdown"),
    (b"# Heading\n\nbody", "note.md", "markdown"),
    (b"Plain words in a file.", "note.html", "text"),
    (b"\x00\x01\x02\x03binary", "data.txt", None),
])
def test_detect_format_from_content_before_name(head: bytes, name: str, fmt: str | None) -> None:
    assert sniff_format(head, name) == fmt


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "koi8_r", "utf-16"])
def test_detect_russian_in_every_common_encoding(encoding: str) -> None:
    text, _ = decode(RU.encode(encoding))
    assert text == RU


def test_detect_short_cyrillic_snippets_are_not_confused() -> None:
    for encoding in ("cp1251", "koi8_r"):
        assert decode("Минск, завод".encode(encoding))[0] == "Минск, завод"


def test_detect_wrong_declared_charset_is_overruled() -> None:
    assert decode(RU.encode("koi8_r"), declared="cp1251")[0] == RU


def test_detect_western_text_is_not_forced_into_cyrillic() -> None:
    text = "Société générale à Genève: l'usine a livré des pièces détachées en été."
    decoded, _ = decode(text.encode("cp1252"))  # cp1250 and cp1252 stay ambiguous on a short line
    assert decoded.startswith("Société générale")
    assert not any("\u0400" <= c <= "\u04ff" for c in decoded)


@pytest.mark.parametrize(("text", "lang"), [(RU, "ru"), (BE, "be"), (UK, "uk"), (EN, "en"), (DE, "de"),
                                            ("12:30 — 15%", "und"), ("ok", "und")])
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_detect_language_codes_are_normalized() -> None:
    assert [normalize_lang(v) for v in ("ru-RU", "EN", "be_BY", "rus", None)] == ["ru", "en", "be", None, None]


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-05", "2024-03-05"),
    ("2024-03-05T10:15:00+03:00", "2024-03-05T10:15:00+03:00"),
    ("2024-03-05T00:00:00", "2024-03-05"),
    ("Tue, 09 Jul 2024 10:15:00 +0000", "2024-07-09T10:15:00+00:00"),
    ("D:20240301120000Z", "2024-03-01T12:00:00"),
    ("D:20240301", "2024-03-01"),
    ("1712043000", "2024-04-02T07:30:00+00:00"),
    ("5 марта 2024", "2024-03-05"),
    ("March 2024", None),  # no day: never invent one
    ("не дата", None),
    ("0001-01-01", None),
    ("", None),
])
def test_dates_are_iso_and_never_invented(value: str, expected: str | None) -> None:
    assert normalize_date(value) == expected


# Portuguese and Spanish share most words; a Portuguese report must not come out as Spanish
PT = ("A Rússia e a Bielorrússia assinaram um acordo para construir uma fábrica de drones. "
      "Segundo o governo, a produção deve começar no próximo ano e não depende de peças importadas.")
ES = ("Rusia y Bielorrusia firmaron un acuerdo para construir una fábrica de drones. "
      "Según el gobierno, la producción debe empezar el próximo año y no depende de piezas importadas.")
RO = ("Rusia și Belarus au semnat un acord pentru construirea unei fabrici de drone. "
      "Potrivit guvernului, producția ar urma să înceapă anul viitor.")
BG = ("Русия и Беларус подписаха споразумение за изграждане на завод за дронове. "
      "Според правителството производството трябва да започне догодина.")


@pytest.mark.parametrize(("text", "lang"), [(PT, "pt"), (ES, "es"), (RO, "ro"), (BG, "bg")])
def test_detect_the_region_s_other_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_detect_language_reports_its_confidence() -> None:
    from claimgraph.ingest.detect import language_and_confidence

    lang, confidence = language_and_confidence(PT)
    assert lang == "pt" and 0.5 <= confidence <= 1.0
    assert language_and_confidence("ok") == ("und", 0.0)
