"""Writes the two sample think-tank reports as real PDFs with a text layer, plus a truncated copy.

The texts live here so the PDFs can be rebuilt byte for byte: ``python samples/make_pdfs.py``.
TrueType (Type 42) fonts keep the text extractable, Cyrillic included.
"""
from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("pdf")
matplotlib.rcParams["pdf.fonttype"] = 42
matplotlib.rcParams["font.family"] = "DejaVu Sans"

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

HERE = Path(__file__).resolve().parent

EESR = {
    "file": "pdf/eesr-2025-08-belarus-drone-base.pdf",
    "title": "Belarus's drone base: between Moscow and Beijing",
    "author": "Eastern Europe Security Review",
    "subject": "Briefing 2025/07, published 4 August 2025",
    "date": "2025-08-04",
    "running": "Eastern Europe Security Review · Briefing 2025/07 · 4 August 2025",
    "body": """\
# Summary
Belarus is trying to build a domestic drone industry fast enough to equip its army, and it cannot do so alone. This briefing reviews the public record from March to July 2025 and lists the indicators we will follow.

# 1. Domestic effort
The Ministry of Defence of Belarus and the State Military-Industrial Committee (Goskomvoenprom) describe the saturation of the armed forces with unmanned systems as a priority. In May 2025 the committee acknowledged that existing capacity and resources do not yet cover the army's needs and said it was seeking military-technical cooperation with foreign partners, first of all Russia and China.

# 2. The Chinese option
China has more than 2,000 organisations that develop or produce drones, and Belarus already has agreements with China in this field. Belarusian assemblers buy motors, cameras and flight controllers from Chinese suppliers, which leaves them exposed to Chinese export controls.

# 3. The Russian offer
On 13 March 2025 Maxim Oreshkin, deputy head of the Russian Presidential Administration, said Russia had offered Belarus a plant producing up to 100,000 drones a year, with all key components made locally. We treat this as an offer, not a plan: Goskomvoenprom told Nasha Niva on 17 March that no decision had been taken. A Telegram channel's claim of an initial 2,000 drones a year remains unconfirmed.

# 4. The regional track
On 21 July 2025 President Aleksandr Lukashenko received Samara Oblast governor Vyacheslav Fedorishchev in Minsk. Fedorishchev said afterwards that the two sides had agreed on large-scale cooperation in new technologies, including the unmanned component, and that Samara businesses had concrete proposals for joint ventures. The research and production centre for unmanned aircraft systems in Tolyatti, built on the company Transport of the Future, is the flagship of Russia's national project on unmanned aircraft systems. Fedorishchev has said that the region will become Russia's largest drone manufacturer in 2025.
A second Russian node is Tomsk, whose research and production centre Unmanned Aircraft Systems received a delegation of the National Academy of Sciences of Belarus at the end of 2024 to discuss microelectronics.

# 5. Assessment
Joint Russian-Belarusian production is plausible and would bind the two defence industries more closely within the Union State. Indicators to watch: a named host enterprise in Belarus; joint ventures registered with Samara or Tomsk partners; Belarusian engineers trained in Tolyatti; shifts in Chinese component imports.

Sources: RIA Novosti, TASS, BelTA, Interfax, Nasha Niva, regional media in Samara and Tomsk.
""",
}

