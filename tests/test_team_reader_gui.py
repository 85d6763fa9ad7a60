"""A team-store reader is told the truth and cannot type in vain (s31 G5), in the window.

Before: a member added with ``--role reader`` got an editable brief with Submit,
Approve, Edit and Return to draft enabled; the server's refusal read "permission denied
for table agenda_item ... will be saved as soon as possible" (it never would be).  Now
the window knows the sign-in's role: the status bar says "(reader)", the brief is
read-only with the write buttons off and one sentence saying why, and a write that
still reaches the server is refused in that sentence, never retried.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.ui.common import confirm
from tests.conftest import save_artifact
from tests.prepare_fixtures import show_tab, type_text
from tests.test_team_conflict_gui import _app
from tests.test_team_members import PASSWORDS, _as, team  # noqa: F401 - fixture

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

SENTENCE = (
    "You can read this team store but not change it (your role: reader). "
    "Ask the head of delegation for a member's sign-in."
)


def test_a_reader_reads_a_brief_and_is_told_why_it_cannot_change_it(
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    team: tuple[str, dict[str, int]],  # noqa: F811
) -> None:
    url, ids = team
    win = _app(qtbot, tmp_path, "Noi", _as(url, "noi", PASSWORDS["noi"]))
    assert "signed in as Noi Srisuk (reader)" in win.store_label.text()
    status = win.findChild(type(win.store_label), "damagedStatus")
    assert status.isVisible() and status.text() == "Read-only: a reader's sign-in"

    editor = show_tab(qtbot, win, "item", ids["item"], "positionEditor")
    assert editor.rec is not None and editor.rec.version_no == 1  # a draft brief
    assert editor.form.objective.isReadOnly() and editor.form.red_line.isReadOnly()
    for button in (editor.btn_review, editor.btn_approve, editor.btn_draft, editor.btn_carry):
        assert not button.isEnabled(), button.text()
    assert not editor.btn_edit.isVisible()
    assert editor.banner_box.isVisible() and editor.banner.text() == SENTENCE
    assert editor.btn_history.isEnabled()  # reading the history is reading
    win.resize(1093, 614)
    save_artifact(win, "team_reader_brief")

    # A write that still reaches the server (an editor unlocked by some other path) is
    # refused in the same sentence: no table name, no promise, no retry.
    editor.form.set_read_only(False)
    type_text(editor.form.red_line, "No new levy.")
    editor.flush()
    qtbot.waitUntil(lambda: "Not saved" in editor.save_label.text(), timeout=10_000)
    said = editor.save_label.text()
    assert SENTENCE.rstrip(".") in said
    assert "permission denied" not in said and "as soon as possible" not in said
    assert not editor.state._timer.isActive()  # not a passing fault: never retried

    # Quitting asks before the refused text is lost (it is still on screen); the reader
    # agrees and the window closes with the server still up.
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda *a: asked.append(str(a)) or True)
    assert win.close()
    assert asked and "could not be saved" in asked[0] and "permission denied" not in asked[0]
