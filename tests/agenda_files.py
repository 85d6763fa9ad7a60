"""Agendas as secretariats circulate them: plain text and Word files (for import tests)."""

from __future__ import annotations

import io
from pathlib import Path

PROVISIONAL_TEXT = """PROVISIONAL AGENDA
6th ASEAN Digital Senior Officials' Meeting (ADGSOM)
Hà Nội, Việt Nam, 12-14 January 2026

1.  Opening of the Meeting (for information)
2.  Adoption of the Agenda (for adoption)
3.  ASEAN Digital Masterplan
    3.1  Draft ADM 2026-2030 (for endorsement)
         3.1.a  Annex on AI governance (Lead: Singapore) (20 min)
         3.1.b  กรอบการกำกับดูแลข้อมูลดิจิทัล
    3.2  Review of ADM 2025 implementation
4.  Cooperation with Dialogue Partners
    (a) ASEAN-Japan Digital Work Plan 2026 (for approval)
    (b) Hợp tác ASEAN - Hàn Quốc về chuyển đổi số,
        kỹ năng số cho thanh niên
5.  Any other business
"""

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# One multi-level list as Word writes it: 1. / 1.1 / (a)
_NUMBERING = f"""<w:numbering xmlns:w="{W_NS}">
  <w:abstractNum w:abstractNumId="42">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="77"><w:abstractNumId w:val="42"/></w:num>
</w:numbering>"""


