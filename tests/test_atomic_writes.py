"""Issue 11, items 6 and 7: one atomic-write module, and nothing confidential left behind.

Every writer goes through ``storage.atomic``: a temporary beside the target (a
name that fits NAME_MAX), the target's permissions, fsync, rename; several files
all or nothing; a write killed half-way leaves a temporary that the next start,
or the next write of the same kind there, overwrites and removes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage import atomic
from tests.helpers import ROOT, run_cli


def _child(mode: str, *targets: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.atomic_child", mode, *map(str, targets)],
        cwd=str(ROOT),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        proc.kill()
        raise AssertionError(f"child said {line!r}: {proc.stderr.read() if proc.stderr else ''}")
    return proc


def _kill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def _ledger() -> list[Path]:
    folder = atomic.ledger_dir()
    return sorted(folder.iterdir()) if folder.is_dir() else []


# -- the module itself -----------------------------------------------------------------------


def test_a_255_byte_name_is_written_and_its_temporary_fits(tmp_path: Path) -> None:
    for length in (241, 250, 255):
        name = ("ข" * ((length - 4) // 3) + "x" * ((length - 4) % 3)) + ".pdf"
        assert len(os.fsencode(name)) == length
        target = tmp_path / name
        seen: list[Path] = []
        with atomic.atomic_output(target, "pack") as tmp:
            seen.append(tmp)
            assert len(os.fsencode(tmp.name)) + len("-journal") <= 255
            tmp.write_bytes(b"%PDF-1.4 brief")
        assert target.read_bytes() == b"%PDF-1.4 brief"
        assert not seen[0].exists()
    assert atomic.temporaries(tmp_path) == [] and _ledger() == []


def test_the_target_keeps_its_permissions_and_a_new_file_gets_the_usual_ones(
    tmp_path: Path,
) -> None:
    old = tmp_path / "brief.pdf"
    old.write_bytes(b"old")
    old.chmod(0o640)
    atomic.write_bytes(old, b"new", "pack")
    assert old.read_bytes() == b"new" and old.stat().st_mode & 0o777 == 0o640
    new = tmp_path / "new.pdf"
    mask = os.umask(0o027)
    try:
        atomic.write_bytes(new, b"fresh", "pack")
    finally:
        os.umask(mask)
    assert new.stat().st_mode & 0o777 == 0o640  # 0666 less the umask, as open() gives
    readonly = tmp_path / "kept.pdf"
    readonly.write_bytes(b"old")
    readonly.chmod(0o444)
    atomic.write_bytes(readonly, b"replaced", "pack")  # written as 0600, then given 0444
    assert readonly.read_bytes() == b"replaced" and readonly.stat().st_mode & 0o777 == 0o444


def test_a_failure_leaves_the_target_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "register.pdf"
    target.write_bytes(b"issued yesterday")
    with pytest.raises(RuntimeError), atomic.atomic_output(target, "register") as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("the disk filled up")
    assert target.read_bytes() == b"issued yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.pdf"] and _ledger() == []


def test_staged_files_are_placed_together_or_put_back(tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    a.write_bytes(b"old a")
    with pytest.raises(RuntimeError), atomic.staged("pack") as stage:
        stage.write(a, b"new a")
        stage.write(b, b"new b")
        stage.place()
        assert a.read_bytes() == b"new a" and b.read_bytes() == b"new b"
        raise RuntimeError("the register's commit failed")
    assert a.read_bytes() == b"old a" and not b.exists()  # taken back, the old one restored
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"] and _ledger() == []


def test_a_killed_writer_leaves_a_temporary_the_next_start_removes(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    proc = _child("one", target)
    temps = atomic.temporaries(tmp_path)
    assert len(temps) == 1 and temps[0].name.startswith(".pack.pdf.~adgsom-test-")
    assert atomic.sweep_recorded() == []  # still being written: left alone
    assert atomic.sweep(tmp_path) == [] and temps[0].exists()
    _kill(proc)
    assert temps[0].read_bytes() == b"CONFIDENTIAL half-written"
    inode = os.stat(temps[0]).st_ino
    with open(temps[0], "rb") as still_open:  # see what the sweep leaves on the disk
        assert atomic.sweep_recorded() == [temps[0]]
        assert os.fstat(still_open.fileno()).st_ino == inode
        assert still_open.read() == b"\0" * len(b"CONFIDENTIAL half-written")  # zeros first
    assert list(tmp_path.iterdir()) == [] and _ledger() == []


def test_the_next_write_of_the_same_kind_removes_stale_temporaries(tmp_path: Path) -> None:
    proc = _child("staged", tmp_path / "one.pdf", tmp_path / "two.pdf")
    _kill(proc)
    assert len(atomic.temporaries(tmp_path)) == 2
    atomic.write_bytes(tmp_path / "other.pdf", b"x", "pack")  # another kind: left alone
    assert len(atomic.temporaries(tmp_path)) == 2
    atomic.write_bytes(tmp_path / "three.pdf", b"x", "test")
    assert atomic.temporaries(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.pdf", "three.pdf"]


def test_a_durable_write_killed_after_its_commit_is_finished_at_the_next_start(
    tmp_path: Path,
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "sub" / "b.db"
    b.parent.mkdir()
    a.write_bytes(b"OLD a")
    b.write_bytes(b"OLD b")
    proc = _child("durable", a, b)
    _kill(proc)
    assert a.read_bytes() == b"OLD a"  # killed between the commit and the renames
    assert atomic.temporaries(tmp_path, "commit")
    assert atomic.sweep(tmp_path, "test") == []  # the committed temporaries are kept
    atomic.sweep_recorded()
    assert a.read_bytes() == b"NEW a.db" and b.read_bytes() == b"NEW b.db"
    assert atomic.temporaries(tmp_path) == [] and _ledger() == []


# -- item 6: a pack killed while writing ------------------------------------------------------


def _store_with_an_event(path: Path) -> None:
    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    svc.agenda.add_item(meeting.id, "Red line: no binding commitment on data flows")
    svc.close()


@pytest.mark.slow
def test_a_pack_killed_while_writing_leaves_no_confidential_pdf_after_the_next_start(
    tmp_path: Path,
) -> None:
    store = tmp_path / "ours.adgsom"
    _store_with_an_event(store)
    out = tmp_path / "packs"
    out.mkdir()
    proc = _child("pack", store, out / "brief.pdf")
    _kill(proc)
    temps = atomic.temporaries(out)
    assert len(temps) == 2  # two complete copies, under hidden names
    assert all(t.read_bytes().startswith(b"%PDF") for t in temps)
    info = run_cli("info", "--store", str(store))  # the next start of the app
    assert info.returncode == 0, info.stderr
    assert list(out.iterdir()) == [] and _ledger() == []


@pytest.mark.slow
def test_a_later_pack_into_the_same_folder_removes_what_a_killed_one_left(
    tmp_path: Path,
) -> None:
    store = tmp_path / "ours.adgsom"
    _store_with_an_event(store)
    out = tmp_path / "packs"
    out.mkdir()
    _kill(_child("pack", store, out / "brief.pdf"))
    for record in _ledger():  # the ledger lost (another machine, a wiped data folder)
        record.unlink()
    assert len(atomic.temporaries(out)) == 2
    result = run_cli("pack", "--store", str(store), "--event", "1", "--out", str(out / "x.pdf"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["x.pdf"]


@pytest.mark.slow
def test_pack_report_and_register_take_a_255_byte_output_name(tmp_path: Path) -> None:
    store = tmp_path / "ours.adgsom"
    _store_with_an_event(store)
    name = "Brief for the head of delegation " + "ก" * 70 + ".pdf"
    while len(os.fsencode(name)) < 255:
        name = "x" + name
    assert len(os.fsencode(name)) == 255
    for args in (
        ("pack", "--event", "1"),
        ("report", "--meeting", "1", "--kind", "capital"),
        ("register",),
    ):
        out = tmp_path / args[0] / name
        out.parent.mkdir()
        result = run_cli(args[0], "--store", str(store), *args[1:], "--out", str(out))
        assert result.returncode == 0, result.stderr  # was: "File name too long"
        assert out.read_bytes().startswith(b"%PDF")
        assert list(out.parent.iterdir()) == [out]
    copies = tmp_path / "copies"
    copies.mkdir()
    result = run_cli(
        "pack", "--store", str(store), "--event", "1", "--out", str(copies / name),
        "--recipient", "Head of delegation", "--recipient", "ผู้ช่วย",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(list(copies.iterdir())) == 2
    assert all(len(os.fsencode(p.name)) <= 255 for p in copies.iterdir())
