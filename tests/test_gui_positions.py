"""The position editor driven like a user would: draft, submit, approve, edit an approved
brief (it asks first), history with a word-level diff, restore, undo across fields, the
stance map edited in place, carry forward and counterparts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from adgsom_desktop.domain.enums import MeetingKind, MemberRole, PositionStatus, Stance
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.positions.carry_forward_dialog import CarryForwardDialog
from adgsom_desktop.ui.positions.position_history_dialog import (
    PositionHistoryDialog,
    qt_word_tokens,
)
from adgsom_desktop.ui.positions.stance_map import CellEditor
from tests.conftest import save_artifact
from tests.helpers import approve_dialog_with_pin
from tests.prepare_fixtures import (  # noqa: F401 - fixtures
    answers,
    click,
    open_store,
    settle,
    show_tab,
    type_text,
)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _store(path: Path) -> Path:
    from adgsom_desktop.services.container import Services

    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    th = next(d for d in svc.delegations.delegations() if d.code == "TH")
    svc.delegations.save_person(
        delegation_id=th.id, full_name="Worawit Chanthasiri", role=MemberRole.HEAD
    )
    svc.delegations.save_person(
        delegation_id=th.id, full_name="Natthida Chaiyaporn", role=MemberRole.DESK_OFFICER
    )
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    meeting = svc.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        short_title="6th ADGSOM",
        series="ADGSOM",
        date=date(2026, 1, 12),
    )
    svc.agenda.add_item(meeting.id, "Draft ASEAN Digital Masterplan 2026-2030")
    svc.close()
    return path


def test_draft_review_approve_edit_and_restore(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    answers: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[Any],
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    assert editor.status_chip.text() == "No position yet"
    assert not editor.btn_approve.isEnabled()

    # Draft: no Save button; typing is saved by itself.
    type_text(editor.form.objective, "ประเทศไทยสนับสนุนร่างแผนแม่บทฯ พร้อมข้อสังเกต")
    qtbot.waitUntil(lambda: services.positions.get(1) is not None, timeout=3000)
    editor.form.stance.setCurrentIndex(editor.form.stance.findData(Stance.SUPPORT_WITH_AMENDMENTS))
    click(qtbot, editor.form.points.add_button)
    type_text(editor.form.points.rows()[0].edit, "Việt Nam's chairmanship: welcome the draft")
    click(qtbot, editor.form.points.add_button)
    qtbot.keyClicks(editor.form.points.rows()[1].edit, "Ask for a mid-term review clause")
    editor.form.points.move_row(1, -1)  # reorder: the review clause first
    editor.form.background_nfd.setFocus()
    qtbot.keyClicks(editor.form.background_nfd, "Capital will accept a five-year review.")
    editor.flush()
    settle(editor.services)
    rec = services.positions.get(1)
    assert rec.content.points == (
        "Ask for a mid-term review clause",
        "Việt Nam's chairmanship: welcome the draft",
    )
    assert rec.content.stance is Stance.SUPPORT_WITH_AMENDMENTS
    assert rec.content.background_nfd == "Capital will accept a five-year review."
    assert rec.version_no == 1  # one editing spell, one version

    # Workflow: for review, then approved by our HoD.
    click(qtbot, editor.btn_review)
    settle(services)
    assert services.positions.get(1).status is PositionStatus.FOR_REVIEW
    qtbot.waitUntil(lambda: editor.status_chip.text() == "For review")
    approve_dialog_with_pin(monkeypatch, services)
    click(qtbot, editor.btn_approve)
    settle(services)
    rec = services.positions.get(1)
    assert (rec.status, rec.approved_by_name) == (PositionStatus.APPROVED, "Worawit Chanthasiri")
    qtbot.waitUntil(lambda: editor.form.objective.isReadOnly())
    assert "Approved by" in editor.banner.text()
    save_artifact(window, "position_editor_approved")

    # Editing the approved position asks first; the approved version stays.
    click(qtbot, editor.btn_edit)
    assert answers and "approved" in answers[-1][1]
    assert not editor.form.objective.isReadOnly()
    type_text(editor.form.red_line, "ไม่มีภาระงบประมาณใหม่ — No new institutional costs")
    editor.form.objective.moveCursor(editor.form.objective.textCursor().MoveOperation.End)
    type_text(editor.form.objective, " และขอให้มีการทบทวนกลางแผน")
    editor.flush()
    settle(editor.services)
    rec = services.positions.get(1)
    assert (rec.status, rec.version_no, rec.approved_version_no) == (PositionStatus.DRAFT, 2, 1)
    qtbot.waitUntil(lambda: "Edited after approval" in editor.banner.text())

    # History: diff of versions 1 and 2, then restore version 1 (a new version 3).
    dlg = PositionHistoryDialog(services, 1, editor)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.list.count() == 2
    assert "★ Approved" in dlg.list.item(1).text()
    html = dlg.view.toHtml()
    assert "No new institutional costs" in dlg.view.toPlainText()
    assert "underline" in html  # added text is underlined, not only coloured
    save_artifact(dlg, "position_history_diff")
    dlg.list.setCurrentRow(1)  # version 1
    click(qtbot, dlg.restore_button)
    assert services.positions.get(1).version_no == 3
    assert services.positions.get(1).content.red_line == ""
    assert services.positions.versions(1)[-1].comment == "restored from v1"
    dlg.close()
    qtbot.waitUntil(lambda: editor.form.red_line.markup() == "")
    assert messages == []


def test_undo_spans_fields_and_items(qtbot: Any, window: Any, tmp_path: Path) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    services.agenda.add_item(1, "Digital Economy Framework Agreement")
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    editor.form.objective.setFocus()
    qtbot.keyClicks(editor.form.objective, "Endorse")
    editor.form.press_line.setFocus()  # focus change saves
    qtbot.waitUntil(lambda: services.positions.get(1) is not None)
    qtbot.keyClicks(editor.form.press_line, "Thailand welcomes")
    editor.form.tags.setFocus()
    qtbot.keyClicks(editor.form.tags, "do6, ea 6.3")
    editor.form.objective.setFocus()
    qtbot.waitUntil(lambda: services.agenda.item(1).tags == ("ADM2025 DO6", "ADM2025 EA 6.3"))
    # Another item, then undo all the way back: each step restores one field.
    show_tab(qtbot, window, "item", 2, "positionEditor")
    undo = window.findChild(object, "actUndo")
    undo.trigger()
    assert services.agenda.item(1).tags == ()
    undo.trigger()
    assert services.positions.get(1).content.press_line == ""
    assert services.positions.get(1).content.objective == "Endorse"
    window.findChild(object, "actRedo").trigger()
    assert services.positions.get(1).content.press_line == "Thailand welcomes"
    # Ctrl+Z in a text field reaches the window's undo (not the field's own).
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    qtbot.waitUntil(lambda: editor.form.press_line.markup() == "Thailand welcomes")
    editor.form.press_line.setFocus()
    qtbot.keyClicks(editor.form.press_line, " the draft")
    qtbot.keyClick(editor.form.press_line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: services.positions.get(1).content.press_line == "Thailand welcomes")
    qtbot.waitUntil(lambda: editor.form.press_line.markup() == "Thailand welcomes")


def test_formatting_is_stored_as_portable_markup(qtbot: Any, window: Any, tmp_path: Path) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    edit = editor.form.tactical
    edit.setFocus()
    qtbot.keyClicks(edit, "Stress ")
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "inclusion")
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(
        edit, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClicks(edit, "first bullet")
    editor.flush()
    settle(editor.services)
    saved = services.positions.get(1).content.tactical
    assert saved == "Stress **inclusion**\n- first bullet"
    assert "<" not in saved


def test_huge_paste_and_control_characters(
    qtbot: Any, window: Any, tmp_path: Path, messages: list[Any]
) -> None:
    from PySide6.QtCore import QMimeData

    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    editor.form.objective.setFocus()
    qtbot.keyClicks(editor.form.objective, "Keep this")
    editor.flush()
    settle(editor.services)
    big = QMimeData()
    big.setText("x" * 5_000_000)  # a 5 MB paste
    editor.form.objective.insertFromMimeData(big)
    assert "too long" in messages[-1][1]
    assert editor.form.objective.markup() == "Keep this"
    dirty = QMimeData()
    dirty.setText(" and\x07 this\x0bline")
    editor.form.objective.insertFromMimeData(dirty)
    editor.flush()
    settle(editor.services)
    assert services.positions.get(1).content.objective == "Keep this and this\n\nline"
    assert services.positions.get(1).version_no == 1


def test_stance_map_edited_in_place(qtbot: Any, window: Any, demo_path: Path) -> None:
    services = open_store(qtbot, window, demo_path)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")
    view = show_tab(qtbot, window, "meeting", som6.id, "stanceMap")
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    codes = [d.code for d in model.grid.delegations]
    assert codes[0] == "TH" and "VN" in codes
    row = next(r for r, i in enumerate(model.grid.items) if i.number == "3.2.a")
    col = codes.index("VN")
    index = model.index(row, col)
    assert "/" in index.data()  # text, not colour alone
    # Keys: 5 sets the expected stance, Ctrl+4 the observed one.
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_5)
    qtbot.keyClick(view.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    item_id, vn = model.grid.items[row].id, model.grid.delegations[col].id
    cell = services.stances.cell(item_id, vn)
    assert (cell.expected, cell.observed) == (Stance.OPPOSE, Stance.RESERVE)
    # In-place editor with notes (Vietnamese text).
    view.table.setCurrentIndex(model.index(row, col))
    view.table.edit(model.index(row, col))
    editor = view.table.findChild(CellEditor)
    assert editor is not None
    editor.expected.setCurrentIndex(editor.expected.findData(Stance.SUPPORT))
    editor.expected_note.clear()
    type_text(editor.expected_note, "Chủ tịch ASEAN 2026: muốn thông qua")
    view.table.itemDelegate().commitData.emit(editor)
    view.table.itemDelegate().closeEditor.emit(editor)
    cell = services.stances.cell(item_id, vn)
    assert (cell.expected, cell.expected_note) == (
        Stance.SUPPORT,
        "Chủ tịch ASEAN 2026: muốn thông qua",
    )
    # Our own column follows our position and cannot be edited here.
    assert not (model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEditable)
    window.findChild(object, "actUndo").trigger()
    assert services.stances.cell(item_id, vn).expected is Stance.OPPOSE
    # Filter: all meetings of the event.
    view.filter.setCurrentIndex(view.filter.count() - 1)
    qtbot.waitUntil(lambda: len(model.grid.meetings) > 1)
    view.filter.setCurrentIndex(0)
    view.table.setCurrentIndex(model.index(row, col))
    window.splitter.setSizes([260, 1140])
    opening = model.grid.items[0]
    services.agenda.set_fields(
        opening.id,
        replace_title(services.agenda.fields(opening.id), "Khai mạc · พิธีเปิดการประชุม"),
    )
    qtbot.waitUntil(lambda: "พิธีเปิด" in str(model.headerData(0, Qt.Orientation.Vertical, 0)))
    view.table.horizontalScrollBar().setValue(0)
    save_artifact(window, "stance_map")


def test_carry_forward_shows_both_sides_then_accepts(
    qtbot: Any, window: Any, demo_path: Path, answers: list[Any]
) -> None:
    services = open_store(qtbot, window, demo_path)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")
    # An item that follows on from one of the 5th ADGSOM and already has a brief.
    target = next(
        i
        for i in services.agenda.items(som6.id)
        if i.position_status is not None
        and any(c.reason == "source" for c in services.carry.candidates(i.id))
    )
    candidates = services.carry.candidates(target.id)
    assert candidates[0].reason == "source" and candidates[0].meeting.label == "5th ADGSOM"
    dlg = CarryForwardDialog(services, target.id, window)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.list.count() == len(candidates)
    assert candidates[0].position.content.objective[:20] in dlg.right.toPlainText().replace(
        "\u2029", "\n"
    )
    assert "No brief yet" not in dlg.left.toPlainText()
    save_artifact(dlg, "carry_forward_side_by_side")
    before = services.positions.get(target.id).version_no
    click(qtbot, dlg.accept_button)
    assert "stays in the history" in answers[-1][1]
    rec = services.positions.get(target.id)
    assert rec.status is PositionStatus.DRAFT
    assert rec.content.objective == candidates[0].position.content.objective
    assert rec.version_no == before + 1
    assert "carried forward" in services.positions.versions(target.id)[-1].comment


def test_counterparts_window(qtbot: Any, window: Any, demo_path: Path) -> None:
    services = open_store(qtbot, window, demo_path)
    window.findChild(object, "actCounterparts").trigger()
    cp = window.findChild(QDialog, "counterpartsWindow")
    qtbot.waitUntil(lambda: cp.isVisible())
    assert cp.list.count() > 5
    qtbot.keyClicks(cp.search, "viet")
    qtbot.waitUntil(lambda: cp.list.count() >= 1)
    first = services.counterparts.counterparts("viet")[0]
    assert cp.full_name.text() == first.person.full_name
    cp.last_said.setFocus()
    type_text(cp.last_said, "Việt Nam có thể chấp nhận điều khoản rà soát.")
    cp.flush()
    settle(cp.services)
    assert "điều khoản" in services.counterparts.counterpart(first.person.id).person.last_said
    save_artifact(cp, "counterparts_window")


def test_qt_tokenizer_splits_thai_words() -> None:
    words = qt_word_tokens("ประเทศไทยสนับสนุนร่าง")
    assert "".join(words) == "ประเทศไทยสนับสนุนร่าง"
    assert len(words) >= 3  # ICU finds the words


def test_history_of_a_demo_brief(qtbot: Any, window: Any, demo_path: Path) -> None:
    """A brief saved three times by different aides, with Thai and Vietnamese in it."""
    services = open_store(qtbot, window, demo_path)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")
    item = max(services.agenda.items(som6.id), key=lambda i: len(services.positions.versions(i.id)))
    versions = services.positions.versions(item.id)
    assert len(versions) >= 3
    dlg = PositionHistoryDialog(services, item.id, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.old.setCurrentIndex(dlg.old.findData(1))  # (index 0: nothing, before version 1)
    dlg.new.setCurrentIndex(dlg.new.count() - 1)
    text = dlg.view.toPlainText()
    changed = services.positions.diff(item.id, 1, versions[-1].version_no).changed_sections
    assert changed and all(s.label in text for s in changed)
    save_artifact(dlg, "position_history_diff_demo")


def replace_title(fields: Any, title: str) -> Any:
    from dataclasses import replace

    return replace(fields, title=title)


def test_pending_typing_is_saved_on_window_close_and_store_close(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    editor.form.objective.setFocus()
    qtbot.keyClicks(editor.form.objective, "Typed just before closing")
    assert editor.autosave.pending  # not yet saved by a timer
    path = services.store.path
    window.close()  # the window saves pending edits, then closes the store
    from adgsom_desktop.services.container import Services

    again = Services.open(path)
    try:
        assert again.positions.get(1).content.objective == "Typed just before closing"
    finally:
        again.close()


def test_empty_title_in_the_builder_is_refused(
    qtbot: Any, window: Any, tmp_path: Path, messages: list[Any]
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    builder = show_tab(qtbot, window, "meeting", 1, "agendaBuilder")
    builder.form.title.selectAll()
    qtbot.keyClick(builder.form.title, Qt.Key.Key_Delete)
    builder.autosave.flush()
    assert "cannot be empty" in builder.save_label.text()
    assert services.agenda.item(1).title == "Draft ASEAN Digital Masterplan 2026-2030"
    builder.flush()  # leaving the item: said once more, in a message
    settle(builder.services)
    assert "not saved" in messages[-1][1] and "cannot be empty" in messages[-1][1]
    assert builder.form.title.text() == "Draft ASEAN Digital Masterplan 2026-2030"
    assert not builder.state.unsaved  # the stored item is shown again


def test_undo_straight_after_approving_withdraws_the_approval_and_says_so(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    answers: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[Any],
) -> None:
    """Ctrl+Z after approving undoes the approval (not an older edit on another tab)."""
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    undo = window.findChild(object, "actUndo")
    redo = window.findChild(object, "actRedo")
    # An earlier edit on another tab: the agenda item's title.
    builder = show_tab(qtbot, window, "meeting", 1, "agendaBuilder")
    builder._select(1)
    builder.form.title.selectAll()
    qtbot.keyClicks(builder.form.title, "ASEAN Digital Masterplan 2026-2030")
    builder.flush()
    settle(builder.services)
    assert services.agenda.item(1).title == "ASEAN Digital Masterplan 2026-2030"

    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    qtbot.keyClicks(editor.form.objective, "Endorse the Masterplan")
    editor.flush()
    settle(editor.services)
    click(qtbot, editor.btn_review)
    settle(services)
    approve_dialog_with_pin(monkeypatch, services)
    click(qtbot, editor.btn_approve)
    settle(services)
    assert services.positions.get(1).status is PositionStatus.APPROVED
    assert undo.text() == "&Undo approval (item 1)"

    undo.trigger()
    rec = services.positions.get(1)
    assert (rec.status, rec.approved_by_id, rec.approved_version_no) == (
        PositionStatus.FOR_REVIEW,
        None,
        None,
    )
    assert services.positions.versions(1)[-1].status is PositionStatus.FOR_REVIEW
    assert services.agenda.item(1).title == "ASEAN Digital Masterplan 2026-2030"  # untouched
    assert window.statusBar().currentMessage() == "Undone: approval (item 1)"
    qtbot.waitUntil(lambda: editor.status_chip.text() == "For review")
    assert not editor.form.objective.isReadOnly()
    audit = services.audit.entries(limit=5)
    assert audit[0].action == "undo status" and "Approved -> For review" in audit[0].detail
    save_artifact(window, "position_editor_approval_undone")

    redo.trigger()
    rec = services.positions.get(1)
    assert (rec.status, rec.approved_by_name) == (PositionStatus.APPROVED, "Worawit Chanthasiri")
    assert window.statusBar().currentMessage() == "Redone: approval (item 1)"
    qtbot.waitUntil(lambda: editor.form.objective.isReadOnly())

    # Step by step back: the approval, the submission, the objective, then the title.
    undo.trigger()
    undo.trigger()
    assert services.positions.get(1).status is PositionStatus.DRAFT
    assert window.statusBar().currentMessage() == "Undone: submit for review (item 1)"
    undo.trigger()
    assert services.positions.get(1).content.objective == ""
    undo.trigger()
    assert services.agenda.item(1).title == "Draft ASEAN Digital Masterplan 2026-2030"
    assert messages == []


def test_redo_of_an_approval_asks_the_approvers_pin_again(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    answers: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[Any],
) -> None:
    """Ctrl+Shift+Z after undoing an approval approves again: the Approve dialog asks the
    approver's PIN (only them in it); cancelled or a wrong PIN, nothing is approved."""
    from adgsom_desktop.ui.positions.approve_dialog import ApproveDialog
    from tests.helpers import APPROVER_PIN

    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    undo = window.findChild(object, "actUndo")
    redo = window.findChild(object, "actRedo")
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    qtbot.keyClicks(editor.form.objective, "Endorse the Masterplan")
    editor.flush()
    settle(editor.services)
    click(qtbot, editor.btn_review)
    settle(services)
    approve_dialog_with_pin(monkeypatch, services)
    click(qtbot, editor.btn_approve)
    settle(services)
    assert services.positions.get(1).status is PositionStatus.APPROVED
    undo.trigger()
    assert services.positions.get(1).status is PositionStatus.FOR_REVIEW

    asked: list[tuple[str, list[str]]] = []

    def answer_with(pin: str | None) -> None:
        def answer(dialog: ApproveDialog) -> QDialog.DialogCode:
            names = [dialog.approver.itemText(i) for i in range(dialog.approver.count())]
            asked.append((dialog.windowTitle(), names))
            if pin is None:
                return QDialog.DialogCode.Rejected
            dialog.pin.setText(pin)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(ApproveDialog, "exec", answer)

    # A wrong PIN: refused in words, recorded, nothing approved.
    answer_with("not-the-pin")
    redo.trigger()
    assert asked == [("Approve the position again", ["Worawit Chanthasiri — Head of delegation"])]
    assert services.positions.get(1).status is PositionStatus.FOR_REVIEW
    assert "Wrong PIN for Worawit Chanthasiri" in messages[-1][1]
    actions = [e.action for e in services.audit.entries(limit=3)]
    assert "redo status" not in actions and "wrong approval PIN" in actions

    # Approved again with the button, undone, then redo cancelled: nothing approved.
    approve_dialog_with_pin(monkeypatch, services)
    click(qtbot, editor.btn_approve)
    settle(services)
    undo.trigger()
    qtbot.waitUntil(lambda: editor.status_chip.text() == "For review")
    answer_with(None)
    redo.trigger()
    assert services.positions.get(1).status is PositionStatus.FOR_REVIEW
    assert "needs the approver's own PIN" in messages[-1][1]
    qtbot.waitUntil(lambda: editor.btn_approve.isEnabled())

    # Once more, and the right PIN: approved again, by the same approver.
    approve_dialog_with_pin(monkeypatch, services)
    click(qtbot, editor.btn_approve)
    settle(services)
    undo.trigger()
    qtbot.waitUntil(lambda: editor.status_chip.text() == "For review")
    asked.clear()
    answer_with(APPROVER_PIN)
    redo.trigger()
    assert len(asked) == 1
    rec = services.positions.get(1)
    assert (rec.status, rec.approved_by_name) == (PositionStatus.APPROVED, "Worawit Chanthasiri")
    assert services.audit.verify().ok
