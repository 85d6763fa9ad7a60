"""Dark mode and high contrast (issue #24, item 2): one theme module, no colour literal
elsewhere under ui/, Light / Dark / System in Settings (remembered), live re-theming,
and WCAG AA contrast of every text colour on every background the theme defines."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from adgsom_desktop.ui.common import theme
from adgsom_desktop.ui.common.theme_colours import (
    GRAPHICS,
    PAIRS,
    THEMES,
    contrast_ratio,
)

UI = Path(__file__).resolve().parents[1] / "adgsom_desktop" / "ui"
THEME_FILES = {"theme.py", "theme_colours.py"}
HEX = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
CSS_NAMED = re.compile(
    r"(?:color|background(?:-color)?|border(?:-[a-z]+)?)\s*:[^;'\"]*\b"
    r"(white|black|red|green|blue|gray|grey|yellow|orange|navy|maroon|silver|darkred)\b",
    re.I,
)
QT_NAMED = {
    "white", "black", "red", "darkRed", "green", "darkGreen", "blue", "darkBlue", "cyan",
    "magenta", "yellow", "gray", "darkGray", "lightGray", "darkYellow", "darkCyan",
}  # fmt: skip


def _colour_literals(path: Path, root: Path = UI) -> list[str]:
    found: list[str] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if HEX.search(node.value) or CSS_NAMED.search(node.value):
                found.append(f"{where} {node.value[:60]!r}")
        elif isinstance(node, ast.Attribute) and node.attr in QT_NAMED:
            found.append(f"{where} Qt colour {node.attr}")
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QColor"
            and node.args
            and all(isinstance(a, ast.Constant) for a in node.args)
        ):
            found.append(f"{where} QColor{tuple(a.value for a in node.args)}")  # type: ignore[attr-defined]
    return found


def test_the_scan_finds_a_colour_literal(tmp_path: Path) -> None:
    """The scan below is not blind: it sees each kind of literal it claims to forbid."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "a = 'color: #123a7a;'\nb = QColor('#fff')\nc = Qt.GlobalColor.darkGray\n"
        "d = 'background: white; padding: 2px'\ne = QColor(0, 0, 0)\n# '#ffffff' in a comment\n",
        encoding="utf-8",
    )
    lines = {hit.split()[0] for hit in _colour_literals(sample, tmp_path)}
    assert lines == {f"sample.py:{n}" for n in range(1, 6)}


def test_no_colour_literal_under_ui_outside_the_theme_module() -> None:
    found = [
        hit
        for path in sorted(UI.rglob("*.py"))
        if path.name not in THEME_FILES
        for hit in _colour_literals(path)
    ]
    assert not found, f"{len(found)} colour literals outside ui/common/theme*:\n" + "\n".join(found)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_text_colour_meets_wcag_aa_on_its_backgrounds(name: str) -> None:
    colours = THEMES[name]
    need = 7.0 if name == "contrast" else 4.5
    low = [
        (fg, bg, round(contrast_ratio(colours[fg], colours[bg]), 2))
        for fg, bg in PAIRS
        if contrast_ratio(colours[fg], colours[bg]) < need
    ]
    assert not low, low
    marks = [(fg, bg) for fg, bg in GRAPHICS if contrast_ratio(colours[fg], colours[bg]) < 3.0]
    assert not marks, marks


def test_every_role_is_defined_in_every_theme_and_every_surface_is_checked() -> None:
    roles = set(THEMES["light"])
    for name, colours in THEMES.items():
        assert set(colours) == roles, name
    surfaces = {r for r in roles if r.endswith(".bg") or r.endswith("_bg")}
    checked = {bg for _fg, bg in PAIRS}
    assert surfaces <= checked, surfaces - checked
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)


@pytest.fixture
def light_again(qapp: Any) -> Iterator[None]:
    yield
    theme.apply("light")


def test_the_palette_is_the_themes(qapp: Any, light_again: None) -> None:
    for name in ("light", "dark", "contrast"):
        t = theme.apply(name)
        p = qapp.palette()
        assert p.color(QPalette.ColorRole.Window).name() == t["window"]
        assert p.color(QPalette.ColorRole.Text).name() == t["text"]
        assert p.color(QPalette.ColorRole.Base).name() == t["base"]


def test_system_mode_follows_the_desktop_live(qapp: Any, light_again: None) -> None:
    assert theme.apply("system").name == "light"  # offscreen: Unknown -> Light
    seen: list[str] = []
    theme.notifier().changed.connect(lambda: seen.append(theme.current().name))
    theme.system_scheme_changed(Qt.ColorScheme.Dark)  # what the style hints signal calls
    assert theme.current().name == "dark" and seen[-1] == "dark"
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == THEMES["dark"]["window"]
    theme.system_scheme_changed(Qt.ColorScheme.Light)
    assert theme.current().name == "light"
    theme.apply("dark")  # a choice of the user's wins over the desktop
    theme.system_scheme_changed(Qt.ColorScheme.Light)
    assert theme.current().name == "dark"


def test_a_toned_label_changes_colour_with_the_theme(qtbot: Any, light_again: None) -> None:
    from PySide6.QtWidgets import QLabel

    theme.apply("light")
    label = QLabel("Red line")
    qtbot.addWidget(label)
    theme.tone(label, "heading")
    label.show()
    label.ensurePolished()
    light = label.palette().color(QPalette.ColorRole.WindowText).name()
    theme.apply("dark")
    label.ensurePolished()
    dark = label.palette().color(QPalette.ColorRole.WindowText).name()
    assert (light, dark) == (THEMES["light"]["heading"], THEMES["dark"]["heading"])


def test_settings_offer_the_colour_scheme_and_remember_it(
    qtbot: Any, window: Any, light_again: None
) -> None:
    from adgsom_desktop.ui.shell.settings_dialog import SettingsDialog, SettingsValues

    dlg = SettingsDialog(SettingsValues(colour_scheme="system"), [])
    qtbot.addWidget(dlg)
    labels = [dlg.colour_scheme.itemText(i) for i in range(dlg.colour_scheme.count())]
    assert labels == ["As the system", "Light", "Dark", "High contrast"]
    dlg.colour_scheme.setCurrentIndex(dlg.colour_scheme.findData("dark"))
    values = dlg.values()
    assert values.colour_scheme == "dark"
    window.commands.apply_settings(values)
    assert theme.current().name == "dark"
    assert window.preferences.colour_scheme() == "dark"
    from adgsom_desktop.ui.shell.preferences import Preferences

    again = Preferences(window.preferences._s.fileName() and Path(window.preferences._s.fileName()))
    assert again.colour_scheme() == "dark"
