"""The front of a briefing pack: its cover and contents page, and the pack's
first-level heading (``h1``, a contents entry and a bookmark)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

from ..i18n.printing import translate
from .contents import Contents
from .headings import Heading
from .pack_model import PackData
from .pack_pages import Bookmark, CoverPageCount, changes_on_cover
from .styles import esc, para, styles, xml


def h1(text: str, key: str) -> Heading:
    return Heading(esc(text), styles()["h1"], key=key, level=0, toc_text=text)


def cover(data: PackData, classification: str, reference: str, copy_line: Any = None) -> list[Any]:
    out: list[Any] = [
        Bookmark("cover", translate("Pack", "Cover: %s") % data.title),
        Spacer(1, 18 * mm),
    ]
    if data.our_delegation:
        out.append(para(data.our_delegation, "cover_meta"))
        out.append(Spacer(1, 10 * mm))
    if data.addendum_no:
        out.append(para(translate("Pack", "ADDENDUM No. %s") % data.addendum_no, "cover_copy"))
        out.append(Spacer(1, 3 * mm))
    out.append(para(data.title, "cover_title"))
    out.append(Spacer(1, 6 * mm))
    out.append(para(data.event_title, "cover_sub"))
    place = " - ".join(x for x in (data.event_place, data.event_dates) if x)
    if place:
        out.append(para(place, "cover_sub"))
    out.append(Spacer(1, 14 * mm))
    if reference:
        out.append(para(translate("Pack", "Brief No. %s") % reference, "cover_copy"))
    if data.addendum_to:
        out.append(para(translate("Pack", "Addendum to %s") % data.addendum_to, "cover_meta"))
        out += changes_on_cover(data)
    out.append(Spacer(1, 4 * mm))
    out.append(para(translate("Labels", data.audience.cover_line), "cover_copy"))
    if classification:
        out.append(Spacer(1, 10 * mm))
        out.append(
            xml(f'<font color="#8b1a1a">{esc(classification.upper())}</font>', "cover_title")
        )
    if copy_line is not None:
        out.append(Spacer(1, 10 * mm))
        out.append(copy_line)
    out.append(Spacer(1, 4 * mm))
    out.append(CoverPageCount())
    out.append(Spacer(1, 10 * mm))
    issued = ", ".join(
        x
        for x in (data.issued_on, data.issued_by and translate("Pack", "by %s") % data.issued_by)
        if x
    )
    if issued:
        out.append(para(translate("Pack", "Issued %s") % issued, "cover_meta"))
    out.append(Spacer(1, 6 * mm))
    out.append(
        para(
            translate(
                "Pack",
                "This brief is the property of the delegation. Do not copy it or pass it on. "
                "Return it to the delegation secretary at the end of the meeting.",
            ),
            "cover_meta",
        )
    )
    return [*out, NextPageTemplate("portrait"), PageBreak()]


def contents() -> list[Any]:
    st = styles()
    toc = Contents()
    toc.levelStyles = [st["toc0"], st["toc1"], st["toc2"]]
    toc.dotsMinLevel = 0
    heading = Heading(translate("Pack", "Contents"), st["h1"], key="contents", level=0, toc=False)
    return [heading, toc, PageBreak()]
