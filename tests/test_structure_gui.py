"""Events, meetings and our delegation edited in the GUI, driven like a user would:
a new store made usable by the GUI alone, the dialogs' suggestions and refusals,
deletion with a confirmation that says what goes, undo and redo, the right-click
menu, the start page and the overview links."""

from __future__ import annotations

import time as clock
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from adgsom_desktop.domain.enums import MeetingFormat, MeetingKind, MemberRole, PositionStatus
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.ui.common.busy import run_blocking
from adgsom_desktop.ui.common.workers import Cancelled
from adgsom_desktop.ui.store.new_store_dialog import NewStoreDialog
from adgsom_desktop.ui.structure.event_dialog import EventDialog, EventValues
from adgsom_desktop.ui.structure.meeting_dialog import MeetingDialog, MeetingValues
from tests.conftest import save_artifact as _save_artifact
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


def save_artifact(widget: Any, name: str) -> None:
    """Grab once pending layouts have run (a label just hidden still takes room before)."""
    QApplication.processEvents()
    QApplication.processEvents()
    _save_artifact(widget, name)


def feature(window: Any) -> Any:
    from adgsom_desktop.ui.structure.structure_feature import StructureFeature

    return next(f for f in window.features if isinstance(f, StructureFeature))


def action(window: Any, name: str) -> Any:
    from PySide6.QtGui import QAction

    return window.findChild(QAction, name)


