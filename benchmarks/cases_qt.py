"""Cases whose app side other features build: the 100k-note list and the 200-page pack.

The floors are measured now; the app sides are pending until the features land
(``harness.PLUGINS``: ``benchmarks/notes_list.py`` and ``benchmarks/pack_build.py``
provide ``APP_SIDES`` for these case names).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .harness import Case, Env, Run, Side, stopwatch

PAINT_TIMEOUT_S = 60


def wait_for_paint(app: Any, widget: Any) -> None:
    """Process events until ``widget`` has received a Paint event."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, _obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    deadline = time.monotonic() + PAINT_TIMEOUT_S
    try:
        while not painted:
            app.processEvents()
            if time.monotonic() > deadline:
                raise RuntimeError("the view was never painted")
    finally:
        widget.removeEventFilter(watch)


def _dispose(app: Any, view: Any) -> None:
    view.close()
    view.deleteLater()
    app.processEvents()


# -- the 100k-note list -----------------------------------------------------------------


def _list_open_floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from .bare_floors import load_rows, make_view

        app = env.qapp()
        store = env.shared_store()

        def run() -> float:
            with stopwatch() as elapsed:
                view = make_view(load_rows(store))
                view.show()
                wait_for_paint(app, view.viewport())
            _dispose(app, view)
            return elapsed()

        yield run

    return Side("raw query + bare QAbstractTableModel in a QTableView, until painted", factory)


def _list_sort_floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from .bare_floors import SORT_COLUMN, load_rows, make_view

        app = env.qapp()
        view = make_view(load_rows(env.shared_store()))
        view.show()
        wait_for_paint(app, view.viewport())
        model = view.model()

        def run() -> float:
            with stopwatch() as elapsed:
                model.sort(SORT_COLUMN)
                wait_for_paint(app, view.viewport())
            model.sort(0)  # back to time order (not timed)
            wait_for_paint(app, view.viewport())
            return elapsed()

        try:
            yield run
        finally:
            _dispose(app, view)

    return Side("bare model: list.sort by speaker + layoutChanged, until repainted", factory)


# -- the 200-page pack ------------------------------------------------------------------

PACK_PAGES = 200
NOTO = Path("/usr/share/fonts/truetype/noto")


def _pack_rows(store: Path) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """(meeting, item heading, status, sections) per item with a position, in agenda order."""
    import json

    from adgsom_desktop.storage import sqlite_driver

    conn = sqlite_driver.connect(store)
    try:
        rows = conn.execute(
            "SELECT m.title, a.number || ' ' || a.title, p.status, v.snapshot "
            "FROM position AS p JOIN agenda_item AS a ON a.id = p.item_id "
            "JOIN meeting AS m ON m.id = a.meeting_id "
            "JOIN position_version AS v ON v.position_id = p.id AND v.version_no = p.version_no "
            "ORDER BY m.date, m.id, a.id"
        ).fetchall()
    finally:
        conn.close()
    out = []
    for meeting, heading, status, snapshot in rows:
        snap = json.loads(snapshot)
        sections = [
            ("Objective", snap["objective"]),
            ("Opening position", snap["opening"]),
            ("Fallbacks", "\n".join(f"- {f}" for f in snap["fallbacks"])),
            ("Red line", snap["red_line"]),
            ("Points to make", "\n".join(f"- {p}" for p in snap["points"])),
            ("Tactical arguments", snap["tactical"]),
            (
                "Their objectives and our response",
                "\n".join(
                    f"- {t['delegation_code']}: {t['their_objective']} {t['our_response']}"
                    for t in snap["their_objectives"]
                ),
            ),
            (
                "Defensive lines",
                "\n".join(f"- {d['question']} {d['answer']}" for d in snap["defensive_lines"]),
            ),
            ("Press line", snap["press_line"]),
            ("Background", snap["background_releasable"]),
            ("Background (not for disclosure)", snap["background_nfd"]),
        ]
        out.append((meeting, heading, status, sections))
    return out


def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = NOTO / "NotoSans-Regular.ttf", NOTO / "NotoSans-Bold.ttf"
    if not (regular.exists() and bold.exists()):
        return "Helvetica", "Helvetica-Bold"
    if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchSans", str(regular)))
        pdfmetrics.registerFont(TTFont("BenchSans-Bold", str(bold)))
    return "BenchSans", "BenchSans-Bold"


