"""A member who is neither head nor alternate gets no *Approve…* (review s32 H17).

Signed in to the team store as a member, *Approve…* was enabled and opened a dialog with an
empty "Approved by" list.  Now it is off, the reason as its tooltip (as for a reader); the
head's stays on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.prepare_fixtures import show_tab
from tests.test_team_conflict_gui import _app
from tests.test_team_members import PASSWORDS, _as, team  # noqa: F401 - fixture

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]


def test_approve_is_off_for_a_member_with_the_reason(
    qtbot: Any,
    tmp_path: Path,
    team: tuple[str, dict[str, int]],  # noqa: F811
) -> None:
    url, ids = team
    aide = _app(qtbot, tmp_path, "Somchai", _as(url, "somchai", PASSWORDS["somchai"]))
    editor = show_tab(qtbot, aide, "item", ids["item"], "positionEditor")
    assert editor.rec is not None and editor.btn_review.isEnabled()
    assert not editor.btn_approve.isEnabled()
    assert editor.btn_approve.toolTip() == (
        "Only the head of delegation or the alternate approves a brief: you are signed in as "
        "Somchai Rattanakorn (member)."
    )

    head = _app(qtbot, tmp_path, "Malee", _as(url, "malee", PASSWORDS["malee"]))
    editor = show_tab(qtbot, head, "item", ids["item"], "positionEditor")
    assert editor.btn_approve.isEnabled() and editor.btn_approve.toolTip() == ""
