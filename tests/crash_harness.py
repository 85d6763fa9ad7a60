"""The child side of the kill harnesses (tests/test_crash_safety.py, tests/kill_harness.py).

Run as ``python -m tests.crash_harness``: a "zygote" that imports the app once,
then, for each line ``run SEED STORE LOG PASSPHRASE KEYHEX [MODE EXTRA]`` on stdin,
forks a child (its stderr into ``LOG.stderr``) that opens the store like the app does and either makes scripted
edits through the services, each handed to the operation runner as the GUI does,
until it is killed (MODE ``edits``; a passphrase change also logs ``mark rekey commit``
when it begins to place its files and ``mark rekey done`` once acknowledged), or adds a few notes and then runs one
operation (``close``, ``encrypt``, ``rekey``, ``backup``, ``pack``: see
``operation``) and waits to be killed.  Before each edit the child appends
``try ...`` to LOG; when the runner acknowledges it (committed: the GUI then shows
it as saved) it appends ``ok ...``: an ``ok`` line is an edit the app confirmed.  The zygote
answers ``pid N``; after the test's ``kill -9`` it reaps the child on
``reap`` and answers ``reaped STATUS``.  Forking from a warm process makes a
round cost milliseconds instead of an interpreter start.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import time
from collections.abc import Callable
from typing import Any


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


TEXTS = (
    "Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số",
    "ประเทศไทยสนับสนุนกรอบการกำกับดูแลข้อมูลดิจิทัล",
    "ກອບການຄຸ້ມຄອງຂໍ້ມູນດິຈິຕອນ",
    "ក្របខណ្ឌអភិបាលកិច្ចទិន្នន័យឌីជីថល",
    "ဒစ်ဂျစ်တယ်ဒေတာအုပ်ချုပ်မှုမူဘောင်",
    "Red line: no binding commitment on cross-border data flows before 2027",
)


def scenario(
    seed: int, store: str, log: str, passphrase: str, key: str
) -> None:  # pragma: no cover
    """Runs in the forked child until it is killed.

    ``key``: the key derived from ``passphrase`` (hex key + salt), as the app holds it
    after its first open; it spares each round the key derivation.
    """
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.position_records import PositionContent
    from adgsom_desktop.services.runner import OpRunner
    from adgsom_desktop.storage.keys import RawKey
    from adgsom_desktop.storage.store import Store

    started = time.monotonic()
    rnd = random.Random(seed)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def say(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    runner = OpRunner()

    def acknowledged(fn: Callable[[], Any], ok: Callable[[Any], str]) -> Any:
        """The edit through the runner; ``ok`` is said from its acknowledgement."""
        out: dict[str, Any] = {}

        def done(result: Any) -> None:
            out["r"] = result
            say(ok(result))

        ticket = runner.submit(fn, done=done)
        runner.wait()
        if ticket.error is not None:
            raise ticket.error
        return out["r"]

    opener = RawKey(bytes.fromhex(key[:64]), bytes.fromhex(key[64:])) if key else None
    services = Services.for_store(Store.open(store, opener), actor="harness")
    say(f"opened {time.monotonic() - started:.3f}")
    if passphrase:
        _mark_commits(say, "rekey", started)
    meeting = services.events.meetings()[0].id
    item = services.agenda.items(meeting)[0].id
    mine = [n.id for n in services.notes.notes(meeting)]
    n = 0
    while True:
        n += 1
        roll = rnd.random()
        if passphrase and n == 2 and seed % 4 == 0:
            roll = 1.0  # a passphrase change early in the round, while kills can land in it
        text = f"{rnd.choice(TEXTS)} #{seed}.{n}"
        if roll < 0.45 or not mine:
            say(f"try add {digest(text)}")
            rec = acknowledged(
                lambda t=text: services.notes.add(meeting, t, item_id=item),
                lambda r, t=text: f"ok add {r.id} {digest(t)}",
            )
            mine.append(rec.id)
        elif roll < 0.75:
            note = rnd.choice(mine)
            say(f"try edit {note} {digest(text)}")
            acknowledged(
                lambda i=note, t=text: services.notes.edit(
                    i, text=t, kind=rec_kind(), item_id=item, speaker_delegation_id=None
                ),
                lambda _r, i=note, t=text: f"ok edit {i} {digest(t)}",
            )
        elif roll < 0.82:
            note = mine.pop(rnd.randrange(len(mine)))
            say(f"try del {note}")
            acknowledged(lambda i=note: services.notes.delete(i), lambda _r, i=note: f"ok del {i}")
        elif roll < 0.95:
            say(f"try pos {digest(text)}")
            acknowledged(
                lambda t=text: services.positions.save(item, PositionContent(objective=t)),
                lambda p, t=text: f"ok pos {p.version_no} {digest(t)}",
            )
        elif roll < 0.97 or not passphrase:
            say("try backup")
            acknowledged(lambda: services.backups.backup("auto"), lambda _r: "ok backup")
        else:
            new = f"passphrase-{seed}.{n}"
            say(f"try rekey {new}")
            old = passphrase
            acknowledged(
                lambda o=old, w=new: services.security.change_passphrase(o, w),
                lambda _r, w=new: f"ok rekey {w}",
            )
            say(f"mark rekey done {time.monotonic() - started:.4f}")
            passphrase = new


MARKER = "ZQX-PLAINTEXT-MARKER"  # in every note of ``operation``: found in a file = plaintext


def operation(
    mode: str, seed: int, store: str, log: str, passphrase: str, key: str, extra: str
) -> None:  # pragma: no cover
    """Add a few notes (each ``ok add ID DIGEST`` once committed), then run one operation,
    logging ``try MODE`` before and ``ok MODE SECONDS`` after it, then wait for the kill.

    ``extra``: the new passphrase (encrypt, rekey) or the pack's output folder (pack).
    """
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.keys import RawKey
    from adgsom_desktop.storage.store import Store

    rnd = random.Random(seed)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def say(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    opener = RawKey(bytes.fromhex(key[:64]), bytes.fromhex(key[64:])) if key else None
    services = Services.for_store(Store.open(store, opener), actor="harness")
    say("opened")
    meeting = services.events.meetings()[0].id
    item = services.agenda.items(meeting)[0].id
    count = {"close": 30, "pack": 1}.get(mode, 3)  # close: a WAL of ~2 MB to checkpoint
    for n in range(count):
        text = f"{MARKER} {rnd.choice(TEXTS) * (6 if mode == 'close' else 1)} #{seed}.{n}"
        say(f"try add {digest(text)}")
        rec = services.notes.add(meeting, text, item_id=item)
        say(f"ok add {rec.id} {digest(text)}")
    started = time.monotonic()
    _instrument(say, started)
    say(f"try {mode}")
    if mode == "close":
        services.close()  # PRAGMA optimize, then the checkpoint of the WAL
    elif mode == "encrypt":
        services.security.encrypt(extra, extra)
    elif mode == "rekey":
        services.security.change_passphrase(passphrase, extra, extra)
    elif mode == "backup":
        services.backups.backup("auto")
    elif mode == "pack":
        from pathlib import Path

        from adgsom_desktop.services.pack_records import PackRequest

        event = services.events.events()[0].id
        request = PackRequest(
            event_id=event, recipients=("Head of delegation", "Adviser", "Interpreter")
        )
        services.packs.issue(request, Path(extra) / f"brief-{seed}.pdf")
    say(f"ok {mode} {time.monotonic() - started:.4f}")
    time.sleep(600)


def _mark_commits(
    say: Callable[[str], None], kind: str, started: float
) -> None:  # pragma: no cover - runs in the forked child
    """Log ``mark KIND commit SECONDS`` each time a write of ``kind`` begins to place its
    files (``Staged.place``: fsyncs, its commit record, then the renames), so the parent
    can aim kills there whatever the machine's speed.  Observation only."""
    from adgsom_desktop.storage import atomic

    place = atomic.Staged.place

    def place_marked(self: atomic.Staged) -> None:
        if self.kind == kind and not self.placed:
            say(f"mark {kind} commit {time.monotonic() - started:.4f}")
        place(self)

    atomic.Staged.place = place_marked  # type: ignore[method-assign]