def test_a_new_store_works_end_to_end_by_gui_alone(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[Any]
) -> None:
    # Create the store as File > New store does, without choosing our delegation.
    dlg = NewStoreDialog(tmp_path / "mission.adgsom")
    qtbot.addWidget(dlg)
    dlg.encrypt.setChecked(False)
    v = dlg.values()
    assert v.our_delegation_code == ""
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.create(v.path, v.our_delegation_code, v.title, v.passphrase)
    services = window.services
    f = feature(window)
    qtbot.waitUntil(lambda: window.detail.currentWidget() is f.start, timeout=5000)
    assert "Not set yet" in f.start.texts[0].text()
    assert not f.start.btn_members.isEnabled()
    save_artifact(window, "structure_start_page_fresh_store")

    # 1. Our delegation: the window says it is not set and offers to set it.
    click(qtbot, f.start.btn_ours)
    ours = window.findChild(QDialog, "ourDelegationWindow")
    qtbot.waitUntil(ours.isVisible)
    assert ours.header.text() == "Our delegation is not set"
    assert ours.unset.isVisible() and not ours.splitter.isEnabled()
    save_artifact(ours, "our_delegation_not_set")
    ours.choice.setCurrentIndex(ours.choice.findData("TH"))
    click(qtbot, ours.btn_set)
    assert services.settings.get().our_delegation_code == "TH"
    assert ours.header.text() == "Thailand (ประเทศไทย) — our delegation"
    assert not ours.unset.isVisible()

    # 2. Two members: the first is proposed as head of delegation.
    click(qtbot, ours.btn_add)
    assert ours.fields.role.currentData() == MemberRole.HEAD
    ours.fields.honorific.setText("Dr.")
    qtbot.keyClicks(ours.fields.full_name, "Pongsak Rattanavichai")
    type_text(ours.fields.local_name, "ดร.พงศ์ศักดิ์ รัตนวิชัย")
    qtbot.keyClicks(ours.fields.title, "Permanent Secretary")
    ours.flush()
    settle(services)
    click(qtbot, ours.btn_add)
    assert ours.fields.role.currentData() == MemberRole.DESK_OFFICER
    qtbot.keyClicks(ours.fields.full_name, "Natthida Chaiyaporn")
    type_text(ours.fields.local_name, "ณัฐธิดา ชัยพร")
    qtbot.keyClicks(ours.fields.email, "natthida@example")
    assert ours.fields.email_hint.isVisibleTo(ours)  # not an address yet
    qtbot.keyClicks(ours.fields.email, ".go.th")
    assert not ours.fields.email_hint.isVisibleTo(ours)
    ours.flush()
    settle(services)
    members = services.delegations.our_members()
    assert [(p.full_name, p.local_name, p.role) for p in members] == [
        ("Pongsak Rattanavichai", "ดร.พงศ์ศักดิ์ รัตนวิชัย", MemberRole.HEAD),
        ("Natthida Chaiyaporn", "ณัฐธิดา ชัยพร", MemberRole.DESK_OFFICER),
    ]
    assert ours.list.count() == 2
    assert "head of delegation: Pongsak Rattanavichai" in ours.summary.text()
    save_artifact(ours, "our_delegation_two_members")
    ours.close()
    qtbot.waitUntil(lambda: "2 listed" in f.start.texts[1].text())
    save_artifact(window, "structure_start_page_ready")

    # 3. The first event, from the start page's button.
    click(qtbot, f.start.btn_event)
    event_dlg = f.dialog
    assert isinstance(event_dlg, EventDialog) and event_dlg.isVisible()
    qtbot.keyClicks(event_dlg.title, "6th ADGMIN and related meetings")
    type_text(event_dlg.short_title, "ADGMIN 6, Hà Nội")
    event_dlg.host.setCurrentIndex(event_dlg.host.findData("VN"))
    assert event_dlg.country.text() == "Viet Nam"
    assert event_dlg.timezone.currentText() == "Asia/Ho_Chi_Minh"
    type_text(event_dlg.city, "Hà Nội")
    event_dlg.start.setDate(QDate(2026, 1, 12))
    event_dlg.end.setDate(QDate(2026, 1, 16))
    type_text(event_dlg.steering_brief, "ประเทศไทยสนับสนุนร่างแผนแม่บทดิจิทัลอาเซียน")
    save_artifact(event_dlg, "event_dialog_new")
    click(qtbot, event_dlg.ok)
    assert not event_dlg.isVisible()
    event = services.events.events()[0]
    assert (event.title, event.city, event.host_code, event.timezone) == (
        "6th ADGMIN and related meetings",
        "Hà Nội",
        "VN",
        "Asia/Ho_Chi_Minh",
    )
    assert (event.start_date, event.end_date) == (date(2026, 1, 12), date(2026, 1, 16))
    assert "ประเทศไทย" in event.steering_brief
    qtbot.waitUntil(lambda: window.nav.current_key() == ("event", event.id), timeout=5000)
    assert window.detail.current() == ("event", event.id)

    # 4. A meeting of that event (Ctrl+Shift+M): the series and titles are proposed.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    meeting_dlg = f.dialog
    assert isinstance(meeting_dlg, MeetingDialog)
    assert meeting_dlg.values().event_id == event.id
    assert meeting_dlg.values().date == date(2026, 1, 12)
    assert meeting_dlg.series.currentText() == "ADGSOM"
    assert meeting_dlg.number.value() == 0  # the first ADGSOM of this store: no guess
    meeting_dlg.number.setValue(6)
    assert meeting_dlg.title.text() == "6th ASEAN Digital Senior Officials' Meeting (ADGSOM)"
    assert meeting_dlg.short_title.text() == "6th ADGSOM"
    meeting_dlg.start.set_value(time(9, 0))
    meeting_dlg.end.set_value(time(17, 30))
    type_text(meeting_dlg.venue, "Trung tâm Hội nghị Quốc gia, Hà Nội")
    assert "Asia/Ho_Chi_Minh" in meeting_dlg.zone_hint.text()
    save_artifact(meeting_dlg, "meeting_dialog_new")
    click(qtbot, meeting_dlg.ok)
    meeting = services.events.meetings(event.id)[0]
    assert (meeting.series, meeting.sequence_no, meeting.short_title) == ("ADGSOM", 6, "6th ADGSOM")
    assert (meeting.start_time, meeting.end_time) == (time(9, 0), time(17, 30))
    qtbot.waitUntil(lambda: window.nav.current_key() == ("meeting", meeting.id), timeout=5000)

    # 5. The agenda builder of that meeting adds an item.
    builder = show_tab(qtbot, window, "meeting", meeting.id, "agendaBuilder")
    click(qtbot, builder.toolbar.widgetForAction(builder.act_add))
    builder.form.title.selectAll()
    type_text(builder.form.title, "ร่างแผนแม่บทดิจิทัลอาเซียน 2026-2030")
    builder.flush()
    settle(services)
    item = services.agenda.items(meeting.id)[0]
    assert item.title == "ร่างแผนแม่บทดิจิทัลอาเซียน 2026-2030"

    # 6. The position editor: the aide owns the brief, the HoD approves it.
    editor = show_tab(qtbot, window, "item", item.id, "positionEditor")
    type_text(editor.form.objective, "ประเทศไทยสนับสนุนร่างแผนแม่บท")
    editor.form.owner.setCurrentIndex(editor.form.owner.findData(members[1].id))
    editor.flush()
    settle(services)  # "Saved" once the runner committed it
    assert services.positions.get(item.id).owner_name == "Natthida Chaiyaporn"
    approve_dialog_with_pin(monkeypatch, services)
    click(qtbot, editor.btn_approve)
    settle(services)
    rec = services.positions.get(item.id)
    assert (rec.status, rec.approved_by_name) == (PositionStatus.APPROVED, "Pongsak Rattanavichai")
    save_artifact(window, "structure_new_store_approved")
    assert messages == []


