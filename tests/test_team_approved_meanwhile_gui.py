"""Two members on one team store: the head approves a brief the aide is typing in (G6).

Before (review s31 G6): the aide's autosave was refused and the text kept, but the
editor still said "For review" with Approve… enabled, and offered no way on.  Now the
editor follows the approval as it happens (badge Approved, read-only), and the banner
offers "Reopen as draft with my text" or "Discard my text"; both do what they say.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import PositionStatus
from adgsom_desktop.services.container import Services
from adgsom_desktop.ui.positions.stance_style import status_label
from tests.conftest import save_artifact
from tests.helpers import approve
from tests.prepare_fixtures import show_tab, type_text
from tests.test_team_conflict_gui import _app, _typing_slowly
from tests.test_team_live_gui import _meeting_with_brief

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

AIDE_TEXT = "No binding targets before 2028."


def _stored(url: str, item_id: int) -> tuple[int, PositionStatus, str]:
    services = Services.open(url, actor="check")
    try:
        rec = services.positions.get(item_id)
        assert rec is not None
        return rec.version_no, rec.status, rec.content.red_line
    finally:
        services.close()


def _approved_while_typing(qtbot: Any, aide: Any, head: Any, item_id: int, hod_id: int) -> Any:
    """The aide types in the brief (not saved yet); the head approves it meanwhile."""
    editor = show_tab(qtbot, aide, "item", item_id, "positionEditor")
    assert editor.rec.status is PositionStatus.FOR_REVIEW
    _typing_slowly(editor)
    type_text(editor.form.red_line, AIDE_TEXT)
    approve(head.services, item_id, hod_id)
    # The editor follows the approval made meanwhile, the aide's text still on screen.
    qtbot.waitUntil(
        lambda: editor.rec is not None and editor.rec.status is PositionStatus.APPROVED,
        timeout=5000,
    )
    assert editor.status_chip.text() == status_label(PositionStatus.APPROVED)
    assert not editor.btn_approve.isEnabled()
    assert editor.form.red_line.isReadOnly()
    assert AIDE_TEXT in editor.form.red_line.toPlainText()
    # Its autosave is refused (approved): the banner offers both ways on.
    editor.flush()
    qtbot.waitUntil(lambda: editor.state.failed, timeout=5000)
    assert editor.btn_reopen_mine.isVisible() and editor.btn_discard_mine.isVisible()
    assert not editor.btn_edit.isVisible()
    assert "Khun Malee" in editor.banner.text() and "approved" in editor.banner.text().lower()
    assert AIDE_TEXT in editor.form.red_line.toPlainText()
    # said once, in the banner: the marker points to it
    assert "approved this brief meanwhile (see above)" in editor.save_label.text()
    return editor


def test_an_approval_made_meanwhile_is_followed_and_the_text_reopens_or_goes(
    qtbot: Any, team_url: str, tmp_path: Path
) -> None:
    _meeting, item_id, other_id, _note, hod_id = _meeting_with_brief(team_url)
    setup = Services.open(team_url, actor="setup")
    try:
        for it in (item_id, other_id):
            setup.positions.submit_for_review(it)
    finally:
        setup.close()
    aide = _app(qtbot, tmp_path, "Somchai", team_url)
    head = _app(qtbot, tmp_path, "Malee", team_url)
    qtbot.waitUntil(lambda: aide.team_live.listening, timeout=10_000)

    # "Reopen as draft with my text": a new draft version holds the aide's text.
    editor = _approved_while_typing(qtbot, aide, head, item_id, hod_id)
    aide.resize(1093, 614)
    save_artifact(aide, "g6_approved_meanwhile")
    before = _stored(team_url, item_id)
    assert before[1] is PositionStatus.APPROVED and AIDE_TEXT not in before[2]
    editor.btn_reopen_mine.click()
    qtbot.waitUntil(lambda: _stored(team_url, item_id)[1] is PositionStatus.DRAFT, timeout=5000)
    version, _status, red_line = _stored(team_url, item_id)
    assert version == before[0] + 1 and AIDE_TEXT in red_line
    qtbot.waitUntil(lambda: not editor.state.unsaved, timeout=5000)
    assert editor.status_chip.text() == status_label(PositionStatus.DRAFT)
    assert not editor.form.red_line.isReadOnly()
    assert not editor.btn_reopen_mine.isVisible()

    # "Discard my text": the approved brief as stored, nothing written.
    editor = _approved_while_typing(qtbot, aide, head, other_id, hod_id)
    before = _stored(team_url, other_id)
    editor.btn_discard_mine.click()
    assert AIDE_TEXT not in editor.form.red_line.toPlainText()
    assert not editor.state.unsaved
    assert editor.btn_edit.isVisible() and not editor.btn_discard_mine.isVisible()
    assert editor.status_chip.text() == status_label(PositionStatus.APPROVED)
    qtbot.wait(500)
    assert _stored(team_url, other_id) == before
    head.close()
    aide.close()
