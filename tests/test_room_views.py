"""The room's views on the demo store, as a user drives them: the Notes tab (filters,
editing keeps history), action items (filters, carry-over, done), the Outcomes tab,
search (malformed input, stale answers dropped, hits opened in place), the dialogs,
and the Qt models under qtmodeltester."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from adgsom_desktop.domain.enums import ActionStatus, NoteKind, OutcomeVerb, Stance
from adgsom_desktop.services.records import SearchHit
from adgsom_desktop.services.room_records import ActionFilter
from adgsom_desktop.ui.room import room_common
from adgsom_desktop.ui.room.actions_view import ActionsModel, ActionsView
from adgsom_desktop.ui.room.notes_table_model import NotesTableModel
from adgsom_desktop.ui.room.notes_view import NotesView
from adgsom_desktop.ui.room.outcomes_view import OutcomesView
from adgsom_desktop.ui.room.room_dialogs import (
    ActionDialog,
    ActionValues,
    NoteDialog,
    NoteValues,
    OutcomeDialog,
    OutcomeValues,
    PersonCard,
)
from adgsom_desktop.ui.search.search_model import SearchResultsModel, snippet_html
from adgsom_desktop.ui.search.search_popup import SearchDialog
from tests.conftest import save_artifact
from tests.test_live_mode import feature, open_demo, som6, type_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _activate(qtbot: Any, widget: Any) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)


def test_notes_view_filters_and_edits_with_history(
    qtbot: Any, demo_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = demo_services
    meeting = som6(s)
    view = NotesView(s)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    _activate(qtbot, view)
    view.show_record(meeting.id)
    every = len(s.notes.notes(meeting.id))
    assert view.model.rowCount() == every and f"{every:,} note(s)" in view.count.text()
    times = [n.taken_at for n in view.model.rows]
    assert times == sorted(times)  # chronological
    save_artifact(view, "notes_view_demo")
    item = next(i for i in s.agenda.items(meeting.id) if i.number == "3.2.a")
    view.item.setCurrentIndex(view.item.findData(item.id))
    assert {n.item_id for n in view.model.rows} == {item.id}
    vn = next(d for d in s.delegations.delegations() if d.code == "VN")
    view.speaker.setCurrentIndex(view.speaker.findData(vn.id))
    assert view.model.rows and {n.speaker_code for n in view.model.rows} == {"VN"}
    view.kind.setCurrentIndex(view.kind.findData(NoteKind.REMARK.value))
    assert all(n.kind is NoteKind.REMARK for n in view.model.rows)
    view.kind.setCurrentIndex(0)
    view.speaker.setCurrentIndex(0)

    # Enter on a note edits it; the earlier text stays in its history.
    target = view.model.rows[0]
    view.table.setCurrentIndex(view.model.index(0, 5))
    view.table.setFocus()

    def drive(dlg: Any) -> bool:
        assert dlg.text.toPlainText() == target.text
        dlg.text.setPlainText(target.text + " (corrected)")
        dlg.stance.setCurrentIndex(dlg.stance.findData(Stance.RESERVE.value))
        save_artifact(dlg, "note_dialog")
        dlg.accept()
        return True

    monkeypatch.setattr(view, "exec_dialog", drive)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    edited = s.notes.note(target.id)
    assert edited.text.endswith("(corrected)") and edited.version_no == target.version_no + 1
    assert [t for _v, t in s.notes.versions(target.id)][-2:] == [target.text, edited.text]
    assert view.model.rows[0].text == edited.text
    assert "(edited)" in view.model.index(0, 5).data()

    # Ctrl+T: an action item of the selected note; Delete hides a note after a yes.
    qtbot.keyClick(view.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert any(a.note_id == target.id for a in s.actions.actions())
    from adgsom_desktop.ui.shell.change_relay import ChangeRelay

    relay = ChangeRelay(s.ctx.bus)
    relay.changed.connect(view.on_change)
    monkeypatch.setattr(room_common, "confirm", lambda *_a: True)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.model.row_of(target.id) == -1, timeout=3000)
    relay.detach()


def test_notes_view_sorts_by_a_header_click(qtbot: Any, demo_services: Any) -> None:
    from PySide6.QtCore import QPoint

    from adgsom_desktop.ui.room.notes_table_model import COL_SPEAKER, COL_TEXT, COL_TIME

    s = demo_services
    meeting = som6(s)
    view = NotesView(s)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    _activate(qtbot, view)
    view.show_record(meeting.id)
    header = view.table.horizontalHeader()

    def click(section: int) -> None:
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    def speakers() -> list[str]:
        while view.model.canFetchMore():
            view.model.fetchMore()
        return [n.speaker_code for n in view.model.rows]

    every = view.model.total
    click(COL_SPEAKER)
    assert header.sortIndicatorSection() == COL_SPEAKER
    codes = speakers()
    assert codes == sorted(codes) and len(codes) == every and len(set(codes)) > 2
    first = [n for n in view.model.rows if n.speaker_code == codes[-1]]
    assert [n.taken_at for n in first] == sorted(n.taken_at for n in first)  # ties by time
    save_artifact(view, "notes_view_sorted_by_speaker")
    click(COL_SPEAKER)  # again: reversed
    assert speakers() == sorted(codes, reverse=True)
    click(COL_TEXT)  # the text has no order: nothing moves, the indicator stays
    assert header.sortIndicatorSection() == COL_SPEAKER
    assert speakers() == sorted(codes, reverse=True)
    view.speaker.setCurrentIndex(1)  # filters keep the order
    assert view.model.rows and header.sortIndicatorSection() == COL_SPEAKER
    view.speaker.setCurrentIndex(0)
    click(COL_TIME)
    times = [n.taken_at for n in view.model.rows]
    assert times == sorted(times) and view.model.total == every


def test_notes_view_follows_new_notes(qtbot: Any, demo_services: Any) -> None:
    from adgsom_desktop.ui.shell.change_relay import ChangeRelay

    s = demo_services
    meeting = som6(s)
    view = NotesView(s)
    qtbot.addWidget(view)
    relay = ChangeRelay(s.ctx.bus)
    relay.changed.connect(view.on_change)
    view.show_record(meeting.id)
    before = view.model.rowCount()
    n = s.notes.add(meeting.id, "Philippines supports", kind=NoteKind.INTERVENTION)
    qtbot.waitUntil(lambda: view.model.row_of(n.id) >= 0, timeout=3000)
    assert view.model.rowCount() == before + 1
    relay.detach()


def test_actions_view_filters_carry_over_and_done(
    qtbot: Any, demo_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = demo_services
    meeting = som6(s)
    view = ActionsView(s, scoped=True)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.today = date(2026, 1, 14)
    _activate(qtbot, view)
    view.show_record(meeting.id)
    rows = view.model.rows
    assert rows and all(r.is_open for r in rows)
    carried = [r for r in rows if r.carried_over]
    assert carried and {r.meeting_label for r in carried} == {"5th ADGSOM"}
    assert any("(carried over)" in view.model.index(n, 4).data() for n in range(len(rows)))
    qtbot.wait(30)  # let the layout settle before the screenshot
    save_artifact(view, "meeting_actions_view")
    view.overdue_only.setChecked(True)
    assert view.model.rows and all(r.overdue for r in view.model.rows)
    view.overdue_only.setChecked(False)
    th = next(n for n in range(view.owner.count()) if view.owner.itemText(n).startswith("TH ("))
    view.owner.setCurrentIndex(th)
    assert view.model.rows and {r.owner_code for r in view.model.rows} == {"TH"}
    view.owner.setCurrentIndex(0)

    # Ctrl+D marks the selected item done: it leaves the open list.
    first = view.model.rows[0]
    view.table.setCurrentIndex(view.model.index(0, 3))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert s.actions.action(first.id).status is ActionStatus.DONE
    view.on_change(type("C", (), {"concerns": lambda *_a: True})())
    qtbot.waitUntil(lambda: view.model.row_of(first.id) == -1, timeout=3000)

    # New action item through its dialog.
    def drive(dlg: Any) -> bool:
        dlg.text.setPlainText("Send Thailand's comments on the DEFA text")
        dlg.delegation.setCurrentIndex(dlg.delegation.findText("TH", Qt.MatchFlag.MatchStartsWith))
        dlg.agency.setText("MDES")
        dlg.has_due.setChecked(True)
        save_artifact(dlg, "action_dialog")
        dlg.accept()
        return True

    monkeypatch.setattr(view, "exec_dialog", drive)
    view.add_action()
    new = view.selected()
    assert new is not None and new.owner_code == "TH" and new.owner_agency == "MDES"
    assert new.meeting_id == meeting.id


def test_store_wide_list_spans_meetings(qtbot: Any, demo_services: Any) -> None:
    view = ActionsView(demo_services)
    qtbot.addWidget(view)
    view.open_only.setChecked(False)
    view.show_record(0)
    labels = {r.meeting_label for r in view.model.rows}
    assert {"5th ADGSOM", "6th ADGSOM"} <= labels
    assert len(view.model.rows) == len(demo_services.actions.actions(ActionFilter()))


def test_outcomes_tab_records_reorders_and_lists_actions(
    qtbot: Any, demo_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = demo_services
    meeting = som6(s)
    item = next(i for i in s.agenda.items(meeting.id) if i.number == "5.1")
    view = OutcomesView(s)
    qtbot.addWidget(view)
    view.resize(900, 500)
    _activate(qtbot, view)
    view.show_record(item.id)
    before = len(view.outcomes)

    def drive(dlg: Any) -> bool:
        dlg.verb.setCurrentIndex(dlg.verb.findData(OutcomeVerb.TASKED.value))
        dlg.text.setPlainText("The Meeting tasked WG-AS to report to the 7th ADGSOM.")
        dlg.accept()
        return True

    monkeypatch.setattr(view, "exec_dialog", drive)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert len(view.outcomes) == before + 1 and view.outcomes[-1].verb is OutcomeVerb.TASKED
    assert view.selected().id == view.outcomes[-1].id
    if before:
        qtbot.keyClick(view.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        assert view.outcomes[-2].verb is OutcomeVerb.TASKED
    assert "Action items on this item" in view.actions_label.text()
    save_artifact(view, "outcomes_view")


def test_dialogs_hand_values_out(qtbot: Any, demo_services: Any) -> None:
    o = OutcomeDialog(OutcomeValues(OutcomeVerb.AGREED, "The Meeting agreed."))
    qtbot.addWidget(o)
    assert o.values() == OutcomeValues(OutcomeVerb.AGREED, "The Meeting agreed.")
    o.text.setPlainText("  ")
    o.accept()
    assert o.result() == 0 and "Type what" in o.problem.text()
    n = NoteDialog(
        NoteValues("x", NoteKind.PROPOSAL, None, 3, Stance.OPPOSE), [(1, "1 A")], [(3, "VN")]
    )
    qtbot.addWidget(n)
    assert n.values() == NoteValues("x", NoteKind.PROPOSAL, None, 3, Stance.OPPOSE)
    a = ActionDialog(
        ActionValues("y", 3, None, "MIC", date(2026, 3, 1)), [(3, "VN")], [(7, 3, "Mr A")]
    )
    qtbot.addWidget(a)
    assert a.values() == ActionValues("y", 3, None, "MIC", date(2026, 3, 1))
    person = demo_services.delegations.counterparts()[0]
    card = PersonCard(person)
    qtbot.addWidget(card)
    assert person.full_name in card.findChild(object, "personText").toPlainText()


@pytest.mark.parametrize(
    "query",
    ['"', "*", '"unbalanced', "NEAR(", "AND OR NOT", "col:umn", "^", "(((", "a" * 10_000, "\x00"],
)
def test_search_survives_malformed_queries(
    qtbot: Any, demo_services: Any, messages: list[Any], query: str
) -> None:
    dlg = SearchDialog(demo_services)
    qtbot.addWidget(dlg)
    dlg.start()
    dlg.query.setText(query)
    qtbot.waitUntil(lambda: dlg.shown_generation == dlg.generation, timeout=5000)
    assert dlg.status.text()  # a hint or a count, never a traceback
    assert "Traceback" not in dlg.status.text() and not messages
    assert len(dlg.query.text()) <= 10_000


def test_search_drops_stale_answers(qtbot: Any, demo_services: Any) -> None:
    dlg = SearchDialog(demo_services)
    qtbot.addWidget(dlg)
    dlg.start()
    for text in ("sc", "sca", "scam", "scam hot"):
        dlg.query.setText(text)  # faster than the debounce: one search for the last text
    qtbot.waitUntil(lambda: dlg.shown_generation == dlg.generation, timeout=5000)
    assert dlg.last_result.query == "scam hot"
    # An answer to an older question arriving late is ignored.
    stale = dlg.last_result
    dlg.query.setText("ADM")
    dlg._show(dlg.generation - 1, stale)
    assert dlg.shown_generation != dlg.generation
    qtbot.waitUntil(lambda: dlg.shown_generation == dlg.generation, timeout=5000)
    assert dlg.last_result.query == "ADM"


def test_search_models_and_snippets(qtmodeltester: Any, demo_services: Any) -> None:
    result = demo_services.search.search("Viet Nam")
    model = SearchResultsModel()
    model.set_hits(result.hits)
    qtmodeltester.check(model)
    hit = SearchHit("note", 1, 1, None, "t", "c", "a <b> & Việt", ((8, 12),), 0.0)
    html = snippet_html(hit)
    assert "&lt;b&gt; &amp; <span" in html and "Việt</span>" in html


def test_table_models_pass_qtmodeltester(qtmodeltester: Any, demo_services: Any) -> None:
    from adgsom_desktop.services.room_records import NoteFilter

    meeting = som6(demo_services)
    notes = NotesTableModel()
    notes.reset(lambda after, limit: demo_services.notes.page(NoteFilter(meeting.id), after, 7))
    assert notes.canFetchMore()
    qtmodeltester.check(notes)
    actions = ActionsModel()
    actions.set_rows(demo_services.actions.actions())
    qtmodeltester.check(actions)


def test_search_opens_hits_in_place(qtbot: Any, window: Any, demo_path: Path) -> None:
    services = open_demo(qtbot, window, demo_path)
    room = feature(window)
    meeting = som6(services)
    item = next(i for i in services.agenda.items(meeting.id) if i.number == "5.1")
    outcome = services.outcomes.add(
        item.id, OutcomeVerb.AGREED, "The Meeting agreed on the hotline"
    )
    action = services.actions.actions(ActionFilter(meeting_id=meeting.id))[0]
    room.open_hit(SearchHit("outcome", outcome.id, meeting.id, item.id, "", "", "", (), 0))
    view = window.findChild(OutcomesView, "itemOutcomes")
    assert window.detail.current() == ("item", item.id)
    assert view.selected() is not None and view.selected().id == outcome.id
    room.open_hit(SearchHit("action", action.id, meeting.id, None, "", "", "", (), 0))
    assert room.dock.isVisible() and room.actions_view.selected().id == action.id
    room.open_hit(SearchHit("item", item.id, meeting.id, item.id, "", "", "", (), 0))
    assert window.detail.current() == ("item", item.id)
    person = services.delegations.counterparts()[0]
    room.open_hit(SearchHit("person", person.id, None, None, "", "", "", (), 0))
    card = window.findChild(PersonCard)
    assert card is not None and card.isVisible()
    card.close()
    # Search with Ctrl+F too, typing a Vietnamese name without its diacritics.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: room.search is not None and room.search.isVisible(), timeout=3000)
    type_text(room.search.query, "Ha Noi")
    qtbot.waitUntil(lambda: room.search.shown_generation == room.search.generation, timeout=5000)
    assert room.search.model.hits, room.search.status.text()
    window.close_store()
    qtbot.waitUntil(lambda: window.services is None, timeout=5000)
    assert room.search is None and room.live is None
