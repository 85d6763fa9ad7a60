"""A trip copy in the window, as a delegation reads it (review s33 R12): an item's Projects
tab says why Link and Unlink are off (as the Texts tab does); the Texts tab keeps room
for the paragraphs beside their detail at 1093x614; in Thai, what changed since the
previous revision ("new") and the dates of a brief's approval and history read in Thai."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from tests.conftest import save_artifact
from tests.prepare_fixtures import open_store, show_tab
from tests.trip_edits import take_demo_trip

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

MEETING = 4  # the 6th ADGSOM of the demo
SAID_PROJECTS = "cooperation projects are changed in the team store"
MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


@pytest.fixture(params=["en", "th"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


@pytest.fixture
def trip_path(demo_master: Path, tmp_path: Path) -> Path:
    return take_demo_trip(demo_master, tmp_path, MEETING)[1]


def _som(svc: Services) -> int:
    return next(m.id for m in svc.events.meetings() if m.short_title == "6th ADGSOM")


def _shown_texts(qtbot: Any, window: Any, svc: Services) -> Any:
    som = _som(svc)
    from adgsom_desktop.ui.negotiation.view import TextsView

    view = show_tab(qtbot, window, "meeting", som, "textsTab")
    assert isinstance(view, TextsView)
    jms = next(d for d in svc.texts.documents(som) if "Joint Media Statement" in d.title)
    view.document.setCurrentIndex(view.document.findData(jms.id))
    view.document.activated.emit(view.document.currentIndex())
    qtbot.waitUntil(lambda: bool(view.model.rows), timeout=10_000)
    return view


def test_an_items_projects_tab_says_why_link_is_off(
    qtbot: Any, window: Any, trip_path: Path, language: str
) -> None:
    svc = open_store(qtbot, window, trip_path)
    window.resize(1093, 614)
    item = svc.agenda.items(_som(svc))[3]
    view = show_tab(qtbot, window, "item", item.id, "itemProjects")
    qtbot.waitUntil(lambda: view.read_only.isVisible(), timeout=10_000)
    qtbot.wait(50)
    save_artifact(window, f"trip_item_projects_{language}")
    assert not view.btn_link.isEnabled() and not view.btn_unlink.isEnabled()
    assert view.read_only.text() == view.btn_link.toolTip() != ""
    if language == "en":
        assert SAID_PROJECTS in view.read_only.text()


def test_the_projects_tab_of_a_team_store_has_no_such_line(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    svc = open_store(qtbot, window, demo_path)
    item = svc.agenda.items(MEETING)[3]
    view = show_tab(qtbot, window, "item", item.id, "itemProjects")
    assert not view.read_only.isVisible() and view.btn_unlink.isEnabled()


def test_the_paragraphs_keep_their_room_at_1093x614(
    qtbot: Any, window: Any, trip_path: Path, language: str
) -> None:
    svc = open_store(qtbot, window, trip_path)
    window.resize(1093, 614)
    view = _shown_texts(qtbot, window, svc)
    view.table.selectRow(1)
    qtbot.wait(100)
    save_artifact(window, f"trip_texts_{language}")
    assert view.table.width() >= 250, view.table.width()  # was ~70 px: "Para." and "Pend…"
    for b in view.status_buttons.values():  # every state button whole, inside the tab
        right = b.mapTo(view, b.rect().topRight()).x()
        assert b.width() >= b.sizeHint().width() and right <= view.width(), b.objectName()


def test_in_thai_what_changed_and_the_dates_read_in_thai(
    qtbot: Any, window: Any, trip_path: Path, language: str
) -> None:
    from adgsom_desktop.domain.enums import ParagraphChange, PositionStatus
    from adgsom_desktop.ui.negotiation.paragraph_model import COL_CHANGE
    from adgsom_desktop.ui.positions.position_history_dialog import PositionHistoryDialog

    svc = open_store(qtbot, window, trip_path)
    window.resize(1093, 614)
    view = _shown_texts(qtbot, window, svc)
    new = next(n for n, p in enumerate(view.model.rows) if p.change is ParagraphChange.NEW)
    view.table.selectRow(new)
    qtbot.waitUntil(lambda: "Rev." in view.detail.toPlainText(), timeout=5_000)
    shown = view.model.index(new, COL_CHANGE).data()
    detail = view.detail.toPlainText()
    if language == "en":
        assert shown == "new" and ": new" in detail, (shown, detail)
    else:
        assert shown and "new" not in shown and ": new" not in detail, (shown, detail)

    approved = next(
        i
        for i in svc.agenda.items(_som(svc))
        if (p := svc.positions.get(i.id)) is not None and p.status is PositionStatus.APPROVED
    )
    editor = show_tab(qtbot, window, "item", approved.id, "positionEditor")
    qtbot.waitUntil(lambda: editor.banner_box.isVisible(), timeout=10_000)
    banner = editor.banner.text()
    history = PositionHistoryDialog(svc, approved.id, window)
    qtbot.addWidget(history)
    history.resize(1093, 614)
    history.show()
    qtbot.wait(50)
    save_artifact(history, f"trip_history_{language}")
    lines = [history.list.item(r).text() for r in range(history.list.count())]
    history.close()
    assert lines and re.search(r"\b20\d\d\b", banner), banner
    if language == "th":
        assert not MONTHS.search(banner), banner
        assert not any(MONTHS.search(line) for line in lines), lines
