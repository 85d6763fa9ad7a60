"""Child process: the disk fills up while the store closes, so its checkpoint stops early.

``python -m tests.checkpoint_child STORE NOTES``: adds NOTES notes (each confirmed,
printed as ``ok <id>``), then lowers the file-size limit (RLIMIT_FSIZE, SIGXFSZ
ignored: writes fail with EFBIG as on a full disk) to a few pages above the main
file's size and closes the store.  SQLite's checkpoint at close copies the WAL's
pages into the main file in page order: the first page (whose header counts
every page) is written, the file cannot grow, the checkpoint stops.  The WAL
keeps everything.  The limit applies to this process only.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path


def main() -> None:  # pragma: no cover - runs in a child process
    store, count = Path(sys.argv[1]), int(sys.argv[2])
    from adgsom_desktop.services.container import Services

    svc = Services.open(store)
    meeting = svc.events.meetings()[0].id
    for n in range(count):
        rec = svc.notes.add(meeting, f"Confirmed note {n}: " + "ສະໜັບສະໜູນ " * 150)
        print(f"ok {rec.id}", flush=True)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    limit = os.path.getsize(store) + 2 * 4096
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    svc.close()  # the checkpoint fails part-way (the disk is "full")
    print("closed", flush=True)


if __name__ == "__main__":
    main()
