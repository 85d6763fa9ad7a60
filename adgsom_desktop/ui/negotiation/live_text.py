"""Live mode's paragraph under negotiation: on screen with its brackets and our amendment.

When the agenda item on screen has an outcome document negotiated under it, the
paragraph being read sits under the capture box. Keys (live mode's window):

- F5 agreed, F6 agreed ad ref, F7 still bracketed, F8 pending;
- Ctrl+Shift+↓ / ↑ next / previous paragraph, Ctrl+Shift+N next one still open;
- Ctrl+Shift+U: the delegation in the speaker box lifted its bracket; Ctrl+Shift+K: kept it
  (Ctrl+L stays the lock of the app).
  Whatever is typed in the capture box goes into that note, which feeds the stance map
  (lifted: support; kept: reserve).

``LiveText`` is a part of ``room.live_mode.LiveWindow`` (the window owns the widgets).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ParagraphStatus
from ...errors import AppError
from ..common import theme
from ..common.errors import show_error
from ..common.theme import tone
from .amendment_dialog import state_labels
from .live_presenter import LiveTextPresenter
from .paragraph_model import status_colour, status_labels
from .render import diff_html, esc, paragraph_html

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (QT_TRANSLATE_NOOP("Labels", "Ours"),)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    _Base = QWidget
else:
    _Base = object

TEXT_KEYS = (
    (ParagraphStatus.AGREED, "F5"),
    (ParagraphStatus.AGREED_AD_REF, "F6"),
    (ParagraphStatus.BRACKETED, "F7"),
    (ParagraphStatus.PENDING, "F8"),
)
TEXT_KEY_HELP = QT_TRANSLATE_NOOP(
    "Labels",
    "F5/F6/F7/F8 paragraph agreed / ad ref / bracketed / pending · Ctrl+Shift+↓/↑ paragraph · "
    "Ctrl+Shift+N next open · Ctrl+Shift+U lifted / Ctrl+Shift+K kept its bracket (speaker box)",
)


class TextPanel(QFrame):
    """The paragraph under negotiation (shown only when the item has a document)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveText")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document = QComboBox(self)
        self.document.setObjectName("liveTextDocument")
        self.counts = QLabel(self)
        self.counts.setObjectName("liveTextCounts")
        self.counts.setStyleSheet("font-weight: bold;")
        tone(self.counts, "heading")
        self.where = QLabel(self)
        self.where.setObjectName("liveTextWhere")
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.body = QTextBrowser(self)
        self.body.setObjectName("liveTextBody")
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(self)
        self.hint.setObjectName("liveTextHint")
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.document, 1)
        top.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hint)
        self._status = status_labels()
        self._states = state_labels()
        self._shown: LiveTextPresenter | None = None
        theme.watch(self, self._show_again)

    def _show_again(self) -> None:
        if self._shown is not None:
            self.show_state(self._shown)

    def show_state(self, p: LiveTextPresenter) -> None:
        self._shown = p
        self.setVisible(p.active)
        if not p.active:
            return
        self.document.blockSignals(True)
        self.document.clear()
        for d in p.documents:
            self.document.addItem(d.title, d.id)
        if p.document is not None:
            self.document.setCurrentIndex(self.document.findData(p.document.id))
        self.document.blockSignals(False)
        self.counts.setText(p.counts_text)
        para = p.current
        if para is None:
            return
        colour = status_colour(para.status)
        self.where.setText(
            f"<b>{esc(para.label)}</b> "
            f"<span style='background:{colour}'>&nbsp;{esc(self._status[para.status])}&nbsp;</span>"
            f" {theme.current().span('muted', f'({p.index + 1}/{len(p.paragraphs)})')}"
        )
        parts = [f"<p>{paragraph_html(para)}</p>"]
        for b in para.brackets:
            state = f" — {esc(b.state_note)}" if b.state_note else ""
            parts.append(f"<p>[ ] {esc(b.summary)}{state}</p>")
        for a in p.ours():
            parts.append(
                f"<p><b>{esc(self.tr('Ours'))} ({esc(self._states[a.state])}):</b> "
                f"{diff_html(a.segments)}</p>"
            )
        self.body.setHtml("".join(parts))