def build_plain_pack(rows: list[Any], target: Path) -> int:
    """Plain reportlab: contents, one brief per item, marking and page numbers. Pages out."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph
    from reportlab.platypus.tableofcontents import TableOfContents

    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, spaceAfter=4)
    label = ParagraphStyle("label", parent=body, fontName=bold, spaceBefore=6)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=15, leading=19, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=12, leading=15, spaceAfter=6)

    class Pack(BaseDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:
            style = getattr(flowable, "style", None)
            level = {"h1": 0, "h2": 1}.get(getattr(style, "name", ""))
            if level is not None and isinstance(flowable, Paragraph):
                key = f"k{self.seq.nextf('toc')}"
                self.canv.bookmarkPage(key)
                self.notify("TOCEntry", (level, flowable.getPlainText(), self.page, key))

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(bold, 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, "RESTRICTED")
        canvas.drawCentredString(A4[0] / 2, 10 * mm, "RESTRICTED")
        canvas.setFont(regular, 8)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = Pack(str(target), pagesize=A4, title="Briefing pack")
    frame = Frame(18 * mm, 18 * mm, A4[0] - 36 * mm, A4[1] - 36 * mm, id="body")
    doc.addPageTemplates([PageTemplate("brief", [frame], onPage=decorate)])
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("toc0", parent=body, fontName=bold, leftIndent=0),
        ParagraphStyle("toc1", parent=body, leftIndent=12, fontSize=9, leading=11),
    ]
    title = ParagraphStyle("title", parent=h1)  # not an h1: the contents do not list themselves
    story: list[Any] = [Paragraph("Contents", title), toc, PageBreak()]
    last_meeting = None
    for meeting, heading, status, sections in rows:
        if meeting != last_meeting:
            story.append(Paragraph(escape(meeting), h1))
            last_meeting = meeting
        story.append(Paragraph(escape(f"{heading} ({status.replace('_', ' ')})"), h2))
        for name, text in sections:
            if not text:
                continue
            story.append(Paragraph(escape(name), label))
            for line in text.split("\n"):
                bullet = line.startswith("- ")
                story.append(
                    Paragraph(
                        escape(line[2:] if bullet else line),
                        body,
                        bulletText="•" if bullet else None,
                    )
                )
        story.append(PageBreak())
    doc.multiBuild(story)
    return int(doc.page)


def _pack_floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        rows = _pack_rows(env.shared_store())
        target = env.work / "pack-floor.pdf"
        # One brief is about a page: calibrate the number of items to reach PACK_PAGES.
        count = min(len(rows), PACK_PAGES)
        pages = build_plain_pack(rows[:count], target)
        if pages and count < len(rows):
            count = min(len(rows), max(1, round(count * PACK_PAGES / pages)))
        chosen = rows[:count]
        env.log(f"  pack: {count} briefs, {build_plain_pack(chosen, target)} pages")

        def run() -> float:
            with stopwatch() as elapsed:
                build_plain_pack(chosen, target)
            return elapsed()

        yield run

    return Side("plain reportlab: the same briefs, TableOfContents, multiBuild", factory)


CASES = [
    Case(
        name="notes_list_open",
        title="Open the 100k-note list",
        unit="ms",
        goal=1.3,
        floor=_list_open_floor(),
        pending="TODO(#4): the app's notes list (services + its QAbstractTableModel), "
        "APP_SIDES['notes_list_open'] in benchmarks/notes_list.py",
        how="from the query to the first paint of the table",
    ),
    Case(
        name="notes_list_sort",
        title="Sort the 100k-note list by speaker",
        unit="ms",
        goal=1.5,
        floor=_list_sort_floor(),
        pending="TODO(#4): APP_SIDES['notes_list_sort'] in benchmarks/notes_list.py",
        how="from the sort request to the repaint",
    ),
    Case(
        name="pack_200",
        title="A 200-page pack with contents",
        unit="ms",
        goal=1.3,
        floor=_pack_floor(),
        pending="TODO(#5): APP_SIDES['pack_200'] (and FLOOR_SIDES if its story differs) "
        "in benchmarks/pack_build.py",
        how="the briefs of the first items of the large store, about 200 pages, to a PDF file",
    ),
]
