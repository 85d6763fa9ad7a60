"""Live mode and the note dialogs, as a user meets them: text pasted from Word, a refused
note cleared, the jump box, and live mode left open with a refused note at the end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from adgsom_desktop.domain.enums import MeetingKind
from tests.conftest import save_artifact
from tests.prepare_fixtures import (
    answers,  # noqa: F401 - fixture
    settle,
)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]

WORD_PASTE = "Pasted from Word\x0bsecond line\x0cpage"


def _meeting(services: Any) -> Any:
    event = services.events.save_event(title="6th ADGMIN", timezone="Asia/Bangkok")
    meeting = services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
    )
    for title in ("Opening", "ADM 2026-2030", "AI governance"):
        services.agenda.add_item(meeting.id, title)
    return meeting


def _live(qtbot: Any, services: Any, meeting: Any) -> Any:
    from adgsom_desktop.ui.room.live_mode import LiveWindow

    live = LiveWindow(services, meeting.id)
    qtbot.addWidget(live)
    live.show()
    qtbot.waitExposed(live)
    live.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live, timeout=3000)
    return live


def _paste(widget: Any, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    widget.setFocus()
    widget.insertFromMimeData(mime)


def test_a_note_pasted_from_word_is_saved_with_its_line_breaks(
    qtbot: Any, services: Any, messages: list[Any]
) -> None:
    meeting = _meeting(services)
    live = _live(qtbot, services, meeting)
    _paste(live.text, WORD_PASTE + "\x07")  # and a bell: invisible, dropped
    assert live.text.toPlainText() == "Pasted from Word\nsecond line\npage"
    assert "1 invisible control character was removed" in live.hint.text()
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    settle(services)  # on disk when it shows as saved
    saved = services.notes.notes(meeting.id)
    assert [n.text for n in saved] == ["Pasted from Word\nsecond line\npage"]
    assert live.text.toPlainText() == "" and not live.state.failed
    save_artifact(live, "live_mode_after_word_paste")
    assert messages == []


def test_a_paste_too_long_for_a_note_is_refused_in_words(
    qtbot: Any, services: Any, messages: list[Any]
) -> None:
    meeting = _meeting(services)
    live = _live(qtbot, services, meeting)
    qtbot.keyClicks(live.text, "Chair: ")
    _paste(live.text, "x" * 5_000_000)  # refused at once, not laid out
    assert live.text.toPlainText() == "Chair: "
    assert "too long for this field (5,000,000 characters; at most 100,000)" in live.hint.text()
    assert "Nothing was pasted" in live.hint.text()
    assert not live.state.failed and messages == []
    _paste(live.text, "y" * 99_993)  # exactly fills a note
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    settle(services)
    assert len(services.notes.notes(meeting.id)[0].text) == 100_000


def test_the_note_service_reads_words_line_breaks_as_new_lines(services: Any) -> None:
    """A note that reaches the service with \\v or \\f (not through a cleaned paste) is kept."""
    meeting = _meeting(services)
    note = services.notes.add(meeting.id, WORD_PASTE)
    assert note.text == "Pasted from Word\nsecond line\npage"
    edited = services.notes.edit(
        note.id,
        text="First\x0bSecond\u2028Third",
        kind=note.kind,
        item_id=None,
        speaker_delegation_id=None,
    )
    assert edited.text == "First\nSecond\nThird"


def test_note_and_action_dialogs_clean_a_paste(qtbot: Any, services: Any) -> None:
    from adgsom_desktop.ui.room.room_dialogs import (
        ActionDialog,
        ActionValues,
        NoteDialog,
        NoteValues,
    )

    meeting = _meeting(services)
    note = services.notes.add(meeting.id, "Original")
    dlg = NoteDialog(NoteValues("Original"), [], [])
    qtbot.addWidget(dlg)
    dlg.saver = lambda v: services.notes.edit(
        note.id, text=v.text, kind=v.kind, item_id=None, speaker_delegation_id=None
    )
    dlg.text.selectAll()
    _paste(dlg.text, WORD_PASTE)
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert services.notes.notes(meeting.id)[0].text == "Pasted from Word\nsecond line\npage"

    action = ActionDialog(ActionValues(""), [], [])
    qtbot.addWidget(action)
    _paste(action.text, "Circulate\x0bthe paper\x00")
    assert action.values().text == "Circulate\nthe paper"


def test_clearing_a_refused_note_clears_the_warning(
    qtbot: Any,
    services: Any,
    answers: list[tuple[str, str]],  # noqa: F811 - the fixture
) -> None:
    meeting = _meeting(services)
    live = _live(qtbot, services, meeting)
    live.text.setPlainText("x" * 150_000)  # over a note's 100,000 characters
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    assert live.state.failed and "Not saved" in live.save_label.text()
    assert live.text.property("tone") == "error-frame"  # framed in the theme's red
    assert services.notes.notes(meeting.id) == []
    live.text.selectAll()
    qtbot.keyClick(live.text, Qt.Key.Key_Delete)
    assert live.text.toPlainText() == ""
    assert not live.state.unsaved
    assert live.save_label.text() == "" and live.text.property("tone") is None
    live.close()  # nothing to lose: no question
    assert answers == []
    assert not live.isVisible()


def test_a_refused_note_edited_stays_marked_until_saved(qtbot: Any, services: Any) -> None:
    meeting = _meeting(services)
    live = _live(qtbot, services, meeting)
    live.text.setPlainText("x" * 150_000)
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    assert live.state.failed
    live.text.setPlainText("A shorter note")  # changed, not cleared: still not saved
    assert live.state.failed
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    settle(services)
    assert not live.state.failed and live.save_label.text().startswith("")
    assert [n.text for n in services.notes.notes(meeting.id)] == ["A shorter note"]


def test_the_jump_box_empties_on_escape_and_on_leaving(qtbot: Any, services: Any) -> None:
    meeting = _meeting(services)
    live = _live(qtbot, services, meeting)
    qtbot.keyClick(live.text, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is live.jump
    qtbot.keyClicks(live.jump, "99")
    qtbot.keyClick(live.jump, Qt.Key.Key_Return)
    assert "No item numbered “99”" in live.hint.text()
    assert live.jump.hasFocus() and live.jump.selectedText() == "99"  # to be typed over
    qtbot.keyClick(live.jump, Qt.Key.Key_Escape)
    assert live.jump.text() == ""
    assert QApplication.focusWidget() is live.text
    assert live.current_item.number == "1"
    # A failed number typed over works; a box left by the mouse or Tab is emptied.
    qtbot.keyClick(live.text, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(live.jump, "77")
    qtbot.keyClick(live.jump, Qt.Key.Key_Return)
    qtbot.keyClicks(live.jump, "3")
    qtbot.keyClick(live.jump, Qt.Key.Key_Return)
    assert live.current_item.number == "3" and live.jump.text() == ""
    qtbot.keyClick(live.text, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(live.jump, "42")
    live.text.setFocus()
    qtbot.waitUntil(lambda: live.jump.text() == "")


_LEFT_OPEN = """
from pathlib import Path
from PySide6.QtCore import Qt
from tests.test_live_mode import open_demo, som6, start_live


def test_left_open(qtbot, window, demo_path: Path, answers) -> None:
    services = open_demo(qtbot, window, demo_path)
    live = start_live(qtbot, window, som6(services).id)
    live.text.setPlainText("x" * 150_000)  # longer than a note may be
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    assert live.state.failed
    # The test ends here, with live mode open and holding the refused note.
"""


@pytest.mark.slow
def test_pytest_exits_cleanly_with_live_mode_left_open_on_a_refused_note(
    tmp_path: Path,
) -> None:
    """The reviewer once saw pytest end with a segfault after such a probe."""
    root = Path(__file__).resolve().parent.parent
    probe = tmp_path / "test_probe_left_open.py"
    probe.write_text(_LEFT_OPEN, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            *("-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist"),
            *("-c", str(root / "pyproject.toml"), "--rootdir", str(root)),
            *("-p", "tests.conftest", "-p", "tests.prepare_fixtures", str(probe)),
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "1 passed" in done.stdout
