"""The Help menu's guide, shortcuts and "What's new", and F1 (#24 item 4).

F1 (the platform's help key) opens the guide at the section about the view with the
focus, from the main window and from the windows it opens (live mode, the tracker, the
week); the guide is one window, raised when it is open already.

"What's new" shows once after an upgrade: when the version last seen (kept in the
preferences) differs from this one, or was never recorded on a machine that ran an
earlier version. A first start records the version without showing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ... import __version__

if TYPE_CHECKING:
    from .help_window import GuideWindow, WhatsNewDialog
    from .main_window import MainWindow


def whats_new_due(seen: str | None, used_before: bool, current: str) -> bool:
    """Show "What's new"? After an upgrade only (a first start has nothing new)."""
    if seen is None:
        return used_before
    return seen != current


def add_help_actions(w: MainWindow) -> None:
    """Guide (F1), Keyboard shortcuts and What's new, at the top of the Help menu."""
    first = w.help_menu.actions()[0] if w.help_menu.actions() else None
    w.act_guide = w._action(
        w.tr("&Guide"), lambda: open_guide(w), QKeySequence.StandardKey.HelpContents, "actGuide"
    )
    # F1 works in the windows the main window opens too, and in a modal dialog (ModalHelp).
    w.act_guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    w.act_shortcuts = w._action(
        w.tr("&Keyboard shortcuts"), lambda: show_shortcuts(w), name="actShortcuts"
    )
    w.act_whats_new = w._action(w.tr("&What's new"), lambda: show_whats_new(w), name="actWhatsNew")
    for action in (w.act_guide, w.act_shortcuts, w.act_whats_new):
        w.help_menu.insertAction(first, action)  # type: ignore[arg-type]
    w.help_menu.insertSeparator(first)  # type: ignore[arg-type]


def install_modal_help(w: MainWindow) -> None:
    """F1 in a modal dialog (``ModalHelp``). An application event filter in Python sees
    every event of every object: it comes after the window's first paint (``app``), when
    no dialog can be open yet, not before it (#13)."""
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(ModalHelp(w))  # kept alive by its parent, the window


class ModalHelp(QObject):
    """F1 while a modal dialog is open (Qt holds the window's shortcuts back then): the
    guide at the dialog's section, in a guide window of the dialog's own (a window outside
    the dialog could not be read or scrolled until the dialog closes)."""

    def __init__(self, w: MainWindow) -> None:
        super().__init__(w)
        self.w = w
        self.guide: GuideWindow | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.matches(QKeySequence.StandardKey.HelpContents):
            return False
        modal = QApplication.activeModalWidget()
        if modal is None or not isinstance(watched, QWidget) or watched.window() is not modal:
            return False
        if modal.window() is self.w or not self._ours(modal):
            return False
        from .help_window import GuideWindow, section_for

        section = section_for(watched)  # the widget the key went to, inside the dialog
        if self.guide is None or self.guide.parentWidget() is not modal:
            self.guide = GuideWindow(modal)
            self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.guide.destroyed.connect(self._forget)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        self.guide.show_section(section)
        return True

    def _forget(self) -> None:
        self.guide = None

    def _ours(self, modal: QWidget) -> bool:
        """A dialog of this main window (not of another window of a test run)."""
        w: QWidget | None = modal
        while w is not None:
            if w is self.w:
                return True
            w = w.parentWidget()
        return False


def open_guide(w: MainWindow, section: str | None = None) -> GuideWindow:
    """The guide at ``section``, else at the part about the view with the focus."""
    from .help_window import GuideWindow, section_for

    if section is None:
        focus = QApplication.focusWidget() or QApplication.activeWindow()
        section = section_for(focus if isinstance(focus, QWidget) else None)
        if section == "start" and w.services is not None:  # nothing focused in a view
            section = section_for(w.detail.currentWidget())
    guide: GuideWindow | None = getattr(w, "guide_window", None)
    if guide is None:
        guide = w.guide_window = GuideWindow(w)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    guide.show_section(section)
    return guide


def show_shortcuts(w: MainWindow) -> None:
    from .shortcuts_dialog import ShortcutsDialog, shortcut_rows

    if w.services is not None:  # views not shown yet have keys too: build them
        for kind in ("event", "meeting", "item"):
            w.detail.tabs(kind)
    dialog = ShortcutsDialog(shortcut_rows(w), w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def show_whats_new(w: MainWindow) -> WhatsNewDialog:
    from .help_window import WhatsNewDialog

    dialog = WhatsNewDialog(w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_whats_new_once(w: MainWindow, current: str = __version__) -> WhatsNewDialog | None:
    """After an upgrade, "What's new" once (the version is recorded either way)."""
    prefs = w.preferences
    due = whats_new_due(prefs.version_seen(), prefs.used_before(), current)
    prefs.set_version_seen(current)
    return show_whats_new(w) if due else None
