"""The document template shared by packs, reports and the register.

Layout (page templates) stays apart from content (the story), as in
reportlab's platypus: page decorations are drawn in the ``onPage`` callback:
the classification at the top and the bottom of every page, the brief
reference, "Page N of M", the copy mark ("Copy K of N - issued to NAME") and
an optional diagonal watermark.

"Page N of M" needs M before the last pass: the document is built with
``multiBuild`` and only accepts a pass whose page count equals the count of
the pass before (the contents page needs the same passes anyway).  Headings
carry a fixed bookmark key and contents level, so the entries are identical
on every pass; ``afterFlowable`` turns them into contents entries and PDF
outline entries.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from ..i18n.printing import translate
from .clusters import cut, shorten
from .fonts import BOLD, REGULAR, draw_outlined, draw_text, register_fonts, string_width
from .pack_model import DocumentMeta, Marking
from .paragraph import ScriptParagraph
from .styles import MARKING, MUTED, RULE

# reportlab keeps per-document state on shared font objects: one build at a time.
BUILD_LOCK = threading.RLock()

ProgressFn = Callable[[int, int, str], None]

MARGIN_X = 20 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 24 * mm
# A frame keeps reportlab's 6 pt padding on each side: the width a table may take
# is the page less the margins and that padding (a table as wide as the margins
# stuck out 6-12 pt past the right margin).
FRAME_PADDING = 6.0
PORTRAIT_W = A4[0] - 2 * MARGIN_X - 2 * FRAME_PADDING
LANDSCAPE_W = A4[1] - 2 * MARGIN_X - 2 * FRAME_PADDING


OUTLINE_LIMIT = 100  # characters of a bookmark title; a longer one ends in "…"
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


class Heading(ScriptParagraph):
    """A heading that becomes a contents entry and a PDF bookmark."""

    def __init__(
        self,
        text: str,
        style: Any,
        *,
        key: str,
        level: int,
        toc_text: str = "",
        outline_text: str = "",
        toc: bool = True,
    ) -> None:
        super().__init__(text, style)
        self.bookmark_key = key
        self.toc_level = level
        self.toc_text = toc_text
        self.outline_text = outline_text
        self.in_toc = toc

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        """Never split: a heading that does not fit moves whole to the next page."""
        return []


class MarkedDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Portrait, landscape and cover page templates, all carrying the marking."""

    def __init__(
        self,
        filename: Any,
        marking: Marking,
        *,
        title: str = "",
        subject: str = "",
        author: str = "",
        on_progress: ProgressFn | None = None,
        progress_label: str = "",
        meta: DocumentMeta | None = None,
    ) -> None:
        register_fonts()
        self.meta = meta
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author=author,
            creator="ADGSOM Desktop",
            pageCompression=1,
            invariant=0,  # real creation dates
            initialFontName=REGULAR,  # no reference to a font that is not embedded
            lang="en",
        )
        self.marking = marking
        self.draft = False  # the pages drawn now belong to a brief not approved
        self._draft_page = False  # this page is stamped DRAFT at its end
        self.total_pages = 0  # from the previous pass (0: not known yet)
        self.extra_pages = 0  # pages appended after the build (attached annexes)
        self._bar_from: float | None = None  # where the open change bar starts (this page)
        self.passes = 0
        self._on_progress = on_progress
        self._progress_label = progress_label
        self._story_len = 0
        pw, ph = A4
        lw, lh = landscape(A4)
        portrait = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            pw - 2 * MARGIN_X,
            ph - MARGIN_TOP - MARGIN_BOTTOM,
            id="p",
        )
        wide = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            lw - 2 * MARGIN_X,
            lh - MARGIN_TOP - MARGIN_BOTTOM,
            id="l",
        )
        cover = Frame(
            MARGIN_X + 10 * mm,
            MARGIN_BOTTOM + 10 * mm,
            pw - 2 * MARGIN_X - 20 * mm,
            ph - MARGIN_TOP - MARGIN_BOTTOM - 20 * mm,
            id="c",
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    "portrait",
                    [portrait],
                    onPage=self._decorate,
                    onPageEnd=self._stamp,
                    pagesize=A4,
                ),
                PageTemplate("cover", [cover], onPage=self._decorate_cover, pagesize=A4),
                PageTemplate(
                    "landscape",
                    [wide],
                    onPage=self._decorate,
                    onPageEnd=self._stamp,
                    pagesize=landscape(A4),
                ),
            ]
        )
        self.portrait_width = PORTRAIT_W
        self.landscape_width = LANDSCAPE_W
        self.frame_height = ph - MARGIN_TOP - MARGIN_BOTTOM
        self.landscape_height = lh - MARGIN_TOP - MARGIN_BOTTOM
        if on_progress is not None:
            self.setProgressCallBack(self._progress)

    # -- progress -------------------------------------------------------------------
    def _progress(self, kind: str, value: int) -> None:
        if self._on_progress is None:
            return
        if kind == "SIZE_EST":
            self._story_len = max(1, int(value))
        elif kind == "PROGRESS":
            total = self._story_len or 1
            label = self._progress_label
            self._on_progress(min(int(value), total), total, f"{label} (pass {self.passes})")

    # -- multi-pass bookkeeping -----------------------------------------------------
    def multiBuild(self, story: list[Any], maxPasses: int = 10, **kw: Any) -> int:
        with BUILD_LOCK:
            return int(super().multiBuild(story, maxPasses=maxPasses, **kw))

    def build(self, flowables: list[Any], **kw: Any) -> None:
        self.passes += 1
        self.draft = self._draft_page = False  # every pass starts from the cover
        self._bar_from = None
        super().build(flowables, **kw)

    def beforeDocument(self) -> None:
        self.canv.showOutline()  # the PDF opens with its bookmarks shown
        if self.meta is not None:
            from .pdf_meta import apply

            apply(self.canv, self.meta)

    # -- the DRAFT stamp ------------------------------------------------------------
    def set_draft(self, on: bool) -> None:
        """From this page on, the pages belong to a brief not approved (``on``) or not.

        Called from the top of a page (``pack_pages.DraftMark`` follows a page break).
        """
        self.draft = self._draft_page = on

    # -- change bars (an addendum) ------------------------------------------------------
    def change_bar(self, on: bool, y: float) -> None:
        """A change bar in the left margin starts (``on``) or ends at height ``y``."""
        if on:
            self._bar_from = y
        elif self._bar_from is not None:
            self._draw_bar(self.canv, self._bar_from, y)
            self._bar_from = None

    def _draw_bar(self, canvas: Any, top: float, bottom: float) -> None:
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

    def _carry_bar(self, canvas: Any) -> None:
        """At a page's end, an open change bar runs to the frame's foot and goes on at the
        top of the next page's frame."""
        if self._bar_from is None:
            return
        frame = getattr(self, "frame", None)
        foot = float(getattr(frame, "_y1", MARGIN_BOTTOM))
        self._draw_bar(canvas, self._bar_from, foot)
        _w, h = canvas._pagesize
        self._bar_from = h - MARGIN_TOP  # the next page's frame top (same margins)

    def _stamp(self, canvas: Any, doc: Any) -> None:
        self._carry_bar(canvas)
        """At a page's end: "DRAFT" in a red box at its top right if any of it is draft.

        Outlines, not text, marked an artifact: never in what a reader copies.
        """
        self._stamp_draft(canvas)

    def _stamp_draft(self, canvas: Any) -> None:
        stamped, self._draft_page = self._draft_page, self.draft
        if not stamped:
            return
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

    def _allSatisfied(self) -> bool:
        ok = bool(super()._allSatisfied())
        count = int(self.page)
        same = count == self.total_pages
        self.total_pages = count
        return ok and same

    def build_again(self, story: list[Any], marking: Marking) -> None:
        """One more pass with a different marking (another copy, same layout)."""
        with BUILD_LOCK:
            self.marking = marking
            for fl in getattr(self, "_indexingFlowables", []):
                fl.beforeBuild()  # the entries of the last pass are drawn again
            # reportlab marks flowables it moved to the next frame and clears the
            # marks between passes of multiBuild only: clear the last pass's now.
            for f in story:
                if hasattr(f, "_postponed"):
                    del f._postponed
            edits: list[Any] = []
            self._multiBuildEdits = edits.append
            self._doSave = 1
            count = self.total_pages
            try:
                self.build(story[:])
            finally:
                for e in edits:
                    e[0](*e[1:])
                del self._multiBuildEdits
            self.total_pages = count

    def afterFlowable(self, flowable: Any) -> None:
        key = getattr(flowable, "bookmark_key", None)
        if key is None:
            return
        level = flowable.toc_level
        text = flowable.toc_text or flowable.getPlainText()
        if flowable.in_toc:
            from .styles import esc

            self.notify("TOCEntry", (level, esc(text), self.page, key))
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(
            cut(flowable.outline_text or text, OUTLINE_LIMIT), key, level=level, closed=level >= 1
        )

    # -- decorations ----------------------------------------------------------------
    def _draw_centred(
        self, canvas: Any, x: float, y: float, text: str, font: str, size: float
    ) -> None:
        draw_text(canvas, x, y, text, font, size, "center")

    def _draw_left(
        self, canvas: Any, x: float, y: float, text: str, font: str, size: float
    ) -> None:
        draw_text(canvas, x, y, text, font, size, "left")

    def _draw_right(
        self, canvas: Any, x: float, y: float, text: str, font: str, size: float
    ) -> None:
        draw_text(canvas, x, y, text, font, size, "right")

    def _fit(self, text: str, font: str, size: float, width: float) -> str:
        """``text`` shortened to ``width`` with "…", cut between grapheme clusters
        (never a dangling Khmer coeng or a Myanmar medial without its consonant)."""
        return shorten(text, lambda t: string_width(t, font, size) <= width)

    def _watermark(self, canvas: Any, w: float, h: float) -> None:
        """The recipient's name across the page: outlines, not text, marked an artifact.

        Drawn once per page size into a form every page reuses; as outlines it
        never mixes into the text a reader copies, and the ``/Artifact`` mark tells
        assistive technology it is not content.
        """
        text = self.marking.watermark
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

    def _decorate(self, canvas: Any, doc: Any) -> None:
        w, h = canvas._pagesize
        m = self.marking
        canvas.saveState()
        self._watermark(canvas, w, h)
        # classification, top and bottom
        canvas.setFillColor(MARKING)
        cls = (m.classification or "").upper()
        if cls:
            self._draw_centred(canvas, w / 2, h - 12 * mm, cls, BOLD, 11)
            self._draw_centred(canvas, w / 2, 9 * mm, cls, BOLD, 11)
        # header line: reference left, copy mark right
        canvas.setFillColor(MUTED)
        y_head = h - 18.5 * mm
        half = (w - 2 * MARGIN_X) / 2 - 4 * mm
        if m.reference:
            self._draw_left(
                canvas,
                MARGIN_X,
                y_head,
                self._fit(translate("Pack", "Ref. %s") % m.reference, REGULAR, 8, half),
                REGULAR,
                8,
            )
        if m.copy is not None:
            self._draw_right(
                canvas, w - MARGIN_X, y_head, self._fit(m.copy.text, BOLD, 8, half), BOLD, 8
            )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y_head - 2.5 * mm, w - MARGIN_X, y_head - 2.5 * mm)
        # footer: short title left, page N of M right
        y_foot = 16 * mm
        canvas.line(MARGIN_X, y_foot + 3.5 * mm, w - MARGIN_X, y_foot + 3.5 * mm)
        page = (
            translate("Pack", "Page %1 of %2")
            .replace("%1", str(doc.page))
            .replace("%2", str(self.total_pages))
            if self.total_pages
            else translate("Pack", "Page %1").replace("%1", str(doc.page))
        )
        self._draw_right(canvas, w - MARGIN_X, y_foot, page, REGULAR, 8)
        if m.footer_title:
            self._draw_left(
                canvas, MARGIN_X, y_foot, self._fit(m.footer_title, REGULAR, 8, half), REGULAR, 8
            )
        canvas.restoreState()

    def _decorate_cover(self, canvas: Any, doc: Any) -> None:
        self._decorate(canvas, doc)
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1.2)
        canvas.rect(MARGIN_X, MARGIN_BOTTOM, w - 2 * MARGIN_X, h - MARGIN_TOP - MARGIN_BOTTOM)
        canvas.restoreState()


