"""*Take offline…* says what a member's trip copy leaves out, and why (review s32 H14)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.services.sync.withhold import left_out
from adgsom_desktop.services.trip_service import TripTaken
from tests.conftest import save_artifact


def _take(qtbot: Any, tmp_path: Path, gone: tuple[str, ...]) -> Any:
    from adgsom_desktop.ui.bundles.trip_dialogs import TakeOfflineDialog

    def start(v: Any, *, on_success: Any, **_callbacks: Any) -> None:
        on_success(TripTaken(v.path, "ADGMIN 6, Hà Nội", 8, 1234, gone))

    dlg = TakeOfflineDialog([(2, "ADGMIN 6, Hà Nội")], tmp_path, start, "th_demo")
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    dlg.encrypt.setChecked(False)
    dlg.btn_take.click()
    return dlg


def test_a_members_copy_says_what_was_left_out(qtbot: Any, tmp_path: Path) -> None:
    dlg = _take(qtbot, tmp_path, left_out(Audience.DELEGATION))
    text = dlg.outcome.text()
    assert text.startswith("Took ADGMIN 6")
    assert "Left out: background not for disclosure, personality notes on counterparts, " in text
    save_artifact(dlg, "trip_take_dialog_left_out")
    heads = _take(qtbot, tmp_path, left_out(Audience.HOD))
    assert "Left out" not in heads.outcome.text()
