"""Importing the Secretariat's matrices: preview, import, update by code, bad files."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from adgsom_desktop.domain.enums import ProjectStatus
from adgsom_desktop.errors import ValidationError
from tests.tracker_files import ROWS_V1, write_csv, write_xlsx


def _counts(services: Any) -> tuple[int, int]:
    return len(services.projects.rows()), len(services.project_import.imports())


def test_xlsx_two_row_merged_headers_formulas_dates_then_update_by_code(services: Any) -> None:
    rows = [list(r) for r in ROWS_V1]
    data = write_xlsx(rows, formula_cell=("E5", "E3*0.64", "800000"))
    preview = services.project_import.preview("matrix-jan.xlsx", data)
    # "Funding" over "Amount" and "Currency": both columns read; merged headers span.
    assert preview.headers[4:6] == ("Funding Amount", "Funding Currency")
    assert preview.mapping == (
        "code",
        "title",
        "partner_code",
        "leads",
        "amount",
        "currency",
        "start_date",
        "end_date",
        "status",
        "outcomes",
        "remarks",
    )
    assert (preview.new, preview.updated) == (3, 0)
    result = services.project_import.import_(preview)
    assert (result.created, result.updated) == (3, 0)
    aj = services.projects.by_code("AJ-CS-01").fields
    assert (aj.partner_code, aj.leads, aj.amount, aj.currency) == (
        "JP",
        ("SG", "TH"),
        "1250000",
        "USD",
    )
    assert (aj.start_date, aj.end_date) == (date(2024, 4, 1), date(2027, 3, 31))
    assert aj.outcomes == ("ADM2025 DO3", "ADM2030 O4")
    kr = services.projects.by_code("AK-AI-02").fields
    assert (kr.partner_code, kr.amount, kr.currency) == ("KR", "2500000", "USD")
    assert (kr.start_date, kr.end_date) == (date(2026, 1, 1), date(2027, 12, 31))
    cn = services.projects.by_code("AC-DT-03").fields
    assert cn.amount == "800000"  # the formula's stored value, not the formula
    assert cn.partner_code == "CN" and len(cn.leads) == 11 and cn.status is ProjectStatus.ONGOING

    # A newer matrix: one project changed, one new, one the same.
    rows2 = [list(r) for r in ROWS_V1]
    rows2[0][7], rows2[0][8] = "31 March 2028", "Extended"
    rows2[1][10] = "Inception workshop held"
    rows2.append(
        [
            "AE-DG-04",
            "ASEAN-EU Data Governance Dialogue",
            "European Union",
            "Indonesia",
            500000,
            "EUR",
            "1.9.2026",
            "2028-08",
            "Proposed",
            "ADM2030 O1",
            "",
        ]
    )
    preview2 = services.project_import.preview("matrix-mar.xlsx", write_xlsx(rows2))
    by_code = {r.code: r for r in preview2.rows}
    assert by_code["AJ-CS-01"].action == "update"
    assert ("end_date", "2027-03-31", "2028-03-31") in by_code["AJ-CS-01"].changes
    assert by_code["AC-DT-03"].action == "unchanged"
    result2 = services.project_import.import_(preview2)
    assert (result2.created, result2.updated, result2.unchanged) == (1, 2, 1)
    assert ("AJ-CS-01", "status", "ongoing", "extended") in result2.changes
    assert ("AK-AI-02", "remarks", "", "Inception workshop held") in result2.changes
    recorded = services.project_import.changes(result2.import_id)
    assert set(recorded) == set(result2.changes)
    assert services.projects.by_code("AE-DG-04").fields.end_date == date(2028, 8, 31)


def test_mapping_is_remembered_and_csv_reads_the_same(services: Any) -> None:
    header = ["Ref", "Initiative", "Partner", "Commencement", "Completion", "Status", "Our role"]
    data = write_csv(
        [["ITU-01", "ASEAN-ITU Rural Connectivity", "ITU", "15.01.2026", "2027", "Approved", "x"]],
        header,
    )
    with pytest.raises(ValidationError, match="not an involvement"):
        services.project_import.preview("itu.csv", data)
    # Map "Our role" to nothing, once: the next import remembers it.
    preview = services.project_import.preview("itu.csv", data, overrides={"Our role": ""})
    assert preview.mapping[-1] == ""
    services.project_import.import_(preview, backup_first=False)
    again = services.project_import.preview("itu.csv", data)
    assert again.mapping == preview.mapping and again.rows[0].action == "unchanged"
    rec = services.projects.by_code("ITU-01").fields
    assert (rec.start_date, rec.end_date, rec.partner_code) == (
        date(2026, 1, 15),
        date(2027, 12, 31),
        "ITU",
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.xlsx", b"%PDF-1.7 not a workbook\x00\x01\x02", "not a spreadsheet"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "97-2003"),
        ("empty.csv", b"", "empty"),
        (
            "big.csv",
            ("Code,Title\n" + "".join(f"P{i},T\n" for i in range(20_001))).encode(),
            "20,000",
        ),
        (
            "nocode.csv",
            b"Title,Partner,Status\nA project,Japan,Ongoing\n",
            "no column holds the project code",
        ),
        ("baddate.csv", b"Code,Title,Start date\nP1,A project,31/02/2026\n", "no such day"),
        ("baddate2.csv", b"Code,Title,End date\nP1,A project,2026-13-01\n", "not a date"),
        ("dup.csv", b"Code,Title\nP1,A\nP1,B\n", "also on row 2"),
        ("partner.csv", b"Code,Title,Partner\nP1,A,Atlantis\n", "not a known partner"),
    ],
)
def test_bad_files_are_refused_in_words_and_nothing_is_written(
    services: Any, name: str, data: bytes, message: str
) -> None:
    before = _counts(services)
    with pytest.raises(ValidationError, match=message):
        services.project_import.preview(name, data)
    assert _counts(services) == before


def test_too_many_rows_in_an_xlsx_is_refused_before_openpyxl(
    services: Any, monkeypatch: Any
) -> None:
    import openpyxl

    rows = [[f"P{i}", "T"] for i in range(20_001)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code", "Title"])
    for r in rows:
        ws.append(r)
    import io

    buf = io.BytesIO()
    wb.save(buf)
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("parsed"))
    with pytest.raises(ValidationError, match="20,002 rows"):
        services.project_import.preview("big.xlsx", buf.getvalue())
