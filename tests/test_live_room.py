"""In the room on a laptop screen (#22): live mode shows the mandate (item 1), a note is
corrected in place (item 7), search stays inside live mode (item 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from adgsom_desktop.domain.markup import to_plain
from tests.conftest import save_artifact
from tests.prepare_fixtures import settle
from tests.test_live_mode import CTRL, SHIFT, key, note, open_demo, som6, start_live

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def all_text(widget: Any) -> str:
    """Every text the window's labels and text boxes hold (what could be on screen)."""
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit

    out = [w.text() for w in widget.findChildren(QLabel)]
    out += [w.toPlainText() for w in widget.findChildren(QTextEdit)]
    out += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit)]
    return "\n".join(out)


def _go_to(qtbot: Any, live: Any, number: str) -> Any:
    assert live.jump_to(number)
    live.text.setFocus()
    return live.current_item


def test_live_mode_shows_the_mandate_collapses_and_hides_it(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    services = open_demo(qtbot, window, demo_path)
    live = start_live(qtbot, window, som6(services).id)
    live.resize(1280, 800)
    item = _go_to(qtbot, live, "3.2.a")
    brief = services.positions.get(item.id).content
    shown = live.mandate.shown_text()
    # Objective, stance, the ladder (opening, fallbacks, red line, authority), the Q&A.
    assert to_plain(brief.objective).split("\n")[0][:60] in shown
    assert "Support with amendments" in shown
    assert to_plain(brief.opening)[:40] in shown
    assert "Fallback 3" in shown and to_plain(brief.fallbacks[2])[:40] in shown
    assert "Red line" in shown and to_plain(brief.red_line)[:40] in shown
    assert brief.authority.label in shown
    assert to_plain(brief.defensive_lines[0].question)[:40] in shown
    assert live.mandate.body.isVisible()
    save_artifact(live, "live_mandate_1280x800")
    live.resize(1093, 614)
    QApplication.processEvents()
    save_artifact(live, "live_mandate_1093x614")

    # Another item: its own mandate; an item without a brief says so.
    _go_to(qtbot, live, "9")
    assert "No mandate drafted" in live.mandate.shown_text() or "Red line" in (
        live.mandate.shown_text()
    )
    _go_to(qtbot, live, "3.2.a")

    # Ctrl+M collapses it in one key (capture keeps the keyboard), and opens it again.
    key(qtbot, live, Qt.Key.Key_M, CTRL)
    assert live.mandate.collapsed and not live.mandate.body.isVisible()
    assert QApplication.focusWidget() is live.text
    save_artifact(live, "live_mandate_collapsed")
    key(qtbot, live, Qt.Key.Key_M, CTRL)
    assert not live.mandate.collapsed and live.mandate.body.isVisible()

    # F12: the mandate is off the screen at once; capture goes on.
    key(qtbot, live, Qt.Key.Key_F12)
    assert live.mandate.private and live.mandate.shown_text() == ""
    assert not live.mandate.body.isVisible() and live.mandate.hidden_note.isVisible()
    assert to_plain(brief.red_line)[:30] not in all_text(live)
    save_artifact(live, "live_mandate_private")
    live.speaker.setFocus()
    note(qtbot, live, "SG", "Singapore supports the revised KPIs")
    assert live.mandate.private  # a saved note does not bring the mandate back
    _go_to(qtbot, live, "4.1")
    assert live.mandate.shown_text() == ""  # nor does the next item
    key(qtbot, live, Qt.Key.Key_F12)
    assert not live.mandate.private
    assert "Red line" in live.mandate.shown_text()
    # The second privacy key, for keyboards where F12 needs Fn.
    key(qtbot, live, Qt.Key.Key_M, CTRL | SHIFT)
    assert live.mandate.private
    key(qtbot, live, Qt.Key.Key_M, CTRL | SHIFT)
    assert not live.mandate.private


def test_the_mandate_follows_an_edit_of_the_brief(qtbot: Any, window: Any, demo_path: Path) -> None:
    from dataclasses import replace

    services = open_demo(qtbot, window, demo_path)
    live = start_live(qtbot, window, som6(services).id)
    item = _go_to(qtbot, live, "4.1")
    pos = services.positions.get(item.id)
    services.positions.save(
        item.id,
        replace(pos.content, red_line="No binding dispute settlement"),
        expected_version=pos.version_no,
    )
    settle(services)
    qtbot.waitUntil(
        lambda: "No binding dispute settlement" in live.mandate.shown_text(), timeout=5000
    )


def test_a_side_panel_can_be_added_under_the_outcomes(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    services = open_demo(qtbot, window, demo_path)
    live = start_live(qtbot, window, som6(services).id)
    queue = QLabel("Speakers: SG, VN, MY")
    live.add_side_panel(queue)
    assert queue.isVisible() and queue.window() is live
    assert live.findChild(QWidget, "liveSide").isAncestorOf(queue)
