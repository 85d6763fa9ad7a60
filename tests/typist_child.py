"""Child process for the "kill while typing" test: the real window, a scripted typist.

Usage: python tests/typist_child.py STORE ITEM_ID LOG INTERVAL_MS

Opens STORE in the real main window, shows the position editor of ITEM_ID and
types into the objective without pause, one character every INTERVAL_MS, as key
presses (ASCII) or input-method commits (other scripts).  After each character
reaches the editor it appends one line to LOG (the character), so the parent,
which kills this process with SIGKILL at some moment, knows what was typed.
Each time the runner acknowledges a save (committed: the editor may show it as
saved), it appends the length of the objective then saved to LOG + ".ack":
everything acknowledged must be found on disk after the kill.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = (
    "Thailand supports the draft and asks for a mid-term review in 2028; "
    "Việt Nam và Singapore ủng hộ; ประเทศไทยสนับสนุน. "
) * 20


def main() -> int:
    store, item_id, log_path, interval = (
        Path(sys.argv[1]),
        int(sys.argv[2]),
        Path(sys.argv[3]),
        int(sys.argv[4]),
    )
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from adgsom_desktop.app import build_window
    from adgsom_desktop.ui.shell.preferences import Preferences

    app = QApplication(sys.argv)
    window = build_window(app, Preferences(log_path.with_suffix(".ini")))
    window.resize(1200, 800)
    window.show()
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    acks = os.open(str(log_path) + ".ack", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    state = {"n": 0}

    def acknowledging(editor: Any) -> None:
        """Log each acknowledgement the editor's presenter hands the editor."""
        shown = editor.brief_saved

        def brief_saved(brief: Any) -> None:
            os.write(acks, f"{len(brief.saved.objective)}\n".encode())
            shown(brief)

        editor.brief_saved = brief_saved

    def type_next() -> None:
        editor = window.findChild(QWidget, "positionEditor")
        target = editor.form.objective
        ch = TEXT[state["n"] % len(TEXT)]
        if ch.isascii():
            QTest.keyClicks(target, ch)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QApplication.sendEvent(target, event)
        state["n"] += 1
        os.write(log, (ch + "\n").encode("utf-8"))

    def start_typing() -> None:
        window.nav.select("item", item_id)
        editor = window.findChild(QWidget, "positionEditor")
        acknowledging(editor)
        window.detail.tabs("item").setCurrentWidget(editor)
        editor.form.objective.setFocus()
        timer = QTimer(window)
        timer.setInterval(interval)
        timer.timeout.connect(type_next)
        timer.start()

    def opened(_services: object) -> None:
        def wait_for_tree() -> None:
            if window.nav.model.index_for("item", item_id).isValid():
                start_typing()
            else:
                QTimer.singleShot(20, wait_for_tree)

        wait_for_tree()

    window.controller.opened.connect(opened)
    QTimer.singleShot(0, lambda: window.controller.open_path(store))
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
