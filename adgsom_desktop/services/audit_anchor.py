"""The audit chain's anchor, kept outside the table it protects (#12).

The chain's head (the newest entry's id and hash) is also a setting in the store,
which someone editing the file can delete together with the newest entries.  So
the head and the chain's length are kept outside the store as well:

- in a file per store beside the settings (``<config>/audit-anchors/<key>.json``,
  the key a digest of the store's path or address), moved on as the chain grows:
  at most ``INTERVAL`` seconds after a commit moved the chain's head (on a timer
  thread: a commit never waits for the file), and always at close, at a backup, a
  restore, a merge (``advance``) and an acceptance;
- beside every backup (``<backup>.anchor``: the head of the chain the copy holds),
  and in the backups folder after a restore or a new store at that path
  (``<store>.<time>.<why>.anchor``).

The open, ``audit --verify`` and ``check`` compare the store with both (the file,
and the newest anchor of the backups folder): a chain that no longer holds the
anchored entry, or holds fewer entries, was cut.  The open warns and never
blocks; from then on this app leaves the anchor as it was (the evidence), until a
restore writes a new one or the user accepts the log as it is (audited).

Ids run from 1 without gaps (an entry's id is in its hash; ``verify`` reports a
gap), so the chain's length is its head's id.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.locator import Locator
from ..domain.models import AuditEntry
from ..paths import config_dir
from ..storage import atomic, backup

log = logging.getLogger(__name__)

FOLDER = "audit-anchors"
SUFFIX = ".anchor"
INTERVAL = 2.0  # seconds a commit's new head may wait before the file is written
KIND = "anchor"  # atomic-write kind


@dataclass(frozen=True)
class Anchor:
    entries: int
    head_id: int
    head_hash: str
    written_at: str = ""
    why: str = ""
    where: str = ""  # where it was read from, in words (for messages)


def anchors_dir() -> Path:
    return config_dir() / FOLDER


def anchor_file(locator: Locator) -> Path:
    key = hashlib.sha256(locator.remembered.encode("utf-8")).hexdigest()[:32]
    return anchors_dir() / f"{key}.json"


def folder_of(locator: Locator) -> Path | None:
    """The backups folder of a store file (None for a team store)."""
    return backup.backups_dir(locator.file_path()) if locator.is_file else None


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _write(path: Path, anchor: Anchor, store: str) -> None:
    data = {
        "store": store,
        "entries": anchor.entries,
        "head_id": anchor.head_id,
        "head_hash": anchor.head_hash,
        "written_at": anchor.written_at or _now(),
        "why": anchor.why,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(path, json.dumps(data, indent=1).encode("utf-8"), KIND)


def _read(path: Path, where: str) -> Anchor | None:
    """The anchor in ``path``; None when there is none (an unreadable file reads as an
    anchor of nothing: it never passes for a longer chain)."""
    try:
        data = json.loads(path.read_text("utf-8"))
        return Anchor(
            int(data["entries"]),
            int(data["head_id"]),
            str(data["head_hash"]),
            str(data.get("written_at", "")),
            str(data.get("why", "")),
            where,
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Anchor(0, 0, "", "", "unreadable", where)


def read_file_anchor(locator: Locator) -> Anchor | None:
    return _read(anchor_file(locator), "the anchor kept beside the settings")


def newest_folder_anchor(locator: Locator) -> Anchor | None:
    """The newest anchor of the store's backups folder (a backup's, a restore's)."""
    folder = folder_of(locator)
    if folder is None or not folder.is_dir():
        return None
    found: list[Anchor] = []
    for path in folder.glob(f"*{SUFFIX}"):
        name = path.name[: -len(SUFFIX)]
        what = f"the backup {name}" if name.endswith(backup.BACKUP_SUFFIX) else name
        anchor = _read(path, f"the anchor beside {what}")
        if anchor is not None:
            found.append(anchor)
    return max(found, key=lambda a: a.written_at, default=None)


def write_backup_anchor(backup_path: Path, anchor: Anchor, store: Path) -> None:
    """Beside a backup just made (a failure is logged: the backup stands without it)."""
    try:
        _write(Path(str(backup_path) + SUFFIX), anchor, str(store))
        _prune_marks(backup_path.parent)
    except OSError as exc:
        log.warning("the audit anchor beside %s was not written: %s", backup_path.name, exc)


