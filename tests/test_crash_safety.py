"""Crash safety: kill -9 the app at random moments during scripted edits.

The child (tests/crash_harness.py) edits a store through the services and
logs each edit before ("try") and after the service confirmed it ("ok").
After every kill the store must pass SQLite's integrity check and the app's
own check (audit chain included), and hold every confirmed edit: a note's
text is its last confirmed text, or the text of an edit that was under way
when the kill came.  Kills: 150 on a plain store, 50 on an encrypted one
whose passphrase the script also changes (some kills aimed at the change's
commit and renames); the store must then open with the passphrase of the last
change begun or with the one before it.  The figures are written to
tests/artifacts/crash_harness_*.txt.
"""

from __future__ import annotations

import os
import random
import signal
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage import backup, keys
from adgsom_desktop.storage.store import Store
from tests.conftest import ARTIFACTS
from tests.crash_harness import digest
from tests.kill_harness import Zygote as BaseZygote
from tests.rekey_child import kill_at

pytestmark = pytest.mark.slow


@dataclass
class Tally:
    kills: int = 0
    confirmed: int = 0
    lost: list[str] = field(default_factory=list)
    in_flight_landed: int = 0
    rekeys: int = 0
    rekeys_tried: int = 0
    mid_rename: int = 0  # kills that found the store file zeroed, its re-keyed copy not yet in


class Zygote(BaseZygote):
    """The harness's zygote, running the edits scenario (``tests/crash_harness.py``)."""

    def run(self, seed: int, store: Path, log: Path, passphrase: str) -> int:  # type: ignore[override]
        key = ""
        if passphrase:
            k = _key(store, passphrase)
            key = k.key.hex() + k.salt.hex()
        return super().run(seed, store, log, passphrase, key, "edits", "-")


def _make_store(path: Path, passphrase: str | None) -> None:
    store = create_store(path, passphrase=passphrase, our_delegation_code="TH")
    svc = Services.for_store(store)
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    svc.agenda.add_item(meeting.id, "Digital data governance")
    svc.close()


def _state(svc: Any) -> tuple[dict[int, tuple[str, bool]], tuple[int, str]]:
    """Every note (text digest, deleted) and the position (version, objective digest)."""
    with svc.ctx.read() as s:
        rows = s.connection().exec_driver_sql("SELECT id, text, deleted_at FROM note").fetchall()
    notes = {r[0]: (digest(r[1]), r[2] is not None) for r in rows}
    pos = svc.positions.get(svc.agenda.items(svc.events.meetings()[0].id)[0].id)
    return notes, ((pos.version_no, digest(pos.content.objective)) if pos else (0, ""))


def _verify_round(
    lines: list[str],
    before: tuple[dict[int, tuple[str, bool]], tuple[int, str]],
    after: tuple[dict[int, tuple[str, bool]], tuple[int, str]],
    tally: Tally,
) -> None:
    notes_before, _ = before
    notes_after, (pos_version, pos_digest) = after
    # What each note may read now: its last confirmed text, or a later attempted one.
    allowed: dict[int, set[str]] = {i: {d} for i, (d, _) in notes_before.items()}
    deleted: dict[int, set[bool]] = {i: {gone} for i, (_, gone) in notes_before.items()}
    pos_allowed: set[str] = set()
    pos_min = before[1][0]
    pending_add: str | None = None
    for line in lines:
        parts = line.split()
        if parts[:2] == ["try", "add"]:
            pending_add = parts[2]
        elif parts[:2] == ["ok", "add"]:
            tally.confirmed += 1
            allowed[int(parts[2])] = {parts[3]}
            deleted[int(parts[2])] = {False}
            pending_add = None
        elif parts[:2] == ["try", "edit"]:
            allowed[int(parts[2])].add(parts[3])
        elif parts[:2] == ["ok", "edit"]:
            tally.confirmed += 1
            allowed[int(parts[2])] = {parts[3]}
        elif parts[:2] == ["try", "del"]:
            deleted[int(parts[2])].add(True)
        elif parts[:2] == ["ok", "del"]:
            tally.confirmed += 1
            deleted[int(parts[2])] = {True}
        elif parts[:2] == ["try", "rekey"]:
            tally.rekeys_tried += 1
        elif parts[:2] == ["try", "pos"]:
            pos_allowed.add(parts[2])
        elif parts[:2] == ["ok", "pos"]:
            tally.confirmed += 1
            pos_min = int(parts[2])
            pos_allowed = {parts[3]}
        elif parts[0] == "ok":
            tally.confirmed += 1
            tally.rekeys += parts[1] == "rekey"
    for note_id, choices in allowed.items():
        if note_id not in notes_after:
            tally.lost.append(f"note {note_id} is gone")
            continue
        text, gone = notes_after[note_id]
        if text not in choices:
            tally.lost.append(f"note {note_id} lost its confirmed text")
        if gone not in deleted[note_id]:
            tally.lost.append(f"note {note_id}: deletion state {gone} not confirmed")
    extra = set(notes_after) - set(allowed)
    if extra:  # a note committed just before the kill, its "ok" never written
        assert len(extra) == 1 and pending_add is not None, (extra, pending_add)
        assert notes_after[extra.pop()][0] == pending_add
        tally.in_flight_landed += 1
    if pos_version < pos_min:
        tally.lost.append(f"position version {pos_version} < confirmed {pos_min}")
    if pos_allowed and pos_digest not in pos_allowed | {before[1][1]} and pos_version == pos_min:
        tally.lost.append("position lost its confirmed objective")


