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


@pytest.mark.slow
def test_every_focusable_widget_has_a_name_and_tab_follows_the_reading_order(
    qtbot: Any, demo_window: Any
) -> None:
    unnamed: dict[str, list[str]] = {}
    breaks: dict[str, list[str]] = {}
    unreachable: dict[str, list[str]] = {}
    named = windows = 0
    for name, widget in _each_window(qtbot, demo_window):
        windows += 1
        stops: dict[int, QWidget] = {}
        for state in walk(qtbot, demo_window, widget):
            for stop in tab_stops(widget):
                stops[id(stop)] = stop
            for button in keyless_buttons(widget):
                if button not in unreachable.get(name, []):
                    unreachable.setdefault(name, []).append(button)
            for b in tab_order_breaks(widget):
                step = f"[{state}] {b.before} -> {b.after}: {b.why}"
                if step not in breaks.get(name, []):
                    breaks.setdefault(name, []).append(step)
        missing = names_missing(list(stops.values()))
        if missing:
            unnamed[name] = missing
        named += len(stops) - len(missing)
    print(f"\n{windows} windows walked, {named} focusable widgets named")
    assert windows == len(WINDOWS)
    report = [f"{n}: unnamed {v}" for n, v in unnamed.items()]
    report += [f"{n}: {step}" for n, steps in breaks.items() for step in steps]
    report += [f"{n}: no key and no Tab stop {v}" for n, v in unreachable.items()]
    assert not unnamed and not breaks and not unreachable, "\n".join(report)


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
