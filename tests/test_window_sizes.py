"""Every window and dialog fits a 1366x768 laptop screen at 125 % scaling (#22 item 3).

The catalogue (``tests/window_catalogue.WINDOWS``) builds each one as the app does, on
the demo store; each one's minimum size must be at most 1093x580, and each is grabbed
at 1093x614 into tests/artifacts/ (to look at).
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import ROOT, save_artifact
from tests.window_catalogue import MAX_MINIMUM, NOT_WINDOWS, SCREEN, WINDOWS

pytestmark = [pytest.mark.gui]


@pytest.fixture
def demo_window(window: Any, qtbot: Any, demo_path: Path) -> Any:
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(demo_path)
    qtbot.waitUntil(lambda: window.nav.model.rowCount() > 0, timeout=10_000)
    return window


def minimum_size(widget: QWidget) -> tuple[int, int]:
    """The smallest size the window takes (what a user gets dragging it smaller)."""
    widget.show()
    QApplication.processEvents()
    widget.resize(1, 1)
    QApplication.processEvents()
    size = widget.size()
    return size.width(), size.height()


def _window_classes() -> set[str]:
    """Classes under ui/ that are top-level windows: dialogs, main windows, widgets made
    with ``Qt.WindowType.Window``, and their subclasses (a private base such as
    ``_Running`` is not opened on its own)."""
    classes: dict[str, tuple[list[str], str]] = {}
    for path in (ROOT / "adgsom_desktop" / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = [ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases]
                classes[node.name] = (bases, ast.unparse(node))
    windows = {
        name
        for name, (bases, source) in classes.items()
        if any(b.endswith("Dialog") and b != "QProgressDialog" for b in bases)
        or "QMainWindow" in bases
        or ("WindowType.Window" in source and "QWidget" in bases)
        # QWidgets given a parent and shown on their own
        or name in ("TrackerWindow", "WeekWindow")
    }
    grown = True
    while grown:  # subclasses of windows are windows
        more = {n for n, (bases, _s) in classes.items() if set(bases) & windows} - windows
        windows |= more
        grown = bool(more)
    return {n for n in windows if not n.startswith("_")}


def test_the_catalogue_names_every_window_and_dialog() -> None:
    catalogue = {e.name for e in WINDOWS}
    assert len(catalogue) == len(WINDOWS)
    assert _window_classes() - NOT_WINDOWS == catalogue


@pytest.mark.slow
def test_every_window_and_dialog_fits_a_laptop_screen(qtbot: Any, demo_window: Any) -> None:
    too_big: dict[str, tuple[int, int]] = {}
    for entry in WINDOWS:
        widget = entry.build(demo_window)
        if widget is not demo_window:
            qtbot.addWidget(widget)
        assert type(widget).__name__ == entry.name
        w, h = minimum_size(widget)
        if w > MAX_MINIMUM[0] or h > MAX_MINIMUM[1]:
            too_big[entry.name] = (w, h)
        widget.resize(*SCREEN)
        QApplication.processEvents()
        save_artifact(widget, f"fit_{entry.name}")
        if widget is not demo_window:
            widget.close()
    assert not too_big, f"taller or wider than a 1366x768 screen at 125 %: {too_big}"
