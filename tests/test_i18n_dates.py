"""Dates, numbers and composed strings of the printed reports in the chosen language (issue
#24): the report to capital's days and title, the tracker report's summary, project months,
amounts and due dates; Thai years in the Buddhist Era when asked. English stays as it was."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.i18n.printing import (
    date_span,
    month_year,
    number,
    printing_in,
    short_date,
    translate,
)
from adgsom_desktop.services.pack_records import ReportRequest
from tests.pack_fixtures import pack_services, pdf_pages_text

__all__ = ["pack_services"]
SOM6 = 4


def _flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_dates_and_numbers_in_each_language() -> None:
    a, b, c = date(2026, 1, 12), date(2026, 1, 13), date(2026, 2, 2)
    assert (date_span(a, b), date_span(a, c), month_year(a)) == (
        "12-13 Jan 2026", "12 Jan - 02 Feb 2026", "Jan 2026",
    )  # fmt: skip
    assert (short_date(c), number(1250000.4)) == ("2026-02-02", "1,250,000")
    with printing_in("th"):
        assert date_span(a, b) == "12-13 มกราคม 2026" and month_year(a) == "ม.ค. 2026"
    with printing_in("th", buddhist_era=True):
        assert date_span(a, b) == "12-13 มกราคม พ.ศ. 2569"
        assert date_span(a, c) == "12 มกราคม - 2 กุมภาพันธ์ พ.ศ. 2569"
        assert month_year(a) == "ม.ค. 2569" and short_date(c) == "2 กุมภาพันธ์ พ.ศ. 2569"
    with printing_in("vi"):
        assert date_span(a, b) == "ngày 12-13 tháng 1 năm 2026"
        assert month_year(a) == "tháng 1/2026" and number(1250000) == "1.250.000"


@pytest.mark.slow
def test_a_thai_report_to_capital_dates_and_titles_in_thai(
    pack_services: Any, tmp_path: Path
) -> None:
    data = pack_services.reports.render(ReportRequest(SOM6, language="th", buddhist_era=True))[0]
    pages = [_flat(p) for p in pdf_pages_text(data)]
    text = "".join(pages)
    assert _flat("รายงานถึงเมืองหลวง: 6th ADGSOM") in pages[0]
    assert _flat("12-13 มกราคม พ.ศ. 2569") in pages[0]
    with printing_in("th"):
        for label in ("For information", "Remark"):
            assert _flat(translate("Labels", label)) in text, label
    for english in ("Report to capital", "12-13 Jan", "For information", "(Remark)",
                    "Not delivered:", "For the Head of Delegation"):  # fmt: skip
        assert _flat(english) not in text, english


@pytest.mark.slow
def test_the_tracker_report_in_thai_and_vietnamese(pack_services: Any, tmp_path: Path) -> None:
    out = tmp_path / "th.pdf"
    today = date(2026, 1, 12)
    pack_services.project_reports.write(out, today=today, language="th", buddhist_era=True)
    text = _flat("".join(pdf_pages_text(out)))
    with printing_in("th"):
        title = translate("Pack", "Cooperation tracker: report to capital")
        projects, involvement = translate("Pack", "Projects"), translate("Pack", "Our involvement")
    assert _flat(title) in text and _flat(projects) in text and _flat(involvement) in text
    assert "พ.ศ.2569" in text or "2569" in text  # months and the due date in the Buddhist Era
    for english in ("Cooperation tracker: report", "Our involvement", "project(s)", "Coverage:",
                    "Nothing is due", " to Mar", "Jan 2026"):  # fmt: skip
        assert _flat(english) not in text, english
    english = tmp_path / "en.pdf"
    pack_services.project_reports.write(english, today=today)
    plain = _flat("".join(pdf_pages_text(english)))
    assert _flat("Cooperation tracker: report to capital") in plain and "Ourinvolvement" in plain
    vi = tmp_path / "vi.pdf"
    pack_services.project_reports.write(vi, today=today, language="vi")
    viet = _flat("".join(pdf_pages_text(vi)))
    assert _flat("Theo dõi hợp tác: báo cáo về trong nước") in viet
    assert "tháng" in viet and "Projects" not in viet
