"""Only the head of our delegation or the alternate approves a brief (review s30 F5).

The finding: at a store file the Approve dialog listed all twelve members, and the
interpreter set her own approval PIN and approved a red line straight from draft; the
liaison did the same.  DOMAIN.md: the head approves, the alternate approves when the
head is away.  A team store already restricted its signed-in members to the team roles
head and alternate; the rule (``approves_briefs``) is now one for both stores: a
person's role in our delegation at a store file.  A head may approve a brief nobody
sent for review: the dialog says it skips the review, the audit log records it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from adgsom_desktop.domain.enums import MeetingKind, MemberRole, PositionStatus
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.positions.approve_dialog import ApproveDialog
from tests.conftest import save_artifact
from tests.helpers import run_cli
from tests.prepare_fixtures import click, open_store, settle, show_tab

PIN = "1357-approve"
REFUSED = r"(?i)only the head of delegation (and|or) the alternate approve"


def _delegation(services: Any) -> dict[str, int]:
    """Our delegation as the demo has it (one of each role) and an item with a draft brief."""
    ours = services.delegations.our_delegation()
    ids = {}
    for key, name, role in (
        ("head", "Pongsak Rattanavichai", MemberRole.HEAD),
        ("alternate", "Kanittha Srisuwan", MemberRole.ALTERNATE),
        ("adviser", "Thanawat Boonmee", MemberRole.ADVISER),
        ("aide", "Natthida Chaiyaporn", MemberRole.DESK_OFFICER),
        ("interpreter", "Ornanong Phetcharat", MemberRole.INTERPRETER),
        ("liaison", "Wichai Saelim", MemberRole.LIAISON),
    ):
        ids[key] = services.delegations.save_person(
            delegation_id=ours.id, full_name=name, role=role
        ).id
    event = services.events.save_event(title="6th ADGMIN and related meetings")
    meeting = services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", date=date(2026, 1, 12)
    )
    item = services.agenda.add_item(meeting.id, "Cross-border data flows")
    services.positions.save(
        item.id, PositionContent(objective="Support", red_line="No data localisation")
    )
    ids["item"] = item.id
    return ids


def test_only_the_head_or_the_alternate_approves(services: Any) -> None:
    """On a store file and for a team store's owner (nobody signed in: the PIN path)."""
    ids = _delegation(services)
    item = ids["item"]
    pins = services.approval_pins
    assert pins.required
    for who in ("interpreter", "liaison", "aide", "adviser"):
        with pytest.raises(ValidationError, match=REFUSED):
            pins.set_pin(ids[who], PIN)
        assert all(e.action != "set approval PIN" for e in services.audit.entries(50))
        with pytest.raises(ValidationError, match=REFUSED):
            services.positions.approve(item, ids[who], PIN)
    rec = services.positions.get(item)
    assert (rec.status, rec.approved_by_name) == (PositionStatus.DRAFT, "")
    assert [p.id for p in services.delegations.approvers()] == [ids["head"], ids["alternate"]]

    # The alternate approves (the head is away), after the brief went for review.
    services.positions.submit_for_review(item)
    pins.set_pin(ids["alternate"], PIN)
    rec = services.positions.approve(item, ids["alternate"], PIN)
    assert (rec.status, rec.approved_by_name) == (PositionStatus.APPROVED, "Kanittha Srisuwan")
    detail = next(e.detail for e in services.audit.entries(20) if e.action == "approve")
    assert "directly from draft" not in detail
    assert services.audit.verify().ok


def test_a_pin_set_before_the_rule_no_longer_approves(services: Any) -> None:
    """The interpreter of the review had set her PIN and approved: a store holding such a
    PIN refuses her approval now, whatever the PIN."""
    from adgsom_desktop.domain.settings import StoreSetting
    from adgsom_desktop.services.approval_pins import PIN_KEY, hash_pin

    ids = _delegation(services)
    with services.ctx.write() as s:
        s.add(StoreSetting(key=f"{PIN_KEY}{ids['interpreter']}", value=hash_pin(PIN)))
    with pytest.raises(ValidationError, match=REFUSED):
        services.positions.approve(ids["item"], ids["interpreter"], PIN)
    assert services.positions.get(ids["item"]).status is PositionStatus.DRAFT


