"""Help inside the app (#24 item 4): the guide and F1, the shortcut list, "What's new"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import ROOT, save_artifact
from tests.prepare_fixtures import open_store, show_tab

pytestmark = [pytest.mark.gui]


def _guide_titles() -> dict[str, str]:
    from adgsom_desktop.ui.shell.help_window import help_file, sections

    return dict(sections(help_file("guide").read_text(encoding="utf-8")))


def _press_f1(qtbot: Any, widget: QWidget) -> Any:
    """F1 in ``widget``'s window, as a user presses it (the guide closed first)."""
    window = widget.window()
    main = window if hasattr(window, "guide_window") else window.parentWidget().window()
    if main.guide_window is not None:
        main.guide_window.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    guide = main.guide_window
    assert guide is not None and guide.isVisible()
    return guide


def test_every_section_f1_can_open_is_in_the_guide_and_every_view_named_exists() -> None:
    from adgsom_desktop.ui.shell.help_window import VIEW_SECTIONS

    titles = _guide_titles()
    assert len(titles) >= 15
    assert set(VIEW_SECTIONS.values()) <= set(titles)
    source = "\n".join(p.read_text() for p in (ROOT / "adgsom_desktop" / "ui").rglob("*.py"))
    for name in VIEW_SECTIONS:  # an object name set, or a class, in the code: never stale
        assert re.search(rf'"{name}"|class {name}\b', source), name


