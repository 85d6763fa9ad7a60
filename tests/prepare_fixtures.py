"""Fixtures and helpers for the "Prepare positions" GUI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Say yes to every confirmation (and record the questions)."""
    from adgsom_desktop.ui.common import confirm

    asked: list[tuple[str, str]] = []

    def ask(_parent: Any, title: str, text: str, _yes: str) -> bool:
        asked.append((title, text))
        return True

    monkeypatch.setattr(confirm, "ask", ask)
    return asked


def open_store(qtbot: Any, window: Any, path: Path) -> Any:
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(path)
    qtbot.waitUntil(lambda: window.nav.model.rowCount() > 0, timeout=10_000)
    return window.services


def show_tab(qtbot: Any, window: Any, kind: str, record_id: int, name: str) -> Any:
    """Select a record in the navigation and bring its tab ``name`` to the front."""
    qtbot.waitUntil(lambda: window.nav.model.index_for(kind, record_id).isValid(), timeout=5000)
    assert window.nav.select(kind, record_id)
    tabs = window.detail.tabs(kind)
    view = window.findChild(QWidget, name)
    tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: window.detail.current() == (kind, record_id), timeout=5000)
    return view


def type_text(widget: Any, text: str) -> None:
    """Type any script (qtbot.keyClicks must not get non-ASCII text: it sends key codes, not text)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tree_labels(model: Any) -> list[tuple[str, str]]:
    return [(r.number, r.title) for r in model.records()]


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(services: Any) -> None:
    """Wait until the store's write runner committed what it was handed (acknowledged)."""
    from adgsom_desktop.ui.common.runner import settle as settle_runner

    assert settle_runner(services), "the write runner did not finish"


def press_enter(qtbot: Any) -> Any:
    """exec_dialog for tests: show the dialog, press Enter, say whether it was accepted."""

    def drive(dlg: Any) -> bool:
        dlg.show()
        qtbot.waitExposed(dlg)
        target = QApplication.focusWidget() if dlg.isAncestorOf(QApplication.focusWidget()) else dlg
        qtbot.keyClick(target, Qt.Key.Key_Return)
        return bool(dlg.result())

    return drive
