"""Two app instances on one team store see each other's work live (#16 item 1).

Before: the app listened to nobody, so another member's note, brief or approval
appeared only after a reload.  Now the window listens to the store's change feed
(a thread of its own; the changes reach the views on the GUI thread through the
change relay) from the moment a team store opens: the notes list, the brief and
its status follow the other member's commits, and text typed but not saved yet
stays where it is (the save that follows meets the other member's version as a
conflict, shown, nothing lost).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, MemberRole, PositionStatus
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.ui.common import confirm
from adgsom_desktop.ui.positions.stance_style import status_label
from tests.helpers import approve
from tests.prepare_fixtures import show_tab, type_text
from tests.test_team_conflict_gui import _app

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]


def _meeting_with_brief(url: str) -> tuple[int, int, int, int, int]:
    """(meeting, item, another item, note, head of delegation) on the team store."""
    services = Services.open(url, actor="setup")
    try:
        event = services.events.save_event(title="6th ADGMIN and related meetings")
        meeting = services.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
        )
        item = services.agenda.add_item(meeting.id, "ASEAN Digital Masterplan 2026-2030")
        other = services.agenda.add_item(meeting.id, "Digital Economy Framework Agreement")
        for it in (item, other):
            services.positions.save(
                it.id, PositionContent(objective="Thailand supports the draft masterplan.")
            )
        note = services.notes.add(meeting.id, "Viet Nam supports the annex", item_id=item.id)
        th = next(d for d in services.delegations.delegations() if d.code == "TH")
        hod = services.delegations.save_person(
            delegation_id=th.id, full_name="Khun Malee", role=MemberRole.HEAD
        )
        return meeting.id, item.id, other.id, note.id, hod.id
    finally:
        services.close()


def test_another_members_note_brief_and_approval_appear_live(
    qtbot: Any,
    team_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    meeting_id, item_id, other_id, note_id, hod_id = _meeting_with_brief(team_url)
    aide = _app(qtbot, tmp_path, "Somchai", team_url)
    head = _app(qtbot, tmp_path, "Malee", team_url)
    qtbot.waitUntil(lambda: head.team_live.listening, timeout=10_000)

    # A note Somchai corrects appears in Malee's notes list.
    notes = show_tab(qtbot, head, "meeting", meeting_id, "meetingNotes")
    qtbot.waitUntil(lambda: notes.model.row_of(note_id) >= 0, timeout=5000)
    aide.services.notes.edit(
        note_id,
        text="Viet Nam supports the annex, with a review in 2028",
        kind=aide.services.notes.note(note_id).kind,
        item_id=item_id,
        speaker_delegation_id=None,
    )

    def note_text() -> str:
        rec = notes.model.note(notes.model.row_of(note_id))
        return rec.text if rec is not None else ""

    qtbot.waitUntil(lambda: "review in 2028" in note_text(), timeout=3000)
    # A new note too.
    added = aide.services.notes.add(meeting_id, "Lao PDR asks for a phased approach")
    qtbot.waitUntil(lambda: notes.model.row_of(added.id) >= 0, timeout=3000)

    # The brief Malee has open follows Somchai's save, and then the approval.
    editor = show_tab(qtbot, head, "item", item_id, "positionEditor")
    assert editor.rec.version_no == 1
    aide.services.positions.save(
        item_id,
        PositionContent(objective="Thailand supports the masterplan with a mid-term review."),
        expected_version=1,
    )
    qtbot.waitUntil(lambda: "mid-term review" in editor.form.objective.toPlainText(), timeout=3000)
    assert editor.rec.version_no == 2
    aide.services.positions.submit_for_review(item_id)
    approve(aide.services, item_id, hod_id)
    qtbot.waitUntil(
        lambda: editor.rec is not None and editor.rec.status is PositionStatus.APPROVED,
        timeout=3000,
    )
    assert editor.status_chip.text() == status_label(PositionStatus.APPROVED)

    # Malee types in another brief; before her save Somchai saves the same section: her
    # text stays on screen, and her save meets his version as a conflict that names him
    # (nothing lost). Saves of different sections merge without one (G1).
    editor = show_tab(qtbot, head, "item", other_id, "positionEditor")
    assert editor.rec.version_no == 1
    type_text(editor.form.red_line, "No new levy on cross-border data flows.")
    aide.services.positions.save(
        other_id,
        PositionContent(
            objective="Thailand supports the agreement, reviewed in 2028.",
            red_line="No data localisation requirement.",
        ),
        expected_version=1,
    )
    qtbot.wait(300)
    assert editor.form.red_line.toPlainText() == "No new levy on cross-border data flows."
    editor.flush()
    qtbot.waitUntil(lambda: editor.btn_compare.isVisible(), timeout=5000)
    assert "Somchai" in editor.banner.text()
    assert editor.form.red_line.toPlainText() == "No new levy on cross-border data flows."

    # Quitting asks about the refused text; Malee agrees to lose it. Nothing is tried on
    # the closed store afterwards (it logged "save failed ... The store is closed" when
    # the focus left her brief as the window went away: review3 item 0).
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _y: asked.append(text) or True)
    with caplog.at_level(logging.WARNING, logger="adgsom_desktop.ui"):
        head.close()
        aide.close()
        qtbot.wait(100)
    assert head.services is None and aide.services is None
    assert "could not be saved" in asked[0] and len(asked) == 1
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
