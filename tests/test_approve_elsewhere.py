"""Approvers who approve in their own store, not here (review s33 R1, R18, R5).

R18: in the aide's own store the Approve dialog offered the head with a PIN field, and
refused only after a PIN was typed; now it lists only who may approve here and says of
the others, before any PIN, that they approve in their own store.
R1: in a store file holding one member's own key, a key is no longer made "for" another
approver (who would then get a PIN and approve here in that name).
R5 (store file part): approving a draft from the command line says it skipped the review.
Through the window (qtbot), the services and the CLI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from adgsom_desktop.domain.enums import PositionStatus
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from adgsom_desktop.ui.positions.approve_dialog import ApproveDialog
from tests.conftest import save_artifact
from tests.helpers import run_cli
from tests.prepare_fixtures import show_tab
from tests.test_approval_pin_own_store import HEAD, two  # noqa: F401 - fixture
from tests.test_team_conflict_gui import _app

PONGSAK = 2  # the demo's head of delegation at ADGSOM: no key in either store


def test_a_store_with_the_aides_own_key_makes_no_key_for_another_approver(
    two: dict[str, Any],  # noqa: F811
) -> None:
    aide, head = str(two["aide"]), str(two["head"])
    r = run_cli("keys", "create", "--store", aide, "--person", str(PONGSAK),
                "--passphrase-stdin", input="Forged-2026x\n")  # fmt: skip
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "This store is Natthida" in r.stderr
    assert "make Pongsak Rattanavichai's key in Pongsak Rattanavichai's own store" in r.stderr
    # so no PIN for him, and no approval in his name, either
    r = run_cli("approval-pin", "--store", aide, "--person", str(PONGSAK),
                input="PinPin-2026\n")  # fmt: skip
    assert r.returncode == 1 and "This is not Pongsak Rattanavichai's store" in r.stderr
    # the head's own store alike: it is Worawit's
    r = run_cli("keys", "create", "--store", head, "--person", str(PONGSAK),
                "--passphrase-stdin", input="Forged-2026x\n")  # fmt: skip
    assert r.returncode == 1 and "This store is Worawit Chanthasiri's" in r.stderr
    for path in (two["aide"], two["head"]):
        svc = Services.for_store(Store.open(path), actor="check")
        try:
            assert [k for k in svc.keys.members() if k.person_id == PONGSAK] == []
            assert not svc.approval_pins.state(PONGSAK).is_set
        finally:
            svc.close()


def test_approving_a_draft_on_the_command_line_says_it_skipped_the_review(
    two: dict[str, Any],  # noqa: F811
) -> None:
    head = str(two["head"])
    svc = Services.for_store(Store.open(two["head"]), actor="Worawit")
    try:
        item = svc.positions.get(two["item"])
        if item is not None and item.status is not PositionStatus.DRAFT:
            svc.positions.step(two["item"], PositionStatus.DRAFT)
        assert svc.positions.get(two["item"]).status is PositionStatus.DRAFT
    finally:
        svc.close()
    run_cli("approval-pin", "--store", head, "--person", str(HEAD), input="HeadPin-2026\n")
    r = run_cli("approve", "--store", head, "--item", str(two["item"]),
                "--approver", str(HEAD), input="HeadPin-2026\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "by Worawit Chanthasiri." in r.stdout and "skipped the review" in r.stdout


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
@pytest.mark.parametrize("whose", ["aide", "head"])
def test_the_approve_dialog_lists_only_who_approves_in_this_store(
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    two: dict[str, Any],  # noqa: F811
    whose: str,
) -> None:
    seen: dict[str, Any] = {}

    def look(dialog: ApproveDialog) -> QDialog.DialogCode:
        dialog.resize(1093, 614)
        save_artifact(dialog, f"approve_elsewhere_{whose}")
        names = [dialog.approver.itemText(i) for i in range(dialog.approver.count())]
        seen["names"] = names
        seen["pin"] = dialog.pin.isVisibleTo(dialog)
        seen["ok"] = dialog.ok.isEnabled()
        label = dialog.findChild(QLabel, "approversElsewhere")
        seen["reason"] = label.text() if label is not None and label.isVisibleTo(dialog) else ""
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ApproveDialog, "exec", look)
    win = _app(qtbot, tmp_path, whose, str(two[whose]))
    editor = show_tab(qtbot, win, "item", two["item"], "positionEditor")
    qtbot.mouseClick(editor.btn_approve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "names" in seen, timeout=10_000)
    assert "This is not Pongsak Rattanavichai's store" in seen["reason"]
    assert "This is not Kanittha Srisuwan's store" in seen["reason"]
    if whose == "aide":  # nobody approves in her store: no PIN asked, Approve off
        assert "This is not Worawit Chanthasiri's store" in seen["reason"]
        assert (seen["pin"], seen["ok"]) == (False, False)
    else:  # the head's own store: him only, with his PIN
        assert len(seen["names"]) == 1 and "Worawit Chanthasiri" in seen["names"][0]
        assert "Worawit" not in seen["reason"]
        assert (seen["pin"], seen["ok"]) == (True, True)
