"""The negotiated texts and cooperation projects a trip copy carries read-only (#17, review
s32 H24): the head follows the JMS negotiation at the venue and prints packs with
"Negotiated texts" and "Cooperation with partners"; nobody changes them on the laptop
(each write refused before anything changes, with the reason); each Bring back refreshes
them from the team store.  Every table is compared in tests/test_trip_fidelity.py."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo (event 2)
REFUSED_TEXTS = "This is a trip copy: negotiated texts are changed in the team store"
REFUSED_PROJECTS = "This is a trip copy: cooperation projects are changed in the team store"
SAID_TEXTS = "each Bring back refreshes them here. Read, export and print them as they are."
SAID_PROJECTS = "each Bring back refreshes them here. Read them and print their reports"


def _take(team: Services, tmp_path: Path) -> Path:
    from adgsom_desktop.services.trip_service import take_trip

    take_trip(team, team.events.meeting(MEETING).event_id, tmp_path / "trip.adgsom")
    return tmp_path / "trip.adgsom"


def _team(demo_master: Path, tmp_path: Path) -> tuple[Path, Path]:
    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        return team_path, _take(team, tmp_path)
    finally:
        team.close()


def _open(path: Path, actor: str) -> Services:
    return Services.for_store(Store.open(path), actor=actor)


def _som(svc: Services) -> int:
    return next(m.id for m in svc.events.meetings() if m.short_title == "6th ADGSOM")


def _jms(svc: Services) -> Any:
    """The draft JMS (its current revision has our amendments)."""
    return next(
        d
        for m in svc.events.meetings()
        for d in svc.texts.documents(m.id)
        if "Joint Media Statement" in d.title
    )


def _texts(svc: Services) -> list[tuple[str, str, int, int]]:
    """(title, current revision, paragraphs, our amendments) of every document."""
    out = []
    for d in svc.texts.documents():
        rev = d.current
        paras = len(svc.texts.paragraphs(rev.id)) if rev else 0
        out.append((d.title, rev.label if rev else "", paras, d.amendments))
    return sorted(out)


def _state(svc: Services) -> tuple[Any, ...]:
    """What the writes below would change."""
    projects = sorted((r.code, r.status, r.reviews) for r in svc.projects.rows())
    links = sorted(
        (i.title, p.row.code, p.reason)
        for i in svc.agenda.items(_som(svc))
        for p in svc.projects.for_item(i.id)
    )
    statuses = [p.status for p in svc.texts.paragraphs(_jms(svc).current.id)]
    return _texts(svc), projects, links, statuses


def test_texts_and_projects_are_read_only_in_a_trip_copy(demo_master: Path, tmp_path: Path) -> None:
    from adgsom_desktop.services.negotiation.records import ImportSource
    from adgsom_desktop.services.project_records import ProgressIn, ProjectFields

    _team_path, trip_path = _team(demo_master, tmp_path)
    trip = _open(trip_path, "head")
    try:
        before = _state(trip)
        doc = _jms(trip)
        assert doc.amendments >= 1  # carried: the head reads them at the venue
        para = next(p for p in trip.texts.paragraphs(doc.current.id) if p.negotiated)
        ours = trip.amendments.for_document(doc.id)[0]
        project = trip.projects.rows()[0]
        item = trip.agenda.items(_som(trip))[3]
        source = ImportSource("rev.txt", text="TRIP6 Joint Statement\n\n1. We met.\n")
        texts = [
            lambda: trip.texts.refuse_here(),
            lambda: trip.texts.import_revision(_som(trip), source, title="TRIP6"),
            lambda: trip.texts.import_revision(_som(trip), source, document_id=doc.id),
            lambda: trip.texts.set_status(para.id, "agreed"),
            lambda: trip.texts.set_status_many([para.id], "agreed"),
            lambda: trip.texts.delete_revision(doc.current.id),
            lambda: trip.amendments.propose(para.id, "Our new words."),
            lambda: trip.amendments.edit(ours.id, "Other words.", rationale="", item_id=None),
            lambda: trip.amendments.set_state(ours.id, "tabled"),
            lambda: trip.amendments.delete(ours.id),
            lambda: trip.text_room.bracket_noted(
                para.id, delegation_id=1, lifted=True, meeting_id=_som(trip), item_id=None
            ),
        ]
        projects = [
            lambda: trip.projects.refuse_here(),
            lambda: trip.projects.save(ProjectFields(code="TRIP-1", title="Trip project")),
            lambda: trip.projects.save(trip.projects.project(project.id).fields, project.id),
            lambda: trip.projects.delete(project.id),
            lambda: trip.projects.add_progress(
                project.id, ProgressIn(meeting_id=_som(trip), progress="TRIP6")
            ),
            lambda: trip.projects.link_item(item.id, project.id),
            lambda: trip.project_import.import_(
                trip.project_import.preview("m.csv", b"Code,Title\nTRIP-2,Trip\n")
            ),
        ]
        for refused, write in [(REFUSED_TEXTS, w) for w in texts] + [
            (REFUSED_PROJECTS, w) for w in projects
        ]:
            with pytest.raises(ValidationError, match=refused):
                write()
        assert _state(trip) == before  # nothing changed
    finally:
        trip.close()


def test_bring_back_refreshes_the_texts_and_projects_from_the_team_store(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.negotiation.records import ImportSource
    from adgsom_desktop.services.project_records import ProgressIn
    from adgsom_desktop.services.trip_service import return_trip

    team_path, trip_path = _team(demo_master, tmp_path)
    team = _open(team_path, "aide")
    try:  # the aide works on the texts and the projects in the team store meanwhile
        doc = _jms(team)
        para = next(p for p in team.texts.paragraphs(doc.current.id) if p.negotiated)
        team.texts.set_status(para.id, "agreed", "SERVER: agreed ad ref")
        team.amendments.propose(para.id, "SERVER amendment words.")
        team.texts.import_revision(
            MEETING,
            ImportSource("rec.txt", text="SERVER Chair's Statement\n\n1. We met.\n"),
            title="SERVER Chair's Statement",
        )
        project = team.projects.rows()[0]
        team.projects.add_progress(project.id, ProgressIn(meeting_id=MEETING, progress="SERVER"))
        item = team.agenda.items(MEETING)[5]
        team.projects.link_item(item.id, project.id)
        want = _state(team)
    finally:
        team.close()
    trip = _open(trip_path, "head")
    try:
        assert _state(trip) != want
        back = return_trip(trip)
        assert _state(trip) == want
        assert "refreshed from the team store (read only here)" in back.to_trip.summary()
        assert "negotiated texts" in back.to_trip.summary()
        assert not back.left_behind  # nothing of the laptop's is named or lost
        again = return_trip(trip)
        assert again.to_trip.nothing_to_do and again.to_team.nothing_to_do
        assert _state(trip) == want
        assert "SERVER" in {p.progress for p in trip.projects.project(project.id).progress}
    finally:
        trip.close()


def test_a_pack_printed_on_the_trip_has_the_texts_and_the_cooperation(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.pack_records import PackRequest
    from tests.pack_fixtures import outline_titles, pdf_pages_text

    team_path, trip_path = _team(demo_master, tmp_path)

    def pack(svc: Services) -> tuple[Any, bytes]:
        event = svc.events.meeting(_som(svc)).event_id
        request = PackRequest(event_id=event)  # every meeting: the JWG, ADGSOM+partners
        _r, data, _c = svc.packs.prepare(request)
        return data, svc.packs.preview(request)

    team, trip = _open(team_path, "capital"), _open(trip_path, "head")
    try:
        (want, _), (got, pdf) = pack(team), pack(trip)
    finally:
        trip.close()
        team.close()
    assert got.texts and got.texts == want.texts
    strip = [dataclasses.replace(b, meeting_id=0) for b in want.cooperation]
    assert (
        got.cooperation and [dataclasses.replace(b, meeting_id=0) for b in got.cooperation] == strip
    )
    projects = {b.title: b.projects for b in want.briefs}
    assert any(projects.values())
    assert {b.title: b.projects for b in got.briefs} == projects
    marks = " | ".join(t for _d, t, _p in outline_titles(pdf))
    assert "Negotiated texts: our amendments" in marks, marks
    assert (
        "Cooperation programmes" in marks and "Cooperation with Japan: status of projects" in marks
    )
    for doc in want.texts:
        assert doc.title in marks
    text = " ".join(pdf_pages_text(pdf))
    assert want.texts[0].lines[0].current[:30] in " ".join(text.split()), want.texts[0]


@pytest.mark.gui
def test_the_gui_shows_them_and_offers_no_change_with_the_reason(
    qtbot: Any, demo_master: Path, tmp_path: Path, messages: list[tuple[str, str, Any]]
) -> None:
    """The Texts tab shows the JMS with our amendments; its changes are off, each saying
    why; the tracker and an item's projects likewise (review s32 H24)."""
    from adgsom_desktop.domain.enums import ParagraphStatus
    from adgsom_desktop.ui.negotiation.view import TextsView
    from adgsom_desktop.ui.tracker.item_projects import ItemProjectsView
    from adgsom_desktop.ui.tracker.tracker_window import TrackerWindow
    from tests.conftest import save_artifact

    _team_path, trip_path = _team(demo_master, tmp_path)
    trip = _open(trip_path, "head")
    try:
        before = _state(trip)
        v = TextsView(trip)
        qtbot.addWidget(v)
        v.resize(1093, 614)
        v.show()
        v.show_record(_som(trip))
        doc = _jms(trip)
        v.document.setCurrentIndex(v.document.findData(doc.id))
        v.document.activated.emit(v.document.currentIndex())
        row = next(n for n, r in enumerate(v.model.rows) if r.negotiated)
        v.table.selectRow(row)
        assert v.presenter.selected is not None and v.model.rows  # the text is there
        assert v.read_only.isVisible() and SAID_TEXTS in v.read_only.text()
        for b in (v.import_button, v.propose_button, *v.status_buttons.values()):
            assert not b.isEnabled() and SAID_TEXTS in b.toolTip(), b.objectName()
        assert v.export_button.isEnabled() and v.table_button.isEnabled()  # reading, printing
        save_artifact(v, "trip_texts_read_only")
        v.mark(ParagraphStatus.AGREED)  # its key (A): the reason said, nothing done
        v.propose()
        said = [m[1] for m in messages]
        assert [REFUSED_TEXTS in m and "Nothing was changed." in m for m in said] == [True, True]

        tracker = TrackerWindow(trip)
        qtbot.addWidget(tracker)
        tracker.resize(1093, 614)
        tracker.show()
        qtbot.waitUntil(lambda: len(tracker.all_rows) > 0, timeout=10_000)
        tracker.panel.show_project(tracker.all_rows[0].id)
        for b in (tracker.btn_new, tracker.btn_import, tracker.panel.btn_edit,
                  tracker.panel.btn_review):  # fmt: skip
            assert not b.isEnabled() and SAID_PROJECTS in b.toolTip()
        assert tracker.btn_report.isEnabled()
        save_artifact(tracker, "trip_tracker_read_only")
        tracker.panel.new()
        assert REFUSED_PROJECTS in messages[-1][1]

        items = ItemProjectsView(trip)
        qtbot.addWidget(items)
        items.show_record(trip.agenda.items(_som(trip))[3].id)
        assert not items.btn_link.isEnabled() and SAID_PROJECTS in items.btn_link.toolTip()
        from adgsom_desktop.ui.room.live_mode import LiveWindow

        som = _som(trip)
        jms_item = next(
            i for i in trip.agenda.items(som) if i.title.startswith("Draft Joint Media")
        )
        live = LiveWindow(trip, som, jms_item.id)  # in the room: the text, its keys refused
        qtbot.addWidget(live)
        live.resize(1093, 614)
        live.show()
        assert live.text_panel.isVisible() and live.text_presenter.current is not None
        live.mark_paragraph(ParagraphStatus.AGREED)
        assert REFUSED_TEXTS in live.text_panel.hint.text()
        live.note_bracket(True)
        assert REFUSED_TEXTS in live.text_panel.hint.text()
        assert _state(trip) == before
        live.close()
        tracker.close()
    finally:
        trip.close()


