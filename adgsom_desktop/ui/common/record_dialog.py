"""What the event and meeting dialogs share: the red problem line, OK and Cancel, and
saving through the caller's ``save`` so that a refusal keeps the dialog open.

A dialog takes values in and hands values out (``values()``).  The caller may set
``save``: on OK the dialog checks the values (``problem_in``), then calls
``save(values)``; an ``AppError`` from the store is shown in the dialog, on the
field it names, and nothing closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...errors import AppError
from .dialog_parts import problem_label


class RecordDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self._name = name
        # Set by the caller to save on OK; a refusal (AppError) is shown here, the dialog stays.
        self.save: Callable[[Any], object] | None = None
        self.problem = problem_label(self, f"{name}Problem", hidden=True)

    def button_box(self, ok_text: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName(f"{self._name}Ok")
        self.ok.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        return buttons

    # -- for the subclasses -------------------------------------------------------------------
    def values(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def problem_in(self, values: Any) -> tuple[str, str] | None:  # pragma: no cover
        raise NotImplementedError

    def field_widgets(self) -> dict[str, QWidget]:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- problems and OK ----------------------------------------------------------------------
    def show_problem(self, message: str, field: str = "") -> None:
        """Say what is wrong (from the dialog's checks or the store's) and go to the field."""
        self.problem.setText(message)
        self.problem.show()
        widget = self.field_widgets().get(field.lower().replace(" ", "_"))
        if widget is not None:
            widget.setFocus()

    def _accept(self) -> None:
        values = self.values()
        problem = self.problem_in(values)
        if problem is not None:
            self.show_problem(*problem)
            return
        if self.save is not None:
            try:
                self.save(values)
            except AppError as exc:
                self.show_problem(str(exc), getattr(exc, "field", ""))
                return
        self.problem.hide()
        self.accept()
