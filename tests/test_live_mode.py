"""A whole session in the room, driven by keyboard alone (offscreen), on the demo store:
live mode, notes from several delegations with kinds and stances, points ticked, an
intervention timed across an item change, an action item, an outcome, then search
finds a note by a Thai word and by "Viet Nam" and opens it in place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from adgsom_desktop.domain.enums import NoteKind, OutcomeVerb, Stance
from adgsom_desktop.domain.text import fold
from adgsom_desktop.services.room_records import ActionFilter
from adgsom_desktop.ui.positions.stance_model import CELL_ROLE
from tests.conftest import save_artifact
from tests.prepare_fixtures import press_enter, settle, show_tab

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
VIET_NOTE = "Việt Nam supports the ToR and seeks the vice-chair"
THAI_NOTE = "ไทยสนับสนุนการกำกับดูแลปัญญาประดิษฐ์อย่างมีความรับผิดชอบ"


def type_text(widget: Any, text: str) -> None:
    """Type any script (qtbot.keyClicks aborts on non-ASCII): an input method commit."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_demo(qtbot: Any, window: Any, path: Path) -> Any:
    with qtbot.waitSignal(window.controller.opened, timeout=20_000):
        window.controller.open_path(path)
    qtbot.waitUntil(lambda: window.nav.model.rowCount() > 0, timeout=10_000)
    return window.services


def feature(window: Any) -> Any:
    from adgsom_desktop.ui.room.room_feature import RoomFeature

    return next(f for f in window.features if isinstance(f, RoomFeature))


def som6(services: Any) -> Any:
    return next(m for m in services.events.meetings() if m.label == "6th ADGSOM")


def start_live(qtbot: Any, window: Any, meeting_id: int) -> Any:
    assert window.nav.select("meeting", meeting_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | SHIFT)
    live = feature(window).live
    assert live is not None
    live.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live, timeout=3000)
    return live


