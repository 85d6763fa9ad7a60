"""The head approving signed in to the team store, with his own key there, signs the
approval with it from the Approve dialog (review s32 H21): it then travels in any member's
bundle, where an unsigned one arrives "for review"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from adgsom_desktop.domain.enums import PositionStatus
from adgsom_desktop.domain.models import ApprovalSignature
from adgsom_desktop.services.container import Services
from adgsom_desktop.ui.positions.approve_dialog import ApproveDialog
from tests.conftest import save_artifact
from tests.prepare_fixtures import show_tab
from tests.test_team_conflict_gui import _app
from tests.test_team_members import PASSWORDS, _as, team  # noqa: F401 - fixture

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]
KEY = "Malee key passphrase 2026"


def test_the_heads_approval_in_the_window_is_signed_by_his_key(
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    team: tuple[str, dict[str, int]],  # noqa: F811
) -> None:
    url, ids = team
    as_head = _as(url, "malee", PASSWORDS["malee"])
    svc = Services.open(as_head)
    try:
        svc.keys.create(ids["malee"], KEY, KEY)
    finally:
        svc.close()
    seen: dict[str, Any] = {}

    def answer(dialog: ApproveDialog) -> QDialog.DialogCode:
        seen["asked"] = dialog.key_passphrase.isVisibleTo(dialog)
        seen["pin"] = dialog.pin.isVisibleTo(dialog)
        seen["name"] = dialog.key_passphrase.accessibleName()
        dialog.key_passphrase.setText(KEY)
        save_artifact(dialog, "approve_signed_in_with_key")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ApproveDialog, "exec", answer)
    head = _app(qtbot, tmp_path, "Malee", as_head)
    editor = show_tab(qtbot, head, "item", ids["item"], "positionEditor")
    qtbot.mouseClick(editor.btn_approve, Qt.MouseButton.LeftButton)
    svc = Services.open(url, actor="owner")
    try:
        qtbot.waitUntil(
            lambda: svc.positions.get(ids["item"]).status is PositionStatus.APPROVED,
            timeout=20_000,
        )
        assert seen == {"asked": True, "pin": False, "name": "Your key passphrase"}
        with svc.ctx.read() as s:
            assert s.scalar(select(ApprovalSignature.approver_uuid)) is not None
    finally:
        svc.close()


def test_an_empty_key_passphrase_says_the_approval_is_not_signed(
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    team: tuple[str, dict[str, int]],  # noqa: F811
) -> None:
    """Review s33 R5: the key passphrase left empty, the window says before approving
    that the approval is not signed and arrives elsewhere for review; Cancel approves
    nothing, "Approve unsigned" approves without a signature."""
    from adgsom_desktop.ui.common import confirm

    url, ids = team
    as_head = _as(url, "malee", PASSWORDS["malee"])
    svc = Services.open(as_head)
    try:
        svc.keys.create(ids["malee"], KEY, KEY)
    finally:
        svc.close()
    asked: list[str] = []
    answers = [False, True]

    def answer(_parent: Any, _title: str, text: str, _yes: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(ApproveDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(confirm, "ask", answer)
    head = _app(qtbot, tmp_path, "Malee", as_head)
    editor = show_tab(qtbot, head, "item", ids["item"], "positionEditor")
    qtbot.mouseClick(editor.btn_approve, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "not signed by your key" in asked[0] and "for review" in asked[0]
    svc = Services.open(url, actor="owner")
    try:
        assert svc.positions.get(ids["item"]).status is not PositionStatus.APPROVED
        qtbot.mouseClick(editor.btn_approve, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: svc.positions.get(ids["item"]).status is PositionStatus.APPROVED,
            timeout=20_000,
        )
        with svc.ctx.read() as s:
            assert s.scalar(select(ApprovalSignature.approver_uuid)) is None
    finally:
        svc.close()
