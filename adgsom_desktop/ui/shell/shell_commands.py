"""What the main window's own menus do: open and create stores, settings, the font size,
checking the store, store information, about (``MainWindow.commands``).

Composed into the window (not a mixin): the window builds its menus
(``main_menus``), this object does what they ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog

from ...paths import stores_dir
from ..common import theme
from ..common.errors import show_error, show_message
from ..common.translation import current_language, resolve
from ..common.workers import run_job
from .preferences import FONT_MAX, FONT_MIN

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .settings_dialog import SettingsValues


class ShellCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def new_store(self) -> None:
        from ..store.new_store_dialog import (
            NewStoreDialog,  # dialogs load on use, not before first paint
        )

        dlg = NewStoreDialog(stores_dir() / "delegation.adgsom", self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        v = dlg.values()
        self.w.controller.create(v.path, v.our_delegation_code, v.title, v.passphrase)

    def open_store(self) -> None:
        last = self.w.preferences.last_store()
        start = last.path.parent if last is not None and last.path is not None else stores_dir()
        from ..common import file_dialogs  # (QFileDialog: not to paint the window)

        path = file_dialogs.ask_open_store(self.w, start)
        if path is not None:
            self.w.settle_writes()
            self.w.controller.open_path(path)

    def open_team_store(self) -> None:
        """A team store on a PostgreSQL server, by its address."""
        from ..store.team_store_dialog import TeamStoreDialog

        known = [p for p in self.w.preferences.recent_stores() if p.is_server]
        dlg = TeamStoreDialog(known[0].display if known else "", self.w)
        locator = dlg.locator() if dlg.exec() == QDialog.DialogCode.Accepted else None
        if locator is None:
            return
        self.w.flush_pending()
        self.w.controller.open_path(locator)

    def edit_settings(self) -> None:
        from .settings_dialog import SettingsDialog, SettingsValues

        services = self.w.services
        delegations = services.delegations.delegations() if services else []
        store = services.settings.get() if services else None
        initial = SettingsValues(
            our_delegation_code=store.our_delegation_code if store else "",
            default_classification=store.default_classification if store else "",
            classifications=store.classifications if store else (),
            font_size=self.w.preferences.font_size(),
            colour_scheme=self.w.preferences.colour_scheme(),
            user_name=self.w.preferences.user_name(),
            audience_minimums=store.audience_minimums if store else (),
            language=self.w.preferences.language(),
        )
        dlg = SettingsDialog(initial, delegations, self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_settings(dlg.values())

    def apply_settings(self, v: SettingsValues) -> None:
        self.w.preferences.set_font_size(v.font_size)
        apply_font_size(v.font_size)
        if v.colour_scheme != self.w.preferences.colour_scheme() or v.colour_scheme != theme.mode():
            self.w.preferences.set_colour_scheme(v.colour_scheme)
            theme.apply(v.colour_scheme)
        self.w.preferences.set_user_name(v.user_name)
        if v.language != self.w.preferences.language():
            self.w.preferences.set_language(v.language)
            if resolve(v.language) != current_language():
                self.w.statusBar().showMessage(
                    self.w.tr("The new language applies when ADGSOM Desktop starts again."), 15000
                )
                self.offer_restart(resolve(v.language))
        if self.w.services is not None:
            if v.user_name:
                self.w.services.set_actor(v.user_name)
            try:
                self.w.services.settings.update(
                    our_delegation_code=v.our_delegation_code,
                    classifications=v.classifications,
                    default_classification=v.default_classification,
                    audience_minimums=dict(v.audience_minimums),
                )
            except Exception as exc:
                show_error(self.w, exc)

    def offer_restart(self, language: str) -> None:
        """Ask (without blocking) whether to start again now in ``language``."""
        from PySide6.QtWidgets import QMessageBox

        from ...i18n import LANGUAGE_NAMES
        from .restart import restart

        box = QMessageBox(self.w)
        box.setObjectName("restartForLanguage")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.w.tr("Change the language"))
        box.setText(
            self.w.tr("Start ADGSOM Desktop again now, in %1?").replace(
                "%1", LANGUAGE_NAMES.get(language, language)
            )
        )
        box.setInformativeText(
            self.w.tr(
                "Your work is saved as you type; you are asked first about anything not saved. "
                "Otherwise the new language applies at the next start."
            )
        )
        now = box.addButton(self.w.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.w.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if button is now:
                restart(self.w)

        box.buttonClicked.connect(answered)
        box.open()

    def step_font(self, step: int) -> None:
        size = max(FONT_MIN, min(FONT_MAX, self.w.preferences.font_size() + step))
        self.w.preferences.set_font_size(size)
        apply_font_size(size)

    def focus_filter(self) -> None:
        self.w.nav.filter.setFocus()
        self.w.nav.filter.selectAll()

    def check_database(self) -> None:
        services = self.w.services
        if services is None:
            return
        self.w.statusBar().showMessage(self.tr("Checking the database…"))

        def done(report: Any) -> None:
            self.w.statusBar().clearMessage()
            lines = list(report.details) + [f"Fixed: {x}" for x in report.fixed]
            lines += [f"Problem: {x}" for x in report.problems]
            head = self.tr("The store is healthy.") if report.ok else self.tr("Problems found.")
            show_message(
                self.w,
                head + "\n\n" + "\n".join(lines),
                self.tr("Check database"),
                warning=not report.ok,
            )

        run_job(
            lambda _p: services.store_info.check(repair=True),
            on_success=done,
            on_error=lambda exc: show_error(self.w, exc),
        )

    def store_information(self) -> None:
        if self.w.services is None:
            return
        info = self.w.services.store_info.info()
        lines = [
            info.locator.display,
            self.tr("Team store: several people write at once")
            if info.shared
            else self.tr("Encrypted: %s") % (self.tr("yes") if info.encrypted else self.tr("no")),
            self.tr("Schema: %s · %s") % (info.revision, info.engine),
            "",
        ] + [f"{label}: {n:,}" for label, n in info.counts.items()]
        show_message(self.w, "\n".join(lines), self.tr("Store information"), warning=False)

    def about(self) -> None:
        info = self.w.services.store_info.info() if self.w.services else None
        from .about_dialog import AboutDialog

        engine, where = (info.engine, info.locator.display) if info else ("", "")
        AboutDialog(engine, self.w, store=where).exec()

    def fill_recent_menu(self) -> None:
        self.w.recent_menu.clear()
        recent = self.w.preferences.recent_stores()
        if not recent:
            a = self.w.recent_menu.addAction(self.tr("(none)"))
            a.setEnabled(False)
        for p in recent:
            where = p.path.parent if p.path is not None else self.tr("team store")
            a = self.w.recent_menu.addAction(f"{p.name} — {where}")
            a.setToolTip(p.display)
            a.triggered.connect(lambda _=False, loc=p: self.w.controller.open_path(loc))


def apply_font_size(size: int) -> None:
    app = QApplication.instance()
    if app is None:
        return
    font = app.font()  # type: ignore[attr-defined]
    font.setPointSize(size)
    app.setFont(font)  # type: ignore[attr-defined]
    # A widget with a style sheet (a coloured title, a bold label) keeps the font it was
    # polished with: polish it again, so that every text follows the setting.
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if sheet and "font-size" not in sheet:
            widget.setStyleSheet(sheet)
