"""Text typed just before the store goes away is in the store afterwards (review3 item 0).

The team live test logged "save failed ... The store is closed" at teardown: the
position editor's focus-out autosave ran after the store was closed.  These tests
type into a brief (and into live mode) and, without waiting for the autosave,
quit, close the store, switch to another store or lock; the text must be in the
store when it is opened again.  The last test is the teardown case: a brief the
store refused, the user agreed to lose it, the window goes away: nothing more is
tried on the closed store and nothing is logged as a failure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.common import confirm
from tests.prepare_fixtures import open_store, show_tab, type_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]

THAI = "ไทยสนับสนุนร่างแผนแม่บท โดยขอให้มีการทบทวนกลางรอบ"


def _store(path: Path) -> Path:
    svc = Services.for_store(create_store(path, our_delegation_code="TH", title="Thai delegation"))
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    meeting = svc.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        short_title="6th ADGSOM",
        date=date(2026, 1, 12),
    )
    svc.agenda.add_item(meeting.id, "Draft ASEAN Digital Masterplan 2026-2030")
    svc.close()
    return path


def _lock(window: Any) -> None:
    from adgsom_desktop.ui.security.security_feature import SecurityFeature

    feature = next(f for f in window.features if isinstance(f, SecurityFeature))
    assert feature.lock.lock("on demand")


def _stored_objective(window: Any, path: Path) -> str:
    if window.services is not None and window.services.locator.path == path:  # locked
        rec = window.services.positions.get(1)
        return rec.content.objective if rec is not None else ""
    again = Services.open(path)
    try:
        rec = again.positions.get(1)
        return rec.content.objective if rec is not None else ""
    finally:
        again.close()


LEAVES: dict[str, Callable[[Any, Any, Path], None]] = {
    "quit": lambda _qtbot, window, _tmp: window.close(),
    "close store": lambda _qtbot, window, _tmp: window.close_store(),
    "switch store": lambda qtbot, window, tmp: open_store(qtbot, window, _store(tmp / "b.adgsom")),
    "lock": lambda _qtbot, window, _tmp: _lock(window),
}


@pytest.mark.parametrize("leave", list(LEAVES))
def test_a_brief_typed_just_before_leaving_is_in_the_store(
    qtbot: Any, window: Any, tmp_path: Path, leave: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = _store(tmp_path / "a.adgsom")
    open_store(qtbot, window, path)
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    type_text(editor.form.objective, THAI)
    assert editor.autosave.pending  # no timer has saved it yet
    with caplog.at_level(logging.WARNING):
        LEAVES[leave](qtbot, window, tmp_path)
        qtbot.wait(50)  # the focus moves, timers would fire
    assert _stored_objective(window, path) == THAI
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_note_typed_in_live_mode_just_before_quitting_is_in_the_store(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    path = _store(tmp_path / "a.adgsom")
    open_store(qtbot, window, path)
    room = next(f for f in window.features if hasattr(f, "start_live_at"))
    room.start_live_at(1, None)
    qtbot.waitUntil(lambda: room.live is not None and room.live.isVisible(), timeout=5000)
    type_text(room.live.text, "Việt Nam ủng hộ dự thảo")
    window.close()
    again = Services.open(path)
    try:
        assert [n.text for n in again.notes.notes(1)] == ["Việt Nam ủng hộ dự thảo"]
    finally:
        again.close()


def test_a_refused_brief_given_up_on_closing_is_not_tried_again_on_the_closed_store(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from adgsom_desktop.errors import ConflictError

    path = _store(tmp_path / "a.adgsom")
    services = open_store(qtbot, window, path)
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    calls: list[int] = []

    def refuse(*_a: Any, **_k: Any) -> Any:
        calls.append(1)
        raise ConflictError("Someone else saved this brief meanwhile.")

    monkeypatch.setattr(services.positions, "save_brief", refuse)
    type_text(editor.form.objective, THAI)
    assert editor.flush()  # handed over; the store's answer is a refusal
    qtbot.waitUntil(lambda: editor.state.failed, timeout=5000)
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _y: asked.append(text) or True)
    with caplog.at_level(logging.WARNING):
        window.close_store()  # tried once more, then "Close this store anyway...?" - yes
        assert window.services is None and "could not be saved" in asked[-1]
        tried = len(calls)
        assert not editor.autosave.pending and not editor.state.retrying
        editor.setFocus()
        window.nav.setFocus()  # focus leaves the form, the backoff timer would fire
        editor.state._on_timer()
        qtbot.wait(50)
    assert len(calls) == tried  # nothing tried on the closed store
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
