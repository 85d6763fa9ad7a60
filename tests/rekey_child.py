"""Child process: encrypt a store, or change its passphrase, and be killed at a set moment.

``python -m tests.rekey_child OPERATION MOMENT STORE PASSPHRASE [NEW]``:
OPERATION ``encrypt`` or ``rekey``; MOMENT ``before`` (every copy written and
checked, the commit record not yet written) or ``after`` (the commit record
written, no file renamed yet).  Prints ``ready`` at that moment and sleeps until
it is killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any


def _hold(*_args: Any) -> Any:  # pragma: no cover - runs in a child process
    print("ready", flush=True)
    time.sleep(600)


def main() -> None:  # pragma: no cover - runs in a child process
    operation, moment, store, passphrase = sys.argv[1:5]
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage import atomic

    if moment == "before":
        atomic.write_commit = _hold  # type: ignore[attr-defined]
    else:
        atomic.roll_forward = _hold  # type: ignore[attr-defined]
    if operation == "encrypt":
        svc = Services.open(Path(store))
        svc.security.encrypt(passphrase, passphrase)
    else:
        svc = Services.open(Path(store), passphrase)
        svc.security.change_passphrase(passphrase, sys.argv[5], sys.argv[5])


if __name__ == "__main__":
    main()
