"""The app's log is a plain file outside the (encrypted) store: it never holds a part of a
document.  Found: a view failing on a change logged the change whole, and a change carries
the records the write left (a brief's red line, a note's text) - into ``app.log``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.services.store_setup import create_store

RED_LINE = "ZqRedLineXv: no binding data localisation commitment"
NOTE = "ZqNoteXv: Viet Nam will not join the consensus"


def test_a_failing_view_logs_no_text_of_the_change(
    store_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    svc = Services.for_store(create_store(store_path, our_delegation_code="TH"))
    try:
        event = svc.events.save_event(title="6th ADGMIN", city="Hanoi")
        meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="SOM")
        item = svc.agenda.add_item(meeting.id, "Digital data governance")
        seen: list[Any] = []

        def broken_view(change: Any) -> None:
            seen.append(change)
            raise RuntimeError("the view failed")

        svc.bus.subscribe(broken_view)
        with caplog.at_level(logging.INFO):
            svc.positions.save(item.id, PositionContent(objective="Adopt", red_line=RED_LINE))
            svc.notes.add(meeting.id, NOTE)
        # the changes did carry the text (so the test can fail)...
        assert any(RED_LINE in repr(c.records) for c in seen)
        assert any(NOTE in repr(c.records) for c in seen)
        # ...and the log says which change failed, never what it held
        logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
        assert "change listener failed" in logged
        assert "ZqRedLineXv" not in logged and "ZqNoteXv" not in logged
        assert "ZqRedLineXv" not in caplog.text and "ZqNoteXv" not in caplog.text
    finally:
        svc.close()