def key(qtbot: Any, live: Any, k: Any, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or live
    qtbot.keyClick(target, k, mods)


def note(qtbot: Any, live: Any, speaker: str, text: str, *keys: tuple[Any, Any]) -> None:
    """Speaker (ASCII by keys, other scripts by input method), Tab, text, extra keys, Enter."""
    assert QApplication.focusWidget() is live.speaker
    if speaker.isascii():
        qtbot.keyClicks(live.speaker, speaker)
    else:
        type_text(live.speaker, speaker)
    live.speaker.completer_.popup().hide()
    qtbot.keyClick(live.speaker, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is live.text
    if text.isascii():
        qtbot.keyClicks(live.text, text)
    else:
        type_text(live.text, text)
    for k, mods in keys:
        key(qtbot, live, k, mods)
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    settle(live.services)  # on disk when it shows as saved
    assert live.hint.text().startswith("Saved ")


def test_a_whole_session_by_keyboard(
    qtbot: Any, window: Any, demo_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[Any]
) -> None:
    services = open_demo(qtbot, window, demo_path)
    meeting = som6(services)
    items = services.agenda.items(meeting.id)
    by_number = {i.number: i for i in items}
    live = start_live(qtbot, window, meeting.id)
    assert live.current_item.number == "1"

    # Move through the agenda: next, previous, jump by number.
    key(qtbot, live, Qt.Key.Key_Down, ALT)
    key(qtbot, live, Qt.Key.Key_Down, ALT)
    assert live.current_item.number == "3"
    key(qtbot, live, Qt.Key.Key_Up, ALT)
    assert live.current_item.number == "2"
    key(qtbot, live, Qt.Key.Key_G, CTRL)
    assert QApplication.focusWidget() is live.jump
    qtbot.keyClicks(live.jump, "4.3")
    qtbot.keyClick(live.jump, Qt.Key.Key_Return)
    ai = by_number["4.3"]
    assert live.current_item.id == ai.id
    assert "4.3" in live.item_label.text()
    points_before = [p.delivered for p in services.live.points(ai.id)]
    save_artifact(live, "live_mode_start")

    # Notes from several delegations, with kinds and observed stances.
    live.speaker.setFocus()
    note(
        qtbot,
        live,
        "viet",
        VIET_NOTE,  # with diacritics: typed through the input method, found as "Viet Nam"
        (Qt.Key.Key_S, ALT),
    )
    note(
        qtbot,
        live,
        "SG",
        "Singapore proposes a sandbox pilot",
        (Qt.Key.Key_2, CTRL),
        (Qt.Key.Key_A, ALT),
    )
    note(qtbot, live, "ສປປ", "Lao PDR asks for capacity building", (Qt.Key.Key_N, ALT))
    note(qtbot, live, "Thai", THAI_NOTE, (Qt.Key.Key_5, CTRL))
    notes = services.notes.notes(meeting.id, item_id=ai.id)[-4:]
    assert [(n.speaker_code, n.kind, n.observed_stance) for n in notes] == [
        ("VN", NoteKind.INTERVENTION, Stance.SUPPORT),
        ("SG", NoteKind.PROPOSAL, Stance.SUPPORT_WITH_AMENDMENTS),
        ("LA", NoteKind.INTERVENTION, Stance.NEUTRAL),
        ("TH", NoteKind.REMARK, None),
    ]
    assert notes[-1].text == THAI_NOTE
    assert notes[0].text == VIET_NOTE
    # The stance map (StanceRecord.observed) and live mode show the observed stances.
    observed = {s.code: s.observed for s in services.live.stances(ai.id)}
    assert observed["VN"] is Stance.SUPPORT
    assert observed["SG"] is Stance.SUPPORT_WITH_AMENDMENTS
    assert observed["LA"] is Stance.NEUTRAL
    assert {
        "VN": Stance.SUPPORT,
        "LA": Stance.NEUTRAL,
    }.items() <= live.stances.observed_codes().items()
    assert "VN" in live.stances.text() and "S+A" in live.stances.text()

    # Tick our first two points as delivered.
    key(qtbot, live, Qt.Key.Key_1, ALT)
    key(qtbot, live, Qt.Key.Key_2, ALT)
    settle(services)
    ticked = [p.delivered for p in services.live.points(ai.id)]
    assert ticked[:2] == [not d for d in points_before[:2]]  # each key toggles its point
    assert ticked[1] and "☑" in live.points.list.item(1).text()

    # Time an intervention that runs on while the chair moves to the next item.
    key(qtbot, live, Qt.Key.Key_F9)
    settle(services)
    assert live.timer.running()
    key(qtbot, live, Qt.Key.Key_Down, ALT)
    scam = by_number["5"]
    assert live.current_item.id == scam.id
    key(qtbot, live, Qt.Key.Key_F9)
    settle(services)
    assert not live.timer.running()
    totals = services.live.totals(meeting.id)
    assert totals.running is None
    assert ai.id in totals.per_item and scam.id in totals.per_item
    assert "intervention" in live.timer.sums.text()
    key(qtbot, live, Qt.Key.Key_Up, ALT)
    assert live.current_item.id == ai.id

    # An action item in one key (Ctrl+Enter saves the note as one).
    live.speaker.setFocus()
    qtbot.keyClicks(live.speaker, "MY")
    live.speaker.completer_.popup().hide()
    qtbot.keyClick(live.speaker, Qt.Key.Key_Tab)
    qtbot.keyClicks(live.text, "Malaysia to circulate the AI workshop concept note by March")
    monkeypatch.setattr(live, "exec_dialog", press_enter(qtbot))  # owner/due: Enter skips
    qtbot.keyClick(live.text, Qt.Key.Key_Return, CTRL)
    settle(services)
    actions = services.actions.actions(ActionFilter(item_id=ai.id))
    made = [a for a in actions if "workshop concept note" in a.text]
    assert len(made) == 1 and made[0].owner_code == "MY" and made[0].is_open

    # An outcome (Ctrl+R), the dialog driven by keys too.
    def drive(dlg: Any) -> bool:
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.verb.setFocus()
        qtbot.keyClicks(dlg.verb, "En")  # "Endorsed"
        qtbot.keyClick(dlg.verb, Qt.Key.Key_Tab)
        qtbot.keyClicks(dlg.text, "The Meeting endorsed the ToR of the Working Group on AI.")
        save_artifact(dlg, "live_outcome_dialog")
        qtbot.keyClick(dlg.text, Qt.Key.Key_Return)
        return bool(dlg.result())

    monkeypatch.setattr(live, "exec_dialog", drive)
    key(qtbot, live, Qt.Key.Key_R, CTRL)
    outcomes = services.outcomes.for_item(ai.id)
    assert outcomes[-1].verb is OutcomeVerb.ENDORSED
    assert "Working Group on AI" in outcomes[-1].text
    assert "Working Group on AI" in live.outcomes.text()
    save_artifact(live, "live_mode_session")

    # Bad input: an empty note, a speaker that matches nothing.
    live.speaker.setFocus()
    qtbot.keyClick(live.speaker, Qt.Key.Key_Tab)
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    assert "empty" in live.hint.text()
    live.speaker.setFocus()
    qtbot.keyClicks(live.speaker, "Atlantis")
    live.speaker.completer_.popup().hide()
    qtbot.keyClick(live.speaker, Qt.Key.Key_Tab)
    qtbot.keyClicks(live.text, "Someone unknown spoke")
    count = len(services.notes.notes(meeting.id))
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    assert "No delegation or person matches" in live.hint.text()
    assert live.text.toPlainText() == "Someone unknown spoke"  # nothing lost
    assert len(services.notes.notes(meeting.id)) == count
    qtbot.keyClick(live.text, Qt.Key.Key_Return)  # Enter again: saved, name kept in text
    settle(services)
    assert services.notes.notes(meeting.id)[-1].text == "[Atlantis] Someone unknown spoke"
    assert not messages  # no error box anywhere

    # Search everywhere from live mode: a Thai word, then "Viet Nam".
    key(qtbot, live, Qt.Key.Key_K, CTRL)
    search = live.searching.dialog
    qtbot.waitUntil(search.isVisible, timeout=3000)
    type_text(search.query, "ปัญญาประดิษฐ์")
    qtbot.waitUntil(lambda: search.shown_generation == search.generation, timeout=5000)
    hits = search.model.hits
    thai_note = notes[-1]
    assert any(h.kind == "note" and h.ref_id == thai_note.id for h in hits)
    row = next(n for n, h in enumerate(hits) if h.ref_id == thai_note.id and h.kind == "note")
    for _ in range(row):
        qtbot.keyClick(search.query, Qt.Key.Key_Down)
    save_artifact(search, "search_results_thai")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    # The note opens inside live mode (#22 item 5): its item, chosen in the list; the
    # keyboard is back in the capture box and the main window stayed behind.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live, timeout=3000)
    assert live.current_item.id == thai_note.item_id
    assert live.correction.found == thai_note.id
    assert THAI_NOTE[:10] in live.recent.currentItem().text()
    assert QApplication.focusWidget() is live.text

    # Search from the main window opens hits there, as before.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    key(qtbot, window, Qt.Key.Key_K, CTRL)
    search = feature(window).search
    notes_view = window.findChild(object, "meetingNotes")
    qtbot.waitUntil(search.isVisible, timeout=3000)
    search.query.selectAll()
    qtbot.keyClicks(search.query, "Viet Nam supports the ToR")
    qtbot.waitUntil(lambda: search.shown_generation == search.generation, timeout=5000)
    assert search.model.hits[0].kind == "note" and search.model.hits[0].ref_id == notes[0].id
    spans = [search.model.hits[0].snippet[a:b] for a, b in search.model.hits[0].spans]
    assert "viet nam" in fold(" ".join(spans))  # "Việt Nam" highlighted for "Viet Nam"
    assert "Việt" in search.model.hits[0].snippet
    save_artifact(search, "search_results_viet_nam")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            notes_view.selected_note() is not None and notes_view.selected_note().id == notes[0].id
        ),
        timeout=3000,
    )
    save_artifact(window, "notes_view_after_search")

    # Closing live mode with a half-typed note saves it (never a lost note).
    live = start_live(qtbot, window, meeting.id)
    live.text.setFocus()
    qtbot.keyClicks(live.text, "Chair closes item")
    qtbot.keyClick(live, Qt.Key.Key_W, CTRL)
    assert services.notes.notes(meeting.id)[-1].text == "Chair closes item"

    # The Stance map tab of the meeting shows the stances observed in the room.
    stance_map = show_tab(qtbot, window, "meeting", meeting.id, "stanceMap")
    model = stance_map.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    row = next(r for r, i in enumerate(model.grid.items) if i.id == ai.id)
    codes = [d.code for d in model.grid.delegations]
    for code, stance in (
        ("VN", Stance.SUPPORT),
        ("SG", Stance.SUPPORT_WITH_AMENDMENTS),
        ("LA", Stance.NEUTRAL),
    ):
        index = model.index(row, codes.index(code))
        assert model.data(index, CELL_ROLE).observed is stance
        assert index.data().endswith(f"/ {stance.short}")  # in words, not colour alone
    stance_map.table.scrollTo(model.index(row, codes.index("VN")))
    save_artifact(window, "stance_map_after_live_session")


