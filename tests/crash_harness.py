"""The child side of the kill harness (tests/test_crash_safety.py).

Run as ``python -m tests.crash_harness``: a "zygote" that imports the app once,
then, for each line ``run SEED STORE LOG PASSPHRASE KEYHEX`` on stdin, forks a child
that opens the store like the app does and makes scripted edits through the
services until it is killed.  Before each edit the child appends
``try ...`` to LOG, after the service returned (the edit is committed) it
appends ``ok ...``: an ``ok`` line is an edit the app confirmed.  The zygote
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
    from adgsom_desktop.storage.keys import RawKey
    from adgsom_desktop.storage.store import Store

    started = time.monotonic()
    rnd = random.Random(seed)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def say(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    opener = RawKey(bytes.fromhex(key[:64]), bytes.fromhex(key[64:])) if key else None
    services = Services.for_store(Store.open(store, opener), actor="harness")
    say(f"opened {time.monotonic() - started:.3f}")
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
            rec = services.notes.add(meeting, text, item_id=item)
            mine.append(rec.id)
            say(f"ok add {rec.id} {digest(text)}")
        elif roll < 0.75:
            note = rnd.choice(mine)
            say(f"try edit {note} {digest(text)}")
            rec = services.notes.edit(
                note, text=text, kind=rec_kind(), item_id=item, speaker_delegation_id=None
            )
            say(f"ok edit {note} {digest(text)}")
        elif roll < 0.82:
            note = mine.pop(rnd.randrange(len(mine)))
            say(f"try del {note}")
            services.notes.delete(note)
            say(f"ok del {note}")
        elif roll < 0.95:
            say(f"try pos {digest(text)}")
            pos = services.positions.save(item, PositionContent(objective=text))
            say(f"ok pos {pos.version_no} {digest(text)}")
        elif roll < 0.97 or not passphrase:
            say("try backup")
            services.backups.backup("auto")
            say("ok backup")
        else:
            new = f"passphrase-{seed}.{n}"
            say(f"try rekey {new}")
            services.security.change_passphrase(passphrase, new)
            passphrase = new
            say(f"ok rekey {new}")


def rec_kind() -> object:  # pragma: no cover
    from adgsom_desktop.domain.enums import NoteKind

    return NoteKind.INTERVENTION


def main() -> None:  # pragma: no cover - runs as a child process
    # Warm imports and the ORM's mapper configuration before forking.
    import sqlalchemy.orm

    import adgsom_desktop.domain.models
    import adgsom_desktop.services.container
    import adgsom_desktop.services.position_records  # noqa: F401

    sqlalchemy.orm.configure_mappers()

    print("ready", flush=True)
    child = 0
    for line in sys.stdin:
        cmd, *args = line.split()
        if cmd == "run":
            seed, store, log, passphrase, key = int(args[0]), *args[1:5]
            child = os.fork()
            if child == 0:
                try:
                    scenario(
                        seed,
                        store,
                        log,
                        "" if passphrase == "-" else passphrase,
                        "" if key == "-" else key,
                    )
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