@pytest.fixture
def hanoi(services: Any) -> Any:
    """A store with one event (and our delegation TH)."""
    return services.events.save_event(
        title="6th ADGMIN and related meetings",
        city="Hà Nội",
        host_code="VN",
        timezone="Asia/Ho_Chi_Minh",
        start_date=date(2026, 1, 12),
        end_date=date(2026, 1, 16),
    )


def test_event_dialog_refuses_bad_input_and_writes_nothing(
    qtbot: Any, services: Any, hanoi: Any
) -> None:
    saved: list[EventValues] = []
    dlg = EventDialog(EventValues.of(hanoi), services.delegations.delegations(), new=False)
    qtbot.addWidget(dlg)
    dlg.save = saved.append
    dlg.show()
    assert dlg.windowTitle() == "Event details" and dlg.ok.text() == "Save"
    assert dlg.timezone.currentText() == "Asia/Ho_Chi_Minh"
    assert dlg.values() == EventValues.of(hanoi)  # nothing changed by just opening it
    dlg.title.clear()
    click(qtbot, dlg.ok)
    assert "Give the event a title" in dlg.problem.text() and dlg.focusWidget() is dlg.title
    dlg.title.setText("6th ADGMIN")
    dlg.end.setDate(QDate(2026, 1, 10))
    click(qtbot, dlg.ok)
    assert dlg.problem.text() == "The event cannot end before it starts."
    dlg.end.setDate(QDate(2026, 1, 16))
    dlg.timezone.setCurrentText("Asia/Hanoi")
    assert "Not a known time zone" in dlg.tz_hint.text()
    click(qtbot, dlg.ok)
    assert "is not a time zone" in dlg.problem.text()
    assert saved == [] and dlg.isVisible()

    # A refusal from the store is shown in the dialog, which stays open.
    def refuse(_v: EventValues) -> None:
        raise ValidationError("No delegation with code XX.", "host")

    dlg.save = refuse
    dlg.timezone.setCurrentText("Asia/Bangkok")
    click(qtbot, dlg.ok)
    assert dlg.problem.text() == "No delegation with code XX." and dlg.isVisible()
    assert services.events.event(hanoi.id) == hanoi

    # Moving the start moves the end: the week keeps its length.
    dlg.start.setDate(QDate(2027, 1, 11))
    assert dlg.end.date() == QDate(2027, 1, 15)
    dlg.tbc.setChecked(True)
    assert (dlg.values().start_date, dlg.values().end_date) == (None, None)


def test_event_time_zone_follows_the_city_until_chosen(qtbot: Any, services: Any) -> None:
    dlg = EventDialog(EventValues(), services.delegations.delegations())
    qtbot.addWidget(dlg)
    dlg.host.setCurrentIndex(dlg.host.findData("ID"))
    assert (dlg.country.text(), dlg.timezone.currentText()) == ("Indonesia", "Asia/Jakarta")
    qtbot.keyClicks(dlg.city, "Bali")
    assert dlg.timezone.currentText() == "Asia/Makassar"
    assert dlg.tz_hint.text().startswith("UTC+08:00")
    dlg.timezone.setCurrentText("Asia/Jayapura")
    dlg.timezone.activated.emit(0)  # the user chose one
    qtbot.keyClicks(dlg.city, " (Nusa Dua)")
    assert dlg.timezone.currentText() == "Asia/Jayapura"  # not overridden any more
    dlg.host.setCurrentIndex(dlg.host.findData("ASEC"))
    assert dlg.country.text() == "Indonesia"


