"""Each report issued takes a number of its own (review s30: every report to capital of a
meeting was registered as "TH/2026/RC-ADGSOM6", whatever its audience).

As F11 did for packs: without a reference a report takes the next free number of its
meeting's series ("TH/2026/RC-ADGSOM6-001", "-002"...; outcome summaries "OS-"); a
reference already issued is refused, nothing written, and the message names the next
free one.  The register then matches a returned or destroyed copy to one issue.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.pack_records import ReportRequest
from tests.helpers import run_cli
from tests.pack_fixtures import open_demo_copy, pdf_pages_text

SOM6 = 4


@pytest.fixture
def services(demo_master: Path, tmp_path: Path) -> Any:
    svc = open_demo_copy(demo_master, tmp_path)
    yield svc
    svc.close()


def test_every_report_of_a_meeting_gets_its_own_number(services: Any, tmp_path: Path) -> None:
    issued = []
    for audience, cls in (
        (Audience.HOD, "confidential"),
        (Audience.AGENCIES, "restricted"),
        (Audience.PUBLIC, "unclassified"),
    ):
        out = tmp_path / f"capital-{audience.value}.pdf"
        result = services.reports.issue(ReportRequest(SOM6, "capital", cls, audience=audience), out)
        issued.append(result.reference)
        assert all(f"Ref. {result.reference}" in p for p in pdf_pages_text(out))
    assert issued == [
        "TH/2026/RC-ADGSOM6-001",
        "TH/2026/RC-ADGSOM6-002",
        "TH/2026/RC-ADGSOM6-003",
    ]
    outcomes = services.reports.issue(
        ReportRequest(SOM6, "outcomes", "confidential"), tmp_path / "outcomes.pdf"
    )
    assert outcomes.reference == "TH/2026/OS-ADGSOM6-001"
    register = services.packs.register()
    refs = [r.reference for r in register.rows if r.document.lower().startswith("report")]
    assert len(refs) == len(set(refs)) == 3  # one row per issue, each its own number

    # A number already issued is refused (it would name two documents): nothing written.
    again = tmp_path / "again.pdf"
    with pytest.raises(ValidationError) as refused:
        services.reports.issue(
            ReportRequest(SOM6, "capital", "confidential", "TH/2026/RC-ADGSOM6-002"), again
        )
    assert "already issued" in str(refused.value) and "TH/2026/RC-ADGSOM6-004" in str(refused.value)
    assert not again.exists() and len(services.packs.register().rows) == len(register.rows)
    # A pack's number is not a report's either.
    with pytest.raises(ValidationError):
        services.reports.render(ReportRequest(SOM6, "capital", reference=issued[0]))


@pytest.mark.slow
def test_the_cli_issues_two_reports_under_two_numbers(demo_master: Path, tmp_path: Path) -> None:
    svc = open_demo_copy(demo_master, tmp_path)
    store = svc.store.path
    svc.close()
    refs = []
    for audience in ("hod", "agencies"):
        done = run_cli(
            "report", "--store", str(store), "--meeting", str(SOM6), "--kind", "capital",
            "--audience", audience, "--out", str(tmp_path / f"{audience}.pdf"),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        refs.append(pdf_pages_text(tmp_path / f"{audience}.pdf")[0])
    assert "TH/2026/RC-ADGSOM6-001" in refs[0] and "TH/2026/RC-ADGSOM6-002" in refs[1]
