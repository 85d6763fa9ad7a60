"""Approving is the approver's own act on a store file too (#15 item 4).

The finding: anyone at the keyboard picked the head's name from a list and clicked
Approve.  Now an approval not made by a member signed in to a team store needs the
approver's own PIN (set by them while unset, or changed with the old one), kept as a
salted Argon2id hash; five wrong PINs in a row make approvals in their name wait
60 seconds; every wrong PIN and every wait is in the audit log; approvals given before
this rule are marked "before sign-in" in the history.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from adgsom_desktop.domain.enums import MeetingKind, MemberRole, PositionStatus
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services import approval_pins
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.positions.approve_dialog import ApproveDialog
from adgsom_desktop.ui.positions.pin_dialog import PinDialog
from tests.conftest import save_artifact
from tests.helpers import run_cli

PIN = "2468-malee"


def _brief(services: Any) -> tuple[int, int, int]:
    """Our head, an aide of ours, and an item whose brief is written: (head, aide, item)."""
    ours = services.delegations.our_delegation()
    head = services.delegations.save_person(
        delegation_id=ours.id, full_name="Malee Chaiyo", role=MemberRole.HEAD
    )
    aide = services.delegations.save_person(
        delegation_id=ours.id, full_name="Somchai Rattanakorn", role=MemberRole.DESK_OFFICER
    )
    event = services.events.save_event(title="6th ADGMIN and related meetings")
    meeting = services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", date=date(2026, 1, 12)
    )
    item = services.agenda.add_item(meeting.id, "ASEAN Digital Masterplan 2026-2030")
    services.positions.save(item.id, PositionContent(objective="Thailand supports it."))
    return head.id, aide.id, item.id


def _audit(services: Any) -> list[tuple[str, str]]:
    return [(e.action, e.detail) for e in services.audit.entries(200)]


def test_approving_needs_the_approvers_own_pin(services: Any) -> None:
    head, aide, item = _brief(services)
    pins = services.approval_pins
    assert pins.required  # a store file, or the team store's owner: nobody signed in
    # No PIN yet: refused in words, nothing approved.
    with pytest.raises(ValidationError, match="Malee Chaiyo has no approval PIN yet"):
        services.positions.approve(item, head, "anything")
    assert services.positions.get(item).status is PositionStatus.DRAFT
    # The head sets hers; too short a PIN is refused first.
    with pytest.raises(ValidationError, match="6 to 128 characters"):
        pins.set_pin(head, "12345")
    pins.set_pin(head, PIN)
    assert pins.state(head).is_set
    with pytest.raises(ValidationError, match="only the head of delegation and the alternate"):
        pins.state(aide)  # an aide approves nothing, so has no PIN (review s30 F5)
    # The aide knows the name but not the PIN: refused, recorded, nothing approved.
    with pytest.raises(ValidationError, match=r"Wrong PIN for Malee Chaiyo: nothing was changed"):
        services.positions.approve(item, head, "1234-guess")
    with pytest.raises(ValidationError, match="Wrong PIN"):
        services.positions.approve(item, head, "")
    assert services.positions.get(item).status is PositionStatus.DRAFT
    assert ("wrong approval PIN", "Malee Chaiyo, approving (1)") in _audit(services)
    # With her PIN it is her act, and the audit log says how it was given.
    rec = services.positions.approve(item, head, PIN)
    assert (rec.status, rec.approved_by_name) == (PositionStatus.APPROVED, "Malee Chaiyo")
    assert any(
        a == "approve" and "by Malee Chaiyo, with their approval PIN" in d
        for a, d in _audit(services)
    )
    # Changing it needs the old one; the store keeps a salted Argon2id hash, never the PIN.
    with pytest.raises(ValidationError, match="Wrong PIN"):
        pins.set_pin(head, "new-pin-9753", "not-the-old-one")
    pins.set_pin(head, "new-pin-9753", PIN)
    assert ("change approval PIN", "Malee Chaiyo") in _audit(services)
    with services.ctx.read() as s:
        from adgsom_desktop.domain.settings import StoreSetting

        stored = s.get(StoreSetting, f"approval_pin.{head}").value
    assert stored.startswith("$argon2id$") and PIN not in stored and "9753" not in stored
    assert services.audit.verify().ok


def test_five_wrong_pins_make_approvals_wait_a_minute(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services.for_store(create_store(store_path, our_delegation_code="TH"))
    try:
        head, _aide, item = _brief(services)
        services.approval_pins.set_pin(head, PIN)
        for n in range(1, 5):
            with pytest.raises(ValidationError, match=f"{5 - n} more tr"):
                services.positions.approve(item, head, f"guess-{n}00")
        with pytest.raises(ValidationError, match=r"5 times in a row: .* wait 60 seconds"):
            services.positions.approve(item, head, "guess-500")
        # During the wait even the right PIN is refused; nothing is approved.
        with pytest.raises(ValidationError, match=r"try again in \d+ seconds"):
            services.positions.approve(item, head, PIN)
        assert services.positions.get(item).status is PositionStatus.DRAFT
        assert services.approval_pins.state(head).wait_seconds > 0
        entries = _audit(services)
        assert sum(a == "wrong approval PIN" for a, _d in entries) == 5
        assert ("approval PIN wait", "Malee Chaiyo: 5 wrong PINs, 60-second wait") in entries
        # A minute later the right PIN approves.
        later = datetime.now().replace(tzinfo=None) + timedelta(hours=24)
        monkeypatch.setattr(approval_pins, "utcnow", lambda: later)
        assert services.positions.approve(item, head, PIN).status is PositionStatus.APPROVED
        assert services.audit.verify().ok
    finally:
        services.close()


def test_cli_approve_asks_the_approvers_pin(store_path: Path) -> None:
    services = Services.for_store(create_store(store_path, our_delegation_code="TH"))
    try:
        head, aide, item = _brief(services)
    finally:
        services.close()
    store = str(store_path)
    unset = run_cli("approve", "--store", store, "--item", str(item), "--approver", str(head))
    assert unset.returncode != 0 and "has no approval PIN yet" in unset.stderr
    assert "approval-pin --person" in unset.stderr
    made = run_cli("approval-pin", "--store", store, "--person", str(head), input=PIN + "\n")
    assert made.returncode == 0, made.stderr
    assert "Malee Chaiyo's approval PIN is set." in made.stdout
    assert "standard input: its first line as the new PIN" in made.stdout  # s34 S11
    stranger = run_cli(
        "approve", "--store", store, "--item", str(item), "--approver", str(aide), input="x\n"
    )
    assert stranger.returncode != 0 and "only the head of delegation and" in stranger.stderr
    wrong = run_cli(
        "approve", "--store", store, "--item", str(item), "--approver", str(head), input="0000-no\n"
    )
    assert wrong.returncode != 0 and "Wrong PIN for Malee Chaiyo" in wrong.stderr
    assert "Traceback" not in wrong.stderr and PIN not in wrong.stdout + wrong.stderr
    ok = run_cli(
        "approve", "--store", store, "--item", str(item), "--approver", str(head), input=PIN + "\n"
    )
    assert ok.returncode == 0, ok.stderr
    assert "by Malee Chaiyo" in ok.stdout
    # Changing it: the old one first, then the new one.
    bad = run_cli(
        "approval-pin", "--store", store, "--person", str(head), input="wrong-old\nnew-pin-1\n"
    )
    assert bad.returncode != 0 and "Wrong PIN" in bad.stderr
    changed = run_cli(
        "approval-pin", "--store", store, "--person", str(head), input=f"{PIN}\nnew-pin-1\n"
    )
    assert changed.returncode == 0 and "is changed" in changed.stdout
    assert (  # which line was taken as what (review s34 S11)
        "standard input: its first line as Malee Chaiyo's current PIN, the second as the new"
        in changed.stdout
    )
    after = Services.open(store_path)
    try:
        assert after.positions.get(item).approved_by_name == "Malee Chaiyo"
        assert after.audit.verify().ok
    finally:
        after.close()


def test_gui_approve_dialog_asks_the_pin_and_sets_it(
    qtbot: Any, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services.for_store(create_store(store_path, our_delegation_code="TH"))
    try:
        head, aide, _item = _brief(services)
        members = services.delegations.our_members()
        dlg = ApproveDialog(members, needs_pin=True, services=services)
        qtbot.addWidget(dlg)
        assert dlg.pin.isVisibleTo(dlg) and dlg.values() == head  # the head first
        # Set or change my PIN…: the PIN dialog for the chosen approver.
        shown: list[PinDialog] = []

        def fill(pin_dialog: PinDialog) -> int:
            shown.append(pin_dialog)
            pin_dialog.resize(1093, 614)
            save_artifact(pin_dialog, "pin_dialog_set")
            qtbot.keyClicks(pin_dialog.new, PIN)
            qtbot.keyClicks(pin_dialog.again, "different")
            pin_dialog.accept()  # refused: the two differ; it stays open, says so
            assert "differ" in pin_dialog.problem.text()
            assert not services.approval_pins.state(head).is_set
            pin_dialog.again.setText(PIN)
            pin_dialog.accept()
            return int(pin_dialog.result())

        monkeypatch.setattr(PinDialog, "exec", fill)
        qtbot.mouseClick(dlg.set_pin, Qt.MouseButton.LeftButton)
        assert shown and shown[0].result() == QDialog.DialogCode.Accepted
        assert services.approval_pins.state(head).is_set
        # Changing it: the old PIN is asked; a wrong one is said under the fields.
        change = PinDialog(services, head)
        qtbot.addWidget(change)
        assert change.old.isVisibleTo(change)
        change.old.setText("not-it-000")
        change.new.setText("new-pin-1")
        change.again.setText("new-pin-1")
        change.accept()
        assert "Wrong PIN for Malee Chaiyo" in change.problem.text()
        assert change.result() != QDialog.DialogCode.Accepted
        change.resize(1093, 614)
        save_artifact(change, "pin_dialog_wrong_old")
        dlg.pin.setText(PIN)
        dlg.resize(1093, 614)
        save_artifact(dlg, "approve_dialog_pin")
        assert (dlg.values(), dlg.pin_text()) == (head, PIN)
        # Signed in to a team store: only oneself, no PIN asked.
        signed = ApproveDialog(members, signed_in_id=aide)
        qtbot.addWidget(signed)
        assert signed.approver.count() == 1 and signed.values() == aide
        assert not signed.pin.isVisibleTo(signed)
    finally:
        services.close()


def test_history_marks_approvals_given_before_sign_in(
    store_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store upgraded from before the rule keeps its approvals, marked as given
    before sign-in; one approved with a PIN afterwards is not marked."""
    from adgsom_desktop.domain.settings import StoreSetting
    from adgsom_desktop.ui.positions.position_history_dialog import PositionHistoryDialog

    services = Services.for_store(create_store(store_path, our_delegation_code="TH"))
    try:
        head, _aide, item = _brief(services)
        services.approval_pins.set_pin(head, PIN)
        services.positions.approve(item, head, PIN)
        # As migration 0016 leaves a store upgraded after this approval was given.
        later = datetime.now().replace(tzinfo=None) + timedelta(minutes=5)
        with services.ctx.write() as s:
            s.get(StoreSetting, "approvals_signed_since").value = later.isoformat(sep=" ")
        dlg = PositionHistoryDialog(services, item)
        qtbot.addWidget(dlg)
        assert "Approved (before sign-in)" in dlg.list.item(0).text()
        with services.ctx.write() as s:
            s.get(StoreSetting, "approvals_signed_since").value = "2020-01-01 00:00:00"
        dlg.reload()
        assert "Approved" in dlg.list.item(0).text()
        assert "before sign-in" not in dlg.list.item(0).text()
    finally:
        services.close()