def test_meeting_dialog_suggests_series_number_and_titles(qtbot: Any, demo_services: Any) -> None:
    svc = demo_services
    events = svc.events.events()
    hanoi = next(e for e in events if e.host_code == "VN")
    manila = svc.events.save_event(
        title="7th ADGMIN and related meetings",
        city="Manila",
        host_code="PH",
        timezone="Asia/Manila",
        start_date=date(2027, 1, 18),
        end_date=date(2027, 1, 22),
    )
    events = svc.events.events()
    dlg = MeetingDialog(
        MeetingValues(event_id=manila.id, date=manila.start_date),
        events,
        svc.delegations.delegations(),
        svc.events.meetings(),
    )
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.partner.isVisible()
    assert (dlg.series.currentText(), dlg.number.value()) == ("ADGSOM", 7)  # after the 6th
    assert dlg.short_title.text() == "7th ADGSOM"
    assert "6th ADGSOM (12-13 Jan 2026)" in dlg.series_hint.text()
    dlg.kind.setCurrentIndex(dlg.kind.findData(MeetingKind.DIALOGUE_PARTNER))
    assert dlg.partner.isVisible()
    click(qtbot, dlg.ok)
    assert dlg.problem.text() == "Choose the dialogue partner of this meeting."
    dlg.partner.setCurrentIndex(dlg.partner.findData("JP"))
    assert (dlg.series.currentText(), dlg.number.value()) == ("ADGSOM+JP", 7)
    assert dlg.title.text() == "7th ADGSOM+Japan Consultation"
    # Typed text is never overwritten by a later suggestion.
    dlg.title.selectAll()
    qtbot.keyClicks(dlg.title, "7th ADGSOM+Japan Digital Consultation")
    dlg.partner.setCurrentIndex(dlg.partner.findData("KR"))
    assert dlg.series.currentText() == "ADGSOM+KR"
    assert dlg.title.text() == "7th ADGSOM+Japan Digital Consultation"

    # Warnings: outside the event, a number already taken, an overlap.
    dlg2 = MeetingDialog(
        MeetingValues(event_id=hanoi.id, date=date(2026, 1, 14)),
        events,
        svc.delegations.delegations(),
        svc.events.meetings(),
    )
    qtbot.addWidget(dlg2)
    dlg2.show()
    dlg2.kind.setCurrentIndex(dlg2.kind.findData(MeetingKind.DIALOGUE_PARTNER))
    dlg2.partner.setCurrentIndex(dlg2.partner.findData("KR"))
    assert dlg2.number.value() == 6  # the series already has its meeting in this event
    dlg2.start.set_value(time(10, 0))
    dlg2.end.set_value(time(11, 0))
    type_text(dlg2.venue, "Phòng 1.5, Trung tâm Hội nghị Quốc gia")
    type_text(dlg2.notes, "ผู้แทนไทย: นายธนวัฒน์ บุญมี — Việt Nam đồng chủ trì")
    text = dlg2.warning.text()
    assert "The 6th ADGSOM+KR is already in the store" in text
    assert "It overlaps “ADGSOM+Japan” (14 Jan 2026 09:00-10:15)" in text
    save_artifact(dlg2, "meeting_dialog_warnings")
    dlg2.day.editor.setDate(QDate(2026, 2, 1))
    assert "outside the event" in dlg2.warning.text()
    dlg2.end.editor.setTime(QTime(9, 0))
    click(qtbot, dlg2.ok)
    assert dlg2.problem.text() == "The meeting cannot end before it starts."
    dlg2.until.set_value(date(2026, 2, 2))
    assert dlg2.problem_in(dlg2.values()) is None  # a two-day meeting may end earlier in the day


