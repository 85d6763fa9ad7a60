"""The pages and blocks of a pack that frame its content (issue #18, item 9).

The distribution list (who holds which copy), the cover's page count, the
bookmarks of the cover and the contents, the DRAFT mark of a brief whose
position is not approved, a brief's clearance block, and the return or
destruction receipt that ends every copy.  What is the same for every copy is
a plain flowable; what belongs to one copy (its number, its page count) is
read from the copy being built when it is drawn, so the layout of every copy
is the same.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from ..domain.enums import NOT_NAMED, Audience
from ..i18n.printing import QT_TRANSLATE_NOOP, translate
from .annex_pages import RECEIPT_OUTLINE
from .fonts import REGULAR, draw_text
from .headings import Heading
from .pack_model import ClearanceLine, PackData
from .page_geometry import PORTRAIT_W
from .styles import esc, para, styles, xml
from .tables import grid, key_values

NOBODY = "—"
_NOT_NAMED = QT_TRANSLATE_NOOP("Pack", "not named")  # who sent a brief for review, unnamed


class Bookmark(Flowable):  # type: ignore[misc]
    """An outline entry (bookmark) for a page that has no heading: the cover."""

    zero_size = True  # a mark, not content (``keep_with``)

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.bookmark_key = key
        self.toc_level = level
        self.toc_text = title
        self.outline_text = title
        self.in_toc = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass

    def getPlainText(self) -> str:
        return str(self.toc_text)


class DraftMark(Flowable):  # type: ignore[misc]
    """Zero-size: this page and the ones after it are stamped DRAFT (``on``) or not.

    Placed at the top of a page (after the page break that starts a brief, or
    the section after the briefs); the document stamps every page from there
    while it is on (``MarkedDocTemplate.set_draft``).
    """

    zero_size = True  # a mark, not content (``keep_with``)

    def __init__(self, on: bool) -> None:
        super().__init__()
        self.on = on

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        if doc is not None and hasattr(doc, "set_draft"):
            doc.set_draft(self.on)


class ChangeBar(Flowable):  # type: ignore[misc]
    """Zero-size: a change bar in the margin starts (``on``) or ends here (an addendum)."""

    zero_size = True  # a mark, not content (``keep_with``)

    def __init__(self, on: bool) -> None:
        super().__init__()
        self.on = on

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        doc = getattr(canvas, "_doctemplate", None)
        if doc is not None and hasattr(doc, "change_bar"):
            doc.change_bar(self.on, y)

    def draw(self) -> None:
        pass


def change_note(base_reference: str, printed: int, now: int, audience: Audience) -> str:
    """The line under an item's heading; the version numbers only for the head, who reads
    every part (to anyone else "version 2, now version 4" counts edits they cannot see)."""
    note = translate("Pack", "position changed since %s") % base_reference
    if audience is not Audience.HOD:
        return note
    was = str(printed) if printed else translate("Pack", "none")
    return note + " " + translate("Pack", "(printed version %s, now version %s)") % (was, now)


def changes_on_cover(data: PackData) -> list[Any]:
    """An addendum's cover: per changed item, the sections changed since the last issue."""
    if not data.addendum_no:
        return []
    lines = []
    for b in data.briefs:
        what = ", ".join(dict.fromkeys(translate("Labels", c.label) for c in b.changes))
        what = what or translate("Pack", "updated")
        lines.append(f"<b>{esc(b.label)}</b>: {esc(what)}")
    withdrawn = esc(translate("Pack", "Withdrawn"))
    lines += [f"<b>{withdrawn}</b>: {esc(x)}" for x in data.addendum_removed]
    if not lines:
        return []
    since = data.addendum_to.split(" issued ")[0] or translate("Pack", "the pack")
    head = translate("Pack", "Changed since %s (marked by a bar in the margin):") % since
    out: list[Any] = [Spacer(1, 4 * mm), para(head, "cover_meta")]
    out += [xml(x, "small") for x in lines[:12]]
    if len(lines) > 12:
        out.append(
            para(translate("Pack", "and %s more: see the contents.") % (len(lines) - 12), "small")
        )
    return out


class CopyFact(Flowable):  # type: ignore[misc]
    """One line about the copy being built: its page count or its copy mark."""

    def __init__(self, what: str, size: float = 8.5) -> None:
        super().__init__()
        self.what = what
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.avail = availWidth
        return (availWidth, self.size * 1.5)

    def text(self) -> str:
        doc = getattr(self.canv, "_doctemplate", None)
        if self.what == "pages":
            total = int(getattr(doc, "total_pages", 0) or 0)
            total += int(getattr(doc, "extra_pages", 0) or 0)  # annexes appended after it
            return (
                translate("Pack", "%s pages") % total if total != 1 else translate("Pack", "1 page")
            )
        copy = getattr(getattr(doc, "marking", None), "copy", None)
        return copy.text if copy is not None else ""

    def draw(self) -> None:
        from .page_marks import shorten_to

        text = shorten_to(self.text(), REGULAR, self.size, self.avail)
        draw_text(self.canv, 0, self.size * 0.4, text, REGULAR, self.size, "left")


class CoverPageCount(CopyFact):
    """The cover's "This copy has N pages, this cover included." (centred)."""

    def __init__(self) -> None:
        super().__init__("pages", size=10)

    def draw(self) -> None:
        text = translate("Pack", "This copy has %s, this cover included.") % self.text()
        draw_text(self.canv, self.avail / 2, self.size * 0.4, text, REGULAR, self.size, "center")