def test_f1_opens_the_guide_at_the_section_of_the_view(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    services = open_store(qtbot, window, demo_path)
    titles = _guide_titles()
    meeting = max(services.events.meetings(), key=lambda m: len(services.agenda.items(m.id)))
    item = services.agenda.items(meeting.id)[0]
    editor = show_tab(qtbot, window, "item", item.id, "positionEditor")
    guide = _press_f1(qtbot, editor.form.objective)
    assert guide.top_line() == titles["position"]
    assert guide.contents.currentItem().text() == titles["position"]

    notes = show_tab(qtbot, window, "meeting", meeting.id, "meetingNotes")
    guide = _press_f1(qtbot, notes.table)
    assert guide.top_line() == titles["notes"]

    window.nav.tree.setFocus()  # the left pane
    guide = _press_f1(qtbot, window.nav.tree)
    assert guide.top_line() == titles["navigation"]
    guide.resize(1093, 614)
    save_artifact(guide, "help_guide")

    # From a window the main window opened: the tracker.
    from adgsom_desktop.ui.tracker.tracker_window import TrackerWindow

    tracker = TrackerWindow(services, window)
    qtbot.addWidget(tracker)
    tracker.show()
    guide = _press_f1(qtbot, tracker.table)
    assert guide.top_line() == titles["tracker"]
    assert (
        len([w for w in QApplication.topLevelWidgets() if type(w).__name__ == "GuideWindow"]) == 1
    )


def test_the_shortcut_list_holds_every_action_with_a_key(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    from adgsom_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog, keys_of

    open_store(qtbot, window, demo_path)
    window.act_shortcuts.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    qtbot.addWidget(dialog)
    rows = dialog.shown_rows()
    listed = {(what, keys) for _where, what, keys in rows}
    with_keys = [a for a in window.findChildren(QAction) if keys_of(a)]
    assert len(with_keys) >= 40  # the menus' and the views' (built for the list)
    for action in with_keys:
        what = action.text().replace("&", "")
        assert what, f"an action with a key and no name: {action.objectName()}"
        assert (what.strip(), keys_of(action)) in listed, (what, keys_of(action))
    assert ("Guide", "F1") in listed
    assert any(where == "Notes of a meeting" for where, _w, _k in rows)
    dialog.filter.setText("Ctrl+Shift+L")
    assert [w for _g, w, _k in dialog.shown_rows()] == ["&Live mode".replace("&", "")] or all(
        "Ctrl+Shift+L" in k for _g, _w, k in dialog.shown_rows()
    )
    assert dialog.shown_rows()
    dialog.filter.clear()
    dialog.resize(1093, 614)
    save_artifact(dialog, "help_shortcuts")


def test_whats_new_shows_once_after_an_upgrade(qtbot: Any, window: Any) -> None:
    from adgsom_desktop.ui.shell.help_commands import show_whats_new_once, whats_new_due

    assert not whats_new_due(None, False, "0.2.0")  # a first start
    assert whats_new_due(None, True, "0.2.0")  # used before this was recorded
    assert whats_new_due("0.1.0", True, "0.2.0")
    assert not whats_new_due("0.2.0", True, "0.2.0")

    prefs = window.preferences
    assert show_whats_new_once(window, "0.1.0") is None  # first start: recorded only
    assert prefs.version_seen() == "0.1.0"
    assert show_whats_new_once(window, "0.1.0") is None
    shown = show_whats_new_once(window, "0.2.0")  # the upgrade
    assert shown is not None and shown.isVisible()
    qtbot.addWidget(shown)
    assert "What's new" in shown.browser.toPlainText()
    shown.resize(1093, 614)
    save_artifact(shown, "help_whats_new")
    shown.close()
    assert show_whats_new_once(window, "0.2.0") is None  # once


def test_the_shortcut_list_holds_every_key_of_live_mode(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    """Live mode is a window of its own; its keys are listed from its own actions: every
    action of an open live window is in the list, under the guide's live mode section."""
    from adgsom_desktop.ui.room.live_mode import LiveWindow
    from adgsom_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog, keys_of

    services = open_store(qtbot, window, demo_path)
    window.act_shortcuts.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    qtbot.addWidget(dialog)
    live_title = _guide_titles()["live"]
    listed = {(what, keys) for where, what, keys in dialog.shown_rows() if where == live_title}
    meeting = max(services.events.meetings(), key=lambda m: len(services.agenda.items(m.id)))
    live = LiveWindow(services, meeting.id)
    qtbot.addWidget(live)
    actions = [a for a in live.actions() if keys_of(a)]
    assert len(actions) >= 35
    for action in actions:
        assert action.text(), action.objectName()
        assert (action.text(), keys_of(action)) in listed, (action.text(), keys_of(action))
    assert ("Hide the mandate now (and show it again)", "F12, Ctrl+Shift+M") in listed
    dialog.filter.setText("F9")
    assert ("Start or stop the speaking timer") in [w for _g, w, _k in dialog.shown_rows()]
    live.close()


def test_f1_in_a_modal_dialog_opens_the_guide_at_its_section(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    """A modal dialog holds the window's shortcuts back; F1 still opens the guide, one the
    user can read and scroll while the dialog stays open, at the dialog's section."""
    from PySide6.QtCore import QTimer

    from adgsom_desktop.ui.shell.help_window import GuideWindow

    open_store(qtbot, window, demo_path)
    seen: dict[str, Any] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "settingsDialog"
        field = dialog.findChild(QWidget, "userName")
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_F1)
        guide = dialog.findChild(GuideWindow)
        seen["guide"] = guide is not None and guide.isVisible()
        seen["section"] = guide.contents.currentItem().text() if guide else ""
        seen["modal"] = QApplication.activeModalWidget() is dialog
        dialog.reject()

    QTimer.singleShot(200, in_the_dialog)
    window.edit_settings()
    assert seen == {"guide": True, "section": _guide_titles()["start"], "modal": True}


@pytest.mark.parametrize(("language", "first"), [("th", "เริ่มต้นใช้งาน"), ("vi", "Bắt đầu")])
def test_the_guide_in_thai_and_vietnamese_has_every_section(
    qtbot: Any, qapp: Any, language: str, first: str
) -> None:
    """The interface in Thai or Vietnamese opens a translated guide: the same sections (F1
    finds them by id), titled in the language."""
    from adgsom_desktop.ui.common import translation
    from adgsom_desktop.ui.shell.help_window import GuideWindow, help_file, sections

    english = [key for key, _t in sections(help_file("guide", "en").read_text(encoding="utf-8"))]
    translation.install(qapp, language)
    try:
        guide = GuideWindow()
        qtbot.addWidget(guide)
        assert guide.section_keys() == english
        assert guide.contents.item(0).text() == first
        guide.show_section("live")
        assert "F12" in guide.browser.toPlainText()
        assert guide.contents.currentItem().text() != "Live mode (in the room)"
    finally:
        translation.install(qapp, "en")
