"""The contents page: reportlab's table of contents with shaped entries."""

from __future__ import annotations

from typing import Any

from reportlab.platypus.tableofcontents import TableOfContents

from .paragraph import ScriptParagraph


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