def _issue_line(copies: int, named: bool) -> str:
    if copies == 1:
        if named:
            return translate("Pack", "This issue has 1 numbered copy, issued to the person named.")
        return translate("Pack", "This issue has 1 numbered copy, not issued by name.")
    if named:
        text = translate(
            "Pack", "This issue has %s numbered copies, each issued to the person named."
        )
    else:
        text = translate("Pack", "This issue has %s numbered copies, not issued by name.")
    return text % copies


def distribution(data: PackData) -> list[Any]:
    """Who holds which copy of this issue (the register holds the same rows)."""
    w = PORTRAIT_W
    out: list[Any] = [
        Heading(esc(translate("Pack", "Distribution list")), styles()["h1"], key="distribution",
                level=0, toc_text=translate("Pack", "Distribution list")),
    ]  # fmt: skip
    if not data.distribution:
        return [
            *out,
            para(translate("Pack", "No copy of this issue is recorded."), "small"),
            PageBreak(),
        ]
    named = any(c.recipient for c in data.distribution)
    rows = [
        [
            translate("Pack", "%1 of %2")
            .replace("%1", str(c.copy_no))
            .replace("%2", str(c.copies_total)),
            c.recipient or translate("Pack", "Not named"),
        ]
        for c in data.distribution
    ]
    out.append(
        para(
            _issue_line(len(data.distribution), named),
            "small",
        )
    )
    out.append(Spacer(1, 4))
    out.append(
        grid(
            [translate("Pack", "Copy"), translate("Pack", "Issued to")], rows, [w * 0.18, w * 0.82]
        )
    )
    out.append(Spacer(1, 6))
    out.append(
        para(
            translate(
                "Pack",
                "The delegation secretary keeps the register of these copies; every holder "
                "returns the receipt at the end of the copy.",
            ),
            "small",
        )
    )
    return [*out, PageBreak()]


# the clearance steps the services name (pack_clearance), listed for lupdate
CLEARANCE_STEPS = (
    QT_TRANSLATE_NOOP("Pack", "Prepared by"),
    QT_TRANSLATE_NOOP("Pack", "Sent for review by"),
    QT_TRANSLATE_NOOP("Pack", "Approved by"),
)


def clearance_block(lines: tuple[ClearanceLine, ...], width: float) -> list[Any]:
    """Prepared by, cleared by, approved by: name, date and note (a step not taken: —)."""
    if not lines:
        return []
    rows = [
        [
            translate("Pack", line.step),
            (translate("Pack", NOT_NAMED) if line.who == NOT_NAMED else line.who) or NOBODY,
            line.when if line.who else "",
            line.note if line.who else "",
        ]
        for line in lines
    ]
    table = grid([translate("Pack", "Clearance"), translate("Pack", "Name"), translate("Pack", "Date"), ""], rows, [
        width * 0.18, width * 0.42, width * 0.22, width * 0.18])  # fmt: skip
    return [Spacer(1, 6), KeepTogether([table])]


def draft_notice() -> Any:
    draft = esc(translate("Pack", "DRAFT"))
    rest = esc(
        translate(
            "Pack", "the position on this item is not approved: do not use it as an agreed line."
        )
    )
    return xml(f'<font color="#8b1a1a"><b>{draft}</b></font> - {rest}', "small")


def receipt(data: PackData, classification: str, reference: str) -> list[Any]:
    """The last page: the holder signs for the copy and for its return or destruction."""
    w = PORTRAIT_W
    title = data.title
    if data.addendum_no:
        title += " - " + translate("Pack", "Addendum %s") % data.addendum_no
    facts: list[tuple[str, Any]] = [
        (translate("Pack", "Document"), title),
        (translate("Pack", "Event"), data.event_title),
        (translate("Pack", "Reference"), reference),
        (translate("Pack", "Classification"), classification.upper()),
        (translate("Pack", "Copy"), CopyFact("copy")),
        (translate("Pack", "Pages"), CopyFact("pages")),
    ]
    steps = (
        translate("Pack", "Received by"),
        translate("Pack", "Returned to the delegation secretary"),
        translate("Pack", "Destroyed by"),
        translate("Pack", "Destruction witnessed by"),
    )
    rows = [[para(step, "cell"), Spacer(1, 10 * mm), "", ""] for step in steps]  # room to sign
    header = [
        "",
        translate("Pack", "Name"),
        translate("Pack", "Signature"),
        translate("Pack", "Date"),
    ]
    heading = translate("Pack", "Receipt: return or destruction of this copy")
    return [
        Heading(esc(heading), styles()["h1"], key="receipt", level=0,
                toc_text=translate("Pack", "Receipt (return or destruction)"),
                outline_text=translate("Pack", RECEIPT_OUTLINE)),
        key_values(facts, [34 * mm, w - 34 * mm]),
        Spacer(1, 8 * mm),
        grid(header, rows, [w * 0.31, w * 0.23, w * 0.23, w * 0.23]),
        Spacer(1, 8 * mm),
        para(
            translate(
                "Pack",
                "Return this copy, with this page signed, to the delegation secretary at the end "
                "of the meeting, or destroy it as its classification requires and hand in this "
                "page signed by a witness. The secretary records the return or the destruction "
                "against the copy in the distribution register.",
            ),
            "small",
        ),
    ]  # fmt: skip
