"""Speaker entry: a few letters of a code or a name in any script, with completion.

"VN", "viet", "Thai", "ສປປ" all find their delegation (``DelegationService.
match_speaker``). What will be saved is shown beside the field as the user types.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ..common import a11y

MAX_SPEAKER_CHARS = 120


class SpeakerField(QLineEdit):
    resolved_changed = Signal(object)  # SpeakerCandidate | None

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("speakerField")
        a11y.name(
            self,
            self.tr("Speaker"),
            self.tr("The delegation speaking: a code or a few letters"),
        )
        self.setMaxLength(MAX_SPEAKER_CHARS)
        self.setPlaceholderText(self.tr("Speaker: VN, viet, Thai, ສປປ…"))
        self.setClearButtonEnabled(True)
        self._candidates: list[Any] = []
        self._for_text = ""
        self._chosen: Any = None
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(8)
        self.completer_.activated.connect(self._on_activated)  # type: ignore[call-overload]
        self.setCompleter(self.completer_)
        self.textEdited.connect(self._on_edited)

    # -- completion -----------------------------------------------------------------
    def _on_edited(self, text: str) -> None:
        self._chosen = None
        self._for_text = text.strip()
        try:
            self._candidates = self.services.delegations.match_speaker(text, limit=8)
        except Exception:  # a closed store mid-typing: no suggestions, no crash
            self._candidates = []
        self._model.setStringList([c.label for c in self._candidates])
        if self._candidates and text.strip():
            self.completer_.complete()
        self.resolved_changed.emit(self.resolved())

    def _on_activated(self, label: str) -> None:
        found = next((c for c in self._candidates if c.label == label), None)
        if found is not None:
            self._chosen = found
            self.resolved_changed.emit(found)

    def popup_visible(self) -> bool:
        popup = self.completer_.popup()
        return popup is not None and popup.isVisible()

    # -- what will be saved -----------------------------------------------------------
    def resolved(self) -> Any:
        """The candidate this text stands for (best match), or None."""
        text = self.text().strip()
        if not text:
            return None
        if self._chosen is not None and self._chosen.label == text:
            return self._chosen
        label = next((c for c in self._candidates if c.label == text), None)
        if label is not None:
            return label
        if self._candidates and self._for_text == text:
            return self._candidates[0]
        try:
            found = self.services.delegations.match_speaker(text, limit=1)
        except Exception:
            return None
        return found[0] if found else None

    def set_speaker(self, candidate: Any) -> None:
        self._chosen = candidate
        self._candidates = [candidate] if candidate is not None else []
        self.setText(candidate.label if candidate is not None else "")
        self.resolved_changed.emit(candidate)

    def reset(self) -> None:
        self._chosen = None
        self._candidates = []
        self._model.setStringList([])
        self.clear()
        self.resolved_changed.emit(None)
