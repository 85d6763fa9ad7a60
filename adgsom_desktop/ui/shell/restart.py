"""Start ADGSOM Desktop again: a new interface language takes effect at start (Settings offers
a restart rather than a half-translated window; see docs/ARCHITECTURE.md)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QWidget


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this app (the frozen build, or the module)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "adgsom_desktop", *sys.argv[1:]]


def restart(window: QWidget) -> bool:
    """Close ``window`` (it asks about unsaved work as on quitting), then start again.
    False, and nothing done, when the user keeps the window open."""
    if not window.close():
        return False
    program, args = restart_command()
    QProcess.startDetached(program, args)
    QApplication.quit()
    return True
