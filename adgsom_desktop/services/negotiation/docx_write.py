"""Write a negotiated text as a Word .docx whose changes are real tracked changes.

Each run is plain, inserted (``w:ins``) or deleted (``w:del`` holding
``w:delText``), the change carrying its author and date, so Word and
LibreOffice show it under Review as a change by that author that can be
accepted or rejected.  A paragraph proposed whole also has its paragraph mark
marked inserted.  Returns bytes; the caller writes them atomically.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

SAME, INSERT, DELETE = "same", "insert", "delete"


@dataclass(frozen=True)
class Run:
    text: str
    kind: str = SAME
    author: str = ""


@dataclass(frozen=True)
class OutParagraph:
    number: str
    runs: tuple[Run, ...]
    heading: bool = False
    inserted_by: str = ""  # the whole paragraph is a tracked insertion by this author
    deleted_by: str = ""  # the whole paragraph is a tracked deletion by this author
    cells: tuple[str, ...] = ()  # a table row (plain text cells); rows side by side: one table


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return str(self.n)


def _el(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    return el


def _text_run(text: str, deleted: bool) -> Any:
    r = _el("w:r")
    t = _el("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


def _change(kind: str, author: str, date: str, ids: _Ids) -> Any:
    return _el("w:ins" if kind == INSERT else "w:del", **{
        "w:id": ids.next(), "w:author": author, "w:date": date,
    })  # fmt: skip


def _mark(paragraph: Any, kind: str, author: str, date: str, ids: _Ids) -> None:
    """Mark the paragraph mark itself inserted or deleted (a whole paragraph's change)."""
    p = paragraph._p
    ppr = p.get_or_add_pPr()
    rpr = ppr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rPr")
    if rpr is None:
        rpr = _el("w:rPr")
        ppr.append(rpr)
    rpr.append(_change(kind, author, date, ids))


# The elements CT_Settings puts after w:trackRevisions (ECMA-376 order).
_AFTER_TRACK = (
    "w:doNotTrackMoves", "w:doNotTrackFormatting", "w:documentProtection",
    "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet", "w:defaultTabStop",
    "w:autoHyphenation", "w:consecutiveHyphenLimit", "w:hyphenationZone",
    "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength", "w:clickAndTypeStyle",
    "w:defaultTableStyle", "w:evenAndOddHeaders", "w:bookFoldRevPrinting",
    "w:bookFoldPrinting", "w:bookFoldPrintingSheets", "w:drawingGridHorizontalSpacing",
    "w:drawingGridVerticalSpacing", "w:displayHorizontalDrawingGridEvery",
    "w:displayVerticalDrawingGridEvery", "w:doNotUseMarginsForDrawingGridOrigin",
    "w:drawingGridHorizontalOrigin", "w:drawingGridVerticalOrigin", "w:doNotShadeFormData",
    "w:noPunctuationKerning", "w:characterSpacingControl", "w:printTwoOnOne",
    "w:strictFirstAndLastChars", "w:noLineBreaksAfter", "w:noLineBreaksBefore",
    "w:savePreviewPicture", "w:doNotValidateAgainstSchema", "w:saveInvalidXml",
    "w:ignoreMixedContent", "w:alwaysShowPlaceholderText", "w:doNotDemarcateInvalidXml",
    "w:saveXmlDataOnly", "w:useXSLTWhenSaving", "w:saveThroughXslt", "w:showXMLTags",
    "w:alwaysMergeEmptyNamespace", "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr",
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
    "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
    "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


def printed(number: str) -> str:
    """'OP4' -> 'OP4.', '1.1' -> '1.1.', '(a)' stays."""
    return number if number.endswith((")", ".")) else f"{number}."


def build_docx(
    title: str,
    subtitle: str,
    paragraphs: Sequence[OutParagraph],
    *,
    author: str,
    when: datetime | None = None,
) -> bytes:
    """A .docx of ``paragraphs``; its changes are tracked changes by their run's author."""
    import docx
    from docx.shared import Pt

    date = (when or datetime.now()).replace(microsecond=0).isoformat() + "Z"
    ids = _Ids()
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.last_modified_by = author
    # Further edits by whoever opens it are tracked too (Review > Track Changes on).
    # (in its place in the schema's order: Word refuses a file with it elsewhere)
    document.settings.element.insert_element_before(_el("w:trackRevisions"), *_AFTER_TRACK)
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    document.add_heading(title, level=1)
    if subtitle:
        document.add_paragraph().add_run(subtitle).italic = True
    table: Any = None
    for para in paragraphs:
        if para.cells:
            if table is None or len(table.columns) != len(para.cells):
                table = document.add_table(rows=0, cols=len(para.cells))
                table.style = "Table Grid"
            row = table.add_row()
            for cell, text in zip(row.cells, para.cells, strict=True):
                cell.text = text
            continue
        table = None
        p = document.add_heading("", level=2) if para.heading else document.add_paragraph()
        if para.number:
            p._p.append(_text_run(f"{printed(para.number)}\t", False))
        for run in para.runs:
            if not run.text:
                continue
            if run.kind == SAME:
                p._p.append(_text_run(run.text, False))
                continue
            wrapper = _change(run.kind, run.author, date, ids)
            wrapper.append(_text_run(run.text, run.kind == DELETE))
            p._p.append(wrapper)
        if para.inserted_by:
            _mark(p, INSERT, para.inserted_by, date, ids)
        elif para.deleted_by:
            _mark(p, DELETE, para.deleted_by, date, ids)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