def test_timer_keeps_running_across_a_restart_of_live_mode(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    services = open_demo(qtbot, window, demo_path)
    meeting = som6(services)
    live = start_live(qtbot, window, meeting.id)
    key(qtbot, live, Qt.Key.Key_F9)
    settle(services)
    started = services.live.running(meeting.id)
    assert started is not None
    live.close()
    window.close_store()
    qtbot.waitUntil(lambda: window.services is None, timeout=5000)
    services = open_demo(qtbot, window, demo_path)
    live = start_live(qtbot, window, meeting.id)
    assert live.timer.running()
    assert "running since" in live.hint.text()
    assert services.live.running(meeting.id).started_at == started.started_at
    key(qtbot, live, Qt.Key.Key_F9)
    settle(services)
    assert services.live.running(meeting.id) is None


def test_quitting_with_a_half_typed_note_keeps_it(qtbot: Any, window: Any, demo_path: Path) -> None:
    services = open_demo(qtbot, window, demo_path)
    meeting = som6(services)
    live = start_live(qtbot, window, meeting.id)
    qtbot.keyClicks(live.speaker, "PH")
    live.speaker.completer_.popup().hide()
    qtbot.keyClick(live.speaker, Qt.Key.Key_Tab)
    qtbot.keyClicks(live.text, "Philippines asks for the floor")
    window.close()  # quits: the store closes after the note is saved
    assert window.services is None
    from adgsom_desktop.services.container import Services

    again = Services.open(demo_path)
    try:
        last = again.notes.notes(meeting.id)[-1]
        assert (last.text, last.speaker_code) == ("Philippines asks for the floor", "PH")
    finally:
        again.close()


def test_live_mode_on_a_meeting_without_an_agenda(qtbot: Any, services: Any) -> None:
    from adgsom_desktop.domain.enums import MeetingKind
    from adgsom_desktop.ui.room.live_mode import LiveWindow

    event = services.events.save_event(title="Retreat", timezone="Asia/Bangkok")
    meeting = services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.MINISTERS, title="Ministers' retreat"
    )
    live = LiveWindow(services, meeting.id)
    qtbot.addWidget(live)
    live.show()
    assert live.current_item is None and "no agenda" in live.item_label.text()
    live.text.setPlainText("Ministers exchanged views on AI")
    assert live.save_note() is not None
    settle(services)
    assert services.notes.notes(meeting.id)[0].item_id is None
    live.record_outcome()
    assert "agenda item" in live.hint.text()
    live.toggle_point(1)
    assert "no point 1" in live.hint.text()
    live.set_stance(Stance.SUPPORT)
    live.text.setPlainText("Someone supports")
    assert live.save_note() is None and "needs a speaker" in live.hint.text()
    assert live.text.toPlainText() == "Someone supports"  # kept
    live.toggle_timer()
    settle(services)
    assert services.live.running(meeting.id) is not None
    live.toggle_timer()
    settle(services)
    assert services.live.running(meeting.id) is None
    live.set_stance(None)
    live.close()  # the draft is saved on close
    assert services.notes.notes(meeting.id)[-1].text == "Someone supports"
