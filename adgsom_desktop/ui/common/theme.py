"""Light, Dark and High contrast, live (issue #24): the one door to a colour under ``ui/``.

- ``apply(mode)`` ("system", "light", "dark", "contrast") sets the application's palette
  (built from the theme's roles) and the style (Fusion for the dark themes: native styles
  ignore a dark palette on some platforms), and re-colours every widget with a *tone*. In "system" mode the app follows Qt's
  ``QStyleHints.colorScheme`` and switches when the desktop does.
- Widgets never write a colour: ``tone(label, "muted")`` marks a widget (a dynamic
  property; its style sheet gets the tone's colours, and a new theme paints every marked
  widget again without the widget doing anything); painted widgets and item models ask ``current()[role]`` or
  ``qcolor(role)`` when they paint; HTML views build their HTML with ``current()`` and
  re-render through ``watch(self, self.refresh)`` when the theme changes.

Where Qt says nothing (Linux without a desktop reports the scheme Unknown), "system" is
Light. The colours themselves are in ``theme_colours``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .theme_colours import THEMES, set_current

MODES = ("system", "light", "dark", "contrast")

# tone -> style sheet declarations ({role} is replaced by the theme's colour)
TONES: dict[str, str] = {
    "muted": "color: {muted};",
    "heading": "color: {heading};",
    "error": "color: {error};",
    "warning": "color: {warning};",
    "ok": "color: {ok};",
    "error-banner": "color: {text}; background: {error_bg};",
    "ok-banner": "color: {text}; background: {ok_bg};",
    "warn-banner": "color: {text}; background: {warn_bg}; border: 1px solid {warn_border};",
    "error-frame": "border: 2px solid {error};",
    "error-chip": "color: {error}; background: {error_bg};",
}


@dataclass(frozen=True)
class Theme:
    name: str  # "light", "dark" or "contrast"
    colours: Mapping[str, str]

    @property
    def dark(self) -> bool:
        return self.name != "light"

    def __getitem__(self, role: str) -> str:
        return self.colours[role]

    def qcolor(self, role: str) -> QColor:
        return QColor(self.colours[role])

    def span(self, role: str, html: str, extra: str = "") -> str:
        """``html`` (already escaped) in the colour of ``role``."""
        return f"<span style='color:{self.colours[role]};{extra}'>{html}</span>"

    def chip(self, key: str) -> tuple[str, str]:
        """(background, text) of a chip: ``stance.oppose``, ``status.approved``."""
        return self.colours[f"{key}.bg"], self.colours[f"{key}.fg"]


class _Notifier(QObject):
    changed = Signal()


_state: dict[str, Any] = {
    "mode": "system",
    "theme": Theme("light", THEMES["light"]),
    "native_style": None,
    "notifier": None,
    "following": False,
    "applying": False,
}


def current() -> Theme:
    theme: Theme = _state["theme"]
    return theme


def qcolor(role: str) -> QColor:
    return current().qcolor(role)


def mode() -> str:
    return str(_state["mode"])


def notifier() -> _Notifier:
    if _state["notifier"] is None:
        _state["notifier"] = _Notifier()
    n: _Notifier = _state["notifier"]
    return n


def resolve(choice: str, scheme: Qt.ColorScheme | None = None) -> str:
    """The theme a mode means now ("system": the desktop's scheme; Unknown is Light)."""
    if choice in THEMES:
        return choice
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def palette(theme: Theme) -> QPalette:
    """The QPalette of a theme (the same roles the contrast test checks)."""
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    c = theme.qcolor
    p = QPalette()
    button = c("button")
    for role, colour in (
        (R.Window, c("window")),
        (R.WindowText, c("text")),
        (R.Base, c("base")),
        (R.AlternateBase, c("alt_base")),
        (R.Text, c("text")),
        (R.Button, button),
        (R.ButtonText, c("text")),
        (R.BrightText, c("error")),
        (R.Highlight, c("highlight")),
        (R.HighlightedText, c("highlight_text")),
        (R.Link, c("link")),
        (R.LinkVisited, c("link")),
        (R.PlaceholderText, c("placeholder")),
        (R.ToolTipBase, c("tooltip_bg")),
        (R.ToolTipText, c("text")),
        (R.Mid, c("mid")),
        (R.Light, button.lighter(150 if theme.dark else 130)),
        (R.Midlight, button.lighter(115)),
        (R.Dark, button.darker(170)),
        (R.Shadow, button.darker(300)),
    ):
        p.setColor(role, colour)
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(G.Disabled, role, c("disabled_text"))
    p.setColor(G.Disabled, R.Highlight, c("mid"))
    return p


def apply(choice: str, scheme: Qt.ColorScheme | None = None) -> Theme:
    """Switch the whole application to ``choice`` (one of MODES), live."""
    app = QApplication.instance()
    if choice not in MODES:
        choice = "system"
    _state["mode"] = choice
    theme = Theme(resolve(choice, scheme), THEMES[resolve(choice, scheme)])
    _state["theme"] = theme
    set_current(theme.name)
    if not isinstance(app, QApplication):
        return theme
    _state["applying"] = True
    try:
        _follow_system()
        _set_style(app, theme)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):  # native title bars follow (Qt 6.8+)
            if choice == "system":
                hints.unsetColorScheme()
            else:
                hints.setColorScheme(Qt.ColorScheme.Dark if theme.dark else Qt.ColorScheme.Light)
        app.setPalette(palette(theme))
        from . import theme_focus  # (it reads this module's colours)

        theme_focus.install(app)  # the focus ring, in the theme's focus colour
        for widget in QApplication.allWidgets():
            name = widget.property("tone")
            if name:
                _paint_tone(widget, str(name))
            elif widget.styleSheet():  # a widget with a style sheet keeps the palette it was
                widget.setStyleSheet(widget.styleSheet())  # polished with: polish it again
    finally:
        _state["applying"] = False
    notifier().changed.emit()
    return theme