def test_from_a_team_store_on_postgresql(
    demo_services: Services, pg_url: str, tmp_path: Path
) -> None:
    """The same from a team server: the copy holds its texts and projects, refuses to change
    them, and a Bring back refreshes them with what the server holds now."""
    from adgsom_desktop.services.copy_service import copy_store
    from adgsom_desktop.services.project_records import ProgressIn
    from adgsom_desktop.services.trip_service import return_trip

    copy_store(demo_services, pg_url)
    team = Services.open(pg_url, actor="capital")
    try:
        trip_path = _take(team, tmp_path)
        trip = _open(trip_path, "head")
        try:
            assert _state(trip) == _state(team)
            with pytest.raises(ValidationError, match=REFUSED_TEXTS):
                trip.amendments.set_state(
                    trip.amendments.for_document(_jms(trip).id)[0].id, "tabled"
                )
            project = team.projects.rows()[0]
            team.projects.add_progress(project.id, ProgressIn(meeting_id=MEETING, progress="PG"))
            para = next(p for p in team.texts.paragraphs(_jms(team).current.id) if p.negotiated)
            team.texts.set_status(para.id, "agreed", "PG: agreed")
            back = return_trip(trip)
            assert "negotiated texts, cooperation projects" in back.to_trip.summary()
            assert _state(trip) == _state(team) and not back.left_behind
        finally:
            trip.close()
    finally:
        team.close()


