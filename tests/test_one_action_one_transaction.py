"""One user action, one transaction; changes carry their origin and records; views patch rows.

The findings of issue 13 ("Shape of the code", items 1 and 2), each as a test:
an autosave with tags was two commits and two undo steps; Enter-as-action was
two writes; agenda writes re-read their record in a second transaction; each
autosave of a brief rebuilt the whole navigation tree; each live note re-read
every note of its item twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from adgsom_desktop.domain.enums import MeetingKind, PositionStatus
from adgsom_desktop.services.agenda_records import ItemFields
from adgsom_desktop.services.changes import Change, ChangeKind, acting_as
from adgsom_desktop.services.position_records import PositionContent, PositionRec
from adgsom_desktop.services.records import AgendaItemRec, NoteRec
from adgsom_desktop.services.room_records import ActionFilter
from adgsom_desktop.storage.engine import WRITE_OPTION
from tests.prepare_fixtures import open_store, press_enter, settle, show_tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


class Transactions:
    """Counts the transactions begun on a store's engine, read and write apart."""

    def __init__(self) -> None:
        self.reads = 0
        self.writes = 0

    def on_begin(self, conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            self.writes += 1
        else:
            self.reads += 1


@contextmanager
def counting(services: Any) -> Iterator[Transactions]:
    tally = Transactions()
    engine = services.store.engine
    event.listen(engine, "begin", tally.on_begin)
    try:
        yield tally
    finally:
        event.remove(engine, "begin", tally.on_begin)


@pytest.fixture
def meeting(services: Any) -> Any:
    ev = services.events.save_event(title="6th ADGMIN and related meetings")
    return services.events.save_meeting(
        event_id=ev.id, kind=MeetingKind.SOM, title="6th ADGSOM", short_title="6th ADGSOM"
    )


def changes_of(services: Any) -> list[Change]:
    seen: list[Change] = []
    services.ctx.bus.subscribe(seen.append)
    return seen


# -- services -----------------------------------------------------------------------------
def test_a_brief_and_its_tags_are_one_transaction(services: Any, meeting: Any) -> None:
    item = services.agenda.add_item(meeting.id, "Draft ADM 2026-2030")
    seen = changes_of(services)
    with counting(services) as tx, acting_as("editor-1"):
        done = services.positions.save_brief(
            item.id, PositionContent(objective="Endorse the draft"), tags=["do3", "EA 3.2"]
        )
    assert (tx.writes, tx.reads) == (1, 0)
    assert done.tags == ("ADM2025 DO3", "ADM2025 EA 3.2") and done.rec is not None
    assert done.rec.content.objective == "Endorse the draft"
    assert services.agenda.item(item.id).tags == ("ADM2025 DO3", "ADM2025 EA 3.2")
    # The changes name who asked and carry what was written.
    assert {c.kind for c in seen} == {ChangeKind.AGENDA, ChangeKind.POSITIONS}
    assert all(c.origin == "editor-1" and c.made_by("editor-1") for c in seen)
    (positions,) = [c for c in seen if c.kind is ChangeKind.POSITIONS]
    assert positions.records == (done.rec,) and isinstance(positions.records[0], PositionRec)
    # Tags alone write no version of the brief.
    with counting(services) as tx:
        again = services.positions.save_brief(item.id, None, tags=["DO8"])
    assert tx.writes == 1 and again.rec is not None and again.rec.version_no == 1


def test_agenda_writes_read_their_record_in_the_same_transaction(
    services: Any, meeting: Any
) -> None:
    with counting(services) as tx:
        a = services.agenda.add_item(meeting.id, "Opening")
    assert (tx.writes, tx.reads) == (1, 0) and a.number == "1"
    b = services.agenda.add_item(meeting.id, "Adoption of the agenda")
    seen = changes_of(services)
    with counting(services) as tx:
        rec = services.agenda.set_fields(b.id, ItemFields("Adoption", fixed_number="2bis"))
    assert (tx.writes, tx.reads) == (1, 0)
    assert (rec.number, rec.title) == ("2bis", "Adoption")
    # The change carries the meeting's agenda as it now stands (numbers may have moved).
    (change,) = seen
    assert [r.id for r in change.records] == [a.id, b.id]
    assert all(isinstance(r, AgendaItemRec) for r in change.records)
    with counting(services) as tx:
        moved = services.agenda.indent(b.id)
    assert (tx.writes, tx.reads) == (1, 0)
    assert (moved.before.parent_id, moved.after.parent_id) == (None, a.id)
    assert moved.item.parent_id == a.id


def test_a_workflow_step_and_its_undo_states_are_one_transaction(
    services: Any, meeting: Any
) -> None:
    item = services.agenda.add_item(meeting.id, "Draft ADM 2026-2030")
    services.positions.save(item.id, PositionContent(objective="Endorse"))
    with counting(services) as tx:
        done = services.positions.step(item.id, PositionStatus.FOR_REVIEW)
    assert (tx.writes, tx.reads) == (1, 0)
    assert (done.before.status, done.after.status) == (
        PositionStatus.DRAFT,
        PositionStatus.FOR_REVIEW,
    )
    assert done.item_number == "1"


def test_a_note_and_its_action_item_are_one_transaction(services: Any, meeting: Any) -> None:
    item = services.agenda.add_item(meeting.id, "Cybersecurity")
    sg = next(d for d in services.delegations.delegations() if d.code == "SG")
    seen = changes_of(services)
    with counting(services) as tx:
        note = services.notes.add(
            meeting.id,
            "Singapore to circulate the CERT roadmap",
            item_id=item.id,
            speaker_delegation_id=sg.id,
            as_action=True,
        )
    assert (tx.writes, tx.reads) == (1, 0)
    (action,) = services.actions.actions(ActionFilter(meeting_id=meeting.id))
    assert (action.note_id, action.text) == (note.id, note.text)
    assert [c.kind for c in seen] == [ChangeKind.NOTES, ChangeKind.ACTIONS]
    assert seen[0].records == (note,) and isinstance(note, NoteRec)
    # Ctrl+T on the same note later finds it, in one transaction, and writes nothing new.
    with counting(services) as tx:
        assert services.actions.create_from_note(note.id).id == action.id
    assert (tx.writes, tx.reads) == (1, 0)


# -- the GUI ------------------------------------------------------------------------------
def _store_with_item(path: Path) -> tuple[int, int]:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    ev = svc.events.save_event(title="6th ADGMIN and related meetings")
    m = svc.events.save_meeting(event_id=ev.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    first = svc.agenda.add_item(m.id, "Draft ADM 2026-2030")
    svc.agenda.add_item(m.id, "Digital safety")
    svc.close()
    return m.id, first.id


def commit(widget: Any, text: str) -> None:
    """Text typed into ``widget`` through the input method, the focus left where it is."""
    from PySide6.QtGui import QInputMethodEvent

    ev = QInputMethodEvent("", [])
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def _settle() -> None:
    """Deliver the change notices queued for the GUI thread."""
    QApplication.processEvents()
    QApplication.processEvents()


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
def test_an_autosave_with_tags_is_one_commit_one_undo_step_and_no_tree_rebuild(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _meeting_id, item_id = _store_with_item(tmp_path / "s.adgsom")
    services = open_store(qtbot, window, tmp_path / "s.adgsom")
    editor = show_tab(qtbot, window, "item", item_id, "positionEditor")
    qtbot.waitUntil(lambda: not window._nav_timer.isActive() and window._nav_job is None)
    rebuilt: list[int] = []
    navigation = services.events.navigation
    monkeypatch.setattr(
        services.events, "navigation", lambda *a, **k: rebuilt.append(1) or navigation(*a, **k)
    )
    undo_steps = editor.hub.stack.count()
    type_text(editor.form.objective, "Endorse the draft with a mid-term review")
    commit(editor.form.tags, "DO3, EA 3.2")  # typed before the save, focus still in the text
    with counting(services) as tx:
        assert editor.flush()
        settle(services)
        _settle()
    assert tx.writes == 1, "the brief and its tags: one commit"
    assert tx.reads == 0, "no view re-reads what the editor wrote"
    assert editor.hub.stack.count() == undo_steps + 1
    assert not window._nav_timer.isActive() and rebuilt == []
    # The navigation row shows the new status (patched from the change's record).
    index = window.nav.model.index_for("item", item_id)
    assert index.siblingAtColumn(1).data() == "Draft"
    # One Ctrl+Z takes back both the text and the tags.
    editor.hub.stack.undo()
    _settle()
    assert services.agenda.item(item_id).tags == ()
    assert services.positions.get(item_id).content.objective == ""


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
def test_an_item_edit_patches_the_navigation_rows(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id, item_id = _store_with_item(tmp_path / "s.adgsom")
    services = open_store(qtbot, window, tmp_path / "s.adgsom")
    builder = show_tab(qtbot, window, "meeting", meeting_id, "agendaBuilder")
    qtbot.waitUntil(lambda: not window._nav_timer.isActive() and window._nav_job is None)
    rebuilt: list[int] = []
    navigation = services.events.navigation
    monkeypatch.setattr(
        services.events, "navigation", lambda *a, **k: rebuilt.append(1) or navigation(*a, **k)
    )
    items = services.agenda.items
    monkeypatch.setattr(
        services.agenda, "items", lambda *a, **k: rebuilt.append(2) or items(*a, **k)
    )
    builder._select(item_id)
    builder.form.title.selectAll()
    type_text(builder.form.title, "Draft ASEAN Digital Masterplan 2026-2030")
    with counting(services) as tx:
        assert builder.flush()
        settle(services)
        _settle()
    assert (tx.writes, tx.reads) == (1, 0) and rebuilt == []
    label = window.nav.model.index_for("item", item_id).data()
    assert label == "1 Draft ASEAN Digital Masterplan 2026-2030"
    assert builder.model.record(builder.model.index_for(item_id)).title.startswith("Draft ASEAN")


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
def test_a_live_note_reads_no_list_and_enter_as_action_is_one_commit(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.ui.room.live_mode import LiveWindow

    meeting_id, item_id = _store_with_item(tmp_path / "s.adgsom")
    services = open_store(qtbot, window, tmp_path / "s.adgsom")
    live = LiveWindow(services, meeting_id, item_id, parent=window)
    window.changed.connect(live.on_change)
    qtbot.addWidget(live)
    live.show()
    reads: list[str] = []
    for name in ("notes", "latest"):
        real = getattr(services.notes, name)
        monkeypatch.setattr(
            services.notes,
            name,
            lambda *a, _n=name, _r=real, **k: reads.append(_n) or _r(*a, **k),
        )
    live.text.setFocus()
    qtbot.keyClicks(live.text, "Singapore will circulate the CERT roadmap")
    live.exec_dialog = press_enter(qtbot)  # the owner and due prompt: Enter takes the defaults
    with counting(services) as tx:
        qtbot.keyClick(live.text, Qt.Key.Key_Return, CTRL)  # save as an action item
        settle(services)  # acknowledged: committed
        _settle()
    assert tx.writes == 1, "the note and its action item: one commit"
    assert reads == [], "the item's notes are not read again"
    assert live.recent.count() == 1 and "CERT roadmap" in live.recent.item(0).text()
    (action,) = services.actions.actions(ActionFilter(meeting_id=meeting_id))
    assert "CERT roadmap" in action.text
    assert "Action item created" in live.hint.text()
    live.close()