class _TocParagraph(ScriptParagraph):
    script_breaks = True  # always: reportlab cannot shape an entry with its callback


class Contents(TableOfContents):  # type: ignore[misc]
    """reportlab's contents table, with shaped entries that break like the body text.

    The entry and reportlab's page-number callback are separated by a space:
    shaping a word that holds both fails in reportlab 5.1.  Each entry keeps a
    right indent wide enough for a few leader dots and the page number, so a
    title that fills the line wraps instead of squeezing its page number
    (reportlab shrinks the number to fit the room left, down to 1 pt).
    """

    @staticmethod
    def _number_room(style: Any, entries: list[Any]) -> float:
        """Width kept free on the right of an entry: leader dots and the page number."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        digits = max([3, *(len(str(e[2])) for e in entries)])
        dots = stringWidth(" . " * 2, style.fontName, style.fontSize)
        return float(stringWidth("0" * digits, style.fontName, style.fontSize) + dots)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        from ast import literal_eval

        from reportlab.platypus import Spacer, Table
        from reportlab.platypus.tableofcontents import drawPageNumbers

        entries = self._lastEntries or [(0, "Contents are being prepared", 0, None)]

        def end(canvas: Any, kind: str, label: str) -> None:
            parts = label.split(",")
            page, level, key = int(parts[0]), int(parts[1]), literal_eval(parts[2])
            style = self.getLevelStyle(level)
            dot = " . " if self.dotsMinLevel >= 0 and level >= self.dotsMinLevel else ""
            drawPageNumbers(canvas, style, [(page, key)], availWidth, availHeight, dot)

        self.canv.setNamedCB("drawTOCEntryEnd", end)
        from reportlab.lib.styles import ParagraphStyle

        data: list[list[Any]] = []
        indented: dict[int, Any] = {}
        for level, text, page, key in entries:
            style = self.getLevelStyle(level)
            if level not in indented:
                room = self._number_room(style, entries)
                indented[level] = ParagraphStyle(
                    f"{style.name}-numbered", parent=style, rightIndent=style.rightIndent + room
                )
            key_val = None
            if key:
                text = f'<a href="#{key}">{text}</a>'
                key_val = repr(key).replace(",", "\\x2c").replace('"', "\\x2c")
            para = _TocParagraph(
                f'{text} <onDraw name="drawTOCEntryEnd" label="{page},{level},{key_val}"/>',
                indented[level],
            )
            if style.spaceBefore:
                data.append([Spacer(1, style.spaceBefore)])
            data.append([para])
        self._table = Table(data, colWidths=(availWidth,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return (self.width, self.height)
