"""The left pane: a filterable tree of events, meetings and agenda items.

The tree shows its model directly; the filter proxy (recursive, so an item's
meeting and event stay visible) stands between them only while a filter is typed:
on a large store the proxy tripled the time to fill and paint the tree (mapping
every row for the first selection), for nothing while nothing is filtered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from ..common import a11y
from .navigation_model import ID_ROLE, KEY_ROLE, KIND_ROLE, NavigationModel

if TYPE_CHECKING:  # records load with the store, not before the first paint
    from ...services.records import NavigationTree


class NavigationPane(QWidget):
    selected = Signal(str, int)  # kind, id
    # Right-click: features add their actions to the menu (kind "" and id 0: empty space).
    context_menu_requested = Signal(object, str, int)  # QMenu, kind, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NavigationModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("navFilter")
        a11y.name(
            self.filter,
            self.tr("Filter meetings and agenda items"),
            self.tr("Shows only the meetings and agenda items whose title holds the text typed"),
        )
        self.filter.setPlaceholderText(self.tr("Filter meetings and agenda items"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)

        self.tree = QTreeView(self)
        self.tree.setObjectName("navTree")
        a11y.name(
            self.tree,
            self.tr("Meetings and agenda"),
            self.tr("Events, their meetings and agenda items, with the state of each brief"),
        )
        self._view_model(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setExpandsOnDoubleClick(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The position column fits its widest label, measured once: sized to its contents,
        # the header asked every row of a large store for its text on each fill (two
        # thirds of the time to fill and paint the tree).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self._status_width())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)

    def _status_width(self) -> int:
        metrics = self.tree.fontMetrics()
        texts = [
            *self.model.status_labels(),
            str(self.model.headerData(1, Qt.Orientation.Horizontal, 0)),
        ]
        icon = self.tree.iconSize().width() if self.tree.iconSize().width() > 0 else 16
        return max(metrics.horizontalAdvance(t) for t in texts) + icon + 24

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Larger/Smaller text: measured again
            self.tree.header().resizeSection(1, self._status_width())

    @property
    def filtering(self) -> bool:
        return self.tree.model() is self.proxy

    def _view_model(self, model: Any) -> None:
        """Show ``model`` (the tree's, or the filter over it) in the view."""
        self.tree.setModel(model)
        self.tree.selectionModel().currentChanged.connect(self._on_current)

    def _shown(self, source: QModelIndex) -> QModelIndex:
        """The view's index of a model index."""
        return self.proxy.mapFromSource(source) if self.filtering else source

    def set_tree(self, tree: NavigationTree) -> None:
        """Replace the content, keeping what was expanded and selected."""
        expanded = self._expanded_keys()
        current = self.current_key()
        first_fill = self.model.rowCount() == 0
        self.tree.selectionModel().blockSignals(True)
        self.model.set_tree(tree)
        self.tree.selectionModel().blockSignals(False)
        shown = self.tree.model()
        if first_fill:
            # A fresh store: open each event and its meetings' top level.
            for row in range(shown.rowCount()):
                self.tree.expand(shown.index(row, 0))
        else:
            self._restore_expanded(expanded)
        if current is not None:
            self.select(*current, emit=False)
        elif first_fill and shown.rowCount() > 0:
            # Open on the newest event's overview rather than an empty page.
            self.tree.setCurrentIndex(shown.index(0, 0))

    def select(self, kind: str, record_id: int, emit: bool = True) -> bool:
        index = self._shown(self.model.index_for(kind, record_id))
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        if not emit:
            self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if not emit:
            self.tree.selectionModel().blockSignals(False)
        return True

    def current_key(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return str(index.data(KIND_ROLE)), int(index.data(ID_ROLE))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.selected.emit(str(current.data(KIND_ROLE)), int(current.data(ID_ROLE)))

    def context_menu(self, kind: str, record_id: int) -> QMenu:
        """The right-click menu of a record, as the features fill it."""
        menu = QMenu(self)
        menu.setObjectName("navContextMenu")
        self.context_menu_requested.emit(menu, kind, record_id)
        return menu

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        key = (str(index.data(KIND_ROLE)), int(index.data(ID_ROLE))) if index.isValid() else ("", 0)
        menu = self.context_menu(*key)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_filter(self, text: str) -> None:
        current = self.current_key()
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            if not self.filtering:
                self._view_model(self.proxy)
            self.tree.expandAll()
        elif self.filtering:
            self._view_model(self.model)
            for row in range(self.model.rowCount()):
                self.tree.expand(self.model.index(row, 0))
        if current is not None:
            self.select(*current, emit=False)

    def _expanded_keys(self) -> set[str]:
        keys: set[str] = set()

        shown = self.tree.model()

        def walk(parent: QModelIndex) -> None:
            for row in range(shown.rowCount(parent)):
                idx = shown.index(row, 0, parent)
                if self.tree.isExpanded(idx):
                    keys.add(str(idx.data(KEY_ROLE)))
                    walk(idx)

        walk(QModelIndex())
        return keys

    def _restore_expanded(self, keys: set[str]) -> None:
        shown = self.tree.model()

        def walk(parent: QModelIndex) -> None:
            for row in range(shown.rowCount(parent)):
                idx = shown.index(row, 0, parent)
                if str(idx.data(KEY_ROLE)) in keys:
                    self.tree.expand(idx)
                    walk(idx)

        walk(QModelIndex())