def test_the_head_may_approve_a_draft_directly_and_the_log_says_so(services: Any) -> None:
    ids = _delegation(services)
    services.approval_pins.set_pin(ids["head"], PIN)
    rec = services.positions.approve(ids["item"], ids["head"], PIN)
    assert (rec.status, rec.approved_by_name) == (
        PositionStatus.APPROVED,
        "Pongsak Rattanavichai",
    )
    detail = next(e.detail for e in services.audit.entries(20) if e.action == "approve")
    assert "by Pongsak Rattanavichai" in detail
    assert "directly from draft (not sent for review)" in detail


def test_cli_refuses_the_interpreter(store_path: Path) -> None:
    services = Services.for_store(create_store(store_path, our_delegation_code="TH"))
    try:
        ids = _delegation(services)
    finally:
        services.close()
    store = str(store_path)
    pin = run_cli(
        "approval-pin", "--store", store, "--person", str(ids["interpreter"]), input=PIN + "\n"
    )
    assert pin.returncode != 0 and "Traceback" not in pin.stderr
    assert "only the head of delegation and the alternate approve" in pin.stderr
    approved = run_cli(
        "approve", "--store", store, "--item", str(ids["item"]),
        "--approver", str(ids["liaison"]), input=PIN + "\n",
    )  # fmt: skip
    assert approved.returncode != 0 and "Traceback" not in approved.stderr
    assert "only the head of delegation and the alternate approve" in approved.stderr
    after = Services.open(store_path)
    try:
        assert after.positions.get(ids["item"]).status is PositionStatus.DRAFT
    finally:
        after.close()


@pytest.mark.gui
def test_gui_approve_lists_only_the_head_and_the_alternate(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "roles.adgsom"
    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    try:
        ids = _delegation(svc)
    finally:
        svc.close()
    services = open_store(qtbot, window, path)
    editor = show_tab(qtbot, window, "item", ids["item"], "positionEditor")
    qtbot.waitUntil(lambda: editor.btn_approve.isEnabled(), timeout=5000)
    seen: list[tuple[list[str], bool]] = []

    def look(dialog: ApproveDialog) -> QDialog.DialogCode:
        names = [dialog.approver.itemText(n) for n in range(dialog.approver.count())]
        skipped = dialog.findChild(QLabel, "approveFromDraft")
        seen.append((names, skipped is not None and skipped.isVisibleTo(dialog)))
        dialog.resize(1093, 614)
        save_artifact(dialog, "approve_dialog_from_draft")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ApproveDialog, "exec", look)
    click(qtbot, editor.btn_approve)
    assert seen, "the Approve dialog did not open"
    names, says_skipped = seen[0]
    assert len(names) == 2, names
    assert names[0].startswith("Pongsak Rattanavichai") and "Head of delegation" in names[0]
    assert names[1].startswith("Kanittha Srisuwan") and "Alternate" in names[1]
    assert says_skipped  # a draft: approving it now skips the review
    # Sent for review: the dialog no longer says the review is skipped.
    click(qtbot, editor.btn_review)
    settle(services)
    qtbot.waitUntil(lambda: editor.status_chip.text() == "For review", timeout=5000)
    click(qtbot, editor.btn_approve)
    assert len(seen) == 2 and not seen[1][1]
    assert services.positions.get(ids["item"]).status is PositionStatus.FOR_REVIEW


def test_demo_head_and_alternate_approve(demo_services: Any) -> None:
    """The demo gives our members their roles: its heads and alternate approve."""
    approvers = demo_services.delegations.approvers()
    roles = {p.full_name: p.role for p in approvers}
    assert roles["Pongsak Rattanavichai"] is MemberRole.HEAD
    assert roles["Kanittha Srisuwan"] is MemberRole.ALTERNATE
    assert all(r in (MemberRole.HEAD, MemberRole.ALTERNATE) for r in roles.values())
    assert len(demo_services.delegations.our_members()) > len(approvers)
