"""Where ``bundle export --out`` writes (review s32 H8).

A folder given as --out got the bundle written BESIDE it (``/media/usb`` ->
``/media/usb.adgsom-bundle``, on the laptop rather than the stick), and an existing file was
replaced without a word.  Now a folder gets the bundle inside it under a proposed name (the
path written is said), and an existing file is replaced only on request (``--force`` on the
command line, a confirmation in *Send a bundle…*)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.bundle_fixtures import AIDE_PASS, Pair
from tests.helpers import run_cli

pytestmark = pytest.mark.usefixtures("no_leaked_jobs")


def _export(pair: Pair, out: Path, *more: str) -> Any:
    head = "Pongsak"  # the head's public key in the aide's store (bundle_fixtures._people)
    return run_cli(
        "bundle", "export", "--store", str(pair.tmp / "a.adgsom"), "--meeting",
        str(pair.meeting), "--to", head.split()[0], "--out", str(out), "--passphrase-stdin",
        *more, input=AIDE_PASS + "\n",
    )  # fmt: skip


@pytest.mark.slow
def test_a_folder_gets_the_bundle_inside_and_a_file_is_replaced_only_when_asked(
    pair: Pair,
) -> None:
    pair.a.close()  # the command line opens the aide's store itself
    stick = pair.tmp / "usb"
    stick.mkdir()
    wrote = _export(pair, stick)
    assert wrote.returncode == 0, wrote.stderr
    inside = list(stick.iterdir())
    assert len(inside) == 1 and inside[0].name.endswith(".adgsom-bundle")
    assert f"Wrote {inside[0]} (" in wrote.stdout
    assert not (pair.tmp / "usb.adgsom-bundle").exists()

    before = inside[0].read_bytes()
    again = _export(pair, inside[0])
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "already exists" in again.stderr and "--force" in again.stderr
    assert inside[0].read_bytes() == before
    again = _export(pair, stick)  # the name proposed in the folder is taken too
    assert again.returncode == 1 and "already exists" in again.stderr
    assert inside[0].read_bytes() == before

    forced = _export(pair, inside[0], "--force")
    assert forced.returncode == 0, forced.stderr
    assert inside[0].read_bytes() != before  # a new bundle (sealed afresh)


def test_the_service_refuses_to_replace_a_file_unless_told(pair: Pair) -> None:
    from adgsom_desktop.errors import ValidationError

    first = pair.send("kept.adgsom-bundle")
    before = first.read_bytes()
    with pytest.raises(ValidationError, match="already exists"):
        pair.send("kept.adgsom-bundle")
    assert first.read_bytes() == before
    assert pair.send("kept.adgsom-bundle", overwrite=True) == first
    assert first.read_bytes() != before


def _dialog(qtbot: Any, pair: Pair) -> Any:
    from adgsom_desktop.ui.bundles.send_dialog import BundleSendDialog

    a = pair.a
    meetings = [(m.id, m.short_title or m.title) for m in a.events.meetings()]
    dlg = BundleSendDialog(
        meetings, a.keys.members(), a.keys.roles(), pair.tmp, meeting_id=pair.meeting
    )
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    dlg.key_passphrase.setText(AIDE_PASS)
    return dlg


def test_the_send_dialog_asks_before_replacing_a_file(
    qtbot: Any, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    existing = pair.send("taken.adgsom-bundle")
    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.No}

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        asked.append(text)
        return answer["button"]

    monkeypatch.setattr(QMessageBox, "question", question)
    dlg = _dialog(qtbot, pair)
    dlg.out.setText(str(existing))
    dlg.btn_send.click()
    assert len(asked) == 1 and existing.name in asked[0]
    assert dlg.result() != dlg.DialogCode.Accepted  # not replaced: the dialog stays
    answer["button"] = QMessageBox.StandardButton.Yes
    dlg.btn_send.click()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.values().overwrite is True and dlg.values().out == existing

    fresh = _dialog(qtbot, pair)  # a new file: no question, nothing replaced
    asked.clear()
    fresh.out.setText(str(pair.tmp / "new.adgsom-bundle"))
    fresh.btn_send.click()
    assert asked == [] and fresh.values().overwrite is False
