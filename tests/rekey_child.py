"""Child process: encrypt a store, or change its passphrase, and be killed at a set moment.

``python -m tests.rekey_child OPERATION MOMENT STORE PASSPHRASE [NEW]``:
OPERATION ``encrypt`` or ``rekey``; MOMENT ``before`` (every copy written and
checked, the commit record not yet written), ``after`` (the commit record
written, no file renamed yet) or ``wiped`` (the commit record written and the
store file overwritten with zeros, its new copy not yet renamed over it).
Prints ``ready`` at that moment and sleeps until it is killed (``kill_at``, the
parent's side).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _hold(*_args: Any) -> Any:  # pragma: no cover - runs in a child process
    print("ready", flush=True)
    time.sleep(600)


def _hold_after_wiping(store: Path) -> None:  # pragma: no cover - runs in a child process
    """Hold once the store file itself has been overwritten with zeros by the roll forward
    (the wipe of each replaced file, then its rename: ``atomic_sweep.roll_forward``)."""
    from adgsom_desktop.storage import atomic_sweep

    wipe_open = atomic_sweep.wipe_open

    def wipe_then_hold(path: Path, fd: int | None = None) -> None:
        wipe_open(path, fd)
        if Path(path) == store:
            _hold()

    atomic_sweep.wipe_open = wipe_then_hold  # type: ignore[assignment]


def main() -> None:  # pragma: no cover - runs in a child process
    operation, moment, store, passphrase = sys.argv[1:5]
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage import atomic

    if moment == "before":
        atomic.write_commit = _hold  # type: ignore[attr-defined]
    elif moment == "after":
        atomic.roll_forward = _hold  # type: ignore[attr-defined]
    else:
        _hold_after_wiping(Path(store).absolute())
    if operation == "encrypt":
        svc = Services.open(Path(store))
        svc.security.encrypt(passphrase, passphrase)
    else:
        svc = Services.open(Path(store), passphrase)
        svc.security.change_passphrase(passphrase, sys.argv[5], sys.argv[5])


def kill_at(operation: str, moment: str, store: Path, *args: str) -> None:
    """Run the child (``OPERATION MOMENT STORE ARGS...``) and kill -9 it at ``MOMENT``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.rekey_child", operation, moment, str(store), *args],
        cwd=str(ROOT),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        proc.kill()
        raise AssertionError(proc.stderr.read())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    proc.stderr.close()


if __name__ == "__main__":
    main()
