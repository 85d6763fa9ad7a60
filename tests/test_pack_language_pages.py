"""Every page of a pack, the reports and their Word copies in Thai or Vietnamese (issue #24,
item 3): the programme, the week, the agendas, the stance map, the open actions, the list of
annexes (and the annexed pages' stamp), the receipt; the report to capital and the outcome
summary (``report --language``). Headings and fixed labels translate; what the delegation
wrote stays as written. Read back from the files the user gets (pypdf, python-docx)."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from adgsom_desktop.__main__ import main
from tests.pack_fixtures import outline_titles, pdf_pages_text

HANOI, SOM6 = 2, 4  # the demo's 6th ADGMIN week and its 6th ADGSOM


def _flat(text: str) -> str:
    """Text as extraction gives it back: Thai ำ decomposed (NFKC), no spaces."""
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def store(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("lang") / "demo.adgsom"
    shutil.copyfile(demo_master, target)
    return target


def _pack(store: Path, out: Path, language: str) -> dict[str, str]:
    """The whole pack (every section the head of delegation may have), text by bookmark."""
    args = ["pack", "--store", str(store), "--event", str(HANOI), "--language", language]
    assert main([*args, "--out", str(out)]) == 0
    pages = [_flat(p) for p in pdf_pages_text(out)]
    marks = [(title, page) for depth, title, page in outline_titles(out) if depth == 0]
    by_section = {}
    for n, (title, start) in enumerate(marks):
        end = marks[n + 1][1] if n + 1 < len(marks) else len(pages)
        by_section[title] = "".join(pages[start : max(end, start + 1)])
    return by_section


# Each section's heading and some of its fixed labels, in Thai and in Vietnamese; then the
# English each replaced (none of it may be left).
PAGES_TH = {
    "กำหนดการและข้อมูลการเดินทาง": ["สถานที่", "ประธาน", "รูปแบบ", "สัปดาห์โดยสังเขป", "(ทับซ้อน)",
                                   "มีเวลาทับซ้อนกันในวันอังคาร", "การเดินทางและการจัดการ"],
    "ระเบียบวาระการประชุม": ["ลำดับ", "ประเภทวาระ", "ผู้นำเรื่อง", "นาที", "[ท่าที]"],
    "แผนผังจุดยืน": ["ของเรา", "สนับสนุนโดยมีข้อแก้ไข", "สงวนท่าที"],
    "เรื่องที่ต้องดำเนินการที่ยังค้าง": ["ผู้รับผิดชอบ", "กำหนดเสร็จ", "ที่มา", "ระเบียบวาระ 5.1"],
    "ร่างข้อความเจรจา: ข้อเสนอแก้ไขของเรา": ["ข้อความปัจจุบัน", "ข้อเสนอของเรา", "เหตุผล"],
    "แผนงานความร่วมมือ": ["ความร่วมมือกับ Japan: สถานะของโครงการ", "ทบทวนล่าสุด", "หมุดหมาย"],
    "ใบรับ": ["ใบรับ: การส่งคืนหรือการทำลายสำเนานี้", "ลายมือชื่อ", "ผู้รับ", "พยานการทำลาย",
              "จำนวนหน้า"],
}  # fmt: skip
PAGES_VI = {
    "Chương trình và hậu cần": ["Địa điểm", "Chủ trì", "Hình thức", "Tóm tắt tuần họp"],
    "Chương trình nghị sự": ["Mục đích", "Phút"],
    "Bản đồ quan điểm": ["Đoàn ta", "ủng hộ có sửa đổi"],
    "Việc cần làm còn mở": ["Người phụ trách", "Hạn", "Nguồn", "mục 5.1"],
    "Biên nhận": ["Biên nhận: trả lại hoặc tiêu hủy bản này", "Chữ ký", "Người chứng kiến tiêu hủy"],
}  # fmt: skip
ENGLISH = [
    "Receipt: return or destruction", "Signature", "Destruction witnessed by",
    "The week at a glance", "overlap on", "Logistics", "DateTimeMeetingVenue", "No.ItemPurpose",
    "S support", "ActionOwnerDue", ", item 5.1", "Current text", "Our proposal",
    ": status of projects", "Last review", "milestone", "[brief]",
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("language", "expected"), [("th", PAGES_TH), ("vi", PAGES_VI)])
def test_every_page_of_a_pack_prints_in_the_chosen_language(
    store: Path, tmp_path: Path, language: str, expected: dict[str, list[str]]
) -> None:
    sections = _pack(store, tmp_path / f"{language}.pdf", language)
    for heading, labels in expected.items():
        assert heading in sections, (heading, list(sections))
        text = sections[heading]
        for label in labels:
            assert _flat(label) in text, (heading, label)
    whole = "".join(sections.values())
    left = [english for english in ENGLISH if _flat(english) in whole]
    assert left == []
    # what the delegation wrote stays as written
    assert _flat("Nominate Myanmar's national anti-scam focal point.") in whole


def test_an_annexed_page_is_stamped_in_the_language_before_the_receipt(
    demo_master: Path, tmp_path: Path
) -> None:
    """The stamp's "Annex 1" in Thai script (shaped, not Helvetica's missing glyphs), the
    annex's bookmark in Thai, and the annex still inserted before the (Thai) receipt."""
    from reportlab.pdfgen import canvas

    from adgsom_desktop.reports.pack_model import Section
    from adgsom_desktop.services.pack_records import PackRequest
    from tests.pack_fixtures import open_demo_copy

    services = open_demo_copy(demo_master, tmp_path / "store")
    try:
        path = tmp_path / "defa.pdf"
        c = canvas.Canvas(str(path))
        c.drawString(72, 700, "DEFA draft page 1")
        c.save()
        doc = services.attachments.attach(SOM6, path, symbol="ADGSOM/2026/DOC.99")
        request = PackRequest(
            event_id=HANOI,
            meeting_ids=(SOM6,),
            sections=(Section.COVER, Section.ANNEXES, Section.RECEIPT),
            annex_document_ids=(doc.id,),
            language="th",
        )
        pdf = services.packs.preview(request)
    finally:
        services.close()
    pages = [_flat(p) for p in pdf_pages_text(pdf)]
    assert "DEFApage1".casefold() in pages[-2].replace("draft", "").casefold()
    assert _flat("ภาคผนวก 1") in pages[-2] and "Annex" not in pages[-2]
    assert _flat("ใบรับ: การส่งคืน") in pages[-1]
    titles = [title for depth, title, _page in outline_titles(pdf) if depth == 0]
    assert titles[-2:] == ["ภาคผนวก 1 - ADGSOM/2026/DOC.99", "ใบรับ"]


