"""Help > Guide in Thai and Vietnamese (issue #24): the contents pane shows every section's
title whole (a long Thai title wraps instead of being cut), with no sideways scrolling, in
the light and the dark theme; grabbed at 1093x614 to be looked at."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from adgsom_desktop.ui.common import theme
from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui]


@pytest.fixture(
    params=[("th", "light"), ("th", "dark"), ("en", "light"), ("en", "dark"), ("vi", "light")]
)
def guide(request: pytest.FixtureRequest, qapp: Any, qtbot: Any) -> Iterator[tuple[str, Any]]:
    from adgsom_desktop.ui.common import translation
    from adgsom_desktop.ui.shell.help_window import GuideWindow

    language, mode = request.param
    translation.install(qapp, language)
    theme.apply(mode)
    try:
        window = GuideWindow()
        qtbot.addWidget(window)
        window.resize(1093, 614)
        window.show()
        qtbot.waitExposed(window)
        yield f"{language}_{mode}", window
    finally:
        theme.apply("light")
        translation.install(qapp, "en")


def clipped_titles(window: Any) -> list[str]:
    """Titles of the contents pane that do not fit the row they are drawn in."""
    contents = window.contents
    margin = contents.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, contents)
    metrics = contents.fontMetrics()
    cut = []
    for row in range(contents.count()):
        item = contents.item(row)
        rect = contents.visualItemRect(item)
        text = rect.adjusted(margin + 1, 0, -margin - 1, 0)
        needed = metrics.boundingRect(text, int(Qt.TextFlag.TextWordWrap), item.text())
        if needed.height() > rect.height() or needed.width() > text.width():
            cut.append(item.text())
    return cut


def test_every_title_of_the_guide_is_shown_whole(guide: tuple[str, Any]) -> None:
    name, window = guide
    window.show_section("sharing")  # the longest Thai title, chosen
    QApplication.processEvents()
    save_artifact(window, f"guide_{name}")
    assert window.contents.count() >= 15
    assert clipped_titles(window) == []
    assert not window.contents.horizontalScrollBar().isVisible()
    longest = max(
        (window.contents.item(r) for r in range(window.contents.count())),
        key=lambda i: len(i.text()),
    )
    assert longest.toolTip() == longest.text()
