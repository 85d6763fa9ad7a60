"""What a keyboard and screen-reader user meets in a window (#24 item 1).

``names_missing`` lists the focusable widgets a screen reader announces with no name (or
with a bare symbol such as "↑"); ``tab_order_breaks`` lists the Tab steps that break the
reading order "the next widget is lower in its column, or at the top of the column to
its right". Both look at a window as it is shown: ``states`` brings every page of its tab
widgets and stacks to the front in turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QWidget,
)

TOLERANCE = 4  # pixels: widgets of one row are not always aligned to the pixel


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (Qt's accessibility interface: the explicit
    accessible name, else the text of a button or of a label buddied to the field)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in the order it visits them (Qt's rule in
    ``QWidget::focusNextPrevChild``: tab focus, visible, enabled, no focus proxy)."""
    stops: list[QWidget] = []
    seen: set[int] = set()
    last = window.previousInFocusChain()  # never asked for its next (see a11y._block)
    w = window.nextInFocusChain()
    while w is not window and id(w) not in seen:
        seen.add(id(w))
        if (
            w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and w.isVisibleTo(window)
            and w.isEnabled()
            and w.focusProxy() is None
            and window.isAncestorOf(w)
            and w.window() is window
        ):
            stops.append(w)
        if w is last:
            break
        w = w.nextInFocusChain()
    return stops


def describe(widget: QWidget) -> str:
    name = accessible_name(widget) or widget.objectName() or ""
    return f"{type(widget).__name__}({name!r})"


def names_missing(widgets: list[QWidget]) -> list[str]:
    """Focusable widgets announced with no name, or with no letter in it (a bare symbol)."""
    return [describe(w) for w in widgets if not any(ch.isalpha() for ch in accessible_name(w))]


KEY_IN_TIP = re.compile(r"\((?:Ctrl|Alt|Shift|F\d+|Enter|Esc|Del)[^)]*\)")


def keyless_buttons(window: QWidget) -> list[str]:
    """Visible buttons that Tab never reaches and that have no key: an action the keyboard
    cannot reach. A key is the button's action's shortcut, or one its tooltip or face
    names ("Bold (Ctrl+B)"); radio buttons move with the arrow keys inside their group."""
    out = []
    for b in window.findChildren(QAbstractButton):
        if b.window() is not window or not b.isVisibleTo(window) or not b.isEnabled():
            continue
        if b.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(b, QRadioButton):
            continue
        if b.objectName().startswith("qt_"):  # a table's corner button
            continue
        action = b.defaultAction() if isinstance(b, QToolButton) else None
        if action is not None and action.shortcuts():
            continue
        if KEY_IN_TIP.search(f"{b.toolTip()} {b.text()}"):
            continue
        out.append(describe(b))
    return out


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@dataclass(frozen=True)
class Break:
    before: str
    after: str
    why: str


def step_breaks(a: QRect, b: QRect) -> str | None:
    """Why going from ``a`` to ``b`` breaks the reading order, or None.

    On one row (their heights overlap), the next widget is to the right. Otherwise it
    is lower, or it is in a column to the right (at its top: going back up later is a
    break, so a column entered half-way fails when its top comes)."""
    same_row = b.top() < a.bottom() - TOLERANCE and a.top() < b.bottom() - TOLERANCE
    right_column = b.left() >= a.right() - TOLERANCE
    if same_row and abs(a.top() - b.top()) <= TOLERANCE * 2:
        return None if b.left() >= a.left() else "left on the same row"
    if b.top() >= a.top() - TOLERANCE:
        if same_row and b.right() <= a.left() + TOLERANCE:
            return "left on the same row"
        return None
    return None if right_column else "back up in the same column, or a column to the left"


def seen_from(widget: QWidget, other: QWidget, window: QWidget) -> QRect:
    """Where ``widget`` is, seen from ``other``'s side: kept inside each of its containers
    that does not hold ``other`` too. A field scrolled out of its scroll area's view is at
    the view's edge for a widget outside the area (Tab scrolls it into view there); two
    fields of one scroll area compare where they are in it."""
    r = rect_in(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window and not parent.isAncestorOf(other):
        box = rect_in(parent, window)
        top = min(max(r.top(), box.top()), box.bottom())
        bottom = min(max(r.bottom(), box.top()), box.bottom())
        left = min(max(r.left(), box.left()), box.right())
        right = min(max(r.right(), box.left()), box.right())
        r = QRect(QPoint(left, top), QPoint(right, bottom))
        parent = parent.parentWidget()
    return r


def tab_order_breaks(window: QWidget) -> list[Break]:
    stops = [w for w in tab_stops(window) if w.width() > 0 and w.height() > 0]
    out = []
    for a, b in pairwise(stops):
        why = step_breaks(seen_from(a, b, window), seen_from(b, a, window))
        if why:
            out.append(Break(describe(a), describe(b), why))
    return out


def states(window: QWidget) -> Iterator[str]:
    """Bring each page of each tab widget and stack in ``window`` to the front in turn
    (yields a label of the page shown); the first state is the window as it is."""
    yield "as opened"
    for holder in window.findChildren(QTabWidget) + window.findChildren(QStackedWidget):
        if holder.window() is not window or not holder.isVisibleTo(window):
            continue
        if isinstance(holder.parentWidget(), QTabWidget):
            continue  # a tab widget's own stack: its tabs are walked
        before = holder.currentIndex()
        for i in range(holder.count()):
            holder.setCurrentIndex(i)
            QApplication.processEvents()
            label = holder.tabText(i) if isinstance(holder, QTabWidget) else str(i)
            yield f"{holder.objectName() or type(holder).__name__}: {label}"
        holder.setCurrentIndex(before)
        QApplication.processEvents()
