"""Child process for tests/test_atomic_writes.py: a writer that is killed half-way.

``python -m tests.atomic_child MODE TARGET...``; prints ``ready`` once the
temporaries are written (and, for ``durable``, committed), then sleeps until it
is killed.  MODE: ``one`` (atomic_output of TARGET), ``staged`` (every TARGET),
``durable`` (every TARGET through a commit record, killed before the renames),
``pack`` (a briefing pack of the store TARGET[0] to TARGET[1], killed just
before the files take their names).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def _hold() -> None:  # pragma: no cover - runs in a child process
    print("ready", flush=True)
    time.sleep(600)


def main() -> None:  # pragma: no cover - runs in a child process
    mode, targets = sys.argv[1], [Path(p) for p in sys.argv[2:]]
    from adgsom_desktop.storage import atomic

    if mode == "one":
        with atomic.atomic_output(targets[0], "test") as tmp:
            tmp.write_bytes(b"CONFIDENTIAL half-written")
            _hold()
    elif mode == "staged":
        with atomic.staged("test") as stage:
            for t in targets:
                stage.write(t, b"CONFIDENTIAL " + t.name.encode())
            _hold()
    elif mode == "durable":
        from adgsom_desktop.storage import atomic_sweep

        def stop(_record: Path, _moves: object = None) -> None:
            _hold()

        atomic_sweep.roll_forward = stop  # killed right after the commit record
        atomic.roll_forward = stop  # type: ignore[attr-defined]
        with atomic.staged("test", durable_in=targets[0].parent) as stage:
            for t in targets:
                stage.write(t, b"NEW " + t.name.encode())
    elif mode == "pack":
        from adgsom_desktop.reports.pack_model import Section
        from adgsom_desktop.services import pack_files
        from adgsom_desktop.services.container import Services
        from adgsom_desktop.services.pack_records import PackRequest

        real = atomic.Staged.place

        def place(self: atomic.Staged) -> None:
            if self.kind == "pack":
                _hold()
            real(self)

        atomic.Staged.place = place  # type: ignore[method-assign]
        _ = pack_files
        svc = Services.open(targets[0])
        event = svc.events.events()[0].id
        request = PackRequest(
            event_id=event, sections=(Section.COVER, Section.AGENDA), recipients=("HoD", "Aide")
        )
        svc.packs.issue(request, targets[1])


if __name__ == "__main__":
    main()
