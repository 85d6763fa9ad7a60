"""Drafts for the negotiated-text tests: pasted revisions and Word files with tracked changes."""

from __future__ import annotations

from typing import Any

REV2 = """DRAFT JOINT MEDIA STATEMENT OF THE 6TH ADGMIN (Rev. 2)
PP1. Recalling the ASEAN Digital Masterplan 2025 adopted at the 1st ADGMIN in 2021,
PP2. Noting with appreciation the completion report of the ASEAN Digital Masterplan 2025,
OP1. The Ministers welcomed the completion of the ASEAN Digital Masterplan 2025. (Agreed)
OP2. The Ministers adopted the ASEAN Digital Masterplan 2026-2030 and tasked ADGSOM to report on its implementation every year.
OP3. The Ministers noted the report of the Working Group on Anti-Online Scam.
OP4. The Ministers endorsed the Rapid Takedown and Information-Sharing Protocol.
OP5. Member States [TH: shall allocate dedicated funding][SG/MY: may allocate funding where available] for the Implementation Plan.
OP6. The Ministers [shall / should] review the Plan [annually]¹.
OP7. The Ministers thanked Viet Nam for hosting the Meeting.
¹ Proposed by Thailand.
"""

# Rev. 3: OP7 moved up, OP2 split, OP3 and OP4 merged, OP6 reworded, a new OP, renumbered.
REV3 = """DRAFT JOINT MEDIA STATEMENT OF THE 6TH ADGMIN (Rev. 3)
PP1. Recalling the ASEAN Digital Masterplan 2025 adopted at the 1st ADGMIN in 2021,
PP2. Noting with appreciation the completion report of the ASEAN Digital Masterplan 2025,
OP1. The Ministers thanked Viet Nam for hosting the Meeting.
OP2. The Ministers welcomed the completion of the ASEAN Digital Masterplan 2025.
OP3. The Ministers adopted the ASEAN Digital Masterplan 2026-2030.
OP4. The Ministers tasked ADGSOM to report on its implementation every year.
OP5. The Ministers noted the report of the Working Group on Anti-Online Scam and endorsed the Rapid Takedown and Information-Sharing Protocol.
OP6. Member States [TH: shall allocate dedicated funding][SG/MY: may allocate funding where available] for the Implementation Plan.
OP7. The Ministers will review the Plan through a mid-term review in 2028.
OP8. The Ministers looked forward to the 7th ADGMIN in Brunei Darussalam in 2027.
"""

OTHER_DOCUMENT = """TERMS OF REFERENCE OF THE WORKING GROUP ON AI GOVERNANCE
1. The Working Group is established under ADGSOM.
2. Its members are nominated by each Member State.
3. It meets twice a year, in person or online.
4. Its chair rotates every two years in alphabetical order.
5. It reports to ADGSOM once a year.
"""


def statement_docx(author: str = "Singapore (IMDA)") -> bytes:
    """A revision as Word writes it: automatic list numbers, a table, a footnote-less bracket,
    and tracked changes (a replacement and an insertion by one delegation, a deletion by an
    author the store does not know, a whole paragraph proposed by Malaysia)."""
    import io

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("Draft Implementation Plan (Rev. 3)", level=1)

    def numbered(text: str) -> Any:
        return document.add_paragraph(text, style="List Number")

    numbered("Member States will cooperate on the resilience of submarine cables.")
    p = numbered("Implementation shall be supported by ")
    _change(p, "del", "dedicated funding", author)
    _change(p, "ins", "existing resources, where available", author)
    p.add_run(" for the Plan.")
    p = numbered("The Plan will be reviewed ")
    _change(p, "del", "every year", "Microsoft Office User")
    p.add_run(" in 2028.")
    p = document.add_paragraph(style="List Number")
    _change(
        p, "ins", "Member States will share practices on anti-scam cooperation.", "Malaysia - MCMC"
    )
    rpr = OxmlElement("w:rPr")
    mark = OxmlElement("w:ins")
    mark.set(qn("w:id"), "99")
    mark.set(qn("w:author"), "Malaysia - MCMC")
    rpr.append(mark)
    p._p.get_or_add_pPr().append(rpr)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("Action", "Lead", "Timeline"),
            ("EA 3.3 Anti-scam cooperation", "MY, TH", "2026-2030"),
            ("EA 6.1 Digital identity study", "TH", "2026-2027"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _change(paragraph: Any, kind: str, text: str, author: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    wrapper = OxmlElement(f"w:{kind}")
    wrapper.set(qn("w:id"), str(abs(hash(text)) % 10_000))
    wrapper.set(qn("w:author"), author)
    wrapper.set(qn("w:date"), "2026-01-14T18:00:00Z")
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    run.append(t)
    wrapper.append(run)
    paragraph._p.append(wrapper)