def test_edit_meeting_keeps_its_values_and_undo_puts_them_back(
    qtbot: Any, window: Any, demo_path: Path, messages: list[Any]
) -> None:
    services = open_store(qtbot, window, demo_path)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")
    f = feature(window)
    dlg = f.edit_meeting(som6.id)
    assert dlg.windowTitle() == "Meeting details"
    assert dlg.values() == MeetingValues.of(som6, ())  # nothing proposed over existing values
    save_artifact(dlg, "meeting_dialog_edit_demo")
    dlg.format.setCurrentIndex(dlg.format.findData(MeetingFormat.RETREAT))
    dlg.chair.setText("Bộ trưởng Bộ Khoa học và Công nghệ Việt Nam")
    click(qtbot, dlg.ok)
    edited = services.events.meeting(som6.id)
    assert (edited.format, edited.chair) == (
        MeetingFormat.RETREAT,
        "Bộ trưởng Bộ Khoa học và Công nghệ Việt Nam",
    )
    undo = action(window, "actUndo")
    assert undo.text().startswith("&Undo Edit meeting “6th ADGSOM”")
    undo.trigger()
    assert services.events.meeting(som6.id) == som6
    action(window, "actRedo").trigger()
    assert services.events.meeting(som6.id).format is MeetingFormat.RETREAT
    assert messages == []


def _notes(services: Any) -> int:
    return sum(len(services.notes.notes(m.id)) for m in services.events.meetings())


def test_delete_a_meeting_says_what_goes_and_undo_brings_it_back(
    qtbot: Any, window: Any, demo_path: Path, answers: list[Any], messages: list[Any]
) -> None:
    services = open_store(qtbot, window, demo_path)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")
    items = services.agenda.items(som6.id)
    notes_before = _notes(services)
    contents = services.structure.meeting_contents(som6.id)
    assert contents.items and contents.notes and contents.positions
    overview = show_tab(qtbot, window, "meeting", som6.id, "meetingOverview")
    assert "Meeting details…" in overview.browser.toPlainText()
    save_artifact(window, "meeting_overview_links")
    show_tab(qtbot, window, "meeting", som6.id, "agendaBuilder")

    menu = window.nav.context_menu("meeting", som6.id)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == [
        "ctxEditMeeting",
        "ctxAgenda",
        "ctxLive",
        "ctxNewMeeting",
        "ctxDeleteMeeting",
    ]
    menu.findChild(object, "ctxDeleteMeeting").trigger()
    title, text = answers[-1]
    assert title == "Delete meeting"
    assert f"{contents.items} agenda items" in text
    assert f"{contents.notes} notes from the room" in text
    assert "Ctrl+Z puts it all back" in text
    assert services.events.meetings(som6.event_id) and som6.id not in {
        m.id for m in services.events.meetings()
    }
    qtbot.waitUntil(lambda: window.detail.current() == ("event", som6.event_id), timeout=5000)
    qtbot.waitUntil(lambda: not window.nav.model.index_for("meeting", som6.id).isValid())
    entry = services.audit.entries(limit=1)[0]
    assert (entry.action, entry.entity) == ("delete", "meeting")

    undo = action(window, "actUndo")
    assert undo.text() == "&Undo Delete meeting “6th ADGSOM”"
    undo.trigger()
    assert [i.title for i in services.agenda.items(som6.id)] == [i.title for i in items]
    assert _notes(services) == notes_before
    qtbot.waitUntil(lambda: window.nav.current_key() == ("meeting", som6.id), timeout=5000)
    action(window, "actRedo").trigger()
    assert som6.id not in {m.id for m in services.events.meetings()}
    undo.trigger()
    assert services.events.meeting(som6.id).title == som6.title
    assert messages == []


def test_deleting_the_last_event_shows_the_start_page_and_undo_returns(
    qtbot: Any, window: Any, tmp_path: Path, answers: list[Any]
) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    path = tmp_path / "one.adgsom"
    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    event = svc.events.save_event(title="Sự kiện ở Đà Nẵng", city="Đà Nẵng")
    svc.close()
    services = open_store(qtbot, window, path)
    f = feature(window)
    qtbot.waitUntil(lambda: window.detail.current() == ("event", event.id), timeout=5000)
    # The overview offers the first meeting; the link opens the dialog for this event.
    overview = window.detail.tabs("event").widget(0)
    qtbot.waitUntil(lambda: "add the first meeting" in overview.browser.toPlainText())
    save_artifact(window, "event_overview_no_meetings")
    overview.browser.anchorClicked.emit(QUrl(f"do:new-meeting:{event.id}"))
    assert isinstance(f.dialog, MeetingDialog) and f.dialog.values().event_id == event.id
    f.dialog.reject()

    assert action(window, "actDeleteRecord").isEnabled()
    action(window, "actDeleteRecord").trigger()
    assert "It holds nothing yet." in answers[-1][1]
    assert services.events.events() == []
    qtbot.waitUntil(lambda: window.detail.currentWidget() is f.start, timeout=5000)
    assert not action(window, "actDeleteRecord").isEnabled()
    action(window, "actUndo").trigger()
    assert services.events.event(event.id).title == "Sự kiện ở Đà Nẵng"
    qtbot.waitUntil(lambda: window.nav.current_key() == ("event", event.id), timeout=5000)


