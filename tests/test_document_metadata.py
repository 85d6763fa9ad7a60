"""What a Word brief and a pack's PDF say about themselves (review F13): the issue's date,
framing only, the audience named once."""

from __future__ import annotations

import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow

HANOI = 2


def test_a_word_brief_is_dated_the_day_it_is_issued(demo_path: Path, tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "public.docx"
    before = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    done = run_cli(
        "brief", "export", "--store", str(demo_path), "--item", "28", "--audience", "public",
        "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    after = datetime.now(UTC).replace(tzinfo=None)
    props = Document(str(out)).core_properties
    for when in (props.created, props.modified):
        when = when.replace(tzinfo=None) if when is not None else None
        assert when is not None and before <= when <= after + timedelta(seconds=1), when
    core = zipfile.ZipFile(out).read("docProps/core.xml").decode()
    assert "2013" not in core and "python-docx" not in core, core
    # framing only: the number, the item's heading, the audience; no position text
    assert props.title.startswith("TH/2026/BR-") and props.title.endswith("Public lines")
    assert "RESTRICTED" in props.keywords and "Public lines" in props.comments


def test_the_pdf_title_names_the_audience_once(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "public.pdf"
    done = run_cli(
        "pack", "--store", str(demo_path), "--event", str(HANOI), "--item", "28",
        "--sections", "cover,briefs", "--audience", "public", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    title = next(line for line in info.splitlines() if line.startswith("Title:"))
    assert title.count("Public lines") == 1 and "TH/2026/BP-" in title, title


@pytest.mark.parametrize(
    ("language", "issued_for"), [("th", "จัดทำสำหรับ:"), ("vi", "Phát hành cho:")]
)
def test_a_word_copys_properties_speak_its_language(
    demo_path: Path, tmp_path: Path, language: str, issued_for: str
) -> None:
    """The document's own properties (File > Info in Word) are in the copy's language
    too: "Issued for:" was English in a Thai or Vietnamese report."""
    from docx import Document

    out = tmp_path / f"rc_{language}.docx"
    done = run_cli(
        "report", "--store", str(demo_path), "--meeting", "4", "--kind", "capital",
        "--language", language, "--format", "docx", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    word = sorted(tmp_path.glob(f"rc_{language}*.docx"))[0]
    comments = Document(str(word)).core_properties.comments
    assert comments.startswith(issued_for) and "Issued for" not in comments, comments
    assert "Head of delegation" not in comments, comments  # the audience in it too
