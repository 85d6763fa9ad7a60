"""Render a briefing pack to PDF bytes: one per copy, or all copies in one file.

The first copy is built with ``multiBuild`` (contents page numbers and
"Page N of M" settle after a few passes); every further copy has the same
layout, so it takes one more pass with its own marking (copy number,
recipient, watermark).  Nothing is written to disk here: the service writes
the bytes atomically.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from .annex_pages import AnnexFile, append_annexes
from .clusters import shorten
from .document import MarkedDocTemplate, ProgressFn
from .fonts import BOLD, draw_text, string_width
from .pack_model import DocumentMeta, Marking, PackData, Section
from .pack_story import pack_story
from .pdf_meta import keep_metadata

EXPECTED_PASSES = 3


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    marking: Marking | None = None


class CopyLine(Flowable):  # type: ignore[misc]
    """The cover's "Copy K of N - issued to NAME", read from the copy being built."""

    def __init__(self, size: float = 13) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.avail = availWidth
        return (availWidth, self.size * 1.8)

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        copy = getattr(getattr(doc, "marking", None), "copy", None)
        if copy is None:
            return
        text = copy.text
        size = self.size
        width = string_width(text, BOLD, size)
        if width <= self.avail or not copy.recipient or size * self.avail / width >= 9:
            size = min(size, size * self.avail / width)
            draw_text(self.canv, self.avail / 2, size * 0.5, text, BOLD, size, "center")
            return
        # a long name: "Copy K of N - issued to" above the name, both within the
        # height kept for one line (the layout is the same for every copy)
        first = text[: len(text) - len(copy.recipient)].rstrip()
        top = min(self.size * 1.8 / 2.3, 10.0)
        size = max(7.0, min(top, top * self.avail / string_width(copy.recipient, BOLD, top)))
        # beyond 7 pt: shortened like the header, between grapheme clusters
        name = shorten(copy.recipient, lambda t: string_width(t, BOLD, size) <= self.avail)
        draw_text(self.canv, self.avail / 2, top * 1.45, first, BOLD, top, "center")
        draw_text(self.canv, self.avail / 2, top * 0.3, name, BOLD, size, "center")


def _story(data: PackData, marking: Marking) -> list[Any]:
    copy_line = CopyLine() if marking.copy is not None else None
    return pack_story(data, marking.classification, marking.reference, copy_line)


def _opening(story: list[Any]) -> tuple[list[Any], str]:
    """The story and the page template it opens on.

    A pack that starts with a landscape section (only the stance map, say) opens
    on a landscape page instead of a blank portrait one before it.
    """
    if (
        len(story) > 2
        and isinstance(story[0], NextPageTemplate)
        and isinstance(story[1], PageBreak)
        and isinstance(story[0].action[1], str)
    ):
        return story[2:], story[0].action[1]
    if story and isinstance(story[0], PageBreak) and isinstance(story[0].nextTemplate, str):
        return story[1:], story[0].nextTemplate
    return story, "portrait"


def render_pack(
    data: PackData,
    markings: Sequence[Marking],
    *,
    one_file: bool = False,
    on_progress: ProgressFn | None = None,
    annexes: Sequence[AnnexFile] = (),
) -> list[RenderedPdf]:
    """The pack once per marking (copy), each followed by the ``annexes`` stamped with its
    marking; with ``one_file`` a single merged PDF."""
    if not markings:
        raise ValueError("at least one marking (copy) is needed")
    first = markings[0]
    story, opening = _opening(_story(data, first))
    n = len(story)
    copies = len(markings)
    total_units = n * (EXPECTED_PASSES + copies - 1)
    done_units = 0

    shown = 0

    def progress(done: int, total: int, message: str) -> None:
        nonlocal shown
        if on_progress is not None:
            shown = max(shown, min(total_units - 1, done_units + done))
            on_progress(shown, total_units, message)

    buf = io.BytesIO()
    meta = pack_meta(data, first)
    doc = MarkedDocTemplate(
        buf,
        first,
        title=meta.title,
        subject=meta.subject,
        author=meta.author,
        on_progress=progress if on_progress else None,
        progress_label=_label(first, copies),
        meta=meta,
    )
    if annexes:  # the cover's page count includes the attached documents appended after it
        from pypdf import PdfReader

        doc.extra_pages = sum(len(PdfReader(io.BytesIO(a.data)).pages) for a in annexes)
    if Section.COVER in data.sections:
        opening = "cover"
    doc.pageTemplates.sort(key=lambda t: t.id != opening)

    # multiBuild calls the callback per pass; count the units of passes already done.
    original_build = doc.build

    def counting_build(flowables: list[Any], **kw: Any) -> None:
        nonlocal done_units
        original_build(flowables, **kw)
        done_units += n

    doc.build = counting_build  # type: ignore[method-assign]
    doc.multiBuild(story)
    results = [RenderedPdf(buf.getvalue(), doc.total_pages, first)]
    for marking in markings[1:]:
        buf = io.BytesIO()
        doc.filename = buf
        doc._progress_label = _label(marking, copies)
        doc.build_again(story, marking)
        results.append(RenderedPdf(buf.getvalue(), doc.total_pages, marking))
    if annexes:
        results = [
            RenderedPdf(*append_annexes(r.data, annexes, r.marking), r.marking) for r in results
        ]
    if on_progress is not None:
        on_progress(total_units, total_units, "Finishing")
    if one_file and len(results) > 1:
        return [merge(results, meta)]
    return results


def pack_meta(data: PackData, marking: Marking) -> DocumentMeta:
    """The PDF's title (reference, title, audience), author (the issuer), subject, marking."""
    title = data.title
    if data.addendum_no:
        title = f"{title}, Addendum No. {data.addendum_no}"
    # the audience once: "TH/2026/BP-004 - Public lines", not "... - Public lines - Public lines"
    audience = data.audience.label
    if audience.casefold() == title.casefold():
        audience = ""
    return DocumentMeta(
        title=" - ".join(x for x in (marking.reference, title, audience) if x),
        author=data.issued_by or data.our_delegation or "ADGSOM Desktop",
        subject=data.event_title,
        classification=(marking.classification or "").upper(),
        reference=marking.reference,
        audience=data.audience.label,
    )


def _label(marking: Marking, copies: int) -> str:
    if marking.copy is not None and copies > 1:
        return f"Copy {marking.copy.copy_no} of {marking.copy.copies_total}"
    return "Building the pack"


def merge(parts: Sequence[RenderedPdf], meta: DocumentMeta) -> RenderedPdf:
    """All copies in one PDF, each under its own bookmark, with the first copy's metadata
    (info dictionary with its dates, XMP packet, language)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    pages = 0
    first: PdfReader | None = None
    for part in parts:
        reader = PdfReader(io.BytesIO(part.data))
        first = first or reader
        label = part.marking.copy.text if part.marking and part.marking.copy else meta.title
        writer.append(reader, outline_item=label, import_outline=True)
        pages += len(reader.pages)
    if first is not None:
        keep_metadata(first, writer)
    out = io.BytesIO()
    writer.write(out)
    return RenderedPdf(out.getvalue(), pages, None)