def test_undo_of_a_new_meeting_refuses_once_it_holds_an_agenda(
    qtbot: Any, window: Any, demo_path: Path, messages: list[Any]
) -> None:
    services = open_store(qtbot, window, demo_path)
    f = feature(window)
    hanoi = next(e for e in services.events.events() if e.host_code == "VN")
    dlg = f.new_meeting(hanoi.id)
    dlg.kind.setCurrentIndex(dlg.kind.findData(MeetingKind.WORKING_GROUP))
    qtbot.keyClicks(dlg.title, "Working Group on Digital Data Governance")
    click(qtbot, dlg.ok)
    wg = next(m for m in services.events.meetings() if m.title.startswith("Working Group"))
    services.agenda.add_item(wg.id, "Model contractual clauses")
    action(window, "actUndo").trigger()
    assert "It now holds 1 agenda item" in messages[-1][1]
    assert services.events.meeting(wg.id).title == wg.title  # nothing was deleted


def test_context_menus_and_keys_of_the_tree(
    qtbot: Any, window: Any, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_store(qtbot, window, demo_path)
    hanoi = next(e for e in services.events.events() if e.host_code == "VN")
    item = services.agenda.items(services.events.meetings(hanoi.id)[0].id)[0]

    def names(kind: str, rid: int) -> list[str]:
        return [
            a.objectName() for a in window.nav.context_menu(kind, rid).actions() if a.objectName()
        ]

    assert names("event", hanoi.id) == [
        "ctxEditEvent",
        "ctxNewMeeting",
        "ctxDeleteEvent",
        "ctxNewEvent",
    ]
    assert names("item", item.id) == ["ctxOpenItem", "ctxOpenPosition"]
    assert names("", 0) == ["ctxNewEvent"]
    menu = window.nav.context_menu("event", hanoi.id)
    menu.show()
    save_artifact(menu, "navigation_context_menu_event")
    menu.hide()
    menu.findChild(object, "ctxNewMeeting").trigger()
    f = feature(window)
    assert f.dialog.values().event_id == hanoi.id
    f.dialog.reject()
    window.nav.context_menu("item", item.id).findChild(object, "ctxOpenPosition").trigger()
    assert window.detail.tabs("item").currentWidget().objectName() == "positionEditor"

    # F2 on the tree edits the selected event; Delete asks before deleting it.
    assert window.nav.select("event", hanoi.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.nav.tree.setFocus()
    qtbot.keyClick(window.nav.tree, Qt.Key.Key_F2)
    assert isinstance(f.dialog, EventDialog) and f.dialog.title.text() == hanoi.title
    save_artifact(f.dialog, "event_dialog_edit_demo")
    f.dialog.reject()
    from adgsom_desktop.ui.common import confirm

    refused: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, title, *_a: refused.append(title) and False)
    window.nav.tree.setFocus()
    qtbot.keyClick(window.nav.tree, Qt.Key.Key_Delete)
    assert refused == ["Delete event"]  # asked, and the user said no
    assert services.events.event(hanoi.id) == hanoi


def test_live_mode_from_the_context_menu(
    qtbot: Any, window: Any, demo_path: Path, answers: list[Any]
) -> None:
    services = open_store(qtbot, window, demo_path)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")
    window.nav.context_menu("meeting", som6.id).findChild(object, "ctxLive").trigger()
    live = window.findChild(QWidget, "liveWindow")
    qtbot.waitUntil(lambda: live is not None and live.isVisible())
    assert live.meeting.id == som6.id
    # Deleting the meeting closes its live mode first (a typed note is saved, and comes back).
    type_text(live.text, "ผู้แทนไทยขอบคุณประธาน")
    feature(window).delete_record("meeting", som6.id)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "liveWindow") is None)
    action(window, "actUndo").trigger()
    assert any("ขอบคุณประธาน" in n.text for n in services.notes.notes(som6.id))


