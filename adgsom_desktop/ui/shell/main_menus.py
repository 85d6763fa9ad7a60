"""The main window's menus (File, Edit, View, Tools, Help) and its own actions; features
add theirs through ``MainWindow.menu``. What the actions do is ``shell_commands``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from ... import APP_NAME
from .help_commands import add_help_actions

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(w: MainWindow) -> None:
    """The File, Edit, View, Tools and Help menus and the window's own actions."""
    c = w.commands
    bar = w.menuBar()
    m = bar.addMenu(w.tr("&File"))
    w.act_new = w._action(
        w.tr("&New store…"), c.new_store, QKeySequence.StandardKey.New, "actNewStore"
    )
    w.act_open = w._action(
        w.tr("&Open store…"), c.open_store, QKeySequence.StandardKey.Open, "actOpenStore"
    )
    w.act_open_team = w._action(
        w.tr("Connect to a &team store…"), c.open_team_store, name="actOpenTeamStore"
    )
    m.addAction(w.act_new)
    m.addAction(w.act_open)
    m.addAction(w.act_open_team)
    w.recent_menu = QMenu(w.tr("Open &recent"), w)
    w.recent_menu.setObjectName("recentMenu")
    w.recent_menu.aboutToShow.connect(c.fill_recent_menu)
    m.addMenu(w.recent_menu)
    w.act_demo = w._action(w.tr("Open the &demo store"), w.controller.open_demo, name="actOpenDemo")
    m.addAction(w.act_demo)
    w.act_close = w._action(
        w.tr("&Close store"), w.close_store, QKeySequence("Ctrl+Shift+W"), "actCloseStore"
    )
    m.addAction(w.act_close)
    m.addSeparator()
    w.act_settings = w._action(
        w.tr("&Settings…"), c.edit_settings, QKeySequence("Ctrl+,"), "actSettings"
    )
    m.addAction(w.act_settings)
    m.addSeparator()
    w.act_quit = w._action(w.tr("&Quit"), w.close, QKeySequence("Ctrl+Q"), "actQuit")
    m.addAction(w.act_quit)

    w.file_menu = m
    w.edit_menu = bar.addMenu(w.tr("&Edit"))
    w.view_menu = bar.addMenu(w.tr("&View"))
    w.act_focus_nav = w._action(
        w.tr("Go to &agenda filter"),
        c.focus_filter,
        QKeySequence("Ctrl+E"),
        "actFocusFilter",
    )
    w.view_menu.addAction(w.act_focus_nav)
    w.act_bigger = w._action(
        w.tr("&Larger text"),
        lambda: c.step_font(1),
        QKeySequence.StandardKey.ZoomIn,
        "actLarger",
    )
    w.act_smaller = w._action(
        w.tr("&Smaller text"),
        lambda: c.step_font(-1),
        QKeySequence.StandardKey.ZoomOut,
        "actSmaller",
    )
    w.view_menu.addAction(w.act_bigger)
    w.view_menu.addAction(w.act_smaller)

    w.tools_menu = bar.addMenu(w.tr("&Tools"))
    w.act_check = w._action(w.tr("&Check database"), c.check_database, name="actCheck")
    w.act_info = w._action(w.tr("Store &information"), c.store_information, name="actInfo")
    w.tools_menu.addAction(w.act_check)
    w.tools_menu.addAction(w.act_info)

    w.help_menu = bar.addMenu(w.tr("&Help"))
    w.act_about = w._action(w.tr("&About %s") % APP_NAME, c.about, name="actAbout")
    w.act_reset_demo = w._action(
        w.tr("&Reset the demo store"),
        lambda: w.controller.open_demo(reset=True),
        name="actResetDemo",
    )
    w.help_menu.addAction(w.act_reset_demo)
    w.help_menu.addAction(w.act_about)
    add_help_actions(w)  # Guide (F1), Keyboard shortcuts, What's new
    w._store_actions = [w.act_close, w.act_check, w.act_info, w.act_focus_nav]
    for a in w._store_actions:
        a.setEnabled(False)
