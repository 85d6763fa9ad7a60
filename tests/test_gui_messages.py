"""Success messages carry the information icon, failures the red one (#22 item 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from adgsom_desktop.errors import AppError, ValidationError
from adgsom_desktop.ui.common import errors
from adgsom_desktop.ui.common.errors import Level

pytestmark = [pytest.mark.gui]


def test_store_information_is_information_not_an_error(
    window: Any, qtbot: Any, demo_path: Path, messages: list[Any]
) -> None:
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(demo_path)
    action = window.findChild(type(window.act_quit), "actInfo")
    action.trigger()
    title, text, level = messages[-1]
    assert title == "Store information" and "demo.adgsom" in text
    assert level is Level.INFORMATION


def test_each_level_has_its_own_icon(qtbot: Any, messages: list[Any]) -> None:
    errors.show_message(None, "Pack issued.", "Pack issued", warning=False)
    errors.show_message(None, "Add a meeting first.")
    errors.show_error(None, AppError("The disk is full."))
    errors.show_error(None, ValidationError("The title cannot be empty."))
    assert [m[2] for m in messages] == [
        Level.INFORMATION,
        Level.WARNING,
        Level.ERROR,
        Level.WARNING,
    ]
    icons = {level: errors.message_box(None, "t", "x", level).icon() for level in Level}
    assert icons == {
        Level.INFORMATION: QMessageBox.Icon.Information,
        Level.WARNING: QMessageBox.Icon.Warning,
        Level.ERROR: QMessageBox.Icon.Critical,
    }