def _instrument(say: object, started: float) -> None:  # pragma: no cover
    """Log when the operation starts writing files (``mark stage``) and when it renames
    them into place (``mark place``), so the parent can aim kills there.  Observation
    only: the app's own functions run unchanged."""
    from adgsom_desktop.storage import atomic

    if not hasattr(atomic, "Staged"):
        return  # an older app: no marks, the kills are aimed at the whole operation
    seen: set[str] = set()

    def mark(name: str) -> None:
        if name not in seen:
            seen.add(name)
            say(f"mark {name} {time.monotonic() - started:.4f}")  # type: ignore[operator]

    add, place = atomic.Staged.add, atomic.Staged.place

    def add_marked(self: object, *args: object, **kwargs: object) -> object:
        mark("stage")
        return add(self, *args, **kwargs)  # type: ignore[arg-type]

    def place_marked(self: object) -> None:
        mark("place")
        place(self)  # type: ignore[arg-type]

    atomic.Staged.add = add_marked  # type: ignore[method-assign,assignment]
    atomic.Staged.place = place_marked  # type: ignore[method-assign,assignment]


def stderr_path(log: str) -> str:
    """Where the child of round ``log`` writes its stderr (kept for the failure message)."""
    return log + ".stderr"


def _stderr_to(path: str) -> None:  # pragma: no cover - runs in the forked child
    """The child's stderr (fd 2: Python's tracebacks, SQLite's and Qt's messages) goes to
    ``path``, so a round whose child ended by itself can say why."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 2)
    os.close(fd)


def child_stderr(log: str) -> str:
    """What the child of round ``log`` wrote to stderr ("" if nothing)."""
    try:
        with open(stderr_path(log), encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def rec_kind() -> object:  # pragma: no cover
    from adgsom_desktop.domain.enums import NoteKind

    return NoteKind.INTERVENTION


def main() -> None:  # pragma: no cover - runs as a child process
    # Warm imports and the ORM's mapper configuration before forking.
    import sqlalchemy.orm

    import adgsom_desktop.domain.models
    import adgsom_desktop.reports.pack_builder
    import adgsom_desktop.services.agenda_service
    import adgsom_desktop.services.backup_service
    import adgsom_desktop.services.container
    import adgsom_desktop.services.event_service
    import adgsom_desktop.services.note_service
    import adgsom_desktop.services.pack_records
    import adgsom_desktop.services.pack_service
    import adgsom_desktop.services.position_records
    import adgsom_desktop.services.position_service
    import adgsom_desktop.services.security_service  # noqa: F401  (built on first use)

    sqlalchemy.orm.configure_mappers()
    from adgsom_desktop.reports.fonts import register_fonts

    register_fonts()  # once, before forking: a pack round does not load the fonts again

    print("ready", flush=True)
    child = 0
    for line in sys.stdin:
        cmd, *args = line.split()
        if cmd == "run":
            seed, store, log, passphrase, key = int(args[0]), *args[1:5]
            mode, extra = (args[5], args[6]) if len(args) > 6 else ("edits", "-")
            sys.stderr.flush()
            child = os.fork()
            if child == 0:
                _stderr_to(stderr_path(log))
                try:
                    passphrase = "" if passphrase == "-" else passphrase
                    key = "" if key == "-" else key
                    if mode == "edits":
                        scenario(seed, store, log, passphrase, key)
                    else:
                        operation(mode, seed, store, log, passphrase, key, extra)
                except BaseException:
                    import traceback

                    traceback.print_exc()  # the round fails: "the child ended by itself"
                    sys.stderr.flush()
                finally:
                    os._exit(3)
            print(f"pid {child}", flush=True)
        elif cmd == "reap":
            _, status = os.waitpid(child, 0)
            print(f"reaped {status}", flush=True)
        elif cmd == "quit":
            break


if __name__ == "__main__":
    main()