def _kill_rounds(tmp_path: Path, rounds: int, name: str, passphrase: str = "") -> Tally:
    store = tmp_path / "crash.adgsom"
    _make_store(store, passphrase or None)
    rnd = random.Random(20260112)
    tally = Tally()
    zygote = Zygote()
    current = passphrase
    placing: list[float] = []  # seconds from "mark rekey commit" to "mark rekey done"
    try:
        first = _open(store, current)
        try:
            before = _state(first)
        finally:
            first.close()
        for r in range(rounds):
            log = tmp_path / f"round-{r}.log"
            seed = rnd.randrange(10**6)
            pid = zygote.run(seed, store, log, current)
            rekey_round = bool(current) and seed % 4 == 0
            _wait_for_a_random_moment(rnd, log, rekey_round, placing)
            os.kill(pid, signal.SIGKILL)
            status = zygote.reap()
            assert os.WIFSIGNALED(status), (
                f"round {r} (status {status}): {zygote.ended_by_itself(log)}"
            )
            tally.kills += 1
            tally.mid_rename += _zeroed(store)
            lines = _lines(log)
            placing += _placing(lines)
            rekeys = [ln.split()[2] for ln in lines if ln.startswith(("try rekey", "ok rekey"))]
            candidates = [current]
            if rekeys:
                confirmed = [ln.split()[2] for ln in lines if ln.startswith("ok rekey")]
                candidates = (
                    [rekeys[-1]]
                    if confirmed and confirmed[-1] == rekeys[-1]
                    else [
                        rekeys[-1],
                        confirmed[-1] if confirmed else current,
                    ]
                )
            at_kill = _files(store)  # before the open finishes an interrupted write
            svc, current, errors = _open_any(store, candidates)
            assert svc is not None, (
                f"round {r}: the store opens with no passphrase it may have: {errors}; "
                f"the round's log ends {lines[-6:]}; at the kill, {at_kill}"
            )
            try:
                report = svc.store_info.check()
                assert report.ok, f"round {r}: {report.problems}"
                assert svc.audit.verify().ok
                after = _state(svc)
            finally:
                svc.close()
            _verify_round(lines, before, after, tally)
            assert not tally.lost, f"round {r}: {tally.lost}"
            before = after
    finally:
        zygote.close()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"crash_harness_{name}.txt").write_text(
        f"{name}: kills {tally.kills}, edits confirmed {tally.confirmed}, "
        f"edits lost {len(tally.lost)}, unconfirmed edits that landed {tally.in_flight_landed}, "
        f"passphrase changes begun {tally.rekeys_tried}, confirmed {tally.rekeys}, "
        f"killed with the store file zeroed before its re-keyed copy took its name "
        f"{tally.mid_rename}\n"
    )
    return tally


def _open_any(store: Path, candidates: list[str]) -> tuple[Any, str, list[str]]:
    """The store opened with the first candidate passphrase that opens it (the services,
    that passphrase); else None and, for each candidate, why it did not open."""
    errors = []
    for passphrase in candidates:
        try:
            return _open(store, passphrase), passphrase, errors
        except Exception as exc:  # each candidate's reason goes into the failure
            held = _KEYS.get((store, passphrase))
            salt = held.salt.hex() if held is not None else "-"
            errors.append(f"{passphrase} (key of salt {salt}): {type(exc).__name__}: {exc}")
    return None, "", errors


def _files(store: Path) -> str:
    """The files beside the store and in its backups folder (names, sizes, first bytes)."""
    out = []
    for folder in (store.parent, backup.backups_dir(store)):
        for p in sorted(folder.glob("*")) if folder.is_dir() else []:
            if p.is_file() and not p.name.startswith("round-"):
                with p.open("rb") as fh:
                    head = fh.read(16).hex()
                out.append(f"{p.name} {p.stat().st_size} {head}")
    return f"files: {out}"


def _zeroed(store: Path) -> bool:
    """Whether the store file begins with zeros (wiped, its replacement not yet renamed)."""
    with store.open("rb") as fh:
        return fh.read(16) == bytes(16)


