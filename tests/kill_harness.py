"""The kill harness for issue 11: kill -9 during the close checkpoint, encrypt, passphrase
change, backup and pack, then measure what the next start finds.

Each round forks a child from a warm zygote (``tests/crash_harness.py``) that adds a few
notes (each logged once the service confirmed it) and then runs one operation; the
parent kills it at a random moment after the operation began (uniform over a little
more than the operation's measured duration, so kills land before, inside and just
after it).  Then it does what the next start of the app does (``sweep_recorded``, then
open the store) and counts:

- lost edits: a confirmed note missing or changed, a confirmed encryption or
  passphrase change not in force, a store that no longer opens or fails its check;
- plaintext files: beside an encrypted store (its folder and backups folder), a file
  that is a plain SQLite database or holds a note's text; a plain backup beside an
  encrypted store, or an encrypted one beside a plain store (half an encryption);
- leftover temporaries after the next start: the app's temporaries, journals, lock
  files and ledger records; for packs, a PDF in the output folder that is not in the
  distribution register.

``python -m tests.kill_harness --kills 50`` runs the full count (about 4 minutes on
2 cores) and writes ``tests/artifacts/kill_harness.txt``; the suite runs a smaller
count (``tests/test_kill_harness.py``).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import random
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("close", "encrypt", "rekey", "backup", "pack")
PASS = "harness-passphrase-one"  # no space: the zygote reads words
NEW = "harness-passphrase-two"
MAGIC = b"SQLite format 3\x00"
# First guesses of each operation's duration (seconds); measured rounds replace them.
GUESS = {"close": 0.02, "encrypt": 0.3, "rekey": 0.3, "backup": 0.1, "pack": 1.5}


class Zygote:
    """The warm parent of the children (``python -m tests.crash_harness``)."""

    def __init__(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_harness"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=str(ROOT),
            env=env,
        )
        assert self._read() == "ready"

    def _read(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def _send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def run(
        self, seed: int, store: Path, log: Path, passphrase: str, key: str, mode: str, extra: str
    ) -> int:
        self._send(f"run {seed} {store} {log} {passphrase or '-'} {key or '-'} {mode} {extra}")
        word, pid = self._read().split()
        assert word == "pid"
        return int(pid)

    def reap(self) -> int:
        self._send("reap")
        _, status = self._read().split()
        return int(status)

    def ended_by_itself(self, log: Path) -> str:
        """The failure message for a round whose child was not killed: why it ended
        (its stderr, e.g. a traceback) and the last lines of its log."""
        from tests.crash_harness import child_stderr

        try:
            tail = log.read_text().splitlines()[-6:]
        except FileNotFoundError:
            tail = []
        err = child_stderr(str(log)).strip() or "(nothing on its stderr)"
        return f"the child ended by itself; its log ends {tail}; its stderr:\n{err}"

    def close(self) -> None:
        self._send("quit")
        self.proc.wait(timeout=10)


@dataclass
class Tally:
    kind: str
    kills: int = 0
    before: int = 0  # killed before the operation began (while adding notes)
    during: int = 0  # killed while the operation ran
    after: int = 0  # killed after the operation returned
    cut_short: int = 0  # close: kills that left a checkpoint cut short (header > file)
    left_by_kill: int = 0  # rounds whose kill left temporaries (before the next start)
    finished: int = 0  # rounds killed after a commit record: the next start finished them
    taken_back: int = 0  # rounds killed after files were placed, before their transaction
    seconds: float = 0.0
    confirmed: int = 0
    lost: list[str] = field(default_factory=list)
    plaintext: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.kind:<8} kills {self.kills:>3} (before {self.before}, during {self.during}, "
            f"after {self.after}"
            + (f"; checkpoints cut short {self.cut_short}" if self.kind == "close" else "")
            + f"), edits confirmed {self.confirmed}, lost edits {len(self.lost)}, "
            f"plaintext files {len(self.plaintext)}, temporaries left by the kill in "
            f"{self.left_by_kill} round(s) (finished by the next start {self.finished}, taken "
            f"back {self.taken_back}), leftover temporaries after the next start "
            f"{len(self.leftovers)} [{self.seconds:.0f} s]"
        )


# -- keys and stores ----------------------------------------------------------------------------

_KEYS: dict[tuple[bytes, str], Any] = {}


def key_for(path: Path, passphrase: str) -> Any:
    from adgsom_desktop.storage import keys

    salt = keys.file_salt(path)
    if (salt, passphrase) not in _KEYS:
        _KEYS[(salt, passphrase)] = keys.derive(passphrase, salt)
    return _KEYS[(salt, passphrase)]


def _hex(key: Any) -> str:
    return "" if key is None else key.key.hex() + key.salt.hex()


def make_store(path: Path, passphrase: str | None, backups: int) -> None:
    from adgsom_desktop.domain.enums import MeetingKind
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    svc = Services.for_store(create_store(path, passphrase=passphrase, our_delegation_code="TH"))
    try:
        event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
        meeting = svc.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM"
        )
        svc.agenda.add_item(meeting.id, "Digital data governance")
        for _ in range(backups):
            svc.backups.backup()
    finally:
        svc.close()


def _plain(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == MAGIC


def _notes(svc: Any) -> dict[int, str]:
    from tests.crash_harness import digest

    with svc.ctx.read() as s:
        rows = s.connection().exec_driver_sql("SELECT id, text FROM note").fetchall()
    return {int(r[0]): digest(r[1]) for r in rows}


# -- one kind -------------------------------------------------------------------------------


class Kind:
    """The store(s) a kind works on, and its checks after each kill."""

    def __init__(self, kind: str, work: Path, rnd: random.Random) -> None:
        self.kind, self.work, self.rnd = kind, work, rnd
        self.encrypted = kind in ("rekey", "backup", "pack")
        self.template = work / "template"
        self.template.mkdir(parents=True)
        make_store(self.template / "ours.adgsom", PASS if self.encrypted else None, backups=2)
        self.fresh_each_round = kind in ("encrypt", "rekey")
        self.folder = work / "store"
        shutil.copytree(self.template, self.folder)
        self.out = work / "packs"
        self.out.mkdir()
        self.passphrase = PASS if self.encrypted else ""
        self.expected: dict[int, str] = {}

    @property
    def store(self) -> Path:
        return self.folder / "ours.adgsom"

    def new_round(self) -> None:
        if self.fresh_each_round:
            from adgsom_desktop.domain.locator import Locator
            from adgsom_desktop.services.audit_anchor import forget

            shutil.rmtree(self.folder)
            shutil.copytree(self.template, self.folder)
            # a store replaced by an older copy on purpose: its audit anchor would say so
            forget(Locator.file(self.store))
            self.passphrase = PASS if self.encrypted else ""
            self.expected = {}

    def extra(self) -> str:
        if self.kind == "encrypt":
            return PASS
        if self.kind == "rekey":
            return NEW
        if self.kind == "pack":
            return str(self.out)
        return "-"

    def key(self) -> str:
        return _hex(key_for(self.store, self.passphrase)) if self.passphrase else ""


def _kill_moment(
    rnd: random.Random, log: Path, mode: str, aim: str, estimate: float, pid: int
) -> bool:
    """Wait for the moment aimed at in the child's log, then a random part of what follows.

    ``aim``: ``try`` (anywhere in the operation), ``stage`` (once it writes files),
    ``place`` (once it renames them into place: the commit of an encryption).  False:
    the child ended (it could not open the store) without beginning the operation.
    """
    deadline = time.monotonic() + 60
    target = f"try {mode}" if aim == "try" else f"mark {aim} "
    text = ""
    while time.monotonic() < deadline:
        try:
            text = log.read_text()
        except FileNotFoundError:
            text = ""
        if target in text:
            if mode == "close" and rnd.random() < 0.5:  # the checkpoint writes, then fsyncs
                time.sleep(rnd.uniform(0, 0.15 * estimate))
            else:
                time.sleep(rnd.uniform(0, 1.25 * estimate))
            return True
        if f"ok {mode} " in text:
            return True  # the aimed moment never came (an older app): killed after it
        if _gone(pid):
            return False
        time.sleep(0.0002)
    raise AssertionError(f"the child never began its {mode}: {text[-500:]}")


def _estimate(durations: dict[str, list[float]], aim: str, kind: str) -> float:
    """How long the operation runs after the moment aimed at (median of earlier rounds)."""
    seen = durations.get(aim) or []
    if seen:
        return max(statistics.median(seen), 0.001)
    return GUESS[kind] * (1.0 if aim == "try" else 0.3)


def _durations(lines: list[str], mode: str, into: dict[str, list[float]]) -> None:
    """From a finished round: the time from each mark to the end of the operation."""
    done = [ln for ln in lines if ln.startswith(f"ok {mode} ")]
    if not done:
        return
    total = float(done[0].split()[2])
    into.setdefault("try", []).append(total)
    for ln in lines:
        if ln.startswith("mark "):
            _, name, at = ln.split()
            into.setdefault(name, []).append(max(total - float(at), 0.0))


def _gone(pid: int) -> bool:
    """The (unreaped) child has exited: a zombie in /proc."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] == "Z"
    except (OSError, IndexError):
        return True


