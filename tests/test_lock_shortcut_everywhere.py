"""Ctrl+L locks the app from any of its windows, not only the main one (acceptance review)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from adgsom_desktop.ui.security.security_feature import SecurityFeature
from tests.test_live_mode import open_demo, som6, start_live

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]

CTRL = Qt.KeyboardModifier.ControlModifier


def _lock(window: Any) -> Any:
    feature = next(f for f in window.features if isinstance(f, SecurityFeature))
    assert feature.lock is not None
    return feature.lock


def _press_ctrl_l(qtbot: Any, top: Any) -> None:
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget() or top, Qt.Key.Key_L, CTRL)


def _unlock(qtbot: Any, lock: Any) -> None:
    lock._attempt("")  # a plain store: the overlay's Unlock button
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=5000)


def test_ctrl_l_locks_from_the_counterparts_window_and_live_mode(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    services = open_demo(qtbot, window, demo_path)
    lock = _lock(window)
    assert window.findChild(object, "actLock").shortcut().toString() == "Ctrl+L"

    window.findChild(object, "actCounterparts").trigger()
    counterparts = next(
        w for w in QApplication.topLevelWidgets() if type(w).__name__ == "CounterpartsWindow"
    )
    qtbot.waitUntil(counterparts.isVisible)
    _press_ctrl_l(qtbot, counterparts)
    assert lock.is_locked
    assert any(o.parentWidget() is counterparts for o in lock.overlays)  # covered too
    _unlock(qtbot, lock)
    counterparts.close()

    live = start_live(qtbot, window, som6(services).id)
    _press_ctrl_l(qtbot, live)
    assert lock.is_locked
    assert any(o.parentWidget() is live for o in lock.overlays)
    _unlock(qtbot, lock)
    live.close()
