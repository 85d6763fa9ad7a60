"""The room at scale: 100,000 notes over 2,000 agenda items (half the notes on one
meeting). Lists open on their first page and grow as the user scrolls; filters
and search answer over the whole store; live mode moves through a long agenda.
No timing asserts here (benchmarks measure); these check the paths stay paged."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.room_records import NoteFilter
from adgsom_desktop.ui.room.live_mode import LiveWindow
from adgsom_desktop.ui.room.notes_table_model import PAGE
from adgsom_desktop.ui.room.notes_view import NotesView
from adgsom_desktop.ui.search.search_popup import SearchDialog
from tests.conftest import save_artifact
from tests.scale_fixtures import ScaleStore, build_scale_store

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]


@pytest.fixture(scope="session")
def scale_master(tmp_path_factory: pytest.TempPathFactory) -> ScaleStore:
    """Built once per run, shared by the xdist workers (the folder above each worker's)."""
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp().parent / "room-scale"
    shared.mkdir(exist_ok=True)
    path = shared / "scale.adgsom"
    with FileLock(str(shared / "build.lock")):
        if (shared / "done").exists():
            meta = (shared / "done").read_text().split()
            return ScaleStore(path, int(meta[0]), tuple(int(x) for x in meta[1:]), 100_000, 2_000)
        built = build_scale_store(path)
        (shared / "done").write_text(
            " ".join(str(x) for x in (built.big_meeting_id, *built.meeting_ids))
        )
        return built


@pytest.fixture
def scale(scale_master: ScaleStore, tmp_path: Path) -> Any:
    from adgsom_desktop.services.container import Services

    path = tmp_path / "scale.adgsom"
    shutil.copyfile(scale_master.path, path)
    services = Services.open(path)
    yield services, scale_master
    services.close()


def test_store_holds_the_scale(scale: Any) -> None:
    services, info = scale
    counts = services.store_info.info().counts
    assert counts["notes"] == 100_000 and counts["agenda items"] == 2_000
    page = services.notes.page(NoteFilter(info.big_meeting_id))
    assert page.total == 50_000 and len(page.rows) == 500 and page.next is not None
    with services.ctx.read() as s:
        plan = " ".join(
            str(r)
            for r in s.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM note WHERE meeting_id = 1 "
                "AND deleted_at IS NULL ORDER BY taken_at, id LIMIT 501"
            )
        )
    assert "ix_note_meeting_time" in plan and "TEMP B-TREE" not in plan  # no sort per page


def test_notes_tab_opens_paged_and_scrolls(qtbot: Any, scale: Any) -> None:
    services, info = scale
    view = NotesView(services)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    view.show_record(info.big_meeting_id)
    assert view.model.rowCount() == PAGE and view.model.total == 50_000
    assert "50,000 note(s)" in view.count.text()
    for _ in range(4):  # the view fetches the next page as the user reaches the end
        view.table.scrollToBottom()
        qtbot.wait(10)
    assert view.model.rowCount() > PAGE
    times = [n.taken_at for n in view.model.rows]
    assert times == sorted(times)
    save_artifact(view, "notes_view_100k")
    # The last note of the meeting, found and selected (through its item's filter).
    last = services.notes.page(NoteFilter(info.big_meeting_id), limit=1)
    newest = max(
        services.notes.notes(info.big_meeting_id, item_id=last.rows[0].item_id),
        key=lambda n: n.taken_at,
    )
    assert view.select_note(newest.id)
    assert view.selected_note().id == newest.id
    # Filters narrow without loading everything.
    view.set_filter(None)
    view.kind.setCurrentIndex(3)
    assert view.model.rowCount() <= PAGE and view.model.total == 10_000


def test_search_as_you_type_over_100k(qtbot: Any, scale: Any) -> None:
    services, _info = scale
    dlg = SearchDialog(services)
    qtbot.addWidget(dlg)
    dlg.start()
    for prefix in ("c", "ca", "cap", "capa", "capacity", "capacity bu", "capacity building"):
        dlg.query.setText(prefix)
        qtbot.wait(5)
    qtbot.waitUntil(lambda: dlg.shown_generation == dlg.generation, timeout=10_000)
    assert dlg.last_result.query == "capacity building"
    assert dlg.model.rowCount() == 50
    dlg.query.setText("ดิจิทัล")
    qtbot.waitUntil(lambda: dlg.shown_generation == dlg.generation, timeout=10_000)
    assert dlg.model.rowCount() == 50
    assert all("ดิจิทัล" in h.snippet for h in dlg.model.hits)
    save_artifact(dlg, "search_100k")


def test_live_mode_on_a_long_agenda(qtbot: Any, scale: Any) -> None:
    services, info = scale
    live = LiveWindow(services, info.big_meeting_id)
    qtbot.addWidget(live)
    live.show()
    assert len(live.items) == 200
    assert live.jump_to("150") and live.current_item.number == "150"
    live.step(1)
    assert live.current_item.number == "151"
    assert live.recent.count() <= 12  # only the newest notes of the item
    live.close()
    assert live.text.toPlainText() == ""
