"""The document template shared by packs, reports and the register.

Its parts live beside it: ``page_geometry`` (margins, widths), ``page_marks`` (what every
page carries), ``headings`` (contents entries and bookmarks) and ``contents``.

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

from ..i18n.printing import translate
from .clusters import cut
from .fonts import REGULAR, register_fonts
from .pack_model import DocumentMeta, Marking
from .page_geometry import LANDSCAPE_W, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PORTRAIT_W
from .page_marks import draw_change_bar, draw_draft_stamp, draw_page_marks, draw_watermark
from .styles import RULE

# reportlab keeps per-document state on shared font objects: one build at a time.
BUILD_LOCK = threading.RLock()

ProgressFn = Callable[[int, int, str], None]


OUTLINE_LIMIT = 100  # characters of a bookmark title; a longer one ends in "…"


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
            draw_change_bar(self.canv, self._bar_from, y)
            self._bar_from = None

    def _carry_bar(self, canvas: Any) -> None:
        """At a page's end, an open change bar runs to the frame's foot and goes on at the
        top of the next page's frame."""
        if self._bar_from is None:
            return
        frame = getattr(self, "frame", None)
        foot = float(getattr(frame, "_y1", MARGIN_BOTTOM))
        draw_change_bar(canvas, self._bar_from, foot)
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
        if stamped:
            draw_draft_stamp(canvas)

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
    def _decorate(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        draw_watermark(canvas, self.marking.watermark, *canvas._pagesize)
        canvas.restoreState()
        page = (
            translate("Pack", "Page %1 of %2")
            .replace("%1", str(doc.page))
            .replace("%2", str(self.total_pages))
            if self.total_pages
            else translate("Pack", "Page %1").replace("%1", str(doc.page))
        )
        draw_page_marks(canvas, self.marking, page)

    def _decorate_cover(self, canvas: Any, doc: Any) -> None:
        self._decorate(canvas, doc)
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1.2)
        canvas.rect(MARGIN_X, MARGIN_BOTTOM, w - 2 * MARGIN_X, h - MARGIN_TOP - MARGIN_BOTTOM)
        canvas.restoreState()
