"""A text field with basic formatting (bold, italic, bullets) kept as portable markup.

The user sees formatting (WYSIWYG); what is stored is the small Markdown
subset of ``domain/markup.py`` (``**bold**``, ``*italic*``, ``- `` bullets),
never Qt's HTML.  Pasted text arrives plain (foreign styles are dropped), with
control characters removed; a paste that would make the field longer than a
section may be is refused with a message, and nothing changes.

Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y are left to the window's undo stack (undo spans
the agenda and the brief), not to the field's own undo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from ...domain import markup
from ...domain.text import MAX_TEXT, clean_pasted
from . import errors
from .text_entry import removed_note

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def is_undo_key(event: QKeyEvent) -> bool:
    if any(event.matches(k) for k in UNDO_KEYS):
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_Y and mods == Qt.KeyboardModifier.ControlModifier


def clean_paste(text: str) -> tuple[str, int]:
    """Pasted text without control characters (Word's line breaks become newlines).

    The one cleaning of pasted text, shared with every other field: ``domain.text.clean_pasted``.
    """
    return clean_pasted(text)


class MarkupEdit(QTextEdit):
    edited = Signal()  # the user changed the text (not set_markup)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        min_lines: int = 2,
        max_height: int = 420,
        max_len: int = MAX_TEXT,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self._min_lines = min_lines
        self._max_height = max_height
        self.max_len = max_len
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setPlaceholderText(placeholder)
        self.document().setDefaultStyleSheet("p { margin: 0 0 6px 0; } ul { margin: 0 0 6px 0; }")
        self.document().setDocumentMargin(5)
        self.textChanged.connect(self._on_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fit()

    # -- content ------------------------------------------------------------------------
    def set_markup(self, text: str) -> None:
        """Show stored markup (keeps the cursor where it was, as far as possible)."""
        if text == self.markup():
            return
        pos = self.textCursor().position()
        self._loading = True
        try:
            self.document().setHtml(markup.to_html(text))
            cursor = self.textCursor()
            cursor.setPosition(min(pos, len(self.toPlainText())))
            self.setTextCursor(cursor)
        finally:
            self._loading = False

    def markup(self) -> str:
        """The text as portable markup."""
        doc = self.document()
        parts: list[tuple[str, str]] = []  # (kind, text)
        block = doc.begin()
        while block.isValid():
            runs: list[tuple[str, bool, bool]] = []
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid():
                    fmt = frag.charFormat()
                    text = frag.text().replace("\u2028", " ").replace("\ufffc", "")
                    bold = fmt.fontWeight() >= QFont.Weight.DemiBold.value
                    runs.append((text, bold, fmt.fontItalic()))
                it += 1
            text = _runs_to_markup(runs).strip()
            kind = "bullet" if block.textList() is not None else "para"
            if text:
                parts.append((kind, text))
            elif parts and parts[-1][0] != "break":
                parts.append(("break", ""))
            block = block.next()
        out = ""
        prev = ""
        for kind, text in parts:
            if kind == "break":
                prev = "break"
                continue
            if out:
                joined = "bullet" in (kind, prev)
                out += "\n" if joined else "\n\n"
            out += f"- {text}" if kind == "bullet" else text
            prev = kind
        return out

    def _on_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    # -- formatting ---------------------------------------------------------------------
    def toggle_bold(self) -> None:
        bold = self.fontWeight() < QFont.Weight.DemiBold.value
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold.value if bold else QFont.Weight.Normal.value)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self._merge(fmt)

    def toggle_bullets(self) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None:
            block_fmt = cursor.blockFormat()
            current.remove(cursor.block())
            block_fmt.setIndent(0)
            cursor.setBlockFormat(block_fmt)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        cursor.endEditBlock()

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)  # and what is typed next

    # -- keys, paste, size --------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and is_undo_key(e):  # type: ignore[arg-type]
            e.ignore()  # the window's Undo/Redo actions take these keys
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if is_undo_key(e):
            e.ignore()
            return
        mods = e.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and e.key() == Qt.Key.Key_B:
            self.toggle_bold()
            return
        if ctrl and e.key() == Qt.Key.Key_I:
            self.toggle_italic()
            return
        if (
            ctrl
            and mods & Qt.KeyboardModifier.ShiftModifier
            and e.key()
            in (
                Qt.Key.Key_8,
                Qt.Key.Key_Asterisk,
                Qt.Key.Key_L,
            )
        ):
            self.toggle_bullets()
            return
        super().keyPressEvent(e)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text, removed = clean_paste(source.text() if source.hasText() else "")
        if not text:
            return
        selected = len(self.textCursor().selectedText())
        length = len(self.toPlainText()) - selected + len(text)
        if length > self.max_len:
            errors.show_message(
                self,
                self.tr(
                    "The pasted text is too long for this field (%s characters; at most %s). "
                    "Nothing was pasted; paste a shorter extract."
                )
                % (f"{len(text):,}", f"{self.max_len:,}"),
                self.tr("Paste refused"),
            )
            return
        self.textCursor().insertText(text)
        if removed:
            self.setToolTip(removed_note(removed))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def _fit(self, *_args: object) -> None:
        line = self.fontMetrics().lineSpacing()
        doc_h = int(self.document().size().height())
        frame = 2 * self.frameWidth() + 4
        height = max(self._min_lines * line + 12, doc_h) + frame
        self.setFixedHeight(min(height, self._max_height))


def _runs_to_markup(runs: list[tuple[str, bool, bool]]) -> str:
    merged: list[tuple[str, bool, bool]] = []
    for text, bold, italic in runs:
        if merged and merged[-1][1:] == (bold, italic):
            merged[-1] = (merged[-1][0] + text, bold, italic)
        else:
            merged.append((text, bold, italic))
    out = []
    for s, bold, italic in merged:
        core = s.strip()
        if not core or not (bold or italic):
            out.append(s)
            continue
        lead = s[: len(s) - len(s.lstrip())]
        trail = s[len(s.rstrip()) :]
        mark = "***" if bold and italic else "**" if bold else "*"
        out.append(f"{lead}{mark}{core}{mark}{trail}")
    return "".join(out)
