"""Opening another store while the open one has an edit the store refuses.

Opening another store asks first when edits could not be saved ("Close this store
anyway and lose them?").  But the other store opens in the background (a team store:
seconds), and the user keeps working meanwhile: a save refused *during* the open was
dropped without a question when the new store took over.  Now the question comes when
the new store is ready: "no" keeps the store and the text on screen (the new store is
closed again, never shown); "yes" switches.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.ui.common import confirm
from tests.prepare_fixtures import open_store, show_tab, type_text
from tests.test_save_failures import THAI, Refuse, _store, quick_retries_and_yes  # noqa: F401

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _slow_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Opening a store waits for the returned event (a team store's server, far away)."""
    gate = threading.Event()
    real = Services.open.__func__  # type: ignore[attr-defined]

    def slow(cls: Any, *args: Any, **kwargs: Any) -> Any:
        assert gate.wait(20)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(Services, "open", classmethod(slow))
    return gate


@pytest.mark.parametrize("answer", [False, True])
def test_a_save_refused_while_another_store_opens_is_asked_about(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    first = services.agenda.items(1)[0].id
    editor = show_tab(qtbot, window, "item", first, "positionEditor")
    other = _store(tmp_path / "other.adgsom")
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _y: asked.append(text) or answer)
    gate = _slow_open(monkeypatch)

    window.controller.open_path(other)  # nothing unsaved yet: no question
    assert window.controller.working and asked == []
    Refuse(monkeypatch, services.positions, "save_brief")  # meanwhile: the disk fills
    type_text(editor.form.objective, THAI)
    qtbot.waitUntil(lambda: editor.state.failed, timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: not window.controller.working, timeout=20_000)

    assert len(asked) == 1 and "could not be saved" in asked[0]
    if not answer:  # kept: the store, the brief, the text
        assert window.services is services and not services.ctx.store.closed
        assert editor.form.objective.markup() == THAI and editor.state.failed
        monkeypatch.setattr(confirm, "ask", lambda *_a: True)
    else:
        assert window.services is not services and window.services.locator.path == other


def test_an_edit_already_agreed_to_lose_is_not_asked_about_twice(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refused before the open: asked once, at the start ("yes"); the same edit, still
    refused (the backoff timer tried it again meanwhile), is not asked about again when
    the other store is ready."""
    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    first = services.agenda.items(1)[0].id
    editor = show_tab(qtbot, window, "item", first, "positionEditor")
    other = _store(tmp_path / "other.adgsom")
    refuse = Refuse(monkeypatch, services.positions, "save_brief")
    type_text(editor.form.objective, THAI)
    qtbot.waitUntil(lambda: editor.state.failed, timeout=5000)
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _y: asked.append(text) or True)
    gate = _slow_open(monkeypatch)

    window.controller.open_path(other)
    assert window.controller.working and len(asked) == 1
    tried = refuse.calls
    qtbot.waitUntil(lambda: refuse.calls > tried, timeout=5000)  # retried, refused again
    gate.set()
    qtbot.waitUntil(lambda: not window.controller.working, timeout=20_000)
    assert len(asked) == 1 and window.services.locator.path == other