def test_putting_an_approval_back_needs_the_pin_again(services: Any) -> None:
    """Undo/redo of a workflow step that makes the brief approved again is an approval:
    without the approver's PIN it is refused (it was not, before: Ctrl+Shift+Z approved)."""
    head, _aide, item = _brief(services)
    services.approval_pins.set_pin(head, PIN)
    done = services.positions.step(item, PositionStatus.APPROVED, approver_id=head, pin=PIN)
    services.positions.restore_workflow(done.before, undo=True)  # withdrawing: no PIN
    assert services.positions.get(item).status is PositionStatus.DRAFT
    with pytest.raises(ValidationError, match="needs the approver's own PIN"):
        services.positions.restore_workflow(done.after, undo=False)
    with pytest.raises(ValidationError, match="Wrong PIN for Malee Chaiyo"):
        services.positions.restore_workflow(done.after, undo=False, pin="guess-1234")
    assert services.positions.get(item).status is PositionStatus.DRAFT
    rec = services.positions.restore_workflow(done.after, undo=False, pin=PIN)
    assert (rec.status, rec.approved_by_name) == (PositionStatus.APPROVED, "Malee Chaiyo")
    # Undoing "back to draft" of an approved brief puts an approval back too.
    left = services.positions.step(item, PositionStatus.DRAFT)
    with pytest.raises(ValidationError, match="needs the approver's own PIN"):
        services.positions.restore_workflow(left.before, undo=True)
    assert services.positions.get(item).status is PositionStatus.DRAFT
    assert services.audit.verify().ok
