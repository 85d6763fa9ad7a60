"""The Notes tab's pages at scale: no page sorts the meeting's notes, the list is counted once.

Issue #13 measured sorting 100k notes by speaker at 62 ms (the floor, list.sort: 33 ms)
and opening the list at 1,000,000 notes at 541 ms (count + first page raw: 67 ms), most
of it the DISTINCT of ``speakers()`` over every note and a sort of every note per page.
What makes a page cost the same at any size is checked here on SQLite's own plans:
every statement a page or the speakers list runs is read through an index in order
(no temporary B-tree for ORDER BY or DISTINCT, no scan of the note table).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.room_records import NoteFilter, NoteSort
from adgsom_desktop.services.store_setup import create_store

T0 = datetime(2026, 1, 15, 2, 0, tzinfo=UTC)


@pytest.fixture
def notes_meeting(tmp_path: Path) -> Iterator[tuple[Services, int, dict[str, int]]]:
    services = Services.for_store(create_store(tmp_path / "n.adgsom", our_delegation_code="TH"))
    try:
        event_ = services.events.save_event(title="6th ADGMIN and related meetings")
        meeting = services.events.save_meeting(
            event_id=event_.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
        )
        codes = {d.code: d.id for d in services.delegations.delegations()}
        speakers = [codes["VN"], codes["SG"], None, codes["TH"], codes["SG"]]
        for n in range(60):
            services.notes.add(
                meeting.id,
                f"note {n}",
                speaker_delegation_id=speakers[n % 5],
                taken_at=T0 + timedelta(minutes=n % 9, seconds=n),
            )
        yield services, meeting.id, codes
    finally:
        services.close()


@contextmanager
def statements(services: Services) -> Iterator[list[tuple[str, Any]]]:
    """Every SELECT the services run meanwhile, with its parameters."""
    seen: list[tuple[str, Any]] = []
    engine = services.ctx.backend.engine  # type: ignore[attr-defined]

    def on_execute(*args: Any) -> None:
        statement, parameters = args[2], args[3]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)


def plans(services: Services, seen: list[tuple[str, Any]]) -> list[str]:
    engine = services.ctx.backend.engine  # type: ignore[attr-defined]
    out = []
    with engine.connect() as c:
        for sql, params in seen:
            rows = c.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
            out.append(" | ".join(str(r[-1]) for r in rows))
    return out


def _walk(services: Services, flt: NoteFilter, limit: int) -> tuple[list[Any], list[Any]]:
    pages = [services.notes.page(flt, limit=limit)]
    while pages[-1].next is not None:
        pages.append(services.notes.page(flt, after=pages[-1].next, limit=limit))
    return [r for p in pages for r in p.rows], pages


@pytest.mark.parametrize("descending", [False, True])
def test_sorted_by_speaker_a_page_reads_an_index_in_order_and_the_list_counts_once(
    notes_meeting: tuple[Services, int, dict[str, int]], descending: bool
) -> None:
    services, meeting_id, _codes = notes_meeting
    flt = NoteFilter(meeting_id, sort=NoteSort.SPEAKER, descending=descending)
    with statements(services) as seen:
        rows, pages = _walk(services, flt, limit=7)
    assert len(rows) == 60 and len({r.id for r in rows}) == 60
    key = [(r.speaker_code, r.taken_at, r.id) for r in rows]
    assert key == sorted(key, reverse=descending)
    assert pages[0].total == 60 and all(p.total is None for p in pages[1:])
    counts = [sql for sql, _ in seen if "count(" in sql.lower()]
    assert len(counts) == 1  # the list is counted with its first page only
    for plan in plans(services, seen):
        assert "SCAN note" not in plan, plan
        if not plan.startswith("SCAN delegation"):  # who spoke: a few dozen delegations
            assert "TEMP B-TREE" not in plan, plan


def test_who_spoke_is_read_from_the_speaker_index(
    notes_meeting: tuple[Services, int, dict[str, int]],
) -> None:
    services, meeting_id, codes = notes_meeting
    with statements(services) as seen:
        spoke = services.notes.speakers(meeting_id)
    assert {code for _i, code in spoke} == {"VN", "SG", "TH"}
    assert dict((c, i) for i, c in spoke) == {c: codes[c] for c in ("VN", "SG", "TH")}
    (plan,) = plans(services, seen)
    assert "ix_note_meeting_speaker" in plan and "TEMP B-TREE FOR DISTINCT" not in plan


def test_the_notes_tab_keeps_the_count_of_its_first_page(
    qtbot: Any, notes_meeting: tuple[Services, int, dict[str, int]]
) -> None:
    from adgsom_desktop.ui.room.notes_table_model import NotesTableModel

    services, meeting_id, _codes = notes_meeting
    model = NotesTableModel()
    flt = NoteFilter(meeting_id, sort=NoteSort.SPEAKER)
    model.reset(lambda after, limit: services.notes.page(flt, after, 25))
    assert (len(model.rows), model.total) == (25, 60)
    while model.canFetchMore():
        model.fetchMore()
    assert (len(model.rows), model.total) == (60, 60)


def test_0012_upgrades_a_0011_store_with_notes(store_path: Path) -> None:
    """Migration 0012 adds the speaker index to a store holding notes; they list as before."""
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.engine import make_engine
    from adgsom_desktop.storage.store import Store
    from tests.test_migrations import _make_v1_store

    _make_v1_store(store_path)
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0011_reports_in_register")
    engine.dispose()
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        assert "0012_note_speaker_index" in migrate.KNOWN_REVISIONS
        services = Services.for_store(store)
        page = services.notes.page(NoteFilter(1, sort=NoteSort.SPEAKER))
        assert [n.text for n in page.rows] == ["Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số"]
        assert page.total == 1
        with store.engine.connect() as c:
            names = {
                r[0]
                for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
            }
        assert "ix_note_meeting_speaker" in names
        assert services.store_info.check().ok


def test_sorting_the_notes_tab_does_not_count_the_list_again(
    qtbot: Any, notes_meeting: tuple[Services, int, dict[str, int]]
) -> None:
    """A header click shows the same notes in another order: the count the tab shows is
    kept (at 100,000 notes, counting was most of a sort's time)."""
    from PySide6.QtCore import Qt

    from adgsom_desktop.ui.room.notes_table_model import COL_SPEAKER
    from adgsom_desktop.ui.room.notes_view import NotesView

    services, meeting_id, _codes = notes_meeting
    view = NotesView(services)
    qtbot.addWidget(view)
    view.show_record(meeting_id)
    assert view.model.total == 60 and "60" in view.count.text()
    with statements(services) as seen:
        view.table.horizontalHeader().setSortIndicator(COL_SPEAKER, Qt.SortOrder.AscendingOrder)
    assert not [sql for sql, _ in seen if "count(" in sql.lower()]
    assert view.model.total == 60 and "60" in view.count.text()
    codes = [r.speaker_code for r in view.model.rows]
    assert codes == sorted(codes) and len(view.model.rows) == min(60, len(view.model.rows))
    # Another filter is another list: counted again.
    with statements(services) as seen:
        view.set_filter(None)
        view.speaker.setCurrentIndex(1)
    assert [sql for sql, _ in seen if "count(" in sql.lower()]
    assert 0 < view.model.total < 60
