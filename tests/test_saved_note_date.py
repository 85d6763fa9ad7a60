"""The position editor's "Saved · version N · when" says the date when it is not today
(review s30 F9: a brief last saved eleven months ago read "Saved · version 3 · 09:20:00",
as if saved this morning)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.services.store_setup import create_store
from tests.prepare_fixtures import open_store, show_tab

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _store(path: Path) -> tuple[int, int]:
    """Two briefs: one saved now, one last saved on 6 January 2026."""
    from adgsom_desktop.domain.models import Position

    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    try:
        event = svc.events.save_event(title="6th ADGMIN and related meetings")
        meeting = svc.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", date=date(2026, 1, 12)
        )
        old = svc.agenda.add_item(meeting.id, "Draft ADM 2026-2030")
        new = svc.agenda.add_item(meeting.id, "Cross-border data flows")
        for item in (old, new):
            svc.positions.save(item.id, PositionContent(objective="Support"))
        with svc.ctx.write() as s:
            p = s.query(Position).filter_by(item_id=old.id).one()
            p.updated_at = datetime(2026, 1, 6, 2, 20)  # UTC, as the store keeps it
        return old.id, new.id
    finally:
        svc.close()


def test_saved_note_gives_the_date_unless_today(qtbot: Any, window: Any, tmp_path: Path) -> None:
    old, new = _store(tmp_path / "dates.adgsom")
    open_store(qtbot, window, tmp_path / "dates.adgsom")
    editor = show_tab(qtbot, window, "item", old, "positionEditor")
    qtbot.waitUntil(lambda: "version 1" in editor.state.note, timeout=5000)
    assert re.search(r"\b6 Jan 2026 \d\d:\d\d$", editor.state.note), editor.state.note
    editor = show_tab(qtbot, window, "item", new, "positionEditor")
    qtbot.waitUntil(lambda: editor.item_id == new and "version 1" in editor.state.note)
    assert re.search(r"version 1 · \d\d:\d\d:\d\d$", editor.state.note), editor.state.note