@pytest.mark.slow
def test_the_report_to_capital_and_its_word_copy_in_vietnamese(store: Path, tmp_path: Path) -> None:
    from docx import Document

    base = ["report", "--store", str(store), "--meeting", str(SOM6), "--kind", "capital"]
    out = tmp_path / "rc.pdf"
    assert main([*base, "--language", "vi", "--out", str(out)]) == 0
    text = _flat("".join(pdf_pages_text(out)))
    for label in ("Địa điểm", "Phát biểu của đoàn ta", "Việc tiếp theo cho các cơ quan của ta"):
        assert _flat(label) in text, label
    for english in ("What we said", "Follow-up for our agencies", "Page 2 of", "Our speaking"):
        assert _flat(english) not in text, english
    word = tmp_path / "rc.docx"
    assert main([*base, "--language", "th", "--format", "docx", "--out", str(word)]) == 0
    docs = sorted(tmp_path.glob("rc*.docx"))
    body = "\n".join(p.text for p in Document(str(docs[0])).paragraphs)
    assert "ระเบียบวาระ" in body and "สิ่งที่เรากล่าว" in body
    assert "What we said" not in body
    outcomes = tmp_path / "os.pdf"
    args = ["report", "--store", str(store), "--meeting", str(SOM6), "--kind", "outcomes"]
    assert main([*args, "--language", "th", "--out", str(outcomes)]) == 0
    assert _flat("สำหรับรัฐมนตรี") in _flat("".join(pdf_pages_text(outcomes)))


def test_buddhist_era_needs_thai_for_a_report_too(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    args = ["report", "--store", str(store), "--meeting", str(SOM6), "--kind", "capital"]
    assert main([*args, "--language", "vi", "--buddhist-era", "--out", str(out)]) != 0
    assert not out.exists()
