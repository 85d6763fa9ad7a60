"""What every page carries besides its content: the classification, reference, copy mark
and "Page N of M" (``draw_page_marks``), the recipient's name across the page
(``draw_watermark``), the DRAFT stamp and an addendum's change bars.

Drawn by ``MarkedDocTemplate``'s page callbacks. The watermark, the stamp and the bars
are outlines or lines marked as artifacts: never in the text a reader copies.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm

from ..i18n.printing import translate
from .clusters import shorten
from .fonts import BOLD, REGULAR, draw_outlined, draw_text, string_width
from .pack_model import Marking
from .page_geometry import MARGIN_X
from .styles import MARKING, MUTED, RULE

WATERMARK_SIZE = 54.0  # points, for a name that fits the diagonal at this size
WATERMARK_MARGIN = 12 * mm  # the watermark stays this far from every edge
WATERMARK_HEIGHT = 1.3  # ink height per point of size (stacked Khmer, Myanmar included)


def watermark_fit(text: str, w: float, h: float) -> tuple[float, float]:
    """(font size, angle in degrees) of the diagonal watermark on a ``w`` x ``h`` page.

    The text runs along the page's diagonal, centred; a long name is scaled
    down until the rotated box of its ink stays inside the page's margins.
    """
    import math

    angle = math.atan2(h, w)
    c, s = math.cos(angle), math.sin(angle)
    per_point = string_width(text, BOLD, 1.0)
    tall = WATERMARK_HEIGHT
    room_w, room_h = w - 2 * WATERMARK_MARGIN, h - 2 * WATERMARK_MARGIN
    size = min(
        WATERMARK_SIZE,
        room_w / (per_point * c + tall * s),
        room_h / (per_point * s + tall * c),
    )
    return size, math.degrees(angle)


def shorten_to(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened to ``width`` with "…", between grapheme clusters."""
    return shorten(text, lambda t: string_width(t, font, size) <= width)


DRAFT_STAMP = "DRAFT"
CHANGE_BAR_GAP = 3 * mm  # a change bar stands this far left of the text
CHANGE_BAR = "#123b6d"


def draw_watermark(canvas: Any, text: str, w: float, h: float) -> None:
    """The recipient's name across the page: outlines, not text, marked an artifact.

    Drawn once per page size into a form every page reuses; as outlines it
    never mixes into the text a reader copies, and the ``/Artifact`` mark tells
    assistive technology it is not content.
    """
    if not text:
        return
    forms = canvas.__dict__.setdefault("_adgsom_watermarks", {})
    key = (text, round(w), round(h))
    name = forms.get(key)
    if name is None:
        name = forms[key] = f"adgsomWatermark{len(forms)}"
        size, angle = watermark_fit(text, w, h)
        canvas.beginForm(name)
        canvas.saveState()
        canvas.setFillColorRGB(0.55, 0.55, 0.55)  # (its alpha is set on the page)
        canvas.translate(w / 2, h / 2)
        canvas.rotate(angle)
        draw_outlined(canvas, 0, -size / 3, text, BOLD, size, "center")
        canvas.restoreState()
        canvas.endForm()
    canvas.saveState()
    canvas.setFillAlpha(0.16)  # a form's own resources would not hold the alpha state
    canvas.addLiteral("/Artifact <</Type /Pagination /Subtype /Watermark>> BDC")
    canvas.doForm(name)
    canvas.addLiteral("EMC")
    canvas.restoreState()


def draw_draft_stamp(canvas: Any) -> None:
    """ "DRAFT" in a red box at the page's top right: outlines, not text, an artifact."""
    w, h = canvas._pagesize
    forms = canvas.__dict__.setdefault("_adgsom_watermarks", {})
    name = forms.get("draft")
    if name is None:
        name = forms["draft"] = "adgsomDraft"
        size = 13.0
        box_w = string_width(DRAFT_STAMP, BOLD, size) + 5 * mm
        canvas.beginForm(name, -box_w - 4, -size, 4, size * 1.6)
        canvas.saveState()
        canvas.setStrokeColor(MARKING)
        canvas.setFillColor(MARKING)
        canvas.setLineWidth(1.4)
        canvas.roundRect(-box_w, -size * 0.55, box_w, size * 1.6, 2)
        draw_outlined(canvas, -box_w / 2, -size * 0.1, DRAFT_STAMP, BOLD, size, "center")
        canvas.restoreState()
        canvas.endForm()
    canvas.saveState()
    canvas.translate(w - MARGIN_X, h - 11 * mm)
    canvas.addLiteral("/Artifact <</Type /Pagination /Subtype /Watermark>> BDC")
    canvas.doForm(name)
    canvas.addLiteral("EMC")
    canvas.restoreState()


def draw_change_bar(canvas: Any, top: float, bottom: float) -> None:
    """A change bar in the left margin from ``top`` down to ``bottom`` (an artifact)."""
    if top - bottom < 1:
        return
    canvas.saveState()
    canvas.addLiteral("/Artifact <</Type /Layout>> BDC")
    canvas.setStrokeColor(CHANGE_BAR)
    canvas.setLineWidth(2.2)
    x = MARGIN_X - CHANGE_BAR_GAP
    canvas.line(x, top, x, bottom)
    canvas.addLiteral("EMC")
    canvas.restoreState()


def draw_page_marks(canvas: Any, m: Marking, page: str) -> None:
    """The classification at the top and the bottom, the reference and the copy mark in
    the header, the short title and ``page`` ("Page N of M") in the footer."""
    w, h = canvas._pagesize
    canvas.saveState()
    # classification, top and bottom
    canvas.setFillColor(MARKING)
    cls = (m.classification or "").upper()
    if cls:
        draw_text(canvas, w / 2, h - 12 * mm, cls, BOLD, 11, "center")
        draw_text(canvas, w / 2, 9 * mm, cls, BOLD, 11, "center")
    # header line: reference left, copy mark right
    canvas.setFillColor(MUTED)
    y_head = h - 18.5 * mm
    half = (w - 2 * MARGIN_X) / 2 - 4 * mm
    if m.reference:
        draw_text(
            canvas,
            MARGIN_X,
            y_head,
            shorten_to(translate("Pack", "Ref. %s") % m.reference, REGULAR, 8, half),
            REGULAR,
            8,
            "left",
        )
    if m.copy is not None:
        draw_text(
            canvas, w - MARGIN_X, y_head, shorten_to(m.copy.text, BOLD, 8, half), BOLD, 8, "right"
        )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y_head - 2.5 * mm, w - MARGIN_X, y_head - 2.5 * mm)
    # footer: short title left, page N of M right
    y_foot = 16 * mm
    canvas.line(MARGIN_X, y_foot + 3.5 * mm, w - MARGIN_X, y_foot + 3.5 * mm)
    draw_text(canvas, w - MARGIN_X, y_foot, page, REGULAR, 8, "right")
    if m.footer_title:
        draw_text(
            canvas,
            MARGIN_X,
            y_foot,
            shorten_to(m.footer_title, REGULAR, 8, half),
            REGULAR,
            8,
            "left",
        )
    canvas.restoreState()
