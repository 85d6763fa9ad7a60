"""Word copies of the report to capital and of a brief (issue #18, item 11).

For colleagues who edit in Word: the same headings as the PDF, the audience's
parts only, the marking in every page's header and footer, and every copy in
the distribution register.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.pack_records import ReportRequest
from tests.helpers import run_cli
from tests.pack_fixtures import open_demo_copy

pytestmark = pytest.mark.slow

HANOI, SOM6 = 2, 4


@pytest.fixture
def svc(demo_master: Path, tmp_path: Path) -> Any:
    s = open_demo_copy(demo_master, tmp_path / "store")
    yield s
    s.close()


def word_text(path: Path) -> tuple[str, str, list[str]]:
    """(body text, header and footer text, heading texts) of a .docx."""
    from docx import Document

    doc = Document(str(path))
    body = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        body += [c.text for row in table.rows for c in row.cells]
    section = doc.sections[0]
    marks = [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    return "\n".join(body), "\n".join(marks), headings


def test_the_report_to_capital_in_word_follows_the_audience(svc: Any, tmp_path: Path) -> None:
    full = svc.reports.issue(
        ReportRequest(SOM6, "capital", format="docx", recipients=("Alpha", "Bravo")),
        tmp_path / "capital",
    )
    assert [f.path.suffix for f in full.files] == [".docx", ".docx"]
    _text, marks, headings = word_text(full.files[1].path)
    assert "CONFIDENTIAL" in marks and "Copy 2 of 2 - issued to Bravo" in marks
    assert full.reference in marks
    assert headings[0].startswith("Report to capital")
    assert "What others said" in headings and "Stances of others" in headings
    agencies = svc.reports.issue(
        ReportRequest(SOM6, "capital", format="docx", audience=Audience.AGENCIES),
        tmp_path / "agencies.docx",
    )
    _text, marks, headings = word_text(agencies.files[0].path)
    assert "What others said" not in headings and "Stances of others" not in headings
    assert "RESTRICTED" in marks and "For other agencies" in marks
    rows = [
        r for r in svc.packs.register().rows if r.issue_id in (full.issue_id, agencies.issue_id)
    ]
    assert len(rows) == 3 and all(r.file_name.endswith(".docx") for r in rows)
    assert {r.document for r in rows} == {"Report to capital"}


def test_a_brief_in_word_holds_only_its_audiences_parts(svc: Any, tmp_path: Path) -> None:
    item = next(i for i in svc.agenda.items(SOM6) if i.position_status is not None)
    position = svc.positions.get(item.id).content
    hod = svc.packs.export_brief(item.id, Audience.HOD, tmp_path / "hod.docx")
    text, marks, headings = word_text(hod.files[0].path)
    assert f"Item {item.number} {item.title}" in headings[0]
    assert "Points to make" in headings and "CONFIDENTIAL" in marks
    if position.red_line:
        assert "RED LINE (minimum acceptable)" in headings
    public = svc.packs.export_brief(item.id, Audience.PUBLIC, tmp_path / "public.docx")
    text, marks, headings = word_text(public.files[0].path)
    assert "RED LINE (minimum acceptable)" not in headings and "Objective" not in headings
    if position.red_line:
        assert position.red_line.split()[0] not in text or position.red_line not in text
    assert "Public lines: what may be said in public" in marks
    row = next(r for r in svc.packs.register().rows if r.issue_id == public.issue_id)
    assert row.document == "Item brief (Word)" and row.file_name.endswith("public.docx")
    with pytest.raises(ValidationError, match=r"does not end in \.docx"):
        svc.packs.export_brief(item.id, Audience.HOD, tmp_path / "brief.pdf")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_word_brief_opens_in_libreoffice_with_every_script(svc: Any, tmp_path: Path) -> None:
    from dataclasses import replace

    item = next(i for i in svc.agenda.items(SOM6) if i.position_status is not None)
    c = svc.positions.get(item.id).content
    line = "ผู้แทนไทย ប្រតិភូកម្ពុជា မြန်မာ ລາວ Việt Nam"
    svc.positions.save(item.id, replace(c, press_line=line), reopen_approved=True)
    result = svc.packs.export_brief(item.id, Audience.PUBLIC, tmp_path / "brief.docx")
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
         str(result.files[0].path)],
        capture_output=True, text=True, timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "brief.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Press line" in text and result.classification in text and "Page 1 of 1" in text


def test_the_cli_writes_word_copies(demo_path: Path, tmp_path: Path) -> None:
    done = run_cli(
        "report", "--store", str(demo_path), "--meeting", str(SOM6), "--kind", "capital",
        "--format", "docx", "--out", str(tmp_path / "capital"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "capital.docx").is_file() and "Word" in done.stdout
    done = run_cli(
        "brief", "export", "--store", str(demo_path), "--item", "999999",
        "--audience", "public", "--out", str(tmp_path / "x.docx"),
    )  # fmt: skip
    assert done.returncode != 0 and "no agenda item 999999" in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_a_cancelled_word_export_writes_and_registers_nothing(svc: Any, tmp_path: Path) -> None:
    """The GUI's worker cancels through ``on_progress``: between copies, before any file."""

    class Stop(Exception):
        pass

    def stop_at_second(done: int, total: int, message: str) -> None:
        if done == 1:
            raise Stop(message)

    item = next(i for i in svc.agenda.items(SOM6) if i.position_status is not None)
    before = len(svc.packs.register().rows)
    with pytest.raises(Stop):
        svc.packs.export_brief(
            item.id, Audience.HOD, tmp_path / "brief.docx", recipients=("A", "B"),
            on_progress=stop_at_second,
        )  # fmt: skip
    with pytest.raises(Stop):
        svc.reports.issue(
            ReportRequest(SOM6, "capital", format="docx", recipients=("A", "B")),
            tmp_path / "capital.docx",
            on_progress=stop_at_second,
        )
    assert list(tmp_path.iterdir()) == [tmp_path / "store"]
    assert len(svc.packs.register().rows) == before
