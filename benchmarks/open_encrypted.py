"""Opening an encrypted store against opening the same store plain.

Moved here from the tests (#13: measured, not asserted).  Both sides open a small
store through ``Services.open`` and read its events (the first query), then close
it: the floor a plain store, the app the same store encrypted with a passphrase.
The ratio is the cost of encryption at open, almost all of it SQLCipher's key
derivation (PBKDF2-SHA512, 256,000 rounds), paid once per open.  No goal: it is
what a passphrase costs, reported so that a change to it shows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from .harness import Case, Env, Run, Side, stopwatch

PASSPHRASE = "correct horse battery staple"


def _store(env: Env, passphrase: str | None) -> Path:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    path = env.work / ("open-secret.adgsom" if passphrase else "open-plain.adgsom")
    if not path.exists():
        svc = Services.for_store(
            create_store(path, passphrase=passphrase, our_delegation_code="TH")
        )
        try:
            svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
        finally:
            svc.close()
    return path


def _side(passphrase: str | None, label: str) -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.services.container import Services

        path = _store(env, passphrase)

        def run() -> float:
            with stopwatch() as elapsed:
                svc = Services.open(path, passphrase)
                svc.events.events()
            svc.close()
            return elapsed()

        yield run

    return Side(label, factory)


CASES = [
    Case(
        name="open_encrypted",
        title="Open an encrypted store and read its events (against the same store plain)",
        unit="ms",
        goal=None,
        floor=_side(None, "Services.open of the plain store, its events read"),
        app=_side(PASSPHRASE, "Services.open of the encrypted store (one key derivation)"),
        how="a small store; the ratio is the key derivation's cost at open",
    ),
]
