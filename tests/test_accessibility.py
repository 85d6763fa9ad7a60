"""Every window and dialog is usable with a keyboard and a screen reader (#24 item 1).

The walk covers the window catalogue (``tests/window_catalogue.WINDOWS``, the same list
as the window-size test), every page of every tab widget in each, and in the main window
an event, a meeting and an agenda item whose brief is a draft with fallbacks, points,
their objectives and Q&A rows (the Position tab as a user edits it). It fails on a
focusable widget with no accessible name (or a bare symbol such as "↑" for a name), on a
Tab step that breaks the reading order (``tests/a11y_checks.step_breaks``), and on a
button that neither Tab nor a key reaches.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from tests.a11y_checks import (
    accessible_name,
    keyless_buttons,
    names_missing,
    states,
    step_breaks,
    tab_order_breaks,
    tab_stops,
)
from tests.window_catalogue import SCREEN, WINDOWS, _meeting

pytestmark = [pytest.mark.gui]


@pytest.fixture
def demo_window(window: Any, qtbot: Any, demo_path: Path) -> Any:
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(demo_path)
    qtbot.waitUntil(lambda: window.nav.model.rowCount() > 0, timeout=10_000)
    return window


def _draft_item(window: Any) -> int:
    """The draft brief of the demo's busiest meeting with the most rows to reorder."""
    from adgsom_desktop.domain.enums import PositionStatus

    s = window.services
    best: tuple[int, int] | None = None
    for item in s.agenda.items(_meeting(window).id):
        pos = s.positions.get(item.id)
        if pos is None or pos.status is not PositionStatus.DRAFT:
            continue
        c = pos.content
        rows = len(c.fallbacks) + len(c.points) + len(c.their_objectives)
        has_rows = c.fallbacks and c.their_objectives and c.defensive_lines
        if has_rows and (best is None or rows > best[0]):
            best = (rows, item.id)
    assert best is not None, "the demo has no draft brief with rows"
    return best[1]


def _records(window: Any) -> list[tuple[str, int] | None]:
    m = _meeting(window)
    return [("event", m.event_id), ("meeting", m.id), ("item", _draft_item(window))]


def walk(qtbot: Any, window: Any, widget: QWidget) -> Iterator[str]:
    """Each state of ``widget`` in turn (the main window: for each kind of record)."""
    records: list[tuple[str, int] | None] = [None]
    if widget is window:
        records = list(_records(window))
    for record in records:
        if record is not None:
            qtbot.waitUntil(lambda r=record: window.nav.model.index_for(*r).isValid(), timeout=5000)
            assert window.nav.select(*record)
            qtbot.waitUntil(lambda r=record: window.detail.current() == r, timeout=5000)
            QApplication.processEvents()
        for state in states(widget):
            yield f"{record[0] if record else ''} {state}".strip()


def _each_window(qtbot: Any, window: Any) -> Iterator[tuple[str, QWidget]]:
    for entry in WINDOWS:
        widget = entry.build(window)
        if widget is not window:
            qtbot.addWidget(widget)
        widget.resize(*SCREEN)
        widget.show()
        QApplication.processEvents()
        yield entry.name, widget
        if widget is not window:
            widget.close()


def rule_report(qtbot: Any, window: Any, name: str, widget: QWidget) -> tuple[int, list[str]]:
    """The rule on one window in every state ``walk`` brings it to: focusable widgets
    with no name, Tab steps out of the reading order, buttons neither Tab nor a key
    reaches. Returns how many focusable widgets are named, and what breaks the rule."""
    stops: dict[int, QWidget] = {}
    breaks: list[str] = []
    unreachable: list[str] = []
    for state in walk(qtbot, window, widget):
        for stop in tab_stops(widget):
            stops[id(stop)] = stop
        unreachable += [b for b in keyless_buttons(widget) if b not in unreachable]
        for b in tab_order_breaks(widget):
            step = f"{name}: [{state}] {b.before} -> {b.after}: {b.why}"
            if step not in breaks:
                breaks.append(step)
    missing = names_missing(list(stops.values()))
    report = [f"{name}: unnamed {missing}"] if missing else []
    report += breaks
    report += [f"{name}: no key and no Tab stop {unreachable}"] if unreachable else []
    return len(stops) - len(missing), report


