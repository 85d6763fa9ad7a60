"""The app on a laptop screen, tried as a head of delegation (#22): the start page agrees
with the status bar (item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui]


def _feature(window: Any) -> Any:
    from adgsom_desktop.ui.structure.structure_feature import StructureFeature

    return next(f for f in window.features if isinstance(f, StructureFeature))


def test_the_start_page_of_a_new_store_agrees_with_the_status_bar(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    # A new store made with our delegation chosen (File > New store with TH).
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.create(tmp_path / "mission.adgsom", "TH", "Mission", None)
    f = _feature(window)
    # (``f.start`` would build the page: wait for the window to show it.)
    qtbot.waitUntil(
        lambda: f._start is not None and window.detail.currentWidget() is f._start, timeout=5000
    )
    assert window.delegation_label.text() == "Our delegation: TH"
    first = f.start.texts[0].text()
    assert "Not set yet" not in first and "TH · Thailand" in first
    assert f.start.btn_members.isEnabled()
    window.resize(1093, 614)
    save_artifact(window, "start_page_new_store_th")

    # Changed in Settings: both follow the same change at once.
    window.services.settings.update(our_delegation_code="SG")
    qtbot.waitUntil(lambda: "SG · Singapore" in f.start.texts[0].text(), timeout=3000)
    assert window.delegation_label.text() == "Our delegation: SG"
