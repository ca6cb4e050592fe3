"""Each format's reader: the text it keeps and the metadata it finds."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.errors import IngestError
from claimgraph.ingest import Item, read_bytes
from claimgraph.model import IngestFailure

from .pdfs import blank_pdf, encrypted_pdf, text_pdf, truncated_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def read(name: str, data: bytes | None = None) -> list[Item | IngestFailure]:
    return list(read_bytes((FIXTURES / name).read_bytes() if data is None else data, name))


def items(name: str, data: bytes | None = None) -> list[Item]:
    return [i for i in read(name, data) if isinstance(i, Item)]


def test_text_header_block_is_metadata_not_text() -> None:
    [item] = items("header.txt")
    assert item.format == "text"
    assert item.title == "Workshop in Baranovichi to assemble loitering munitions"
    assert item.outlet == "Lakeside Monitor"
    assert item.published == "2024-02-14"
    assert item.url == "https://lakeside-monitor.example/2024/02/baranovichi-workshop"
    assert item.author == "Ina Vostrikova"
    assert item.lang == "en"
    assert item.text.startswith("A repair workshop near Baranovichi")
    assert "Outlet:" not in item.text


def test_text_without_header_keeps_every_line() -> None:
    data = b"Note: this is prose, not a header.\nSecond line of the note.\n\nA paragraph."
    [item] = items("note.txt", data)
    assert item.text.startswith("Note: this is prose")
    assert item.title is None


def test_markdown_front_matter_and_markup() -> None:
    [item] = items("frontmatter.md")
    assert item.format == "markdown"
    assert item.title == "Кооперация в производстве беспилотников"
    assert item.outlet == "Северный вестник"
    assert item.published == "2024-05-03"
    assert item.lang == "ru"
    assert "**" not in item.text and "](" not in item.text
    assert "представитель министерства" in item.text


@pytest.mark.parametrize("name", ["text_cp1251.txt", "text_koi8r.txt"])
def test_text_in_russian_code_pages_is_decoded(name: str) -> None:
    [item] = items(name)
    assert item.text.startswith("Гродненский завод получил заказ")
    assert item.lang == "ru"


def test_html_main_text_without_navigation_ads_or_scripts() -> None:
    [item] = items("page.html")
    assert item.format == "html"
    assert "doubled the output of small piston engines" in item.text
    assert "Neither side disclosed" in item.text
    for noise in ("Buy cheap flights", "Politics", "tracking pixel", "Cookie settings"):
        assert noise not in item.text


def test_html_metadata_from_meta_tags_and_json_ld() -> None:
    [item] = items("page.html")
    assert item.title == "Drone engine plant expands output"
    assert item.outlet == "Borderline Daily"
    assert item.author == "Pavel Korsak"
    assert item.published == "2024-06-11"
    assert item.url == "https://www.borderline-daily.example/news/engine-plant"
    assert item.lang == "en"


def test_html_declared_cp1251_is_decoded_and_dated() -> None:
    [item] = items("page_cp1251.html")
    assert "На окраине Гомеля открылся цех" in item.text
    assert "Главная Новости" not in item.text
    assert item.published == "2023-11-20"
    assert item.lang == "ru"


def test_html_outlet_falls_back_to_domain() -> None:
    page = ("<html><head><title>T</title><link rel='canonical' href='https://www.news-site.example/a'>"
            "</head><body><article><p>" + "A factory opened a new hall for drone frames this week. " * 6
            + "</p></article></body></html>").encode()
    [item] = items("saved.htm", page)
    assert item.outlet == "news-site.example"


def test_wrong_extension_is_sniffed_from_content() -> None:
    [html] = items("page.txt", (FIXTURES / "page.html").read_bytes())
    assert html.format == "html"
    rss = items("feed.html", (FIXTURES / "feed.rss").read_bytes())
    assert [i.format for i in rss] == ["rss", "rss"]
    [pdf] = items("report.txt", text_pdf([["Report on engine supplies to assembly plants."]]))
    assert pdf.format == "pdf"


def test_rss_items_are_documents_with_feed_title_as_outlet() -> None:
    found = items("feed.rss")
    assert len(found) == 2  # the entry without title or text is skipped
    first = found[0]
    assert first.outlet == "Eastern Industry Wire"
    assert first.title == "Composite parts deal signed"
    assert first.url == "https://eastern-wire.example/items/101"
    assert first.published == "2024-07-09T10:15:00"
    assert "composites maker in Vitebsk" in first.text and "<p>" not in first.text
    assert first.lang == "en"


def test_atom_entry_content_and_dates() -> None:
    [entry] = items("feed.atom")
    assert entry.format == "atom"
    assert entry.outlet == "Полевые заметки"
    assert entry.published == "2024-08-01T09:00:00"
    assert entry.text.startswith("Партия двигателей")


def test_telegram_messages_with_text_are_documents() -> None:
    found = items("result.json")
    assert [i.message_id for i in found] == ["2", "3", "5", None]
    assert {i.channel for i in found} == {"Заводской канал"}
    assert found[0].published == "2024-04-02T10:30:00"
    assert found[1].text == "Предприятие увеличило выпуск корпусов на треть, пишет отраслевой канал."
    assert found[1].forwarded_from == "Оборонный дайджест"
    assert found[2].published is None and found[3].published is None


def test_jsonl_good_lines_load_and_bad_lines_are_failures() -> None:
    found = read("bulk.jsonl")
    good = [i for i in found if isinstance(i, Item)]
    bad = [i for i in found if isinstance(i, IngestFailure)]
    assert [i.outlet for i in good] == ["Bulk Wire", "Балтийский обзор"]
    assert good[0].url == "https://bulk.example/1" and good[0].lang == "en"
    assert good[1].published == "2024-09-01" and good[1].lang == "ru"
    assert [f.source for f in bad] == ["bulk.jsonl:3", "bulk.jsonl:4", "bulk.jsonl:5"]
    assert "invalid JSON" in bad[0].reason and "no 'text' field" in bad[2].reason


def test_pdf_text_per_page_and_metadata() -> None:
    data = text_pdf([["Quarterly review of drone component supply."], ["Second page: engines and optics."]],
                    title="Supply review", author="Research desk", created="D:20240301120000Z")
    [item] = items("review.pdf", data)
    assert item.text == "Quarterly review of drone component supply.\n\nSecond page: engines and optics."
    assert (item.title, item.author, item.published) == ("Supply review", "Research desk", "2024-03-01T12:00:00")
    assert item.meta["pages"] == 2 and item.meta["page_starts"] == [0, 45]


def test_pdf_author_that_is_an_organization_is_the_outlet() -> None:
    lines = [["Briefing on engine supply chains for small drones."]]
    [org] = items("brief.pdf", text_pdf(lines, author="Baltic Defence Research Centre"))
    [person] = items("note.pdf", text_pdf(lines, author="Olga Sidorova"))
    assert (org.outlet, org.author) == ("Baltic Defence Research Centre", "Baltic Defence Research Centre")
    assert (person.outlet, person.author) == (None, "Olga Sidorova")


def test_pdf_page_limit_reads_first_pages_only() -> None:
    data = text_pdf([[f"Page number {n} of a long annex with words."] for n in range(5)])
    [item] = list(read_bytes(data, "annex.pdf", max_pdf_pages=2))
    assert "Page number 1" in item.text and "Page number 2" not in item.text
    assert item.meta["pages_read"] == 2


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"   \n\t\n", "empty file"),
    (bytes(range(256)) * 8, "binary file"),
    (b"PK\x03\x04" + b"\x00" * 100, "ZIP archive"),
    (blank_pdf(), "OCR is not available"),
    (encrypted_pdf(["Confidential plan for new hangars."]), "password is required"),
    (truncated_pdf(["A report cut off in the middle of its bytes."]), "damaged or truncated PDF"),
    (b'{"name": "x", "type": "public_channel", "messages": [', "invalid JSON"),
    (b"Title: Only a header\nOutlet: Nobody\n\n", "no text"),
    (b'<?xml version="1.0"?><rss><channel><title>Empty</title></channel></rss>', "feed without entries"),
])
def test_hostile_file_is_rejected_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as info:
        list(read_bytes(data, "hostile.file"))
    assert reason in str(info.value)
    assert info.value.one_line().startswith("hostile.file: ")


def test_telegram_export_with_missing_fields_still_reads() -> None:
    export = {"messages": [{"text": "Канал без имени, но с текстом сообщения."}, {"id": 9}, None]}
    [item] = items("result.json", json.dumps(export).encode())
    assert item.channel is None and item.text.startswith("Канал без имени")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("data", [
    b"Title: x" + b" " * 200_000 + b"y\n\nbody of the note with enough words to keep",
    b"# " + b" " * 200_000 + b"x\n\nbody text of a markdown note with words",
    b"---\ntitle: t\n---\n" + b"[" * 200_000 + b"\n" + b"**a " * 50_000,
    b"<html lang" + b"<html" * 40_000 + b"><body><p>Words of a page about a drone factory.</p></body></html>",
    b"<html><body><p>" + b"<br" * 60_000 + b"</p></body></html>",
])
def test_hostile_patterns_do_not_blow_up(data: bytes) -> None:
    name = "note.md" if data.startswith((b"#", b"---")) else "page.html" if data.startswith(b"<") else "n.txt"
    try:
        list(read_bytes(data, name))
    except IngestError:
        pass  # a rejection is fine; hanging is not


def test_long_source_links_are_kept_whole() -> None:
    link = "https://news.example/article?" + "&".join(f"utm_{n}=campaign-{n}" for n in range(60))
    assert len(link) > 1000
    line = json.dumps({"text": "Moldova summoned the Russian ambassador.", "url": link}).encode()
    [item] = items("long.jsonl", line)
    assert item.url == link


def test_an_absurdly_long_link_is_dropped_not_cut() -> None:
    line = json.dumps({"text": "A report.", "url": "https://x.example/" + "a" * 20000}).encode()
    [item] = items("huge.jsonl", line)
    assert item.url is None
