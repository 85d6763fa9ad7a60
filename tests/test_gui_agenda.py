"""The agenda builder driven like a user would: build a three-level agenda with the
keyboard and the toolbar, drag an item, undo and redo, import from text and .docx,
copy from an earlier meeting, and bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.agenda.agenda_copy_dialog import AgendaCopyDialog
from adgsom_desktop.ui.agenda.agenda_import_dialog import AgendaImportDialog
from adgsom_desktop.ui.common import file_dialogs
from tests.agenda_files import PROVISIONAL_TEXT, write_agenda_docx, write_encrypted_docx
from tests.conftest import save_artifact
from tests.prepare_fixtures import (  # noqa: F401 - fixtures
    answers,
    click,
    open_store,
    settle,
    show_tab,
    tree_labels,
    type_text,
)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _store(path: Path) -> Path:
    from adgsom_desktop.services.container import Services

    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    svc.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        short_title="6th ADGSOM",
        series="ADGSOM",
        date=date(2026, 1, 12),
    )
    svc.close()
    return path


def _retitle(qtbot: Any, builder: Any, text: str) -> None:
    builder.form.title.selectAll()
    if text.isascii():
        qtbot.keyClicks(builder.form.title, text)
    else:
        type_text(builder.form.title, text)
    builder.flush()
    settle(builder.services)


def test_build_a_three_level_agenda_with_keyboard_undo_and_drag(
    qtbot: Any, window: Any, tmp_path: Path, messages: list[Any]
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "a.adgsom"))
    builder = show_tab(qtbot, window, "meeting", 1, "agendaBuilder")
    assert "No items yet" in builder.summary.text()

    click(qtbot, builder.toolbar.widgetForAction(builder.act_add))
    _retitle(qtbot, builder, "Opening of the Meeting")
    builder.tree.setFocus()
    qtbot.keyClick(builder.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _retitle(qtbot, builder, "ASEAN Digital Masterplan 2026-2030")
    qtbot.keyClick(builder.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _retitle(qtbot, builder, "ร่างแผนแม่บทดิจิทัลอาเซียน (Thai draft)")
    builder.tree.setFocus()
    qtbot.keyClick(builder.tree, Qt.Key.Key_Tab)  # indent under item 2
    qtbot.keyClick(builder.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _retitle(qtbot, builder, "Khung quản trị dữ liệu số")
    builder.tree.setFocus()
    qtbot.keyClick(builder.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # third level
    builder.tree.setFocus()
    qtbot.keyClick(builder.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _retitle(qtbot, builder, "Any other business")
    builder.tree.setFocus()
    qtbot.keyClick(builder.tree, Qt.Key.Key_Backtab)
    qtbot.keyClick(builder.tree, Qt.Key.Key_Backtab)
    expected = [
        ("1", "Opening of the Meeting"),
        ("2", "ASEAN Digital Masterplan 2026-2030"),
        ("2.1", "ร่างแผนแม่บทดิจิทัลอาเซียน (Thai draft)"),
        ("2.1.a", "Khung quản trị dữ liệu số"),
        ("3", "Any other business"),
    ]
    assert tree_labels(builder.model) == expected
    assert [(i.number, i.title) for i in services.agenda.items(1)] == expected

    # Purpose, time and a fixed number through the form.
    builder._select(services.agenda.items(1)[4].id)
    builder.form.fix_number.setChecked(True)
    builder.form.number.setText("2bis")
    builder.form.minutes.setValue(15)
    builder.flush()
    settle(services)
    assert services.agenda.items(1)[4].number == "2bis"
    qtbot.waitUntil(lambda: "15 min" in builder.summary.text())
    # Duplicate fixed numbers are refused with a clear message; nothing changes.
    builder._select(services.agenda.items(1)[0].id)
    builder.form.fix_number.setChecked(True)
    builder.form.number.setText("2bis")
    builder.autosave.flush()
    settle(services)
    assert "Not saved: " in builder.save_label.text()
    assert "already numbered 2bis" in builder.save_label.text()
    assert services.agenda.items(1)[0].number == "1"
    builder.form.fix_number.setChecked(False)
    builder.flush()
    settle(services)
    assert not builder.state.unsaved and "Not saved" not in builder.save_label.text()

    # Undo and redo through the window (Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y).
    undo = window.findChild(object, "actUndo")
    redo = window.findChild(object, "actRedo")
    assert QKeySequence("Ctrl+Z") in undo.shortcuts()
    assert {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")} <= set(redo.shortcuts())
    undo.trigger()  # the fixed number
    qtbot.waitUntil(lambda: services.agenda.items(1)[4].number == "3")
    redo.trigger()
    qtbot.waitUntil(lambda: services.agenda.items(1)[4].number == "2bis")

    # Drag "Any other business" under item 2 (the model's drop, as a drop would).
    aob = services.agenda.items(1)[4]
    mime = builder.model.mimeData([builder.model.index_for(aob.id)])
    parent = builder.model.index_for(services.agenda.items(1)[1].id)
    builder.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, parent)
    qtbot.waitUntil(lambda: builder.model.records()[2].title == "Any other business")
    assert services.agenda.items(1)[2].parent_id == services.agenda.items(1)[1].id
    undo.trigger()
    qtbot.waitUntil(lambda: tree_labels(builder.model)[-1] == ("2bis", "Any other business"))
    # An item cannot be dropped into itself.
    own = builder.model.mimeData([builder.model.index_for(services.agenda.items(1)[1].id)])
    assert not builder.model.canDropMimeData(
        own, Qt.DropAction.MoveAction, 0, 0, builder.model.index_for(services.agenda.items(1)[2].id)
    )

    builder._select(services.agenda.items(1)[2].id)
    save_artifact(window, "agenda_builder_three_levels")
    assert messages == []


def test_delete_asks_and_undo_brings_back_the_position(
    qtbot: Any, window: Any, tmp_path: Path, answers: list[Any]
) -> None:
    from adgsom_desktop.services.position_records import PositionContent

    services = open_store(qtbot, window, _store(tmp_path / "a.adgsom"))
    parent = services.agenda.add_item(1, "ADM 2026-2030")
    child = services.agenda.add_item(1, "Annex", parent_id=parent.id)
    services.positions.save(child.id, PositionContent(objective="Endorse the annex"))
    builder = show_tab(qtbot, window, "meeting", 1, "agendaBuilder")
    builder._select(parent.id)
    builder.tree.setFocus()
    qtbot.keyClick(builder.tree, Qt.Key.Key_Delete)
    assert "1 sub-item" in answers[0][1]
    qtbot.waitUntil(lambda: services.agenda.items(1) == [])
    window.findChild(object, "actUndo").trigger()
    qtbot.waitUntil(lambda: len(builder.model.records()) == 2)
    assert services.positions.get(child.id).content.objective == "Endorse the annex"
    window.findChild(object, "actRedo").trigger()
    qtbot.waitUntil(lambda: builder.model.records() == [])


def test_import_from_pasted_text_and_from_docx(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "a.adgsom"))
    builder = show_tab(qtbot, window, "meeting", 1, "agendaBuilder")

    dlg = AgendaImportDialog(services, 1, builder)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(dlg.text, PROVISIONAL_TEXT)
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=3000)
    assert dlg.import_button.text() == "Import 11 items"
    # The header lines are the meeting's facts (shown apart, with the differences), not items.
    assert dlg.tree.topLevelItem(0).text(1) == "Opening of the Meeting"
    facts = dlg.header_panel.facts.text()
    assert "PROVISIONAL AGENDA" in facts and "Hà Nội, Việt Nam" in facts
    # Leave "Any other business" out, then import.
    last = dlg.tree.topLevelItem(dlg.tree.topLevelItemCount() - 1)
    last.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: dlg.import_button.text() == "Import 10 items")
    assert services.agenda.items(1) == []  # nothing written before Import
    save_artifact(dlg, "agenda_import_preview_text")
    click(qtbot, dlg.import_button)
    assert dlg.result() == QDialog.DialogCode.Accepted
    builder.record_added_items("Import agenda", dlg.result_items)
    numbers = [i.number for i in services.agenda.items(1)]
    assert numbers == ["1", "2", "3", "3.1", "3.1.a", "3.1.b", "3.2", "4", "4(a)", "4(b)"]

    # A .docx through the file chooser, read off the GUI thread.
    docx_path = write_agenda_docx(tmp_path / "agenda.docx")
    monkeypatch.setattr(file_dialogs, "ask_agenda_file", lambda _p, _s: docx_path)
    dlg2 = AgendaImportDialog(services, 1, builder)
    qtbot.addWidget(dlg2)
    dlg2.show()
    click(qtbot, dlg2.open_button)
    qtbot.waitUntil(lambda: dlg2.preview is not None, timeout=10_000)
    assert "agenda.docx" in dlg2.status.text()
    assert dlg2.update_mode.isChecked()  # into an agenda: update it as revised, by default
    dlg2.append_mode.setChecked(True)
    dlg2.keep_numbers.setChecked(False)
    save_artifact(dlg2, "agenda_import_preview_docx")
    click(qtbot, dlg2.import_button)
    builder.record_added_items("Import agenda", dlg2.result_items)
    items = services.agenda.items(1)
    assert [i.title for i in items][10:13] == [
        "Opening of the Meeting",
        "ASEAN Digital Masterplan",
        "ร่างแผนแม่บทดิจิทัลอาเซียน 2026-2030",
    ]
    assert items[12].number == "6.1"  # numbered automatically after the first import
    # Undo removes the whole import at once.
    window.findChild(object, "actUndo").trigger()
    qtbot.waitUntil(lambda: len(services.agenda.items(1)) == 10)


def test_import_refuses_bad_files_with_a_message(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "a.adgsom"))
    dlg = AgendaImportDialog(services, 1, window)
    qtbot.addWidget(dlg)
    for path, message in (
        (write_encrypted_docx(tmp_path / "locked.docx"), "password-protected"),
        (_write(tmp_path / "fake.docx", b"Not a Word file at all"), "not a Word .docx"),
    ):
        monkeypatch.setattr(file_dialogs, "ask_agenda_file", lambda _p, _s, p=path: p)
        click(qtbot, dlg.open_button)
        qtbot.waitUntil(lambda m=message: m in dlg.status.text(), timeout=10_000)
        assert not dlg.import_button.isEnabled()
    save_artifact(dlg, "agenda_import_password_protected")
    assert services.agenda.items(1) == []


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_copy_an_agenda_from_an_earlier_meeting(qtbot: Any, window: Any, demo_path: Path) -> None:
    services = open_store(qtbot, window, demo_path)
    meetings = services.events.meetings()
    target = (
        next(m for m in meetings if m.item_count == 0)
        if any(m.item_count == 0 for m in meetings)
        else None
    )
    if target is None:
        event = services.events.save_event(title="7th ADGMIN and related meetings")
        target = services.events.save_meeting(
            event_id=event.id,
            kind=MeetingKind.SOM,
            title="7th ADGSOM",
            short_title="7th ADGSOM",
            series="ADGSOM",
            date=date(2027, 1, 14),
        )
    dlg = AgendaCopyDialog(services, target.id, window)
    qtbot.addWidget(dlg)
    dlg.show()
    source = dlg.source_id()
    assert source is not None
    source_items = services.agenda.items(source)
    dlg.with_positions.setChecked(True)
    save_artifact(dlg, "agenda_copy_dialog")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel)  # present
    click(qtbot, dlg.copy_button)
    copied = services.agenda.items(target.id)
    assert [i.title for i in copied] == [i.title for i in source_items]
    with_positions = [i for i in copied if i.position_status is not None]
    assert with_positions and all(i.position_status.value == "draft" for i in with_positions)
    assert QApplication.instance() is not None
    _ = QMimeData  # (imported for the drag test above)


def test_builder_numbers_around_a_number_fixed_by_hand(
    qtbot: Any, window: Any, tmp_path: Path, messages: list[Any]
) -> None:
    """Items A-D, B fixed as 5 in the form, then E-G added: 1, 5, 6, 7, 8, 9, 10 (no two 5s)."""
    services = open_store(qtbot, window, _store(tmp_path / "a.adgsom"))
    builder = show_tab(qtbot, window, "meeting", 1, "agendaBuilder")
    click(qtbot, builder.toolbar.widgetForAction(builder.act_add))
    _retitle(qtbot, builder, "Item A")
    for title in ("Item B", "Item C", "Item D"):
        builder.tree.setFocus()
        qtbot.keyClick(builder.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        _retitle(qtbot, builder, title)
    builder._select(services.agenda.items(1)[1].id)
    click(qtbot, builder.form.fix_number)
    builder.form.number.selectAll()
    qtbot.keyClicks(builder.form.number, "5")
    builder.flush()
    settle(services)
    assert not builder.state.unsaved
    builder._select(services.agenda.items(1)[3].id)
    for title in ("Item E", "Item F", "Item G"):
        builder.tree.setFocus()
        qtbot.keyClick(builder.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        _retitle(qtbot, builder, title)
    expected = [
        ("1", "Item A"),
        ("5", "Item B"),
        ("6", "Item C"),
        ("7", "Item D"),
        ("8", "Item E"),
        ("9", "Item F"),
        ("10", "Item G"),
    ]
    qtbot.waitUntil(lambda: tree_labels(builder.model) == expected)
    assert [(i.number, i.title) for i in services.agenda.items(1)] == expected
    save_artifact(window, "agenda_builder_fixed_number")
    assert messages == []


def test_a_huge_paste_into_a_title_is_refused_whole_and_said_truthfully(
    qtbot: Any, window: Any, tmp_path: Path, messages: list[Any]
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "a.adgsom"))
    builder = show_tab(qtbot, window, "meeting", 1, "agendaBuilder")
    click(qtbot, builder.toolbar.widgetForAction(builder.act_add))
    _retitle(qtbot, builder, "Opening")
    title = builder.form.title
    title.setFocus()
    title.end(False)
    QApplication.clipboard().setText("x" * 5_000_000)
    qtbot.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Opening"  # not cut to 32,767 characters: nothing pasted
    assert len(messages) == 1
    head, text, _warning = messages[0]
    assert head == "Paste refused"
    assert "5,000,000 characters; at most 2,000" in text and "Nothing was pasted" in text
    builder.flush()
    settle(services)
    assert not builder.state.unsaved and "Not saved" not in builder.save_label.text()
    assert services.agenda.items(1)[0].title == "Opening"

    # Text copied from Word: its line break becomes a space, a stray control char goes.
    QApplication.clipboard().setText(" of the\x0bMeeting\x07")
    qtbot.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Opening of the Meeting"
    builder.flush()
    settle(services)
    assert services.agenda.items(1)[0].title == "Opening of the Meeting"
    assert not builder.state.unsaved and len(messages) == 1
