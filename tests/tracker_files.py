"""Secretariat matrices as the tests need them: .xlsx (two-row headers, merged cells,
formulas with stored values) and .csv, written with openpyxl."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import Any

HEAD_TOP = [
    "Project code",
    "Project title",
    "Dialogue partner",
    "Lead AMS",
    "Funding",
    None,
    "Start",
    "End",
    "Status",
    "ADM outcome",
    "Remarks",
]
HEAD_LOW = [None, None, None, None, "Amount", "Currency", None, None, None, None, None]

ROWS_V1: list[list[Any]] = [
    [
        "AJ-CS-01",
        "ASEAN-Japan Cybersecurity Capacity Building",
        "Japan",
        "Thailand, Singapore",
        1250000,
        "USD",
        datetime(2024, 4, 1),
        "31/03/2027",
        "Ongoing",
        "DO3; ADM2030 O4",
        "Phase 2 under way",
    ],
    [
        "AK-AI-02",
        "ASEAN-Korea AI Readiness Assessment",
        "ROK",
        "Viet Nam",
        "USD 2.5 m",
        None,
        "Jan 2026",
        "December 2027",
        "Approved",
        "ADM2030 O3",
        "",
    ],
    [
        "AC-DT-03",
        "ASEAN-China Digital Trade Facilitation",
        "ASEAN-China",
        "All AMS",
        800000,
        "CNY",
        "2025-07-01",
        "2026-06-30",
        "On-going",
        "DO6",
        "Secretariat to report",
    ],
]


def write_xlsx(rows: list[list[Any]], *, formula_cell: tuple[str, str, str] | None = None) -> bytes:
    """Header in rows 1-2: "Funding" merged over Amount and Currency, the others merged down.

    ``formula_cell``: (cell, formula, stored value) rewritten into the sheet XML, as Excel
    saves a formula with the value it last computed.
    """
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Matrix Jan 2026"
    ws.append(HEAD_TOP)
    ws.append(HEAD_LOW)
    ws.merge_cells("E1:F1")
    for col in "ABCDGHIJK":
        ws.merge_cells(f"{col}1:{col}2")
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if formula_cell is None:
        return data
    ref, formula, value = formula_cell
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = body.decode()
                xml, n = re.subn(
                    rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)',
                    f'<c r="{ref}"><f>{formula}</f><v>{value}</v></c>',
                    xml,
                )
                assert n == 1, "formula cell not found"
                body = xml.encode()
            dst.writestr(info, body)
    return out.getvalue()


def write_csv(rows: list[list[Any]], header: list[str] | None = None) -> bytes:
    import csv

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header or ["Code", "Title", "Partner", "Start date", "End date", "Status"])
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8-sig")
