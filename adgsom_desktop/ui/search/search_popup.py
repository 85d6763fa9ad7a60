"""Search everywhere (Ctrl+K / Ctrl+F): results update as the user types.

Each pause in typing (or at most every 250 ms while typing on) runs one search
on a worker thread; only one runs at a time, and a result that arrives after
the text changed again is dropped (a generation number), so the window never
freezes and never shows answers to an older question. Enter opens the
selected hit in place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ..common import a11y
from ..common.theme import tone
from ..common.workers import run_job
from .search_model import SearchHitDelegate, SearchResultsModel, kind_label

DEBOUNCE_MS = 90
MAX_WAIT_MS = 250
LIMIT = 50
MAX_QUERY = 10_000
KIND_FILTERS = ("", "note", "item", "position", "outcome", "action", "person", "meeting")


class SearchDialog(QDialog):
    open_hit = Signal(object)  # SearchHit

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search"))
        self.setModal(False)
        self.services = services
        self.generation = 0  # bumped on every change of the question
        self.shown_generation = 0
        self.last_result: Any = None
        self._job: Any = None
        self._pending = False
        self._open_when_ready = False

        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        a11y.name(
            self.query,
            self.tr("Search"),
            self.tr("Searches notes, briefs, agenda items and texts"),
        )
        self.query.setMaxLength(MAX_QUERY)
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(
            self.tr("Search notes, items, positions, people, actions, outcomes (any script)")
        )
        self.query.textChanged.connect(self._on_text)
        self.query.installEventFilter(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("searchKind")
        for k in KIND_FILTERS:
            self.kind.addItem(kind_label(k) if k else self.tr("Everything"), k)
        self.kind.currentIndexChanged.connect(lambda _i: self._on_text(self.query.text()))
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        a11y.name(
            self.results,
            self.tr("Search results"),
            self.tr("Enter opens the chosen result"),
        )
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.activated.connect(lambda index: self._open(index.row()))
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        tone(self.status, "muted")

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self._run)

        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(820, 560)
        self.status.setText(
            self.tr("Type a few letters. Enter opens the hit; ↑/↓ move; Esc closes.")
        )

    # -- asking -------------------------------------------------------------------------
    def _on_text(self, _text: str) -> None:
        self.generation += 1
        self._open_when_ready = False
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def _run(self) -> None:
        self._debounce.stop()
        self._max_wait.stop()
        if self._job is not None and self._job.running:
            self._pending = True  # asked again when the running search ends
            return
        text = self.query.text()
        generation = self.generation
        if not text.strip():
            self._show(generation, None)
            return
        services = self.services
        kind = self.kind.currentData()
        kinds = (kind,) if kind else ()
        self._pending = False

        def work(_progress: Any) -> Any:
            return services.search.search(text, limit=LIMIT, kinds=kinds)

        self._job = run_job(
            work,
            on_success=lambda result: self._show(generation, result),
            on_error=lambda exc: self._failed(generation, exc),
        )
        self._job.ended.connect(self._after_job)

    def _after_job(self) -> None:
        self._job = None
        if self._pending:
            self._pending = False
            self._run()

    # -- answers ------------------------------------------------------------------------
    def _show(self, generation: int, result: Any) -> None:
        if generation != self.generation:
            return  # stale: the question changed while this search ran
        self.shown_generation = generation
        self.last_result = result
        if result is None:
            self.model.set_hits(())
            self.status.setText(self.tr("Type a few letters to search."))
            return
        self.model.set_hits(result.hits)
        if result.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
            if self._open_when_ready:
                self._open_when_ready = False
                self._open(0)
            text = self.tr("%d result(s) in %.0f ms") % (len(result.hits), result.elapsed_ms)
            if len(result.hits) >= LIMIT:
                text += " " + self.tr("(the best %d; add a word to narrow)") % LIMIT
            if result.hint and result.hint != "No matches.":
                text = f"{result.hint} {text}"
        else:
            text = result.hint or self.tr("No matches.")
            if text == "No matches.":
                text = self.tr("No matches. Try fewer or shorter words.")
        self.status.setText(text)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.generation:
            return
        self.shown_generation = generation
        self.model.set_hits(())
        self.status.setText(self.tr("The search could not run: %s") % exc)

    # -- keys and opening -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.shown_generation != self.generation:
                    self._open_when_ready = True  # opens the best hit of what is typed
                    self._run()
                else:
                    self._open(self.results.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = max(0, self.results.currentIndex().row())
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8}.get(Qt.Key(key), -8)
        row = max(0, min(rows - 1, row + step))
        self.results.setCurrentIndex(self.model.index(row, 0))

    def _open(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is None:
            return
        self.hide()
        self.open_hit.emit(hit)

    def start(self, text: str = "") -> None:
        """Show the dialog ready to type (keeping the last question, selected)."""
        if text:
            self.query.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def cancel_jobs(self) -> None:
        self._debounce.stop()
        self._max_wait.stop()
        self._pending = False
        if self._job is not None:
            self._job.cancel()
