"""The live team view's delay: one member's commit to another app's change bus (#16 item 1).

Two apps (two ``Services`` on the same team store, on a throwaway server), as two
members: A saves a note ``--edits`` times (100 by default), one at a time; B listens
(``ServiceContext.listen_to_others``, the thread the GUI starts) and its bus hears
each change.  The delay of one edit runs from the moment A asks its transaction to
commit (psycopg's ``commit`` called in A's thread: the ORM writes and the driver-level
note edit both end there) to B's bus delivering the change.  The notice is sent inside
A's transaction, so the server delivers it as the commit completes, sometimes before
A's ``commit`` call has returned: timing from the call's start keeps every delay
positive and includes the commit itself.

``--screen`` measures the issue's figure as well: to B's screen.  B is the window's
notes list (``NotesView`` fed by the change relay, as in the app): the delay runs from
A's commit call to B's list showing the edited row (its model's ``dataChanged``, after
the relay's hop to the GUI thread and the view's re-read of the note).

The floor is the tool underneath: the same UPDATE and a ``pg_notify`` committed on one
raw psycopg connection and received by another that LISTENs, the same number of
times.  Printed: the medians, the 90th percentiles, and the ratio; nothing asserted.

    python -m benchmarks.team_live [--edits 100] [--screen]
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass
class _Members:
    """A and B on one team store, and the note A edits."""

    a: Any
    b: Any
    meeting: Any
    item: Any
    note: Any
    committed: dict[str, float]

    def edit(self, n: int) -> float:
        """A edits the note (edit ``n + 1``); returns when A called its commit."""
        self.committed.pop("at", None)
        self.a.notes.edit(
            self.note.id,
            text=f"Viet Nam supports the annex (edit {n + 1})",
            kind=self.note.kind,
            item_id=self.item.id,
            speaker_delegation_id=None,
        )
        return self.committed["at"]


@contextmanager
def _two_members(url: str) -> Iterator[_Members]:
    """A and B (two ``Services``) on the store at ``url``, a meeting with one note, and the
    time of each commit call made in this thread (psycopg's ``commit``, A's writes)."""
    import psycopg

    from adgsom_desktop.domain.enums import MeetingKind
    from adgsom_desktop.services.container import Services

    a = Services.open(url, actor="Somchai (aide)")
    b = Services.open(url, actor="Malee (head)")
    committed: dict[str, float] = {}
    main = threading.get_ident()
    plain_commit = psycopg.Connection.commit

    def timed_commit(conn: Any) -> None:
        if threading.get_ident() == main:
            committed["at"] = time.perf_counter()
        plain_commit(conn)

    psycopg.Connection.commit = timed_commit  # type: ignore[method-assign,assignment]
    try:
        ev = a.events.save_event(title="6th ADGMIN and related meetings")
        meeting = a.events.save_meeting(
            event_id=ev.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
        )
        item = a.agenda.add_item(meeting.id, "ASEAN Digital Masterplan 2026-2030")
        note = a.notes.add(meeting.id, "Viet Nam supports the annex", item_id=item.id)
        yield _Members(a, b, meeting, item, note, committed)
    finally:
        psycopg.Connection.commit = plain_commit  # type: ignore[method-assign]
        a.close()
        b.close()


def app_delays(url: str, edits: int) -> tuple[list[float], int]:
    """Seconds from A's commit to B's bus, per edit; and how many echoes A heard."""
    from adgsom_desktop.services.changes import ChangeKind

    heard = threading.Event()
    heard_at: dict[int, float] = {}
    echoes: list[Any] = []

    def on_b(change: Any) -> None:
        if change.kind is ChangeKind.NOTES and not change.records:
            for i in change.ids:
                heard_at[i] = time.perf_counter()
            heard.set()

    def on_a(change: Any) -> None:
        if change.kind is ChangeKind.NOTES and not change.records:
            echoes.append(change)  # A's own change coming back through the feed

    with _two_members(url) as m:
        m.a.bus.subscribe(on_a)
        m.b.bus.subscribe(on_b)
        stop_a = m.a.ctx.listen_to_others()
        stop_b = m.b.ctx.listen_to_others()
        try:
            delays: list[float] = []
            for n in range(edits):
                heard.clear()
                heard_at.pop(m.note.id, None)
                start = m.edit(n)
                if not heard.wait(10):
                    raise RuntimeError(f"B did not hear edit {n + 1} within 10 s")
                delays.append(heard_at[m.note.id] - start)
                time.sleep(0.01)
            time.sleep(0.5)  # any echo would have arrived by now
            return delays, len(echoes)
        finally:
            stop_a()
            stop_b()


def screen_delays(url: str, edits: int) -> list[float]:
    """Seconds from A's commit call to B's notes list showing the edit, per edit."""
    from PySide6.QtWidgets import QApplication

    from adgsom_desktop.ui.room.notes_view import NotesView
    from adgsom_desktop.ui.shell.change_relay import ChangeRelay

    app = QApplication.instance() or QApplication([])
    with _two_members(url) as m:
        view = NotesView(m.b, None)
        view.show_record(m.meeting.id)
        relay = ChangeRelay(m.b.bus)
        relay.changed.connect(view.on_change)
        shown: dict[str, float] = {}
        view.model.dataChanged.connect(lambda *_a: shown.__setitem__("at", time.perf_counter()))
        stop = m.b.ctx.listen_to_others()
        try:
            delays: list[float] = []
            for n in range(edits):
                shown.pop("at", None)
                start = m.edit(n)
                end = time.perf_counter() + 10
                while "at" not in shown:
                    app.processEvents()
                    if time.perf_counter() > end:
                        raise RuntimeError(f"B's list did not show edit {n + 1} within 10 s")
                    time.sleep(0.0002)
                delays.append(shown["at"] - start)
                time.sleep(0.01)
            relay.detach()
            view.deleteLater()
            return delays
        finally:
            stop()


def floor_delays(url: str, edits: int) -> list[float]:
    """The same round trip on raw connections: UPDATE + pg_notify committed on one, heard
    by a thread LISTENing on another (as the app's listener thread does)."""
    import psycopg

    listener = psycopg.connect(url, autocommit=True)
    writer = psycopg.connect(url)
    heard = threading.Event()
    arrived: dict[str, float] = {}
    stop = threading.Event()

    def listen() -> None:
        while not stop.is_set():
            for _note in listener.notifies(timeout=0.5):
                arrived["at"] = time.perf_counter()
                heard.set()

    thread = threading.Thread(target=listen, daemon=True)
    try:
        listener.execute("LISTEN bench_floor")
        thread.start()
        note_id = writer.execute("SELECT min(id) FROM note").fetchone()[0]  # type: ignore[index]
        writer.commit()
        delays: list[float] = []
        for n in range(edits):
            heard.clear()
            writer.execute("UPDATE note SET text = %s WHERE id = %s", (f"floor {n}", note_id))
            writer.execute("SELECT pg_notify('bench_floor', %s)", (str(n),))
            start = time.perf_counter()  # as for the app: from the commit's call
            writer.commit()
            if not heard.wait(10):
                raise RuntimeError("the floor's notice did not arrive")
            delays.append(arrived["at"] - start)
            time.sleep(0.01)
        return delays
    finally:
        stop.set()
        thread.join(2)
        listener.close()
        writer.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--screen", action="store_true", help="also to B's notes list")
    args = parser.parse_args()
    from adgsom_desktop.services.store_setup import create_store

    from . import pg_server

    server = pg_server.start()
    try:
        url = server.create_database()
        create_store(url, our_delegation_code="TH", title="Live view").close()
        app, echoes = app_delays(url, args.edits)
        screen = screen_delays(url, args.edits) if args.screen else []
        floor = floor_delays(url, args.edits)
    finally:
        server.stop()
    ms = 1000.0
    med_app, med_floor = statistics.median(app), statistics.median(floor)
    print(f"edits: {args.edits}; echoes A heard of its own edits: {echoes}")
    print(
        f"A's commit -> B's bus: median {med_app * ms:.2f} ms, p90 "
        f"{_percentile(app, 0.9) * ms:.2f} ms, max {max(app) * ms:.2f} ms"
    )
    if screen:
        print(
            f"A's commit -> B's notes list: median {statistics.median(screen) * ms:.2f} ms, "
            f"p90 {_percentile(screen, 0.9) * ms:.2f} ms, max {max(screen) * ms:.2f} ms"
        )
    print(
        f"floor (raw UPDATE+pg_notify commit -> LISTEN): median {med_floor * ms:.2f} ms, p90 "
        f"{_percentile(floor, 0.9) * ms:.2f} ms"
    )
    print(f"ratio (median): {med_app / med_floor:.1f}x")


if __name__ == "__main__":
    main()
