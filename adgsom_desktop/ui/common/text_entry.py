"""Text fields whose pastes arrive as the store takes them, or are refused in words.

Text copied from Word carries characters the user cannot see: a vertical tab
for each manual line break (Shift+Enter), a form feed for a page break, and
sometimes other control characters.  The store refuses them, so a note pasted
from Word would be refused with "the text holds control characters" while the
field looks fine.  Every field that takes pasted text cleans it with the one
function ``domain.text.clean_pasted`` (line breaks become newlines, or spaces
in a one-line field; other control characters are dropped and counted):

- ``PlainTextEdit``: a ``QPlainTextEdit`` (live mode's capture box through
  ``SubmitTextEdit``, the note and action item dialogs);
- ``LineEdit``: a ``QLineEdit`` that also checks the length of a paste.  A
  ``QLineEdit`` cuts anything longer than its maximum length without a word
  (32,767 characters by default): a 5 MB paste into a title would be cut and
  the cut text then refused as too long.  ``LineEdit`` refuses such a paste
  whole, says so, and leaves the field as it was;
- ``MarkupEdit`` (``ui/common/markup_edit.py``) for formatted text.

``paste_cleaned(removed)`` tells the owner how many invisible characters a paste lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...domain.text import MAX_TEXT, clean_pasted
from . import errors


def removed_note(removed: int) -> str:
    """Words for a paste that lost ``removed`` invisible characters."""
    if removed == 1:
        return QCoreApplication.translate(
            "TextEntry", "1 invisible control character was removed from the pasted text."
        )
    return (
        QCoreApplication.translate(
            "TextEntry", "%s invisible control characters were removed from the pasted text."
        )
        % f"{removed:,}"
    )


def too_long(pasted: int, limit: int) -> str:
    return QCoreApplication.translate(
        "TextEntry",
        "The pasted text is too long for this field (%s characters; at most %s). "
        "Nothing was pasted and the field is as it was; paste a shorter extract.",
    ) % (f"{pasted:,}", f"{limit:,}")


class PlainTextEdit(QPlainTextEdit):
    """Plain text; a paste arrives with Word's line breaks as newlines, without control chars.

    A paste that would make the text longer than ``max_len`` is refused whole (a
    5 MB paste would also freeze the window while Qt lays out one enormous
    line): the owner's ``on_refused(message)`` says so, or else a message box.
    """

    paste_cleaned = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, max_len: int = MAX_TEXT) -> None:
        super().__init__(parent)
        self.max_len = max_len
        self.on_refused: Callable[[str], object] | None = None

    def insertFromMimeData(self, source: QMimeData) -> None:
        text, removed = clean_pasted(source.text() if source.hasText() else "")
        selected = len(self.textCursor().selectedText())
        if len(self.toPlainText()) - selected + len(text) > self.max_len:
            message = too_long(len(text), self.max_len)
            if self.on_refused is not None:
                self.on_refused(message)
            else:
                errors.show_message(self, message, self.tr("Paste refused"))
            return
        if text:
            plain = QMimeData()
            plain.setText(text)
            super().insertFromMimeData(plain)
        if removed:
            self.setToolTip(removed_note(removed))
            self.paste_cleaned.emit(removed)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()


class LineEdit(QLineEdit):
    """One line of text with a maximum length the store accepts (``limit``).

    A paste (keyboard, context menu, drop) is cleaned like any other and made
    one line; if it would make the text longer than ``limit`` it is refused
    whole with a message, and the field keeps what it held.  Typing stops at the
    limit (Qt's own maximum length).
    """

    paste_cleaned = Signal(int)

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, limit: int = 2_000
    ) -> None:
        super().__init__(text, parent)
        self.limit = limit
        self.setMaxLength(limit)

    def paste_text(self, text: str) -> bool:
        """Insert pasted ``text`` at the cursor, cleaned; False (and a message) if refused."""
        text, removed = clean_pasted(text)
        text = text.replace("\n", " ")  # one line: Word's line breaks become spaces
        if not text and not self.hasSelectedText():
            return False
        length = len(self.text()) - len(self.selectedText()) + len(text)
        if length > self.limit:
            errors.show_message(self, too_long(len(text), self.limit), self.tr("Paste refused"))
            return False
        self.insert(text)  # one undo step, emits textEdited like a typed change
        if removed:
            self.setToolTip(removed_note(removed))
            self.paste_cleaned.emit(removed)
        return True

    def _paste_clipboard(self) -> None:
        if not self.isReadOnly():
            self.paste_text(QGuiApplication.clipboard().text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self._paste_clipboard()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                ours = QAction(action.text(), menu)
                ours.setShortcut(action.shortcut())
                ours.setEnabled(action.isEnabled())
                ours.triggered.connect(self._paste_clipboard)
                menu.insertAction(action, ours)
                menu.removeAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasText() and not self.isReadOnly():
            self.setCursorPosition(self.cursorPositionAt(event.position().toPoint()))
            self.paste_text(mime.text())
            event.acceptProposedAction()
            return
        super().dropEvent(event)