CIDS = {
    "file": "pdf/cids-2025-09-samara-tomsk-minsk.pdf",
    "title": "Самара, Томск и Минск: региональное измерение союзного производства беспилотников",
    "author": "Центр независимых оборонных исследований",
    "subject": "Аналитическая записка № 14, 10 сентября 2025 года",
    "date": "2025-09-10",
    "running": "Центр независимых оборонных исследований · Записка № 14 · 10.09.2025",
    "body": """\
# Кратко
Сотрудничество России и Беларуси в производстве беспилотников развивается не только на уровне правительств, но и через российские регионы. В записке рассмотрены два из них — Самарская и Томская области.

# Самарская область
Научно-производственный центр беспилотных авиационных систем в Тольятти создан на базе компании «Транспорт будущего» и считается флагманом национального проекта «Беспилотные авиационные системы». Губернатор Вячеслав Федорищев обещал, что в 2025 году регион станет крупнейшим производителем беспилотников в России.
21 июля 2025 года Федорищев провёл переговоры в Минске с Александром Лукашенко и заявил о договорённости о масштабной кооперации в сфере новых технологий, включая «беспилотную составляющую». По его словам, самарский бизнес подготовил предложения о создании совместных предприятий.

# Томская область
Томский НПЦ «Беспилотные авиационные системы» специализируется на навигационной и управляющей электронике. В конце 2024 года его посетила делегация Национальной академии наук Беларуси; стороны обсуждали сотрудничество в области микроэлектроники и договорились подготовить дорожную карту к весне 2025 года. Публичных сведений о её подписании мы не нашли.

# Федеральный контекст
В марте 2025 года заместитель руководителя администрации президента России Максим Орешкин заявил, что Россия предлагает Беларуси построить завод мощностью до 100 тысяч беспилотников в год. Госкомвоенпром Беларуси позднее сообщил, что решение не принято. Региональные проекты могут стать способом реализовать это предложение по частям.

# Выводы
1. Самарский трек наиболее конкретен: есть заявления о совместных предприятиях и о подготовке белорусских инженеров.
2. Томский трек касается элементной базы — самого слабого звена белорусского производства, которое сейчас зависит от китайских поставщиков.
3. Совокупные объёмы неизвестны; цифру в 100 тысяч изделий в год ни одна из сторон не подтвердила как план.
""",
}

WIDTH_CHARS = 92
LINE_PT = 14.0
PAGE_W, PAGE_H = 8.27, 11.69  # A4, inches
TOP, BOTTOM, LEFT = 0.91, 0.08, 0.08


def _lines(body: str) -> list[tuple[str, bool]]:
    """Body text → wrapped lines, each flagged as heading or not; blank line between paragraphs."""
    out: list[tuple[str, bool]] = []
    for para in body.strip().split("\n"):
        if not para.strip():
            continue
        if para.startswith("# "):
            out.append(("", False))
            out.append((para[2:], True))
            continue
        out.extend((line, False) for line in textwrap.wrap(para, WIDTH_CHARS))
    return out


def render(report: dict[str, str], path: Path) -> None:
    lines = _lines(report["body"])
    step = LINE_PT / (PAGE_H * 72)
    per_page = int((TOP - 0.06 - BOTTOM) / step)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    meta = {"Title": report["title"], "Author": report["author"], "Subject": report["subject"],
            "Creator": None,
            "CreationDate": dt.datetime.fromisoformat(report["date"]).replace(tzinfo=dt.timezone.utc)}
    with PdfPages(path, metadata=meta) as pdf:
        for number, chunk in enumerate(pages, 1):
            fig = plt.figure(figsize=(PAGE_W, PAGE_H))
            fig.text(LEFT, 0.965, report["running"], fontsize=8, color="#555555")
            y = TOP
            if number == 1:
                fig.text(LEFT, y, report["title"], fontsize=14, weight="bold", wrap=True)
                y -= 0.045
            for text, heading in chunk:
                if text:
                    fig.text(LEFT, y, text, fontsize=11 if heading else 10,
                             weight="bold" if heading else "normal")
                y -= step
            fig.text(0.5, 0.035, f"{number} / {len(pages)}", fontsize=8, ha="center", color="#555555")
            pdf.savefig(fig)
            plt.close(fig)


def main() -> None:
    for report in (EESR, CIDS):
        path = HERE / report["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        render(report, path)
        print(f"{path.relative_to(HERE)}: {path.stat().st_size} bytes")
    whole = (HERE / EESR["file"]).read_bytes()
    broken = HERE / "broken" / "truncated-report.pdf"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_bytes(whole[: len(whole) * 2 // 5])  # cut mid-stream: no xref, no trailer
    print(f"{broken.relative_to(HERE)}: {broken.stat().st_size} bytes")


if __name__ == "__main__":
    main()
