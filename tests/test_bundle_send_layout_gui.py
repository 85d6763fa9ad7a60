"""*Send a bundle…* at 1093x614 (s34): the word-wrapped notes under "For" and "Who may
read it" take the height of their lines, no more: no tall gap opens in the form between
its rows, in English or in Thai."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import save_artifact
from tests.prepare_fixtures import open_store

pytestmark = pytest.mark.usefixtures("no_leaked_jobs")


@pytest.fixture(params=["en", "th"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


def test_the_send_forms_notes_leave_no_gap(
    qtbot: Any, window: Any, demo_path: Path, language: str
) -> None:
    from PySide6.QtWidgets import QLabel

    from adgsom_desktop.ui.bundles.bundle_feature import BundleFeature

    open_store(qtbot, window, demo_path)
    feature = next(f for f in window.features if isinstance(f, BundleFeature))
    dlg = feature.send_dialog()
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.wait(50)
    save_artifact(dlg, f"bundle_send_layout_{language}")
    for note in (dlg.recipient_note, dlg.audience_note):
        if not note.isVisible():
            continue
        assert isinstance(note, QLabel) and note.text()
        needed = note.heightForWidth(note.width())
        # as tall as its lines at its width, give or take a line's leading
        assert note.height() <= needed + 8, (note.objectName(), note.height(), needed)
    # the rows follow one another: no row further from the one above than a line
    rows = sorted(
        (w.mapTo(dlg, w.rect().topLeft()).y(), w.mapTo(dlg, w.rect().bottomLeft()).y())
        for w in dlg.findChildren(QLabel)
        if w.isVisible() and w.parent() is dlg and w.text()
    )
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(rows) if b[0] > a[1]]
    assert max(gaps, default=0) < 40, (gaps, rows)
