"""Held writes landing when the team store's server returns (#16 item 2).

On a throwaway server: 10 notes are written, the server is stopped, and ``--writes``
writes (100 by default: 90 new notes and 10 corrections of the first notes) are handed
to the operation runner as the GUI hands them; each is held in the outbox (on disk).
The server is started again; the clock starts when ``pg_ctl start`` has returned
(the server accepts connections) and stops when the replay has committed every held
write (the outbox is empty).  In the app, the runner's retry timer adds its wait
before the first try (1 s, 2 s, 5 s, then 10 s between tries while the server is
away): printed apart.

The floor is the same writes made through the same services with the server up
(``notes.add`` / ``notes.edit`` one by one): what the replay adds is a look-up of each
new note's UUID, a version check per correction, and the outbox file rewritten after
each write.  Printed: both times, per write, and the ratio; nothing asserted.

    python -m benchmarks.team_offline [--writes 100]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from typing import Any


def _meeting(services: Any) -> int:
    from adgsom_desktop.domain.enums import MeetingKind

    event = services.events.save_event(title="6th ADGMIN and related meetings")
    meeting = services.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        short_title="6th ADGSOM",
        date=date(2026, 1, 12),
    )
    return int(meeting.id)


def run(writes: int) -> dict[str, float]:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.outbox import HeldOffline, Outbox, note_add, note_edit
    from adgsom_desktop.services.records import NewNote
    from adgsom_desktop.services.runner import OpRunner
    from adgsom_desktop.services.store_setup import create_store
    from benchmarks import pg_server

    os.environ.setdefault("ADGSOM_DESKTOP_HOME", tempfile.mkdtemp(prefix="adgsom-bench-"))
    edits = max(1, writes // 10)
    adds = writes - edits
    text = "ไทยสนับสนุนร่างกรอบ พร้อมข้อสังเกตเรื่องงบประมาณ · Viet Nam supports the draft {}"
    with pg_server.running() as server:
        url = server.create_database()
        create_store(url, our_delegation_code="TH", title="Bench").close()
        services = Services.open(url, actor="bench")
        try:
            meeting_id = _meeting(services)
            # The floor: the same writes, server up, straight through the services.
            firsts = [services.notes.add(meeting_id, f"first {n}") for n in range(edits)]
            start = time.perf_counter()
            for n in range(adds):
                services.notes.add(meeting_id, text.format(n))
            for note in firsts:
                services.notes.edit(
                    note.id,
                    text=f"corrected {note.id}",
                    kind=note.kind,
                    item_id=None,
                    speaker_delegation_id=None,
                )
            floor = time.perf_counter() - start

            targets = [services.notes.add(meeting_id, f"second {n}") for n in range(edits)]
            runner = OpRunner()
            outbox = runner.outbox = Outbox.for_services(services)
            down = server.halt()
            assert down.returncode == 0, down.stderr
            held = [note_add(NewNote(meeting_id, text.format(n))) for n in range(adds)]
            held += [note_edit(n, text=f"corrected offline {n.id}") for n in targets]
            tickets = [runner.submit(lambda: None, hold=w) for w in held]
            runner.wait(120)
            assert all(isinstance(t.error, HeldOffline) for t in tickets)
            assert outbox.held == writes
            up = server.resume()
            assert up.returncode == 0, up.stderr
            start = time.perf_counter()
            while outbox.held:
                done = runner.call(outbox.replay)
                assert not done.conflicts
            replay = time.perf_counter() - start
            total = len(services.notes.notes(meeting_id))
            assert total == 2 * edits + 2 * adds, total
            runner.close()
        finally:
            services.close()
    return {"writes": writes, "replay_s": replay, "floor_s": floor}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=100)
    args = parser.parse_args()
    r = run(args.writes)
    n = r["writes"]
    print(f"{int(n)} held writes (90% new notes, 10% corrections), server back -> all committed")
    print(
        f"  replay:          {r['replay_s'] * 1000:8.1f} ms  ({r['replay_s'] * 1000 / n:.2f} ms/write)"
    )
    print(
        f"  floor (online):  {r['floor_s'] * 1000:8.1f} ms  ({r['floor_s'] * 1000 / n:.2f} ms/write)"
    )
    print(f"  ratio:           {r['replay_s'] / r['floor_s']:8.2f}x")
    print("  + in the app, the retry timer's wait before the try: 1 s, 2 s, 5 s, then 10 s")


if __name__ == "__main__":
    main()
