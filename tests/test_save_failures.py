"""A save that fails is visible, and the edit stays: in every editor.

Two tests run the real position editor and live mode in a child process under
a file-size limit (a full disk); the others inject a failing service call into
each editor in process: the marker says why, the text stays, nothing reloads it
from the store, the draft survives moving to another record, leaving asks, and
the next save (by edit, flush or the backoff timer) clears the marker.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from adgsom_desktop.domain.enums import MeetingKind, OutcomeVerb, Stance
from adgsom_desktop.errors import (
    BUSY,
    DISK_FULL,
    DISK_WRITE,
    READ_ONLY,
    ValidationError,
    describe_failure,
    write_failure,
)
from adgsom_desktop.services.changes import Change, ChangeKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.common import confirm, save_state
from adgsom_desktop.ui.common.save_state import SaveState, SaveStateLabel, unsaved_states
from tests.conftest import artifact_png, save_artifact
from tests.helpers import run_child
from tests.prepare_fixtures import (  # noqa: F401 - fixtures
    answers,
    click,
    open_store,
    settle,
    show_tab,
    type_text,
)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]

THAI = "ท่าทีของไทย: สนับสนุนพร้อมข้อสังเกตเรื่องงบประมาณ"
VIET = "Việt Nam đề nghị bổ sung điều khoản rà soát giữa kỳ"


def full_disk() -> Exception:
    """What SQLAlchemy raises when SQLite finds the disk full."""
    from sqlalchemy.exc import OperationalError
    from sqlcipher3 import dbapi2

    return OperationalError("COMMIT", None, dbapi2.OperationalError("database or disk is full"))


class Refuse:
    """Makes a service method fail as on a full disk while ``on`` (space freed: off)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, service: Any, name: str) -> None:
        self.on = True
        self.calls = 0
        real = getattr(service, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            if self.on:
                self.calls += 1
                raise full_disk()
            return real(*args, **kwargs)

        monkeypatch.setattr(service, name, call)


@pytest.fixture(autouse=True)
def quick_retries_and_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short backoff; and "yes" to questions unless a test says otherwise (no modal box
    may block a test, even one that fails with edits unsaved)."""
    monkeypatch.setattr(save_state, "RETRY_MS", (150, 300, 600))
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)


def _store(path: Path) -> Path:
    svc = Services.for_store(create_store(path, our_delegation_code="TH", title="Thai delegation"))
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    meeting = svc.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        short_title="6th ADGSOM",
        date=date(2026, 1, 12),
    )
    svc.agenda.add_item(meeting.id, "กรอบการกำกับดูแลข้อมูลดิจิทัล")
    svc.agenda.add_item(meeting.id, "Draft ASEAN Digital Masterplan 2026-2030")
    svc.notes.add(meeting.id, "Chair opens the meeting")
    svc.close()
    return path


# -- a real full disk, in a child process ------------------------------------------------


def _run_child(mode: str, store: Path, tmp_path: Path, shot: str) -> dict[str, Any]:
    result = tmp_path / f"{mode}.json"
    child = "tests.full_disk_editors_child"
    proc = run_child(child, mode, str(store), str(result), artifact_png(shot))
    assert proc.returncode == 0, proc.stderr[-3000:]
    out: dict[str, Any] = json.loads(result.read_text(encoding="utf-8"))
    return out


def _after_child(store: Path) -> Services:
    svc = Services.open(store)
    assert svc.store_info.check().ok and svc.audit.verify().ok
    return svc


def test_position_editor_on_a_full_disk(tmp_path: Path) -> None:
    store = _store(tmp_path / "s.adgsom")
    out = _run_child("position", store, tmp_path, "save_failed_position_editor")
    assert out["saved_first"] and out["first_label"].startswith("Saved · version 1")
    # The autosave fails: visible, in words, and the text stays in the editor.
    assert out["failed"] and out["label_visible"] and out["retrying"]
    assert out["failed_label"].startswith(f"Not saved: {DISK_WRITE}.")
    assert "Your text is kept here" in out["failed_label"]
    assert out["kept"] and out["kept_after_edit"] and out["flush_after_edit"] is False
    # Another item meanwhile: its own (empty) brief, and a word about the kept draft.
    assert out["other_item_text"] == ""
    assert "Not saved yet: 1 brief on another item" in out["other_item_label"]
    # Back: the draft, not the store's older text.
    assert out["draft_back"] and out["draft_back_label"].startswith("Not saved: ")
    # The store did not change, and is healthy.
    assert out["store_unchanged"] and out["check_ok"]
    # Space freed: the retry timer saved it, with no key pressed; the marker is gone.
    assert out["saved_by_retry"] and out["stored_after_retry"]
    assert out["retry_label"].startswith("Saved · version 1")
    svc = _after_child(store)
    try:
        item = svc.agenda.items(svc.events.meetings()[0].id)[0]
        objective = svc.positions.get(item.id).content.objective
        assert objective.startswith("Support the framework ท่าทีของประเทศไทย")
        assert objective.endswith("and more")
    finally:
        svc.close()


def test_live_mode_on_a_full_disk(tmp_path: Path) -> None:
    store = _store(tmp_path / "s.adgsom")
    out = _run_child("live", store, tmp_path, "save_failed_live_mode")
    assert out["first_saved"]
    # Enter fails: the note stays in the capture box, framed, with the reason under it.
    assert out["failed"] and out["label_visible"] and out["framed"]
    assert out["failed_label"].startswith(f"Not saved: {DISK_WRITE}.")
    assert out["kept"] and out["kept_after_second_enter"]
    assert out["store_unchanged"] and out["check_ok"]
    # Space freed: the note, left as it was, is saved by the retry timer, once.
    assert out["saved_by_retry"] and out["box_cleared"] and out["marker_gone"]
    assert out["stored_text"] and out["hint"].startswith("Saved ")
    svc = _after_child(store)
    try:
        notes = svc.notes.notes(svc.events.meetings()[0].id)
        assert [n.text for n in notes][:2] == ["Chair opens the meeting", "Chair opens the item"]
        assert len(notes) == 3 and notes[2].text.startswith("ท่าทีของประเทศไทย")
    finally:
        svc.close()


# -- the words, in one place ---------------------------------------------------------------


def test_low_level_failures_in_words() -> None:
    from sqlalchemy.exc import OperationalError
    from sqlcipher3 import dbapi2

    def wrapped(text: str) -> Exception:
        return OperationalError("INSERT", None, dbapi2.OperationalError(text))

    assert write_failure(wrapped("database or disk is full")) == DISK_FULL
    assert write_failure(wrapped("attempt to write a readonly database")) == READ_ONLY
    assert write_failure(wrapped("disk I/O error")) == DISK_WRITE
    assert write_failure(wrapped("database is locked")) == BUSY
    assert write_failure(OSError(errno.ENOSPC, "No space left on device")) == DISK_FULL
    assert write_failure(OSError(errno.EFBIG, "File too large")) == DISK_FULL
    assert write_failure(OSError(errno.EROFS, "Read-only file system")) == READ_ONLY
    try:  # an OSError behind another exception (raise ... from ...)
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:
            raise RuntimeError("write failed") from exc
    except RuntimeError as exc:
        assert write_failure(exc) == DISK_FULL
    assert write_failure(KeyError("x")) is None
    assert describe_failure(ValidationError("Title: cannot be empty.")) == "Title: cannot be empty"
    assert "details are in the log" in describe_failure(KeyError("x"))


def test_the_same_words_in_messages_backups_and_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from adgsom_desktop.cli.main import run_command
    from adgsom_desktop.errors import StoreError
    from adgsom_desktop.storage.store import Store
    from adgsom_desktop.ui.common.errors import message_for

    assert message_for(full_disk()).startswith(f"Not saved: {DISK_FULL}.")
    svc = Services.open(_store(tmp_path / "s.adgsom"))
    try:

        def no_room(_self: Any, _reason: str) -> Path:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(Store, "make_backup", no_room)
        with pytest.raises(StoreError, match="The backup could not be written: the disk is full"):
            svc.backups.backup()
    finally:
        svc.close()

    def command(_args: argparse.Namespace) -> int:
        raise full_disk()

    assert run_command(argparse.Namespace(func=command)) == 74
    assert capsys.readouterr().err.strip() == f"error: not saved: {DISK_FULL}."


# -- SaveState itself ----------------------------------------------------------------------


def test_backoff_timer_retries_and_user_failures_do_not_lengthen_it(qtbot: Any) -> None:
    tries: list[int] = []
    fail = [True]
    holder = QWidget()
    qtbot.addWidget(holder)

    def retry() -> None:
        tries.append(1)
        state.save(lambda: (_ for _ in ()).throw(full_disk()) if fail[0] else None)

    state = SaveState(holder, retry=retry)
    label = SaveStateLabel(state, holder)
    assert label.isHidden()  # nothing to say yet
    state.mark_dirty()
    assert label.text() == "Unsaved changes"
    state.save(lambda: (_ for _ in ()).throw(full_disk()))
    assert state.failed and state.retrying and state._timer.interval() == 150
    state.save(lambda: (_ for _ in ()).throw(full_disk()))  # the user again: same wait
    assert state._timer.interval() == 150
    qtbot.waitUntil(lambda: len(tries) >= 2, timeout=3000)  # the timer: longer each time
    assert state._timer.interval() in (300, 600) and state.failed
    fail[0] = False
    qtbot.waitUntil(lambda: not state.unsaved, timeout=3000)
    assert not state.retrying and label.text().startswith("Saved ")
    # Bad input is not retried by the timer: it will not get better by itself.
    state.save(lambda: (_ for _ in ()).throw(ValidationError("Title: cannot be empty.")))
    assert state.failed and not state.retrying
    assert label.text() == "Not saved: Title: cannot be empty. Your text is kept here."


def test_stashed_drafts_are_kept_saved_later_and_asked_about(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    saved: list[str] = []
    fail = [True]

    def save(text: str) -> None:
        if fail[0]:
            raise full_disk()
        saved.append(text)

    state = SaveState(holder, retry=lambda: state.save_stashed(), others=("note", "notes"))
    label = SaveStateLabel(state, holder)
    state.save(lambda: save(VIET))
    state.stash(7, VIET, lambda: save(VIET))
    state.mark_clean()  # another record is shown
    assert state.unsaved and not state.dirty and state.stashed() == [7]
    assert label.text().startswith(f"Not saved yet: 1 note — {DISK_FULL}. Kept, and saved")
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _y: asked.append(text) or False)
    assert unsaved_states(holder) == [state]
    assert not save_state.confirm_leaving(holder, "Quit and lose them?", "Quit")
    assert "could not be saved: the disk is full" in asked[0] and "Quit and lose" in asked[0]
    # Back on record 7: its draft, with its reason.
    assert state.unstash(7) == VIET and state.failed and "disk is full" in state.reason
    state.stash(7, VIET, lambda: save(VIET))
    state.mark_clean()
    fail[0] = False
    qtbot.waitUntil(lambda: not state.unsaved, timeout=3000)
    assert saved == [VIET] and label.isHidden()
    assert save_state.confirm_leaving(holder, "Quit?", "Quit") and len(asked) == 1


# -- the position editor ---------------------------------------------------------------------


def test_position_editor_keeps_a_refused_brief_everywhere(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[Any],
    answers: list[Any],
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    first, second = (i.id for i in services.agenda.items(1))
    editor = show_tab(qtbot, window, "item", first, "positionEditor")
    type_text(editor.form.objective, THAI)
    assert editor.flush()
    settle(services)
    assert services.positions.get(first).content.objective == THAI

    refuse = Refuse(monkeypatch, services.positions, "save_brief")
    type_text(editor.form.objective, " — " + VIET)
    typed = editor.form.objective.markup()
    qtbot.waitUntil(lambda: editor.state.failed, timeout=3000)  # the autosave
    assert editor.save_label.text().startswith(f"Not saved: {DISK_FULL}.")
    assert editor.form.objective.markup() == typed
    # A change notice (an undo elsewhere, another view) never reloads unsaved text.
    editor.on_change(Change(ChangeKind.POSITIONS, (first,), item_id=first))
    assert editor.form.objective.markup() == typed
    # An action that would reload the brief is refused, with why; nothing else is done.
    click(qtbot, editor.btn_review)
    settle(services)  # the step waits for the save, which the store refuses again
    assert "not saved yet" in messages[-1][1] and "disk is full" in messages[-1][1]
    assert services.positions.get(first).status.value == "draft"
    assert editor.form.objective.markup() == typed
    # Another item: the draft is kept; back: it is shown again (not the store's text).
    show_tab(qtbot, window, "item", second, "positionEditor")
    assert editor.form.objective.markup() == ""
    assert "1 brief on another item" in editor.save_label.text()
    show_tab(qtbot, window, "item", first, "positionEditor")
    assert editor.form.objective.markup() == typed and editor.state.failed
    # Quitting asks; "no" keeps the window and the text.
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _y: asked.append(text) or False)
    window.close()
    assert window.isVisible() and window.services is services
    assert "could not be saved" in asked[-1] and "Quit and lose them?" in asked[-1]
    # So does opening another store: the store stays open.
    window.controller.open_path(_store(tmp_path / "other.adgsom"))
    assert window.services is services and len(asked) == 2
    assert editor.form.objective.markup() == typed
    save_artifact(window, "save_failed_position_in_window")
    # Space freed: the backoff timer saves it; the marker goes.
    refuse.on = False
    qtbot.waitUntil(lambda: not editor.state.unsaved, timeout=5000)
    assert services.positions.get(first).content.objective == typed
    assert editor.save_label.text().startswith("Saved · version")
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)


def test_position_drafts_of_other_items_are_saved_on_flush(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    first, second = (i.id for i in services.agenda.items(1))
    editor = show_tab(qtbot, window, "item", first, "positionEditor")
    refuse = Refuse(monkeypatch, services.positions, "save_brief")
    type_text(editor.form.red_line, VIET)
    show_tab(qtbot, window, "item", second, "positionEditor")
    settle(services)  # the store's refusal comes back: the draft is kept
    assert editor.state.stashed() == [first] and services.positions.get(first) is None
    refuse.on = False
    window.settle_writes()  # e.g. before a lock or an undo: handed over and committed
    assert not editor.state.unsaved
    assert services.positions.get(first).content.red_line == VIET
    # The saved draft is one undo step, like any edit.
    window.findChild(object, "actUndo").trigger()
    assert services.positions.get(first).content.red_line == ""


# -- the agenda builder ----------------------------------------------------------------------


def test_agenda_form_keeps_a_refused_item(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    builder = show_tab(qtbot, window, "meeting", 1, "agendaBuilder")
    first, second = (i.id for i in services.agenda.items(1))
    builder._select(first)
    refuse = Refuse(monkeypatch, services.agenda, "set_fields")
    type_text(builder.form.lead_text, "ASEC with Japan")
    builder.form.description.setFocus()
    type_text(builder.form.description, "Khung quản trị dữ liệu: " + THAI)
    qtbot.waitUntil(lambda: builder.state.failed, timeout=3000)
    assert builder.save_label.isVisible()
    assert builder.save_label.text().startswith(f"Not saved: {DISK_FULL}.")
    save_artifact(builder, "save_failed_agenda_form")
    # Another item in the tree: the draft is kept; back: shown again.
    builder._select(second)
    assert builder.form.lead_text.text() == ""
    assert "1 other agenda item" in builder.save_label.text()
    builder._select(first)
    assert builder.form.lead_text.text() == "ASEC with Japan"
    assert "Khung quản trị" in builder.form.description.markup()
    assert services.agenda.fields(first).lead_text == ""
    refuse.on = False
    qtbot.waitUntil(lambda: not builder.state.unsaved, timeout=5000)
    fields = services.agenda.fields(first)
    assert fields.lead_text == "ASEC with Japan" and THAI in fields.description


# -- counterparts ------------------------------------------------------------------------------


def test_counterparts_keep_a_refused_note(
    qtbot: Any, window: Any, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_store(qtbot, window, demo_path)
    window.findChild(object, "actCounterparts").trigger()
    cp = window.findChild(QDialog, "counterpartsWindow")
    qtbot.waitUntil(lambda: cp.isVisible())
    cp.list.setCurrentRow(0)
    person = cp.person_id
    before = services.counterparts.counterpart(person).person.last_said
    refuse = Refuse(monkeypatch, services.counterparts, "save")
    cp.last_said.setFocus()
    type_text(cp.last_said, " " + VIET)
    typed = cp.last_said.markup()
    assert not cp.flush()
    assert cp.save_label.text().startswith(f"Not saved: {DISK_FULL}.")
    save_artifact(cp, "save_failed_counterparts")
    cp.list.setCurrentRow(1)
    assert "1 other counterpart" in cp.save_label.text()
    cp.list.setCurrentRow(0)
    assert cp.last_said.markup() == typed
    # Closing the window asks; "no" keeps it open.
    monkeypatch.setattr(confirm, "ask", lambda *_a: False)
    cp.close()
    assert cp.isVisible()
    assert services.counterparts.counterpart(person).person.last_said == before
    refuse.on = False
    assert cp.flush()
    assert services.counterparts.counterpart(person).person.last_said == typed
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)


# -- the stance map ------------------------------------------------------------------------------


def test_stance_map_keeps_a_refused_cell(
    qtbot: Any, window: Any, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.ui.positions.stance_map import CellEditor
    from adgsom_desktop.ui.positions.stance_model import PENDING_ROLE

    services = open_store(qtbot, window, demo_path)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")
    view = show_tab(qtbot, window, "meeting", som6.id, "stanceMap")
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    row = next(r for r, i in enumerate(model.grid.items) if i.number == "3.2.a")
    col = [d.code for d in model.grid.delegations].index("VN")
    item_id, vn = model.grid.items[row].id, model.grid.delegations[col].id
    stored = services.stances.cell(item_id, vn)
    refuse = Refuse(monkeypatch, services.stances, "set_cell")
    index = model.index(row, col)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.findChild(CellEditor)
    editor.observed.setCurrentIndex(editor.observed.findData(Stance.RESERVE))
    editor.observed_note.clear()
    type_text(editor.observed_note, "Chưa đồng ý, cần tham vấn thêm")
    view.table.itemDelegate().commitData.emit(editor)
    view.table.itemDelegate().closeEditor.emit(editor)
    # Kept in the map, marked, and said above it.
    assert model.index(row, col).data(PENDING_ROLE)
    assert model.cell(index).observed_note == "Chưa đồng ý, cần tham vấn thêm"
    assert "NOT SAVED" in model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
    assert view.save_label.text().startswith(f"Not saved yet: 1 cell — {DISK_FULL}.")
    assert services.stances.cell(item_id, vn) == stored
    view.table.clearSelection()
    save_artifact(view, "save_failed_stance_map")
    # Editing it again starts from what was typed; a key press on it too.
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_5)
    assert model.cell(index).expected is Stance.OPPOSE
    assert model.cell(index).observed_note == "Chưa đồng ý, cần tham vấn thêm"
    refuse.on = False
    qtbot.waitUntil(lambda: not view.state.unsaved, timeout=5000)
    cell = services.stances.cell(item_id, vn)
    assert (cell.expected, cell.observed) == (Stance.OPPOSE, Stance.RESERVE)
    assert cell.observed_note == "Chưa đồng ý, cần tham vấn thêm"
    assert not model.index(row, col).data(PENDING_ROLE) and view.save_label.isHidden()
    window.findChild(object, "actUndo").trigger()  # one step back to the stored cell
    assert services.stances.cell(item_id, vn) == stored


# -- dialogs: note, outcome, action item ---------------------------------------------------------


def _drive(texts: list[str], results: list[Any], after: Callable[[Any], None]) -> Any:
    """exec_dialog for tests: type, press OK (accept), record whether it closed."""

    def drive(dlg: Any) -> bool:
        dlg.show()
        dlg.text.setPlainText(texts[0])
        dlg.accept()
        results.append((dlg.result(), dlg.isVisible(), dlg.save_label.text()))
        after(dlg)
        return dlg.result() == QDialog.DialogCode.Accepted

    return drive


def test_note_dialog_stays_open_with_the_text(
    qtbot: Any, demo_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.ui.room.notes_view import NotesView

    s = demo_services
    meeting = next(m for m in s.events.meetings() if m.label == "6th ADGSOM")
    view = NotesView(s)
    qtbot.addWidget(view)
    view.show_record(meeting.id)
    target = view.model.rows[0]
    view.table.setCurrentIndex(view.model.index(0, 5))
    refuse = Refuse(monkeypatch, s.notes, "edit")
    results: list[Any] = []

    def after(dlg: Any) -> None:
        assert dlg.text.toPlainText() == VIET  # still there
        save_artifact(dlg, "save_failed_note_dialog")
        refuse.on = False
        dlg.accept()  # OK again, space freed

    monkeypatch.setattr(view, "exec_dialog", _drive([VIET], results, after))
    view.edit_selected()
    (code, visible, label) = results[0]
    assert code == 0 and visible and label.startswith(f"Not saved: {DISK_FULL}.")
    assert s.notes.note(target.id).text == VIET
    assert view.model.rows[0].text == VIET


def test_outcome_and_action_dialogs_stay_open_with_the_text(
    qtbot: Any, demo_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.ui.room.actions_view import ActionsView
    from adgsom_desktop.ui.room.outcomes_view import OutcomesView

    s = demo_services
    meeting = next(m for m in s.events.meetings() if m.label == "6th ADGSOM")
    item = next(i for i in s.agenda.items(meeting.id) if i.number == "5.1")
    outcomes = OutcomesView(s)
    qtbot.addWidget(outcomes)
    outcomes.show_record(item.id)
    before = len(s.outcomes.for_item(item.id))
    refuse = Refuse(monkeypatch, s.outcomes, "add")
    results: list[Any] = []

    def cancel_then_keep(dlg: Any) -> None:
        asked: list[str] = []
        monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _y: asked.append(text) or False)
        dlg.reject()  # Escape after a failure asks first; "no" keeps the dialog
        assert asked and "not saved" in asked[0] and dlg.isVisible()
        refuse.on = False
        dlg.verb.setCurrentIndex(dlg.verb.findData(OutcomeVerb.ENDORSED.value))
        dlg.accept()

    monkeypatch.setattr(outcomes, "exec_dialog", _drive([THAI], results, cancel_then_keep))
    outcomes.add_outcome()
    assert results[0][0] == 0 and results[0][1] and "disk is full" in results[0][2]
    added = s.outcomes.for_item(item.id)
    assert len(added) == before + 1 and added[-1].text == THAI
    assert added[-1].verb is OutcomeVerb.ENDORSED and outcomes.selected().id == added[-1].id

    actions = ActionsView(s, scoped=True)
    qtbot.addWidget(actions)
    actions.show_record(meeting.id)
    refuse = Refuse(monkeypatch, s.actions, "create")
    results.clear()

    def retry(dlg: Any) -> None:
        refuse.on = False
        dlg.accept()

    monkeypatch.setattr(actions, "exec_dialog", _drive([VIET], results, retry))
    actions.add_action()
    assert results[0][0] == 0 and "disk is full" in results[0][2]
    assert actions.selected() is not None and actions.selected().text == VIET


def _live(qtbot: Any, s: Any) -> tuple[Any, Any]:
    from adgsom_desktop.ui.room.live_mode import LiveWindow

    meeting = next(m for m in s.events.meetings() if m.label == "6th ADGSOM")
    live = LiveWindow(s, meeting.id)
    qtbot.addWidget(live)
    return live, meeting


def test_live_mode_outcome_dialog_keeps_the_text(
    qtbot: Any, demo_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = demo_services
    live, _meeting = _live(qtbot, s)
    live.text.setPlainText(THAI)
    refuse = Refuse(monkeypatch, s.outcomes, "add")
    seen: list[Any] = []

    def drive(dlg: Any) -> bool:
        dlg.show()
        dlg.accept()
        seen.append((dlg.isVisible(), dlg.text.toPlainText(), dlg.save_label.text()))
        refuse.on = False
        dlg.accept()
        return dlg.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(live, "exec_dialog", drive)
    live.record_outcome()
    assert seen[0][0] and seen[0][1] == THAI and "disk is full" in seen[0][2]
    assert live.text.toPlainText() == "" and THAI in live.outcomes.text()
    live.close()


def test_live_mode_close_asks_when_a_note_is_not_saved(
    qtbot: Any, demo_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = demo_services
    live, meeting = _live(qtbot, s)
    live.show()
    count = len(s.notes.notes(meeting.id))
    refuse = Refuse(monkeypatch, s.notes, "add")
    type_text(live.text, VIET)
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    settle(s)  # the store's answer: refused, the note back in the box
    assert live.state.failed and live.text.toPlainText() == VIET
    live.text.setPlainText(VIET + " (thêm)")  # changed since: the timer leaves it to Enter
    qtbot.wait(400)
    assert refuse.calls == 1
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _y: asked.append(text) or False)
    assert not live.close() and live.isVisible() and "Close live mode" in asked[-1]
    refuse.on = False
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    settle(s)
    assert len(s.notes.notes(meeting.id)) == count + 1 and not live.state.failed
    assert live.close()


def test_live_mode_retry_leaves_the_keyboard_focus_alone(
    qtbot: Any, demo_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    s = demo_services
    live, meeting = _live(qtbot, s)
    live.show()
    live.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live, timeout=3000)
    refuse = Refuse(monkeypatch, s.notes, "add")
    type_text(live.text, THAI)
    qtbot.keyClick(live.text, Qt.Key.Key_Return)
    settle(s)
    assert live.state.failed
    live.jump.setFocus()  # the user is elsewhere (typing, or unlocking the app)
    refuse.on = False
    qtbot.waitUntil(lambda: not live.state.failed, timeout=3000)  # the timer sent it again
    settle(s)  # and the store took it
    assert s.notes.notes(meeting.id)[-1].text == THAI and live.text.toPlainText() == ""
    assert live.jump.hasFocus()
    live.close()


def test_a_late_save_never_reopens_a_closed_store(tmp_path: Path) -> None:
    from adgsom_desktop.errors import StoreError

    svc = Services.open(_store(tmp_path / "s.adgsom"))
    meeting = svc.events.meetings()[0].id
    svc.close()
    with pytest.raises(StoreError, match="closed"):
        svc.notes.add(meeting, "typed after the store closed")
    again = Services.open(tmp_path / "s.adgsom")  # not locked by a reopened connection
    try:
        assert [n.text for n in again.notes.notes(meeting)] == ["Chair opens the meeting"]
    finally:
        again.close()


def test_our_delegation_keeps_a_refused_member(
    qtbot: Any, window: Any, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.ui.people.our_delegation_view import OurDelegationWindow

    services = open_store(qtbot, window, demo_path)
    ours = OurDelegationWindow(services, window)
    qtbot.addWidget(ours)
    ours.show()
    ours.list.setCurrentRow(0)
    person = ours.person_id
    before = services.delegations.person(person).agency
    refuse = Refuse(monkeypatch, services.delegations, "put_person")  # what the window calls
    ours.fields.agency.setFocus()
    ours.fields.agency.setText(before + " " + VIET)
    ours.fields.edited.emit()
    ours.flush()
    settle(ours.services)
    assert ours.error.text().startswith(f"Not saved: {DISK_FULL}.")
    assert ours.fields.agency.text() == before + " " + VIET
    assert services.delegations.person(person).agency == before
    refuse.on = False
    ours.flush()
    settle(ours.services)
    assert services.delegations.person(person).agency == before + " " + VIET
    assert not ours.error.text().startswith("Not saved")