@pytest.mark.slow
def test_every_focusable_widget_has_a_name_and_tab_follows_the_reading_order(
    qtbot: Any, demo_window: Any
) -> None:
    report: list[str] = []
    named = windows = 0
    for name, widget in _each_window(qtbot, demo_window):
        windows += 1
        count, found = rule_report(qtbot, demo_window, name, widget)
        named += count
        report += found
    print(f"\n{windows} windows walked, {named} focusable widgets named")
    assert windows == len(WINDOWS)
    assert not report, "\n".join(report)


def test_the_reading_order_rule() -> None:
    """The rule itself, on rectangles: down a column, across a row, up to the next column."""

    def r(x: int, y: int, w: int = 100, h: int = 26) -> QRect:
        return QRect(x, y, w, h)

    assert step_breaks(r(0, 0), r(0, 40)) is None  # lower in the column
    assert step_breaks(r(0, 0), r(120, 0)) is None  # next on the row
    assert step_breaks(r(0, 300), r(120, 0)) is None  # top of the column to the right
    assert step_breaks(r(300, 40), r(0, 80)) is None  # the next row starts at the left
    assert step_breaks(r(0, 80), r(0, 40)) is not None  # back up the same column
    assert step_breaks(r(120, 0), r(0, 0)) is not None  # left on the same row
    assert step_breaks(r(120, 300), r(0, 0)) is not None  # up into a column to the left


def test_tab_goes_from_opening_through_the_fallbacks_to_the_red_line(qtbot: Any) -> None:
    """The finding of #24: Tab jumped from Opening to "Add a fallback", then past the
    whole form (rows made after the form came last), and ↑ ↓ ✕ were bare symbols."""
    from adgsom_desktop.services.position_records import PositionContent
    from adgsom_desktop.ui.positions.position_form import PositionForm

    form = PositionForm()
    qtbot.addWidget(form)
    form.set_content(PositionContent(opening="Start", fallbacks=("One", "Two"), red_line="No"))
    form.resize(700, 1200)
    form.show()
    form.fallbacks.add_row(after=0, focus=True)  # a row added between the two
    form.fallbacks.move_row(2, -1)  # and one moved up
    names = [accessible_name(w) for w in tab_stops(form)]
    start = names.index("Opening")
    assert names[start : start + 15] == [
        "Opening",
        *("Fallback 1", "Move up", "Move down", "Remove Fallback 1"),
        *("Fallback 2", "Move up", "Move down", "Remove Fallback 2"),
        *("Fallback 3", "Move up", "Move down", "Remove Fallback 3"),
        "Add a fallback",
        "Red line",
    ]
    assert [r.value() for r in form.fallbacks.rows()] == ["One", "Two", ""]


def _region(window: Any, dock: QWidget, w: QWidget | None) -> str:
    if w is not None and window.nav.isAncestorOf(w):
        return "nav"
    if w is not None and window.detail.isAncestorOf(w):
        return "view"
    if w is not None and dock.isAncestorOf(w):
        return "dock"
    return "other"


