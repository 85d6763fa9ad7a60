"""*Bring back…* in a Thai session reads in Thai (review s33 R17): the two summary lines
(what came each way, the texts and projects refreshed from the team store) and each
record's line (a brief changed on both sides, its sections) were English inside the
Thai dialog; the refresh runs from the window as from the command line. The intro names
the team store by its short name (the title's), never by a URL with the login."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.conftest import save_artifact
from tests.prepare_fixtures import open_store

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

MEETING = 4  # the 6th ADGSOM of the demo
MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


def _thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


@pytest.fixture(params=["en", "th"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


def _edit(svc: Services, item: int, **sections: Any) -> None:
    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, **sections), reopen_approved=True)


def _prepared(demo_master: Path, tmp_path: Path) -> tuple[Path, str]:
    """A trip copy of the 6th ADGSOM's event; then, in the team store, a brief's red line,
    a cooperation project's progress; on the trip, the same red line and a note."""
    from adgsom_desktop.services.project_records import ProgressIn
    from adgsom_desktop.services.trip_service import take_trip

    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        item = next(
            i
            for i in team.agenda.items(MEETING)
            if i.number and (p := team.positions.get(i.id)) and p.status.value != "approved"
        )
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
        _edit(team, item.id, red_line="Capital's red line: no binding targets.")
        project = team.projects.rows()[0]
        team.projects.add_progress(project.id, ProgressIn(meeting_id=MEETING, progress="SERVER"))
    finally:
        team.close()
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        tm = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
        t_item = next(i.id for i in trip.agenda.items(tm) if i.title == item.title)
        _edit(trip, t_item, red_line="Venue's red line: a review in 2028.")
        _edit(trip, t_item, objective="Venue's objective: the annex agreed.")
        trip.notes.add(tm, "Offline: Lao PDR asks for a capacity-building annex.")
        trip.outcomes.add(t_item, "noted", "The Meeting noted the venue's annex.")
    finally:
        trip.close()
    return trip_path, item.title


def test_bring_back_reads_in_the_interfaces_language(
    qtbot: Any, window: Any, demo_master: Path, tmp_path: Path, language: str
) -> None:
    from adgsom_desktop.ui.bundles.trip_feature import TripFeature

    trip_path, title = _prepared(demo_master, tmp_path)
    open_store(qtbot, window, trip_path)
    feature = next(f for f in window.features if isinstance(f, TripFeature))
    back = feature.back_dialog()
    qtbot.addWidget(back)
    back.resize(1093, 614)
    back.show()
    intro = back.findChild(type(back.to_team), "tripIntro")
    assert intro is not None and "team.adgsom" in intro.text(), intro.text()
    assert str(tmp_path) not in intro.text(), intro.text()  # its name, not its whole path
    save_artifact(back, f"trip_back_before_{language}")
    steps: list[str] = []
    shown_step = back._progressed

    def progressed(done: int, total: int, what: str) -> None:  # each step as it is shown
        steps.append(what)
        shown_step(done, total, what)

    back._progressed = progressed  # type: ignore[method-assign]
    back.btn_back.click()
    qtbot.waitUntil(lambda: back.outcome.isVisible(), timeout=120_000)
    qtbot.wait(50)
    save_artifact(back, f"trip_back_done_{language}")
    assert len(steps) == 5, steps
    if language == "th":  # every step in Thai, not the first one only (s34)
        assert all(_thai(step) for step in steps), steps
    # the tables take the room under them: no empty stretch before the outcome (s34)
    below = back.changes.mapTo(back, back.changes.rect().bottomLeft()).y()
    assert back.changes.isVisible() and back.outcome.y() - below < 24, (below, back.outcome.y())
    to_team, to_trip = back.to_team.text(), back.to_trip.text()
    rows = [
        str(model.index(r, 2).data())
        for model in (back.team_model, back.trip_model)
        for r in range(model.rowCount())
    ]
    brief = [r for r in rows if title[:20] in r]
    assert brief, rows
    outcome = [r for r in rows if "venue's annex" in r]
    origins, explained = _conflicts_shown(qtbot, window)
    if language == "en":
        assert "refreshed from the team store (read only here): cooperation projects" in to_trip
        assert any(r.startswith("brief on ") and "Red line" in r for r in brief), brief
        assert outcome == ["noted: The Meeting noted the venue's annex."], rows
        assert origins == ["the team store"], origins
        assert "Objective from theirs" in explained or "Objective from ours" in explained
        return
    # the outcome's verb, the conflicts' origin, the sections merged: in Thai (s34)
    assert outcome and not outcome[0].startswith("noted") and _thai(outcome[0]), outcome
    assert origins and all(_thai(o) and "team store" not in o for o in origins), origins
    assert "Objective" not in explained and "Red line" not in explained, explained
    # in Thai: the summaries, the refresh and the record lines, no English words left
    for line in (to_team, to_trip):
        assert _thai(line) and "new:" not in line and "conflict kept" not in line, line
    assert "read only here" not in to_trip and "cooperation projects" not in to_trip, to_trip
    assert _thai(to_trip.split("\n")[0].split(":", 1)[1]), to_trip
    for row in brief:
        words = row.replace(title, "")
        assert "brief on" not in words and "changed on both sides" not in words, row
        assert "Red line" not in words and "6th ADGSOM" in words, row


def _conflicts_shown(qtbot: Any, window: Any) -> tuple[list[str], str]:
    """The conflicts dialog's origins, and the side by side view's explanation."""
    from adgsom_desktop.ui.bundles.bundle_feature import BundleFeature

    feature = next(f for f in window.features if isinstance(f, BundleFeature))
    dlg = feature.conflicts_dialog()
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=10_000)
    save_artifact(dlg, f"trip_back_conflicts_{feature.tr('Cancel')[:2]}")
    origins = [str(dlg.model.index(r, 2).data()) for r in range(dlg.model.rowCount())]
    for r in range(dlg.model.rowCount()):  # the locale's date (English months in Thai: s34)
        conflict, shown = dlg.model.at(r), str(dlg.model.index(r, 3).data())
        assert conflict is not None and str(conflict.found_at.year) in shown, shown
        assert bool(MONTHS.search(shown)) != _thai(shown), shown
    rec = dlg.model.at(0)
    assert rec is not None
    explained = feature.services.sync.conflict_view(rec.id).explanation
    dlg.close()
    return origins, explained


def test_the_trip_copys_status_bar_names_the_team_store_as_the_title_does(
    qtbot: Any, window: Any, demo_master: Path, tmp_path: Path
) -> None:
    trip_path, _title = _prepared(demo_master, tmp_path)
    open_store(qtbot, window, trip_path)
    shown = window.store_label.text()
    assert "trip copy of team.adgsom" in shown and str(tmp_path) not in shown, shown
    assert "team.adgsom" in window.windowTitle()