def write_agenda_docx(path: Path) -> Path:
    """A .docx with Word's automatic multi-level numbering, then a table of items."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Provisional Agenda", style="Title")
    document.add_paragraph("6th ADGSOM, Hà Nội, 12 January 2026")
    rows = [
        (0, "Opening of the Meeting"),
        (0, "ASEAN Digital Masterplan"),
        (1, "ร่างแผนแม่บทดิจิทัลอาเซียน 2026-2030 (for endorsement)"),
        (2, "Khung quản trị dữ liệu số ASEAN (Lead: Viet Nam)"),
        (2, "Annex on AI governance"),
        (1, "Review of ADM 2025"),
        (0, "Cooperation with Dialogue Partners"),
    ]
    for level, text in rows:
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'
            )
        )
    table = document.add_table(rows=1, cols=4)
    for cell, head in zip(
        table.rows[0].cells, ("No.", "Agenda item", "Purpose", "Lead"), strict=True
    ):
        cell.text = head
    for values in (
        ("4", "Date and venue of the 7th ADGSOM", "For decision", "Chair"),
        ("5", "Closing", "", ""),
    ):
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    numbering = document.part.numbering_part.element
    extra = parse_xml(_NUMBERING)
    abstract, num = extra[0], extra[1]
    numbering.insert(0, abstract)  # abstract definitions come before the list instances
    numbering.append(num)
    document.save(str(path))
    return path


def write_encrypted_docx(path: Path, password: str = "secret") -> Path:
    """A real password-protected .docx (Office's ECMA-376 agile encryption)."""
    import msoffcrypto.format.ooxml

    plain = io.BytesIO(write_agenda_docx(path.with_suffix(".plain.docx")).read_bytes())
    out = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt(password, out)
    path.write_bytes(out.getvalue())
    return path


# --- Agendas laid out the usual ASEAN way: a table Time | Agenda Item | Lead ------------------

HEADER_LINES = (
    "ASEAN RESTRICTED",
    "7th ASEAN Digital Senior Officials' Meeting (7th ADGSOM)",
    "Manila, the Philippines, 18-19 January 2027",
    "PROVISIONAL AGENDA",
)

# (start, end, number, title, lead, documents, remarks); number None = a programme row
TABLE_ROWS: tuple[tuple[str, str, str | None, str, str, str, str], ...] = (
    ("09:00", "09:15", "1.", "Opening of the Meeting", "Chair", "", ""),
    (
        "09:15",
        "09:30",
        "2.",
        "Adoption of the Agenda",
        "Chair",
        "ADGSOM/2027/DOC.01",
        "For adoption",
    ),
    ("09:30", "10:30", "3.", "Progress under Desired Outcome 2: Digital Economy", "ASEC", "", ""),
    (
        "",
        "",
        "3.1",
        "Digital Economy Framework Agreement (DEFA)",
        "Singapore",
        "ADGSOM/2027/DOC.04",
        "For endorsement",
    ),
    ("", "", "3.2", "Cross-border data flows", "Viet Nam", "", "For information"),
    ("10:30", "10:45", None, "Coffee Break", "", "", ""),
    (
        "10:45",
        "12:00",
        "4.",
        "ASEAN Network Security Action Council (ANSAC)",
        "Malaysia",
        "ADGSOM/2027/DOC.05",
        "",
    ),
    ("", "", "(a)", "ANSAC work plan 2027", "Malaysia", "", "For endorsement"),
    ("", "", "(b)", "ASEAN CERT exercise report", "Thailand", "", "For information"),
    ("12:00", "13:30", None, "Lunch", "", "", ""),
    ("13:30", "13:45", None, "Group Photo", "", "", ""),
    ("13:45", "15:00", "5.", "Cooperation with Dialogue Partners", "ASEC", "", ""),
    ("15:00", "15:30", None, "Bilateral meetings", "", "", ""),
    ("15:30", "16:00", "6.", "Any other business", "Chair", "", ""),
)


def time_text(start: str, end: str, form: str) -> str:
    """A slot written the three usual ways: "09:00-09:15", "0900-0915", "9.00 am - 9.15 am"."""
    if not start:
        return ""
    if form == "colon":
        return f"{start}-{end}"
    if form == "compact":
        return f"{start.replace(':', '')}-{end.replace(':', '')}"

    def ampm(t: str) -> str:
        h, m = (int(x) for x in t.split(":"))
        half = "am" if h < 12 else "pm"
        return f"{(h - 1) % 12 + 1}.{m:02d} {half}"

    return f"{ampm(start)} - {ampm(end)}"


def _span(cell: object, n: int) -> None:
    from docx.oxml import parse_xml

    props = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    props.append(parse_xml(f'<w:gridSpan xmlns:w="{W_NS}" w:val="{n}"/>'))


def _vmerge(cell: object, restart: bool) -> None:
    from docx.oxml import parse_xml

    props = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    val = ' w:val="restart"' if restart else ""
    props.append(parse_xml(f'<w:vMerge xmlns:w="{W_NS}"{val}/>'))


def write_table_agenda_docx(
    path: Path,
    *,
    headings: bool = True,
    merged: bool = False,
    time_form: str = "colon",
    extra_columns: bool = False,
    rows: tuple[tuple[str, str, str | None, str, str, str, str], ...] = TABLE_ROWS,
) -> Path:
    """The agenda as a Word table, with the header lines above it.

    ``merged``: programme rows span the Agenda Item and Lead columns (one cell), the
    parent's time cell is merged down over its sub-items (Word's vMerge), and the
    number sits in the item's cell. Without ``merged`` the number has its own column.
    ``extra_columns`` adds Documents and Remarks columns.
    """
    import docx
    from docx.shared import Cm

    document = docx.Document()
    for line in HEADER_LINES:
        document.add_paragraph(line)
    heads = (
        ["Time", "No.", "Agenda Item", "Lead"] if not merged else ["Time", "Agenda Item", "Lead"]
    )
    if extra_columns:
        heads += ["Documents", "Remarks"]
    table = document.add_table(rows=0, cols=len(heads))
    table.autofit = False
    # Column widths as a Secretariat sets them (the 15.2 cm of text width in all).
    if extra_columns:
        widths = {"Time": 2.3, "No.": 1.0, "Agenda Item": 3.5, "Lead": 2.3, "Documents": 2.8}
        widths["Remarks"] = 3.3
    else:
        widths = {"Time": 3.0, "No.": 1.2, "Agenda Item": 7.8, "Lead": 3.2}
    if merged:
        widths["Agenda Item"] += widths["No."]
    for column, head in zip(table.columns, heads, strict=True):
        column.width = Cm(widths.get(head, 2.8))
    if headings:
        for cell, head in zip(table.add_row().cells, heads, strict=True):
            cell.text = head
    parent_time_cell = None
    for start, end, number, title, lead, docs, remarks in rows:
        cells = table.add_row().cells
        when = time_text(start, end, time_form)
        values = [when]
        if merged:
            values.append(f"{number} {title}" if number else title)
        else:
            values += [number or "", title]
        values.append(lead)
        if extra_columns:
            values += [docs, remarks]
        for cell, value, head in zip(cells, values, heads, strict=True):
            cell.text = value
            cell.width = Cm(widths.get(head, 2.8))
        if merged:
            if number is None:
                # The break row: one cell across Agenda Item and Lead (and the rest).
                for extra in cells[2:]:
                    extra._tc.getparent().remove(extra._tc)
                _span(cells[1], len(heads) - 1)
            elif start:
                parent_time_cell = cells[0]
                _vmerge(cells[0], True)
            elif parent_time_cell is not None:
                cells[0].text = ""
                _vmerge(cells[0], False)
    document.save(str(path))
    return path


ANNOTATED_TEXT = """ANNOTATED PROVISIONAL AGENDA
7th ASEAN Digital Senior Officials' Meeting
18-19 January 2027, Manila, the Philippines

1. Opening of the Meeting
   The Chair of ADGSOM will open the Meeting and welcome the delegations.

2. Adoption of the Agenda
   The Meeting is invited to adopt the provisional agenda.
   Document: ADGSOM/2027/DOC.01

3. ASEAN Digital Masterplan 2026-2030
   The ASEAN Secretariat will present the implementation plan of the ADM 2026-2030,
   prepared with the Member States over the past year.
   For endorsement.
   Documents: ADGSOM/2027/DOC.04 - ADM 2026-2030 implementation plan; ADGSOM/2027/INF.02

4. Date and Venue of the 8th ADGSOM
   Malaysia has offered to host the 8th ADGSOM. The Meeting is invited to note the offer.
"""


def write_annotated_docx(path: Path) -> Path:
    """The annotated agenda as Word paragraphs: typed numbers, explanations indented."""
    import docx
    from docx.shared import Cm

    document = docx.Document()
    for raw in ANNOTATED_TEXT.split("\n"):
        if not raw.strip():
            continue
        p = document.add_paragraph(raw.strip())
        if raw.startswith("   "):
            p.paragraph_format.left_indent = Cm(1.5)
    document.save(str(path))
    return path


def table_agenda_pdf(path: Path, *, grid: bool = True, rows: tuple = TABLE_ROWS) -> Path:  # type: ignore[type-arg]
    """The table agenda as a PDF made with reportlab (wrapped titles in narrow cells)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    st = getSampleStyleSheet()
    story: list[object] = [Paragraph(x, st["Normal"]) for x in HEADER_LINES]
    data: list[list[object]] = [["Time", "No.", "Agenda Item", "Lead"]]
    for start, end, number, title, lead, _docs, _remarks in rows:
        data.append(
            [f"{start}-{end}" if start else "", number or "", Paragraph(title, st["Normal"]), lead]
        )
    table = Table(data, colWidths=[80, 40, 170, 90])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    table.setStyle(TableStyle(style))
    story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)  # type: ignore[arg-type]
    return path


def soffice_to_pdf(paths: list[Path], outdir: Path) -> list[Path]:
    """Word files converted as agendas are in real life: LibreOffice headless."""
    import os
    import shutil
    import subprocess

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    assert exe, "LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui"
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            exe,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env={**os.environ, "HOME": str(outdir)},
    )
    return [outdir / (p.stem + ".pdf") for p in paths]
