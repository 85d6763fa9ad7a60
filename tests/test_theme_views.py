"""The main views in Light and Dark, switched live (issue #24, item 2).

The main window (position tab, stance map, negotiated text), live mode and the pack dialog
are built once in Light, then the theme is switched with the views open. In each scheme:
every visible label's text is sampled from a grabbed image against the background it is
drawn on (WCAG AA: 4.5:1), and in Dark no view stays white (the stance grid, the tags).
Screenshots at 1093x614 go to tests/artifacts/ with ADGSOM_SCREENSHOTS=1.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit, QWidget

from adgsom_desktop.ui.common import theme
from adgsom_desktop.ui.common.theme_colours import contrast_ratio
from tests.conftest import save_artifact
from tests.prepare_fixtures import open_store, show_tab

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _pixels(image: QImage) -> array[int]:
    """Every pixel of ``image`` as 0xRRGGBB integers."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    data = array("I")
    data.frombytes(bytes(rgb.constBits())[: rgb.width() * rgb.height() * 4])
    return data  # alpha is 0xff in every pixel of this format: _name drops it


def _name(pixel: int) -> str:
    return f"#{pixel & 0xFFFFFF:06x}"


STYLE = re.compile(r"""style=["']([^"']*)["']""")
COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")
BACKGROUND = re.compile(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})")


def background_of(widget: QWidget, shot: QImage) -> str:
    """The colour most of the widget is painted in (what its text sits on), read from
    ``shot``, its whole window grabbed (a transparent widget shows what is behind it)."""
    seen = widget.visibleRegion().boundingRect()
    corner = widget.mapTo(widget.window(), seen.topLeft())
    part = shot.copy(QRect(corner, seen.size()))
    return _name(Counter(_pixels(part)).most_common(1)[0][0])


def text_problems(widget: QWidget, shot: QImage, html: str, text: QColor) -> list[str]:
    """Each text colour of a label or text view (its palette's and every ``color`` of its
    HTML) against what it is drawn on (a span's own background, else the widget's as
    painted): the pairs below 4.5:1."""
    page = background_of(widget, shot)
    pairs = [(text.name(), page)]
    for style in STYLE.findall(html):
        fg, bg = COLOUR.search(style), BACKGROUND.search(style)
        if fg or bg:
            pairs.append((fg.group(1) if fg else text.name(), bg.group(1) if bg else page))
    return [
        f"{fg} on {bg}: {contrast_ratio(fg, bg):.2f}"
        for fg, bg in dict.fromkeys(pairs)
        if contrast_ratio(fg, bg) < 4.5
    ]


def white_share(widget: QWidget) -> float:
    """The share of a grabbed widget's pixels that are near white."""
    pixels = _pixels(widget.grab().toImage().scaled(220, 124))
    light = {p for p in set(pixels) if contrast_ratio(_name(p), "#000000") > 16.0}
    return sum(1 for p in pixels if p in light) / len(pixels)


def readable_problems(widget: QWidget) -> list[str]:
    """Text below 4.5:1 in the visible, enabled labels and text views of ``widget``."""
    out: list[str] = []
    shot = widget.grab().toImage()
    for label in widget.findChildren(QLabel):
        if (
            label.window() is widget
            and label.isVisible()
            and not label.visibleRegion().isEmpty()
            and label.isEnabled()
            and label.text().strip()
            and label.width() > 12
            and label.height() > 8
        ):
            text = label.palette().color(QPalette.ColorRole.WindowText)
            for p in text_problems(label, shot, label.text(), text):
                out.append(f"{label.objectName() or label.text()[:40]!r} {p}")
    for view in widget.findChildren(QTextEdit):
        if (
            view.window() is widget
            and view.isVisible()
            and not view.viewport().visibleRegion().isEmpty()
            and view.toPlainText().strip()
        ):
            text = view.palette().color(QPalette.ColorRole.Text)
            for p in text_problems(view.viewport(), shot, view.toHtml(), text):
                out.append(f"{view.objectName() or type(view).__name__} {p}")
    return out


@pytest.fixture
def views(qtbot: Any, window: Any, demo_path: Path) -> Any:
    from adgsom_desktop.ui.packs.pack_dialog import PackDialog
    from adgsom_desktop.ui.room.room_feature import RoomFeature

    services = open_store(qtbot, window, demo_path)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")
    item = next(i for i in services.agenda.items(som6.id) if i.number == "3.2.a")
    room = next(f for f in window.features if isinstance(f, RoomFeature))
    room.start_live_at(som6.id, item.id)
    events = [(e.id, e.title) for e in services.events.events()]
    pack = PackDialog(services.packs.choices(events[0][0]), window, events)
    qtbot.addWidget(pack)
    live = room.live
    yield window, som6, item, live, pack
    if shiboken6.isValid(live):
        live.close()
    theme.apply("light")


def _shots(qtbot: Any, views: Any) -> Iterator[tuple[str, QWidget]]:
    """Bring each view to the front, sized as a 1366x768 laptop at 125 %."""
    window, som6, item, live, pack = views
    for name, kind, record, tab in (
        ("position", "item", item.id, "positionEditor"),
        ("stance_map", "meeting", som6.id, "stanceMap"),
        ("texts", "meeting", som6.id, "textsTab"),
    ):
        window.resize(1093, 614)
        show_tab(qtbot, window, kind, record, tab)
        qtbot.wait(30)
        yield name, window
    for name, widget in (("live", live), ("pack", pack)):
        widget.resize(1093, 614)
        widget.show()
        qtbot.wait(30)
        yield name, widget


def test_main_views_are_readable_in_light_and_dark(qtbot: Any, views: Any) -> None:
    low: list[str] = []
    white: list[str] = []
    for scheme in ("light", "dark", "light"):  # back to Light: the switch works both ways
        theme.apply(scheme)
        QApplication.processEvents()
        for name, widget in _shots(qtbot, views):
            save_artifact(widget, f"theme_{scheme}_{name}")
            low += [f"{scheme} {name} {p}" for p in readable_problems(widget)]
            if scheme == "dark" and white_share(widget) > 0.02:
                white.append(f"{name}: {white_share(widget):.0%} near white")
    assert not low, "\n".join(low)
    assert not white, white
