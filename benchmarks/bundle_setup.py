"""The set-up the bundle benchmarks share (#17): a sending store and fresh receiving stores.

``bundle_exchange`` (the case) and ``bundle_profile`` (where its time goes) run the same
exchange: the aide's store (a copy of the generated store, or of the demo) with a key,
and for each run a fresh receiving store of the same delegation with the head's key,
each store knowing the other's public key.  The Argon2id key derivations of the key
passphrases run once per key, outside the time (slow on purpose, the same for any
bundle: ``keys_cached``).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .harness import Env

PASSPHRASE = "benchmark key passphrase"


def busiest_meeting(path: Path) -> int:
    """The meeting with the most notes in the store at ``path``."""
    from adgsom_desktop.storage import sqlite_driver

    conn = sqlite_driver.connect(path)
    try:
        row = conn.execute(
            "SELECT meeting_id FROM note GROUP BY meeting_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        return int(row[0])
    finally:
        conn.close()


def remove_store(env: Env, name: str) -> Path:
    """``name``'s store file in the work folder, gone with its side files and backups."""
    target = env.work / f"{name}.adgsom"
    for leftover in env.work.glob(f"{name}.adgsom*"):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()
    return target


def fresh_store(env: Env, name: str, title: str = "Receiving store") -> Path:
    """A new empty store of the delegation (any earlier one of that name removed)."""
    from adgsom_desktop.services.store_setup import create_store

    target = remove_store(env, name)
    create_store(target, our_delegation_code="TH", title=title).close()
    return target


def insert_rows(dst: Any, table: str, cur: Any, verb: str = "INSERT") -> int:
    """The floor's write: the rows of the DB-API cursor ``cur`` (a ``SELECT *``) into
    ``table`` with one ``executemany``; how many."""
    rows = cur.fetchall()
    if rows:
        cols = [d[0] for d in cur.description]
        marks = ", ".join("?" for _ in cols)
        dst.executemany(f"{verb} INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)
    return len(rows)


def copy_rows(src: Any, dst: Any, statements: Iterable[tuple[str, str]], key: int) -> None:
    """The floor of ``bundle_exchange`` and ``trip_exchange``: each ``(table, SELECT *)``
    of ``statements`` run on ``src`` with ``key`` and its rows written into ``dst``."""
    for table, sql in statements:
        insert_rows(dst, table, src.execute(sql, (key,)))


def member(svc: Any, name: str) -> int:
    """One of the store's own members (made when it has none)."""
    th = svc.delegations.our_delegation()
    ours = svc.delegations.our_members()
    if ours:
        return int(ours[0].id)
    return int(svc.delegations.save_person(delegation_id=th.id, full_name=name).id)


@contextlib.contextmanager
def own_home(env: Env) -> Iterator[None]:
    """The app's settings, data and cache in the run's own folder (``ADGSOM_DESKTOP_HOME``),
    as a user's: never the machine's real settings folder.  Without it every store a
    benchmark made left its audit anchor in ``~/.config/ADGSOM Desktop/audit-anchors``
    (1,672 files on the development machine), and each anchor write lists that folder for
    stale temporaries: the app side paid ~2 ms per listing for stores no user has."""
    import os

    from adgsom_desktop.paths import ENV_HOME

    before = os.environ.get(ENV_HOME)
    os.environ[ENV_HOME] = str(env.work / "home")
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENV_HOME, None)
        else:
            os.environ[ENV_HOME] = before


@contextlib.contextmanager
def keys_cached() -> Iterator[None]:
    """Each key's passphrase derived once (Argon2id), on its first use."""
    from unittest import mock

    from adgsom_desktop.services.sync import crypto

    unlocked: dict[bytes, Any] = {}
    real_unlock = crypto.unlock

    def cached_unlock(sealed: Any, passphrase: str, who: str = "this member") -> Any:
        if sealed.sealed not in unlocked:
            unlocked[sealed.sealed] = real_unlock(sealed, passphrase, who)
        return unlocked[sealed.sealed]

    with mock.patch.object(crypto, "unlock", cached_unlock):
        yield


@dataclass(frozen=True)
class Sender:
    services: Any  # the aide's store (Services)
    key_id: int  # the aide's key
    meeting: int  # the busiest meeting there


@dataclass(frozen=True)
class Receiver:
    services: Any  # the head's fresh store (Services)
    key_in_sender: int  # the head's public key, as the aide's store knows it


@contextlib.contextmanager
def sender(source: Path) -> Iterator[Sender]:
    """The aide's store at ``source`` (a copy: it is written to), its key unlocked.
    Inside ``keys_cached``."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    svc = Services.for_store(Store.open(source), actor="aide")
    try:
        meeting = busiest_meeting(source)
        aide = svc.keys.create(member(svc, "Benchmark Aide"), PASSPHRASE, PASSPHRASE).id
        svc.keys.unlock(aide, PASSPHRASE)
        yield Sender(svc, aide, meeting)
    finally:
        svc.close()


@contextlib.contextmanager
def receiver(env: Env, aide: Sender, name: str) -> Iterator[Receiver]:
    """A fresh store of the head, with their key; each store knows the other's public
    key; the head's key unlocked.  Inside ``keys_cached``."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    svc = Services.for_store(Store.open(fresh_store(env, name)), actor="head")
    try:
        head = svc.keys.create(member(svc, "Benchmark Head"), PASSPHRASE, PASSPHRASE).id
        head_there = aide.services.keys.import_public(svc.keys.export_public(head))
        svc.keys.import_public(aide.services.keys.export_public(aide.key_id))
        svc.keys.unlock(head, PASSPHRASE)
        yield Receiver(svc, head_there.id)
    finally:
        svc.close()


def exchange(aide: Sender, head: Receiver, out: Path) -> Any:
    """What *Send a bundle…* and *Open a bundle…* do, minus typing: the busiest meeting
    exported sealed to the head, opened and imported (no backup).  Returns the sent
    bundle (``BundleSent``)."""
    sent = aide.services.bundles.export(
        aide.meeting,
        out,
        sender_key_id=aide.key_id,
        sender_passphrase=PASSPHRASE,
        to_key_id=head.key_in_sender,
        overwrite=True,  # the benchmark's runs take turns on two files
    )
    opened = head.services.bundles.open(sent.path, key_passphrase=PASSPHRASE)
    head.services.bundles.import_opened(opened, backup=False)
    return sent