def remove_backup_anchor(backup_path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        Path(str(backup_path) + SUFFIX).unlink()


def _write_mark(locator: Locator, anchor: Anchor) -> None:
    """An anchor in the backups folder that belongs to no backup (a restore, a new store)."""
    folder = folder_of(locator)
    if folder is None or not folder.is_dir():
        return
    name = f"{locator.file_path().name}.{backup.timestamp()}.{anchor.why}{SUFFIX}"
    _write(folder / name, anchor, locator.display)
    _prune_marks(folder)


def _prune_marks(folder: Path) -> None:
    """Marks older than the newest anchor of the folder say nothing any more."""
    anchors = [(p, _read(p, "")) for p in folder.glob(f"*{SUFFIX}")]
    dated = [(p, a) for p, a in anchors if a is not None]
    if not dated:
        return
    newest = max(a.written_at for _, a in dated)
    for path, a in dated:
        is_mark = not path.name[: -len(SUFFIX)].endswith(backup.BACKUP_SUFFIX)
        if is_mark and a.written_at < newest:
            with contextlib.suppress(OSError):
                path.unlink()


def forget(locator: Locator, why: str = "new") -> None:
    """A new store (or a rescued one) at ``locator``: the anchors of whatever was there
    before say nothing about it.  The next open anchors the chain it finds."""
    try:
        with contextlib.suppress(FileNotFoundError):
            anchor_file(locator).unlink()
        _write_mark(locator, Anchor(0, 0, "", why=why))
    except OSError as exc:  # a read-only settings folder: the new store opens all the same
        log.warning("the old audit anchors of %s were not cleared: %s", locator.display, exc)


# -- comparing a store with an anchor ----------------------------------------------------


def tip(s: Session | Any) -> tuple[int, str] | None:
    row = s.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row is not None else None


def compare(s: Session, anchor: Anchor) -> str | None:
    """What is wrong with the store's chain against ``anchor`` (None: it holds it)."""
    if anchor.why == "unreadable":
        return f"{anchor.where} cannot be read: the audit log cannot be checked against it"
    if anchor.entries <= 0:
        return None
    top = tip(s)
    top_id = top[0] if top is not None else 0
    held = f"{anchor.where} ({anchor.written_at[:19].replace('T', ' ')} UTC) records"
    if top_id < anchor.head_id:
        return (
            f"the newest entries ({top_id + 1}-{anchor.head_id}) were removed: {held} "
            f"{anchor.entries:,} entries"
        )
    found = s.scalar(select(AuditEntry.hash).where(AuditEntry.id == anchor.head_id))
    if found != anchor.head_hash:
        return (
            f"the audit log was rewritten or the store replaced: entry {anchor.head_id} is "
            f"not the one {held} as its newest"
        )
    return None


def problems(s: Session, locator: Locator) -> list[str]:
    """The store's chain against the anchor beside the settings and the newest anchor
    of its backups folder."""
    found: list[str] = []
    for anchor in (read_file_anchor(locator), newest_folder_anchor(locator)):
        if anchor is not None:
            problem = compare(s, anchor)
            if problem is not None and problem not in found:
                found.append(problem)
    return found


def _start_timer(wait: float, fn: Callable[[], None]) -> threading.Timer:
    """Run ``fn`` on its own daemon thread in ``wait`` seconds (cancel() to call it off)."""
    timer = threading.Timer(wait, fn)
    timer.daemon = True
    timer.name = "adgsom-audit-anchor"
    timer.start()
    return timer


class AnchorKeeper:
    """Moves the anchor beside the settings on as this app extends the chain.

    ``check`` runs when the store opens; after a mismatch the keeper is *held*: it
    writes nothing (the anchor stays as evidence) until ``restart``.

    A commit only tells the keeper the chain's new head (``record``); the file is
    written on a timer thread at most ``INTERVAL`` seconds later, so no save waits for
    it (an atomic replace with its fsyncs: about 2 ms of CPU and tens of ms of disk,
    ``docs/performance.md``).  The timer lives no longer than the store: ``stop`` (the
    store's close, ``keep_anchor``) calls it off under the same lock as the timer's own
    write, so a timer still due when the store is closed and replaced at its path (a
    demo written over it, a new store, another store opened) never anchors the old
    chain beside the new store.
    """

    def __init__(self, locator: Locator, clock: Any = time.monotonic) -> None:
        self.locator = locator
        self.notice: str | None = None
        self._clock = clock
        # The file is named once: a timer firing after the settings folder changed
        # (another profile) writes where this store's anchor was kept, or nothing.
        self._file = anchor_file(locator)
        self._held = False
        self._head: tuple[int, str] | None = None
        self._dirty = False
        self._written = 0.0
        self._lock = threading.RLock()  # the timer's write, a flush and the stop in turn
        self._timer: Any = None  # the write due (a started ``_start_timer``), or None
        self._stopped = False  # the store closed: nothing more is written

    @property
    def held(self) -> bool:
        return self._held

    def check(self, s: Session) -> str | None:
        """At open: compare; a mismatch is said once (``notice``) and holds the anchor."""
        found = problems(s, self.locator)
        if found:
            self._held = True
            self.notice = (
                "The audit log was cut: "
                + "; ".join(found)
                + ". Tools > Verify audit log (or 'audit --verify') lists what is missing; "
                "restore a backup to see the original entries. The store is open as usual."
            )
            return self.notice
        top = tip(s)
        current = read_file_anchor(self.locator)
        if top is not None and (current is None or current.head_id != top[0]):
            self._head, self._dirty = top, True  # anchored at the next write or at close
        self._written = self._clock()
        return None

    def record(self, head: tuple[int, str]) -> None:
        """The chain's new head after a commit: written on the timer thread ``INTERVAL``
        after the previous write (at once when that is past), never by the commit."""
        with self._lock:
            if self._held or self._stopped:
                return
            self._head, self._dirty = head, True
            if self._timer is None:
                wait = max(0.0, INTERVAL - (self._clock() - self._written))
                self._timer = _start_timer(wait, self._on_time)

    def _on_time(self) -> None:
        with self._lock:
            if self._timer is None or self._stopped:  # called off (a flush, the close)
                return
            self._timer = None
            self._flush("write")

    def flush(self, why: str = "write") -> None:
        """Write the anchor now if the chain moved since the last write (a backup, a
        restore, a merge, the close); the timer's write is called off."""
        with self._lock:
            self._cancel()
            if not self._stopped:
                self._flush(why)

    def stop(self) -> None:
        """The store is closing: the timer is called off and nothing more is written.
        ``Services.close`` wrote what was due before closing the store; a store closed
        without it (a tool, a test) leaves the anchor behind the chain, never ahead of
        it or on another chain: the next open takes it up."""
        with self._lock:
            self._cancel()
            self._stopped = True

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _flush(self, why: str) -> None:
        if self._held or not self._dirty or self._head is None:
            return
        head_id, head_hash = self._head
        try:
            _write(self._file, Anchor(head_id, head_id, head_hash, why=why), self.locator.display)
        except OSError as exc:  # the commit stands; the anchor lags (said in the log)
            log.warning("the audit anchor of %s was not written: %s", self.locator.display, exc)
            return
        self._dirty = False
        self._written = self._clock()

    def advance(self, s: Session, why: str) -> Anchor | None:
        """The chain grew by a merge (a bundle, a trip brought back): anchor its new head at
        once, beside the settings and in the backups folder.  A held keeper writes nothing
        (a chain cut before the merge stays reported: the evidence is kept)."""
        with self._lock:
            anchor = None if self._held or self._stopped else self._flush_at(tip(s), why)
        return self._mark(anchor)

    def advance_recorded(self, why: str) -> bool:
        """``advance`` to the head the last commit told the keeper (``record``: a merge's
        own write), without reading the store again; False when none was told (the
        caller then ``advance``s with a read)."""
        with self._lock:
            if self._held or self._stopped:
                return True
            if self._head is None:
                return False
            anchor = self._flush_at(self._head, why)
        self._mark(anchor)
        return True

    def _flush_at(self, top: tuple[int, str] | None, why: str) -> Anchor | None:
        """Under the lock: ``top`` anchored beside the settings (its anchor, or None)."""
        if top is None:
            return None
        anchor = Anchor(top[0], top[0], top[1], _now(), why)
        self._head, self._dirty = top, True
        self.flush(why)
        return anchor

    def _mark(self, anchor: Anchor | None) -> Anchor | None:
        """``anchor`` in the backups folder too (outside the lock)."""
        if anchor is not None:
            try:
                _write_mark(self.locator, anchor)
            except OSError as exc:
                log.warning("the audit anchor of the backups folder was not written: %s", exc)
        return anchor

    def restart(self, s: Session, why: str) -> Anchor | None:
        """A new anchor for the chain as it is now (a restore, an acceptance): written
        beside the settings and in the backups folder; the keeper writes again."""
        with self._lock:
            self._held, self.notice = False, None
            top = tip(s)
            if top is None:
                self._cancel()
                self._dirty = False
                forget(self.locator, why)
                return None
            anchor = Anchor(top[0], top[0], top[1], _now(), why)
            self._head, self._dirty = top, True
            self.flush(why)
        try:
            _write_mark(self.locator, anchor)
        except OSError as exc:
            log.warning("the audit anchor of the backups folder was not written: %s", exc)
        return anchor


def keep_anchor(ctx: Any) -> None:
    """Give a just-opened store's context its keeper and compare the store with its
    anchors (a damaged store is not read: its own warning says more)."""
    keeper = AnchorKeeper(ctx.backend.locator)
    ctx.anchor = keeper
    ctx.backend.on_close(keeper.stop)  # its timer ends with the store, whoever closes it
    if ctx.backend.damaged is not None:
        keeper._held = True
        return
    try:
        with ctx.read() as s:
            keeper.check(s)
    except Exception as exc:  # never keep a store from opening
        keeper._held = True
        keeper.notice = f"The audit log could not be compared with its anchor: {exc}"