def test_remove_a_member_says_where_they_are_named_and_undo_returns_them(
    qtbot: Any, window: Any, demo_path: Path, answers: list[Any]
) -> None:
    services = open_store(qtbot, window, demo_path)
    f = feature(window)
    action(window, "actOurDelegation").trigger()
    ours = f.our_window
    qtbot.waitUntil(ours.isVisible)
    assert ours.header.text() == "Thailand (ประเทศไทย) — our delegation"
    assert ours.list.count() == len(services.delegations.our_members())
    save_artifact(ours, "our_delegation_demo")
    hod = next(
        p for p in services.delegations.our_members() if p.full_name == "Pongsak Rattanavichai"
    )
    links = services.structure.person_links(hod.id)
    assert links.approvals
    for r in range(ours.list.count()):
        ours.list.setCurrentRow(r)
        if ours.person_id == hod.id:
            break
    assert ours.fields.full_name.text() == "Pongsak Rattanavichai"
    click(qtbot, ours.btn_remove)
    assert f"named in {links.approvals} positions (as approver)" in answers[-1][1]
    assert hod.id not in {p.id for p in services.delegations.our_members()}
    approved = [
        i
        for m in services.events.meetings()
        for i in services.agenda.items(m.id)
        if i.position_status is PositionStatus.APPROVED
    ]
    assert approved and services.positions.get(approved[0].id).approved_by_name in ("", None)
    action(window, "actUndo").trigger()
    assert services.delegations.person(hod.id).full_name == "Pongsak Rattanavichai"
    assert services.structure.person_links(hod.id) == links
    qtbot.waitUntil(lambda: ours.list.count() == len(services.delegations.our_members()))

    # Protocol order: move a member up.
    ours.list.setCurrentRow(1)
    second = ours.person_id
    click(qtbot, ours.btn_up)
    assert services.delegations.our_members()[0].id == second
    # Closing the store closes the window (its pending typing saved first).
    ours.fields.phone.setFocus()
    ours.fields.phone.selectAll()
    qtbot.keyClicks(ours.fields.phone, "+66 2 141 6800")
    window.close_store()
    qtbot.waitUntil(lambda: window.services is None, timeout=5000)
    assert f.our_window is None
    from adgsom_desktop.services.container import Services

    reopened = Services.open(demo_path)
    try:
        assert reopened.delegations.person(second).phone == "+66 2 141 6800"
    finally:
        reopened.close()


def test_run_blocking_shows_progress_and_cancels(qtbot: Any) -> None:
    seen: list[bool] = []

    def slow(progress: Any) -> str:
        for n in range(200):
            progress.report(n, 200, "Working…")
            clock.sleep(0.02)
        return "done"

    def press_cancel() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "busyBox"), None)
        seen.append(box is not None and box.isVisible())
        if box is not None:
            save_artifact(box, "busy_box")
            box.findChild(QPushButton).click()  # the Cancel button

    QTimer.singleShot(900, press_cancel)
    with pytest.raises(Cancelled):
        run_blocking(None, "Deleting “6th ADGSOM”…", slow)
    assert seen == [True]
    assert run_blocking(None, "Quick", lambda _p: 42) == 42
    with pytest.raises(ValueError):
        run_blocking(None, "Broken", lambda _p: int("x"))


def test_new_actions_have_their_keys(window: Any) -> None:
    keys = {
        name: action(window, name).shortcut().toString()
        for name in ("actNewEvent", "actNewMeeting", "actOurDelegation")
    }
    assert keys == {
        "actNewEvent": "Ctrl+Shift+N",
        "actNewMeeting": "Ctrl+Shift+M",
        "actOurDelegation": "Ctrl+Shift+O",
    }
    file_menu = [a.objectName() for a in window.menu("file").actions()]
    assert file_menu.index("actNewEvent") == file_menu.index("actCloseStore") + 2
    assert not action(window, "actNewEvent").isEnabled()  # no store open
