"""A language chosen in Settings (issue #24, item 3): the dialog says it takes effect at the
next start, and OK offers to start the app again now; "Restart now" closes the window (as
quitting does) and starts the same program again; "Later" leaves everything open."""

from __future__ import annotations

import sys
from typing import Any

import pytest


class _Recorder:
    started: list[tuple[str, list[str]]] = []
    quits: list[bool] = []

    @staticmethod
    def startDetached(program: str, args: list[str]) -> bool:
        _Recorder.started.append((program, list(args)))
        return True

    @staticmethod
    def quit() -> None:
        _Recorder.quits.append(True)


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> type[_Recorder]:
    from adgsom_desktop.ui.shell import restart

    _Recorder.started, _Recorder.quits = [], []
    monkeypatch.setattr(restart, "QProcess", _Recorder)
    monkeypatch.setattr(restart, "QApplication", _Recorder)
    return _Recorder


def test_the_dialog_says_a_new_language_needs_a_restart(qtbot: Any) -> None:
    from adgsom_desktop.ui.common.translation import current_language
    from adgsom_desktop.ui.shell.settings_dialog import SettingsDialog, SettingsValues

    dlg = SettingsDialog(SettingsValues(language=current_language()), [])
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.language_note.isVisible()  # the language shown: nothing to say
    other = "th" if current_language() != "th" else "vi"
    dlg.language.setCurrentIndex(dlg.language.findData(other))
    assert dlg.language_note.isVisible()
    assert "starts again" in dlg.language_note.text() and "restart" in dlg.language_note.text()
    dlg.language.setCurrentIndex(dlg.language.findData(current_language()))
    assert not dlg.language_note.isVisible()


def _offer(qtbot: Any, window: Any) -> Any:
    from PySide6.QtWidgets import QMessageBox

    from adgsom_desktop.ui.shell.settings_dialog import SettingsDialog, SettingsValues

    dlg = SettingsDialog(SettingsValues(language=window.preferences.language()), [])
    qtbot.addWidget(dlg)
    dlg.language.setCurrentIndex(dlg.language.findData("th"))
    window.apply_settings(dlg.values())
    box = window.findChild(QMessageBox, "restartForLanguage")
    assert box is not None and box.isVisible()
    assert "ไทย" in box.text()
    return box


def _button(box: Any, text: str) -> Any:
    return next(b for b in box.buttons() if b.text() == text)


def test_restart_now_closes_the_window_and_starts_the_app_again(
    qtbot: Any, window: Any, recorder: type[_Recorder]
) -> None:
    box = _offer(qtbot, window)
    _button(box, "Restart now").click()
    assert window.preferences.language() == "th"  # kept for the next start
    assert not window.isVisible()
    assert recorder.started == [(sys.executable, ["-m", "adgsom_desktop", *sys.argv[1:]])]
    assert recorder.quits == [True]


def test_later_leaves_the_window_open(qtbot: Any, window: Any, recorder: type[_Recorder]) -> None:
    box = _offer(qtbot, window)
    _button(box, "Later").click()
    assert window.isVisible() and recorder.started == [] and recorder.quits == []
    assert "starts again" in window.statusBar().currentMessage()