def _hidden(folder: Path) -> list[Path]:
    """The app's temporaries (hidden files), journals and lock files in ``folder``."""
    if not folder.is_dir():
        return []
    return [
        p
        for p in folder.iterdir()
        if p.name.startswith(".") or p.name.endswith(("-journal", ".lock"))
    ]


def _cut_short(store: Path) -> bool:
    """The main file is shorter than its header says while a WAL is beside it."""
    try:
        header = store.read_bytes()[:100]
        size = store.stat().st_size
        wal = os.path.getsize(f"{store}-wal")
    except OSError:
        return False
    page = struct.unpack(">H", header[16:18])[0]
    pages = struct.unpack(">I", header[28:32])[0]
    return wal > 0 and pages * page > size


def run_kind(kind: str, kills: int, work: Path, seed: int = 20261206) -> Tally:
    """``kills`` rounds of one kind; the figures in a ``Tally``."""
    from adgsom_desktop.storage import atomic
    from tests.crash_harness import MARKER

    started = time.monotonic()
    rnd = random.Random(seed + KINDS.index(kind))
    state = Kind(kind, work, rnd)
    tally = Tally(kind)
    durations: dict[str, list[float]] = {}
    zygote = Zygote()
    try:
        for r in range(kills):
            state.new_round()
            log = work / f"round-{r}.log"
            aim = "try" if kind == "close" else rnd.choice(("try", "stage", "place"))
            estimate = _estimate(durations, aim, kind)
            pid = zygote.run(
                rnd.randrange(10**6),
                state.store,
                log,
                state.passphrase,
                state.key(),
                kind,
                state.extra(),
            )
            began = _kill_moment(rnd, log, kind, aim, estimate, pid)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            status = zygote.reap()
            if not began:  # the child could not even open the store (or failed): lost
                tally.lost.append(f"{kind} round {r}: the store no longer opens for the app")
                if not state.fresh_each_round:
                    break
                continue
            assert os.WIFSIGNALED(status), f"{kind} round {r}: {zygote.ended_by_itself(log)}"
            tally.kills += 1
            lines = log.read_text().splitlines()
            began = any(ln == f"try {kind}" for ln in lines)
            done = [ln for ln in lines if ln.startswith(f"ok {kind} ")]
            _durations(lines, kind, durations)
            if done:
                tally.after += 1
            elif began:
                tally.during += 1
            else:
                tally.before += 1
            if kind == "close" and _cut_short(state.store):
                tally.cut_short += 1
            folders = (state.folder, state.folder / "ours.adgsom-backups", state.out)
            left = [p for f in folders for p in _hidden(f) if not p.name.endswith(".lock")]
            tally.left_by_kill += bool(left)
            tally.finished += any(".~adgsom-commit-" in p.name for p in left)
            tally.taken_back += any(".~adgsom-undo-" in p.name for p in left)
            _check_round(state, tally, r, lines, bool(done), atomic, MARKER)
    finally:
        zygote.close()
    tally.seconds = time.monotonic() - started
    return tally


