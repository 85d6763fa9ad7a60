"""Yes/no questions in one place (tests replace ``ask`` instead of clicking a box)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def _ask(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    from PySide6.QtWidgets import QMessageBox  # (not to paint the window, #13)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setObjectName("confirmBox")
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes_button


# Tests replace this with a function that answers.
ask = _ask
