"""Meeting reports (capital, outcomes) and the pack/report/register commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.errors import NotFoundError, ValidationError
from adgsom_desktop.services.pack_records import ReportRequest
from tests.helpers import run_cli, sha
from tests.pack_fixtures import pack_services, pdf_pages_text, squash

__all__ = ["pack_services"]

SOM6 = 4


def test_report_to_capital_covers_each_item(pack_services: Any, tmp_path: Path) -> None:
    out = tmp_path / "capital.pdf"
    result = pack_services.reports.issue(
        ReportRequest(SOM6, "capital", "confidential", "TH/DEBRIEF/1"), out
    )
    pages = result.pages
    assert result.files[0].path == out and sha(out) == result.files[0].sha256
    texts = pdf_pages_text(out)
    assert len(texts) == pages
    for n, text in enumerate(texts, 1):
        assert text.count("CONFIDENTIAL") >= 2 and f"Page {n} of {pages}" in text
    text = squash(" ".join(texts))
    assert "Reporttocapital:6thADGSOM" in text
    for heading in ("Decision", "Whatwesaid", "Whatotherssaid", "Follow-upforouragencies"):
        assert heading in text
    data, _marking = pack_services.reports.data(ReportRequest(SOM6, "capital"))
    assert data.items and any(i.we_said for i in data.items)
    assert any(i.others_said for i in data.items) and any(i.decisions for i in data.items)
    # what we said is ours only; what others said is never ours
    for item in data.items:
        assert all("(TH)" in s.speaker or s.speaker.startswith("TH") for s in item.we_said)
        assert not any(s.speaker.startswith("TH -") for s in item.others_said)
    decided = next(i for i in data.items if i.decisions)
    assert squash(decided.decisions[0].text)[:40] in text


def test_outcome_summary_consolidates_outcomes(pack_services: Any) -> None:
    data, _m = pack_services.reports.data(ReportRequest(SOM6, "outcomes"))
    outcomes = [d for i in data.items for d in i.decisions]
    assert outcomes and data.recommendations
    pdf, pages = pack_services.reports.render(ReportRequest(SOM6, "outcomes"))
    text = squash(" ".join(pdf_pages_text(pdf)))
    assert "Outcomesofthe6thADGSOM" in text and "FortheMinisters" in text
    for d in outcomes:
        assert squash(d.text)[:30] in text
    assert pages >= 1


def test_report_bad_input(pack_services: Any, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        pack_services.reports.render(ReportRequest(999, "capital"))
    with pytest.raises(ValidationError, match="capital or outcomes"):
        pack_services.reports.render(ReportRequest(SOM6, "minutes"))
    with pytest.raises(ValidationError, match="not one of"):
        pack_services.reports.render(ReportRequest(SOM6, "capital", "EYES ONLY"))
    with pytest.raises(ValidationError, match="folder"):
        pack_services.reports.issue(ReportRequest(SOM6, "capital"), tmp_path)


@pytest.mark.slow
def test_cli_pack_report_register(demo_path: Path, tmp_path: Path) -> None:
    help_text = run_cli("pack", "--help").stdout
    for option in (
        "--event",
        "--out",
        "--meeting",
        "--sections",
        "--audience",
        "--classification",
        "--reference",
        "--recipient",
        "--copies",
        "--watermark",
        "--one-file",
        "--addendum-to",
    ):
        assert option in help_text
    assert "--kind" in run_cli("report", "--help").stdout

    out = tmp_path / "pack.pdf"
    done = run_cli(
        "pack",
        "--store",
        str(demo_path),
        "--event",
        "2",
        "--meeting",
        "4",
        "--without",
        "personalities,annexes",
        "--audience",
        "delegation",
        "--classification",
        "restricted",
        "--reference",
        "TH/CLI/7",
        "--recipient",
        "Interpreter",
        "--recipient",
        "Adviser",
        "--watermark",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    files = sorted(tmp_path.glob("pack-copy*.pdf"))
    assert [f.name for f in files] == ["pack-copy01-Interpreter.pdf", "pack-copy02-Adviser.pdf"]
    text = pdf_pages_text(files[1])
    assert "Copy 2 of 2 - issued to Adviser" in text[0] and "TH/CLI/7" in text[0]
    assert "Personality notes" not in " ".join(text)

    listing = run_cli("register", "--store", str(demo_path), "--out", str(tmp_path / "reg.pdf"))
    assert listing.returncode == 0, listing.stderr
    assert "TH/CLI/7" in listing.stdout and sha(files[0])[:16] in listing.stdout
    assert (tmp_path / "reg.pdf").read_bytes().startswith(b"%PDF")

    report = run_cli(
        "report",
        "--store",
        str(demo_path),
        "--meeting",
        "4",
        "--kind",
        "outcomes",
        "--out",
        str(tmp_path / "outcomes.pdf"),
    )
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "outcomes.pdf").exists()

    for args, message in (
        (("pack", "--event", "99", "--out", str(tmp_path / "x.pdf")), "no event 99"),
        (
            ("pack", "--event", "2", "--sections", "cover,bogus", "--out", str(tmp_path / "x.pdf")),
            "Unknown section",
        ),
        (
            ("pack", "--event", "2", "--addendum-to", "1", "--out", str(tmp_path / "x.pdf")),
            "no addendum is needed",
        ),
        (
            (
                "report",
                "--meeting",
                "4",
                "--kind",
                "capital",
                "--out",
                str(tmp_path / "nope" / "r.pdf"),
            ),
            "does not exist",
        ),
    ):
        bad = run_cli(*args[:1], "--store", str(demo_path), *args[1:])
        assert bad.returncode != 0
        assert message in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.slow
def test_cli_help_counts_file_names_and_report_reference(demo_path: Path, tmp_path: Path) -> None:
    help_text = " ".join(run_cli("report", "--help").stdout.split())
    for words in ("the meeting (see 'info')", "the report to capital", "where to write"):
        assert words in help_text
    store = ("--store", str(demo_path))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # a cover alone: counted as it prints (no briefs, one page, one copy)
    done = run_cli(
        "pack", *store, "--event", "2", "--sections", "cover", "--out", str(out_dir / "brief")
    )
    assert done.returncode == 0, done.stderr
    assert ": 1 page, 1 copy (register issue" in done.stdout
    assert ".pdf was added" in done.stdout and (out_dir / "brief.pdf").exists()
    # a name of another file type is refused, nothing written
    bad = run_cli(
        "pack", *store, "--event", "2", "--sections", "cover", "--out", str(out_dir / "x.txt")
    )
    assert bad.returncode != 0 and "does not end in .pdf" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["brief.pdf"]
    # a report without --reference carries a reference on every page
    report = run_cli(
        "report", *store, "--meeting", "4", "--kind", "capital", "--out", str(out_dir / "r.pdf")
    )
    assert report.returncode == 0, report.stderr
    assert " pages, 1 copy (register issue " in report.stdout
    pages = pdf_pages_text(out_dir / "r.pdf")
    assert all("Ref. TH/2026/RC-ADGSOM6" in p for p in pages)