def test_an_item_deleted_on_the_laptop_does_not_stop_the_refresh(
    demo_master: Path, tmp_path: Path
) -> None:
    """Deleting an item on the trip unlinks its projects and texts (the database does): not
    a change of the laptop's to name, and the next Bring back still refreshes them."""
    from adgsom_desktop.services.trip_service import return_trip

    team_path, trip_path = _team(demo_master, tmp_path)
    trip = _open(trip_path, "head")
    try:
        linked = next(
            i for m in trip.events.meetings() for i in trip.agenda.items(m.id)
            if any(p.reason == "linked" for p in trip.projects.for_item(i.id))
        )  # fmt: skip
        where = trip.events.meeting(linked.meeting_id).title
        trip.agenda.delete_item(linked.id)
        back = return_trip(trip)
        assert not back.left_behind, back.left_behind
        assert "NOT brought back" not in " ".join(back.to_team.notices)
    finally:
        trip.close()
    team = _open(team_path, "aide")
    try:
        meeting = next(m.id for m in team.events.meetings() if m.title == where)
        assert linked.title not in {i.title for i in team.agenda.items(meeting)}
        project = team.projects.rows()[1]
        team.projects.save(
            dataclasses.replace(team.projects.project(project.id).fields, remarks="SERVER later"),
            project.id,
        )
        want = _state(team)
    finally:
        team.close()
    trip = _open(trip_path, "head")
    try:
        back = return_trip(trip)
        assert "cooperation projects" in back.to_trip.summary() and not back.left_behind
        assert _state(trip) == want
        assert trip.projects.project(project.id).fields.remarks == "SERVER later"
    finally:
        trip.close()