class LiveText(_Base):
    """The text panel's part of live mode: its keys and what they do."""

    # Set by LiveWindow.
    services: Any
    meeting: Any
    text_panel: TextPanel
    text_presenter: LiveTextPresenter
    speaker: Any
    text: Any
    stances: Any
    jump: QLineEdit

    def _build_text_panel(self) -> TextPanel:
        self.text_presenter = LiveTextPresenter(self.services, self.meeting.id, self.origin)
        self.text_panel = TextPanel(self)
        self.text_panel.document.activated.connect(self._text_document_chosen)
        self.text_panel.hide()
        return self.text_panel

    def _text_actions(self, act: Any) -> None:
        for status, key in TEXT_KEYS:
            act(
                f"liveTextKey_{status.value}",
                [key],
                lambda _c=False, s=status: self.mark_paragraph(s),
            )
        act("liveTextNext", ["Ctrl+Shift+Down"], lambda: self._text_step(1))
        act("liveTextPrevious", ["Ctrl+Shift+Up"], lambda: self._text_step(-1))
        act("liveTextNextOpen", ["Ctrl+Shift+N"], self._text_next_open)
        act("liveTextLifted", ["Ctrl+Shift+U"], lambda: self.note_bracket(True))
        act("liveTextKept", ["Ctrl+Shift+K"], lambda: self.note_bracket(False))

    def _text_item(self, item_id: int | None) -> None:
        try:
            self.text_presenter.set_item(item_id)
        except AppError as exc:
            show_error(self, exc)
        self.text_panel.show_state(self.text_presenter)

    def _text_change(self, change: Any) -> None:
        if self.text_presenter.concerns(change):
            self.text_presenter.reload()
            self.text_panel.show_state(self.text_presenter)

    def _text_document_chosen(self, index: int) -> None:
        self.text_presenter.select_document(self.text_panel.document.itemData(index))
        self.text_panel.show_state(self.text_presenter)

    def _text_step(self, delta: int) -> None:
        self.text_presenter.step(delta)
        self.text_panel.show_state(self.text_presenter)

    def _text_next_open(self) -> None:
        if not self.text_presenter.next_open():
            self._text_hint(self.tr("No paragraph is still bracketed or pending."))
        self.text_panel.show_state(self.text_presenter)

    def _text_hint(self, text: str, ok: bool = False) -> None:
        tone(self.text_panel.hint, "ok" if ok else "error")
        self.text_panel.hint.setText(text)

    def _text_refused(self) -> bool:
        """A trip copy: the texts are changed in the team store; said in the hint, in the
        room (no dialog), nothing done."""
        from ..common.read_only import refusal

        said = refusal(self.services, "texts")
        if said:
            self._text_hint(said)
        return bool(said)

    def mark_paragraph(self, status: ParagraphStatus) -> None:
        p = self.text_presenter
        if not p.active or self._text_refused():
            return
        try:
            rec = p.mark(status)
        except AppError as exc:
            show_error(self, exc)
            return
        self.text_panel.show_state(p)
        if rec is not None:
            self._text_hint(self.tr("%s: %s.") % (rec.label, status_labels()[status]), ok=True)

    def note_bracket(self, lifted: bool) -> None:
        """The delegation in the speaker box lifted (or kept) its bracket on the paragraph."""
        p = self.text_presenter
        if not p.active or self._text_refused():
            return
        candidate = self.speaker.resolved()
        if candidate is None:
            self._text_hint(
                self.tr("Type who lifted or kept the bracket in the speaker box first.")
            )
            self.speaker.setFocus()
            return
        typed = self.text.toPlainText().strip()
        try:
            result = p.bracket(
                lifted=lifted,
                delegation_id=candidate.delegation.id,
                person_id=candidate.person.id if candidate.person else None,
                text=typed,
                taken_at=self.draft_started,
            )
        except AppError as exc:
            show_error(self, exc)
            return
        if result is None:
            return
        self._reset_draft()
        self._show_recent_note(result.note)
        item = self.current_item
        if item is not None:
            self.stances.set_stances(self.services.live.stances(item.id))
        self.text_panel.show_state(p)
        self._text_hint(result.note.text, ok=True)

    if TYPE_CHECKING:  # provided by the window: its presenter's origin, draft and item

        @property
        def origin(self) -> str: ...

        @property
        def current_item(self) -> Any: ...

        @property
        def draft_started(self) -> Any: ...

        def _reset_draft(self) -> None: ...

        def _show_recent_note(self, note: Any) -> bool: ...
