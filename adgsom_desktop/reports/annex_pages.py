"""Meeting documents appended to a pack as annexes (pypdf): each under its own bookmark,
every annexed page stamped with the pack's marking (the classification above and below,
the reference, the copy and the annex number at the foot, the watermark across it)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from .pack_model import Marking

RED = (0.6, 0.1, 0.1)


@dataclass(frozen=True)
class AnnexFile:
    label: str  # "Annex 1 - ADGSOM/2027/DOC.04 - Draft work plan" (the bookmark)
    number: int
    data: bytes


def _stamp(width: float, height: float, marking: Marking, number: int) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    c.setFillColorRGB(*RED)
    c.setFont("Helvetica-Bold", 10)
    if marking.classification:
        c.drawCentredString(width / 2, height - 18, marking.classification)
        c.drawCentredString(width / 2, 10, marking.classification)
    c.setFillColorRGB(0.25, 0.25, 0.25)
    c.setFont("Helvetica", 7.5)
    foot = [f"Annex {number}"]
    if marking.reference:
        foot.append(f"Ref. {marking.reference}")
    if marking.copy is not None:
        foot.append(marking.copy.text)
    c.drawString(24, 24, " · ".join(foot)[:160])
    if marking.watermark:
        c.saveState()
        c.setFillColorRGB(0.55, 0.55, 0.55)
        c.setFillAlpha(0.25)
        c.setFont("Helvetica-Bold", 40)
        c.translate(width / 2, height / 2)
        c.rotate(45)
        c.drawCentredString(0, 0, marking.watermark[:40])
        c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


RECEIPT_OUTLINE = "Receipt"  # the receipt's bookmark (``pack_pages.receipt``)


def append_annexes(
    pack: bytes, annexes: Sequence[AnnexFile], marking: Marking | None
) -> tuple[bytes, int]:
    """The pack with the annexes after it, before its receipt page when it has one (the
    holder signs for everything the copy holds); returns the PDF and its page count."""
    from pypdf import PdfReader, PdfWriter

    from .pdf_meta import keep_metadata

    writer = PdfWriter()
    base = PdfReader(io.BytesIO(pack))
    receipt = next(
        (o for o in base.outline if not isinstance(o, list) and o.title == RECEIPT_OUTLINE), None
    )
    at = base.get_destination_page_number(receipt) if receipt is not None else None
    writer.append(base, import_outline=True)
    keep_metadata(base, writer)  # the pack's author, dates, XMP; opens on its bookmarks
    before = None
    if at is not None:
        root = writer.get_outline_root()
        before = next(
            (c.indirect_reference for c in root.children() if c.get("/Title") == RECEIPT_OUTLINE),
            None,
        )
    stamps: dict[tuple[float, float, int], object] = {}
    for annex in annexes:
        start = len(writer.pages) if at is None else at
        reader = PdfReader(io.BytesIO(annex.data))
        writer.merge(start, reader, import_outline=False)
        writer.add_outline_item(title=annex.label, page_number=start, before=before)
        count = len(reader.pages)
        if at is not None:
            at += count
        if marking is None:
            continue
        for page in writer.pages[start : start + count]:
            box = page.mediabox
            key = (float(box.width), float(box.height), annex.number)
            if key not in stamps:
                stamp = _stamp(key[0], key[1], marking, annex.number)
                stamps[key] = PdfReader(io.BytesIO(stamp)).pages[0]
            page.merge_page(stamps[key])  # type: ignore[arg-type]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(writer.pages)
