"""The audit anchor is moved on by a timer thread, never by the commit (#13), and the
timer ends with its store.

A commit wrote the anchor file itself (an atomic replace with its fsyncs: about 2 ms of
CPU and tens of ms on a busy disk) whenever ``INTERVAL`` had passed, so a note typed
after a pause waited for it.  Written on a timer instead, a first version let a timer
still due when the store was closed and replaced at its path (``demo --overwrite``, a
new store, a restore) anchor the old chain beside the new store: the next open said
the new store's audit log was cut.  The timer is now called off by the store's close,
under the keeper's lock, and a write already under way finishes before the close goes on.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.demo.writer import write_demo
from adgsom_desktop.services import audit_anchor
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage.store import Store
from tests.test_audit_anchor import _anchor_files, _head, _notes, _store

TEXTS = ("Việt Nam ủng hộ", "ไทยขอเวลา", "ASEC to circulate rev.2")


class _Due:
    """A timer whose wait is over: ``fire`` runs its write even if it was cancelled,
    as a timer thread already past its wait (blocked on the keeper's lock) would."""

    def __init__(self, fn: Callable[[], None]) -> None:
        self.fn = fn
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class _Timers:
    """Stands in for ``audit_anchor._start_timer``: the writes due, run when the test
    says (the worst moment a loaded machine could pick)."""

    def __init__(self) -> None:
        self.due: list[_Due] = []

    def __call__(self, wait: float, fn: Callable[[], None]) -> _Due:
        timer = _Due(fn)
        self.due.append(timer)
        return timer

    def fire(self) -> None:
        for timer in self.due:
            timer.fn()


@pytest.fixture
def timers(monkeypatch: pytest.MonkeyPatch) -> _Timers:
    found = _Timers()
    monkeypatch.setattr(audit_anchor, "_start_timer", found)
    return found


def _anchored() -> list[tuple[int, str]]:
    return [
        (a["head_id"], a["head_hash"])
        for a in (json.loads(p.read_text("utf-8")) for p in _anchor_files())
    ]


def test_a_timer_due_when_the_store_is_replaced_never_anchors_the_old_chain(
    store_path: Path, timers: _Timers
) -> None:
    svc = _store(store_path)
    _notes(svc, *TEXTS)
    assert timers.due  # the commits left the write to the timer
    old = _head(store_path)
    svc.ctx.store.close()  # closed without the services' close (as a test or a tool does)
    assert all(timer.cancelled for timer in timers.due)  # the close called the write off
    store_path.unlink()
    create_store(store_path, our_delegation_code="TH").close()  # a new store at the path
    assert _anchored() == []  # its creation forgot the old chain's anchor

    timers.fire()  # the old store's timer comes due now

    assert old not in _anchored()
    svc = Services.open(store_path)
    try:
        assert svc.audit.anchor_notice() is None
        assert svc.audit.verify().ok
    finally:
        svc.close()


@pytest.mark.slow
def test_demo_overwrite_while_a_timer_is_due(demo_path: Path, timers: _Timers) -> None:
    """The case the full suite found: ``demo --overwrite`` over a store whose services
    were never closed, only its store."""
    with Store.open(demo_path) as store:
        Services.for_store(store).events.save_event(title="Old event, to be replaced")
    assert timers.due
    write_demo(demo_path, overwrite=True)
    timers.fire()
    svc = Services.open(demo_path)
    try:
        assert svc.audit.anchor_notice() is None
    finally:
        svc.close()


def test_a_restore_while_a_timer_is_due_anchors_the_restored_chain(
    store_path: Path, timers: _Timers
) -> None:
    svc = _store(store_path)
    _notes(svc, "kept")
    made = svc.backups.backup()
    _notes(svc, "lost by the restore", "this one too")
    assert timers.due
    svc.backups.restore(made.path)
    timers.fire()  # every write that was due, after the file was replaced
    assert _anchored() == [_head(store_path)]
    svc.close()
    svc = Services.open(store_path)
    try:
        assert svc.audit.anchor_notice() is None
        assert svc.audit.verify().ok
    finally:
        svc.close()


def test_a_note_never_waits_for_the_anchor_and_the_anchor_follows_on_its_own(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pause longer than ``INTERVAL`` before each note: no commit writes the file, and
    it follows the chain within ``INTERVAL`` with no further write and no close."""
    monkeypatch.setattr(audit_anchor, "INTERVAL", 0.2)
    writers: list[int] = []
    real = audit_anchor._write

    def spy(*args: Any) -> None:
        writers.append(threading.get_ident())
        real(*args)

    monkeypatch.setattr(audit_anchor, "_write", spy)
    svc = _store(store_path)
    try:
        for text in TEXTS:
            time.sleep(0.25)
            _notes(svc, text)
        assert threading.get_ident() not in writers  # no commit wrote the file
        head = _head(store_path)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _anchored() != [head]:
            time.sleep(0.05)
        assert _anchored() == [head]
    finally:
        svc.close()
    assert writers and threading.get_ident() not in writers[:-1]