def _check_round(
    state: Kind, tally: Tally, r: int, lines: list[str], done: bool, atomic: Any, marker: str
) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.backup import list_backups, verify_copy
    from adgsom_desktop.storage.store import Store

    kind, store = state.kind, state.store
    if os.environ.get("KILL_HARNESS_KEEP"):  # look at a failed round: the state it left
        keep = Path(os.environ["KILL_HARNESS_KEEP"]) / f"{kind}-{r}"
        shutil.copytree(state.folder, keep, dirs_exist_ok=True)
    confirmed = {int(p[2]): p[3] for ln in lines if (p := ln.split())[:2] == ["ok", "add"]}
    tally.confirmed += len(confirmed) + (1 if done else 0)
    state.expected.update(confirmed)
    where = f"{kind} round {r}"

    getattr(atomic, "sweep_recorded", lambda: None)()  # the next start of the app or a command
    # Which passphrase opens it now; the operation's own outcome first.
    if kind == "encrypt":
        candidates = ["", PASS] if _plain(store) else [PASS]
    elif kind == "rekey":
        candidates = [PASS, NEW]
    else:
        candidates = [state.passphrase]
    svc = None
    errors = []
    for candidate in candidates:
        try:
            key = key_for(store, candidate) if candidate else None
            svc = Services.for_store(Store.open(store, key))
            opened_with = candidate
            break
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
    if svc is None:
        tally.lost.append(f"{where}: the store opens with no passphrase it may have: {errors}")
        return
    try:
        report = svc.store_info.check()
        if not report.ok:
            tally.lost.append(f"{where}: check: {report.problems}")
        notes = _notes(svc)
        for note_id, text in state.expected.items():
            if notes.get(note_id) != text:
                tally.lost.append(f"{where}: confirmed note {note_id} lost")
        register = {row.sha256 for row in svc.packs.register().rows}
    finally:
        svc.close()
    state.passphrase = opened_with
    if done and kind == "encrypt" and not opened_with:
        tally.lost.append(f"{where}: a confirmed encryption is not in force")
    if done and kind == "rekey" and opened_with != NEW:
        tally.lost.append(f"{where}: a confirmed passphrase change is not in force")

    backups = list_backups(store)
    for b in backups:  # one key for the store and every backup; no plain one if encrypted
        if _plain(b.path) != (not opened_with):
            (tally.plaintext if opened_with else tally.lost).append(
                f"{where}: {b.path.name} is {'plain' if _plain(b.path) else 'encrypted'}"
            )
            continue
        try:
            verify_copy(b.path, key_for(b.path, opened_with) if opened_with else None)
        except Exception as exc:
            tally.lost.append(f"{where}: backup {b.path.name} unusable: {exc}")
    if opened_with:
        secret = marker.encode()
        for p in sorted(state.folder.rglob("*")):
            if p.is_file() and (_plain(p) or secret in p.read_bytes()):
                tally.plaintext.append(f"{where}: {p.relative_to(state.folder)}")

    for folder in (state.folder, state.folder / "ours.adgsom-backups", state.out):
        tally.leftovers += [f"{where}: {p.name}" for p in _hidden(folder)]
    ledger = atomic.ledger_dir() if hasattr(atomic, "ledger_dir") else None
    if ledger is not None and ledger.is_dir():
        tally.leftovers += [f"{where}: ledger {p.name}" for p in ledger.iterdir()]
    for pdf in state.out.glob("*.pdf"):
        if hashlib.sha256(pdf.read_bytes()).hexdigest() not in register:
            tally.leftovers.append(f"{where}: {pdf.name} is not in the register")


