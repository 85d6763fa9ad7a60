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
