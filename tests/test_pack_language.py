"""A briefing pack printed in Thai or Vietnamese (issue #24, item 3): its fixed labels come
from the same catalogue as the interface (read without Qt), its dates in the language,
Thai years in the Buddhist Era when asked; what the delegation wrote stays as written."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.i18n.printing import long_date, printing_in, translate
from adgsom_desktop.reports.pack_model import Section
from adgsom_desktop.services.pack_records import PackRequest
from tests.pack_fixtures import pack_services, pdf_pages_text

__all__ = ["pack_services"]

HANOI, SOM6 = 2, 4  # the demo's 6th ADGMIN week and its 6th ADGSOM
SECTIONS = (Section.COVER, Section.CONTENTS, Section.BRIEFS)


def _flat(text: str) -> str:
    """Text as pdftotext-like extraction gives it back: Thai ำ decomposed (NFKC), no spaces."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_labels_and_dates_follow_the_printing_language() -> None:
    from datetime import date

    day = date(2026, 1, 12)
    assert (translate("Pack", "Objective"), long_date(day)) == ("Objective", "12 January 2026")
    with printing_in("th"):
        assert translate("Pack", "Objective") == "วัตถุประสงค์"
        assert long_date(day) == "12 มกราคม 2026"
    with printing_in("th", buddhist_era=True):
        assert long_date(day) == "12 มกราคม พ.ศ. 2569"
        assert translate("Pack", "Page %1 of %2") == "หน้า %1 จาก %2"
    with printing_in("vi", buddhist_era=True):  # the Buddhist Era is Thai only
        assert translate("Pack", "Red line") == "Lằn ranh đỏ"
        assert long_date(day) == "ngày 12 tháng 1 năm 2026"
    assert translate("Pack", "Objective") == "Objective"  # the block ended


def test_the_reports_read_the_catalogue_without_qt() -> None:
    code = (
        "import sys\n"
        "from adgsom_desktop.i18n.printing import printing_in, translate\n"
        "from adgsom_desktop.reports import pack_story, brief_story, document\n"
        "with printing_in('vi'):\n"
        "    print(translate('Pack', 'Contents'))\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["Mục", "lục", "False"]


@pytest.mark.slow
def test_a_thai_pack_prints_thai_labels_and_buddhist_era_dates(
    pack_services: Any, tmp_path: Path
) -> None:
    out = tmp_path / "th.pdf"
    pack_services.packs.issue(
        PackRequest(
            event_id=HANOI,
            meeting_ids=(SOM6,),
            sections=SECTIONS,
            language="th",
            buddhist_era=True,
        ),
        out,
    )
    pages = [_flat(p) for p in pdf_pages_text(out)]
    text = "".join(pages)
    assert _flat("สารบัญ") in pages[1]  # Contents
    assert _flat(f"หน้า 2 จาก {len(pages)}") in pages[1]  # Page 2 of N
    assert _flat("สำเนาที่ 1 จาก 1") in pages[0]  # Copy 1 of 1
    assert _flat("พ.ศ. 2569") in pages[0]  # January 2026 in the Buddhist Era
    for label in ("วัตถุประสงค์", "ลำดับขั้นท่าที", "ประเด็นที่จะกล่าว"):
        assert _flat(label) in text
    assert _flat("Position ladder") not in text and _flat("Page 2 of") not in text
    assert _flat("Agenda adopted as circulated.") in text  # what was written stays as written


@pytest.mark.slow
def test_pack_language_from_the_command_line(demo_master: Path, tmp_path: Path) -> None:
    import shutil

    from adgsom_desktop.__main__ import main

    store = tmp_path / "demo.adgsom"
    shutil.copyfile(demo_master, store)
    out = tmp_path / "vi.pdf"
    args = ["pack", "--store", str(store), "--event", str(HANOI), "--meeting", str(SOM6)]
    args += ["--sections", "cover,contents,briefs", "--language", "vi", "--out", str(out)]
    assert main(args) == 0
    pages = [_flat(p) for p in pdf_pages_text(out)]
    assert _flat("Mục lục") in pages[1] and _flat(f"Trang 2/{len(pages)}") in pages[1]
    assert _flat("lằn ranh đỏ") in "".join(pages).casefold()
    bad = tmp_path / "bad.pdf"
    refused = ["pack", "--store", str(store), "--event", str(HANOI), "--buddhist-era"]
    assert main([*refused, "--out", str(bad)]) != 0
    assert not bad.exists()
