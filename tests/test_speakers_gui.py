"""The list of speakers in live mode, as the note-taker uses it (issue #23 item 1):
delegations added as they ask for the floor (F3: a code or a few letters); F4 gives the
floor (F4) to the next one, who becomes the speaker of the next note; our own turn runs
our speaking timer; a duplicate or unknown delegation is refused in words with the
list unchanged; a waiting delegation withdraws with Del."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from adgsom_desktop.domain.enums import MeetingKind
from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


@pytest.fixture
def file_services(tmp_path: Path) -> Any:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    svc = Services.for_store(create_store(tmp_path / "s.adgsom", our_delegation_code="TH"))
    yield svc
    svc.close()


def _meeting(services: Any) -> Any:
    event = services.events.save_event(title="7th ADGMIN", timezone="Asia/Bangkok")
    meeting = services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="7th ADGSOM", series="ADGSOM"
    )
    for title in ("Opening", "ASEAN Digital Masterplan 2026-2030", "AI governance"):
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


def _key(qtbot: Any, live: Any, key: Any) -> None:
    """A window key (offscreen, a completer's popup leaves no window active: give it back)."""
    if QApplication.activeWindow() is not live:
        live.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is live, timeout=3000)
    qtbot.keyClick(live.focusWidget() or live.text, key)


def _waiting(queue: Any) -> list[str]:
    return [e.code for e in queue.queue.waiting]


def _ask(qtbot: Any, live: Any, text: str) -> str:
    """F3, type, Enter: what the panel says."""
    queue = live.speakers_queue
    live.hint.setText("")
    _key(qtbot, live, Qt.Key.Key_F3)
    assert queue.ask.hasFocus()
    qtbot.keyClicks(queue.ask, text)
    popup = queue.ask.completer_.popup()
    if popup.isVisible():  # Enter takes the suggestion first (as the capture box's speaker)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3000)
    qtbot.keyClick(queue.ask, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: live.hint.text() != "", timeout=5000)
    return str(live.hint.text())


def _note(qtbot: Any, live: Any, text: str) -> None:
    live.text.setFocus()
    qtbot.keyClicks(live.text, text)
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    live.runner.wait()
    qtbot.waitUntil(lambda: "Saved" in live.hint.text(), timeout=5000)


def test_the_list_of_speakers_in_live_mode(qtbot: Any, file_services: Any) -> None:
    services = file_services
    meeting = _meeting(services)
    live = _live(qtbot, services, meeting)
    queue = live.speakers_queue
    assert queue.now.text() == "Nobody has the floor; nobody waiting."
    assert not queue.next_button.isEnabled() and queue.floor.isHidden()

    assert _ask(qtbot, live, "VN") == "VN asked for the floor."
    assert live.focusWidget() is live.text  # back to capture
    assert _ask(qtbot, live, "sing") == "SG asked for the floor."
    assert _ask(qtbot, live, "TH") == "TH asked for the floor."
    assert _waiting(queue) == ["VN", "SG", "TH"]
    assert queue.list.item(3).text() == "3.  TH · Thailand (us)"  # under "Nobody has the floor."

    # Bad input: said in the panel, the list unchanged.
    assert _ask(qtbot, live, "vn") == "VN has asked for the floor already: number 1 in the list."
    assert _ask(qtbot, live, "Atlantis") == (
        "No delegation matches “Atlantis”: type its code (VN) or its name."
    )
    assert live.hint.property("tone") == "error"  # red: nothing changed
    assert _waiting(queue) == ["VN", "SG", "TH"]
    assert queue.ask.text() == "Atlantis"  # kept to be corrected; Esc drops it
    qtbot.keyClick(queue.ask, Qt.Key.Key_Escape)
    assert queue.ask.text() == "" and live.focusWidget() is live.text
    assert live.hint.text() == ""

    # F4: VN has the floor and is the speaker of the next note.
    _key(qtbot, live, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: live.hint.text() == "VN has the floor.", timeout=5000)
    assert queue.now.text().startswith("● VN · Viet Nam")
    assert live.speaker.text().startswith("VN ·")
    live.resize(1093, 614)
    qtbot.wait(50)
    assert live.height() == 614, live.minimumSizeHint()  # fits a 1366x768 screen at 125 %
    assert [queue.list.item(n).text() for n in range(1, 3)] == [
        "1.  SG · Singapore",
        "2.  TH · Thailand (us)",
    ]
    assert queue.floor.text().startswith("On the floor: VN 0:0") and not queue.floor.isHidden()
    save_artifact(live, "live_list_of_speakers")
    _note(qtbot, live, "Supports the ADM 2026-2030 targets")
    (note,) = services.notes.latest(meeting.id, live.current_item.id)
    assert (note.speaker_code, note.text) == ("VN", "Supports the ADM 2026-2030 targets")

    # A note being typed keeps its speaker when F4 moves on; the next one gets SG.
    live.speaker.setText("VN")
    live.text.setFocus()
    qtbot.keyClicks(live.text, "and asks for a review in 2028")
    _key(qtbot, live, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: live.hint.text() == "SG has the floor.", timeout=5000)
    assert live.speaker.text() == "VN"
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    live.runner.wait()
    qtbot.waitUntil(lambda: live.speaker.text().startswith("SG ·"), timeout=5000)
    codes = [n.speaker_code for n in services.notes.latest(meeting.id, live.current_item.id)]
    assert codes == ["VN", "VN"]

    # Our turn runs our speaking timer; End turn stops it.
    assert not live.timer.running()
    _key(qtbot, live, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: live.timer.running(), timeout=5000)
    assert live.presenter.timer_running and queue.queue.speaking.ours
    assert queue.floor.text().startswith("On the floor: VN ") and " · SG " in queue.floor.text()
    queue.end_button.click()
    qtbot.waitUntil(lambda: not live.timer.running(), timeout=5000)
    assert not live.presenter.timer_running
    assert queue.now.text() == "Nobody has the floor; nobody waiting."
    totals = services.live.totals(meeting.id)
    assert set(totals.per_delegation) == {"VN", "SG", "TH"}
    assert totals.interventions == 1

    # Withdraw with Del; F4 on an empty list is refused in words.
    _ask(qtbot, live, "KH")
    _ask(qtbot, live, "BN")
    queue.list.setCurrentRow(1)  # KH, under "Nobody has the floor."
    queue.list.setFocus()
    _key(qtbot, live, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: live.hint.text() == "KH is off the list.", timeout=5000)
    assert _waiting(queue) == ["BN"]
    _key(qtbot, live, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: live.hint.text() == "BN has the floor.", timeout=5000)
    _key(qtbot, live, Qt.Key.Key_F4)  # BN's turn ends, nobody waits
    qtbot.waitUntil(lambda: "nobody else is waiting" in live.hint.text(), timeout=5000)
    assert live.hint.text() == "Turn ended; nobody else is waiting."
    assert queue.queue.speaking is None
    _key(qtbot, live, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: "Nobody has asked" in live.hint.text(), timeout=5000)
    live.close()


def test_another_laptop_s_request_shows_in_the_list(qtbot: Any, file_services: Any) -> None:
    """A request written outside the window (another laptop, the CLI) shows at once."""
    services = file_services
    meeting = _meeting(services)
    live = _live(qtbot, services, meeting)
    services.speakers.request(meeting.id, "ສປປ ລາວ")  # Lao PDR, in Lao script
    qtbot.waitUntil(lambda: _waiting(live.speakers_queue) == ["LA"], timeout=5000)
    live.close()