@pytest.mark.slow
def test_tab_follows_the_reading_order_after_a_second_store_opens(
    qtbot: Any, demo_window: Any, demo_master: Path, tmp_path: Path
) -> None:
    """Open a store, then another through the same window, with the action items dock
    shown (View > Action items, made for each store as it opens): the views built for
    the second store (event, meeting, item tabs, built when a record of their kind is
    first shown; the start page; the rows of a brief) join the Tab chain in reading
    order, after the navigation pane on their left and before the dock below, not at
    the chain's end after the dock. The whole rule of the window catalogue test holds
    in that state, and pressing Tab from the tree goes through the brief to the dock."""
    import shutil

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    window = demo_window
    action = window.findChild(QAction, "actActionItems")
    dock = window.findChild(QDockWidget, "actionItemsDock")
    action.trigger()  # the dock, shown
    assert dock.isVisible()
    second = tmp_path / "second" / "demo.adgsom"
    second.parent.mkdir()
    shutil.copyfile(demo_master, second)
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(second)
    assert window.services.locator.path == second
    qtbot.waitUntil(lambda: window.nav.model.rowCount() > 0, timeout=10_000)
    if not dock.isVisible():
        action.trigger()
    assert dock.isVisible()
    breaks: list[str] = []
    for state in walk(qtbot, window, window):
        regions = [_region(window, dock, s) for s in tab_stops(window)]
        assert "nav" in regions and "dock" in regions, state
        # the pane on the left, then the record's views on the right, then the dock below
        if _runs_of(regions) not in (["nav", "view", "dock"], ["nav", "dock"]):
            breaks.append(f"[{state}] Tab visits {' '.join(_runs_of(regions))}")
    count, report = rule_report(qtbot, window, "main window, second store", window)
    assert count > 0
    assert not breaks + report, "\n".join(dict.fromkeys(breaks + report))

    # Tab pressed from the tree, with the draft brief's Position tab shown
    item = ("item", _draft_item(window))
    assert window.nav.select(*item)
    qtbot.waitUntil(lambda: window.detail.current() == item, timeout=5000)
    tabs = window.detail.tabs("item")
    tabs.setCurrentWidget(tabs.findChild(QWidget, "positionEditor"))
    QApplication.processEvents()
    window.activateWindow()
    window.nav.tree.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is window.nav.tree, timeout=5000)
    visited: list[QWidget] = [window.nav.tree]
    for _ in range(len(tab_stops(window)) + 1):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        visited.append(window.focusWidget())
        if dock.isAncestorOf(visited[-1]):
            break
    assert _runs_of([_region(window, dock, w) for w in visited]) == ["nav", "view", "dock"]
    names = [accessible_name(w) for w in visited]
    opening = names.index("Opening")
    assert names[opening + 1 : opening + 3] == ["Fallback 1", "Move up"], names
    assert names.index("Add a fallback") < names.index("Red line") < len(names) - 1


def _runs_of(regions: list[str]) -> list[str]:
    """The regions in the order Tab visits them, each run of one region once."""
    known = [r for r in regions if r != "other"]
    return [r for i, r in enumerate(known) if i == 0 or known[i - 1] != r]


def test_a_part_put_in_the_tab_chain_leaves_the_windows_dialogs_alive(qtbot: Any) -> None:
    """``attach_after`` walks the part's widgets only: had it asked the part's last
    widget for the next one (the window), PySide would make the window a child of it,
    and deleting the part (the next store's views replace it) would mark the buttons of
    the window's dialogs deleted: "Internal C++ object already deleted" (test_trip_gui)."""
    import shiboken6
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

    from adgsom_desktop.ui.common import a11y

    window = QWidget()
    qtbot.addWidget(window)
    tree = QLineEdit(window)
    part = QDialogButtonBox(window)  # its buttons are made by Qt, not by Python
    part.addButton(QDialogButtonBox.StandardButton.Ok)
    part.addButton(QDialogButtonBox.StandardButton.Cancel)
    a11y.attach_after(tree, part)
    assert [accessible_name(w) for w in a11y.stops_in(window)] == ["", "OK", "Cancel"]
    assert a11y.stops_in(part)[-1] is window.previousInFocusChain()  # the chain's end
    dialog = QDialog(window)
    button = QDialogButtonBox(dialog).addButton(QDialogButtonBox.StandardButton.Close)
    shiboken6.delete(part)
    assert shiboken6.isValid(button)
    button.setText("Close")