def run_all(kills: int, kinds: tuple[str, ...] = KINDS, work: Path | None = None) -> list[Tally]:
    base = Path(work or tempfile.mkdtemp(prefix="kill-harness-"))
    return [run_kind(kind, kills, base / kind) for kind in kinds]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50, help="kills per kind (50)")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=KINDS)
    args = parser.parse_args(argv)
    import logging

    logging.disable(logging.WARNING)  # "temporaries of an interrupted encrypt removed": expected
    home = Path(tempfile.mkdtemp(prefix="kill-harness-home-"))
    os.environ["ADGSOM_DESKTOP_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    tallies = run_all(args.kills, tuple(args.kinds), home / "work")
    lines = [t.line() for t in tallies]
    total = sum(len(t.lost) + len(t.plaintext) + len(t.leftovers) for t in tallies)
    lines.append(f"{sum(t.kills for t in tallies)} kills in {time.monotonic() - started:.0f} s")
    for t in tallies:
        lines += t.lost[:5] + t.plaintext[:5] + t.leftovers[:5]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    artifacts = ROOT / "tests" / "artifacts"
    artifacts.mkdir(parents=True, exist_ok=True)
    (artifacts / "kill_harness.txt").write_text(text)
    shutil.rmtree(home, ignore_errors=True)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
