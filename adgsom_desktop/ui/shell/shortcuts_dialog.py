"""Help > Keyboard shortcuts: made from the window's own actions, so it is never wrong.

``shortcut_rows`` reads every QAction of the main window that has a key: those of the
menus under their menu ("File", "Tools > …"), the others (a view's keys: F2 in the
notes, Ctrl+D in the action items) under the section of the guide about their view.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common import a11y
from .help_window import help_file, section_for, sections


@dataclass(frozen=True)
class ShortcutRow:
    where: str  # "File", "Help", or a view ("Notes of a meeting")
    what: str  # the action's text, without its mnemonic
    keys: str  # "Ctrl+N, Ctrl+Shift+N" as the platform writes them


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def keys_of(action: QAction) -> str:
    return ", ".join(
        k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if k
    )


def _menu_rows(menu: QMenu, path: str, seen: set[int], out: list[ShortcutRow]) -> None:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            _menu_rows(sub, f"{path} > {_plain(sub.title())}", seen, out)
        elif keys_of(action) and id(action) not in seen:
            seen.add(id(action))
            out.append(ShortcutRow(path, _plain(action.text()), keys_of(action)))


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every action of ``window`` with a key: the menus' first, then the views'."""
    out: list[ShortcutRow] = []
    seen: set[int] = set()
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            _menu_rows(menu, _plain(menu.title()), seen, out)
    titles = dict(sections(help_file("guide").read_text(encoding="utf-8")))
    for action in window.findChildren(QAction):
        if id(action) in seen or not keys_of(action):
            continue
        seen.add(id(action))
        owner = action.parent()
        where = titles.get(section_for(owner if isinstance(owner, QWidget) else None), "")
        if owner is window or not where:
            where = window.tr("Main window")
        out.append(ShortcutRow(where, _plain(action.text()), keys_of(action)))
    # live mode is a window of its own, opened on a meeting: its keys, from its own actions
    from ..room.live_keys import live_key_rows

    live = titles.get("live") or window.tr("Live mode")
    out += [ShortcutRow(live, what, keys) for what, keys in live_key_rows()]
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setPlaceholderText(self.tr("Filter: a command or a key"))
        self.filter.setClearButtonEnabled(True)
        a11y.name(
            self.filter,
            self.tr("Filter shortcuts"),
            self.tr("Shows only the commands whose name or key holds the text typed"),
        )
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        a11y.name(self.tree, self.tr("Keyboard shortcuts"), self.tr("Each command and its keys"))
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for row in rows:
            group = groups.get(row.where)
            if group is None:
                group = groups[row.where] = QTreeWidgetItem(self.tree, [row.where])
                group.setFirstColumnSpanned(True)
            QTreeWidgetItem(group, [row.what, row.keys])
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 420)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """(where, command, keys) of the rows not filtered out."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is None or group.isHidden():
                continue
            for i in range(group.childCount()):
                child = group.child(i)
                if child is not None and not child.isHidden():
                    out.append((group.text(0), child.text(0), child.text(1)))
        return out

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is None:
                continue
            shown = 0
            for i in range(group.childCount()):
                child = group.child(i)
                if child is None:
                    continue
                hit = (
                    not needle
                    or any(needle in child.text(c).casefold() for c in (0, 1))
                    or needle in group.text(0).casefold()
                )
                child.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)
