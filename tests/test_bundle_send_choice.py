"""*Send a bundle…* proposes the meeting the user is looking at (s32 H19): the one
selected in the window (an item's own meeting), else the current or next one, never
simply the oldest; two meetings of one name read apart by their dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import save_artifact
from tests.prepare_fixtures import open_store

pytestmark = pytest.mark.usefixtures("no_leaked_jobs")

MEETING = 4  # the 6th ADGSOM of the demo


def _bundles(window: Any) -> Any:
    from adgsom_desktop.ui.bundles.bundle_feature import BundleFeature

    return next(f for f in window.features if isinstance(f, BundleFeature))


def test_send_proposes_the_selected_meeting_and_dates_each(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    svc = open_store(qtbot, window, demo_path)
    feature = _bundles(window)
    first = svc.events.meetings()[0]
    for kind, record, expected in (
        ("meeting", MEETING, MEETING),
        ("item", svc.agenda.items(MEETING)[0].id, MEETING),
    ):
        qtbot.waitUntil(lambda k=kind, r=record: window.nav.model.index_for(k, r).isValid())
        assert window.nav.select(kind, record)
        dlg = feature.send_dialog()
        qtbot.addWidget(dlg)
        assert dlg.meeting.currentData() == expected, (kind, dlg.meeting.currentText())
        assert dlg.meeting.currentData() != first.id
    labels = [dlg.meeting.itemText(i) for i in range(dlg.meeting.count())]
    assert len(set(labels)) == len(labels), labels  # no two read the same
    japan = [t for t in labels if t.startswith("ADGSOM+Japan")]
    assert len(japan) == 2 and all(" · " in t for t in japan), japan
    assert "6th-ADGSOM" in dlg.out.text() and "--" not in Path(dlg.out.text()).name
    dlg.resize(1093, 614)
    dlg.show()
    save_artifact(dlg, "bundle_send_proposed")


def test_without_a_selection_the_current_or_next_meeting_is_proposed() -> None:
    from adgsom_desktop.ui.bundles.send_dialog import proposed_meeting

    class M:  # the fields proposed_meeting reads
        def __init__(self, mid: int, event: int, start: date | None, end: date | None = None):
            self.id, self.event_id, self.date, self.end_date = mid, event, start, end

    last_year = M(1, 1, date(2025, 1, 14))
    now = M(2, 2, date(2026, 1, 12), date(2026, 1, 16))
    later = M(3, 2, date(2026, 1, 17))
    undated = M(4, 3, None)
    meetings = [last_year, now, later, undated]
    assert proposed_meeting(meetings, None, date(2026, 1, 13)) == 2  # under way
    assert proposed_meeting(meetings, None, date(2026, 1, 2)) == 2  # the next one
    assert proposed_meeting(meetings, None, date(2026, 6, 1)) == 3  # all past: the latest
    assert proposed_meeting(meetings, ("event", 1), date(2026, 1, 13)) == 1
    assert proposed_meeting(meetings, ("meeting", 4), date(2026, 1, 13)) == 4
    assert proposed_meeting(meetings, ("meeting", 99), date(2026, 1, 13)) == 2
    assert proposed_meeting([], None, date(2026, 1, 13)) is None