def _placing(lines: list[str]) -> list[float]:
    """How long each finished passphrase change of a round took from its commit mark."""
    out, began = [], None
    for parts in (ln.split() for ln in lines):
        if parts[:3] == ["mark", "rekey", "commit"]:
            began = float(parts[3])
        elif parts[:3] == ["mark", "rekey", "done"] and began is not None:
            out.append(float(parts[3]) - began)
            began = None
    return out


def _lines(log: Path) -> list[str]:
    try:
        return log.read_text().splitlines()
    except FileNotFoundError:
        return []


def _wait_for_a_random_moment(
    rnd: random.Random, log: Path, rekey_round: bool, placing: list[float]
) -> None:
    """Pick the kill moment by the child's progress, not by the clock (CI may be slow).

    One round in six is killed while the store opens; the others after a random
    number of logged steps (each edit logs two), plus up to a few milliseconds, so
    kills land before, inside and after commits.  In a passphrase-change round the
    kill lands at a random moment after the change began, or (half of them) after it
    began to place its files: from its last fsyncs through its commit record, the
    zeroing of each old file and the rename of its copy, to the acknowledgement
    (``placing``: how long that took in earlier rounds; on a loaded machine the change
    itself can outlast the first range, which would then never reach its commit).
    """
    if rnd.random() < 1 / 6:
        time.sleep(rnd.uniform(0, 0.06))
        return
    target: tuple[int | str, float] = (rnd.randint(2, 36), 0.0)
    if rekey_round:
        target = ("try rekey", rnd.uniform(0, 0.8))
        if rnd.random() < 0.5:
            estimate = statistics.median(placing) if placing else 0.2
            target = ("mark rekey commit", rnd.uniform(0, 1.25 * estimate))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        lines = _lines(log)
        if isinstance(target[0], str):
            if any(ln.startswith(target[0]) for ln in lines):
                time.sleep(target[1])
                return
        elif len(lines) >= target[0]:
            time.sleep(rnd.uniform(0, 0.004))
            return
        time.sleep(0.001)


_KEYS: dict[tuple[Path, str], Any] = {}
_SALTS: dict[Path, bytes] = {}


def _key(store: Path, passphrase: str) -> Any:
    """The key derived once per passphrase, as the app holds it after its first open.

    The salt is the one the store had at that first open: a passphrase change keeps
    it (the app derives the new key with the salt of the key it holds).  It is never
    read again from the file: after a kill the file may be one whose passphrase change
    was committed but not finished (zeroed, its re-keyed copy not yet renamed over it),
    which only the next open finishes.
    """
    if store not in _SALTS:
        _SALTS[store] = keys.file_salt(store)
    key = _KEYS.get((store, passphrase))
    if key is None:
        key = _KEYS[(store, passphrase)] = keys.derive(passphrase, _SALTS[store])
    return key


def _open(store: Path, passphrase: str) -> Any:
    """Open as the app does after its first open (with the derived key)."""
    if not passphrase:
        return Services.for_store(Store.open(store))
    return Services.for_store(Store.open(store, _key(store, passphrase)))


def test_kill_9_during_edits_on_a_plain_store_loses_nothing(tmp_path: Path) -> None:
    tally = _kill_rounds(tmp_path, 150, "plain")
    assert tally.kills == 150
    assert tally.confirmed > 500  # the kills did land among edits
    assert tally.lost == []


def test_kill_9_on_an_encrypted_store_with_passphrase_changes(tmp_path: Path) -> None:
    tally = _kill_rounds(tmp_path, 50, "encrypted", "harness-pass-1")
    assert tally.kills == 50
    assert tally.confirmed > 100
    assert tally.rekeys_tried >= 5  # kills during a passphrase change
    assert tally.lost == []


def test_the_verifier_opens_a_store_killed_between_the_wipe_and_the_rename(tmp_path: Path) -> None:
    """A passphrase change killed after its commit, with the store file zeroed and its
    re-keyed copy not yet renamed over it: the next open finishes it, and the new
    passphrase opens the store.  The verifier must hold the key the app holds, not one
    derived from the zeroed header (it did: "the store opens with no passphrase it may
    have", with the new passphrase's key made from a salt of zeros)."""
    store = tmp_path / "crash.adgsom"
    _make_store(store, "harness-pass-1")
    _open(store, "harness-pass-1").close()  # the verifier's first open (_kill_rounds)
    kill_at("rekey", "wiped", store, "harness-pass-1", "harness-pass-2")
    assert _zeroed(store)
    svc, opened_with, errors = _open_any(store, ["harness-pass-2", "harness-pass-1"])
    assert svc is not None, errors
    svc.close()
    assert opened_with == "harness-pass-2"