def _set_style(app: QApplication, theme: Theme) -> None:
    """Fusion for the dark themes, the platform's own style for Light. A light start
    leaves the style alone and never asks for it: the first ``app.style()`` builds
    QStyle's Python type and its enums (about 4 ms before the first paint, #13)."""
    native = _state["native_style"]
    if native is None and not theme.dark:
        return  # still the style Qt chose: the native one
    if native is None:
        native = _state["native_style"] = app.style().name()
    wanted = "fusion" if theme.dark else str(native)
    if app.style().name().lower() != wanted.lower():
        app.setStyle(wanted)


def _follow_system() -> None:
    if _state["following"]:
        return
    _state["following"] = True
    QGuiApplication.styleHints().colorSchemeChanged.connect(system_scheme_changed)


def system_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The desktop switched light/dark: follow it when the user chose "system"."""
    if _state["mode"] == "system" and not _state["applying"]:
        apply("system", scheme)


_MARK = "/*tone*/"


def _paint_tone(widget: QWidget, name: str | None) -> None:
    """The widget's own style sheet, then the tone's declarations in the theme's colours
    (no application style sheet: it would freeze every widget's font, see
    ``shell_commands.apply_font_size``)."""
    own = widget.styleSheet().split(_MARK)[0].rstrip()
    if name:
        declarations = TONES[name].format_map(current().colours)
        rule = f'*[tone="{name}"] {{ {declarations} }}' if "{" in own else declarations
        own = f"{own} {_MARK} {rule}".strip()
    widget.setStyleSheet(own)


def tone(widget: QWidget, name: str | None) -> None:
    """Colour ``widget`` by meaning (a key of TONES; None: plain). It stays right when the
    theme changes: ``apply`` paints every widget that carries a tone again. Call it after
    setting a widget's own style sheet (which would replace the tone's part)."""
    if name is not None and name not in TONES:
        raise KeyError(name)
    widget.setProperty("tone", name)
    _paint_tone(widget, name)


class _Watch(QObject):
    def __init__(self, owner: QObject, fn: Callable[[], None]) -> None:
        super().__init__(owner)
        self._fn = fn
        notifier().changed.connect(self._run)

    @Slot()
    def _run(self) -> None:
        self._fn()


def watch(owner: QObject, fn: Callable[[], None]) -> None:
    """Call ``fn`` after each theme change while ``owner`` lives (HTML views re-render)."""
    _Watch(owner, fn)
