"""*Take offline…* counts the meetings it took in the interface's language with Qt's plural
forms (s34): "1 meeting", "8 meetings", never "meeting(s)", in English, Thai and
Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.trip_service import TripTaken
from tests.conftest import save_artifact


@pytest.fixture(params=["en", "th", "vi"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


def _taken(qtbot: Any, tmp_path: Path, meetings: int) -> str:
    from adgsom_desktop.ui.bundles.trip_dialogs import TakeOfflineDialog

    def start(v: Any, *, on_success: Any, **_callbacks: Any) -> None:
        on_success(TripTaken(v.path, "ADGMIN 6, Hà Nội", meetings, 1234, ()))

    dlg = TakeOfflineDialog([(2, "ADGMIN 6, Hà Nội")], tmp_path, start, "th_demo")
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    dlg.encrypt.setChecked(False)
    dlg.btn_take.click()
    save_artifact(dlg, f"trip_take_{meetings}_meetings_{dlg.tr('Cancel')[:2]}")
    return str(dlg.outcome.text())


def test_the_meetings_taken_are_counted_in_the_interfaces_language(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    one, several = _taken(qtbot, tmp_path, 1), _taken(qtbot, tmp_path, 8)
    for said in (one, several):
        assert "(s)" not in said and "%" not in said and "1,234" in said, said
    if language == "en":
        assert ": 1 meeting, 1,234 records" in one, one
        assert ": 8 meetings, 1,234 records" in several, several
        return
    for said, n in ((one, "1"), (several, "8")):
        assert "meeting" not in said and f" {n} " in said, said


def test_the_suggested_file_name_is_in_the_interfaces_language(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    """The Take offline dialog suggests "Trip copy - EVENT.adgsom" in English, and the
    same in the interface's words in Thai and Vietnamese (s34: it was English in Thai)."""
    from adgsom_desktop.ui.bundles.trip_dialogs import TakeOfflineDialog

    dlg = TakeOfflineDialog([(2, "ADGMIN 6, Hà Nội")], tmp_path, lambda *_a, **_k: None, "th_demo")
    qtbot.addWidget(dlg)
    name = Path(dlg.path.text()).name
    assert name.endswith(".adgsom") and "ADGMIN-6-Hà-Nội" in name, name
    assert name.startswith("Trip copy - ") == (language == "en"), name


def test_the_intro_ends_its_lines_before_the_dialogs_edge(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    """The intro's lines, laid out as they draw (Thai in its own font), end at least an em
    before the label's right edge, and the label is as tall as they are: in Thai its one
    line ran to the last pixel at 1093x614 and read as cut at the right (s34)."""
    from PySide6.QtGui import QTextLayout

    from adgsom_desktop.ui.bundles.trip_dialogs import TakeOfflineDialog

    dlg = TakeOfflineDialog([(2, "ADGMIN 6, Hà Nội")], tmp_path, lambda *_a, **_k: None, "th_demo")
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    qtbot.waitExposed(dlg)
    intro = dlg.findChild(type(dlg.problem), "tripIntro")
    assert intro is not None and "th_demo" in intro.text()
    save_artifact(dlg, f"trip_take_intro_{language}")
    em = intro.fontMetrics().horizontalAdvance("M")
    layout = QTextLayout(intro.text(), intro.font())
    layout.beginLayout()
    widths, height = [], 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(intro.contentsRect().width())
        widths.append(line.naturalTextWidth())
        height += line.height()
    layout.endLayout()
    assert max(widths) <= intro.width() - em, (widths, intro.width(), em)
    assert intro.geometry().right() <= dlg.rect().right(), intro.geometry()
    assert intro.height() >= height - 1, (intro.height(), height)
