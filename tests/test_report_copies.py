"""Reports get the copy control of packs: "Copy K of N", the distribution register, recipients,
watermark, one file.  Before, a report to capital was one unnumbered file, recorded nowhere but
the audit log."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.services.pack_records import ReportRequest
from tests.helpers import run_cli
from tests.pack_fixtures import outline_titles, pack_services, pdf_pages_text, squash

__all__ = ["pack_services"]

SOM6 = 4
NAMES = ("Dr. Pongsak Rattanavichai", "นางกนิษฐา ศรีสุวรรณ")


def test_a_report_to_capital_is_issued_in_numbered_copies_and_registered(
    pack_services: Any, tmp_path: Path
) -> None:
    out = tmp_path / "debrief.pdf"
    result = pack_services.reports.issue(
        ReportRequest(
            SOM6,
            "capital",
            "CONFIDENTIAL",
            "TH/DEBRIEF/9",
            audience=Audience.DELEGATION,
            recipients=NAMES,
            watermark=True,
        ),
        out,
    )
    assert len(result.files) == 2 and result.audience is Audience.DELEGATION
    for k, (f, name) in enumerate(zip(result.files, NAMES, strict=True), 1):
        assert f.path is not None and f.path.exists() and f.path != out
        assert hashlib.sha256(f.path.read_bytes()).hexdigest() == f.sha256
        pages = pdf_pages_text(f.path)
        for page in pages:  # "Copy K of N - issued to NAME" on every page
            assert squash(f"Copy {k} of 2") in squash(page)
        assert squash(name)[:8] in squash(pages[0])
    rows = [r for r in pack_services.packs.register().rows if r.issue_id == result.issue_id]
    assert [(r.copy_no, r.copies_total, r.recipient) for r in rows] == [
        (1, 2, NAMES[0]),
        (2, 2, NAMES[1]),
    ]
    assert all(r.document == "Report to capital" and r.audience == "Delegation" for r in rows)
    assert all(r.reference == "TH/DEBRIEF/9" and r.classification == "CONFIDENTIAL" for r in rows)
    assert [r.sha256 for r in rows] == [f.sha256 for f in result.files]
    # a report is not something an addendum can be issued to
    assert result.issue_id not in {i.id for i in pack_services.packs.issues()}
    register = squash(" ".join(pdf_pages_text(pack_services.packs.register_pdf())))
    assert "Reporttocapital" in register and "TH/DEBRIEF/9" in register


def test_an_outcome_summary_in_one_file_holds_every_copy(
    pack_services: Any, tmp_path: Path
) -> None:
    out = tmp_path / "outcomes.pdf"
    result = pack_services.reports.issue(
        ReportRequest(SOM6, "outcomes", copies=3, one_file=True), out
    )
    assert result.paths == (out,) and len(result.files) == 3
    titles = [t for depth, t, _page in outline_titles(out) if depth == 0]
    assert titles == ["Copy 1 of 3", "Copy 2 of 3", "Copy 3 of 3"]
    rows = [r for r in pack_services.packs.register().rows if r.issue_id == result.issue_id]
    assert [r.copy_no for r in rows] == [1, 2, 3]
    assert {r.document for r in rows} == {"Outcome summary"}


@pytest.mark.slow
def test_the_report_command_takes_the_packs_copy_options(demo_path: Path, tmp_path: Path) -> None:
    help_text = run_cli("report", "--help").stdout
    for option in ("--recipient", "--copies", "--watermark", "--one-file", "--audience"):
        assert option in help_text
    out = tmp_path / "r.pdf"
    done = run_cli(
        "report", "--store", str(demo_path), "--meeting", "4", "--kind", "capital",
        "--audience", "agencies", "--recipient", "MDES", "--recipient", "ETDA",
        "--watermark", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 copies" in done.stdout and "for other agencies" in done.stdout
    files = sorted(tmp_path.glob("r-copy*.pdf"))
    assert [f.name for f in files] == ["r-copy01-MDES.pdf", "r-copy02-ETDA.pdf"]
    assert "Copy 2 of 2 - issued to ETDA" in pdf_pages_text(files[1])[0]
    listing = run_cli("register", "--store", str(demo_path))
    assert "Report to capital" in listing.stdout and "ETDA" in listing.stdout
    bad = run_cli(
        "report", "--store", str(demo_path), "--meeting", "4", "--kind", "capital",
        "--watermark", "--out", str(tmp_path / "w.pdf"),
    )  # fmt: skip
    assert bad.returncode == 1 and "name the recipients" in bad.stderr
